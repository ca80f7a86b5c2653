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
#include "measure.h"
#include "prepare.h"
#include "record.h"

struct run_opts {
  struct mrl_cli_common common;
  struct mrl_measure_opts measure;
  const char *bench, *script_path, *json_path, *csv_path, *id;
  int counters, quiet, perturb;
};

static void usage(FILE *f) {
  fprintf(f,
          "usage: mlirrl run BENCH.mlir [--transform SCRIPT.mlir] [--threads N] [--json FILE] [--csv FILE]\n"
          "Measures the candidate (SCRIPT applied, then the default lowering) against the default\n"
          "pipeline; without --transform only the default pipeline is measured.\n"
          "  --json FILE            append the record as one JSON line\n"
          "  --csv FILE             append the record as one CSV row (header when new)\n"
          "  --id ID                benchmark id in the record (default: file name)\n"
          "  --samples N            timed samples per version (10)\n"
          "  --warmup N             calls before calibration (2)\n"
          "  --min-sample-ms MS     minimum duration of one sample (20)\n"
          "  --budget SEC           timed seconds per version before samples are cut (30)\n"
          "  --no-counters          skip the event-counter pass\n"
          "  --quiet                print nothing but errors\n" MRL_CLI_COMMON_HELP);
}

static int parse_args(int argc, char **argv, struct run_opts *o) {
  static const char *const flags[] = {"help", "no-counters", "quiet", "test-perturb-output", NULL};
  memset(o, 0, sizeof *o);
  mrl_cli_common_defaults(&o->common);
  mrl_measure_default_opts(&o->measure);
  o->counters = 1;
  struct mrl_cli_iter it;
  const char *name, *value;
  int r;
  long long v;
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
    else if (!strcmp(name, "json")) o->json_path = value;
    else if (!strcmp(name, "csv")) o->csv_path = value;
    else if (!strcmp(name, "id")) o->id = value;
    else if (!strcmp(name, "no-counters")) o->counters = 0;
    else if (!strcmp(name, "quiet")) o->quiet = 1;
    else if (!strcmp(name, "test-perturb-output")) o->perturb = 1;
    else if (!strcmp(name, "samples")) {
      if (mrl_cli_int(name, value, 1, 10000, &v)) return -1;
      o->measure.samples = (int)v;
    } else if (!strcmp(name, "warmup")) {
      if (mrl_cli_int(name, value, 0, 10000, &v)) return -1;
      o->measure.warmup = (int)v;
    } else if (!strcmp(name, "min-sample-ms")) {
      if (mrl_cli_double(name, value, 0, 1e6, &o->measure.min_sample_ms)) return -1;
    } else if (!strcmp(name, "budget")) {
      if (mrl_cli_double(name, value, 0, 1e7, &o->measure.budget_s)) return -1;
    } else {
      int c = mrl_cli_common_option(&o->common, name, value);
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

static void copy_compile(const struct mrl_worker *w, struct mrl_record_compile *c) {
  c->parse_ms = mrl_worker_stage_ms(w, MRL_STAGE_PARSE);
  c->transform_ms = mrl_worker_stage_ms(w, MRL_STAGE_TRANSFORM);
  c->lower_ms = mrl_worker_stage_ms(w, MRL_STAGE_LOWER);
  c->jit_ms = mrl_worker_stage_ms(w, MRL_STAGE_JIT);
}

/* Compares every output of the candidate with the baseline's; returns 1 when all pass. */
static int check_outputs(const struct mrl_prepared *p, struct mrl_worker *base,
                         struct mrl_worker *cand, struct mrl_record *rec, char *why, size_t n) {
  int pass = 1;
  why[0] = '\0';
  for (int i = 0; i < p->sig.nargs; ++i) {
    const struct mrl_arg *a = &p->sig.args[i];
    if (!a->is_output) continue;
    struct mrl_verify_result v;
    struct mrl_err e;
    if (mrl_verify_compare(a->elem, mrl_worker_output(base, i), mrl_worker_output(cand, i),
                           (size_t)mrl_arg_elems(a), p->reduction_len, &v, &e) != MRL_OK) {
      snprintf(why, n, "output check failed: %s", e.msg);
      return 0;
    }
    mrl_record_add_verification(rec, &v);
    if (!v.pass && pass) {
      char line[512];
      mrl_verify_describe(&v, line, sizeof line);
      snprintf(why, n, "output argument %d: %s", i, line);
      pass = 0;
    }
  }
  return pass;
}

static void fill_counters(struct mrl_worker *w, int64_t iters, struct mrl_counter_set *set,
                          char *note, size_t n) {
  struct mrl_err e;
  if (mrl_worker_counters(w, iters, set, &e) == MRL_OK) snprintf(note, n, "%s", set->note);
  else set->n = 0;
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
  printf("%s  [%s]  LLVM %s, %d threads\n", r->benchmark.id, mrl_outcome_name(r->outcome),
         r->context.llvm_version, r->context.threads);
  if (r->error[0]) printf("  error      %s\n", r->error);
  print_timing("baseline", &r->baseline);
  print_timing("candidate", &r->candidate);
  if (r->has_speedup)
    printf("  speedup    %.4gx  [%.0f%% CI %.4g - %.4g]\n", r->speedup.point, 100 * r->speedup.level,
           r->speedup.lo, r->speedup.hi);
  if (r->verification.checked)
    printf("  check      %s: max rel err %.2g (rtol %.2g, reduction length %llu)\n",
           r->verification.mismatches ? "FAILED" : "passed", r->verification.max_rel_err,
           r->verification.rtol, (unsigned long long)p->reduction_len);
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

static void set_context(struct mrl_record *r, const struct run_opts *o) {
  struct mrl_err e;
  mrl_record_fill_host(&r->context, &e);
  r->context.threads = o->common.threads;
  snprintf(r->context.llvm_version, sizeof r->context.llvm_version, "%s", mrl_mlir_version());
  snprintf(r->context.mlirrl_version, sizeof r->context.mlirrl_version, "%s", MLIRRL_VERSION);
  snprintf(r->context.git_rev, sizeof r->context.git_rev, "%s", MLIRRL_GIT_REV);
  r->context.has_seed = true;
  r->context.seed = o->common.seed;
}

static void fail(struct mrl_record *r, enum mrl_outcome o, const char *text) {
  if (r->outcome == MRL_OUTCOME_OK) mrl_record_set_outcome(r, o, text);
}

/* Everything after both versions are known: check, time, count, and decide the outcome. */
static void measure(const struct run_opts *o, const struct mrl_prepared *p, struct mrl_worker *base,
                    struct mrl_worker *cand, struct mrl_record *r, struct mrl_timing *tb,
                    struct mrl_timing *tc) {
  struct mrl_err e = {{0}};
  if (mrl_worker_check_call(base, &e) != MRL_OK) {
    fail(r, mrl_worker_outcome(base), e.msg);
    return;
  }
  if (cand && mrl_worker_check_call(cand, &e) != MRL_OK) {
    fail(r, mrl_worker_outcome(cand), e.msg);
    cand = NULL;
  }
  if (cand) {
    char why[700];
    r->verification.checked = true;
    if (!check_outputs(p, base, cand, r, why, sizeof why)) {
      fail(r, MRL_OUTCOME_WRONG_ANSWER, why);
      cand = NULL; /* a wrong answer is never timed as a speedup */
    }
  }
  enum mrl_status s = mrl_measure_pair(base, cand, &o->measure, tb, tc, &e);
  if (s != MRL_OK) {
    struct mrl_worker *who = mrl_worker_outcome(base) != MRL_OUTCOME_OK ? base : cand;
    fail(r, who ? mrl_worker_outcome(who) : MRL_OUTCOME_CRASHED, e.msg);
  }
  if (tb->measured) mrl_record_set_timing(&r->baseline, tb->ns, (size_t)tb->n, tb->iters, &e);
  if (tc->measured && r->outcome == MRL_OUTCOME_OK)
    mrl_record_set_timing(&r->candidate, tc->ns, (size_t)tc->n, tc->iters, &e);
  if (o->counters && tb->measured && mrl_worker_outcome(base) == MRL_OUTCOME_OK)
    fill_counters(base, tb->iters, &r->baseline_counters, r->counters_note, sizeof r->counters_note);
  if (o->counters && cand && r->candidate.present && mrl_worker_outcome(cand) == MRL_OUTCOME_OK)
    fill_counters(cand, tc->iters, &r->candidate_counters, r->counters_note, sizeof r->counters_note);
  if (r->outcome == MRL_OUTCOME_OK && r->baseline.present && r->candidate.present &&
      mrl_stats_speedup(tb->ns, (size_t)tb->n, tc->ns, (size_t)tc->n, 0.95, 2000, o->common.seed,
                        &r->speedup, &e) == MRL_OK)
    r->has_speedup = true;
}

int mrl_cmd_run(int argc, char **argv) {
  struct run_opts o;
  int a = parse_args(argc, argv, &o);
  if (a != 0) return a > 0 ? MRL_EXIT_OK : MRL_EXIT_USAGE;
  double t0 = wall_ms();
  struct mrl_record rec;
  struct mrl_err e = {{0}};
  mrl_record_init(&rec);
  set_context(&rec, &o);
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
  if (rec.outcome == MRL_OUTCOME_OK && mrl_prepare(o.bench, &p, &e) != MRL_OK) {
    fail(&rec, MRL_OUTCOME_INVALID_INPUT, e.msg);
    mrl_prepared_free(&p);
  }
  if (rec.outcome != MRL_OUTCOME_OK) {
    rec.overhead_ms = wall_ms() - t0;
    free(script);
    memset(&p, 0, sizeof p);
    return emit(&rec, &o, &p);
  }
  struct mrl_worker_spec bspec = {.bench_text = p.text, .pipeline = mrl_lower_pipeline(), .sig = &p.sig};
  mrl_cli_spec_limits(&o.common, &bspec);
  struct mrl_worker_spec cspec = bspec;
  cspec.transform_text = script;
  cspec.perturb_output = o.perturb;
  struct mrl_worker *base = NULL, *cand = NULL;
  struct mrl_timing tb = {0}, tc = {0};
  if (mrl_worker_start(&bspec, &base, &e) != MRL_OK) {
    fail(&rec, mrl_worker_outcome(base), e.msg);
  } else if (script && mrl_worker_start(&cspec, &cand, &e) != MRL_OK) {
    fail(&rec, mrl_worker_outcome(cand), e.msg);
    measure(&o, &p, base, NULL, &rec, &tb, &tc); /* the baseline still tells something */
  } else {
    measure(&o, &p, base, cand, &rec, &tb, &tc);
  }
  if (base) copy_compile(base, &rec.baseline_compile);
  if (cand) copy_compile(cand, &rec.candidate_compile);
  rec.overhead_ms = wall_ms() - t0 - tb.timed_ms - tc.timed_ms;
  rc = emit(&rec, &o, &p);
  mrl_worker_stop(base);
  mrl_worker_stop(cand);
  mrl_timing_free(&tb);
  mrl_timing_free(&tc);
  mrl_prepared_free(&p);
  free(script);
  return rc;
}
