/* Helpers shared by the environment tests that measure: benchmark lists (the .mlir files of
 * directories and single files, sorted), a scratch cache directory removed at the end, and
 * the measurer settings of the tests (small timing budgets). */
#ifndef MRL_TEST_ENV_COMMON_H
#define MRL_TEST_ENV_COMMON_H

#define _XOPEN_SOURCE 700 /* nftw */
#include <dirent.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "env_measure.h"

struct bench_list {
  int n;
  char paths[64][1024];
};

static int cmp_paths(const void *a, const void *b) {
  return strcmp(a, b);
}

/* Adds path, or every *.mlir directly in it when it is a directory. */
static void bench_list_add(struct bench_list *l, const char *path) {
  struct stat st;
  if (stat(path, &st) != 0) return;
  if (!S_ISDIR(st.st_mode)) {
    if (l->n < 64) snprintf(l->paths[l->n++], sizeof l->paths[0], "%s", path);
    return;
  }
  DIR *d = opendir(path);
  if (!d) return;
  int first = l->n;
  for (struct dirent *e; (e = readdir(d)) != NULL;) {
    size_t len = strlen(e->d_name);
    if (len > 5 && !strcmp(e->d_name + len - 5, ".mlir") && l->n < 64)
      snprintf(l->paths[l->n++], sizeof l->paths[0], "%s/%s", path, e->d_name);
  }
  closedir(d);
  qsort(l->paths[first], (size_t)(l->n - first), sizeof l->paths[0], cmp_paths);
}

static void bench_id(const char *path, char *id, size_t n) {
  const char *b = strrchr(path, '/');
  b = b ? b + 1 : path;
  size_t len = strlen(b);
  if (len > 5 && !strcmp(b + len - 5, ".mlir")) len -= 5;
  snprintf(id, n, "%.*s", (int)len, b);
}

static int rm_entry(const char *p, const struct stat *sb, int flag, struct FTW *ftw) {
  (void)sb;
  (void)flag;
  (void)ftw;
  return remove(p);
}

/* A fresh cache directory for this run (mkdtemp), so that every schedule is really compiled
 * once; removed by scratch_remove. */
static const char *scratch_cache(char *buf, size_t n) {
  const char *tmp = getenv("TMPDIR");
  snprintf(buf, n, "%s/mlirrl-envtest-XXXXXX", tmp && *tmp ? tmp : "/tmp");
  return mkdtemp(buf);
}

static void scratch_remove(const char *dir) {
  if (dir) nftw(dir, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
}

static void test_measure_opts(struct mrl_env_measure_opts *o, const char *cache) {
  mrl_env_measure_default_opts(o);
  mrl_cache_init(&o->eval.cache, cache, o->eval.cache.limit_bytes);
  o->eval.measure.samples = 3;
  o->eval.measure.min_sample_ms = 5;
  o->eval.measure.warmup = 1;
  o->eval.measure.budget_s = 5;
  o->eval.common.timeout_s = 30;
  o->eval.common.compile_timeout_s = 120;
}

#endif
