/* From an environment's observation to the PPO network's input (policy.h): the current op's
 * tensors ("op.*"), its producer's ("producer.*", the same tensors) and the rest of the
 * state, each element as a float: u8 and f32 as they are, i32 as sign(v)·log2(1 + |v|)
 * (bounds, coefficients and counts span several orders of magnitude). And the masks of the
 * heads, and the conversion of the network's action to the environment's.
 *
 * The layout (every tensor's name, type and shape, in order) is what a weights file records
 * and what a loaded network is checked against. */
#ifndef MRL_ENCODE_H
#define MRL_ENCODE_H

#include "mlirrl_env.h"
#include "policy.h"

enum { MRL_ENCODE_MAX_TENSORS = 64 };

struct mrl_encoder {
  int op_dim, state_dim;
  int nop;                            /* op tensors, each with its producer twin */
  int op_desc[MRL_ENCODE_MAX_TENSORS], producer_desc[MRL_ENCODE_MAX_TENSORS];
  int nstate, state_desc[MRL_ENCODE_MAX_TENSORS];
  struct mrl_policy_config heads;     /* ntypes, max_loops, tile_choices, nich (and dims) */
  char layout[4096];                  /* "op.kind:u8[6] op.nloops:i32[1] ..." */
};

/* Reads the layout of e's observation (it depends only on e's configuration). */
enum mrl_status mrl_encoder_init(struct mrl_encoder *enc, struct mrl_env *e, struct mrl_err *err);

/* The current state of e: x (2·op_dim + state_dim floats), mask (mrl_policy_mask_bytes) and
 * the number of loops of the current op. */
void mrl_encode(const struct mrl_encoder *enc, struct mrl_env *e, float *x, unsigned char *mask, int *nloops);

/* The environment's action for the network's. */
void mrl_encode_action(const struct mrl_policy_action *pa, struct mrl_action *a);

#endif
