/* mlirrl exec: one call of one version of a benchmark, with inputs from and outputs to .npy
 * files. This is how other tools (the suite checks, the PyTorch importer's proof) run a
 * payload on inputs of their choosing. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "buffers.h"
#include "cli.h"
#include "commands.h"
#include "lower.h"
#include "npy.h"
#include "prepare.h"

static void usage(FILE *f) {
  fprintf(f,
          "usage: mlirrl exec BENCH.mlir [--inputs DIR] [--outputs DIR] [--transform SCRIPT.mlir]\n"
          "Runs the benchmark once (default pipeline, or SCRIPT then the same lowering).\n"
          "  --inputs DIR   read argument i from DIR/arg<i>.npy; a missing one is filled with\n"
          "                 seeded values and written there\n"
          "  --outputs DIR  write each output argument i to DIR/arg<i>.npy\n" MRL_CLI_COMMON_HELP);
}

static int write_missing_inputs(const struct mrl_prepared *p, const char *dir, uint64_t seed) {
  struct mrl_buffers b;
  struct mrl_err e;
  int rc = 0;
  if (mrl_buffers_create(&p->sig, &b, &e) != MRL_OK) {
    fprintf(stderr, "mlirrl exec: %s\n", e.msg);
    return -1;
  }
  for (int i = 0; i < p->sig.nargs && rc == 0; ++i) {
    char path[4096];
    snprintf(path, sizeof path, "%s/arg%d.npy", dir, i);
    struct stat st;
    if (stat(path, &st) == 0) continue;
    mrl_buffers_fill(&p->sig, &b, i, seed);
    if (mrl_npy_write(path, &p->sig.args[i], b.data[i], &e) != MRL_OK) {
      fprintf(stderr, "mlirrl exec: %s\n", e.msg);
      rc = -1;
    }
  }
  mrl_buffers_destroy(&b);
  return rc;
}

int mrl_cmd_exec(int argc, char **argv) {
  static const char *const flags[] = {"help", NULL};
  struct mrl_cli_common common;
  mrl_cli_common_defaults(&common);
  const char *bench = NULL, *inputs = NULL, *outputs = NULL, *script_path = NULL;
  struct mrl_cli_iter it;
  const char *name, *value;
  int r;
  mrl_cli_iter_init(&it, argc, argv, flags);
  while ((r = mrl_cli_next(&it, &name, &value)) > 0) {
    if (!name) {
      if (bench) {
        fprintf(stderr, "mlirrl exec: more than one benchmark given\n");
        return MRL_EXIT_USAGE;
      }
      bench = value;
    } else if (!strcmp(name, "help")) {
      usage(stdout);
      return MRL_EXIT_OK;
    } else if (!strcmp(name, "inputs")) {
      inputs = value;
    } else if (!strcmp(name, "outputs")) {
      outputs = value;
    } else if (!strcmp(name, "transform")) {
      script_path = value;
    } else {
      int c = mrl_cli_common_option(&common, name, value);
      if (c < 0) return MRL_EXIT_USAGE;
      if (c == 0) {
        fprintf(stderr, "mlirrl exec: unknown option --%s\n", name);
        return MRL_EXIT_USAGE;
      }
    }
  }
  if (r < 0) return MRL_EXIT_USAGE;
  if (!bench) {
    usage(stderr);
    return MRL_EXIT_USAGE;
  }
  struct mrl_err e = {{0}};
  struct mrl_prepared p;
  if (mrl_prepare(bench, &p, &e) != MRL_OK) {
    fprintf(stderr, "mlirrl exec: %s: %s\n", bench, e.msg);
    mrl_prepared_free(&p);
    return MRL_EXIT_FAILED;
  }
  char *script = NULL;
  if (script_path && mrl_read_file(script_path, &script, NULL, &e) != MRL_OK) {
    fprintf(stderr, "mlirrl exec: %s\n", e.msg);
    mrl_prepared_free(&p);
    return MRL_EXIT_FAILED;
  }
  int rc = MRL_EXIT_FAILED;
  if (inputs && write_missing_inputs(&p, inputs, common.seed) != 0) goto out;
  struct mrl_worker_spec spec = {.bench_text = p.text, .transform_text = script,
                                 .pipeline = mrl_lower_pipeline(), .sig = &p.sig,
                                 .inputs_dir = inputs};
  mrl_cli_spec_limits(&common, &spec);
  struct mrl_worker *w = NULL;
  enum mrl_status s = mrl_worker_start(&spec, &w, &e);
  if (s == MRL_OK) s = mrl_worker_check_call(w, &e);
  if (s != MRL_OK) {
    fprintf(stderr, "mlirrl exec: %s: %s: %s\n", bench, mrl_outcome_name(mrl_worker_outcome(w)), e.msg);
    mrl_worker_stop(w);
    goto out;
  }
  rc = MRL_EXIT_OK;
  for (int i = 0; outputs && i < p.sig.nargs; ++i) {
    if (!p.sig.args[i].is_output) continue;
    char path[4096];
    snprintf(path, sizeof path, "%s/arg%d.npy", outputs, i);
    if (mrl_npy_write(path, &p.sig.args[i], mrl_worker_output(w, i), &e) != MRL_OK) {
      fprintf(stderr, "mlirrl exec: %s\n", e.msg);
      rc = MRL_EXIT_FAILED;
    }
  }
  mrl_worker_stop(w);
out:
  free(script);
  mrl_prepared_free(&p);
  return rc;
}
