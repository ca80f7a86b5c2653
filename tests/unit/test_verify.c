/* The output check: an error in a small or cancelling element is caught where the norm-wise
 * rule lets it pass; reassociated sums of every length, sign mix and order pass (with the
 * margin printed); NaN/Inf rules in every mode; the path length of a chain of ops; integer
 * exactness; the one-line description; bad arguments.
 *
 * Usage: test_verify [factor]: factor (default 1) multiplies the number of sums measured by
 * test_reassociated_sums_pass, e.g. 20 for the 12-million-sum measurement quoted in verify.h. */
#include <float.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "verify.h"

static double factor = 1;

static uint64_t rng_state = 0x9e3779b97f4a7c15u;

static double uniform01(void) {
  rng_state ^= rng_state << 13;
  rng_state ^= rng_state >> 7;
  rng_state ^= rng_state << 17;
  return (double)(rng_state >> 11) * (1.0 / 9007199254740992.0);
}

/* Like the harness's inputs (toolkit/buffers.c): magnitude in [1/64, 1], negative with
 * probability 1 - p_positive (0.5: random signs, so sums cancel as real kernels' do). */
static double input(double p_positive) {
  double m = 1.0 / 64 + uniform01() * (1.0 - 1.0 / 64);
  return uniform01() < p_positive ? m : -m;
}

static struct mrl_verify_params params(enum mrl_verify_mode mode, const double *scale, double l) {
  return (struct mrl_verify_params){.mode = mode, .scale = scale, .path_len = l};
}

static void print_failure(const struct mrl_verify_result *r) {
  char line[300];
  mrl_verify_describe(r, line, sizeof line);
  fprintf(stderr, "  %s\n", line);
}

/* ------------------------------------------------ (1) small and cancelling elements */

enum { ROWS = 512, K = 4096, LANES = 16 };

/* A matrix-vector product, y = A x with K = 4096: ref sums each row in one running sum (the
 * default pipeline's order), got in 16 lane-wise partial sums combined pairwise (what tiling
 * and vectorization do); scale is the row's magnitude sum_k |a_k x_k|. Row i's inputs come
 * from a generator seeded by i, times row_factor, so that one row can be redone smaller. */
static float matvec_x[K];

static void matvec_row(int i, double row_factor, float *ref, float *got, double *scale) {
  uint64_t saved = rng_state;
  rng_state = 0x2545f4914f6cdd1dULL * (uint64_t)(i + 1);
  float seq = 0, lane[LANES] = {0};
  double s = 0;
  for (int k = 0; k < K; k++) {
    float a = (float)(input(0.5) * row_factor), t = a * matvec_x[k];
    seq += t;
    lane[k % LANES] += t;
    s += fabs((double)a * matvec_x[k]);
  }
  rng_state = saved;
  for (int width = LANES / 2; width > 0; width /= 2)
    for (int l = 0; l < width; l++) lane[l] += lane[l + width];
  ref[i] = seq;
  got[i] = lane[0];
  scale[i] = s;
}

static double matvec_f32(float *ref, float *got, double *scale) {
  for (int k = 0; k < K; k++) matvec_x[k] = (float)input(0.5);
  double ms = 0;
  for (int i = 0; i < ROWS; i++) {
    matvec_row(i, 1, ref, got, scale);
    ms += (double)ref[i] * ref[i];
  }
  return sqrt(ms / ROWS); /* root mean square of the outputs */
}

/* The bug this criterion fixes: a 0.5% error in an element 1000 times smaller than the others
 * hides under a tolerance tied to the largest output; its magnitude exposes it. The small
 * element is a typical row (|y_i| near the root mean square) with its inputs scaled by 1e-3. */
static void test_error_in_small_element(void) {
  static float ref[ROWS], got[ROWS];
  static double scale[ROWS];
  double rms = matvec_f32(ref, got, scale);
  int small = 0;
  for (int i = 1; i < ROWS; i++)
    if (fabs(fabs(ref[i]) - rms) < fabs(fabs(ref[small]) - rms)) small = i;
  matvec_row(small, 1e-3, ref, got, scale);
  CHECK(fabs(ref[small]) < 2e-3 * rms && scale[small] < 2e-3 * scale[(small + 1) % ROWS]);
  const double l = sqrt(K);
  struct mrl_verify_params mag = params(MRL_VERIFY_MAGNITUDE, scale, l);
  struct mrl_verify_params norm = params(MRL_VERIFY_NORMWISE, NULL, l);
  struct mrl_verify_result r;
  struct mrl_err err;
  CHECK(mrl_verify_compare(MRL_ELEM_F32, ref, got, ROWS, &mag, &r, &err) == MRL_OK);
  CHECK(r.pass && r.max_abs_err > 0); /* the reordering did change the rounding */
  if (!r.pass) print_failure(&r);

  got[small] = ref[small] * 1.005f;
  CHECK(mrl_verify_compare(MRL_ELEM_F32, ref, got, ROWS, &mag, &r, &err) == MRL_OK);
  CHECK(!r.pass && r.mismatches == 1 && r.worst_index == (size_t)small);
  CHECK(r.mode == MRL_VERIFY_MAGNITUDE);
  printf("  0.5%% error in a small element: %.3g times the magnitude tolerance\n", r.max_ratio);
  CHECK(r.max_ratio > 10); /* caught with room to spare, not by a hair */
  CHECK(mrl_verify_compare(MRL_ELEM_F32, ref, got, ROWS, &norm, &r, &err) == MRL_OK);
  CHECK(r.pass); /* the norm-wise rule does not see it: that is the bug */
}

/* An element whose terms cancel to about a tenth of a typical result: a 0.5% error in it is
 * still far above eps * C_S * S_i, so it is caught. One that cancels to ~10^-5 of its
 * magnitude is below what rounding noise allows anyone to tell: the same error passes. */
static void test_error_in_cancelling_element(void) {
  static float ref[ROWS], got[ROWS];
  static double scale[ROWS];
  double rms = matvec_f32(ref, got, scale);
  int tenth = 0, tiniest = 0;
  for (int i = 1; i < ROWS; i++) {
    if (fabs(fabs(ref[i]) - rms / 10) < fabs(fabs(ref[tenth]) - rms / 10)) tenth = i;
    if (fabs(ref[i]) / scale[i] < fabs(ref[tiniest]) / scale[tiniest]) tiniest = i;
  }
  CHECK(fabs(ref[tenth]) < rms / 8 && fabs(ref[tenth]) > rms / 12);
  CHECK(fabs(ref[tiniest]) / scale[tiniest] < 1e-4);
  struct mrl_verify_params mag = params(MRL_VERIFY_MAGNITUDE, scale, sqrt(K));
  struct mrl_verify_result r;
  got[tenth] = ref[tenth] * 1.005f;
  CHECK(mrl_verify_compare(MRL_ELEM_F32, ref, got, ROWS, &mag, &r, NULL) == MRL_OK);
  CHECK(!r.pass && r.mismatches == 1 && r.worst_index == (size_t)tenth);
  printf("  0.5%% error in an element cancelling to 1/10: %.3g times the tolerance\n", r.max_ratio);
  CHECK(r.max_ratio > 2);
  got[tenth] = ref[tenth];
  got[tiniest] = ref[tiniest] * 1.005f; /* the detectability limit, not a feature */
  CHECK(mrl_verify_compare(MRL_ELEM_F32, ref, got, ROWS, &mag, &r, NULL) == MRL_OK);
  CHECK(r.pass);
}

/* f64 and a whole output off by 1e-4: far beyond f64 rounding in every mode. */
static void test_f64_errors_caught(void) {
  static double ref[ROWS], got[ROWS], scale[ROWS];
  for (int i = 0; i < ROWS; i++) {
    double t = 0, s = 0;
    for (int k = 0; k < 64; k++) {
      double v = input(0.5);
      t += v;
      s += fabs(v);
    }
    ref[i] = t;
    got[i] = t * (1 + 1e-4);
    scale[i] = s;
  }
  struct mrl_verify_result r;
  for (int m = 0; m < MRL_VERIFY_MODE_COUNT; m++) {
    struct mrl_verify_params p = params((enum mrl_verify_mode)m, scale, 8);
    CHECK(mrl_verify_compare(MRL_ELEM_F64, ref, got, ROWS, &p, &r, NULL) == MRL_OK);
    CHECK(!r.pass && r.mismatches > ROWS / 2);
  }
}

/* ------------------------------------------------ (2) reassociated sums */

enum { ORDERS = 6 };
static const char *const order_names[ORDERS] = {"sequential", "reversed",       "16 lanes",
                                                "pairwise",   "sequential fma", "8 fma lanes"};

/* The same K-term sum of products in six orders, as the default pipeline, tiling,
 * vectorization, tree reductions and FMA contraction would compute it. One body for f32 and
 * f64 (T, and F for fma/fmaf). */
#define DEFINE_SUMS(NAME, T, F)                                                                  \
  static T NAME##_pairwise(const T *a, const T *b, int n) {                                     \
    if (n <= 8) {                                                                               \
      T s = 0;                                                                                  \
      for (int k = 0; k < n; k++) s += a[k] * b[k];                                             \
      return s;                                                                                 \
    }                                                                                           \
    int h = n / 2;                                                                              \
    return NAME##_pairwise(a, b, h) + NAME##_pairwise(a + h, b + h, n - h);                     \
  }                                                                                             \
  static void NAME(const T *a, const T *b, int n, T out[ORDERS]) {                             \
    T s = 0, lane[16] = {0}, fl[8] = {0};                                                       \
    for (int k = 0; k < n; k++) s += a[k] * b[k];                                               \
    out[0] = s;                                                                                 \
    s = 0;                                                                                      \
    for (int k = n - 1; k >= 0; k--) s += a[k] * b[k];                                          \
    out[1] = s;                                                                                 \
    for (int k = 0; k < n; k++) lane[k % 16] += a[k] * b[k];                                    \
    for (int w = 8; w > 0; w /= 2)                                                              \
      for (int l = 0; l < w; l++) lane[l] += lane[l + w];                                       \
    out[2] = lane[0];                                                                           \
    out[3] = NAME##_pairwise(a, b, n);                                                          \
    s = 0;                                                                                      \
    for (int k = 0; k < n; k++) s = F(a[k], b[k], s);                                           \
    out[4] = s;                                                                                 \
    for (int k = 0; k < n; k++) fl[k % 8] = F(a[k], b[k], fl[k % 8]);                           \
    out[5] = ((fl[0] + fl[4]) + (fl[2] + fl[6])) + ((fl[1] + fl[5]) + (fl[3] + fl[7]));         \
  }
DEFINE_SUMS(sums_f32, float, fmaf)
DEFINE_SUMS(sums_f64, double, fma)

struct sum_batch {
  enum mrl_elem elem;
  int len;                /* K */
  size_t n;               /* sums */
  void *value[ORDERS];    /* n results per order, of type elem */
  double *scale;          /* n magnitudes, sum |a_k b_k| in double */
};

static void fill_batch(struct sum_batch *b, double p_positive) {
  float *af = malloc((size_t)b->len * sizeof *af), *bf = malloc((size_t)b->len * sizeof *bf);
  double *ad = malloc((size_t)b->len * sizeof *ad), *bd = malloc((size_t)b->len * sizeof *bd);
  for (size_t e = 0; e < b->n; e++) {
    double s = 0;
    for (int k = 0; k < b->len; k++) {
      ad[k] = input(p_positive);
      bd[k] = input(1.0);
      af[k] = (float)ad[k];
      bf[k] = (float)bd[k];
      s += b->elem == MRL_ELEM_F32 ? fabs((double)af[k] * bf[k]) : fabs(ad[k] * bd[k]);
    }
    b->scale[e] = s;
    if (b->elem == MRL_ELEM_F32) {
      float o[ORDERS];
      sums_f32(af, bf, b->len, o);
      for (int j = 0; j < ORDERS; j++) ((float *)b->value[j])[e] = o[j];
    } else {
      double o[ORDERS];
      sums_f64(ad, bd, b->len, o);
      for (int j = 0; j < ORDERS; j++) ((double *)b->value[j])[e] = o[j];
    }
  }
  free(af);
  free(bf);
  free(ad);
  free(bd);
}

/* Every ordered pair of orders, one as reference and the other as candidate: all must pass,
 * under MAGNITUDE and, as a fallback must too, under NORMWISE. Returns the largest ratio. */
static double check_batch(const struct sum_batch *b, double p_positive, double *norm_ratio) {
  double worst = 0;
  for (int x = 0; x < ORDERS; x++)
    for (int y = 0; y < ORDERS; y++) {
      if (x == y) continue;
      struct mrl_verify_params mag = params(MRL_VERIFY_MAGNITUDE, b->scale, sqrt(b->len));
      struct mrl_verify_params norm = params(MRL_VERIFY_NORMWISE, NULL, sqrt(b->len));
      struct mrl_verify_result r, rn;
      CHECK(mrl_verify_compare(b->elem, b->value[x], b->value[y], b->n, &mag, &r, NULL) == MRL_OK);
      CHECK(mrl_verify_compare(b->elem, b->value[x], b->value[y], b->n, &norm, &rn, NULL) ==
            MRL_OK);
      CHECK(r.pass && rn.pass);
      if (!r.pass || !rn.pass) {
        fprintf(stderr, "  %s K=%d p=%.2f, %s against %s:\n", mrl_elem_name(b->elem), b->len,
                p_positive, order_names[y], order_names[x]);
        print_failure(r.pass ? &rn : &r);
      }
      if (r.max_ratio > worst) worst = r.max_ratio;
      if (rn.max_ratio > *norm_ratio) *norm_ratio = rn.max_ratio;
    }
  return worst;
}

/* What the tolerance must let through: the same sums reassociated, for K = 1 to 10^5, random
 * signs (cancellation), one sign (no cancellation) and a bias between, in f32 and f64. */
static void test_reassociated_sums_pass(void) {
  static const int lens[] = {1, 2, 3, 5, 8, 16, 31, 64, 100, 256, 1000, 4096, 10000, 30000, 100000};
  static const double biases[] = {0.5, 0.75, 1.0};
  static const enum mrl_elem elems[] = {MRL_ELEM_F32, MRL_ELEM_F64};
  size_t total = 0;
  for (int t = 0; t < 2; t++) {
    double worst = 0, worst_norm = 0;
    int worst_len = 0;
    for (int bi = 0; bi < 3; bi++)
      for (size_t li = 0; li < sizeof lens / sizeof *lens; li++) {
        struct sum_batch b = {.elem = elems[t], .len = lens[li]};
        double n = 5e5 * factor / lens[li];
        b.n = n < 8 ? 8 : n > 1e4 * factor ? (size_t)(1e4 * factor) : (size_t)n;
        for (int j = 0; j < ORDERS; j++) b.value[j] = malloc(b.n * mrl_elem_size(b.elem));
        b.scale = malloc(b.n * sizeof *b.scale);
        fill_batch(&b, biases[bi]);
        double w = check_batch(&b, biases[bi], &worst_norm);
        if (w > worst) {
          worst = w;
          worst_len = b.len;
        }
        total += b.n;
        for (int j = 0; j < ORDERS; j++) free(b.value[j]);
        free(b.scale);
      }
    printf("  %s reassociated sums: largest error/tolerance %.3g (K=%d) magnitude, %.3g normwise\n",
           mrl_elem_name(elems[t]), worst, worst_len, worst_norm);
    CHECK(worst > 0.005); /* the orders did differ */
    CHECK(worst < 0.2);   /* the margin verify.h promises (5x), not just a pass */
  }
  printf("  %zu sums, each compared in %d ordered pairs of orders\n", total, ORDERS * (ORDERS - 1));
  CHECK(total >= 100000);
}

/* ------------------------------------------------ (3) special values */

/* Every disagreement involving NaN or an infinity is a mismatch in every mode, both ways
 * round, however large the magnitude; equal special values and signed zeros match. */
static void test_special_values(void) {
  const double ref[] = {1, NAN, INFINITY, -INFINITY, 0.0, 2};
  const double scale[] = {1e300, 0, NAN, -1, 0, 1e300}; /* unread where ref is not finite */
  for (int m = 0; m < MRL_VERIFY_MODE_COUNT; m++) {
    struct mrl_verify_params p = params((enum mrl_verify_mode)m, scale, 100);
    double got[] = {1, NAN, INFINITY, -INFINITY, -0.0, 2};
    struct mrl_verify_result r;
    CHECK(mrl_verify_compare(MRL_ELEM_F64, ref, got, 6, &p, &r, NULL) == MRL_OK);
    CHECK(r.pass); /* NaN equals NaN, infinities match, -0 equals +0 */

    got[0] = NAN; /* NaN where the reference is finite */
    CHECK(mrl_verify_compare(MRL_ELEM_F64, ref, got, 6, &p, &r, NULL) == MRL_OK);
    CHECK(!r.pass && r.mismatches == 1 && r.nonfinite_mismatches == 1 && r.worst_index == 0);
    CHECK(isnan(r.worst_got) && r.worst_ref == 1);
    got[0] = INFINITY; /* infinity where the reference is finite */
    CHECK(mrl_verify_compare(MRL_ELEM_F64, ref, got, 6, &p, &r, NULL) == MRL_OK);
    CHECK(!r.pass && r.worst_index == 0 && isfinite(r.max_abs_err) && isfinite(r.max_ratio));
    got[0] = 1;

    got[1] = 0; /* a number where the reference is NaN */
    CHECK(mrl_verify_compare(MRL_ELEM_F64, ref, got, 6, &p, &r, NULL) == MRL_OK);
    CHECK(!r.pass && r.worst_index == 1 && r.nonfinite_mismatches == 1);
    got[1] = NAN;

    got[2] = -INFINITY; /* wrong sign of infinity */
    CHECK(mrl_verify_compare(MRL_ELEM_F64, ref, got, 6, &p, &r, NULL) == MRL_OK);
    CHECK(!r.pass && r.worst_index == 2);
    got[2] = DBL_MAX; /* a huge finite value where the reference is infinite */
    CHECK(mrl_verify_compare(MRL_ELEM_F64, ref, got, 6, &p, &r, NULL) == MRL_OK);
    CHECK(!r.pass && r.nonfinite_mismatches == 1 && r.worst_index == 2);
    got[2] = INFINITY;

    got[5] = -INFINITY;
    CHECK(mrl_verify_compare(MRL_ELEM_F64, ref, got, 6, &p, &r, NULL) == MRL_OK);
    CHECK(!r.pass && r.worst_index == 5);

    const float fr[] = {1.0f, NAN, 3.0f}, fg[] = {1.0f, 1.0f, NAN};
    p.scale = (const double[]){1, NAN, 1e30};
    CHECK(mrl_verify_compare(MRL_ELEM_F32, fr, fg, 3, &p, &r, NULL) == MRL_OK);
    CHECK(!r.pass && r.mismatches == 2 && r.nonfinite_mismatches == 2 && r.worst_index == 1);
  }
}

/* ------------------------------------------------ (4) path length */

static void test_path_len(void) {
  const uint64_t lens[] = {256, 256, 1};
  CHECK(mrl_verify_path_len(lens, 3) == 33);
  const uint64_t zero[] = {0, 4096};
  CHECK(mrl_verify_path_len(zero, 2) == 65); /* a length of 0 (unknown) counts as 1 */
  CHECK(mrl_verify_path_len(lens, 0) == 1 && mrl_verify_path_len(NULL, 3) == 1);
  CHECK_NEAR(mrl_verify_path_len((const uint64_t[]){1000}, 1), sqrt(1000), 1e-12);
}

static float pairwise_sum(const float *t, int n) {
  if (n == 1) return t[0];
  return pairwise_sum(t, n / 2) + pairwise_sum(t + n / 2, n - n / 2);
}

/* A chain of two reductions, op 1 s = sum of K1 terms c, op 2 y = sum over K2 of s * w: with
 * equal terms the rounding of a sequential sum drifts one way (0.1f added 16384 times is off by
 * 1.5e-4), and op 2 adds its own drift to op 1's. Reference: pairwise (nearly exact);
 * candidate: sequential. Legitimate, and wider than one op's allowance: L must count both. */
static void test_chain_needs_per_op_lengths(void) {
  enum { K1 = 16384, K2 = 16384 };
  static float terms[K2 > K1 ? K2 : K1];
  const float c = 0.1f, w = 0.013f;
  for (int k = 0; k < K1; k++) terms[k] = c;
  float s_ref = pairwise_sum(terms, K1), s_got = 0;
  for (int k = 0; k < K1; k++) s_got += terms[k];
  for (int i = 0; i < K2; i++) terms[i] = s_ref * w;
  float y_ref = pairwise_sum(terms, K2), y_got = 0;
  for (int i = 0; i < K2; i++) terms[i] = s_got * w; /* a separate statement: no FMA */
  for (int i = 0; i < K2; i++) y_got += terms[i];

  const uint64_t lens[] = {K1, K2};
  double scale = fabs((double)y_ref); /* one sign: the magnitude is the value */
  struct mrl_verify_params per_op = params(MRL_VERIFY_MAGNITUDE, &scale, mrl_verify_path_len(lens, 2));
  struct mrl_verify_params one_op = params(MRL_VERIFY_MAGNITUDE, &scale, sqrt(K1));
  struct mrl_verify_params summed = params(MRL_VERIFY_MAGNITUDE, &scale, sqrt(K1 + K2));
  struct mrl_verify_result r1, r2, r3;
  CHECK(mrl_verify_compare(MRL_ELEM_F32, &y_ref, &y_got, 1, &per_op, &r1, NULL) == MRL_OK);
  CHECK(mrl_verify_compare(MRL_ELEM_F32, &y_ref, &y_got, 1, &one_op, &r2, NULL) == MRL_OK);
  CHECK(mrl_verify_compare(MRL_ELEM_F32, &y_ref, &y_got, 1, &summed, &r3, NULL) == MRL_OK);
  printf("  two-op chain, error/tolerance: %.3g with L = sqrt(K1) + sqrt(K2), %.3g with "
         "sqrt(K1 + K2), %.3g with sqrt(K1)\n",
         r1.max_ratio, r3.max_ratio, r2.max_ratio);
  CHECK(r1.pass && r1.max_ratio > 0.3); /* a real drift, within the chain's allowance */
  CHECK(!r2.pass);                      /* one op's allowance is too small for two */
  CHECK(r3.max_ratio > r1.max_ratio);   /* summing the lengths under a root undercounts */
}

/* Same-sign relative errors add: at 95% of a two-op allowance an error passes with L from
 * both lengths and fails with L from one, or from their sum under one root. */
static void test_tolerance_grows_with_path(void) {
  const uint64_t lens[] = {4096, 4096};
  double l = mrl_verify_path_len(lens, 2);
  CHECK(l == 128);
  const double ref = 1.0, eps = DBL_EPSILON;
  double tol = eps * (MRL_VERIFY_C_S + MRL_VERIFY_C_R * l) * ref;
  const double got = ref + 0.95 * tol;
  struct mrl_verify_result r;
  struct mrl_verify_params p = params(MRL_VERIFY_RELATIVE, NULL, l);
  CHECK(mrl_verify_compare(MRL_ELEM_F64, &ref, &got, 1, &p, &r, NULL) == MRL_OK);
  CHECK(r.pass && r.max_ratio > 0.9 && r.max_ratio < 1);
  CHECK(r.rtol == eps * (MRL_VERIFY_C_S + MRL_VERIFY_C_R * l) && r.path_len == l);
  p.path_len = 64;
  CHECK(mrl_verify_compare(MRL_ELEM_F64, &ref, &got, 1, &p, &r, NULL) == MRL_OK && !r.pass);
  p.path_len = sqrt(8192);
  CHECK(mrl_verify_compare(MRL_ELEM_F64, &ref, &got, 1, &p, &r, NULL) == MRL_OK && !r.pass);
}

/* ------------------------------------------------ integers, description, arguments */

static void test_integers_exact(void) {
  int32_t a[] = {5, -7, 1 << 30, 0}, b[] = {5, -7, 1 << 30, 0};
  struct mrl_verify_params p = params(MRL_VERIFY_NORMWISE, NULL, 1 << 20);
  struct mrl_verify_result r;
  CHECK(mrl_verify_compare(MRL_ELEM_I32, a, b, 4, &p, &r, NULL) == MRL_OK);
  CHECK(r.pass && r.rtol == 0 && r.max_ratio == 0);
  b[2] += 1; /* off by one on a large value: no relative slack for integers */
  CHECK(mrl_verify_compare(MRL_ELEM_I32, a, b, 4, &p, &r, NULL) == MRL_OK);
  CHECK(!r.pass && r.mismatches == 1 && r.worst_index == 2 && isinf(r.max_ratio));
  CHECK(r.worst_ref_int == (1 << 30) && r.worst_got_int == (1 << 30) + 1 && r.max_abs_err == 1);

  int64_t c[] = {INT64_MIN, 3}, d[] = {INT64_MAX, 3};
  p.mode = MRL_VERIFY_MAGNITUDE; /* no scale needed: integers have no magnitude */
  CHECK(mrl_verify_compare(MRL_ELEM_I64, c, d, 2, &p, &r, NULL) == MRL_OK);
  CHECK(!r.pass && r.worst_index == 0 && r.max_abs_err > 1.8e19);
  char line[200];
  mrl_verify_describe(&r, line, sizeof line);
  CHECK(strstr(line, "got 9223372036854775807 expected -9223372036854775808") != NULL);
  CHECK(strstr(line, "(exact)") != NULL);
  CHECK(mrl_verify_compare(MRL_ELEM_I64, c, c, 2, &p, &r, NULL) == MRL_OK);
  mrl_verify_describe(&r, line, sizeof line);
  CHECK(strcmp(line, "all 2 i64 elements match (exact)") == 0);
}

static void test_describe(void) {
  enum { N = 65536 };
  float *ref = malloc(N * sizeof *ref), *got = malloc(N * sizeof *got);
  for (int i = 0; i < N; i++) ref[i] = got[i] = 1.0f + (float)(i % 5) * 0.25f;
  ref[3] = 2.25f;
  got[3] = 1.5f;
  for (int i = 100; i < 111; i++) got[i] = ref[i] * 1.1f;
  struct mrl_verify_params p = params(MRL_VERIFY_RELATIVE, NULL, 1);
  struct mrl_verify_result r;
  CHECK(mrl_verify_compare(MRL_ELEM_F32, ref, got, N, &p, &r, NULL) == MRL_OK);
  CHECK(r.worst_tol == 32 * (double)FLT_EPSILON * 2.25 + 32 * (double)FLT_EPSILON * FLT_MIN);
  char want[200], line[200];
  snprintf(want, sizeof want,
           "12 of 65536 elements differ; worst at [3]: got 1.5 expected 2.25 (error 0.75 > "
           "tolerance %.2g; relative criterion, L 1)",
           r.worst_tol);
  int len = mrl_verify_describe(&r, line, sizeof line);
  CHECK(strcmp(line, want) == 0);
  if (strcmp(line, want) != 0) fprintf(stderr, "  %s\n  %s\n", line, want);
  CHECK(len == (int)strlen(want));
  char tiny[8];
  CHECK(mrl_verify_describe(&r, tiny, sizeof tiny) == len && strlen(tiny) == 7);

  got[3] = NAN;
  CHECK(mrl_verify_compare(MRL_ELEM_F32, ref, got, N, &p, &r, NULL) == MRL_OK);
  mrl_verify_describe(&r, line, sizeof line);
  CHECK(strstr(line, "worst at [3]: got nan expected 2.25 (non-finite; relative criterion") != NULL);

  p.mode = MRL_VERIFY_NORMWISE;
  p.path_len = 64;
  CHECK(mrl_verify_compare(MRL_ELEM_F32, ref, ref, N, &p, &r, NULL) == MRL_OK);
  mrl_verify_describe(&r, line, sizeof line);
  CHECK(strcmp(line, "all 65536 f32 elements match (largest error 0 of tolerance; normwise "
                     "criterion, L 64)") == 0);
  CHECK(strcmp(mrl_verify_mode_name(MRL_VERIFY_MAGNITUDE), "magnitude") == 0);
  CHECK(strcmp(mrl_verify_mode_name((enum mrl_verify_mode)7), "?") == 0);
  free(ref);
  free(got);
}

/* Each bad argument is refused with a message that names it. */
static void test_arguments(void) {
  struct mrl_verify_result r;
  struct mrl_err err;
  const double zeros[3] = {0, 0, 0};
  struct mrl_verify_params rel = params(MRL_VERIFY_RELATIVE, NULL, 1);
  CHECK(mrl_verify_compare(MRL_ELEM_F64, zeros, zeros, 3, &rel, &r, &err) == MRL_OK && r.pass);
  CHECK(mrl_verify_compare(MRL_ELEM_F64, NULL, NULL, 0, &rel, &r, &err) == MRL_OK);
  CHECK(r.pass && r.count == 0);

#define CHECK_EINVAL(call, words)                                                                \
  do {                                                                                         \
    err.msg[0] = '\0';                                                                         \
    CHECK((call) == MRL_EINVAL);                                                               \
    CHECK(strstr(err.msg, words) != NULL);                                                     \
  } while (0)
  CHECK_EINVAL(mrl_verify_compare(MRL_ELEM_F64, zeros, NULL, 3, &rel, &r, &err), "candidate");
  CHECK_EINVAL(mrl_verify_compare(MRL_ELEM_F64, NULL, zeros, 3, &rel, &r, &err), "reference");
  CHECK_EINVAL(mrl_verify_compare((enum mrl_elem)9, zeros, zeros, 3, &rel, &r, &err),
               "unknown element type 9");
  CHECK_EINVAL(mrl_verify_compare(MRL_ELEM_F64, zeros, zeros, 3, NULL, &r, &err), "parameters");
  struct mrl_verify_params p = params(MRL_VERIFY_MAGNITUDE, NULL, 1);
  CHECK_EINVAL(mrl_verify_compare(MRL_ELEM_F64, zeros, zeros, 3, &p, &r, &err),
               "without magnitudes");
  const double bad_scale[3] = {1, -1, 1}, nan_scale[3] = {NAN, 1, 1};
  p.scale = bad_scale;
  CHECK_EINVAL(mrl_verify_compare(MRL_ELEM_F64, zeros, zeros, 3, &p, &r, &err), "element 1");
  p.scale = nan_scale;
  CHECK_EINVAL(mrl_verify_compare(MRL_ELEM_F32, (float[3]){0}, (float[3]){0}, 3, &p, &r, &err),
               "element 0");
  p = params((enum mrl_verify_mode)3, NULL, 1);
  CHECK_EINVAL(mrl_verify_compare(MRL_ELEM_F64, zeros, zeros, 3, &p, &r, &err), "unknown mode");
  p = params(MRL_VERIFY_RELATIVE, NULL, 0);
  CHECK_EINVAL(mrl_verify_compare(MRL_ELEM_F64, zeros, zeros, 3, &p, &r, &err), "path length");
  p.path_len = NAN;
  CHECK_EINVAL(mrl_verify_compare(MRL_ELEM_F64, zeros, zeros, 3, &p, &r, &err), "path length");
  p.path_len = INFINITY;
  CHECK_EINVAL(mrl_verify_compare(MRL_ELEM_I32, zeros, zeros, 3, &p, &r, &err), "path length");
#undef CHECK_EINVAL
}

int main(int argc, char **argv) {
  if (argc > 1) factor = atof(argv[1]);
  if (!(factor > 0)) factor = 1;
  test_error_in_small_element();
  test_error_in_cancelling_element();
  test_f64_errors_caught();
  test_reassociated_sums_pass();
  test_special_values();
  test_path_len();
  test_chain_needs_per_op_lengths();
  test_tolerance_grows_with_path();
  test_integers_exact();
  test_describe();
  test_arguments();
  return CHECK_DONE();
}
