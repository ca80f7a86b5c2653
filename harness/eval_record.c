#include "eval_record.h"

#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define DUMP_FLAGS (JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(15))

void mrl_eval_info_init(struct mrl_eval_info *e, const char *run_id, const struct mrl_method *m) {
  memset(e, 0, sizeof *e);
  e->run_id = run_id;
  e->method = m;
  e->measurements = e->cache_hits = -1;
  e->search_wall_s = NAN;
}

static json_t *str_or_null(const char *s) { return s && *s ? json_string(s) : json_null(); }
static json_t *int_or_null(int v) { return v >= 0 ? json_integer(v) : json_null(); }
static json_t *real_or_null(double v) { return isfinite(v) ? json_real(v) : json_null(); }

static json_t *eval_block(const struct mrl_eval_info *e) {
  json_t *o = json_object();
  const struct mrl_method *m = e->method;
  json_object_set_new(o, "run_id", str_or_null(e->run_id));
  json_object_set_new(o, "method", json_string(m->name));
  json_object_set_new(o, "kind", json_string(mrl_method_kind_name(m->kind)));
  json_object_set_new(o, "budget", m->budget > 0 ? json_integer(m->budget) : json_null());
  json_object_set_new(o, "measurements", int_or_null(e->measurements));
  json_object_set_new(o, "cache_hits", int_or_null(e->cache_hits));
  json_object_set_new(o, "search_wall_s", real_or_null(e->search_wall_s));
  json_object_set_new(o, "schedule", str_or_null(e->schedule));
  json_t *curve = json_null();
  if (e->curve) {
    curve = json_array();
    for (int i = 0; i < e->curve_n; ++i) json_array_append_new(curve, real_or_null(e->curve[i]));
  }
  json_object_set_new(o, "curve", curve);
  json_t *outs = json_null();
  if (e->outcomes_n > 0) {
    outs = json_object();
    for (int i = 0; i < e->outcomes_n; ++i)
      if (e->outcome_counts[i]) json_object_set_new(outs, e->outcome_names[i], json_integer(e->outcome_counts[i]));
  }
  json_object_set_new(o, "search_outcomes", outs);
  json_object_set_new(o, "detail", str_or_null(e->detail));
  json_object_set_new(o, "suite", str_or_null(e->suite));
  return o;
}

enum mrl_status mrl_eval_record_json(const struct mrl_record *r, const struct mrl_eval_info *e, char **out,
                                     struct mrl_err *err) {
  *out = NULL;
  char *text = NULL;
  enum mrl_status s = mrl_record_to_json_string(r, &text, err);
  if (s != MRL_OK) return s;
  json_t *j = json_loads(text, JSON_DECODE_ANY, NULL);
  free(text);
  json_t *block = j ? eval_block(e) : NULL;
  if (!block || json_object_set_new(j, "eval", block) != 0) {
    json_decref(j);
    return mrl_fail(err, MRL_ENOMEM, "out of memory writing an eval record");
  }
  *out = json_dumps(j, DUMP_FLAGS);
  json_decref(j);
  return *out ? MRL_OK : mrl_fail(err, MRL_ENOMEM, "out of memory writing an eval record");
}

/* ---------------------------------------------------------------- the run's log */

static int grow(void **p, int n, size_t size) {
  void *g = realloc(*p, (size_t)(n + 1) * size);
  if (!g) return -1;
  *p = g;
  return 0;
}

static enum mrl_status remember(struct mrl_eval_log *log, json_t *j, const char *where, struct mrl_err *err) {
  const char *id = json_string_value(json_object_get(json_object_get(j, "benchmark"), "id"));
  json_t *ev = json_object_get(j, "eval");
  const char *method = json_string_value(json_object_get(ev, "method"));
  const char *run = json_string_value(json_object_get(ev, "run_id"));
  if (!id || !method) return mrl_fail(err, MRL_EINVAL, "%s: not a record of mlirrl eval (no benchmark id or eval.method)", where);
  if (run && !log->run_id[0]) snprintf(log->run_id, sizeof log->run_id, "%s", run);
  size_t len = strlen(method) + strlen(id) + 2;
  char *key = malloc(len);
  if (!key || grow((void **)&log->done, log->ndone, sizeof *log->done)) {
    free(key);
    return mrl_fail(err, MRL_ENOMEM, "out of memory");
  }
  snprintf(key, len, "%s\t%s", method, id);
  log->done[log->ndone++] = key;
  json_t *base = json_object_get(json_object_get(j, "timing"), "baseline");
  const char *outcome = json_string_value(json_object_get(j, "outcome"));
  if (!outcome || (strcmp(outcome, "ok") && strcmp(outcome, "unavailable"))) ++log->not_ok;
  if (strcmp(method, "default") || !outcome || strcmp(outcome, "ok") || !json_is_object(base)) return MRL_OK;
  if (grow((void **)&log->defaults, log->ndefaults, sizeof *log->defaults))
    return mrl_fail(err, MRL_ENOMEM, "out of memory");
  struct mrl_eval_default *d = &log->defaults[log->ndefaults];
  memset(d, 0, sizeof *d);
  snprintf(d->id, sizeof d->id, "%s", id);
  const char *utc = json_string_value(json_object_get(json_object_get(j, "context"), "time_utc"));
  snprintf(d->time_utc, sizeof d->time_utc, "%s", utc ? utc : "");
  json_t *ns = json_object_get(base, "sample_ns");
  size_t n = json_array_size(ns);
  d->sample_ns = n ? calloc(n, sizeof *d->sample_ns) : NULL;
  for (size_t k = 0; d->sample_ns && k < n; ++k) d->sample_ns[d->n++] = json_number_value(json_array_get(ns, k));
  d->iters = json_integer_value(json_object_get(base, "inner_iterations"));
  d->median_ns = json_number_value(json_object_get(base, "median_ns"));
  ++log->ndefaults;
  return MRL_OK;
}

enum mrl_status mrl_eval_log_add(struct mrl_eval_log *log, const char *json, struct mrl_err *err) {
  json_t *j = json_loads(json, 0, NULL);
  if (!j) return mrl_fail(err, MRL_EINVAL, "a record just written is not JSON");
  enum mrl_status s = remember(log, j, "record", err);
  json_decref(j);
  return s;
}

/* Cuts the file after its last newline: what follows is a record a killed run did not finish. */
static enum mrl_status drop_partial_tail(const char *path, const char *data, size_t len, struct mrl_err *err) {
  size_t keep = len;
  while (keep > 0 && data[keep - 1] != '\n') --keep;
  fprintf(stderr, "mlirrl eval: %s: the last record was cut short (the run was stopped while writing it); "
                  "it is dropped and will be measured again\n", path);
  if (truncate(path, (off_t)keep) != 0) return mrl_fail(err, MRL_EIO, "%s: cannot drop its unfinished last line", path);
  return MRL_OK;
}

static enum mrl_status read_all(const char *path, char **data, size_t *len, struct mrl_err *err) {
  FILE *f = fopen(path, "rb");
  if (!f) return mrl_fail(err, MRL_EIO, "%s: cannot read it", path);
  size_t cap = 1 << 16, n = 0;
  char *buf = malloc(cap + 1);
  for (size_t got; buf && (got = fread(buf + n, 1, cap - n, f)) > 0;) {
    n += got;
    if (n == cap) {
      char *g = realloc(buf, 2 * cap + 1);
      if (!g) free(buf);
      buf = g;
      cap *= 2;
    }
  }
  int bad = ferror(f);
  fclose(f);
  if (!buf || bad) {
    free(buf);
    return mrl_fail(err, bad ? MRL_EIO : MRL_ENOMEM, "%s: cannot read it", path);
  }
  buf[n] = '\0';
  *data = buf;
  *len = n;
  return MRL_OK;
}

enum mrl_status mrl_eval_log_load(const char *path, struct mrl_eval_log *log, struct mrl_err *err) {
  memset(log, 0, sizeof *log);
  struct stat st;
  if (stat(path, &st) != 0) return MRL_OK;
  char *data = NULL;
  size_t len = 0;
  enum mrl_status s = read_all(path, &data, &len, err);
  if (s != MRL_OK) return s;
  if (len && data[len - 1] != '\n') {
    s = drop_partial_tail(path, data, len, err);
    while (len > 0 && data[len - 1] != '\n') data[--len] = '\0';
  }
  int lineno = 0;
  for (char *line = data; s == MRL_OK && line < data + len;) {
    char *nl = memchr(line, '\n', (size_t)(data + len - line));
    if (nl) *nl = '\0';
    ++lineno;
    if (*line) {
      char where[4200];
      snprintf(where, sizeof where, "%s:%d", path, lineno);
      json_t *j = json_loads(line, 0, NULL);
      s = j ? remember(log, j, where, err) : mrl_fail(err, MRL_EINVAL, "%s: not a JSON record", where);
      json_decref(j);
    }
    line = nl ? nl + 1 : data + len;
  }
  free(data);
  return s;
}

int mrl_eval_log_done(const struct mrl_eval_log *log, const char *method, const char *id) {
  size_t ml = strlen(method);
  for (int i = 0; i < log->ndone; ++i)
    if (!strncmp(log->done[i], method, ml) && log->done[i][ml] == '\t' && !strcmp(log->done[i] + ml + 1, id)) return 1;
  return 0;
}

const struct mrl_eval_default *mrl_eval_log_default(const struct mrl_eval_log *log, const char *id) {
  for (int i = log->ndefaults - 1; i >= 0; --i)
    if (!strcmp(log->defaults[i].id, id)) return &log->defaults[i];
  return NULL;
}

void mrl_eval_log_free(struct mrl_eval_log *log) {
  for (int i = 0; i < log->ndone; ++i) free(log->done[i]);
  free(log->done);
  for (int i = 0; i < log->ndefaults; ++i) free(log->defaults[i].sample_ns);
  free(log->defaults);
  memset(log, 0, sizeof *log);
}
