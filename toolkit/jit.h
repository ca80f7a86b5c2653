/* JIT-compiling a lowered module and calling its entry function.
 *
 * Ownership: mrl_jit_create returns an engine the caller destroys with mrl_jit_destroy (before
 * the module's context is closed). The module may be destroyed once the engine exists. */
#ifndef MRL_JIT_H
#define MRL_JIT_H

#include "mlir.h"

struct mrl_jit;

/* Shared libraries given to every engine: the OpenMP runtime and MLIR's C runner utilities. */
const char *mrl_jit_omp_library(void);
const char *mrl_jit_runner_utils_library(void);

enum mrl_status mrl_jit_create(struct mrl_mlir *m, MlirModule lowered, const char *func_name,
                               int opt_level, struct mrl_jit **out, struct mrl_err *err);

/* Calls the entry function; args[i] points at the i-th memref descriptor pointer. */
void mrl_jit_call(struct mrl_jit *j, void **args);

/* Writes the machine code the engine compiled, as one object file, to path: what runs, so
 * that two builds (or two runs) can tell whether they ran the same code. */
enum mrl_status mrl_jit_dump_object(struct mrl_jit *j, const char *path, struct mrl_err *err);

void mrl_jit_destroy(struct mrl_jit *j);

#endif
