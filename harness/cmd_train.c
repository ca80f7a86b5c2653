/* mlirrl train: trains the PPO agent (agents/ppo.h) on a suite's training split. Each iteration
 * plays episodes on benchmarks drawn at random, sampling actions from the policy, measures
 * every final schedule through the environment's measurer (train profile, cache), then
 * updates the network. Every iteration appends a row to OUT/train.csv and rewrites
 * OUT/checkpoint.mrlw (network, optimizer, trainer state) and OUT/weights.mrlw (the network);
 * episodes go to OUT/episodes.jsonl. A run stopped anywhere (kill -9 included) continues with
 * --resume from the last finished iteration; with the same cache, the result is the same
 * network as an uninterrupted run's. With only OUT/weights.mrlw kept (what is committed after a
 * run; the checkpoint's optimizer state is three times its size), --resume continues from it
 * and the optimizer starts again. Every --validate-every iterations the greedy policy is
 * measured on the validation benchmarks. OUT/curve.png plots the log.
 *
 * Under mpirun (mpi_comm.h), rank 0 plays the iteration's episodes, the ranks share out the
 * measurements of their schedules (the cost of an episode), and rank 0 replays the episodes with
 * the results and learns (measure_batch.h): the same network as a run on one rank that finds
 * those measurements in the cache. Rank 0 alone writes OUT. */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "commands.h"

#ifndef HAVE_PPO
int mrl_cmd_train(int argc, char **argv) {
  (void)argc;
  (void)argv;
  fprintf(stderr, "mlirrl train: not built here: the agents' networks need OpenBLAS (libopenblas-dev)\n");
  return 3;
}
#else

#include <jansson.h>

#include "bench.h"
#include "cli.h"
#include "commands.h"
#include "encode.h"
#include "env_cli.h"
#include "env_measure.h"
#include "eval_plan.h"
#include "measure_batch.h"
#include "mpi_comm.h"
#include "ppo.h"
#include "weights.h"

#ifndef MLIRRL_SOURCE_DIR
#define MLIRRL_SOURCE_DIR "."
#endif

struct train_opts {
  struct mrl_env_config cfg;
  struct mrl_env_measure_opts measure;
  struct mrl_ppo_config ppo;
  struct mrl_policy_config net; /* embed and hidden only; the rest comes from the environment */
  const char *suite, *validate, *out;
  long long iterations, episodes, validate_every;
  double max_minutes, timeout_factor;
  uint64_t seed;
  int resume, quiet, no_plot;
};

static void usage(FILE *f) {
  fprintf(f,
          "usage: mlirrl train --suite DIR[:split] --iterations N --out DIR [--resume] [options]\n"
          "Trains the PPO agent on the suite's benchmarks (split 'train' unless one is given; a suite of\n"
          "this tree may be named alone: --suite train), measuring\n"
          "every episode's schedule under the train profile with the cache. Writes OUT/train.csv (one row per\n"
          "iteration), OUT/episodes.jsonl, OUT/checkpoint.mrlw, OUT/weights.mrlw and OUT/curve.png.\n"
          "  --iterations N         train until N iterations are done (counting resumed ones)\n"
          "  --resume               continue the run in OUT from its checkpoint (its settings are kept;\n"
          "                         from OUT/weights.mrlw alone when there is no checkpoint)\n"
          "  --max-minutes M        stop after the iteration that passes M minutes (resume later)\n"
          "  --episodes N           episodes (benchmarks) per iteration (64)\n"
          "  --validate L           validation benchmarks: a .list of ids or a suite DIR[:split]\n"
          "                         (suites/validation-sample.list: 32 of the training suite's validation split)\n"
          "  --validate-every K     measure the greedy policy on them every K iterations (5; 0: never)\n"
          "  --seed S               seed of the network, the episodes and the inputs (1)\n"
          "  --embed N --hidden N,N,N  network widths (256; 512,512,512)\n"
          "  --lr X --clip X --gamma X --lambda X --value-coef X --entropy-coef X --max-grad-norm X\n"
          "  --epochs N --minibatch N   PPO settings (1e-3, 0.2, 1, 0.95, 0.5, 0.01, 0.5, 4, 32)\n"
          "  --timeout-factor F     a measurement may take F default-pipeline calls per sample (10; >= 2 s)\n"
          "  --no-plot              do not draw OUT/curve.png\n"
          "  --quiet                no line per iteration\n" MRL_ENV_CLI_HELP MRL_EVAL_HELP);
}

static int parse_hidden(const char *v, struct mrl_policy_config *n) {
  n->nhidden = 0;
  const char *p = v;
  while (*p) {
    char *end;
    long w = strtol(p, &end, 10);
    if (end == p || w < 1 || w > 65536 || n->nhidden == MRL_POLICY_MAX_HIDDEN || (*end && *end != ',')) {
      fprintf(stderr, "mlirrl train: bad value for --hidden: '%s' (widths separated by commas)\n", v);
      return -1;
    }
    n->hidden[n->nhidden++] = (int)w;
    p = *end ? end + 1 : end;
  }
  return n->nhidden ? 0 : -1;
}

static int parse(int argc, char **argv, struct train_opts *o) {
  static const char *const flags[] = {"help", "resume", "quiet", "no-plot", MRL_EVAL_FLAGS, MRL_ENV_CLI_FLAGS, NULL};
  memset(o, 0, sizeof *o);
  mrl_env_config_default(&o->cfg);
  mrl_env_measure_default_opts(&o->measure);
  o->measure.eval.retries = 0; /* a timeout here is mostly a slow schedule */
  mrl_ppo_default_config(&o->ppo);
  o->net.embed = 256;
  o->net.nhidden = 3;
  o->net.hidden[0] = o->net.hidden[1] = o->net.hidden[2] = 512;
  o->episodes = 64;
  o->validate_every = 5;
  o->validate = MLIRRL_SOURCE_DIR "/suites/validation-sample.list";
  o->timeout_factor = 10;
  o->seed = 1;
  struct mrl_cli_iter it;
  const char *name, *value;
  int r;
  mrl_cli_iter_init(&it, argc, argv, flags);
  while ((r = mrl_cli_next(&it, &name, &value)) > 0) {
    long long n;
    double x;
    if (!name) {
      fprintf(stderr, "mlirrl train: unexpected argument '%s'\n", value);
      return -1;
    }
#define INT_OPT(flag, lo, hi, dst)                                                                                   \
  else if (!strcmp(name, flag)) {                                                                                    \
    if (mrl_cli_int(name, value, lo, hi, &n)) return -1;                                                             \
    dst = n;                                                                                                         \
  }
#define DBL_OPT(flag, lo, hi, dst)                                                                                   \
  else if (!strcmp(name, flag)) {                                                                                    \
    if (mrl_cli_double(name, value, lo, hi, &x)) return -1;                                                          \
    dst = x;                                                                                                         \
  }
    if (!strcmp(name, "help")) {
      usage(stdout);
      return 1;
    } else if (!strcmp(name, "suite"))
      o->suite = value;
    else if (!strcmp(name, "validate"))
      o->validate = value;
    else if (!strcmp(name, "out"))
      o->out = value;
    else if (!strcmp(name, "resume"))
      o->resume = 1;
    else if (!strcmp(name, "quiet"))
      o->quiet = 1;
    else if (!strcmp(name, "no-plot"))
      o->no_plot = 1;
    else if (!strcmp(name, "hidden")) {
      if (parse_hidden(value, &o->net)) return -1;
    }
    INT_OPT("iterations", 0, 100000000, o->iterations)
    INT_OPT("episodes", 1, 1000000, o->episodes)
    INT_OPT("validate-every", 0, 100000000, o->validate_every)
    INT_OPT("embed", 1, 65536, o->net.embed)
    INT_OPT("epochs", 1, 1000, o->ppo.epochs)
    INT_OPT("minibatch", 1, 65536, o->ppo.minibatch)
    DBL_OPT("max-minutes", 0, 1e9, o->max_minutes)
    DBL_OPT("lr", 1e-12, 10, o->ppo.lr)
    DBL_OPT("clip", 1e-6, 10, o->ppo.clip)
    DBL_OPT("gamma", 0, 1, o->ppo.gamma)
    DBL_OPT("lambda", 0, 1, o->ppo.lambda)
    DBL_OPT("value-coef", 0, 1e6, o->ppo.value_coef)
    DBL_OPT("entropy-coef", 0, 1e6, o->ppo.entropy_coef)
    DBL_OPT("max-grad-norm", 0, 1e12, o->ppo.max_grad_norm)
    DBL_OPT("timeout-factor", 1, 1e6, o->timeout_factor)
    else {
      int c = mrl_env_cli_option(&o->cfg, name, value);
      if (c == 0) c = mrl_eval_option(&o->measure.eval, name, value);
      if (c < 0) return -1;
      if (c == 0) {
        fprintf(stderr, "mlirrl train: unknown option --%s\n", name);
        return -1;
      }
      if (!strcmp(name, "seed")) o->seed = o->measure.eval.common.seed;
    }
#undef INT_OPT
#undef DBL_OPT
  }
  if (r < 0) return -1;
  if (!o->out) {
    fprintf(stderr, "mlirrl train: --out DIR is required\n");
    return -1;
  }
  if (!o->suite && !o->resume) {
    fprintf(stderr, "mlirrl train: --suite DIR[:split] is required\n");
    return -1;
  }
  return 0;
}

/* ---------------------------------------------------------------- the run */

struct trainer {
  struct train_opts *o;
  struct mrl_bench_list train, valid;
  json_t *times;      /* the suite's default_times.json "results", NULL when it has none */
  char validate_path[4096];
  struct mrl_env *env;
  struct mrl_env_measurer *mm;
  struct mrl_encoder enc;
  struct mrl_ppo *ppo;
  float *x;
  unsigned char *mask;
  uint64_t rng;
  long long iteration, episodes_total, decisions_total;
  double wall_s; /* of the finished iterations, over all sessions */
  char suite_spec[4096];
  char path[4200];
  int rank, size;                /* 0 and 1 without mpirun */
  struct mrl_measure_batch batch; /* on several ranks: the measurements of the current phase */
};

static const char *out_path(struct trainer *T, const char *name) {
  snprintf(T->path, sizeof T->path, "%s/%s", T->o->out, name);
  return T->path;
}

static double now_s(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

/* The default pipeline's times per call from the suite's default_times.json, when it has one:
 * the trainer's timeouts scale with them. */
static void load_default_times(struct trainer *T) {
  if (T->train.n == 0) return;
  char path[4200];
  snprintf(path, sizeof path, "%s", T->train.b[0].manifest);
  char *slash = strrchr(path, '/');
  if (!slash) return;
  snprintf(slash + 1, sizeof path - (size_t)(slash + 1 - path), "default_times.json");
  json_t *j = json_load_file(path, 0, NULL);
  T->times = json_incref(json_object_get(j, "results"));
  json_decref(j);
}

static double default_ns(const struct trainer *T, const char *id) {
  double ns = json_number_value(json_object_get(json_object_get(T->times, id), "median_ns"));
  return ns > 0 ? ns : 0;
}

static enum mrl_status load_bench(struct trainer *T, const struct mrl_eval_bench *b, struct mrl_err *err) {
  char *text = NULL;
  enum mrl_status s = mrl_read_file(b->path, &text, NULL, err);
  if (s == MRL_OK) s = mrl_env_load(T->env, text, b->id, err);
  free(text);
  return s;
}

struct episode_result {
  double reward, speedup;
  int ok, decisions;
  char outcome[32];
};

/* Plays one episode on the loaded benchmark: sampled (recording its decisions) or greedy. */
static enum mrl_status play(struct trainer *T, int greedy, int record, struct episode_result *r, struct mrl_err *err) {
  memset(r, 0, sizeof *r);
  enum mrl_status s = mrl_env_reset(T->env, err);
  struct mrl_step_result res;
  memset(&res, 0, sizeof res);
  while (s == MRL_OK && !mrl_env_done(T->env)) {
    int nloops;
    mrl_encode(&T->enc, T->env, T->x, T->mask, &nloops);
    struct mrl_policy_action pa;
    double logp, value, entropy;
    s = mrl_policy_act(T->ppo->policy, T->x, T->mask, nloops, greedy, &T->rng, &pa, &logp, &value, &entropy, err);
    if (s != MRL_OK) break;
    if (!greedy && record) s = mrl_ppo_record(T->ppo, T->x, T->mask, nloops, &pa, logp, value, NULL, err);
    if (s != MRL_OK) break;
    struct mrl_action a;
    mrl_encode_action(&pa, &a);
    s = mrl_env_step(T->env, &a, &res, err);
    r->decisions++;
  }
  if (s != MRL_OK) return s;
  r->reward = res.reward;
  r->ok = res.measurement.outcome == MRL_MEASURE_OK;
  r->speedup = r->ok ? res.measurement.speedup : NAN;
  snprintf(r->outcome, sizeof r->outcome, "%s", res.measurement.outcome_name[0] ? res.measurement.outcome_name : "unknown");
  if (res.measurement.outcome == MRL_MEASURE_ERROR)
    return mrl_fail(err, MRL_EBENCH, "cannot measure: %s", res.measurement.error);
  return MRL_OK;
}

static void set_timeout(struct trainer *T, double default_ns) {
  double limit = T->o->measure.eval.common.timeout_s;
  if (default_ns > 0) limit = fmin(limit, fmax(2.0, T->o->timeout_factor * default_ns * 1e-9));
  mrl_env_measurer_set_timeout(T->mm, limit);
  T->batch.timeout_s = limit;
}

/* Measurements asked for so far, and how many the cache answered: the measurer's, or on
 * several ranks the replayer's (rank 0). */
static void measured_counts(const struct trainer *T, int *asked, int *cached) {
  if (T->size == 1) {
    mrl_env_measurer_counts(T->mm, asked, cached);
    return;
  }
  if (asked) *asked = T->batch.asked;
  if (cached) *cached = T->batch.cached;
}

static void log_episode(struct trainer *T, FILE *f, const char *id, const struct episode_result *r, int cached) {
  json_t *j = json_pack("{s:I, s:I, s:s, s:s, s:s, s:f, s:i, s:b}", "iteration", (json_int_t)T->iteration + 1,
                        "episode", (json_int_t)T->episodes_total, "benchmark", id, "schedule",
                        mrl_env_schedule(T->env), "outcome", r->outcome, "reward", r->reward, "decisions",
                        r->decisions, "cached", cached);
  if (r->ok) json_object_set_new(j, "speedup", json_real(r->speedup));
  char *line = json_dumps(j, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(10));
  if (line) fprintf(f, "%s\n", line);
  free(line);
  json_decref(j);
}

/* Greedy episodes on the validation benchmarks: geomean speedup over those that measured ok. */
static void validate(struct trainer *T, double *geomean, int *ok, int *n) {
  double logsum = 0;
  *ok = *n = 0;
  for (int i = 0; i < T->valid.n; ++i) {
    struct mrl_err err = {{0}};
    struct episode_result r;
    set_timeout(T, default_ns(T, T->valid.b[i].id));
    if (load_bench(T, &T->valid.b[i], &err) != MRL_OK) continue;
    ++*n;
    if (play(T, 1, 0, &r, &err) != MRL_OK || !r.ok) continue;
    ++*ok;
    logsum += log(r.speedup);
  }
  *geomean = *ok ? exp(logsum / *ok) : NAN;
}

static const char CSV_HEADER[] =
    "iteration,episodes,decisions,mean_reward,train_geomean,train_ok,entropy,policy_loss,value_loss,approx_kl,"
    "clip_fraction,grad_norm,measured,cached,val_geomean,val_ok,val_n,iter_s,wall_s\n";

/* ---------------------------------------------------------------- checkpoints */

static json_t *training_json(struct trainer *T) {
  const struct train_opts *o = T->o;
  char rng[32];
  snprintf(rng, sizeof rng, "%016llx", (unsigned long long)T->rng);
  json_t *j = json_pack("{s:s, s:I, s:I, s:I, s:f, s:{s:f, s:f, s:f, s:f, s:f, s:f, s:f, s:i, s:i}, s:I, s:I, s:s, "
                        "s:I, s:f, s:I, s:s}",
                        "suite", T->suite_spec, "iterations", (json_int_t)T->iteration, "episodes",
                        (json_int_t)T->episodes_total, "decisions", (json_int_t)T->decisions_total, "wall_s",
                        T->wall_s, "ppo", "lr", o->ppo.lr, "clip", o->ppo.clip, "gamma", o->ppo.gamma, "lambda",
                        o->ppo.lambda, "value_coef", o->ppo.value_coef, "entropy_coef", o->ppo.entropy_coef,
                        "max_grad_norm", o->ppo.max_grad_norm, "epochs", o->ppo.epochs, "minibatch",
                        o->ppo.minibatch, "episodes_per_iteration", (json_int_t)o->episodes, "seed",
                        (json_int_t)o->seed, "validate", o->validate, "validate_every", (json_int_t)o->validate_every,
                        "timeout_factor", o->timeout_factor, "adam_t", (json_int_t)T->ppo->adam_t, "profile",
                        o->measure.eval.profile ? o->measure.eval.profile->name : "train");
  json_object_set_new(j, "rng", json_string(rng));
  return j;
}

/* The optimizer's moments as the weights file's extra tensors ("adam.m.<name>",
 * "adam.v.<name>"), pointing at the learner's arrays. */
struct adam_tensors {
  const char **names;
  const float **data;
  int *rows, *cols;
  char (*buf)[80];
  struct mrl_weights_extra extra;
};

static void adam_tensors_free(struct adam_tensors *a) {
  free(a->names);
  free(a->data);
  free(a->rows);
  free(a->cols);
  free(a->buf);
}

static enum mrl_status adam_tensors(struct mrl_ppo *t, struct adam_tensors *a, struct mrl_err *err) {
  int n = 2 * t->nparams;
  a->names = calloc((size_t)n, sizeof *a->names);
  a->data = calloc((size_t)n, sizeof *a->data);
  a->rows = calloc((size_t)n, sizeof *a->rows);
  a->cols = calloc((size_t)n, sizeof *a->cols);
  a->buf = calloc((size_t)n, sizeof *a->buf);
  if (!a->names || !a->data || !a->rows || !a->cols || !a->buf) {
    adam_tensors_free(a);
    return mrl_fail(err, MRL_ENOMEM, "out of memory");
  }
  for (int i = 0; i < t->nparams; ++i) {
    const char *name;
    float *w, *g;
    int r, c;
    mrl_policy_param(t->policy, i, &name, &w, &g, &r, &c);
    for (int k = 0; k < 2; ++k) {
      snprintf(a->buf[2 * i + k], sizeof a->buf[0], "adam.%s.%s", k ? "v" : "m", name);
      a->names[2 * i + k] = a->buf[2 * i + k];
      a->data[2 * i + k] = k ? t->v[i] : t->m[i];
      a->rows[2 * i + k] = r;
      a->cols[2 * i + k] = c;
    }
  }
  a->extra = (struct mrl_weights_extra){n, a->names, a->data, a->rows, a->cols};
  return MRL_OK;
}

static enum mrl_status save(struct trainer *T, struct mrl_err *err) {
  struct mrl_ppo *t = T->ppo;
  struct adam_tensors at = {0};
  enum mrl_status s = adam_tensors(t, &at, err);
  json_t *tj = training_json(T);
  if (s == MRL_OK)
    s = mrl_weights_save(out_path(T, "checkpoint.mrlw"), t->policy, &T->o->cfg, T->enc.layout, tj, &at.extra, err);
  if (s == MRL_OK) s = mrl_weights_save(out_path(T, "weights.mrlw"), t->policy, &T->o->cfg, T->enc.layout, tj, NULL, err);
  json_decref(tj);
  adam_tensors_free(&at);
  return s;
}

/* Reads the trainer's state and settings from OUT/<from> (the checkpoint, or the weights file
 * when only that was kept). */
static enum mrl_status restore(struct trainer *T, const char *from, struct mrl_err *err) {
  struct train_opts *o = T->o;
  struct mrl_policy *p = NULL;
  json_t *hdr = NULL;
  enum mrl_status s = mrl_weights_load(out_path(T, from), o->ppo.minibatch, &p, &hdr, NULL, err);
  if (s != MRL_OK) return s;
  json_t *tr = json_object_get(hdr, "training");
  json_t *ppo = json_object_get(tr, "ppo");
  const char *suite = NULL, *rng = NULL, *validate = NULL;
  json_int_t iters = 0, eps = 0, decs = 0, epi = 0, seed = 0, vevery = 0, adam_t = 0;
  double wall = 0;
  if (json_unpack(tr, "{s:s, s:I, s:I, s:I, s:F, s:I, s:I, s:s, s:I, s:F, s:I, s:s}", "suite", &suite, "iterations",
                  &iters, "episodes", &eps, "decisions", &decs, "wall_s", &wall, "episodes_per_iteration", &epi,
                  "seed", &seed, "validate", &validate, "validate_every", &vevery, "timeout_factor",
                  &o->timeout_factor, "adam_t", &adam_t, "rng", &rng) ||
      json_unpack(ppo, "{s:F, s:F, s:F, s:F, s:F, s:F, s:F, s:i, s:i}", "lr", &o->ppo.lr, "clip", &o->ppo.clip,
                  "gamma", &o->ppo.gamma, "lambda", &o->ppo.lambda, "value_coef", &o->ppo.value_coef,
                  "entropy_coef", &o->ppo.entropy_coef, "max_grad_norm", &o->ppo.max_grad_norm, "epochs",
                  &o->ppo.epochs, "minibatch", &o->ppo.minibatch)) {
    s = mrl_fail(err, MRL_ECONFIG, "%s: the checkpoint's training state is incomplete", T->path);
  }
  struct mrl_err inner;
  if (s == MRL_OK && (s = mrl_weights_env_config(hdr, &o->cfg, &inner)) != MRL_OK)
    s = mrl_fail(err, s, "%s: %s", T->path, inner.msg);
  if (s == MRL_OK) {
    snprintf(T->suite_spec, sizeof T->suite_spec, "%s", suite);
    o->suite = T->suite_spec;
    snprintf(T->validate_path, sizeof T->validate_path, "%s", validate);
    o->validate = T->validate_path;
    o->episodes = epi;
    o->seed = (uint64_t)seed;
    o->validate_every = vevery;
    o->net = p->cfg;
    T->iteration = iters;
    T->episodes_total = eps;
    T->decisions_total = decs;
    T->wall_s = wall;
    T->rng = strtoull(rng, NULL, 16);
  }
  mrl_policy_free(p);
  json_decref(hdr);
  return s;
}

/* The network's parameters from OUT/<from> into T->ppo, and the optimizer's moments when
 * with_optimizer (else they start again from zero). */
static enum mrl_status restore_tensors(struct trainer *T, const char *from, int with_optimizer, struct mrl_err *err) {
  struct mrl_ppo *t = T->ppo;
  struct adam_tensors at = {0};
  enum mrl_status s = adam_tensors(t, &at, err);
  struct mrl_policy *p = NULL;
  json_t *hdr = NULL;
  if (s == MRL_OK)
    s = mrl_weights_load(out_path(T, from), t->policy->batch_cap, &p, &hdr, with_optimizer ? &at.extra : NULL, err);
  if (s == MRL_OK) {
    t->adam_t = with_optimizer ? json_integer_value(json_object_get(json_object_get(hdr, "training"), "adam_t")) : 0;
    mrl_policy_free(t->policy);
    t->policy = p;
  }
  json_decref(hdr);
  adam_tensors_free(&at);
  return s;
}

/* Keeps the first `keep` data lines of a log file (after its header line when header). */
static void truncate_log(const char *path, long long keep, int header) {
  FILE *f = fopen(path, "r");
  if (!f) return;
  char tmp[4300];
  snprintf(tmp, sizeof tmp, "%s.tmp", path);
  FILE *g = fopen(tmp, "w");
  if (!g) {
    fclose(f);
    return;
  }
  char *line = NULL;
  size_t cap = 0;
  long long n = 0;
  ssize_t len;
  while ((len = getline(&line, &cap, f)) > 0) {
    if (line[len - 1] != '\n') break; /* a line cut short by a kill */
    if (header && n == 0) {
      fputs(line, g);
      header = 0;
      continue;
    }
    if (n >= keep) break;
    fputs(line, g);
    ++n;
  }
  free(line);
  fclose(f);
  fclose(g);
  rename(tmp, path);
}

/* Lines of episodes.jsonl that belong to iterations up to k. */
static long long episodes_lines(const char *path, long long k) {
  FILE *f = fopen(path, "r");
  if (!f) return 0;
  char *line = NULL;
  size_t cap = 0;
  long long n = 0;
  ssize_t len;
  while ((len = getline(&line, &cap, f)) > 0) {
    if (line[len - 1] != '\n') break;
    long long it = 0;
    const char *p = strstr(line, "\"iteration\":");
    if (!p || sscanf(p + 12, "%lld", &it) != 1 || it > k) break;
    ++n;
  }
  free(line);
  fclose(f);
  return n;
}

static int file_exists(const char *p) {
  struct stat st;
  return stat(p, &st) == 0;
}

/* "train" or "train:validation": a suite of this source tree named without its folder. */
static void resolve_suite(const char *spec, char *out, size_t n) {
  char name[4096];
  snprintf(name, sizeof name, "%s", spec);
  char *colon = strchr(name, ':');
  if (colon) *colon = 0;
  char in_tree[4300];
  snprintf(in_tree, sizeof in_tree, "%s/suites/%s", MLIRRL_SOURCE_DIR, name);
  if (!file_exists(name) && !strchr(name, '/') && file_exists(in_tree))
    snprintf(out, n, "%s%s%s", in_tree, colon ? ":" : "", colon ? colon + 1 : "");
  else
    snprintf(out, n, "%s", spec);
}

static void plot(struct trainer *T) {
  if (T->o->no_plot) return;
  const char *py = getenv("MLIRRL_PYTHON");
  char cmd[9000];
  snprintf(cmd, sizeof cmd, "%s '%s/reports/train_curve.py' '%s' >&2", py && *py ? py : "/usr/bin/python3",
           MLIRRL_SOURCE_DIR, T->o->out);
  if (system(cmd) != 0) fprintf(stderr, "mlirrl train: the learning curve was not drawn (see above)\n");
}

/* ---------------------------------------------------------------- the command */

static int fail(const char *msg) {
  fprintf(stderr, "mlirrl train: %s\n", msg);
  if (mrl_mpi_size() > 1) mrl_mpi_abort(3); /* the other ranks would wait for this one forever */
  return 3;
}

/* ---------------------------------------------------------------- on several ranks */

/* Rank 0 plays the phase's episodes (the iteration's sampled ones, or greedy the validation
 * benchmarks) through the recorder and sends the requests to every rank; each rank measures its
 * share, and rank 0 gets every result, with the replayer installed; the random state is left as
 * it was, for the replay (measure_batch.h). The other ranks call it with greedy < 0: they take
 * the requests, measure and send. */
static enum mrl_status share_measurements(struct trainer *T, int greedy, struct mrl_err *err) {
  enum mrl_status s = MRL_OK;
  if (T->rank == 0) {
    mrl_measure_batch_clear(&T->batch);
    struct mrl_measurer rec = mrl_measure_batch_recorder(&T->batch);
    mrl_env_set_measurer(T->env, &rec);
    uint64_t rng0 = T->rng;
    long long n = greedy ? T->valid.n : T->o->episodes;
    for (long long e = 0; e < n; ++e) {
      const struct mrl_eval_bench *b =
          greedy ? &T->valid.b[e] : &T->train.b[(int)(mrl_env_rng_next(&T->rng) % (uint64_t)T->train.n)];
      set_timeout(T, default_ns(T, b->id));
      struct episode_result r;
      struct mrl_err ignored; /* the replay meets the same failure and reports it */
      if (load_bench(T, b, &ignored) == MRL_OK) play(T, greedy, 0, &r, &ignored);
    }
    T->rng = rng0;
  }
  /* The requests, to every rank: their size, then their bytes. */
  char *req = NULL;
  size_t nreq = 0;
  if (T->rank == 0 && (s = mrl_measure_batch_pack_requests(&T->batch, &req, &nreq, err)) != MRL_OK) return s;
  unsigned long long len = nreq;
  if (mrl_mpi_bcast(&len, sizeof len, err) != MRL_OK) return MRL_EIO;
  if (T->rank != 0 && !(req = malloc(len ? len : 1))) return mrl_fail(err, MRL_ENOMEM, "out of memory");
  s = mrl_mpi_bcast(req, len, err);
  if (s == MRL_OK && T->rank != 0) s = mrl_measure_batch_unpack_requests(&T->batch, req, len, err);
  free(req);
  if (s != MRL_OK) return s;
  s = mrl_measure_batch_run(&T->batch, T->mm, T->rank, T->size, err);
  char *mine = NULL, *all = NULL;
  size_t nmine = 0, *counts = calloc((size_t)T->size, sizeof *counts);
  if (!counts) return mrl_fail(err, MRL_ENOMEM, "out of memory"); /* fatal: the run stops */
  if (s == MRL_OK) s = mrl_measure_batch_pack(&T->batch, &mine, &nmine, err);
  struct mrl_err gerr = {{0}};
  /* Every rank takes part, with nothing to give after a failure. */
  enum mrl_status g = mrl_mpi_gather(mine, s == MRL_OK ? nmine : 0, &all, counts, &gerr);
  if (s == MRL_OK && g != MRL_OK) s = mrl_fail(err, g, "%s", gerr.msg);
  size_t at = 0;
  for (int r = 0; s == MRL_OK && T->rank == 0 && r < T->size; ++r) {
    s = mrl_measure_batch_unpack(&T->batch, all + at, counts[r], T->mm, err);
    at += counts[r];
  }
  if (s == MRL_OK && T->rank == 0) s = mrl_measure_batch_complete(&T->batch, err);
  if (s == MRL_OK && T->rank == 0) {
    struct mrl_measurer rep = mrl_measure_batch_replayer(&T->batch);
    mrl_env_set_measurer(T->env, &rep);
  }
  free(mine);
  free(all);
  free(counts);
  return s;
}

/* Rank 0: tells every rank that a phase of measurements follows (1) or that the run is over (0),
 * then shares that phase's. */
static enum mrl_status next_phase(struct trainer *T, int go, int greedy, struct mrl_err *err) {
  enum mrl_status s = mrl_mpi_bcast(&go, sizeof go, err);
  return s == MRL_OK && go ? share_measurements(T, greedy, err) : s;
}

/* A rank other than 0: measures its share of each phase rank 0 announces. */
static int rollout_worker(struct trainer *T) {
  struct mrl_err err = {{0}};
  for (;;) {
    int go = 0;
    if (mrl_mpi_bcast(&go, sizeof go, &err) != MRL_OK) return fail(err.msg);
    if (!go) return 0;
    if (share_measurements(T, -1, &err) != MRL_OK) return fail(err.msg);
  }
}

static int run(struct trainer *T) {
  struct train_opts *o = T->o;
  struct mrl_err err = {{0}};
  char msg[1400];
  if (mrl_cli_make_dirs(o->out) != 0) {
    snprintf(msg, sizeof msg, "cannot create %s: %s", o->out, strerror(errno));
    return fail(msg);
  }
  /* What to continue from: the checkpoint, or only the weights file (as committed after a
   * run: the optimizer then starts again). */
  const char *from = file_exists(out_path(T, "checkpoint.mrlw")) ? "checkpoint.mrlw"
                     : file_exists(out_path(T, "weights.mrlw"))  ? "weights.mrlw"
                                                                 : NULL;
  int have_ckpt = from != NULL;
  if (have_ckpt && !o->resume) {
    snprintf(msg, sizeof msg, "%s holds a training run: continue it with --resume, or choose another --out", o->out);
    return fail(msg);
  }
  if (o->resume && have_ckpt && restore(T, from, &err) != MRL_OK) return fail(err.msg);
  if (o->resume && have_ckpt && !strcmp(from, "weights.mrlw"))
    fprintf(stderr, "mlirrl train: no checkpoint in %s: continuing from weights.mrlw, the optimizer's state starts again\n",
            o->out);
  if (o->resume && !have_ckpt && !o->suite)
    return fail("--resume: no checkpoint or weights in --out, and no --suite to start");
  if (!have_ckpt) snprintf(T->suite_spec, sizeof T->suite_spec, "%s", o->suite);
  /* Benchmarks: the training split unless the spec names one (all of a suite without splits). */
  char spec[4200];
  resolve_suite(T->suite_spec, spec, sizeof spec);
  struct mrl_bench_filter f = {0};
  if (!strchr(spec, ':')) {
    char split[4300];
    snprintf(split, sizeof split, "%s:train", spec);
    if (mrl_benches_add_suite(&T->train, split, &f, &err) != MRL_OK) T->train.n = 0; /* no such split */
  }
  if (T->train.n == 0 && mrl_benches_add_suite(&T->train, spec, &f, &err) != MRL_OK) return fail(err.msg);
  if (T->train.n == 0) return fail("the suite has no training benchmarks");
  if (o->validate && *o->validate && o->validate_every > 0) {
    char vspec[4200];
    resolve_suite(o->validate, vspec, sizeof vspec);
    size_t n = strlen(vspec);
    enum mrl_status s = n > 5 && !strcmp(vspec + n - 5, ".list") ? mrl_benches_add_list(&T->valid, vspec, &f, &err)
                                                                  : mrl_benches_add_suite(&T->valid, vspec, &f, &err);
    if (s != MRL_OK) return fail(err.msg);
  }
  load_default_times(T);
  if (mrl_env_create(&o->cfg, &T->env, &err) != MRL_OK) return fail(err.msg);
  /* The layout needs a loaded benchmark only for the interchange mask's size: take the first. */
  if (load_bench(T, &T->train.b[0], &err) != MRL_OK || mrl_encoder_init(&T->enc, T->env, &err) != MRL_OK)
    return fail(err.msg);
  struct mrl_policy_config pc = T->enc.heads;
  pc.embed = o->net.embed;
  pc.nhidden = o->net.nhidden;
  memcpy(pc.hidden, o->net.hidden, sizeof pc.hidden);
  struct mrl_policy *p = NULL;
  if (mrl_policy_create(&pc, o->ppo.minibatch, o->seed, &p, &err) != MRL_OK) return fail(err.msg);
  if (mrl_ppo_create(&o->ppo, p, &T->ppo, &err) != MRL_OK) {
    mrl_policy_free(p);
    return fail(err.msg);
  }
  if (have_ckpt && o->resume) {
    if (restore_tensors(T, from, !strcmp(from, "checkpoint.mrlw"), &err) != MRL_OK) return fail(err.msg);
    const struct mrl_policy_config *c = &T->ppo->policy->cfg;
    if (c->op_dim != pc.op_dim || c->state_dim != pc.state_dim || c->nich != pc.nich)
      return fail("the checkpoint's network does not fit this environment's observation");
  } else {
    T->rng = mrl_env_rng_seed(o->seed ^ 0x7472616e6e6572ull);
  }
  T->x = malloc((size_t)mrl_policy_input_dim(&pc) * sizeof(float));
  T->mask = malloc(mrl_policy_mask_bytes(&pc));
  if (!T->x || !T->mask) return fail("out of memory");
  struct mrl_env_measure_opts mo = o->measure;
  if (mrl_env_measurer_create(&mo, &T->mm, &err) != MRL_OK) return fail(err.msg);
  struct mrl_measurer vt = mrl_env_measurer_vtable(T->mm);
  mrl_env_set_measurer(T->env, &vt);
  if (T->rank > 0) {
    int rc = rollout_worker(T), asked, cached;
    mrl_env_measurer_counts(T->mm, &asked, &cached);
    fprintf(stderr, "mlirrl train: rank %d: %d measurements, %d from the cache\n", T->rank, asked, cached);
    return rc;
  }

  /* Logs: cut to the checkpoint's iteration (a kill may have left a later, unfinished one). */
  char csv[4300], eps[4300];
  snprintf(csv, sizeof csv, "%s", out_path(T, "train.csv"));
  snprintf(eps, sizeof eps, "%s", out_path(T, "episodes.jsonl"));
  truncate_log(csv, T->iteration, 1);
  truncate_log(eps, episodes_lines(eps, T->iteration), 0);
  FILE *fc = fopen(csv, "a"), *fe = fopen(eps, "a");
  if (!fc || !fe) {
    if (fc) fclose(fc);
    if (fe) fclose(fe);
    return fail("cannot open the logs in --out");
  }
  if (ftell(fc) == 0) fputs(CSV_HEADER, fc);
  fflush(fc);
  fprintf(stderr, "mlirrl train: %d training benchmarks, %d validation, %zu parameters, iteration %lld of %lld -> %s\n",
          T->train.n, T->valid.n, mrl_policy_num_params(T->ppo->policy), T->iteration, o->iterations, o->out);
  if (T->size > 1)
    fprintf(stderr, "mlirrl train: %d ranks measure each iteration's episodes, rank 0 learns (timing: %s)\n", T->size,
            mrl_mpi_timing_mode());
  double session_start = now_s();
  int rc = 0, stop = 0;
  for (;;) {
    int go = T->iteration < o->iterations && !stop;
    if (T->size > 1 && next_phase(T, go, 0, &err) != MRL_OK) {
      rc = fail(err.msg);
      break;
    }
    if (!go) break;
    double t0 = now_s();
    int asked0, cached0;
    measured_counts(T, &asked0, &cached0);
    double reward_sum = 0, logsum = 0;
    int ok = 0, played = 0;
    long long decisions = 0;
    for (long long e = 0; e < o->episodes; ++e) {
      int pick = (int)(mrl_env_rng_next(&T->rng) % (uint64_t)T->train.n);
      const struct mrl_eval_bench *b = &T->train.b[pick];
      set_timeout(T, default_ns(T, b->id));
      int first = T->ppo->n, cached_before;
      measured_counts(T, NULL, &cached_before);
      struct episode_result r;
      enum mrl_status s = load_bench(T, b, &err);
      if (s == MRL_OK) s = play(T, 0, 1, &r, &err);
      if (s != MRL_OK) {
        mrl_ppo_discard(T->ppo, first);
        fprintf(stderr, "mlirrl train: %s: skipped: %s\n", b->id, err.msg);
        continue;
      }
      mrl_ppo_end_episode(T->ppo, first, r.reward);
      int cached_after;
      measured_counts(T, NULL, &cached_after);
      ++T->episodes_total;
      log_episode(T, fe, b->id, &r, cached_after > cached_before);
      ++played;
      decisions += r.decisions;
      reward_sum += r.reward;
      if (r.ok) {
        ++ok;
        logsum += log(r.speedup);
      }
    }
    fflush(fe);
    struct mrl_ppo_stats st;
    if (mrl_ppo_update(T->ppo, &T->rng, &st, &err) != MRL_OK) {
      rc = fail(err.msg);
      break;
    }
    T->decisions_total += decisions;
    double vg = NAN;
    int vok = 0, vn = 0;
    int do_val = o->validate_every > 0 && T->valid.n > 0 && (T->iteration + 1) % o->validate_every == 0;
    if (T->size > 1 && do_val && next_phase(T, 1, 1, &err) != MRL_OK) {
      rc = fail(err.msg);
      break;
    }
    if (do_val) validate(T, &vg, &vok, &vn);
    int asked, cached;
    measured_counts(T, &asked, &cached);
    double it_s = now_s() - t0;
    T->wall_s += it_s;
    T->iteration++;
    fprintf(fc, "%lld,%d,%lld,%.6g,%.6g,%d,%.6g,%.6g,%.6g,%.6g,%.6g,%.6g,%d,%d,", T->iteration, played, decisions,
            played ? reward_sum / played : NAN, ok ? exp(logsum / ok) : NAN, ok, st.entropy, st.policy_loss,
            st.value_loss, st.approx_kl, st.clip_fraction, st.grad_norm, asked - asked0, cached - cached0);
    if (do_val)
      fprintf(fc, "%.6g,%d,%d,", vg, vok, vn);
    else
      fputs(",,,", fc);
    fprintf(fc, "%.3f,%.3f\n", it_s, T->wall_s);
    fflush(fc);
    if (save(T, &err) != MRL_OK) {
      rc = fail(err.msg);
      break;
    }
    if (!o->quiet) {
      fprintf(stderr, "[%lld/%lld] reward %.3f  geomean %.3fx (%d/%d ok)  entropy %.3f  kl %.4f  measured %d (%d cached)  %.0fs",
              T->iteration, o->iterations, played ? reward_sum / played : NAN, ok ? exp(logsum / ok) : NAN, ok, played,
              st.entropy, st.approx_kl, asked - asked0, cached - cached0, it_s);
      if (do_val) fprintf(stderr, "  validation %.3fx (%d/%d ok)", vg, vok, vn);
      fputc('\n', stderr);
    }
    if (o->max_minutes > 0 && now_s() - session_start > o->max_minutes * 60) {
      fprintf(stderr, "mlirrl train: stopping after %.1f minutes at iteration %lld; continue with --resume\n",
              (now_s() - session_start) / 60, T->iteration);
      stop = 1;
    }
  }
  fclose(fc);
  fclose(fe);
  if (rc == 0) plot(T);
  return rc;
}

int mrl_cmd_train(int argc, char **argv) {
  struct train_opts o;
  int a = parse(argc, argv, &o);
  if (a != 0) return a > 0 ? MRL_EXIT_OK : MRL_EXIT_USAGE;
  struct trainer T;
  memset(&T, 0, sizeof T);
  T.o = &o;
  T.rank = mrl_mpi_rank();
  T.size = mrl_mpi_size();
  mrl_measure_batch_init(&T.batch);
  int rc = run(&T);
  mrl_measure_batch_free(&T.batch);
  mrl_env_measurer_destroy(T.mm);
  mrl_env_close(T.env);
  mrl_ppo_free(T.ppo);
  mrl_benches_free(&T.train);
  mrl_benches_free(&T.valid);
  json_decref(T.times);
  free(T.x);
  free(T.mask);
  return rc;
}

#endif
