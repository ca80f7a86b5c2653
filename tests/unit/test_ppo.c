/* The PPO learner (agents/ppo.h): advantages and returns of an episode by GAE on known values,
 * discarding an episode, and learning: on a two-context bandit (the right action type depends
 * on the input) the greedy policy ends up right in both contexts, and two runs with the same
 * seed end with the same parameters, bit for bit.
 *
 * Usage: test_ppo */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "ppo.h"

enum { OD = 3, SD = 2, L = 2, TC = 3, NICH = 2, NT = 7 };
enum { XD = 2 * OD + SD, MB = NT + L * TC + NICH };

static struct mrl_policy *make(uint64_t seed) {
  struct mrl_policy_config c = {.op_dim = OD, .state_dim = SD, .embed = 8, .nhidden = 2, .hidden = {16, 16},
                                .ntypes = NT, .max_loops = L, .tile_choices = TC, .nich = NICH};
  struct mrl_policy *p = NULL;
  CHECK(mrl_policy_create(&c, 32, seed, &p, NULL) == MRL_OK);
  return p;
}

static void test_gae(void) {
  struct mrl_ppo_config c;
  mrl_ppo_default_config(&c);
  struct mrl_ppo *t = NULL;
  CHECK(mrl_ppo_create(&c, make(1), &t, NULL) == MRL_OK);
  if (!t) return;
  float x[XD] = {0};
  unsigned char m[MB];
  memset(m, 1, MB);
  struct mrl_policy_action a = {.type = 4};
  const double v[3] = {0.5, 0.2, -0.1};
  int first = -1, idx;
  /* a discarded episode first: it leaves nothing behind */
  CHECK(mrl_ppo_record(t, x, m, 1, &a, -1, 0.3, &first, NULL) == MRL_OK);
  mrl_ppo_discard(t, first);
  CHECK(t->n == 0);
  for (int i = 0; i < 3; ++i) {
    CHECK(mrl_ppo_record(t, x, m, 1, &a, -1, v[i], &idx, NULL) == MRL_OK);
    if (i == 0) first = idx;
  }
  mrl_ppo_end_episode(t, first, 1.0);
  /* γ = 1, λ = 0.95: δ = (−0.3, −0.3, 1.1); A2 = 1.1, A1 = −0.3 + 0.95·1.1, A0 = −0.3 + 0.95·A1 */
  double a2 = 1.1, a1 = -0.3 + 0.95 * a2, a0 = -0.3 + 0.95 * a1;
  CHECK_NEAR(t->adv[2], a2, 1e-12);
  CHECK_NEAR(t->adv[1], a1, 1e-12);
  CHECK_NEAR(t->adv[0], a0, 1e-12);
  CHECK_NEAR(t->ret[0], a0 + 0.5, 1e-12);
  CHECK_NEAR(t->ret[2], 1.0, 1e-12);
  mrl_ppo_free(t);
}

/* Context k's input, and its right type: 4 (V) in context 0, 5 (NT) in context 1. */
static void context(int k, float *x) {
  for (int i = 0; i < XD; ++i) x[i] = (float)((k ? -0.5 : 0.7) * (i % 3 + 1));
}

static void bandit_mask(unsigned char *m) {
  memset(m, 0, MB);
  m[3] = m[4] = m[5] = 1; /* I, V, NT */
  m[NT + L * TC] = m[NT + L * TC + 1] = 1;
}

/* Trains on the bandit; returns the policy's greedy types in both contexts through right[]. */
static struct mrl_ppo *train(uint64_t seed, int iterations, int right[2]) {
  struct mrl_ppo_config c;
  mrl_ppo_default_config(&c);
  c.lr = 3e-3;
  struct mrl_ppo *t = NULL;
  CHECK(mrl_ppo_create(&c, make(seed), &t, NULL) == MRL_OK);
  if (!t) return NULL;
  uint64_t rng = seed * 77 + 1;
  float x[XD];
  unsigned char m[MB];
  bandit_mask(m);
  for (int it = 0; it < iterations; ++it) {
    for (int e = 0; e < 64; ++e) {
      int k = e % 2;
      context(k, x);
      struct mrl_policy_action a;
      double lp, v, h;
      CHECK(mrl_policy_act(t->policy, x, m, 1, 0, &rng, &a, &lp, &v, &h, NULL) == MRL_OK);
      int idx;
      CHECK(mrl_ppo_record(t, x, m, 1, &a, lp, v, &idx, NULL) == MRL_OK);
      mrl_ppo_end_episode(t, idx, a.type == (k ? 5 : 4) ? 1.0 : -1.0);
    }
    struct mrl_ppo_stats st;
    CHECK(mrl_ppo_update(t, &rng, &st, NULL) == MRL_OK);
    CHECK(st.decisions == 64 && st.updates == 4 * 2);
  }
  for (int k = 0; k < 2; ++k) {
    context(k, x);
    struct mrl_policy_action a;
    double lp, v, h;
    CHECK(mrl_policy_act(t->policy, x, m, 1, 1, NULL, &a, &lp, &v, &h, NULL) == MRL_OK);
    right[k] = a.type == (k ? 5 : 4);
  }
  return t;
}

static void test_learning(void) {
  int right[2] = {0, 0}, again[2];
  struct mrl_ppo *t = train(3, 25, right);
  CHECK(right[0] && right[1]);
  struct mrl_ppo *u = train(3, 25, again);
  if (!t || !u) return;
  const char *n;
  float *w1, *w2, *g;
  int r, c, same = 1;
  for (int i = 0; mrl_policy_param(t->policy, i, &n, &w1, &g, &r, &c); ++i) {
    mrl_policy_param(u->policy, i, &n, &w2, &g, &r, &c);
    same &= !memcmp(w1, w2, (size_t)r * (size_t)c * sizeof(float));
  }
  CHECK(same);
  mrl_ppo_free(t);
  mrl_ppo_free(u);
}

int main(void) {
  test_gae();
  test_learning();
  return CHECK_DONE();
}
