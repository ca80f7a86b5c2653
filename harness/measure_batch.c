#include "measure_batch.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void mrl_measure_batch_init(struct mrl_measure_batch *b) {
  memset(b, 0, sizeof *b);
  b->timeout_s = 60;
}

static void item_free(struct mrl_measure_item *it) {
  free(it->bench_id);
  free(it->bench_text);
  free(it->schedule);
  free(it->script);
  free(it->key);
  free(it->json);
}

void mrl_measure_batch_clear(struct mrl_measure_batch *b) {
  for (int i = 0; i < b->n; ++i)
    item_free(&b->v[i]);
  b->n = b->replay_at = 0;
}

void mrl_measure_batch_free(struct mrl_measure_batch *b) {
  mrl_measure_batch_clear(b);
  free(b->v);
  memset(b, 0, sizeof *b);
}

static char *dup_or_empty(const char *s) {
  return strdup(s ? s : "");
}

static int same(const struct mrl_measure_item *a, const struct mrl_measure_item *b) {
  return a->timeout_s == b->timeout_s && !strcmp(a->bench_id, b->bench_id) &&
         !strcmp(a->schedule, b->schedule) && !strcmp(a->script, b->script) &&
         !strcmp(a->bench_text, b->bench_text);
}

static void placeholder(struct mrl_measurement *out) {
  memset(out, 0, sizeof *out);
  out->outcome = MRL_MEASURE_OK;
  snprintf(out->outcome_name, sizeof out->outcome_name, "ok");
  out->speedup = 1;
  out->speedup_lo = out->speedup_hi = NAN;
  out->baseline_ns = out->candidate_ns = NAN;
}

static enum mrl_status record(void *user, const struct mrl_measure_request *req, struct mrl_measurement *out,
                              struct mrl_err *err) {
  struct mrl_measure_batch *b = user;
  if (b->n == b->cap) {
    int cap = b->cap ? 2 * b->cap : 64;
    struct mrl_measure_item *g = realloc(b->v, (size_t)cap * sizeof *g);
    if (!g) return mrl_fail(err, MRL_ENOMEM, "out of memory");
    b->v = g;
    b->cap = cap;
  }
  struct mrl_measure_item *it = &b->v[b->n];
  memset(it, 0, sizeof *it);
  it->bench_id = dup_or_empty(req->bench_id);
  it->bench_text = dup_or_empty(req->bench_text);
  it->schedule = dup_or_empty(req->schedule);
  it->script = dup_or_empty(req->script);
  it->timeout_s = b->timeout_s;
  if (!it->bench_id || !it->bench_text || !it->schedule || !it->script) {
    item_free(it);
    return mrl_fail(err, MRL_ENOMEM, "out of memory");
  }
  it->first = b->n;
  for (int i = 0; i < b->n; ++i)
    if (b->v[i].first == i && same(&b->v[i], it)) {
      it->first = i;
      break;
    }
  ++b->n;
  placeholder(out);
  return MRL_OK;
}

static enum mrl_status replay(void *user, const struct mrl_measure_request *req, struct mrl_measurement *out,
                              struct mrl_err *err) {
  struct mrl_measure_batch *b = user;
  if (b->replay_at >= b->n) return mrl_fail(err, MRL_EINVAL, "replay: more measurements asked than recorded");
  const struct mrl_measure_item *it = &b->v[b->replay_at];
  if (strcmp(it->bench_id, req->bench_id ? req->bench_id : "") ||
      strcmp(it->schedule, req->schedule ? req->schedule : ""))
    return mrl_fail(err, MRL_EINVAL, "replay: measurement %d asks for %s '%s', recorded %s '%s'",
                    b->replay_at, req->bench_id ? req->bench_id : "", req->schedule ? req->schedule : "",
                    it->bench_id, it->schedule);
  if (!it->done) return mrl_fail(err, MRL_EINVAL, "replay: measurement %d has no result", b->replay_at);
  *out = it->result;
  ++b->replay_at;
  ++b->asked;
  b->cached += out->cached != 0;
  return MRL_OK;
}

struct mrl_measurer mrl_measure_batch_recorder(struct mrl_measure_batch *b) {
  struct mrl_measurer m = {b, record};
  return m;
}

struct mrl_measurer mrl_measure_batch_replayer(struct mrl_measure_batch *b) {
  b->replay_at = 0;
  struct mrl_measurer m = {b, replay};
  return m;
}

/* ---------------------------------------------------------------- measuring */

static enum mrl_status set_entry(struct mrl_measure_item *it, const char *key, const char *json,
                                 struct mrl_err *err) {
  free(it->key);
  free(it->json);
  it->key = key && key[0] ? strdup(key) : NULL;
  it->json = json ? strdup(json) : NULL;
  if ((key && key[0] && !it->key) || (json && !it->json)) return mrl_fail(err, MRL_ENOMEM, "out of memory");
  return MRL_OK;
}

enum mrl_status mrl_measure_batch_run(struct mrl_measure_batch *b, struct mrl_env_measurer *m, int rank,
                                      int size, struct mrl_err *err) {
  struct mrl_measurer vt = mrl_env_measurer_vtable(m);
  int d = -1;
  for (int i = 0; i < b->n; ++i) {
    struct mrl_measure_item *it = &b->v[i];
    /* Rank 0 takes the last share: it also replays and learns. */
    if (it->first != i || (++d + 1) % size != rank) continue;
    struct mrl_measure_request req = {it->bench_text, it->bench_id, it->schedule, it->script};
    mrl_env_measurer_set_timeout(m, it->timeout_s);
    struct mrl_measurement got;
    placeholder(&got);
    struct mrl_err why = {{0}};
    enum mrl_status s = vt.measure(vt.user, &req, &got, &why);
    if (s != MRL_OK) {
      /* On one rank the episode would be skipped with this error: so it is at the replay. */
      got.outcome = MRL_MEASURE_ERROR;
      snprintf(got.outcome_name, sizeof got.outcome_name, "error");
      snprintf(got.error, sizeof got.error, "%s", why.msg);
      it->result = got;
      it->done = 1;
      continue;
    }
    /* The answer a cache hit would give, so that a replay from this cache learns the same. */
    const char *json = mrl_env_measurer_last_json(m);
    struct mrl_measurement as_cached;
    if (got.outcome != MRL_MEASURE_ERROR && mrl_env_measurement_from_json(json, &as_cached)) {
      as_cached.cached = got.cached;
      it->result = as_cached;
      s = set_entry(it, mrl_env_measurer_last_key(m), json, err);
    } else {
      it->result = got; /* never cached: the same answer on one rank, measured again */
    }
    if (s != MRL_OK) return s;
    it->done = 1;
  }
  return MRL_OK;
}

/* ---------------------------------------------------------------- between ranks */

struct packer {
  char *buf;
  size_t n, cap;
  int oom;
};

static void put(struct packer *p, const void *data, size_t n) {
  if (p->oom) return;
  if (p->n + n > p->cap) {
    size_t cap = p->cap ? p->cap : 4096;
    while (cap < p->n + n)
      cap *= 2;
    char *g = realloc(p->buf, cap);
    if (!g) {
      p->oom = 1;
      return;
    }
    p->buf = g;
    p->cap = cap;
  }
  memcpy(p->buf + p->n, data, n);
  p->n += n;
}

static void put_str(struct packer *p, const char *s) {
  uint32_t len = s ? (uint32_t)strlen(s) : 0;
  put(p, &len, sizeof len);
  if (len) put(p, s, len);
}

enum mrl_status mrl_measure_batch_pack(const struct mrl_measure_batch *b, char **buf, size_t *n,
                                       struct mrl_err *err) {
  struct packer p = {NULL, 0, 0, 0};
  for (int i = 0; i < b->n; ++i) {
    const struct mrl_measure_item *it = &b->v[i];
    if (!it->done || it->first != i) continue;
    int32_t idx = i;
    put(&p, &idx, sizeof idx);
    put(&p, &it->result, sizeof it->result);
    put_str(&p, it->key);
    put_str(&p, it->json);
  }
  if (p.oom) {
    free(p.buf);
    return mrl_fail(err, MRL_ENOMEM, "out of memory");
  }
  *buf = p.buf;
  *n = p.n;
  return MRL_OK;
}

enum mrl_status mrl_measure_batch_pack_requests(const struct mrl_measure_batch *b, char **buf, size_t *n,
                                                struct mrl_err *err) {
  struct packer p = {NULL, 0, 0, 0};
  int32_t count = b->n;
  put(&p, &count, sizeof count);
  for (int i = 0; i < b->n; ++i) {
    const struct mrl_measure_item *it = &b->v[i];
    int32_t first = it->first;
    put(&p, &first, sizeof first);
    put(&p, &it->timeout_s, sizeof it->timeout_s);
    put_str(&p, it->bench_id);
    put_str(&p, it->bench_text);
    put_str(&p, it->schedule);
    put_str(&p, it->script);
  }
  if (p.oom) {
    free(p.buf);
    return mrl_fail(err, MRL_ENOMEM, "out of memory");
  }
  *buf = p.buf;
  *n = p.n;
  return MRL_OK;
}

static int get_str(const char *buf, size_t n, size_t *at, char **out);

enum mrl_status mrl_measure_batch_unpack_requests(struct mrl_measure_batch *b, const char *buf, size_t n,
                                                  struct mrl_err *err) {
  mrl_measure_batch_clear(b);
  size_t at = 0;
  int32_t count;
  if (n < sizeof count) return mrl_fail(err, MRL_EINVAL, "the requests are cut short");
  memcpy(&count, buf, sizeof count);
  at += sizeof count;
  if (count < 0) return mrl_fail(err, MRL_EINVAL, "the requests do not read back");
  if (count > b->cap) {
    struct mrl_measure_item *g = realloc(b->v, (size_t)count * sizeof *g);
    if (!g) return mrl_fail(err, MRL_ENOMEM, "out of memory");
    b->v = g;
    b->cap = count;
  }
  for (int i = 0; i < count; ++i) {
    struct mrl_measure_item *it = &b->v[i];
    memset(it, 0, sizeof *it);
    int32_t first = 0;
    int bad = at + sizeof first + sizeof it->timeout_s > n;
    if (!bad) {
      memcpy(&first, buf + at, sizeof first);
      at += sizeof first;
      memcpy(&it->timeout_s, buf + at, sizeof it->timeout_s);
      at += sizeof it->timeout_s;
      it->first = first;
    }
    char *f[4] = {NULL, NULL, NULL, NULL};
    for (int k = 0; !bad && k < 4; ++k) bad = get_str(buf, n, &at, &f[k]) != 0;
    it->bench_id = f[0] ? f[0] : strdup("");
    it->bench_text = f[1] ? f[1] : strdup("");
    it->schedule = f[2] ? f[2] : strdup("");
    it->script = f[3] ? f[3] : strdup("");
    b->n = i + 1;
    if (bad || first < 0 || first > i || !it->bench_id || !it->bench_text || !it->schedule || !it->script)
      return mrl_fail(err, MRL_EINVAL, "the requests do not read back");
  }
  return MRL_OK;
}

/* A string of the buffer at *at (NULL when empty), malloc'd; -1 past the end. */
static int get_str(const char *buf, size_t n, size_t *at, char **out) {
  uint32_t len;
  *out = NULL;
  if (*at + sizeof len > n) return -1;
  memcpy(&len, buf + *at, sizeof len);
  *at += sizeof len;
  if (len > n - *at) return -1;
  if (len) {
    if (!(*out = malloc(len + 1))) return -1;
    memcpy(*out, buf + *at, len);
    (*out)[len] = '\0';
  }
  *at += len;
  return 0;
}

enum mrl_status mrl_measure_batch_unpack(struct mrl_measure_batch *b, const char *buf, size_t n,
                                         struct mrl_env_measurer *m, struct mrl_err *err) {
  size_t at = 0;
  while (at < n) {
    int32_t idx;
    struct mrl_measurement r;
    char *key = NULL, *json = NULL;
    if (at + sizeof idx + sizeof r > n) return mrl_fail(err, MRL_EINVAL, "a rank's results are cut short");
    memcpy(&idx, buf + at, sizeof idx);
    at += sizeof idx;
    memcpy(&r, buf + at, sizeof r);
    at += sizeof r;
    if (get_str(buf, n, &at, &key) || get_str(buf, n, &at, &json) || idx < 0 || idx >= b->n) {
      free(key);
      free(json);
      return mrl_fail(err, MRL_EINVAL, "a rank's results do not fit this iteration's requests");
    }
    struct mrl_measure_item *it = &b->v[idx];
    it->result = r;
    it->done = 1;
    if (key && json && m) mrl_env_measurer_adopt(m, key, json);
    free(it->key);
    free(it->json);
    it->key = key;
    it->json = json;
  }
  return MRL_OK;
}

enum mrl_status mrl_measure_batch_complete(struct mrl_measure_batch *b, struct mrl_err *err) {
  for (int i = 0; i < b->n; ++i) {
    struct mrl_measure_item *it = &b->v[i];
    const struct mrl_measure_item *f = &b->v[it->first];
    if (!f->done)
      return mrl_fail(err, MRL_EBENCH, "measurement %d (%s) came back from no rank", it->first, f->bench_id);
    if (it->first == i) continue;
    it->result = f->result;
    it->result.cached = 1;
    it->done = 1;
  }
  return MRL_OK;
}
