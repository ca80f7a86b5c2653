/* exec_agent.h — external agents: the harness's side of the JSON-lines protocol of
 * agents/PROTOCOL.md, as agents of agent.h ("exec:CMD" and "stdio"). Private to agents/: the
 * registry of agent.c opens them.
 *
 * Ownership: the agent owns its channel (pipe.h), and with it the agent's process. */
#ifndef MRL_EXEC_AGENT_H
#define MRL_EXEC_AGENT_H

#include "agent.h"

/* The program cmd, run by /bin/sh -c, started at the first episode (and again at the next one
 * after a failure). */
enum mrl_status mrl_exec_agent_open(const char *cmd, const struct mrl_agent_opts *o, struct mrl_agent *out,
                                    struct mrl_err *err);
/* This process's stdin and stdout, taken now (pipe.h); arg is ignored. */
enum mrl_status mrl_stdio_agent_open(const char *arg, const struct mrl_agent_opts *o, struct mrl_agent *out,
                                     struct mrl_err *err);

#endif
