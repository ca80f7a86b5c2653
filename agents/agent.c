#include "agent.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "exec_agent.h"
#ifdef HAVE_PPO
#include "ppo_agent.h"
#endif

/* ---------------------------------------------------------------- random */

static enum mrl_status random_act(void *self, struct mrl_env *e, struct mrl_action *a, struct mrl_err *err) {
  return mrl_env_random_action(e, (uint64_t *)self, a, err);
}

static void random_setup(void *self, const char *bench_id, uint64_t seed) {
  (void)bench_id;
  *(uint64_t *)self = mrl_env_rng_seed(seed);
}

static enum mrl_status open_random(const char *arg, const struct mrl_agent_opts *o, struct mrl_agent *out,
                                   struct mrl_err *err) {
  (void)arg;
  uint64_t *state = malloc(sizeof *state);
  if (!state) return mrl_fail(err, MRL_ENOMEM, "out of memory");
  *state = mrl_env_rng_seed(o->seed);
  out->self = state;
  out->act = random_act;
  out->setup = random_setup;
  out->close = free;
  return MRL_OK;
}

/* ---------------------------------------------------------------- registry
 *
 * An entry whose name ends in ':' takes the rest of the agent's name as its argument
 * ("exec:CMD" opens with "CMD"); any other entry matches its whole name (and gets ""). */

static const struct {
  const char *name;
  const char *shown; /* in mrl_agent_names */
  enum mrl_status (*open)(const char *arg, const struct mrl_agent_opts *o, struct mrl_agent *out,
                          struct mrl_err *err);
} agents[] = {
    {"random", "random", open_random},
    {"exec:", "exec:CMD", mrl_exec_agent_open},
    {"stdio", "stdio", mrl_stdio_agent_open},
#ifdef HAVE_PPO
    {"ppo", "ppo", mrl_ppo_agent_open},
    {"ppo:", "ppo:WEIGHTS", mrl_ppo_agent_open},
#endif
};

enum { NAGENTS = sizeof agents / sizeof agents[0] };

/* The entry for name and its argument, or -1. */
static int lookup(const char *name, const char **arg) {
  for (int i = 0; i < NAGENTS; ++i) {
    size_t n = strlen(agents[i].name);
    int prefix = n > 0 && agents[i].name[n - 1] == ':';
    if (prefix ? !strncmp(name, agents[i].name, n) && name[n] : !strcmp(name, agents[i].name)) {
      *arg = prefix ? name + n : "";
      return i;
    }
  }
  return -1;
}

int mrl_agent_known(const char *name) {
  const char *arg;
  return lookup(name, &arg) >= 0;
}

const char *mrl_agent_names(void) {
  static char names[256];
  if (!names[0])
    for (int i = 0; i < NAGENTS; ++i)
      snprintf(names + strlen(names), sizeof names - strlen(names), "%s%s", i ? ", " : "", agents[i].shown);
  return names;
}

const char *mrl_agent_default(void) {
#ifdef HAVE_PPO
  FILE *f = fopen(mrl_ppo_default_weights(), "rb");
  if (f) {
    fclose(f);
    return "ppo";
  }
#endif
  return NULL;
}

void mrl_agent_default_opts(struct mrl_agent_opts *o) {
  memset(o, 0, sizeof *o);
  o->seed = 1;
  o->answer_timeout_s = 10;
}

enum mrl_status mrl_agent_open_with(const char *name, const struct mrl_agent_opts *o, struct mrl_agent *out,
                                    struct mrl_err *err) {
  memset(out, 0, sizeof *out);
  const char *arg;
  int i = lookup(name, &arg);
  if (i < 0) return mrl_fail(err, MRL_EINVAL, "unknown agent '%s' (built in: %s)", name, mrl_agent_names());
  snprintf(out->name, sizeof out->name, "%s", name);
  return agents[i].open(arg, o, out, err);
}

enum mrl_status mrl_agent_open(const char *name, uint64_t seed, struct mrl_agent *out, struct mrl_err *err) {
  struct mrl_agent_opts o;
  mrl_agent_default_opts(&o);
  o.seed = seed;
  return mrl_agent_open_with(name, &o, out, err);
}

void mrl_agent_close(struct mrl_agent *a) {
  if (a && a->close) a->close(a->self);
  if (a) memset(a, 0, sizeof *a);
}

void mrl_agent_setup(struct mrl_agent *a, const char *bench_id, uint64_t seed) {
  if (a->setup) a->setup(a->self, bench_id, seed);
}

enum mrl_status mrl_agent_play(struct mrl_agent *a, struct mrl_env *e, struct mrl_step_result *last,
                               struct mrl_err *err) {
  memset(last, 0, sizeof *last);
  enum mrl_status s = mrl_env_reset(e, err);
  if (s == MRL_OK && a->begin) s = a->begin(a->self, e, err);
  while (s == MRL_OK && !mrl_env_done(e)) {
    struct mrl_action act;
    s = a->act(a->self, e, &act, err);
    if (s == MRL_OK) s = mrl_env_step(e, &act, last, err);
    if (s == MRL_OK && a->feedback) s = a->feedback(a->self, e, last, err);
  }
  return s;
}
