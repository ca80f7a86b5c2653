/* Internals of the environment shared by its files: episode.c, the episode bookkeeping that
 * the others use; actions.c, masks and symbolic steps; features.c, the observation;
 * schedule.c, schedule text; script.c, transform-script emission; env.c, the public API over
 * all of them. Calls point that way only (no file calls back into one that calls it).
 * Not installed, not for agents. */
#ifndef MRL_ENV_PRIV_H
#define MRL_ENV_PRIV_H

#include "mlirrl_env.h"
#include "program.h"

enum { MRL_ENV_TAG_MAX = 48, MRL_ENV_MAX_DESC = 48 };

/* One recorded action: one step of an op (a whole interchange is one). Sizes and
 * permutations are in the op's loop order at the time the action was taken. */
struct mrl_env_act {
  enum mrl_action_type type;
  int nloops;
  int64_t size[MRL_ENV_MAX_LOOPS];             /* T, TP, TF: tile sizes (0: not tiled) */
  unsigned char tile_index[MRL_ENV_MAX_LOOPS]; /* the same as choice indices (history) */
  unsigned char reduction[MRL_ENV_MAX_LOOPS];  /* iterator kinds at the time (TP/TF split) */
  int perm[MRL_ENV_MAX_LOOPS];                 /* I: new position j holds loop perm[j] */
  int fused_slot;                              /* TF: the slot of the fused producer */
  char producer_tag[MRL_ENV_TAG_MAX];          /* TF: the tag of the producer fused */
  /* V of a 2-D windowed op: tile sizes before decompose (all 0: none), transpose first. */
  int decompose, transpose;
  int64_t decompose_size[MRL_ENV_MAX_LOOPS];
};

/* One op of the episode, in visit order. */
struct mrl_env_slot {
  int prog;      /* static op (program.h) */
  int orig_prog; /* the op of the untouched module the tag starts from */
  int img2col;   /* IC applied: prog is now the matmul-like op */
  int fused;     /* a clone of prog fused into slot `consumer` */
  int consumer;
  char tag[MRL_ENV_TAG_MAX];
  int nloops;
  int perm[MRL_ENV_MAX_LOOPS];      /* current loop i is static loop perm[i] */
  int64_t bound[MRL_ENV_MAX_LOOPS]; /* current extent of loop i */
  int64_t orig[MRL_ENV_MAX_LOOPS];  /* static extent of loop i */
  unsigned char reduction[MRL_ENV_MAX_LOOPS];
  int tiled;        /* tiled already (TP and TF no longer allowed) */
  int interchanged; /* loop order differs from the static one */
  int nacts;
  struct mrl_env_act acts[MRL_ENV_MAX_STEPS];
  int nptr; /* level pointers chosen so far in an unfinished I */
  int ptr[MRL_ENV_MAX_LOOPS];
  int done;
  int removed; /* fused away entirely before its turn: never visited */
};

struct mrl_env {
  struct mrl_env_config cfg;
  unsigned grammar[MRL_ENV_MAX_STEPS]; /* per step: bit t set = action type t allowed */
  int ngrammar;
  struct mrl_mlir *mlir; /* opened on first load, kept for later loads */
  char *text;
  char *id;
  struct mrl_program prog;
  int loaded;
  int *included;       /* per static op: part of the episode */
  int *fusable;        /* per static op: TF can fuse its producer and track the bounds */
  int *uses_left;      /* per static op: result uses not yet fused away */
  int nstatic;         /* static ops: the program's, then the img2col variants' */
  int *ic_col, *ic_mm; /* per program op: its img2col variant's two static ops, -1 none */
  int ntypes;          /* action types offered: 6, or 7 with the IC action */
  int nskipped;
  int *skipped; /* static op indices left out */
  char (*skip_reason)[200];
  struct mrl_env_slot *slots;
  int nslots, capslots;
  int cur; /* current slot; nslots when done */
  /* observation */
  struct mrl_tensor_desc desc[MRL_ENV_MAX_DESC];
  int ndesc;
  unsigned char *obs;
  size_t obs_bytes;
  int obs_fresh;
  unsigned char mask_action[MRL_ACTION_COUNT];
  unsigned char *mask_tile; /* max_loops * tile_choices */
  unsigned char *mask_ich;  /* nich */
  int nich;
  int masks_fresh;
  char *schedule;
  size_t schedule_cap;
  int have_measurer;
  struct mrl_measurer measurer;
};

/* episode.c: the bookkeeping every other file uses (it calls none of them). */
struct mrl_env_slot *mrl_episode_slot(struct mrl_env *e); /* NULL when the episode is over */
const struct mrl_prog_op *mrl_episode_static_op(const struct mrl_env *e, const struct mrl_env_slot *s);
int mrl_episode_producer(const struct mrl_env *e, const struct mrl_env_slot *s); /* -1: none */
void mrl_episode_invalidate(struct mrl_env *e);
void mrl_episode_advance(struct mrl_env *e);
/* Ends the current op without an action (a schedule segment that stops early). */
void mrl_episode_finish_op(struct mrl_env *e);

/* actions.c (on episode.c) */
enum mrl_status mrl_actions_grammar_parse(const char *text, unsigned *steps, int *n, struct mrl_err *err);
void mrl_actions_masks(struct mrl_env *e);
/* Checks a against the masks; on refusal writes why (one line) and returns 0. */
int mrl_actions_check(struct mrl_env *e, const struct mrl_action *a, char *why, size_t n);
/* Applies a checked action; sets *op_done when the op is finished. */
enum mrl_status mrl_actions_apply(struct mrl_env *e, const struct mrl_action *a, int *op_done, struct mrl_err *err);
/* A checked action applied without measuring (agents' steps and replays alike): apply, then
 * move on when the op is finished. */
enum mrl_status mrl_actions_step(struct mrl_env *e, const struct mrl_action *a, int *op_done, struct mrl_err *err);
int mrl_actions_tile_index(const struct mrl_env_config *c, int64_t size);         /* -1 when not a choice */
int mrl_actions_enumerated_candidate(int max_loops, int nloops, const int *perm); /* -1 when none */

/* features.c (on episode.c and actions.c) */
enum mrl_status mrl_features_init(struct mrl_env *e, struct mrl_err *err);
void mrl_features_fill(struct mrl_env *e);

/* schedule.c (on episode.c and actions.c) */
enum mrl_status mrl_schedule_print(struct mrl_env *e);
enum mrl_status mrl_schedule_replay(struct mrl_env *e, const char *text, struct mrl_err *err);

/* script.c (on episode.c) */
enum mrl_status mrl_script_emit(struct mrl_env *e, char **out, struct mrl_err *err);

#endif
