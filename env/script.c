/* Transform-script emission: the recorded actions of an episode as one transform-dialect
 * script that applies to the untouched benchmark file.
 *
 * Ops are found without touching the payload file: all LinalgOp ops are matched and split
 * (walk order, as program.c numbered them), the ones the schedule touches get an "mrl.tag"
 * attribute, and every action re-matches its op by tag. Tags survive tiling (tiled ops keep
 * their attributes) and are put back after the ops that create a new op (interchange,
 * fusion), so no handle has to outlive a transform that may invalidate it. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "env_priv.h"

struct out {
  char *p;
  size_t n, cap;
  int failed;
  int next; /* next fresh handle number */
  int ntags;
  char tags[256][MRL_ENV_TAG_MAX]; /* tags with a param constant defined, index = name */
};

static void emit(struct out *o, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void emit(struct out *o, const char *fmt, ...) {
  if (o->failed) return;
  for (;;) {
    va_list ap;
    va_start(ap, fmt);
    int k = vsnprintf(o->p ? o->p + o->n : NULL, o->p ? o->cap - o->n : 0, fmt, ap);
    va_end(ap);
    if (k < 0) {
      o->failed = 1;
      return;
    }
    if (o->p && o->n + (size_t)k < o->cap) {
      o->n += (size_t)k;
      return;
    }
    size_t cap = o->cap ? o->cap * 2 : 4096;
    while (cap <= o->n + (size_t)k)
      cap *= 2;
    char *q = realloc(o->p, cap);
    if (!q) {
      o->failed = 1;
      return;
    }
    o->p = q;
    o->cap = cap;
  }
}

static const char *const ANY = "!transform.any_op";

/* The param constant holding a tag, defined on first use. */
static int tag_param(struct out *o, const char *tag) {
  for (int i = 0; i < o->ntags; ++i)
    if (!strcmp(o->tags[i], tag)) return i;
  if (o->ntags >= 256) {
    o->failed = 1;
    return 0;
  }
  snprintf(o->tags[o->ntags], sizeof o->tags[0], "%s", tag);
  emit(o, "    %%tag%d = transform.param.constant \"%s\" -> !transform.any_param\n", o->ntags, tag);
  return o->ntags++;
}

static void annotate(struct out *o, int handle, const char *tag) {
  int t = tag_param(o, tag);
  emit(o, "    transform.annotate %%h%d \"mrl.tag\" = %%tag%d : %s, !transform.any_param\n", handle, t, ANY);
}

static int match_tag(struct out *o, const char *tag, const char *in) {
  int h = o->next++;
  emit(o, "    %%h%d = transform.structured.match attributes{\"mrl.tag\" = \"%s\"} in %s : (%s) -> %s\n", h,
       tag, in, ANY, ANY);
  return h;
}

/* tile_using_for or tile_using_forall of handle h; returns the tiled op's handle (the loop
 * handle of a forall in *loop). */
static int tile(struct out *o, int h, const int64_t *sizes, int n, int forall, int *loop) {
  int t = o->next++;
  int nz = 0;
  for (int l = 0; l < n; ++l)
    nz += sizes[l] != 0;
  if (forall) {
    int f = o->next++;
    emit(o, "    %%h%d, %%h%d = transform.structured.tile_using_forall %%h%d tile_sizes [", t, f, h);
    if (loop) *loop = f;
  } else if (nz == 1) {
    emit(o, "    %%h%d, %%h%d = transform.structured.tile_using_for %%h%d tile_sizes [", t, o->next++, h);
  } else {
    emit(o, "    %%h%d, %%h%d:%d = transform.structured.tile_using_for %%h%d tile_sizes [", t, o->next++, nz,
         h);
  }
  for (int l = 0; l < n; ++l)
    emit(o, "%s%lld", l ? ", " : "", (long long)sizes[l]);
  emit(o, "] : (%s) -> (%s", ANY, ANY);
  for (int l = 0; l < (forall ? 1 : nz); ++l)
    emit(o, ", %s", ANY);
  emit(o, ")\n");
  return t;
}

static int any_nonzero(const int64_t *v, int n) {
  for (int l = 0; l < n; ++l)
    if (v[l]) return 1;
  return 0;
}

static int identity(const int *perm, int n) {
  for (int l = 0; l < n; ++l)
    if (perm[l] != l) return 0;
  return 1;
}

/* Whether an action writes anything (no-ops leave the payload, and its named ops, alone). */
static int emits(const struct mrl_env_act *a) {
  switch (a->type) {
  case MRL_ACTION_T:
  case MRL_ACTION_TP: return any_nonzero(a->size, a->nloops);
  case MRL_ACTION_I: return !identity(a->perm, a->nloops);
  case MRL_ACTION_TF:
  case MRL_ACTION_V: return 1;
  default: return 0;
  }
}

static void split_sizes(const struct mrl_env_act *a, int64_t *par, int64_t *red) {
  for (int l = 0; l < a->nloops; ++l) {
    par[l] = a->reduction[l] ? 0 : a->size[l];
    red[l] = a->reduction[l] ? a->size[l] : 0;
  }
}

static void indent(struct out *o, int depth) {
  for (int i = 0; i < depth; ++i)
    emit(o, "  ");
}

static void emit_vectorize(struct out *o, const struct mrl_env *e, const struct mrl_env_slot *s,
                           const struct mrl_env_act *a) {
  const struct mrl_prog_op *op = mrl_episode_static_op(e, s);
  int h = match_tag(o, s->tag, "%root");
  int scope = o->next++;
  emit(o, "    %%h%d = transform.get_parent_op %%h%d {isolated_from_above} : (%s) -> %s\n", scope, h, ANY,
       ANY);
  /* A vectorization MLIR refuses is reverted, unpunished: the alternative is to do nothing.
   * Each alternative runs on a clone of the enclosing function. */
  int arg = o->next++;
  emit(o, "    transform.alternatives %%h%d : %s {\n    ^bb0(%%h%d: %s):\n", scope, ANY, arg, ANY);
  char in[24];
  snprintf(in, sizeof in, "%%h%d", arg);
  indent(o, 1);
  int v = match_tag(o, s->tag, in);
  if (a->transpose) {
    int t = o->next++;
    indent(o, 1);
    emit(o, "    %%h%d = transform.structured.transpose_conv2d %%h%d : (%s) -> %s\n", t, v, ANY, ANY);
    v = t;
  }
  if (a->decompose) {
    if (any_nonzero(a->decompose_size, a->nloops)) {
      indent(o, 1);
      v = tile(o, v, a->decompose_size, a->nloops, 0, NULL);
    }
    int d = o->next++;
    indent(o, 1);
    emit(o, "    %%h%d = transform.structured.decompose %%h%d : (%s) -> %s\n", d, v, ANY, ANY);
    v = d;
  }
  indent(o, 1);
  emit(o, "    transform.structured.vectorize %%h%d%s : %s\n", v,
       op->body_extract ? " {vectorize_nd_extract}" : "", ANY);

  emit(o, "    }, {\n    ^bb0(%%h%d: %s):\n    }\n", o->next++, ANY);
}

static void emit_act(struct out *o, const struct mrl_env *e, const struct mrl_env_slot *s,
                     const struct mrl_env_act *a) {
  int64_t par[MRL_ENV_MAX_LOOPS], red[MRL_ENV_MAX_LOOPS];
  switch (a->type) {
  case MRL_ACTION_I: {
    int h = match_tag(o, s->tag, "%root");
    int g = o->next++, i = o->next++;
    emit(o, "    %%h%d = transform.structured.generalize %%h%d : (%s) -> %s\n", g, h, ANY, ANY);
    emit(o, "    %%h%d = transform.structured.interchange %%h%d iterator_interchange = [", i, g);
    for (int l = 0; l < a->nloops; ++l)
      emit(o, "%s%d", l ? ", " : "", a->perm[l]);
    emit(o, "] : (%s) -> %s\n", ANY, ANY);
    annotate(o, i, s->tag);
    break;
  }
  case MRL_ACTION_T: tile(o, match_tag(o, s->tag, "%root"), a->size, a->nloops, 0, NULL); break;
  case MRL_ACTION_TP:
  case MRL_ACTION_TF: {
    split_sizes(a, par, red);
    int forall = -1;
    if (any_nonzero(par, a->nloops)) tile(o, match_tag(o, s->tag, "%root"), par, a->nloops, 1, &forall);
    if (a->type == MRL_ACTION_TF && forall >= 0) {
      const struct mrl_env_slot *f = &e->slots[a->fused_slot];
      int q = match_tag(o, a->producer_tag, "%root"); /* the original keeps its tag */
      int fused = o->next++, cont = o->next++;
      emit(o,
           "    %%h%d, %%h%d = transform.structured.fuse_into_containing_op %%h%d into %%h%d : (%s, %s) -> "
           "(%s, %s)\n",
           fused, cont, q, forall, ANY, ANY, ANY, ANY);
      annotate(o, fused, f->tag);
    }
    /* Reductions are tiled inside the forall; the consumer is matched again because the
     * fusion may have rebuilt the forall around it. */
    if (any_nonzero(red, a->nloops)) tile(o, match_tag(o, s->tag, "%root"), red, a->nloops, 0, NULL);
    break;
  }
  case MRL_ACTION_V: emit_vectorize(o, e, s, a); break;
  default: break;
  }
}

/* Static ops the script must find: those whose slots write something, and fused producers. */
static void mark_needed(const struct mrl_env *e, int *need) {
  for (int i = 0; i < e->nslots; ++i) {
    const struct mrl_env_slot *s = &e->slots[i];
    for (int k = 0; k < s->nacts; ++k) {
      if (!emits(&s->acts[k])) continue;
      if (!s->fused) need[s->orig_prog] = 1;
      if (s->acts[k].type == MRL_ACTION_TF) need[e->slots[s->acts[k].fused_slot].orig_prog] = 1;
    }
    if (s->img2col) need[s->orig_prog] = 1;
    /* orig_prog is always an op of the untouched module (img2col ops carry their
     * convolution's): need[] has one entry per such op. */
  }
}

/* IC: the convolution becomes img2col + a matmul-like generic (+ reshapes); the generic takes
 * the convolution's tag, the img2col op the tag of its own slot. */
static void emit_img2col(struct out *o, const struct mrl_env *e, const struct mrl_env_slot *s) {
  int h = match_tag(o, s->tag, "%root");
  int col = o->next++, res = o->next++, mm = o->next++;
  emit(o, "    %%h%d, %%h%d = transform.structured.convert_conv2d_to_img2col %%h%d : (%s) -> (%s, %s)\n", col,
       res, h, ANY, ANY, ANY);
  char coltag[MRL_ENV_TAG_MAX];
  snprintf(coltag, sizeof coltag, "%s_col", s->tag);
  annotate(o, col, coltag);
  /* The second handle is the reshape of the result; the generic produces its operand. */
  emit(o, "    %%h%d = transform.get_producer_of_operand %%h%d[0] : (%s) -> %s\n", mm, res, ANY, ANY);
  annotate(o, mm, s->tag);
  (void)e;
}

static void emit_recipe(struct out *o, enum mrl_vector_recipe r, int f) {
  if (r == MRL_VREC_PLAIN) return;
  /* (No canonicalization patterns here either: see the cleanup in mrl_script_emit.)
   * Multi-reductions become contractions, transfers absorb the tensor slices around them,
   * contractions become outer products (FMAs on whole vectors), and the accumulator tile is
   * hoisted out of the reduction loop: together the 85x recipe of TOOLCHAIN.md, applied to
   * the ops the agent vectorized rather than to every op of the function. */
  emit(o,
       "    transform.apply_patterns to %%h%d {\n"
       "      transform.apply_patterns.vector.reduction_to_contract\n"
       "      transform.apply_patterns.vector.transfer_permutation_patterns\n"
       "      transform.apply_patterns.tensor.fold_tensor_subset_ops_into_vector_transfers\n"
       "    } : %s\n",
       f, ANY);
  emit(o,
       "    transform.apply_patterns to %%h%d {\n"
       "      transform.apply_patterns.vector.lower_contraction lowering_strategy = \"outerproduct\"\n"
       "      transform.apply_patterns.vector.transfer_permutation_patterns\n"
       "      transform.apply_patterns.vector.lower_outerproduct\n"
       "    } : %s\n",
       f, ANY);
  if (r == MRL_VREC_OUTERPRODUCT) {
    int loops = o->next++;
    emit(o, "    %%h%d = transform.structured.match ops{[\"scf.for\"]} in %%h%d : (%s) -> %s\n", loops, f,
         ANY, ANY);
    emit(o, "    transform.loop.hoist_loop_invariant_subsets %%h%d : %s\n", loops, ANY);
  }
}

static const char *recipe_name(enum mrl_vector_recipe r) {
  static const char *const names[] = {"outerproduct", "contract", "plain"};
  return (unsigned)r < MRL_VREC_COUNT ? names[r] : "?";
}

enum mrl_status mrl_script_emit(struct mrl_env *e, char **result, struct mrl_err *err) {
  *result = NULL;
  struct out *o = calloc(1, sizeof *o);
  int *need = calloc((size_t)(e->prog.n ? e->prog.n : 1), sizeof *need);
  enum mrl_status st = mrl_schedule_print(e);
  if (!o || !need || st != MRL_OK) {
    free(o);
    free(need);
    return mrl_fail(err, MRL_ENOMEM, "out of memory");
  }
  mark_needed(e, need);
  int any = 0, vectors = 0;
  for (int i = 0; i < e->prog.n; ++i)
    any |= need[i];
  /* need[] covers the untouched module's ops only: fused and img2col ops get their tags
   * from the transforms that create them. */
  for (int i = 0; i < e->nslots; ++i)
    for (int k = 0; k < e->slots[i].nacts; ++k)
      vectors |= e->slots[i].acts[k].type == MRL_ACTION_V;
  emit(o, "// mlirrl schedule for %s: %s\n", e->id, e->schedule);
  emit(o, "// Generated with LLVM %s; vector recipe %s%s. Applies to the untouched benchmark file.\n",
       mrl_mlir_version(), recipe_name(e->cfg.vector_recipe),
       e->prog.img2col ? "; convolutions as img2col" : "");
  emit(o,
       "module attributes {transform.with_named_sequence} {\n"
       "  transform.named_sequence @__transform_main(%%root: %s {transform.readonly}) {\n",
       ANY);
  if (e->prog.img2col) emit(o, "%s", mrl_program_img2col_script());
  if (any) {
    int all = o->next++;
    emit(o, "    %%h%d = transform.structured.match interface{LinalgOp} in %%root : (%s) -> %s\n", all, ANY,
         ANY);
    int first = o->next;
    o->next += e->prog.nlinalg;
    for (int i = 0; i < e->prog.nlinalg; ++i)
      emit(o, "%s%%h%d", i ? ", " : "    ", first + i);
    emit(o, " = transform.split_handle %%h%d : (%s) -> (", all, ANY);
    for (int i = 0; i < e->prog.nlinalg; ++i)
      emit(o, "%s%s", i ? ", " : "", ANY);
    emit(o, ")\n");
    for (int i = 0; i < e->prog.n; ++i)
      if (need[i]) {
        char tag[MRL_ENV_TAG_MAX];
        snprintf(tag, sizeof tag, "op%d", i);
        annotate(o, first + e->prog.ops[i].linalg_index, tag);
      }
    for (int i = 0; i < e->nslots; ++i) {
      const struct mrl_env_slot *s = &e->slots[i];
      if (s->img2col) {
        emit(o, "    // %s: IC\n", s->tag);
        emit_img2col(o, e, s);
      }
      for (int k = 0; k < s->nacts; ++k)
        if (emits(&s->acts[k])) {
          emit(o, "    // %s: %s\n", s->tag, mrl_action_name(s->acts[k].type));
          emit_act(o, e, s, &s->acts[k]);
        }
    }
  }
  if (any || e->prog.img2col) {
    int f = o->next++;
    emit(o, "    %%h%d = transform.structured.match ops{[\"func.func\"]} in %%root : (%s) -> %s\n", f, ANY,
         ANY);
    if (vectors) emit_recipe(o, e->cfg.vector_recipe, f);
    /* Fused producers leave their originals dead; CSE merges the copies of a producer fused
     * into several consumers. No canonicalization: in LLVM 19 it folds the vector transfers of
     * a vectorized producer and an interchanged vectorized consumer into a vector.broadcast
     * that does not verify (seen in ResNet-18), and it brought no speed here. */
    emit(o, "    transform.apply_dce to %%h%d : %s\n", f, ANY);
    emit(o, "    transform.apply_cse to %%h%d : %s\n", f, ANY);
  }
  emit(o, "    transform.yield\n  }\n}\n");
  free(need);
  if (o->failed) {
    free(o->p);
    free(o);
    return mrl_fail(err, MRL_ENOMEM, "out of memory writing the script");
  }
  *result = o->p;
  free(o);
  return MRL_OK;
}
