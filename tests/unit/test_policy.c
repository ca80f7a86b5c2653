/* The PPO agent's network (agents/policy.h): the gradient of the whole PPO loss (clipped
 * surrogate over every head a decision uses, value error, entropy bonus; shared embedding of
 * op and producer; both towers) against central finite differences for every parameter;
 * decisions that are clipped get no policy gradient; greedy choices respect the masks and
 * are deterministic; sampled choices never pick a masked entry.
 *
 * Usage: test_policy */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "policy.h"

enum { B = 5, OD = 4, SD = 3, L = 3, TC = 4, NICH = 3, NT = 7 };
enum { XD = 2 * OD + SD, MB = NT + L * TC + NICH };

static struct mrl_policy_config config(void) {
  struct mrl_policy_config c = {.op_dim = OD, .state_dim = SD, .embed = 5, .nhidden = 2, .hidden = {6, 7},
                                .ntypes = NT, .max_loops = L, .tile_choices = TC, .nich = NICH};
  return c;
}

static float x[B * XD];
static unsigned char mask[B * MB];
static int nloops[B] = {3, 2, 3, 1, 3};
static struct mrl_policy_action act[B];
static double logp_old[B], adv[B], ret[B];
static const struct mrl_ppo_coefs coefs = {.clip = 0.2, .value_coef = 0.5, .entropy_coef = 0.05};

static double uniform(uint64_t *s) {
  *s = *s * 6364136223846793005ull + 1442695040888963407ull;
  return (double)(*s >> 11) / 9007199254740992.0;
}

/* Decisions of every kind: T with an empty mask row, TP, TF, an interchange, V. */
static void make_batch(void) {
  uint64_t s = 11;
  for (int i = 0; i < B * XD; ++i) x[i] = (float)(uniform(&s) * 2 - 1);
  memset(x + 3 * XD + OD, 0, OD * sizeof(float)); /* decision 3 has no producer */
  for (int i = 0; i < B; ++i) {
    unsigned char *m = mask + i * MB;
    for (int t = 0; t < NT; ++t) m[t] = t != 6;
    for (int l = 0; l < L; ++l)
      for (int k = 0; k < TC; ++k) m[NT + l * TC + k] = k <= l + 1;
    for (int k = 0; k < NICH; ++k) m[NT + L * TC + k] = k != 1;
  }
  memset(mask + 0 * MB + NT + 1 * TC, 0, TC); /* decision 0: loop 1 has no choice */
  act[0] = (struct mrl_policy_action){.type = 0, .tile = {1, 0, 3}};
  act[1] = (struct mrl_policy_action){.type = 1, .tile = {0, 2}};
  act[2] = (struct mrl_policy_action){.type = 2, .tile = {1, 2, 0}};
  act[3] = (struct mrl_policy_action){.type = 3, .ich = 2};
  act[4] = (struct mrl_policy_action){.type = 4};
  for (int i = 0; i < B; ++i) {
    adv[i] = uniform(&s) * 2 - 1;
    ret[i] = uniform(&s) * 4 - 2;
  }
}

static double loss(struct mrl_policy *p, int backward) {
  struct mrl_policy_batch b = {B, x, mask, nloops, act, logp_old, adv, ret};
  struct mrl_ppo_loss l;
  CHECK(mrl_policy_ppo_loss(p, &b, &coefs, &l, backward, NULL) == MRL_OK);
  return l.total;
}

/* Sets logp_old so that decisions 0-2 are inside the clip range and 3-4 far outside it. */
static void set_old(struct mrl_policy *p) {
  for (int i = 0; i < B; ++i) logp_old[i] = 0;
  struct mrl_policy_batch b = {B, x, mask, nloops, act, logp_old, adv, ret};
  struct mrl_ppo_loss l;
  for (int i = 0; i < B; ++i) {
    struct mrl_policy_batch one = b;
    one.n = 1;
    one.x = x + i * XD;
    one.mask = mask + i * MB;
    one.nloops = nloops + i;
    one.action = act + i;
    one.logp_old = logp_old + i;
    double unit = 1;
    one.advantage = &unit;
    one.ret = ret + i;
    CHECK(mrl_policy_ppo_loss(p, &one, &coefs, &l, 0, NULL) == MRL_OK);
    /* with logp_old 0 and advantage 1 the policy loss is −min(r, clip(r)) = −r, as r ≤ 1 */
    double r = -l.policy;
    double lp = log(r);
    logp_old[i] = lp + (i < 3 ? 0.05 : (adv[i] > 0 ? -1.0 : 1.0));
  }
}

static void test_gradients(void) {
  struct mrl_policy_config c = config();
  struct mrl_policy *p = NULL;
  CHECK(mrl_policy_create(&c, 8, 5, &p, NULL) == MRL_OK);
  if (!p) return;
  make_batch();
  /* Biases away from 0: with zero biases a missing producer's embedding sits exactly on the
   * ReLU's kink, where finite differences mean nothing. */
  {
    const char *nm;
    float *w, *g;
    int rows, cols;
    uint64_t s = 5;
    for (int t = 0; mrl_policy_param(p, t, &nm, &w, &g, &rows, &cols); ++t)
      if (cols == 1)
        for (int i = 0; i < rows; ++i) w[i] = (float)(uniform(&s) * 0.4 - 0.2);
  }
  adv[3] = fabs(adv[3]) + 0.5; /* clipped above */
  adv[4] = -fabs(adv[4]) - 0.5; /* clipped below */
  set_old(p);
  mrl_policy_zero_grad(p);
  loss(p, 1);
  int bad = 0, checked = 0;
  const char *name;
  float *w, *g;
  int rows, cols;
  for (int t = 0; mrl_policy_param(p, t, &name, &w, &g, &rows, &cols); ++t)
    for (int i = 0; i < rows * cols; ++i, ++checked) {
      const float eps = 1e-3f;
      float keep = w[i];
      w[i] = keep + eps;
      double up = loss(p, 0);
      w[i] = keep - eps;
      double down = loss(p, 0);
      w[i] = keep;
      double num = (up - down) / (2.0 * eps);
      if (fabs(num - g[i]) > 1e-3 + 2e-2 * fabs(g[i])) {
        if (bad < 8) fprintf(stderr, "%s[%d]: analytic %.6g, finite difference %.6g\n", name, i, g[i], num);
        ++bad;
      }
    }
  size_t n = mrl_policy_num_params(p);
  CHECK((size_t)checked == n);
  printf("policy gradient: %d of %d derivatives disagree\n", bad, checked);
  CHECK(bad == 0);

  /* Only the clipped decisions: no policy gradient, so the policy tower's gradient comes from
   * the entropy bonus alone, and is zero when that bonus is off. */
  struct mrl_ppo_coefs noent = coefs;
  noent.entropy_coef = 0;
  struct mrl_policy_batch clipped = {2, x + 3 * XD, mask + 3 * MB, nloops + 3, act + 3, logp_old + 3, adv + 3, ret + 3};
  struct mrl_ppo_loss l;
  mrl_policy_zero_grad(p);
  CHECK(mrl_policy_ppo_loss(p, &clipped, &noent, &l, 1, NULL) == MRL_OK);
  CHECK_NEAR(l.clip_fraction, 1.0, 1e-12);
  double gsum = 0;
  for (int t = 0; mrl_policy_param(p, t, &name, &w, &g, &rows, &cols); ++t)
    if (!strncmp(name, "policy.", 7))
      for (int i = 0; i < rows * cols; ++i) gsum += fabs(g[i]);
  CHECK(gsum == 0);
  mrl_policy_free(p);
}

static void test_act(void) {
  struct mrl_policy_config c = config();
  struct mrl_policy *p = NULL;
  CHECK(mrl_policy_create(&c, 4, 9, &p, NULL) == MRL_OK);
  if (!p) return;
  make_batch();
  unsigned char m[MB];
  memcpy(m, mask, MB);
  for (int t = 0; t < NT; ++t) m[t] = t == 0; /* only T */
  struct mrl_policy_action a, a2;
  double lp, v, h, lp2, v2, h2;
  CHECK(mrl_policy_act(p, x, m, 3, 1, NULL, &a, &lp, &v, &h, NULL) == MRL_OK);
  CHECK(mrl_policy_act(p, x, m, 3, 1, NULL, &a2, &lp2, &v2, &h2, NULL) == MRL_OK);
  CHECK(a.type == 0 && !memcmp(&a, &a2, sizeof a) && lp == lp2 && v == v2);
  CHECK(a.tile[1] == 0); /* loop 1's row is empty */
  CHECK(m[NT + a.tile[0]] && m[NT + 2 * TC + a.tile[2]]);
  CHECK(lp <= 0);
  /* Sampling: never a masked choice, and every allowed type shows up. */
  uint64_t rng = 42;
  int seen[NT] = {0};
  memcpy(m, mask + MB, MB);
  m[2] = 0; /* no TF */
  for (int k = 0; k < 400; ++k) {
    CHECK(mrl_policy_act(p, x, m, 3, 0, &rng, &a, &lp, &v, &h, NULL) == MRL_OK);
    CHECK(m[a.type]);
    seen[a.type]++;
    if (a.type <= 2)
      for (int l = 0; l < 3; ++l) CHECK(m[NT + l * TC + a.tile[l]]);
    if (a.type == 3) CHECK(m[NT + L * TC + a.ich]);
  }
  for (int t = 0; t < NT; ++t) CHECK((seen[t] > 0) == (m[t] != 0));
  /* Nothing allowed is an error, not a choice. */
  memset(m, 0, NT);
  CHECK(mrl_policy_act(p, x, m, 3, 1, NULL, &a, &lp, &v, &h, NULL) == MRL_EINVAL);
  mrl_policy_free(p);
}

static void test_bad_config(void) {
  struct mrl_policy_config c = config();
  c.nhidden = 0;
  struct mrl_policy *p = NULL;
  CHECK(mrl_policy_create(&c, 4, 1, &p, NULL) == MRL_EINVAL && !p);
  c = config();
  c.max_loops = 99;
  CHECK(mrl_policy_create(&c, 4, 1, &p, NULL) == MRL_EINVAL && !p);
}

int main(void) {
  test_gradients();
  test_act();
  test_bad_config();
  return CHECK_DONE();
}
