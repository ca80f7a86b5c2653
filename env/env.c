/* The environment's API: configuration, loading a benchmark, the episode's op list, stepping
 * and measuring. Masks and the effect of each action are in actions.c. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "env_priv.h"

static const char *const action_names[] = {"T", "TP", "TF", "I", "V", "NT", "IC"};

const char *mrl_action_name(enum mrl_action_type t) {
  return (unsigned)t < MRL_ACTION_COUNT ? action_names[t] : "?";
}

int64_t mrl_env_tile_size(int index) {
  return index <= 0 ? 0 : (int64_t)1 << (index - 1);
}

void mrl_env_config_default(struct mrl_env_config *c) {
  memset(c, 0, sizeof *c);
  c->max_loops = 12;
  c->tile_choices = 8;
  c->max_loads = 7;
  c->max_stores = 7;
  c->max_rank = 12;
  c->max_steps = 5;
  c->vector_limit = 512;
  c->interchange = MRL_INTERCHANGE_POINTERS;
  c->vector_recipe = MRL_VREC_OUTERPRODUCT;
  c->bound_norm = MRL_NORM_MAX;
  c->norm_max = 4096;
  c->img2col = 0;
  snprintf(c->grammar, sizeof c->grammar, "I;T,TP,TF,V;!I;V,NT");
  c->penalty_transform = -5;
  c->penalty_execution = -20;
}

void mrl_schedule_default_config(struct mrl_env_config *c) {
  mrl_env_config_default(c);
  c->grammar[0] = '\0';
}

double mrl_env_reward(const struct mrl_env_config *c, const struct mrl_measurement *m) {
  switch (m->outcome) {
  case MRL_MEASURE_OK:
    return m->speedup > 0 && isfinite(m->speedup) ? log10(m->speedup) : c->penalty_execution;
  case MRL_MEASURE_TRANSFORM_FAILED: return c->penalty_transform;
  case MRL_MEASURE_EXEC_FAILED:
  case MRL_MEASURE_WRONG_ANSWER: return c->penalty_execution;
  case MRL_MEASURE_ERROR: break;
  }
  return 0; /* the benchmark could not be measured at all: nothing to learn from */
}

static enum mrl_status check_config(const struct mrl_env_config *c, struct mrl_err *err) {
  if (c->max_loops < 1 || c->max_loops > MRL_ENV_MAX_LOOPS)
    return mrl_fail(err, MRL_ECONFIG, "max_loops must be in [1, %d]", MRL_ENV_MAX_LOOPS);
  if (c->tile_choices < 1 || c->tile_choices > MRL_ENV_MAX_TILE_CHOICES)
    return mrl_fail(err, MRL_ECONFIG, "tile_choices must be in [1, %d]", MRL_ENV_MAX_TILE_CHOICES);
  if (c->max_loads < 0 || c->max_loads > MRL_ENV_MAX_OPERANDS || c->max_stores < 1 ||
      c->max_stores > MRL_ENV_MAX_OPERANDS)
    return mrl_fail(err, MRL_ECONFIG, "max_loads/max_stores must be in [0 or 1, %d]", MRL_ENV_MAX_OPERANDS);
  if (c->max_rank < 1 || c->max_rank > MRL_ENV_MAX_RANK)
    return mrl_fail(err, MRL_ECONFIG, "max_rank must be in [1, %d]", MRL_ENV_MAX_RANK);
  if (c->max_steps < 1 || c->max_steps > MRL_ENV_MAX_STEPS)
    return mrl_fail(err, MRL_ECONFIG, "max_steps must be in [1, %d]", MRL_ENV_MAX_STEPS);
  if (c->vector_limit < 1) return mrl_fail(err, MRL_ECONFIG, "vector_limit must be positive");
  if (c->interchange == MRL_INTERCHANGE_ENUMERATED && c->max_loops < 3)
    return mrl_fail(err, MRL_ECONFIG, "enumerated interchange needs max_loops >= 3");
  if ((unsigned)c->vector_recipe >= MRL_VREC_COUNT)
    return mrl_fail(err, MRL_ECONFIG, "unknown vector recipe");
  if (!(c->norm_max > 0)) return mrl_fail(err, MRL_ECONFIG, "norm_max must be positive");
  return MRL_OK;
}

enum mrl_status mrl_env_create(const struct mrl_env_config *cfg, struct mrl_env **out, struct mrl_err *err) {
  *out = NULL;
  struct mrl_env_config def;
  if (!cfg) {
    mrl_env_config_default(&def);
    cfg = &def;
  }
  enum mrl_status s = check_config(cfg, err);
  if (s != MRL_OK) return s;
  struct mrl_env *e = calloc(1, sizeof *e);
  if (!e) return mrl_fail(err, MRL_ENOMEM, "out of memory");
  e->cfg = *cfg;
  e->cfg.grammar[sizeof e->cfg.grammar - 1] = '\0';
  e->ntypes = cfg->img2col_action && !cfg->img2col ? MRL_ACTION_COUNT : MRL_ACTION_IC;
  s = mrl_actions_grammar_parse(e->cfg.grammar, e->grammar, &e->ngrammar, err);
  if (s == MRL_OK) s = mrl_features_init(e, err);
  if (s != MRL_OK) {
    mrl_env_close(e);
    return s;
  }
  *out = e;
  return MRL_OK;
}

static void unload(struct mrl_env *e) {
  for (int i = e->prog.n; i < e->nstatic; ++i)
    mrl_program_op_free(&e->prog.ops[i]);
  mrl_program_free(&e->prog);
  free(e->ic_col);
  free(e->ic_mm);
  e->ic_col = e->ic_mm = NULL;
  e->nstatic = 0;
  free(e->text);
  free(e->id);
  free(e->included);
  free(e->fusable);
  free(e->uses_left);
  free(e->skipped);
  free(e->skip_reason);
  free(e->slots);
  e->text = e->id = NULL;
  e->included = e->fusable = e->uses_left = e->skipped = NULL;
  e->skip_reason = NULL;
  e->slots = NULL;
  e->nslots = e->capslots = e->nskipped = e->cur = 0;
  e->loaded = 0;
}

void mrl_env_close(struct mrl_env *e) {
  if (!e) return;
  unload(e);
  free(e->obs);
  free(e->mask_tile);
  free(e->mask_ich);
  free(e->schedule);
  mrl_mlir_close(e->mlir);
  free(e);
}

void mrl_env_set_measurer(struct mrl_env *e, const struct mrl_measurer *m) {
  e->have_measurer = m && m->measure;
  if (e->have_measurer) e->measurer = *m;
}

const struct mrl_env_config *mrl_env_config(const struct mrl_env *e) {
  return &e->cfg;
}

/* ---------------------------------------------------------------- loading */

static char *dup_text(const char *s) {
  size_t n = strlen(s) + 1;
  char *d = malloc(n);
  if (d) memcpy(d, s, n);
  return d;
}

/* Why an op cannot take part under the configured limits ("" when it can). */
static void limit_reason(const struct mrl_env_config *c, const struct mrl_prog_op *o, char *why, size_t n) {
  why[0] = '\0';
  if (o->skip[0])
    snprintf(why, n, "%s", o->skip);
  else if (o->nloops > c->max_loops)
    snprintf(why, n, "%d loops > max_loops %d", o->nloops, c->max_loops);
  else if (o->ninputs > c->max_loads)
    snprintf(why, n, "%d inputs > max_loads %d", o->ninputs, c->max_loads);
  else if (o->noutputs > c->max_stores)
    snprintf(why, n, "%d outputs > max_stores %d", o->noutputs, c->max_stores);
  else
    for (int j = 0; j < o->ninputs + o->noutputs; ++j)
      if (o->acc[j].rank > c->max_rank) {
        snprintf(why, n, "operand %d has rank %d > max_rank %d", j, o->acc[j].rank, c->max_rank);
        break;
      }
}

/* TF is offered when the slice of the producer's result that a consumer tile reads can be
 * computed from the consumer's access (affine) and mapped back onto the producer's loops
 * (each result dimension indexed by exactly one producer loop). */
static int can_fuse(const struct mrl_program *p, const int *included, int c) {
  const struct mrl_prog_op *o = &p->ops[c];
  if (o->producer < 0 || !included[o->producer]) return 0;
  const struct mrl_prog_op *q = &p->ops[o->producer];
  const struct mrl_prog_access *ca = &o->acc[o->producer_operand];
  const struct mrl_prog_access *qa = &q->acc[q->ninputs + o->producer_result];
  if (ca->rank != qa->rank) return 0;
  int seen[MRL_PROG_MAX_LOOPS] = {0};
  for (int r = 0; r < ca->rank; ++r) {
    if (!ca->affine[r] || !qa->affine[r] || qa->cst[r] != 0) return 0;
    int loop = -1, terms = 0;
    for (int l = 0; l < q->nloops; ++l)
      if (qa->coef[r * q->nloops + l]) {
        ++terms;
        loop = l;
      }
    if (terms != 1 || qa->coef[r * q->nloops + loop] != 1 || seen[loop]++) return 0;
  }
  return 1;
}

static int grow(int **a, int n) {
  int *p = realloc(*a, (size_t)n * sizeof **a);
  if (!p) return 0;
  *a = p;
  return 1;
}

/* The static ops of each convolution's img2col form, appended after the program's own (the
 * program's count stays what the untouched module has). Convolutions whose conversion fails
 * or leaves ops beyond the limits are simply not offered IC. */
static enum mrl_status add_img2col_variants(struct mrl_env *e, struct mrl_err *err) {
  for (int k = 0; k < e->prog.n; ++k) {
    if (!e->included[k] || !mrl_program_img2col_supported(&e->prog.ops[k])) continue;
    struct mrl_prog_op col, mm;
    struct mrl_err ignored;
    if (mrl_program_img2col_variant(e->mlir, e->text, &e->prog, k, &col, &mm, &ignored) != MRL_OK) continue;
    char why1[200], why2[200];
    limit_reason(&e->cfg, &col, why1, sizeof why1);
    limit_reason(&e->cfg, &mm, why2, sizeof why2);
    int n = e->nstatic + 2;
    struct mrl_prog_op *ops = realloc(e->prog.ops, (size_t)n * sizeof *ops);
    if (ops) e->prog.ops = ops;
    if (why1[0] || why2[0] || !ops || !grow(&e->included, n) || !grow(&e->fusable, n) ||
        !grow(&e->uses_left, n)) {
      mrl_program_op_free(&col);
      mrl_program_op_free(&mm);
      if (!ops) return mrl_fail(err, MRL_ENOMEM, "out of memory");
      continue;
    }
    int ci = e->nstatic, mi = e->nstatic + 1;
    if (mm.producer == MRL_PROG_PRODUCER_COL) mm.producer = ci;
    if (col.producer == MRL_PROG_PRODUCER_COL) col.producer = -1;
    col.uses = 1;
    mm.uses = e->prog.ops[k].uses;
    e->prog.ops[ci] = col;
    e->prog.ops[mi] = mm;
    e->included[ci] = e->included[mi] = 1;
    e->ic_col[k] = ci;
    e->ic_mm[k] = mi;
    e->nstatic = n;
  }
  return MRL_OK;
}

enum mrl_status mrl_env_load(struct mrl_env *e, const char *bench_text, const char *bench_id,
                             struct mrl_err *err) {
  unload(e);
  enum mrl_status s = MRL_OK;
  if (!e->mlir) s = mrl_mlir_open(&e->mlir, err);
  if (s != MRL_OK) return s;
  e->text = dup_text(bench_text);
  e->id = dup_text(bench_id ? bench_id : "benchmark");
  if (!e->text || !e->id) return mrl_fail(err, MRL_ENOMEM, "out of memory");
  struct mrl_program_options po = {.img2col = e->cfg.img2col};
  s = mrl_program_load(e->mlir, e->text, &po, &e->prog, err);
  if (s != MRL_OK) {
    unload(e);
    return s;
  }
  e->nstatic = e->prog.n;
  int n = e->prog.n ? e->prog.n : 1;
  e->included = calloc((size_t)n, sizeof *e->included);
  e->fusable = calloc((size_t)n, sizeof *e->fusable);
  e->uses_left = calloc((size_t)n, sizeof *e->uses_left);
  e->skipped = calloc((size_t)n, sizeof *e->skipped);
  e->skip_reason = calloc((size_t)n, sizeof *e->skip_reason);
  e->ic_col = malloc((size_t)n * sizeof *e->ic_col);
  e->ic_mm = malloc((size_t)n * sizeof *e->ic_mm);
  if (!e->included || !e->fusable || !e->uses_left || !e->skipped || !e->skip_reason || !e->ic_col ||
      !e->ic_mm) {
    unload(e);
    return mrl_fail(err, MRL_ENOMEM, "out of memory");
  }
  int kept = 0;
  for (int i = 0; i < e->prog.n; ++i) {
    char why[200];
    e->ic_col[i] = e->ic_mm[i] = -1;
    limit_reason(&e->cfg, &e->prog.ops[i], why, sizeof why);
    if (why[0]) {
      e->skipped[e->nskipped] = i;
      snprintf(e->skip_reason[e->nskipped], sizeof e->skip_reason[0], "%s", why);
      ++e->nskipped;
    } else {
      e->included[i] = 1;
      ++kept;
    }
  }
  if (kept > 0 && e->ntypes > MRL_ACTION_IC) s = add_img2col_variants(e, err);
  if (s != MRL_OK) {
    unload(e);
    return s;
  }
  for (int i = 0; i < e->nstatic; ++i)
    e->fusable[i] = e->included[i] && can_fuse(&e->prog, e->included, i);
  e->loaded = 1;
  if (kept == 0) {
    s = mrl_fail(err, MRL_EUNSUPPORTED,
                 "%s: no Linalg op with loops within the limits (%d found, %d skipped%s%s)", e->id, e->prog.n,
                 e->nskipped, e->nskipped ? ": " : "", e->nskipped ? e->skip_reason[0] : "");
    unload(e);
    return s;
  }
  return mrl_env_reset(e, err);
}

static void init_slot(struct mrl_env *e, struct mrl_env_slot *s, int k) {
  const struct mrl_prog_op *o = &e->prog.ops[k];
  memset(s, 0, sizeof *s);
  s->prog = s->orig_prog = k;
  s->consumer = -1;
  snprintf(s->tag, sizeof s->tag, "op%d", k);
  s->nloops = o->nloops;
  for (int l = 0; l < o->nloops; ++l) {
    s->perm[l] = l;
    s->bound[l] = s->orig[l] = o->bounds[l];
    s->reduction[l] = o->reduction[l];
  }
}

enum mrl_status mrl_env_reset(struct mrl_env *e, struct mrl_err *err) {
  if (!e->loaded) return mrl_fail(err, MRL_EINVAL, "no benchmark loaded");
  /* Each op is visited once, plus at most one img2col op and one fused clone per op. */
  int cap = 3 * e->nstatic + 4;
  if (e->capslots < cap) {
    void *p = realloc(e->slots, (size_t)cap * sizeof *e->slots);
    if (!p) return mrl_fail(err, MRL_ENOMEM, "out of memory");
    e->slots = p;
    e->capslots = cap;
  }
  e->nslots = 0;
  for (int k = e->prog.n - 1; k >= 0; --k)
    if (e->included[k]) init_slot(e, &e->slots[e->nslots++], k);
  for (int k = 0; k < e->nstatic; ++k)
    e->uses_left[k] = e->prog.ops[k].uses;
  e->cur = 0;
  mrl_episode_invalidate(e);
  return MRL_OK;
}






int mrl_env_done(const struct mrl_env *e) {
  return !e->loaded || e->cur >= e->nslots;
}

static void fill_measure_error(struct mrl_measurement *m, enum mrl_measure_outcome o, const char *text) {
  memset(m, 0, sizeof *m);
  m->outcome = o;
  snprintf(m->outcome_name, sizeof m->outcome_name, "%s",
           o == MRL_MEASURE_ERROR ? "error" : "transform_failed");
  m->speedup = m->speedup_lo = m->speedup_hi = NAN;
  m->baseline_ns = m->candidate_ns = NAN;
  snprintf(m->error, sizeof m->error, "%s", text);
}

enum mrl_status mrl_env_measure(struct mrl_env *e, struct mrl_measurement *m, double *reward,
                                struct mrl_err *err) {
  if (!e->loaded) return mrl_fail(err, MRL_EINVAL, "no benchmark loaded");
  if (!e->have_measurer) return mrl_fail(err, MRL_EINVAL, "no measurer installed");
  char *script = NULL;
  enum mrl_status s = mrl_script_emit(e, &script, err);
  if (s == MRL_OK) s = mrl_schedule_print(e);
  if (s != MRL_OK) {
    free(script);
    return s;
  }
  struct mrl_measure_request req = {e->text, e->id, e->schedule, script};
  fill_measure_error(m, MRL_MEASURE_ERROR, "not measured");
  s = e->measurer.measure(e->measurer.user, &req, m, err);
  free(script);
  if (s != MRL_OK) return s;
  /* Belt and braces: whatever the measurer says, only an ok outcome carries a speedup. */
  if (m->outcome != MRL_MEASURE_OK) m->speedup = m->speedup_lo = m->speedup_hi = NAN;
  if (reward) *reward = mrl_env_reward(&e->cfg, m);
  return MRL_OK;
}


enum mrl_status mrl_env_step(struct mrl_env *e, const struct mrl_action *a, struct mrl_step_result *r,
                             struct mrl_err *err) {
  memset(r, 0, sizeof *r);
  if (!e->loaded) return mrl_fail(err, MRL_EINVAL, "no benchmark loaded");
  if (mrl_env_done(e)) return mrl_fail(err, MRL_EINVAL, "the episode is over");
  char why[400];
  if (!mrl_actions_check(e, a, why, sizeof why)) return mrl_fail(err, MRL_EINVAL, "%s", why);
  int op_done = 0;
  enum mrl_status s = mrl_actions_step(e, a, &op_done, err);
  if (s != MRL_OK) return s;
  r->next_op = op_done;
  r->done = mrl_env_done(e);
  if (r->done && e->have_measurer) {
    s = mrl_env_measure(e, &r->measurement, &r->reward, err);
    if (s != MRL_OK) return s;
    r->measured = 1;
  }
  return MRL_OK;
}


void mrl_env_finish_op(struct mrl_env *e) {
  if (e->loaded && !mrl_env_done(e)) mrl_episode_finish_op(e);
}

/* ---------------------------------------------------------------- queries */

int mrl_env_num_ops(const struct mrl_env *e) {
  int n = 0;
  for (int i = 0; e->loaded && i < e->nslots; ++i)
    n += !e->slots[i].removed;
  return n;
}

static int slot_of(const struct mrl_env *e, int i) {
  for (int k = 0; e->loaded && k < e->nslots; ++k)
    if (!e->slots[k].removed && i-- == 0) return k;
  return -1;
}

int mrl_env_current(const struct mrl_env *e) {
  if (mrl_env_done(e)) return mrl_env_num_ops(e);
  int n = 0;
  for (int k = 0; k < e->cur; ++k)
    n += !e->slots[k].removed;
  return n;
}

int mrl_env_op(const struct mrl_env *e, int i, struct mrl_env_op_info *info) {
  int k = slot_of(e, i);
  if (k < 0) return 0;
  const struct mrl_env_slot *s = &e->slots[k];
  const struct mrl_prog_op *o = mrl_episode_static_op(e, s);
  int p = mrl_episode_producer(e, s);
  info->tag = s->tag;
  info->name = o->name;
  info->kind = o->kind;
  info->nloops = s->nloops;
  info->bounds = s->bound;
  info->bounds_orig = s->orig;
  info->reduction = s->reduction;
  info->perm = s->perm;
  info->producer = p >= 0 ? e->slots[p].tag : NULL;
  info->fused = s->fused;
  info->done = s->done;
  return 1;
}

int mrl_env_num_skipped(const struct mrl_env *e) {
  return e->loaded ? e->nskipped : 0;
}

const char *mrl_env_skipped(const struct mrl_env *e, int i, const char **reason) {
  if (!e->loaded || i < 0 || i >= e->nskipped) return NULL;
  if (reason) *reason = e->skip_reason[i];
  return e->prog.ops[e->skipped[i]].name;
}

const char *mrl_env_schedule(struct mrl_env *e) {
  if (mrl_schedule_print(e) != MRL_OK || !e->schedule) return "";
  return e->schedule;
}

enum mrl_status mrl_env_replay(struct mrl_env *e, const char *schedule, struct mrl_err *err) {
  if (!e->loaded) return mrl_fail(err, MRL_EINVAL, "no benchmark loaded");
  enum mrl_status s = mrl_env_reset(e, err);
  if (s == MRL_OK) s = mrl_schedule_replay(e, schedule, err);
  return s;
}

enum mrl_status mrl_env_script(struct mrl_env *e, char **script, struct mrl_err *err) {
  *script = NULL;
  if (!e->loaded) return mrl_fail(err, MRL_EINVAL, "no benchmark loaded");
  return mrl_script_emit(e, script, err);
}

enum mrl_status mrl_schedule_to_script(const char *bench_text, const char *schedule,
                                       const struct mrl_env_config *cfg, char **script, struct mrl_err *err) {
  *script = NULL;
  struct mrl_env_config def;
  if (!cfg) {
    mrl_schedule_default_config(&def);
    cfg = &def;
  }
  struct mrl_env *e;
  enum mrl_status s = mrl_env_create(cfg, &e, err);
  if (s != MRL_OK) return s;
  s = mrl_env_load(e, bench_text, NULL, err);
  if (s == MRL_OK) s = mrl_env_replay(e, schedule, err);
  if (s == MRL_OK) s = mrl_script_emit(e, script, err);
  mrl_env_close(e);
  return s;
}

/* ---------------------------------------------------------------- random agent */

uint64_t mrl_env_rng_seed(uint64_t seed) {
  uint64_t z = seed + 0x9E3779B97F4A7C15ull;
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  z ^= z >> 31;
  return z ? z : 1;
}

uint64_t mrl_env_rng_next(uint64_t *x) {
  if (*x == 0) *x = 0x9E3779B97F4A7C15ull;
  *x ^= *x >> 12;
  *x ^= *x << 25;
  *x ^= *x >> 27;
  return *x * 0x2545F4914F6CDD1Dull;
}

/* Uniform index among the set entries of mask[0..n); -1 when none. */
static int pick(const unsigned char *mask, int n, uint64_t *rng) {
  int count = 0;
  for (int i = 0; i < n; ++i)
    count += mask[i] != 0;
  if (count == 0) return -1;
  int k = (int)(mrl_env_rng_next(rng) % (uint64_t)count);
  for (int i = 0; i < n; ++i)
    if (mask[i] && k-- == 0) return i;
  return -1;
}

enum mrl_status mrl_env_random_action(struct mrl_env *e, uint64_t *rng, struct mrl_action *a,
                                      struct mrl_err *err) {
  memset(a, 0, sizeof *a);
  struct mrl_env_slot *s = mrl_episode_slot(e);
  if (!s) return mrl_fail(err, MRL_EINVAL, "the episode is over");
  mrl_actions_masks(e);
  int t = pick(e->mask_action, MRL_ACTION_COUNT, rng);
  if (t < 0) return mrl_fail(err, MRL_EINVAL, "no action allowed (internal error)");
  a->type = (enum mrl_action_type)t;
  int tc = e->cfg.tile_choices;
  if (t == MRL_ACTION_T || t == MRL_ACTION_TP || t == MRL_ACTION_TF)
    for (int l = 0; l < s->nloops; ++l) {
      int k = pick(e->mask_tile + l * tc, tc, rng);
      a->tile[l] = k < 0 ? 0 : k;
    }
  if (t == MRL_ACTION_I) {
    int k = pick(e->mask_ich, e->nich, rng);
    a->interchange = k < 0 ? 0 : k;
  }
  return MRL_OK;
}
