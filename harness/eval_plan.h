/* The benchmarks one `mlirrl eval` run measures: from suite manifests, id lists, or files and
 * folders given directly.
 *
 * Ownership: the list owns its array; free it with mrl_benches_free. */
#ifndef MRL_EVAL_PLAN_H
#define MRL_EVAL_PLAN_H

#include <stddef.h>

#include "eval_method.h"
#include "status.h"

struct mrl_eval_bench {
  char id[256];
  char path[4096];
  char suite[128];       /* "" for a file given directly */
  char manifest[4096];   /* its manifest.json, "" for a file given directly */
  char element_type[16]; /* from the manifest, "" when unknown */
};

struct mrl_bench_list {
  struct mrl_eval_bench *b;
  int n, cap;
};

struct mrl_bench_filter {
  const char *scale, *match;
};

/* SPEC "DIR[:split]": a suite folder or manifest, optionally one split of it. */
enum mrl_status mrl_benches_add_suite(struct mrl_bench_list *l, const char *spec, const struct mrl_bench_filter *f,
                                      struct mrl_err *err);
/* A file of benchmark ids, one per line ('#' starts a comment): "suite/rest" is looked up in
 * ROOT/suites/<suite>/manifest.json, where ROOT is the folder holding the list's folder
 * (lists live in suites/). */
enum mrl_status mrl_benches_add_list(struct mrl_bench_list *l, const char *list_path, const struct mrl_bench_filter *f,
                                     struct mrl_err *err);
/* A .mlir file, or a folder searched recursively for .mlir files (schedules/ folders are
 * skipped); the id is the path without .mlir, relative to the folder given. */
enum mrl_status mrl_benches_add_path(struct mrl_bench_list *l, const char *path, const struct mrl_bench_filter *f,
                                     struct mrl_err *err);
void mrl_benches_free(struct mrl_bench_list *l);

#endif
