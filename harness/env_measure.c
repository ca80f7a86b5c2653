#include "env_measure.h"

#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lower.h"
#include "sha256.h"

/* Benchmarks whose default-pipeline state is kept at once (training visits a few at a time),
 * and the memory their reference outputs and magnitudes may take together: beyond it the
 * least recently used go, so that paper-scale outputs (hundreds of MB each) cannot pile up. */
enum { MAX_BENCH = 8 };
#define MAX_KEPT_BYTES ((size_t)1 << 30)

struct bench_state {
  struct mrl_prepared prep;
  struct mrl_baseline base;
  unsigned long last_use; /* 0: slot empty */
};

struct mrl_env_measurer {
  struct mrl_env_measure_opts opts;
  struct bench_state bench[MAX_BENCH];
  unsigned long clock;
  struct mrl_record rec;
  struct mrl_eval_keep keep;
  int have_rec, have_keep;
  char *rec_text; /* the schedule the record borrows */
  char *json;     /* the last measurement's record */
  char key[96];   /* its cache key, "" when none */
  int asked, cached;
};

void mrl_env_measure_default_opts(struct mrl_env_measure_opts *o) {
  memset(o, 0, sizeof *o);
  mrl_eval_default_opts(&o->eval);
  mrl_eval_set_profile(&o->eval, mrl_profile_get(MRL_PROFILE_TRAIN));
  o->eval.counters = 0; /* rewards need times, not event counts */
  o->eval.retries = 1;
  o->use_cache = 1;
}

enum mrl_status mrl_env_measurer_create(const struct mrl_env_measure_opts *o, struct mrl_env_measurer **out,
                                        struct mrl_err *err) {
  struct mrl_env_measurer *m = calloc(1, sizeof *m);
  if (!m) return mrl_fail(err, MRL_ENOMEM, "out of memory");
  m->opts = *o;
  mrl_record_init(&m->rec);
  *out = m;
  return MRL_OK;
}

static void drop_record(struct mrl_env_measurer *m) {
  if (m->have_keep) mrl_eval_keep_free(&m->keep);
  m->have_keep = m->have_rec = 0;
  free(m->rec_text);
  free(m->json);
  m->rec_text = m->json = NULL;
}

static void bench_free(struct bench_state *b) {
  mrl_prepared_free(&b->prep);
  mrl_baseline_free(&b->base);
  memset(b, 0, sizeof *b);
}

void mrl_env_measurer_destroy(struct mrl_env_measurer *m) {
  if (!m) return;
  drop_record(m);
  for (int i = 0; i < MAX_BENCH; ++i)
    bench_free(&m->bench[i]);
  free(m);
}

const struct mrl_record *mrl_env_measurer_last_record(const struct mrl_env_measurer *m) {
  return m->have_rec ? &m->rec : NULL;
}

const char *mrl_env_measurer_last_json(const struct mrl_env_measurer *m) {
  return m->json;
}

const char *mrl_env_measurer_last_key(const struct mrl_env_measurer *m) { return m->key; }

void mrl_env_measurer_set_timeout(struct mrl_env_measurer *m, double timeout_s) {
  m->opts.eval.common.timeout_s = timeout_s;
}

void mrl_env_measurer_counts(const struct mrl_env_measurer *m, int *asked, int *cached) {
  if (asked) *asked = m->asked;
  if (cached) *cached = m->cached;
}

/* What a benchmark's kept state takes at most: its outputs, and a magnitude (double) per
 * output element. */
static size_t footprint(const struct mrl_prepared *p) {
  size_t bytes = 0;
  for (int i = 0; i < p->sig.nargs; ++i) {
    const struct mrl_arg *a = &p->sig.args[i];
    if (a->is_output) bytes += (size_t)mrl_arg_elems(a) * (mrl_elem_size(a->elem) + sizeof(double));
  }
  return bytes;
}

/* Frees the least recently used states other than keep until all fit MAX_KEPT_BYTES. */
static void make_room(struct mrl_env_measurer *m, const struct bench_state *keep) {
  for (;;) {
    size_t total = 0;
    struct bench_state *oldest = NULL;
    for (int i = 0; i < MAX_BENCH; ++i) {
      struct bench_state *b = &m->bench[i];
      if (!b->last_use) continue;
      total += footprint(&b->prep);
      if (b != keep && (!oldest || b->last_use < oldest->last_use)) oldest = b;
    }
    if (total <= MAX_KEPT_BYTES || !oldest) return;
    bench_free(oldest);
  }
}

/* The state of the benchmark with this text: found, or prepared in the least recently used
 * slot. NULL with err set when the text is not a benchmark. */
static struct bench_state *bench_for(struct mrl_env_measurer *m, const char *text, struct mrl_err *err) {
  char sha[MRL_SHA256_HEX_LEN];
  mrl_sha256_hex_of_buffer(text, strlen(text), sha);
  struct bench_state *victim = &m->bench[0];
  for (int i = 0; i < MAX_BENCH; ++i) {
    struct bench_state *b = &m->bench[i];
    if (b->last_use && !strcmp(b->prep.sha256, sha)) {
      b->last_use = ++m->clock;
      return b;
    }
    if (b->last_use < victim->last_use) victim = b;
  }
  bench_free(victim);
  if (mrl_prepare_text(text, &victim->prep, err) != MRL_OK) {
    bench_free(victim);
    return NULL;
  }
  mrl_baseline_init(&victim->base);
  victim->last_use = ++m->clock;
  make_room(m, victim);
  return victim;
}

/* ---------------------------------------------------------------- cache key */

static void hash_str(struct mrl_sha256 *h, const char *label, const char *s) {
  mrl_sha256_update(h, label, strlen(label));
  mrl_sha256_update(h, "\n", 1);
  mrl_sha256_update(h, s, strlen(s));
  mrl_sha256_update(h, "\n", 1);
}

/* The script without its leading comment lines (they name the benchmark id, which does not
 * change what runs). */
static const char *script_body(const char *script) {
  while (script[0] == '/' && script[1] == '/') {
    const char *nl = strchr(script, '\n');
    if (!nl) return "";
    script = nl + 1;
  }
  return script;
}

static void key_of(const struct mrl_env_measurer *m, const struct bench_state *b,
                   const struct mrl_measure_request *r, const struct mrl_record_context *ctx, char *key,
                   size_t n) {
  const struct mrl_eval_opts *o = &m->opts.eval;
  struct mrl_sha256 h;
  char num[160];
  mrl_sha256_init(&h);
  hash_str(&h, "mlirrl env measurement", "v2");
  hash_str(&h, "benchmark", b->prep.sha256);
  hash_str(&h, "llvm", mrl_mlir_version());
  hash_str(&h, "pipeline", mrl_lower_pipeline());
  snprintf(num, sizeof num, "%d %llu", o->common.threads, (unsigned long long)o->common.seed);
  hash_str(&h, "threads seed", num);
  snprintf(num, sizeof num, "%s %d %d %.17g %.17g %.17g", o->profile->name, o->measure.samples,
           o->measure.warmup, o->measure.min_sample_ms, o->measure.budget_s, o->profile->baseline_max_age_s);
  hash_str(&h, "profile", num);
  /* A timeout is a result of the limit it ran under: a search's tight limit must not answer a
   * later request with a looser one. */
  snprintf(num, sizeof num, "%.17g", o->common.timeout_s);
  hash_str(&h, "timeout", num);
  hash_str(&h, "host", ctx->hostname);
  hash_str(&h, "cpu", ctx->cpu_model);
  snprintf(num, sizeof num, "%d", ctx->cores);
  hash_str(&h, "cores", num);
  hash_str(&h, "mlirrl", MLIRRL_VERSION);
  hash_str(&h, "revision", MLIRRL_GIT_REV);
  hash_str(&h, "schedule", r->schedule ? r->schedule : "");
  hash_str(&h, "script", script_body(r->script));
  unsigned char d[MRL_SHA256_DIGEST_LEN];
  char hex[MRL_SHA256_HEX_LEN];
  mrl_sha256_final(&h, d);
  mrl_sha256_to_hex(d, hex);
  snprintf(key, n, "%s.json", hex);
}

/* ---------------------------------------------------------------- measurement from a record */

static void clear(struct mrl_measurement *v) {
  memset(v, 0, sizeof *v);
  v->speedup = v->speedup_lo = v->speedup_hi = NAN;
  v->baseline_ns = v->candidate_ns = NAN;
}

static enum mrl_measure_outcome classify(enum mrl_outcome o) {
  switch (o) {
  case MRL_OUTCOME_OK: return MRL_MEASURE_OK;
  case MRL_OUTCOME_TRANSFORM_FAILED: return MRL_MEASURE_TRANSFORM_FAILED;
  case MRL_OUTCOME_WRONG_ANSWER: return MRL_MEASURE_WRONG_ANSWER;
  case MRL_OUTCOME_INVALID_INPUT:
  case MRL_OUTCOME_HARNESS_ERROR:
  case MRL_OUTCOME_UNAVAILABLE: return MRL_MEASURE_ERROR;
  default: return MRL_MEASURE_EXEC_FAILED;
  }
}

static enum mrl_outcome outcome_by_name(const char *name) {
  for (int k = 0; name && k < MRL_OUTCOME_COUNT; ++k)
    if (!strcmp(name, mrl_outcome_name((enum mrl_outcome)k))) return (enum mrl_outcome)k;
  return MRL_OUTCOME_COUNT;
}

static double num_at(json_t *o, const char *a, const char *b) {
  json_t *v = json_object_get(o, a);
  if (b) v = json_object_get(v, b);
  return json_is_number(v) ? json_number_value(v) : NAN;
}

/* The measurement a record stands for; 0 when the JSON is not a record of ours. */
static int from_json(json_t *j, struct mrl_measurement *out) {
  enum mrl_outcome o = outcome_by_name(json_string_value(json_object_get(j, "outcome")));
  if (o == MRL_OUTCOME_COUNT) return 0;
  clear(out);
  out->outcome = classify(o);
  snprintf(out->outcome_name, sizeof out->outcome_name, "%s", mrl_outcome_name(o));
  const char *error = json_string_value(json_object_get(j, "error"));
  snprintf(out->error, sizeof out->error, "%s", error ? error : "");
  json_t *t = json_object_get(j, "timing");
  out->baseline_ns = num_at(json_object_get(t, "baseline"), "median_ns", NULL);
  out->candidate_ns = num_at(json_object_get(t, "candidate"), "median_ns", NULL);
  if (out->outcome == MRL_MEASURE_OK) {
    out->speedup = num_at(j, "speedup", "point");
    out->speedup_lo = num_at(j, "speedup", "ci_lo");
    out->speedup_hi = num_at(j, "speedup", "ci_hi");
    if (!isfinite(out->speedup)) return 0;
  }
  return 1;
}

static int cache_load(struct mrl_env_measurer *m, const char *key, struct mrl_measurement *out) {
  void *data;
  if (!mrl_cache_read(&m->opts.eval.cache, "meas", key, &data, NULL)) return 0;
  json_t *j = json_loads(data, 0, NULL);
  free(data);
  if (!j) return 0;
  int ok = from_json(j, out);
  json_t *meas = json_object_get(j, "measurement");
  if (ok && json_is_object(meas)) json_object_set_new(meas, "cached", json_true());
  if (ok) m->json = json_dumps(j, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(15));
  json_decref(j);
  if (ok && !m->json) return 0;
  out->cached = 1;
  return ok;
}

/* Only results that belong to the schedule are cached: never the benchmark's or the harness's
 * own failures. A transient failure reaches here only after its retry failed too. */
static int cacheable(const struct mrl_record *r) {
  return r->outcome != MRL_OUTCOME_INVALID_INPUT && r->outcome != MRL_OUTCOME_HARNESS_ERROR;
}

/* ---------------------------------------------------------------- measuring */

static void set_record_text(struct mrl_env_measurer *m, const char *schedule, struct mrl_err *err) {
  size_t n = strlen(schedule ? schedule : "");
  m->rec_text = malloc(n + 1);
  if (!m->rec_text) return;
  memcpy(m->rec_text, schedule ? schedule : "", n + 1);
  mrl_record_set_transform_text(&m->rec, MRL_TRANSFORM_KIND_SCHEDULE, m->rec_text, err);
}

static enum mrl_status measure(void *user, const struct mrl_measure_request *req, struct mrl_measurement *out,
                               struct mrl_err *err) {
  struct mrl_env_measurer *m = user;
  clear(out);
  m->key[0] = '\0';
  ++m->asked;
  drop_record(m);
  mrl_record_init(&m->rec);
  mrl_eval_fill_context(&m->rec, &m->opts.eval);
  snprintf(m->rec.benchmark.id, sizeof m->rec.benchmark.id, "%s",
           req->bench_id ? req->bench_id : "benchmark");
  set_record_text(m, req->schedule, err);
  m->have_rec = 1;
  struct mrl_err e = {{0}};
  struct bench_state *b = bench_for(m, req->bench_text, &e);
  if (!b) {
    mrl_sha256_hex_of_buffer(req->bench_text, strlen(req->bench_text), m->rec.benchmark.sha256);
    mrl_record_set_outcome(&m->rec, MRL_OUTCOME_INVALID_INPUT, e.msg);
  } else {
    memcpy(m->rec.benchmark.sha256, b->prep.sha256, sizeof b->prep.sha256);
    char key[96];
    key_of(m, b, req, &m->rec.context, key, sizeof key);
    snprintf(m->key, sizeof m->key, "%s", key);
    int use_cache = m->opts.use_cache && m->opts.eval.cache.dir[0];
    if (use_cache && cache_load(m, key, out)) {
      ++m->cached;
      m->have_rec = 0;
      return MRL_OK;
    }
    mrl_evaluate(&b->prep, req->script, &m->opts.eval, &b->base, &m->rec, &m->keep);
    m->have_keep = 1;
    if (mrl_record_to_json_string(&m->rec, &m->json, err) != MRL_OK) m->json = NULL;
    if (use_cache && m->json && cacheable(&m->rec)) {
      const void *parts[1] = {m->json};
      size_t sizes[1] = {strlen(m->json)};
      mrl_cache_write(&m->opts.eval.cache, "meas", key, parts, sizes, 1, &e); /* best effort */
    }
  }
  if (!m->json && mrl_record_to_json_string(&m->rec, &m->json, err) != MRL_OK) m->json = NULL;
  const struct mrl_record *r = &m->rec;
  out->outcome = classify(r->outcome);
  snprintf(out->outcome_name, sizeof out->outcome_name, "%s", mrl_outcome_name(r->outcome));
  snprintf(out->error, sizeof out->error, "%s", r->error);
  out->baseline_ns = r->baseline.present ? r->baseline.median_ns : NAN;
  out->candidate_ns = r->candidate.present ? r->candidate.median_ns : NAN;
  if (out->outcome == MRL_MEASURE_OK) {
    if (!r->has_speedup) {
      out->outcome = MRL_MEASURE_ERROR;
      snprintf(out->error, sizeof out->error, "the candidate was not timed against the default pipeline");
      return MRL_OK;
    }
    out->speedup = r->speedup.point;
    out->speedup_lo = r->speedup.lo;
    out->speedup_hi = r->speedup.hi;
  }
  return MRL_OK;
}

struct mrl_measurer mrl_env_measurer_vtable(struct mrl_env_measurer *m) {
  struct mrl_measurer v = {m, measure};
  return v;
}

int mrl_env_measurement_from_json(const char *json, struct mrl_measurement *out) {
  json_t *j = json ? json_loads(json, 0, NULL) : NULL;
  int ok = j && from_json(j, out);
  if (ok) {
    json_t *meas = json_object_get(j, "measurement");
    out->cached = json_is_true(json_object_get(meas, "cached"));
  }
  json_decref(j);
  return ok;
}

void mrl_env_measurer_adopt(struct mrl_env_measurer *m, const char *key, const char *json) {
  if (!m->opts.use_cache || !m->opts.eval.cache.dir[0] || !key[0] || strchr(key, '/')) return;
  void *data = NULL;
  if (mrl_cache_read(&m->opts.eval.cache, "meas", key, &data, NULL)) {
    free(data); /* a shared cache has it already */
    return;
  }
  const void *parts[1] = {json};
  size_t sizes[1] = {strlen(json)};
  struct mrl_err e;
  mrl_cache_write(&m->opts.eval.cache, "meas", key, parts, sizes, 1, &e); /* best effort, as measuring is */
}
