#include "evaluate.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "lower.h"

void mrl_eval_default_opts(struct mrl_eval_opts *o) {
  memset(o, 0, sizeof *o);
  mrl_cli_common_defaults(&o->common);
  mrl_measure_default_opts(&o->measure);
  o->counters = 1;
  o->time_baseline = 1;
  o->cache_dir = mrl_eval_default_cache_dir();
}

int mrl_eval_option(struct mrl_eval_opts *o, const char *name, const char *value) {
  long long v;
  if (!strcmp(name, "samples")) {
    if (mrl_cli_int(name, value, 1, 10000, &v)) return -1;
    o->measure.samples = (int)v;
  } else if (!strcmp(name, "warmup")) {
    if (mrl_cli_int(name, value, 0, 10000, &v)) return -1;
    o->measure.warmup = (int)v;
  } else if (!strcmp(name, "min-sample-ms")) {
    if (mrl_cli_double(name, value, 0, 1e6, &o->measure.min_sample_ms)) return -1;
  } else if (!strcmp(name, "budget")) {
    if (mrl_cli_double(name, value, 0, 1e7, &o->measure.budget_s)) return -1;
  } else if (!strcmp(name, "no-counters")) {
    o->counters = 0;
  } else if (!strcmp(name, "cache")) {
    o->cache_dir = value;
  } else if (!strcmp(name, "no-cache")) {
    o->cache_dir = NULL;
  } else {
    return mrl_cli_common_option(&o->common, name, value);
  }
  return 1;
}

const char *mrl_eval_default_cache_dir(void) {
  static char dir[4096];
  const char *env = getenv("MLIRRL_CACHE");
  const char *xdg = getenv("XDG_CACHE_HOME");
  const char *home = getenv("HOME");
  if (env && *env) snprintf(dir, sizeof dir, "%s", env);
  else if (xdg && *xdg) snprintf(dir, sizeof dir, "%s/mlirrl", xdg);
  else if (home && *home) snprintf(dir, sizeof dir, "%s/.cache/mlirrl", home);
  else return NULL;
  return dir;
}

void mrl_eval_keep_free(struct mrl_eval_keep *k) {
  mrl_timing_free(&k->base);
  mrl_timing_free(&k->cand);
}

void mrl_eval_fill_context(struct mrl_record *r, const struct mrl_eval_opts *o) {
  struct mrl_err e;
  mrl_record_fill_host(&r->context, &e);
  r->context.threads = o->common.threads;
  snprintf(r->context.llvm_version, sizeof r->context.llvm_version, "%s", mrl_mlir_version());
  snprintf(r->context.mlirrl_version, sizeof r->context.mlirrl_version, "%s", MLIRRL_VERSION);
  snprintf(r->context.git_rev, sizeof r->context.git_rev, "%s", MLIRRL_GIT_REV);
  r->context.has_seed = true;
  r->context.seed = o->common.seed;
}

static double wall_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec * 1e-6;
}

/* ---------------------------------------------------------------- reference cache */

/* All outputs, argument after argument, as the default pipeline computed them. */
struct refs {
  unsigned char *data;
  size_t bytes;
  size_t offset[MRL_MAX_ARGS];
};

static size_t outputs_layout(const struct mrl_signature *sig, struct refs *r) {
  size_t total = 0;
  for (int i = 0; i < sig->nargs; ++i) {
    if (!sig->args[i].is_output) continue;
    r->offset[i] = total;
    total += (size_t)mrl_arg_elems(&sig->args[i]) * mrl_elem_size(sig->args[i].elem);
  }
  return total;
}

static void ref_path(const struct mrl_eval_opts *o, const struct mrl_prepared *p, char *buf, size_t n) {
  snprintf(buf, n, "%s/ref/%s-llvm%s-seed%llu.bin", o->cache_dir, p->sha256, mrl_mlir_version(),
           (unsigned long long)o->common.seed);
}

static int mkdirs(const char *dir) {
  char tmp[4096];
  snprintf(tmp, sizeof tmp, "%s", dir);
  for (char *s = tmp + 1; *s; ++s) {
    if (*s != '/') continue;
    *s = '\0';
    if (mkdir(tmp, 0755) != 0 && errno != EEXIST) return -1;
    *s = '/';
  }
  return mkdir(tmp, 0755) != 0 && errno != EEXIST ? -1 : 0;
}

static int load_refs(const struct mrl_eval_opts *o, const struct mrl_prepared *p, struct refs *r) {
  if (!o->cache_dir) return 0;
  char path[4096];
  ref_path(o, p, path, sizeof path);
  FILE *f = fopen(path, "rb");
  if (!f) return 0;
  r->bytes = outputs_layout(&p->sig, r);
  r->data = malloc(r->bytes ? r->bytes : 1);
  int ok = r->data && fread(r->data, 1, r->bytes, f) == r->bytes && fgetc(f) == EOF;
  fclose(f);
  if (!ok) {
    free(r->data);
    r->data = NULL;
  }
  return ok;
}

/* Best effort: a cache that cannot be written only costs a baseline run next time. */
static void store_refs(const struct mrl_eval_opts *o, const struct mrl_prepared *p, struct mrl_worker *base) {
  if (!o->cache_dir) return;
  char dir[4096], path[4096], tmp[4200];
  snprintf(dir, sizeof dir, "%s/ref", o->cache_dir);
  if (mkdirs(dir) != 0) return;
  ref_path(o, p, path, sizeof path);
  snprintf(tmp, sizeof tmp, "%s.%d.tmp", path, (int)getpid());
  FILE *f = fopen(tmp, "wb");
  if (!f) return;
  int ok = 1;
  for (int i = 0; ok && i < p->sig.nargs; ++i) {
    if (!p->sig.args[i].is_output) continue;
    size_t bytes = (size_t)mrl_arg_elems(&p->sig.args[i]) * mrl_elem_size(p->sig.args[i].elem);
    ok = fwrite(mrl_worker_output(base, i), 1, bytes, f) == bytes;
  }
  ok = fclose(f) == 0 && ok;
  if (!ok || rename(tmp, path) != 0) unlink(tmp);
}

/* ---------------------------------------------------------------- evaluation */

static void fail(struct mrl_record *r, enum mrl_outcome o, const char *text) {
  if (r->outcome == MRL_OUTCOME_OK) mrl_record_set_outcome(r, o, text);
}

static void copy_compile(const struct mrl_worker *w, struct mrl_record_compile *c) {
  c->parse_ms = mrl_worker_stage_ms(w, MRL_STAGE_PARSE);
  c->transform_ms = mrl_worker_stage_ms(w, MRL_STAGE_TRANSFORM);
  c->lower_ms = mrl_worker_stage_ms(w, MRL_STAGE_LOWER);
  c->jit_ms = mrl_worker_stage_ms(w, MRL_STAGE_JIT);
}

static const void *ref_output(struct mrl_worker *base, const struct refs *refs, int i) {
  return base ? mrl_worker_output(base, i) : refs->data + refs->offset[i];
}

/* Compares every output of the candidate with the reference; returns 1 when all pass. */
static int check_outputs(const struct mrl_prepared *p, struct mrl_worker *base, const struct refs *refs,
                         struct mrl_worker *cand, struct mrl_record *rec, char *why, size_t n) {
  int pass = 1;
  why[0] = '\0';
  rec->verification.checked = true;
  for (int i = 0; i < p->sig.nargs; ++i) {
    const struct mrl_arg *a = &p->sig.args[i];
    if (!a->is_output) continue;
    struct mrl_verify_result v;
    struct mrl_err e;
    if (mrl_verify_compare(a->elem, ref_output(base, refs, i), mrl_worker_output(cand, i),
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

static void count_events(struct mrl_worker *w, int64_t iters, struct mrl_counter_set *set,
                         struct mrl_record *r) {
  struct mrl_err e;
  if (mrl_worker_counters(w, iters, set, &e) == MRL_OK)
    snprintf(r->counters_note, sizeof r->counters_note, "%s", set->note);
  else
    set->n = 0;
}

static int alive(struct mrl_worker *w) { return w && mrl_worker_outcome(w) == MRL_OUTCOME_OK; }

/* Check calls, output comparison, timing, counters; the workers are running. */
static void run_workers(const struct mrl_prepared *p, const struct mrl_eval_opts *o, struct mrl_worker *base,
                        struct refs *refs, struct mrl_worker *cand, struct mrl_record *r,
                        struct mrl_eval_keep *k) {
  struct mrl_err e = {{0}};
  if (base && mrl_worker_check_call(base, &e) != MRL_OK) {
    fail(r, mrl_worker_outcome(base), e.msg);
    return;
  }
  if (base && !refs->data) store_refs(o, p, base);
  if (cand && mrl_worker_check_call(cand, &e) != MRL_OK) {
    fail(r, mrl_worker_outcome(cand), e.msg);
    cand = NULL;
  }
  char why[700];
  if (cand && !check_outputs(p, base, refs, cand, r, why, sizeof why)) {
    fail(r, MRL_OUTCOME_WRONG_ANSWER, why);
    cand = NULL; /* a wrong answer is never timed as a speedup */
  }
  struct mrl_worker *timed_base = o->time_baseline ? base : NULL;
  if (!timed_base && !cand) return;
  if (mrl_measure_pair(timed_base, cand, &o->measure, &k->base, &k->cand, &e) != MRL_OK) {
    struct mrl_worker *who = timed_base && !alive(timed_base) ? timed_base : cand;
    fail(r, who ? mrl_worker_outcome(who) : MRL_OUTCOME_CRASHED, e.msg);
  }
  if (k->base.measured)
    mrl_record_set_timing(&r->baseline, k->base.ns, (size_t)k->base.n, k->base.iters, &e);
  if (k->cand.measured && r->outcome == MRL_OUTCOME_OK)
    mrl_record_set_timing(&r->candidate, k->cand.ns, (size_t)k->cand.n, k->cand.iters, &e);
  if (o->counters && r->baseline.present && alive(timed_base))
    count_events(timed_base, k->base.iters, &r->baseline_counters, r);
  if (o->counters && r->candidate.present && alive(cand))
    count_events(cand, k->cand.iters, &r->candidate_counters, r);
  if (r->outcome == MRL_OUTCOME_OK && r->baseline.present && r->candidate.present &&
      mrl_stats_speedup(k->base.ns, (size_t)k->base.n, k->cand.ns, (size_t)k->cand.n, 0.95, 2000,
                        o->common.seed, &r->speedup, &e) == MRL_OK)
    r->has_speedup = true;
}

void mrl_evaluate(const struct mrl_prepared *p, const char *script, const struct mrl_eval_opts *o,
                  struct mrl_record *r, struct mrl_eval_keep *k) {
  double t0 = wall_ms();
  memset(k, 0, sizeof *k);
  struct refs refs;
  memset(&refs, 0, sizeof refs);
  int cached = script && !o->time_baseline && load_refs(o, p, &refs);
  struct mrl_worker_spec bspec = {.bench_text = p->text, .pipeline = mrl_lower_pipeline(), .sig = &p->sig};
  mrl_cli_spec_limits(&o->common, &bspec);
  struct mrl_worker_spec cspec = bspec;
  cspec.transform_text = script;
  cspec.perturb_output = o->perturb;
  struct mrl_worker *base = NULL, *cand = NULL;
  struct mrl_err e = {{0}};
  int base_ok = 1;
  if (!cached && mrl_worker_start(&bspec, &base, &e) != MRL_OK) {
    fail(r, mrl_worker_outcome(base), e.msg);
    base_ok = 0;
  }
  if (base_ok && script && mrl_worker_start(&cspec, &cand, &e) != MRL_OK) {
    fail(r, mrl_worker_outcome(cand), e.msg);
    run_workers(p, o, base, &refs, NULL, r, k); /* the baseline still tells something */
  } else if (base_ok) {
    run_workers(p, o, base, &refs, cand, r, k);
  }
  if (base) copy_compile(base, &r->baseline_compile);
  if (cand) copy_compile(cand, &r->candidate_compile);
  mrl_worker_stop(base);
  mrl_worker_stop(cand);
  free(refs.data);
  r->overhead_ms = wall_ms() - t0 - k->base.timed_ms - k->cand.timed_ms;
}
