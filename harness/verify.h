/* The correctness check: a candidate's output buffer against the default pipeline's (the
 * reference), with a tolerance that fits the element type and the reduction length.
 *
 * The rule (constants below):
 *   integers: exact.
 *   floats:   |got - ref| <= atol + rtol * |ref|, element by element, where
 *     rtol = min(MRL_VERIFY_RTOL_MAX, MRL_VERIFY_RTOL_ULPS * eps * sqrt(max(1, K))),
 *     atol = MRL_VERIFY_ATOL_SCALE * rtol * max|ref|   (over the finite reference values),
 *   eps is the type's machine epsilon (2^-23 for f32, 2^-52 for f64) and K the reduction
 *   length (product of the reduction loop bounds; 1 when there is none or it is unknown).
 * Why: reordering a K-term sum (tiling, vectorizing, parallel partial sums) changes rounding
 * by about eps*sqrt(K) relative to the size of the partial sums, so rtol grows as sqrt(K) with
 * a wide margin (64 ulps covers the tail over millions of elements and odd summation orders).
 * An output element near zero is the result of cancellation: its error is relative to the
 * terms, not to itself, so atol ties it to the output's overall magnitude instead (with it
 * the test is close to a normwise one: |error| <= 2 * rtol * max|ref| at most). The cap keeps
 * a 1% error a failure, however long the reduction, on every element larger than a ninth of
 * the largest. Measured on random f32 dot products, K = 16..65536, 16-lane partial sums
 * against one running sum: the worst element used under 1% of its tolerance.
 * Special values: NaN equals NaN; NaN against a number (either way round) is a mismatch; an
 * infinity matches only the same infinity; +0 equals -0.
 *
 * Ownership: buffers are borrowed; the result is a plain value in caller memory. */
#ifndef MRL_VERIFY_H
#define MRL_VERIFY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "elem.h"
#include "status.h"

#define MRL_VERIFY_RTOL_ULPS 64.0
#define MRL_VERIFY_RTOL_MAX 1e-3
#define MRL_VERIFY_ATOL_SCALE 1.0

struct mrl_verify_result {
  bool pass;
  enum mrl_elem elem;
  size_t count;                /* elements compared */
  size_t mismatches;           /* elements outside the tolerance, special values included */
  size_t nonfinite_mismatches; /* of which NaN/Inf disagreements */
  uint64_t reduction_len;
  double rtol, atol; /* both 0 for integers */
  /* The element furthest outside (or, when all pass, closest to) its tolerance; a NaN/Inf
   * disagreement counts as worst of all. Meaningful when count > 0. */
  size_t worst_index;
  double worst_ref, worst_got;          /* as doubles, for every type */
  int64_t worst_ref_int, worst_got_int; /* exact values for i32/i64 */
  /* Over the elements where both values are finite; max_rel_err skips ref == 0. */
  double max_abs_err, max_rel_err;
};

/* Relative tolerance for a float type and reduction length (0 for integer types). */
double mrl_verify_rtol(enum mrl_elem elem, uint64_t reduction_len);

/* Compares count elements of `got` with `ref`, both of type elem. count == 0 passes.
 * Fails only on bad arguments (MRL_EINVAL); a mismatch is a result, not an error. */
enum mrl_status mrl_verify_compare(enum mrl_elem elem, const void *ref, const void *got,
                                   size_t count, uint64_t reduction_len,
                                   struct mrl_verify_result *out, struct mrl_err *err);

/* One line for people, e.g. "12 of 65536 elements differ; worst at [3]: got 1.5 expected
 * 2.25 (rtol 3.1e-05)". Returns what snprintf returns (the untruncated length). */
int mrl_verify_describe(const struct mrl_verify_result *r, char *buf, size_t n);

#endif
