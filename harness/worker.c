/* memfd_create, NSIG */
#define _GNU_SOURCE
#include "worker.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "buffers.h"
#include "jit.h"
#include "lower.h"
#include "npy.h"
#include "sha256.h"
#include "transform.h"

/* Messages both ways are one fixed-size struct: simple, and a short read means a dead peer. */
enum msg_type {
  MSG_BEGIN,    /* child: stage a starts */
  MSG_END,      /* child: stage a done after d[0] ms */
  MSG_READY,    /* child: compiled, arguments filled */
  MSG_FAIL,     /* child: status in a, text */
  MSG_DONE,     /* child: command done, results in a, d[] */
  MSG_COUNTER,  /* child: one counter (text = name, a = available, d[0] = value, reason) */
  MSG_OBJECT,   /* child: text = SHA-256 of the compiled machine code ("" when unknown) */
  CMD_CHECK,    /* parent: one call on fresh inputs, outputs to the shared region */
  CMD_CALIBRATE,/* parent: a = warm-up calls, d[0] = minimum sample ns */
  CMD_SAMPLE,   /* parent: a = iterations */
  CMD_COUNTERS, /* parent: a = iterations */
  CMD_QUIT,
};

struct msg {
  int32_t type;
  int32_t status;
  int64_t a;
  double d[2];
  char text[1024];
  char reason[MRL_COUNTER_REASON];
};

struct mrl_worker {
  pid_t pid;
  int fd;
  const struct mrl_worker_spec *spec;
  unsigned char *shared; /* outputs, laid out argument after argument */
  size_t shared_bytes;
  size_t *offset;        /* offset of each argument's output in shared (outputs only) */
  double stage_ms[MRL_STAGE_COUNT];
  char object_sha256[MRL_SHA256_HEX_LEN]; /* of the machine code; empty: unknown */
  int stage; /* stage running when the child was last heard of, -1 none */
  enum mrl_outcome outcome;
  int dead;
  int errfd; /* the child's stderr (an anonymous file): LLVM's fatal errors end up there */
  int slot;  /* in the table of live workers, -1 none */
};

static const char *const stage_names[] = {"parse", "transform", "lower", "jit", "setup", "run"};

/* ---------------------------------------------------------------- test-only fault injection */

enum inject_point { INJECT_CALLOC, INJECT_MMAP, INJECT_MEMFD, INJECT_SOCKETPAIR, INJECT_FORK, INJECT_COUNT };

/* 1 when MLIRRL_TEST_FAULT names the point: errno is then set as the system would set it. */
static int injected(enum inject_point point) {
  static const char *const names[INJECT_COUNT] = {"calloc", "mmap", "memfd", "socketpair", "fork"};
  static const int codes[INJECT_COUNT] = {ENOMEM, ENOMEM, EMFILE, EMFILE, EAGAIN};
  static int parsed;
  static unsigned mask;
  if (!parsed) {
    parsed = 1;
    const char *env = getenv("MLIRRL_TEST_FAULT");
    while (env && *env) {
      size_t n = strcspn(env, ",");
      int k = 0;
      while (k < INJECT_COUNT && !(strlen(names[k]) == n && !strncmp(env, names[k], n))) ++k;
      if (k < INJECT_COUNT) mask |= 1u << k;
      else if (n) fprintf(stderr, "mlirrl: MLIRRL_TEST_FAULT: unknown point '%.*s' ignored\n", (int)n, env);
      env += n + (env[n] == ',');
    }
  }
  if (!(mask & 1u << point)) return 0;
  errno = codes[point];
  return 1;
}

static void *worker_calloc(size_t n, size_t size) { return injected(INJECT_CALLOC) ? NULL : calloc(n, size); }

/* ---------------------------------------------------------------- live workers
 *
 * Every worker has a slot from mrl_worker_start to mrl_worker_stop: its child's pid (which is
 * also its process group) for mrl_worker_kill_all, and the parent's ends of its descriptors,
 * which a child forked later closes. fork copies every descriptor (CLOEXEC acts on exec
 * only), and a sibling holding a worker's socket would keep that worker from ever seeing the
 * harness hang up. */

#define LIVE_MAX 64

static struct {
  volatile sig_atomic_t pid; /* > 0 while the child may be alive; read by signal handlers */
  int fd, errfd;
  int used;
} live[LIVE_MAX];

static int live_claim(void) {
  for (int i = 0; i < LIVE_MAX; ++i) {
    if (live[i].used) continue;
    live[i].used = 1;
    live[i].pid = 0;
    live[i].fd = live[i].errfd = -1;
    return i;
  }
  return -1;
}

static void live_release(int slot) {
  if (slot < 0) return;
  live[slot].pid = 0;
  live[slot].fd = live[slot].errfd = -1;
  live[slot].used = 0;
}

void mrl_worker_kill_all(void) {
  int saved = errno;
  for (int i = 0; i < LIVE_MAX; ++i) {
    pid_t pid = live[i].pid;
    if (pid <= 0) continue;
    kill(-pid, SIGKILL);
    kill(pid, SIGKILL); /* in case the child has not made its group yet */
  }
  errno = saved;
}

/* ---------------------------------------------------------------- child side */

struct child {
  int fd;
  const struct mrl_worker_spec *spec;
  struct mrl_worker *w;
  struct mrl_jit *jit;
  struct mrl_buffers buf;
};

static double now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec * 1e-6;
}

static void send_msg(int fd, const struct msg *m) {
  const char *p = (const char *)m;
  size_t left = sizeof *m;
  while (left > 0) {
    ssize_t k = write(fd, p, left);
    if (k < 0 && errno == EINTR) continue;
    if (k <= 0) _exit(3); /* the parent is gone: nothing left to report to */
    p += k;
    left -= (size_t)k;
  }
}

static void send_simple(int fd, int type, int64_t a, double d0, const char *text) {
  struct msg m;
  memset(&m, 0, sizeof m);
  m.type = type;
  m.a = a;
  m.d[0] = d0;
  if (text) snprintf(m.text, sizeof m.text, "%s", text);
  send_msg(fd, &m);
}

static void child_fail(struct child *c, enum mrl_status s, const struct mrl_err *e) {
  struct msg m;
  memset(&m, 0, sizeof m);
  m.type = MSG_FAIL;
  m.status = (int32_t)s;
  snprintf(m.text, sizeof m.text, "%s", e->msg);
  send_msg(c->fd, &m);
  _exit(0);
}

/* A fault under the address-space limit is most often an allocation that failed (malloc
 * returned null and the code stored through it). The handler tells the parent which one it
 * was before the default action ends the process; it only uses async-signal-safe calls. */
static int fault_fd = -1;
static uint64_t fault_limit;
static struct msg fault_msg;

static uint64_t vm_bytes(void) {
  char buf[64];
  int fd = open("/proc/self/statm", O_RDONLY);
  if (fd < 0) return 0;
  ssize_t n = read(fd, buf, sizeof buf - 1);
  close(fd);
  uint64_t pages = 0;
  for (ssize_t i = 0; i < n && buf[i] >= '0' && buf[i] <= '9'; ++i) pages = pages * 10 + (uint64_t)(buf[i] - '0');
  return pages * 4096;
}

static void on_fault(int sig) {
  if (fault_limit && vm_bytes() >= fault_limit / 10 * 8) {
    const char *p = (const char *)&fault_msg;
    size_t left = sizeof fault_msg;
    while (left > 0) {
      ssize_t k = write(fault_fd, p, left);
      if (k <= 0) break;
      p += k;
      left -= (size_t)k;
    }
  }
  signal(sig, SIG_DFL);
  raise(sig);
}

static void watch_faults(int fd, uint64_t limit) {
  static char altstack[1 << 16];
  stack_t ss = {.ss_sp = altstack, .ss_size = sizeof altstack, .ss_flags = 0};
  sigaltstack(&ss, NULL);
  fault_fd = fd;
  fault_limit = limit;
  memset(&fault_msg, 0, sizeof fault_msg);
  fault_msg.type = MSG_FAIL;
  fault_msg.status = MRL_ENOMEM;
  snprintf(fault_msg.text, sizeof fault_msg.text,
           "out of memory: the address space reached the worker's %llu MB limit",
           (unsigned long long)(limit >> 20));
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_fault;
  sa.sa_flags = SA_ONSTACK | SA_RESETHAND;
  sigaction(SIGSEGV, &sa, NULL);
  sigaction(SIGBUS, &sa, NULL);
  sigaction(SIGABRT, &sa, NULL);
}

static void apply_limits(const struct mrl_worker_spec *spec) {
  struct rlimit r = {0, 0};
  setrlimit(RLIMIT_CORE, &r);
  if (spec->mem_limit_bytes) {
    r.rlim_cur = r.rlim_max = spec->mem_limit_bytes;
    setrlimit(RLIMIT_AS, &r);
  }
  if (spec->cpu_limit_s) {
    r.rlim_cur = spec->cpu_limit_s;
    r.rlim_max = spec->cpu_limit_s + 5;
    setrlimit(RLIMIT_CPU, &r);
  }
}

/* OpenMP settings must be in the environment before libomp starts in the JIT. A block time
 * of 1 ms keeps threads spinning between back-to-back calls of a sample, yet lets them sleep
 * before the other worker's sample starts (the default 200 ms would steal its cores). */
static void set_openmp_env(int threads) {
  char n[16];
  snprintf(n, sizeof n, "%d", threads);
  setenv("OMP_NUM_THREADS", n, 1);
  setenv("KMP_BLOCKTIME", "1", 0);
}

/* The hash of the machine code the JIT produced, by way of a temporary object file; a failure
 * only leaves the hash unknown. */
static void send_object_hash(struct child *c) {
  char path[4096], hex[MRL_SHA256_HEX_LEN] = "";
  const char *tmp = getenv("TMPDIR");
  snprintf(path, sizeof path, "%s/mlirrl-object-XXXXXX", tmp && *tmp ? tmp : "/tmp");
  int fd = mkstemp(path);
  if (fd >= 0) {
    close(fd);
    struct mrl_err e;
    if (mrl_jit_dump_object(c->jit, path, &e) != MRL_OK || mrl_sha256_hex_of_file(path, hex, &e) != MRL_OK)
      hex[0] = 0;
    unlink(path);
  }
  send_simple(c->fd, MSG_OBJECT, 0, 0, hex);
}

static void compile(struct child *c) {
  const struct mrl_worker_spec *spec = c->spec;
  struct mrl_err e = {{0}};
  struct mrl_mlir *m = NULL;
  MlirModule mod = {NULL};
  enum mrl_status s = mrl_mlir_open(&m, &e);
  if (s != MRL_OK) child_fail(c, s, &e);
  struct { int stage; } st;
  double t;
#define STAGE(id, call)                                                       \
  do {                                                                        \
    st.stage = id;                                                            \
    send_simple(c->fd, MSG_BEGIN, id, 0, NULL);                               \
    t = now_ms();                                                             \
    s = (call);                                                               \
    if (s != MRL_OK) child_fail(c, s, &e);                                    \
    send_simple(c->fd, MSG_END, id, now_ms() - t, NULL);                      \
  } while (0)
  STAGE(MRL_STAGE_PARSE, mrl_bench_parse(m, spec->bench_text, &mod, &e));
  if (spec->transform_text) STAGE(MRL_STAGE_TRANSFORM, mrl_transform_apply(m, mod, spec->transform_text, &e));
  STAGE(MRL_STAGE_LOWER, mrl_lower_run(m, mod, spec->pipeline, &e));
  STAGE(MRL_STAGE_JIT, mrl_jit_create(m, mod, spec->sig->name, 3, &c->jit, &e));
#undef STAGE
  (void)st;
  send_object_hash(c);
  /* The engine keeps its own copy of the code; the module and context are no longer needed
   * but MLIR's JIT holds references into the context, so both stay until the child exits. */
}

static enum mrl_status fill_inputs(struct child *c, struct mrl_err *e) {
  const struct mrl_signature *sig = c->spec->sig;
  for (int i = 0; i < sig->nargs; ++i) {
    mrl_buffers_fill(sig, &c->buf, i, c->spec->seed);
    if (c->spec->abs_inputs) mrl_buffers_abs(sig, &c->buf, i);
    if (!c->spec->inputs_dir) continue;
    char path[4096];
    snprintf(path, sizeof path, "%s/arg%d.npy", c->spec->inputs_dir, i);
    if (access(path, R_OK) == 0) {
      enum mrl_status s = mrl_npy_read(path, &sig->args[i], c->buf.data[i], e);
      if (s != MRL_OK) return s;
    }
  }
  return MRL_OK;
}

static void call_kernel(void *arg) {
  struct child *c = arg;
  mrl_jit_call(c->jit, c->buf.args);
}

static double time_calls(struct child *c, int64_t iters) {
  struct timespec a, b;
  clock_gettime(CLOCK_MONOTONIC, &a);
  for (int64_t i = 0; i < iters; ++i) mrl_jit_call(c->jit, c->buf.args);
  clock_gettime(CLOCK_MONOTONIC, &b);
  return ((double)(b.tv_sec - a.tv_sec) * 1e9 + (double)(b.tv_nsec - a.tv_nsec)) / (double)iters;
}

static void do_check(struct child *c) {
  struct mrl_err e = {{0}};
  const struct mrl_signature *sig = c->spec->sig;
  enum mrl_status s = fill_inputs(c, &e);
  if (s != MRL_OK) child_fail(c, s, &e);
  double t = now_ms();
  mrl_jit_call(c->jit, c->buf.args);
  t = now_ms() - t;
  for (int i = 0; i < sig->nargs; ++i) {
    if (!sig->args[i].is_output) continue;
    memcpy(c->w->shared + c->w->offset[i], c->buf.data[i], c->buf.bytes[i]);
  }
  if (c->spec->perturb_output) {
    for (int i = 0; i < sig->nargs; ++i) {
      if (!sig->args[i].is_output) continue;
      unsigned char *p = c->w->shared + c->w->offset[i];
      switch (sig->args[i].elem) {
      case MRL_ELEM_F32: *(float *)p = *(float *)p * 1.5f + 1.0f; break;
      case MRL_ELEM_F64: *(double *)p = *(double *)p * 1.5 + 1.0; break;
      case MRL_ELEM_I32: *(int32_t *)p += 1; break;
      case MRL_ELEM_I64: *(int64_t *)p += 1; break;
      }
      break;
    }
  }
  send_simple(c->fd, MSG_DONE, 1, t * 1e6, NULL);
}

static void do_calibrate(struct child *c, int warmup, double min_ns) {
  for (int i = 0; i < warmup; ++i) mrl_jit_call(c->jit, c->buf.args);
  int64_t iters = 1;
  double per = time_calls(c, iters);
  while (per * (double)iters < min_ns && iters < ((int64_t)1 << 40)) {
    /* Jump close to the target when one call is far too short, then settle by doubling. */
    double want = min_ns / (per > 1 ? per : 1);
    int64_t next = iters * 2;
    if (want > (double)next * 4) next = (int64_t)(want / 2);
    iters = next;
    per = time_calls(c, iters);
  }
  send_simple(c->fd, MSG_DONE, iters, per, NULL);
}

static void do_counters(struct child *c, int64_t iters) {
  struct mrl_counter_set set;
  mrl_counters_measure(call_kernel, c, iters, &set);
  for (int i = 0; i < set.n; ++i) {
    struct msg m;
    memset(&m, 0, sizeof m);
    m.type = MSG_COUNTER;
    m.a = set.c[i].available;
    m.d[0] = set.c[i].per_call;
    snprintf(m.text, sizeof m.text, "%s", set.c[i].name);
    snprintf(m.reason, sizeof m.reason, "%s", set.c[i].reason);
    send_msg(c->fd, &m);
  }
  send_simple(c->fd, MSG_DONE, set.n, 0, set.note);
}

static int read_full(int fd, void *buf, size_t n) {
  char *p = buf;
  while (n > 0) {
    ssize_t k = read(fd, p, n);
    if (k < 0 && errno == EINTR) continue;
    if (k <= 0) return -1;
    p += k;
    n -= (size_t)k;
  }
  return 0;
}

/* First thing after fork: die with the parent, even if it died already; drop the harness's
 * signal handlers (they would act on the parent's workers); close the other workers' fds. */
static void child_detach(pid_t parent, int self, const sigset_t *mask) {
  prctl(PR_SET_PDEATHSIG, SIGKILL);
  if (getppid() != parent) _exit(1);
  for (int sig = 1; sig < NSIG; ++sig) {
    struct sigaction sa;
    if (sig == SIGKILL || sig == SIGSTOP || sigaction(sig, NULL, &sa) != 0) continue;
    if (!(sa.sa_flags & SA_SIGINFO) && (sa.sa_handler == SIG_DFL || sa.sa_handler == SIG_IGN)) continue;
    sa.sa_handler = SIG_DFL;
    sa.sa_flags = 0;
    sigaction(sig, &sa, NULL);
  }
  for (int i = 0; i < LIVE_MAX; ++i) {
    if (i != self && live[i].fd >= 0) close(live[i].fd);
    if (i != self && live[i].errfd >= 0) close(live[i].errfd);
    live_release(i);
  }
  sigprocmask(SIG_SETMASK, mask, NULL);
}

static void child_main(struct mrl_worker *w) {
  struct child c = {.fd = w->fd, .spec = w->spec, .w = w};
  setpgid(0, 0);
  if (w->errfd >= 0) dup2(w->errfd, STDERR_FILENO);
  apply_limits(w->spec);
  watch_faults(w->fd, w->spec->mem_limit_bytes);
  set_openmp_env(w->spec->threads);
  compile(&c);
  struct mrl_err e = {{0}};
  send_simple(c.fd, MSG_BEGIN, MRL_STAGE_SETUP, 0, NULL);
  enum mrl_status s = mrl_buffers_create(w->spec->sig, &c.buf, &e);
  if (s != MRL_OK) child_fail(&c, s, &e);
  s = fill_inputs(&c, &e);
  if (s != MRL_OK) child_fail(&c, s, &e);
  send_simple(c.fd, MSG_READY, 0, 0, NULL);
  for (;;) {
    struct msg m;
    if (read_full(c.fd, &m, sizeof m) != 0) _exit(0);
    switch (m.type) {
    case CMD_CHECK: do_check(&c); break;
    case CMD_CALIBRATE: do_calibrate(&c, (int)m.a, m.d[0]); break;
    case CMD_SAMPLE: send_simple(c.fd, MSG_DONE, m.a, time_calls(&c, m.a), NULL); break;
    case CMD_COUNTERS: do_counters(&c, m.a); break;
    default: _exit(0);
    }
  }
}

/* ---------------------------------------------------------------- parent side */

static enum mrl_outcome outcome_of_stage(int stage) {
  switch (stage) {
  case MRL_STAGE_PARSE: return MRL_OUTCOME_INVALID_INPUT;
  case MRL_STAGE_TRANSFORM: return MRL_OUTCOME_TRANSFORM_FAILED;
  case MRL_STAGE_LOWER:
  case MRL_STAGE_JIT: return MRL_OUTCOME_COMPILE_FAILED;
  default: return MRL_OUTCOME_CRASHED;
  }
}

/* Reaps the child if it has exited (or waits for it unless nohang): 1 when reaped. Its slot
 * forgets the pid before the pid is freed, so mrl_worker_kill_all never hits a stranger. */
static int reap(struct mrl_worker *w, int *st, int nohang) {
  siginfo_t si;
  memset(&si, 0, sizeof si);
  while (waitid(P_PID, (id_t)w->pid, &si, WEXITED | WNOWAIT | (nohang ? WNOHANG : 0)) != 0) {
    if (errno == EINTR) continue;
    si.si_pid = w->pid; /* not our child any more: nothing to wait for */
    break;
  }
  if (si.si_pid == 0) return 0;
  if (w->slot >= 0) live[w->slot].pid = 0;
  while (waitpid(w->pid, st, 0) < 0 && errno == EINTR) {
  }
  w->pid = -1;
  return 1;
}

static void kill_child(struct mrl_worker *w) {
  if (w->pid <= 0) return;
  kill(-w->pid, SIGKILL);
  kill(w->pid, SIGKILL);
  int st;
  reap(w, &st, 0);
  w->dead = 1;
}

/* The last line the child wrote to stderr (LLVM ERROR: ..., an assertion), or "". */
static void stderr_tail(const struct mrl_worker *w, char *buf, size_t n) {
  buf[0] = '\0';
  if (w->errfd < 0 || n < 8) return;
  off_t end = lseek(w->errfd, 0, SEEK_END);
  if (end <= 0) return;
  off_t start = end > (off_t)(n - 1) ? end - (off_t)(n - 1) : 0;
  ssize_t k = pread(w->errfd, buf, (size_t)(end - start), start);
  if (k <= 0) return;
  buf[k] = '\0';
  while (k > 0 && (buf[k - 1] == '\n' || buf[k - 1] == ' ')) buf[--k] = '\0';
  char *last = strrchr(buf, '\n');
  if (last) memmove(buf, last + 1, strlen(last + 1) + 1);
}

/* Explains why the child stopped talking: its exit status or signal, and the stage. */
static enum mrl_status child_died(struct mrl_worker *w, struct mrl_err *err) {
  int st = 0;
  /* The socket closes a moment before the process is reaped. */
  for (int i = 0; i < 200 && !reap(w, &st, 1); ++i) usleep(5000);
  if (w->pid > 0) {
    kill(-w->pid, SIGKILL);
    kill(w->pid, SIGKILL);
    reap(w, &st, 0);
  }
  w->dead = 1;
  const char *stage = w->stage >= 0 ? stage_names[w->stage] : "start";
  if (WIFSIGNALED(st) && (WTERMSIG(st) == SIGXCPU)) {
    w->outcome = MRL_OUTCOME_TIMED_OUT;
    return mrl_fail(err, MRL_EWORKER, "worker exceeded its CPU-time limit during %s", stage);
  }
  w->outcome = outcome_of_stage(w->stage);
  char tail[300];
  stderr_tail(w, tail, sizeof tail);
  const char *sep = tail[0] ? ": " : "";
  if (WIFSIGNALED(st))
    return mrl_fail(err, MRL_EWORKER, "worker killed by signal %d (%s) during %s%s%s", WTERMSIG(st),
                    strsignal(WTERMSIG(st)), stage, sep, tail);
  return mrl_fail(err, MRL_EWORKER, "worker exited with status %d during %s%s%s",
                  WIFEXITED(st) ? WEXITSTATUS(st) : -1, stage, sep, tail);
}

/* Waits for the next message within timeout_s; classifies a timeout or a dead child. */
static enum mrl_status recv_msg(struct mrl_worker *w, struct msg *m, double timeout_s,
                                struct mrl_err *err) {
  struct pollfd p = {.fd = w->fd, .events = POLLIN};
  double deadline = now_ms() + timeout_s * 1e3;
  for (;;) {
    double left = deadline - now_ms();
    if (left <= 0) {
      const char *stage = w->stage >= 0 ? stage_names[w->stage] : "start";
      kill_child(w);
      w->outcome = MRL_OUTCOME_TIMED_OUT;
      return mrl_fail(err, MRL_EWORKER, "worker exceeded the %.3g s limit during %s", timeout_s, stage);
    }
    int r = poll(&p, 1, left > 1e9 ? 1000000000 : (int)ceil(left));
    if (r < 0 && errno == EINTR) continue;
    if (r > 0) break;
  }
  if (read_full(w->fd, m, sizeof *m) != 0) return child_died(w, err);
  return MRL_OK;
}

static enum mrl_status send_cmd(struct mrl_worker *w, int type, int64_t a, double d0,
                                struct mrl_err *err) {
  if (w->dead) return mrl_fail(err, MRL_EWORKER, "worker is not running");
  struct msg m;
  memset(&m, 0, sizeof m);
  m.type = type;
  m.a = a;
  m.d[0] = d0;
  const char *p = (const char *)&m;
  size_t left = sizeof m;
  while (left > 0) {
    ssize_t k = send(w->fd, p, left, MSG_NOSIGNAL);
    if (k < 0 && errno == EINTR) continue;
    if (k <= 0) return child_died(w, err);
    p += k;
    left -= (size_t)k;
  }
  return MRL_OK;
}

/* Reads messages until MSG_DONE (or MSG_READY); a MSG_FAIL is classified by its stage. */
static enum mrl_status await(struct mrl_worker *w, int until, double timeout_s, struct msg *out,
                             struct mrl_err *err) {
  for (;;) {
    enum mrl_status s = recv_msg(w, out, timeout_s, err);
    if (s != MRL_OK) return s;
    switch (out->type) {
    case MSG_BEGIN: w->stage = (int)out->a; break;
    case MSG_END: w->stage_ms[out->a] = out->d[0]; break;
    case MSG_OBJECT: snprintf(w->object_sha256, sizeof w->object_sha256, "%.64s", out->text); break;
    case MSG_FAIL:
      w->outcome = out->status == MRL_EPARSE || out->status == MRL_EBENCH || out->status == MRL_EINVAL
                       ? MRL_OUTCOME_INVALID_INPUT
                       : outcome_of_stage(w->stage);
      if (out->status == MRL_EIO) w->outcome = MRL_OUTCOME_INVALID_INPUT;
      kill_child(w);
      return mrl_fail(err, (enum mrl_status)out->status, "%s", out->text);
    default:
      if (out->type == until) return MRL_OK;
      if (out->type != MSG_COUNTER) {
        kill_child(w);
        w->outcome = MRL_OUTCOME_CRASHED;
        return mrl_fail(err, MRL_EWORKER, "worker protocol error (message %d)", out->type);
      }
      return MRL_OK;
    }
  }
}

/* A failure of the harness's own calls before the child runs: nothing to do with the
 * benchmark. errno is the call's. */
static enum mrl_status harness_failed(struct mrl_worker *w, enum mrl_status s, const char *call,
                                      struct mrl_err *err) {
  const char *why = strerror(errno);
  w->outcome = MRL_OUTCOME_HARNESS_ERROR;
  return mrl_fail(err, s, "cannot start a worker: %s failed: %s", call, why);
}

static enum mrl_status map_outputs(struct mrl_worker *w, struct mrl_err *err) {
  const struct mrl_signature *sig = w->spec->sig;
  w->offset = worker_calloc((size_t)(sig->nargs ? sig->nargs : 1), sizeof *w->offset);
  if (!w->offset) return harness_failed(w, MRL_ENOMEM, "calloc", err);
  size_t total = 0;
  for (int i = 0; i < sig->nargs; ++i) {
    if (!sig->args[i].is_output) continue;
    w->offset[i] = total;
    total += ((size_t)mrl_arg_elems(&sig->args[i]) * mrl_elem_size(sig->args[i].elem) + 63) / 64 * 64;
  }
  w->shared_bytes = total ? total : 64;
  void *p = injected(INJECT_MMAP) ? MAP_FAILED
                                   : mmap(NULL, w->shared_bytes, PROT_READ | PROT_WRITE,
                                          MAP_SHARED | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED) return harness_failed(w, MRL_ENOMEM, "mmap of the output region", err);
  w->shared = p;
  return MRL_OK;
}

/* The channels to the child, registered in w's slot before the fork so that children forked
 * later close them. */
static enum mrl_status open_channels(struct mrl_worker *w, int sv[2], struct mrl_err *err) {
  w->errfd = injected(INJECT_MEMFD) ? -1 : memfd_create("mlirrl-worker-stderr", MFD_CLOEXEC);
  if (w->errfd < 0) return harness_failed(w, MRL_EIO, "memfd_create", err);
  live[w->slot].errfd = w->errfd;
  if (injected(INJECT_SOCKETPAIR) || socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) != 0)
    return harness_failed(w, MRL_EIO, "socketpair", err);
  live[w->slot].fd = sv[0];
  return MRL_OK;
}

/* The signals are blocked from the fork until the child's pid is in the table (parent) or
 * the harness's handlers are gone (child): a Ctrl-C in between leaves no worker behind. */
static pid_t fork_worker(struct mrl_worker *w, int sv[2]) {
  sigset_t all, old;
  sigfillset(&all);
  sigprocmask(SIG_BLOCK, &all, &old);
  pid_t parent = getpid();
  fflush(NULL);
  pid_t pid = injected(INJECT_FORK) ? -1 : fork();
  if (pid == 0) {
    child_detach(parent, w->slot, &old);
    close(sv[0]);
    w->fd = sv[1];
    child_main(w);
    _exit(0);
  }
  int saved = errno;
  if (pid > 0) {
    setpgid(pid, pid); /* also done by the child: whichever runs first */
    live[w->slot].pid = pid;
  }
  sigprocmask(SIG_SETMASK, &old, NULL);
  errno = saved;
  return pid;
}

enum mrl_status mrl_worker_start(const struct mrl_worker_spec *spec, struct mrl_worker **out,
                                 struct mrl_err *err) {
  *out = NULL;
  struct mrl_worker *w = worker_calloc(1, sizeof *w);
  if (!w) return mrl_fail(err, MRL_ENOMEM, "cannot start a worker: calloc failed: %s", strerror(errno));
  *out = w;
  w->spec = spec;
  w->pid = -1;
  w->fd = -1;
  w->errfd = -1;
  w->stage = -1;
  w->dead = 1;
  for (int i = 0; i < MRL_STAGE_COUNT; ++i) w->stage_ms[i] = -1;
  w->slot = live_claim();
  if (w->slot < 0) {
    w->outcome = MRL_OUTCOME_HARNESS_ERROR;
    return mrl_fail(err, MRL_EWORKER, "cannot start a worker: %d workers are alive already", LIVE_MAX);
  }
  int sv[2];
  enum mrl_status s = map_outputs(w, err);
  if (s == MRL_OK) s = open_channels(w, sv, err);
  if (s != MRL_OK) return s;
  w->fd = sv[0];
  pid_t pid = fork_worker(w, sv);
  int fork_errno = errno;
  close(sv[1]);
  errno = fork_errno;
  if (pid < 0) return harness_failed(w, MRL_EIO, "fork", err);
  w->pid = pid;
  w->dead = 0;
  struct msg m;
  return await(w, MSG_READY, spec->compile_timeout_s, &m, err);
}

const char *mrl_worker_object_sha256(const struct mrl_worker *w) { return w ? w->object_sha256 : ""; }

double mrl_worker_stage_ms(const struct mrl_worker *w, enum mrl_stage s) {
  return w && (unsigned)s < MRL_STAGE_COUNT ? w->stage_ms[s] : -1;
}

enum mrl_outcome mrl_worker_outcome(const struct mrl_worker *w) {
  return w ? w->outcome : MRL_OUTCOME_HARNESS_ERROR;
}

enum mrl_status mrl_worker_check_call(struct mrl_worker *w, struct mrl_err *err) {
  w->stage = MRL_STAGE_RUN;
  enum mrl_status s = send_cmd(w, CMD_CHECK, 0, 0, err);
  struct msg m;
  return s != MRL_OK ? s : await(w, MSG_DONE, w->spec->run_timeout_s, &m, err);
}

const void *mrl_worker_output(const struct mrl_worker *w, int arg) {
  return w->shared + w->offset[arg];
}

enum mrl_status mrl_worker_calibrate(struct mrl_worker *w, int warmup, double min_ns,
                                     int64_t *iters, double *ns_per_call, struct mrl_err *err) {
  struct msg m;
  enum mrl_status s = send_cmd(w, CMD_CALIBRATE, warmup, min_ns, err);
  /* Calibration may run warm-up calls plus samples up to twice the target: allow for it. */
  double limit = w->spec->run_timeout_s * (warmup + 4);
  if (s == MRL_OK) s = await(w, MSG_DONE, limit, &m, err);
  if (s != MRL_OK) return s;
  *iters = m.a;
  *ns_per_call = m.d[0];
  return MRL_OK;
}

enum mrl_status mrl_worker_sample(struct mrl_worker *w, int64_t iters, double *ns_per_call,
                                  struct mrl_err *err) {
  struct msg m;
  enum mrl_status s = send_cmd(w, CMD_SAMPLE, iters, 0, err);
  if (s == MRL_OK) s = await(w, MSG_DONE, w->spec->run_timeout_s, &m, err);
  if (s == MRL_OK) *ns_per_call = m.d[0];
  return s;
}

enum mrl_status mrl_worker_counters(struct mrl_worker *w, int64_t iters,
                                    struct mrl_counter_set *out, struct mrl_err *err) {
  memset(out, 0, sizeof *out);
  enum mrl_status s = send_cmd(w, CMD_COUNTERS, iters, 0, err);
  /* Events that cannot share a set are counted in separate runs: allow one run each. */
  double limit = w->spec->run_timeout_s * (MRL_MAX_COUNTERS + 2);
  while (s == MRL_OK) {
    struct msg m;
    s = await(w, MSG_DONE, limit, &m, err);
    if (s != MRL_OK) break;
    if (m.type == MSG_DONE) {
      snprintf(out->note, sizeof out->note, "%s", m.text);
      break;
    }
    if (out->n >= MRL_MAX_COUNTERS) continue;
    struct mrl_counter *c = &out->c[out->n++];
    snprintf(c->name, sizeof c->name, "%s", m.text);
    c->available = (int)m.a;
    c->per_call = m.d[0];
    snprintf(c->reason, sizeof c->reason, "%s", m.reason);
  }
  return s;
}

void mrl_worker_stop(struct mrl_worker *w) {
  if (!w) return;
  if (!w->dead) {
    struct mrl_err e;
    if (send_cmd(w, CMD_QUIT, 0, 0, &e) == MRL_OK) {
      /* Give it a moment to exit by itself, then make sure. */
      int st;
      for (int i = 0; i < 100 && !reap(w, &st, 1); ++i) usleep(2000);
    }
    kill_child(w);
  }
  live_release(w->slot); /* before the descriptors close: their numbers will be reused */
  if (w->fd >= 0) close(w->fd);
  if (w->errfd >= 0) close(w->errfd);
  if (w->shared) munmap(w->shared, w->shared_bytes);
  free(w->offset);
  free(w);
}
