/* The static picture of a benchmark for the environment: its Linalg ops with at least one
 * loop, in program order, each with its kind, loop bounds and iterator kinds, the access
 * function of every operand as exact integer coefficients plus a constant, the arithmetic in
 * its body, and the producer/consumer graph between them.
 *
 * Read from a generalized clone (named ops become linalg.generic, which carries
 * iterator_types and indexing_maps), like loops.c, but kept apart from it because this is the
 * environment's richer view; loops.c stays the small one the harness needs.
 *
 * Ops are identified in transform scripts by their position among all LinalgOp-interface ops
 * of the module in walk order (`linalg_index`), which is what
 * `transform.structured.match interface{LinalgOp}` + `transform.split_handle` return, so that
 * an exported script applies to the untouched benchmark file.
 *
 * Ownership: mrl_program_load fills a caller-owned struct mrl_program and allocates its ops
 * and their access arrays; mrl_program_free releases them. */
#ifndef MRL_PROGRAM_H
#define MRL_PROGRAM_H

#include <stdint.h>

#include "mlir.h"

enum { MRL_PROG_MAX_LOOPS = 32, MRL_PROG_MAX_OPERANDS = 64, MRL_PROG_OPNAME_MAX = 64 };

/* The artifact's operation types, decided from the op name as written. */
enum mrl_op_kind {
  MRL_OPK_GENERIC,
  MRL_OPK_MATMUL,
  MRL_OPK_CONV,
  MRL_OPK_POOLING,
  MRL_OPK_ADD,
  MRL_OPK_UNKNOWN,
  MRL_OPK_COUNT
};

/* Body arithmetic categories counted per op. */
enum mrl_arith {
  MRL_ARITH_ADD,
  MRL_ARITH_SUB,
  MRL_ARITH_MUL,
  MRL_ARITH_DIV,
  MRL_ARITH_EXP,
  MRL_ARITH_MAXMIN,
  MRL_ARITH_CMPSEL,
  MRL_ARITH_COUNT
};

/* Operand access: index r of the operand is sum_l coef[r * nloops + l] * d_l + cst[r] when
 * affine[r]; otherwise (floordiv, mod, symbols) the row is left zero and affine[r] is 0. */
struct mrl_prog_access {
  int rank;
  int32_t *coef;         /* rank * nloops */
  int64_t *cst;          /* rank */
  unsigned char *affine; /* rank */
  int64_t *shape;        /* rank */
};

struct mrl_prog_op {
  char name[MRL_PROG_OPNAME_MAX]; /* the op as written: linalg.matmul, linalg.generic, ... */
  enum mrl_op_kind kind;
  int linalg_index; /* position among all LinalgOp ops in walk order */
  int nloops;
  int64_t bounds[MRL_PROG_MAX_LOOPS];
  unsigned char reduction[MRL_PROG_MAX_LOOPS];
  int ninputs, noutputs;
  struct mrl_prog_access *acc; /* ninputs + noutputs, inputs first */
  /* Tiling constraint of each loop from floordiv/mod/ceildiv in the accesses (Linalg computes
   * wrong slices otherwise: seen with LLVM 22's img2col), and before LLVM 20 of every loop of
   * an op with an access result that reads a loop and adds a constant (program.c
   * constant_offsets): 0 = any tile size, k > 0 = tile sizes must be multiples of k, -1 = the
   * loop cannot be tiled. */
  int64_t tile_multiple[MRL_PROG_MAX_LOOPS];
  unsigned char const_offset[MRL_PROG_MAX_LOOPS]; /* -1 above because of a constant term */
  int arith[MRL_ARITH_COUNT];
  int body_extract; /* the body reads with tensor.extract (vectorization needs nd-extract) */
  /* Graph: the textually nearest earlier op in this program whose result this op uses. */
  int producer;         /* index into mrl_program.ops, -1 when none */
  int producer_operand; /* which operand of this op carries it */
  int producer_result;  /* which result of the producer */
  int producer_uses;    /* operands of this op that read the producer's results */
  int uses;             /* uses of this op's results, by anything (ops here or not) */
  /* 2-D windowed ops: the loops tiled by 1 before transform.structured.decompose. */
  int decompose;                    /* 1 when decompose (after tiling) turns it into a 1-D op */
  int transpose_first;              /* conv_2d_nhwc_fhwc: transpose_conv2d to hwcf before decomposing */
  int window_out_loop, window_loop; /* output row loop and window row loop, -1 when none */
  char skip[160];                   /* why the op cannot be part of an episode ("" when it can) */
};

struct mrl_program {
  int n;
  struct mrl_prog_op *ops;
  int nlinalg;  /* LinalgOp ops in the module, with or without loops */
  int img2col;  /* convolutions were converted at load (the script must do the same first) */
  int nimg2col; /* convolutions converted */
};

/* Options of the load. img2col: convert the 2-D convolutions that
 * transform.structured.convert_conv2d_to_img2col supports before reading the ops. */
struct mrl_program_options {
  int img2col;
};

/* Producer index of an op returned by mrl_program_img2col_variant that is the new img2col op. */
enum { MRL_PROG_PRODUCER_COL = -2 };

/* Whether convert_conv2d_to_img2col handles op k. */
int mrl_program_img2col_supported(const struct mrl_prog_op *o);

/* The two ops convert_conv2d_to_img2col makes of op k of p (loaded from bench_text without
 * img2col): the img2col generic (*col) and the matmul-like generic that replaces the
 * convolution (*mm), read from a converted copy that is then discarded. Their producer fields
 * are indices of p, or MRL_PROG_PRODUCER_COL for the img2col op. The caller frees their access
 * arrays with mrl_program_op_free. MRL_EUNSUPPORTED when the conversion does not apply. */
enum mrl_status mrl_program_img2col_variant(struct mrl_mlir *m, const char *bench_text,
                                            const struct mrl_program *p, int k, struct mrl_prog_op *col,
                                            struct mrl_prog_op *mm, struct mrl_err *err);
void mrl_program_op_free(struct mrl_prog_op *o);

enum mrl_status mrl_program_load(struct mrl_mlir *m, const char *bench_text,
                                 const struct mrl_program_options *opts, struct mrl_program *out,
                                 struct mrl_err *err);
void mrl_program_free(struct mrl_program *p);

const char *mrl_op_kind_name(enum mrl_op_kind k);
const char *mrl_arith_name(enum mrl_arith a);

/* Ops the img2col conversion applies to, as a transform-dialect ops{[...]} list body. */
const char *mrl_program_img2col_ops(void);

/* The transform-dialect lines that convert the convolutions (the same text the load applies),
 * using handle %root; empty when p->img2col is 0. Returns a static string. */
const char *mrl_program_img2col_script(void);

#endif
