/* The output check: a reordered long reduction passes, a 1% error does not, NaN/Inf rules,
 * integer exactness, and the one-line description. */
#include <float.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "verify.h"

enum { ROWS = 512, K = 4096, LANES = 16 };

static uint32_t lcg_state = 12345;

/* Uniform in [-1, 1): inputs of mixed sign, so sums cancel as real kernels' do. */
static double uniform_pm1(void) {
  lcg_state = lcg_state * 1664525u + 1013904223u;
  return (double)(lcg_state >> 8) / (double)(1u << 23) - 1.0;
}

/* ref: one running sum (the default pipeline's loop order); got: 16 lane-wise partial sums
 * combined pairwise (what tiling and vectorization do to the same reduction). */
static void dot_rows_f32(float *ref, float *got) {
  static float a[K], x[K];
  for (int k = 0; k < K; k++) x[k] = (float)uniform_pm1();
  for (int i = 0; i < ROWS; i++) {
    for (int k = 0; k < K; k++) a[k] = (float)uniform_pm1();
    float seq = 0, lane[LANES] = {0};
    for (int k = 0; k < K; k++) seq += a[k] * x[k];
    for (int k = 0; k < K; k++) lane[k % LANES] += a[k] * x[k];
    for (int width = LANES / 2; width > 0; width /= 2)
      for (int l = 0; l < width; l++) lane[l] += lane[l + width];
    ref[i] = seq;
    got[i] = lane[0];
  }
}

static void test_reordered_reduction_passes(void) {
  static float ref[ROWS], got[ROWS];
  dot_rows_f32(ref, got);
  struct mrl_verify_result r;
  struct mrl_err err;
  CHECK(mrl_verify_compare(MRL_ELEM_F32, ref, got, ROWS, K, &r, &err) == MRL_OK);
  CHECK(r.max_abs_err > 0); /* the reordering did change the rounding */
  CHECK(r.pass && r.mismatches == 0);
  CHECK(r.rtol == mrl_verify_rtol(MRL_ELEM_F32, K));
  if (!r.pass) {
    char line[200];
    mrl_verify_describe(&r, line, sizeof line);
    fprintf(stderr, "  %s\n", line);
  }
}

static void test_one_percent_error_fails(void) {
  static float ref[ROWS], got[ROWS];
  dot_rows_f32(ref, got);
  size_t big = 0;
  for (size_t i = 1; i < ROWS; i++)
    if (fabsf(ref[i]) > fabsf(ref[big])) big = i;
  got[big] = ref[big] * 1.01f;
  struct mrl_verify_result r;
  CHECK(mrl_verify_compare(MRL_ELEM_F32, ref, got, ROWS, K, &r, NULL) == MRL_OK);
  CHECK(!r.pass && r.mismatches == 1 && r.worst_index == big);
  for (size_t i = 0; i < ROWS; i++) got[i] = ref[i] * 1.01f;
  CHECK(mrl_verify_compare(MRL_ELEM_F32, ref, got, ROWS, K, &r, NULL) == MRL_OK);
  CHECK(!r.pass && r.mismatches > ROWS / 2);
  /* Even an absurdly long reduction does not excuse 1%: rtol is capped. */
  CHECK(mrl_verify_compare(MRL_ELEM_F32, ref, got, ROWS, UINT64_C(1) << 40, &r, NULL) == MRL_OK);
  CHECK(!r.pass);
}

static void test_f64_reordered_reduction(void) {
  enum { N = 64, KK = 100000 };
  static double ref[N], got[N];
  for (int i = 0; i < N; i++) {
    double seq = 0, lane[8] = {0};
    for (int k = 0; k < KK; k++) {
      double t = uniform_pm1() * uniform_pm1();
      seq += t;
      lane[k % 8] += t;
    }
    ref[i] = seq;
    got[i] =
        ((lane[0] + lane[4]) + (lane[2] + lane[6])) + ((lane[1] + lane[5]) + (lane[3] + lane[7]));
  }
  struct mrl_verify_result r;
  CHECK(mrl_verify_compare(MRL_ELEM_F64, ref, got, N, KK, &r, NULL) == MRL_OK);
  CHECK(r.pass && r.max_abs_err > 0);
  got[5] *= 1.0001; /* far beyond f64 rounding */
  CHECK(mrl_verify_compare(MRL_ELEM_F64, ref, got, N, KK, &r, NULL) == MRL_OK);
  CHECK(!r.pass && r.worst_index == 5);
}

static void test_rtol_rule(void) {
  CHECK(mrl_verify_rtol(MRL_ELEM_F32, 1) == 64 * (double)FLT_EPSILON);
  CHECK(mrl_verify_rtol(MRL_ELEM_F32, 0) == mrl_verify_rtol(MRL_ELEM_F32, 1));
  CHECK_NEAR(mrl_verify_rtol(MRL_ELEM_F32, 400), 20 * 64 * (double)FLT_EPSILON, 1e-15);
  CHECK(mrl_verify_rtol(MRL_ELEM_F64, 1) == 64 * DBL_EPSILON);
  CHECK(mrl_verify_rtol(MRL_ELEM_F32, UINT64_C(1) << 40) == MRL_VERIFY_RTOL_MAX);
  CHECK(mrl_verify_rtol(MRL_ELEM_I32, 1000) == 0 && mrl_verify_rtol(MRL_ELEM_I64, 1) == 0);
}

static void test_special_values(void) {
  const double ref[] = {1, NAN, INFINITY, -INFINITY, 0.0, 2};
  double got[] = {1, NAN, INFINITY, -INFINITY, -0.0, 2};
  struct mrl_verify_result r;
  CHECK(mrl_verify_compare(MRL_ELEM_F64, ref, got, 6, 1, &r, NULL) == MRL_OK);
  CHECK(r.pass); /* NaN equals NaN, infinities match, -0 equals +0 */

  got[0] = NAN; /* NaN where the reference is finite */
  CHECK(mrl_verify_compare(MRL_ELEM_F64, ref, got, 6, 1, &r, NULL) == MRL_OK);
  CHECK(!r.pass && r.mismatches == 1 && r.nonfinite_mismatches == 1 && r.worst_index == 0);
  CHECK(isnan(r.worst_got) && r.worst_ref == 1);
  got[0] = 1;

  got[1] = 0; /* a number where the reference is NaN */
  CHECK(mrl_verify_compare(MRL_ELEM_F64, ref, got, 6, 1, &r, NULL) == MRL_OK);
  CHECK(!r.pass && r.worst_index == 1);
  got[1] = NAN;

  got[2] = -INFINITY; /* wrong sign of infinity */
  CHECK(mrl_verify_compare(MRL_ELEM_F64, ref, got, 6, 1, &r, NULL) == MRL_OK);
  CHECK(!r.pass && r.worst_index == 2);
  got[2] = DBL_MAX; /* a huge finite value is still not infinity */
  CHECK(mrl_verify_compare(MRL_ELEM_F64, ref, got, 6, 1, &r, NULL) == MRL_OK);
  CHECK(!r.pass && r.nonfinite_mismatches == 1);
  got[2] = INFINITY;

  got[5] = INFINITY; /* infinity where the reference is finite */
  CHECK(mrl_verify_compare(MRL_ELEM_F64, ref, got, 6, 1, &r, NULL) == MRL_OK);
  CHECK(!r.pass && r.worst_index == 5 && isfinite(r.max_abs_err));

  const float fr[] = {1.0f, NAN}, fg[] = {1.0f, 1.0f};
  CHECK(mrl_verify_compare(MRL_ELEM_F32, fr, fg, 2, 1, &r, NULL) == MRL_OK);
  CHECK(!r.pass && r.worst_index == 1);
}

static void test_integers_exact(void) {
  int32_t a[] = {5, -7, 1 << 30, 0}, b[] = {5, -7, 1 << 30, 0};
  struct mrl_verify_result r;
  CHECK(mrl_verify_compare(MRL_ELEM_I32, a, b, 4, 1 << 20, &r, NULL) == MRL_OK);
  CHECK(r.pass && r.rtol == 0 && r.atol == 0);
  b[2] += 1; /* off by one on a large value: no relative slack for integers */
  CHECK(mrl_verify_compare(MRL_ELEM_I32, a, b, 4, 1 << 20, &r, NULL) == MRL_OK);
  CHECK(!r.pass && r.mismatches == 1 && r.worst_index == 2);
  CHECK(r.worst_ref_int == (1 << 30) && r.worst_got_int == (1 << 30) + 1 && r.max_abs_err == 1);

  int64_t c[] = {INT64_MIN, 3}, d[] = {INT64_MAX, 3};
  CHECK(mrl_verify_compare(MRL_ELEM_I64, c, d, 2, 1, &r, NULL) == MRL_OK);
  CHECK(!r.pass && r.worst_index == 0 && r.max_abs_err > 1.8e19);
  char line[200];
  mrl_verify_describe(&r, line, sizeof line);
  CHECK(strstr(line, "got 9223372036854775807 expected -9223372036854775808") != NULL);
  CHECK(strstr(line, "(exact)") != NULL);
}

static void test_describe(void) {
  enum { N = 65536 };
  float *ref = malloc(N * sizeof *ref), *got = malloc(N * sizeof *got);
  for (int i = 0; i < N; i++) ref[i] = got[i] = 1.0f + (float)(i % 5) * 0.25f;
  ref[3] = 2.25f;
  got[3] = 1.5f;
  for (int i = 100; i < 111; i++) got[i] = ref[i] * 1.1f;
  struct mrl_verify_result r;
  CHECK(mrl_verify_compare(MRL_ELEM_F32, ref, got, N, 1, &r, NULL) == MRL_OK);
  char want[160], line[160];
  snprintf(want, sizeof want,
           "12 of 65536 elements differ; worst at [3]: got 1.5 expected 2.25 (rtol %.2g)",
           mrl_verify_rtol(MRL_ELEM_F32, 1));
  int len = mrl_verify_describe(&r, line, sizeof line);
  CHECK(strcmp(line, want) == 0);
  CHECK(len == (int)strlen(want));
  char tiny[8];
  CHECK(mrl_verify_describe(&r, tiny, sizeof tiny) == len && strlen(tiny) == 7);

  CHECK(mrl_verify_compare(MRL_ELEM_F32, ref, ref, N, 1, &r, NULL) == MRL_OK);
  mrl_verify_describe(&r, line, sizeof line);
  CHECK(strncmp(line, "all 65536 f32 elements match", 28) == 0);
  free(ref);
  free(got);
}

static void test_arguments(void) {
  struct mrl_verify_result r;
  struct mrl_err err;
  const double zeros[3] = {0, 0, 0};
  CHECK(mrl_verify_compare(MRL_ELEM_F64, zeros, zeros, 3, 1, &r, &err) == MRL_OK && r.pass);
  CHECK(mrl_verify_compare(MRL_ELEM_F64, NULL, NULL, 0, 1, &r, &err) == MRL_OK);
  CHECK(r.pass && r.count == 0);
  CHECK(mrl_verify_compare(MRL_ELEM_F64, zeros, NULL, 3, 1, &r, &err) == MRL_EINVAL);
  CHECK(mrl_verify_compare((enum mrl_elem)9, zeros, zeros, 3, 1, &r, &err) == MRL_EINVAL);
}

int main(void) {
  test_reordered_reduction_passes();
  test_one_percent_error_fails();
  test_f64_reordered_reduction();
  test_rtol_rule();
  test_special_values();
  test_integers_exact();
  test_describe();
  test_arguments();
  return CHECK_DONE();
}
