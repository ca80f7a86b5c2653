/* Shared pieces of the mlirrl subcommands: worker limits from the command line, defaults,
 * and number parsing with one-line errors. */
#ifndef MRL_CLI_H
#define MRL_CLI_H

#include <stdint.h>

#include "worker.h"

struct mrl_cli_common {
  int threads;
  uint64_t seed;
  double timeout_s;
  double compile_timeout_s;
  uint64_t mem_limit_mb;
  uint64_t cpu_limit_s;
};

void mrl_cli_common_defaults(struct mrl_cli_common *c);

/* Parses a number option into *out; on error prints "mlirrl: bad value for --name: 'x'". */
int mrl_cli_int(const char *name, const char *text, long long min, long long max, long long *out);
int mrl_cli_double(const char *name, const char *text, double min, double max, double *out);

/* Handles one of --threads --seed --timeout --compile-timeout --mem-limit --cpu-limit;
 * returns 1 when handled, 0 when the option is not a common one, -1 on a bad value. */
int mrl_cli_common_option(struct mrl_cli_common *c, const char *name, const char *value);

void mrl_cli_spec_limits(const struct mrl_cli_common *c, struct mrl_worker_spec *spec);

#define MRL_CLI_COMMON_HELP                                                                  \
  "  --threads N            OpenMP threads for every version (default: online cores)\n"     \
  "  --seed S               seed of the input values (default 1)\n"                         \
  "  --timeout SEC          wall-clock limit of one worker step: a call, a sample (60)\n"   \
  "  --compile-timeout SEC  wall-clock limit of one compile stage (300)\n"                  \
  "  --mem-limit MB         address-space limit of a worker (default 3/4 of RAM)\n"        \
  "  --cpu-limit SEC        CPU-time limit of a worker, all threads (3600)\n"



/* Walks argv: options are --name VALUE or --name=VALUE (flags listed in `flags`, a
 * NULL-terminated list, take no value); anything else is a positional argument. Returns 1 with
 * name and value set (name without dashes; value NULL for flags; for a positional, name is
 * NULL and value the argument), 0 at the end, -1 after printing a one-line error. */
struct mrl_cli_iter {
  int argc, i;
  char **argv;
  const char *const *flags;
  char namebuf[64];
};
void mrl_cli_iter_init(struct mrl_cli_iter *it, int argc, char **argv, const char *const *flags);
int mrl_cli_next(struct mrl_cli_iter *it, const char **name, const char **value);

/* mkdir -p: a command's output folder and its missing parents; 0, or -1 with errno set. */
int mrl_cli_make_dirs(const char *path);
#endif
