#include "evaluate.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "lower.h"
#include "magnitude.h"
#include "timing_lock.h"

enum { OVR_SAMPLES = 1, OVR_WARMUP = 2, OVR_MIN_SAMPLE = 4, OVR_BUDGET = 8 };

void mrl_eval_set_profile(struct mrl_eval_opts *o, const struct mrl_profile *p) {
  o->profile = p;
  if (!(o->overrides & OVR_SAMPLES)) o->measure.samples = p->measure.samples;
  if (!(o->overrides & OVR_WARMUP)) o->measure.warmup = p->measure.warmup;
  if (!(o->overrides & OVR_MIN_SAMPLE)) o->measure.min_sample_ms = p->measure.min_sample_ms;
  if (!(o->overrides & OVR_BUDGET)) o->measure.budget_s = p->measure.budget_s;
}

void mrl_eval_default_opts(struct mrl_eval_opts *o) {
  memset(o, 0, sizeof *o);
  mrl_cli_common_defaults(&o->common);
  mrl_eval_set_profile(o, mrl_profile_get(MRL_PROFILE_EVAL));
  o->counters = 1;
  mrl_cache_init(&o->cache, mrl_cache_default_dir(), mrl_cache_default_limit());
}

int mrl_eval_option(struct mrl_eval_opts *o, const char *name, const char *value) {
  long long v;
  if (!strcmp(name, "profile")) {
    const struct mrl_profile *p = mrl_profile_by_name(value);
    if (!p) {
      fprintf(stderr, "mlirrl: unknown profile '%s' (%s)\n", value, mrl_profile_names());
      return -1;
    }
    mrl_eval_set_profile(o, p);
  } else if (!strcmp(name, "samples")) {
    if (mrl_cli_int(name, value, 1, 10000, &v)) return -1;
    o->measure.samples = (int)v;
    o->overrides |= OVR_SAMPLES;
  } else if (!strcmp(name, "warmup")) {
    if (mrl_cli_int(name, value, 0, 10000, &v)) return -1;
    o->measure.warmup = (int)v;
    o->overrides |= OVR_WARMUP;
  } else if (!strcmp(name, "min-sample-ms")) {
    if (mrl_cli_double(name, value, 0, 1e6, &o->measure.min_sample_ms)) return -1;
    o->overrides |= OVR_MIN_SAMPLE;
  } else if (!strcmp(name, "budget")) {
    if (mrl_cli_double(name, value, 0, 1e7, &o->measure.budget_s)) return -1;
    o->overrides |= OVR_BUDGET;
  } else if (!strcmp(name, "retries")) {
    if (mrl_cli_int(name, value, 0, 10, &v)) return -1;
    o->retries = (int)v;
  } else if (!strcmp(name, "no-counters")) {
    o->counters = 0;
  } else if (!strcmp(name, "cache")) {
    mrl_cache_init(&o->cache, value, o->cache.limit_bytes);
  } else if (!strcmp(name, "cache-limit-mb")) {
    if (mrl_cli_int(name, value, 1, 1LL << 30, &v)) return -1;
    o->cache.limit_bytes = (uint64_t)v << 20;
  } else if (!strcmp(name, "no-cache")) {
    o->cache.dir[0] = '\0';
  } else {
    return mrl_cli_common_option(&o->common, name, value);
  }
  return 1;
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

int mrl_eval_transient(const struct mrl_record *r) {
  return r->outcome == MRL_OUTCOME_TIMED_OUT ||
         (r->outcome == MRL_OUTCOME_CRASHED && strstr(r->error, "out of memory") != NULL);
}

static double mono_s(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}


/* ---------------------------------------------------------------- baseline state */

void mrl_baseline_init(struct mrl_baseline *b) {
  memset(b, 0, sizeof *b);
}

void mrl_baseline_free(struct mrl_baseline *b) {
  free(b->outputs);
  free(b->mag);
  free(b->ns);
  memset(b, 0, sizeof *b);
}

/* The state belongs to one benchmark, seed and thread count; anything else starts afresh. */
static void baseline_adopt(struct mrl_baseline *b, const struct mrl_prepared *p,
                           const struct mrl_eval_opts *o) {
  if (!strcmp(b->sha256, p->sha256) && b->seed == o->common.seed && b->threads == o->common.threads) return;
  mrl_baseline_free(b);
  memcpy(b->sha256, p->sha256, sizeof b->sha256);
  b->seed = o->common.seed;
  b->threads = o->common.threads;
}

static size_t arg_bytes(const struct mrl_arg *a) {
  return (size_t)mrl_arg_elems(a) * mrl_elem_size(a->elem);
}

static int keep_outputs(struct mrl_baseline *b, const struct mrl_prepared *p, struct mrl_worker *w) {
  size_t total = 0;
  for (int i = 0; i < p->sig.nargs; ++i)
    if (p->sig.args[i].is_output) {
      b->out_offset[i] = total;
      total += arg_bytes(&p->sig.args[i]);
    }
  unsigned char *d = realloc(b->outputs, total ? total : 1);
  if (!d) return 0;
  b->outputs = d;
  for (int i = 0; i < p->sig.nargs; ++i)
    if (p->sig.args[i].is_output)
      memcpy(d + b->out_offset[i], mrl_worker_output(w, i), arg_bytes(&p->sig.args[i]));
  return 1;
}

static int keep_timing(struct mrl_baseline *b, const struct mrl_timing *t) {
  double *ns = malloc((size_t)(t->n > 0 ? t->n : 1) * sizeof *ns);
  if (!ns) return 0;
  memcpy(ns, t->ns, (size_t)t->n * sizeof *ns);
  free(b->ns);
  b->ns = ns;
  b->n = t->n;
  b->iters = t->iters;
  b->timed_at_s = mono_s();
  struct mrl_err e;
  b->timed_utc[0] = '\0'; /* left empty if the clock cannot be read */
  mrl_record_utc_now(b->timed_utc, sizeof b->timed_utc, &e);
  return 1;
}

/* ---------------------------------------------------------------- magnitudes */

static size_t float_elems(const struct mrl_prepared *p, size_t *offset) {
  size_t total = 0;
  for (int i = 0; i < p->sig.nargs; ++i) {
    const struct mrl_arg *a = &p->sig.args[i];
    if (!a->is_output || !mrl_elem_is_float(a->elem)) continue;
    offset[i] = total;
    total += (size_t)mrl_arg_elems(a);
  }
  return total;
}

static void mag_key(const struct mrl_prepared *p, const struct mrl_eval_opts *o, char *key, size_t n) {
  struct mrl_sha256 h;
  char text[256];
  unsigned char d[MRL_SHA256_DIGEST_LEN];
  char hex[MRL_SHA256_HEX_LEN];
  mrl_sha256_init(&h);
  snprintf(text, sizeof text, "mlirrl magnitudes, rules %d\n%s\nllvm %s\nseed %llu\n",
           MRL_MAGNITUDE_RULES_VERSION, p->sha256, mrl_mlir_version(), (unsigned long long)o->common.seed);
  mrl_sha256_update(&h, text, strlen(text));
  mrl_sha256_update(&h, mrl_lower_pipeline(), strlen(mrl_lower_pipeline()));
  mrl_sha256_final(&h, d);
  mrl_sha256_to_hex(d, hex);
  snprintf(key, n, "%s.f32", hex);
}

/* Magnitudes are scales, not values: single precision is plenty, and halves the cache (see
 * mag_compute for values beyond its range). */
static int mag_from_cache(struct mrl_baseline *b, const char *key, size_t count,
                          const struct mrl_eval_opts *o) {
  void *data;
  size_t len;
  if (!mrl_cache_read(&o->cache, "mag", key, &data, &len)) return 0;
  int ok = len == count * sizeof(float);
  if (ok) {
    const float *f = data;
    for (size_t i = 0; i < count; ++i)
      b->mag[i] = f[i];
  }
  free(data);
  return ok;
}

static void mag_to_cache(const struct mrl_baseline *b, const char *key, size_t count,
                         const struct mrl_eval_opts *o) {
  if (!o->cache.dir[0]) return;
  float *f = malloc(count ? count * sizeof *f : 1);
  if (!f) return;
  for (size_t i = 0; i < count; ++i)
    f[i] = (float)b->mag[i];
  const void *parts[1] = {f};
  size_t sizes[1] = {count * sizeof *f};
  struct mrl_err e;
  mrl_cache_write(&o->cache, "mag", key, parts, sizes, 1, &e); /* best effort: costs a recompute */
  free(f);
}

/* Runs the magnitude version of the benchmark (magnitude.h) under the default pipeline on the
 * absolute values of the inputs. */
static int mag_compute(struct mrl_baseline *b, const struct mrl_prepared *p, const struct mrl_eval_opts *o) {
  char *text = NULL;
  struct mrl_err e = {{0}};
  struct mrl_prepared mp;
  memset(&mp, 0, sizeof mp);
  if (mrl_magnitude_text(p->text, &text, &e) != MRL_OK || mrl_prepare_text(text, &mp, &e) != MRL_OK) {
    snprintf(b->mag_note, sizeof b->mag_note, "magnitudes unavailable: %s", e.msg);
    free(text);
    mrl_prepared_free(&mp);
    return 0;
  }
  struct mrl_worker_spec spec = {
      .bench_text = mp.text, .pipeline = mrl_lower_pipeline(), .sig = &mp.sig, .abs_inputs = 1};
  mrl_cli_spec_limits(&o->common, &spec);
  struct mrl_worker *w = NULL;
  int ok = mrl_worker_start(&spec, &w, &e) == MRL_OK && mrl_worker_check_call(w, &e) == MRL_OK;
  if (ok) {
    for (int i = 0; i < p->sig.nargs; ++i) {
      const struct mrl_arg *a = &p->sig.args[i];
      if (!a->is_output || !mrl_elem_is_float(a->elem)) continue;
      const struct mrl_arg *ma = &mp.sig.args[i];
      size_t n = (size_t)mrl_arg_elems(a);
      if (ma->elem != MRL_ELEM_F64 || (size_t)mrl_arg_elems(ma) != n) {
        ok = 0;
        snprintf(e.msg, sizeof e.msg, "the magnitude version's output %d has another type or shape", i);
        break;
      }
      /* Kept in single precision, as the cache keeps them, so that a verdict does not depend
       * on whether the magnitudes were computed now or read back. One beyond that range (or
       * NaN) stays non-finite: the check then falls back to the largest output (check_one). */
      const double *src = mrl_worker_output(w, i);
      for (size_t k = 0; k < n; ++k)
        b->mag[b->mag_offset[i] + k] = (float)fabs(src[k]);
    }
  }
  if (!ok) snprintf(b->mag_note, sizeof b->mag_note, "magnitudes unavailable: %s", e.msg);
  mrl_worker_stop(w);
  mrl_prepared_free(&mp);
  free(text);
  return ok;
}

/* Magnitudes for the check: from this run, the cache, or a run of the magnitude version. */
static int ensure_magnitudes(struct mrl_baseline *b, const struct mrl_prepared *p,
                             const struct mrl_eval_opts *o) {
  if (b->mag_state) return b->mag_state > 0;
  b->mag_state = -1;
  size_t count = float_elems(p, b->mag_offset);
  b->mag = calloc(count ? count : 1, sizeof *b->mag);
  if (!b->mag) {
    snprintf(b->mag_note, sizeof b->mag_note, "magnitudes unavailable: out of memory");
    return 0;
  }
  char key[96];
  mag_key(p, o, key, sizeof key);
  if (mag_from_cache(b, key, count, o) || (mag_compute(b, p, o) && (mag_to_cache(b, key, count, o), 1))) {
    b->mag_state = 1;
    return 1;
  }
  free(b->mag);
  b->mag = NULL;
  return 0;
}

/* ---------------------------------------------------------------- the check */

static void fail(struct mrl_record *r, enum mrl_outcome o, const char *text) {
  if (r->outcome == MRL_OUTCOME_OK) mrl_record_set_outcome(r, o, text);
}

/* The magnitudes of one output, each capped at L * max|ref| (the scale the normwise rule gives
 * every element): in a deep chain of ops with unnormalized random weights the magnitude run
 * amplifies without cancellation and its bound becomes vacuous (MobileNetV2: tolerances 1e71
 * times the errors), while a single op or a short chain stays far below the cap. A
 * non-finite magnitude (beyond single precision) makes the output fall back to the normwise
 * rule. Returns the number of capped elements, or -1 when a magnitude is not finite where the
 * reference is. */
static long capped_scale(enum mrl_elem elem, const void *ref, const double *mag, size_t n, double path_len,
                         double *out) {
  double m = 0;
  for (size_t k = 0; k < n; ++k) {
    double r = fabs(elem == MRL_ELEM_F32 ? ((const float *)ref)[k] : ((const double *)ref)[k]);
    if (isfinite(r) && r > m) m = r;
  }
  double cap = path_len * m;
  long capped = 0;
  for (size_t k = 0; k < n; ++k) {
    double r = elem == MRL_ELEM_F32 ? ((const float *)ref)[k] : ((const double *)ref)[k];
    if (isfinite(r) && !isfinite(mag[k])) return -1;
    out[k] = mag[k] > cap ? (++capped, cap) : mag[k];
  }
  return capped;
}

/* One output: every element against its own value first (cheap, and decides most checks);
 * elements that fail it are judged against the magnitude of their terms (capped, see
 * capped_scale), or, when magnitudes cannot be had, against the largest output (the weakest
 * rule, and the record says so in *note). */
static enum mrl_status check_one(const struct mrl_prepared *p, const struct mrl_eval_opts *o,
                                 struct mrl_baseline *b, int i, const void *got, struct mrl_verify_result *v,
                                 char *note, size_t nn, struct mrl_err *e) {
  const struct mrl_arg *a = &p->sig.args[i];
  const void *ref = b->outputs + b->out_offset[i];
  size_t n = (size_t)mrl_arg_elems(a);
  struct mrl_verify_params vp = {.mode = MRL_VERIFY_RELATIVE, .scale = NULL, .path_len = p->path_len};
  enum mrl_status s = mrl_verify_compare(a->elem, ref, got, n, &vp, v, e);
  if (s != MRL_OK || v->pass || !mrl_elem_is_float(a->elem) || v->mismatches == v->nonfinite_mismatches)
    return s;
  vp.mode = MRL_VERIFY_NORMWISE;
  double *scale = NULL;
  if (!ensure_magnitudes(b, p, o)) {
    snprintf(note, nn, "%s", b->mag_note);
  } else if (!(scale = malloc(n ? n * sizeof *scale : 1))) {
    snprintf(note, nn, "magnitudes unavailable: out of memory");
  } else {
    long capped = capped_scale(a->elem, ref, b->mag + b->mag_offset[i], n, p->path_len, scale);
    if (capped < 0) {
      snprintf(note, nn, "magnitudes beyond single precision (the computation amplifies without bound)");
    } else {
      vp.mode = MRL_VERIFY_MAGNITUDE;
      vp.scale = scale;
      if (capped)
        snprintf(note, nn,
                 "%ld of %zu magnitudes capped at L*max|ref| (rounding amplified beyond what the check "
                 "can bound)",
                 capped, n);
    }
  }
  s = mrl_verify_compare(a->elem, ref, got, n, &vp, v, e);
  free(scale);
  return s;
}

/* Compares every output of the candidate with the reference; returns 1 when all pass. */
static int check_outputs(const struct mrl_prepared *p, const struct mrl_eval_opts *o, struct mrl_baseline *b,
                         struct mrl_worker *cand, struct mrl_record *rec, char *why, size_t n) {
  int pass = 1;
  why[0] = '\0';
  rec->verification.checked = true;
  for (int i = 0; i < p->sig.nargs; ++i) {
    if (!p->sig.args[i].is_output) continue;
    struct mrl_verify_result v;
    struct mrl_err e;
    char note[MRL_RECORD_NOTE_MAX] = "";
    if (check_one(p, o, b, i, mrl_worker_output(cand, i), &v, note, sizeof note, &e) != MRL_OK) {
      snprintf(why, n, "output check failed: %s", e.msg);
      return 0;
    }
    mrl_record_add_verification(rec, &v);
    if (note[0]) snprintf(rec->verification.note, sizeof rec->verification.note, "%s", note);
    if (!v.pass && pass) {
      char line[512];
      mrl_verify_describe(&v, line, sizeof line);
      snprintf(why, n, "output argument %d: %s", i, line);
      pass = 0;
    }
  }
  return pass;
}

/* ---------------------------------------------------------------- one attempt */

static void copy_compile(const struct mrl_worker *w, struct mrl_record_compile *c) {
  c->parse_ms = mrl_worker_stage_ms(w, MRL_STAGE_PARSE);
  c->transform_ms = mrl_worker_stage_ms(w, MRL_STAGE_TRANSFORM);
  c->lower_ms = mrl_worker_stage_ms(w, MRL_STAGE_LOWER);
  c->jit_ms = mrl_worker_stage_ms(w, MRL_STAGE_JIT);
  snprintf(c->object_sha256, sizeof c->object_sha256, "%s", mrl_worker_object_sha256(w));
}

static void count_events(struct mrl_worker *w, int64_t iters, struct mrl_counter_set *set,
                         struct mrl_record *r) {
  struct mrl_err e;
  if (mrl_worker_counters(w, iters, set, &e) == MRL_OK)
    snprintf(r->counters_note, sizeof r->counters_note, "%s", set->note);
  else
    set->n = 0;
}

static int alive(struct mrl_worker *w) {
  return w && mrl_worker_outcome(w) == MRL_OUTCOME_OK;
}

/* Whether this evaluation must run the default pipeline: always for the eval profile and for a
 * baseline-only run; for the train profile when this run has no outputs or no timing of it
 * yet, or its timing has aged. */
static int need_baseline_worker(const struct mrl_eval_opts *o, const struct mrl_baseline *b,
                                const char *script) {
  if (!script || o->profile->interleave || !b->outputs || b->n == 0) return 1;
  return mono_s() - b->timed_at_s > o->profile->baseline_max_age_s;
}

struct attempt {
  struct mrl_worker *base, *cand;
};

/* Check calls, output comparison, timing, counters; the workers that started are running. */
static void run_workers(const struct mrl_prepared *p, const struct mrl_eval_opts *o, struct mrl_baseline *b,
                        struct attempt *w, struct mrl_record *r, struct mrl_eval_keep *k) {
  struct mrl_err e = {{0}};
  if (w->base) {
    if (mrl_worker_check_call(w->base, &e) != MRL_OK) {
      fail(r, mrl_worker_outcome(w->base), e.msg);
      return;
    }
    if (!keep_outputs(b, p, w->base)) {
      fail(r, MRL_OUTCOME_HARNESS_ERROR, "out of memory keeping the reference outputs");
      return;
    }
  }
  struct mrl_worker *cand = w->cand;
  if (cand && mrl_worker_check_call(cand, &e) != MRL_OK) {
    fail(r, mrl_worker_outcome(cand), e.msg);
    cand = NULL;
  }
  char why[700];
  if (cand && !check_outputs(p, o, b, cand, r, why, sizeof why)) {
    fail(r, MRL_OUTCOME_WRONG_ANSWER, why);
    cand = NULL; /* a wrong answer is never timed as a speedup */
  }
  if (!w->base && !cand) return;
  /* Only the timed part holds the node's timing lock (timing_lock.h): compiling and the
   * output check above run beside another process's timing. */
  mrl_timing_lock_acquire();
  enum mrl_status timed = mrl_measure_pair(w->base, cand, &o->measure, &k->base, &k->cand, &e);
  if (!o->counters) mrl_timing_lock_release(); /* else after the counter passes, which run kernels */
  if (timed != MRL_OK) {
    struct mrl_worker *who = w->base && !alive(w->base) ? w->base : cand;
    fail(r, who ? mrl_worker_outcome(who) : MRL_OUTCOME_HARNESS_ERROR, e.msg);
  }
  struct mrl_record_measurement *m = &r->measurement;
  m->interleaved = w->base && cand;
  if (k->base.measured) {
    if (!keep_timing(b, &k->base))
      fail(r, MRL_OUTCOME_HARNESS_ERROR, "out of memory keeping the baseline timing");
    mrl_record_set_timing(&r->baseline, k->base.ns, (size_t)k->base.n, k->base.iters, &e);
  } else if (!w->base && b->n > 0 && r->outcome == MRL_OUTCOME_OK) {
    mrl_record_set_timing(&r->baseline, b->ns, (size_t)b->n, b->iters, &e);
    m->baseline_reused = true;
  }
  if (r->baseline.present) {
    snprintf(m->baseline_timed_utc, sizeof m->baseline_timed_utc, "%s", b->timed_utc);
    m->baseline_age_s = mono_s() - b->timed_at_s;
  }
  if (k->cand.measured && r->outcome == MRL_OUTCOME_OK)
    mrl_record_set_timing(&r->candidate, k->cand.ns, (size_t)k->cand.n, k->cand.iters, &e);
  if (o->counters && k->base.measured && alive(w->base))
    count_events(w->base, k->base.iters, &r->baseline_counters, r);
  if (o->counters && r->candidate.present && alive(cand))
    count_events(cand, k->cand.iters, &r->candidate_counters, r);
  if (o->counters) mrl_timing_lock_release();
  if (r->outcome == MRL_OUTCOME_OK && r->baseline.present && r->candidate.present &&
      mrl_stats_speedup(r->baseline.sample_ns, r->baseline.samples, k->cand.ns, (size_t)k->cand.n, 0.95, 2000,
                        o->common.seed, &r->speedup, &e) == MRL_OK)
    r->has_speedup = true;
}

static void attempt(const struct mrl_prepared *p, const char *script, const struct mrl_eval_opts *o,
                    struct mrl_baseline *b, struct mrl_record *r, struct mrl_eval_keep *k) {
  struct mrl_worker_spec bspec = {.bench_text = p->text, .pipeline = mrl_lower_pipeline(), .sig = &p->sig};
  mrl_cli_spec_limits(&o->common, &bspec);
  struct mrl_worker_spec cspec = bspec;
  cspec.transform_text = script;
  cspec.perturb_output = o->perturb;
  struct attempt w = {NULL, NULL};
  struct mrl_err e = {{0}};
  int ok = 1;
  mrl_timing_lock_work_begin(); /* ended where the timing starts (run_workers), or below */
  if (need_baseline_worker(o, b, script) && mrl_worker_start(&bspec, &w.base, &e) != MRL_OK) {
    fail(r, mrl_worker_outcome(w.base), e.msg);
    ok = 0;
  }
  if (ok && script && mrl_worker_start(&cspec, &w.cand, &e) != MRL_OK) {
    fail(r, mrl_worker_outcome(w.cand), e.msg);
    struct attempt only_base = {w.base, NULL};
    if (w.base) run_workers(p, o, b, &only_base, r, k); /* the baseline still tells something */
  } else if (ok) {
    run_workers(p, o, b, &w, r, k);
  }
  mrl_timing_lock_work_end();
  if (w.base) copy_compile(w.base, &r->baseline_compile);
  if (w.cand) copy_compile(w.cand, &r->candidate_compile);
  mrl_worker_stop(w.base);
  mrl_worker_stop(w.cand);
}

/* The parts of a record an attempt fills; the caller's (benchmark, transform, context) stay. */
static void reset_results(struct mrl_record *r) {
  struct mrl_record keep = *r;
  mrl_record_init(r);
  r->benchmark = keep.benchmark;
  r->transform = keep.transform;
  r->context = keep.context;
}

void mrl_evaluate(const struct mrl_prepared *p, const char *script, const struct mrl_eval_opts *o,
                  struct mrl_baseline *b, struct mrl_record *r, struct mrl_eval_keep *k) {
  double t0 = mono_s();
  memset(k, 0, sizeof *k);
  struct mrl_baseline own;
  if (!b) {
    mrl_baseline_init(&own);
    b = &own;
  }
  baseline_adopt(b, p, o);
  char retry_reason[256] = "";
  int attempts = 0;
  for (;;) {
    ++attempts;
    attempt(p, script, o, b, r, k);
    if (!mrl_eval_transient(r) || attempts > o->retries) break;
    snprintf(retry_reason, sizeof retry_reason, "%s: %s", mrl_outcome_name(r->outcome), r->error);
    mrl_eval_keep_free(k);
    reset_results(r);
  }
  struct mrl_record_measurement *m = &r->measurement;
  snprintf(m->profile, sizeof m->profile, "%s", o->profile->name);
  m->attempts = attempts;
  snprintf(m->retry_reason, sizeof m->retry_reason, "%s", retry_reason);
  r->overhead_ms = (mono_s() - t0) * 1e3 - k->base.timed_ms - k->cand.timed_ms;
  if (b == &own) {
    /* A private state dies here: a reused timing must not point into it. */
    if (r->measurement.baseline_reused) r->baseline.sample_ns = NULL;
    mrl_baseline_free(&own);
  }
}
