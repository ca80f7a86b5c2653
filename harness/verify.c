#include "verify.h"

#include <float.h>
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

double mrl_verify_rtol(enum mrl_elem elem, uint64_t reduction_len) {
  double eps;
  switch (elem) {
  case MRL_ELEM_F32: eps = FLT_EPSILON; break;
  case MRL_ELEM_F64: eps = DBL_EPSILON; break;
  default: return 0;
  }
  double k = reduction_len > 1 ? (double)reduction_len : 1.0;
  double rtol = MRL_VERIFY_RTOL_ULPS * eps * sqrt(k);
  return rtol < MRL_VERIFY_RTOL_MAX ? rtol : MRL_VERIFY_RTOL_MAX;
}

/* Element access by type keeps one comparison loop per kind instead of one per type; the
 * switch costs nothing next to the memory traffic of a large output. */
static double load_float(enum mrl_elem elem, const void *p, size_t i) {
  if (elem == MRL_ELEM_F32) return ((const float *)p)[i];
  return ((const double *)p)[i];
}

static int64_t load_int(enum mrl_elem elem, const void *p, size_t i) {
  if (elem == MRL_ELEM_I32) return ((const int32_t *)p)[i];
  return ((const int64_t *)p)[i];
}

static double max_abs_finite(enum mrl_elem elem, const void *ref, size_t count) {
  double m = 0;
  for (size_t i = 0; i < count; i++) {
    double v = fabs(load_float(elem, ref, i));
    if (isfinite(v) && v > m) m = v;
  }
  return m;
}

/* Equal special values (NaN/NaN, same-signed infinities) are a match; any other pairing that
 * involves a NaN or an infinity is a mismatch that no tolerance can excuse. */
static bool special_values_agree(double ref, double got) {
  if (isnan(ref) || isnan(got)) return isnan(ref) && isnan(got);
  return ref == got;
}

/* Records element i as the worst so far when its badness (error over tolerance) is larger;
 * ties keep the first index so the report is stable. */
static void consider_worst(struct mrl_verify_result *r, double *worst_badness, double badness,
                           size_t i, double ref, double got) {
  if (badness > *worst_badness || r->worst_index == SIZE_MAX) {
    *worst_badness = badness;
    r->worst_index = i;
    r->worst_ref = ref;
    r->worst_got = got;
  }
}

static void compare_one_float(struct mrl_verify_result *r, double *worst_badness, size_t i,
                              double ref, double got) {
  if (!isfinite(ref) || !isfinite(got)) {
    if (special_values_agree(ref, got)) {
      consider_worst(r, worst_badness, 0, i, ref, got);
      return;
    }
    r->mismatches++;
    r->nonfinite_mismatches++;
    consider_worst(r, worst_badness, INFINITY, i, ref, got);
    return;
  }
  double d = fabs(got - ref);
  double tol = r->atol + r->rtol * fabs(ref);
  if (d > tol) r->mismatches++;
  if (d > r->max_abs_err) r->max_abs_err = d;
  if (ref != 0 && d / fabs(ref) > r->max_rel_err) r->max_rel_err = d / fabs(ref);
  double badness = tol > 0 ? d / tol : (d > 0 ? INFINITY : 0);
  consider_worst(r, worst_badness, badness, i, ref, got);
}

static void compare_floats(struct mrl_verify_result *r, const void *ref, const void *got) {
  double m = max_abs_finite(r->elem, ref, r->count);
  r->rtol = mrl_verify_rtol(r->elem, r->reduction_len);
  r->atol = MRL_VERIFY_ATOL_SCALE * r->rtol * m;
  double worst_badness = -1;
  for (size_t i = 0; i < r->count; i++)
    compare_one_float(r, &worst_badness, i, load_float(r->elem, ref, i),
                      load_float(r->elem, got, i));
}

/* |a - b| without overflow: INT64_MIN against INT64_MAX differs by 2^64 - 1. */
static uint64_t int_distance(int64_t a, int64_t b) {
  return a > b ? (uint64_t)a - (uint64_t)b : (uint64_t)b - (uint64_t)a;
}

static void compare_one_int(struct mrl_verify_result *r, uint64_t *worst, size_t i, int64_t ref,
                            int64_t got) {
  uint64_t d = int_distance(ref, got);
  double dd = (double)d;
  if (d != 0) r->mismatches++;
  if (dd > r->max_abs_err) r->max_abs_err = dd;
  if (ref != 0 && dd / fabs((double)ref) > r->max_rel_err) r->max_rel_err = dd / fabs((double)ref);
  if (d > *worst || r->worst_index == SIZE_MAX) {
    *worst = d;
    r->worst_index = i;
    r->worst_ref_int = ref;
    r->worst_got_int = got;
    r->worst_ref = (double)ref;
    r->worst_got = (double)got;
  }
}

static void compare_ints(struct mrl_verify_result *r, const void *ref, const void *got) {
  uint64_t worst = 0;
  for (size_t i = 0; i < r->count; i++)
    compare_one_int(r, &worst, i, load_int(r->elem, ref, i), load_int(r->elem, got, i));
}

enum mrl_status mrl_verify_compare(enum mrl_elem elem, const void *ref, const void *got,
                                   size_t count, uint64_t reduction_len,
                                   struct mrl_verify_result *out, struct mrl_err *err) {
  if ((unsigned)elem > MRL_ELEM_I64)
    return mrl_fail(err, MRL_EINVAL, "verify: unknown element type %d", (int)elem);
  if (count > 0 && (!ref || !got))
    return mrl_fail(err, MRL_EINVAL, "verify: missing %s buffer", ref ? "candidate" : "reference");
  struct mrl_verify_result r = {
      .elem = elem, .count = count, .reduction_len = reduction_len, .worst_index = SIZE_MAX};
  if (mrl_elem_is_float(elem))
    compare_floats(&r, ref, got);
  else
    compare_ints(&r, ref, got);
  if (count == 0) r.worst_index = 0;
  r.pass = r.mismatches == 0;
  *out = r;
  return MRL_OK;
}

static void format_value(const struct mrl_verify_result *r, bool is_ref, char *buf, size_t n) {
  switch (r->elem) {
  case MRL_ELEM_F32: snprintf(buf, n, "%.9g", is_ref ? r->worst_ref : r->worst_got); break;
  case MRL_ELEM_F64: snprintf(buf, n, "%.17g", is_ref ? r->worst_ref : r->worst_got); break;
  default: snprintf(buf, n, "%" PRId64, is_ref ? r->worst_ref_int : r->worst_got_int); break;
  }
}

static void format_tolerance(const struct mrl_verify_result *r, char *buf, size_t n) {
  if (mrl_elem_is_float(r->elem))
    snprintf(buf, n, "rtol %.2g", r->rtol);
  else
    snprintf(buf, n, "exact");
}

int mrl_verify_describe(const struct mrl_verify_result *r, char *buf, size_t n) {
  char tol[32];
  format_tolerance(r, tol, sizeof tol);
  if (r->count == 0) return snprintf(buf, n, "no elements to compare");
  if (r->pass)
    return snprintf(buf, n, "all %zu %s elements match (max rel err %.2g; %s)", r->count,
                    mrl_elem_name(r->elem), r->max_rel_err, tol);
  char want[40], have[40];
  format_value(r, true, want, sizeof want);
  format_value(r, false, have, sizeof have);
  return snprintf(buf, n, "%zu of %zu elements differ; worst at [%zu]: got %s expected %s (%s)",
                  r->mismatches, r->count, r->worst_index, have, want, tol);
}
