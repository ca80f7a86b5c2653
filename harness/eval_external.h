/* The baselines of mlirrl eval that are timed outside mlirrl's workers: PyTorch (eager and
 * TorchScript, through baselines/torch_server.py, one Python process per run speaking JSON
 * lines) and OpenBLAS GEMM (the mlirrl-blas-gemm program). Both time with the eval profile's
 * protocol (warm-up, calibrated samples, per-call nanoseconds) at the run's thread count;
 * mlirrl eval turns their samples into records against the default pipeline of the same run.
 *
 * Where they come from: $MLIRRL_PYTHON (default /usr/bin/python3; may carry arguments) runs
 * $MLIRRL_TORCH_SERVER (default <source>/baselines/torch_server.py); $MLIRRL_BLAS_GEMM
 * overrides the mlirrl-blas-gemm built beside mlirrl.
 *
 * Ownership: mrl_ext_timing owns its sample array (mrl_ext_timing_free); the torch client is
 * created by mrl_torch_open and released by mrl_torch_close, which ends the server. */
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

struct mrl_torch;

/* Starts the server and reads its hello. Never fails: a server that cannot start or has no
 * torch gives a client whose every answer is unavailable with the reason. */
struct mrl_torch *mrl_torch_open(void);
/* method: "pytorch" or "torchscript". */
void mrl_torch_time(struct mrl_torch *t, const struct mrl_eval_bench *b, const char *method, int threads,
                    const struct mrl_measure_opts *m, struct mrl_ext_timing *out);
void mrl_torch_close(struct mrl_torch *t);

struct mrl_gemm_shape {
  int64_t m, n, k;
  int f64;
};

void mrl_openblas_time(const struct mrl_gemm_shape *g, int threads, const struct mrl_measure_opts *m,
                       struct mrl_ext_timing *out);

#endif
