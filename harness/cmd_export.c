/* mlirrl export: schedule text to the equivalent transform-dialect script, which applies to
 * the untouched benchmark file (`mlirrl run BENCH --transform SCRIPT`). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "commands.h"
#include "env_cli.h"

static void usage(FILE *f) {
  fprintf(f, "usage: mlirrl export BENCH.mlir --schedule TEXT [-o FILE]\n"
             "Writes the transform script of a schedule such as 'I(2,0,1)T(32,0,64)V|NT' (ops in visit\n"
             "order, last consumer first; see 'mlirrl observe'). Any action is accepted at any step\n"
             "unless --grammar says otherwise.\n"
             "  --schedule TEXT        the schedule\n"
             "  -o FILE, --output FILE write the script there (default: standard output)\n" MRL_ENV_CLI_HELP);
}

int mrl_cmd_export(int argc, char **argv) {
  static const char *const flags[] = {"help", MRL_ENV_CLI_FLAGS, NULL};
  struct mrl_env_config cfg;
  mrl_schedule_default_config(&cfg);
  const char *bench = NULL, *schedule = NULL, *output = NULL;
  int want_output = 0;
  struct mrl_cli_iter it;
  const char *name, *value;
  int r;
  mrl_cli_iter_init(&it, argc, argv, flags);
  while ((r = mrl_cli_next(&it, &name, &value)) > 0) {
    if (!name) {
      if (want_output) {
        output = value;
        want_output = 0;
      } else if (!strcmp(value, "-o")) {
        want_output = 1;
      } else if (!bench) {
        bench = value;
      } else {
        fprintf(stderr, "mlirrl export: more than one benchmark given ('%s')\n", value);
        return MRL_EXIT_USAGE;
      }
    } else if (!strcmp(name, "help")) {
      usage(stdout);
      return MRL_EXIT_OK;
    } else if (!strcmp(name, "schedule")) {
      schedule = value;
    } else if (!strcmp(name, "output")) {
      output = value;
    } else {
      int c = mrl_env_cli_option(&cfg, name, value);
      if (c < 0) return MRL_EXIT_USAGE;
      if (c == 0) {
        fprintf(stderr, "mlirrl export: unknown option --%s\n", name);
        return MRL_EXIT_USAGE;
      }
    }
  }
  if (r < 0) return MRL_EXIT_USAGE;
  if (want_output) {
    fprintf(stderr, "mlirrl export: -o needs a file name\n");
    return MRL_EXIT_USAGE;
  }
  if (!bench || !schedule) {
    usage(stderr);
    return MRL_EXIT_USAGE;
  }
  struct mrl_env *env = mrl_env_cli_open("export", &cfg, bench, NULL);
  if (!env) return MRL_EXIT_FAILED;
  struct mrl_err e = {{0}};
  char *script = NULL;
  enum mrl_status s = mrl_env_replay(env, schedule, &e);
  if (s == MRL_OK) s = mrl_env_script(env, &script, &e);
  mrl_env_close(env);
  if (s != MRL_OK) {
    fprintf(stderr, "mlirrl export: %s\n", e.msg);
    return MRL_EXIT_FAILED;
  }
  int rc = MRL_EXIT_OK;
  FILE *f = output ? fopen(output, "w") : stdout;
  if (!f || fputs(script, f) < 0) {
    fprintf(stderr, "mlirrl export: cannot write %s\n", output ? output : "standard output");
    rc = MRL_EXIT_FAILED;
  }
  if (f && f != stdout && fclose(f) != 0) rc = MRL_EXIT_FAILED;
  free(script);
  return rc;
}
