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
