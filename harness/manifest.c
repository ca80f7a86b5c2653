#include "manifest.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static enum mrl_status copy_str(json_t *obj, const char *key, char *dst, size_t n, int required,
                                const char *where, struct mrl_err *err) {
  json_t *v = json_object_get(obj, key);
  if (!v || json_is_null(v)) {
    if (required) return mrl_fail(err, MRL_ECONFIG, "%s: missing \"%s\"", where, key);
    dst[0] = '\0';
    return MRL_OK;
  }
  if (!json_is_string(v)) return mrl_fail(err, MRL_ECONFIG, "%s: \"%s\" is not a string", where, key);
  if (strlen(json_string_value(v)) >= n) return mrl_fail(err, MRL_ECONFIG, "%s: \"%s\" is too long", where, key);
  snprintf(dst, n, "%s", json_string_value(v));
  return MRL_OK;
}

static enum mrl_status read_entry(json_t *e, const char *dir, int i, struct mrl_manifest_entry *out,
                                  struct mrl_err *err) {
  char where[64];
  snprintf(where, sizeof where, "benchmark %d", i);
  if (!json_is_object(e)) return mrl_fail(err, MRL_ECONFIG, "%s is not an object", where);
  enum mrl_status s;
  if ((s = copy_str(e, "id", out->id, sizeof out->id, 1, where, err)) != MRL_OK) return s;
  snprintf(where, sizeof where, "benchmark '%.40s'", out->id);
  if ((s = copy_str(e, "file", out->file, sizeof out->file, 1, where, err)) != MRL_OK ||
      (s = copy_str(e, "sha256", out->sha256, sizeof out->sha256, 1, where, err)) != MRL_OK ||
      (s = copy_str(e, "split", out->split, sizeof out->split, 1, where, err)) != MRL_OK ||
      (s = copy_str(e, "scale", out->scale, sizeof out->scale, 0, where, err)) != MRL_OK ||
      (s = copy_str(e, "element_type", out->element_type, sizeof out->element_type, 0, where, err)) != MRL_OK)
    return s;
  if (strcmp(out->split, "train") && strcmp(out->split, "validation") && strcmp(out->split, "test"))
    return mrl_fail(err, MRL_ECONFIG, "%s: split '%s' is not train, validation or test", where, out->split);
  json_t *f = json_object_get(e, "flops");
  out->flops = json_is_integer(f) ? (int64_t)json_integer_value(f) : -1;
  snprintf(out->path, sizeof out->path, "%s/%s", dir, out->file);
  return MRL_OK;
}

static void dir_of(const char *path, char *dir, size_t n) {
  struct stat st;
  if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
    snprintf(dir, n, "%s", path);
    return;
  }
  const char *slash = strrchr(path, '/');
  if (!slash) snprintf(dir, n, ".");
  else snprintf(dir, n, "%.*s", (int)(slash - path), path);
}

enum mrl_status mrl_manifest_load(const char *path, struct mrl_manifest **out, struct mrl_err *err) {
  struct mrl_manifest *m = calloc(1, sizeof *m);
  if (!m) return mrl_fail(err, MRL_ENOMEM, "out of memory");
  dir_of(path, m->dir, sizeof m->dir);
  char file[4200];
  struct stat st;
  if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) snprintf(file, sizeof file, "%s/manifest.json", path);
  else snprintf(file, sizeof file, "%s", path);
  json_error_t je;
  json_t *root = json_load_file(file, 0, &je);
  enum mrl_status s = MRL_OK;
  if (!root) {
    s = mrl_fail(err, MRL_ECONFIG, "%s:%d: %s", file, je.line, je.text);
    goto done;
  }
  if ((s = copy_str(root, "suite", m->suite, sizeof m->suite, 1, file, err)) != MRL_OK ||
      (s = copy_str(root, "version", m->version, sizeof m->version, 1, file, err)) != MRL_OK)
    goto done;
  json_t *list = json_object_get(root, "benchmarks");
  if (!json_is_array(list)) {
    s = mrl_fail(err, MRL_ECONFIG, "%s: \"benchmarks\" is not a list", file);
    goto done;
  }
  m->n = (int)json_array_size(list);
  m->entries = calloc((size_t)(m->n ? m->n : 1), sizeof *m->entries);
  if (!m->entries) {
    s = mrl_fail(err, MRL_ENOMEM, "out of memory");
    goto done;
  }
  for (int i = 0; i < m->n && s == MRL_OK; ++i) s = read_entry(json_array_get(list, (size_t)i), m->dir, i, &m->entries[i], err);
done:
  json_decref(root);
  if (s != MRL_OK) {
    mrl_manifest_free(m);
    return s;
  }
  *out = m;
  return MRL_OK;
}

void mrl_manifest_free(struct mrl_manifest *m) {
  if (!m) return;
  free(m->entries);
  free(m);
}

static int by_file(const void *a, const void *b) {
  const struct mrl_manifest_entry *const *x = a, *const *y = b;
  return strcmp((*x)->file, (*y)->file);
}

void mrl_manifest_expected_version(const struct mrl_manifest *m, char *buf, size_t n) {
  const struct mrl_manifest_entry **order = malloc((size_t)(m->n ? m->n : 1) * sizeof *order);
  if (!order) {
    snprintf(buf, n, "?");
    return;
  }
  for (int i = 0; i < m->n; ++i) order[i] = &m->entries[i];
  qsort(order, (size_t)m->n, sizeof *order, by_file);
  struct mrl_sha256 h;
  mrl_sha256_init(&h);
  for (int i = 0; i < m->n; ++i) {
    mrl_sha256_update(&h, order[i]->file, strlen(order[i]->file));
    mrl_sha256_update(&h, " ", 1);
    mrl_sha256_update(&h, order[i]->sha256, strlen(order[i]->sha256));
    mrl_sha256_update(&h, "\n", 1);
  }
  free(order);
  unsigned char d[MRL_SHA256_DIGEST_LEN];
  char hex[MRL_SHA256_HEX_LEN];
  mrl_sha256_final(&h, d);
  mrl_sha256_to_hex(d, hex);
  const char *plus = strchr(m->version, '+');
  int prefix = plus ? (int)(plus - m->version) : (int)strlen(m->version);
  snprintf(buf, n, "%.*s+%.12s", prefix, m->version, hex);
}
