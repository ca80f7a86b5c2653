#include "protocol.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include <jansson.h>

#ifndef MLIRRL_VERSION
#define MLIRRL_VERSION "unknown"
#endif
#ifndef MLIRRL_GIT_REV
#define MLIRRL_GIT_REV "unknown"
#endif

/* ---------------------------------------------------------------- writing */

static char *dump(json_t *j) {
  char *s = j ? json_dumps(j, JSON_COMPACT | JSON_PRESERVE_ORDER) : NULL;
  json_decref(j);
  return s;
}

/* json_real refuses NaN and infinities: they become null. */
static json_t *real(double x) {
  return isfinite(x) ? json_real(x) : json_null();
}

static json_t *str_or_null(const char *s) {
  return s ? json_string(s) : json_null();
}

static json_t *int_array(const int64_t *v, int n) {
  json_t *a = json_array();
  for (int i = 0; i < n; ++i)
    json_array_append_new(a, json_integer((json_int_t)v[i]));
  return a;
}

static json_t *mask_array(const unsigned char *m, int n) {
  json_t *a = json_array();
  for (int i = 0; i < n; ++i)
    json_array_append_new(a, json_integer(m[i] != 0));
  return a;
}

static const char *dtype_name(enum mrl_dtype t) {
  return t == MRL_DTYPE_U8 ? "u8" : t == MRL_DTYPE_I32 ? "i32" : "f32";
}

/* The action types this configuration offers: the size of the observation's mask.action (six,
 * or seven with IC). */
static int action_count(struct mrl_env *e) {
  const struct mrl_tensor_desc *d = NULL;
  mrl_env_obs_tensor(e, "mask.action", &d);
  return d && d->count <= MRL_ACTION_COUNT ? (int)d->count : MRL_ACTION_COUNT;
}

static int interchange_count(struct mrl_env *e) {
  int n = 0;
  mrl_env_interchange_mask(e, &n);
  return n;
}

static json_t *tensor_values(const void *obs, const struct mrl_tensor_desc *d) {
  json_t *a = json_array();
  const char *base = (const char *)obs + d->offset;
  for (size_t i = 0; i < d->count; ++i) {
    if (d->dtype == MRL_DTYPE_U8)
      json_array_append_new(a, json_integer(((const unsigned char *)base)[i]));
    else if (d->dtype == MRL_DTYPE_I32)
      json_array_append_new(a, json_integer(((const int32_t *)base)[i]));
    else
      json_array_append_new(a, real(((const float *)base)[i]));
  }
  return a;
}

char *mrl_proto_hello(struct mrl_env *e, double answer_timeout_s) {
  const struct mrl_env_config *c = mrl_env_config(e);
  json_t *cfg = json_object();
  json_object_set_new(cfg, "max_loops", json_integer(c->max_loops));
  json_object_set_new(cfg, "tile_choices", json_integer(c->tile_choices));
  json_t *sizes = json_array();
  for (int k = 0; k < c->tile_choices; ++k)
    json_array_append_new(sizes, json_integer(mrl_env_tile_size(k)));
  json_object_set_new(cfg, "tile_sizes", sizes);
  json_object_set_new(cfg, "max_steps", json_integer(c->max_steps));
  json_object_set_new(cfg, "max_loads", json_integer(c->max_loads));
  json_object_set_new(cfg, "max_stores", json_integer(c->max_stores));
  json_object_set_new(cfg, "max_rank", json_integer(c->max_rank));
  json_object_set_new(cfg, "interchange",
                      json_string(c->interchange == MRL_INTERCHANGE_POINTERS ? "pointers" : "enumerated"));
  json_object_set_new(cfg, "interchange_size", json_integer(interchange_count(e)));
  json_object_set_new(cfg, "vector_limit", json_integer(c->vector_limit));
  json_object_set_new(cfg, "grammar", json_string(c->grammar));
  json_object_set_new(cfg, "img2col", json_boolean(c->img2col));
  json_object_set_new(cfg, "img2col_action", json_boolean(c->img2col_action));
  json_object_set_new(cfg, "penalty_transform", real(c->penalty_transform));
  json_object_set_new(cfg, "penalty_execution", real(c->penalty_execution));

  json_t *types = json_array();
  for (int i = 0; i < action_count(e); ++i)
    json_array_append_new(types, json_string(mrl_action_name((enum mrl_action_type)i)));

  json_t *layout = json_array(), *labels = json_object();
  for (int i = 0; i < mrl_env_obs_count(e); ++i) {
    const struct mrl_tensor_desc *d = mrl_env_obs_desc(e, i);
    json_t *t = json_object(), *shape = json_array();
    for (int r = 0; r < d->rank; ++r)
      json_array_append_new(shape, json_integer(d->shape[r]));
    json_object_set_new(t, "name", json_string(d->name));
    json_object_set_new(t, "dtype", json_string(dtype_name(d->dtype)));
    json_object_set_new(t, "shape", shape);
    json_array_append_new(layout, t);
    if (!mrl_env_obs_label(d->name, 0)) continue;
    json_t *l = json_array();
    for (int k = 0; (size_t)k < d->count && mrl_env_obs_label(d->name, k); ++k)
      json_array_append_new(l, json_string(mrl_env_obs_label(d->name, k)));
    json_object_set_new(labels, d->name, l);
  }

  json_t *j = json_object();
  json_object_set_new(j, "msg", json_string("hello"));
  json_object_set_new(j, "protocol", json_integer(MRL_PROTOCOL_VERSION));
  json_object_set_new(j, "mlirrl", json_string(MLIRRL_VERSION));
  json_object_set_new(j, "git", json_string(MLIRRL_GIT_REV));
  json_object_set_new(j, "answer_timeout_s", real(answer_timeout_s));
  json_object_set_new(j, "config", cfg);
  json_object_set_new(j, "action_types", types);
  json_object_set_new(j, "observation", layout);
  json_object_set_new(j, "labels", labels);
  return dump(j);
}

static json_t *op_object(struct mrl_env *e, int i) {
  struct mrl_env_op_info info;
  if (!mrl_env_op(e, i, &info)) return json_null();
  json_t *o = json_object();
  json_object_set_new(o, "index", json_integer(i));
  json_object_set_new(o, "tag", json_string(info.tag));
  json_object_set_new(o, "name", json_string(info.name));
  json_object_set_new(o, "kind", str_or_null(mrl_env_obs_label("op.kind", info.kind)));
  json_object_set_new(o, "nloops", json_integer(info.nloops));
  json_object_set_new(o, "bounds", int_array(info.bounds, info.nloops));
  json_object_set_new(o, "bounds_orig", int_array(info.bounds_orig, info.nloops));
  json_object_set_new(o, "reduction", mask_array(info.reduction, info.nloops));
  json_object_set_new(o, "producer", str_or_null(info.producer));
  return o;
}

char *mrl_proto_episode_start(struct mrl_env *e, int episode, const char *bench_id, uint64_t seed) {
  json_t *ops = json_array(), *skipped = json_array();
  for (int i = 0; i < mrl_env_num_ops(e); ++i)
    json_array_append_new(ops, op_object(e, i));
  for (int i = 0; i < mrl_env_num_skipped(e); ++i) {
    const char *reason = NULL;
    const char *tag = mrl_env_skipped(e, i, &reason);
    json_t *s = json_object();
    json_object_set_new(s, "tag", str_or_null(tag));
    json_object_set_new(s, "reason", str_or_null(reason));
    json_array_append_new(skipped, s);
  }
  json_t *j = json_object();
  json_object_set_new(j, "msg", json_string("episode_start"));
  json_object_set_new(j, "episode", json_integer(episode));
  json_object_set_new(j, "benchmark", str_or_null(bench_id));
  json_object_set_new(j, "seed", json_integer((json_int_t)seed));
  json_object_set_new(j, "ops", ops);
  json_object_set_new(j, "skipped", skipped);
  return dump(j);
}

static int scalar_i32(struct mrl_env *e, const char *name) {
  const struct mrl_tensor_desc *d = NULL;
  const void *p = mrl_env_obs_tensor(e, name, &d);
  if (!p || !d) return 0;
  return d->dtype == MRL_DTYPE_I32 ? *(const int32_t *)p : *(const unsigned char *)p;
}

char *mrl_proto_step(struct mrl_env *e, int episode, int t) {
  const struct mrl_env_config *c = mrl_env_config(e);
  json_t *op = op_object(e, mrl_env_current(e));
  if (json_is_object(op)) {
    json_object_set_new(op, "step", json_integer(scalar_i32(e, "state.step")));
    json_object_set_new(op, "interchange_position",
                        json_integer(scalar_i32(e, "state.interchange_position")));
    json_object_set_new(op, "fused", json_boolean(scalar_i32(e, "state.fused")));
  }
  json_t *masks = json_object();
  json_object_set_new(masks, "action", mask_array(mrl_env_action_mask(e), action_count(e)));
  const unsigned char *tile = mrl_env_tile_mask(e);
  json_t *rows = json_array();
  for (int l = 0; l < c->max_loops; ++l)
    json_array_append_new(rows, mask_array(tile + l * c->tile_choices, c->tile_choices));
  json_object_set_new(masks, "tile", rows);
  int n = 0;
  const unsigned char *ich = mrl_env_interchange_mask(e, &n);
  json_object_set_new(masks, "interchange", mask_array(ich, n));

  json_t *obs = json_object();
  const void *buf = mrl_env_observe(e);
  for (int i = 0; i < mrl_env_obs_count(e); ++i) {
    const struct mrl_tensor_desc *d = mrl_env_obs_desc(e, i);
    json_object_set_new(obs, d->name, tensor_values(buf, d));
  }

  json_t *j = json_object();
  json_object_set_new(j, "msg", json_string("step"));
  json_object_set_new(j, "episode", json_integer(episode));
  json_object_set_new(j, "t", json_integer(t));
  json_object_set_new(j, "op", op);
  json_object_set_new(j, "masks", masks);
  json_object_set_new(j, "observation", obs);
  return dump(j);
}

char *mrl_proto_result(int episode, int t, const struct mrl_step_result *r) {
  json_t *j = json_object();
  json_object_set_new(j, "msg", json_string("result"));
  json_object_set_new(j, "episode", json_integer(episode));
  json_object_set_new(j, "t", json_integer(t));
  json_object_set_new(j, "reward", real(r->reward));
  json_object_set_new(j, "done", json_boolean(r->done));
  json_object_set_new(j, "next_op", json_boolean(r->next_op));
  return dump(j);
}

char *mrl_proto_episode_end(struct mrl_env *e, int episode, const struct mrl_step_result *r) {
  const struct mrl_measurement *m = &r->measurement;
  int ok = r->measured && m->outcome == MRL_MEASURE_OK;
  json_t *j = json_object();
  json_object_set_new(j, "msg", json_string("episode_end"));
  json_object_set_new(j, "episode", json_integer(episode));
  json_object_set_new(j, "reward", real(r->reward));
  json_object_set_new(j, "measured", json_boolean(r->measured));
  json_object_set_new(j, "outcome", r->measured ? json_string(m->outcome_name) : json_null());
  json_object_set_new(j, "speedup", ok ? real(m->speedup) : json_null());
  json_object_set_new(j, "cached", json_boolean(r->measured && m->cached));
  json_object_set_new(j, "error", r->measured && m->error[0] ? json_string(m->error) : json_null());
  json_object_set_new(j, "schedule", json_string(mrl_env_schedule(e)));
  return dump(j);
}

char *mrl_proto_bye(void) {
  json_t *j = json_object();
  json_object_set_new(j, "msg", json_string("bye"));
  return dump(j);
}

/* ---------------------------------------------------------------- reading */

/* The start of an agent's line for a message: printable characters only, cut at 60. */
static void excerpt(const char *line, char *out, size_t n) {
  size_t k = 0, i = 0;
  for (; line[i] && k + 4 < n && i < 60; ++i)
    out[k++] = (line[i] >= 32 && line[i] < 127) ? line[i] : '?';
  if (line[i] && k + 4 < n) {
    memcpy(out + k, "...", 3);
    k += 3;
  }
  out[k] = '\0';
}

/* The line as a JSON object, or a one-line "malformed" error. */
static json_t *parse_object(const char *line, const char *what, struct mrl_err *err) {
  json_error_t je;
  json_t *j = json_loads(line, JSON_REJECT_DUPLICATES, &je);
  char ex[80];
  excerpt(line, ex, sizeof ex);
  if (!j) {
    mrl_fail(err, MRL_EAGENT, "malformed: %s is not JSON ('%s': %s)", what, ex, je.text);
    return NULL;
  }
  if (!json_is_object(j)) {
    mrl_fail(err, MRL_EAGENT, "malformed: %s is not a JSON object ('%s')", what, ex);
    json_decref(j);
    return NULL;
  }
  return j;
}

/* The message type of j: its "msg" string, or def when it has none. */
static const char *msg_type(json_t *j, const char *def) {
  json_t *m = json_object_get(j, "msg");
  if (!m) return def;
  return json_is_string(m) ? json_string_value(m) : "(not a string)";
}

enum mrl_status mrl_proto_parse_hello(const char *line, char *name, size_t n, struct mrl_err *err) {
  json_t *j = parse_object(line, "the answer to hello", err);
  if (!j) return MRL_EAGENT;
  enum mrl_status s = MRL_OK;
  const char *type = msg_type(j, "(none)");
  json_t *v = json_object_get(j, "protocol"), *nm = json_object_get(j, "name");
  if (strcmp(type, "hello"))
    s = mrl_fail(err, MRL_EAGENT, "unexpected: expected the agent's hello, got a message of type '%.40s'",
                 type);
  else if (!json_is_integer(v))
    s = mrl_fail(err, MRL_EAGENT, "malformed: the agent's hello has no integer \"protocol\"");
  else if (json_integer_value(v) != MRL_PROTOCOL_VERSION)
    s = mrl_fail(err, MRL_EAGENT, "version: the agent speaks protocol version %lld, this harness version %d",
                 (long long)json_integer_value(v), MRL_PROTOCOL_VERSION);
  else if (nm && !json_is_string(nm))
    s = mrl_fail(err, MRL_EAGENT, "malformed: the agent's hello has a \"name\" that is not a string");
  else
    snprintf(name, n, "%s", nm ? json_string_value(nm) : "");
  json_decref(j);
  return s;
}

static void allowed_list(const unsigned char *mask, int n, int names, char *out, size_t size) {
  out[0] = '\0';
  for (int i = 0; i < n; ++i)
    if (mask[i]) {
      size_t k = strlen(out);
      if (names)
        snprintf(out + k, size - k, "%s%s", k ? ", " : "", mrl_action_name((enum mrl_action_type)i));
      else
        snprintf(out + k, size - k, "%s%d", k ? ", " : "", i);
    }
  if (!out[0]) snprintf(out, size, "none");
}

/* The "tile" array of a T, TP or TF answer into a->tile: one choice index per loop of the op. */
static enum mrl_status read_tiles(struct mrl_env *e, int t, json_t *j, int nloops, struct mrl_action *a,
                                  struct mrl_err *err) {
  const struct mrl_env_config *c = mrl_env_config(e);
  const char *type = mrl_action_name(a->type);
  json_t *tile = json_object_get(j, "tile");
  if (!json_is_array(tile))
    return mrl_fail(err, MRL_EAGENT,
                    "malformed: %s at step %d needs \"tile\", an array of tile-choice indices", type, t);
  size_t len = json_array_size(tile);
  if (len < (size_t)nloops || len > (size_t)c->max_loops)
    return mrl_fail(
        err, MRL_EAGENT,
        "malformed: \"tile\" at step %d has %zu entries; the op has %d loops (at most %d entries)", t, len,
        nloops, c->max_loops);
  for (size_t l = 0; l < len; ++l) {
    json_t *v = json_array_get(tile, l);
    if (!json_is_integer(v) || json_integer_value(v) < 0 || json_integer_value(v) >= c->tile_choices)
      return mrl_fail(err, MRL_EAGENT, "malformed: \"tile\"[%zu] at step %d is not an index in [0, %d)", l, t,
                      c->tile_choices);
    a->tile[l] = (int)json_integer_value(v);
  }
  const unsigned char *mask = mrl_env_tile_mask(e);
  for (int l = 0; l < nloops; ++l) {
    const unsigned char *row = mask + l * c->tile_choices;
    if (row[a->tile[l]]) continue;
    char allowed[256];
    allowed_list(row, c->tile_choices, 0, allowed, sizeof allowed);
    return mrl_fail(err, MRL_EAGENT,
                    "illegal: tile choice %d (size %lld) for loop %d is masked at step %d (allowed: %s)",
                    a->tile[l], (long long)mrl_env_tile_size(a->tile[l]), l, t, allowed);
  }
  return MRL_OK;
}

static enum mrl_status read_interchange(struct mrl_env *e, int t, json_t *j, struct mrl_action *a,
                                        struct mrl_err *err) {
  int n = 0;
  const unsigned char *mask = mrl_env_interchange_mask(e, &n);
  json_t *v = json_object_get(j, "interchange");
  if (!json_is_integer(v) || json_integer_value(v) < 0 || json_integer_value(v) >= n)
    return mrl_fail(err, MRL_EAGENT, "malformed: I at step %d needs \"interchange\", an index in [0, %d)", t,
                    n);
  a->interchange = (int)json_integer_value(v);
  if (mask[a->interchange]) return MRL_OK;
  char allowed[256];
  allowed_list(mask, n, 0, allowed, sizeof allowed);
  return mrl_fail(err, MRL_EAGENT, "illegal: interchange %d is masked at step %d (allowed: %s)",
                  a->interchange, t, allowed);
}

static enum mrl_status read_action(struct mrl_env *e, int t, json_t *j, struct mrl_action *a,
                                   struct mrl_err *err) {
  const char *type = msg_type(j, "action");
  if (strcmp(type, "action"))
    return mrl_fail(err, MRL_EAGENT,
                    "unexpected: expected an action for step %d, got a message of type '%.40s'", t, type);
  json_t *tv = json_object_get(j, "type");
  if (!json_is_string(tv))
    return mrl_fail(err, MRL_EAGENT, "malformed: the action for step %d has no \"type\" string", t);
  int n = action_count(e), k = 0;
  while (k < n && strcmp(json_string_value(tv), mrl_action_name((enum mrl_action_type)k)))
    ++k;
  char allowed[64];
  allowed_list(mrl_env_action_mask(e), n, 1, allowed, sizeof allowed);
  if (k == n)
    return mrl_fail(err, MRL_EAGENT, "malformed: unknown action type '%.20s' at step %d (allowed now: %s)",
                    json_string_value(tv), t, allowed);
  a->type = (enum mrl_action_type)k;
  if (!mrl_env_action_mask(e)[k])
    return mrl_fail(err, MRL_EAGENT, "illegal: %s is masked at step %d (allowed: %s)",
                    mrl_action_name(a->type), t, allowed);
  struct mrl_env_op_info info;
  int nloops = mrl_env_op(e, mrl_env_current(e), &info) ? info.nloops : 0;
  if (a->type == MRL_ACTION_T || a->type == MRL_ACTION_TP || a->type == MRL_ACTION_TF)
    return read_tiles(e, t, j, nloops, a, err);
  if (a->type == MRL_ACTION_I) return read_interchange(e, t, j, a, err);
  return MRL_OK;
}

enum mrl_status mrl_proto_parse_action(struct mrl_env *e, int t, const char *line, struct mrl_action *a,
                                       struct mrl_err *err) {
  memset(a, 0, sizeof *a);
  char what[64];
  snprintf(what, sizeof what, "the answer to step %d", t);
  json_t *j = parse_object(line, what, err);
  if (!j) return MRL_EAGENT;
  enum mrl_status s = read_action(e, t, j, a, err);
  json_decref(j);
  return s;
}
