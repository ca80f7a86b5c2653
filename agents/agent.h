/* agent.h — the public face of agents/: an agent picks the next action of an episode through
 * the environment's public API (mlirrl_env.h) only. `mlirrl eval` and `mlirrl episode` play
 * agents through this interface; new agents register in mrl_agent_open.
 *
 * Built in:
 *   random   uniform over the legal actions, from a seeded xorshift64* generator
 *
 * Ownership: mrl_agent_open fills a caller-owned struct whose state the agent owns; release it
 * with mrl_agent_close. */
#ifndef MRL_AGENT_H
#define MRL_AGENT_H

#include <stdint.h>

#include "mlirrl_env.h"

struct mrl_agent {
  char name[64];
  void *self;
  /* The action for the current state of e (the episode is not over). */
  enum mrl_status (*act)(void *self, struct mrl_env *e, struct mrl_action *a, struct mrl_err *err);
  void (*close)(void *self);
};

/* "random"; seed makes the agent's choices reproducible. MRL_EINVAL with a one-line message
 * naming the agents built in for an unknown name. */
enum mrl_status mrl_agent_open(const char *name, uint64_t seed, struct mrl_agent *out, struct mrl_err *err);
void mrl_agent_close(struct mrl_agent *a);

/* 1 when name is an agent mrl_agent_open knows. */
int mrl_agent_known(const char *name);
/* "random": for help texts and messages. */
const char *mrl_agent_names(void);

/* Plays one episode from a reset to the end (with the measurer e has, if any); the last step's
 * result in *last. */
enum mrl_status mrl_agent_play(struct mrl_agent *a, struct mrl_env *e, struct mrl_step_result *last,
                               struct mrl_err *err);

#endif
