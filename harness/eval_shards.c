#include "eval_shards.h"

#include <dirent.h>
#include <fcntl.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

void mrl_eval_shard_path(const char *out, int rank, char *buf, size_t n) {
  snprintf(buf, n, "%s/shards/rank-%d.jsonl", out, rank);
}

/* The shard files of OUT, sorted by name; *n of them, each malloc'd, as is the array. */
static char **list_shards(const char *out, int *n) {
  *n = 0;
  char dir[4200];
  snprintf(dir, sizeof dir, "%s/shards", out);
  DIR *d = opendir(dir);
  if (!d) return NULL;
  char **v = NULL;
  int cap = 0;
  for (struct dirent *e; (e = readdir(d));) {
    size_t len = strlen(e->d_name);
    if (strncmp(e->d_name, "rank-", 5) || len < 7 || strcmp(e->d_name + len - 6, ".jsonl")) continue;
    if (*n == cap) {
      cap = cap ? 2 * cap : 16;
      char **g = realloc(v, (size_t)cap * sizeof *v);
      if (!g) break;
      v = g;
    }
    size_t plen = strlen(dir) + len + 2;
    if (!(v[*n] = malloc(plen))) break;
    snprintf(v[*n], plen, "%s/%s", dir, e->d_name);
    ++*n;
  }
  closedir(d);
  for (int i = 1; i < *n; ++i) /* a handful of files: insertion sort */
    for (int j = i; j > 0 && strcmp(v[j - 1], v[j]) > 0; --j) {
      char *t = v[j];
      v[j] = v[j - 1];
      v[j - 1] = t;
    }
  return v;
}

static void free_list(char **v, int n) {
  for (int i = 0; i < n; ++i)
    free(v[i]);
  free(v);
}

int mrl_eval_shards_exist(const char *out) {
  int n;
  char **files = list_shards(out, &n);
  free_list(files, n);
  return n > 0;
}

/* ---------------------------------------------------------------- merging */

struct line {
  char *text; /* with its newline */
  char *key;  /* "method\tid" */
  long order; /* benchmark index * methods + method index; past the plan: read order */
};

static char *key_of(const char *text) {
  json_t *j = json_loads(text, 0, NULL);
  const char *id = json_string_value(json_object_get(json_object_get(j, "benchmark"), "id"));
  const char *m = json_string_value(json_object_get(json_object_get(j, "eval"), "method"));
  char *k = NULL;
  if (id && m) {
    size_t len = strlen(id) + strlen(m) + 2;
    if ((k = malloc(len))) snprintf(k, len, "%s\t%s", m, id);
  }
  json_decref(j);
  return k;
}

struct lines {
  struct line *v;
  int n, cap;
};

static int has_key(const struct lines *l, const char *key) {
  for (int i = 0; i < l->n; ++i)
    if (!strcmp(l->v[i].key, key)) return 1;
  return 0;
}

/* Reads the whole lines of path (a last line without newline is left out); with seen, only
 * those whose key neither seen nor l holds. */
static enum mrl_status read_lines(const char *path, struct lines *l, const struct lines *seen,
                                  struct mrl_err *err) {
  FILE *f = fopen(path, "r");
  if (!f) return MRL_OK;
  char *buf = NULL;
  size_t cap = 0;
  ssize_t len;
  enum mrl_status s = MRL_OK;
  while (s == MRL_OK && (len = getline(&buf, &cap, f)) > 0) {
    if (buf[len - 1] != '\n') break;
    char *key = key_of(buf);
    if (!key || (seen && (has_key(seen, key) || has_key(l, key)))) {
      free(key);
      continue;
    }
    if (l->n == l->cap) {
      int nc = l->cap ? 2 * l->cap : 64;
      struct line *g = realloc(l->v, (size_t)nc * sizeof *g);
      if (!g) {
        free(key);
        s = mrl_fail(err, MRL_ENOMEM, "out of memory");
        break;
      }
      l->v = g;
      l->cap = nc;
    }
    l->v[l->n].text = strdup(buf);
    l->v[l->n].key = key;
    l->v[l->n].order = 0;
    if (!l->v[l->n].text) {
      free(key);
      s = mrl_fail(err, MRL_ENOMEM, "out of memory");
      break;
    }
    ++l->n;
  }
  free(buf);
  fclose(f);
  return s;
}

static void free_lines(struct lines *l) {
  for (int i = 0; i < l->n; ++i) {
    free(l->v[i].text);
    free(l->v[i].key);
  }
  free(l->v);
}

static long plan_order(const char *key, const struct mrl_bench_list *b, const struct mrl_method_list *m,
                       long read) {
  const char *tab = strchr(key, '\t');
  if (!tab) return read;
  long nm = m->n, past = (long)b->n * nm;
  for (int i = 0; i < b->n; ++i) {
    if (strcmp(b->b[i].id, tab + 1)) continue;
    for (int k = 0; k < m->n; ++k)
      if (strlen(m->m[k].name) == (size_t)(tab - key) && !strncmp(m->m[k].name, key, (size_t)(tab - key)))
        return i * nm + k;
  }
  return past + read;
}

static int by_order(const void *a, const void *b) {
  long x = ((const struct line *)a)->order, y = ((const struct line *)b)->order;
  return (x > y) - (x < y);
}

static enum mrl_status write_all(int fd, const char *s, size_t n) {
  while (n) {
    ssize_t w = write(fd, s, n);
    if (w <= 0) return MRL_EIO;
    s += w;
    n -= (size_t)w;
  }
  return MRL_OK;
}

enum mrl_status mrl_eval_shards_merge(const char *out, const char *results,
                                      const struct mrl_bench_list *benches,
                                      const struct mrl_method_list *methods, int *added,
                                      struct mrl_err *err) {
  *added = 0;
  int nfiles;
  char **files = list_shards(out, &nfiles);
  if (nfiles == 0) {
    free_list(files, nfiles);
    return MRL_OK;
  }
  struct lines have = {0}, more = {0};
  enum mrl_status s = read_lines(results, &have, NULL, err);
  for (int i = 0; s == MRL_OK && i < nfiles; ++i)
    s = read_lines(files[i], &more, &have, err);
  for (int i = 0; i < more.n; ++i)
    more.v[i].order = plan_order(more.v[i].key, benches, methods, i);
  qsort(more.v, (size_t)more.n, sizeof *more.v, by_order);
  char tmp[4300];
  snprintf(tmp, sizeof tmp, "%s.merging", results);
  int fd = s == MRL_OK ? open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644) : -1;
  if (s == MRL_OK && fd < 0) s = mrl_fail(err, MRL_EIO, "%s: cannot write it", tmp);
  for (int i = 0; s == MRL_OK && i < have.n; ++i)
    if (write_all(fd, have.v[i].text, strlen(have.v[i].text)) != MRL_OK)
      s = mrl_fail(err, MRL_EIO, "%s: write failed", tmp);
  for (int i = 0; s == MRL_OK && i < more.n; ++i)
    if (write_all(fd, more.v[i].text, strlen(more.v[i].text)) != MRL_OK)
      s = mrl_fail(err, MRL_EIO, "%s: write failed", tmp);
  if (fd >= 0 && fsync(fd) != 0 && s == MRL_OK) s = mrl_fail(err, MRL_EIO, "%s: fsync failed", tmp);
  if (fd >= 0) close(fd);
  if (s == MRL_OK && rename(tmp, results) != 0) s = mrl_fail(err, MRL_EIO, "cannot replace %s", results);
  if (s != MRL_OK) unlink(tmp);
  if (s == MRL_OK) {
    for (int i = 0; i < nfiles; ++i)
      unlink(files[i]);
    char dir[4200];
    snprintf(dir, sizeof dir, "%s/shards", out);
    rmdir(dir);
    *added = more.n;
  }
  free_lines(&have);
  free_lines(&more);
  free_list(files, nfiles);
  return s;
}
