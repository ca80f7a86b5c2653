/* mlirrl leaderboard DIR...: the ranking of checked submissions. The tables, the statistics
 * and the plot are reports/leaderboard.py's (numpy and matplotlib, hence Debian's Python, as
 * for the report of mlirrl eval); this command runs it with the arguments as given. */
#include <stdio.h>
#include <stdlib.h>

#include "commands.h"
#include "pyscript.h"

#ifndef MLIRRL_SOURCE_DIR
#define MLIRRL_SOURCE_DIR "."
#endif

int mrl_cmd_leaderboard(int argc, char **argv) {
  static const char prog[] = "mlirrl leaderboard";
  char script[4200];
  snprintf(script, sizeof script, "%s/reports/leaderboard.py", MLIRRL_SOURCE_DIR);
  char **args = calloc((size_t)argc + 3, sizeof *args);
  if (!args) {
    fprintf(stderr, "%s: out of memory\n", prog);
    return MRL_EXIT_FAILED;
  }
  int k = 0;
  args[k++] = "--prog";
  args[k++] = (char *)prog;
  for (int i = 0; i < argc; ++i)
    args[k++] = argv[i];
  int rc = mrl_run_python_script(prog, script, args);
  free(args);
  return rc;
}
