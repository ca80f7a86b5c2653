/* mlirrl compare A B --out DIR: two sets of records against each other (two LLVM versions, two
 * mlirrl revisions, two machines, two runs). A side is a file of records or a selection of the
 * results database (db:llvm=19,method=agent:ppo), which is exported to DIR/a.jsonl or
 * DIR/b.jsonl first so that the comparison's inputs stay beside it. The statistics, the tables
 * and the plot are reports/compare.py's. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "commands.h"
#include "db.h"
#include "pyscript.h"

#ifndef MLIRRL_SOURCE_DIR
#define MLIRRL_SOURCE_DIR "."
#endif

static const char prog[] = "mlirrl compare";

static void usage(FILE *f) {
  fprintf(f,
          "usage: mlirrl compare A B --out DIR [--db FILE] [--label-a L] [--label-b L] [--floor F]\n"
          "                      [--alpha P] [--names FILE]\n"
          "B's records against A's, per benchmark and version (the default pipeline, each schedule or\n"
          "transform script, PyTorch, OpenBLAS): the ratio of times with its 95 %% interval, a rank test\n"
          "over the worker processes, correctness changes first. Writes DIR/compare.{md,html,png,json}.\n"
          "  A, B          a file of records (JSON lines of mlirrl eval, mlirrl run --json, mlirrl db\n"
          "                export), or a selection of the results database: db:KEY=VALUE[,KEY=VALUE...]\n"
          "                with the keys run, method, benchmark, llvm, rev, host of mlirrl db export,\n"
          "                e.g. db:llvm=19,method=agent:ppo (a selection is written to DIR/a.jsonl or\n"
          "                DIR/b.jsonl)\n"
          "  --db FILE     the database of db: selections (default ./%s)\n"
          "  --label-a L, --label-b L  the sides' names (default: what tells them apart: the LLVM\n"
          "                version, the mlirrl revision, the host, the run)\n"
          "  --floor F     the smallest change called slower or faster (default 0.03: 3 %%)\n"
          "  --alpha P     the significance level of the rank test (default 0.05)\n"
          "  --names FILE  names of schedules (JSON lines, as scripts/regress.py writes them)\n"
          "Exit status: 0, 3 when a version ok in A is broken in B, 1 on bad input.\n",
          MRL_DB_DEFAULT_PATH);
}

/* Parses "db:run=X,llvm=19" into f, pointing into buf (a copy of the text). */
static int parse_selection(const char *spec, char *buf, size_t size, struct mrl_db_filter *f) {
  memset(f, 0, sizeof *f);
  if (strlen(spec) >= size) {
    fprintf(stderr, "%s: selection too long: %s\n", prog, spec);
    return -1;
  }
  strcpy(buf, spec + 3);
  if (!*buf) {
    fprintf(stderr, "%s: empty selection '%s' (db:KEY=VALUE[,KEY=VALUE...])\n", prog, spec);
    return -1;
  }
  char *save = NULL;
  for (char *kv = strtok_r(buf, ",", &save); kv; kv = strtok_r(NULL, ",", &save)) {
    char *eq = strchr(kv, '=');
    if (!eq || eq == kv || !eq[1]) {
      fprintf(stderr, "%s: '%s' in %s is not KEY=VALUE\n", prog, kv, spec);
      return -1;
    }
    *eq = 0;
    const char *v = eq + 1;
    const char **slot = !strcmp(kv, "run")         ? &f->run_id
                        : !strcmp(kv, "method")    ? &f->method
                        : !strcmp(kv, "benchmark") ? &f->benchmark
                        : !strcmp(kv, "llvm")      ? &f->llvm
                        : !strcmp(kv, "rev")       ? &f->rev
                        : !strcmp(kv, "host")      ? &f->host
                                                   : NULL;
    if (!slot) {
      fprintf(stderr, "%s: unknown key '%s' in %s (run, method, benchmark, llvm, rev, host)\n", prog, kv, spec);
      return -1;
    }
    if (*slot) {
      fprintf(stderr, "%s: key '%s' given twice in %s\n", prog, kv, spec);
      return -1;
    }
    *slot = v;
  }
  return 0;
}

/* Writes the records a selection names to path (through a temporary file). */
static int export_selection(const char *db_path, const char *spec, const char *path) {
  char buf[1024];
  struct mrl_db_filter f;
  if (parse_selection(spec, buf, sizeof buf, &f)) return -1;
  struct mrl_err e = {{0}};
  struct mrl_db *db = NULL;
  if (mrl_db_open(db_path, MRL_DB_EXISTING, &db, &e) != MRL_OK) {
    fprintf(stderr, "%s: %s\n", prog, e.msg);
    return -1;
  }
  char tmp[4200];
  snprintf(tmp, sizeof tmp, "%s.tmp", path);
  FILE *out = fopen(tmp, "w");
  if (!out) {
    fprintf(stderr, "%s: cannot write %s: %s\n", prog, tmp, strerror(errno));
    mrl_db_close(db);
    return -1;
  }
  long n = 0;
  enum mrl_status s = mrl_db_export(db, &f, out, &n, &e);
  mrl_db_close(db);
  int werr = fclose(out);
  if (s != MRL_OK || werr) {
    if (s != MRL_OK)
      fprintf(stderr, "%s: %s\n", prog, e.msg);
    else
      fprintf(stderr, "%s: cannot write %s: %s\n", prog, tmp, strerror(errno));
    remove(tmp);
    return -1;
  }
  if (n == 0) {
    fprintf(stderr, "%s: %s selects no record of %s\n", prog, spec, db_path);
    remove(tmp);
    return -1;
  }
  if (rename(tmp, path)) {
    fprintf(stderr, "%s: cannot write %s: %s\n", prog, path, strerror(errno));
    remove(tmp);
    return -1;
  }
  printf("%s: %s: %ld records of %s -> %s\n", prog, spec, n, db_path, path);
  return 0;
}

int mrl_cmd_compare(int argc, char **argv) {
  static const char *const flags[] = {"help", NULL};
  /* The options compare.py takes as they are. */
  static const char *const passed[] = {"--label-a", "--label-b", "--floor", "--alpha", "--names", NULL};
  const char *side[2] = {NULL, NULL}, *out = NULL, *db = MRL_DB_DEFAULT_PATH;
  char **args = calloc((size_t)argc + 8, sizeof *args), **owned = calloc((size_t)argc + 1, sizeof *owned);
  int nowned = 0;
  if (!args || !owned) {
    free(args);
    free(owned);
    fprintf(stderr, "%s: out of memory\n", prog);
    return MRL_EXIT_FAILED;
  }
  int k = 0, nside = 0, rc = MRL_EXIT_USAGE;
  args[k++] = "--prog";
  args[k++] = (char *)prog;
  struct mrl_cli_iter it;
  const char *name, *value;
  int r;
  mrl_cli_iter_init(&it, argc, argv, flags);
  while ((r = mrl_cli_next(&it, &name, &value)) > 0) {
    if (!name) {
      if (nside == 2) {
        fprintf(stderr, "%s: unexpected argument '%s' (two sides: A B)\n", prog, value);
        goto done;
      }
      side[nside++] = value;
    } else if (!strcmp(name, "help")) {
      usage(stdout);
      rc = MRL_EXIT_OK;
      goto done;
    } else if (!strcmp(name, "out")) {
      out = value;
    } else if (!strcmp(name, "db")) {
      db = value;
    } else {
      const char *opt = NULL;
      for (int i = 0; passed[i] && !opt; ++i)
        if (!strcmp(name, passed[i] + 2)) opt = passed[i];
      if (!opt) {
        fprintf(stderr, "%s: unknown option --%s\n", prog, name);
        goto done;
      }
      /* --name=VALUE, so that a value starting with a dash stays a value */
      char *joined = malloc(strlen(opt) + strlen(value) + 2);
      if (!joined) {
        fprintf(stderr, "%s: out of memory\n", prog);
        rc = MRL_EXIT_FAILED;
        goto done;
      }
      sprintf(joined, "%s=%s", opt, value);
      owned[nowned++] = args[k++] = joined;
    }
  }
  if (r < 0) goto done;
  if (nside < 2) {
    fprintf(stderr, "%s: two record sets are needed (A B); see mlirrl compare --help\n", prog);
    goto done;
  }
  if (!out) {
    fprintf(stderr, "%s: --out DIR is required\n", prog);
    goto done;
  }
  rc = MRL_EXIT_FAILED;
  if (mrl_cli_make_dirs(out)) {
    fprintf(stderr, "%s: cannot create %s: %s\n", prog, out, strerror(errno));
    goto done;
  }
  char paths[2][4200];
  for (int i = 0; i < 2; ++i) {
    if (strncmp(side[i], "db:", 3)) {
      snprintf(paths[i], sizeof paths[i], "%s", side[i]);
      continue;
    }
    snprintf(paths[i], sizeof paths[i], "%s/%s.jsonl", out, i ? "b" : "a");
    if (export_selection(db, side[i], paths[i])) goto done;
  }
  char *out_opt = malloc(strlen(out) + 7);
  if (!out_opt) {
    fprintf(stderr, "%s: out of memory\n", prog);
    goto done;
  }
  sprintf(out_opt, "--out=%s", out);
  owned[nowned++] = args[k++] = out_opt;
  args[k++] = "--"; /* the sides are files even when their names start with a dash */
  args[k++] = paths[0];
  args[k++] = paths[1];
  char script[4200];
  snprintf(script, sizeof script, "%s/reports/compare.py", MLIRRL_SOURCE_DIR);
  rc = mrl_run_python_script(prog, script, args);
done:
  for (int i = 0; i < nowned; ++i)
    free(owned[i]);
  free(owned);
  free(args);
  return rc;
}
