#include "env_measure.h"

#include <errno.h>
#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "bench.h"
#include "loops.h"
#include "lower.h"
#include "sha256.h"

struct mrl_env_measurer {
  struct mrl_env_measure_opts opts;
  /* The benchmark last measured, prepared from its text (not from a file). */
  struct mrl_prepared prep;
  int have_prep;
  double baseline_ns; /* NaN until known for prep */
  struct mrl_record rec;
  struct mrl_eval_keep keep;
  int have_rec;
  char *rec_text; /* the schedule the record borrows */
  int asked, cached;
};

void mrl_env_measure_default_opts(struct mrl_env_measure_opts *o) {
  memset(o, 0, sizeof *o);
  mrl_eval_default_opts(&o->eval);
  o->eval.counters = 0; /* rewards need times, not event counts */
  o->use_cache = 1;
}

enum mrl_status mrl_env_measurer_create(const struct mrl_env_measure_opts *o, struct mrl_env_measurer **out,
                                        struct mrl_err *err) {
  struct mrl_env_measurer *m = calloc(1, sizeof *m);
  if (!m) return mrl_fail(err, MRL_ENOMEM, "out of memory");
  m->opts = *o;
  m->baseline_ns = NAN;
  mrl_record_init(&m->rec);
  *out = m;
  return MRL_OK;
}

static void drop_record(struct mrl_env_measurer *m) {
  if (m->have_rec) mrl_eval_keep_free(&m->keep);
  m->have_rec = 0;
  free(m->rec_text);
  m->rec_text = NULL;
}

void mrl_env_measurer_destroy(struct mrl_env_measurer *m) {
  if (!m) return;
  drop_record(m);
  if (m->have_prep) mrl_prepared_free(&m->prep);
  free(m);
}

const struct mrl_record *mrl_env_measurer_last_record(const struct mrl_env_measurer *m) {
  return m->have_rec ? &m->rec : NULL;
}

void mrl_env_measurer_counts(const struct mrl_env_measurer *m, int *asked, int *cached) {
  if (asked) *asked = m->asked;
  if (cached) *cached = m->cached;
}

/* ---------------------------------------------------------------- preparing from text */

static enum mrl_status prepare_text(struct mrl_env_measurer *m, const char *text, struct mrl_err *err) {
  char sha[MRL_SHA256_HEX_LEN];
  mrl_sha256_hex_of_buffer(text, strlen(text), sha);
  if (m->have_prep && !strcmp(sha, m->prep.sha256)) return MRL_OK;
  if (m->have_prep) mrl_prepared_free(&m->prep);
  m->have_prep = 0;
  m->baseline_ns = NAN;
  struct mrl_prepared *p = &m->prep;
  memset(p, 0, sizeof *p);
  p->len = strlen(text);
  p->text = malloc(p->len + 1);
  if (!p->text) return mrl_fail(err, MRL_ENOMEM, "out of memory");
  memcpy(p->text, text, p->len + 1);
  memcpy(p->sha256, sha, sizeof sha);
  /* The same steps as mrl_prepare, on text: parse in a context closed before any fork. */
  struct mrl_mlir *ml = NULL;
  enum mrl_status s = mrl_mlir_open(&ml, err);
  MlirModule mod = {NULL};
  if (s == MRL_OK) s = mrl_bench_parse(ml, p->text, &mod, err);
  if (s == MRL_OK) s = mrl_bench_signature(mod, &p->sig, err);
  if (s == MRL_OK) {
    struct mrl_loop_nests loops;
    s = mrl_loops_read(ml, mod, &loops, err);
    if (s == MRL_OK) {
      p->nops = loops.n;
      p->reduction_len = mrl_loops_reduction_length(&loops);
      mrl_loops_free(&loops);
    }
  }
  if (!mlirModuleIsNull(mod)) mlirModuleDestroy(mod);
  mrl_mlir_close(ml);
  if (s != MRL_OK) {
    mrl_prepared_free(p);
    return s;
  }
  m->have_prep = 1;
  return MRL_OK;
}

/* ---------------------------------------------------------------- cache files */

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

static void key_of(const struct mrl_env_measurer *m, const char *kind, const struct mrl_measure_request *r,
                   char hex[MRL_SHA256_HEX_LEN]) {
  struct mrl_sha256 h;
  char num[64];
  mrl_sha256_init(&h);
  hash_str(&h, "mlirrl env measurement", kind);
  hash_str(&h, "benchmark", m->prep.sha256);
  hash_str(&h, "llvm", mrl_mlir_version());
  hash_str(&h, "pipeline", mrl_lower_pipeline());
  snprintf(num, sizeof num, "%d %llu", m->opts.eval.common.threads,
           (unsigned long long)m->opts.eval.common.seed);
  hash_str(&h, "threads seed", num);
  snprintf(num, sizeof num, "%d", m->opts.interleave);
  hash_str(&h, "interleave", num);
  /* Timing budgets too: a time taken with 3 short samples is not reused for 10 long ones. */
  snprintf(num, sizeof num, "%d %d %.17g", m->opts.eval.measure.samples, m->opts.eval.measure.warmup,
           m->opts.eval.measure.min_sample_ms);
  hash_str(&h, "sampling", num);
  if (r) {
    hash_str(&h, "schedule", r->schedule ? r->schedule : "");
    hash_str(&h, "script", script_body(r->script));
  }
  unsigned char d[MRL_SHA256_DIGEST_LEN];
  mrl_sha256_final(&h, d);
  mrl_sha256_to_hex(d, hex);
}

static int cache_path(const struct mrl_env_measurer *m, const char *hex, char *path, size_t n) {
  const char *dir = m->opts.eval.cache_dir;
  if (!dir || !m->opts.use_cache) return 0;
  snprintf(path, n, "%s/env/%s.json", dir, hex);
  return 1;
}

static const char *const outcome_names[] = {"ok", "transform_failed", "exec_failed", "wrong_answer", "error"};

static double num_or_nan(json_t *o, const char *k) {
  json_t *v = json_object_get(o, k);
  return json_is_number(v) ? json_number_value(v) : NAN;
}

static int cache_load(const char *path, struct mrl_measurement *out) {
  json_t *j = json_load_file(path, 0, NULL);
  if (!j) return 0;
  const char *oc = json_string_value(json_object_get(j, "outcome"));
  const char *name = json_string_value(json_object_get(j, "outcome_name"));
  const char *error = json_string_value(json_object_get(j, "error"));
  int ok = 0;
  for (int k = 0; oc && k < 5; ++k)
    if (!strcmp(oc, outcome_names[k])) {
      out->outcome = (enum mrl_measure_outcome)k;
      ok = 1;
    }
  if (ok) {
    snprintf(out->outcome_name, sizeof out->outcome_name, "%s", name ? name : oc);
    snprintf(out->error, sizeof out->error, "%s", error ? error : "");
    out->speedup = num_or_nan(j, "speedup");
    out->speedup_lo = num_or_nan(j, "speedup_lo");
    out->speedup_hi = num_or_nan(j, "speedup_hi");
    out->baseline_ns = num_or_nan(j, "baseline_ns");
    out->candidate_ns = num_or_nan(j, "candidate_ns");
    out->cached = 1;
  }
  json_decref(j);
  return ok;
}

static json_t *num_or_null(double x) {
  return isfinite(x) ? json_real(x) : json_null();
}

/* JSON strings must be UTF-8: anything else from a crashed child becomes '?'. */
static json_t *clean_string(const char *s) {
  char buf[600];
  size_t i = 0;
  for (; s[i] && i < sizeof buf - 1; ++i)
    buf[i] = (unsigned char)s[i] < 0x80 ? s[i] : '?';
  buf[i] = '\0';
  return json_string(buf);
}

/* Best effort, written atomically (temp file + rename): a lost entry costs a recompile. */
static void cache_store(const struct mrl_env_measurer *m, const char *path,
                        const struct mrl_measure_request *r, const struct mrl_measurement *v) {
  char dir[4096], tmp[4200];
  snprintf(dir, sizeof dir, "%s/env", m->opts.eval.cache_dir);
  if (mkdirs(dir) != 0) return;
  json_t *j = json_object();
  json_object_set_new(j, "outcome", json_string(outcome_names[v->outcome]));
  json_object_set_new(j, "outcome_name", clean_string(v->outcome_name));
  json_object_set_new(j, "speedup", num_or_null(v->speedup));
  json_object_set_new(j, "speedup_lo", num_or_null(v->speedup_lo));
  json_object_set_new(j, "speedup_hi", num_or_null(v->speedup_hi));
  json_object_set_new(j, "baseline_ns", num_or_null(v->baseline_ns));
  json_object_set_new(j, "candidate_ns", num_or_null(v->candidate_ns));
  json_object_set_new(j, "error", clean_string(v->error));
  json_object_set_new(j, "benchmark_sha256", json_string(m->prep.sha256));
  json_object_set_new(j, "llvm", json_string(mrl_mlir_version()));
  if (r) json_object_set_new(j, "schedule", clean_string(r->schedule ? r->schedule : ""));
  snprintf(tmp, sizeof tmp, "%s.%d.tmp", path, (int)getpid());
  if (json_dump_file(j, tmp, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(15)) == 0) {
    if (rename(tmp, path) != 0) unlink(tmp);
  } else {
    unlink(tmp);
  }
  json_decref(j);
}

/* ---------------------------------------------------------------- measuring */

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
  case MRL_OUTCOME_INVALID_INPUT: return MRL_MEASURE_ERROR;
  default: return MRL_MEASURE_EXEC_FAILED;
  }
}

/* The default pipeline's median time for the prepared benchmark: from memory, the cache, or
 * a baseline-only evaluation (which also stores the reference outputs). */
static enum mrl_status baseline(struct mrl_env_measurer *m, struct mrl_measurement *v) {
  if (isfinite(m->baseline_ns)) return MRL_OK;
  char hex[MRL_SHA256_HEX_LEN], path[4300];
  key_of(m, "baseline", NULL, hex);
  struct mrl_measurement b;
  clear(&b);
  int have_path = cache_path(m, hex, path, sizeof path);
  if (have_path && cache_load(path, &b) && b.outcome == MRL_MEASURE_OK && isfinite(b.baseline_ns)) {
    m->baseline_ns = b.baseline_ns;
    return MRL_OK;
  }
  struct mrl_record rec;
  struct mrl_eval_keep keep;
  mrl_record_init(&rec);
  struct mrl_eval_opts o = m->opts.eval;
  o.time_baseline = 1;
  mrl_evaluate(&m->prep, NULL, &o, &rec, &keep);
  if (rec.outcome != MRL_OUTCOME_OK || !rec.baseline.present) {
    v->outcome = MRL_MEASURE_ERROR;
    snprintf(v->outcome_name, sizeof v->outcome_name, "%s", mrl_outcome_name(rec.outcome));
    snprintf(v->error, sizeof v->error, "default pipeline: %s", rec.error[0] ? rec.error : "not timed");
    mrl_eval_keep_free(&keep);
    return MRL_OK;
  }
  m->baseline_ns = rec.baseline.median_ns;
  mrl_eval_keep_free(&keep);
  b.outcome = MRL_MEASURE_OK;
  snprintf(b.outcome_name, sizeof b.outcome_name, "ok");
  b.baseline_ns = m->baseline_ns;
  if (have_path) cache_store(m, path, NULL, &b);
  return MRL_OK;
}

static enum mrl_status measure(void *user, const struct mrl_measure_request *req, struct mrl_measurement *out,
                               struct mrl_err *err) {
  struct mrl_env_measurer *m = user;
  clear(out);
  ++m->asked;
  drop_record(m);
  enum mrl_status s = prepare_text(m, req->bench_text, err);
  if (s != MRL_OK) {
    out->outcome = MRL_MEASURE_ERROR;
    snprintf(out->outcome_name, sizeof out->outcome_name, "invalid_input");
    snprintf(out->error, sizeof out->error, "%s", err ? err->msg : "invalid benchmark");
    return MRL_OK;
  }
  char hex[MRL_SHA256_HEX_LEN], path[4300];
  key_of(m, "candidate", req, hex);
  int have_path = cache_path(m, hex, path, sizeof path);
  if (have_path && cache_load(path, out)) {
    ++m->cached;
    return MRL_OK;
  }
  if (!m->opts.interleave) {
    baseline(m, out);
    if (out->outcome == MRL_MEASURE_ERROR) return MRL_OK; /* not the schedule's fault: not cached */
  }
  struct mrl_eval_opts o = m->opts.eval;
  o.time_baseline = m->opts.interleave;
  mrl_record_init(&m->rec);
  snprintf(m->rec.benchmark.id, sizeof m->rec.benchmark.id, "%s",
           req->bench_id ? req->bench_id : "benchmark");
  memcpy(m->rec.benchmark.sha256, m->prep.sha256, sizeof m->prep.sha256);
  size_t n = strlen(req->schedule ? req->schedule : "");
  m->rec_text = malloc(n + 1);
  if (m->rec_text) {
    memcpy(m->rec_text, req->schedule ? req->schedule : "", n + 1);
    mrl_record_set_transform_text(&m->rec, MRL_TRANSFORM_KIND_SCHEDULE, m->rec_text, err);
  }
  mrl_evaluate(&m->prep, req->script, &o, &m->rec, &m->keep);
  m->have_rec = 1;
  const struct mrl_record *r = &m->rec;
  out->outcome = classify(r->outcome);
  snprintf(out->outcome_name, sizeof out->outcome_name, "%s", mrl_outcome_name(r->outcome));
  snprintf(out->error, sizeof out->error, "%s", r->error);
  if (out->outcome == MRL_MEASURE_OK) {
    if (!r->candidate.present) {
      out->outcome = MRL_MEASURE_ERROR;
      snprintf(out->error, sizeof out->error, "the candidate was not timed");
      return MRL_OK;
    }
    out->candidate_ns = r->candidate.median_ns;
    if (m->opts.interleave && r->has_speedup) {
      out->baseline_ns = r->baseline.median_ns;
      out->speedup = r->speedup.point;
      out->speedup_lo = r->speedup.lo;
      out->speedup_hi = r->speedup.hi;
    } else {
      out->baseline_ns = m->baseline_ns;
      out->speedup = m->baseline_ns / out->candidate_ns;
      /* The record says the same, without an interval: the baseline was timed earlier. */
      m->rec.has_speedup = true;
      m->rec.speedup = (struct mrl_speedup){out->speedup, NAN, NAN, NAN, 0};
    }
  }
  if (have_path && out->outcome != MRL_MEASURE_ERROR) cache_store(m, path, req, out);
  return MRL_OK;
}

struct mrl_measurer mrl_env_measurer_vtable(struct mrl_env_measurer *m) {
  struct mrl_measurer v = {m, measure};
  return v;
}
