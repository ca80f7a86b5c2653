#include "ppo_agent.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "encode.h"
#include "weights.h"

#ifndef MRL_SHIPPED_WEIGHTS
#define MRL_SHIPPED_WEIGHTS "agents/weights/ppo.mrlw"
#endif

struct ppo_agent {
  char path[4096];
  struct mrl_policy *p;
  json_t *header;
  struct mrl_env_config trained;
  struct mrl_encoder enc;
  const struct mrl_env *checked; /* the environment the layout was checked against */
  float *x;
  unsigned char *mask;
};

const char *mrl_ppo_default_weights(void) {
  const char *w = getenv("MLIRRL_WEIGHTS");
  return w && *w ? w : MRL_SHIPPED_WEIGHTS;
}

static void agent_close(void *self) {
  struct ppo_agent *a = self;
  if (!a) return;
  mrl_policy_free(a->p);
  json_decref(a->header);
  free(a->x);
  free(a->mask);
  free(a);
}

/* Settings that change the action space without changing the layout. */
static void warn_differences(const struct ppo_agent *a, const struct mrl_env_config *c) {
  const struct mrl_env_config *t = &a->trained;
  char diff[512] = "";
#define DIFF(cond, ...)                                                                                              \
  if (cond) snprintf(diff + strlen(diff), sizeof diff - strlen(diff), __VA_ARGS__)
  DIFF(t->vector_limit != c->vector_limit, " vector_limit %lld (trained %lld)", (long long)c->vector_limit,
       (long long)t->vector_limit);
  DIFF(strcmp(t->grammar, c->grammar), " grammar '%s' (trained '%s')", c->grammar, t->grammar);
  DIFF(t->vector_recipe != c->vector_recipe, " vector recipe %d (trained %d)", (int)c->vector_recipe,
       (int)t->vector_recipe);
  DIFF(t->img2col != c->img2col || t->img2col_action != c->img2col_action, " img2col settings differ");
  DIFF(t->bound_norm != c->bound_norm || t->norm_max != c->norm_max, " bound normalization differs");
#undef DIFF
  if (diff[0]) fprintf(stderr, "mlirrl: warning: agent %s runs in another action space than it was trained in:%s\n", a->path, diff);
}

static enum mrl_status check_env(struct ppo_agent *a, struct mrl_env *e, struct mrl_err *err) {
  enum mrl_status s = mrl_encoder_init(&a->enc, e, err);
  if (s != MRL_OK) return s;
  const char *file = json_string_value(json_object_get(a->header, "features"));
  if (strcmp(a->enc.layout, file)) {
    char d[512];
    mrl_weights_layout_diff(a->enc.layout, file, d, sizeof d);
    return mrl_fail(err, MRL_ECONFIG, "%s was trained on other features: %s", a->path, d);
  }
  const struct mrl_policy_config *pc = &a->p->cfg, *h = &a->enc.heads;
  if (pc->op_dim != h->op_dim || pc->state_dim != h->state_dim || pc->ntypes != h->ntypes ||
      pc->max_loops != h->max_loops || pc->tile_choices != h->tile_choices || pc->nich != h->nich)
    return mrl_fail(err, MRL_ECONFIG, "%s: its network does not fit this environment's observation and actions",
                    a->path);
  if (!a->x) {
    a->x = malloc((size_t)mrl_policy_input_dim(pc) * sizeof(float));
    a->mask = malloc(mrl_policy_mask_bytes(pc));
    if (!a->x || !a->mask) return mrl_fail(err, MRL_ENOMEM, "out of memory");
    warn_differences(a, mrl_env_config(e));
  }
  a->checked = e;
  return MRL_OK;
}

static enum mrl_status agent_act(void *self, struct mrl_env *e, struct mrl_action *act, struct mrl_err *err) {
  struct ppo_agent *a = self;
  if (a->checked != e) {
    enum mrl_status s = check_env(a, e, err);
    if (s != MRL_OK) return s;
  }
  int nloops;
  mrl_encode(&a->enc, e, a->x, a->mask, &nloops);
  struct mrl_policy_action pa;
  double logp, entropy;
  enum mrl_status s = mrl_policy_act(a->p, a->x, a->mask, nloops, 1, NULL, &pa, &logp, NULL, &entropy, err);
  if (s == MRL_OK) mrl_encode_action(&pa, act);
  return s;
}

enum mrl_status mrl_ppo_agent_open(const char *arg, const struct mrl_agent_opts *o, struct mrl_agent *out,
                                   struct mrl_err *err) {
  (void)o; /* greedy inference uses no randomness */
  const char *path = *arg ? arg : mrl_ppo_default_weights();
  struct ppo_agent *a = calloc(1, sizeof *a);
  if (!a) return mrl_fail(err, MRL_ENOMEM, "out of memory");
  snprintf(a->path, sizeof a->path, "%s", path);
  enum mrl_status s = mrl_weights_load(path, 1, &a->p, &a->header, NULL, err);
  if (s == MRL_OK) {
    struct mrl_err inner;
    s = mrl_weights_env_config(a->header, &a->trained, &inner);
    if (s != MRL_OK) s = mrl_fail(err, s, "%s: %s", path, inner.msg);
  }
  if (s != MRL_OK) {
    agent_close(a);
    return s;
  }
  out->self = a;
  out->act = agent_act;
  out->close = agent_close;
  return MRL_OK;
}
