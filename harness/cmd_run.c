/* mlirrl run: compile the default pipeline and a candidate in isolated workers, check the
 * candidate's outputs against the default pipeline's, time both interleaved, count events,
 * and write one record. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli.h"
#include "commands.h"
#include "lower.h"
#include "evaluate.h"
#include "env_cli.h"

struct run_opts {
  struct mrl_eval_opts eval;
  const char *bench, *script_path, *json_path, *csv_path, *id, *schedule;
  struct mrl_env_config env; /* how --schedule text is read */
  int quiet;
};

static void usage(FILE *f) {
  fprintf(f,
          "usage: mlirrl run BENCH.mlir [--transform SCRIPT.mlir] [--threads N] [--json FILE] [--csv FILE]\n"
          "Measures the candidate (SCRIPT applied, then the default lowering) against the default\n"
          "pipeline; without --transform only the default pipeline is measured.\n"
          "  --schedule TEXT        the candidate as schedule text, e.g. 'I(1,0,2)TP(8,32,0)V' (see observe;\n"
          "                         options of 'mlirrl export --help' change how it is read)\n"
          "  --json FILE            append the record as one JSON line\n"
          "  --csv FILE             append the record as one CSV row (header when new)\n"
          "  --id ID                benchmark id in the record (default: file name)\n"
          "  --quiet                print nothing but errors\n" MRL_EVAL_HELP);
}

static int parse_args(int argc, char **argv, struct run_opts *o) {
  static const char *const flags[] = {"help", MRL_EVAL_FLAGS, "quiet", "test-perturb-output",
                                      MRL_ENV_CLI_FLAGS, NULL};
  memset(o, 0, sizeof *o);
  mrl_eval_default_opts(&o->eval);
  mrl_schedule_default_config(&o->env);
  struct mrl_cli_iter it;
  const char *name, *value;
  int r;
  mrl_cli_iter_init(&it, argc, argv, flags);
  while ((r = mrl_cli_next(&it, &name, &value)) > 0) {
    if (!name) {
      if (o->bench) {
        fprintf(stderr, "mlirrl run: more than one benchmark given ('%s')\n", value);
        return -1;
      }
      o->bench = value;
    } else if (!strcmp(name, "help")) {
      usage(stdout);
      return 1;
    } else if (!strcmp(name, "transform")) o->script_path = value;
    else if (!strcmp(name, "schedule")) o->schedule = value;
    else if (!strcmp(name, "json")) o->json_path = value;
    else if (!strcmp(name, "csv")) o->csv_path = value;
    else if (!strcmp(name, "id")) o->id = value;
    else if (!strcmp(name, "quiet")) o->quiet = 1;
    else if (!strcmp(name, "test-perturb-output")) o->eval.perturb = 1;
    else {
      int c = mrl_eval_option(&o->eval, name, value);
      if (c == 0) c = mrl_env_cli_option(&o->env, name, value);
      if (c < 0) return -1;
      if (c == 0) {
        fprintf(stderr, "mlirrl run: unknown option --%s\n", name);
        return -1;
      }
    }
  }
  if (r < 0) return -1;
  if (!o->bench) {
    usage(stderr);
    return -1;
  }
  if (o->schedule && o->script_path) {
    fprintf(stderr, "mlirrl run: give --transform or --schedule, not both\n");
    return -1;
  }
  return 0;
}

static double wall_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec * 1e-6;
}

static void default_id(const char *path, char *id, size_t n) {
  const char *base = strrchr(path, '/');
  base = base ? base + 1 : path;
  size_t len = strlen(base);
  if (len > 5 && !strcmp(base + len - 5, ".mlir")) len -= 5;
  snprintf(id, n, "%.*s", (int)len, base);
}

static void print_timing(const char *label, const struct mrl_record_timing *t) {
  if (!t->present) return;
  double m = t->median_ns;
  const char *unit = m >= 1e9 ? "s" : m >= 1e6 ? "ms" : m >= 1e3 ? "us" : "ns";
  double scale = m >= 1e9 ? 1e9 : m >= 1e6 ? 1e6 : m >= 1e3 ? 1e3 : 1;
  printf("  %-10s %.4g %s  (MAD %.2g%%, %zu samples x %lld calls)\n", label, m / scale, unit,
         100 * t->mad_ns / m, t->samples, (long long)t->inner_iterations);
}

static void print_summary(const struct mrl_record *r, const struct mrl_prepared *p) {
  printf("%s  [%s]  LLVM %s, %d threads, %s profile\n", r->benchmark.id, mrl_outcome_name(r->outcome),
         r->context.llvm_version, r->context.threads, r->measurement.profile[0] ? r->measurement.profile : "no");
  if (r->error[0]) printf("  error      %s\n", r->error);
  print_timing("baseline", &r->baseline);
  print_timing("candidate", &r->candidate);
  if (r->has_speedup)
    printf("  speedup    %.4gx  [%.0f%% CI %.4g - %.4g]\n", r->speedup.point, 100 * r->speedup.level,
           r->speedup.lo, r->speedup.hi);
  if (r->verification.checked) {
    printf("  check      %s (%s criterion, path length %.3g): max rel err %.2g, worst error %.2g of its "
           "tolerance\n",
           r->verification.mismatches ? "FAILED" : "passed", r->verification.criterion, r->verification.path_len,
           r->verification.max_rel_err, r->verification.max_ratio);
    if (r->verification.note[0]) printf("             %s\n", r->verification.note);
  }
  const struct mrl_record_compile *c = r->transform.kind != MRL_TRANSFORM_KIND_NONE ? &r->candidate_compile
                                                                                     : &r->baseline_compile;
  printf("  compile    parse %.3g ms, transform %.3g ms, lower %.3g ms, jit %.3g ms\n",
         c->parse_ms > 0 ? c->parse_ms : 0, c->transform_ms > 0 ? c->transform_ms : 0,
         c->lower_ms > 0 ? c->lower_ms : 0, c->jit_ms > 0 ? c->jit_ms : 0);
  const struct mrl_counter_set *cs = r->candidate_counters.n ? &r->candidate_counters : &r->baseline_counters;
  if (cs->n) {
    printf("  counters  ");
    for (int i = 0; i < cs->n; ++i)
      if (cs->c[i].available) printf(" %s=%.4g", cs->c[i].name, cs->c[i].per_call);
    printf(" (per call)\n             %s\n", r->counters_note);
  }
  printf("  overhead   %.0f ms outside timed calls\n", r->overhead_ms);
}

static int emit(struct mrl_record *r, const struct run_opts *o, const struct mrl_prepared *p) {
  struct mrl_err e;
  int ok = 1;
  if (o->json_path && mrl_record_append_json(o->json_path, r, &e) != MRL_OK) {
    fprintf(stderr, "mlirrl run: %s\n", e.msg);
    ok = 0;
  }
  if (o->csv_path && mrl_record_append_csv(o->csv_path, r, &e) != MRL_OK) {
    fprintf(stderr, "mlirrl run: %s\n", e.msg);
    ok = 0;
  }
  if (!o->quiet) print_summary(r, p);
  else if (r->outcome != MRL_OUTCOME_OK) fprintf(stderr, "mlirrl run: %s: %s: %s\n", r->benchmark.id, mrl_outcome_name(r->outcome), r->error);
  return ok && r->outcome == MRL_OUTCOME_OK ? MRL_EXIT_OK : MRL_EXIT_FAILED;
}

static void fail(struct mrl_record *r, enum mrl_outcome o, const char *text) {
  if (r->outcome == MRL_OUTCOME_OK) mrl_record_set_outcome(r, o, text);
}

int mrl_cmd_run(int argc, char **argv) {
  struct run_opts o;
  int a = parse_args(argc, argv, &o);
  if (a != 0) return a > 0 ? MRL_EXIT_OK : MRL_EXIT_USAGE;
  double t0 = wall_ms();
  struct mrl_record rec;
  struct mrl_err e = {{0}};
  mrl_record_init(&rec);
  mrl_eval_fill_context(&rec, &o.eval);
  char id[MRL_RECORD_ID_MAX];
  if (o.id) snprintf(id, sizeof id, "%s", o.id);
  else default_id(o.bench, id, sizeof id);
  struct mrl_prepared p;
  char *script = NULL;
  int rc;
  if (mrl_record_set_benchmark(&rec, id, o.bench, &e) != MRL_OK) fail(&rec, MRL_OUTCOME_INVALID_INPUT, e.msg);
  if (o.script_path) {
    if (mrl_record_set_transform_file(&rec, MRL_TRANSFORM_KIND_SCRIPT, o.script_path, &e) != MRL_OK ||
        mrl_read_file(o.script_path, &script, NULL, &e) != MRL_OK)
      fail(&rec, MRL_OUTCOME_INVALID_INPUT, e.msg);
  }
  if (o.schedule && mrl_record_set_transform_text(&rec, MRL_TRANSFORM_KIND_SCHEDULE, o.schedule, &e) != MRL_OK)
    fail(&rec, MRL_OUTCOME_INVALID_INPUT, e.msg);
  if (rec.outcome == MRL_OUTCOME_OK && mrl_prepare(o.bench, &p, &e) != MRL_OK) {
    fail(&rec, MRL_OUTCOME_INVALID_INPUT, e.msg);
    mrl_prepared_free(&p);
  } else if (rec.outcome == MRL_OUTCOME_OK && o.schedule &&
             mrl_schedule_to_script(p.text, o.schedule, &o.env, &script, &e) != MRL_OK) {
    fail(&rec, MRL_OUTCOME_INVALID_INPUT, e.msg); /* a schedule that does not fit the benchmark */
    mrl_prepared_free(&p);
  }
  if (rec.outcome != MRL_OUTCOME_OK) {
    rec.overhead_ms = wall_ms() - t0;
    free(script);
    memset(&p, 0, sizeof p);
    return emit(&rec, &o, &p);
  }
  struct mrl_eval_keep keep;
  mrl_evaluate(&p, script, &o.eval, NULL, &rec, &keep);
  rec.overhead_ms = wall_ms() - t0 - keep.base.timed_ms - keep.cand.timed_ms;
  rc = emit(&rec, &o, &p);
  mrl_eval_keep_free(&keep);
  mrl_prepared_free(&p);
  free(script);
  return rc;
}
