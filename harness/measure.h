/* The timing protocol: warm-up, calibrated inner iterations, several samples, with the
 * baseline and the candidate workers sampled alternately (ABBA order) so that machine drift
 * hits both alike.
 *
 * Ownership: the sample arrays of struct mrl_timing are owned by it (mrl_timing_free). */
#ifndef MRL_MEASURE_H
#define MRL_MEASURE_H

#include "stats.h"
#include "worker.h"

struct mrl_measure_opts {
  int samples;          /* wanted samples per version (at least 3 are kept when time allows) */
  int warmup;           /* calls before calibration */
  double min_sample_ms; /* a sample lasts at least this long */
  double budget_s;      /* cap on timed seconds per version; fewer samples when exceeded */
};

struct mrl_timing {
  int measured;   /* 0 when this version was not timed */
  int64_t iters;  /* calls per sample */
  int n;          /* samples taken */
  double *ns;     /* time per call of each sample, in order taken */
  struct mrl_summary summary;
  double timed_ms; /* wall time spent inside timed calls (calibration included) */
};

void mrl_measure_default_opts(struct mrl_measure_opts *o);

/* Times both workers; either may be NULL (that side is not timed). On a worker failure the
 * timing of the other is still returned as far as it got; the failing worker's outcome tells
 * why, and the error returned is the first failing side's (baseline first). */
enum mrl_status mrl_measure_pair(struct mrl_worker *base, struct mrl_worker *cand,
                                 const struct mrl_measure_opts *o, struct mrl_timing *tb,
                                 struct mrl_timing *tc, struct mrl_err *err);

void mrl_timing_free(struct mrl_timing *t);

#endif
