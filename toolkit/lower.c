#include "lower.h"

#include <mlir-c/Pass.h>
#include <stdio.h>
#include <string.h>

/* Pass order matters (measured in 19 and 22): scf-to-cf after finalize-memref-to-llvm avoids an
 * alloca_scope error after the OpenMP conversion; lower-affine after expand-strided-metadata;
 * buffer-deallocation-pipeline stops every call leaking its temporaries;
 * lower-vector-multi-reduction is needed after plain vectorization; full-unroll keeps
 * vector-to-scf from putting allocas inside loops. */
static const char pipeline[] =
    "builtin.module(one-shot-bufferize,buffer-deallocation-pipeline,"
    "func.func(scf-forall-to-parallel),convert-scf-to-openmp,func.func(convert-linalg-to-loops),"
    "func.func(lower-vector-mask,lower-vector-multi-reduction),convert-vector-to-scf{full-unroll=1},"
    "expand-strided-metadata,lower-affine,finalize-memref-to-llvm,convert-scf-to-cf,"
    "convert-vector-to-llvm,convert-math-to-llvm,convert-arith-to-llvm,convert-index-to-llvm,"
    "convert-cf-to-llvm,convert-openmp-to-llvm,convert-func-to-llvm,convert-ub-to-llvm,"
    "reconcile-unrealized-casts)";

const char *mrl_lower_pipeline(void) { return pipeline; }

struct text_buf {
  char buf[1024];
  size_t n;
};

static void collect(MlirStringRef s, void *user) {
  struct text_buf *t = user;
  size_t room = sizeof t->buf - 1 - t->n;
  size_t k = s.length < room ? s.length : room;
  memcpy(t->buf + t->n, s.data, k);
  t->n += k;
  t->buf[t->n] = '\0';
}

enum mrl_status mrl_lower_run(struct mrl_mlir *m, MlirModule mod, const char *pipe,
                              struct mrl_err *err) {
  mrl_mlir_clear_diagnostics(m);
  MlirPassManager pm = mlirPassManagerCreate(mrl_mlir_context(m));
  struct text_buf why = {.n = 0};
  why.buf[0] = '\0';
  MlirLogicalResult r = mlirParsePassPipeline(mlirPassManagerGetAsOpPassManager(pm),
                                              mlirStringRefCreateFromCString(pipe), collect, &why);
  if (mlirLogicalResultIsFailure(r)) {
    mlirPassManagerDestroy(pm);
    return mrl_fail(err, MRL_ELOWER, "bad pass pipeline: %s", why.buf);
  }
  r = mlirPassManagerRunOnOp(pm, mlirModuleGetOperation(mod));
  mlirPassManagerDestroy(pm);
  if (mlirLogicalResultIsFailure(r)) return mrl_mlir_fail(m, err, MRL_ELOWER, "lowering failed");
  return MRL_OK;
}
