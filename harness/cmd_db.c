/* mlirrl db import | export | runs: the results database (db.h).
 *   import  loads JSON Lines files of records, each file whole or not at all, skipping records
 *           already there; every file is checked before anything is written;
 *   export  writes the selected records back as JSON lines, the bytes imported, in import order;
 *   runs    lists the runs with their machine, LLVM version, revision and record counts. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "commands.h"
#include "db.h"

static void usage(FILE *f) {
  fprintf(f,
          "usage: mlirrl db import RECORDS.jsonl... [--db FILE]\n"
          "       mlirrl db export [--db FILE] [--run ID] [--method M] [--benchmark B] [--llvm V] [--rev R]\n"
          "                        [--host H] [-o FILE]\n"
          "       mlirrl db runs [--db FILE]\n"
          "The results database (one SQLite file): records of mlirrl run and mlirrl eval, kept per run,\n"
          "machine, LLVM version and mlirrl revision.\n"
          "  import        load records (JSON lines, as mlirrl eval and mlirrl run --json write them);\n"
          "                records already in the database are skipped, so importing twice adds\n"
          "                nothing; each file goes in whole or not at all\n"
          "  export        write the selected records as JSON lines, byte for byte as imported, in the\n"
          "                order of import\n"
          "  runs          one line per run: records, benchmarks, methods, records not ok, LLVM,\n"
          "                mlirrl version and revision, host, CPU\n"
          "  --db FILE     the database (default ./%s; import creates it)\n"
          "  --run ID      (export) records of the run ID (eval's run id; a record of mlirrl run is a run\n"
          "                of its own, named by its time)\n"
          "  --method M    (export) records of method M (eval.method: default, search:64, agent:ppo...)\n"
          "  --benchmark B (export) records of benchmark B (its id, e.g. starter/matmul_256)\n"
          "  --llvm V      (export) records measured with LLVM V (19.1.7, or 19 for every 19.x)\n"
          "  --rev R       (export) records of mlirrl revision R (a prefix of the git revision)\n"
          "  --host H      (export) records measured on host H (its hostname)\n"
          "  -o FILE, --output FILE  (export) write there (default: standard output)\n",
          MRL_DB_DEFAULT_PATH);
}

struct db_opts {
  const char *action, *db, *output;
  const char *files[1024];
  int nfiles;
  struct mrl_db_filter filter;
};

static int parse(int argc, char **argv, struct db_opts *o) {
  static const char *const flags[] = {"help", NULL};
  memset(o, 0, sizeof *o);
  o->db = MRL_DB_DEFAULT_PATH;
  int want_output = 0;
  struct mrl_cli_iter it;
  const char *name, *value;
  int r;
  mrl_cli_iter_init(&it, argc, argv, flags);
  while ((r = mrl_cli_next(&it, &name, &value)) > 0) {
    if (!name && want_output) {
      o->output = value;
      want_output = 0;
    } else if (!name && !strcmp(value, "-o")) {
      want_output = 1;
    } else if (!name && !o->action) {
      o->action = value;
    } else if (!name) {
      if (o->nfiles == (int)(sizeof o->files / sizeof o->files[0])) {
        fprintf(stderr, "mlirrl db: too many files\n");
        return -1;
      }
      o->files[o->nfiles++] = value;
    } else if (!strcmp(name, "help")) {
      usage(stdout);
      return 1;
    } else if (!strcmp(name, "db"))
      o->db = value;
    else if (!strcmp(name, "output"))
      o->output = value;
    else if (!strcmp(name, "run"))
      o->filter.run_id = value;
    else if (!strcmp(name, "method"))
      o->filter.method = value;
    else if (!strcmp(name, "benchmark"))
      o->filter.benchmark = value;
    else if (!strcmp(name, "llvm"))
      o->filter.llvm = value;
    else if (!strcmp(name, "rev"))
      o->filter.rev = value;
    else if (!strcmp(name, "host"))
      o->filter.host = value;
    else {
      fprintf(stderr, "mlirrl db: unknown option --%s\n", name);
      return -1;
    }
  }
  if (r < 0) return -1;
  if (want_output) {
    fprintf(stderr, "mlirrl db: -o needs a file name\n");
    return -1;
  }
  if (!o->action) {
    usage(stderr);
    return -1;
  }
  int import = !strcmp(o->action, "import"), export = !strcmp(o->action, "export");
  if (!import && !export && strcmp(o->action, "runs")) {
    fprintf(stderr, "mlirrl db: unknown action '%s' (import, export, runs)\n", o->action);
    return -1;
  }
  if (import && o->nfiles == 0) {
    fprintf(stderr, "mlirrl db import: no file of records given\n");
    return -1;
  }
  if (!import && o->nfiles) {
    fprintf(stderr, "mlirrl db %s: unexpected argument '%s'\n", o->action, o->files[0]);
    return -1;
  }
  const struct mrl_db_filter *f = &o->filter;
  if (!export && (o->output || f->run_id || f->method || f->benchmark || f->llvm || f->rev || f->host)) {
    fprintf(stderr, "mlirrl db %s: -o, --run, --method, --benchmark, --llvm, --rev and --host belong to export\n",
            o->action);
    return -1;
  }
  return 0;
}

/* Every file is read and checked first, so that a bad one stops the import before anything
 * is written; then each file is one transaction. */
static int do_import(const struct db_opts *o) {
  struct mrl_err e = {{0}};
  for (int i = 0; i < o->nfiles; ++i) {
    long n = 0;
    if (mrl_db_check_file(o->files[i], &n, &e) != MRL_OK) {
      fprintf(stderr, "mlirrl db import: %s\n", e.msg);
      return MRL_EXIT_FAILED;
    }
  }
  struct mrl_db *db = NULL;
  if (mrl_db_open(o->db, MRL_DB_CREATE, &db, &e) != MRL_OK) {
    fprintf(stderr, "mlirrl db import: %s\n", e.msg);
    return MRL_EXIT_FAILED;
  }
  int rc = MRL_EXIT_OK;
  for (int i = 0; i < o->nfiles && rc == MRL_EXIT_OK; ++i) {
    struct mrl_db_import_stats st;
    if (mrl_db_import_file(db, o->files[i], &st, &e) != MRL_OK) {
      fprintf(stderr, "mlirrl db import: %s (nothing of %s was imported)\n", e.msg, o->files[i]);
      rc = MRL_EXIT_FAILED;
    } else {
      printf("%s: %ld records, %ld new, %ld already in %s\n", o->files[i], st.records, st.added,
             st.records - st.added, o->db);
    }
  }
  mrl_db_close(db);
  return rc;
}

/* With -o the records go to a temporary file renamed at the end: a failed export leaves no
 * half-written file behind. */
static int do_export(const struct db_opts *o) {
  struct mrl_err e = {{0}};
  struct mrl_db *db = NULL;
  if (mrl_db_open(o->db, MRL_DB_EXISTING, &db, &e) != MRL_OK) {
    fprintf(stderr, "mlirrl db export: %s\n", e.msg);
    return MRL_EXIT_FAILED;
  }
  char tmp[4200] = "";
  FILE *f = stdout;
  if (o->output) {
    snprintf(tmp, sizeof tmp, "%s.%ld.tmp", o->output, (long)getpid());
    f = fopen(tmp, "wb");
    if (!f) {
      fprintf(stderr, "mlirrl db export: cannot write %s: %s\n", tmp, strerror(errno));
      mrl_db_close(db);
      return MRL_EXIT_FAILED;
    }
  }
  long n = 0;
  enum mrl_status s = mrl_db_export(db, &o->filter, f, &n, &e);
  mrl_db_close(db);
  if (s == MRL_OK && fflush(f) != 0)
    s = mrl_fail(&e, MRL_EIO, "writing the records failed: %s", strerror(errno));
  if (o->output) {
    if (fclose(f) != 0 && s == MRL_OK) s = mrl_fail(&e, MRL_EIO, "cannot write %s: %s", tmp, strerror(errno));
    if (s == MRL_OK && rename(tmp, o->output) != 0)
      s = mrl_fail(&e, MRL_EIO, "cannot write %s: %s", o->output, strerror(errno));
    if (s != MRL_OK) remove(tmp);
  }
  if (s != MRL_OK) {
    fprintf(stderr, "mlirrl db export: %s\n", e.msg);
    return MRL_EXIT_FAILED;
  }
  if (o->output) printf("%s: %ld records\n", o->output, n);
  return MRL_EXIT_OK;
}

static int do_runs(const struct db_opts *o) {
  struct mrl_err e = {{0}};
  struct mrl_db *db = NULL;
  struct mrl_db_run *runs = NULL;
  int n = 0;
  enum mrl_status s = mrl_db_open(o->db, MRL_DB_EXISTING, &db, &e);
  if (s == MRL_OK) s = mrl_db_runs(db, &runs, &n, &e);
  mrl_db_close(db);
  if (s != MRL_OK) {
    fprintf(stderr, "mlirrl db runs: %s\n", e.msg);
    return MRL_EXIT_FAILED;
  }
  long total = 0;
  for (int i = 0; i < n; ++i)
    total += runs[i].records;
  printf("%s: %d runs, %ld records\n", o->db, n, total);
  if (n)
    printf("%-22s %7s %10s %7s %6s  %-8s %-8s %-12s %-20s %-20s %s\n", "run", "records", "benchmarks",
           "methods", "not_ok", "llvm", "mlirrl", "git_rev", "first", "host", "cpu (cores)");
  for (int i = 0; i < n; ++i) {
    const struct mrl_db_run *u = &runs[i];
    printf("%-22s %7ld %10ld %7ld %6ld  %-8s %-8s %-12s %-20s %-20s %s (%d)\n", u->run_id, u->records,
           u->benchmarks, u->methods, u->not_ok, u->llvm_version[0] ? u->llvm_version : "?",
           u->mlirrl_version[0] ? u->mlirrl_version : "?", u->git_rev[0] ? u->git_rev : "?",
           u->first_utc[0] ? u->first_utc : "?", u->hostname[0] ? u->hostname : "?",
           u->cpu_model[0] ? u->cpu_model : "?", u->cores);
  }
  free(runs);
  return MRL_EXIT_OK;
}

int mrl_cmd_db(int argc, char **argv) {
  if (!mrl_db_available()) {
    fprintf(stderr, "mlirrl db: %s\n", MRL_DB_UNAVAILABLE);
    return MRL_EXIT_FAILED;
  }
  struct db_opts o;
  int a = parse(argc, argv, &o);
  if (a != 0) return a > 0 ? MRL_EXIT_OK : MRL_EXIT_USAGE;
  if (!strcmp(o.action, "import")) return do_import(&o);
  if (!strcmp(o.action, "export")) return do_export(&o);
  return do_runs(&o);
}
