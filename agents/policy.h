/* The actor-critic network of the PPO agent (SPEC §5), on plain float vectors so that it is
 * testable without an environment (encode.h turns observations into these vectors).
 *
 * One decision's input x is three blocks: the current op's features (op_dim), its producer's
 * (op_dim, zeros when there is none) and the rest of the state (state_dim: history, step,
 * masks). Each of the two towers (the policy and a separate value network) is
 *   e = ReLU(E · op + b), e' = ReLU(E · producer + b)       one embedding shared by both ops
 *   z = backbone([e, e', state])                           dense layers with ReLU (3×512)
 * The policy tower's last layer gives every head's logits side by side:
 *   [type: ntypes][T: L×TC][TP: L×TC][TF: L×TC][I: nich]
 * (L = max_loops, TC = tile_choices, nich = the interchange head: L level pointers or 3L−6
 * enumerated swaps); the value tower's gives one number. Masks set forbidden logits to −∞.
 *
 * A decision's probability is the product of the heads it uses: the type, then for T/TP/TF
 * one tile choice per loop of the op that has a choice (loops whose mask row is empty take 0
 * and cost nothing), for I the interchange head. Its entropy is the sum of the same heads'
 * entropies. The PPO loss (clipped surrogate, value error, entropy bonus) and its gradient
 * are computed here; unit.policy checks the gradient against finite differences.
 *
 * Ownership: mrl_policy_create allocates everything; mrl_policy_free releases it. */
#ifndef MRL_POLICY_H
#define MRL_POLICY_H

#include <stddef.h>
#include <stdint.h>

#include "mlp.h"
#include "status.h"

enum { MRL_POLICY_MAX_HIDDEN = 8, MRL_POLICY_MAX_LOOPS = 32 };

struct mrl_policy_config {
  int op_dim, state_dim;
  int embed;                           /* embedding width (256) */
  int nhidden;                         /* backbone layers (3) */
  int hidden[MRL_POLICY_MAX_HIDDEN];   /* their widths (512 each) */
  int ntypes, max_loops, tile_choices; /* heads */
  int nich;
};

/* Index of the first logit of each head in the policy output. */
struct mrl_policy_heads {
  int type, tile[3], ich, total;
};
void mrl_policy_heads(const struct mrl_policy_config *c, struct mrl_policy_heads *h);

/* One decision's masks: ntypes, then max_loops × tile_choices, then nich bytes (1 = allowed). */
size_t mrl_policy_mask_bytes(const struct mrl_policy_config *c);
int mrl_policy_input_dim(const struct mrl_policy_config *c);

struct mrl_policy_action {
  int type; /* 0 = T, 1 = TP, 2 = TF, 3 = I, others use no parameters */
  int tile[MRL_POLICY_MAX_LOOPS];
  int ich;
};

struct mrl_policy {
  struct mrl_policy_config cfg;
  struct mrl_policy_heads heads;
  struct mrl_mlp *pe, *pb; /* policy tower: embedding, backbone with the heads */
  struct mrl_mlp *ve, *vb; /* value tower */
  int batch_cap;
  float *emb_in, *bb_in, *bb_grad, *emb_grad; /* scratch */
  float *dlogits, *dvalue, *logp;
};

enum mrl_status mrl_policy_create(const struct mrl_policy_config *c, int batch_cap, uint64_t seed,
                                  struct mrl_policy **out, struct mrl_err *err);
void mrl_policy_free(struct mrl_policy *p);
size_t mrl_policy_num_params(const struct mrl_policy *p);

/* The parameter tensors in a fixed order (for the optimizer and the weights file): the i-th
 * tensor's name ("policy.embed.0.w", "value.backbone.2.b", ...), its values, gradients, and
 * shape (rows, cols; cols 1 for biases). 0 when i is past the last. */
int mrl_policy_param(struct mrl_policy *p, int i, const char **name, float **w, float **g, int *rows, int *cols);
void mrl_policy_zero_grad(struct mrl_policy *p);

/* Picks an action for one decision: greedy (the most likely allowed choice of every head it
 * uses) or sampled with the xorshift64* state rng. Gives its log-probability, the value
 * estimate (value NULL: the value network is not run) and the entropy of the heads used. */
enum mrl_status mrl_policy_act(struct mrl_policy *p, const float *x, const unsigned char *mask, int nloops, int greedy,
                               uint64_t *rng, struct mrl_policy_action *a, double *logp, double *value,
                               double *entropy, struct mrl_err *err);

/* A batch of recorded decisions for the PPO loss. */
struct mrl_policy_batch {
  int n;
  const float *x;            /* n × input_dim */
  const unsigned char *mask; /* n × mask_bytes */
  const int *nloops;
  const struct mrl_policy_action *action;
  const double *logp_old, *advantage, *ret;
};

struct mrl_ppo_coefs {
  double clip, value_coef, entropy_coef;
};

struct mrl_ppo_loss {
  double total, policy, value, entropy; /* means over the batch */
  double approx_kl, clip_fraction;
};

/* Computes the PPO loss of the batch and adds its gradient (of the mean over the batch) to
 * the parameters' gradients: policy −min(r·A, clip(r, 1±ε)·A), value coef·(V − R)², minus
 * entropy_coef · entropy. */
enum mrl_status mrl_policy_ppo_loss(struct mrl_policy *p, const struct mrl_policy_batch *b,
                                    const struct mrl_ppo_coefs *c, struct mrl_ppo_loss *loss, int backward,
                                    struct mrl_err *err);

#endif
