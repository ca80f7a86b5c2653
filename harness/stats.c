#include "stats.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static int cmp_double(const void *pa, const void *pb) {
  double a = *(const double *)pa, b = *(const double *)pb;
  return (a > b) - (a < b);
}

static void sort_doubles(double *x, size_t n) { qsort(x, n, sizeof *x, cmp_double); }

static enum mrl_status check_samples(const double *x, size_t n, const char *what,
                                     struct mrl_err *err) {
  if (!x || n == 0) return mrl_fail(err, MRL_EINVAL, "%s: no samples", what);
  for (size_t i = 0; i < n; i++)
    if (isnan(x[i])) return mrl_fail(err, MRL_EINVAL, "%s: sample %zu is NaN", what, i);
  return MRL_OK;
}

static double *sorted_copy(const double *x, size_t n) {
  double *s = malloc(n * sizeof *s);
  if (!s) return NULL;
  memcpy(s, x, n * sizeof *s);
  sort_doubles(s, n);
  return s;
}

double mrl_stats_quantile(const double *sorted, size_t n, double q) {
  if (n == 0) return NAN;
  if (!(q > 0)) q = 0; /* also catches a NaN q */
  if (q > 1) q = 1;
  double h = (double)(n - 1) * q;
  size_t lo = (size_t)floor(h);
  if (lo + 1 >= n) return sorted[n - 1];
  return sorted[lo] + (h - (double)lo) * (sorted[lo + 1] - sorted[lo]);
}

/* Mean and sample standard deviation in two passes: the second pass subtracts the mean first,
 * which avoids the cancellation of the sum-of-squares formula on long, tight timing series. */
static void mean_stddev(const double *x, size_t n, double *mean, double *stddev) {
  double sum = 0;
  for (size_t i = 0; i < n; i++) sum += x[i];
  double m = sum / (double)n;
  double ss = 0;
  for (size_t i = 0; i < n; i++) ss += (x[i] - m) * (x[i] - m);
  *mean = m;
  *stddev = n > 1 ? sqrt(ss / (double)(n - 1)) : 0.0;
}

/* Overwrites the sorted array s with absolute deviations from `median`. */
static double mad_in_place(double *s, size_t n, double median) {
  for (size_t i = 0; i < n; i++) s[i] = fabs(s[i] - median);
  sort_doubles(s, n);
  return mrl_stats_quantile(s, n, 0.5);
}

enum mrl_status mrl_stats_summarize(const double *x, size_t n, struct mrl_summary *out,
                                    struct mrl_err *err) {
  enum mrl_status st = check_samples(x, n, "summary", err);
  if (st != MRL_OK) return st;
  double *s = sorted_copy(x, n);
  if (!s) return mrl_fail(err, MRL_ENOMEM, "summary: cannot copy %zu samples", n);
  struct mrl_summary r = {.n = n, .min = s[0], .max = s[n - 1]};
  r.median = mrl_stats_quantile(s, n, 0.5);
  r.q1 = mrl_stats_quantile(s, n, 0.25);
  r.q3 = mrl_stats_quantile(s, n, 0.75);
  mean_stddev(s, n, &r.mean, &r.stddev);
  r.cv = r.mean != 0 ? r.stddev / r.mean : NAN;
  r.mad = mad_in_place(s, n, r.median);
  free(s);
  *out = r;
  return MRL_OK;
}

enum mrl_status mrl_stats_median(const double *x, size_t n, double *out, struct mrl_err *err) {
  enum mrl_status st = check_samples(x, n, "median", err);
  if (st != MRL_OK) return st;
  double *s = sorted_copy(x, n);
  if (!s) return mrl_fail(err, MRL_ENOMEM, "median: cannot copy %zu samples", n);
  *out = mrl_stats_quantile(s, n, 0.5);
  free(s);
  return MRL_OK;
}

/* xoshiro256** seeded through splitmix64 (Blackman and Vigna): small, fast, and identical on
 * every platform, which rand() is not. */
struct rng {
  uint64_t s[4];
};

static uint64_t splitmix64(uint64_t *x) {
  uint64_t z = (*x += 0x9e3779b97f4a7c15u);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
  return z ^ (z >> 31);
}

static void rng_seed(struct rng *r, uint64_t seed) {
  for (int i = 0; i < 4; i++) r->s[i] = splitmix64(&seed);
}

static uint64_t rotl64(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

static uint64_t rng_next(struct rng *r) {
  uint64_t *s = r->s;
  uint64_t result = rotl64(s[1] * 5, 7) * 9;
  uint64_t t = s[1] << 17;
  s[2] ^= s[0];
  s[3] ^= s[1];
  s[1] ^= s[2];
  s[0] ^= s[3];
  s[2] ^= t;
  s[3] = rotl64(s[3], 45);
  return result;
}

/* Uniform in [0, n): rejecting the low values that would make the modulo biased. */
static size_t rng_below(struct rng *r, size_t n) {
  uint64_t bound = (uint64_t)n;
  uint64_t threshold = (0 - bound) % bound;
  uint64_t x;
  do x = rng_next(r);
  while (x < threshold);
  return (size_t)(x % bound);
}

/* Median of a resample (with replacement) of the ascending array `sorted`, using `scratch`. */
static double resampled_median(struct rng *r, const double *sorted, size_t n, double *scratch) {
  for (size_t i = 0; i < n; i++) scratch[i] = sorted[rng_below(r, n)];
  sort_doubles(scratch, n);
  return mrl_stats_quantile(scratch, n, 0.5);
}

static enum mrl_status check_times(const double *x, size_t n, const char *what,
                                   struct mrl_err *err) {
  enum mrl_status st = check_samples(x, n, what, err);
  if (st != MRL_OK) return st;
  for (size_t i = 0; i < n; i++)
    if (!(x[i] > 0)) return mrl_fail(err, MRL_EINVAL, "%s: time %zu is not positive", what, i);
  return MRL_OK;
}

static enum mrl_status check_speedup_args(const double *b, size_t nb, const double *c, size_t nc,
                                          double level, unsigned resamples, struct mrl_err *err) {
  enum mrl_status st = check_times(b, nb, "speedup baseline", err);
  if (st == MRL_OK) st = check_times(c, nc, "speedup candidate", err);
  if (st != MRL_OK) return st;
  if (!(level > 0 && level < 1))
    return mrl_fail(err, MRL_EINVAL, "speedup: confidence level %g is not in (0, 1)", level);
  if (resamples == 0) return mrl_fail(err, MRL_EINVAL, "speedup: zero bootstrap resamples");
  return MRL_OK;
}

enum mrl_status mrl_stats_speedup(const double *b, size_t nb, const double *c, size_t nc,
                                  double level, unsigned resamples, uint64_t seed,
                                  struct mrl_speedup *out, struct mrl_err *err) {
  enum mrl_status st = check_speedup_args(b, nb, c, nc, level, resamples, err);
  if (st != MRL_OK) return st;
  double *sb = sorted_copy(b, nb), *sc = sorted_copy(c, nc);
  double *scratch = malloc((nb > nc ? nb : nc) * sizeof *scratch);
  double *ratios = malloc((size_t)resamples * sizeof *ratios);
  if (!sb || !sc || !scratch || !ratios) {
    st = mrl_fail(err, MRL_ENOMEM, "speedup: cannot allocate %u resamples", resamples);
    goto done;
  }
  struct rng r;
  rng_seed(&r, seed);
  for (unsigned i = 0; i < resamples; i++) {
    double mb = resampled_median(&r, sb, nb, scratch);
    ratios[i] = mb / resampled_median(&r, sc, nc, scratch);
  }
  sort_doubles(ratios, resamples);
  double tail = (1 - level) / 2;
  out->point = mrl_stats_quantile(sb, nb, 0.5) / mrl_stats_quantile(sc, nc, 0.5);
  out->lo = mrl_stats_quantile(ratios, resamples, tail);
  out->hi = mrl_stats_quantile(ratios, resamples, 1 - tail);
  out->level = level;
  out->resamples = resamples;
done:
  free(sb);
  free(sc);
  free(scratch);
  free(ratios);
  return st;
}
