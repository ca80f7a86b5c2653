#include "measure.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

void mrl_measure_default_opts(struct mrl_measure_opts *o) {
  o->samples = 10;
  o->warmup = 2;
  o->min_sample_ms = 20;
  o->budget_s = 30;
}

void mrl_timing_free(struct mrl_timing *t) {
  free(t->ns);
  memset(t, 0, sizeof *t);
}

/* Samples that fit the budget: one sample lasts iters * per-call time. */
static int samples_within_budget(const struct mrl_measure_opts *o, const struct mrl_timing *t,
                                 double per_call_ns) {
  double sample_s = per_call_ns * (double)t->iters * 1e-9;
  int n = o->samples;
  if (sample_s > 0 && sample_s * n > o->budget_s) n = (int)(o->budget_s / sample_s);
  int floor = o->samples < 3 ? o->samples : 3;
  return n < floor ? floor : n;
}

/* Lets the other worker's OpenMP threads stop spinning before this one runs (their block time
 * is 1 ms, see worker.c). */
static void settle(void) { usleep(3000); }

struct side {
  struct mrl_worker *w;
  struct mrl_timing *t;
  enum mrl_status status;
  struct mrl_err err;
};

static void drop(struct side *s, enum mrl_status st) {
  s->status = st;
  s->w = NULL;
}

static void calibrate(struct side *s, const struct mrl_measure_opts *o, double *per) {
  if (!s->w) return;
  settle();
  enum mrl_status st = mrl_worker_calibrate(s->w, o->warmup, o->min_sample_ms * 1e6, &s->t->iters, per, &s->err);
  if (st == MRL_OK) {
    s->t->timed_ms += *per * (double)s->t->iters * 2e-6;
    /* One more sample at the final count: warms up what calibration changed, not kept. */
    settle();
    st = mrl_worker_sample(s->w, s->t->iters, per, &s->err);
  }
  if (st != MRL_OK) drop(s, st);
}

static void take(struct side *s) {
  if (!s->w) return;
  settle();
  double ns;
  enum mrl_status st = mrl_worker_sample(s->w, s->t->iters, &ns, &s->err);
  if (st != MRL_OK) {
    drop(s, st);
    return;
  }
  s->t->ns[s->t->n++] = ns;
  s->t->timed_ms += ns * (double)s->t->iters * 1e-6;
}

static void finish(struct mrl_timing *t) {
  struct mrl_err e;
  if (t->n > 0 && mrl_stats_summarize(t->ns, (size_t)t->n, &t->summary, &e) == MRL_OK) t->measured = 1;
}

enum mrl_status mrl_measure_pair(struct mrl_worker *base, struct mrl_worker *cand,
                                 const struct mrl_measure_opts *o, struct mrl_timing *tb,
                                 struct mrl_timing *tc, struct mrl_err *err) {
  memset(tb, 0, sizeof *tb);
  memset(tc, 0, sizeof *tc);
  struct side sd[2] = {{base, tb, MRL_OK, {{0}}}, {cand, tc, MRL_OK, {{0}}}};
  double per[2] = {0, 0};
  for (int k = 0; k < 2; ++k) calibrate(&sd[k], o, &per[k]);
  /* Both get the same number of samples, as many as the slower one's budget allows. */
  int n = o->samples;
  for (int k = 0; k < 2; ++k) {
    if (!sd[k].w) continue;
    int nk = samples_within_budget(o, sd[k].t, per[k]);
    if (nk < n) n = nk;
  }
  tb->ns = calloc((size_t)n + 1, sizeof *tb->ns);
  tc->ns = calloc((size_t)n + 1, sizeof *tc->ns);
  if (!tb->ns || !tc->ns) return mrl_fail(err, MRL_ENOMEM, "out of memory");
  /* ABBA: B C C B B C ... so that neither version always runs second. */
  for (int i = 0; i < n; ++i) {
    int first = i % 2;
    take(&sd[first]);
    take(&sd[1 - first]);
  }
  finish(tb);
  finish(tc);
  for (int k = 0; k < 2; ++k) {
    if (sd[k].status != MRL_OK) {
      *err = sd[k].err;
      return sd[k].status;
    }
  }
  return MRL_OK;
}
