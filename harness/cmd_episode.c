/* mlirrl episode: plays episodes of the environment on one or more benchmarks with an agent of
 * agents/agent.h (built in: the random agent, uniform over the legal actions; external agents
 * over the protocol of agents/PROTOCOL.md), measures each final schedule through the harness
 * (isolated, verified, cached), and prints the schedule and the record. */
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

enum { MAX_BENCHES = 256 };

struct episode_opts {
  struct mrl_env_config cfg;
  struct mrl_env_measure_opts measure;
  const char *bench[MAX_BENCHES];
  int nbench;
  const char *agent, *json_path, *id;
  long long episodes;
  uint64_t agent_seed;
  double agent_timeout_s;
  int quiet;
};

static void usage(FILE *f) {
  fprintf(f,
          "usage: mlirrl episode BENCH.mlir... [--agent NAME] [--seed S] [--episodes N] [--json FILE]\n"
          "Plays episodes (one by default) and measures each final schedule against the default pipeline.\n"
          "  --agent NAME           random (built in: uniform over legal actions, the default),\n"
          "                         exec:CMD (an external agent: the program CMD, run by /bin/sh -c,\n"
          "                         speaking agents/PROTOCOL.md on its stdin and stdout), or stdio (the\n"
          "                         same protocol on mlirrl's own stdin and stdout, for a program that\n"
          "                         runs mlirrl, such as agents/python/mlirrl_gym.py; what mlirrl\n"
          "                         prints goes to stderr then)\n"
          "  --agent-timeout SEC    the longest wait for one answer of an external agent (10)\n"
          "  --seed S               seed of the agent (episode i uses S + i) and of the inputs (1)\n"
          "  --episodes N           episodes per benchmark (1), the benchmarks taking turns; the best\n"
          "                         schedule of each benchmark is printed at the end\n"
          "  --id ID                the benchmark's id (one benchmark only; default: its file name)\n"
          "  --json FILE            append each measured episode's record as one JSON line\n"
          "  --quiet                print only the summary\n"
          "An external agent that fails (malformed JSON, a wrong message, an illegal action, no answer\n"
          "in time, exiting, another protocol version) fails its episode (agent_failed, one line on\n"
          "stderr); it is killed and started again for the next episode (stdio: no more episodes).\n"
          "Exit status: 0 when every episode was played to its end and measured (whatever its\n"
          "outcome), 1 when an episode failed (the agent or the harness), 2 for a usage error.\n"
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
  o->agent_timeout_s = 10;
  struct mrl_cli_iter it;
  const char *name, *value;
  int r;
  mrl_cli_iter_init(&it, argc, argv, flags);
  while ((r = mrl_cli_next(&it, &name, &value)) > 0) {
    if (!name) {
      if (o->nbench == MAX_BENCHES) {
        fprintf(stderr, "mlirrl episode: more than %d benchmarks given\n", MAX_BENCHES);
        return -1;
      }
      o->bench[o->nbench++] = value;
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
    } else if (!strcmp(name, "agent-timeout")) {
      if (mrl_cli_double(name, value, 0.001, 1e6, &o->agent_timeout_s)) return -1;
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
  if (!o->nbench) {
    usage(stderr);
    return -1;
  }
  if (o->id && o->nbench > 1) {
    fprintf(stderr, "mlirrl episode: --id names one benchmark, and %d are given\n", o->nbench);
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

/* One benchmark's environment and what its episodes gave. */
struct bench {
  const char *path;
  char id[256];
  struct mrl_env *env;
  int counts[5]; /* by enum mrl_measure_outcome */
  int played, agent_failed, asked, cached;
  double best, best_reward;
  char *best_schedule;
};

struct session {
  const struct episode_opts *o;
  FILE *out; /* what people read: stdout, or stderr when stdout is the protocol's */
  struct mrl_env_measurer *mm;
  struct mrl_agent agent;
  long long total;
  int rc;
};

/* Prints and records a played episode. */
static void episode_done(struct session *S, struct bench *b, long long n, uint64_t seed,
                         const struct mrl_step_result *res) {
  const struct episode_opts *o = S->o;
  struct mrl_err e = {{0}};
  const struct mrl_measurement *m = &res->measurement;
  const char *sched = mrl_env_schedule(b->env);
  ++b->counts[m->outcome];
  if (m->outcome == MRL_MEASURE_OK && m->speedup > b->best) {
    b->best = m->speedup;
    b->best_reward = res->reward;
    free(b->best_schedule);
    b->best_schedule = strdup(sched);
  }
  char *json = episode_json(S->mm, b->path);
  if (!o->quiet) {
    fprintf(S->out, "episode %lld/%lld  %s  seed %llu\n  schedule  %s\n  outcome   %s", n, S->total, b->id,
            (unsigned long long)seed, sched, m->outcome_name);
    if (m->outcome == MRL_MEASURE_OK) fprintf(S->out, "  speedup %.4gx", m->speedup);
    fprintf(S->out, "  reward %.4g%s\n", res->reward, m->cached ? "  (cached)" : "");
    if (m->error[0]) fprintf(S->out, "  error     %s\n", m->error);
    if (S->total == 1 && json) fprintf(S->out, "  record    %s\n", json);
  }
  if (o->json_path && (!json || mrl_record_append_json_line(o->json_path, json, &e) != MRL_OK)) {
    fprintf(stderr, "mlirrl episode: %s\n", json ? e.msg : "no record of the episode");
    S->rc = MRL_EXIT_FAILED;
  }
  free(json);
}

/* Plays episode n (from 1) on b; 0 to go on, -1 to stop the run. */
static int play(struct session *S, struct bench *b, long long n, uint64_t seed) {
  struct mrl_err e = {{0}};
  struct mrl_step_result res;
  int asked0, cached0, asked1, cached1;
  mrl_env_measurer_counts(S->mm, &asked0, &cached0);
  mrl_agent_setup(&S->agent, b->id, seed);
  ++b->played;
  enum mrl_status st = mrl_agent_play(&S->agent, b->env, &res, &e);
  mrl_env_measurer_counts(S->mm, &asked1, &cached1);
  b->asked += asked1 - asked0;
  b->cached += cached1 - cached0;
  if (st == MRL_OK) {
    episode_done(S, b, n, seed, &res);
    return 0;
  }
  S->rc = MRL_EXIT_FAILED;
  if (st != MRL_EAGENT) {
    fprintf(stderr, "mlirrl episode: %s: episode %lld: %s\n", b->id, n, e.msg);
    return -1;
  }
  /* The agent's failure is this episode's outcome; the next episode starts it again. */
  ++b->agent_failed;
  if (!S->o->quiet)
    fprintf(S->out, "episode %lld/%lld  %s  seed %llu\n  outcome   agent_failed\n", n, S->total, b->id,
            (unsigned long long)seed);
  fprintf(stderr, "mlirrl episode: %s: episode %lld: agent_failed: %s\n", b->id, n, e.msg);
  return strcmp(S->o->agent, "stdio") ? 0 : -1;
}

static void summary(struct session *S, const struct bench *b) {
  const int *c = b->counts;
  fprintf(S->out,
          "%s: %d episodes, %d measured (%d from the cache): ok %d, transform_failed %d, exec_failed %d, "
          "wrong_answer %d, error %d, agent_failed %d\n",
          b->id, b->played, b->asked, b->cached, c[0], c[1], c[2], c[3], c[4], b->agent_failed);
  if (b->best_schedule) fprintf(S->out, "best %.4gx (reward %.4g): %s\n", b->best, b->best_reward, b->best_schedule);
}

int mrl_cmd_episode(int argc, char **argv) {
  struct episode_opts o;
  int a = parse(argc, argv, &o);
  if (a != 0) return a > 0 ? MRL_EXIT_OK : MRL_EXIT_USAGE;
  struct session S = {.o = &o, .out = stdout, .rc = MRL_EXIT_OK, .total = o.episodes * o.nbench};
  struct bench *B = calloc((size_t)o.nbench, sizeof *B);
  if (!B) {
    fprintf(stderr, "mlirrl episode: out of memory\n");
    return MRL_EXIT_FAILED;
  }
  struct mrl_err e = {{0}};
  int nopen = 0, fatal = 0;
  for (; nopen < o.nbench; ++nopen) {
    struct bench *b = &B[nopen];
    b->path = o.bench[nopen];
    b->best = -1;
    if (o.id) snprintf(b->id, sizeof b->id, "%s", o.id);
    else mrl_env_cli_default_id(b->path, b->id, sizeof b->id);
    if (!(b->env = mrl_env_cli_open("episode", &o.cfg, b->path, b->id))) break;
  }
  fatal = nopen < o.nbench;
  if (!fatal && mrl_env_measurer_create(&o.measure, &S.mm, &e) != MRL_OK) {
    fprintf(stderr, "mlirrl episode: %s\n", e.msg);
    fatal = 1;
  }
  struct mrl_agent_opts ao;
  mrl_agent_default_opts(&ao);
  ao.seed = o.agent_seed;
  ao.answer_timeout_s = o.agent_timeout_s;
  int agent_open = 0;
  if (!fatal && mrl_agent_open_with(o.agent, &ao, &S.agent, &e) != MRL_OK) {
    fprintf(stderr, "mlirrl episode: agent %s: %s\n", o.agent, e.msg);
    fatal = 1;
  } else if (!fatal) {
    agent_open = 1;
    if (!strcmp(o.agent, "stdio")) S.out = stderr; /* stdout is the protocol's now */
  }
  if (!fatal) {
    struct mrl_measurer vt = mrl_env_measurer_vtable(S.mm);
    for (int i = 0; i < o.nbench; ++i) mrl_env_set_measurer(B[i].env, &vt);
    int go = 1;
    for (long long r = 0, n = 0; go && r < o.episodes; ++r)
      for (int i = 0; go && i < o.nbench; ++i, ++n) go = play(&S, &B[i], n + 1, o.agent_seed + (uint64_t)n) == 0;
    if (o.episodes > 1 || o.quiet || o.nbench > 1)
      for (int i = 0; i < o.nbench; ++i) summary(&S, &B[i]);
  }
  if (agent_open) mrl_agent_close(&S.agent);
  mrl_env_measurer_destroy(S.mm);
  for (int i = 0; i < o.nbench; ++i) {
    free(B[i].best_schedule);
    mrl_env_close(B[i].env);
  }
  free(B);
  return fatal ? MRL_EXIT_FAILED : S.rc;
}
