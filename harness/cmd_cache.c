/* mlirrl cache show | clear [--kind K] | trim [--limit-mb MB]: the on-disk cache (cache.h).
 *   show   the folder, its limit, and per kind the entries and bytes it holds;
 *   clear  removes every entry (or those of one kind: meas, mag);
 *   trim   evicts least recently used entries until the cache fits the limit. */
#include <stdio.h>
#include <string.h>

#include "cache.h"
#include "cli.h"
#include "commands.h"

static void usage(FILE *f) {
  fprintf(f,
          "usage: mlirrl cache show|clear|trim [--cache DIR] [--kind K] [--limit-mb MB]\n"
          "The cache holds environment measurements (kind meas) and output magnitudes for the\n"
          "output check (kind mag), least recently used out first beyond its size limit.\n"
          "  --cache DIR     the cache folder (default $MLIRRL_CACHE or ~/.cache/mlirrl)\n"
          "  --kind K        (clear) only entries of kind K\n"
          "  --limit-mb MB   (trim) the size to trim to (default $MLIRRL_CACHE_LIMIT_MB or %d)\n",
          MRL_CACHE_DEFAULT_LIMIT_MB);
}

static const char *human(unsigned long long bytes, char *buf, size_t n) {
  if (bytes >= 1ull << 30)
    snprintf(buf, n, "%.2f GiB", (double)bytes / (1ull << 30));
  else if (bytes >= 1ull << 20)
    snprintf(buf, n, "%.1f MiB", (double)bytes / (1ull << 20));
  else if (bytes >= 1ull << 10)
    snprintf(buf, n, "%.1f KiB", (double)bytes / (1ull << 10));
  else
    snprintf(buf, n, "%llu B", bytes);
  return buf;
}

static int show(const struct mrl_cache *c) {
  struct mrl_cache_stats st;
  struct mrl_err e;
  if (mrl_cache_stats(c, &st, &e) != MRL_OK) {
    fprintf(stderr, "mlirrl cache: %s\n", e.msg);
    return MRL_EXIT_FAILED;
  }
  char a[32], b[32];
  printf("cache %s: %llu entries, %s of %s\n", c->dir, (unsigned long long)st.files,
         human(st.bytes, a, sizeof a), human(c->limit_bytes, b, sizeof b));
  for (int i = 0; i < st.nkinds; ++i)
    printf("  %-8s %8llu entries  %12s\n", st.kinds[i].kind, (unsigned long long)st.kinds[i].files,
           human(st.kinds[i].bytes, a, sizeof a));
  return MRL_EXIT_OK;
}

int mrl_cmd_cache(int argc, char **argv) {
  static const char *const flags[] = {"help", NULL};
  const char *action = NULL, *dir = mrl_cache_default_dir(), *kind = NULL;
  unsigned long long limit = mrl_cache_default_limit();
  struct mrl_cli_iter it;
  const char *name, *value;
  int r;
  mrl_cli_iter_init(&it, argc, argv, flags);
  while ((r = mrl_cli_next(&it, &name, &value)) > 0) {
    long long v;
    if (!name) {
      if (action) {
        fprintf(stderr, "mlirrl cache: one action only ('%s')\n", value);
        return MRL_EXIT_USAGE;
      }
      action = value;
    } else if (!strcmp(name, "help")) {
      usage(stdout);
      return MRL_EXIT_OK;
    } else if (!strcmp(name, "cache")) {
      dir = value;
    } else if (!strcmp(name, "kind")) {
      kind = value;
    } else if (!strcmp(name, "limit-mb")) {
      if (mrl_cli_int(name, value, 0, 1LL << 30, &v)) return MRL_EXIT_USAGE;
      limit = (unsigned long long)v << 20;
    } else {
      fprintf(stderr, "mlirrl cache: unknown option --%s\n", name);
      return MRL_EXIT_USAGE;
    }
  }
  if (r < 0) return MRL_EXIT_USAGE;
  if (!action || (strcmp(action, "show") && strcmp(action, "clear") && strcmp(action, "trim"))) {
    usage(stderr);
    return MRL_EXIT_USAGE;
  }
  if (!dir) {
    fprintf(stderr, "mlirrl cache: no cache folder (set MLIRRL_CACHE or HOME, or give --cache)\n");
    return MRL_EXIT_USAGE;
  }
  struct mrl_cache c;
  mrl_cache_init(&c, dir, limit);
  struct mrl_err e = {{0}};
  enum mrl_status s = MRL_OK;
  if (!strcmp(action, "clear"))
    s = mrl_cache_clear(&c, kind, &e);
  else if (!strcmp(action, "trim"))
    s = mrl_cache_trim(&c, limit, &e);
  if (s != MRL_OK) {
    fprintf(stderr, "mlirrl cache: %s\n", e.msg);
    return MRL_EXIT_FAILED;
  }
  return show(&c);
}
