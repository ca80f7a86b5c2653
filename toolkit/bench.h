/* A benchmark payload: parsing it and reading its entry function's signature.
 *
 * A benchmark holds exactly one public func.func with the llvm.emit_c_interface attribute; its
 * arguments are statically shaped, identity-layout memrefs of f32/f64/i32/i64, and it returns
 * nothing. An argument is an output when it is the destination of a
 * bufferization.materialize_in_destination (or is wrapped by a writable to_tensor).
 *
 * Ownership: a module returned by mrl_bench_parse belongs to the caller (mlirModuleDestroy),
 * and must be destroyed before its struct mrl_mlir is closed. */
#ifndef MRL_BENCH_H
#define MRL_BENCH_H

#include <stdint.h>

#include "elem.h"
#include "mlir.h"

enum { MRL_MAX_RANK = 16, MRL_MAX_ARGS = 512, MRL_NAME_MAX = 256 };

struct mrl_arg {
  enum mrl_elem elem;
  int rank;
  int64_t shape[MRL_MAX_RANK];
  int is_output;
};

struct mrl_signature {
  char name[MRL_NAME_MAX];
  int nargs;
  int noutputs;
  struct mrl_arg args[MRL_MAX_ARGS];
};

enum mrl_status mrl_bench_parse(struct mrl_mlir *m, const char *text, MlirModule *out,
                                struct mrl_err *err);
enum mrl_status mrl_bench_signature(MlirModule mod, struct mrl_signature *sig,
                                    struct mrl_err *err);

/* Number of elements of an argument. */
int64_t mrl_arg_elems(const struct mrl_arg *a);

/* Reads a whole file into a NUL-terminated heap string the caller frees. */
enum mrl_status mrl_read_file(const char *path, char **text, size_t *len, struct mrl_err *err);

#endif
