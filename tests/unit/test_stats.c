/* Summary statistics against values computed with numpy (median, quantile type 7, std ddof=1),
 * and the bootstrap speedup interval's determinism and behaviour. */
#include <stdint.h>
#include <string.h>

#include "check.h"
#include "stats.h"

static void test_summary_even(void) {
  const double x[] = {7, 1, 3, 9, 5, 2};
  double before[6];
  memcpy(before, x, sizeof x);
  struct mrl_summary s;
  struct mrl_err err;
  CHECK(mrl_stats_summarize(x, 6, &s, &err) == MRL_OK);
  CHECK(memcmp(before, x, sizeof x) == 0); /* input untouched */
  CHECK(s.n == 6);
  CHECK(s.median == 4.0);
  CHECK(s.min == 1.0 && s.max == 9.0);
  CHECK(s.mean == 4.5);
  CHECK_NEAR(s.stddev, 3.082207001484488, 1e-12);
  CHECK_NEAR(s.cv, 3.082207001484488 / 4.5, 1e-12);
  CHECK(s.mad == 2.5);
  CHECK(s.q1 == 2.25 && s.q3 == 6.5);
}

static void test_summary_odd(void) {
  const double z[] = {3, 1, 2, 10, 4};
  struct mrl_summary s;
  CHECK(mrl_stats_summarize(z, 5, &s, NULL) == MRL_OK);
  CHECK(s.median == 3.0 && s.q1 == 2.0 && s.q3 == 4.0);
  CHECK(s.mad == 1.0); /* the outlier 10 does not move it */
  CHECK_NEAR(s.cv, 0.8838834764831844, 1e-12);
}

static void test_summary_single_and_errors(void) {
  const double one[] = {42};
  struct mrl_summary s;
  struct mrl_err err;
  CHECK(mrl_stats_summarize(one, 1, &s, &err) == MRL_OK);
  CHECK(s.median == 42 && s.min == 42 && s.max == 42 && s.q1 == 42 && s.q3 == 42);
  CHECK(s.stddev == 0 && s.cv == 0 && s.mad == 0);
  CHECK(mrl_stats_summarize(one, 0, &s, &err) == MRL_EINVAL);
  CHECK(mrl_stats_summarize(NULL, 3, &s, &err) == MRL_EINVAL);
  const double with_nan[] = {1, NAN, 3};
  CHECK(mrl_stats_summarize(with_nan, 3, &s, &err) == MRL_EINVAL);
  CHECK(strstr(err.msg, "NaN") != NULL);
  double m = 0;
  CHECK(mrl_stats_median(with_nan, 1, &m, &err) == MRL_OK && m == 1);
  CHECK(mrl_stats_median(with_nan, 2, &m, &err) == MRL_EINVAL);
}

static void test_quantile(void) {
  const double y[] = {4, 8, 15, 16, 23, 42}; /* numpy: 4, 6, 15.5, 32.5, 42 */
  CHECK(mrl_stats_quantile(y, 6, 0.0) == 4);
  CHECK_NEAR(mrl_stats_quantile(y, 6, 0.1), 6.0, 1e-12);
  CHECK(mrl_stats_quantile(y, 6, 0.5) == 15.5);
  CHECK_NEAR(mrl_stats_quantile(y, 6, 0.9), 32.5, 1e-12);
  CHECK(mrl_stats_quantile(y, 6, 1.0) == 42);
  CHECK(mrl_stats_quantile(y, 6, -1) == 4 && mrl_stats_quantile(y, 6, 2) == 42);
  CHECK(isnan(mrl_stats_quantile(y, 0, 0.5)));
  CHECK(mrl_stats_quantile(y, 1, 0.7) == 4);
}

/* Noisy timings for the bootstrap tests, from a fixed LCG so the test data never change:
 * center * (1 + up to ±10% noise), with every eighth sample 1.6x slow as on this VM. */
static void noisy(double *x, size_t n, double center, uint32_t seed) {
  for (size_t i = 0; i < n; i++) {
    seed = seed * 1664525u + 1013904223u;
    double u = (double)(seed >> 8) / (double)(1u << 24);
    x[i] = center * (0.9 + 0.2 * u) * (i % 8 == 7 ? 1.6 : 1.0);
  }
}

static void test_speedup_single_and_constant(void) {
  const double b1[] = {300}, c1[] = {100};
  struct mrl_speedup sp;
  struct mrl_err err;
  CHECK(mrl_stats_speedup(b1, 1, c1, 1, 0.95, 1000, 7, &sp, &err) == MRL_OK);
  CHECK(sp.point == 3 && sp.lo == 3 && sp.hi == 3);
  CHECK(sp.level == 0.95 && sp.resamples == 1000);
  const double b[] = {10, 10, 10, 10}, c[] = {5, 5, 5};
  CHECK(mrl_stats_speedup(b, 4, c, 3, 0.9, 500, 7, &sp, &err) == MRL_OK);
  CHECK(sp.point == 2 && sp.lo == 2 && sp.hi == 2);
}

static void test_speedup_deterministic(void) {
  double b[15], c[12];
  noisy(b, 15, 2000, 1);
  noisy(c, 12, 1000, 2);
  struct mrl_speedup s1, s2, s3;
  CHECK(mrl_stats_speedup(b, 15, c, 12, 0.95, 2000, 42, &s1, NULL) == MRL_OK);
  CHECK(mrl_stats_speedup(b, 15, c, 12, 0.95, 2000, 42, &s2, NULL) == MRL_OK);
  CHECK(s1.point == s2.point && s1.lo == s2.lo && s1.hi == s2.hi);
  CHECK(mrl_stats_speedup(b, 15, c, 12, 0.95, 2000, 43, &s3, NULL) == MRL_OK);
  CHECK(s3.point == s1.point);
  CHECK(s3.lo != s1.lo || s3.hi != s1.hi); /* the seed does drive the resampling */
}

static void test_speedup_interval(void) {
  static double b[400], c[400];
  struct mrl_speedup few, many, narrow_level;
  noisy(b, 400, 2000, 11);
  noisy(c, 400, 1000, 12);
  CHECK(mrl_stats_speedup(b, 10, c, 10, 0.95, 4000, 1, &few, NULL) == MRL_OK);
  CHECK(mrl_stats_speedup(b, 400, c, 400, 0.95, 4000, 1, &many, NULL) == MRL_OK);
  CHECK(few.lo <= few.point && few.point <= few.hi);
  CHECK(many.lo <= many.point && many.point <= many.hi);
  CHECK(many.lo > 1.8 && many.hi < 2.2); /* the true ratio is 2 */
  CHECK(many.hi - many.lo < 0.5 * (few.hi - few.lo));
  CHECK(mrl_stats_speedup(b, 10, c, 10, 0.5, 4000, 1, &narrow_level, NULL) == MRL_OK);
  CHECK(narrow_level.hi - narrow_level.lo < few.hi - few.lo);
}

static void test_speedup_errors(void) {
  const double b[] = {1, 2}, c[] = {1, 2}, zero[] = {1, 0};
  struct mrl_speedup sp;
  struct mrl_err err;
  CHECK(mrl_stats_speedup(b, 2, c, 2, 1.0, 100, 1, &sp, &err) == MRL_EINVAL);
  CHECK(mrl_stats_speedup(b, 2, c, 2, 0.0, 100, 1, &sp, &err) == MRL_EINVAL);
  CHECK(mrl_stats_speedup(b, 2, c, 2, NAN, 100, 1, &sp, &err) == MRL_EINVAL);
  CHECK(mrl_stats_speedup(b, 2, c, 2, 0.95, 0, 1, &sp, &err) == MRL_EINVAL);
  CHECK(mrl_stats_speedup(b, 0, c, 2, 0.95, 100, 1, &sp, &err) == MRL_EINVAL);
  CHECK(mrl_stats_speedup(b, 2, zero, 2, 0.95, 100, 1, &sp, &err) == MRL_EINVAL);
  CHECK(strstr(err.msg, "candidate") != NULL);
}

int main(void) {
  test_summary_even();
  test_summary_odd();
  test_summary_single_and_errors();
  test_quantile();
  test_speedup_single_and_constant();
  test_speedup_deterministic();
  test_speedup_interval();
  test_speedup_errors();
  return CHECK_DONE();
}
