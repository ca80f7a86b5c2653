/* The action space: grammar, masks, and the symbolic effect of each action on the episode's
 * state (bounds, loop order, history, fused producers). Nothing here compiles; the transform
 * each action stands for is written by script.c from the recorded actions. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "env_priv.h"

/* ---------------------------------------------------------------- grammar */

static int action_by_name(const char *s, size_t n) {
  for (int t = 0; t < MRL_ACTION_COUNT; ++t) {
    const char *name = mrl_action_name((enum mrl_action_type)t);
    if (strlen(name) == n && !memcmp(name, s, n)) return t;
  }
  return -1;
}

static const char *skip_space(const char *p) {
  while (*p == ' ' || *p == '\t')
    ++p;
  return p;
}

enum mrl_status mrl_actions_grammar_parse(const char *text, unsigned *steps, int *n, struct mrl_err *err) {
  const unsigned all = (1u << MRL_ACTION_COUNT) - 1;
  *n = 0;
  const char *p = skip_space(text);
  if (*p == '\0') return MRL_OK;
  for (int step = 0;; ++step) {
    if (step >= MRL_ENV_MAX_STEPS)
      return mrl_fail(err, MRL_ECONFIG, "grammar '%s': more than %d steps", text, MRL_ENV_MAX_STEPS);
    p = skip_space(p);
    unsigned set = 0;
    int negate = 0;
    if (*p == '*') {
      set = all;
      p = skip_space(p + 1);
    } else {
      if (*p == '!') {
        negate = 1;
        p = skip_space(p + 1);
        if (*p == ',') p = skip_space(p + 1); /* "!,I" reads like "! I" */
      }
      while (*p && *p != ';') {
        const char *q = p;
        while (*q && *q != ',' && *q != ';' && *q != ' ' && *q != '\t')
          ++q;
        int t = action_by_name(p, (size_t)(q - p));
        if (t < 0)
          return mrl_fail(err, MRL_ECONFIG,
                          "grammar '%s', step %d: unknown action '%.*s' (expected T, TP, TF, I, V or NT)",
                          text, step, (int)(q - p), p);
        set |= 1u << t;
        p = skip_space(q);
        if (*p == ',') p = skip_space(p + 1);
      }
      if (negate)
        set = all & ~set;
      else if (set == 0)
        set = all; /* an empty step allows everything */
    }
    steps[step] = set;
    *n = step + 1;
    p = skip_space(p);
    if (*p == '\0') return MRL_OK;
    if (*p != ';') return mrl_fail(err, MRL_ECONFIG, "grammar '%s': expected ';' at '%s'", text, p);
    ++p;
  }
}

/* ---------------------------------------------------------------- tile choices */

int mrl_actions_tile_index(const struct mrl_env_config *c, int64_t size) {
  if (size == 0) return 0;
  for (int k = 1; k < c->tile_choices; ++k)
    if (mrl_env_tile_size(k) == size) return k;
  return -1;
}

/* multiple: the static loop's constraint (program.h tile_multiple). */
static int tile_allowed(int64_t bound, int64_t size, int64_t multiple) {
  if (size == 0) return 1;
  if (size < 0 || size >= bound || bound % size != 0 || multiple < 0) return 0;
  return multiple == 0 || size % multiple == 0;
}

/* ---------------------------------------------------------------- enumerated swaps */

/* Candidate c: swaps loops i and i+d; distance 1 first (max_loops - 1 entries), then 2
 * (max_loops - 2), then 3 (max_loops - 3): 3 * max_loops - 6 in all. */
static void decode_candidate(int max_loops, int c, int *i, int *d) {
  if (c < max_loops - 1) {
    *d = 1;
    *i = c;
  } else if (c < 2 * max_loops - 3) {
    *d = 2;
    *i = c - (max_loops - 1);
  } else {
    *d = 3;
    *i = c - (2 * max_loops - 3);
  }
}

static int candidate_valid(int max_loops, int nloops, int c) {
  int i, d;
  if (nloops < 2) return c == 0; /* nothing to swap: candidate 0 stands for "keep the order" */
  decode_candidate(max_loops, c, &i, &d);
  return i + d < nloops;
}

static void candidate_perm(int max_loops, int nloops, int c, int *perm) {
  for (int l = 0; l < nloops; ++l)
    perm[l] = l;
  if (nloops < 2) return;
  int i, d;
  decode_candidate(max_loops, c, &i, &d);
  perm[i] = i + d;
  perm[i + d] = i;
}

int mrl_actions_enumerated_candidate(int max_loops, int nloops, const int *perm) {
  int n = 3 * max_loops - 6;
  for (int c = 0; c < n; ++c) {
    if (!candidate_valid(max_loops, nloops, c)) continue;
    int q[MRL_ENV_MAX_LOOPS];
    candidate_perm(max_loops, nloops, c, q);
    if (!memcmp(q, perm, (size_t)nloops * sizeof *q)) return c;
  }
  return -1;
}

/* ---------------------------------------------------------------- legality */

static int64_t tile_product(const struct mrl_env_slot *s) {
  int64_t p = 1;
  for (int l = 0; l < s->nloops; ++l) {
    p *= s->bound[l];
    if (p > ((int64_t)1 << 40)) break;
  }
  return p;
}

/* Why action type t is impossible for slot s whatever the grammar says ("" when possible). */
static void impossible(struct mrl_env *e, const struct mrl_env_slot *s, int t, char *why, size_t n) {
  const struct mrl_prog_op *o = mrl_episode_static_op(e, s);
  why[0] = '\0';
  switch (t) {
  case MRL_ACTION_TP:
  case MRL_ACTION_TF:
    if (s->tiled) {
      snprintf(why, n, "%s is only allowed before any tiling of the op",
               mrl_action_name((enum mrl_action_type)t));
      return;
    }
    if (t == MRL_ACTION_TF) {
      if (s->fused)
        snprintf(why, n, "TF: a fused producer has no producer of its own here");
      else if (o->producer < 0)
        snprintf(why, n, "TF: the op has no producer");
      else if (!e->fusable[s->prog] || mrl_episode_producer(e, s) < 0)
        snprintf(why, n, "TF: the producer op%d (%s) cannot be fused here", o->producer,
                 e->prog.ops[o->producer].name);
    }
    return;
  case MRL_ACTION_IC:
    if (e->ntypes <= MRL_ACTION_IC)
      snprintf(why, n, "IC: the img2col action is not enabled");
    else if (s->fused || s->img2col || s->prog >= e->prog.n || e->ic_mm[s->prog] < 0)
      snprintf(why, n, "IC: not a convolution that img2col converts here");
    else if (s->nacts > 0)
      snprintf(why, n, "IC: only before any other action on the op");
    return;
  case MRL_ACTION_V: {
    int64_t p = tile_product(s);
    if (p > e->cfg.vector_limit)
      snprintf(why, n, "V: the current tile has %lld iterations, more than the vector limit %lld",
               (long long)p, (long long)e->cfg.vector_limit);
    else if ((o->kind == MRL_OPK_CONV || o->kind == MRL_OPK_POOLING) && s->interchanged)
      snprintf(why, n, "V: an interchanged convolution or pooling cannot be decomposed and vectorized");
    return;
  }
  default: return;
  }
}

void mrl_actions_masks(struct mrl_env *e) {
  if (e->masks_fresh) return;
  const struct mrl_env_config *c = &e->cfg;
  int L = c->max_loops, tc = c->tile_choices;
  memset(e->mask_action, 0, sizeof e->mask_action);
  memset(e->mask_tile, 0, (size_t)L * (size_t)tc);
  memset(e->mask_ich, 0, (size_t)e->nich);
  e->masks_fresh = 1;
  struct mrl_env_slot *s = mrl_episode_slot(e);
  if (!s) return;
  for (int l = 0; l < L; ++l) {
    e->mask_tile[l * tc] = 1;
    for (int k = 1; l < s->nloops && k < tc; ++k)
      e->mask_tile[l * tc + k] = (unsigned char)tile_allowed(s->bound[l], mrl_env_tile_size(k),
                                                             mrl_episode_static_op(e, s)->tile_multiple[s->perm[l]]);
  }
  if (c->interchange == MRL_INTERCHANGE_POINTERS) {
    for (int l = 0; l < s->nloops && l < e->nich; ++l)
      e->mask_ich[l] = 1;
    for (int j = 0; j < s->nptr; ++j)
      e->mask_ich[s->ptr[j]] = 0;
  } else {
    for (int k = 0; k < e->nich; ++k)
      e->mask_ich[k] = (unsigned char)candidate_valid(L, s->nloops, k);
  }
  if (s->nptr > 0) { /* an interchange in progress must be completed first */
    e->mask_action[MRL_ACTION_I] = 1;
    return;
  }
  unsigned allowed = s->nacts < e->ngrammar ? e->grammar[s->nacts] : (1u << MRL_ACTION_COUNT) - 1;
  int any = 0;
  char why[8];
  for (int t = 0; t < MRL_ACTION_IC; ++t) {
    if (!(allowed & (1u << t))) continue;
    impossible(e, s, t, why, sizeof why);
    e->mask_action[t] = why[0] == '\0';
    any |= e->mask_action[t];
  }
  if (!any) e->mask_action[MRL_ACTION_NT] = 1; /* a grammar step left empty by the op's state */
  /* IC rewrites the op rather than scheduling it: outside the grammar, before any step. */
  impossible(e, s, MRL_ACTION_IC, why, sizeof why);
  e->mask_action[MRL_ACTION_IC] = why[0] == '\0';
}

const unsigned char *mrl_env_action_mask(struct mrl_env *e) {
  mrl_actions_masks(e);
  return e->mask_action;
}

const unsigned char *mrl_env_tile_mask(struct mrl_env *e) {
  mrl_actions_masks(e);
  return e->mask_tile;
}

const unsigned char *mrl_env_interchange_mask(struct mrl_env *e, int *n) {
  mrl_actions_masks(e);
  if (n) *n = e->nich;
  return e->mask_ich;
}

static void allowed_list(const unsigned char *mask, char *buf, size_t n) {
  buf[0] = '\0';
  for (int t = 0; t < MRL_ACTION_COUNT; ++t)
    if (mask[t]) {
      size_t k = strlen(buf);
      snprintf(buf + k, n - k, "%s%s", k ? ", " : "", mrl_action_name((enum mrl_action_type)t));
    }
}

int mrl_actions_check(struct mrl_env *e, const struct mrl_action *a, char *why, size_t n) {
  struct mrl_env_slot *s = mrl_episode_slot(e);
  if (!s) {
    snprintf(why, n, "the episode is over");
    return 0;
  }
  mrl_actions_masks(e);
  const struct mrl_prog_op *o = mrl_episode_static_op(e, s);
  if ((unsigned)a->type >= MRL_ACTION_COUNT) {
    snprintf(why, n, "unknown action type %d", (int)a->type);
    return 0;
  }
  if (!e->mask_action[a->type]) {
    char list[64], reason[300];
    allowed_list(e->mask_action, list, sizeof list);
    impossible(e, s, a->type, reason, sizeof reason);
    if (s->nptr > 0)
      snprintf(why, n, "%s %s: an interchange is being chosen (%d of %d positions): only I is allowed",
               s->tag, o->name, s->nptr, s->nloops);
    else if (reason[0])
      snprintf(why, n, "%s %s: %s (allowed: %s)", s->tag, o->name, reason, list);
    else
      snprintf(why, n, "%s %s: %s is not allowed at step %d by the grammar (allowed: %s)", s->tag, o->name,
               mrl_action_name(a->type), s->nacts, list);
    return 0;
  }
  int tc = e->cfg.tile_choices;
  if (a->type == MRL_ACTION_T || a->type == MRL_ACTION_TP || a->type == MRL_ACTION_TF) {
    for (int l = 0; l < s->nloops; ++l) {
      int k = a->tile[l];
      if (k < 0 || k >= tc) {
        snprintf(why, n, "%s %s: tile choice %d of loop %d is out of range [0, %d)", s->tag, o->name, k, l,
                 tc);
        return 0;
      }
      if (!e->mask_tile[l * tc + k]) {
        int64_t mult = o->tile_multiple[s->perm[l]];
        if (mult < 0 && tile_allowed(s->bound[l], mrl_env_tile_size(k), 0))
          snprintf(why, n, "%s %s: loop %d cannot be tiled (%s)", s->tag, o->name, l,
                   o->const_offset[s->perm[l]]
                       ? "an access of the op adds a constant, which LLVM before 20 tiles wrongly"
                       : "its accesses divide it by a non-constant");
        else if (mult > 0 && tile_allowed(s->bound[l], mrl_env_tile_size(k), 0))
          snprintf(
              why, n,
              "%s %s: tile size %lld for loop %d is not a multiple of %lld (its accesses divide it by %lld)",
              s->tag, o->name, (long long)mrl_env_tile_size(k), l, (long long)mult, (long long)mult);
        else
          snprintf(why, n, "%s %s: tile size %lld for loop %d must divide its bound %lld and be smaller",
                   s->tag, o->name, (long long)mrl_env_tile_size(k), l, (long long)s->bound[l]);
        return 0;
      }
    }
  }
  if (a->type == MRL_ACTION_I) {
    int k = a->interchange;
    if (k < 0 || k >= e->nich || !e->mask_ich[k]) {
      if (e->cfg.interchange == MRL_INTERCHANGE_POINTERS)
        snprintf(why, n, "%s %s: loop %d cannot go to position %d (loops 0..%d, each once)", s->tag, o->name,
                 k, s->nptr, s->nloops - 1);
      else
        snprintf(why, n, "%s %s: interchange candidate %d is not a valid swap for %d loops", s->tag, o->name,
                 k, s->nloops);
      return 0;
    }
  }
  return 1;
}

/* ---------------------------------------------------------------- effects */

static void set_sizes(struct mrl_env_act *act, const struct mrl_env_slot *s, const struct mrl_action *a) {
  act->nloops = s->nloops;
  for (int l = 0; l < s->nloops; ++l) {
    act->tile_index[l] = (unsigned char)a->tile[l];
    act->size[l] = mrl_env_tile_size(a->tile[l]);
    act->reduction[l] = s->reduction[l];
  }
}

static int any_size(const struct mrl_env_act *act, int parallel_only) {
  for (int l = 0; l < act->nloops; ++l)
    if (act->size[l] && (!parallel_only || !act->reduction[l])) return 1;
  return 0;
}

static void shrink(struct mrl_env_slot *s, const struct mrl_env_act *act) {
  for (int l = 0; l < s->nloops; ++l)
    if (act->size[l]) s->bound[l] = act->size[l];
  if (any_size(act, 0)) s->tiled = 1;
}

/* The fused producer's loops take the extent of the slice a consumer tile reads:
 * 1 + sum |coef| * (tile - 1) per result dimension (the forall tiles the parallel loops,
 * every other consumer loop keeps its whole current range). */
static void init_fused(struct mrl_env *e, const struct mrl_env_slot *c, const struct mrl_env_act *act,
                       struct mrl_env_slot *f) {
  const struct mrl_prog_op *co = mrl_episode_static_op(e, c);
  int p = co->producer;
  const struct mrl_prog_op *po = &e->prog.ops[p];
  const struct mrl_prog_access *ca = &co->acc[co->producer_operand];
  const struct mrl_prog_access *qa = &po->acc[po->ninputs + co->producer_result];
  int64_t t[MRL_ENV_MAX_LOOPS];
  for (int i = 0; i < c->nloops; ++i)
    t[c->perm[i]] = act->size[i] && !act->reduction[i] ? act->size[i] : c->bound[i];
  memset(f, 0, sizeof *f);
  f->prog = p;
  f->orig_prog = e->slots[mrl_episode_producer(e, c)].orig_prog;
  f->fused = 1;
  f->consumer = (int)(c - e->slots);
  snprintf(f->tag, sizeof f->tag, "%s_%s", act->producer_tag, c->tag);
  f->nloops = po->nloops;
  for (int l = 0; l < po->nloops; ++l) {
    f->perm[l] = l;
    f->bound[l] = f->orig[l] = po->bounds[l];
    f->reduction[l] = po->reduction[l];
  }
  for (int r = 0; r < ca->rank; ++r) {
    int64_t ext = 1;
    for (int l = 0; l < co->nloops; ++l) {
      int32_t k = ca->coef[r * co->nloops + l];
      ext += (int64_t)(k < 0 ? -k : k) * (t[l] - 1);
    }
    for (int l = 0; l < po->nloops; ++l)
      if (qa->coef[r * po->nloops + l] == 1) f->bound[l] = ext < po->bounds[l] ? ext : po->bounds[l];
  }
  f->tiled = 1; /* it lives in the consumer's forall: like a TP already applied */
}

static enum mrl_status tiled_fusion(struct mrl_env *e, struct mrl_env_slot *s, struct mrl_env_act *act,
                                    struct mrl_err *err) {
  if (!any_size(act, 1)) { /* no forall, nothing to fuse into: the artifact's TP fallback */
    act->type = MRL_ACTION_TP;
    return MRL_OK;
  }
  if (e->nslots >= e->capslots) return mrl_fail(err, MRL_ENOMEM, "too many episode slots (internal error)");
  int at = e->cur + 1;
  struct mrl_env_slot fused;
  int ps = mrl_episode_producer(e, s);
  if (ps < 0) return mrl_fail(err, MRL_EINVAL, "TF without a producer (internal error)");
  snprintf(act->producer_tag, sizeof act->producer_tag, "%s", e->slots[ps].tag);
  init_fused(e, s, act, &fused);
  /* A producer whose accesses divide its loops (floordiv/mod) is fused only when the slice
   * the tile needs respects those divisors; otherwise nothing is fused (TP, as above). */
  const struct mrl_prog_op *po = &e->prog.ops[fused.prog];
  for (int l = 0; l < fused.nloops; ++l)
    if (fused.bound[l] != fused.orig[l] &&
        (po->tile_multiple[l] < 0 ||
         (po->tile_multiple[l] > 0 && fused.bound[l] % po->tile_multiple[l] != 0))) {
      act->type = MRL_ACTION_TP;
      act->producer_tag[0] = '\0';
      return MRL_OK;
    }
  memmove(&e->slots[at + 1], &e->slots[at], (size_t)(e->nslots - at) * sizeof *e->slots);
  ++e->nslots;
  e->slots[at] = fused;
  s = &e->slots[e->cur];
  act->fused_slot = at;
  int p = mrl_episode_static_op(e, s)->producer;
  e->uses_left[p] -= mrl_episode_static_op(e, s)->producer_uses;
  if (e->uses_left[p] <= 0) /* its only consumer now holds a copy: the original disappears */
    for (int i = at + 1; i < e->nslots; ++i)
      if (e->slots[i].prog == p && !e->slots[i].fused) e->slots[i].removed = 1;
  return MRL_OK;
}

static void interchange(struct mrl_env_slot *s, const int *ptr) {
  struct mrl_env_slot old = *s;
  int moved = 0;
  for (int j = 0; j < s->nloops; ++j) {
    s->perm[j] = old.perm[ptr[j]];
    s->bound[j] = old.bound[ptr[j]];
    s->orig[j] = old.orig[ptr[j]];
    s->reduction[j] = old.reduction[ptr[j]];
    moved |= ptr[j] != j;
  }
  for (int j = 0; j < s->nloops; ++j)
    moved |= s->perm[j] != j;
  s->interchanged = moved;
}

static void decomposition(struct mrl_env *e, const struct mrl_env_slot *s, struct mrl_env_act *act) {
  const struct mrl_prog_op *o = mrl_episode_static_op(e, s);
  if (!o->decompose || s->interchanged) return;
  act->decompose = 1;
  act->transpose = o->transpose_first;
  for (int l = 0; l < s->nloops; ++l)
    act->decompose_size[l] = 0;
  /* The loop order is the static one (no interchange), so static indices are positions. */
  if (s->bound[o->window_out_loop] > 1) act->decompose_size[o->window_out_loop] = 1;
  if (s->bound[o->window_loop] > 1) act->decompose_size[o->window_loop] = 1;
}

/* The op becomes the matmul-like generic of its img2col form (same tag, fresh loops); the
 * img2col op, its producer, is inserted to be visited next. */
static enum mrl_status img2col(struct mrl_env *e, struct mrl_env_slot *s, struct mrl_err *err) {
  if (e->nslots >= e->capslots) return mrl_fail(err, MRL_ENOMEM, "too many episode slots (internal error)");
  int k = s->prog, mm = e->ic_mm[k], col = e->ic_col[k];
  const struct mrl_prog_op *o = &e->prog.ops[mm];
  s->prog = mm;
  s->img2col = 1;
  s->nloops = o->nloops;
  for (int l = 0; l < o->nloops; ++l) {
    s->perm[l] = l;
    s->bound[l] = s->orig[l] = o->bounds[l];
    s->reduction[l] = o->reduction[l];
  }
  int at = e->cur + 1;
  memmove(&e->slots[at + 1], &e->slots[at], (size_t)(e->nslots - at) * sizeof *e->slots);
  ++e->nslots;
  struct mrl_env_slot *c = &e->slots[at];
  s = &e->slots[e->cur];
  const struct mrl_prog_op *co = &e->prog.ops[col];
  memset(c, 0, sizeof *c);
  c->prog = col;
  c->orig_prog = s->orig_prog;
  c->consumer = -1;
  char tag[MRL_ENV_TAG_MAX];
  memcpy(tag, s->tag, sizeof tag);
  snprintf(c->tag, sizeof c->tag, "%s_col", tag);
  c->nloops = co->nloops;
  for (int l = 0; l < co->nloops; ++l) {
    c->perm[l] = l;
    c->bound[l] = c->orig[l] = co->bounds[l];
    c->reduction[l] = co->reduction[l];
  }
  return MRL_OK;
}

enum mrl_status mrl_actions_apply(struct mrl_env *e, const struct mrl_action *a, int *op_done, struct mrl_err *err) {
  struct mrl_env_slot *s = mrl_episode_slot(e);
  *op_done = 0;
  if (a->type == MRL_ACTION_IC) return img2col(e, s, err); /* not a step */
  if (a->type == MRL_ACTION_I) {
    int perm[MRL_ENV_MAX_LOOPS];
    if (e->cfg.interchange == MRL_INTERCHANGE_POINTERS) {
      s->ptr[s->nptr++] = a->interchange;
      if (s->nptr < s->nloops) return MRL_OK; /* each sub-step is its own decision */
      memcpy(perm, s->ptr, (size_t)s->nloops * sizeof *perm);
      s->nptr = 0;
    } else {
      candidate_perm(e->cfg.max_loops, s->nloops, a->interchange, perm);
    }
    struct mrl_env_act *act = &s->acts[s->nacts++];
    memset(act, 0, sizeof *act);
    act->type = MRL_ACTION_I;
    act->nloops = s->nloops;
    memcpy(act->perm, perm, (size_t)s->nloops * sizeof *perm);
    for (int l = 0; l < s->nloops; ++l)
      act->reduction[l] = s->reduction[l];
    interchange(s, perm);
  } else {
    struct mrl_env_act *act = &s->acts[s->nacts++];
    memset(act, 0, sizeof *act);
    act->type = a->type;
    act->nloops = s->nloops;
    act->fused_slot = -1;
    if (a->type == MRL_ACTION_T || a->type == MRL_ACTION_TP || a->type == MRL_ACTION_TF) set_sizes(act, s, a);
    if (a->type == MRL_ACTION_TF) {
      enum mrl_status st = tiled_fusion(e, s, act, err);
      if (st != MRL_OK) {
        --e->slots[e->cur].nacts;
        return st;
      }
      s = &e->slots[e->cur];
      act = &s->acts[s->nacts - 1];
    }
    if (a->type == MRL_ACTION_T || a->type == MRL_ACTION_TP || a->type == MRL_ACTION_TF) shrink(s, act);
    if (a->type == MRL_ACTION_V) decomposition(e, s, act);
    if (a->type == MRL_ACTION_V || a->type == MRL_ACTION_NT) s->done = 1;
  }
  if (s->nacts >= e->cfg.max_steps) s->done = 1;
  *op_done = s->done;
  return MRL_OK;
}

enum mrl_status mrl_actions_step(struct mrl_env *e, const struct mrl_action *a, int *op_done, struct mrl_err *err) {
  *op_done = 0;
  enum mrl_status s = mrl_actions_apply(e, a, op_done, err);
  if (s != MRL_OK) return s;
  if (*op_done) mrl_episode_advance(e);
  mrl_episode_invalidate(e);
  return MRL_OK;
}
