#include "weights.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char MAGIC[8] = {'M', 'L', 'I', 'R', 'R', 'L', 'W', '\n'};

static uint64_t fnv1a(uint64_t h, const void *data, size_t n) {
  const unsigned char *p = data;
  for (size_t i = 0; i < n; ++i) {
    h ^= p[i];
    h *= 0x100000001b3ull;
  }
  return h;
}

static void put_u32(unsigned char *b, uint32_t v) {
  for (int i = 0; i < 4; ++i) b[i] = (unsigned char)(v >> (8 * i));
}

static uint32_t get_u32(const unsigned char *b) {
  return (uint32_t)b[0] | (uint32_t)b[1] << 8 | (uint32_t)b[2] << 16 | (uint32_t)b[3] << 24;
}

/* ---------------------------------------------------------------- environment configuration */

static const char *const interchange_names[] = {"pointers", "enumerated"};
static const char *const recipe_names[] = {"outerproduct", "contract", "plain"};
static const char *const norm_names[] = {"max", "log", "none"};

json_t *mrl_weights_env_json(const struct mrl_env_config *c) {
  return json_pack("{s:i, s:i, s:i, s:i, s:i, s:i, s:I, s:s, s:s, s:s, s:f, s:b, s:b, s:s, s:f, s:f}", "max_loops",
                   c->max_loops, "tile_choices", c->tile_choices, "max_loads", c->max_loads, "max_stores",
                   c->max_stores, "max_rank", c->max_rank, "max_steps", c->max_steps, "vector_limit",
                   (json_int_t)c->vector_limit, "interchange", interchange_names[c->interchange], "vector_recipe",
                   recipe_names[c->vector_recipe], "bound_norm", norm_names[c->bound_norm], "norm_max", c->norm_max,
                   "img2col", c->img2col, "img2col_action", c->img2col_action, "grammar", c->grammar,
                   "penalty_transform", c->penalty_transform, "penalty_execution", c->penalty_execution);
}

static int name_index(const char *const *names, int n, const char *s) {
  for (int i = 0; i < n; ++i)
    if (s && !strcmp(names[i], s)) return i;
  return -1;
}

enum mrl_status mrl_weights_env_config(json_t *header, struct mrl_env_config *c, struct mrl_err *err) {
  mrl_env_config_default(c);
  json_t *env = json_object_get(header, "env");
  json_int_t vl = c->vector_limit;
  const char *ich = NULL, *rec = NULL, *norm = NULL, *grammar = NULL;
  json_error_t je;
  if (!json_is_object(env) ||
      json_unpack_ex(env, &je, 0, "{s:i, s:i, s:i, s:i, s:i, s:i, s:I, s:s, s:s, s:s, s:F, s:b, s:b, s:s, s:F, s:F}",
                     "max_loops", &c->max_loops, "tile_choices", &c->tile_choices, "max_loads", &c->max_loads,
                     "max_stores", &c->max_stores, "max_rank", &c->max_rank, "max_steps", &c->max_steps,
                     "vector_limit", &vl, "interchange", &ich, "vector_recipe", &rec, "bound_norm", &norm,
                     "norm_max", &c->norm_max, "img2col", &c->img2col, "img2col_action", &c->img2col_action,
                     "grammar", &grammar, "penalty_transform", &c->penalty_transform, "penalty_execution",
                     &c->penalty_execution))
    return mrl_fail(err, MRL_ECONFIG, "the header's environment configuration is incomplete (%s)",
                    env ? je.text : "no \"env\"");
  int i = name_index(interchange_names, 2, ich), r = name_index(recipe_names, 3, rec),
      n = name_index(norm_names, 3, norm);
  if (i < 0 || r < 0 || n < 0 || strlen(grammar) >= sizeof c->grammar)
    return mrl_fail(err, MRL_ECONFIG, "the header's environment configuration has an unknown value");
  c->vector_limit = vl;
  c->interchange = (enum mrl_interchange_mode)i;
  c->vector_recipe = (enum mrl_vector_recipe)r;
  c->bound_norm = (enum mrl_bound_norm)n;
  snprintf(c->grammar, sizeof c->grammar, "%s", grammar);
  return MRL_OK;
}

void mrl_weights_layout_diff(const char *have, const char *file, char *out, size_t n) {
  out[0] = 0;
  while (*have || *file) {
    size_t a = strcspn(have, " "), b = strcspn(file, " ");
    if (a != b || strncmp(have, file, a)) {
      snprintf(out, n, "%.*s here, %.*s in the file", (int)a, a ? have : "nothing", (int)b, b ? file : "nothing");
      if (!a) snprintf(out, n, "nothing here, %.*s in the file", (int)b, file);
      if (!b) snprintf(out, n, "%.*s here, nothing in the file", (int)a, have);
      return;
    }
    have += a + (have[a] == ' ');
    file += b + (file[b] == ' ');
  }
}

/* ---------------------------------------------------------------- writing */

static json_t *network_json(const struct mrl_policy_config *c) {
  json_t *hidden = json_array();
  for (int k = 0; k < c->nhidden; ++k) json_array_append_new(hidden, json_integer(c->hidden[k]));
  return json_pack("{s:i, s:i, s:i, s:o, s:i, s:i, s:i, s:i}", "op_dim", c->op_dim, "state_dim", c->state_dim, "embed",
                   c->embed, "hidden", hidden, "ntypes", c->ntypes, "max_loops", c->max_loops, "tile_choices",
                   c->tile_choices, "nich", c->nich);
}

static int write_all(FILE *f, const void *data, size_t n, uint64_t *h) {
  *h = fnv1a(*h, data, n);
  return fwrite(data, 1, n, f) == n;
}

enum mrl_status mrl_weights_save(const char *path, struct mrl_policy *p, const struct mrl_env_config *env,
                                 const char *features, json_t *training, const struct mrl_weights_extra *extra,
                                 struct mrl_err *err) {
  json_t *tensors = json_array();
  const char *name;
  float *w, *g;
  int rows, cols;
  for (int t = 0; mrl_policy_param(p, t, &name, &w, &g, &rows, &cols); ++t)
    json_array_append_new(tensors, json_pack("{s:s, s:i, s:i}", "name", name, "rows", rows, "cols", cols));
  for (int t = 0; extra && t < extra->n; ++t)
    json_array_append_new(tensors,
                          json_pack("{s:s, s:i, s:i}", "name", extra->name[t], "rows", extra->rows[t], "cols", extra->cols[t]));
  json_t *hdr = json_pack("{s:s, s:i, s:o, s:o, s:s, s:o, s:o}", "format", "mlirrl-weights", "version",
                          MRL_WEIGHTS_VERSION, "network", network_json(&p->cfg), "env", mrl_weights_env_json(env),
                          "features", features, "tensors", tensors, "training",
                          training ? json_incref(training) : json_object());
  char *text = hdr ? json_dumps(hdr, JSON_COMPACT) : NULL;
  json_decref(hdr);
  if (!text) return mrl_fail(err, MRL_ENOMEM, "%s: could not build the header", path);
  size_t hlen = strlen(text), padded = (hlen + 7) & ~(size_t)7;
  char tmp[4200];
  snprintf(tmp, sizeof tmp, "%s.tmp%ld", path, (long)getpid());
  FILE *f = fopen(tmp, "wb");
  if (!f) {
    free(text);
    return mrl_fail(err, MRL_EIO, "%s: cannot write: %s", tmp, strerror(errno));
  }
  unsigned char head[16];
  memcpy(head, MAGIC, 8);
  put_u32(head + 8, MRL_WEIGHTS_VERSION);
  put_u32(head + 12, (uint32_t)padded);
  uint64_t h = 0xcbf29ce484222325ull;
  int ok = write_all(f, head, 16, &h) && write_all(f, text, hlen, &h);
  static const char zeros[8] = {0};
  ok = ok && write_all(f, zeros, padded - hlen, &h);
  free(text);
  /* Tensors are float32 little-endian: this is the host's order on every machine mlirrl builds on. */
  for (int t = 0; ok && mrl_policy_param(p, t, &name, &w, &g, &rows, &cols); ++t)
    ok = write_all(f, w, (size_t)rows * (size_t)cols * sizeof(float), &h);
  for (int t = 0; ok && extra && t < extra->n; ++t)
    ok = write_all(f, extra->data[t], (size_t)extra->rows[t] * (size_t)extra->cols[t] * sizeof(float), &h);
  unsigned char sum[8];
  for (int i = 0; i < 8; ++i) sum[i] = (unsigned char)(h >> (8 * i));
  ok = ok && fwrite(sum, 1, 8, f) == 8;
  ok = (fflush(f) == 0) & ok;
  ok = (fsync(fileno(f)) == 0) & ok;
  ok = (fclose(f) == 0) & ok;
  if (!ok || rename(tmp, path) != 0) {
    int e = errno;
    remove(tmp);
    return mrl_fail(err, MRL_EIO, "%s: cannot write: %s", path, strerror(e));
  }
  return MRL_OK;
}

/* ---------------------------------------------------------------- reading */

static enum mrl_status read_file(const char *path, unsigned char **data, size_t *n, struct mrl_err *err) {
  FILE *f = fopen(path, "rb");
  if (!f) return mrl_fail(err, MRL_EIO, "%s: cannot open weights file: %s", path, strerror(errno));
  size_t cap = 1 << 20, len = 0;
  unsigned char *buf = malloc(cap);
  while (buf) {
    if (len == cap) {
      unsigned char *nb = realloc(buf, cap *= 2);
      if (!nb) {
        free(buf);
        buf = NULL;
        break;
      }
      buf = nb;
    }
    size_t r = fread(buf + len, 1, cap - len, f);
    len += r;
    if (r == 0) break;
  }
  int bad = ferror(f);
  fclose(f);
  if (!buf) return mrl_fail(err, MRL_ENOMEM, "%s: out of memory", path);
  if (bad) {
    free(buf);
    return mrl_fail(err, MRL_EIO, "%s: read error", path);
  }
  *data = buf;
  *n = len;
  return MRL_OK;
}

static enum mrl_status parse_network(json_t *net, struct mrl_policy_config *c, struct mrl_err *err) {
  memset(c, 0, sizeof *c);
  json_t *hidden = NULL;
  if (json_unpack(net, "{s:i, s:i, s:i, s:o, s:i, s:i, s:i, s:i}", "op_dim", &c->op_dim, "state_dim", &c->state_dim,
                  "embed", &c->embed, "hidden", &hidden, "ntypes", &c->ntypes, "max_loops", &c->max_loops,
                  "tile_choices", &c->tile_choices, "nich", &c->nich) ||
      !json_is_array(hidden) || json_array_size(hidden) < 1 || json_array_size(hidden) > MRL_POLICY_MAX_HIDDEN)
    return mrl_fail(err, MRL_ECONFIG, "the header's network description is incomplete");
  c->nhidden = (int)json_array_size(hidden);
  for (int k = 0; k < c->nhidden; ++k) c->hidden[k] = (int)json_integer_value(json_array_get(hidden, (size_t)k));
  return MRL_OK;
}

static enum mrl_status load_body(const char *path, const unsigned char *d, size_t n, int batch_cap,
                                 struct mrl_policy **out, json_t **header, const struct mrl_weights_extra *extra,
                                 struct mrl_err *err) {
  if (n < 16 || memcmp(d, MAGIC, 8))
    return mrl_fail(err, MRL_ECONFIG, "%s: not an mlirrl weights file (bad magic)", path);
  uint32_t version = get_u32(d + 8), hlen = get_u32(d + 12);
  if (version != MRL_WEIGHTS_VERSION)
    return mrl_fail(err, MRL_ECONFIG, "%s: weights format version %u, this mlirrl reads version %d", path, version,
                    MRL_WEIGHTS_VERSION);
  if (16 + (size_t)hlen + 8 > n)
    return mrl_fail(err, MRL_ECONFIG, "%s: truncated (%zu bytes, the header alone needs %zu)", path, n,
                    16 + (size_t)hlen + 8);
  json_error_t je;
  json_t *hdr = json_loadb((const char *)d + 16, strnlen((const char *)d + 16, hlen), 0, &je);
  if (!hdr) return mrl_fail(err, MRL_ECONFIG, "%s: the header is not JSON (%s)", path, je.text);
  struct mrl_policy_config c;
  enum mrl_status s = MRL_OK;
  json_t *tensors = json_object_get(hdr, "tensors");
  const char *fmt = json_string_value(json_object_get(hdr, "format"));
  if (!fmt || strcmp(fmt, "mlirrl-weights") || !json_is_array(tensors) ||
      !json_is_string(json_object_get(hdr, "features")))
    s = mrl_fail(err, MRL_ECONFIG, "%s: the header lacks format, features or tensors", path);
  struct mrl_err inner;
  if (s == MRL_OK && (s = parse_network(json_object_get(hdr, "network"), &c, &inner)) != MRL_OK)
    s = mrl_fail(err, s, "%s: %s", path, inner.msg);
  /* The size the header implies, against the file's. */
  size_t expect = 16 + (size_t)hlen;
  for (size_t i = 0; s == MRL_OK && i < json_array_size(tensors); ++i) {
    json_int_t r = json_integer_value(json_object_get(json_array_get(tensors, i), "rows")),
               k = json_integer_value(json_object_get(json_array_get(tensors, i), "cols"));
    if (r < 1 || k < 1 || r > (1 << 24) || k > (1 << 24))
      s = mrl_fail(err, MRL_ECONFIG, "%s: tensor %zu has an invalid shape", path, i);
    else
      expect += (size_t)r * (size_t)k * sizeof(float);
  }
  /* The parameters the network needs, against the tensors listed, before allocating it. */
  if (s == MRL_OK) {
    struct mrl_policy_heads hd;
    mrl_policy_heads(&c, &hd);
    size_t need = 2 * (size_t)c.embed * ((size_t)c.op_dim + 1), in = 2 * (size_t)c.embed + (size_t)c.state_dim;
    for (int k = 0; k < c.nhidden; ++k) {
      need += 2 * (size_t)c.hidden[k] * (in + 1);
      in = (size_t)c.hidden[k];
    }
    need += ((size_t)hd.total + 1) * (in + 1); /* the policy's heads and the value */
    if (c.embed < 1 || c.op_dim < 1 || c.state_dim < 0 || need > (expect - 16 - (size_t)hlen) / sizeof(float))
      s = mrl_fail(err, MRL_ECONFIG, "%s: the network described needs more parameters than the file holds", path);
  }
  if (s == MRL_OK && expect + 8 != n)
    s = mrl_fail(err, MRL_ECONFIG, "%s: %s (%zu bytes, the header describes %zu)", path,
                 n < expect + 8 ? "truncated" : "has trailing bytes", n, expect + 8);
  if (s == MRL_OK) {
    uint64_t h = fnv1a(0xcbf29ce484222325ull, d, n - 8), stored = 0;
    for (int i = 0; i < 8; ++i) stored |= (uint64_t)d[n - 8 + i] << (8 * i);
    if (h != stored) s = mrl_fail(err, MRL_ECONFIG, "%s: checksum mismatch (the file is corrupt)", path);
  }
  struct mrl_policy *p = NULL;
  if (s == MRL_OK && (s = mrl_policy_create(&c, batch_cap, 1, &p, &inner)) != MRL_OK)
    s = mrl_fail(err, s, "%s: %s", path, inner.msg);
  /* Tensors in the header's order: the policy's first, by name and shape, then the extras. */
  const unsigned char *at = d + 16 + hlen;
  size_t ti = 0;
  const char *name;
  float *w, *g;
  int rows, cols;
  for (int t = 0; s == MRL_OK && mrl_policy_param(p, t, &name, &w, &g, &rows, &cols); ++t, ++ti) {
    json_t *e = json_array_get(tensors, ti);
    const char *fn = json_string_value(json_object_get(e, "name"));
    json_int_t r = json_integer_value(json_object_get(e, "rows")), k = json_integer_value(json_object_get(e, "cols"));
    if (!fn || strcmp(fn, name) || r != rows || k != cols) {
      s = mrl_fail(err, MRL_ECONFIG, "%s: tensor %zu is %s %lldx%lld, the network needs %s %dx%d", path, ti,
                   fn ? fn : "(unnamed)", (long long)r, (long long)k, name, rows, cols);
      break;
    }
    memcpy(w, at, (size_t)rows * (size_t)cols * sizeof(float));
    at += (size_t)rows * (size_t)cols * sizeof(float);
  }
  for (int x = 0; s == MRL_OK && extra && x < extra->n; ++x) {
    const unsigned char *pos = d + 16 + hlen;
    int found = 0;
    for (size_t i = 0; i < json_array_size(tensors); ++i) {
      json_t *e = json_array_get(tensors, i);
      json_int_t r = json_integer_value(json_object_get(e, "rows")), k = json_integer_value(json_object_get(e, "cols"));
      const char *fn = json_string_value(json_object_get(e, "name"));
      if (fn && !strcmp(fn, extra->name[x])) {
        if (r != extra->rows[x] || k != extra->cols[x]) break;
        memcpy((void *)extra->data[x], pos, (size_t)r * (size_t)k * sizeof(float));
        found = 1;
        break;
      }
      pos += (size_t)r * (size_t)k * sizeof(float);
    }
    if (!found) s = mrl_fail(err, MRL_ECONFIG, "%s: no tensor %s of the expected shape", path, extra->name[x]);
  }
  if (s != MRL_OK) {
    mrl_policy_free(p);
    json_decref(hdr);
    return s;
  }
  *out = p;
  *header = hdr;
  return MRL_OK;
}

enum mrl_status mrl_weights_load(const char *path, int batch_cap, struct mrl_policy **p, json_t **header,
                                 const struct mrl_weights_extra *extra, struct mrl_err *err) {
  *p = NULL;
  *header = NULL;
  unsigned char *d = NULL;
  size_t n = 0;
  enum mrl_status s = read_file(path, &d, &n, err);
  if (s != MRL_OK) return s;
  s = load_body(path, d, n, batch_cap, p, header, extra, err);
  free(d);
  return s;
}
