/* Argument buffers of a benchmark call: aligned data plus the ranked memref descriptors the
 * C interface (_mlir_ciface_*) takes, filled with seeded random values.
 *
 * Ownership: mrl_buffers_create allocates everything; mrl_buffers_destroy frees it. */
#ifndef MRL_BUFFERS_H
#define MRL_BUFFERS_H

#include <stdint.h>

#include "bench.h"

struct mrl_buffers {
  int n;
  void **data;   /* data[i]: element storage of argument i (64-byte aligned) */
  size_t *bytes; /* bytes[i]: its size */
  void **desc;   /* desc[i]: memref descriptor of argument i */
  void **args;   /* args[i] = &desc[i]: what mrl_jit_call takes */
};

enum mrl_status mrl_buffers_create(const struct mrl_signature *sig, struct mrl_buffers *b,
                                   struct mrl_err *err);
void mrl_buffers_destroy(struct mrl_buffers *b);

/* Fills argument i with values that depend only on (seed, i, element index): never zero,
 * floats in [-1, -1/64] U [1/64, 1], integers in [-8, 8] \ {0}. */
void mrl_buffers_fill(const struct mrl_signature *sig, struct mrl_buffers *b, int i,
                      uint64_t seed);

/* Replaces the values of a floating-point argument i by their absolute values (integers are
 * left alone: they index, they are not summed). */
void mrl_buffers_abs(const struct mrl_signature *sig, struct mrl_buffers *b, int i);

#endif
