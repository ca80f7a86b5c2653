/* mlirrl observe: the features and masks the environment shows for each op of a benchmark,
 * in visit order, at the start of each op (as text trimmed to the op's real sizes, or as JSON
 * with every tensor at its full, fixed shape). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "commands.h"
#include "env_cli.h"

static void usage(FILE *f) {
  fprintf(f,
          "usage: mlirrl observe BENCH.mlir [--json] [--schedule TEXT]\n"
          "Prints each op's observation (features and masks) in visit order, at the start of the op.\n"
          "With --schedule, replays it and prints each op's loop bounds afterwards instead.\n"
          "  --json                 one JSON object per line, every tensor at its full shape\n"
          "  --schedule TEXT        replay this schedule (free grammar unless --grammar)\n" MRL_ENV_CLI_HELP);
}

static const void *tensor(struct mrl_env *env, const char *name, const struct mrl_tensor_desc **d) {
  const void *p = mrl_env_obs_tensor(env, name, d);
  return p;
}

static int32_t geti(struct mrl_env *env, const char *name, int i) {
  const struct mrl_tensor_desc *d;
  const int32_t *p = tensor(env, name, &d);
  return p ? p[i] : 0;
}

static unsigned getu(struct mrl_env *env, const char *name, int i) {
  const struct mrl_tensor_desc *d;
  const unsigned char *p = tensor(env, name, &d);
  return p ? p[i] : 0;
}

/* ---------------------------------------------------------------- text */

static void print_accesses(struct mrl_env *env, const char *prefix, const char *what, int n, int nloops) {
  const struct mrl_env_config *c = mrl_env_config(env);
  char name[64];
  snprintf(name, sizeof name, "%s.%s", prefix, what);
  const struct mrl_tensor_desc *d;
  const int32_t *m = tensor(env, name, &d);
  int L = c->max_loops, R = c->max_rank;
  for (int j = 0; j < n; ++j) {
    const int32_t *a = m + (size_t)j * R * (L + 1);
    /* Rows in use: up to the last row with any entry (an all-zero row inside is printed). */
    int rows = 0;
    for (int r = 0; r < R; ++r)
      for (int l = 0; l <= L; ++l)
        if (a[r * (L + 1) + l]) rows = r + 1;
    printf("    %-6s %s%d ", j == 0 ? what : "", what[0] == 'l' ? "in" : "out", j);
    if (rows == 0) printf(" (scalar or constant indices 0)");
    for (int r = 0; r < rows; ++r) {
      printf(" [");
      for (int l = 0; l < nloops; ++l)
        printf("%s%d", l ? " " : "", a[r * (L + 1) + l]);
      printf(" | %d]", a[r * (L + 1) + L]);
    }
    printf("\n");
  }
}

static void print_op_features(struct mrl_env *env, const char *prefix) {
  char n[64];
  snprintf(n, sizeof n, "%s.nloops", prefix);
  int nloops = geti(env, n, 0);
  snprintf(n, sizeof n, "%s.kind", prefix);
  int kind = 0;
  for (int k = 0; mrl_env_obs_label(n, k); ++k)
    if (getu(env, n, k)) kind = k;
  printf("    kind     %s\n", mrl_env_obs_label(n, kind));
  printf("    loops   ");
  for (int l = 0; l < nloops; ++l) {
    char b[64], bo[64], par[64];
    snprintf(b, sizeof b, "%s.bounds", prefix);
    snprintf(bo, sizeof bo, "%s.bounds_orig", prefix);
    snprintf(par, sizeof par, "%s.parallel", prefix);
    int cur = geti(env, b, l), orig = geti(env, bo, l);
    if (cur == orig)
      printf(" %d%s", cur, getu(env, par, l) ? "" : "r");
    else
      printf(" %d/%d%s", cur, orig, getu(env, par, l) ? "" : "r");
  }
  printf("   (current[/original], r = reduction)\n");
  snprintf(n, sizeof n, "%s.nloads", prefix);
  print_accesses(env, prefix, "loads", geti(env, n, 0), nloops);
  snprintf(n, sizeof n, "%s.nstores", prefix);
  print_accesses(env, prefix, "stores", geti(env, n, 0), nloops);
  snprintf(n, sizeof n, "%s.tile_multiple", prefix);
  for (int l = 0; l < nloops; ++l)
    if (geti(env, n, l)) {
      printf("    divided ");
      for (int k = 0; k < nloops; ++k)
        printf(" %d", geti(env, n, k));
      printf("   (floordiv/mod: tile sizes must be multiples; -1 = not tileable, also for a constant offset "
             "before LLVM 20)\n");
      break;
    }
  snprintf(n, sizeof n, "%s.arith", prefix);
  printf("    arith   ");
  int any = 0;
  for (int k = 0; mrl_env_obs_label(n, k); ++k)
    if (geti(env, n, k)) {
      printf(" %s %d", mrl_env_obs_label(n, k), geti(env, n, k));
      any = 1;
    }
  printf("%s\n", any ? "" : " none");
}

static void print_text(struct mrl_env *env, int index) {
  struct mrl_env_op_info info;
  mrl_env_op(env, index, &info);
  const struct mrl_env_config *c = mrl_env_config(env);
  printf("op %d/%d  %s  %s%s  step %d\n", index + 1, mrl_env_num_ops(env), info.tag, info.name,
         info.fused ? " (fused)" : "", geti(env, "state.step", 0));
  print_op_features(env, "op");
  if (getu(env, "producer.present", 0)) {
    printf("  producer %s\n", info.producer);
    print_op_features(env, "producer");
  } else {
    printf("  producer none\n");
  }
  const unsigned char *am = mrl_env_action_mask(env);
  printf("  mask.action     ");
  for (int t = 0; t < MRL_ACTION_COUNT; ++t)
    if (am[t]) printf(" %s", mrl_action_name((enum mrl_action_type)t));
  printf("\n  mask.tile       ");
  const unsigned char *tm = mrl_env_tile_mask(env);
  for (int l = 0; l < info.nloops; ++l) {
    printf("%s", l ? " |" : "");
    for (int k = 0; k < c->tile_choices; ++k)
      if (tm[l * c->tile_choices + k]) printf(" %lld", (long long)mrl_env_tile_size(k));
  }
  int nich;
  const unsigned char *im = mrl_env_interchange_mask(env, &nich);
  printf("\n  mask.interchange");
  for (int k = 0; k < nich; ++k)
    if (im[k]) printf(" %d", k);
  printf("\n");
}

/* ---------------------------------------------------------------- json */

static void json_string(const char *s) {
  putchar('"');
  for (; *s; ++s) {
    if (*s == '"' || *s == '\\')
      printf("\\%c", *s);
    else if ((unsigned char)*s < 0x20)
      printf("\\u%04x", (unsigned char)*s);
    else
      putchar(*s);
  }
  putchar('"');
}

static void print_json(struct mrl_env *env, const char *id, int index) {
  struct mrl_env_op_info info;
  mrl_env_op(env, index, &info);
  const unsigned char *base = mrl_env_observe(env);
  printf("{\"benchmark\":");
  json_string(id);
  printf(",\"op\":%d,\"ops\":%d,\"tag\":", index, mrl_env_num_ops(env));
  json_string(info.tag);
  printf(",\"name\":");
  json_string(info.name);
  printf(",\"producer\":");
  if (info.producer)
    json_string(info.producer);
  else
    printf("null");
  printf(",\"tensors\":{");
  for (int i = 0; i < mrl_env_obs_count(env); ++i) {
    const struct mrl_tensor_desc *d = mrl_env_obs_desc(env, i);
    printf("%s", i ? "," : "");
    json_string(d->name);
    printf(":{\"dtype\":\"%s\",\"shape\":[", d->dtype == MRL_DTYPE_U8    ? "u8"
                                             : d->dtype == MRL_DTYPE_I32 ? "i32"
                                                                         : "f32");
    for (int r = 0; r < d->rank; ++r)
      printf("%s%d", r ? "," : "", d->shape[r]);
    printf("],\"data\":[");
    for (size_t k = 0; k < d->count; ++k) {
      const unsigned char *p = base + d->offset;
      if (k) putchar(',');
      if (d->dtype == MRL_DTYPE_U8)
        printf("%u", p[k]);
      else if (d->dtype == MRL_DTYPE_I32)
        printf("%d", ((const int32_t *)(const void *)p)[k]);
      else
        printf("%.9g", ((const float *)(const void *)p)[k]);
    }
    printf("]}");
  }
  printf("}}\n");
}

/* ---------------------------------------------------------------- command */

int mrl_cmd_observe(int argc, char **argv) {
  static const char *const flags[] = {"help", "json", MRL_ENV_CLI_FLAGS, NULL};
  struct mrl_env_config cfg;
  mrl_env_config_default(&cfg);
  const char *bench = NULL, *schedule = NULL;
  int json = 0, grammar_set = 0;
  struct mrl_cli_iter it;
  const char *name, *value;
  int r;
  mrl_cli_iter_init(&it, argc, argv, flags);
  while ((r = mrl_cli_next(&it, &name, &value)) > 0) {
    if (!name) {
      if (bench) {
        fprintf(stderr, "mlirrl observe: more than one benchmark given ('%s')\n", value);
        return MRL_EXIT_USAGE;
      }
      bench = value;
    } else if (!strcmp(name, "help")) {
      usage(stdout);
      return MRL_EXIT_OK;
    } else if (!strcmp(name, "json")) {
      json = 1;
    } else if (!strcmp(name, "schedule")) {
      schedule = value;
    } else {
      int c = mrl_env_cli_option(&cfg, name, value);
      if (c < 0) return MRL_EXIT_USAGE;
      if (c == 0) {
        fprintf(stderr, "mlirrl observe: unknown option --%s\n", name);
        return MRL_EXIT_USAGE;
      }
      grammar_set |= !strcmp(name, "grammar");
    }
  }
  if (r < 0) return MRL_EXIT_USAGE;
  if (!bench) {
    usage(stderr);
    return MRL_EXIT_USAGE;
  }
  if (schedule && !grammar_set) cfg.grammar[0] = '\0'; /* schedules as text: any action anywhere */
  char id[256];
  mrl_env_cli_default_id(bench, id, sizeof id);
  struct mrl_env *env = mrl_env_cli_open("observe", &cfg, bench, id);
  if (!env) return MRL_EXIT_FAILED;
  if (!json) {
    printf("%s: %d op%s to visit\n", id, mrl_env_num_ops(env), mrl_env_num_ops(env) == 1 ? "" : "s");
    for (int i = 0; i < mrl_env_num_skipped(env); ++i) {
      const char *why;
      const char *nm = mrl_env_skipped(env, i, &why);
      printf("skipped %s: %s\n", nm, why);
    }
  }
  int rc = MRL_EXIT_OK;
  if (!schedule) {
    while (!mrl_env_done(env)) {
      int i = mrl_env_current(env);
      if (json)
        print_json(env, id, i);
      else
        print_text(env, i);
      mrl_env_finish_op(env);
    }
  } else {
    struct mrl_err e = {{0}};
    if (mrl_env_replay(env, schedule, &e) != MRL_OK) {
      fprintf(stderr, "mlirrl observe: %s\n", e.msg);
      rc = MRL_EXIT_FAILED;
    } else if (!json) {
      printf("schedule %s\n", mrl_env_schedule(env));
      for (int i = 0; i < mrl_env_num_ops(env); ++i) {
        struct mrl_env_op_info info;
        mrl_env_op(env, i, &info);
        printf("op %d/%d  %s  %s%s  loops", i + 1, mrl_env_num_ops(env), info.tag, info.name,
               info.fused ? " (fused)" : "");
        for (int l = 0; l < info.nloops; ++l)
          printf(" %lld/%lld%s", (long long)info.bounds[l], (long long)info.bounds_orig[l],
                 info.reduction[l] ? "r" : "");
        printf("  (current/original after the schedule)\n");
      }
    }
  }
  mrl_env_close(env);
  return rc;
}
