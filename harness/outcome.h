/* The classified outcome that every run ends in, exactly one per record.
 *
 * New outcomes go at the end, so that the numeric values of the others never move.
 * harness_error is the harness's own failure (it could not allocate, map, create a file or
 * socket, or fork a worker): it says nothing about the benchmark or the schedule.
 * unavailable belongs to the baselines of mlirrl eval that cannot run on this machine (no
 * torch, no OpenBLAS); the error says why. agent_failed is an agent's episode that its agent
 * did not finish (an external agent that broke the protocol of agents/PROTOCOL.md, took too
 * long, or exited); the error says how. */
#ifndef MRL_OUTCOME_H
#define MRL_OUTCOME_H

#define MRL_OUTCOME_TABLE(X)                                                  \
  X(OK, "ok")                                                                 \
  X(INVALID_INPUT, "invalid_input")                                           \
  X(TRANSFORM_FAILED, "transform_failed")                                     \
  X(COMPILE_FAILED, "compile_failed")                                         \
  X(CRASHED, "crashed")                                                       \
  X(TIMED_OUT, "timed_out")                                                   \
  X(WRONG_ANSWER, "wrong_answer")                                             \
  X(HARNESS_ERROR, "harness_error")                                           \
  X(UNAVAILABLE, "unavailable")                                               \
  X(AGENT_FAILED, "agent_failed")

enum mrl_outcome {
#define MRL_OUTCOME_ENUM(name, text) MRL_OUTCOME_##name,
  MRL_OUTCOME_TABLE(MRL_OUTCOME_ENUM)
#undef MRL_OUTCOME_ENUM
      MRL_OUTCOME_COUNT
};

/* "ok", "timed_out", ...: the spelling used in records. */
static inline const char *mrl_outcome_name(enum mrl_outcome o) {
  static const char *const names[] = {
#define MRL_OUTCOME_NAME(name, text) text,
      MRL_OUTCOME_TABLE(MRL_OUTCOME_NAME)
#undef MRL_OUTCOME_NAME
  };
  return (unsigned)o < MRL_OUTCOME_COUNT ? names[o] : "unknown";
}

#endif
