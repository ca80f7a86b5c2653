/* Runs one of the product's Python scripts (reports/, baselines/) as a subcommand: the
 * interpreter is $MLIRRL_PYTHON or /usr/bin/python3 (Debian's, which sees numpy and
 * matplotlib), started without a shell so that arguments need no quoting. */
#ifndef MRL_PYSCRIPT_H
#define MRL_PYSCRIPT_H

/* Runs the interpreter on SCRIPT with ARGS (NULL-terminated) and waits for it. Returns the
 * script's exit status, or MRL_EXIT_FAILED after one line "PROG: ..." when it cannot be started
 * or is killed by a signal. */
int mrl_run_python_script(const char *prog, const char *script, char *const *args);

#endif
