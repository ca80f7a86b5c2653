#include "transform.h"

#include <mlir-c/BuiltinAttributes.h>
#include <mlir-c/Dialect/Transform/Interpreter.h>
#include <string.h>

static MlirOperation find_named_sequence(MlirModule script, const char *name) {
  MlirBlock body = mlirModuleGetBody(script);
  MlirStringRef want = mlirStringRefCreateFromCString(name);
  for (MlirOperation op = mlirBlockGetFirstOperation(body); !mlirOperationIsNull(op);
       op = mlirOperationGetNextInBlock(op)) {
    MlirStringRef opname = mlirIdentifierStr(mlirOperationGetName(op));
    if (!mlirStringRefEqual(opname, mlirStringRefCreateFromCString("transform.named_sequence")))
      continue;
    MlirAttribute sym = mlirOperationGetAttributeByName(op, mlirStringRefCreateFromCString("sym_name"));
    if (!mlirAttributeIsNull(sym) && mlirStringRefEqual(mlirStringAttrGetValue(sym), want)) return op;
  }
  return (MlirOperation){NULL};
}

enum mrl_status mrl_transform_apply(struct mrl_mlir *m, MlirModule payload, const char *script,
                                    struct mrl_err *err) {
  mrl_mlir_clear_diagnostics(m);
  MlirModule tm = mlirModuleCreateParse(mrl_mlir_context(m), mlirStringRefCreateFromCString(script));
  if (mlirModuleIsNull(tm)) return mrl_mlir_fail(m, err, MRL_ETRANSFORM, "malformed transform script");
  MlirOperation entry = find_named_sequence(tm, "__transform_main");
  if (mlirOperationIsNull(entry)) {
    mlirModuleDestroy(tm);
    return mrl_fail(err, MRL_ETRANSFORM, "transform script has no named_sequence @__transform_main");
  }
  MlirTransformOptions opts = mlirTransformOptionsCreate();
  MlirLogicalResult r = mlirTransformApplyNamedSequence(mlirModuleGetOperation(payload), entry,
                                                        mlirModuleGetOperation(tm), opts);
  mlirTransformOptionsDestroy(opts);
  mlirModuleDestroy(tm);
  if (mlirLogicalResultIsFailure(r)) return mrl_mlir_fail(m, err, MRL_ETRANSFORM, "transform failed");
  /* A transform may succeed yet leave IR that does not verify; catch it here, not in lowering. */
  if (!mlirOperationVerify(mlirModuleGetOperation(payload)))
    return mrl_mlir_fail(m, err, MRL_ETRANSFORM, "transformed payload does not verify");
  return MRL_OK;
}
