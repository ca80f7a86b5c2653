/* Lowering a (possibly transformed) payload to the LLVM dialect. */
#ifndef MRL_LOWER_H
#define MRL_LOWER_H

#include "mlir.h"

/* The pass pipeline used for every version of a benchmark, baseline and candidates alike. */
const char *mrl_lower_pipeline(void);

enum mrl_status mrl_lower_run(struct mrl_mlir *m, MlirModule mod, const char *pipeline,
                              struct mrl_err *err);

#endif
