#define _GNU_SOURCE /* pipe2 */
#include "pipe.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now_s(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

void mrl_pipe_init(struct mrl_pipe *p) {
  memset(p, 0, sizeof *p);
  p->pid = -1;
  p->rfd = p->wfd = -1;
}

int mrl_pipe_is_open(const struct mrl_pipe *p) {
  return p->rfd >= 0 && p->wfd >= 0;
}

static enum mrl_status alloc_buf(struct mrl_pipe *p, struct mrl_err *err) {
  p->buf = malloc(MRL_PIPE_MAX_LINE + 1);
  if (!p->buf) return mrl_fail(err, MRL_ENOMEM, "out of memory");
  return MRL_OK;
}

/* ---------------------------------------------------------------- opening */

/* In the child, between fork and exec: die with the harness, leave its signal mask and its
 * ignored SIGPIPE behind, and take the pipes as stdin and stdout. */
static void child_exec(pid_t parent, const char *cmd, int in, int out) {
  setpgid(0, 0);
  prctl(PR_SET_PDEATHSIG, SIGKILL);
  if (getppid() != parent) _exit(127);
  signal(SIGPIPE, SIG_DFL);
  sigset_t none;
  sigemptyset(&none);
  sigprocmask(SIG_SETMASK, &none, NULL);
  if (dup2(in, 0) < 0 || dup2(out, 1) < 0) _exit(127);
  execl("/bin/sh", "sh", "-c", cmd, (char *)NULL);
  _exit(127);
}

enum mrl_status mrl_pipe_open_exec(struct mrl_pipe *p, const char *cmd, struct mrl_err *err) {
  mrl_pipe_init(p);
  if (alloc_buf(p, err) != MRL_OK) return MRL_ENOMEM;
  int to[2] = {-1, -1}, from[2] = {-1, -1};
  if (pipe2(to, O_CLOEXEC) != 0 || pipe2(from, O_CLOEXEC) != 0) {
    int e = errno;
    for (int i = 0; i < 2; ++i) {
      if (to[i] >= 0) close(to[i]);
      if (from[i] >= 0) close(from[i]);
    }
    free(p->buf);
    p->buf = NULL;
    return mrl_fail(err, MRL_EAGENT, "start: cannot make pipes for the agent: %s", strerror(e));
  }
  pid_t parent = getpid();
  pid_t pid = fork();
  if (pid == 0) child_exec(parent, cmd, to[0], from[1]);
  int e = errno;
  close(to[0]);
  close(from[1]);
  if (pid < 0) {
    close(to[1]);
    close(from[0]);
    free(p->buf);
    p->buf = NULL;
    return mrl_fail(err, MRL_EAGENT, "start: cannot fork the agent: %s", strerror(e));
  }
  setpgid(pid, pid); /* the child does it too: whichever runs first */
  p->pid = pid;
  p->wfd = to[1];
  p->rfd = from[0];
  /* Our ends only (the child's are other open files): a full pipe makes a write return, so
   * its deadline holds. */
  fcntl(p->wfd, F_SETFL, fcntl(p->wfd, F_GETFL) | O_NONBLOCK);
  fcntl(p->rfd, F_SETFL, fcntl(p->rfd, F_GETFL) | O_NONBLOCK);
  return MRL_OK;
}

static int stdio_taken;

enum mrl_status mrl_pipe_open_stdio(struct mrl_pipe *p, struct mrl_err *err) {
  mrl_pipe_init(p);
  if (stdio_taken) return mrl_fail(err, MRL_EINVAL, "stdin and stdout are taken by another agent already");
  if (alloc_buf(p, err) != MRL_OK) return MRL_ENOMEM;
  fflush(stdout);
  int in = fcntl(0, F_DUPFD_CLOEXEC, 3), out = fcntl(1, F_DUPFD_CLOEXEC, 3);
  int null = open("/dev/null", O_RDONLY | O_CLOEXEC);
  if (in < 0 || out < 0 || null < 0 || dup2(null, 0) < 0 || dup2(2, 1) < 0) {
    int e = errno;
    if (in >= 0) close(in);
    if (out >= 0) close(out);
    if (null >= 0) close(null);
    free(p->buf);
    p->buf = NULL;
    return mrl_fail(err, MRL_EAGENT, "start: cannot take stdin and stdout for the protocol: %s", strerror(e));
  }
  close(null);
  stdio_taken = 1;
  p->stdio = 1;
  p->rfd = in;
  p->wfd = out;
  return MRL_OK;
}

/* ---------------------------------------------------------------- the peer gone */

/* What became of the peer that closed its end: its exit status when it has exited (waited for
 * up to a second, without reaping it). */
static void describe_gone(struct mrl_pipe *p, const char *end, char *out, size_t n) {
  if (p->pid <= 0) {
    snprintf(out, n, "the agent on the other side of mlirrl's stdin and stdout closed them");
    return;
  }
  siginfo_t si;
  for (int i = 0; i < 100; ++i) {
    memset(&si, 0, sizeof si);
    if (waitid(P_PID, (id_t)p->pid, &si, WEXITED | WNOHANG | WNOWAIT) == 0 && si.si_pid == p->pid) break;
    usleep(10000);
  }
  if (si.si_pid != p->pid)
    snprintf(out, n, "the agent closed its %s (it is still running)", end);
  else if (si.si_code == CLD_EXITED && si.si_status > 128 && si.si_status < 128 + NSIG)
    snprintf(out, n, "the agent exited with status %d (the shell's way of saying: killed by signal %d, %s)",
             si.si_status, si.si_status - 128, strsignal(si.si_status - 128));
  else if (si.si_code == CLD_EXITED)
    snprintf(out, n, "the agent exited with status %d%s", si.si_status,
             si.si_status == 127 ? " (127: the shell could not run the command)" : "");
  else
    snprintf(out, n, "the agent was killed by signal %d (%s)", si.si_status, strsignal(si.si_status));
}

/* ---------------------------------------------------------------- writing */

/* write(2) with SIGPIPE held back: a reader that is gone gives EPIPE, and the signal it raised
 * is taken off the pending set (unless it was pending before), so that it never kills the
 * harness (MSG_NOSIGNAL for pipes; the disposition of SIGPIPE is not touched). */
static ssize_t write_nosigpipe(int fd, const void *b, size_t n) {
  sigset_t pipe_set, old, pending;
  sigemptyset(&pipe_set);
  sigaddset(&pipe_set, SIGPIPE);
  pthread_sigmask(SIG_BLOCK, &pipe_set, &old);
  sigpending(&pending);
  int was_pending = sigismember(&pending, SIGPIPE);
  ssize_t k = write(fd, b, n);
  int e = errno;
  if (k < 0 && e == EPIPE && !was_pending) {
    struct timespec zero = {0, 0};
    while (sigtimedwait(&pipe_set, NULL, &zero) < 0 && errno == EINTR) {
    }
  }
  pthread_sigmask(SIG_SETMASK, &old, NULL);
  errno = e;
  return k;
}

static enum mrl_status write_all(struct mrl_pipe *p, const char *b, size_t n, double deadline,
                                 double timeout_s, const char *what, struct mrl_err *err) {
  while (n > 0) {
    double left = deadline - now_s();
    if (left <= 0)
      return mrl_fail(err, MRL_EAGENT, "timeout: the agent did not read %s within %g s", what, timeout_s);
    struct pollfd pf = {p->wfd, POLLOUT, 0};
    int r = poll(&pf, 1, (int)(left * 1000) + 1);
    if (r < 0 && errno != EINTR)
      return mrl_fail(err, MRL_EAGENT, "gone: cannot wait to write to the agent: %s", strerror(errno));
    if (r <= 0) continue;
    /* stdout may be shared with others, so it stays blocking: POLLOUT promises PIPE_BUF bytes. */
    size_t chunk = p->stdio && n > PIPE_BUF ? PIPE_BUF : n;
    ssize_t k = write_nosigpipe(p->wfd, b, chunk);
    if (k < 0 && (errno == EINTR || errno == EAGAIN)) continue;
    if (k < 0) {
      int e = errno;
      char why[200];
      if (e == EPIPE)
        describe_gone(p, "input", why, sizeof why);
      else
        snprintf(why, sizeof why, "writing to the agent failed: %s", strerror(e));
      return mrl_fail(err, MRL_EAGENT, "gone: %s, while sending %s", why, what);
    }
    b += k;
    n -= (size_t)k;
  }
  return MRL_OK;
}

enum mrl_status mrl_pipe_write_line(struct mrl_pipe *p, const char *line, double timeout_s, const char *what,
                                    struct mrl_err *err) {
  if (p->wfd < 0) return mrl_fail(err, MRL_EAGENT, "gone: the channel to the agent is closed");
  double deadline = now_s() + timeout_s;
  enum mrl_status s = write_all(p, line, strlen(line), deadline, timeout_s, what, err);
  if (s == MRL_OK) s = write_all(p, "\n", 1, deadline, timeout_s, what, err);
  return s;
}

/* ---------------------------------------------------------------- reading */

enum mrl_status mrl_pipe_read_line(struct mrl_pipe *p, double timeout_s, const char *what, char **line,
                                   struct mrl_err *err) {
  if (p->rfd < 0) return mrl_fail(err, MRL_EAGENT, "gone: the channel to the agent is closed");
  if (p->taken) {
    memmove(p->buf, p->buf + p->taken, p->len - p->taken);
    p->len -= p->taken;
    p->taken = 0;
  }
  double deadline = now_s() + timeout_s;
  for (;;) {
    char *nl = memchr(p->buf, '\n', p->len);
    if (nl) {
      *nl = '\0';
      p->taken = (size_t)(nl - p->buf) + 1;
      *line = p->buf;
      return MRL_OK;
    }
    if (p->len >= MRL_PIPE_MAX_LINE + 1)
      return mrl_fail(err, MRL_EAGENT, "oversize: %s is a line longer than %d bytes", what,
                      MRL_PIPE_MAX_LINE);
    double left = deadline - now_s();
    if (left <= 0) return mrl_fail(err, MRL_EAGENT, "timeout: %s did not come within %g s", what, timeout_s);
    struct pollfd pf = {p->rfd, POLLIN, 0};
    int r = poll(&pf, 1, (int)(left * 1000) + 1);
    if (r < 0 && errno != EINTR)
      return mrl_fail(err, MRL_EAGENT, "gone: cannot wait for the agent: %s", strerror(errno));
    if (r <= 0) continue;
    ssize_t k = read(p->rfd, p->buf + p->len, MRL_PIPE_MAX_LINE + 1 - p->len);
    if (k < 0 && (errno == EINTR || errno == EAGAIN)) continue;
    if (k <= 0) {
      char why[200];
      if (k == 0)
        describe_gone(p, "output", why, sizeof why);
      else
        snprintf(why, sizeof why, "reading from the agent failed: %s", strerror(errno));
      return mrl_fail(err, MRL_EAGENT, "gone: %s before %s%s", why, what, p->len ? " was complete" : "");
    }
    p->len += (size_t)k;
  }
}

/* ---------------------------------------------------------------- closing */

static int has_exited(pid_t pid) {
  siginfo_t si;
  memset(&si, 0, sizeof si);
  return waitid(P_PID, (id_t)pid, &si, WEXITED | WNOHANG | WNOWAIT) == 0 && si.si_pid == pid;
}

void mrl_pipe_close(struct mrl_pipe *p, double grace_s) {
  if (p->wfd >= 0) close(p->wfd);
  p->wfd = -1;
  if (p->pid > 0) {
    double until = now_s() + grace_s;
    while (!has_exited(p->pid) && now_s() < until)
      usleep(5000);
    /* The leader is not reaped yet, so its group id cannot have been reused: this reaches
     * whatever the shell started, too. */
    kill(-p->pid, SIGKILL);
    kill(p->pid, SIGKILL);
    while (waitpid(p->pid, NULL, 0) < 0 && errno == EINTR) {
    }
    p->pid = -1;
  }
  if (p->rfd >= 0) close(p->rfd);
  p->rfd = -1;
  free(p->buf);
  p->buf = NULL;
  p->len = p->taken = 0;
}
