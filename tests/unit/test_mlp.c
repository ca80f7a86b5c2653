/* The agents' network (agents/mlp.h): the backward pass against central finite differences of
 * a masked policy loss (every weight, bias and input), the masked log-softmax and entropy on
 * known values, and bad shapes refused.
 *
 * Usage: test_mlp */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "mlp.h"

enum { B = 3, NIN = 6, NOUT = 5 };
static const unsigned char mask[B][NOUT] = {{1, 1, 0, 1, 1}, {1, 1, 1, 1, 1}, {0, 1, 1, 0, 1}};
static const int action[B] = {3, 0, 4};
static const double beta = 0.1;

/* Σ_rows −(log p[action] + beta·H) of the network's output on x. */
static double loss(struct mrl_mlp *m, const float *x) {
  const float *y;
  CHECK(mrl_mlp_forward(m, x, B, &y, NULL) == MRL_OK);
  double l = 0;
  float logp[NOUT];
  for (int r = 0; r < B; ++r) {
    mrl_masked_log_softmax(y + r * NOUT, mask[r], NOUT, logp);
    l -= logp[action[r]] + beta * mrl_masked_entropy(logp, mask[r], NOUT);
  }
  return l;
}

/* Central difference of the loss in *p; the analytic value g must agree. */
static void check_param(struct mrl_mlp *m, const float *x, float *p, double g, const char *what, int *bad) {
  const float eps = 1e-3f;
  float keep = *p;
  *p = keep + eps;
  double up = loss(m, x);
  *p = keep - eps;
  double down = loss(m, x);
  *p = keep;
  double num = (up - down) / (2.0 * eps);
  if (fabs(num - g) > 2e-3 + 2e-2 * fabs(g)) {
    if (*bad < 5) fprintf(stderr, "%s: analytic %.6g, finite difference %.6g\n", what, g, num);
    ++*bad;
  }
}

static void test_gradients(void) {
  const int sizes[] = {NIN, 16, 12, NOUT};
  struct mrl_mlp *m = NULL;
  CHECK(mrl_mlp_create(sizes, 3, 8, 7, &m, NULL) == MRL_OK);
  if (!m) return;
  CHECK(mrl_mlp_num_params(m) == (size_t)(16 * 7 + 12 * 17 + 5 * 13));
  float x[B * NIN];
  uint64_t s = 3;
  for (int i = 0; i < B * NIN; ++i) {
    s = s * 6364136223846793005ull + 1442695040888963407ull;
    x[i] = (float)((double)(s >> 11) / 9007199254740992.0 * 2 - 1);
  }
  /* Analytic gradients of the same loss. */
  const float *y;
  CHECK(mrl_mlp_forward(m, x, B, &y, NULL) == MRL_OK);
  float dy[B * NOUT], logp[NOUT], dx[B * NIN];
  for (int r = 0; r < B; ++r) {
    mrl_masked_log_softmax(y + r * NOUT, mask[r], NOUT, logp);
    mrl_masked_softmax_grad(logp, mask[r], NOUT, action[r], beta, dy + r * NOUT);
    CHECK(dy[r * NOUT + (mask[r][2] ? 0 : 2)] == 0 || mask[r][2]); /* masked logits get no gradient */
  }
  mrl_mlp_zero_grad(m);
  mrl_mlp_backward(m, dy, dx);
  int bad = 0, checked = 0;
  char what[64];
  for (int k = 0; k < m->nlayers; ++k) {
    struct mrl_mlp_layer *l = &m->layer[k];
    for (int i = 0; i < l->in * l->out; ++i, ++checked) {
      snprintf(what, sizeof what, "layer %d w[%d]", k, i);
      check_param(m, x, &l->w[i], l->gw[i], what, &bad);
    }
    for (int j = 0; j < l->out; ++j, ++checked) {
      snprintf(what, sizeof what, "layer %d b[%d]", k, j);
      check_param(m, x, &l->b[j], l->gb[j], what, &bad);
    }
  }
  for (int i = 0; i < B * NIN; ++i, ++checked) {
    snprintf(what, sizeof what, "input %d", i);
    check_param(m, x, &x[i], dx[i], what, &bad);
  }
  printf("gradient check: %d of %d derivatives disagree\n", bad, checked);
  CHECK(bad == 0);
  /* Gradients accumulate until zeroed. */
  float before = m->layer[0].gw[0];
  mrl_mlp_backward(m, dy, NULL);
  CHECK_NEAR(m->layer[0].gw[0], 2 * before, 1e-5 + 1e-5 * fabs(before));
  mrl_mlp_zero_grad(m);
  CHECK(m->layer[0].gw[0] == 0 && m->layer[2].gb[4] == 0);
  struct mrl_err e;
  CHECK(mrl_mlp_forward(m, x, 9, &y, &e) == MRL_EINVAL);
  mrl_mlp_free(m);
}

static void test_heads(void) {
  const float z[4] = {1, 2, 3, 4};
  const unsigned char half[4] = {1, 0, 1, 0}, none[4] = {0, 0, 0, 0};
  float lp[4];
  mrl_masked_log_softmax(z, half, 4, lp);
  CHECK(isinf(lp[1]) && lp[1] < 0 && isinf(lp[3]));
  CHECK_NEAR(exp(lp[0]) + exp(lp[2]), 1.0, 1e-6);
  CHECK_NEAR(lp[2] - lp[0], 2.0, 1e-6);
  const float flat[4] = {0.5f, 0.5f, 0.5f, 0.5f};
  mrl_masked_log_softmax(flat, NULL, 4, lp);
  CHECK_NEAR(mrl_masked_entropy(lp, NULL, 4), log(4.0), 1e-6);
  CHECK(isinf(mrl_masked_log_softmax(z, none, 4, lp)));
  const int bad_sizes[] = {4, 0, 2};
  struct mrl_mlp *m = NULL;
  struct mrl_err e;
  CHECK(mrl_mlp_create(bad_sizes, 2, 4, 1, &m, &e) == MRL_EINVAL && m == NULL);
}

int main(void) {
  test_gradients();
  test_heads();
  return CHECK_DONE();
}
