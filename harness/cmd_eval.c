/* mlirrl eval: agents against baselines on the same machine in one run.
 *
 * For each benchmark, every method (eval_plan.h) obtains a schedule or a time and is measured
 * through the same path as `mlirrl run`: the default pipeline first (the denominator), then
 * agents (one greedy episode each), searches (random and evolutionary: candidates measured under
 * the train profile with the cache, the best one then measured under the eval profile, side by
 * side with the default pipeline), and the baselines timed outside the workers (PyTorch,
 * OpenBLAS) against the default pipeline's samples of this run. One record per (method,
 * benchmark) goes to OUT/results.jsonl as soon as it is measured; that file is also the run's
 * state: --resume skips what it holds. At the end reports/eval_report.py writes OUT/reports/.
 *
 * Under mpirun (mpi_comm.h) the benchmarks are handed out one at a time to the ranks; each rank
 * appends its records to its shard (eval_shards.h says why the unit is the benchmark) and rank 0
 * merges the shards into OUT/results.jsonl, then writes the report. */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "agent.h"
#include "commands.h"
#include "db.h"
#include "env_cli.h"
#include "env_measure.h"
#include "eval_external.h"
#include "eval_plan.h"
#include "eval_record.h"
#include "eval_shards.h"
#include "mpi_comm.h"
#include "search.h"
#include "timing_lock.h"

#ifndef MLIRRL_SOURCE_DIR
#define MLIRRL_SOURCE_DIR "."
#endif

struct eval_opts {
  struct mrl_eval_opts eval; /* the eval profile's measurements: records */
  struct mrl_env_config cfg; /* the action space of agents and searches */
  struct mrl_method_list methods;
  struct mrl_bench_list benches;
  const char *out;
  const char *db; /* also insert every record into this results database (db.h) */
  int resume, quiet, report;
  double search_timeout_factor; /* a candidate's sample may last this many default-pipeline calls */
  double agent_timeout_s;       /* an external agent's answer */
  struct mrl_search_opts search; /* population, tournament, elite, immigrants of search:N */
};

static void usage(FILE *f) {
  fprintf(f,
          "usage: mlirrl eval [BENCH.mlir|FOLDER ...] [--suite DIR[:split]]... [--list FILE]... [--scale S]\n"
          "                   [--match TEXT] [--agent NAME]... [--baseline LIST]... --out DIR [--resume]\n"
          "Measures agents and baselines on each benchmark against its default pipeline, in one run,\n"
          "and writes DIR/results.jsonl (one record per method and benchmark) and DIR/reports/.\n"
          "  --suite DIR[:split]    the benchmarks of a suite (folder or manifest.json), or one split\n"
          "  --list FILE            benchmark ids, one per line ('#' comments), looked up in suites/\n"
          "  BENCH.mlir | FOLDER    benchmark files given directly (a folder: every .mlir in it)\n"
          "  --scale S, --match TEXT  keep only benchmarks of scale S / whose id contains TEXT\n"
          "  --agent NAME           an agent, one episode per benchmark; repeatable: ppo (the trained\n"
          "                         agent, played when no --agent is given), ppo:WEIGHTS, random\n"
          "                         or exec:CMD, an external agent (the program CMD, run by /bin/sh -c,\n"
          "                         speaking agents/PROTOCOL.md); one that fails the protocol gives an\n"
          "                         agent_failed record and is started again for the next benchmark\n"
          "  --agent-timeout SEC    the longest wait for one answer of an external agent (10)\n"
          "  --baseline LIST        comma list of default, random:N, search:N, pytorch, torchscript,\n"
          "                         openblas, halide:S (Halide's autoscheduler S: mullapudi2016,\n"
          "                         adams2019, li2018; halide: all three) (default: default,random:1,\n"
          "                         random:64,search:64,pytorch,torchscript,openblas); repeatable\n"
          "  --out DIR              where records and reports go (created)\n"
          "  --resume               continue a stopped run in DIR: nothing measured is measured again\n"
          "  --db FILE              also insert every record into the results database FILE (see mlirrl db)\n"
          "  --search-timeout-factor F  a search candidate's sample may take F default-pipeline calls\n"
          "                         (10; at least 2 s), past that it is timed_out\n"
          "  --search-population N  search:N starts from the first N random schedules (8)\n"
          "  --search-elite P       search:N breeds from the best so far with probability P (0.25)\n"
          "  --search-immigrants P  search:N draws a fresh random schedule with probability P (0.25)\n"
          "  --no-report            do not write DIR/reports/\n"
          "  --quiet                no line per record (the progress bar stays on a terminal)\n"
          "Records use the eval profile (searches measure their candidates with the train profile and\n"
          "the cache). Exit status: 0 when every record is ok (or its baseline is unavailable here),\n"
          "1 when some is not, 2 for a usage error, 3 when the run itself failed.\n" MRL_ENV_CLI_HELP MRL_EVAL_HELP);
}

enum { EXIT_RUN_FAILED = 3 };

/* ---------------------------------------------------------------- options */

struct pending {
  const char *v[256];
  int n;
};

static int add_pending(struct pending *p, const char *v) {
  if (p->n == 256) {
    fprintf(stderr, "mlirrl eval: too many benchmark sources\n");
    return -1;
  }
  p->v[p->n++] = v;
  return 0;
}

static int parse(int argc, char **argv, struct eval_opts *o) {
  static const char *const flags[] = {"help",  "resume", "quiet", "no-report", MRL_EVAL_FLAGS,
                                      MRL_ENV_CLI_FLAGS, NULL};
  memset(o, 0, sizeof *o);
  mrl_eval_default_opts(&o->eval);
  mrl_env_config_default(&o->cfg);
  o->report = 1;
  o->search_timeout_factor = 10;
  o->agent_timeout_s = 10;
  mrl_search_default_opts(&o->search);
  struct pending suites = {{0}, 0}, lists = {{0}, 0}, paths = {{0}, 0}, baselines = {{0}, 0}, agents = {{0}, 0};
  struct mrl_bench_filter filter = {NULL, NULL};
  struct mrl_cli_iter it;
  const char *name, *value;
  int r;
  mrl_cli_iter_init(&it, argc, argv, flags);
  while ((r = mrl_cli_next(&it, &name, &value)) > 0) {
    int bad = 0;
    if (!name) bad = add_pending(&paths, value);
    else if (!strcmp(name, "help")) {
      usage(stdout);
      return 1;
    } else if (!strcmp(name, "suite")) bad = add_pending(&suites, value);
    else if (!strcmp(name, "list")) bad = add_pending(&lists, value);
    else if (!strcmp(name, "scale")) filter.scale = value;
    else if (!strcmp(name, "match")) filter.match = value;
    else if (!strcmp(name, "agent")) bad = add_pending(&agents, value);
    else if (!strcmp(name, "agent-timeout")) bad = mrl_cli_double(name, value, 0.001, 1e6, &o->agent_timeout_s);
    else if (!strcmp(name, "baseline")) bad = add_pending(&baselines, value);
    else if (!strcmp(name, "out")) o->out = value;
    else if (!strcmp(name, "resume")) o->resume = 1;
    else if (!strcmp(name, "db")) o->db = value;
    else if (!strcmp(name, "quiet")) o->quiet = 1;
    else if (!strcmp(name, "no-report")) o->report = 0;
    else if (!strcmp(name, "search-timeout-factor"))
      bad = mrl_cli_double(name, value, 1, 1e6, &o->search_timeout_factor);
    else if (!strcmp(name, "search-population")) {
      long long v = 8;
      bad = mrl_cli_int(name, value, 1, 100000, &v);
      o->search.population = (int)v;
    } else if (!strcmp(name, "search-elite"))
      bad = mrl_cli_double(name, value, 0, 1, &o->search.elite);
    else if (!strcmp(name, "search-immigrants"))
      bad = mrl_cli_double(name, value, 0, 1, &o->search.immigrants);
    else {
      int c = mrl_env_cli_option(&o->cfg, name, value);
      if (c == 0) c = mrl_eval_option(&o->eval, name, value);
      if (c == 0) fprintf(stderr, "mlirrl eval: unknown option --%s\n", name);
      bad = c <= 0;
    }
    if (bad) return -1;
  }
  if (r < 0) return -1;
  if (!o->out) {
    fprintf(stderr, "mlirrl eval: --out DIR is required\n");
    return -1;
  }
  if (o->db && !mrl_db_available()) {
    fprintf(stderr, "mlirrl eval: --db: %s\n", MRL_DB_UNAVAILABLE);
    return -1;
  }
  if (suites.n + lists.n + paths.n == 0) {
    fprintf(stderr, "mlirrl eval: no benchmark given (--suite, --list or files)\n");
    return -1;
  }
  struct mrl_err e = {{0}};
  enum mrl_status s = MRL_OK;
  for (int i = 0; s == MRL_OK && i < suites.n; ++i) s = mrl_benches_add_suite(&o->benches, suites.v[i], &filter, &e);
  for (int i = 0; s == MRL_OK && i < lists.n; ++i) s = mrl_benches_add_list(&o->benches, lists.v[i], &filter, &e);
  for (int i = 0; s == MRL_OK && i < paths.n; ++i) s = mrl_benches_add_path(&o->benches, paths.v[i], &filter, &e);
  for (int i = 0; s == MRL_OK && i < agents.n; ++i) s = mrl_methods_add(&o->methods, agents.v[i], 1, &e);
  if (s == MRL_OK && agents.n == 0 && mrl_agent_default()) s = mrl_methods_add(&o->methods, mrl_agent_default(), 1, &e);
  if (s == MRL_OK && baselines.n == 0)
    s = mrl_methods_add(&o->methods, "default,random:1,random:64,search:64,pytorch,torchscript,openblas", 0, &e);
  for (int i = 0; s == MRL_OK && i < baselines.n; ++i) s = mrl_methods_add(&o->methods, baselines.v[i], 0, &e);
  for (int i = 0; s == MRL_OK && i < o->methods.n; ++i)
    if (o->methods.m[i].kind == MRL_METHOD_AGENT && !mrl_agent_known(o->methods.m[i].agent))
      s = mrl_fail(&e, MRL_EINVAL, "unknown agent '%s' (built in: %s)", o->methods.m[i].agent, mrl_agent_names());
    else if (o->methods.m[i].kind == MRL_METHOD_AGENT && !strcmp(o->methods.m[i].agent, "stdio"))
      s = mrl_fail(&e, MRL_EINVAL, "agent stdio speaks on mlirrl's own stdout, where mlirrl eval writes: use "
                                   "mlirrl episode --agent stdio, or exec:CMD here");
  if (s == MRL_OK) mrl_methods_finish(&o->methods);
  if (s == MRL_OK && (o->methods.n == 0 || o->methods.m[0].kind != MRL_METHOD_DEFAULT))
    s = mrl_fail(&e, MRL_ENOMEM, "out of memory");
  if (s != MRL_OK) {
    fprintf(stderr, "mlirrl eval: %s\n", e.msg);
    return -1;
  }
  return 0;
}

/* ---------------------------------------------------------------- progress */

struct progress {
  int tty, nbench;
  double t0, total, done; /* work units: 1 per record, plus a search's budget */
  const char *bench, *method;
  int ibench;
  int spent, budget;
};

static double now_s(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

static void fmt_dur(double s, char *buf, size_t n) {
  if (!isfinite(s) || s < 0) snprintf(buf, n, "?");
  else if (s < 60) snprintf(buf, n, "%ds", (int)s);
  else if (s < 3600) snprintf(buf, n, "%dm%02ds", (int)s / 60, (int)s % 60);
  else snprintf(buf, n, "%dh%02dm", (int)s / 3600, ((int)s % 3600) / 60);
}

static void draw(const struct progress *p, double extra) {
  if (!p->tty) return;
  double el = now_s() - p->t0, done = p->done + extra;
  char e1[32], e2[32], what[64] = "";
  fmt_dur(el, e1, sizeof e1);
  fmt_dur(done > 0 ? el * (p->total - done) / done : NAN, e2, sizeof e2);
  if (p->budget) snprintf(what, sizeof what, " %d/%d", p->spent, p->budget);
  int width = 24, fill = p->total > 0 ? (int)(width * done / p->total) : 0;
  char bar[32];
  for (int i = 0; i < width; ++i) bar[i] = i < fill ? '#' : '.';
  bar[width] = '\0';
  fprintf(stderr, "\r\033[K[%s] %d/%d %.40s %s%s  elapsed %s, ~%s left", bar, p->ibench + 1, p->nbench,
          p->bench ? p->bench : "", p->method ? p->method : "", what, e1, e2);
  fflush(stderr);
}

static void clear_bar(const struct progress *p) {
  if (p->tty) fprintf(stderr, "\r\033[K");
}

static void on_search_progress(void *user, int spent, int budget, double best) {
  (void)best;
  struct progress *p = user;
  mrl_mpi_dispatch_poll(); /* rank 0 of several answers the others between measurements */
  p->spent = spent;
  p->budget = budget;
  draw(p, spent);
}

/* ---------------------------------------------------------------- one benchmark */

struct bench_ctx {
  const struct eval_opts *o;
  const struct mrl_eval_bench *b;
  struct mrl_prepared p;
  const char *prep_error;
  struct mrl_env *env;
  char env_error[512];
  struct mrl_baseline state; /* the default pipeline as this run knows it (outputs, magnitudes) */
  struct mrl_search_result search[MRL_SEARCH_KIND_COUNT];
  int searched[MRL_SEARCH_KIND_COUNT];
  char search_error[MRL_SEARCH_KIND_COUNT][512];
};

struct run {
  struct eval_opts *o;
  char results[4200];
  char append_to[4200]; /* results, or this rank's shard under mpirun */
  int rank, size;       /* 0 and 1 without mpirun */
  char run_id[64];
  struct mrl_eval_log log;
  struct progress prog;
  struct mrl_server *server[MRL_SERVER_KIND_COUNT]; /* started at their first method */
  struct mrl_db *db; /* NULL without --db */
  int failed; /* the run itself failed (a record could not be written) */
};

static void fail(struct mrl_record *r, enum mrl_outcome o, const char *text) {
  if (r->outcome == MRL_OUTCOME_OK) mrl_record_set_outcome(r, o, text);
}

/* A record with this run's context and the benchmark named. */
static void start_record(const struct bench_ctx *c, struct mrl_record *rec) {
  struct mrl_err err = {{0}};
  mrl_record_init(rec);
  mrl_eval_fill_context(rec, &c->o->eval);
  if (mrl_record_set_benchmark(rec, c->b->id, c->b->path, &err) != MRL_OK)
    fail(rec, MRL_OUTCOME_INVALID_INPUT, err.msg);
  if (c->prep_error) fail(rec, MRL_OUTCOME_INVALID_INPUT, c->prep_error);
}

static void print_line(struct run *R, const struct mrl_record *rec, const char *method) {
  if (R->o->quiet) return;
  clear_bar(&R->prog);
  const struct mrl_record_timing *t = rec->candidate.present ? &rec->candidate : &rec->baseline;
  if (R->size > 1) printf("rank %d ", R->rank);
  printf("[%*d/%d] %-44s %-14s %-16s", R->prog.nbench >= 100 ? 3 : 2, R->prog.ibench + 1, R->prog.nbench,
         rec->benchmark.id, method, mrl_outcome_name(rec->outcome));
  if (t->present) printf(" %11.4g ms", t->median_ns / 1e6);
  if (rec->has_speedup) printf("  %.3gx [%.3g, %.3g]", rec->speedup.point, rec->speedup.lo, rec->speedup.hi);
  if (rec->outcome != MRL_OUTCOME_OK) printf("  %.160s", rec->error);
  printf("\n");
  fflush(stdout);
}

static void write_record(struct run *R, const struct mrl_record *rec, const struct mrl_eval_info *info) {
  struct mrl_err err = {{0}};
  char *json = NULL;
  enum mrl_status s = mrl_eval_record_json(rec, info, &json, &err);
  if (s == MRL_OK) s = mrl_record_append_json_line(R->append_to, json, &err);
  if (s == MRL_OK) s = mrl_eval_log_add(&R->log, json, &err);
  /* Sharded, rank 0 imports the merged file at the end. */
  if (s == MRL_OK && R->db && R->size == 1) s = mrl_db_insert(R->db, json, NULL, &err);
  free(json);
  if (s != MRL_OK) {
    clear_bar(&R->prog);
    fprintf(stderr, "mlirrl eval: %s\n", err.msg);
    R->failed = 1;
    return;
  }
  print_line(R, rec, info->method->name);
}

/* Measures a schedule of the loaded benchmark under the eval profile into rec. */
static void measure_schedule(struct bench_ctx *c, const char *schedule, struct mrl_record *rec,
                             struct mrl_eval_keep *keep) {
  struct mrl_err err = {{0}};
  char *script = NULL;
  if (mrl_record_set_transform_text(rec, MRL_TRANSFORM_KIND_SCHEDULE, schedule, &err) != MRL_OK ||
      mrl_env_replay(c->env, schedule, &err) != MRL_OK || mrl_env_script(c->env, &script, &err) != MRL_OK)
    fail(rec, MRL_OUTCOME_HARNESS_ERROR, err.msg);
  if (rec->outcome == MRL_OUTCOME_OK) mrl_evaluate(&c->p, script, &c->o->eval, &c->state, rec, keep);
  free(script);
}

static void method_default(struct run *R, struct bench_ctx *c, const struct mrl_method *m) {
  struct mrl_record rec;
  struct mrl_eval_keep keep = {{0}, {0}};
  start_record(c, &rec);
  if (rec.outcome == MRL_OUTCOME_OK) mrl_evaluate(&c->p, NULL, &c->o->eval, &c->state, &rec, &keep);
  struct mrl_eval_info info;
  mrl_eval_info_init(&info, R->run_id, m);
  info.suite = c->b->suite;
  write_record(R, &rec, &info);
  mrl_eval_keep_free(&keep);
}

/* The agent's schedule: one episode, greedy for a trained agent; the random agent draws it
 * from the run's seed. open_s is the time to start the agent (loading a network's weights,
 * starting an external program), play_s the episode's. */
static enum mrl_status play_agent(struct bench_ctx *c, const struct mrl_method *m, char **schedule,
                                  double *open_s, double *play_s, struct mrl_err *err) {
  struct mrl_agent agent;
  struct mrl_agent_opts ao;
  mrl_agent_default_opts(&ao);
  ao.seed = c->o->eval.common.seed;
  ao.answer_timeout_s = c->o->agent_timeout_s;
  double t0 = now_s();
  enum mrl_status s = mrl_agent_open_with(m->agent, &ao, &agent, err);
  *open_s = now_s() - t0;
  if (s != MRL_OK) return s;
  mrl_agent_setup(&agent, c->b->id, ao.seed);
  struct mrl_step_result last;
  mrl_env_set_measurer(c->env, NULL);
  t0 = now_s();
  s = mrl_agent_play(&agent, c->env, &last, err);
  *play_s = now_s() - t0;
  mrl_agent_close(&agent);
  if (s == MRL_OK && !(*schedule = strdup(mrl_env_schedule(c->env)))) s = mrl_fail(err, MRL_ENOMEM, "out of memory");
  return s;
}

static void method_agent(struct run *R, struct bench_ctx *c, const struct mrl_method *m) {
  struct mrl_record rec;
  struct mrl_eval_keep keep = {{0}, {0}};
  struct mrl_err err = {{0}};
  char *schedule = NULL;
  start_record(c, &rec);
  if (rec.outcome == MRL_OUTCOME_OK && !c->env) fail(&rec, MRL_OUTCOME_INVALID_INPUT, c->env_error);
  double open_s = 0, play_s = 0;
  enum mrl_status played =
      rec.outcome == MRL_OUTCOME_OK ? play_agent(c, m, &schedule, &open_s, &play_s, &err) : MRL_OK;
  if (played != MRL_OK)
    fail(&rec, played == MRL_EAGENT ? MRL_OUTCOME_AGENT_FAILED : MRL_OUTCOME_HARNESS_ERROR, err.msg);
  double wall = open_s + play_s;
  if (rec.outcome == MRL_OUTCOME_OK) measure_schedule(c, schedule, &rec, &keep);
  struct mrl_eval_info info;
  mrl_eval_info_init(&info, R->run_id, m);
  info.suite = c->b->suite;
  info.schedule = schedule;
  info.search_wall_s = wall;
  char detail[96];
  snprintf(detail, sizeof detail, "one episode, inference %.3g ms, starting the agent %.3g ms", play_s * 1e3,
           open_s * 1e3);
  info.detail = detail;
  write_record(R, &rec, &info);
  mrl_eval_keep_free(&keep);
  free(schedule);
}

/* ---------------------------------------------------------------- searches */

static int largest_budget(const struct eval_opts *o, enum mrl_method_kind kind) {
  int b = 0;
  for (int i = 0; i < o->methods.n; ++i)
    if (o->methods.m[i].kind == kind && o->methods.m[i].budget > b) b = o->methods.m[i].budget;
  return b;
}

static enum mrl_search_kind search_kind(enum mrl_method_kind k) {
  return k == MRL_METHOD_RANDOM ? MRL_SEARCH_RANDOM : MRL_SEARCH_EVOLUTION;
}

/* Runs the search of method kind k once at the largest budget asked for; smaller budgets of
 * the same kind are its prefixes (search.h). */
static void ensure_search(struct run *R, struct bench_ctx *c, enum mrl_method_kind k) {
  enum mrl_search_kind sk = search_kind(k);
  if (c->searched[sk]) return;
  c->searched[sk] = 1;
  const struct eval_opts *o = c->o;
  struct mrl_err err = {{0}};
  if (!c->env) {
    snprintf(c->search_error[sk], sizeof c->search_error[sk], "%s", c->env_error);
    return;
  }
  struct mrl_env_measure_opts mo;
  mrl_env_measure_default_opts(&mo);
  mo.eval.common = o->eval.common;
  mo.eval.cache = o->eval.cache;
  mo.use_cache = o->eval.cache.dir[0] != '\0';
  /* A timeout here mostly means a slow schedule, not a busy machine: measuring it again would
   * double the cost of every slow candidate. The best one is measured again anyway. */
  mo.eval.retries = 0;
  /* A candidate far slower than the default pipeline cannot be the best: stop it early. */
  const struct mrl_eval_default *d = mrl_eval_log_default(&R->log, c->b->id);
  if (d && d->median_ns > 0) {
    double t = o->search_timeout_factor * d->median_ns * 1e-9;
    mo.eval.common.timeout_s = fmin(o->eval.common.timeout_s, fmax(2.0, t));
  }
  struct mrl_env_measurer *mm = NULL;
  if (mrl_env_measurer_create(&mo, &mm, &err) != MRL_OK) {
    snprintf(c->search_error[sk], sizeof c->search_error[sk], "%s", err.msg);
    return;
  }
  struct mrl_search_opts so = o->search;
  so.kind = sk;
  so.budget = largest_budget(o, k);
  so.seed = o->eval.common.seed;
  so.measurer = mrl_env_measurer_vtable(mm);
  so.progress = on_search_progress;
  so.progress_user = &R->prog;
  R->prog.spent = 0;
  R->prog.budget = so.budget;
  if (mrl_search_run(c->env, &so, &c->search[sk], &err) != MRL_OK)
    snprintf(c->search_error[sk], sizeof c->search_error[sk], "the search failed: %s", err.msg);
  R->prog.budget = 0;
  mrl_env_measurer_destroy(mm);
}

static enum mrl_outcome outcome_by_name(const char *name) {
  for (int k = 0; k < MRL_OUTCOME_COUNT; ++k)
    if (!strcmp(name, mrl_outcome_name((enum mrl_outcome)k))) return (enum mrl_outcome)k;
  return MRL_OUTCOME_HARNESS_ERROR;
}

/* Outcome counts of the first k candidates; the most frequent failure in *worst. */
struct outcome_counts {
  const char *names[MRL_OUTCOME_COUNT];
  int counts[MRL_OUTCOME_COUNT];
  int n;
};

static void count_outcomes(const struct mrl_search_result *r, int k, struct outcome_counts *oc,
                           enum mrl_outcome *worst) {
  memset(oc, 0, sizeof *oc);
  oc->n = MRL_OUTCOME_COUNT;
  for (int i = 0; i < MRL_OUTCOME_COUNT; ++i) oc->names[i] = mrl_outcome_name((enum mrl_outcome)i);
  for (int i = 0; i < k && i < r->spent; ++i) ++oc->counts[outcome_by_name(r->cand[i].outcome_name)];
  int best = -1;
  for (int i = 1; i < MRL_OUTCOME_COUNT; ++i)
    if (oc->counts[i] && (best < 0 || oc->counts[i] > oc->counts[best])) best = i;
  *worst = best < 0 ? MRL_OUTCOME_HARNESS_ERROR : (enum mrl_outcome)best;
}

static void method_search(struct run *R, struct bench_ctx *c, const struct mrl_method *m) {
  struct mrl_record rec;
  struct mrl_eval_keep keep = {{0}, {0}};
  start_record(c, &rec);
  enum mrl_search_kind sk = search_kind(m->kind);
  if (rec.outcome == MRL_OUTCOME_OK) ensure_search(R, c, m->kind);
  const struct mrl_search_result *r = &c->search[sk];
  if (rec.outcome == MRL_OUTCOME_OK && c->search_error[sk][0])
    fail(&rec, c->env ? MRL_OUTCOME_HARNESS_ERROR : MRL_OUTCOME_INVALID_INPUT, c->search_error[sk]);
  int k = r->spent < m->budget ? r->spent : m->budget;
  int best = mrl_search_best_within(r, k);
  struct outcome_counts oc;
  enum mrl_outcome worst;
  count_outcomes(r, k, &oc, &worst);
  if (rec.outcome == MRL_OUTCOME_OK && best < 0) {
    char why[512];
    snprintf(why, sizeof why, "no verified schedule among %d measured", k);
    for (int i = 1; i < oc.n; ++i)
      if (oc.counts[i])
        snprintf(why + strlen(why), sizeof why - strlen(why), "%s %s %d", strchr(why, ':') ? "," : ":", oc.names[i],
                 oc.counts[i]);
    fail(&rec, worst, why);
  }
  const char *schedule = best >= 0 ? r->cand[best].schedule : NULL;
  if (rec.outcome == MRL_OUTCOME_OK) measure_schedule(c, schedule, &rec, &keep);
  double *curve = k ? calloc((size_t)k, sizeof *curve) : NULL;
  int hits = 0;
  for (int i = 0; curve && i < k; ++i) {
    int b = mrl_search_best_within(r, i + 1);
    curve[i] = b < 0 ? NAN : r->cand[b].speedup;
    hits += r->cand[i].cached != 0;
  }
  struct mrl_eval_info info;
  mrl_eval_info_init(&info, R->run_id, m);
  info.suite = c->b->suite;
  info.measurements = k;
  info.cache_hits = hits;
  info.search_wall_s = k ? r->cand[k - 1].at_s : NAN;
  info.schedule = schedule;
  info.curve = curve;
  info.curve_n = curve ? k : 0;
  info.outcome_names = oc.names;
  info.outcome_counts = oc.counts;
  info.outcomes_n = k ? oc.n : 0;
  char detail[160] = "";
  if (m->kind == MRL_METHOD_SEARCH)
    snprintf(detail, sizeof detail, "evolution: population %d, tournament %d, elite %g, immigrants %g, seed %llu",
             c->o->search.population, c->o->search.tournament, c->o->search.elite, c->o->search.immigrants,
             (unsigned long long)c->o->eval.common.seed);
  else
    snprintf(detail, sizeof detail, "random agent episodes, seed %llu", (unsigned long long)c->o->eval.common.seed);
  info.detail = detail;
  write_record(R, &rec, &info);
  free(curve);
  mrl_eval_keep_free(&keep);
}

/* ---------------------------------------------------------------- baselines timed outside */

/* M, N, K of a benchmark whose only reduction is one linalg.matmul (the other ops, such as a
 * bias broadcast or a fill, reduce nothing); 0 otherwise. */
static int gemm_shape(struct bench_ctx *c, struct mrl_gemm_shape *g) {
  if (!c->env) return 0;
  struct mrl_err err;
  if (mrl_env_reset(c->env, &err) != MRL_OK) return 0;
  int matmuls = 0;
  for (int i = 0; i < mrl_env_num_ops(c->env); ++i) {
    struct mrl_env_op_info info;
    if (!mrl_env_op(c->env, i, &info)) return 0;
    int matmul = !strcmp(info.name, "linalg.matmul") && info.nloops == 3;
    for (int l = 0; !matmul && l < info.nloops; ++l)
      if (info.reduction[l]) return 0;
    if (matmul) {
      g->m = info.bounds_orig[0];
      g->n = info.bounds_orig[1];
      g->k = info.bounds_orig[2];
      ++matmuls;
    }
  }
  g->f64 = !strcmp(c->b->element_type, "f64");
  if (!c->b->element_type[0])
    for (int i = 0; i < c->p.sig.nargs; ++i)
      if (c->p.sig.args[i].is_output) g->f64 = c->p.sig.args[i].elem == MRL_ELEM_F64;
  return matmuls == 1 && mrl_env_num_skipped(c->env) == 0;
}

/* The record of a time taken outside the workers, against the default pipeline's samples. */
static void external_record(struct run *R, struct bench_ctx *c, const struct mrl_method *m,
                            const struct mrl_ext_timing *t, const char *note) {
  struct mrl_record rec;
  struct mrl_err err = {{0}};
  start_record(c, &rec);
  const struct mrl_eval_default *d = mrl_eval_log_default(&R->log, c->b->id);
  static const enum mrl_outcome by_status[] = {MRL_OUTCOME_OK, MRL_OUTCOME_UNAVAILABLE, MRL_OUTCOME_OK,
                                               MRL_OUTCOME_CRASHED, MRL_OUTCOME_TIMED_OUT};
  if (t->status != MRL_EXT_OK) fail(&rec, by_status[t->status], t->reason);
  if (rec.outcome == MRL_OUTCOME_OK && !d)
    fail(&rec, MRL_OUTCOME_INVALID_INPUT, "the default pipeline did not run ok on this benchmark: no denominator");
  if (t->status == MRL_EXT_OK && mrl_record_set_timing(&rec.candidate, t->sample_ns, (size_t)t->n,
                                                      t->inner_iterations, &err) != MRL_OK)
    fail(&rec, MRL_OUTCOME_HARNESS_ERROR, err.msg);
  if (rec.outcome == MRL_OUTCOME_OK) {
    snprintf(rec.measurement.profile, sizeof rec.measurement.profile, "%s", c->o->eval.profile->name);
    rec.measurement.baseline_reused = true;
    snprintf(rec.measurement.baseline_timed_utc, sizeof rec.measurement.baseline_timed_utc, "%s", d->time_utc);
    rec.measurement.attempts = 1;
    if (mrl_record_set_timing(&rec.baseline, d->sample_ns, (size_t)d->n, d->iters, &err) != MRL_OK ||
        mrl_stats_speedup(d->sample_ns, (size_t)d->n, t->sample_ns, (size_t)t->n, 0.95, 2000,
                          c->o->eval.common.seed, &rec.speedup, &err) != MRL_OK)
      fail(&rec, MRL_OUTCOME_HARNESS_ERROR, err.msg);
    else
      rec.has_speedup = true;
    snprintf(rec.verification.note, sizeof rec.verification.note, "%s", note);
    snprintf(rec.counters_note, sizeof rec.counters_note, "not counted: timed outside mlirrl's workers");
  }
  struct mrl_eval_info info;
  mrl_eval_info_init(&info, R->run_id, m);
  info.suite = c->b->suite;
  info.detail = t->what;
  write_record(R, &rec, &info);
}

/* PyTorch and Halide: counterparts timed by a Python server (eval_external.h). */
static void method_server(struct run *R, struct bench_ctx *c, const struct mrl_method *m, enum mrl_server_kind k) {
  static const char *const notes[MRL_SERVER_KIND_COUNT] = {
      [MRL_SERVER_TORCH] = "computed by PyTorch (its counterparts are checked against the benchmarks by the test "
                           "baselines.torch_faithful)",
      [MRL_SERVER_HALIDE] = "computed by Halide (its counterparts are checked against the benchmarks by the test "
                            "baselines.halide_faithful)",
  };
  if (c->prep_error) return; /* nothing to compare against; the default's record says why */
  if (!R->server[k]) R->server[k] = mrl_server_open(k);
  struct mrl_ext_timing t;
  mrl_timing_lock_acquire();
  mrl_server_time(R->server[k], c->b, m->name, c->o->eval.common.threads, &c->o->eval.measure, &t);
  mrl_timing_lock_release();
  if (t.status != MRL_EXT_NOT_APPLICABLE) external_record(R, c, m, &t, notes[k]);
  mrl_ext_timing_free(&t);
}

static void method_openblas(struct run *R, struct bench_ctx *c, const struct mrl_method *m) {
  struct mrl_gemm_shape g;
  if (c->prep_error || !gemm_shape(c, &g)) return; /* not a matmul: not applicable */
  struct mrl_ext_timing t;
  mrl_timing_lock_acquire();
  mrl_openblas_time(&g, c->o->eval.common.threads, &c->o->eval.measure, &t);
  mrl_timing_lock_release();
  external_record(R, c, m, &t, "computed by OpenBLAS GEMM (C += A B); the benchmark's other ops, which reduce "
                               "nothing, are not timed");
  mrl_ext_timing_free(&t);
}

/* ---------------------------------------------------------------- the run */

static double method_units(const struct eval_opts *o, const struct mrl_method *m) {
  if ((m->kind == MRL_METHOD_RANDOM || m->kind == MRL_METHOD_SEARCH) && m->budget == largest_budget(o, m->kind))
    return 1 + m->budget;
  return 1;
}

static void open_bench(struct bench_ctx *c) {
  struct mrl_err err = {{0}};
  if (mrl_prepare(c->b->path, &c->p, &err) != MRL_OK) {
    c->prep_error = strdup(err.msg);
    if (!c->prep_error) c->prep_error = "out of memory";
    snprintf(c->env_error, sizeof c->env_error, "%s", err.msg);
    return;
  }
  if (mrl_env_create(&c->o->cfg, &c->env, &err) != MRL_OK || mrl_env_load(c->env, c->p.text, c->b->id, &err) != MRL_OK) {
    snprintf(c->env_error, sizeof c->env_error, "the environment cannot take this benchmark: %s", err.msg);
    mrl_env_close(c->env);
    c->env = NULL;
  }
}

static void close_bench(struct bench_ctx *c) {
  for (int k = 0; k < MRL_SEARCH_KIND_COUNT; ++k) mrl_search_result_free(&c->search[k]);
  mrl_env_close(c->env);
  mrl_baseline_free(&c->state);
  mrl_prepared_free(&c->p);
  if (c->prep_error && strcmp(c->prep_error, "out of memory")) free((char *)c->prep_error);
}

static void run_bench(struct run *R, int i) {
  const struct eval_opts *o = R->o;
  struct bench_ctx c;
  memset(&c, 0, sizeof c);
  c.o = o;
  c.b = &o->benches.b[i];
  R->prog.ibench = i;
  R->prog.bench = c.b->id;
  int opened = 0;
  for (int k = 0; k < o->methods.n && !R->failed; ++k) {
    const struct mrl_method *m = &o->methods.m[k];
    double units = method_units(o, m);
    if (mrl_eval_log_done(&R->log, m->name, c.b->id)) {
      R->prog.done += units;
      continue;
    }
    if (!opened) {
      open_bench(&c);
      mrl_baseline_init(&c.state);
      opened = 1;
    }
    R->prog.method = m->name;
    mrl_mpi_dispatch_poll();
    draw(&R->prog, 0);
    switch (m->kind) {
    case MRL_METHOD_DEFAULT: method_default(R, &c, m); break;
    case MRL_METHOD_AGENT: method_agent(R, &c, m); break;
    case MRL_METHOD_RANDOM:
    case MRL_METHOD_SEARCH: method_search(R, &c, m); break;
    case MRL_METHOD_PYTORCH:
    case MRL_METHOD_TORCHSCRIPT: method_server(R, &c, m, MRL_SERVER_TORCH); break;
    case MRL_METHOD_HALIDE: method_server(R, &c, m, MRL_SERVER_HALIDE); break;
    case MRL_METHOD_OPENBLAS: method_openblas(R, &c, m); break;
    default: break;
    }
    R->prog.done += units;
    draw(&R->prog, 0);
  }
  if (opened) close_bench(&c);
}


/* OUT/results.jsonl: a new run needs an empty folder (or none); --resume needs the file. */
static int prepare_out(struct run *R) {
  const struct eval_opts *o = R->o;
  struct mrl_err err = {{0}};
  if (mrl_cli_make_dirs(o->out) != 0) {
    fprintf(stderr, "mlirrl eval: cannot create %s: %s\n", o->out, strerror(errno));
    return -1;
  }
  if (access(o->out, W_OK) != 0) {
    fprintf(stderr, "mlirrl eval: cannot write in %s: %s\n", o->out, strerror(errno));
    return -1;
  }
  snprintf(R->results, sizeof R->results, "%s/results.jsonl", o->out);
  snprintf(R->append_to, sizeof R->append_to, "%s", R->results);
  struct stat st;
  int shards = mrl_eval_shards_exist(o->out);
  int exists = (stat(R->results, &st) == 0 && st.st_size > 0) || shards;
  if (exists && !o->resume) {
    fprintf(stderr, "mlirrl eval: %s already holds records: add --resume to continue that run, or choose another --out\n",
            R->results);
    return -1;
  }
  /* A run stopped on several ranks left shards: their records go in first, as if they had
   * been merged when it stopped. */
  int merged = 0;
  if (shards && mrl_eval_shards_merge(o->out, R->results, &o->benches, &o->methods, &merged, &err) != MRL_OK) {
    fprintf(stderr, "mlirrl eval: %s\n", err.msg);
    return -1;
  }
  if (merged) printf("mlirrl eval: %d records of the stopped run's shards merged into %s\n", merged, R->results);
  if (mrl_eval_log_load(R->results, &R->log, &err) != MRL_OK) {
    fprintf(stderr, "mlirrl eval: %s\n", err.msg);
    return -1;
  }
  /* A resumed run's earlier records go in too (again: nothing is added twice), so that the
   * database holds the whole file even when the run stopped between a line and its insert. */
  struct mrl_db_import_stats imported;
  if (o->db && (mrl_db_open(o->db, MRL_DB_CREATE, &R->db, &err) != MRL_OK ||
                (exists && mrl_db_import_file(R->db, R->results, &imported, &err) != MRL_OK))) {
    fprintf(stderr, "mlirrl eval: %s\n", err.msg);
    return -1;
  }
  if (R->log.run_id[0])
    snprintf(R->run_id, sizeof R->run_id, "%s", R->log.run_id);
  else {
    time_t now = time(NULL);
    struct tm tm;
    gmtime_r(&now, &tm);
    strftime(R->run_id, sizeof R->run_id, "%Y%m%dT%H%M%SZ", &tm);
  }
  return 0;
}

static int write_report(const struct run *R) {
  const char *py = getenv("MLIRRL_PYTHON");
  char cmd[13000];
  snprintf(cmd, sizeof cmd, "%s '%s/reports/eval_report.py' '%s' --out '%s/reports'", py && *py ? py : "/usr/bin/python3",
           MLIRRL_SOURCE_DIR, R->results, R->o->out);
  if (strchr(R->results, '\'')) {
    fprintf(stderr, "mlirrl eval: the report is not written for a path with a quote in it; run %s/reports/eval_report.py\n",
            MLIRRL_SOURCE_DIR);
    return -1;
  }
  int rc = system(cmd);
  if (rc != 0) {
    fprintf(stderr, "mlirrl eval: the report could not be written (%s)\n", cmd);
    return -1;
  }
  printf("report: %s/reports/report.html, %s/reports/summary.md\n", R->o->out, R->o->out);
  return 0;
}

/* ---------------------------------------------------------------- on several ranks */

/* Rank 0 prepares OUT (and merges what a stopped run left) and tells the others the run id;
 * then every rank reads results.jsonl and appends to a shard of its own. -1: the run cannot
 * start (rank 0 said why). */
static int prepare_ranks(struct run *R) {
  struct mrl_err err = {{0}};
  struct {
    int ok;
    char run_id[64];
  } hello = {0, ""};
  if (R->rank == 0) {
    hello.ok = prepare_out(R) == 0;
    snprintf(hello.run_id, sizeof hello.run_id, "%s", R->run_id);
    char dir[4200];
    snprintf(dir, sizeof dir, "%s/shards", R->o->out);
    if (hello.ok && mrl_cli_make_dirs(dir) != 0) {
      fprintf(stderr, "mlirrl eval: cannot create %s: %s\n", dir, strerror(errno));
      hello.ok = 0;
    }
  }
  if (mrl_mpi_bcast(&hello, sizeof hello, &err) != MRL_OK) {
    fprintf(stderr, "mlirrl eval: %s\n", err.msg);
    return -1;
  }
  if (!hello.ok) return -1;
  if (R->rank != 0) {
    snprintf(R->results, sizeof R->results, "%s/results.jsonl", R->o->out);
    snprintf(R->run_id, sizeof R->run_id, "%s", hello.run_id);
    if (mrl_eval_log_load(R->results, &R->log, &err) != MRL_OK) {
      /* It still takes part, measuring nothing: the benchmarks it is handed are left for a
       * --resume. */
      fprintf(stderr, "mlirrl eval: rank %d: %s\n", R->rank, err.msg);
      R->failed = 1;
    }
  }
  mrl_eval_shard_path(R->o->out, R->rank, R->append_to, sizeof R->append_to);
  /* Nobody appends before everybody has read. */
  if (mrl_mpi_barrier(&err) != MRL_OK) {
    fprintf(stderr, "mlirrl eval: %s\n", err.msg);
    return -1;
  }
  return 0;
}

/* The benchmarks that still miss a record, handed out by rank 0 (every rank computes the same
 * list from the same file). */
static void run_ranks(struct run *R) {
  const struct eval_opts *o = R->o;
  int *pending = calloc((size_t)o->benches.n + 1, sizeof *pending), np = 0;
  if (!pending) {
    fprintf(stderr, "mlirrl eval: rank %d: out of memory\n", R->rank);
    R->failed = 1;
  }
  for (int i = 0; pending && i < o->benches.n; ++i)
    for (int k = 0; k < o->methods.n; ++k)
      if (!mrl_eval_log_done(&R->log, o->methods.m[k].name, o->benches.b[i].id)) {
        pending[np++] = i;
        break;
      }
  mrl_mpi_dispatch_start(np);
  int mine = 0;
  /* A rank that failed keeps asking, so that rank 0 can tell it there is no more. */
  for (int k; (k = mrl_mpi_dispatch_next()) >= 0;)
    if (!R->failed && pending && k < np) {
      run_bench(R, pending[k]);
      ++mine;
    }
  mrl_mpi_dispatch_end();
  free(pending);
  fprintf(stderr, "mlirrl eval: rank %d: %d benchmarks; waited %.1f s for the timing lock over %ld timed sections (%s)\n",
          R->rank, mine, mrl_timing_lock_waited_s(), mrl_timing_lock_taken(), mrl_mpi_timing_mode());
}

/* Rank 0, when every rank is done: the shards into results.jsonl, the log read again, the
 * database given the merged file. */
static int merge_ranks(struct run *R) {
  struct mrl_err err = {{0}};
  int added = 0;
  if (mrl_eval_shards_merge(R->o->out, R->results, &R->o->benches, &R->o->methods, &added, &err) != MRL_OK) {
    fprintf(stderr, "mlirrl eval: %s\n", err.msg);
    return -1;
  }
  mrl_eval_log_free(&R->log);
  struct mrl_db_import_stats imported;
  if (mrl_eval_log_load(R->results, &R->log, &err) != MRL_OK ||
      (R->db && mrl_db_import_file(R->db, R->results, &imported, &err) != MRL_OK)) {
    fprintf(stderr, "mlirrl eval: %s\n", err.msg);
    return -1;
  }
  return 0;
}

int mrl_cmd_eval(int argc, char **argv) {
  struct eval_opts o;
  int a = parse(argc, argv, &o);
  if (a != 0) {
    mrl_methods_free(&o.methods);
    mrl_benches_free(&o.benches);
    return a > 0 ? MRL_EXIT_OK : MRL_EXIT_USAGE;
  }
  struct run R;
  memset(&R, 0, sizeof R);
  R.o = &o;
  R.rank = mrl_mpi_rank();
  R.size = mrl_mpi_size();
  int rc = MRL_EXIT_OK;
  if (R.size > 1 ? prepare_ranks(&R) != 0 : prepare_out(&R) != 0) rc = EXIT_RUN_FAILED;
  if (rc == MRL_EXIT_OK) {
    R.prog.tty = isatty(2) && R.size == 1;
    R.prog.nbench = o.benches.n;
    R.prog.t0 = now_s();
    for (int i = 0; i < o.benches.n; ++i)
      for (int k = 0; k < o.methods.n; ++k) R.prog.total += method_units(&o, &o.methods.m[k]);
    if (R.rank == 0) {
      printf("mlirrl eval: %d benchmarks x %d methods (", o.benches.n, o.methods.n);
      for (int k = 0; k < o.methods.n; ++k) printf("%s%s", k ? ", " : "", o.methods.m[k].name);
      printf("), run %s%s -> %s", R.run_id, R.log.ndone ? " (resumed)" : "", R.results);
      if (R.size > 1) printf(", on %d ranks", R.size);
      printf("\n");
    }
    fflush(stdout);
    if (R.size > 1) {
      struct mrl_err err = {{0}};
      run_ranks(&R);
      int failed = R.failed;
      if (mrl_mpi_barrier(&err) != MRL_OK) {
        fprintf(stderr, "mlirrl eval: %s\n", err.msg);
        failed = 1;
      }
      if (R.rank == 0 && merge_ranks(&R) != 0) failed = 1;
      R.failed = failed;
    } else {
      for (int i = 0; i < o.benches.n && !R.failed; ++i) run_bench(&R, i);
    }
    clear_bar(&R.prog);
    char el[32];
    fmt_dur(now_s() - R.prog.t0, el, sizeof el);
    if (R.rank > 0) {
      rc = R.failed ? EXIT_RUN_FAILED : MRL_EXIT_OK; /* rank 0 speaks for the run */
    } else {
      printf("mlirrl eval: %d records in %s, %d not ok, %s\n", R.log.ndone, R.results, R.log.not_ok, el);
      if (R.failed) rc = EXIT_RUN_FAILED;
      else if (o.report && write_report(&R) != 0) rc = EXIT_RUN_FAILED;
      else if (R.log.not_ok) rc = MRL_EXIT_FAILED;
    }
  }
  for (int k = 0; k < MRL_SERVER_KIND_COUNT; ++k)
    mrl_server_close(R.server[k]);
  mrl_db_close(R.db);
  mrl_eval_log_free(&R.log);
  mrl_methods_free(&o.methods);
  mrl_benches_free(&o.benches);
  return rc;
}
