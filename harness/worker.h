/* A measuring worker: a forked child that compiles one version of a benchmark (the default
 * pipeline, or a transform script then the same lowering), then runs the kernel on command.
 *
 * The child has its own MLIR context, a wall-clock timeout per step, and address-space, CPU
 * and core-size rlimits: a crash, hang, MLIR abort or runaway allocation kills only the child
 * and becomes an outcome. The parent keeps the child alive between commands so that two
 * workers (baseline, candidate) can be sampled alternately.
 *
 * Ownership: mrl_worker_start allocates the worker; mrl_worker_stop kills the child if it is
 * still alive and frees everything, including the shared output region.
 *
 * Lifetime: a worker never outlives the harness. Each child runs in its own process group,
 * holds none of the other workers' descriptors, and is killed by the kernel when the thread
 * that forked it exits (PR_SET_PDEATHSIG) -- so mrl_worker_start must be called from a thread
 * that lives as long as the worker: mlirrl calls it from its main thread only. A signal
 * handler of the harness calls mrl_worker_kill_all before the harness dies.
 *
 * Test-only fault injection (SQLite's habit): the environment variable
 * MLIRRL_TEST_FAULT=<point>[,<point>...], read once per process, makes the named system
 * calls of mrl_worker_start fail as if the system refused them, to prove the failure paths:
 *   calloc      the worker's allocations           (errno ENOMEM)
 *   mmap        the shared output region           (errno ENOMEM)
 *   memfd       the child's stderr file            (errno EMFILE)
 *   socketpair  the command socket                 (errno EMFILE)
 *   fork        the child itself                   (errno EAGAIN)
 * Every such failure is the outcome MRL_OUTCOME_HARNESS_ERROR with the call named in the
 * error text. Unknown points are reported on stderr and otherwise ignored. Never set it
 * outside tests. */
#ifndef MRL_WORKER_H
#define MRL_WORKER_H

#include <stdint.h>
#include <sys/types.h>

#include "bench.h"
#include "counters.h"
#include "outcome.h"

enum mrl_stage { MRL_STAGE_PARSE, MRL_STAGE_TRANSFORM, MRL_STAGE_LOWER, MRL_STAGE_JIT,
                 MRL_STAGE_SETUP, MRL_STAGE_RUN, MRL_STAGE_COUNT };

struct mrl_worker_spec {
  const char *bench_text;
  const char *transform_text; /* NULL: default pipeline only */
  const char *pipeline;
  const struct mrl_signature *sig;
  int threads;
  uint64_t seed;
  const char *inputs_dir;     /* NULL, or arg<i>.npy files to load (missing ones are filled) */
  int perturb_output;         /* test-only: corrupt the first output after the check call */
  int abs_inputs;             /* floating-point inputs replaced by their absolute values (the
                                 magnitude run of the output check, see verify.h) */
  double compile_timeout_s;
  double run_timeout_s;       /* per command: the check call, one sample, the counter pass */
  uint64_t mem_limit_bytes;   /* RLIMIT_AS; 0 = none */
  uint64_t cpu_limit_s;       /* RLIMIT_CPU; 0 = none */
};

struct mrl_worker;

/* Forks and waits until the child has compiled the version. On failure the outcome is
 * classified by mrl_worker_outcome and *out is still set (so the stage times are readable),
 * except when the worker itself cannot be allocated: then *out is NULL, which
 * mrl_worker_outcome, mrl_worker_stage_ms and mrl_worker_stop accept. A failure of the
 * harness's own calls before the child runs (allocation, mapping, memfd_create, socketpair,
 * fork) is MRL_OUTCOME_HARNESS_ERROR: memfd_create is not optional, as without the child's
 * stderr a fatal LLVM error could not be told in the record. */
enum mrl_status mrl_worker_start(const struct mrl_worker_spec *spec, struct mrl_worker **out,
                                 struct mrl_err *err);

/* Milliseconds spent in a compile stage, or a negative value if the stage did not run (or
 * w is NULL). */
double mrl_worker_stage_ms(const struct mrl_worker *w, enum mrl_stage s);
/* SHA-256 (hex) of the machine code the worker compiled; "" when unknown. */
const char *mrl_worker_object_sha256(const struct mrl_worker *w);

/* Outcome of the last failed command (MRL_OUTCOME_OK while everything succeeded);
 * MRL_OUTCOME_HARNESS_ERROR for a NULL worker (its allocation failed). */
enum mrl_outcome mrl_worker_outcome(const struct mrl_worker *w);

/* One call on fresh inputs; the outputs are then readable with mrl_worker_output. */
enum mrl_status mrl_worker_check_call(struct mrl_worker *w, struct mrl_err *err);
const void *mrl_worker_output(const struct mrl_worker *w, int arg);

/* Runs `warmup` calls, then doubles the iteration count until one sample of that many calls
 * takes at least min_ns; returns the count and the last sample's time per call. */
enum mrl_status mrl_worker_calibrate(struct mrl_worker *w, int warmup, double min_ns,
                                     int64_t *iters, double *ns_per_call, struct mrl_err *err);

/* One timed sample of `iters` back-to-back calls: time per call in ns. */
enum mrl_status mrl_worker_sample(struct mrl_worker *w, int64_t iters, double *ns_per_call,
                                  struct mrl_err *err);

enum mrl_status mrl_worker_counters(struct mrl_worker *w, int64_t iters,
                                    struct mrl_counter_set *out, struct mrl_err *err);

/* NULL is a no-op. */
void mrl_worker_stop(struct mrl_worker *w);

/* SIGKILLs the process group of every live worker. Async-signal-safe (only kill() over a
 * fixed-size table), for the harness's SIGINT/SIGTERM handler; the workers are not reaped
 * and their structs stay allocated, so it is meant for a process about to die. */
void mrl_worker_kill_all(void);

#endif
