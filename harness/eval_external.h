/* The baselines of mlirrl eval that are timed outside mlirrl's workers: PyTorch (eager and
 * TorchScript, through baselines/torch_server.py) and Halide's autoschedulers (through
 * baselines/halide_server.py), each one Python process per run speaking JSON lines, and
 * OpenBLAS GEMM (the mlirrl-blas-gemm program). All time with the eval profile's
 * protocol (warm-up, calibrated samples, per-call nanoseconds) at the run's thread count;
 * mlirrl eval turns their samples into records against the default pipeline of the same run.
 *
 * Where they come from: $MLIRRL_PYTHON (default /usr/bin/python3; may carry arguments) runs
 * $MLIRRL_TORCH_SERVER (default <source>/baselines/torch_server.py) and $MLIRRL_HALIDE_SERVER
 * (default <source>/baselines/halide_server.py); $MLIRRL_BLAS_GEMM
 * overrides the mlirrl-blas-gemm built beside mlirrl.
 *
 * Ownership: mrl_ext_timing owns its sample array (mrl_ext_timing_free); a server client is
 * created by mrl_server_open and released by mrl_server_close, which ends the server. */
#ifndef MRL_EVAL_EXTERNAL_H
#define MRL_EVAL_EXTERNAL_H

#include <stdint.h>

#include "eval_plan.h"
#include "measure.h"

enum mrl_ext_status {
  MRL_EXT_OK,
  MRL_EXT_UNAVAILABLE,    /* the baseline cannot run on this machine (reason says why) */
  MRL_EXT_NOT_APPLICABLE, /* the benchmark has no counterpart: no record is written */
  MRL_EXT_FAILED,         /* it ran and failed (reason), or its process died or hung */
  MRL_EXT_TIMED_OUT,
};

struct mrl_ext_timing {
  enum mrl_ext_status status;
  char reason[512];
  char what[512]; /* what was timed, for people: "F.conv2d(...) f32, torch 1.13.1, 2 threads" */
  double *sample_ns;
  int n;
  int64_t inner_iterations;
};

void mrl_ext_timing_free(struct mrl_ext_timing *t);

/* The timing servers: Python processes speaking JSON lines (one per run and kind). */
enum mrl_server_kind {
  MRL_SERVER_TORCH,  /* baselines/torch_server.py: methods pytorch, torchscript */
  MRL_SERVER_HALIDE, /* baselines/halide_server.py: methods halide:<autoscheduler> */
  MRL_SERVER_KIND_COUNT
};

struct mrl_server;

/* Starts the server and reads its hello. Never fails but for memory: a server that cannot
 * start or lacks its library gives a client whose every answer is unavailable with the
 * reason. */
struct mrl_server *mrl_server_open(enum mrl_server_kind kind);
/* method: the eval method's name, as the server knows it ("pytorch", "halide:adams2019"). */
void mrl_server_time(struct mrl_server *t, const struct mrl_eval_bench *b, const char *method, int threads,
                     const struct mrl_measure_opts *m, struct mrl_ext_timing *out);
void mrl_server_close(struct mrl_server *t);

struct mrl_gemm_shape {
  int64_t m, n, k;
  int f64;
};

void mrl_openblas_time(const struct mrl_gemm_shape *g, int threads, const struct mrl_measure_opts *m,
                       struct mrl_ext_timing *out);

#endif
