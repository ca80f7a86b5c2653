/* mlirrl_env.h — the public face of env/: the reinforcement-learning environment of SPEC §2
 * as a C API for agents (create, load, reset, observe, masks, step, close), plus schedule
 * text and its export as a transform-dialect script.
 *
 * Ownership, once for the whole header:
 *  - The environment owns everything it hands out by pointer (the observation buffer, tensor
 *    descriptors, masks, schedule text, op descriptions, skip reasons). Such a pointer stays
 *    valid until the next call that changes the environment (load, reset, step, replay) or
 *    mrl_env_close, whichever comes first.
 *  - Text returned through a `char **` out-parameter (scripts) is a heap copy the caller frees
 *    with free().
 *  - Structs passed in (configuration, action, measurer) are copied or only read during the
 *    call; the benchmark text given to mrl_env_load is copied.
 * There is no global state: any number of environments may live in one process, each used by
 * one thread at a time.
 *
 * Episode: the benchmark's Linalg ops are visited in reverse program order (last consumer
 * first). Each step is symbolic: it updates features, masks and history without compiling.
 * When the last op is finished the schedule is exported as a transform script and measured
 * once through the measurer the caller installed (the harness implements it: isolated
 * compile, output check, timing, on-disk cache). The reward is log10 of the speedup over the
 * default pipeline at the end of the episode and 0 before; a transform failure or an
 * execution failure (crash, timeout, compile failure, wrong answer) gives the configured
 * penalty instead. A wrong answer is never scored as a speedup. */
#ifndef MRL_MLIRRL_ENV_H
#define MRL_MLIRRL_ENV_H

#include <stddef.h>
#include <stdint.h>

#include "status.h"

/* Hard upper limits of the configurable sizes below. */
enum {
  MRL_ENV_MAX_LOOPS = 32,
  MRL_ENV_MAX_TILE_CHOICES = 16,
  MRL_ENV_MAX_STEPS = 16,
  MRL_ENV_MAX_OPERANDS = 32,
  MRL_ENV_MAX_RANK = 16,
  MRL_ENV_GRAMMAR_MAX = 256,
};

/* ---------------------------------------------------------------- configuration */

enum mrl_interchange_mode {
  MRL_INTERCHANGE_POINTERS,   /* level pointers: one sub-step per loop position (default) */
  MRL_INTERCHANGE_ENUMERATED, /* the ablation: one swap of two loops at distance 1, 2 or 3 */
};

/* How the vectors of V are lowered (applied once, after all ops, when any op chose V). */
enum mrl_vector_recipe {
  MRL_VREC_OUTERPRODUCT, /* contractions to outer products, transfers folded, hoisting (default) */
  MRL_VREC_CONTRACT,     /* the same without hoisting loop-invariant subsets */
  MRL_VREC_PLAIN,        /* nothing: the default pipeline lowers multi-reductions */
  MRL_VREC_COUNT
};

enum mrl_bound_norm {
  MRL_NORM_MAX,  /* bound / norm_max (the artifact's "max", norm_max = 4096) */
  MRL_NORM_LOG,  /* log2(bound) */
  MRL_NORM_NONE, /* the bound itself */
};

struct mrl_env_config {
  int max_loops;        /* loops per op in the features (12); ops with more are skipped */
  int tile_choices;     /* tile-size choices including "don't tile" (8: 0,1,2,4,...,64) */
  int max_loads;        /* input operands per op (7); ops with more are skipped */
  int max_stores;       /* output operands per op (7) */
  int max_rank;         /* rows of an access matrix (12) */
  int max_steps;        /* actions per op (5); an interchange counts once */
  int64_t vector_limit; /* V only when the product of the current bounds is at most this (512) */
  enum mrl_interchange_mode interchange;
  enum mrl_vector_recipe vector_recipe;
  enum mrl_bound_norm bound_norm;
  double norm_max; /* 4096 */
  int img2col;     /* convert 2-D convolutions to img2col + matmul when loading */
  /* Offer IC, the img2col conversion, as an action: at the start of a convolution that
   * convert_conv2d_to_img2col supports (outside the grammar; it does not count as a step).
   * The op becomes the matmul-like generic, and the img2col op is visited next. Ignored with
   * img2col (everything is converted already). */
  int img2col_action;
  /* Allowed action types per step: steps separated by ';', each a comma list of action
   * names, or '!' then the names forbidden, or '*' for all; steps past the list allow all.
   * Default, the artifact's: "I;T,TP,TF,V;!I;V,NT". "" or "*" allows everything. */
  char grammar[MRL_ENV_GRAMMAR_MAX];
  double penalty_transform; /* reward when the script fails to apply (-5) */
  double penalty_execution; /* reward when compile/run fails or the answer is wrong (-20) */
};

/* The defaults above (the paper's limits and the artifact's grammar). */
void mrl_env_config_default(struct mrl_env_config *c);

/* ---------------------------------------------------------------- actions */

enum mrl_action_type {
  MRL_ACTION_T,  /* tiling: tile_using_for */
  MRL_ACTION_TP, /* tiled parallelization: tile_using_forall on parallel loops, for on the rest */
  MRL_ACTION_TF, /* TP, then the producer fused into the forall and visited next; with no
                    parallel tile, or a slice that would break the producer's floordiv/mod
                    alignment, nothing is fused and it is recorded as TP */
  MRL_ACTION_I,  /* interchange */
  MRL_ACTION_V,  /* vectorization (terminal) */
  MRL_ACTION_NT, /* no transformation: finish this op */
  MRL_ACTION_IC, /* img2col (only with img2col_action: then seven action types, else six) */
  MRL_ACTION_COUNT
};

/* "T", "TP", "TF", "I", "V", "NT", "IC". */
const char *mrl_action_name(enum mrl_action_type t);

struct mrl_action {
  enum mrl_action_type type;
  /* T, TP, TF: tile-choice index per loop of the current op (0 = don't tile, k >= 1 = size
   * 2^(k-1)); entries past the op's loops are ignored. */
  int tile[MRL_ENV_MAX_LOOPS];
  /* I with level pointers: the loop (current position) that goes to the next position.
   * I enumerated: the candidate index (swaps at distance 1, then 2, then 3). */
  int interchange;
};

/* Tile size of a tile-choice index (0 for index 0). */
int64_t mrl_env_tile_size(int index);

/* ---------------------------------------------------------------- observation
 *
 * Tensors (L = max_loops, S = max_steps, TC = tile_choices, R = max_rank, N = 6 action types
 * or 7 with img2col_action), for the current op ("op.") and its producer ("producer.", zeros
 * and producer.present = 0 when there is none):
 *   .kind u8[6] one-hot (generic, matmul, conv, pooling, add, unknown)   .nloops i32[1]
 *   .bounds i32[L] current (tiled) extents    .bounds_orig i32[L] original extents
 *   .bounds_norm f32[L], .bounds_orig_norm f32[L] normalized (bound_norm)
 *   .parallel u8[L] 1 = parallel iterator
 *   .loads i32[max_loads][R][L+1], .stores i32[max_stores][R][L+1]: per operand, per index
 *       expression, the coefficient of each loop, then the constant (last column);
 *       floordiv/mod rows are left zero     .nloads i32[1]  .nstores i32[1]
 *   .arith i32[7] body op counts: add, sub, mul, div, exp, max/min, cmp/select
 *   .tile_multiple i32[L] loops divided by floordiv/mod: tile sizes must be multiples (-1: none)
 * and: producer.present u8[1]; state.step i32[1] (actions taken on the op);
 * state.interchange_position i32[1] (level pointers chosen so far); state.fused u8[1];
 * state.img2col u8[1]; history.type u8[S][N]; history.tile u8[S][L][TC] (tile choice index per
 * loop); history.interchange u8[S][L][L] (permutation matrix, row = new position, partially
 * filled while level pointers are chosen); mask.action u8[N]; mask.tile u8[L][TC];
 * mask.interchange u8[L] (pointers) or u8[3L-6] (enumerated swaps).
 * Per-loop entries follow the op's current loop order (after interchanges). */

enum mrl_dtype { MRL_DTYPE_U8, MRL_DTYPE_I32, MRL_DTYPE_F32 };

/* One named, typed, fixed-size tensor of the observation, row-major at `offset` bytes into
 * the buffer mrl_env_observe returns. The set and the shapes depend only on the
 * configuration, never on the benchmark. */
struct mrl_tensor_desc {
  const char *name;
  enum mrl_dtype dtype;
  int rank;
  int shape[4];
  size_t count;  /* elements */
  size_t offset; /* bytes, aligned to 8 */
};

/* ---------------------------------------------------------------- measurement */

enum mrl_measure_outcome {
  MRL_MEASURE_OK,               /* ran, outputs verified, timed */
  MRL_MEASURE_TRANSFORM_FAILED, /* the script did not apply */
  MRL_MEASURE_EXEC_FAILED,      /* compile failure, crash, timeout */
  MRL_MEASURE_WRONG_ANSWER,     /* outputs differ from the default pipeline's */
  MRL_MEASURE_ERROR,            /* could not measure at all (the benchmark itself is bad) */
};

struct mrl_measurement {
  enum mrl_measure_outcome outcome;
  char outcome_name[32];            /* the measurer's own classification, e.g. "timed_out" */
  double speedup;                   /* baseline / candidate time; meaningful only when outcome is ok */
  double speedup_lo, speedup_hi;    /* confidence interval, NaN when not computed */
  double baseline_ns, candidate_ns; /* median per call, NaN when not measured */
  int cached;                       /* the result came from the measurer's cache */
  char error[512];
};

struct mrl_measure_request {
  const char *bench_text;
  const char *bench_id;
  const char *schedule; /* schedule text */
  const char *script;   /* the equivalent transform script */
};

/* Implemented by the harness (env/ never includes harness headers). Fills *out and returns
 * MRL_OK whenever an outcome was classified, failed transforms included; another status only
 * when the measurement machinery itself failed. */
struct mrl_measurer {
  void *user;
  enum mrl_status (*measure)(void *user, const struct mrl_measure_request *req, struct mrl_measurement *out,
                             struct mrl_err *err);
};

/* Reward of a measurement under the configuration's penalties. */
double mrl_env_reward(const struct mrl_env_config *c, const struct mrl_measurement *m);

/* ---------------------------------------------------------------- the environment */

struct mrl_env;

struct mrl_step_result {
  double reward; /* 0 except at the end of the episode */
  int done;      /* the episode is over */
  int next_op;   /* this step finished the current op */
  int measured;  /* the end of the episode was measured (a measurer is installed) */
  struct mrl_measurement measurement;
};

/* Description of one op of the episode (visit order). */
struct mrl_env_op_info {
  const char *tag;  /* "op3", or "op2_op3" for op2 fused into op3 */
  const char *name; /* linalg.matmul, linalg.generic, ... */
  int kind;         /* enum mrl_op_kind (program.h): generic, matmul, conv, pooling, add, unknown */
  int nloops;
  const int64_t *bounds;          /* current extents, current loop order */
  const int64_t *bounds_orig;     /* original extents of the same loops */
  const unsigned char *reduction; /* per current loop */
  const int *perm;                /* current loop i is original loop perm[i] */
  const char *producer;           /* tag of the producer shown with it, NULL when none */
  int fused;                      /* a producer fused into its consumer's loops */
  int done;                       /* finished */
};

enum mrl_status mrl_env_create(const struct mrl_env_config *cfg, struct mrl_env **out, struct mrl_err *err);
void mrl_env_close(struct mrl_env *e);

/* Installs (a copy of) the measurer used at the end of each episode; NULL uninstalls it.
 * Without one, episodes end with reward 0 and measured = 0; mrl_env_script gives the script
 * to measure by other means. */
void mrl_env_set_measurer(struct mrl_env *e, const struct mrl_measurer *m);

/* Loads a benchmark (SPEC §1 text) and resets the episode. Ops beyond the configured limits
 * are skipped, each with a reason (mrl_env_skipped). Fails with MRL_EUNSUPPORTED when no op
 * is left. */
enum mrl_status mrl_env_load(struct mrl_env *e, const char *bench_text, const char *bench_id,
                             struct mrl_err *err);
/* Starts the episode of the loaded benchmark again. */
enum mrl_status mrl_env_reset(struct mrl_env *e, struct mrl_err *err);

const struct mrl_env_config *mrl_env_config(const struct mrl_env *e);

/* The observation of the current state (all zeros once the episode is done). */
const void *mrl_env_observe(struct mrl_env *e);
size_t mrl_env_obs_bytes(const struct mrl_env *e);
int mrl_env_obs_count(const struct mrl_env *e);
const struct mrl_tensor_desc *mrl_env_obs_desc(const struct mrl_env *e, int i);
/* The tensor called name in the current observation, or NULL (desc, if not NULL, is set). */
const void *mrl_env_obs_tensor(struct mrl_env *e, const char *name, const struct mrl_tensor_desc **desc);
/* What element i of a categorical feature means, for people: for tensors named "*.kind" the
 * op kind ("generic", "matmul", "conv", "pooling", "add", "unknown"), for "*.arith" the
 * arithmetic category counted ("add", "sub", "mul", "div", "exp", "maxmin", "cmpsel").
 * NULL for other tensors or an index out of range. */
const char *mrl_env_obs_label(const char *tensor, int i);

/* Masks of the current state (also in the observation as mask.*): action types
 * [MRL_ACTION_COUNT] (IC always 0 without img2col_action; the observation's mask.action has
 * only the six others then); tile choices [max_loops][tile_choices]; interchange [n] (n = max_loops
 * for level pointers, 3 * max_loops - 6 for enumerated swaps). 1 = allowed. */
const unsigned char *mrl_env_action_mask(struct mrl_env *e);
const unsigned char *mrl_env_tile_mask(struct mrl_env *e);
const unsigned char *mrl_env_interchange_mask(struct mrl_env *e, int *n);

/* One decision. The action must be allowed by the masks (MRL_EINVAL otherwise, and nothing
 * changes). At the end of the episode the measurer is called (if installed). */
enum mrl_status mrl_env_step(struct mrl_env *e, const struct mrl_action *a, struct mrl_step_result *r,
                             struct mrl_err *err);
int mrl_env_done(const struct mrl_env *e);

/* Ends the current op without another action (what a schedule segment that stops early
 * does); no-op when the episode is over. For tools that walk the ops (mlirrl observe). */
void mrl_env_finish_op(struct mrl_env *e);

/* Ops of the episode in visit order so far (fused producers are inserted as they appear),
 * the current one, and the ones left out with their reasons. */
int mrl_env_num_ops(const struct mrl_env *e);
int mrl_env_current(const struct mrl_env *e); /* index of the current op, num_ops when done */
int mrl_env_op(const struct mrl_env *e, int i, struct mrl_env_op_info *info);
int mrl_env_num_skipped(const struct mrl_env *e);
const char *mrl_env_skipped(const struct mrl_env *e, int i, const char **reason);

/* Schedule text of the episode so far ("I(1,0,2)TP(8,8,0)V|NT"). */
const char *mrl_env_schedule(struct mrl_env *e);

/* Resets and replays schedule text through the same steps an agent takes (masks and grammar
 * of the configuration apply; nothing is measured). An op segment that ends before a
 * terminal action finishes the op. Errors name the column and what was expected. */
enum mrl_status mrl_env_replay(struct mrl_env *e, const char *schedule, struct mrl_err *err);

/* The transform script equivalent to the actions taken so far; it applies to the untouched
 * benchmark file (`mlirrl run BENCH --transform SCRIPT`). Caller frees *script. */
enum mrl_status mrl_env_script(struct mrl_env *e, char **script, struct mrl_err *err);

/* Measures the episode so far with the installed measurer (as the last step does). */
enum mrl_status mrl_env_measure(struct mrl_env *e, struct mrl_measurement *m, double *reward,
                                struct mrl_err *err);

/* ---------------------------------------------------------------- schedules without an agent */

/* The configuration for schedules given as text: the defaults with a free grammar (any
 * action at any step), so that e.g. "T(32,0,64)V" is accepted. */
void mrl_schedule_default_config(struct mrl_env_config *c);

/* Schedule text to transform script for a benchmark (cfg NULL: mrl_schedule_default_config).
 * Caller frees *script. */
enum mrl_status mrl_schedule_to_script(const char *bench_text, const char *schedule,
                                       const struct mrl_env_config *cfg, char **script, struct mrl_err *err);

/* The generator of mrl_env_random_action, for agents and searches that draw their own
 * numbers from the same stream: a state from a seed (splitmix64, never zero, so nearby seeds
 * give unrelated streams), and the next number of a xorshift64* state. */
uint64_t mrl_env_rng_seed(uint64_t seed);
uint64_t mrl_env_rng_next(uint64_t *state);

/* A uniformly random legal action for the current state (the random agent). rng is the
 * caller's state for a xorshift64* generator (any nonzero seed; mrl_env_rng_seed makes one). */
enum mrl_status mrl_env_random_action(struct mrl_env *e, uint64_t *rng, struct mrl_action *a,
                                      struct mrl_err *err);

#endif
