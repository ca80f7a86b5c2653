/* The PPO agent's weights file (agents/weights.h): a saved network loads back bit for bit with
 * its configuration, features and extra tensors; a truncated, corrupted, foreign or newer file
 * and a missing tensor are one-line errors; layout differences are named.
 *
 * Usage: test_weights SCRATCH_DIR */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "weights.h"

static char path[4096];

static struct mrl_policy *make(void) {
  struct mrl_policy_config c = {.op_dim = 6, .state_dim = 4, .embed = 5, .nhidden = 2, .hidden = {7, 3},
                                .ntypes = 7, .max_loops = 3, .tile_choices = 4, .nich = 3};
  struct mrl_policy *p = NULL;
  CHECK(mrl_policy_create(&c, 4, 3, &p, NULL) == MRL_OK);
  return p;
}

static long file_size(const char *p) {
  FILE *f = fopen(p, "rb");
  if (!f) return -1;
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fclose(f);
  return n;
}

/* Rewrites byte at (from the end when negative) with v, or cuts the file to `cut` bytes. */
static void damage(const char *src, const char *dst, long at, int v, long cut) {
  FILE *f = fopen(src, "rb");
  long n = file_size(src);
  unsigned char *b = malloc((size_t)n);
  CHECK(f && b && fread(b, 1, (size_t)n, f) == (size_t)n);
  fclose(f);
  if (at != 0) b[at < 0 ? n + at : at] = (unsigned char)v;
  FILE *g = fopen(dst, "wb");
  fwrite(b, 1, (size_t)(cut > 0 ? cut : n), g);
  fclose(g);
  free(b);
}

static void expect_error(const char *file, const char *words) {
  struct mrl_policy *p = NULL;
  json_t *h = NULL;
  struct mrl_err err = {{0}};
  enum mrl_status s = mrl_weights_load(file, 1, &p, &h, NULL, &err);
  CHECK(s != MRL_OK && !p && !h);
  CHECK(strstr(err.msg, words) != NULL);
  CHECK(strchr(err.msg, '\n') == NULL);
  if (!strstr(err.msg, words)) fprintf(stderr, "  expected '%s' in: %s\n", words, err.msg);
}

int main(int argc, char **argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: test_weights SCRATCH_DIR\n");
    return 2;
  }
  snprintf(path, sizeof path, "%s/w.mrlw", argv[1]);
  struct mrl_policy *p = make();
  if (!p) return CHECK_DONE();
  struct mrl_env_config env;
  mrl_env_config_default(&env);
  env.vector_limit = 4096;
  env.interchange = MRL_INTERCHANGE_ENUMERATED;
  snprintf(env.grammar, sizeof env.grammar, "I;T,TP;*");
  float extra_a[6] = {1, 2, 3, 4, 5, 6}, extra_b[2] = {-1, 7.5f};
  const char *names[] = {"adam.m.x", "adam.v.y"};
  const float *data[] = {extra_a, extra_b};
  int rows[] = {2, 2}, cols[] = {3, 1};
  struct mrl_weights_extra extra = {2, names, data, rows, cols};
  json_t *tr = json_pack("{s:i, s:s}", "iterations", 12, "rng", "00ff");
  struct mrl_err err = {{0}};
  CHECK(mrl_weights_save(path, p, &env, "op.kind:u8[6] op.bounds:i32[12]", tr, &extra, &err) == MRL_OK);
  json_decref(tr);

  /* Round trip. */
  struct mrl_policy *q = NULL;
  json_t *h = NULL;
  float got_a[6] = {0}, got_b[2] = {0};
  const float *into[] = {got_a, got_b};
  struct mrl_weights_extra want = {2, names, into, rows, cols};
  CHECK(mrl_weights_load(path, 1, &q, &h, &want, &err) == MRL_OK);
  if (q) {
    CHECK(mrl_policy_num_params(q) == mrl_policy_num_params(p));
    const char *n1, *n2;
    float *w1, *w2, *g;
    int r1, c1, r2, c2, same = 1;
    for (int t = 0; mrl_policy_param(p, t, &n1, &w1, &g, &r1, &c1); ++t) {
      CHECK(mrl_policy_param(q, t, &n2, &w2, &g, &r2, &c2));
      same &= !strcmp(n1, n2) && r1 == r2 && c1 == c2 && !memcmp(w1, w2, (size_t)r1 * (size_t)c1 * sizeof(float));
    }
    CHECK(same);
    CHECK(!memcmp(got_a, extra_a, sizeof extra_a) && !memcmp(got_b, extra_b, sizeof extra_b));
    CHECK(!strcmp(json_string_value(json_object_get(h, "features")), "op.kind:u8[6] op.bounds:i32[12]"));
    CHECK(json_integer_value(json_object_get(json_object_get(h, "training"), "iterations")) == 12);
    struct mrl_env_config back;
    CHECK(mrl_weights_env_config(h, &back, &err) == MRL_OK);
    CHECK(back.vector_limit == 4096 && back.interchange == MRL_INTERCHANGE_ENUMERATED &&
          !strcmp(back.grammar, "I;T,TP;*") && back.max_loops == env.max_loops &&
          back.tile_choices == env.tile_choices && back.penalty_execution == env.penalty_execution);
  }
  mrl_policy_free(q);
  json_decref(h);

  /* A tensor that is not there. */
  const char *missing[] = {"adam.m.nothing"};
  struct mrl_weights_extra want_missing = {1, missing, into, rows, cols};
  q = NULL;
  h = NULL;
  CHECK(mrl_weights_load(path, 1, &q, &h, &want_missing, &err) != MRL_OK && !q);
  CHECK(strstr(err.msg, "adam.m.nothing") != NULL);

  /* Damaged files. */
  char bad[4200];
  long n = file_size(path);
  snprintf(bad, sizeof bad, "%s.bad", path);
  damage(path, bad, 0, 0, n - 100);
  expect_error(bad, "truncated");
  damage(path, bad, 0, 0, 10);
  expect_error(bad, "bad magic");
  damage(path, bad, -20, 0x5a, 0);
  expect_error(bad, "checksum mismatch");
  damage(path, bad, 1, 'X', 0);
  expect_error(bad, "not an mlirrl weights file");
  damage(path, bad, 8, 2, 0);
  expect_error(bad, "version 2");
  damage(path, bad, 17, '[', 0); /* the header's JSON broken */
  expect_error(bad, "not JSON");
  snprintf(bad, sizeof bad, "%s/does-not-exist.mrlw", argv[1]);
  expect_error(bad, "cannot open");

  /* Layout differences, for the error a mismatched environment gets. */
  char d[256];
  mrl_weights_layout_diff("a:u8[1] b:i32[12]", "a:u8[1] b:i32[12]", d, sizeof d);
  CHECK(d[0] == 0);
  mrl_weights_layout_diff("a:u8[1] b:i32[16]", "a:u8[1] b:i32[12]", d, sizeof d);
  CHECK(!strcmp(d, "b:i32[16] here, b:i32[12] in the file"));
  mrl_weights_layout_diff("a:u8[1]", "a:u8[1] c:f32[2]", d, sizeof d);
  CHECK(!strcmp(d, "nothing here, c:f32[2] in the file"));
  mrl_policy_free(p);
  return CHECK_DONE();
}
