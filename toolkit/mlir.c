#include "mlir.h"

#include <llvm/Config/llvm-config.h>
#include <mlir-c/Diagnostics.h>
#include <mlir-c/RegisterEverything.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

enum { MRL_DIAG_CAP = 16384 };

struct mrl_mlir {
  MlirContext ctx;
  MlirDiagnosticHandlerID handler;
  size_t diag_len;
  char diag[MRL_DIAG_CAP];
};

static pthread_once_t passes_once = PTHREAD_ONCE_INIT;

static void register_passes(void) { mlirRegisterAllPasses(); }

static void append_diag(MlirStringRef s, void *user) {
  struct mrl_mlir *m = user;
  size_t room = MRL_DIAG_CAP - 1 - m->diag_len;
  size_t n = s.length < room ? s.length : room;
  memcpy(m->diag + m->diag_len, s.data, n);
  m->diag_len += n;
  m->diag[m->diag_len] = '\0';
}

static MlirLogicalResult on_diagnostic(MlirDiagnostic d, void *user) {
  struct mrl_mlir *m = user;
  if (mlirDiagnosticGetSeverity(d) == MlirDiagnosticRemark) return mlirLogicalResultSuccess();
  if (m->diag_len > 0) append_diag(mlirStringRefCreateFromCString("\n"), m);
  mlirLocationPrint(mlirDiagnosticGetLocation(d), append_diag, m);
  append_diag(mlirStringRefCreateFromCString(": "), m);
  mlirDiagnosticPrint(d, append_diag, m);
  /* Attached notes often carry the real reason (e.g. which payload op a transform rejected). */
  intptr_t nn = mlirDiagnosticGetNumNotes(d);
  for (intptr_t i = 0; i < nn; ++i) {
    append_diag(mlirStringRefCreateFromCString(" [note: "), m);
    mlirDiagnosticPrint(mlirDiagnosticGetNote(d, i), append_diag, m);
    append_diag(mlirStringRefCreateFromCString("]"), m);
  }
  return mlirLogicalResultSuccess();
}

enum mrl_status mrl_mlir_open(struct mrl_mlir **out, struct mrl_err *err) {
  pthread_once(&passes_once, register_passes);
  struct mrl_mlir *m = calloc(1, sizeof *m);
  if (!m) return mrl_fail(err, MRL_ENOMEM, "cannot allocate an MLIR context");
  /* No thread pool: the harness forks after using MLIR, and compile jobs are small. */
  m->ctx = mlirContextCreateWithThreading(false);
  MlirDialectRegistry reg = mlirDialectRegistryCreate();
  mlirRegisterAllDialects(reg);
  mlirContextAppendDialectRegistry(m->ctx, reg);
  mlirDialectRegistryDestroy(reg);
  mlirContextLoadAllAvailableDialects(m->ctx);
  mlirRegisterAllLLVMTranslations(m->ctx);
  m->handler = mlirContextAttachDiagnosticHandler(m->ctx, on_diagnostic, m, NULL);
  *out = m;
  return MRL_OK;
}

void mrl_mlir_close(struct mrl_mlir *m) {
  if (!m) return;
  mlirContextDetachDiagnosticHandler(m->ctx, m->handler);
  mlirContextDestroy(m->ctx);
  free(m);
}

MlirContext mrl_mlir_context(struct mrl_mlir *m) { return m->ctx; }

const char *mrl_mlir_diagnostics(const struct mrl_mlir *m) { return m->diag; }

void mrl_mlir_clear_diagnostics(struct mrl_mlir *m) {
  m->diag_len = 0;
  m->diag[0] = '\0';
}

enum mrl_status mrl_mlir_fail(struct mrl_mlir *m, struct mrl_err *err, enum mrl_status s,
                              const char *what) {
  const char *d = m->diag;
  size_t n = strcspn(d, "\n");
  if (n == 0) return mrl_fail(err, s, "%s", what);
  return mrl_fail(err, s, "%s: %.*s", what, (int)n, d);
}

const char *mrl_mlir_version(void) { return LLVM_VERSION_STRING; }

int mrl_mlir_version_major(void) { return LLVM_VERSION_MAJOR; }
