/* The on-disk cache: a folder of entries in kinds (sub-folders), bounded in size, evicted least
 * recently used first. Every entry is one file written atomically (temporary file, then
 * rename), so a reader never sees half an entry and concurrent writers of the same key leave
 * one whole copy. A hit touches the file's modification time, which is the recency that
 * eviction goes by.
 *
 * What is kept, and why (see evaluate.h): "meas" holds environment measurements (small JSON
 * records, keyed by everything that changes the number), "mag" the output magnitudes of a
 * benchmark that the output check needs when a candidate's rounding differs from the
 * reference's (recomputing them costs an extra compile). Reference outputs themselves are not
 * kept: every measurement runs the default pipeline in the same run, which gives them.
 *
 * The limit: MLIRRL_CACHE_LIMIT_MB in the environment or --cache-limit-mb, default
 * MRL_CACHE_DEFAULT_LIMIT_MB. An entry larger than a quarter of the limit is not stored.
 *
 * Ownership: struct mrl_cache is a plain value; mrl_cache_read returns a buffer the caller frees. */
#ifndef MRL_CACHE_H
#define MRL_CACHE_H

#include <stddef.h>
#include <stdint.h>

#include "status.h"

#define MRL_CACHE_DEFAULT_LIMIT_MB 1024

struct mrl_cache {
  char dir[2048];
  uint64_t limit_bytes; /* 0: no limit */
};

struct mrl_cache_kind_stats {
  char kind[32];
  uint64_t files, bytes;
};

struct mrl_cache_stats {
  int nkinds;
  struct mrl_cache_kind_stats kinds[8];
  uint64_t files, bytes;
};

/* $MLIRRL_CACHE, else $XDG_CACHE_HOME/mlirrl, else ~/.cache/mlirrl; NULL when none applies. */
const char *mrl_cache_default_dir(void);
/* The limit from $MLIRRL_CACHE_LIMIT_MB (a bad value is ignored), else the default. */
uint64_t mrl_cache_default_limit(void);

void mrl_cache_init(struct mrl_cache *c, const char *dir, uint64_t limit_bytes);

/* 1 and the entry's bytes (*data malloc'd, NUL-terminated for convenience) on a hit, 0 on a
 * miss or an unreadable entry. A hit marks the entry as recently used. */
int mrl_cache_read(const struct mrl_cache *c, const char *kind, const char *key, void **data, size_t *len);

/* Stores the concatenation of n parts under kind/key, then evicts least recently used entries
 * until the cache fits its limit again. Best effort for callers (a lost entry costs a
 * recomputation), but the status says why when it was not stored. */
enum mrl_status mrl_cache_write(const struct mrl_cache *c, const char *kind, const char *key,
                                const void *const *parts, const size_t *sizes, int n, struct mrl_err *err);

/* Evicts least recently used entries (all kinds together) until at most limit bytes remain. */
enum mrl_status mrl_cache_trim(const struct mrl_cache *c, uint64_t limit, struct mrl_err *err);

enum mrl_status mrl_cache_stats(const struct mrl_cache *c, struct mrl_cache_stats *out, struct mrl_err *err);

/* Removes every entry of kind (every kind when NULL), and stale temporary files. */
enum mrl_status mrl_cache_clear(const struct mrl_cache *c, const char *kind, struct mrl_err *err);

#endif
