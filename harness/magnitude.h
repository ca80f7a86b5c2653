/* The magnitude form of a benchmark: a text rewrite whose default-pipeline run, on the
 * absolute values of the inputs, computes for every output element its magnitude S_i, the sum
 * of the absolute values of all the terms that went into it (verify.h's MAGNITUDE mode).
 *
 * Why these rules. Evaluated on |inputs| with |constants|, a program of additions,
 * multiplications and maxima computes exactly those sums of absolute terms, provided nothing
 * in it subtracts or negates; the rounding error of any correct reordering is bounded by
 * eps times them (verify.h). So:
 *   arith.subf -> arith.addf, linalg.sub -> linalg.add     (|a - b| <= |a| + |b|)
 *   arith.negf -> math.absf, linalg.negf -> linalg.abs     (inputs are >= 0: the value stays |x|)
 *   arith.minimumf -> arith.maximumf (minnumf -> maxnumf, linalg.min -> linalg.max): the error
 *     of min(x, y) is that of x or of y, so its magnitude is the larger of theirs, not the
 *     smaller (a relu6's min(x, 6) would otherwise hide x's error behind the 6).
 *   negative float literals -> their absolute value (decimal: the '-' goes; hexadecimal: the
 *     sign bit), except -inf, the identity of a maximum, which stays.
 *   f32 -> f64 everywhere a type is written (memref/tensor/vector element types, scalars,
 *     block arguments, function types), so that the magnitudes of a deep network neither
 *     overflow nor lose the small terms; decimal literals keep their text, hexadecimal f32
 *     literals (0xFF800000, -inf, a max-pooling's init) become the f64 bit pattern of the same
 *     value (0xFFF0000000000000), exactly, subnormals, infinities and NaN payloads included.
 * Everything else that computes with floats is refused (MRL_EUNSUPPORTED, one line naming the
 * op and line), because its magnitude form is not a rename: divisions, float comparisons (a
 * select on one would pick by magnitude), signed int-to-float conversions, transcendental
 * functions, min-pooling, truncf/extf (which would become f64 to f64), element types other
 * than f32/f64, hex-encoded dense data, ops of dialects not listed in magnitude.c, and +inf or
 * NaN literals, which would poison every magnitude they touch. The caller then falls back to
 * the norm-wise criterion.
 * Tokens are rewritten whole: `f32` in `%f32x`, `@matmul_f32` or `"f32"` stays; comments are
 * copied as they are; an op name in a string is an op (generic form) only when `(` follows.
 *
 * Ownership: *out is malloc'd on success (the caller frees it) and NULL otherwise. */
#ifndef MRL_MAGNITUDE_H
#define MRL_MAGNITUDE_H

#include <stdint.h>

#include "status.h"

/* Changes whenever a rule does: magnitudes computed under other rules (cached ones) are not
 * these. Part of the cache key of stored magnitudes. */
#define MRL_MAGNITUDE_RULES_VERSION 1

/* bench_text: the benchmark's MLIR text (NUL-terminated, borrowed). MRL_EUNSUPPORTED when the
 * text holds something the rewrite cannot handle safely, MRL_EINVAL for NULL arguments,
 * MRL_ENOMEM; err says which and where. */
enum mrl_status mrl_magnitude_text(const char *bench_text, char **out, struct mrl_err *err);

/* The f64 bit pattern of the same value as the f32 bit pattern `bits` (exact for every f32:
 * zeros, subnormals, normals, infinities; a NaN keeps its sign, quiet bit and payload). */
uint64_t mrl_magnitude_f64_bits(uint32_t bits);

#endif
