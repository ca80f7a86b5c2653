/* The loop nests of a benchmark: every Linalg op with at least one loop, in program order,
 * with its static loop bounds and iterator kinds, read from a generalized clone of the module
 * (named ops become linalg.generic, which carries iterator_types and indexing_maps).
 *
 * Ownership: mrl_loops_read fills a caller-owned struct mrl_loop_nests whose ops array it
 * allocates; mrl_loops_free releases it. The module is not modified. */
#ifndef MRL_LOOPS_H
#define MRL_LOOPS_H

#include <stdint.h>

#include "mlir.h"

enum { MRL_LOOPS_MAX = 32, MRL_OPNAME_MAX = 64 };

struct mrl_loop_nest {
  char op_name[MRL_OPNAME_MAX]; /* the op as written: linalg.matmul, linalg.generic, ... */
  int nloops;
  int64_t bounds[MRL_LOOPS_MAX]; /* -1 when no operand dimension gives it */
  int reduction[MRL_LOOPS_MAX];  /* 1 for a reduction iterator */
};

struct mrl_loop_nests {
  int n;
  struct mrl_loop_nest *ops;
};

/* 1 when an element of a linalg iterator_types array is a reduction (it prints as
 * #linalg.iterator_type<reduction>). */
int mrl_loops_is_reduction(MlirAttribute iterator);

enum mrl_status mrl_loops_read(struct mrl_mlir *m, MlirModule mod, struct mrl_loop_nests *out,
                               struct mrl_err *err);
void mrl_loops_free(struct mrl_loop_nests *l);

/* Product of one op's reduction bounds (1 when it has none): the length of the sums whose
 * rounding a schedule may reorder. Kept per op: the errors of successive ops add up along the
 * path, they do not form one long sum. */
uint64_t mrl_loops_op_reduction_length(const struct mrl_loop_nest *op);

#endif
