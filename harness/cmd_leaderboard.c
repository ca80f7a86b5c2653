/* mlirrl leaderboard DIR...: the ranking of checked submissions. The tables, the statistics
 * and the plot are reports/leaderboard.py's (numpy and matplotlib, hence Debian's Python, as
 * for the report of mlirrl eval); this command runs it with the arguments as given, without a
 * shell, so that folder names need no quoting. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "commands.h"

#ifndef MLIRRL_SOURCE_DIR
#define MLIRRL_SOURCE_DIR "."
#endif

int mrl_cmd_leaderboard(int argc, char **argv) {
  const char *py = getenv("MLIRRL_PYTHON");
  if (!py || !*py) py = "/usr/bin/python3";
  char script[4200];
  snprintf(script, sizeof script, "%s/reports/leaderboard.py", MLIRRL_SOURCE_DIR);
  char **args = calloc((size_t)argc + 5, sizeof *args);
  if (!args) {
    fprintf(stderr, "mlirrl leaderboard: out of memory\n");
    return MRL_EXIT_FAILED;
  }
  int k = 0;
  args[k++] = (char *)py;
  args[k++] = script;
  args[k++] = "--prog";
  args[k++] = "mlirrl leaderboard";
  for (int i = 0; i < argc; ++i)
    args[k++] = argv[i];
  fflush(NULL);
  pid_t pid = fork();
  if (pid == 0) {
    execv(py, args);
    fprintf(stderr, "mlirrl leaderboard: cannot run %s: %s\n", py, strerror(errno));
    _exit(MRL_EXIT_FAILED);
  }
  free(args);
  if (pid < 0) {
    fprintf(stderr, "mlirrl leaderboard: cannot start %s: %s\n", py, strerror(errno));
    return MRL_EXIT_FAILED;
  }
  int status = 0;
  while (waitpid(pid, &status, 0) < 0)
    if (errno != EINTR) {
      fprintf(stderr, "mlirrl leaderboard: lost %s: %s\n", script, strerror(errno));
      return MRL_EXIT_FAILED;
    }
  if (WIFEXITED(status)) return WEXITSTATUS(status);
  fprintf(stderr, "mlirrl leaderboard: %s ended by signal %d\n", script, WTERMSIG(status));
  return MRL_EXIT_FAILED;
}
