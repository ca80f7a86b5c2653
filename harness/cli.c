#include "cli.h"

#include <errno.h>
#include <stdio.h>
#include <sys/stat.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

void mrl_cli_common_defaults(struct mrl_cli_common *c) {
  long cores = sysconf(_SC_NPROCESSORS_ONLN);
  long pages = sysconf(_SC_PHYS_PAGES), page = sysconf(_SC_PAGE_SIZE);
  c->threads = cores > 0 ? (int)cores : 1;
  c->seed = 1;
  c->timeout_s = 60;
  c->compile_timeout_s = 300;
  c->mem_limit_mb = pages > 0 && page > 0 ? (uint64_t)pages * (uint64_t)page / (1024 * 1024) * 3 / 4 : 0;
  c->cpu_limit_s = 3600;
}

int mrl_cli_int(const char *name, const char *text, long long min, long long max, long long *out) {
  char *end;
  errno = 0;
  long long v = strtoll(text, &end, 10);
  if (errno || end == text || *end || v < min || v > max) {
    fprintf(stderr, "mlirrl: bad value for --%s: '%s' (expected an integer in [%lld, %lld])\n", name,
            text, min, max);
    return -1;
  }
  *out = v;
  return 0;
}

int mrl_cli_double(const char *name, const char *text, double min, double max, double *out) {
  char *end;
  errno = 0;
  double v = strtod(text, &end);
  if (errno || end == text || *end || !(v >= min && v <= max)) {
    fprintf(stderr, "mlirrl: bad value for --%s: '%s' (expected a number in [%g, %g])\n", name, text,
            min, max);
    return -1;
  }
  *out = v;
  return 0;
}

int mrl_cli_common_option(struct mrl_cli_common *c, const char *name, const char *value) {
  long long v;
  double d;
  if (!strcmp(name, "threads")) {
    if (mrl_cli_int(name, value, 1, 1024, &v)) return -1;
    c->threads = (int)v;
  } else if (!strcmp(name, "seed")) {
    if (mrl_cli_int(name, value, 0, INT64_MAX, &v)) return -1;
    c->seed = (uint64_t)v;
  } else if (!strcmp(name, "timeout")) {
    if (mrl_cli_double(name, value, 0.01, 1e6, &d)) return -1;
    c->timeout_s = d;
  } else if (!strcmp(name, "compile-timeout")) {
    if (mrl_cli_double(name, value, 0.01, 1e6, &d)) return -1;
    c->compile_timeout_s = d;
  } else if (!strcmp(name, "mem-limit")) {
    if (mrl_cli_int(name, value, 0, (long long)1 << 40, &v)) return -1;
    c->mem_limit_mb = (uint64_t)v;
  } else if (!strcmp(name, "cpu-limit")) {
    if (mrl_cli_int(name, value, 0, (long long)1 << 40, &v)) return -1;
    c->cpu_limit_s = (uint64_t)v;
  } else {
    return 0;
  }
  return 1;
}

void mrl_cli_spec_limits(const struct mrl_cli_common *c, struct mrl_worker_spec *spec) {
  spec->threads = c->threads;
  spec->seed = c->seed;
  spec->run_timeout_s = c->timeout_s;
  spec->compile_timeout_s = c->compile_timeout_s;
  spec->mem_limit_bytes = c->mem_limit_mb * 1024 * 1024;
  spec->cpu_limit_s = c->cpu_limit_s;
}

void mrl_cli_iter_init(struct mrl_cli_iter *it, int argc, char **argv, const char *const *flags) {
  it->argc = argc;
  it->argv = argv;
  it->i = 0;
  it->flags = flags;
}

static int is_flag(const struct mrl_cli_iter *it, const char *name) {
  for (const char *const *f = it->flags; f && *f; ++f)
    if (!strcmp(*f, name)) return 1;
  return 0;
}

int mrl_cli_next(struct mrl_cli_iter *it, const char **name, const char **value) {
  if (it->i >= it->argc) return 0;
  const char *a = it->argv[it->i++];
  if (strncmp(a, "--", 2) != 0 || a[2] == '\0') {
    *name = NULL;
    *value = a;
    return 1;
  }
  const char *eq = strchr(a + 2, '=');
  size_t len = eq ? (size_t)(eq - a - 2) : strlen(a + 2);
  if (len >= sizeof it->namebuf) {
    fprintf(stderr, "mlirrl: unknown option '%s'\n", a);
    return -1;
  }
  memcpy(it->namebuf, a + 2, len);
  it->namebuf[len] = '\0';
  *name = it->namebuf;
  if (is_flag(it, it->namebuf)) {
    if (eq) {
      fprintf(stderr, "mlirrl: option --%s takes no value\n", it->namebuf);
      return -1;
    }
    *value = NULL;
    return 1;
  }
  if (eq) {
    *value = eq + 1;
  } else if (it->i < it->argc) {
    *value = it->argv[it->i++];
  } else {
    fprintf(stderr, "mlirrl: option --%s needs a value\n", it->namebuf);
    return -1;
  }
  return 1;
}

int mrl_cli_make_dirs(const char *path) {
  char p[4096];
  snprintf(p, sizeof p, "%s", path);
  for (char *c = p + 1;; ++c) {
    if (*c != '/' && *c != '\0') continue;
    char keep = *c;
    *c = '\0';
    if (mkdir(p, 0777) != 0 && errno != EEXIST) return -1;
    *c = keep;
    if (!keep) return 0;
  }
}
