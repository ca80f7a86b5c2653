/* One evaluation: the default pipeline and a candidate compiled in isolated workers, the
 * candidate's outputs checked element by element against the default pipeline's, both timed
 * under a measurement profile (profile.h), events counted, and everything written into a
 * record. `mlirrl run`, `suite run` and the environment's reward all go through here.
 *
 * What a run knows of a benchmark's default pipeline is kept by the caller in a struct
 * mrl_baseline between evaluations of that benchmark: its reference outputs (from a worker of
 * this run), the magnitudes of those outputs once the check needed them (verify.h; also kept
 * in the on-disk cache, keyed by benchmark content, LLVM version, pipeline and seed), and its
 * timing (the train profile reuses it until it has aged; the eval profile re-times it with
 * every candidate). Reference outputs are never read from disk: the default pipeline runs in
 * the same run as the candidate it judges.
 *
 * Ownership: the record's borrowed sample arrays point into *keep (fresh timings) or into the
 * baseline (a reused baseline timing); the caller releases keep with mrl_eval_keep_free after
 * writing the record and the baseline with mrl_baseline_free when done with the benchmark. */
#ifndef MRL_EVALUATE_H
#define MRL_EVALUATE_H

#include "cache.h"
#include "cli.h"
#include "measure.h"
#include "prepare.h"
#include "profile.h"
#include "record.h"

struct mrl_eval_opts {
  struct mrl_cli_common common;
  const struct mrl_profile *profile;
  struct mrl_measure_opts measure; /* the profile's values, with the command line's on top */
  unsigned overrides;              /* which of measure's fields the command line set */
  int counters;                    /* run the counter pass */
  struct mrl_cache cache;          /* magnitudes (and the environment's measurements); dir "" = none */
  int retries;                     /* re-runs of a transient failure (timeout, out of memory) */
  int perturb;                     /* test-only: corrupt the candidate's first output */
};

struct mrl_eval_keep {
  struct mrl_timing base, cand;
};

/* The default pipeline of one benchmark, for one seed and thread count, as far as this run
 * knows it. Zeroed (mrl_baseline_init) it knows nothing; mrl_evaluate fills it. */
struct mrl_baseline {
  char sha256[MRL_SHA256_HEX_LEN];
  uint64_t seed;
  int threads;
  unsigned char *outputs; /* every output argument, one after the other */
  size_t out_offset[MRL_MAX_ARGS];
  double *mag; /* magnitude of every output element (floats only), same order */
  size_t mag_offset[MRL_MAX_ARGS];
  int mag_state; /* 0 not tried, 1 available, -1 unavailable (mag_note says why) */
  char mag_note[MRL_RECORD_NOTE_MAX];
  double *ns; /* kept timing samples, n of them, iters calls each */
  int n;
  int64_t iters;
  double timed_at_s; /* CLOCK_MONOTONIC seconds when the samples were taken */
  char timed_utc[32];
};

void mrl_baseline_init(struct mrl_baseline *b);
void mrl_baseline_free(struct mrl_baseline *b);

void mrl_eval_default_opts(struct mrl_eval_opts *o);

/* The options every measuring command shares: --profile eval|train, --samples --warmup
 * --min-sample-ms --budget (override the profile), --retries N, --cache DIR, --cache-limit-mb MB, the flags
 * --no-counters --no-cache (list MRL_EVAL_FLAGS among the command's flags), and the worker
 * options of cli.h. Returns 1 when handled, 0 when `name` is none of them, -1 on a bad value
 * (reported on stderr). */
#define MRL_EVAL_FLAGS "no-counters", "no-cache"
int mrl_eval_option(struct mrl_eval_opts *o, const char *name, const char *value);
/* Selects a profile, keeping the values the command line set. */
void mrl_eval_set_profile(struct mrl_eval_opts *o, const struct mrl_profile *p);

#define MRL_EVAL_HELP                                                                                        \
  "  --profile P            measurement profile: eval (default; full interleaved protocol)\n"                \
  "                         or train (3 short samples, baseline reused within a run)\n"                      \
  "  --samples N            timed samples per version (eval 10, train 3)\n"                                  \
  "  --warmup N             calls before calibration (eval 2, train 1)\n"                                    \
  "  --min-sample-ms MS     minimum duration of one sample (eval 20, train 5)\n"                             \
  "  --budget SEC           timed seconds per version before samples are cut (eval 30)\n"                    \
  "  --retries N            measure again after a timeout or running out of memory (run 0,\n"                \
  "                         episodes 1): such outcomes can come from a busy machine\n"                       \
  "  --no-counters          skip the event-counter pass\n"                                                   \
  "  --cache DIR            cache folder (default $MLIRRL_CACHE or ~/.cache/mlirrl)\n"                       \
  "  --cache-limit-mb MB    size limit of the cache, least recently used out first (1024)\n"                 \
  "  --no-cache             do not read or write the cache\n" MRL_CLI_COMMON_HELP

/* script NULL: baseline only. b: the benchmark's baseline state kept between calls, or NULL
 * (a private one is used and freed). Fills rec's outcome, error, measurement, timings,
 * speedup, verification, counters, compile times and overhead; the benchmark, transform and
 * context parts are the caller's. */
void mrl_evaluate(const struct mrl_prepared *p, const char *script, const struct mrl_eval_opts *o,
                  struct mrl_baseline *b, struct mrl_record *rec, struct mrl_eval_keep *keep);

void mrl_eval_keep_free(struct mrl_eval_keep *k);

/* The record's context block: this machine, the thread count and seed, LLVM and mlirrl
 * versions. */
void mrl_eval_fill_context(struct mrl_record *r, const struct mrl_eval_opts *o);

/* 1 when an outcome can come from a busy machine rather than from the schedule: a timeout, or
 * running out of memory. Such outcomes are retried before they are cached. */
int mrl_eval_transient(const struct mrl_record *r);

#endif
