#include "agent.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---------------------------------------------------------------- random */

static enum mrl_status random_act(void *self, struct mrl_env *e, struct mrl_action *a, struct mrl_err *err) {
  return mrl_env_random_action(e, (uint64_t *)self, a, err);
}

static enum mrl_status open_random(uint64_t seed, struct mrl_agent *out, struct mrl_err *err) {
  uint64_t *state = malloc(sizeof *state);
  if (!state) return mrl_fail(err, MRL_ENOMEM, "out of memory");
  *state = mrl_env_rng_seed(seed);
  out->self = state;
  out->act = random_act;
  out->close = free;
  return MRL_OK;
}

/* ---------------------------------------------------------------- registry */

static const struct {
  const char *name;
  enum mrl_status (*open)(uint64_t seed, struct mrl_agent *out, struct mrl_err *err);
} agents[] = {{"random", open_random}};

enum { NAGENTS = sizeof agents / sizeof agents[0] };

int mrl_agent_known(const char *name) {
  for (int i = 0; i < NAGENTS; ++i)
    if (!strcmp(agents[i].name, name)) return 1;
  return 0;
}

const char *mrl_agent_names(void) {
  static char names[256];
  if (!names[0])
    for (int i = 0; i < NAGENTS; ++i) snprintf(names + strlen(names), sizeof names - strlen(names), "%s%s", i ? ", " : "", agents[i].name);
  return names;
}

enum mrl_status mrl_agent_open(const char *name, uint64_t seed, struct mrl_agent *out, struct mrl_err *err) {
  memset(out, 0, sizeof *out);
  for (int i = 0; i < NAGENTS; ++i)
    if (!strcmp(agents[i].name, name)) {
      snprintf(out->name, sizeof out->name, "%s", name);
      return agents[i].open(seed, out, err);
    }
  return mrl_fail(err, MRL_EINVAL, "unknown agent '%s' (built in: %s)", name, mrl_agent_names());
}

void mrl_agent_close(struct mrl_agent *a) {
  if (a && a->close) a->close(a->self);
  if (a) memset(a, 0, sizeof *a);
}

enum mrl_status mrl_agent_play(struct mrl_agent *a, struct mrl_env *e, struct mrl_step_result *last,
                               struct mrl_err *err) {
  memset(last, 0, sizeof *last);
  enum mrl_status s = mrl_env_reset(e, err);
  while (s == MRL_OK && !mrl_env_done(e)) {
    struct mrl_action act;
    s = a->act(a->self, e, &act, err);
    if (s == MRL_OK) s = mrl_env_step(e, &act, last, err);
  }
  return s;
}
