/* Applying a transform-dialect script to a payload module with the transform interpreter.
 *
 * The script is a module with the transform.with_named_sequence attribute holding
 * `transform.named_sequence @__transform_main(%root: !transform.any_op ...)`. On failure the
 * payload may be half transformed: the caller discards it and starts again from a fresh parse. */
#ifndef MRL_TRANSFORM_H
#define MRL_TRANSFORM_H

#include "mlir.h"

enum mrl_status mrl_transform_apply(struct mrl_mlir *m, MlirModule payload, const char *script,
                                    struct mrl_err *err);

#endif
