#include "bench.h"

#include <errno.h>
#include <mlir-c/BuiltinAttributes.h>
#include <mlir-c/BuiltinTypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum mrl_status mrl_read_file(const char *path, char **text, size_t *len, struct mrl_err *err) {
  FILE *f = fopen(path, "rb");
  if (!f) return mrl_fail(err, MRL_EIO, "cannot open %s: %s", path, strerror(errno));
  size_t cap = 1 << 16, n = 0;
  char *buf = malloc(cap);
  for (;;) {
    if (!buf) {
      fclose(f);
      return mrl_fail(err, MRL_ENOMEM, "out of memory reading %s", path);
    }
    n += fread(buf + n, 1, cap - n - 1, f);
    if (n < cap - 1) break;
    cap *= 2;
    char *grown = realloc(buf, cap);
    if (!grown) free(buf);
    buf = grown;
  }
  int bad = ferror(f);
  fclose(f);
  if (bad) {
    free(buf);
    return mrl_fail(err, MRL_EIO, "cannot read %s", path);
  }
  buf[n] = '\0';
  *text = buf;
  if (len) *len = n;
  return MRL_OK;
}

enum mrl_status mrl_bench_parse(struct mrl_mlir *m, const char *text, MlirModule *out,
                                struct mrl_err *err) {
  mrl_mlir_clear_diagnostics(m);
  MlirModule mod = mlirModuleCreateParse(mrl_mlir_context(m), mlirStringRefCreateFromCString(text));
  if (mlirModuleIsNull(mod)) return mrl_mlir_fail(m, err, MRL_EPARSE, "malformed MLIR");
  if (!mlirOperationVerify(mlirModuleGetOperation(mod))) {
    mlirModuleDestroy(mod);
    return mrl_mlir_fail(m, err, MRL_EPARSE, "MLIR does not verify");
  }
  *out = mod;
  return MRL_OK;
}

static int op_is(MlirOperation op, const char *name) {
  MlirStringRef s = mlirIdentifierStr(mlirOperationGetName(op));
  return strlen(name) == s.length && memcmp(s.data, name, s.length) == 0;
}

static int is_entry(MlirOperation op) {
  if (!op_is(op, "func.func")) return 0;
  if (mlirAttributeIsNull(mlirOperationGetAttributeByName(op, mlirStringRefCreateFromCString("llvm.emit_c_interface"))))
    return 0;
  MlirAttribute vis = mlirOperationGetAttributeByName(op, mlirStringRefCreateFromCString("sym_visibility"));
  return mlirAttributeIsNull(vis);
}

static enum mrl_status read_arg(MlirType t, int i, struct mrl_arg *a, struct mrl_err *err) {
  if (!mlirTypeIsAMemRef(t)) return mrl_fail(err, MRL_EBENCH, "argument %d is not a memref", i);
  if (!mlirShapedTypeHasStaticShape(t))
    return mrl_fail(err, MRL_EBENCH, "argument %d has a dynamic shape", i);
  if (!mlirAffineMapIsIdentity(mlirMemRefTypeGetAffineMap(t)))
    return mrl_fail(err, MRL_EBENCH, "argument %d has a non-identity layout", i);
  MlirType e = mlirShapedTypeGetElementType(t);
  if (mlirTypeIsAF32(e)) a->elem = MRL_ELEM_F32;
  else if (mlirTypeIsAF64(e)) a->elem = MRL_ELEM_F64;
  else if (mlirTypeIsAInteger(e) && mlirIntegerTypeGetWidth(e) == 32) a->elem = MRL_ELEM_I32;
  else if (mlirTypeIsAInteger(e) && mlirIntegerTypeGetWidth(e) == 64) a->elem = MRL_ELEM_I64;
  else return mrl_fail(err, MRL_EBENCH, "argument %d has an unsupported element type", i);
  int64_t rank = mlirShapedTypeGetRank(t);
  if (rank > MRL_MAX_RANK) return mrl_fail(err, MRL_EBENCH, "argument %d has rank %lld > %d", i, (long long)rank, MRL_MAX_RANK);
  a->rank = (int)rank;
  for (int d = 0; d < a->rank; ++d) a->shape[d] = mlirShapedTypeGetDimSize(t, d);
  a->is_output = 0;
  return MRL_OK;
}

/* Marks arg_of(value) as an output when the value is an argument of the entry block. */
static void mark_output(struct mrl_signature *sig, MlirBlock entry, MlirValue v) {
  if (!mlirValueIsABlockArgument(v)) return;
  if (!mlirBlockEqual(mlirBlockArgumentGetOwner(v), entry)) return;
  intptr_t k = mlirBlockArgumentGetArgNumber(v);
  if (k >= 0 && k < sig->nargs) sig->args[k].is_output = 1;
}

static void find_outputs(MlirOperation op, struct mrl_signature *sig, MlirBlock entry) {
  if (op_is(op, "bufferization.materialize_in_destination") && mlirOperationGetNumOperands(op) >= 2)
    mark_output(sig, entry, mlirOperationGetOperand(op, 1));
  if (op_is(op, "bufferization.to_tensor") && mlirOperationGetNumOperands(op) >= 1 &&
      !mlirAttributeIsNull(mlirOperationGetAttributeByName(op, mlirStringRefCreateFromCString("writable"))))
    mark_output(sig, entry, mlirOperationGetOperand(op, 0));
  for (intptr_t r = 0; r < mlirOperationGetNumRegions(op); ++r) {
    MlirRegion reg = mlirOperationGetRegion(op, r);
    for (MlirBlock b = mlirRegionGetFirstBlock(reg); !mlirBlockIsNull(b); b = mlirBlockGetNextInRegion(b))
      for (MlirOperation c = mlirBlockGetFirstOperation(b); !mlirOperationIsNull(c); c = mlirOperationGetNextInBlock(c))
        find_outputs(c, sig, entry);
  }
}

enum mrl_status mrl_bench_signature(MlirModule mod, struct mrl_signature *sig, struct mrl_err *err) {
  MlirOperation entry = {NULL};
  int count = 0;
  MlirBlock body = mlirModuleGetBody(mod);
  for (MlirOperation op = mlirBlockGetFirstOperation(body); !mlirOperationIsNull(op); op = mlirOperationGetNextInBlock(op)) {
    if (is_entry(op)) {
      entry = op;
      ++count;
    }
  }
  if (count != 1)
    return mrl_fail(err, MRL_EBENCH, "expected one public func.func with llvm.emit_c_interface, found %d", count);
  MlirAttribute name = mlirOperationGetAttributeByName(entry, mlirStringRefCreateFromCString("sym_name"));
  MlirStringRef ns = mlirStringAttrGetValue(name);
  if (ns.length >= sizeof sig->name) return mrl_fail(err, MRL_EBENCH, "function name too long");
  memcpy(sig->name, ns.data, ns.length);
  sig->name[ns.length] = '\0';
  MlirType ft = mlirTypeAttrGetValue(mlirOperationGetAttributeByName(entry, mlirStringRefCreateFromCString("function_type")));
  if (mlirFunctionTypeGetNumResults(ft) != 0)
    return mrl_fail(err, MRL_EBENCH, "@%s returns values; outputs must be memref arguments", sig->name);
  intptr_t n = mlirFunctionTypeGetNumInputs(ft);
  if (n < 1 || n > MRL_MAX_ARGS) return mrl_fail(err, MRL_EBENCH, "@%s has %ld arguments", sig->name, (long)n);
  sig->nargs = (int)n;
  for (int i = 0; i < sig->nargs; ++i) {
    enum mrl_status s = read_arg(mlirFunctionTypeGetInput(ft, i), i, &sig->args[i], err);
    if (s != MRL_OK) return s;
  }
  MlirRegion reg = mlirOperationGetRegion(entry, 0);
  MlirBlock eb = mlirRegionGetFirstBlock(reg);
  if (mlirBlockIsNull(eb)) return mrl_fail(err, MRL_EBENCH, "@%s has no body", sig->name);
  find_outputs(entry, sig, eb);
  sig->noutputs = 0;
  for (int i = 0; i < sig->nargs; ++i) sig->noutputs += sig->args[i].is_output;
  if (sig->noutputs == 0) return mrl_fail(err, MRL_EBENCH, "@%s writes no argument (no materialize_in_destination)", sig->name);
  return MRL_OK;
}

int64_t mrl_arg_elems(const struct mrl_arg *a) {
  int64_t n = 1;
  for (int d = 0; d < a->rank; ++d) n *= a->shape[d];
  return n;
}
