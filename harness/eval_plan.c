/* FTW_ACTIONRETVAL */
#define _GNU_SOURCE
#include "eval_plan.h"

#include <ftw.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "manifest.h"

/* ---------------------------------------------------------------- benchmarks */

static enum mrl_status push_bench(struct mrl_bench_list *l, const struct mrl_eval_bench *b, struct mrl_err *err) {
  for (int i = 0; i < l->n; ++i)
    if (!strcmp(l->b[i].id, b->id)) {
      if (!strcmp(l->b[i].path, b->path)) return MRL_OK; /* selected twice */
      return mrl_fail(err, MRL_EINVAL, "two benchmarks have the id '%s' (%s and %s)", b->id, l->b[i].path, b->path);
    }
  if (l->n == l->cap) {
    int cap = l->cap ? 2 * l->cap : 64;
    struct mrl_eval_bench *g = realloc(l->b, (size_t)cap * sizeof *g);
    if (!g) return mrl_fail(err, MRL_ENOMEM, "out of memory");
    l->b = g;
    l->cap = cap;
  }
  l->b[l->n++] = *b;
  return MRL_OK;
}

static int passes(const struct mrl_bench_filter *f, const char *id, const char *scale) {
  return (!f->scale || !strcmp(f->scale, scale)) && (!f->match || strstr(id, f->match));
}

static void from_entry(const struct mrl_manifest *m, const char *manifest_path, const struct mrl_manifest_entry *e,
                       struct mrl_eval_bench *b) {
  memset(b, 0, sizeof *b);
  snprintf(b->id, sizeof b->id, "%s", e->id);
  snprintf(b->path, sizeof b->path, "%s", e->path);
  snprintf(b->suite, sizeof b->suite, "%s", m->suite);
  snprintf(b->manifest, sizeof b->manifest, "%s", manifest_path);
  snprintf(b->element_type, sizeof b->element_type, "%s", e->element_type);
}

/* The manifest file's path for a suite folder or manifest path. */
static void manifest_file(const char *path, char *out, size_t n) {
  struct stat st;
  if (stat(path, &st) == 0 && S_ISDIR(st.st_mode))
    snprintf(out, n, "%s/manifest.json", path);
  else
    snprintf(out, n, "%s", path);
  char real[PATH_MAX];
  if (realpath(out, real)) snprintf(out, n, "%s", real);
}

enum mrl_status mrl_benches_add_suite(struct mrl_bench_list *l, const char *spec, const struct mrl_bench_filter *f,
                                      struct mrl_err *err) {
  char dir[4096];
  snprintf(dir, sizeof dir, "%s", spec);
  const char *split = NULL;
  char *colon = strrchr(dir, ':');
  if (colon && !strchr(colon, '/')) {
    *colon = '\0';
    split = colon + 1;
    if (strcmp(split, "train") && strcmp(split, "validation") && strcmp(split, "test"))
      return mrl_fail(err, MRL_EINVAL, "--suite %s: split '%s' is not train, validation or test", spec, split);
  }
  char mpath[4200];
  manifest_file(dir, mpath, sizeof mpath);
  struct mrl_manifest *m = NULL;
  enum mrl_status s = mrl_manifest_load(mpath, &m, err);
  if (s != MRL_OK) return s;
  int added = 0;
  for (int i = 0; s == MRL_OK && i < m->n; ++i) {
    const struct mrl_manifest_entry *e = &m->entries[i];
    if ((split && strcmp(split, e->split)) || !passes(f, e->id, e->scale)) continue;
    struct mrl_eval_bench b;
    from_entry(m, mpath, e, &b);
    s = push_bench(l, &b, err);
    ++added;
  }
  mrl_manifest_free(m);
  if (s == MRL_OK && added == 0) return mrl_fail(err, MRL_EINVAL, "--suite %s: no benchmark is selected", spec);
  return s;
}

static char *trim(char *s) {
  char *h = strchr(s, '#');
  if (h) *h = '\0';
  while (*s == ' ' || *s == '\t') ++s;
  size_t n = strlen(s);
  while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\n' || s[n - 1] == '\r')) s[--n] = '\0';
  return s;
}

/* Looks id up in ROOT/suites/<suite>/manifest.json, keeping the last manifest loaded. */
static enum mrl_status add_listed(struct mrl_bench_list *l, const char *root, const char *id,
                                  const struct mrl_bench_filter *f, struct mrl_manifest **cache, char *cache_path,
                                  size_t cache_n, const char *where, struct mrl_err *err) {
  const char *slash = strchr(id, '/');
  if (!slash) return mrl_fail(err, MRL_EINVAL, "%s: '%s' is not a benchmark id (suite/...)", where, id);
  char mpath[4400];
  snprintf(mpath, sizeof mpath, "%s/suites/%.*s/manifest.json", root, (int)(slash - id), id);
  if (!*cache || strcmp(cache_path, mpath)) {
    mrl_manifest_free(*cache);
    *cache = NULL;
    enum mrl_status s = mrl_manifest_load(mpath, cache, err);
    if (s != MRL_OK) return s;
    snprintf(cache_path, cache_n, "%s", mpath);
  }
  for (int i = 0; i < (*cache)->n; ++i) {
    const struct mrl_manifest_entry *e = &(*cache)->entries[i];
    if (strcmp(e->id, id)) continue;
    if (!passes(f, e->id, e->scale)) return MRL_OK;
    struct mrl_eval_bench b;
    from_entry(*cache, mpath, e, &b);
    return push_bench(l, &b, err);
  }
  return mrl_fail(err, MRL_EINVAL, "%s: no benchmark '%s' in %s", where, id, mpath);
}

enum mrl_status mrl_benches_add_list(struct mrl_bench_list *l, const char *list_path, const struct mrl_bench_filter *f,
                                     struct mrl_err *err) {
  char real[PATH_MAX];
  if (!realpath(list_path, real)) return mrl_fail(err, MRL_EIO, "--list %s: cannot read it", list_path);
  /* ROOT: the folder above the list's folder (suites/quick.list -> the repository). */
  char root[PATH_MAX];
  snprintf(root, sizeof root, "%s", real);
  for (int up = 0; up < 2; ++up) {
    char *sl = strrchr(root, '/');
    if (sl) *sl = '\0';
  }
  FILE *fp = fopen(real, "r");
  if (!fp) return mrl_fail(err, MRL_EIO, "--list %s: cannot read it", list_path);
  char line[1024], mpath[4400] = "";
  struct mrl_manifest *cache = NULL;
  enum mrl_status s = MRL_OK;
  int lineno = 0, added = 0;
  while (s == MRL_OK && fgets(line, sizeof line, fp)) {
    ++lineno;
    char *id = trim(line);
    if (!*id) continue;
    char where[4200];
    snprintf(where, sizeof where, "%s:%d", list_path, lineno);
    s = add_listed(l, root, id, f, &cache, mpath, sizeof mpath, where, err);
    ++added;
  }
  fclose(fp);
  mrl_manifest_free(cache);
  if (s == MRL_OK && added == 0) return mrl_fail(err, MRL_EINVAL, "--list %s: no benchmark id in it", list_path);
  return s;
}

/* nftw has no user pointer: the walk's state lives here for its duration. */
static struct {
  struct mrl_bench_list *l;
  const struct mrl_bench_filter *f;
  size_t root_len;
  enum mrl_status s;
  struct mrl_err *err;
} walk;

static int add_file(const char *path, size_t root_len) {
  struct mrl_eval_bench b;
  memset(&b, 0, sizeof b);
  const char *rel = path + root_len;
  while (*rel == '/') ++rel;
  size_t n = strlen(rel);
  snprintf(b.id, sizeof b.id, "%.*s", (int)(n > 5 ? n - 5 : n), rel);
  snprintf(b.path, sizeof b.path, "%s", path);
  if (!passes(walk.f, b.id, "")) return 0;
  walk.s = push_bench(walk.l, &b, walk.err);
  return walk.s != MRL_OK;
}

static int on_file(const char *path, const struct stat *st, int type, struct FTW *ftw) {
  (void)st;
  if (type == FTW_D && !strcmp(path + ftw->base, "schedules")) return FTW_SKIP_SUBTREE;
  size_t len = strlen(path);
  if (type != FTW_F || len < 5 || strcmp(path + len - 5, ".mlir")) return FTW_CONTINUE;
  return add_file(path, walk.root_len) ? FTW_STOP : FTW_CONTINUE;
}

enum mrl_status mrl_benches_add_path(struct mrl_bench_list *l, const char *path, const struct mrl_bench_filter *f,
                                     struct mrl_err *err) {
  struct stat st;
  if (stat(path, &st) != 0) return mrl_fail(err, MRL_EIO, "%s: no such file or folder", path);
  walk.l = l;
  walk.f = f;
  walk.s = MRL_OK;
  walk.err = err;
  int before = l->n;
  if (S_ISDIR(st.st_mode)) {
    size_t n = strlen(path);
    while (n > 1 && path[n - 1] == '/') --n;
    walk.root_len = n;
    nftw(path, on_file, 16, FTW_PHYS | FTW_ACTIONRETVAL);
    if (walk.s == MRL_OK && l->n == before)
      return mrl_fail(err, MRL_EINVAL, "%s: no .mlir benchmark in this folder", path);
    return walk.s;
  }
  const char *base = strrchr(path, '/');
  add_file(path, base ? (size_t)(base - path + 1) : 0);
  return walk.s;
}

void mrl_benches_free(struct mrl_bench_list *l) {
  free(l->b);
  memset(l, 0, sizeof *l);
}
