/* The environment's measurer (struct mrl_measurer of mlirrl_env.h) implemented with
 * mrl_evaluate: isolated compile and run, element-wise output check against the default
 * pipeline's outputs of this run, timing under a measurement profile (profile.h; train by
 * default), and one full record per measurement, the same fields `mlirrl run` writes.
 *
 * Per benchmark, the measurer keeps what this run knows of its default pipeline (struct
 * mrl_baseline: reference outputs, magnitudes, and, under the train profile, the baseline
 * timing that later candidates are divided by until it ages), for the few benchmarks used
 * most recently.
 *
 * Measurements are cached on disk (kind "meas" of cache.h), one JSON record per key; the key
 * holds everything that changes the number: benchmark content, schedule and script, LLVM
 * version, lowering pipeline, thread count, seed, profile and its sampling, host and CPU
 * model, and mlirrl's version and revision. A result that can come from a busy machine (a
 * timeout, running out of memory) is measured once more before it is cached, and its record
 * says so. Failures of the benchmark itself or of the harness are never cached.
 *
 * Ownership: mrl_env_measurer_create allocates the measurer; mrl_env_measurer_destroy frees it.
 * What mrl_env_measurer_last_record and mrl_env_measurer_last_json return belongs to the
 * measurer and stays valid until its next measurement. */
#ifndef MRL_ENV_MEASURE_H
#define MRL_ENV_MEASURE_H

#include "evaluate.h"
#include "mlirrl_env.h"

struct mrl_env_measure_opts {
  struct mrl_eval_opts eval; /* profile, threads, seed, limits, sampling, cache */
  int use_cache;             /* read and write the measurement cache (default 1) */
};

/* The train profile, no counters, one retry of a transient failure, the cache on. */
void mrl_env_measure_default_opts(struct mrl_env_measure_opts *o);

struct mrl_env_measurer;

enum mrl_status mrl_env_measurer_create(const struct mrl_env_measure_opts *o, struct mrl_env_measurer **out,
                                        struct mrl_err *err);
void mrl_env_measurer_destroy(struct mrl_env_measurer *m);

/* The vtable to install with mrl_env_set_measurer. */
struct mrl_measurer mrl_env_measurer_vtable(struct mrl_env_measurer *m);

/* The record of the last measurement that ran here (NULL when it came from the cache). */
const struct mrl_record *mrl_env_measurer_last_record(const struct mrl_env_measurer *m);
/* The last measurement's record as one JSON line (no newline), whether it ran here or came
 * from the cache (then its measurement.cached is true); NULL before any measurement. */
const char *mrl_env_measurer_last_json(const struct mrl_env_measurer *m);

/* The cache key of the last measurement (the file name of its entry), "" when none. */
const char *mrl_env_measurer_last_key(const struct mrl_env_measurer *m);
/* The measurement a record of ours stands for (the record JSON a measurer writes and caches),
 * as a cache hit gives it back (the JSON's 15 digits, measurement.cached as it says); 0 when
 * the text is not such a record. */
int mrl_env_measurement_from_json(const char *json, struct mrl_measurement *out);
/* Stores a measurement made elsewhere (another rank's, key and record JSON as it wrote them)
 * in this measurer's cache, unless the cache holds the key already. Best effort. */
void mrl_env_measurer_adopt(struct mrl_env_measurer *m, const char *key, const char *json);

/* The wall-clock limit of one worker step for the next measurements (a trainer gives each
 * benchmark its own, from its default pipeline's time). */
void mrl_env_measurer_set_timeout(struct mrl_env_measurer *m, double timeout_s);

/* Counters since creation: measurements asked for, and how many the cache answered. */
void mrl_env_measurer_counts(const struct mrl_env_measurer *m, int *asked, int *cached);

#endif
