/* mlirrl: the command line. */
#include <stdio.h>
#include <string.h>

#include "commands.h"
#include "counters.h"
#include "mlir.h"

static void usage(FILE *f) {
  fprintf(f,
          "usage: mlirrl COMMAND [ARGS]\n"
          "  run BENCH.mlir [--transform SCRIPT.mlir] ...  measure a version against the default pipeline\n"
          "  exec BENCH.mlir [--inputs DIR] [--outputs DIR] run one version once on .npy inputs\n"
          "  suite check|run SUITE ...                      check or measure a suite from its manifest\n"
          "  observe BENCH.mlir [--json]                    the environment's features and masks per op\n"
          "  export BENCH.mlir --schedule TEXT [-o FILE]    a schedule as a transform script\n"
          "  episode BENCH.mlir [--agent random] [--seed S] play and measure environment episodes\n"
          "  --version                                      versions of mlirrl and LLVM\n"
          "'mlirrl COMMAND --help' tells more.\n");
}

static void version(void) {
  printf("mlirrl %s (git %s), LLVM/MLIR %s, PAPI %s\n", MLIRRL_VERSION, MLIRRL_GIT_REV,
         mrl_mlir_version(), mrl_counters_have_papi() ? "yes" : "no");
}

int main(int argc, char **argv) {
  if (argc < 2) {
    usage(stderr);
    return MRL_EXIT_USAGE;
  }
  const char *cmd = argv[1];
  if (!strcmp(cmd, "--version") || !strcmp(cmd, "version")) {
    version();
    return MRL_EXIT_OK;
  }
  if (!strcmp(cmd, "--help") || !strcmp(cmd, "help")) {
    usage(stdout);
    return MRL_EXIT_OK;
  }
  if (!strcmp(cmd, "run")) return mrl_cmd_run(argc - 2, argv + 2);
  if (!strcmp(cmd, "exec")) return mrl_cmd_exec(argc - 2, argv + 2);
  if (!strcmp(cmd, "suite")) return mrl_cmd_suite(argc - 2, argv + 2);
  if (!strcmp(cmd, "observe")) return mrl_cmd_observe(argc - 2, argv + 2);
  if (!strcmp(cmd, "export")) return mrl_cmd_export(argc - 2, argv + 2);
  if (!strcmp(cmd, "episode")) return mrl_cmd_episode(argc - 2, argv + 2);
  fprintf(stderr, "mlirrl: unknown command '%s'\n", cmd);
  usage(stderr);
  return MRL_EXIT_USAGE;
}
