/* NumPy .npy files (format 1.0 and 2.0, little-endian, C order) for benchmark arguments:
 * how inputs are given to `mlirrl exec` and how its outputs come back. */
#ifndef MRL_NPY_H
#define MRL_NPY_H

#include <stdint.h>

#include "bench.h"

/* Reads path into data (exactly the argument's bytes); the file must hold the argument's
 * element type and shape. */
enum mrl_status mrl_npy_read(const char *path, const struct mrl_arg *a, void *data,
                             struct mrl_err *err);
enum mrl_status mrl_npy_write(const char *path, const struct mrl_arg *a, const void *data,
                              struct mrl_err *err);

#endif
