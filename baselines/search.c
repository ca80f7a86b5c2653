/* Random and evolutionary schedule search (search.h). Candidates are built symbolically with
 * no measurer installed (stepping is cheap), then measured once each. */
#include "search.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static const char *const kind_names[MRL_SEARCH_KIND_COUNT] = {"random", "search"};

const char *mrl_search_kind_name(enum mrl_search_kind k) {
  return (unsigned)k < MRL_SEARCH_KIND_COUNT ? kind_names[k] : NULL;
}

void mrl_search_default_opts(struct mrl_search_opts *o) {
  memset(o, 0, sizeof *o);
  o->kind = MRL_SEARCH_RANDOM;
  o->budget = 8;
  o->seed = 1;
  o->population = 8;
  o->tournament = 3;
  o->elite = 0.25;
  o->immigrants = 0.25;
}

/* ---------------------------------------------------------------- generator state */

static int below(uint64_t *s, int n) { return n > 0 ? (int)(mrl_env_rng_next(s) % (uint64_t)n) : 0; }

static double unit(uint64_t *s) { return (double)(mrl_env_rng_next(s) >> 11) / 9007199254740992.0; }

/* ---------------------------------------------------------------- plans: the actions of a candidate */

struct step {
  int op, k; /* the op (visit index) it acted on, and how many actions that op had before it */
  struct mrl_action a;
};

struct plan {
  struct step *s;
  int n, cap;
};

static int plan_push(struct plan *p, int op, int k, const struct mrl_action *a) {
  if (p->n == p->cap) {
    int cap = p->cap ? 2 * p->cap : 32;
    struct step *s = realloc(p->s, (size_t)cap * sizeof *s);
    if (!s) return -1;
    p->s = s;
    p->cap = cap;
  }
  p->s[p->n++] = (struct step){op, k, *a};
  return 0;
}

/* The parent's k-th action on op `op`, or NULL. */
static const struct mrl_action *plan_at(const struct plan *p, int op, int k) {
  for (int i = 0; i < p->n; ++i)
    if (p->s[i].op == op && p->s[i].k == k) return &p->s[i].a;
  return NULL;
}

static int same_action(const struct mrl_action *x, const struct mrl_action *y, int nloops) {
  if (x->type != y->type) return 0;
  if (x->type == MRL_ACTION_I) return x->interchange == y->interchange;
  if (x->type == MRL_ACTION_T || x->type == MRL_ACTION_TP || x->type == MRL_ACTION_TF)
    return !memcmp(x->tile, y->tile, (size_t)nloops * sizeof x->tile[0]);
  return 1;
}

/* ---------------------------------------------------------------- building a candidate */

enum mode { MODE_RANDOM, MODE_SUFFIX, MODE_POINT, MODE_TWEAK, MODE_CROSS };

struct recipe {
  enum mode mode;
  const struct plan *a, *b; /* parents */
  int cut;                  /* global step index of SUFFIX, POINT and TWEAK */
  unsigned char from_b[64]; /* CROSS: op j's actions come from parent b (ops past 64: from a) */
};

struct search {
  struct mrl_env *e;
  const struct mrl_search_opts *o;
  uint64_t gen_rng; /* the random candidates' stream, shared by both kinds */
  uint64_t evo_rng; /* the evolution's own decisions */
  struct plan *plans;
  struct mrl_search_result *r;
  double t0;
};

static int nloops_now(struct mrl_env *e) {
  struct mrl_env_op_info info;
  return mrl_env_op(e, mrl_env_current(e), &info) ? info.nloops : 0;
}

/* Takes *a if the masks allow it; 1 when taken. */
static int try_step(struct mrl_env *e, const struct mrl_action *a) {
  struct mrl_step_result res;
  struct mrl_err ignored;
  return mrl_env_step(e, a, &res, &ignored) == MRL_OK;
}

/* A variant of *a with one tile choice moved up or down by one (still to be checked against the
 * masks by taking it). 0 when *a tiles nothing that can move. */
static int tweak(struct mrl_env *e, uint64_t *rng, const struct mrl_action *a, struct mrl_action *out) {
  if (a->type != MRL_ACTION_T && a->type != MRL_ACTION_TP && a->type != MRL_ACTION_TF) return 0;
  int nl = nloops_now(e), tc = mrl_env_config(e)->tile_choices;
  if (nl <= 0) return 0;
  *out = *a;
  int l = below(rng, nl), up = below(rng, 2);
  int v = out->tile[l] + (up ? 1 : -1);
  if (v < 0 || v >= tc) v = out->tile[l] + (up ? -1 : 1);
  if (v < 0 || v >= tc) return 0;
  out->tile[l] = v;
  return 1;
}

/* Takes one action for the recipe at global step g, k-th action on op j; the generator's
 * random action when the recipe proposes none or proposes an illegal one. */
static enum mrl_status take(struct search *S, const struct recipe *rc, int g, int j, int k, struct plan *out,
                            struct mrl_err *err) {
  struct mrl_env *e = S->e;
  const struct mrl_action *donor = NULL;
  struct mrl_action a;
  int nl = nloops_now(e);
  switch (rc->mode) {
  case MODE_RANDOM: break;
  case MODE_SUFFIX: donor = g < rc->cut ? plan_at(rc->a, j, k) : NULL; break;
  case MODE_CROSS: donor = plan_at(j < 64 && rc->from_b[j] ? rc->b : rc->a, j, k); break;
  case MODE_POINT:
  case MODE_TWEAK: donor = plan_at(rc->a, j, k); break;
  }
  if ((rc->mode == MODE_POINT || rc->mode == MODE_TWEAK) && g == rc->cut) {
    /* The changed step: a neighbouring tile size, or another legal action. */
    if (donor && rc->mode == MODE_TWEAK)
      for (int t = 0; t < 4; ++t)
        if (tweak(e, &S->evo_rng, donor, &a) && try_step(e, &a)) return plan_push(out, j, k, &a) ? MRL_ENOMEM : MRL_OK;
    for (int t = 0; t < 8; ++t) {
      enum mrl_status s = mrl_env_random_action(e, &S->evo_rng, &a, err);
      if (s != MRL_OK) return s;
      if (donor && same_action(&a, donor, nl) && t < 7) continue;
      if (try_step(e, &a)) return plan_push(out, j, k, &a) ? MRL_ENOMEM : MRL_OK;
    }
  }
  if (donor && try_step(e, donor)) return plan_push(out, j, k, donor) ? MRL_ENOMEM : MRL_OK;
  /* Random candidates draw from the shared stream, so that evolution's first candidates are
   * the random search's; children's fresh actions draw from the evolution's own. */
  uint64_t *rng = rc->mode == MODE_RANDOM ? &S->gen_rng : &S->evo_rng;
  enum mrl_status s = mrl_env_random_action(e, rng, &a, err);
  if (s != MRL_OK) return s;
  struct mrl_step_result res;
  s = mrl_env_step(e, &a, &res, err);
  if (s != MRL_OK) return s;
  return plan_push(out, j, k, &a) ? MRL_ENOMEM : MRL_OK;
}

static enum mrl_status build(struct search *S, const struct recipe *rc, struct plan *out, struct mrl_err *err) {
  out->n = 0;
  enum mrl_status s = mrl_env_reset(S->e, err);
  int counts[MRL_ENV_MAX_STEPS * 64] = {0}, g = 0;
  while (s == MRL_OK && !mrl_env_done(S->e)) {
    int j = mrl_env_current(S->e);
    int k = j < (int)(sizeof counts / sizeof counts[0]) ? counts[j]++ : 0;
    s = take(S, rc, g++, j, k, out, err);
  }
  return s;
}

/* ---------------------------------------------------------------- evolution's choices */

static int verified(const struct mrl_search_candidate *c) { return c->outcome == MRL_MEASURE_OK && isfinite(c->speedup); }

static int tournament(struct search *S, const int *ok, int nok) {
  int best = ok[below(&S->evo_rng, nok)];
  for (int t = 1; t < S->o->tournament; ++t) {
    int c = ok[below(&S->evo_rng, nok)];
    if (S->r->cand[c].speedup > S->r->cand[best].speedup) best = c;
  }
  return best;
}

static void choose_recipe(struct search *S, int *ok_scratch, struct recipe *rc) {
  memset(rc, 0, sizeof *rc);
  struct mrl_search_result *r = S->r;
  int nok = 0;
  for (int i = 0; i < r->spent; ++i)
    if (verified(&r->cand[i])) ok_scratch[nok++] = i;
  /* Immigrants continue the random search's own stream: fresh candidates keep the diversity
   * that breeding from a few parents loses. */
  if (S->o->kind == MRL_SEARCH_RANDOM || r->spent < S->o->population || nok == 0 ||
      unit(&S->evo_rng) < S->o->immigrants) {
    rc->mode = MODE_RANDOM;
    return;
  }
  /* The incumbent itself (with probability elite): most gains are a step away from the best
   * schedule found; the tournament explores around good but different ones. */
  int pa = unit(&S->evo_rng) < S->o->elite ? mrl_search_best_within(r, r->spent) : tournament(S, ok_scratch, nok);
  rc->a = &S->plans[pa];
  int nops = mrl_env_num_ops(S->e);
  double u = unit(&S->evo_rng);
  if (nok >= 2 && nops >= 2 && u < 0.2) {
    int pb = tournament(S, ok_scratch, nok);
    if (pb != pa) {
      rc->mode = MODE_CROSS;
      rc->b = &S->plans[pb];
      for (int j = 0; j < 64; ++j) rc->from_b[j] = (unsigned char)below(&S->evo_rng, 2);
      return;
    }
  }
  int n = rc->a->n > 0 ? rc->a->n : 1;
  rc->cut = below(&S->evo_rng, n);
  rc->mode = u < 0.6 ? MODE_TWEAK : u < 0.8 ? MODE_POINT : MODE_SUFFIX;
}

/* ---------------------------------------------------------------- the loop */

static int measured_before(const struct mrl_search_result *r, const char *schedule) {
  for (int i = 0; i < r->spent; ++i)
    if (!strcmp(r->cand[i].schedule, schedule)) return 1;
  return 0;
}


static double now_s(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

static enum mrl_status measure(struct search *S, struct plan *p, struct mrl_err *err) {
  struct mrl_search_result *r = S->r;
  struct mrl_search_candidate *c = &r->cand[r->spent];
  c->schedule = strdup(mrl_env_schedule(S->e));
  if (!c->schedule) return mrl_fail(err, MRL_ENOMEM, "out of memory");
  struct mrl_measurement m;
  double reward;
  mrl_env_set_measurer(S->e, &S->o->measurer);
  enum mrl_status s = mrl_env_measure(S->e, &m, &reward, err);
  mrl_env_set_measurer(S->e, NULL);
  if (s != MRL_OK) {
    free(c->schedule);
    c->schedule = NULL;
    return s;
  }
  c->outcome = m.outcome;
  snprintf(c->outcome_name, sizeof c->outcome_name, "%s", m.outcome_name);
  c->speedup = m.outcome == MRL_MEASURE_OK ? m.speedup : NAN;
  c->cached = m.cached;
  c->at_s = now_s() - S->t0;
  S->plans[r->spent] = *p;
  *p = (struct plan){0};
  r->cache_hits += m.cached != 0;
  ++r->spent;
  return MRL_OK;
}

static double best_so_far(const struct mrl_search_result *r) {
  int b = mrl_search_best_within(r, r->spent);
  return b < 0 ? NAN : r->cand[b].speedup;
}

enum mrl_status mrl_search_run(struct mrl_env *e, const struct mrl_search_opts *o, struct mrl_search_result *r,
                               struct mrl_err *err) {
  memset(r, 0, sizeof *r);
  if (o->budget < 1 || !o->measurer.measure) return mrl_fail(err, MRL_EINVAL, "a search needs a budget and a measurer");
  double t0 = now_s();
  struct search S = {e, o, mrl_env_rng_seed(o->seed), mrl_env_rng_seed(o->seed ^ 0x5EA2C4E5EA2C4Eull), NULL, r, t0};
  r->cand = calloc((size_t)o->budget, sizeof *r->cand);
  S.plans = calloc((size_t)o->budget, sizeof *S.plans);
  int *scratch = calloc((size_t)o->budget, sizeof *scratch);
  struct plan p = {0};
  enum mrl_status s = r->cand && S.plans && scratch ? MRL_OK : mrl_fail(err, MRL_ENOMEM, "out of memory");
  mrl_env_set_measurer(e, NULL);
  while (s == MRL_OK && r->spent < o->budget) {
    /* A schedule measured already is drawn again; after many tries it is measured anyway (a
     * small benchmark may have fewer distinct schedules than the budget; the cache answers). */
    for (int tries = 0; s == MRL_OK; ++tries) {
      struct recipe rc;
      choose_recipe(&S, scratch, &rc);
      s = build(&S, &rc, &p, err);
      if (s != MRL_OK || !measured_before(r, mrl_env_schedule(e)) || tries >= 50) break;
      ++r->duplicates;
    }
    if (s == MRL_OK) s = measure(&S, &p, err);
    if (s == MRL_OK && o->progress) o->progress(o->progress_user, r->spent, o->budget, best_so_far(r));
    /* The benchmark itself cannot be measured: more candidates would say the same. */
    if (s == MRL_OK && r->cand[r->spent - 1].outcome == MRL_MEASURE_ERROR) break;
  }
  free(p.s);
  if (S.plans)
    for (int i = 0; i < o->budget; ++i) free(S.plans[i].s);
  free(S.plans);
  free(scratch);
  r->wall_s = now_s() - t0;
  return s;
}

int mrl_search_best_within(const struct mrl_search_result *r, int k) {
  int best = -1;
  for (int i = 0; i < k && i < r->spent; ++i)
    if (verified(&r->cand[i]) && (best < 0 || r->cand[i].speedup > r->cand[best].speedup)) best = i;
  return best;
}

void mrl_search_result_free(struct mrl_search_result *r) {
  if (!r) return;
  for (int i = 0; r->cand && i < r->spent; ++i) free(r->cand[i].schedule);
  free(r->cand);
  memset(r, 0, sizeof *r);
}
