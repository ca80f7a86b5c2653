/* mlirrl episode: plays episodes of the environment on one benchmark with an agent of
 * agents/agent.h (built in: the random agent, uniform over the legal actions), measures each final schedule
 * through the harness (isolated, verified, cached), and prints the schedule and the record. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <jansson.h>

#include "agent.h"
#include "cli.h"
#include "commands.h"
#include "env_cli.h"
#include "env_measure.h"

struct episode_opts {
  struct mrl_env_config cfg;
  struct mrl_env_measure_opts measure;
  const char *bench, *agent, *json_path, *id;
  long long episodes;
  uint64_t agent_seed;
  int quiet;
};

static void usage(FILE *f) {
  fprintf(f,
          "usage: mlirrl episode BENCH.mlir [--agent random] [--seed S] [--episodes N] [--json FILE]\n"
          "Plays episodes (one by default) and measures each final schedule against the default pipeline.\n"
          "  --agent NAME           an agent of agents/agent.h (built in: random, uniform over legal actions)\n"
          "  --seed S               seed of the agent (episode i uses S + i) and of the inputs (1)\n"
          "  --episodes N           episodes to play (1); the best schedule is printed at the end\n"
          "  --json FILE            append each episode's record as one JSON line\n"
          "  --quiet                print only the summary\n"
          "Measurements use the train profile unless --profile eval is given; they are cached (see\n"
          "mlirrl cache) by everything that changes the number.\n" MRL_ENV_CLI_HELP MRL_EVAL_HELP);
}

static int parse(int argc, char **argv, struct episode_opts *o) {
  static const char *const flags[] = {"help", MRL_EVAL_FLAGS, "quiet", MRL_ENV_CLI_FLAGS, NULL};
  memset(o, 0, sizeof *o);
  mrl_env_config_default(&o->cfg);
  mrl_env_measure_default_opts(&o->measure);
  o->agent = "random";
  o->episodes = 1;
  o->agent_seed = 1;
  struct mrl_cli_iter it;
  const char *name, *value;
  int r;
  mrl_cli_iter_init(&it, argc, argv, flags);
  while ((r = mrl_cli_next(&it, &name, &value)) > 0) {
    if (!name) {
      if (o->bench) {
        fprintf(stderr, "mlirrl episode: more than one benchmark given ('%s')\n", value);
        return -1;
      }
      o->bench = value;
    } else if (!strcmp(name, "help")) {
      usage(stdout);
      return 1;
    } else if (!strcmp(name, "agent"))
      o->agent = value;
    else if (!strcmp(name, "json"))
      o->json_path = value;
    else if (!strcmp(name, "id"))
      o->id = value;
    else if (!strcmp(name, "quiet"))
      o->quiet = 1;
    else if (!strcmp(name, "episodes")) {
      if (mrl_cli_int(name, value, 1, 100000000, &o->episodes)) return -1;
    } else {
      int c = mrl_env_cli_option(&o->cfg, name, value);
      if (c == 0) c = mrl_eval_option(&o->measure.eval, name, value);
      if (c < 0) return -1;
      if (c == 0) {
        fprintf(stderr, "mlirrl episode: unknown option --%s\n", name);
        return -1;
      }
      if (!strcmp(name, "seed")) o->agent_seed = o->measure.eval.common.seed;
    }
  }
  if (r < 0) return -1;
  if (!o->bench) {
    usage(stderr);
    return -1;
  }
  if (!mrl_agent_known(o->agent)) {
    fprintf(stderr, "mlirrl episode: unknown agent '%s' (built in: %s)\n", o->agent, mrl_agent_names());
    return -1;
  }
  return 0;
}

/* The episode's record as one JSON line: the measurer's (run now or read from its cache), with
 * the benchmark's path, which only this command knows. */
static char *episode_json(struct mrl_env_measurer *mm, const char *path) {
  const char *text = mrl_env_measurer_last_json(mm);
  if (!text) return NULL;
  json_t *j = json_loads(text, 0, NULL);
  if (!j) return NULL;
  json_t *b = json_object_get(j, "benchmark");
  if (json_is_object(b)) json_object_set_new(b, "path", json_string(path));
  char *out = json_dumps(j, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(15));
  json_decref(j);
  return out;
}

int mrl_cmd_episode(int argc, char **argv) {
  struct episode_opts o;
  int a = parse(argc, argv, &o);
  if (a != 0) return a > 0 ? MRL_EXIT_OK : MRL_EXIT_USAGE;
  char id[256];
  if (o.id)
    snprintf(id, sizeof id, "%s", o.id);
  else
    mrl_env_cli_default_id(o.bench, id, sizeof id);
  struct mrl_env *env = mrl_env_cli_open("episode", &o.cfg, o.bench, id);
  if (!env) return MRL_EXIT_FAILED;
  struct mrl_err e = {{0}};
  struct mrl_env_measurer *mm = NULL;
  if (mrl_env_measurer_create(&o.measure, &mm, &e) != MRL_OK) {
    fprintf(stderr, "mlirrl episode: %s\n", e.msg);
    mrl_env_close(env);
    return MRL_EXIT_FAILED;
  }
  struct mrl_measurer vt = mrl_env_measurer_vtable(mm);
  mrl_env_set_measurer(env, &vt);
  int rc = MRL_EXIT_OK, counts[5] = {0};
  double best = -1, best_reward = 0;
  char *best_schedule = NULL;
  for (long long i = 0; i < o.episodes; ++i) {
    struct mrl_step_result res;
    uint64_t seed = o.agent_seed + (uint64_t)i;
    struct mrl_agent agent;
    enum mrl_status st = mrl_agent_open(o.agent, seed, &agent, &e);
    if (st == MRL_OK) st = mrl_agent_play(&agent, env, &res, &e);
    mrl_agent_close(&agent);
    if (st != MRL_OK) {
      fprintf(stderr, "mlirrl episode: %s: episode %lld: %s\n", id, i + 1, e.msg);
      rc = MRL_EXIT_FAILED;
      break;
    }
    const struct mrl_measurement *m = &res.measurement;
    const char *sched = mrl_env_schedule(env);
    ++counts[m->outcome];
    if (m->outcome == MRL_MEASURE_OK && m->speedup > best) {
      best = m->speedup;
      best_reward = res.reward;
      free(best_schedule);
      best_schedule = strdup(sched);
    }
    char *json = episode_json(mm, o.bench);
    if (!o.quiet) {
      printf("episode %lld/%lld  %s  seed %llu\n  schedule  %s\n  outcome   %s", i + 1, o.episodes, id,
             (unsigned long long)seed, sched, m->outcome_name);
      if (m->outcome == MRL_MEASURE_OK) printf("  speedup %.4gx", m->speedup);
      printf("  reward %.4g%s\n", res.reward, m->cached ? "  (cached)" : "");
      if (m->error[0]) printf("  error     %s\n", m->error);
      if (o.episodes == 1 && json) printf("  record    %s\n", json);
    }
    if (o.json_path && (!json || mrl_record_append_json_line(o.json_path, json, &e) != MRL_OK)) {
      fprintf(stderr, "mlirrl episode: %s\n", json ? e.msg : "no record of the episode");
      rc = MRL_EXIT_FAILED;
    }
    free(json);
  }
  int asked, cached;
  mrl_env_measurer_counts(mm, &asked, &cached);
  if (o.episodes > 1 || o.quiet) {
    printf("%s: %lld episodes, %d measured (%d from the cache): ok %d, transform_failed %d, exec_failed %d, "
           "wrong_answer %d, error %d\n",
           id, o.episodes, asked, cached, counts[0], counts[1], counts[2], counts[3], counts[4]);
    if (best_schedule) printf("best %.4gx (reward %.4g): %s\n", best, best_reward, best_schedule);
  }
  free(best_schedule);
  mrl_env_measurer_destroy(mm);
  mrl_env_close(env);
  return rc;
}
