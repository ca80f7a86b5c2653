#define _GNU_SOURCE /* pipe2 */
#include "eval_external.h"

#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#ifndef MLIRRL_SOURCE_DIR
#define MLIRRL_SOURCE_DIR "."
#endif
#ifndef MLIRRL_BLAS_GEMM_PATH
#define MLIRRL_BLAS_GEMM_PATH ""
#endif

void mrl_ext_timing_free(struct mrl_ext_timing *t) {
  if (!t) return;
  free(t->sample_ns);
  t->sample_ns = NULL;
  t->n = 0;
}

static void set(struct mrl_ext_timing *t, enum mrl_ext_status s, const char *reason) {
  t->status = s;
  snprintf(t->reason, sizeof t->reason, "%s", reason ? reason : "");
}

/* ---------------------------------------------------------------- child processes */

struct child {
  pid_t pid;
  int in, out; /* its stdin (we write), its stdout (we read); -1 when closed */
  char buf[1 << 16];
  size_t len;
};

/* Runs argv with pipes on stdin and stdout; stderr is inherited (diagnostics reach the user).
 * The child is in a process group of its own (the terminal's Ctrl-C goes to mlirrl, which
 * decides) and dies with mlirrl. */
static int spawn(char *const argv[], struct child *c) {
  int pin[2], pout[2];
  memset(c, 0, sizeof *c);
  c->pid = -1;
  c->in = c->out = -1;
  if (pipe2(pin, O_CLOEXEC) != 0) return -1;
  if (pipe2(pout, O_CLOEXEC) != 0) {
    close(pin[0]);
    close(pin[1]);
    return -1;
  }
  pid_t pid = fork();
  if (pid == 0) {
    setpgid(0, 0);
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    dup2(pin[0], 0);
    dup2(pout[1], 1);
    execv(argv[0], argv);
    _exit(127);
  }
  close(pin[0]);
  close(pout[1]);
  if (pid < 0) {
    close(pin[1]);
    close(pout[0]);
    return -1;
  }
  signal(SIGPIPE, SIG_IGN); /* a dead child is noticed by the write's error */
  c->pid = pid;
  c->in = pin[1];
  c->out = pout[0];
  return 0;
}

static double now_s(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

/* Reads one line (without its newline) into line; 1 on success, 0 at EOF, -1 on timeout, -2
 * when the line does not fit. */
static int read_line(struct child *c, char *line, size_t n, double timeout_s) {
  double deadline = now_s() + timeout_s;
  for (;;) {
    char *nl = memchr(c->buf, '\n', c->len);
    if (nl) {
      size_t k = (size_t)(nl - c->buf);
      if (k >= n) return -2;
      memcpy(line, c->buf, k);
      line[k] = '\0';
      memmove(c->buf, nl + 1, c->len - k - 1);
      c->len -= k + 1;
      return 1;
    }
    if (c->len == sizeof c->buf) return -2;
    double left = deadline - now_s();
    if (left <= 0) return -1;
    struct pollfd p = {c->out, POLLIN, 0};
    int r = poll(&p, 1, (int)(left * 1000) + 1);
    if (r < 0 && errno == EINTR) continue;
    if (r == 0) return -1;
    ssize_t got = read(c->out, c->buf + c->len, sizeof c->buf - c->len);
    if (got < 0 && errno == EINTR) continue;
    if (got <= 0) return 0;
    c->len += (size_t)got;
  }
}

static void end_child(struct child *c) {
  if (c->in >= 0) close(c->in);
  if (c->out >= 0) close(c->out);
  c->in = c->out = -1;
  if (c->pid > 0) {
    /* EOF on its stdin ends a well-behaved server; give it a moment, then kill. */
    for (int i = 0; i < 50; ++i) {
      if (waitpid(c->pid, NULL, WNOHANG) == c->pid) {
        c->pid = -1;
        return;
      }
      usleep(20000);
    }
    kill(c->pid, SIGKILL);
    waitpid(c->pid, NULL, 0);
    c->pid = -1;
  }
}

/* ---------------------------------------------------------------- timing servers */

/* What tells the servers apart: their name for people, the override of their path, the
 * script under the source tree, the hello's version key, the test that proves their
 * counterparts. */
static const struct server_kind {
  const char *name, *env, *script, *version_key;
} server_kinds[MRL_SERVER_KIND_COUNT] = {
    [MRL_SERVER_TORCH] = {"PyTorch", "MLIRRL_TORCH_SERVER", "baselines/torch_server.py", "torch"},
    [MRL_SERVER_HALIDE] = {"Halide", "MLIRRL_HALIDE_SERVER", "baselines/halide_server.py", "halide"},
};

struct mrl_server {
  const struct server_kind *k;
  struct child c;
  int alive;
  char down[512]; /* why every answer is unavailable, or "" */
  char version[64];
};

static int start_server(struct mrl_server *t) {
  const char *py = getenv("MLIRRL_PYTHON");
  const char *server = getenv(t->k->env);
  char path[4200];
  if (!server) {
    snprintf(path, sizeof path, "%s/%s", MLIRRL_SOURCE_DIR, t->k->script);
    server = path;
  }
  if (access(server, R_OK) != 0) {
    snprintf(t->down, sizeof t->down, "the %s timing server %s is missing", t->k->name, server);
    return -1;
  }
  /* sh splits MLIRRL_PYTHON, so that it may carry options ("/usr/bin/python3 -S"). */
  char cmd[512];
  snprintf(cmd, sizeof cmd, "exec %s \"$0\"", py && *py ? py : "/usr/bin/python3");
  char *argv[] = {"/bin/sh", "-c", cmd, (char *)server, NULL};
  if (spawn(argv, &t->c) != 0) {
    snprintf(t->down, sizeof t->down, "cannot start the %s timing server: %s", t->k->name, strerror(errno));
    return -1;
  }
  char line[4096];
  int r = read_line(&t->c, line, sizeof line, 120);
  json_t *h = r == 1 ? json_loads(line, 0, NULL) : NULL;
  if (!json_is_object(h) || !json_object_get(h, "hello")) {
    snprintf(t->down, sizeof t->down, "the %s timing server did not start (%s)", t->k->name,
             r == 0 ? "it exited" : r == -1 ? "no answer within 120 s" : "its first line is not a hello");
    json_decref(h);
    end_child(&t->c);
    return -1;
  }
  const char *v = json_string_value(json_object_get(h, t->k->version_key));
  if (v)
    snprintf(t->version, sizeof t->version, "%s", v);
  else {
    const char *why = json_string_value(json_object_get(h, "reason"));
    snprintf(t->down, sizeof t->down, "%s", why ? why : "the library is not available");
  }
  json_decref(h);
  t->alive = 1;
  return 0;
}

struct mrl_server *mrl_server_open(enum mrl_server_kind kind) {
  struct mrl_server *t = calloc(1, sizeof *t);
  if (!t) return NULL;
  t->k = &server_kinds[(unsigned)kind < MRL_SERVER_KIND_COUNT ? kind : MRL_SERVER_TORCH];
  start_server(t);
  return t;
}

void mrl_server_close(struct mrl_server *t) {
  if (!t) return;
  if (t->alive) end_child(&t->c);
  free(t);
}

static int write_all(int fd, const char *s, size_t n) {
  while (n) {
    ssize_t w = write(fd, s, n);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) return -1;
    s += w;
    n -= (size_t)w;
  }
  return 0;
}

static const struct {
  const char *name;
  enum mrl_ext_status status;
} status_names[] = {{"ok", MRL_EXT_OK},
                    {"unavailable", MRL_EXT_UNAVAILABLE},
                    {"not_applicable", MRL_EXT_NOT_APPLICABLE},
                    {"failed", MRL_EXT_FAILED}};

/* Fills out from one result object of the server's answer. */
static void from_result(json_t *res, struct mrl_ext_timing *out) {
  const char *st = json_string_value(json_object_get(res, "status"));
  const char *reason = json_string_value(json_object_get(res, "reason"));
  const char *what = json_string_value(json_object_get(res, "what"));
  snprintf(out->what, sizeof out->what, "%s", what ? what : "");
  for (size_t i = 0; st && i < sizeof status_names / sizeof status_names[0]; ++i)
    if (!strcmp(st, status_names[i].name)) {
      set(out, status_names[i].status, reason);
      if (out->status != MRL_EXT_OK) return;
      json_t *s = json_object_get(res, "sample_ns");
      size_t n = json_array_size(s);
      out->sample_ns = n ? calloc(n, sizeof *out->sample_ns) : NULL;
      for (size_t k = 0; out->sample_ns && k < n; ++k) {
        double v = json_number_value(json_array_get(s, k));
        if (!(v > 0)) break;
        out->sample_ns[out->n++] = v;
      }
      out->inner_iterations = (int64_t)json_integer_value(json_object_get(res, "inner_iterations"));
      if (out->n == 0 || out->n != (int)n) set(out, MRL_EXT_FAILED, "the server's answer has no valid samples");
      return;
    }
  set(out, MRL_EXT_FAILED, "the server's answer has an unknown status");
}

void mrl_server_time(struct mrl_server *t, const struct mrl_eval_bench *b, const char *method, int threads,
                     const struct mrl_measure_opts *m, struct mrl_ext_timing *out) {
  memset(out, 0, sizeof *out);
  if (!t) return set(out, MRL_EXT_UNAVAILABLE, "out of memory");
  if (!t->alive && !t->down[0]) start_server(t); /* the last one died: a fresh one */
  if (!t->alive || t->down[0]) return set(out, MRL_EXT_UNAVAILABLE, t->down);
  json_t *req = json_pack("{s:s, s:s?, s:s, s:[s], s:i, s:i, s:i, s:f, s:f}", "id", b->id, "manifest",
                          b->manifest[0] ? b->manifest : NULL, "file", b->path, "methods", method, "threads",
                          threads, "samples", m->samples, "warmup", m->warmup, "min_sample_ms", m->min_sample_ms,
                          "budget_s", m->budget_s);
  char *text = req ? json_dumps(req, JSON_COMPACT) : NULL;
  json_decref(req);
  if (!text) return set(out, MRL_EXT_FAILED, "out of memory");
  int w = write_all(t->c.in, text, strlen(text)) || write_all(t->c.in, "\n", 1);
  free(text);
  char *line = malloc(1 << 20);
  /* A model's TorchScript build, an autoscheduler and their timing take seconds, at most
   * minutes; ten minutes means it hangs. */
  int r = w || !line ? 0 : read_line(&t->c, line, 1 << 20, 600);
  json_t *ans = r == 1 ? json_loads(line, 0, NULL) : NULL;
  free(line);
  if (r != 1 || !ans) {
    char why[200];
    snprintf(why, sizeof why, "the %s timing server %s", t->k->name,
             r == -1  ? "gave no answer within 600 s"
             : r == 0 ? "died"
                      : "answered a line that is not JSON");
    set(out, r == -1 ? MRL_EXT_TIMED_OUT : MRL_EXT_FAILED, why);
    end_child(&t->c);
    t->alive = 0;
    json_decref(ans);
    return;
  }
  json_t *results = json_object_get(ans, "results");
  json_t *res = json_array_get(results, 0);
  if (!json_is_object(res)) {
    const char *e = json_string_value(json_object_get(ans, "error"));
    set(out, MRL_EXT_FAILED, e ? e : "the server's answer has no result");
  } else
    from_result(res, out);
  json_decref(ans);
}

/* ---------------------------------------------------------------- OpenBLAS */

static const char *blas_program(void) {
  const char *p = getenv("MLIRRL_BLAS_GEMM");
  return p && *p ? p : MLIRRL_BLAS_GEMM_PATH;
}

void mrl_openblas_time(const struct mrl_gemm_shape *g, int threads, const struct mrl_measure_opts *m,
                       struct mrl_ext_timing *out) {
  memset(out, 0, sizeof *out);
  const char *prog = blas_program();
  if (!*prog || access(prog, X_OK) != 0)
    return set(out, MRL_EXT_UNAVAILABLE, "OpenBLAS was not found when mlirrl was built (mlirrl-blas-gemm is missing)");
  char a[3][24], th[16], sa[16], ms[32], bs[32];
  snprintf(a[0], sizeof a[0], "%lld", (long long)g->m);
  snprintf(a[1], sizeof a[1], "%lld", (long long)g->n);
  snprintf(a[2], sizeof a[2], "%lld", (long long)g->k);
  snprintf(th, sizeof th, "%d", threads);
  snprintf(sa, sizeof sa, "%d", m->samples);
  snprintf(ms, sizeof ms, "%g", m->min_sample_ms);
  snprintf(bs, sizeof bs, "%g", m->budget_s);
  char *argv[] = {(char *)prog, a[0],      a[1], a[2], "--threads",       th, "--samples", sa, "--min-sample-ms",
                  ms,           "--budget", bs,   g->f64 ? "--f64" : NULL, NULL};
  struct child c;
  if (spawn(argv, &c) != 0) return set(out, MRL_EXT_FAILED, "cannot start mlirrl-blas-gemm");
  close(c.in);
  c.in = -1;
  char *line = malloc(1 << 18);
  int r = line ? read_line(&c, line, 1 << 18, 300) : 0;
  json_t *j = r == 1 ? json_loads(line, 0, NULL) : NULL;
  free(line);
  end_child(&c);
  if (!json_is_object(j)) {
    json_decref(j);
    return set(out, r == -1 ? MRL_EXT_TIMED_OUT : MRL_EXT_FAILED,
               r == -1 ? "mlirrl-blas-gemm gave no answer within 300 s" : "mlirrl-blas-gemm failed (see its message)");
  }
  json_t *res = json_pack("{s:s, s:O?, s:O?}", "status", "ok", "sample_ns", json_object_get(j, "sample_ns"),
                          "inner_iterations", json_object_get(j, "inner_iterations"));
  from_result(res, out);
  json_decref(res);
  const char *routine = json_string_value(json_object_get(j, "routine"));
  const char *core = json_string_value(json_object_get(j, "corename"));
  const char *config = json_string_value(json_object_get(j, "config"));
  const char *forced = getenv("OPENBLAS_CORETYPE");
  snprintf(out->what, sizeof out->what, "OpenBLAS %s %lldx%lldx%lld (M x N x K), %d threads, kernel %s%s%s, config '%s'",
           routine ? routine : "?", (long long)g->m, (long long)g->n, (long long)g->k, threads, core ? core : "?",
           forced ? " forced by OPENBLAS_CORETYPE=" : "", forced ? forced : "", config ? config : "?");
  json_decref(j);
}
