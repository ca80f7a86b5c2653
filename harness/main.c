/* mlirrl: the command line. */
#define _POSIX_C_SOURCE 200809L /* sigaction */
#include <signal.h>
#include <stdio.h>
#include <string.h>

#include "commands.h"
#include "counters.h"
#include "mlir.h"
#include "mpi_comm.h"
#include "worker.h"

static void usage(FILE *f) {
  fprintf(f,
          "usage: mlirrl COMMAND [ARGS]\n"
          "  run BENCH.mlir [--transform SCRIPT.mlir] ...  measure a version against the default pipeline\n"
          "  exec BENCH.mlir [--inputs DIR] [--outputs DIR] run one version once on .npy inputs\n"
          "  suite check|run SUITE ...                      check or measure a suite from its manifest\n"
          "  observe BENCH.mlir [--json]                    the environment's features and masks per op\n"
          "  export BENCH.mlir --schedule TEXT [-o FILE]    a schedule as a transform script\n"
          "  episode BENCH.mlir... [--agent NAME] [--seed S] play and measure environment episodes\n"
          "  cache show|clear|trim                          the measurement cache: what it holds, emptying it\n"
          "  eval --suite DIR|--list FILE ... --out DIR     agents against baselines: records and a report\n"
          "  train --suite DIR --iterations N --out DIR     train the PPO agent (checkpoints, resume, learning curve)\n"
          "  submit make|check ...                          leaderboard submissions: make one, replay and judge one\n"
          "  leaderboard DIR... --out DIR                   rank checked submissions (Markdown, HTML, plot)\n"
          "  db import|export|runs [--db FILE] ...          the results database: load, select and write back records\n"
          "  compare A B --out DIR                          two record sets or database selections, per benchmark\n"
          "  --version                                      versions of mlirrl and LLVM\n"
          "'mlirrl COMMAND --help' tells more.\n");
}

static void version(void) {
  printf("mlirrl %s (git %s), LLVM/MLIR %s, PAPI %s\n", MLIRRL_VERSION, MLIRRL_GIT_REV,
         mrl_mlir_version(), mrl_counters_have_papi() ? "yes" : "no");
}

/* Workers run in process groups of their own, out of reach of the terminal's Ctrl-C: kill
 * them, then die of the signal with its default action so the exit status tells it (130 or
 * 143 in a shell). Records already written stay: each is appended and closed on its own. */
static void on_stop_signal(int sig) {
  mrl_worker_kill_all();
  raise(sig); /* SA_RESETHAND made the action the default one; the signal is blocked here */
  sigset_t s;
  sigemptyset(&s);
  sigaddset(&s, sig);
  sigprocmask(SIG_UNBLOCK, &s, NULL); /* the raised signal is delivered here */
}

/* A signal the harness was started with ignored (nohup, a background job of a plain shell)
 * stays ignored. */
static void catch_stop_signals(void) {
  static const int sigs[] = {SIGINT, SIGTERM};
  for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; ++i) {
    struct sigaction old, sa;
    if (sigaction(sigs[i], NULL, &old) != 0 || old.sa_handler == SIG_IGN) continue;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_stop_signal;
    sa.sa_flags = SA_RESETHAND;
    sigemptyset(&sa.sa_mask);
    sigaction(sigs[i], &sa, NULL);
  }
}

static int dispatch(const char *cmd, int argc, char **argv);

int main(int argc, char **argv) {
  catch_stop_signals();
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
  /* Under mpirun only (mpi_comm.h): a plain mlirrl does not touch MPI. */
  int started = mrl_mpi_start(cmd);
  if (started != 0) return started;
  int rc = dispatch(cmd, argc, argv);
  mrl_mpi_finish();
  return rc;
}

static int dispatch(const char *cmd, int argc, char **argv) {
  if (!strcmp(cmd, "run")) return mrl_cmd_run(argc - 2, argv + 2);
  if (!strcmp(cmd, "exec")) return mrl_cmd_exec(argc - 2, argv + 2);
  if (!strcmp(cmd, "suite")) return mrl_cmd_suite(argc - 2, argv + 2);
  if (!strcmp(cmd, "observe")) return mrl_cmd_observe(argc - 2, argv + 2);
  if (!strcmp(cmd, "export")) return mrl_cmd_export(argc - 2, argv + 2);
  if (!strcmp(cmd, "episode")) return mrl_cmd_episode(argc - 2, argv + 2);
  if (!strcmp(cmd, "cache")) return mrl_cmd_cache(argc - 2, argv + 2);
  if (!strcmp(cmd, "eval")) return mrl_cmd_eval(argc - 2, argv + 2);
  if (!strcmp(cmd, "train")) return mrl_cmd_train(argc - 2, argv + 2);
  if (!strcmp(cmd, "submit")) return mrl_cmd_submit(argc - 2, argv + 2);
  if (!strcmp(cmd, "leaderboard")) return mrl_cmd_leaderboard(argc - 2, argv + 2);
  if (!strcmp(cmd, "db")) return mrl_cmd_db(argc - 2, argv + 2);
  if (!strcmp(cmd, "compare")) return mrl_cmd_compare(argc - 2, argv + 2);
  fprintf(stderr, "mlirrl: unknown command '%s'\n", cmd);
  usage(stderr);
  return MRL_EXIT_USAGE;
}
