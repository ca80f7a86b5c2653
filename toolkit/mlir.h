/* An MLIR context set up for mlirrl: every dialect and pass registered, LLVM translations
 * loaded, and diagnostics captured as text instead of printed.
 *
 * Ownership: mrl_mlir_open allocates the object; mrl_mlir_close frees it and its context.
 * Modules parsed in the context must be destroyed before the context is closed. */
#ifndef MRL_MLIR_H
#define MRL_MLIR_H

#include <mlir-c/IR.h>

#include "status.h"

struct mrl_mlir;

enum mrl_status mrl_mlir_open(struct mrl_mlir **out, struct mrl_err *err);
void mrl_mlir_close(struct mrl_mlir *m);
MlirContext mrl_mlir_context(struct mrl_mlir *m);

/* Diagnostics emitted since the last clear, one per line ("" when none). */
const char *mrl_mlir_diagnostics(const struct mrl_mlir *m);
void mrl_mlir_clear_diagnostics(struct mrl_mlir *m);

/* Copies the first diagnostic line (or fallback when there is none) into err and returns s. */
enum mrl_status mrl_mlir_fail(struct mrl_mlir *m, struct mrl_err *err, enum mrl_status s,
                              const char *what);

/* "19.1.7": the LLVM/MLIR release this binary was built against. */
const char *mrl_mlir_version(void);
int mrl_mlir_version_major(void);

#endif
