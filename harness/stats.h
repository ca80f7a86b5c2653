/* Robust statistics over timing samples, and the speedup estimate with its bootstrap confidence
 * interval that every record reports.
 *
 * Ownership: inputs are borrowed and never modified; scratch memory is allocated and freed
 * inside each call; results are plain values written into caller-owned structs. */
#ifndef MRL_STATS_H
#define MRL_STATS_H

#include <stddef.h>
#include <stdint.h>

#include "status.h"

struct mrl_summary {
  size_t n;
  double median;
  double min, max;
  double mean;
  double stddev; /* sample standard deviation (n - 1); 0 when n == 1 */
  double cv;     /* stddev / mean; NaN when mean == 0 */
  double mad;    /* median absolute deviation from the median, unscaled (no 1.4826) */
  double q1, q3; /* quantiles 0.25 and 0.75, type 7 (numpy's default) */
};

struct mrl_speedup {
  double point;       /* median(baseline) / median(candidate) */
  double lo, hi;      /* percentile-bootstrap interval at `level` */
  double level;       /* e.g. 0.95 */
  unsigned resamples; /* bootstrap resamples used */
};

/* Summary of x[0..n). Fails with MRL_EINVAL when n == 0, x is NULL or a value is NaN (a NaN
 * has no place in an order statistic), MRL_ENOMEM when the scratch copy cannot be made. */
enum mrl_status mrl_stats_summarize(const double *x, size_t n, struct mrl_summary *out,
                                    struct mrl_err *err);

/* Quantile q in [0, 1] (clamped) of an ascending array, by linear interpolation between order
 * statistics (Hyndman-Fan type 7). NaN when n == 0. */
double mrl_stats_quantile(const double *sorted, size_t n, double q);

/* Median of x[0..n) without modifying x. Same failures as mrl_stats_summarize. */
enum mrl_status mrl_stats_median(const double *x, size_t n, double *out, struct mrl_err *err);

/* Speedup of candidate times c[0..nc) over baseline times b[0..nb) (both per call, so larger
 * baseline means faster candidate): point = median(b) / median(c); [lo, hi] is the percentile
 * bootstrap interval at `level` in (0, 1) from `resamples` (>= 1) resamples, b and c each
 * drawn independently with replacement. The same seed gives the same interval. With one sample
 * on each side every resample equals the point, so lo == hi == point.
 *
 * Percentile intervals of medians are not forced to contain the point; with very few samples
 * they occasionally do not, and that is reported as computed rather than hidden.
 *
 * Fails with MRL_EINVAL for empty inputs, NaN or non-positive times, a level outside (0, 1) or
 * zero resamples; MRL_ENOMEM when scratch memory cannot be allocated. */
enum mrl_status mrl_stats_speedup(const double *b, size_t nb, const double *c, size_t nc,
                                  double level, unsigned resamples, uint64_t seed,
                                  struct mrl_speedup *out, struct mrl_err *err);

#endif
