/* One evaluation: the default pipeline and a candidate compiled in isolated workers, the
 * candidate's outputs checked against the reference, both timed interleaved, events counted,
 * and everything written into a record. `mlirrl run` and the environment's reward both go
 * through here.
 *
 * The reference outputs (the default pipeline's, for the seed) are cached on disk keyed by
 * benchmark content, LLVM version and seed, so that a candidate can be checked without
 * running the baseline again (time_baseline = 0).
 *
 * Ownership: the record's borrowed sample arrays point into *keep, which the caller releases
 * with mrl_eval_keep_free after writing the record. */
#ifndef MRL_EVALUATE_H
#define MRL_EVALUATE_H

#include "cli.h"
#include "measure.h"
#include "prepare.h"
#include "record.h"

struct mrl_eval_opts {
  struct mrl_cli_common common;
  struct mrl_measure_opts measure;
  int counters;          /* run the counter pass */
  int time_baseline;     /* 0: time the candidate only (the reference outputs still checked) */
  const char *cache_dir; /* reference-output cache; NULL: no cache */
  int perturb;           /* test-only: corrupt the candidate's first output */
};

struct mrl_eval_keep {
  struct mrl_timing base, cand;
};

void mrl_eval_default_opts(struct mrl_eval_opts *o);

/* The options every measuring command shares: --samples --warmup --min-sample-ms --budget
 * --cache DIR, the flags --no-counters --no-cache (list MRL_EVAL_FLAGS among the command's
 * flags), and the worker options of cli.h. Returns 1 when handled, 0 when `name` is none of
 * them, -1 on a bad value (reported on stderr). */
#define MRL_EVAL_FLAGS "no-counters", "no-cache"
int mrl_eval_option(struct mrl_eval_opts *o, const char *name, const char *value);

#define MRL_EVAL_HELP                                                                        \
  "  --samples N            timed samples per version (10)\n"                               \
  "  --warmup N             calls before calibration (2)\n"                                 \
  "  --min-sample-ms MS     minimum duration of one sample (20)\n"                          \
  "  --budget SEC           timed seconds per version before samples are cut (30)\n"        \
  "  --no-counters          skip the event-counter pass\n"                                  \
  "  --cache DIR            reference-output cache (default $MLIRRL_CACHE or ~/.cache/mlirrl)\n" \
  "  --no-cache             do not read or write the cache\n" MRL_CLI_COMMON_HELP

/* Default cache folder: $MLIRRL_CACHE, else $XDG_CACHE_HOME/mlirrl, else ~/.cache/mlirrl. */
const char *mrl_eval_default_cache_dir(void);

/* script NULL: baseline only. Fills rec's outcome, error, timings, speedup, verification,
 * counters, compile times and overhead; the benchmark, transform and context parts are the
 * caller's. */
void mrl_evaluate(const struct mrl_prepared *p, const char *script, const struct mrl_eval_opts *o,
                  struct mrl_record *rec, struct mrl_eval_keep *keep);

void mrl_eval_keep_free(struct mrl_eval_keep *k);

/* The record's context block: this machine, the thread count and seed, LLVM and mlirrl
 * versions. */
void mrl_eval_fill_context(struct mrl_record *r, const struct mrl_eval_opts *o);

#endif
