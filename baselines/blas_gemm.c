/* The vendor-library baseline for matmul: OpenBLAS GEMM (C += A * B, row-major) timed with the
 * same protocol as mlirrl run (warm-up, calibrated inner iterations, median of samples).
 *
 *   mlirrl-blas-gemm M N K [--threads T] [--f64] [--samples S] [--min-sample-ms MS] [--budget SEC]
 *
 * Prints one JSON object on stdout, with every sample's time per call and the kernel OpenBLAS
 * chose for this CPU (its core name; OPENBLAS_CORETYPE in the environment can force another). */
#include <cblas.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "stats.h"

void openblas_set_num_threads(int);
char *openblas_get_config(void);
char *openblas_get_corename(void);

static double now_ns(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

struct gemm {
  int m, n, k, f64;
  void *a, *b, *c;
};

static void call(const struct gemm *g) {
  if (g->f64)
    cblas_dgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, g->m, g->n, g->k, 1.0, g->a, g->k, g->b,
                g->n, 1.0, g->c, g->n);
  else
    cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, g->m, g->n, g->k, 1.0f, g->a, g->k, g->b,
                g->n, 1.0f, g->c, g->n);
}

static double per_call(const struct gemm *g, long iters) {
  double t = now_ns();
  for (long i = 0; i < iters; ++i) call(g);
  return (now_ns() - t) / (double)iters;
}

static void *filled(size_t n, int f64) {
  void *p = malloc(n * (f64 ? 8 : 4));
  if (!p) return NULL;
  for (size_t i = 0; i < n; ++i) {
    double v = (double)((i * 2654435761u) % 1000) / 1000.0 + 0.01;
    if (f64) ((double *)p)[i] = v;
    else ((float *)p)[i] = (float)v;
  }
  return p;
}

int main(int argc, char **argv) {
  if (argc < 4) {
    fprintf(stderr,
            "usage: mlirrl-blas-gemm M N K [--threads T] [--f64] [--samples S] [--min-sample-ms MS] [--budget SEC]\n");
    return 2;
  }
  struct gemm g = {atoi(argv[1]), atoi(argv[2]), atoi(argv[3]), 0, NULL, NULL, NULL};
  int threads = 2, samples = 10;
  double min_ms = 20, budget_s = 30;
  for (int i = 4; i < argc; ++i) {
    if (!strcmp(argv[i], "--f64")) g.f64 = 1;
    else if (!strcmp(argv[i], "--threads") && i + 1 < argc) threads = atoi(argv[++i]);
    else if (!strcmp(argv[i], "--samples") && i + 1 < argc) samples = atoi(argv[++i]);
    else if (!strcmp(argv[i], "--min-sample-ms") && i + 1 < argc) min_ms = atof(argv[++i]);
    else if (!strcmp(argv[i], "--budget") && i + 1 < argc) budget_s = atof(argv[++i]);
    else {
      fprintf(stderr, "mlirrl-blas-gemm: unknown option '%s'\n", argv[i]);
      return 2;
    }
  }
  if (g.m < 1 || g.n < 1 || g.k < 1 || threads < 1 || samples < 1) {
    fprintf(stderr, "mlirrl-blas-gemm: sizes, threads and samples must be positive\n");
    return 2;
  }
  openblas_set_num_threads(threads);
  g.a = filled((size_t)g.m * g.k, g.f64);
  g.b = filled((size_t)g.k * g.n, g.f64);
  g.c = filled((size_t)g.m * g.n, g.f64);
  double *ns = calloc((size_t)samples, sizeof *ns);
  if (!g.a || !g.b || !g.c || !ns) {
    fprintf(stderr, "mlirrl-blas-gemm: out of memory\n");
    return 1;
  }
  call(&g);
  call(&g);
  long iters = 1;
  while (per_call(&g, iters) * (double)iters < min_ms * 1e6) iters *= 2;
  /* The harness's rule: stop early past the timed budget, keeping at least 3 samples. */
  double spent = 0;
  int taken = 0;
  while (taken < samples && (taken < 3 || spent < budget_s * 1e9)) {
    ns[taken] = per_call(&g, iters);
    spent += ns[taken++] * (double)iters;
  }
  samples = taken;
  struct mrl_summary sum;
  struct mrl_err e;
  if (mrl_stats_summarize(ns, (size_t)samples, &sum, &e) != MRL_OK) {
    fprintf(stderr, "mlirrl-blas-gemm: %s\n", e.msg);
    return 1;
  }
  double flops = 2.0 * g.m * g.n * g.k;
  printf("{\"baseline\": \"openblas\", \"routine\": \"%s\", \"m\": %d, \"n\": %d, \"k\": %d, "
         "\"threads\": %d, \"median_ns\": %.1f, \"mad_ns\": %.1f, \"samples\": %d, "
         "\"inner_iterations\": %ld, \"gflops\": %.2f, \"corename\": \"%s\", \"config\": \"%s\", \"sample_ns\": [",
         g.f64 ? "dgemm" : "sgemm", g.m, g.n, g.k, threads, sum.median, sum.mad, samples, iters,
         flops / sum.median, openblas_get_corename(), openblas_get_config());
  for (int s = 0; s < samples; ++s) printf("%s%.1f", s ? ", " : "", ns[s]);
  printf("]}\n");
  free(g.a);
  free(g.b);
  free(g.c);
  free(ns);
  return 0;
}
