#include "policy.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void mrl_policy_heads(const struct mrl_policy_config *c, struct mrl_policy_heads *h) {
  int lt = c->max_loops * c->tile_choices;
  h->type = 0;
  h->tile[0] = c->ntypes;
  h->tile[1] = h->tile[0] + lt;
  h->tile[2] = h->tile[1] + lt;
  h->ich = h->tile[2] + lt;
  h->total = h->ich + c->nich;
}

size_t mrl_policy_mask_bytes(const struct mrl_policy_config *c) {
  return (size_t)c->ntypes + (size_t)c->max_loops * (size_t)c->tile_choices + (size_t)c->nich;
}

int mrl_policy_input_dim(const struct mrl_policy_config *c) { return 2 * c->op_dim + c->state_dim; }

static int backbone_in(const struct mrl_policy_config *c) { return 2 * c->embed + c->state_dim; }

enum mrl_status mrl_policy_create(const struct mrl_policy_config *c, int batch_cap, uint64_t seed,
                                  struct mrl_policy **out, struct mrl_err *err) {
  *out = NULL;
  if (c->op_dim < 1 || c->state_dim < 0 || c->embed < 1 || c->nhidden < 1 || c->nhidden > MRL_POLICY_MAX_HIDDEN ||
      c->ntypes < 4 || c->max_loops < 1 || c->max_loops > MRL_POLICY_MAX_LOOPS || c->tile_choices < 1 || c->nich < 1)
    return mrl_fail(err, MRL_EINVAL, "invalid network configuration (op_dim %d, state_dim %d, embed %d, %d layers)",
                    c->op_dim, c->state_dim, c->embed, c->nhidden);
  struct mrl_policy *p = calloc(1, sizeof *p);
  if (!p) return mrl_fail(err, MRL_ENOMEM, "out of memory");
  p->cfg = *c;
  p->batch_cap = batch_cap;
  mrl_policy_heads(c, &p->heads);
  int esizes[2] = {c->op_dim, c->embed};
  int bsizes[MRL_POLICY_MAX_HIDDEN + 2];
  bsizes[0] = backbone_in(c);
  for (int k = 0; k < c->nhidden; ++k) bsizes[k + 1] = c->hidden[k];
  enum mrl_status s = MRL_OK;
  /* Distinct seeds per network, derived from the one given. */
  bsizes[c->nhidden + 1] = p->heads.total;
  if (s == MRL_OK) s = mrl_mlp_create(esizes, 1, 2 * batch_cap, seed * 4 + 1, &p->pe, err);
  if (s == MRL_OK) s = mrl_mlp_create(bsizes, c->nhidden + 1, batch_cap, seed * 4 + 2, &p->pb, err);
  bsizes[c->nhidden + 1] = 1;
  if (s == MRL_OK) s = mrl_mlp_create(esizes, 1, 2 * batch_cap, seed * 4 + 3, &p->ve, err);
  if (s == MRL_OK) s = mrl_mlp_create(bsizes, c->nhidden + 1, batch_cap, seed * 4 + 4, &p->vb, err);
  if (s != MRL_OK) {
    mrl_policy_free(p);
    return s;
  }
  size_t B = (size_t)batch_cap;
  p->emb_in = malloc(2 * B * (size_t)c->op_dim * sizeof(float));
  p->bb_in = malloc(B * (size_t)backbone_in(c) * sizeof(float));
  p->bb_grad = malloc(B * (size_t)backbone_in(c) * sizeof(float));
  p->emb_grad = malloc(2 * B * (size_t)c->embed * sizeof(float));
  p->dlogits = malloc(B * (size_t)p->heads.total * sizeof(float));
  p->dvalue = malloc(B * sizeof(float));
  p->logp = malloc((size_t)p->heads.total * sizeof(float));
  if (!p->emb_in || !p->bb_in || !p->bb_grad || !p->emb_grad || !p->dlogits || !p->dvalue || !p->logp) {
    mrl_policy_free(p);
    return mrl_fail(err, MRL_ENOMEM, "out of memory");
  }
  *out = p;
  return MRL_OK;
}

void mrl_policy_free(struct mrl_policy *p) {
  if (!p) return;
  mrl_mlp_free(p->pe);
  mrl_mlp_free(p->pb);
  mrl_mlp_free(p->ve);
  mrl_mlp_free(p->vb);
  free(p->emb_in);
  free(p->bb_in);
  free(p->bb_grad);
  free(p->emb_grad);
  free(p->dlogits);
  free(p->dvalue);
  free(p->logp);
  free(p);
}

size_t mrl_policy_num_params(const struct mrl_policy *p) {
  return mrl_mlp_num_params(p->pe) + mrl_mlp_num_params(p->pb) + mrl_mlp_num_params(p->ve) +
         mrl_mlp_num_params(p->vb);
}

int mrl_policy_param(struct mrl_policy *p, int i, const char **name, float **w, float **g, int *rows, int *cols) {
  static char names[4][MRL_POLICY_MAX_HIDDEN + 1][2][32];
  struct mrl_mlp *nets[4] = {p->pe, p->pb, p->ve, p->vb};
  static const char *const prefix[4] = {"policy.embed", "policy.backbone", "value.embed", "value.backbone"};
  for (int n = 0; n < 4; ++n) {
    int k = i / 2;
    if (k < nets[n]->nlayers) {
      struct mrl_mlp_layer *l = &nets[n]->layer[k];
      int bias = i % 2;
      char *nm = names[n][k][bias];
      if (!nm[0]) snprintf(nm, sizeof names[n][k][bias], "%s.%d.%s", prefix[n], k, bias ? "b" : "w");
      *name = nm;
      *w = bias ? l->b : l->w;
      *g = bias ? l->gb : l->gw;
      *rows = l->out;
      *cols = bias ? 1 : l->in;
      return 1;
    }
    i -= 2 * nets[n]->nlayers;
  }
  return 0;
}

void mrl_policy_zero_grad(struct mrl_policy *p) {
  mrl_mlp_zero_grad(p->pe);
  mrl_mlp_zero_grad(p->pb);
  mrl_mlp_zero_grad(p->ve);
  mrl_mlp_zero_grad(p->vb);
}

/* ---------------------------------------------------------------- towers */

static enum mrl_status tower_forward(struct mrl_policy *p, struct mrl_mlp *e, struct mrl_mlp *bb, const float *x,
                                     int B, const float **y, struct mrl_err *err) {
  const struct mrl_policy_config *c = &p->cfg;
  int od = c->op_dim, sd = c->state_dim, xd = mrl_policy_input_dim(c), E = c->embed, bi = backbone_in(c);
  for (int r = 0; r < B; ++r) memcpy(p->emb_in + (size_t)2 * r * od, x + (size_t)r * xd, 2 * (size_t)od * sizeof(float));
  const float *eo;
  enum mrl_status s = mrl_mlp_forward(e, p->emb_in, 2 * B, &eo, err);
  if (s != MRL_OK) return s;
  for (int r = 0; r < B; ++r) {
    float *row = p->bb_in + (size_t)r * bi;
    const float *er = eo + (size_t)2 * r * E; /* rows 2r (op) and 2r+1 (producer) are adjacent */
    for (int j = 0; j < 2 * E; ++j) row[j] = er[j] > 0 ? er[j] : 0;
    memcpy(row + 2 * E, x + (size_t)r * xd + 2 * od, (size_t)sd * sizeof(float));
  }
  return mrl_mlp_forward(bb, p->bb_in, B, y, err);
}

/* After tower_forward on the same networks: adds the parameters' gradients for dy. */
static void tower_backward(struct mrl_policy *p, struct mrl_mlp *e, struct mrl_mlp *bb, const float *dy) {
  const struct mrl_policy_config *c = &p->cfg;
  int B = bb->batch, E = c->embed, bi = backbone_in(c);
  mrl_mlp_backward(bb, dy, p->bb_grad);
  const float *eo = e->act[e->nlayers];
  for (int r = 0; r < B; ++r)
    for (int j = 0; j < 2 * E; ++j) {
      size_t at = (size_t)2 * r * E + (size_t)j;
      p->emb_grad[at] = eo[at] > 0 ? p->bb_grad[(size_t)r * bi + (size_t)j] : 0;
    }
  mrl_mlp_backward(e, p->emb_grad, NULL);
}

/* ---------------------------------------------------------------- heads */

/* The heads one decision of type t uses, as (first logit, first mask byte, size) triples. */
struct head_use {
  int n;
  int logit[MRL_POLICY_MAX_LOOPS + 1], mask[MRL_POLICY_MAX_LOOPS + 1], size[MRL_POLICY_MAX_LOOPS + 1];
  int loop[MRL_POLICY_MAX_LOOPS + 1]; /* the loop of a tile head, -1 for the interchange head */
};

static int any(const unsigned char *m, int n) {
  for (int i = 0; i < n; ++i)
    if (m[i]) return 1;
  return 0;
}

static void param_heads(const struct mrl_policy *p, int type, const unsigned char *mask, int nloops,
                        struct head_use *u) {
  const struct mrl_policy_config *c = &p->cfg;
  int TC = c->tile_choices;
  u->n = 0;
  if (type <= 2) {
    if (nloops > c->max_loops) nloops = c->max_loops;
    for (int l = 0; l < nloops; ++l) {
      int m = c->ntypes + l * TC;
      if (!any(mask + m, TC)) continue;
      u->logit[u->n] = p->heads.tile[type] + l * TC;
      u->mask[u->n] = m;
      u->size[u->n] = TC;
      u->loop[u->n++] = l;
    }
  } else if (type == 3) {
    u->logit[0] = p->heads.ich;
    u->mask[0] = c->ntypes + c->max_loops * TC;
    u->size[0] = c->nich;
    u->loop[0] = -1;
    u->n = 1;
  }
}

static int choose(const float *logp, const unsigned char *mask, int n, int greedy, uint64_t *rng) {
  int best = -1;
  if (greedy) {
    for (int i = 0; i < n; ++i)
      if (mask[i] && (best < 0 || logp[i] > logp[best])) best = i;
    return best;
  }
  double u = (double)(mrl_nn_rng_next(rng) >> 11) / 9007199254740992.0, acc = 0;
  for (int i = 0; i < n; ++i)
    if (mask[i]) {
      best = i;
      acc += exp(logp[i]);
      if (u < acc) return i;
    }
  return best; /* rounding: the last allowed choice */
}

static int action_choice(const struct mrl_policy_action *a, const struct head_use *u, int h) {
  return u->loop[h] < 0 ? a->ich : a->tile[u->loop[h]];
}

enum mrl_status mrl_policy_act(struct mrl_policy *p, const float *x, const unsigned char *mask, int nloops, int greedy,
                               uint64_t *rng, struct mrl_policy_action *a, double *logp, double *value,
                               double *entropy, struct mrl_err *err) {
  const float *logits, *v = NULL;
  enum mrl_status s = tower_forward(p, p->pe, p->pb, x, 1, &logits, err);
  if (s == MRL_OK && value) s = tower_forward(p, p->ve, p->vb, x, 1, &v, err); /* greedy play needs no value */
  if (s != MRL_OK) return s;
  memset(a, 0, sizeof *a);
  const struct mrl_policy_config *c = &p->cfg;
  if (mrl_masked_log_softmax(logits, mask, c->ntypes, p->logp) == -INFINITY)
    return mrl_fail(err, MRL_EINVAL, "no action type is allowed");
  a->type = choose(p->logp, mask, c->ntypes, greedy, rng);
  double lp = p->logp[a->type], h = mrl_masked_entropy(p->logp, mask, c->ntypes);
  struct head_use u;
  param_heads(p, a->type, mask, nloops, &u);
  for (int k = 0; k < u.n; ++k) {
    float *row = p->logp + u.logit[k];
    if (mrl_masked_log_softmax(logits + u.logit[k], mask + u.mask[k], u.size[k], row) == -INFINITY)
      return mrl_fail(err, MRL_EINVAL, "no interchange choice is allowed");
    int ch = choose(row, mask + u.mask[k], u.size[k], greedy, rng);
    if (u.loop[k] < 0)
      a->ich = ch;
    else
      a->tile[u.loop[k]] = ch;
    lp += row[ch];
    h += mrl_masked_entropy(row, mask + u.mask[k], u.size[k]);
  }
  *logp = lp;
  if (value) *value = v[0];
  *entropy = h;
  return MRL_OK;
}

/* ---------------------------------------------------------------- the PPO loss */

/* Adds to dz the gradient of −w·log p[a] − beta·H of one head, scaled by scale. */
static void head_grad(const float *logp, const unsigned char *mask, int n, int a, double w, double beta, double scale,
                      float *dz) {
  double h = mrl_masked_entropy(logp, mask, n);
  for (int j = 0; j < n; ++j) {
    if (!mask[j]) continue;
    double pj = exp(logp[j]);
    dz[j] += (float)(scale * (-w * ((j == a) - pj) + beta * pj * (logp[j] + h)));
  }
}

enum mrl_status mrl_policy_ppo_loss(struct mrl_policy *p, const struct mrl_policy_batch *b,
                                    const struct mrl_ppo_coefs *c, struct mrl_ppo_loss *loss, int backward,
                                    struct mrl_err *err) {
  memset(loss, 0, sizeof *loss);
  int B = b->n, T = p->heads.total;
  if (B < 1 || B > p->batch_cap) return mrl_fail(err, MRL_EINVAL, "batch of %d decisions, at most %d", B, p->batch_cap);
  const float *logits, *values;
  enum mrl_status s = tower_forward(p, p->pe, p->pb, b->x, B, &logits, err);
  if (s == MRL_OK) s = tower_forward(p, p->ve, p->vb, b->x, B, &values, err);
  if (s != MRL_OK) return s;
  size_t mb = mrl_policy_mask_bytes(&p->cfg);
  int nt = p->cfg.ntypes;
  memset(p->dlogits, 0, (size_t)B * (size_t)T * sizeof(float));
  double scale = 1.0 / B;
  for (int i = 0; i < B; ++i) {
    const float *z = logits + (size_t)i * T;
    const unsigned char *m = b->mask + (size_t)i * mb;
    const struct mrl_policy_action *a = &b->action[i];
    if (a->type < 0 || a->type >= nt || !m[a->type])
      return mrl_fail(err, MRL_EINVAL, "decision %d: action type %d is not allowed", i, a->type);
    struct head_use u;
    param_heads(p, a->type, m, b->nloops[i], &u);
    mrl_masked_log_softmax(z, m, nt, p->logp);
    double lp = p->logp[a->type], h = mrl_masked_entropy(p->logp, m, nt);
    for (int k = 0; k < u.n; ++k) {
      float *row = p->logp + u.logit[k];
      mrl_masked_log_softmax(z + u.logit[k], m + u.mask[k], u.size[k], row);
      int ch = action_choice(a, &u, k);
      if (ch < 0 || ch >= u.size[k] || !m[u.mask[k] + ch])
        return mrl_fail(err, MRL_EINVAL, "decision %d: choice %d of a %s head is not allowed", i, ch,
                        u.loop[k] < 0 ? "interchange" : "tile");
      lp += row[ch];
      h += mrl_masked_entropy(row, m + u.mask[k], u.size[k]);
    }
    double ratio = exp(lp - b->logp_old[i]), A = b->advantage[i];
    double s1 = ratio * A, s2 = fmin(fmax(ratio, 1 - c->clip), 1 + c->clip) * A;
    double pol = -fmin(s1, s2), w = s1 <= s2 ? A * ratio : 0;
    double v = values[i], dv = v - b->ret[i];
    loss->policy += pol * scale;
    loss->value += dv * dv * scale;
    loss->entropy += h * scale;
    loss->approx_kl += ((ratio - 1) - (lp - b->logp_old[i])) * scale;
    loss->clip_fraction += (fabs(ratio - 1) > c->clip) * scale;
    if (!backward) continue;
    float *dz = p->dlogits + (size_t)i * T;
    head_grad(p->logp, m, nt, a->type, w, c->entropy_coef, scale, dz);
    for (int k = 0; k < u.n; ++k)
      head_grad(p->logp + u.logit[k], m + u.mask[k], u.size[k], action_choice(a, &u, k), w, c->entropy_coef, scale,
                dz + u.logit[k]);
    p->dvalue[i] = (float)(2 * c->value_coef * dv * scale);
  }
  loss->total = loss->policy + c->value_coef * loss->value - c->entropy_coef * loss->entropy;
  if (backward) {
    tower_backward(p, p->pe, p->pb, p->dlogits);
    tower_backward(p, p->ve, p->vb, p->dvalue);
  }
  return MRL_OK;
}
