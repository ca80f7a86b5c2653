/* The correctness check: a candidate's output buffer against the default pipeline's (the
 * reference), element by element, with a tolerance as wide as a correct but differently
 * ordered computation can drift, and no wider.
 *
 * Where the drift comes from. A schedule (tiling, vectorization, parallel partial sums, FMA
 * contraction) computes each output element from the same terms, added in another order. Each
 * addition rounds: p + t becomes (p + t)(1 + d) with |d| <= eps/2 (eps = 2^-23 for f32, 2^-52
 * for f64), so a K-term sum carries one rounding error per partial sum p_k: at most
 * eps/2 * sum_k |p_k|, and, the errors being nearly independent, typically
 * eps * sqrt(sum_k p_k^2) / sqrt(12). Two regimes follow from the size of the partial sums:
 *  - terms of random sign (the harness's inputs have random signs, so products of them do):
 *    the partial sums walk randomly, |p_k| ~ sigma*sqrt(k), the error is ~ eps*sigma*K/sqrt(24)
 *    while sum|t| ~ K*E|t|: the error is of order eps * sum|terms|, however small the result
 *    (~ sigma*sqrt(K)) is. For a typical element that is eps*sqrt(K) relative to the result;
 *    for an element whose terms cancel it is any multiple of the result.
 *    Measured: |error| / (eps * sum|t|) <= 3.0.
 *  - terms of one sign (sum|t| = |result|): |p_k| ~ |result|*k/K, the error is
 *    ~ eps*sqrt(K/36)*|result|: of order eps * sqrt(K) * |result|.
 *    Measured: |error| / (eps * sqrt(K) * |result|) <= 1.1.
 *  Sign-biased terms mix the two (partial sums drift with the mean and walk with the rest); the
 *  sum of both bounds covers them. Along a chain of ops, an op's relative error reaches the next
 *  op's result: independent errors average out in a later reduction, but not where they share a
 *  factor, so the same-sign parts add up op by op: L = sum over ops of sqrt(max(1, K_op))
 *  (sqrt(K) for one op, 1 for an elementwise op, which rounds once).
 *
 * The rule. Integers: exact. Floats, element by element:
 *     |got_i - ref_i| <= eps * (C_S * S_i + C_R * L * |ref_i|)  +  eps * (C_S + C_R * L) * MIN
 * where S_i >= |ref_i| is the magnitude of element i (the sum of the absolute values of the
 * terms summed into it, through the whole computation), L the path length above, and MIN the
 * type's smallest normal number: below it numbers are subnormal and rounding errors absolute
 * (eps*MIN each) rather than relative, hence the floor, which is the tolerance an element of
 * size MIN would get. S_i depends on the mode:
 *   RELATIVE   S_i = |ref_i|: no cancellation assumed, tol_i = rtol * |ref_i| (rtol below).
 *              Cheap; the caller tries it first.
 *   MAGNITUDE  S_i = max(scale_i, |ref_i|), scale computed by the caller with the default
 *              pipeline on |inputs| and every subtraction made an addition (harness/magnitude.h),
 *              so that nothing cancels: for a dot product, sum_k |a_k*b_k|. The max guards
 *              against the rounding of the scale run; so MAGNITUDE passes whatever RELATIVE does.
 *   NORMWISE   S_i = L * max_j |ref_j| (over the finite reference values): for when magnitudes
 *              cannot be computed. With random-sign terms |result| ~ sum|terms| / sqrt(K), so
 *              the largest output times L stands for the largest magnitude. It is close to the
 *              rule this one replaced (64 * eps * sqrt(K) * max|ref|), and as blind to errors in
 *              small elements (f32, L = 64: 1% off in an element 10^-3 of the largest passes).
 * Constants: C_S = C_R = 16, 5x over the worst random-sign error above and 14x over the worst
 * same-sign one. Measured on sums of K = 1 to 10^5 products of inputs like the
 * harness's (magnitude in [1/64, 1]), f32 and f64, 50% to 100% of one sign, every pair of six
 * orders (sequential, reversed, 16 lanes, pairwise, sequential FMA, 8 FMA lanes), 10 million
 * sums: the largest error over tolerance was 0.069, a margin of 14x (the unit test repeats the
 * measurement on 500 thousand sums and prints the ratio; `test_verify 20` runs the 10 million).
 * What no tolerance can see: an error below eps * C_S * S_i hides in rounding noise, so in an
 * element whose terms cancel to a fraction f of their magnitude, relative errors below about
 * eps * C_S / f pass (f32: 2e-6 / f, so 0.2% at f = 10^-3).
 * Limits: the bound assumes rounding errors that are independent, from terms in an order
 * unrelated to their signs; the harness's random inputs give both. Terms sorted by sign (all
 * positive ones first) make partial sums as large as S_i/2, and the error grows as
 * eps * S_i * sqrt(K/12): measured 0.57 of the tolerance at K = 4096, 3x over it at K = 10^5.
 * Equal terms round the same way at every step, and a sequential sum drifts as eps * K: 0.1f
 * added 16384 times is off by 1.5e-4 (10 * eps * sqrt(K)), 0.6 of the tolerance of a chain of
 * two such sums (the unit test), and 65536 times is beyond one op's tolerance.
 * Special values: NaN equals NaN; NaN or an infinity against a finite value (either way round)
 * is a mismatch; an infinity matches only the same infinity; +0 equals -0.
 *
 * Ownership: buffers and scale are borrowed; the result is a plain value in caller memory. */
#ifndef MRL_VERIFY_H
#define MRL_VERIFY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "elem.h"
#include "status.h"

#define MRL_VERIFY_C_S 16.0 /* multiplies eps * S_i: cancelling, random-sign sums */
#define MRL_VERIFY_C_R 16.0 /* multiplies eps * L * |ref_i|: same-sign sums */

#define MRL_VERIFY_MODE_TABLE(X)                                                               \
  X(RELATIVE, "relative")                                                                      \
  X(MAGNITUDE, "magnitude")                                                                    \
  X(NORMWISE, "normwise")

enum mrl_verify_mode {
#define MRL_VERIFY_MODE_ENUM(name, text) MRL_VERIFY_##name,
  MRL_VERIFY_MODE_TABLE(MRL_VERIFY_MODE_ENUM)
#undef MRL_VERIFY_MODE_ENUM
      MRL_VERIFY_MODE_COUNT
};

/* "relative", "magnitude", "normwise"; "?" for a value outside the enum. */
const char *mrl_verify_mode_name(enum mrl_verify_mode m);

struct mrl_verify_params {
  enum mrl_verify_mode mode;
  /* MAGNITUDE only (ignored otherwise): one magnitude per element, in double whatever the
   * element type. Where ref_i is finite, scale_i must be finite and >= 0 (else MRL_EINVAL: a
   * broken magnitude run is the caller's to handle, e.g. by falling back to NORMWISE); where
   * ref_i is NaN or infinite it is not read for the decision, so any value may stand there. */
  const double *scale;
  double path_len; /* L, from mrl_verify_path_len; finite and >= 1 (else MRL_EINVAL) */
};

/* L = sum over ops of sqrt(max(1, K_op)), K_op the product of op i's reduction loop bounds
 * (1 when it has none). No op (nops <= 0 or lens NULL) gives 1. */
double mrl_verify_path_len(const uint64_t *reduction_lens, int nops);

struct mrl_verify_result {
  bool pass;
  enum mrl_elem elem;
  enum mrl_verify_mode mode; /* the criterion that decided (as asked) */
  size_t count;                /* elements compared */
  size_t mismatches;           /* elements outside the tolerance, special values included */
  size_t nonfinite_mismatches; /* of which NaN/Inf disagreements */
  double path_len;             /* L as given */
  /* eps * (C_S + C_R * L): the relative tolerance of an element whose terms do not cancel
   * (RELATIVE's whole rule). 0 for integers. */
  double rtol;
  /* The element furthest outside (or, when all pass, closest to) its tolerance; a NaN/Inf
   * disagreement counts as worst of all. Meaningful when count > 0. */
  size_t worst_index;
  double worst_ref, worst_got;          /* as doubles, for every type */
  int64_t worst_ref_int, worst_got_int; /* exact values for i32/i64 */
  double worst_scale, worst_tol;        /* S_i and tolerance there (0 for integers) */
  /* Over the elements where both values are finite; max_rel_err skips ref == 0. */
  double max_abs_err, max_rel_err;
  /* max |got_i - ref_i| / tol_i over the same elements: how close the check came to failing
   * (> 1 exactly when a finite element fails). Integers: 0 when equal, INFINITY otherwise. */
  double max_ratio;
};

/* Compares count elements of `got` with `ref`, both of type elem, under p. count == 0 passes.
 * Fails only on bad arguments (MRL_EINVAL with a message); a mismatch is a result, not an
 * error. */
enum mrl_status mrl_verify_compare(enum mrl_elem elem, const void *ref, const void *got,
                                   size_t count, const struct mrl_verify_params *p,
                                   struct mrl_verify_result *out, struct mrl_err *err);

/* One line for people that names the criterion, e.g. "12 of 65536 elements differ; worst at
 * [3]: got 1.5 expected 2.25 (error 0.75 > tolerance 3.8e-06; relative criterion, L 1)".
 * Returns what snprintf returns (the untruncated length). */
int mrl_verify_describe(const struct mrl_verify_result *r, char *buf, size_t n);

#endif
