#include "loops.h"

#include <mlir-c/AffineExpr.h>
#include <mlir-c/AffineMap.h>
#include <mlir-c/BuiltinAttributes.h>
#include <mlir-c/BuiltinTypes.h>
#include <stdlib.h>
#include <string.h>

#include "lower.h"

struct name_list {
  int n, cap;
  char (*names)[MRL_OPNAME_MAX];
};

static int is_structured_name(MlirStringRef s) {
  static const char *const skip[] = {"linalg.yield", "linalg.index"};
  if (s.length < 7 || memcmp(s.data, "linalg.", 7) != 0) return 0;
  for (size_t i = 0; i < sizeof skip / sizeof skip[0]; ++i)
    if (strlen(skip[i]) == s.length && memcmp(s.data, skip[i], s.length) == 0) return 0;
  return 1;
}

static MlirWalkResult collect_names(MlirOperation op, void *user) {
  struct name_list *l = user;
  MlirStringRef s = mlirIdentifierStr(mlirOperationGetName(op));
  if (!is_structured_name(s)) return MlirWalkResultAdvance;
  if (l->n == l->cap) {
    int cap = l->cap ? l->cap * 2 : 16;
    void *p = realloc(l->names, (size_t)cap * sizeof *l->names);
    if (!p) return MlirWalkResultInterrupt;
    l->names = p;
    l->cap = cap;
  }
  size_t k = s.length < MRL_OPNAME_MAX - 1 ? s.length : MRL_OPNAME_MAX - 1;
  memcpy(l->names[l->n], s.data, k);
  l->names[l->n][k] = '\0';
  ++l->n;
  return MlirWalkResultAdvance;
}

struct nest_list {
  struct mrl_loop_nests *out;
  int cap;
  int failed;
};

static void append_text(MlirStringRef r, void *u) {
  char *buf = u;
  size_t n = strlen(buf), room = 127 - n;
  size_t k = r.length < room ? r.length : room;
  memcpy(buf + n, r.data, k);
  buf[n + k] = '\0';
}

int mrl_loops_is_reduction(MlirAttribute a) {
  char buf[128] = {0};
  mlirAttributePrint(a, append_text, buf);
  return strstr(buf, "reduction") != NULL;
}

static void read_bounds(MlirOperation op, struct mrl_loop_nest *nest) {
  for (int k = 0; k < nest->nloops; ++k) nest->bounds[k] = -1;
  MlirAttribute maps = mlirOperationGetAttributeByName(op, mlirStringRefCreateFromCString("indexing_maps"));
  intptr_t nops = mlirOperationGetNumOperands(op);
  if (mlirAttributeIsNull(maps) || mlirArrayAttrGetNumElements(maps) != nops) return;
  for (intptr_t j = 0; j < nops; ++j) {
    MlirType t = mlirValueGetType(mlirOperationGetOperand(op, j));
    if (!mlirTypeIsAShaped(t) || !mlirShapedTypeHasRank(t)) continue;
    MlirAffineMap map = mlirAffineMapAttrGetValue(mlirArrayAttrGetElement(maps, j));
    intptr_t nres = mlirAffineMapGetNumResults(map);
    for (intptr_t r = 0; r < nres && r < mlirShapedTypeGetRank(t); ++r) {
      MlirAffineExpr e = mlirAffineMapGetResult(map, r);
      if (!mlirAffineExprIsADim(e)) continue;
      intptr_t d = mlirAffineDimExprGetPosition(e);
      int64_t size = mlirShapedTypeGetDimSize(t, r);
      if (d < nest->nloops && nest->bounds[d] < 0 && !mlirShapedTypeIsDynamicSize(size))
        nest->bounds[d] = size;
    }
  }
}

static MlirWalkResult collect_nests(MlirOperation op, void *user) {
  struct nest_list *l = user;
  if (!mlirStringRefEqual(mlirIdentifierStr(mlirOperationGetName(op)),
                          mlirStringRefCreateFromCString("linalg.generic")))
    return MlirWalkResultAdvance;
  MlirAttribute its = mlirOperationGetAttributeByName(op, mlirStringRefCreateFromCString("iterator_types"));
  intptr_t nloops = mlirAttributeIsNull(its) ? 0 : mlirArrayAttrGetNumElements(its);
  if (nloops == 0) return MlirWalkResultAdvance;
  struct mrl_loop_nests *out = l->out;
  if (out->n == l->cap) {
    int cap = l->cap ? l->cap * 2 : 16;
    void *p = realloc(out->ops, (size_t)cap * sizeof *out->ops);
    if (!p) {
      l->failed = 1;
      return MlirWalkResultInterrupt;
    }
    out->ops = p;
    l->cap = cap;
  }
  struct mrl_loop_nest *nest = &out->ops[out->n++];
  memset(nest, 0, sizeof *nest);
  nest->nloops = nloops < MRL_LOOPS_MAX ? (int)nloops : MRL_LOOPS_MAX;
  for (int k = 0; k < nest->nloops; ++k) nest->reduction[k] = mrl_loops_is_reduction(mlirArrayAttrGetElement(its, k));
  read_bounds(op, nest);
  return MlirWalkResultAdvance;
}

enum mrl_status mrl_loops_read(struct mrl_mlir *m, MlirModule mod, struct mrl_loop_nests *out,
                               struct mrl_err *err) {
  memset(out, 0, sizeof *out);
  struct name_list names = {0, 0, NULL};
  mlirOperationWalk(mlirModuleGetOperation(mod), collect_names, &names, MlirWalkPreOrder);
  MlirOperation clone = mlirOperationClone(mlirModuleGetOperation(mod));
  MlirModule gen = mlirModuleFromOperation(clone);
  enum mrl_status s = mrl_lower_run(m, gen, "builtin.module(func.func(linalg-generalize-named-ops))", err);
  if (s == MRL_OK) {
    struct nest_list l = {out, 0, 0};
    mlirOperationWalk(mlirModuleGetOperation(gen), collect_nests, &l, MlirWalkPreOrder);
    if (l.failed) s = mrl_fail(err, MRL_ENOMEM, "out of memory");
  }
  mlirModuleDestroy(gen);
  /* Names line up with nests when every structured op generalized (pre-order walks match);
   * ops without loops (none here: fill has loops) would break that, so check the counts. */
  for (int i = 0; s == MRL_OK && i < out->n; ++i)
    strcpy(out->ops[i].op_name, names.n == out->n ? names.names[i] : "linalg.generic");
  free(names.names);
  if (s != MRL_OK) mrl_loops_free(out);
  return s;
}

void mrl_loops_free(struct mrl_loop_nests *l) {
  free(l->ops);
  memset(l, 0, sizeof *l);
}

uint64_t mrl_loops_op_reduction_length(const struct mrl_loop_nest *op) {
  uint64_t p = 1;
  for (int k = 0; k < op->nloops; ++k)
    if (op->reduction[k] && op->bounds[k] >= 1) p *= (uint64_t)op->bounds[k];
  return p;
}
