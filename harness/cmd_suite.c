/* FTW_ACTIONRETVAL */
#define _GNU_SOURCE
/* mlirrl suite check | run: a whole suite from its manifest.
 *
 * check: the manifest matches the files (ids unique, every listed file present with its
 *        SHA-256, no unlisted .mlir file, the version matches the hashes), every file is a
 *        valid benchmark, and with --run every one runs under the default pipeline and gives
 *        finite outputs.
 * run:   evaluates the selected benchmarks (default pipeline; with --schedules also every
 *        shipped schedule schedules/<file>_*.mlir beside each) and writes their records:
 *        one per evaluation asked for, whatever fails (a benchmark that cannot be read or
 *        parsed, and each of its schedules, is an invalid_input record). */
#include <ftw.h>
#include <glob.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "commands.h"
#include "evaluate.h"
#include "lower.h"
#include "manifest.h"

struct suite_opts {
  struct mrl_eval_opts eval;
  const char *suite, *split, *scale, *match, *json_path, *csv_path;
  int run, schedules, quiet;
};

static void usage(FILE *f) {
  fprintf(f,
          "usage: mlirrl suite check SUITE [--run] [selection]\n"
          "       mlirrl suite run SUITE [--schedules] [--json FILE] [--csv FILE] [selection] [run options]\n"
          "SUITE is a suite folder or its manifest.json.\n"
          "  --split S      only benchmarks of split S (train, validation, test)\n"
          "  --scale S      only benchmarks of scale S (quick, paper, ...)\n"
          "  --match TEXT   only benchmarks whose id contains TEXT\n"
          "  --run          (check) also run each under the default pipeline\n"
          "  --schedules    (run) also measure the shipped schedules of each benchmark\n"
          "  --quiet                no line per benchmark, only failures (on stderr) and the summary\n"
          MRL_EVAL_HELP);
}

static int parse(int argc, char **argv, struct suite_opts *o) {
  static const char *const flags[] = {"help", "run", "schedules", MRL_EVAL_FLAGS, "quiet", NULL};
  memset(o, 0, sizeof *o);
  mrl_eval_default_opts(&o->eval);
  struct mrl_cli_iter it;
  const char *name, *value;
  int r;
  mrl_cli_iter_init(&it, argc, argv, flags);
  while ((r = mrl_cli_next(&it, &name, &value)) > 0) {
    if (!name) {
      if (o->suite) {
        fprintf(stderr, "mlirrl suite: more than one suite given ('%s')\n", value);
        return -1;
      }
      o->suite = value;
    } else if (!strcmp(name, "help")) {
      usage(stdout);
      return 1;
    } else if (!strcmp(name, "run")) o->run = 1;
    else if (!strcmp(name, "schedules")) o->schedules = 1;
    else if (!strcmp(name, "quiet")) o->quiet = 1;
    else if (!strcmp(name, "split")) o->split = value;
    else if (!strcmp(name, "scale")) o->scale = value;
    else if (!strcmp(name, "match")) o->match = value;
    else if (!strcmp(name, "json")) o->json_path = value;
    else if (!strcmp(name, "csv")) o->csv_path = value;
    else {
      int c = mrl_eval_option(&o->eval, name, value);
      if (c < 0) return -1;
      if (c == 0) {
        fprintf(stderr, "mlirrl suite: unknown option --%s\n", name);
        return -1;
      }
    }
  }
  if (r < 0) return -1;
  if (!o->suite) {
    usage(stderr);
    return -1;
  }
  return 0;
}

static int selected(const struct suite_opts *o, const struct mrl_manifest_entry *e) {
  return (!o->split || !strcmp(o->split, e->split)) && (!o->scale || !strcmp(o->scale, e->scale)) &&
         (!o->match || strstr(e->id, o->match));
}

/* ---------------------------------------------------------------- check */

static const struct mrl_manifest *walk_manifest;
static int walk_unlisted;

static int on_file(const char *path, const struct stat *st, int type, struct FTW *ftw) {
  (void)st;
  if (type == FTW_D && !strcmp(path + ftw->base, "schedules")) return FTW_SKIP_SUBTREE;
  size_t len = strlen(path);
  if (type != FTW_F || len < 5 || strcmp(path + len - 5, ".mlir")) return FTW_CONTINUE;
  for (int i = 0; i < walk_manifest->n; ++i)
    if (!strcmp(walk_manifest->entries[i].path, path)) return FTW_CONTINUE;
  fprintf(stderr, "FAIL %s: not listed in the manifest\n", path);
  ++walk_unlisted;
  return FTW_CONTINUE;
}

static int check_manifest(const struct mrl_manifest *m) {
  int bad = 0;
  char want[80];
  mrl_manifest_expected_version(m, want, sizeof want);
  if (strcmp(want, m->version)) {
    fprintf(stderr, "FAIL %s: version is %s, the file hashes give %s\n", m->suite, m->version, want);
    ++bad;
  }
  for (int i = 0; i < m->n; ++i)
    for (int j = 0; j < i; ++j)
      if (!strcmp(m->entries[i].id, m->entries[j].id)) {
        fprintf(stderr, "FAIL %s: duplicate id\n", m->entries[i].id);
        ++bad;
      }
  walk_manifest = m;
  walk_unlisted = 0;
  nftw(m->dir, on_file, 16, FTW_PHYS | FTW_ACTIONRETVAL);
  return bad + walk_unlisted;
}

static int outputs_finite(const struct mrl_prepared *p, struct mrl_worker *w) {
  for (int i = 0; i < p->sig.nargs; ++i) {
    const struct mrl_arg *a = &p->sig.args[i];
    if (!a->is_output || !mrl_elem_is_float(a->elem)) continue;
    const void *d = mrl_worker_output(w, i);
    for (int64_t k = 0; k < mrl_arg_elems(a); ++k) {
      double x = a->elem == MRL_ELEM_F32 ? ((const float *)d)[k] : ((const double *)d)[k];
      if (!isfinite(x)) return 0;
    }
  }
  return 1;
}

/* 0 when the benchmark is sound. */
static int check_entry(const struct suite_opts *o, const struct mrl_manifest_entry *e) {
  struct mrl_err err = {{0}};
  char hex[MRL_SHA256_HEX_LEN];
  if (mrl_sha256_hex_of_file(e->path, hex, &err) != MRL_OK) {
    fprintf(stderr, "FAIL %s: %s\n", e->id, err.msg);
    return 1;
  }
  if (strcmp(hex, e->sha256)) {
    fprintf(stderr, "FAIL %s: %s has SHA-256 %s, the manifest says %s\n", e->id, e->file, hex, e->sha256);
    return 1;
  }
  struct mrl_prepared p;
  if (mrl_prepare(e->path, &p, &err) != MRL_OK) {
    fprintf(stderr, "FAIL %s: %s\n", e->id, err.msg);
    mrl_prepared_free(&p);
    return 1;
  }
  int bad = 0;
  if (o->run) {
    struct mrl_worker_spec spec = {.bench_text = p.text, .pipeline = mrl_lower_pipeline(), .sig = &p.sig};
    mrl_cli_spec_limits(&o->eval.common, &spec);
    struct mrl_worker *w = NULL;
    enum mrl_status s = mrl_worker_start(&spec, &w, &err);
    if (s == MRL_OK) s = mrl_worker_check_call(w, &err);
    if (s != MRL_OK) {
      fprintf(stderr, "FAIL %s: %s: %s\n", e->id, mrl_outcome_name(mrl_worker_outcome(w)), err.msg);
      bad = 1;
    } else if (!outputs_finite(&p, w)) {
      fprintf(stderr, "FAIL %s: the default pipeline's outputs are not all finite\n", e->id);
      bad = 1;
    }
    mrl_worker_stop(w);
  }
  mrl_prepared_free(&p);
  return bad;
}

static int suite_check(const struct suite_opts *o, const struct mrl_manifest *m) {
  int failed = check_manifest(m), passed = 0;
  for (int i = 0; i < m->n; ++i) {
    if (!selected(o, &m->entries[i])) continue;
    if (check_entry(o, &m->entries[i])) ++failed;
    else ++passed;
  }
  printf("suite %s %s (LLVM %s): %d passed, %d failed\n", m->suite, m->version, mrl_mlir_version(),
         passed, failed);
  return failed ? MRL_EXIT_FAILED : MRL_EXIT_OK;
}

/* ---------------------------------------------------------------- run */

static void fail(struct mrl_record *r, enum mrl_outcome o, const char *text) {
  if (r->outcome == MRL_OUTCOME_OK) mrl_record_set_outcome(r, o, text);
}

/* One evaluation, one record; 1 when it is ok and written. base: the benchmark's baseline
 * state, shared by its evaluations. prep_error: why the benchmark could not be prepared (p
 * is then unused and nothing runs), or NULL. */
static int evaluate_one(const struct suite_opts *o, const struct mrl_manifest_entry *e,
                        const struct mrl_prepared *p, struct mrl_baseline *base, const char *prep_error,
                        const char *script_path) {
  struct mrl_record rec;
  struct mrl_err err = {{0}};
  mrl_record_init(&rec);
  mrl_eval_fill_context(&rec, &o->eval);
  if (prep_error) fail(&rec, MRL_OUTCOME_INVALID_INPUT, prep_error);
  if (mrl_record_set_benchmark(&rec, e->id, e->path, &err) != MRL_OK)
    fail(&rec, MRL_OUTCOME_INVALID_INPUT, err.msg);
  char *script = NULL;
  if (script_path &&
      (mrl_record_set_transform_file(&rec, MRL_TRANSFORM_KIND_SCRIPT, script_path, &err) != MRL_OK ||
       mrl_read_file(script_path, &script, NULL, &err) != MRL_OK)) {
    fail(&rec, MRL_OUTCOME_INVALID_INPUT, err.msg);
    /* Still name the schedule (without a hash), or the record would read as the default
     * pipeline's. */
    rec.transform.kind = MRL_TRANSFORM_KIND_SCRIPT;
    if (strlen(script_path) < sizeof rec.transform.path) strcpy(rec.transform.path, script_path);
  }
  struct mrl_eval_keep keep = {{0}, {0}};
  if (rec.outcome == MRL_OUTCOME_OK) mrl_evaluate(p, script, &o->eval, base, &rec, &keep);
  int ok = 1;
  if (o->json_path && mrl_record_append_json(o->json_path, &rec, &err) != MRL_OK) ok = 0;
  if (o->csv_path && mrl_record_append_csv(o->csv_path, &rec, &err) != MRL_OK) ok = 0;
  if (!ok) fprintf(stderr, "mlirrl suite: %s\n", err.msg);
  const char *what = script_path ? strrchr(script_path, '/') + 1 : "(default pipeline)";
  if (o->quiet && rec.outcome != MRL_OUTCOME_OK)
    fprintf(stderr, "mlirrl suite: %s %s: %s: %s\n", e->id, what, mrl_outcome_name(rec.outcome), rec.error);
  if (!o->quiet) {
    const struct mrl_record_timing *t = rec.candidate.present ? &rec.candidate : &rec.baseline;
    printf("%-40s %-28s %-16s", e->id, what, mrl_outcome_name(rec.outcome));
    if (t->present) printf(" %12.4g ms", t->median_ns / 1e6);
    if (rec.has_speedup) printf("  %.3gx [%.3g, %.3g]", rec.speedup.point, rec.speedup.lo, rec.speedup.hi);
    if (rec.outcome != MRL_OUTCOME_OK) printf("  %s", rec.error);
    printf("\n");
    fflush(stdout);
  }
  mrl_eval_keep_free(&keep);
  free(script);
  return ok && rec.outcome == MRL_OUTCOME_OK;
}

static int suite_run(const struct suite_opts *o, const struct mrl_manifest *m) {
  int passed = 0, failed = 0;
  for (int i = 0; i < m->n; ++i) {
    const struct mrl_manifest_entry *e = &m->entries[i];
    if (!selected(o, e)) continue;
    struct mrl_prepared p;
    struct mrl_err err = {{0}};
    const char *bad = mrl_prepare(e->path, &p, &err) != MRL_OK ? err.msg : NULL;
    /* One baseline state for the benchmark and all its schedules: its magnitudes (and, under
     * the train profile, its timing) serve every schedule. */
    struct mrl_baseline state;
    mrl_baseline_init(&state);
    evaluate_one(o, e, &p, &state, bad, NULL) ? ++passed : ++failed;
    if (o->schedules) {
      /* schedules/<file stem>_<name>.mlir beside the benchmark's folder */
      char pattern[4400], stem[1024];
      const char *base = strrchr(e->path, '/') ? strrchr(e->path, '/') + 1 : e->path;
      snprintf(stem, sizeof stem, "%.*s", (int)(strlen(base) - (strlen(base) > 5 ? 5 : 0)), base);
      snprintf(pattern, sizeof pattern, "%.*s/schedules/%s_*.mlir", (int)(base - e->path - 1), e->path, stem);
      glob_t g;
      if (glob(pattern, 0, NULL, &g) == 0) {
        for (size_t k = 0; k < g.gl_pathc; ++k)
          evaluate_one(o, e, &p, &state, bad, g.gl_pathv[k]) ? ++passed : ++failed;
        globfree(&g);
      }
    }
    mrl_baseline_free(&state);
    mrl_prepared_free(&p);
  }
  printf("suite %s %s (LLVM %s): %d passed, %d failed\n", m->suite, m->version, mrl_mlir_version(),
         passed, failed);
  return failed ? MRL_EXIT_FAILED : MRL_EXIT_OK;
}

int mrl_cmd_suite(int argc, char **argv) {
  if (argc < 1 || (strcmp(argv[0], "check") && strcmp(argv[0], "run"))) {
    if (argc >= 1 && !strcmp(argv[0], "--help")) {
      usage(stdout);
      return MRL_EXIT_OK;
    }
    usage(stderr);
    return MRL_EXIT_USAGE;
  }
  struct suite_opts o;
  int a = parse(argc - 1, argv + 1, &o);
  if (a != 0) return a > 0 ? MRL_EXIT_OK : MRL_EXIT_USAGE;
  struct mrl_manifest *m = NULL;
  struct mrl_err err = {{0}};
  if (mrl_manifest_load(o.suite, &m, &err) != MRL_OK) {
    fprintf(stderr, "mlirrl suite: %s\n", err.msg);
    return MRL_EXIT_FAILED;
  }
  int rc = !strcmp(argv[0], "check") ? suite_check(&o, m) : suite_run(&o, m);
  mrl_manifest_free(m);
  return rc;
}
