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

static enum mrl_status calibrate(struct mrl_worker *w, const struct mrl_measure_opts *o,
                                 struct mrl_timing *t, struct mrl_err *err) {
  double per = 0;
  enum mrl_status s = mrl_worker_calibrate(w, o->warmup, o->min_sample_ms * 1e6, &t->iters, &per, err);
  if (s == MRL_OK) t->timed_ms += per * (double)t->iters * 2e-6;
  return s;
}

/* Samples that fit the budget: one sample lasts iters * per-call time. */
static int samples_within_budget(const struct mrl_measure_opts *o, const struct mrl_timing *t,
                                 double per_call_ns) {
  double sample_s = per_call_ns * (double)t->iters * 1e-9;
  int n = o->samples;
  if (sample_s > 0 && sample_s * n > o->budget_s) n = (int)(o->budget_s / sample_s);
  return n < 3 ? (o->samples < 3 ? o->samples : 3) : n;
}

static enum mrl_status take(struct mrl_worker *w, struct mrl_timing *t, struct mrl_err *err) {
  double ns;
  enum mrl_status s = mrl_worker_sample(w, t->iters, &ns, err);
  if (s != MRL_OK) return s;
  t->ns[t->n++] = ns;
  t->timed_ms += ns * (double)t->iters * 1e-6;
  return MRL_OK;
}

/* Lets the other worker's OpenMP threads stop spinning before this one runs (their block time
 * is 1 ms, see worker.c). */
static void settle(void) { usleep(3000); }

static void finish(struct mrl_timing *t) {
  struct mrl_err e;
  if (t->n > 0 && mrl_stats_summarize(t->ns, (size_t)t->n, &t->summary, &e) == MRL_OK) t->measured = 1;
}

enum mrl_status mrl_measure_pair(struct mrl_worker *base, struct mrl_worker *cand,
                                 const struct mrl_measure_opts *o, struct mrl_timing *tb,
                                 struct mrl_timing *tc, struct mrl_err *err) {
  memset(tb, 0, sizeof *tb);
  memset(tc, 0, sizeof *tc);
  enum mrl_status s = calibrate(base, o, tb, err);
  if (s != MRL_OK) return s;
  if (cand) {
    settle();
    s = calibrate(cand, o, tc, err);
    if (s != MRL_OK) cand = NULL; /* the baseline is still worth timing */
  }
  enum mrl_status cand_status = s;
  struct mrl_err cand_err = *err;
  /* Budget by the slower version: both get the same number of samples. */
  double per_b = 0, per_c = 0;
  s = mrl_worker_sample(base, tb->iters, &per_b, err);
  if (s != MRL_OK) return s;
  if (cand && mrl_worker_sample(cand, tc->iters, &per_c, &cand_err) != MRL_OK) {
    cand_status = MRL_EWORKER;
    cand = NULL;
  }
  int nb = samples_within_budget(o, tb, per_b);
  int n = cand ? samples_within_budget(o, tc, per_c) : nb;
  if (n > nb) n = nb;
  tb->ns = calloc((size_t)n, sizeof *tb->ns);
  tc->ns = calloc((size_t)n, sizeof *tc->ns);
  if (!tb->ns || !tc->ns) return mrl_fail(err, MRL_ENOMEM, "out of memory");
  for (int i = 0; i < n; ++i) {
    /* ABBA: B C C B B C ... so that neither version always runs second. */
    int base_first = (i % 2) == 0;
    for (int k = 0; k < 2; ++k) {
      int run_base = (k == 0) == base_first;
      if (!run_base && !cand) continue;
      settle();
      if (run_base) {
        s = take(base, tb, err);
        if (s != MRL_OK) {
          finish(tb);
          finish(tc);
          return s;
        }
      } else if (take(cand, tc, &cand_err) != MRL_OK) {
        cand_status = MRL_EWORKER;
        cand = NULL;
      }
    }
  }
  finish(tb);
  finish(tc);
  if (cand_status != MRL_OK) {
    *err = cand_err;
    return cand_status;
  }
  return MRL_OK;
}
