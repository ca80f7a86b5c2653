/* A random-agent campaign: seeded episodes over the given benchmarks, each measured through
 * the harness (isolated compile and run, output check, small timing budget). Every episode
 * must end in a classified outcome; no failed or wrong run may carry a speedup, and the
 * reward must be the configured penalty for it. A few episodes are then replayed with the
 * candidate's output deliberately corrupted: each must come back as a wrong answer, scored
 * with the penalty, never as a speedup.
 *
 * usage: test_campaign EPISODES SEED PATH...   (directories stand for their *.mlir files) */
#include "common.h"

#include <math.h>

#include "bench.h"
#include "check.h"
#include "mlirrl_env.h"

static const char *const outcome_names[] = {"ok", "transform_failed", "exec_failed", "wrong_answer", "error"};

/* Checks one finished episode; returns its outcome. */
static enum mrl_measure_outcome check_episode(const struct mrl_env_config *c, const struct mrl_step_result *r,
                                              const char *id, const char *sched) {
  const struct mrl_measurement *m = &r->measurement;
  CHECK(r->done && r->measured);
  CHECK(m->outcome != MRL_MEASURE_ERROR); /* every episode classified */
  if (m->outcome == MRL_MEASURE_OK) {
    CHECK(isfinite(m->speedup) && m->speedup > 0);
    CHECK(fabs(r->reward - log10(m->speedup)) < 1e-9);
  } else {
    CHECK(!isfinite(m->speedup)); /* never a speedup for a failed or wrong run */
    double want = m->outcome == MRL_MEASURE_TRANSFORM_FAILED ? c->penalty_transform : c->penalty_execution;
    if (m->outcome == MRL_MEASURE_ERROR) want = 0;
    CHECK(r->reward == want);
    printf("  %s: %s: %s: %s\n", id, outcome_names[m->outcome], sched, m->error);
  }
  return m->outcome;
}

static enum mrl_status play(struct mrl_env *env, uint64_t seed, struct mrl_step_result *last,
                            struct mrl_err *err) {
  uint64_t rng = seed * 0x9E3779B97F4A7C15ull + 1;
  enum mrl_status s = mrl_env_reset(env, err);
  while (s == MRL_OK && !mrl_env_done(env)) {
    struct mrl_action a;
    s = mrl_env_random_action(env, &rng, &a, err);
    if (s == MRL_OK) s = mrl_env_step(env, &a, last, err);
    if (s == MRL_OK && !last->done) CHECK(last->reward == 0 && !last->measured);
  }
  return s;
}

int main(int argc, char **argv) {
  if (argc < 4) {
    fprintf(stderr, "usage: test_campaign EPISODES SEED PATH...\n");
    return 2;
  }
  int episodes = atoi(argv[1]);
  uint64_t seed = strtoull(argv[2], NULL, 10);
  struct bench_list list = {0};
  for (int i = 3; i < argc; ++i)
    bench_list_add(&list, argv[i]);
  if (list.n == 0 || episodes < 1) return 2;
  char cache_buf[1024];
  const char *cache = scratch_cache(cache_buf, sizeof cache_buf);
  struct mrl_env_measure_opts mo;
  test_measure_opts(&mo, cache);
  struct mrl_env_measurer *mm = NULL;
  struct mrl_err e = {{0}};
  CHECK(mrl_env_measurer_create(&mo, &mm, &e) == MRL_OK);
  struct mrl_measurer vt = mrl_env_measurer_vtable(mm);
  struct mrl_env_config cfg;
  mrl_env_config_default(&cfg); /* the artifact's grammar, as agents play it */
  cfg.img2col_action = 1;       /* and IC at the start of convolutions */
  struct mrl_env *envs[64] = {NULL};
  char ids[64][256], *texts[64] = {NULL};
  for (int b = 0; b < list.n; ++b) {
    bench_id(list.paths[b], ids[b], sizeof ids[b]);
    if (mrl_read_file(list.paths[b], &texts[b], NULL, &e) != MRL_OK ||
        mrl_env_create(&cfg, &envs[b], &e) != MRL_OK ||
        mrl_env_load(envs[b], texts[b], ids[b], &e) != MRL_OK) {
      fprintf(stderr, "%s: %s\n", ids[b], e.msg);
      return 1;
    }
    mrl_env_set_measurer(envs[b], &vt);
  }
  int counts[64][5] = {{0}};
  double best[64] = {0};
  char best_sched[64][512] = {{0}};
  for (int i = 0; i < episodes; ++i) {
    int b = i % list.n;
    struct mrl_step_result r;
    memset(&r, 0, sizeof r);
    if (play(envs[b], seed + (uint64_t)i, &r, &e) != MRL_OK) {
      fprintf(stderr, "%s: episode %d: %s\n", ids[b], i, e.msg);
      CHECK(0);
      continue;
    }
    const char *sched = mrl_env_schedule(envs[b]);
    enum mrl_measure_outcome o = check_episode(&cfg, &r, ids[b], sched);
    ++counts[b][o];
    if (o == MRL_MEASURE_OK && r.measurement.speedup > best[b]) {
      best[b] = r.measurement.speedup;
      snprintf(best_sched[b], sizeof best_sched[b], "%s", sched);
    }
  }
  int asked, cached;
  mrl_env_measurer_counts(mm, &asked, &cached);
  printf("%d episodes, %d measurements (%d answered by the cache)\n", episodes, asked, cached);
  for (int b = 0; b < list.n; ++b)
    printf("%-24s ok %d, transform_failed %d, exec_failed %d, wrong_answer %d, error %d; best %.3gx %s\n",
           ids[b], counts[b][0], counts[b][1], counts[b][2], counts[b][3], counts[b][4], best[b],
           best_sched[b]);
  mrl_env_measurer_destroy(mm);

  /* Wrong answers on purpose: the harness's test hook corrupts the candidate's checked
   * output, which must be caught and penalized whatever the schedule. */
  struct mrl_env_measure_opts po = mo;
  po.use_cache = 0;
  po.eval.perturb = 1;
  CHECK(mrl_env_measurer_create(&po, &mm, &e) == MRL_OK);
  vt = mrl_env_measurer_vtable(mm);
  for (int i = 0; i < 3 && i < list.n; ++i) {
    mrl_env_set_measurer(envs[i], &vt);
    struct mrl_step_result r;
    memset(&r, 0, sizeof r);
    CHECK(play(envs[i], seed + 1000 + (uint64_t)i, &r, &e) == MRL_OK);
    const struct mrl_measurement *m = &r.measurement;
    printf("perturbed %s: %s -> %s, reward %g\n", ids[i], mrl_env_schedule(envs[i]), m->outcome_name,
           r.reward);
    CHECK(m->outcome == MRL_MEASURE_WRONG_ANSWER || m->outcome == MRL_MEASURE_TRANSFORM_FAILED ||
          m->outcome == MRL_MEASURE_EXEC_FAILED);
    CHECK(!isfinite(m->speedup) && r.reward < 0);
  }
  mrl_env_measurer_destroy(mm);
  for (int b = 0; b < list.n; ++b) {
    mrl_env_close(envs[b]);
    free(texts[b]);
  }
  scratch_remove(cache);
  return CHECK_DONE();
}
