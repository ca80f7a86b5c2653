/* The channel to an external agent's process (agents/pipe.h), with shell one-liners as agents:
 * lines both ways (one longer than a pipe's buffer), an answer too late, a peer that does not
 * read, an overlong line, a peer that exits, is killed, cannot be run, or closes its input
 * (EPIPE, never SIGPIPE), and that every child is reaped when the channel closes. Each failure
 * is MRL_EAGENT with a one-line "CLASS: detail" message. */
#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "check.h"
#include "pipe.h"

static double now_s(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

static int starts_with(const char *s, const char *prefix) { return !strncmp(s, prefix, strlen(prefix)); }

/* No child of this process is left, running or unreaped. */
static int no_children(void) { return waitpid(-1, NULL, WNOHANG) < 0 && errno == ECHILD; }

/* 1 when a process of group pgid is running (not a zombie). */
static int group_alive(pid_t pgid) {
  DIR *d = opendir("/proc");
  struct dirent *ent;
  int alive = 0;
  while (d && !alive && (ent = readdir(d))) {
    char path[300], buf[512];
    snprintf(path, sizeof path, "/proc/%s/stat", ent->d_name);
    FILE *f = ent->d_name[0] >= '0' && ent->d_name[0] <= '9' ? fopen(path, "r") : NULL;
    if (!f) continue;
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    buf[n] = '\0';
    char state;
    int ppid, pgrp;
    const char *close_paren = strrchr(buf, ')');
    if (close_paren && sscanf(close_paren + 1, " %c %d %d", &state, &ppid, &pgrp) == 3)
      alive = pgrp == pgid && state != 'Z' && state != 'X';
  }
  if (d) closedir(d);
  return alive;
}

static void open_cmd(struct mrl_pipe *p, const char *cmd) {
  struct mrl_err err = {{0}};
  CHECK(mrl_pipe_open_exec(p, cmd, &err) == MRL_OK);
  CHECK(mrl_pipe_is_open(p));
}

/* Reads a line and expects a failure whose message starts with prefix. */
static void expect_read_failure(struct mrl_pipe *p, double timeout_s, const char *prefix) {
  struct mrl_err err = {{0}};
  char *line = NULL;
  CHECK(mrl_pipe_read_line(p, timeout_s, "the answer", &line, &err) == MRL_EAGENT);
  if (!starts_with(err.msg, prefix)) fprintf(stderr, "got '%s', expected '%s...'\n", err.msg, prefix);
  CHECK(starts_with(err.msg, prefix));
  CHECK(!strchr(err.msg, '\n'));
}

static void test_echo(void) {
  struct mrl_pipe p;
  struct mrl_err err = {{0}};
  open_cmd(&p, "exec cat");
  char *big = malloc(MRL_PIPE_MAX_LINE + 1);
  memset(big, 'a', MRL_PIPE_MAX_LINE);
  big[MRL_PIPE_MAX_LINE] = '\0';
  char *line = NULL;
  CHECK(mrl_pipe_write_line(&p, "{\"msg\":\"one\"}", 1, "one", &err) == MRL_OK);
  CHECK(mrl_pipe_write_line(&p, "two", 1, "two", &err) == MRL_OK);
  CHECK(mrl_pipe_read_line(&p, 1, "one", &line, &err) == MRL_OK && !strcmp(line, "{\"msg\":\"one\"}"));
  CHECK(mrl_pipe_read_line(&p, 1, "two", &line, &err) == MRL_OK && !strcmp(line, "two"));
  /* A line of the largest size, more than a pipe holds: written while cat echoes it. */
  CHECK(mrl_pipe_write_line(&p, big, 5, "big", &err) == MRL_OK);
  CHECK(mrl_pipe_read_line(&p, 5, "big", &line, &err) == MRL_OK && strlen(line) == MRL_PIPE_MAX_LINE);
  free(big);
  mrl_pipe_close(&p, 1);
  CHECK(!mrl_pipe_is_open(&p) && p.pid == -1);
  CHECK(no_children());
  mrl_pipe_close(&p, 1); /* closing again is harmless */
}

static void test_timeout(void) {
  struct mrl_pipe p;
  open_cmd(&p, "exec sleep 30");
  double t0 = now_s();
  expect_read_failure(&p, 0.2, "timeout: the answer did not come within 0.2 s");
  CHECK(now_s() - t0 < 2);
  /* A peer that does not read: the write stops at its deadline. */
  size_t n = 1 << 20;
  char *big = malloc(n + 1);
  memset(big, 'b', n);
  big[n] = '\0';
  struct mrl_err err = {{0}};
  t0 = now_s();
  CHECK(mrl_pipe_write_line(&p, big, 0.2, "step 0", &err) == MRL_EAGENT);
  CHECK(starts_with(err.msg, "timeout: the agent did not read step 0 within 0.2 s"));
  CHECK(now_s() - t0 < 2);
  free(big);
  t0 = now_s();
  mrl_pipe_close(&p, 0);
  CHECK(now_s() - t0 < 2);
  CHECK(no_children());
}

static void test_oversize(void) {
  struct mrl_pipe p;
  open_cmd(&p, "head -c 70000 /dev/zero | tr '\\0' x; echo; exec sleep 30");
  expect_read_failure(&p, 5, "oversize: the answer is a line longer than 65536 bytes");
  mrl_pipe_close(&p, 0);
  CHECK(no_children());
}

static void test_exits(void) {
  struct mrl_pipe p;
  open_cmd(&p, "exit 3");
  expect_read_failure(&p, 5, "gone: the agent exited with status 3 before the answer");
  mrl_pipe_close(&p, 0);
  open_cmd(&p, "kill -9 $$");
  expect_read_failure(&p, 5, "gone: the agent was killed by signal 9");
  mrl_pipe_close(&p, 0);
  open_cmd(&p, "no-such-agent-command-here 2>/dev/null");
  expect_read_failure(&p, 5, "gone: the agent exited with status 127 (127: the shell could not run the command)");
  mrl_pipe_close(&p, 0);
  CHECK(no_children());
}

static void test_epipe(void) {
  struct mrl_pipe p;
  struct mrl_err err = {{0}};
  /* stdin closed, then a process that holds nothing of the pipe: the write finds no reader. */
  open_cmd(&p, "exec 0<&- sleep 30");
  usleep(200000);
  CHECK(mrl_pipe_write_line(&p, "hello", 1, "hello", &err) == MRL_EAGENT);
  CHECK(starts_with(err.msg, "gone: the agent closed its input (it is still running), while sending hello"));
  sigset_t pending;
  sigpending(&pending);
  CHECK(!sigismember(&pending, SIGPIPE)); /* held back and taken off */
  mrl_pipe_close(&p, 0);
  CHECK(no_children());
}

static void test_grandchildren(void) {
  /* A shell that waits for its own child: closing kills the whole process group. */
  struct mrl_pipe p;
  open_cmd(&p, "sleep 30; echo late");
  usleep(100000);
  pid_t group = p.pid;
  double t0 = now_s();
  mrl_pipe_close(&p, 0.1);
  CHECK(now_s() - t0 < 2);
  int alive = 1; /* the shell's child, killed too, is another's to reap: dead is enough */
  for (int i = 0; i < 100 && alive; ++i, usleep(10000)) alive = group_alive(group);
  CHECK(!alive);
  CHECK(no_children());
}

int main(void) {
  test_echo();
  test_timeout();
  test_oversize();
  test_exits();
  test_epipe();
  test_grandchildren();
  return CHECK_DONE();
}
