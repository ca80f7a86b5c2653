#include "verify.h"

#include <float.h>
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

const char *mrl_verify_mode_name(enum mrl_verify_mode m) {
  static const char *const names[] = {
#define MRL_VERIFY_MODE_NAME(name, text) text,
      MRL_VERIFY_MODE_TABLE(MRL_VERIFY_MODE_NAME)
#undef MRL_VERIFY_MODE_NAME
  };
  return (unsigned)m < MRL_VERIFY_MODE_COUNT ? names[m] : "?";
}

double mrl_verify_path_len(const uint64_t *reduction_lens, int nops) {
  if (!reduction_lens || nops <= 0) return 1;
  double l = 0;
  for (int i = 0; i < nops; i++) l += reduction_lens[i] > 1 ? sqrt((double)reduction_lens[i]) : 1.0;
  return l;
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

/* The per-call constants of the float rule: tol_i = c_s * S_i + c_r * |ref_i| + floor, with
 * eps (and L) folded into c_s and c_r. */
struct rule {
  enum mrl_verify_mode mode;
  const double *scale;
  double c_s, c_r, floor;
  double norm_scale; /* NORMWISE's S_i, the same for every element */
};

static double max_abs_finite(enum mrl_elem elem, const void *ref, size_t count) {
  double m = 0;
  for (size_t i = 0; i < count; i++) {
    double v = fabs(load_float(elem, ref, i));
    if (isfinite(v) && v > m) m = v;
  }
  return m;
}

static struct rule make_rule(enum mrl_elem elem, const void *ref, size_t count,
                             const struct mrl_verify_params *p) {
  double eps = elem == MRL_ELEM_F32 ? FLT_EPSILON : DBL_EPSILON;
  double min_normal = elem == MRL_ELEM_F32 ? FLT_MIN : DBL_MIN;
  struct rule u = {.mode = p->mode,
                   .scale = p->scale,
                   .c_s = MRL_VERIFY_C_S * eps,
                   .c_r = MRL_VERIFY_C_R * p->path_len * eps};
  u.floor = (u.c_s + u.c_r) * min_normal;
  if (p->mode == MRL_VERIFY_NORMWISE) u.norm_scale = p->path_len * max_abs_finite(elem, ref, count);
  return u;
}

/* S_i of the rule in verify.h; never below |ref_i|, whatever the mode. */
static double element_scale(const struct rule *u, size_t i, double ref) {
  double s = fabs(ref);
  if (u->mode == MRL_VERIFY_MAGNITUDE && u->scale[i] > s) s = u->scale[i];
  if (u->mode == MRL_VERIFY_NORMWISE && u->norm_scale > s) s = u->norm_scale;
  return s;
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
                           size_t i, double ref, double got, double scale, double tol) {
  if (badness > *worst_badness || r->worst_index == SIZE_MAX) {
    *worst_badness = badness;
    r->worst_index = i;
    r->worst_ref = ref;
    r->worst_got = got;
    r->worst_scale = scale;
    r->worst_tol = tol;
  }
}

static void compare_one_float(struct mrl_verify_result *r, const struct rule *u,
                              double *worst_badness, size_t i, double ref, double got) {
  if (!isfinite(ref) || !isfinite(got)) {
    bool agree = special_values_agree(ref, got);
    if (!agree) {
      r->mismatches++;
      r->nonfinite_mismatches++;
    }
    consider_worst(r, worst_badness, agree ? 0 : INFINITY, i, ref, got, NAN, NAN);
    return;
  }
  double s = element_scale(u, i, ref);
  double tol = u->c_s * s + u->c_r * fabs(ref) + u->floor;
  double d = fabs(got - ref);
  if (d > tol) r->mismatches++;
  if (d > r->max_abs_err) r->max_abs_err = d;
  if (ref != 0 && d / fabs(ref) > r->max_rel_err) r->max_rel_err = d / fabs(ref);
  double ratio = d / tol; /* tol >= floor > 0 */
  if (ratio > r->max_ratio) r->max_ratio = ratio;
  consider_worst(r, worst_badness, ratio, i, ref, got, s, tol);
}

static void compare_floats(struct mrl_verify_result *r, const struct mrl_verify_params *p,
                           const void *ref, const void *got) {
  struct rule u = make_rule(r->elem, ref, r->count, p);
  r->rtol = u.c_s + u.c_r;
  double worst_badness = -1;
  for (size_t i = 0; i < r->count; i++)
    compare_one_float(r, &u, &worst_badness, i, load_float(r->elem, ref, i),
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
  if (d != 0) {
    r->mismatches++;
    r->max_ratio = INFINITY;
  }
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

/* A magnitude run that produced NaN, an infinity or a negative value where the reference is
 * finite is broken (magnitudes are sums of absolute values); deciding with it would either
 * excuse anything or nothing, so the caller hears of it instead. */
static enum mrl_status check_scale(enum mrl_elem elem, const void *ref, const double *scale,
                                   size_t count, struct mrl_err *err) {
  for (size_t i = 0; i < count; i++) {
    if (!isfinite(load_float(elem, ref, i))) continue;
    if (!isfinite(scale[i]) || scale[i] < 0)
      return mrl_fail(err, MRL_EINVAL,
                      "verify: magnitude of element %zu is %g (must be finite and >= 0)", i,
                      scale[i]);
  }
  return MRL_OK;
}

static enum mrl_status check_arguments(enum mrl_elem elem, const void *ref, const void *got,
                                       size_t count, const struct mrl_verify_params *p,
                                       struct mrl_err *err) {
  if ((unsigned)elem > MRL_ELEM_I64)
    return mrl_fail(err, MRL_EINVAL, "verify: unknown element type %d", (int)elem);
  if (!p) return mrl_fail(err, MRL_EINVAL, "verify: no parameters");
  if ((unsigned)p->mode >= MRL_VERIFY_MODE_COUNT)
    return mrl_fail(err, MRL_EINVAL, "verify: unknown mode %d", (int)p->mode);
  if (!(p->path_len >= 1) || !isfinite(p->path_len))
    return mrl_fail(err, MRL_EINVAL, "verify: path length %g (must be finite and >= 1)",
                    p->path_len);
  if (count == 0) return MRL_OK;
  if (!ref || !got)
    return mrl_fail(err, MRL_EINVAL, "verify: missing %s buffer", ref ? "candidate" : "reference");
  if (p->mode != MRL_VERIFY_MAGNITUDE || !mrl_elem_is_float(elem)) return MRL_OK;
  if (!p->scale) return mrl_fail(err, MRL_EINVAL, "verify: magnitude mode without magnitudes");
  return check_scale(elem, ref, p->scale, count, err);
}

enum mrl_status mrl_verify_compare(enum mrl_elem elem, const void *ref, const void *got,
                                   size_t count, const struct mrl_verify_params *p,
                                   struct mrl_verify_result *out, struct mrl_err *err) {
  enum mrl_status s = check_arguments(elem, ref, got, count, p, err);
  if (s != MRL_OK) return s;
  struct mrl_verify_result r = {.elem = elem,
                                .mode = p->mode,
                                .count = count,
                                .path_len = p->path_len,
                                .worst_index = SIZE_MAX};
  if (mrl_elem_is_float(elem))
    compare_floats(&r, p, ref, got);
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

/* "magnitude criterion, L 64": which rule decided, for the reader of a record or a log. */
static void format_criterion(const struct mrl_verify_result *r, char *buf, size_t n) {
  snprintf(buf, n, "%s criterion, L %.3g", mrl_verify_mode_name(r->mode), r->path_len);
}

static int describe_pass(const struct mrl_verify_result *r, char *buf, size_t n) {
  if (!mrl_elem_is_float(r->elem))
    return snprintf(buf, n, "all %zu %s elements match (exact)", r->count, mrl_elem_name(r->elem));
  char crit[64];
  format_criterion(r, crit, sizeof crit);
  return snprintf(buf, n, "all %zu %s elements match (largest error %.2g of tolerance; %s)",
                  r->count, mrl_elem_name(r->elem), r->max_ratio, crit);
}

int mrl_verify_describe(const struct mrl_verify_result *r, char *buf, size_t n) {
  if (r->count == 0) return snprintf(buf, n, "no elements to compare");
  if (r->pass) return describe_pass(r, buf, n);
  char want[40], have[40], why[160];
  format_value(r, true, want, sizeof want);
  format_value(r, false, have, sizeof have);
  if (!mrl_elem_is_float(r->elem)) {
    snprintf(why, sizeof why, "exact");
  } else {
    char crit[64];
    format_criterion(r, crit, sizeof crit);
    if (isfinite(r->worst_ref) && isfinite(r->worst_got))
      snprintf(why, sizeof why, "error %.2g > tolerance %.2g; %s", fabs(r->worst_got - r->worst_ref),
               r->worst_tol, crit);
    else
      snprintf(why, sizeof why, "non-finite; %s", crit);
  }
  return snprintf(buf, n, "%zu of %zu elements differ; worst at [%zu]: got %s expected %s (%s)",
                  r->mismatches, r->count, r->worst_index, have, want, why);
}
