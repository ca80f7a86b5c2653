#include "exec_agent.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pipe.h"
#include "protocol.h"

struct ext {
  char *cmd; /* NULL for stdio */
  double timeout_s;
  struct mrl_pipe pipe;
  int greeted; /* hello answered by the process (or the peer) on the channel */
  int broken;  /* stdio: the peer failed, and cannot be started again */
  char peer_name[128];
  char bench[256];
  int have_bench;
  uint64_t seed;
  int episode; /* episodes begun, the current one's number */
  int t;       /* actions taken in the current episode */
};

/* Time for a well-behaved agent to exit after bye. */
static const double BYE_GRACE_S = 2;

/* The agent failed: its process is killed and reaped (a new one starts with the next
 * episode), and the message is made one line. */
static enum mrl_status failed(struct ext *x, enum mrl_status s, struct mrl_err *err) {
  mrl_pipe_close(&x->pipe, 0);
  x->greeted = 0;
  if (x->cmd == NULL) x->broken = 1;
  if (err)
    for (char *c = err->msg; *c; ++c)
      if ((unsigned char)*c < 32 || *c == 127) *c = ' ';
  return s;
}

/* Sends a message built by protocol.h (which may have run out of memory). */
static enum mrl_status send_msg(struct ext *x, char *line, const char *what, struct mrl_err *err) {
  if (!line) return failed(x, mrl_fail(err, MRL_ENOMEM, "out of memory"), err);
  enum mrl_status s = mrl_pipe_write_line(&x->pipe, line, x->timeout_s, what, err);
  free(line);
  return s == MRL_OK ? MRL_OK : failed(x, s, err);
}

static enum mrl_status receive_msg(struct ext *x, const char *what, char **line, struct mrl_err *err) {
  enum mrl_status s = mrl_pipe_read_line(&x->pipe, x->timeout_s, what, line, err);
  return s == MRL_OK ? MRL_OK : failed(x, s, err);
}

/* A process (or the stdio peer) that has answered hello with this protocol version. */
static enum mrl_status start(struct ext *x, struct mrl_env *e, struct mrl_err *err) {
  enum mrl_status s;
  if (x->cmd)
    s = mrl_pipe_open_exec(&x->pipe, x->cmd, err);
  else if (x->broken)
    s = mrl_fail(err, MRL_EAGENT, "gone: the agent on stdin and stdout failed in an earlier episode");
  else
    s = MRL_OK; /* taken when opened */
  if (s != MRL_OK) return failed(x, s, err);
  s = send_msg(x, mrl_proto_hello(e, x->timeout_s), "hello", err);
  char *line = NULL;
  if (s == MRL_OK) s = receive_msg(x, "the answer to hello", &line, err);
  if (s == MRL_OK) s = mrl_proto_parse_hello(line, x->peer_name, sizeof x->peer_name, err);
  if (s != MRL_OK) return failed(x, s, err);
  x->greeted = 1;
  return MRL_OK;
}

static void ext_setup(void *self, const char *bench_id, uint64_t seed) {
  struct ext *x = self;
  x->have_bench = bench_id != NULL;
  snprintf(x->bench, sizeof x->bench, "%s", bench_id ? bench_id : "");
  x->seed = seed;
}

static enum mrl_status ext_begin(void *self, struct mrl_env *e, struct mrl_err *err) {
  struct ext *x = self;
  enum mrl_status s = x->greeted ? MRL_OK : start(x, e, err);
  if (s != MRL_OK) return s;
  ++x->episode;
  x->t = 0;
  return send_msg(x, mrl_proto_episode_start(e, x->episode, x->have_bench ? x->bench : NULL, x->seed),
                  "episode_start", err);
}

static enum mrl_status ext_act(void *self, struct mrl_env *e, struct mrl_action *a, struct mrl_err *err) {
  struct ext *x = self;
  char what[64], answer[80];
  snprintf(what, sizeof what, "step %d", x->t);
  snprintf(answer, sizeof answer, "the answer to step %d", x->t);
  char *line = NULL;
  enum mrl_status s = send_msg(x, mrl_proto_step(e, x->episode, x->t), what, err);
  if (s == MRL_OK) s = receive_msg(x, answer, &line, err);
  if (s == MRL_OK) s = mrl_proto_parse_action(e, x->t, line, a, err);
  return s == MRL_OK ? MRL_OK : failed(x, s, err);
}

static enum mrl_status ext_feedback(void *self, struct mrl_env *e, const struct mrl_step_result *r,
                                    struct mrl_err *err) {
  struct ext *x = self;
  char what[64];
  snprintf(what, sizeof what, "the result of step %d", x->t);
  enum mrl_status s = send_msg(x, mrl_proto_result(x->episode, x->t, r), what, err);
  ++x->t;
  if (s == MRL_OK && r->done) s = send_msg(x, mrl_proto_episode_end(e, x->episode, r), "episode_end", err);
  return s;
}

static void ext_close(void *self) {
  struct ext *x = self;
  if (mrl_pipe_is_open(&x->pipe)) {
    struct mrl_err ignored;
    char *bye = mrl_proto_bye();
    if (bye) mrl_pipe_write_line(&x->pipe, bye, BYE_GRACE_S, "bye", &ignored);
    free(bye);
  }
  mrl_pipe_close(&x->pipe, BYE_GRACE_S);
  free(x->cmd);
  free(x);
}

static enum mrl_status open_ext(const char *cmd, const struct mrl_agent_opts *o, struct mrl_agent *out,
                                struct mrl_err *err) {
  struct ext *x = calloc(1, sizeof *x);
  if (!x || (cmd && !(x->cmd = strdup(cmd)))) {
    free(x);
    return mrl_fail(err, MRL_ENOMEM, "out of memory");
  }
  mrl_pipe_init(&x->pipe);
  x->timeout_s = o->answer_timeout_s > 0 ? o->answer_timeout_s : 10;
  x->seed = o->seed;
  out->self = x;
  out->act = ext_act;
  out->setup = ext_setup;
  out->begin = ext_begin;
  out->feedback = ext_feedback;
  out->close = ext_close;
  return MRL_OK;
}

enum mrl_status mrl_exec_agent_open(const char *cmd, const struct mrl_agent_opts *o, struct mrl_agent *out,
                                    struct mrl_err *err) {
  return open_ext(cmd, o, out, err);
}

enum mrl_status mrl_stdio_agent_open(const char *arg, const struct mrl_agent_opts *o, struct mrl_agent *out,
                                     struct mrl_err *err) {
  (void)arg;
  enum mrl_status s = open_ext(NULL, o, out, err);
  if (s != MRL_OK) return s;
  struct ext *x = out->self;
  s = mrl_pipe_open_stdio(&x->pipe, err);
  if (s != MRL_OK) {
    ext_close(x);
    memset(out, 0, sizeof *out);
  }
  return s;
}
