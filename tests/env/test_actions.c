/* Every action on every op of every benchmark given (the starter suite, plus the test
 * payloads): one schedule per action type, built through the environment's masks. Each
 * schedule's script must apply in-process (and do what it says: vector ops after V, an
 * scf.forall after TP/TF), and the candidate must compile, run and verify against the
 * default pipeline through the harness (mrl_evaluate, isolated workers).
 *
 * usage: test_actions PATH...   (directories stand for their *.mlir files) */
#include "common.h"

#include "bench.h"
#include "check.h"
#include "mlir.h"
#include "mlirrl_env.h"
#include "transform.h"

enum kind { K_NT, K_I, K_T, K_TP, K_TF, K_V, K_IC, K_COUNT };
static const char *const kind_names[] = {"NT", "I", "T", "TP", "TF", "V", "IC"};

/* The largest allowed tile choice of each loop, then smaller ones until the tile has at most
 * `limit` iterations (limit 0: no such bound). */
static void pick_tiles(struct mrl_env *env, int n, const int64_t *bounds, int64_t limit,
                       struct mrl_action *a) {
  const unsigned char *m = mrl_env_tile_mask(env);
  int tc = mrl_env_config(env)->tile_choices;
  for (int l = 0; l < n; ++l) {
    a->tile[l] = 0;
    for (int k = tc - 1; k > 0; --k)
      if (m[l * tc + k]) {
        a->tile[l] = k;
        break;
      }
  }
  for (;;) {
    int64_t prod = 1;
    int widest = -1, next = 0;
    int64_t wext = 0;
    for (int l = 0; l < n; ++l) {
      int64_t ext = a->tile[l] ? mrl_env_tile_size(a->tile[l]) : bounds[l];
      prod *= ext;
      int lower = 0; /* the next smaller allowed nonzero choice of this loop */
      for (int k = a->tile[l] - 1; k > 0 && !lower; --k)
        if (m[l * tc + k]) lower = k;
      if (lower && ext > wext) {
        wext = ext;
        widest = l;
        next = lower;
      }
    }
    if (limit == 0 || prod <= limit || widest < 0) return;
    a->tile[widest] = next;
  }
}

/* One op under kind k: returns 0 when the action is not allowed for this op. */
static int play_op(struct mrl_env *env, enum kind k) {
  struct mrl_env_op_info info;
  mrl_env_op(env, mrl_env_current(env), &info);
  const unsigned char *am = mrl_env_action_mask(env);
  struct mrl_action a;
  struct mrl_step_result r;
  struct mrl_err e = {{0}};
  memset(&a, 0, sizeof a);
  int used = 0;
  if (k == K_IC && am[MRL_ACTION_IC]) {
    /* img2col, then the matmul-like op tiled and vectorized; its img2col op (visited next)
     * gets the V kind below through the caller's loop. */
    a.type = MRL_ACTION_IC;
    CHECK(mrl_env_step(env, &a, &r, &e) == MRL_OK);
    play_op(env, K_V);
    return 1;
  }
  if (k == K_IC) k = K_V; /* the other ops of an IC schedule: tiled and vectorized */
  if (k == K_I && info.nloops > 1) {
    a.type = MRL_ACTION_I;
    for (int j = 0; j < info.nloops; ++j) { /* reversed loop order */
      a.interchange = info.nloops - 1 - j;
      CHECK(mrl_env_step(env, &a, &r, &e) == MRL_OK);
    }
    used = 1;
  } else if ((k == K_T || k == K_TP || k == K_TF) && am[k == K_T    ? MRL_ACTION_T
                                                        : k == K_TP ? MRL_ACTION_TP
                                                                    : MRL_ACTION_TF]) {
    a.type = k == K_T ? MRL_ACTION_T : k == K_TP ? MRL_ACTION_TP : MRL_ACTION_TF;
    pick_tiles(env, info.nloops, info.bounds, 0, &a);
    /* Half the largest sizes, so that several tiles exist along each tiled loop. */
    const unsigned char *tm = mrl_env_tile_mask(env);
    int tc = mrl_env_config(env)->tile_choices;
    for (int l = 0; l < info.nloops; ++l) {
      if (a.tile[l] > 1 && tm[l * tc + a.tile[l] - 1]) --a.tile[l];
      used |= a.tile[l] > 0;
    }
    if (k != K_T) used &= 0; /* a forall needs a parallel tile: checked below when any */
    for (int l = 0; k != K_T && l < info.nloops; ++l)
      used |= a.tile[l] > 0 && !info.reduction[l];
    CHECK(mrl_env_step(env, &a, &r, &e) == MRL_OK);
  } else if (k == K_V && am[MRL_ACTION_T]) {
    a.type = MRL_ACTION_T;
    pick_tiles(env, info.nloops, info.bounds, mrl_env_config(env)->vector_limit, &a);
    CHECK(mrl_env_step(env, &a, &r, &e) == MRL_OK);
    if (!mrl_env_done(env) && mrl_env_action_mask(env)[MRL_ACTION_V]) {
      memset(&a, 0, sizeof a);
      a.type = MRL_ACTION_V;
      CHECK(mrl_env_step(env, &a, &r, &e) == MRL_OK);
      return 1;
    }
  }
  if (e.msg[0]) fprintf(stderr, "  %s: %s\n", info.tag, e.msg);
  /* Finish the op if the action did not (NT is allowed at any step of the free grammar). */
  struct mrl_env_op_info now;
  if (!mrl_env_done(env) && mrl_env_op(env, mrl_env_current(env), &now) && !strcmp(now.tag, info.tag)) {
    memset(&a, 0, sizeof a);
    a.type = MRL_ACTION_NT;
    CHECK(mrl_env_step(env, &a, &r, &e) == MRL_OK);
  }
  return used;
}

static const char *expected_op(enum kind k) {
  switch (k) {
  case K_IC: return "vector."; /* the matmul-like op (and the rest) vectorized */
  case K_V: return "vector.";
  case K_TP:
  case K_TF: return "scf.forall";
  case K_T: return "scf.for";
  default: return NULL;
  }
}

static void to_file(MlirStringRef s, void *user) {
  fwrite(s.data, 1, s.length, (FILE *)user);
}

/* The script applies in-process and leaves the expected ops. */
static void check_applies(const char *bench_text, const char *script, enum kind k, const char *id, int used) {
  struct mrl_mlir *m = NULL;
  struct mrl_err e = {{0}};
  MlirModule mod = {NULL};
  CHECK(mrl_mlir_open(&m, &e) == MRL_OK);
  CHECK(mrl_bench_parse(m, bench_text, &mod, &e) == MRL_OK);
  enum mrl_status s = mrl_transform_apply(m, mod, script, &e);
  if (s != MRL_OK) fprintf(stderr, "  %s %s: %s\n", id, kind_names[k], e.msg);
  CHECK(s == MRL_OK);
  const char *want = used ? expected_op(k) : NULL;
  /* The gather's floordiv access defeats the vectorizer: V must be reverted, unpunished (the
   * run still has to verify), so no vector op is expected there. */
  int reverted = (k == K_V || k == K_IC) && !strcmp(id, "gather");
  if (reverted) want = NULL;
  if (s == MRL_OK && want) {
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    if (f) {
      mlirOperationPrint(mlirModuleGetOperation(mod), to_file, f);
      fclose(f);
    }
    if (!buf || !strstr(buf, want))
      fprintf(stderr, "  %s %s: no %s in the transformed payload\n", id, kind_names[k], want);
    CHECK(buf && strstr(buf, want));
    if (k == K_IC && buf && strstr(buf, "linalg.conv_2d"))
      fprintf(stderr, "  %s IC: a convolution is left\n", id);
    CHECK(k != K_IC || (buf && !strstr(buf, "linalg.conv_2d")));
    free(buf);
  }
  if (s == MRL_OK && reverted) {
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    if (f) {
      mlirOperationPrint(mlirModuleGetOperation(mod), to_file, f);
      fclose(f);
    }
    CHECK(buf && !strstr(buf, "vector.") && strstr(buf, "scf.for"));
    free(buf);
  }
  if (!mlirModuleIsNull(mod)) mlirModuleDestroy(mod);
  mrl_mlir_close(m);
}

int main(int argc, char **argv) {
  struct bench_list list = {0};
  for (int i = 1; i < argc; ++i)
    bench_list_add(&list, argv[i]);
  if (list.n == 0) {
    fprintf(stderr, "usage: test_actions PATH...\n");
    return 2;
  }
  char cache_buf[1024];
  const char *cache = scratch_cache(cache_buf, sizeof cache_buf);
  struct mrl_env_measure_opts mo;
  test_measure_opts(&mo, cache);
  struct mrl_env_measurer *mm = NULL;
  struct mrl_err e = {{0}};
  CHECK(mrl_env_measurer_create(&mo, &mm, &e) == MRL_OK);
  struct mrl_measurer vt = mrl_env_measurer_vtable(mm);
  struct mrl_env_config cfg;
  mrl_schedule_default_config(&cfg);
  cfg.img2col_action = 1;
  int runs = 0;
  for (int b = 0; b < list.n; ++b) {
    char id[256], *text = NULL;
    bench_id(list.paths[b], id, sizeof id);
    if (mrl_read_file(list.paths[b], &text, NULL, &e) != MRL_OK) {
      fprintf(stderr, "%s\n", e.msg);
      CHECK(0);
      continue;
    }
    struct mrl_env *env = NULL;
    if (mrl_env_create(&cfg, &env, &e) != MRL_OK || mrl_env_load(env, text, id, &e) != MRL_OK) {
      fprintf(stderr, "%s: %s\n", id, e.msg);
      CHECK(0);
      mrl_env_close(env);
      free(text);
      continue;
    }
    mrl_env_set_measurer(env, &vt);
    for (int k = 0; k < K_COUNT; ++k) {
      mrl_env_reset(env, NULL);
      int used = 0;
      while (!mrl_env_done(env))
        used += play_op(env, (enum kind)k);
      const char *sched = mrl_env_schedule(env);
      char *script = NULL;
      CHECK(mrl_env_script(env, &script, &e) == MRL_OK);
      if (script) check_applies(text, script, (enum kind)k, id, used);
      free(script);
      struct mrl_measurement m;
      double reward = 0;
      CHECK(mrl_env_measure(env, &m, &reward, &e) == MRL_OK);
      ++runs;
      printf("%-28s %-2s %-3s %-60s %s", id, kind_names[k], used ? "" : "(-)", sched, m.outcome_name);
      if (m.outcome == MRL_MEASURE_OK)
        printf(" %.3gx", m.speedup);
      else
        printf(": %s", m.error);
      printf("\n");
      fflush(stdout);
      CHECK(m.outcome == MRL_MEASURE_OK);
    }
    mrl_env_close(env);
    free(text);
  }
  mrl_env_measurer_destroy(mm);
  scratch_remove(cache);
  printf("%d schedules over %d benchmarks\n", runs, list.n);
  return CHECK_DONE();
}
