/* agent.h — the public face of agents/: an agent picks the next action of an episode through
 * the environment's public API (mlirrl_env.h) only. `mlirrl eval` and `mlirrl episode` play
 * agents through this interface; new agents register in the table of agent.c.
 *
 * Built in:
 *   random     uniform over the legal actions, from a seeded xorshift64* generator
 *   exec:CMD   an external agent: the program CMD (run by /bin/sh -c), speaking the JSON-lines
 *              protocol of agents/PROTOCOL.md over its stdin and stdout
 *   stdio      the same protocol over this process's own stdin and stdout, with the program on
 *              the other side in charge (agents/python/mlirrl_gym.py); opening it takes them:
 *              fd 1 then points at stderr and fd 0 at /dev/null, so that nothing else writes
 *              into the protocol. One per process.
 *
 * An external agent that misbehaves (malformed JSON, a wrong message, an illegal action, no
 * answer in time, an overlong line, exiting, a protocol version of its own) fails the episode
 * with MRL_EAGENT and a one-line message; its process is killed and reaped, and a new one is
 * started for the next episode (not for stdio, whose peer cannot be restarted).
 *
 * Ownership: mrl_agent_open fills a caller-owned struct whose state the agent owns (for an
 * external agent, its process too); release it with mrl_agent_close. */
#ifndef MRL_AGENT_H
#define MRL_AGENT_H

#include <stdint.h>

#include "mlirrl_env.h"

struct mrl_agent {
  char name[64]; /* as opened, cut to fit */
  void *self;
  /* The action for the current state of e (the episode is not over). */
  enum mrl_status (*act)(void *self, struct mrl_env *e, struct mrl_action *a, struct mrl_err *err);
  /* Optional hooks, NULL when the agent needs none. */
  /* The next episodes: their benchmark's id and the seed they draw from (what opening the
   * agent with that seed would give). */
  void (*setup)(void *self, const char *bench_id, uint64_t seed);
  /* After the reset, before the first act. */
  enum mrl_status (*begin)(void *self, struct mrl_env *e, struct mrl_err *err);
  /* After each step, with its result (done set on the last one, with the measurement). */
  enum mrl_status (*feedback)(void *self, struct mrl_env *e, const struct mrl_step_result *r,
                              struct mrl_err *err);
  void (*close)(void *self);
};

struct mrl_agent_opts {
  uint64_t seed;
  double answer_timeout_s; /* external agents: the longest wait for one answer (10 s) */
};

void mrl_agent_default_opts(struct mrl_agent_opts *o);

/* An agent by name: "random", "exec:CMD", "stdio". MRL_EINVAL with a one-line message naming
 * the agents built in for an unknown name. */
enum mrl_status mrl_agent_open_with(const char *name, const struct mrl_agent_opts *o, struct mrl_agent *out,
                                    struct mrl_err *err);
/* The same with the default options and this seed. */
enum mrl_status mrl_agent_open(const char *name, uint64_t seed, struct mrl_agent *out, struct mrl_err *err);
void mrl_agent_close(struct mrl_agent *a);

/* Calls the agent's setup hook, if it has one. */
void mrl_agent_setup(struct mrl_agent *a, const char *bench_id, uint64_t seed);

/* 1 when name is an agent mrl_agent_open knows. */
int mrl_agent_known(const char *name);
/* "random, exec:CMD, stdio": for help texts and messages. */
const char *mrl_agent_names(void);

/* The agent mlirrl eval plays when none is named: "ppo" when this build has it and its shipped
 * weights are readable, else NULL. */
const char *mrl_agent_default(void);

/* Plays one episode from a reset to the end (with the measurer e has, if any), calling the
 * agent's hooks; the last step's result in *last. MRL_EAGENT when the agent failed. */
enum mrl_status mrl_agent_play(struct mrl_agent *a, struct mrl_env *e, struct mrl_step_result *last,
                               struct mrl_err *err);

#endif
