/* The JSON Lines writer. Objects are built with Jansson, which keeps keys in insertion order,
 * so the order below is the order in the file. An allocation failure anywhere is remembered
 * in the builder and reported once at the end rather than checked at every call. */
#include "record_priv.h"

#include <jansson.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#define DUMP_FLAGS (JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(15))

struct builder {
  bool oom;
};

static void put(struct builder *b, json_t *obj, const char *key, json_t *v) {
  /* json_object_set_new takes v even when it fails, so nothing leaks here. */
  if (!obj || !v || json_object_set_new(obj, key, v) != 0) b->oom = true;
}

static void push(struct builder *b, json_t *arr, json_t *v) {
  if (!arr || !v || json_array_append_new(arr, v) != 0) b->oom = true;
}

static json_t *real_or_null(double x) { return isfinite(x) ? json_real(x) : json_null(); }

/* Negative stage times mean "did not run" (see record.h). */
static json_t *ms_or_null(double x) { return x >= 0 ? real_or_null(x) : json_null(); }

/* Length of the valid UTF-8 sequence at s, or 0 when it is invalid; overlong forms,
 * surrogates and stray bytes all count as invalid (RFC 3629). */
static size_t utf8_sequence_len(const unsigned char *s) {
  static const struct {
    unsigned lo, hi, payload_mask, min_cp;
  } leads[] = {{0xc2, 0xdf, 0x1f, 0x80}, {0xe0, 0xef, 0x0f, 0x800}, {0xf0, 0xf4, 0x07, 0x10000}};
  if (s[0] < 0x80) return 1;
  for (size_t k = 0; k < 3; k++) {
    if (s[0] < leads[k].lo || s[0] > leads[k].hi) continue;
    unsigned cp = s[0] & leads[k].payload_mask;
    size_t n = k + 2;
    for (size_t i = 1; i < n; i++) {
      if ((s[i] & 0xc0) != 0x80) return 0; /* also stops at the terminating NUL */
      cp = cp << 6 | (s[i] & 0x3fu);
    }
    if (cp < leads[k].min_cp || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return 0;
    return n;
  }
  return 0;
}

/* Error text can carry bytes from a crashed child or a foreign locale; JSON must be UTF-8, so
 * invalid bytes become U+FFFD instead of costing the whole record. */
static json_t *sanitized_string(const char *s) {
  size_t len = strlen(s);
  char *out = malloc(3 * len + 1);
  if (!out) return NULL;
  size_t o = 0;
  for (const unsigned char *p = (const unsigned char *)s; *p;) {
    size_t n = utf8_sequence_len(p);
    if (n == 0) {
      memcpy(out + o, "\xef\xbf\xbd", 3);
      o += 3;
      p++;
    } else {
      memcpy(out + o, p, n);
      o += n;
      p += n;
    }
  }
  out[o] = '\0';
  json_t *v = json_string(out);
  free(out);
  return v;
}

static json_t *string_or_null(const char *s) {
  if (!s || !*s) return json_null();
  json_t *v = json_string(s);
  return v ? v : sanitized_string(s);
}

static json_t *benchmark_json(struct builder *b, const struct mrl_record_benchmark *bm) {
  json_t *o = json_object();
  put(b, o, "id", string_or_null(bm->id));
  put(b, o, "path", string_or_null(bm->path));
  put(b, o, "sha256", string_or_null(bm->sha256));
  return o;
}

static json_t *transform_json(struct builder *b, const struct mrl_record_transform *t) {
  json_t *o = json_object();
  bool none = t->kind == MRL_TRANSFORM_KIND_NONE;
  put(b, o, "kind", json_string(mrl_transform_kind_name(t->kind)));
  put(b, o, "text", string_or_null(none ? NULL : t->text));
  put(b, o, "path", string_or_null(none ? NULL : t->path));
  put(b, o, "sha256", string_or_null(none ? NULL : t->sha256));
  return o;
}

static json_t *samples_json(struct builder *b, const struct mrl_record_timing *t) {
  if (!t->sample_ns) return json_null();
  json_t *a = json_array();
  for (size_t i = 0; i < t->samples; i++) push(b, a, real_or_null(t->sample_ns[i]));
  return a;
}

static json_t *timing_json(struct builder *b, const struct mrl_record_timing *t) {
  if (!t->present) return json_null();
  json_t *o = json_object();
  put(b, o, "median_ns", real_or_null(t->median_ns));
  put(b, o, "min_ns", real_or_null(t->min_ns));
  put(b, o, "max_ns", real_or_null(t->max_ns));
  put(b, o, "mad_ns", real_or_null(t->mad_ns));
  put(b, o, "cv", real_or_null(t->cv));
  put(b, o, "samples", json_integer((json_int_t)t->samples));
  put(b, o, "inner_iterations", json_integer((json_int_t)t->inner_iterations));
  put(b, o, "sample_ns", samples_json(b, t));
  return o;
}

static json_t *timings_json(struct builder *b, const struct mrl_record *r) {
  json_t *o = json_object();
  put(b, o, "baseline", timing_json(b, &r->baseline));
  put(b, o, "candidate", timing_json(b, &r->candidate));
  return o;
}

static json_t *speedup_json(struct builder *b, const struct mrl_record *r) {
  if (!mrl_record_speedup_shown(r)) return json_null();
  json_t *o = json_object();
  put(b, o, "point", real_or_null(r->speedup.point));
  put(b, o, "ci_lo", real_or_null(r->speedup.lo));
  put(b, o, "ci_hi", real_or_null(r->speedup.hi));
  put(b, o, "level", real_or_null(r->speedup.level));
  put(b, o, "resamples", json_integer((json_int_t)r->speedup.resamples));
  return o;
}

static json_t *verification_json(struct builder *b, const struct mrl_record_verification *v) {
  json_t *o = json_object();
  put(b, o, "checked", json_boolean(v->checked));
  put(b, o, "criterion", v->checked ? string_or_null(v->criterion) : json_null());
  put(b, o, "path_len", v->checked ? real_or_null(v->path_len) : json_null());
  put(b, o, "max_abs_err", v->checked ? real_or_null(v->max_abs_err) : json_null());
  put(b, o, "max_rel_err", v->checked ? real_or_null(v->max_rel_err) : json_null());
  put(b, o, "max_ratio", v->checked ? real_or_null(v->max_ratio) : json_null());
  put(b, o, "mismatches", v->checked ? json_integer((json_int_t)v->mismatches) : json_null());
  put(b, o, "note", v->checked ? string_or_null(v->note) : json_null());
  return o;
}

static json_t *measurement_json(struct builder *b, const struct mrl_record_measurement *m) {
  if (!m->profile[0]) return json_null();
  json_t *o = json_object();
  put(b, o, "profile", string_or_null(m->profile));
  put(b, o, "interleaved", json_boolean(m->interleaved));
  put(b, o, "baseline_reused", json_boolean(m->baseline_reused));
  put(b, o, "baseline_timed_utc", string_or_null(m->baseline_timed_utc));
  put(b, o, "baseline_age_s", real_or_null(m->baseline_age_s));
  put(b, o, "attempts", json_integer(m->attempts));
  put(b, o, "retry_reason", string_or_null(m->retry_reason));
  put(b, o, "cached", json_boolean(m->cached));
  return o;
}

static json_t *counter_json(struct builder *b, const struct mrl_counter *c) {
  json_t *o = json_object();
  put(b, o, "name", string_or_null(c->name));
  put(b, o, "value", c->available ? real_or_null(c->per_call) : json_null());
  put(b, o, "reason", c->available ? json_null() : string_or_null(c->reason));
  return o;
}

static json_t *counter_list_json(struct builder *b, const struct mrl_counter_set *s) {
  if (s->n == 0) return json_null();
  json_t *a = json_array();
  for (int i = 0; i < s->n; i++) push(b, a, counter_json(b, &s->c[i]));
  return a;
}

static json_t *counters_json(struct builder *b, const struct mrl_record *r) {
  json_t *o = json_object();
  put(b, o, "baseline", counter_list_json(b, &r->baseline_counters));
  put(b, o, "candidate", counter_list_json(b, &r->candidate_counters));
  return o;
}

static json_t *stages_json(struct builder *b, const struct mrl_record_compile *c) {
  json_t *o = json_object();
  put(b, o, "parse", ms_or_null(c->parse_ms));
  put(b, o, "transform", ms_or_null(c->transform_ms));
  put(b, o, "lower", ms_or_null(c->lower_ms));
  put(b, o, "jit", ms_or_null(c->jit_ms));
  return o;
}

static json_t *compile_json(struct builder *b, const struct mrl_record *r) {
  json_t *o = json_object();
  put(b, o, "baseline", stages_json(b, &r->baseline_compile));
  put(b, o, "candidate", stages_json(b, &r->candidate_compile));
  return o;
}

static json_t *object_json(struct builder *b, const struct mrl_record *r) {
  json_t *o = json_object();
  put(b, o, "baseline", string_or_null(r->baseline_compile.object_sha256));
  put(b, o, "candidate", string_or_null(r->candidate_compile.object_sha256));
  return o;
}

static json_t *context_json(struct builder *b, const struct mrl_record_context *c) {
  json_t *o = json_object();
  put(b, o, "cpu_model", string_or_null(c->cpu_model));
  put(b, o, "cores", c->cores > 0 ? json_integer(c->cores) : json_null());
  put(b, o, "threads", c->threads > 0 ? json_integer(c->threads) : json_null());
  put(b, o, "llvm_version", string_or_null(c->llvm_version));
  put(b, o, "mlirrl_version", string_or_null(c->mlirrl_version));
  put(b, o, "git_rev", string_or_null(c->git_rev));
  put(b, o, "hostname", string_or_null(c->hostname));
  put(b, o, "time_utc", string_or_null(c->time_utc));
  put(b, o, "seed", c->has_seed ? json_integer((json_int_t)c->seed) : json_null());
  return o;
}

static json_t *record_json(struct builder *b, const struct mrl_record *r) {
  json_t *o = json_object();
  put(b, o, "schema_version", json_integer(MRL_RECORD_SCHEMA_VERSION));
  put(b, o, "benchmark", benchmark_json(b, &r->benchmark));
  put(b, o, "transform", transform_json(b, &r->transform));
  put(b, o, "outcome", json_string(mrl_outcome_name(r->outcome)));
  put(b, o, "error", string_or_null(r->error));
  put(b, o, "measurement", measurement_json(b, &r->measurement));
  put(b, o, "timing", timings_json(b, r));
  put(b, o, "speedup", speedup_json(b, r));
  put(b, o, "verification", verification_json(b, &r->verification));
  put(b, o, "counters", counters_json(b, r));
  put(b, o, "counters_note", string_or_null(r->counters_note));
  put(b, o, "compile_ms", compile_json(b, r));
  put(b, o, "object_sha256", object_json(b, r));
  put(b, o, "overhead_ms", real_or_null(r->overhead_ms));
  put(b, o, "context", context_json(b, &r->context));
  return o;
}

enum mrl_status mrl_record_to_json_string(const struct mrl_record *r, char **out,
                                          struct mrl_err *err) {
  enum mrl_status st = mrl_record_check(r, err);
  if (st != MRL_OK) return st;
  struct builder b = {false};
  json_t *root = record_json(&b, r);
  char *text = b.oom ? NULL : json_dumps(root, DUMP_FLAGS);
  json_decref(root);
  if (!text) return mrl_fail(err, MRL_ENOMEM, "out of memory while building the JSON record");
  *out = text;
  return MRL_OK;
}

enum mrl_status mrl_record_write_json(const struct mrl_record *r, FILE *f, struct mrl_err *err) {
  char *text;
  enum mrl_status st = mrl_record_to_json_string(r, &text, err);
  if (st != MRL_OK) return st;
  int bad = fputs(text, f) == EOF || fputc('\n', f) == EOF;
  free(text);
  if (bad) return mrl_fail(err, MRL_EIO, "cannot write the JSON record");
  return MRL_OK;
}

enum mrl_status mrl_record_append_json(const char *path, const struct mrl_record *r,
                                       struct mrl_err *err) {
  char *text;
  enum mrl_status st = mrl_record_to_json_string(r, &text, err);
  if (st != MRL_OK) return st;
  st = mrl_record_append_json_line(path, text, err);
  free(text);
  return st;
}

enum mrl_status mrl_record_append_json_line(const char *path, const char *json, struct mrl_err *err) {
  size_t len = strlen(json);
  char *line = malloc(len + 2);
  if (!line) return mrl_fail(err, MRL_ENOMEM, "out of memory");
  memcpy(line, json, len);
  line[len] = '\n';
  line[len + 1] = '\0';
  enum mrl_status st = mrl_record_append_locked(path, NULL, line, len + 1, err);
  free(line);
  return st;
}
