/* The environment without measuring: exact features, masks on awkward bounds, level pointers
 * and enumerated swaps, tiled fusion, the grammar, schedule text (round trips and precise
 * errors), scripts, and two environments in one process. argv[1]: tests/env/data. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench.h"
#include "check.h"
#include "mlirrl_env.h"

static const char *data_dir;

static char *read_bench(const char *name) {
  char path[1024];
  snprintf(path, sizeof path, "%s/%s.mlir", data_dir, name);
  char *text = NULL;
  struct mrl_err e;
  if (mrl_read_file(path, &text, NULL, &e) != MRL_OK) {
    fprintf(stderr, "%s\n", e.msg);
    exit(2);
  }
  return text;
}

static struct mrl_env *open_env(const char *name, const struct mrl_env_config *c) {
  struct mrl_env *env = NULL;
  struct mrl_err e = {{0}};
  char *text = read_bench(name);
  if (mrl_env_create(c, &env, &e) != MRL_OK || mrl_env_load(env, text, name, &e) != MRL_OK) {
    fprintf(stderr, "%s: %s\n", name, e.msg);
    exit(2);
  }
  free(text);
  return env;
}

static const int32_t *i32(struct mrl_env *env, const char *name) {
  const struct mrl_tensor_desc *d;
  const void *p = mrl_env_obs_tensor(env, name, &d);
  CHECK(p != NULL && d->dtype == MRL_DTYPE_I32);
  return p;
}

static const unsigned char *u8(struct mrl_env *env, const char *name) {
  const struct mrl_tensor_desc *d;
  const void *p = mrl_env_obs_tensor(env, name, &d);
  CHECK(p != NULL && d->dtype == MRL_DTYPE_U8);
  return p;
}

/* Row r of access matrix j of a loads/stores tensor, L + 1 columns (default limits). */
static const int32_t *row(const int32_t *m, int j, int r) {
  return m + ((size_t)j * 12 + r) * 13;
}

static int row_is(const int32_t *r, const int *want, int n, int cst) {
  for (int l = 0; l < n; ++l)
    if (r[l] != want[l]) return 0;
  for (int l = n; l < 12; ++l)
    if (r[l] != 0) return 0;
  return r[12] == cst;
}

static struct mrl_action act(enum mrl_action_type t) {
  struct mrl_action a;
  memset(&a, 0, sizeof a);
  a.type = t;
  return a;
}

static int tile_index(int64_t size) {
  for (int k = 0; k < 16; ++k)
    if (mrl_env_tile_size(k) == size) return k;
  return -1;
}

static struct mrl_action tiles(enum mrl_action_type t, int n, const int64_t *sizes) {
  struct mrl_action a = act(t);
  for (int l = 0; l < n; ++l)
    a.tile[l] = tile_index(sizes[l]);
  return a;
}

/* A step; refusals are expected by some checks, so they are not printed. */
static enum mrl_status step(struct mrl_env *env, struct mrl_action a) {
  struct mrl_step_result r;
  struct mrl_err e = {{0}};
  return mrl_env_step(env, &a, &r, &e);
}

/* The identity interchange, as many sub-steps as it takes. */
static void identity_interchange(struct mrl_env *env) {
  struct mrl_env_op_info info;
  mrl_env_op(env, mrl_env_current(env), &info);
  int n = info.nloops;
  for (int j = 0; j < n; ++j) {
    struct mrl_action a = act(MRL_ACTION_I);
    a.interchange = j;
    CHECK(step(env, a) == MRL_OK);
  }
}

/* ---------------------------------------------------------------- features */

static void test_features(void) {
  struct mrl_env_config c;
  mrl_env_config_default(&c);
  struct mrl_env *env = open_env("conv2d_nchw", &c);
  const int32_t *loads = i32(env, "op.loads");
  int oh[] = {0, 0, 1, 0, 0, 1, 0}, ow[] = {0, 0, 0, 1, 0, 0, 1}, f[] = {0, 1, 0, 0, 0, 0, 0};
  CHECK(row_is(row(loads, 0, 2), oh, 7, 0)); /* input H: d2 + d5 */
  CHECK(row_is(row(loads, 0, 3), ow, 7, 0));
  CHECK(row_is(row(loads, 1, 0), f, 7, 0)); /* filter F: d1 */
  CHECK(i32(env, "op.nloads")[0] == 2 && i32(env, "op.nstores")[0] == 1);
  CHECK(u8(env, "op.kind")[2] == 1); /* conv */
  CHECK(i32(env, "op.arith")[0] == 1 && i32(env, "op.arith")[2] == 1);
  const unsigned char *par = u8(env, "op.parallel");
  CHECK(par[0] && par[3] && !par[4] && !par[6] && !par[7]);
  const float *bn;
  const struct mrl_tensor_desc *d;
  bn = mrl_env_obs_tensor(env, "op.bounds_norm", &d);
  CHECK(bn && bn[1] == 16.0f / 4096.0f);
  CHECK(u8(env, "producer.present")[0] == 0);
  mrl_env_close(env);

  env = open_env("maxpool", &c);
  loads = i32(env, "op.loads");
  int h[] = {0, 0, 2, 0, 1, 0};
  CHECK(row_is(row(loads, 0, 2), h, 6, 0)); /* d2 * 2 + d4 */
  CHECK(u8(env, "op.kind")[3] == 1);        /* pooling */
  CHECK(i32(env, "op.arith")[5] == 1);      /* max */
  mrl_env_close(env);

  env = open_env("stencil", &c);
  loads = i32(env, "op.loads");
  int one[] = {1}, zero[] = {0};
  CHECK(row_is(row(loads, 0, 0), one, 1, 0));
  CHECK(row_is(row(loads, 1, 0), one, 1, 1));  /* d0 + 1: coefficient 1, constant 1 apart */
  CHECK(row_is(row(loads, 2, 0), one, 1, 2));  /* d0 + 2 */
  CHECK(row_is(row(loads, 3, 0), zero, 1, 3)); /* the constant index 3 */
  CHECK(i32(env, "op.arith")[0] == 1 && i32(env, "op.arith")[1] == 1 && i32(env, "op.arith")[2] == 1);
  mrl_env_close(env);

  env = open_env("chain", &c);
  CHECK(mrl_env_num_ops(env) == 4);
  struct mrl_env_op_info info;
  mrl_env_op(env, 0, &info);
  CHECK(!strcmp(info.tag, "op3") && !strcmp(info.name, "linalg.generic") && info.producer &&
        !strcmp(info.producer, "op2"));
  CHECK(u8(env, "producer.present")[0] == 1 && u8(env, "producer.kind")[4] == 1); /* linalg.add */
  mrl_env_op(env, 2, &info);
  CHECK(!strcmp(info.name, "linalg.matmul") && info.producer &&
        !strcmp(info.producer, "op0")); /* fill via outs */
  mrl_env_op(env, 3, &info);
  CHECK(!strcmp(info.name, "linalg.fill") && info.producer == NULL);
  mrl_env_close(env);
}

/* Tensor shapes depend on the configuration only. */
static void test_shapes(void) {
  struct mrl_env_config c;
  mrl_env_config_default(&c);
  struct mrl_env *a = open_env("matmul", &c), *b = open_env("conv2d_nhwc", &c);
  CHECK(mrl_env_obs_bytes(a) == mrl_env_obs_bytes(b) && mrl_env_obs_count(a) == mrl_env_obs_count(b));
  const struct mrl_tensor_desc *d;
  mrl_env_obs_tensor(a, "op.loads", &d);
  CHECK(d && d->rank == 3 && d->shape[0] == 7 && d->shape[1] == 12 && d->shape[2] == 13);
  mrl_env_obs_tensor(a, "mask.tile", &d);
  CHECK(d && d->rank == 2 && d->shape[0] == 12 && d->shape[1] == 8);
  mrl_env_obs_tensor(a, "history.interchange", &d);
  CHECK(d && d->rank == 3 && d->shape[0] == 5 && d->shape[1] == 12 && d->shape[2] == 12);
  mrl_env_obs_tensor(a, "mask.interchange", &d);
  CHECK(d && d->count == 12);
  mrl_env_close(a);
  mrl_env_close(b);
  c.max_loops = 16;
  c.interchange = MRL_INTERCHANGE_ENUMERATED;
  c.max_steps = 7;
  a = open_env("matmul", &c);
  mrl_env_obs_tensor(a, "mask.interchange", &d);
  CHECK(d && d->count == 3 * 16 - 6);
  mrl_env_obs_tensor(a, "history.tile", &d);
  CHECK(d && d->shape[0] == 7 && d->shape[1] == 16);
  mrl_env_close(a);
}

/* ---------------------------------------------------------------- masks */

static void expect_tiles(struct mrl_env *env, int loop, const int64_t *sizes, int n) {
  const unsigned char *m = mrl_env_tile_mask(env);
  unsigned char want[8] = {0};
  for (int i = 0; i < n; ++i)
    want[tile_index(sizes[i])] = 1;
  for (int k = 0; k < 8; ++k)
    if (m[loop * 8 + k] != want[k]) {
      fprintf(stderr, "  loop %d: tile size %lld mask %d, expected %d\n", loop,
              (long long)mrl_env_tile_size(k), m[loop * 8 + k], want[k]);
      CHECK(m[loop * 8 + k] == want[k]);
    }
}

static void test_masks(void) {
  struct mrl_env_config c;
  mrl_env_config_default(&c);
  struct mrl_env *env = open_env("awkward", &c); /* 7 x 12 x 56 x 112 */
  const unsigned char *am = mrl_env_action_mask(env);
  CHECK(am[MRL_ACTION_I] && !am[MRL_ACTION_T] && !am[MRL_ACTION_NT] && !am[MRL_ACTION_V]); /* step 0: I */
  int64_t m7[] = {0, 1}, m12[] = {0, 1, 2, 4}, m56[] = {0, 1, 2, 4, 8}, m112[] = {0, 1, 2, 4, 8, 16},
          none[] = {0};
  expect_tiles(env, 0, m7, 2);
  expect_tiles(env, 1, m12, 4);
  expect_tiles(env, 2, m56, 5);
  expect_tiles(env, 3, m112, 6);
  expect_tiles(env, 4, none, 1); /* no such loop */
  identity_interchange(env);
  am = mrl_env_action_mask(env);
  CHECK(am[MRL_ACTION_T] && am[MRL_ACTION_TP] && !am[MRL_ACTION_TF] && !am[MRL_ACTION_I] &&
        !am[MRL_ACTION_NT]);
  CHECK(!am[MRL_ACTION_V]); /* 7 * 12 * 56 * 112 iterations */
  /* Out-of-mask sizes are refused and change nothing. */
  int64_t bad[] = {0, 8, 0, 0};
  CHECK(step(env, tiles(MRL_ACTION_T, 4, bad)) == MRL_EINVAL);
  int64_t t1[] = {0, 4, 8, 16};
  CHECK(step(env, tiles(MRL_ACTION_T, 4, t1)) == MRL_OK);
  int64_t a7[] = {0, 1}, a4[] = {0, 1, 2}, a8[] = {0, 1, 2, 4}, a16[] = {0, 1, 2, 4, 8};
  expect_tiles(env, 0, a7, 2);
  expect_tiles(env, 1, a4, 3);
  expect_tiles(env, 2, a8, 4);
  expect_tiles(env, 3, a16, 5);
  am = mrl_env_action_mask(env);
  CHECK(!am[MRL_ACTION_TP] && !am[MRL_ACTION_V] && am[MRL_ACTION_NT]); /* tiled; 3584 iterations */
  int64_t t2[] = {1, 2, 4, 8};
  CHECK(step(env, tiles(MRL_ACTION_T, 4, t2)) == MRL_OK); /* 64 iterations */
  am = mrl_env_action_mask(env);
  CHECK(am[MRL_ACTION_V] && am[MRL_ACTION_NT] && !am[MRL_ACTION_T]); /* step 3: V or NT */
  mrl_env_close(env);

  /* floordiv/mod in an access: tile sizes must be multiples of the divisor. */
  env = open_env("gather", &c); /* O[i][j] = A[i floordiv 4][j], 64 x 32 */
  int64_t g0[] = {0, 4, 8, 16, 32}, g1[] = {0, 1, 2, 4, 8, 16};
  expect_tiles(env, 0, g0, 5);
  expect_tiles(env, 1, g1, 6);
  mrl_env_close(env);
  char *gtext = read_bench("gather"), *gscript = NULL;
  struct mrl_err ge = {{0}};
  CHECK(mrl_schedule_to_script(gtext, "T(2,0)", NULL, &gscript, &ge) == MRL_ESCHEDULE &&
        strstr(ge.msg, "tile size 2 for loop 0 is not a multiple of 4"));
  free(gtext);

  /* The vector limit is inclusive. */
  env = open_env("matmul", &c); /* 64 x 48 x 32 */
  identity_interchange(env);
  int64_t t512[] = {8, 8, 8}, t1024[] = {16, 8, 8};
  CHECK(step(env, tiles(MRL_ACTION_T, 3, t1024)) == MRL_OK);
  CHECK(!mrl_env_action_mask(env)[MRL_ACTION_V]);
  mrl_env_reset(env, NULL);
  identity_interchange(env);
  CHECK(step(env, tiles(MRL_ACTION_T, 3, t512)) == MRL_OK);
  CHECK(mrl_env_action_mask(env)[MRL_ACTION_V]);
  CHECK(step(env, act(MRL_ACTION_V)) == MRL_OK && mrl_env_done(env));
  mrl_env_close(env);

  /* An interchanged convolution can no longer be decomposed, so V is masked. */
  mrl_schedule_default_config(&c);
  c.vector_limit = 1 << 30;
  env = open_env("conv2d_nhwc", &c);
  CHECK(mrl_env_action_mask(env)[MRL_ACTION_V]);
  struct mrl_action a = act(MRL_ACTION_I);
  int perm[] = {1, 0, 2, 3, 4, 5, 6};
  for (int j = 0; j < 7; ++j) {
    a.interchange = perm[j];
    CHECK(step(env, a) == MRL_OK);
  }
  CHECK(!mrl_env_action_mask(env)[MRL_ACTION_V]);
  mrl_env_close(env);
}

static void test_grammar(void) {
  struct mrl_env_config c;
  struct mrl_env *env = NULL;
  struct mrl_err e = {{0}};
  mrl_env_config_default(&c);
  snprintf(c.grammar, sizeof c.grammar, "I;T,X");
  CHECK(mrl_env_create(&c, &env, &e) == MRL_ECONFIG && strstr(e.msg, "unknown action 'X'"));
  snprintf(c.grammar, sizeof c.grammar, "T,TP;!T,TP;V,NT");
  CHECK(mrl_env_create(&c, &env, &e) == MRL_OK);
  char *text = read_bench("matmul");
  CHECK(mrl_env_load(env, text, "matmul", &e) == MRL_OK);
  free(text);
  const unsigned char *m = mrl_env_action_mask(env);
  CHECK(m[MRL_ACTION_T] && m[MRL_ACTION_TP] && !m[MRL_ACTION_I] && !m[MRL_ACTION_V] && !m[MRL_ACTION_NT]);
  int64_t t[] = {8, 8, 8};
  CHECK(step(env, tiles(MRL_ACTION_TP, 3, t)) == MRL_OK);
  m = mrl_env_action_mask(env);
  CHECK(!m[MRL_ACTION_T] && !m[MRL_ACTION_TP] && m[MRL_ACTION_I] && m[MRL_ACTION_V] && m[MRL_ACTION_NT]);
  mrl_env_close(env);
}

/* ---------------------------------------------------------------- interchange */

static uint64_t rng_state = 88172645463325252ull;
static int rnd(int n) {
  rng_state ^= rng_state << 13;
  rng_state ^= rng_state >> 7;
  rng_state ^= rng_state << 17;
  return (int)(rng_state % (uint64_t)n);
}

static void test_level_pointers(void) {
  struct mrl_env_config c;
  mrl_env_config_default(&c);
  struct mrl_env *env = open_env("conv2d_nchw", &c);
  for (int trial = 0; trial < 200; ++trial) {
    mrl_env_reset(env, NULL);
    struct mrl_env_op_info info;
    mrl_env_op(env, 0, &info);
    int n = info.nloops, chosen[12], used[12] = {0};
    int64_t before[12];
    for (int l = 0; l < n; ++l)
      before[l] = info.bounds[l];
    for (int j = 0; j < n; ++j) {
      const unsigned char *am = mrl_env_action_mask(env);
      int nmask;
      const unsigned char *im = mrl_env_interchange_mask(env, &nmask);
      /* Only I while the permutation is incomplete; picked loops hidden. */
      CHECK(am[MRL_ACTION_I] && !am[MRL_ACTION_T] && !am[MRL_ACTION_NT]);
      int free_loops = 0;
      for (int l = 0; l < nmask; ++l) {
        CHECK(im[l] == (l < n && !used[l]));
        free_loops += im[l];
      }
      CHECK(free_loops == n - j);
      /* The partial permutation is in the history, row by row. */
      const unsigned char *h = u8(env, "history.interchange");
      for (int k = 0; k < j; ++k)
        CHECK(h[k * 12 + chosen[k]] == 1);
      CHECK(i32(env, "state.interchange_position")[0] == j);
      int pick = rnd(n - j), l = 0;
      for (;; ++l)
        if (!used[l] && pick-- == 0) break;
      chosen[j] = l;
      used[l] = 1;
      struct mrl_action a = act(MRL_ACTION_I);
      a.interchange = l;
      CHECK(step(env, a) == MRL_OK);
      if (j + 1 < n) {
        /* A picked loop cannot be picked again. */
        CHECK(step(env, a) == MRL_EINVAL);
      }
    }
    mrl_env_op(env, 0, &info);
    int seen[12] = {0};
    for (int l = 0; l < n; ++l) {
      CHECK(info.perm[l] == chosen[l]);
      CHECK(info.bounds[l] == before[chosen[l]]);
      seen[info.perm[l]]++;
    }
    for (int l = 0; l < n; ++l)
      CHECK(seen[l] == 1);
    const unsigned char *h = u8(env, "history.interchange");
    for (int r = 0; r < 12; ++r) {
      int ones = 0;
      for (int col = 0; col < 12; ++col)
        ones += h[r * 12 + col];
      CHECK(ones == (r < n));
    }
    CHECK(i32(env, "state.step")[0] == 1);
  }
  mrl_env_close(env);
}

static void test_enumerated(void) {
  struct mrl_env_config c;
  mrl_env_config_default(&c);
  c.interchange = MRL_INTERCHANGE_ENUMERATED;
  struct mrl_env *env = open_env("matmul", &c);
  int n;
  const unsigned char *m = mrl_env_interchange_mask(env, &n);
  CHECK(n == 30);
  for (int k = 0; k < n; ++k)
    CHECK(m[k] == (k == 0 || k == 1 || k == 11)); /* (0 1), (1 2), (0 2) */
  struct mrl_action a = act(MRL_ACTION_I);
  a.interchange = 2; /* (2 3): no such loop */
  CHECK(step(env, a) == MRL_EINVAL);
  a.interchange = 11;
  CHECK(step(env, a) == MRL_OK);
  struct mrl_env_op_info info;
  mrl_env_op(env, 0, &info);
  CHECK(info.perm[0] == 2 && info.perm[1] == 1 && info.perm[2] == 0);
  CHECK(!strcmp(mrl_env_schedule(env), "I(2,1,0)"));
  mrl_env_close(env);
  /* A 7-loop op has 6 + 5 + 4 candidates. */
  env = open_env("conv2d_nchw", &c);
  m = mrl_env_interchange_mask(env, &n);
  int count = 0;
  for (int k = 0; k < n; ++k)
    count += m[k];
  CHECK(count == 15);
  /* Replay accepts swaps only. */
  struct mrl_err e = {{0}};
  mrl_env_close(env);
  mrl_schedule_default_config(&c);
  c.interchange = MRL_INTERCHANGE_ENUMERATED;
  env = open_env("matmul", &c);
  CHECK(mrl_env_replay(env, "I(0,2,1)NT", &e) == MRL_OK);
  CHECK(mrl_env_replay(env, "I(1,2,0)NT", &e) == MRL_ESCHEDULE && strstr(e.msg, "enumerated swaps"));
  mrl_env_close(env);
}

/* ---------------------------------------------------------------- fusion */

static void test_fusion(void) {
  struct mrl_env_config c;
  mrl_schedule_default_config(&c);
  struct mrl_env *env = open_env("chain", &c);
  CHECK(mrl_env_action_mask(env)[MRL_ACTION_TF]);
  int64_t t[] = {16, 8};
  CHECK(step(env, tiles(MRL_ACTION_TF, 2, t)) == MRL_OK);
  CHECK(step(env, act(MRL_ACTION_NT)) == MRL_OK);
  /* The fused add is next, with the tile's bounds; the original add is gone. */
  CHECK(mrl_env_num_ops(env) == 4 && mrl_env_current(env) == 1);
  struct mrl_env_op_info info;
  mrl_env_op(env, 1, &info);
  CHECK(!strcmp(info.tag, "op2_op3") && info.fused && info.bounds[0] == 16 && info.bounds[1] == 8);
  CHECK(info.bounds_orig[0] == 64 && info.bounds_orig[1] == 48);
  CHECK(u8(env, "state.fused")[0] == 1 && u8(env, "producer.present")[0] == 0);
  const unsigned char *m = mrl_env_action_mask(env);
  CHECK(!m[MRL_ACTION_TP] && !m[MRL_ACTION_TF] && m[MRL_ACTION_T]); /* already tiled by the fusion */
  CHECK(step(env, act(MRL_ACTION_NT)) == MRL_OK);
  mrl_env_op(env, 2, &info);
  CHECK(!strcmp(info.tag, "op1") && !strcmp(info.name, "linalg.matmul"));
  /* TF with no parallel tile is plain TP (nothing to fuse into). */
  int64_t red[] = {0, 0, 8};
  CHECK(step(env, tiles(MRL_ACTION_TF, 3, red)) == MRL_OK);
  CHECK(step(env, act(MRL_ACTION_NT)) == MRL_OK);
  CHECK(!strcmp(mrl_env_schedule(env), "TF(16,8)NT|NT|TP(0,0,8)NT"));
  mrl_env_op(env, 3, &info);
  CHECK(!strcmp(info.tag, "op0") && !info.fused);
  CHECK(step(env, act(MRL_ACTION_NT)) == MRL_OK && mrl_env_done(env));
  /* The fill fused into the matmul's forall. */
  struct mrl_err e = {{0}};
  CHECK(mrl_env_replay(env, "NT|NT|TF(32,16,0)NT|T(4,4)", &e) == MRL_OK);
  mrl_env_op(env, 3, &info);
  CHECK(!strcmp(info.tag, "op0_op1") && info.bounds[0] == 4 && info.bounds[1] == 4);
  CHECK(mrl_env_num_ops(env) == 4);
  char *script = NULL;
  CHECK(mrl_env_script(env, &script, &e) == MRL_OK && script && strstr(script, "fuse_into_containing_op") &&
        strstr(script, "\"op0_op1\""));
  free(script);
  mrl_env_close(env);
}

/* ---------------------------------------------------------------- schedules */

static void test_roundtrip(void) {
  static const char *const names[] = {"matmul", "conv2d_nchw", "conv2d_nhwc", "maxpool", "add",
                                      "relu",   "chain",       "awkward",     "stencil"};
  struct mrl_env_config c;
  mrl_env_config_default(&c);
  int checked = 0;
  for (size_t b = 0; b < sizeof names / sizeof names[0]; ++b) {
    struct mrl_env *agent = open_env(names[b], &c), *replay = open_env(names[b], &c);
    uint64_t rng = 1 + b;
    for (int ep = 0; ep < 40; ++ep) {
      struct mrl_err e = {{0}};
      mrl_env_reset(agent, NULL);
      while (!mrl_env_done(agent)) {
        struct mrl_action a;
        struct mrl_step_result r;
        CHECK(mrl_env_random_action(agent, &rng, &a, &e) == MRL_OK);
        if (mrl_env_step(agent, &a, &r, &e) != MRL_OK) {
          fprintf(stderr, "  %s: random action refused: %s\n", names[b], e.msg);
          CHECK(0);
          break;
        }
      }
      char *text = strdup(mrl_env_schedule(agent));
      char *s1 = NULL, *s2 = NULL;
      CHECK(mrl_env_script(agent, &s1, &e) == MRL_OK);
      if (mrl_env_replay(replay, text, &e) != MRL_OK) {
        fprintf(stderr, "  %s: replay of '%s' failed: %s\n", names[b], text, e.msg);
        CHECK(0);
      } else {
        CHECK(mrl_env_done(replay));
        CHECK(!strcmp(mrl_env_schedule(replay), text));
        CHECK(mrl_env_script(replay, &s2, &e) == MRL_OK && s1 && s2 && !strcmp(s1, s2));
        ++checked;
      }
      free(s1);
      free(s2);
      free(text);
    }
    mrl_env_close(agent);
    mrl_env_close(replay);
  }
  CHECK(checked == 9 * 40);
}

static void expect_error(const char *bench, const char *schedule, const char *want1, const char *want2) {
  char *text = read_bench(bench), *script = NULL;
  struct mrl_err e = {{0}};
  enum mrl_status s = mrl_schedule_to_script(text, schedule, NULL, &script, &e);
  free(text);
  free(script);
  int ok =
      s == MRL_ESCHEDULE && strstr(e.msg, want1) && (!want2 || strstr(e.msg, want2)) && !strchr(e.msg, '\n');
  if (!ok) fprintf(stderr, "  %s '%s': got [%s] %s\n", bench, schedule, mrl_status_name(s), e.msg);
  CHECK(ok);
}

static void test_errors(void) {
  expect_error("matmul", "I(2,0,1", "column 8", "expected ',' or ')'");
  expect_error("matmul", "I(2,0,1)X", "column 9", "expected an action");
  expect_error("matmul", "T32,0,64)", "column 2", "expected '(' after T");
  expect_error("matmul", "T(32,,64)", "column 6", "expected a number after ','");
  expect_error("matmul", "V(1)", "column 2", "V takes no parameters");
  expect_error("matmul", "T(32,0)", "column 1", "has 3 loops (64x48x32), got 2 values");
  expect_error("matmul", "T(3,0,0)", "column 1", "tile size 3 of loop 0 is not a choice");
  expect_error("matmul", "NT T(8,0,0)", "column 4", "op0 is already finished");
  expect_error("matmul", "T(64,0,0)", "column 1",
               "tile size 64 for loop 0 must divide its bound 64 and be smaller");
  expect_error("matmul", "T(32,0,0)T(0,0,0)T(64,0,0)", "column 18", "must divide its bound 32");
  expect_error("matmul", "TP(8,8,8) T(4,4,4) VNT", "column 21", "already finished");
  expect_error("matmul", "I(0,0,1)", "column 1", "not a permutation");
  expect_error("matmul", "NTT(8,8,8)", "column 3", "already finished");
  expect_error("matmul", "NT|NT", "column 4", "segment 2, but the benchmark has only 1 ops");
  expect_error("matmul", "T(8,8,8)TP(8,8,8)", "column 9", "only allowed before any tiling");
  expect_error("matmul", "TF(8,8,8)", "column 1", "no producer");
  expect_error("matmul", "V", "column 1", "more than the vector limit 512");
  expect_error("chain", "NT", "column 3", "expected '|' and the actions of op2");
  expect_error("chain", "NT|NT|NT|NT|NT", "column 13", "only 4 ops");
  expect_error("conv2d_nhwc", "I(1,0,2,3,4,5,6)T(1,0,1,1,0,0,1)V", "column 33", "interchanged convolution");
  /* The configured grammar applies when asked for. */
  char *text = read_bench("matmul"), *script = NULL;
  struct mrl_err e = {{0}};
  struct mrl_env_config c;
  mrl_env_config_default(&c);
  CHECK(mrl_schedule_to_script(text, "T(8,8,8)V", &c, &script, &e) == MRL_ESCHEDULE &&
        strstr(e.msg, "not allowed at step 0 by the grammar (allowed: I)"));
  CHECK(mrl_schedule_to_script(text, "I(0,1,2)T(8,8,8)V", &c, &script, &e) == MRL_OK && script);
  free(script);
  /* Whitespace between tokens is allowed. */
  CHECK(mrl_schedule_to_script(text, " T( 8, 8 ,8 ) V ", NULL, &script, &e) == MRL_OK);
  free(script);
  free(text);
}

static void test_script(void) {
  char *text = read_bench("matmul"), *script = NULL;
  struct mrl_err e = {{0}};
  /* No transformation: a valid script that does nothing. */
  CHECK(mrl_schedule_to_script(text, "NT", NULL, &script, &e) == MRL_OK);
  CHECK(script && strstr(script, "@__transform_main") && !strstr(script, "split_handle"));
  free(script);
  CHECK(mrl_schedule_to_script(text, "I(0,1,2)T(0,0,0)NT", NULL, &script, &e) == MRL_OK);
  CHECK(script && !strstr(script, "interchange") && !strstr(script, "tile_using"));
  free(script);
  CHECK(mrl_schedule_to_script(text, "I(2,0,1)TP(8,0,16)T(4,8,0)V", NULL, &script, &e) == MRL_OK);
  CHECK(script && strstr(script, "iterator_interchange = [2, 0, 1]") &&
        strstr(script, "tile_sizes [0, 0, 16]") && strstr(script, "tile_using_for %h") &&
        strstr(script, "tile_sizes [8, 0, 0]") && strstr(script, "tile_sizes [4, 8, 0]") &&
        strstr(script, "transform.structured.vectorize") &&
        strstr(script, "lowering_strategy = \"outerproduct\""));
  /* The reduction loop (now first) goes to the forall's inner for loop, the rest to forall. */
  CHECK(script && strstr(script, "tile_using_forall %h") &&
        strstr(script,
               "tile_sizes [0, 0, 16] : (!transform.any_op) -> (!transform.any_op, !transform.any_op)"));
  free(script);
  free(text);
  /* Decomposition before vectorizing a convolution: tile the output row and window row by 1. */
  text = read_bench("conv2d_nchw");
  CHECK(mrl_schedule_to_script(text, "T(0,4,2,4,1,0,0)V", NULL, &script, &e) == MRL_OK);
  CHECK(script && strstr(script, "tile_sizes [0, 0, 1, 0, 0, 1, 0]") &&
        strstr(script, "structured.decompose"));
  free(script);
  free(text);
  /* img2col at load: two generic ops, the conversion first in the script. */
  struct mrl_env_config c;
  mrl_schedule_default_config(&c);
  c.img2col = 1;
  struct mrl_env *env = open_env("conv2d_nhwc", &c);
  CHECK(mrl_env_num_ops(env) == 2);
  struct mrl_env_op_info info;
  mrl_env_op(env, 0, &info);
  CHECK(!strcmp(info.name, "linalg.generic") && info.nloops == 4 && info.producer &&
        !strcmp(info.producer, "op0"));
  CHECK(mrl_env_replay(env, "T(0,64,8,0)NT|T(0,16,0)NT", &e) == MRL_OK);
  CHECK(mrl_env_script(env, &script, &e) == MRL_OK && script && strstr(script, "convert_conv2d_to_img2col"));
  free(script);
  mrl_env_close(env);
}

/* Ops beyond the limits are left out, each with its reason, never truncated. */
static void test_skipped(void) {
  struct mrl_env_config c;
  mrl_schedule_default_config(&c);
  c.max_loops = 2;
  struct mrl_env *env = open_env("chain", &c);
  CHECK(mrl_env_num_ops(env) == 3 && mrl_env_num_skipped(env) == 1);
  const char *why = NULL;
  const char *name = mrl_env_skipped(env, 0, &why);
  CHECK(name && !strcmp(name, "linalg.matmul") && why && strstr(why, "3 loops > max_loops 2"));
  struct mrl_env_op_info info;
  mrl_env_op(env, 1, &info);
  CHECK(!strcmp(info.tag, "op2") && info.producer == NULL); /* its producer is the skipped matmul */
  CHECK(step(env, act(MRL_ACTION_NT)) == MRL_OK);
  CHECK(!mrl_env_action_mask(env)[MRL_ACTION_TF]);
  /* The matmul is untouched by the script, the others found by their positions. */
  struct mrl_err e = {{0}};
  char *script = NULL;
  CHECK(mrl_env_replay(env, "T(8,8)NT|T(8,8)NT|T(8,8)NT", &e) == MRL_OK);
  CHECK(mrl_env_script(env, &script, &e) == MRL_OK && script && !strstr(script, "\"op1\"") &&
        strstr(script, "\"op0\"") && strstr(script, "\"op3\""));
  free(script);
  mrl_env_close(env);
  /* Nothing left: a clear error. */
  c.max_loops = 6;
  char *text = read_bench("conv2d_nchw");
  CHECK(mrl_env_create(&c, &env, &e) == MRL_OK);
  CHECK(mrl_env_load(env, text, "conv", &e) == MRL_EUNSUPPORTED && strstr(e.msg, "7 loops > max_loops 6"));
  mrl_env_close(env);
  free(text);
}

/* IC: the convolution becomes its img2col form; the img2col op is visited next. */
static void test_img2col_action(void) {
  struct mrl_env_config c;
  mrl_env_config_default(&c);
  c.img2col_action = 1;
  struct mrl_env *env = open_env("conv2d_nhwc", &c);
  const struct mrl_tensor_desc *d;
  mrl_env_obs_tensor(env, "mask.action", &d);
  CHECK(d && d->count == 7);
  const unsigned char *m = mrl_env_action_mask(env);
  CHECK(m[MRL_ACTION_I] && m[MRL_ACTION_IC] && !m[MRL_ACTION_T]);
  CHECK(step(env, act(MRL_ACTION_IC)) == MRL_OK);
  struct mrl_env_op_info info;
  CHECK(mrl_env_num_ops(env) == 2 && mrl_env_current(env) == 0);
  mrl_env_op(env, 0, &info);
  CHECK(!strcmp(info.tag, "op0") && !strcmp(info.name, "linalg.generic") && info.nloops == 4);
  CHECK(info.bounds[1] == 256 && info.bounds[3] == 72 && info.reduction[3]);
  CHECK(info.producer && !strcmp(info.producer, "op0_col"));
  CHECK(u8(env, "state.img2col")[0] == 1 && i32(env, "state.step")[0] == 0);
  m = mrl_env_action_mask(env);
  CHECK(m[MRL_ACTION_I] && !m[MRL_ACTION_IC]); /* once; the grammar's step 0 still applies */
  mrl_env_op(env, 1, &info);
  CHECK(!strcmp(info.tag, "op0_col") && info.nloops == 3);
  mrl_env_close(env);
  /* Text, replay and script. */
  mrl_schedule_default_config(&c);
  c.img2col_action = 1;
  env = open_env("conv2d_nhwc", &c);
  struct mrl_err e = {{0}};
  /* (LLVM 22's img2col op divides its window loop by 9: not tileable there, so NT.) */
  CHECK(mrl_env_replay(env, "IC TF(0,32,8,0)T(0,8,4,8)V|NT", &e) == MRL_OK);
  CHECK(!strcmp(mrl_env_schedule(env), "ICTF(0,32,8,0)T(0,8,4,8)V|NT"));
  mrl_env_op(env, 1, &info);
  CHECK(!strcmp(info.tag, "op0_col_op0") && info.fused && info.bounds[1] == 32 && info.bounds[2] == 72);
  char *script = NULL;
  CHECK(mrl_env_script(env, &script, &e) == MRL_OK && script && strstr(script, "convert_conv2d_to_img2col") &&
        strstr(script, "get_producer_of_operand") && strstr(script, "\"op0_col_op0\""));
  free(script);
  CHECK(mrl_env_replay(env, "T(0,4,4,4,0,0,0)IC", &e) == MRL_ESCHEDULE &&
        strstr(e.msg, "only before any other action"));
  mrl_env_close(env);
  /* Without the option, IC is refused. */
  mrl_schedule_default_config(&c);
  env = open_env("conv2d_nhwc", &c);
  mrl_env_obs_tensor(env, "mask.action", &d);
  CHECK(d && d->count == 6);
  CHECK(mrl_env_replay(env, "IC", &e) == MRL_ESCHEDULE && strstr(e.msg, "not enabled"));
  mrl_env_close(env);
}

/* Two environments side by side, stepped alternately, stay independent. */
static void test_two_envs(void) {
  struct mrl_env_config c;
  mrl_schedule_default_config(&c);
  struct mrl_env *a = open_env("matmul", &c), *b = open_env("chain", &c);
  int64_t ta[] = {8, 8, 8}, tb[] = {16, 16};
  CHECK(step(a, tiles(MRL_ACTION_T, 3, ta)) == MRL_OK);
  CHECK(step(b, tiles(MRL_ACTION_TF, 2, tb)) == MRL_OK);
  CHECK(step(a, act(MRL_ACTION_V)) == MRL_OK);
  CHECK(step(b, act(MRL_ACTION_V)) == MRL_OK);
  CHECK(mrl_env_done(a) && !mrl_env_done(b));
  CHECK(!strcmp(mrl_env_schedule(a), "T(8,8,8)V"));
  CHECK(!strcmp(mrl_env_schedule(b), "TF(16,16)V"));
  mrl_env_close(a);
  CHECK(step(b, act(MRL_ACTION_V)) == MRL_OK);
  CHECK(!strcmp(mrl_env_schedule(b), "TF(16,16)V|V"));
  mrl_env_close(b);
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: test_env DATA_DIR\n");
    return 2;
  }
  data_dir = argv[1];
  test_features();
  test_shapes();
  test_masks();
  test_grammar();
  test_level_pointers();
  test_enumerated();
  test_fusion();
  test_roundtrip();
  test_errors();
  test_script();
  test_skipped();
  test_img2col_action();
  test_two_envs();
  return CHECK_DONE();
}
