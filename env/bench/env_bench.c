/* mrl_env_bench: the environment's overheads, for reports (not a test).
 *
 *   mrl_env_bench steps [--episodes N] BENCH...
 *       time of a symbolic step (mrl_env_step + mrl_env_observe) under the random agent, and of
 *       writing the schedule text and the transform script at the end of an episode;
 *   mrl_env_bench compile [--repeat N] BENCH SCHEDULE
 *       time of applying a whole schedule's script to a fresh parse of the benchmark, lowering
 *       it with the default pipeline and JIT-compiling it at O3, in this process (the paper's
 *       "time to apply the transformations" is the first part).
 *
 * Times are medians over the repetitions, in microseconds or milliseconds. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "bench.h"
#include "jit.h"
#include "lower.h"
#include "mlirrl_env.h"
#include "transform.h"

static double now_us(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec * 1e6 + (double)ts.tv_nsec * 1e-3;
}

static int cmp_double(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

static double median(double *v, int n) {
  qsort(v, (size_t)n, sizeof *v, cmp_double);
  return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

static char *load(const char *path) {
  char *text = NULL;
  struct mrl_err e;
  if (mrl_read_file(path, &text, NULL, &e) != MRL_OK) fprintf(stderr, "%s\n", e.msg);
  return text;
}

static int steps(int argc, char **argv) {
  int episodes = 2000, first = 0;
  if (argc >= 2 && !strcmp(argv[0], "--episodes")) {
    episodes = atoi(argv[1]);
    first = 2;
  }
  printf("%-28s %9s %8s %12s %12s %12s %12s\n", "benchmark", "episodes", "steps", "step us", "observe us",
         "schedule us", "script us");
  for (int b = first; b < argc; ++b) {
    char *text = load(argv[b]);
    if (!text) return 1;
    struct mrl_env *env = NULL;
    struct mrl_err e = {{0}};
    if (mrl_env_create(NULL, &env, &e) != MRL_OK || mrl_env_load(env, text, argv[b], &e) != MRL_OK) {
      fprintf(stderr, "%s: %s\n", argv[b], e.msg);
      return 1;
    }
    size_t cap = (size_t)episodes * 64, n = 0, no = 0;
    double *st = malloc(cap * sizeof *st), *ob = malloc(cap * sizeof *ob);
    double *sc = malloc((size_t)episodes * sizeof *sc), *sp = malloc((size_t)episodes * sizeof *sp);
    uint64_t rng = 12345;
    for (int ep = 0; ep < episodes; ++ep) {
      mrl_env_reset(env, &e);
      while (!mrl_env_done(env)) {
        struct mrl_action a;
        struct mrl_step_result r;
        double t0 = now_us();
        (void)mrl_env_observe(env);
        double t1 = now_us();
        mrl_env_random_action(env, &rng, &a, &e);
        double t2 = now_us();
        if (mrl_env_step(env, &a, &r, &e) != MRL_OK) {
          fprintf(stderr, "%s\n", e.msg);
          return 1;
        }
        double t3 = now_us();
        if (n < cap) st[n++] = t3 - t2;
        if (no < cap) ob[no++] = t1 - t0;
      }
      double t0 = now_us();
      (void)mrl_env_schedule(env);
      double t1 = now_us();
      char *script = NULL;
      mrl_env_script(env, &script, &e);
      double t2 = now_us();
      free(script);
      sc[ep] = t1 - t0;
      sp[ep] = t2 - t1;
    }
    const char *base = strrchr(argv[b], '/');
    printf("%-28s %9d %8zu %12.3f %12.3f %12.3f %12.3f\n", base ? base + 1 : argv[b], episodes, n,
           median(st, (int)n), median(ob, (int)no), median(sc, episodes), median(sp, episodes));
    free(st);
    free(ob);
    free(sc);
    free(sp);
    free(text);
    mrl_env_close(env);
  }
  return 0;
}

static int compile(int argc, char **argv) {
  int repeat = 10, first = 0;
  if (argc >= 2 && !strcmp(argv[0], "--repeat")) {
    repeat = atoi(argv[1]);
    first = 2;
  }
  if (argc - first != 2 || repeat < 1) {
    fprintf(stderr, "usage: mrl_env_bench compile [--repeat N] BENCH SCHEDULE\n");
    return 2;
  }
  const char *path = argv[first], *schedule = argv[first + 1];
  char *text = load(path), *script = NULL;
  struct mrl_err e = {{0}};
  if (!text) return 1;
  double t0 = now_us();
  if (mrl_schedule_to_script(text, schedule, NULL, &script, &e) != MRL_OK) {
    fprintf(stderr, "%s\n", e.msg);
    return 1;
  }
  double export_ms = (now_us() - t0) * 1e-3;
  struct mrl_mlir *m = NULL;
  if (mrl_mlir_open(&m, &e) != MRL_OK) return 1;
  double *parse = malloc((size_t)repeat * sizeof(double)), *apply = malloc((size_t)repeat * sizeof(double));
  double *lower = malloc((size_t)repeat * sizeof(double)), *jit = malloc((size_t)repeat * sizeof(double));
  for (int i = 0; i < repeat; ++i) {
    MlirModule mod;
    struct mrl_signature sig;
    struct mrl_jit *j = NULL;
    double a = now_us();
    if (mrl_bench_parse(m, text, &mod, &e) != MRL_OK || mrl_bench_signature(mod, &sig, &e) != MRL_OK) break;
    double b = now_us();
    enum mrl_status s = mrl_transform_apply(m, mod, script, &e);
    double c = now_us();
    if (s == MRL_OK) s = mrl_lower_run(m, mod, mrl_lower_pipeline(), &e);
    double d = now_us();
    if (s == MRL_OK) s = mrl_jit_create(m, mod, sig.name, 3, &j, &e);
    double f = now_us();
    mlirModuleDestroy(mod);
    mrl_jit_destroy(j);
    if (s != MRL_OK) {
      fprintf(stderr, "%s\n", e.msg);
      return 1;
    }
    parse[i] = (b - a) * 1e-3;
    apply[i] = (c - b) * 1e-3;
    lower[i] = (d - c) * 1e-3;
    jit[i] = (f - d) * 1e-3;
  }
  printf("%s  %s  (LLVM %s, median of %d)\n", path, schedule, mrl_mlir_version(), repeat);
  printf("  schedule -> script    %8.3f ms (once: load, replay, emit)\n", export_ms);
  double p = median(parse, repeat), a = median(apply, repeat), l = median(lower, repeat),
         j = median(jit, repeat);
  printf(
      "  parse                 %8.3f ms\n  apply transforms      %8.3f ms\n  lower (default pipe)  %8.3f ms\n"
      "  JIT at O3             %8.3f ms\n  total                 %8.3f ms\n",
      p, a, l, j, p + a + l + j);
  free(parse);
  free(apply);
  free(lower);
  free(jit);
  free(script);
  free(text);
  mrl_mlir_close(m);
  return 0;
}

int main(int argc, char **argv) {
  if (argc >= 2 && !strcmp(argv[1], "steps")) return steps(argc - 2, argv + 2);
  if (argc >= 2 && !strcmp(argv[1], "compile")) return compile(argc - 2, argv + 2);
  fprintf(stderr,
          "usage: mrl_env_bench steps [--episodes N] BENCH... | compile [--repeat N] BENCH SCHEDULE\n");
  return 2;
}
