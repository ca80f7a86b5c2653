#define _POSIX_C_SOURCE 200809L
#include "pyscript.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "commands.h"

int mrl_run_python_script(const char *prog, const char *script, char *const *args) {
  const char *py = getenv("MLIRRL_PYTHON");
  if (!py || !*py) py = "/usr/bin/python3";
  size_t n = 0;
  while (args && args[n])
    ++n;
  char **argv = calloc(n + 3, sizeof *argv);
  if (!argv) {
    fprintf(stderr, "%s: out of memory\n", prog);
    return MRL_EXIT_FAILED;
  }
  argv[0] = (char *)py;
  argv[1] = (char *)script;
  for (size_t i = 0; i < n; ++i)
    argv[i + 2] = args[i];
  fflush(NULL);
  pid_t pid = fork();
  if (pid == 0) {
    execv(py, argv);
    fprintf(stderr, "%s: cannot run %s: %s\n", prog, py, strerror(errno));
    _exit(MRL_EXIT_FAILED);
  }
  free(argv);
  if (pid < 0) {
    fprintf(stderr, "%s: cannot start %s: %s\n", prog, py, strerror(errno));
    return MRL_EXIT_FAILED;
  }
  int status = 0;
  while (waitpid(pid, &status, 0) < 0)
    if (errno != EINTR) {
      fprintf(stderr, "%s: lost %s: %s\n", prog, script, strerror(errno));
      return MRL_EXIT_FAILED;
    }
  if (WIFEXITED(status)) return WEXITSTATUS(status);
  fprintf(stderr, "%s: %s ended by signal %d\n", prog, script, WTERMSIG(status));
  return MRL_EXIT_FAILED;
}
