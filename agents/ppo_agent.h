/* The trained PPO agent for agents/agent.h: greedy, deterministic inference of a weights file
 * (weights.h). "ppo" loads the shipped weights (MLIRRL_WEIGHTS overrides their path),
 * "ppo:FILE" a given file. The first decision checks the environment against the file: a
 * different observation layout is an error naming the first difference; another setting
 * that changes the action space (V limit, grammar, ...) is reported once on stderr. */
#ifndef MRL_PPO_AGENT_H
#define MRL_PPO_AGENT_H

#include <stdint.h>

#include "agent.h"

/* The shipped weights' path (MLIRRL_WEIGHTS when set). */
const char *mrl_ppo_default_weights(void);

/* The registry's openers: "ppo" (arg "") loads the shipped weights, "ppo:FILE" the file. */
enum mrl_status mrl_ppo_agent_open(const char *arg, const struct mrl_agent_opts *o, struct mrl_agent *out,
                                   struct mrl_err *err);

#endif
