/* Proximal policy optimization for the network of policy.h: a rollout buffer of decisions,
 * generalized advantage estimation per episode, and the update (epochs of shuffled
 * mini-batches, clipped surrogate, value loss, entropy bonus, advantage normalization, global
 * gradient-norm clipping, Adam). Defaults are the paper's (SPEC §5): lr 1e-3, clip 0.2,
 * γ = 1, λ = 0.95, mini-batch 32, 4 epochs, value coefficient 0.5, entropy 0.01.
 *
 * Deterministic: the shuffles come from the xorshift64* state the caller passes, so the same
 * decisions and rewards in the same order give the same parameters.
 *
 * Ownership: mrl_ppo_create allocates the learner around a policy it takes over;
 * mrl_ppo_free releases both. */
#ifndef MRL_PPO_H
#define MRL_PPO_H

#include "policy.h"

struct mrl_ppo_config {
  double lr, clip, gamma, lambda, value_coef, entropy_coef, max_grad_norm;
  double adam_beta1, adam_beta2, adam_eps;
  int epochs, minibatch;
  int normalize_advantages;
};

void mrl_ppo_default_config(struct mrl_ppo_config *c);

struct mrl_ppo_stats {
  int decisions, updates;
  double policy_loss, value_loss, entropy, approx_kl, clip_fraction, grad_norm; /* means over updates */
};

struct mrl_ppo {
  struct mrl_ppo_config cfg;
  struct mrl_policy *policy;
  int nparams;    /* parameter tensors */
  float **m, **v; /* Adam's moments, one array per parameter tensor */
  long long adam_t;
  /* the rollout buffer */
  int n, cap, xdim;
  size_t mbytes;
  float *x;
  unsigned char *mask;
  int *nloops;
  struct mrl_policy_action *action;
  double *logp, *value, *reward, *adv, *ret;
  /* a mini-batch, gathered */
  float *bx;
  unsigned char *bmask;
  int *bnloops;
  struct mrl_policy_action *baction;
  double *blogp, *badv, *bret;
  int *order;
};

enum mrl_status mrl_ppo_create(const struct mrl_ppo_config *c, struct mrl_policy *p, struct mrl_ppo **out,
                               struct mrl_err *err);
void mrl_ppo_free(struct mrl_ppo *t);

/* Adds one decision to the buffer (its reward 0 until the episode ends); its index. */
enum mrl_status mrl_ppo_record(struct mrl_ppo *t, const float *x, const unsigned char *mask, int nloops,
                               const struct mrl_policy_action *a, double logp, double value, int *index,
                               struct mrl_err *err);
/* Drops decisions from index first on (an episode that could not be scored). */
void mrl_ppo_discard(struct mrl_ppo *t, int first);
/* Ends the episode whose decisions are first..n-1: the reward goes to its last decision and
 * advantages and returns are computed (GAE, terminal value 0). */
void mrl_ppo_end_episode(struct mrl_ppo *t, int first, double reward);

/* One update over the whole buffer, which is then emptied. rng: xorshift64* state. */
enum mrl_status mrl_ppo_update(struct mrl_ppo *t, uint64_t *rng, struct mrl_ppo_stats *st, struct mrl_err *err);

#endif
