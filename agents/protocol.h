/* protocol.h — the messages of the external-agent protocol (agents/PROTOCOL.md), the harness's
 * side: each message the harness sends as one JSON object, and the agent's answers (hello, an
 * action) read back and checked. Private to agents/.
 *
 * Every mrl_proto_* that returns char * gives a heap copy of one JSON line (no newline) that
 * the caller frees, or NULL when out of memory. Errors of the parsers are one line of the form
 * "CLASS: detail", CLASS one of the classes of PROTOCOL.md (malformed, unexpected, illegal,
 * version). */
#ifndef MRL_AGENT_PROTOCOL_H
#define MRL_AGENT_PROTOCOL_H

#include <stdint.h>

#include "mlirrl_env.h"

enum { MRL_PROTOCOL_VERSION = 1 };

/* hello: the protocol version, mlirrl's version, the configuration, the action types in index
 * order and the observation's layout. */
char *mrl_proto_hello(struct mrl_env *e, double answer_timeout_s);
/* episode_start: the episode's number (from 1), the benchmark (NULL: unknown), the seed, the ops. */
char *mrl_proto_episode_start(struct mrl_env *e, int episode, const char *bench_id, uint64_t seed);
/* step: the state before action t (from 0): op, masks, observation. */
char *mrl_proto_step(struct mrl_env *e, int episode, int t);
/* result: what action t did. */
char *mrl_proto_result(int episode, int t, const struct mrl_step_result *r);
/* episode_end: reward, measurement, schedule. */
char *mrl_proto_episode_end(struct mrl_env *e, int episode, const struct mrl_step_result *r);
char *mrl_proto_bye(void);

/* The agent's hello: its name (cut to fit n) once its protocol version is this one. */
enum mrl_status mrl_proto_parse_hello(const char *line, char *name, size_t n, struct mrl_err *err);
/* The agent's answer to step t as an action allowed by e's masks. */
enum mrl_status mrl_proto_parse_action(struct mrl_env *e, int t, const char *line, struct mrl_action *a,
                                       struct mrl_err *err);

#endif
