#include "cache.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

const char *mrl_cache_default_dir(void) {
  static char dir[2048];
  const char *env = getenv("MLIRRL_CACHE");
  const char *xdg = getenv("XDG_CACHE_HOME");
  const char *home = getenv("HOME");
  if (env && *env)
    snprintf(dir, sizeof dir, "%s", env);
  else if (xdg && *xdg)
    snprintf(dir, sizeof dir, "%s/mlirrl", xdg);
  else if (home && *home)
    snprintf(dir, sizeof dir, "%s/.cache/mlirrl", home);
  else
    return NULL;
  return dir;
}

uint64_t mrl_cache_default_limit(void) {
  const char *v = getenv("MLIRRL_CACHE_LIMIT_MB");
  if (v && *v) {
    char *end;
    errno = 0;
    unsigned long long mb = strtoull(v, &end, 10);
    if (!errno && !*end && mb > 0 && mb < (1ull << 40)) return (uint64_t)mb << 20;
  }
  return (uint64_t)MRL_CACHE_DEFAULT_LIMIT_MB << 20;
}

void mrl_cache_init(struct mrl_cache *c, const char *dir, uint64_t limit_bytes) {
  memset(c, 0, sizeof *c);
  if (dir) snprintf(c->dir, sizeof c->dir, "%s", dir);
  c->limit_bytes = limit_bytes;
}

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

/* Keys and kinds become file names: nothing that could leave the folder. */
static int safe_name(const char *s) {
  if (!s || !*s || !strcmp(s, ".") || !strcmp(s, "..")) return 0;
  for (; *s; ++s)
    if (*s == '/' || (unsigned char)*s < 0x20) return 0;
  return 1;
}

static int is_temporary(const char *name) {
  return strstr(name, ".tmp.") != NULL;
}

int mrl_cache_read(const struct mrl_cache *c, const char *kind, const char *key, void **data, size_t *len) {
  *data = NULL;
  if (len) *len = 0;
  if (!c->dir[0] || !safe_name(kind) || !safe_name(key)) return 0;
  char path[4200];
  snprintf(path, sizeof path, "%s/%s/%s", c->dir, kind, key);
  FILE *f = fopen(path, "rb");
  if (!f) return 0;
  struct stat st;
  char *buf = NULL;
  int ok = fstat(fileno(f), &st) == 0 && (buf = malloc((size_t)st.st_size + 1)) != NULL &&
           fread(buf, 1, (size_t)st.st_size, f) == (size_t)st.st_size;
  fclose(f);
  if (!ok) {
    free(buf);
    return 0;
  }
  buf[st.st_size] = '\0';
  utimensat(AT_FDCWD, path, NULL, 0); /* recently used: evicted last */
  *data = buf;
  if (len) *len = (size_t)st.st_size;
  return 1;
}

/* ---------------------------------------------------------------- walking the folder */

struct entry {
  char path[4200];
  uint64_t bytes;
  struct timespec used;
};

struct listing {
  struct entry *e;
  size_t n, cap;
};

/* Lists every entry (temporary files aside) into l and/or counts them into stats; returns the
 * number of kinds seen, -1 on error. */
static int list_entries(const struct mrl_cache *c, struct listing *l, struct mrl_cache_stats *stats) {
  DIR *top = opendir(c->dir);
  if (!top) return errno == ENOENT ? 0 : -1;
  struct dirent *k;
  int nk = 0;
  while ((k = readdir(top))) {
    if (k->d_name[0] == '.') continue;
    char kdir[4200];
    snprintf(kdir, sizeof kdir, "%s/%s", c->dir, k->d_name);
    DIR *d = opendir(kdir);
    if (!d) continue;
    struct mrl_cache_kind_stats *ks = NULL;
    if (stats && stats->nkinds < (int)(sizeof stats->kinds / sizeof stats->kinds[0])) {
      ks = &stats->kinds[stats->nkinds++];
      memset(ks, 0, sizeof *ks);
      snprintf(ks->kind, sizeof ks->kind, "%s", k->d_name);
    }
    ++nk;
    struct dirent *f;
    while ((f = readdir(d))) {
      if (f->d_name[0] == '.' || is_temporary(f->d_name)) continue;
      char path[4200];
      snprintf(path, sizeof path, "%s/%s", kdir, f->d_name);
      struct stat st;
      if (stat(path, &st) != 0 || !S_ISREG(st.st_mode)) continue;
      if (ks) {
        ks->files++;
        ks->bytes += (uint64_t)st.st_size;
      }
      if (stats) {
        stats->files++;
        stats->bytes += (uint64_t)st.st_size;
      }
      if (!l) continue;
      if (l->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 256;
        struct entry *e = realloc(l->e, cap * sizeof *e);
        if (!e) {
          closedir(d);
          closedir(top);
          return -1;
        }
        l->e = e;
        l->cap = cap;
      }
      struct entry *e = &l->e[l->n++];
      snprintf(e->path, sizeof e->path, "%s", path);
      e->bytes = (uint64_t)st.st_size;
      e->used = st.st_mtim;
    }
    closedir(d);
  }
  closedir(top);
  return nk;
}

static int older_first(const void *a, const void *b) {
  const struct entry *x = a, *y = b;
  if (x->used.tv_sec != y->used.tv_sec) return x->used.tv_sec < y->used.tv_sec ? -1 : 1;
  if (x->used.tv_nsec != y->used.tv_nsec) return x->used.tv_nsec < y->used.tv_nsec ? -1 : 1;
  return strcmp(x->path, y->path);
}

enum mrl_status mrl_cache_trim(const struct mrl_cache *c, uint64_t limit, struct mrl_err *err) {
  if (!c->dir[0]) return MRL_OK;
  struct listing l = {NULL, 0, 0};
  struct mrl_cache_stats st;
  memset(&st, 0, sizeof st);
  if (list_entries(c, &l, &st) < 0) {
    free(l.e);
    return mrl_fail(err, MRL_EIO, "cannot list the cache %s: %s", c->dir, strerror(errno));
  }
  uint64_t total = st.bytes;
  if (total > limit) {
    qsort(l.e, l.n, sizeof *l.e, older_first);
    for (size_t i = 0; i < l.n && total > limit; ++i)
      if (unlink(l.e[i].path) == 0 || errno == ENOENT) total -= l.e[i].bytes;
  }
  free(l.e);
  return MRL_OK;
}

enum mrl_status mrl_cache_write(const struct mrl_cache *c, const char *kind, const char *key,
                                const void *const *parts, const size_t *sizes, int n, struct mrl_err *err) {
  if (!c->dir[0]) return mrl_fail(err, MRL_EINVAL, "no cache folder");
  if (!safe_name(kind) || !safe_name(key))
    return mrl_fail(err, MRL_EINVAL, "bad cache key '%s/%s'", kind, key);
  uint64_t total = 0;
  for (int i = 0; i < n; ++i)
    total += sizes[i];
  if (c->limit_bytes && total > c->limit_bytes / 4)
    return mrl_fail(err, MRL_EINVAL, "entry of %llu bytes exceeds a quarter of the cache limit",
                    (unsigned long long)total);
  char dir[4200], path[4300], tmp[4400];
  snprintf(dir, sizeof dir, "%s/%s", c->dir, kind);
  if (mkdirs(dir) != 0) return mrl_fail(err, MRL_EIO, "cannot create %s: %s", dir, strerror(errno));
  snprintf(path, sizeof path, "%s/%s", dir, key);
  snprintf(tmp, sizeof tmp, "%s.tmp.%d", path, (int)getpid());
  FILE *f = fopen(tmp, "wb");
  if (!f) return mrl_fail(err, MRL_EIO, "cannot write %s: %s", tmp, strerror(errno));
  int ok = 1;
  for (int i = 0; ok && i < n; ++i)
    ok = sizes[i] == 0 || fwrite(parts[i], 1, sizes[i], f) == sizes[i];
  ok = (fclose(f) == 0) && ok;
  if (!ok || rename(tmp, path) != 0) {
    int e = errno;
    unlink(tmp);
    return mrl_fail(err, MRL_EIO, "cannot write %s: %s", path, strerror(e));
  }
  return c->limit_bytes ? mrl_cache_trim(c, c->limit_bytes, err) : MRL_OK;
}

enum mrl_status mrl_cache_stats(const struct mrl_cache *c, struct mrl_cache_stats *out, struct mrl_err *err) {
  memset(out, 0, sizeof *out);
  if (!c->dir[0]) return MRL_OK;
  if (list_entries(c, NULL, out) < 0)
    return mrl_fail(err, MRL_EIO, "cannot list the cache %s: %s", c->dir, strerror(errno));
  return MRL_OK;
}

static int remove_files(const char *kdir) {
  DIR *d = opendir(kdir);
  if (!d) return errno == ENOENT ? 0 : -1;
  struct dirent *f;
  int bad = 0;
  while ((f = readdir(d))) {
    if (!strcmp(f->d_name, ".") || !strcmp(f->d_name, "..")) continue;
    char path[4300];
    snprintf(path, sizeof path, "%s/%s", kdir, f->d_name);
    if (unlink(path) != 0 && errno != ENOENT) bad = 1;
  }
  closedir(d);
  rmdir(kdir);
  return bad ? -1 : 0;
}

enum mrl_status mrl_cache_clear(const struct mrl_cache *c, const char *kind, struct mrl_err *err) {
  if (!c->dir[0]) return MRL_OK;
  if (kind && !safe_name(kind)) return mrl_fail(err, MRL_EINVAL, "bad cache kind '%s'", kind);
  char kdir[4200];
  if (kind) {
    snprintf(kdir, sizeof kdir, "%s/%s", c->dir, kind);
    if (remove_files(kdir) != 0) return mrl_fail(err, MRL_EIO, "cannot clear %s: %s", kdir, strerror(errno));
    return MRL_OK;
  }
  DIR *top = opendir(c->dir);
  if (!top)
    return errno == ENOENT ? MRL_OK : mrl_fail(err, MRL_EIO, "cannot open %s: %s", c->dir, strerror(errno));
  struct dirent *k;
  int bad = 0;
  while ((k = readdir(top))) {
    if (k->d_name[0] == '.') continue;
    snprintf(kdir, sizeof kdir, "%s/%s", c->dir, k->d_name);
    struct stat st;
    if (stat(kdir, &st) == 0 && S_ISDIR(st.st_mode)) bad |= remove_files(kdir) != 0;
  }
  closedir(top);
  return bad ? mrl_fail(err, MRL_EIO, "some entries of %s could not be removed", c->dir) : MRL_OK;
}
