/* Command-line options shared by the environment's subcommands (observe, episode, export,
 * run --schedule): the environment configuration, and reading a benchmark into an env. */
#ifndef MRL_ENV_CLI_H
#define MRL_ENV_CLI_H

#include "mlirrl_env.h"

/* Flags (options without a value) of mrl_env_cli_option, for mrl_cli_iter_init lists. */
#define MRL_ENV_CLI_FLAGS "img2col", "img2col-action"

/* Handles one environment option; 1 when handled, 0 when not one of them, -1 on a bad value
 * (after printing a one-line error). */
int mrl_env_cli_option(struct mrl_env_config *c, const char *name, const char *value);

#define MRL_ENV_CLI_HELP                                                                                     \
  "  --grammar G            allowed actions per step, e.g. 'I;T,TP,TF,V;!I;V,NT' ('' = any)\n"               \
  "  --interchange MODE     pointers (level pointers, default) or enumerated (swaps)\n"                      \
  "  --vector-recipe R      outerproduct (default), contract or plain\n"                                     \
  "  --vector-limit N       V only when the tile has at most N iterations (512)\n"                           \
  "  --img2col              convert 2-D convolutions to img2col + matmul first\n"                            \
  "  --img2col-action       offer IC (img2col) as an action at the start of each convolution\n"              \
  "  --max-steps N --max-loops N --tile-choices N --max-loads N --max-stores N --max-rank N\n"               \
  "  --bound-norm max|log|none  --penalty-transform X  --penalty-execution X\n"

/* Creates an environment and loads the benchmark file into it; prints a one-line error
 * ("mlirrl CMD: ...") and returns NULL on failure. The caller closes the environment. */
struct mrl_env *mrl_env_cli_open(const char *cmd, const struct mrl_env_config *c, const char *path,
                                 const char *id);

/* Benchmark id from a path: the file name without .mlir. */
void mrl_env_cli_default_id(const char *path, char *id, size_t n);

#endif
