#include "ppo.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

void mrl_ppo_default_config(struct mrl_ppo_config *c) {
  memset(c, 0, sizeof *c);
  c->lr = 1e-3;
  c->clip = 0.2;
  c->gamma = 1.0;
  c->lambda = 0.95;
  c->value_coef = 0.5;
  c->entropy_coef = 0.01;
  c->max_grad_norm = 0.5;
  c->adam_beta1 = 0.9;
  c->adam_beta2 = 0.999;
  c->adam_eps = 1e-8;
  c->epochs = 4;
  c->minibatch = 32;
  c->normalize_advantages = 1;
}

enum mrl_status mrl_ppo_create(const struct mrl_ppo_config *c, struct mrl_policy *p, struct mrl_ppo **out,
                               struct mrl_err *err) {
  *out = NULL;
  if (c->minibatch < 1 || c->minibatch > p->batch_cap || c->epochs < 1 || !(c->lr > 0) || !(c->clip > 0))
    return mrl_fail(err, MRL_EINVAL, "invalid PPO settings (mini-batch %d for a network of batch %d, %d epochs)",
                    c->minibatch, p->batch_cap, c->epochs);
  struct mrl_ppo *t = calloc(1, sizeof *t);
  if (!t) return mrl_fail(err, MRL_ENOMEM, "out of memory");
  t->cfg = *c;
  t->policy = p;
  const char *name;
  float *w, *g;
  int rows, cols;
  while (mrl_policy_param(p, t->nparams, &name, &w, &g, &rows, &cols)) t->nparams++;
  t->m = calloc((size_t)t->nparams, sizeof *t->m);
  t->v = calloc((size_t)t->nparams, sizeof *t->v);
  int ok = t->m && t->v;
  for (int i = 0; ok && i < t->nparams; ++i) {
    mrl_policy_param(p, i, &name, &w, &g, &rows, &cols);
    t->m[i] = calloc((size_t)rows * (size_t)cols, sizeof(float));
    t->v[i] = calloc((size_t)rows * (size_t)cols, sizeof(float));
    ok = t->m[i] && t->v[i];
  }
  t->xdim = mrl_policy_input_dim(&p->cfg);
  t->mbytes = mrl_policy_mask_bytes(&p->cfg);
  int B = c->minibatch;
  t->bx = malloc((size_t)B * (size_t)t->xdim * sizeof(float));
  t->bmask = malloc((size_t)B * t->mbytes);
  t->bnloops = malloc((size_t)B * sizeof(int));
  t->baction = malloc((size_t)B * sizeof *t->baction);
  t->blogp = malloc((size_t)B * sizeof(double));
  t->badv = malloc((size_t)B * sizeof(double));
  t->bret = malloc((size_t)B * sizeof(double));
  ok = ok && t->bx && t->bmask && t->bnloops && t->baction && t->blogp && t->badv && t->bret;
  if (!ok) {
    t->policy = NULL; /* the caller keeps it on failure */
    mrl_ppo_free(t);
    return mrl_fail(err, MRL_ENOMEM, "out of memory");
  }
  *out = t;
  return MRL_OK;
}

void mrl_ppo_free(struct mrl_ppo *t) {
  if (!t) return;
  for (int i = 0; i < t->nparams; ++i) {
    if (t->m) free(t->m[i]);
    if (t->v) free(t->v[i]);
  }
  free(t->m);
  free(t->v);
  free(t->x);
  free(t->mask);
  free(t->nloops);
  free(t->action);
  free(t->logp);
  free(t->value);
  free(t->reward);
  free(t->adv);
  free(t->ret);
  free(t->bx);
  free(t->bmask);
  free(t->bnloops);
  free(t->baction);
  free(t->blogp);
  free(t->badv);
  free(t->bret);
  free(t->order);
  mrl_policy_free(t->policy);
  free(t);
}

static int grow(struct mrl_ppo *t) {
  int cap = t->cap ? 2 * t->cap : 1024;
#define GROW(field, count)                                                                                           \
  do {                                                                                                               \
    void *nb = realloc(t->field, (size_t)(count) * sizeof *t->field);                                                \
    if (!nb) return 0;                                                                                               \
    t->field = nb;                                                                                                   \
  } while (0)
  GROW(x, (size_t)cap * (size_t)t->xdim);
  GROW(mask, (size_t)cap * t->mbytes);
  GROW(nloops, cap);
  GROW(action, cap);
  GROW(logp, cap);
  GROW(value, cap);
  GROW(reward, cap);
  GROW(adv, cap);
  GROW(ret, cap);
  GROW(order, cap);
#undef GROW
  t->cap = cap;
  return 1;
}

enum mrl_status mrl_ppo_record(struct mrl_ppo *t, const float *x, const unsigned char *mask, int nloops,
                               const struct mrl_policy_action *a, double logp, double value, int *index,
                               struct mrl_err *err) {
  if (t->n == t->cap && !grow(t)) return mrl_fail(err, MRL_ENOMEM, "out of memory (rollout buffer)");
  int i = t->n++;
  memcpy(t->x + (size_t)i * t->xdim, x, (size_t)t->xdim * sizeof(float));
  memcpy(t->mask + (size_t)i * t->mbytes, mask, t->mbytes);
  t->nloops[i] = nloops;
  t->action[i] = *a;
  t->logp[i] = logp;
  t->value[i] = value;
  t->reward[i] = 0;
  t->adv[i] = t->ret[i] = 0;
  if (index) *index = i;
  return MRL_OK;
}

void mrl_ppo_discard(struct mrl_ppo *t, int first) {
  if (first >= 0 && first < t->n) t->n = first;
}

void mrl_ppo_end_episode(struct mrl_ppo *t, int first, double reward) {
  if (first < 0 || first >= t->n) return;
  int last = t->n - 1;
  t->reward[last] = reward;
  double a = 0, next_value = 0;
  for (int i = last; i >= first; --i) {
    double delta = t->reward[i] + t->cfg.gamma * next_value - t->value[i];
    a = delta + t->cfg.gamma * t->cfg.lambda * a;
    t->adv[i] = a;
    t->ret[i] = a + t->value[i];
    next_value = t->value[i];
  }
}

/* Global gradient norm, scaled down to max_norm when above it; Adam step. */
static double step(struct mrl_ppo *t) {
  const char *name;
  float *w, *g;
  int rows, cols;
  double sq = 0;
  for (int i = 0; mrl_policy_param(t->policy, i, &name, &w, &g, &rows, &cols); ++i)
    for (size_t k = 0; k < (size_t)rows * (size_t)cols; ++k) sq += (double)g[k] * g[k];
  double norm = sqrt(sq), scale = 1;
  if (t->cfg.max_grad_norm > 0 && norm > t->cfg.max_grad_norm) scale = t->cfg.max_grad_norm / norm;
  t->adam_t++;
  double b1 = t->cfg.adam_beta1, b2 = t->cfg.adam_beta2;
  double c1 = 1 - pow(b1, (double)t->adam_t), c2 = 1 - pow(b2, (double)t->adam_t);
  double lr = t->cfg.lr * sqrt(c2) / c1;
  for (int i = 0; mrl_policy_param(t->policy, i, &name, &w, &g, &rows, &cols); ++i) {
    float *m = t->m[i], *v = t->v[i];
    for (size_t k = 0; k < (size_t)rows * (size_t)cols; ++k) {
      double gk = g[k] * scale;
      m[k] = (float)(b1 * m[k] + (1 - b1) * gk);
      v[k] = (float)(b2 * v[k] + (1 - b2) * gk * gk);
      w[k] -= (float)(lr * m[k] / (sqrt(v[k]) + t->cfg.adam_eps * sqrt(c2)));
    }
  }
  return norm;
}

enum mrl_status mrl_ppo_update(struct mrl_ppo *t, uint64_t *rng, struct mrl_ppo_stats *st, struct mrl_err *err) {
  memset(st, 0, sizeof *st);
  int n = t->n;
  st->decisions = n;
  if (n == 0) return MRL_OK;
  if (t->cfg.normalize_advantages && n > 1) {
    double mean = 0, var = 0;
    for (int i = 0; i < n; ++i) mean += t->adv[i];
    mean /= n;
    for (int i = 0; i < n; ++i) var += (t->adv[i] - mean) * (t->adv[i] - mean);
    double sd = sqrt(var / n) + 1e-8;
    for (int i = 0; i < n; ++i) t->adv[i] = (t->adv[i] - mean) / sd;
  }
  struct mrl_ppo_coefs coefs = {t->cfg.clip, t->cfg.value_coef, t->cfg.entropy_coef};
  for (int i = 0; i < n; ++i) t->order[i] = i;
  for (int epoch = 0; epoch < t->cfg.epochs; ++epoch) {
    for (int i = n - 1; i > 0; --i) { /* Fisher-Yates */
      int j = (int)(mrl_nn_rng_next(rng) % (uint64_t)(i + 1));
      int tmp = t->order[i];
      t->order[i] = t->order[j];
      t->order[j] = tmp;
    }
    for (int start = 0; start < n; start += t->cfg.minibatch) {
      int B = n - start < t->cfg.minibatch ? n - start : t->cfg.minibatch;
      for (int r = 0; r < B; ++r) {
        int i = t->order[start + r];
        memcpy(t->bx + (size_t)r * t->xdim, t->x + (size_t)i * t->xdim, (size_t)t->xdim * sizeof(float));
        memcpy(t->bmask + (size_t)r * t->mbytes, t->mask + (size_t)i * t->mbytes, t->mbytes);
        t->bnloops[r] = t->nloops[i];
        t->baction[r] = t->action[i];
        t->blogp[r] = t->logp[i];
        t->badv[r] = t->adv[i];
        t->bret[r] = t->ret[i];
      }
      struct mrl_policy_batch b = {B, t->bx, t->bmask, t->bnloops, t->baction, t->blogp, t->badv, t->bret};
      struct mrl_ppo_loss l;
      mrl_policy_zero_grad(t->policy);
      enum mrl_status s = mrl_policy_ppo_loss(t->policy, &b, &coefs, &l, 1, err);
      if (s != MRL_OK) return s;
      double gn = step(t);
      st->updates++;
      st->policy_loss += l.policy;
      st->value_loss += l.value;
      st->entropy += l.entropy;
      st->approx_kl += l.approx_kl;
      st->clip_fraction += l.clip_fraction;
      st->grad_norm += gn;
    }
  }
  if (st->updates) {
    double k = 1.0 / st->updates;
    st->policy_loss *= k;
    st->value_loss *= k;
    st->entropy *= k;
    st->approx_kl *= k;
    st->clip_fraction *= k;
    st->grad_norm *= k;
  }
  t->n = 0;
  return MRL_OK;
}
