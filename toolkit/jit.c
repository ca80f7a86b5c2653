#include "jit.h"

#include <llvm/Config/llvm-config.h>
#include <mlir-c/ExecutionEngine.h>
#include <stdio.h>
#include <stdlib.h>

struct mrl_jit {
  MlirExecutionEngine engine;
  void (*fn)(void **);
};

/* Paths fixed at configure time; an environment variable may point elsewhere (a relocated
 * install, or a runtime built with instrumentation). */
const char *mrl_jit_omp_library(void) {
  const char *p = getenv("MLIRRL_OMP_LIB");
  return p && *p ? p : MLIRRL_OMP_LIB_PATH;
}

const char *mrl_jit_runner_utils_library(void) {
  const char *p = getenv("MLIRRL_RUNNER_UTILS");
  return p && *p ? p : MLIRRL_RUNNER_UTILS_PATH;
}

enum mrl_status mrl_jit_create(struct mrl_mlir *m, MlirModule lowered, const char *func_name,
                               int opt_level, struct mrl_jit **out, struct mrl_err *err) {
  mrl_mlir_clear_diagnostics(m);
  MlirStringRef libs[2] = {mlirStringRefCreateFromCString(mrl_jit_omp_library()),
                           mlirStringRefCreateFromCString(mrl_jit_runner_utils_library())};
  /* The object cache is on so that mrl_jit_dump_object can write the machine code out. */
#if LLVM_VERSION_MAJOR >= 20
  MlirExecutionEngine e = mlirExecutionEngineCreate(lowered, opt_level, 2, libs, true, false);
#else
  MlirExecutionEngine e = mlirExecutionEngineCreate(lowered, opt_level, 2, libs, true);
#endif
  if (mlirExecutionEngineIsNull(e)) return mrl_mlir_fail(m, err, MRL_EJIT, "cannot create the execution engine");
#if LLVM_VERSION_MAJOR >= 22
  mlirExecutionEngineInitialize(e);
#endif
  char sym[300];
  snprintf(sym, sizeof sym, "_mlir_ciface_%s", func_name);
  void *fn = mlirExecutionEngineLookupPacked(e, mlirStringRefCreateFromCString(sym));
  if (!fn) {
    mlirExecutionEngineDestroy(e);
    return mrl_fail(err, MRL_EJIT, "symbol %s not found after JIT (is llvm.emit_c_interface set?)", sym);
  }
  struct mrl_jit *j = malloc(sizeof *j);
  if (!j) {
    mlirExecutionEngineDestroy(e);
    return mrl_fail(err, MRL_ENOMEM, "out of memory");
  }
  j->engine = e;
  *(void **)&j->fn = fn;
  *out = j;
  return MRL_OK;
}

void mrl_jit_call(struct mrl_jit *j, void **args) { j->fn(args); }

enum mrl_status mrl_jit_dump_object(struct mrl_jit *j, const char *path, struct mrl_err *err) {
  mlirExecutionEngineDumpToObjectFile(j->engine, mlirStringRefCreateFromCString(path));
  FILE *f = fopen(path, "rb");
  long size = -1;
  if (f && fseek(f, 0, SEEK_END) == 0) size = ftell(f);
  if (f) fclose(f);
  if (size <= 0) return mrl_fail(err, MRL_EJIT, "the engine wrote no object code to %s", path);
  return MRL_OK;
}

void mrl_jit_destroy(struct mrl_jit *j) {
  if (!j) return;
  mlirExecutionEngineDestroy(j->engine);
  free(j);
}
