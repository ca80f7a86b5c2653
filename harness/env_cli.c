#include "env_cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench.h"
#include "cli.h"

static int int_option(const char *name, const char *value, long long lo, long long hi, int *out) {
  long long v;
  if (mrl_cli_int(name, value, lo, hi, &v)) return -1;
  *out = (int)v;
  return 1;
}

int mrl_env_cli_option(struct mrl_env_config *c, const char *name, const char *value) {
  long long v;
  if (!strcmp(name, "grammar")) {
    if (strlen(value) >= sizeof c->grammar) {
      fprintf(stderr, "mlirrl: --grammar is too long\n");
      return -1;
    }
    snprintf(c->grammar, sizeof c->grammar, "%s", value);
    return 1;
  }
  if (!strcmp(name, "interchange")) {
    if (!strcmp(value, "pointers"))
      c->interchange = MRL_INTERCHANGE_POINTERS;
    else if (!strcmp(value, "enumerated"))
      c->interchange = MRL_INTERCHANGE_ENUMERATED;
    else {
      fprintf(stderr, "mlirrl: bad value for --interchange: '%s' (expected pointers or enumerated)\n", value);
      return -1;
    }
    return 1;
  }
  if (!strcmp(name, "vector-recipe")) {
    if (!strcmp(value, "outerproduct"))
      c->vector_recipe = MRL_VREC_OUTERPRODUCT;
    else if (!strcmp(value, "contract"))
      c->vector_recipe = MRL_VREC_CONTRACT;
    else if (!strcmp(value, "plain"))
      c->vector_recipe = MRL_VREC_PLAIN;
    else {
      fprintf(stderr,
              "mlirrl: bad value for --vector-recipe: '%s' (expected outerproduct, contract or plain)\n",
              value);
      return -1;
    }
    return 1;
  }
  if (!strcmp(name, "bound-norm")) {
    if (!strcmp(value, "max"))
      c->bound_norm = MRL_NORM_MAX;
    else if (!strcmp(value, "log"))
      c->bound_norm = MRL_NORM_LOG;
    else if (!strcmp(value, "none"))
      c->bound_norm = MRL_NORM_NONE;
    else {
      fprintf(stderr, "mlirrl: bad value for --bound-norm: '%s' (expected max, log or none)\n", value);
      return -1;
    }
    return 1;
  }
  if (!strcmp(name, "img2col")) {
    c->img2col = 1;
    return 1;
  }
  if (!strcmp(name, "img2col-action")) {
    c->img2col_action = 1;
    return 1;
  }
  if (!strcmp(name, "vector-limit")) {
    if (mrl_cli_int(name, value, 1, (long long)1 << 40, &v)) return -1;
    c->vector_limit = v;
    return 1;
  }
  if (!strcmp(name, "max-steps")) return int_option(name, value, 1, MRL_ENV_MAX_STEPS, &c->max_steps);
  if (!strcmp(name, "max-loops")) return int_option(name, value, 1, MRL_ENV_MAX_LOOPS, &c->max_loops);
  if (!strcmp(name, "tile-choices"))
    return int_option(name, value, 1, MRL_ENV_MAX_TILE_CHOICES, &c->tile_choices);
  if (!strcmp(name, "max-loads")) return int_option(name, value, 0, MRL_ENV_MAX_OPERANDS, &c->max_loads);
  if (!strcmp(name, "max-stores")) return int_option(name, value, 1, MRL_ENV_MAX_OPERANDS, &c->max_stores);
  if (!strcmp(name, "max-rank")) return int_option(name, value, 1, MRL_ENV_MAX_RANK, &c->max_rank);
  if (!strcmp(name, "penalty-transform"))
    return mrl_cli_double(name, value, -1e6, 1e6, &c->penalty_transform) ? -1 : 1;
  if (!strcmp(name, "penalty-execution"))
    return mrl_cli_double(name, value, -1e6, 1e6, &c->penalty_execution) ? -1 : 1;
  return 0;
}

void mrl_env_cli_default_id(const char *path, char *id, size_t n) {
  const char *base = strrchr(path, '/');
  base = base ? base + 1 : path;
  size_t len = strlen(base);
  if (len > 5 && !strcmp(base + len - 5, ".mlir")) len -= 5;
  snprintf(id, n, "%.*s", (int)len, base);
}

struct mrl_env *mrl_env_cli_open(const char *cmd, const struct mrl_env_config *c, const char *path,
                                 const char *id) {
  struct mrl_err e = {{0}};
  struct mrl_env *env = NULL;
  char *text = NULL;
  char defid[256];
  if (!id) {
    mrl_env_cli_default_id(path, defid, sizeof defid);
    id = defid;
  }
  enum mrl_status s = mrl_env_create(c, &env, &e);
  if (s == MRL_OK) s = mrl_read_file(path, &text, NULL, &e);
  if (s == MRL_OK) s = mrl_env_load(env, text, id, &e);
  free(text);
  if (s != MRL_OK) {
    fprintf(stderr, "mlirrl %s: %s: %s\n", cmd, path, e.msg);
    mrl_env_close(env);
    return NULL;
  }
  return env;
}
