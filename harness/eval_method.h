/* The methods of `mlirrl eval` (agents and baselines), as records and reports spell them:
 *   default            the default MLIR pipeline: the denominator of every speedup
 *   agent:NAME         one greedy episode of an agent (random, exec:CMD)
 *   random:N           random search, N measured schedules
 *   search:N           the evolutionary search (baselines/search.h), N measured schedules
 *   pytorch, torchscript   PyTorch eager and TorchScript, where the benchmark has a counterpart
 *   openblas           OpenBLAS GEMM, for benchmarks whose work is one matmul
 *   halide:S           a Halide counterpart scheduled by autoscheduler S (mullapudi2016,
 *                      adams2019, li2018; "halide" in a list means all three), where the
 *                      benchmark has one (the LQCD kernels, some paper operators)
 *
 * Ownership: a list owns its array; free it with mrl_methods_free. */
#ifndef MRL_EVAL_METHOD_H
#define MRL_EVAL_METHOD_H

#include "status.h"

enum mrl_method_kind {
  MRL_METHOD_DEFAULT,
  MRL_METHOD_AGENT,
  MRL_METHOD_RANDOM,
  MRL_METHOD_SEARCH,
  MRL_METHOD_PYTORCH,
  MRL_METHOD_TORCHSCRIPT,
  MRL_METHOD_OPENBLAS,
  MRL_METHOD_HALIDE,
  MRL_METHOD_KIND_COUNT
};

/* "default", "agent", "random", "search", "pytorch", "torchscript", "openblas", "halide". */
const char *mrl_method_kind_name(enum mrl_method_kind k);

struct mrl_method {
  enum mrl_method_kind kind;
  char name[600]; /* "random:64", "agent:random", "agent:exec:CMD" */
  int budget;     /* random and search; 0 otherwise */
  char agent[512];
};

struct mrl_method_list {
  struct mrl_method *m;
  int n;
};

/* Adds the methods of a comma list ("default,random:1,random:64,search:64,pytorch") or, with
 * agent set, one agent name (whether such an agent exists is agents/agent.h's to say).
 * Duplicates are ignored; an unknown method or a bad budget fails with a one-line message. */
enum mrl_status mrl_methods_add(struct mrl_method_list *l, const char *text, int agent, struct mrl_err *err);
/* Puts the default pipeline first, adding it if missing (it is every speedup's denominator). */
void mrl_methods_finish(struct mrl_method_list *l);
void mrl_methods_free(struct mrl_method_list *l);

#endif
