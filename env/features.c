/* The observation: named, typed, fixed-size tensors in one buffer. Shapes depend only on the
 * configuration, so an agent can size its network once.
 *
 * Access rows with floordiv/mod (not a sum of multiples of loops) are left zero; the loops they
 * divide show in <op>.tile_multiple.
 *
 * Per-loop features are in the op's current loop order (the order the tile and interchange
 * parameters refer to): after an interchange the bounds, iterator kinds and access-matrix
 * columns move with the loops. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "env_priv.h"

static int add_desc(struct mrl_env *e, const char *name, enum mrl_dtype t, int rank, int d0, int d1, int d2,
                    size_t *offset) {
  if (e->ndesc >= MRL_ENV_MAX_DESC) return 0;
  struct mrl_tensor_desc *d = &e->desc[e->ndesc++];
  d->name = name;
  d->dtype = t;
  d->rank = rank;
  d->shape[0] = d0;
  d->shape[1] = d1;
  d->shape[2] = d2;
  d->shape[3] = 1;
  d->count = 1;
  for (int i = 0; i < rank; ++i)
    d->count *= (size_t)d->shape[i];
  for (int i = rank; i < 4; ++i)
    d->shape[i] = 0;
  d->offset = (*offset + 7) & ~(size_t)7;
  size_t elem = t == MRL_DTYPE_U8 ? 1 : 4;
  *offset = d->offset + d->count * elem;
  return 1;
}

/* Names are string literals so that descriptors never dangle. */
#define OP_TENSORS(P)                                                                                        \
  ok &= add_desc(e, P ".kind", MRL_DTYPE_U8, 1, MRL_OPK_COUNT, 0, 0, &off);                                  \
  ok &= add_desc(e, P ".nloops", MRL_DTYPE_I32, 1, 1, 0, 0, &off);                                           \
  ok &= add_desc(e, P ".bounds", MRL_DTYPE_I32, 1, L, 0, 0, &off);                                           \
  ok &= add_desc(e, P ".bounds_orig", MRL_DTYPE_I32, 1, L, 0, 0, &off);                                      \
  ok &= add_desc(e, P ".bounds_norm", MRL_DTYPE_F32, 1, L, 0, 0, &off);                                      \
  ok &= add_desc(e, P ".bounds_orig_norm", MRL_DTYPE_F32, 1, L, 0, 0, &off);                                 \
  ok &= add_desc(e, P ".parallel", MRL_DTYPE_U8, 1, L, 0, 0, &off);                                          \
  ok &= add_desc(e, P ".loads", MRL_DTYPE_I32, 3, c->max_loads, c->max_rank, L + 1, &off);                   \
  ok &= add_desc(e, P ".nloads", MRL_DTYPE_I32, 1, 1, 0, 0, &off);                                           \
  ok &= add_desc(e, P ".stores", MRL_DTYPE_I32, 3, c->max_stores, c->max_rank, L + 1, &off);                 \
  ok &= add_desc(e, P ".nstores", MRL_DTYPE_I32, 1, 1, 0, 0, &off);                                          \
  ok &= add_desc(e, P ".arith", MRL_DTYPE_I32, 1, MRL_ARITH_COUNT, 0, 0, &off);                              \
  ok &= add_desc(e, P ".tile_multiple", MRL_DTYPE_I32, 1, L, 0, 0, &off)

enum mrl_status mrl_features_init(struct mrl_env *e, struct mrl_err *err) {
  const struct mrl_env_config *c = &e->cfg;
  int L = c->max_loops, S = c->max_steps, TC = c->tile_choices;
  e->nich = c->interchange == MRL_INTERCHANGE_POINTERS ? L : 3 * L - 6;
  size_t off = 0;
  int ok = 1;
  e->ndesc = 0;
  OP_TENSORS("op");
  OP_TENSORS("producer");
  ok &= add_desc(e, "producer.present", MRL_DTYPE_U8, 1, 1, 0, 0, &off);
  ok &= add_desc(e, "state.step", MRL_DTYPE_I32, 1, 1, 0, 0, &off);
  ok &= add_desc(e, "state.interchange_position", MRL_DTYPE_I32, 1, 1, 0, 0, &off);
  ok &= add_desc(e, "state.fused", MRL_DTYPE_U8, 1, 1, 0, 0, &off);
  ok &= add_desc(e, "state.img2col", MRL_DTYPE_U8, 1, 1, 0, 0, &off);
  ok &= add_desc(e, "history.type", MRL_DTYPE_U8, 2, S, e->ntypes, 0, &off);
  ok &= add_desc(e, "history.tile", MRL_DTYPE_U8, 3, S, L, TC, &off);
  ok &= add_desc(e, "history.interchange", MRL_DTYPE_U8, 3, S, L, L, &off);
  ok &= add_desc(e, "mask.action", MRL_DTYPE_U8, 1, e->ntypes, 0, 0, &off);
  ok &= add_desc(e, "mask.tile", MRL_DTYPE_U8, 2, L, TC, 0, &off);
  ok &= add_desc(e, "mask.interchange", MRL_DTYPE_U8, 1, e->nich, 0, 0, &off);
  if (!ok) return mrl_fail(err, MRL_ECONFIG, "too many observation tensors (internal error)");
  e->obs_bytes = (off + 7) & ~(size_t)7;
  e->obs = calloc(1, e->obs_bytes);
  e->mask_tile = calloc((size_t)L * (size_t)TC, 1);
  e->mask_ich = calloc((size_t)e->nich, 1);
  if (!e->obs || !e->mask_tile || !e->mask_ich) return mrl_fail(err, MRL_ENOMEM, "out of memory");
  return MRL_OK;
}

static void *at(struct mrl_env *e, int i) {
  return e->obs + e->desc[i].offset;
}

static int find(const struct mrl_env *e, const char *name) {
  for (int i = 0; i < e->ndesc; ++i)
    if (!strcmp(e->desc[i].name, name)) return i;
  return -1;
}

static float norm(const struct mrl_env_config *c, int64_t b) {
  switch (c->bound_norm) {
  case MRL_NORM_MAX: return (float)((double)b / c->norm_max);
  case MRL_NORM_LOG: return b > 0 ? (float)log2((double)b) : 0.f;
  case MRL_NORM_NONE: break;
  }
  return (float)b;
}

/* One access matrix: rows of the operand, columns the current loops, last column the
 * constant. */
static void write_access(const struct mrl_prog_op *o, const struct mrl_prog_access *a, const int *perm,
                         int nloops, int L, int32_t *m) {
  for (int r = 0; r < a->rank; ++r) {
    int32_t *row = m + r * (L + 1);
    if (!a->affine[r]) continue;
    for (int i = 0; i < nloops; ++i)
      row[i] = a->coef[r * o->nloops + perm[i]];
    row[L] = (int32_t)a->cst[r];
  }
}

/* The op tensors starting at descriptor `first` (the order of OP_TENSORS). */
static void write_op(struct mrl_env *e, int first, const struct mrl_prog_op *o, int nloops, const int *perm,
                     const int64_t *bound, const int64_t *orig, const unsigned char *reduction) {
  const struct mrl_env_config *c = &e->cfg;
  int L = c->max_loops, R = c->max_rank;
  ((unsigned char *)at(e, first))[o->kind] = 1;
  *(int32_t *)at(e, first + 1) = nloops;
  int32_t *b = at(e, first + 2), *bo = at(e, first + 3);
  float *bn = at(e, first + 4), *bon = at(e, first + 5);
  unsigned char *par = at(e, first + 6);
  for (int i = 0; i < nloops; ++i) {
    b[i] = (int32_t)bound[i];
    bo[i] = (int32_t)orig[i];
    bn[i] = norm(c, bound[i]);
    bon[i] = norm(c, orig[i]);
    par[i] = !reduction[i];
  }
  int32_t *loads = at(e, first + 7), *stores = at(e, first + 9);
  for (int j = 0; j < o->ninputs; ++j)
    write_access(o, &o->acc[j], perm, nloops, L, loads + (size_t)j * R * (L + 1));
  for (int j = 0; j < o->noutputs; ++j)
    write_access(o, &o->acc[o->ninputs + j], perm, nloops, L, stores + (size_t)j * R * (L + 1));
  *(int32_t *)at(e, first + 8) = o->ninputs;
  *(int32_t *)at(e, first + 10) = o->noutputs;
  int32_t *ar = at(e, first + 11);
  for (int k = 0; k < MRL_ARITH_COUNT; ++k)
    ar[k] = o->arith[k];
  int32_t *tm = at(e, first + 12); /* floordiv/mod constraints: 0 none, k multiples of k, -1 none allowed */
  for (int i = 0; i < nloops; ++i)
    tm[i] = (int32_t)o->tile_multiple[perm[i]];
}

static void write_history(struct mrl_env *e, const struct mrl_env_slot *s) {
  int L = e->cfg.max_loops, TC = e->cfg.tile_choices, S = e->cfg.max_steps;
  unsigned char *type = at(e, find(e, "history.type"));
  unsigned char *tile = at(e, find(e, "history.tile"));
  unsigned char *ich = at(e, find(e, "history.interchange"));
  for (int k = 0; k < s->nacts && k < S; ++k) {
    const struct mrl_env_act *a = &s->acts[k];
    type[k * e->ntypes + a->type] = 1;
    if (a->type == MRL_ACTION_T || a->type == MRL_ACTION_TP || a->type == MRL_ACTION_TF)
      for (int l = 0; l < a->nloops && l < L; ++l)
        tile[(k * L + l) * TC + a->tile_index[l]] = 1;
    if (a->type == MRL_ACTION_I)
      for (int j = 0; j < a->nloops && j < L; ++j)
        ich[(k * L + j) * L + a->perm[j]] = 1;
  }
  if (s->nptr > 0 && s->nacts < S) { /* the interchange being chosen, partially filled */
    type[s->nacts * e->ntypes + MRL_ACTION_I] = 1;
    for (int j = 0; j < s->nptr; ++j)
      ich[(s->nacts * L + j) * L + s->ptr[j]] = 1;
  }
}

void mrl_features_fill(struct mrl_env *e) {
  if (e->obs_fresh) return;
  memset(e->obs, 0, e->obs_bytes);
  e->obs_fresh = 1;
  struct mrl_env_slot *s = mrl_episode_slot(e);
  if (!s) return;
  mrl_actions_masks(e);
  write_op(e, find(e, "op.kind"), mrl_episode_static_op(e, s), s->nloops, s->perm, s->bound, s->orig, s->reduction);
  int p = mrl_episode_producer(e, s);
  if (p >= 0) {
    const struct mrl_env_slot *q = &e->slots[p];
    write_op(e, find(e, "producer.kind"), mrl_episode_static_op(e, q), q->nloops, q->perm, q->bound, q->orig,
             q->reduction);
    *(unsigned char *)at(e, find(e, "producer.present")) = 1;
  }
  *(int32_t *)at(e, find(e, "state.step")) = s->nacts;
  *(int32_t *)at(e, find(e, "state.interchange_position")) = s->nptr;
  *(unsigned char *)at(e, find(e, "state.fused")) = (unsigned char)s->fused;
  *(unsigned char *)at(e, find(e, "state.img2col")) = (unsigned char)s->img2col;
  write_history(e, s);
  memcpy(at(e, find(e, "mask.action")), e->mask_action, (size_t)e->ntypes);
  memcpy(at(e, find(e, "mask.tile")), e->mask_tile, (size_t)e->cfg.max_loops * (size_t)e->cfg.tile_choices);
  memcpy(at(e, find(e, "mask.interchange")), e->mask_ich, (size_t)e->nich);
}

const void *mrl_env_observe(struct mrl_env *e) {
  mrl_features_fill(e);
  return e->obs;
}

size_t mrl_env_obs_bytes(const struct mrl_env *e) {
  return e->obs_bytes;
}

int mrl_env_obs_count(const struct mrl_env *e) {
  return e->ndesc;
}

const struct mrl_tensor_desc *mrl_env_obs_desc(const struct mrl_env *e, int i) {
  return i >= 0 && i < e->ndesc ? &e->desc[i] : NULL;
}

const void *mrl_env_obs_tensor(struct mrl_env *e, const char *name, const struct mrl_tensor_desc **desc) {
  int i = find(e, name);
  if (desc) *desc = i >= 0 ? &e->desc[i] : NULL;
  if (i < 0) return NULL;
  mrl_features_fill(e);
  return e->obs + e->desc[i].offset;
}

static int ends_with(const char *s, const char *suffix) {
  size_t n = strlen(s), k = strlen(suffix);
  return n >= k && !strcmp(s + n - k, suffix);
}

const char *mrl_env_obs_label(const char *tensor, int i) {
  if (!tensor || i < 0) return NULL;
  if (ends_with(tensor, ".kind") && i < MRL_OPK_COUNT) return mrl_op_kind_name((enum mrl_op_kind)i);
  if (ends_with(tensor, ".arith") && i < MRL_ARITH_COUNT) return mrl_arith_name((enum mrl_arith)i);
  return NULL;
}
