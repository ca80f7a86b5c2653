/* The environment's measurer (struct mrl_measurer of mlirrl_env.h) implemented with
 * mrl_evaluate: isolated compile and run, output check against the default pipeline's
 * reference outputs, timing.
 *
 * Measurements are cached on disk, one small JSON file per key under <cache>/env/, the key
 * being the SHA-256 of (benchmark content hash, LLVM version, pipeline, threads, seed,
 * sampling budget, schedule text, script body), so that a schedule seen before is not
 * compiled again.
 *
 * Timing: by default the default pipeline is timed once per benchmark (cached on disk as
 * well) and each candidate is timed alone, its outputs checked against the cached reference
 * outputs; speedup = baseline median / candidate median, without a confidence interval.
 * With interleave set, every measurement times both, interleaved, as `mlirrl run` does.
 *
 * Ownership: mrl_env_measurer_create allocates the measurer; mrl_env_measurer_destroy frees it.
 * The record returned by mrl_env_measurer_last_record belongs to the measurer and stays valid
 * until its next measurement. */
#ifndef MRL_ENV_MEASURE_H
#define MRL_ENV_MEASURE_H

#include "evaluate.h"
#include "mlirrl_env.h"

struct mrl_env_measure_opts {
  struct mrl_eval_opts eval; /* threads, seed, limits, sampling; cache_dir for both caches */
  int interleave;            /* time the baseline with every candidate */
  int use_cache;             /* read and write the measurement cache (default 1) */
};

void mrl_env_measure_default_opts(struct mrl_env_measure_opts *o);

struct mrl_env_measurer;

enum mrl_status mrl_env_measurer_create(const struct mrl_env_measure_opts *o, struct mrl_env_measurer **out,
                                        struct mrl_err *err);
void mrl_env_measurer_destroy(struct mrl_env_measurer *m);

/* The vtable to install with mrl_env_set_measurer. */
struct mrl_measurer mrl_env_measurer_vtable(struct mrl_env_measurer *m);

/* The record of the last measurement that ran (NULL when it came from the cache). */
const struct mrl_record *mrl_env_measurer_last_record(const struct mrl_env_measurer *m);

/* Counters since creation: measurements asked for, and how many the cache answered. */
void mrl_env_measurer_counts(const struct mrl_env_measurer *m, int *asked, int *cached);

#endif
