/* mlirrl submit check: replays a submission's records on this machine and judges them
 * (submit.h says what a submission is, leaderboard/README.md tells submitters).
 *
 * Nothing the folder says is believed: every benchmark must be a shipped one, unedited, of the
 * suite version the submission names; every schedule claimed ok is replayed here through the
 * path of `mlirrl run --schedule` (the environment turns it into a transform script in the
 * division's action space, mrl_evaluate compiles it in a worker, checks its outputs against the
 * default pipeline and times both under the eval profile), and the claimed speedup must fall
 * inside the re-measured interval widened by a tolerance, or below it (understated). The verdicts go to
 * verdicts.json, which `mlirrl leaderboard` reads. */
#define _POSIX_C_SOURCE 200809L
#include <dirent.h>
#include <errno.h>
#include <jansson.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "agent.h"
#include "commands.h"
#include "env_cli.h"
#include "evaluate.h"
#include "manifest.h"
#include "submit.h"

#ifndef MLIRRL_SOURCE_DIR
#define MLIRRL_SOURCE_DIR "."
#endif

enum { EXIT_CHECK_FAILED = 3, MAX_REPLAYS = 10 };

/* Tolerances of the claimed speedup, as a relative widening of the re-measured interval.
 * Same machine: in eval runs on one 2-core machine, the same schedule measured in separate
 * worker processes gave speedups whose ratio had a median of 1.13 and a 90th percentile of
 * 1.35, and fewer than half of the points fell inside the other measurement's 95 % interval
 * (results/eval-quick-llvm19.jsonl and a second run, 39 pairs): the interval of one process
 * is narrower than the spread between processes. Checking three genuine submissions of that
 * second run on the same idle machine (78 records, up to 3 replays each), every replay of one
 * record (a search's schedule of an elementwise add) stayed 1.37x below its claim, the only
 * claim more than 25 % above its band; 0.5 covers it. Another machine (CPU model, core count or
 * LLVM release differ): how much a schedule gains over the default pipeline moves with the
 * vector width, the caches, the number of cores its parallel loops spread over and the code
 * LLVM emits, so a claim is held only to a factor 2 beyond the interval. */
#define TOLERANCE_SAME_MACHINE 0.5
#define TOLERANCE_OTHER_MACHINE 1.0

static void check_usage(FILE *f) {
  fprintf(
      f,
      "usage: mlirrl submit check DIR [--tolerance F] [--replays N] [--out FILE] [measurement options]\n"
      "Checks a submission folder: its schema; that every benchmark is a shipped one, unedited, of the\n"
      "suite version it names; and, for every record claimed ok, that its schedule replays here (applies,\n"
      "gives the right answer) and that the claimed speedup is not above the re-measured 95%% interval\n"
      "widened by the tolerance (a claim below it is accepted as understated). Prints a verdict per\n"
      "benchmark and overall, and writes DIR/verdicts.json.\n"
      "  --tolerance F      relative widening of the interval: [lo/(1+F), hi*(1+F)]. Default %.2g when\n"
      "                     the records come from a machine like this one (CPU model, cores, LLVM\n"
      "                     version), %.2g otherwise\n"
      "  --replays N        measure a schedule up to N times (each in fresh workers) before its claim\n"
      "                     is rejected (default 3): one process can be slow where the next is not\n"
      "  --out FILE         where the verdicts go (default DIR/verdicts.json)\n"
      "  --suites DIR       the shipped suites (default %s/suites)\n"
      "  --play-agent       also run the agent of agent.json's command (from DIR) on each benchmark, as\n"
      "                     eval played it: its schedule must be the record's. It runs the submission's\n"
      "                     own program: use it on submissions you trust, or in a sandbox\n"
      "  --quiet            print only the overall verdict\n"
      "Replays use the records' thread count and seed unless --threads or --seed is given, and the\n"
      "eval profile. Records claimed not ok are not replayed: they count as the default pipeline.\n"
      "Exit status: 0 accepted, 1 rejected, 2 usage error, 3 the check itself could not be "
      "done.\n" MRL_EVAL_HELP,
      TOLERANCE_SAME_MACHINE, TOLERANCE_OTHER_MACHINE, MLIRRL_SOURCE_DIR);
}

/* The shipped suites: every SUITES/<name>/manifest.json. */
struct suites {
  struct mrl_manifest *m[64];
  int n;
};

static enum mrl_status load_suites(const char *dir, struct suites *S, struct mrl_err *err) {
  memset(S, 0, sizeof *S);
  DIR *d = opendir(dir);
  if (!d) return mrl_fail(err, MRL_EIO, "%s: cannot read the suites folder: %s", dir, strerror(errno));
  enum mrl_status s = MRL_OK;
  struct dirent *de;
  while (s == MRL_OK && (de = readdir(d)) && S->n < 64) {
    if (de->d_name[0] == '.') continue;
    char path[4400];
    struct stat st;
    snprintf(path, sizeof path, "%s/%s/manifest.json", dir, de->d_name);
    if (stat(path, &st) != 0) continue;
    s = mrl_manifest_load(path, &S->m[S->n], err);
    if (s == MRL_OK) ++S->n;
  }
  closedir(d);
  if (s == MRL_OK && S->n == 0) s = mrl_fail(err, MRL_EIO, "%s: no suite manifest in it", dir);
  return s;
}

static void free_suites(struct suites *S) {
  for (int i = 0; i < S->n; ++i)
    mrl_manifest_free(S->m[i]);
  S->n = 0;
}

static const struct mrl_manifest_entry *find_bench(const struct suites *S, const char *id,
                                                   const struct mrl_manifest **in) {
  for (int i = 0; i < S->n; ++i)
    for (int k = 0; k < S->m[i]->n; ++k)
      if (!strcmp(S->m[i]->entries[k].id, id)) {
        *in = S->m[i];
        return &S->m[i]->entries[k];
      }
  return NULL;
}

struct check_opts {
  struct mrl_eval_opts eval;
  const char *dir, *out, *suites;
  double tolerance;
  int tolerance_given, replays, quiet, threads_given, seed_given, retries_given;
  int play_agent;
};

static int check_parse(int argc, char **argv, struct check_opts *o) {
  static const char *const flags[] = {"help",         "quiet", "play-agent", "test-perturb-output",
                                      MRL_EVAL_FLAGS, NULL};
  memset(o, 0, sizeof *o);
  mrl_eval_default_opts(&o->eval);
  o->suites = MLIRRL_SOURCE_DIR "/suites";
  o->replays = 3;
  struct mrl_cli_iter it;
  const char *name, *value;
  int r;
  mrl_cli_iter_init(&it, argc, argv, flags);
  while ((r = mrl_cli_next(&it, &name, &value)) > 0) {
    int bad = 0;
    if (!name) {
      if (o->dir) {
        fprintf(stderr, "mlirrl submit check: one submission folder at a time ('%s')\n", value);
        return -1;
      }
      o->dir = value;
    } else if (!strcmp(name, "help")) {
      check_usage(stdout);
      return 1;
    } else if (!strcmp(name, "tolerance")) {
      bad = mrl_cli_double(name, value, 0, 1e6, &o->tolerance);
      o->tolerance_given = 1;
    } else if (!strcmp(name, "replays")) {
      long long v = 3;
      bad = mrl_cli_int(name, value, 1, MAX_REPLAYS, &v);
      o->replays = (int)v;
    } else if (!strcmp(name, "out"))
      o->out = value;
    else if (!strcmp(name, "suites"))
      o->suites = value;
    else if (!strcmp(name, "quiet"))
      o->quiet = 1;
    else if (!strcmp(name, "play-agent"))
      o->play_agent = 1;
    else if (!strcmp(name, "test-perturb-output"))
      o->eval.perturb = 1; /* test-only: every replay gives a wrong answer */
    else {
      o->threads_given |= !strcmp(name, "threads");
      o->seed_given |= !strcmp(name, "seed");
      o->retries_given |= !strcmp(name, "retries");
      int c = mrl_eval_option(&o->eval, name, value);
      if (c == 0) fprintf(stderr, "mlirrl submit check: unknown option --%s\n", name);
      bad = c <= 0;
    }
    if (bad) return -1;
  }
  if (r < 0) return -1;
  if (!o->dir) {
    fprintf(stderr, "mlirrl submit check: no submission folder given (mlirrl submit check --help)\n");
    return -1;
  }
  struct stat st;
  if (stat(o->dir, &st) != 0 || !S_ISDIR(st.st_mode)) {
    fprintf(stderr, "mlirrl submit check: %s is not a folder\n", o->dir);
    return -1;
  }
  /* A replay that times out or runs out of memory may owe it to a busy machine. */
  if (!o->retries_given) o->eval.retries = 1;
  return 0;
}

enum verdict_kind { V_ACCEPTED, V_REJECTED, V_ERROR };
static const char *const verdict_names[] = {"accepted", "rejected", "error"};

struct replay {
  enum mrl_outcome outcome;
  bool has_speedup;
  struct mrl_speedup sp;
  double baseline_ns; /* the default pipeline's median here, NaN when not timed */
};

struct verdict {
  const struct mrl_sub_record *r;
  const char *split;
  enum verdict_kind v;
  char reason[1024];
  struct replay rp[MAX_REPLAYS];
  int nrp;
  double band_lo, band_hi; /* 0 when no speedup was compared */
};

struct check {
  const struct check_opts *o;
  const struct mrl_submission *s;
  struct suites suites;
  struct mrl_env_config cfg;      /* where schedules replay */
  struct mrl_env_config play_cfg; /* where the agent plays (--play-agent): eval's action space */
  struct mrl_record here;         /* this machine's context */
  int same_machine;
  char differs[512]; /* what differs from the records' machine */
  double tolerance;
  struct verdict *v;
};

static void set_verdict(struct verdict *v, enum verdict_kind k, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void set_verdict(struct verdict *v, enum verdict_kind k, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  v->v = k;
  vsnprintf(v->reason, sizeof v->reason, fmt, ap);
  va_end(ap);
}

/* The action space the records' schedules must replay in: the shipped one for the closed
 * division; for the open one any action at any step (free_grammar), with the options agent.json
 * names. Without free_grammar: the action space eval played the agent in (its defaults and those
 * options). */
static enum mrl_status division_config(const struct mrl_submission *s, int free_grammar,
                                       struct mrl_env_config *c, struct mrl_err *err) {
  if (s->closed) {
    mrl_env_config_default(c);
    return MRL_OK;
  }
  if (free_grammar)
    mrl_schedule_default_config(c);
  else
    mrl_env_config_default(c);
  for (int i = 0; i < s->nenv_options; ++i) {
    const char *t = s->env_options[i];
    while (*t == '-')
      ++t;
    char name[256];
    snprintf(name, sizeof name, "%s", t);
    char *eq = strchr(name, '=');
    const char *value = NULL;
    if (eq) {
      *eq = '\0';
      value = eq + 1;
    } else if (strcmp(name, "img2col") && strcmp(name, "img2col-action")) {
      if (i + 1 == s->nenv_options)
        return mrl_fail(err, MRL_ECONFIG, "%s/agent.json: env_options: --%s needs a value", s->dir, name);
      value = s->env_options[++i];
    }
    int c2 = mrl_env_cli_option(c, name, value);
    if (c2 <= 0)
      return mrl_fail(err, MRL_ECONFIG, "%s/agent.json: env_options: %s--%s", s->dir,
                      c2 == 0 ? "not an option of the action space: " : "bad value of ", name);
  }
  return MRL_OK;
}

/* Whether this machine is the records' machine, and the tolerance that follows. */
static void compare_machine(struct check *C) {
  const struct mrl_record_context *h = &C->here.context;
  const struct mrl_submission *s = C->s;
  C->differs[0] = '\0';
  if (strcmp(h->cpu_model, s->cpu_model))
    snprintf(C->differs, sizeof C->differs, "CPU '%s' here, '%s' in the records", h->cpu_model, s->cpu_model);
  else if (h->cores != s->cores)
    snprintf(C->differs, sizeof C->differs, "%d cores here, %d in the records", h->cores, s->cores);
  else if (strcmp(h->llvm_version, s->llvm_version))
    snprintf(C->differs, sizeof C->differs, "LLVM %s here, %s in the records", h->llvm_version,
             s->llvm_version);
  C->same_machine = C->differs[0] == '\0';
  C->tolerance = C->o->tolerance_given ? C->o->tolerance
                 : C->same_machine     ? TOLERANCE_SAME_MACHINE
                                       : TOLERANCE_OTHER_MACHINE;
}

/* The checks that need no measurement; 1 when the record is to be replayed. */
static int judge_on_paper(struct check *C, struct verdict *v, const struct mrl_manifest_entry **entry) {
  const struct mrl_sub_record *r = v->r;
  const struct mrl_manifest *m = NULL;
  const struct mrl_manifest_entry *e = find_bench(&C->suites, r->id, &m);
  *entry = e;
  if (e) v->split = e->split;
  if (r->problem[0]) {
    set_verdict(v, V_REJECTED, "%s", r->problem);
    return 0;
  }
  if (!e) {
    set_verdict(v, V_REJECTED, "not a benchmark of the shipped suites (%s)", C->o->suites);
    return 0;
  }
  if (strcmp(m->suite, r->suite)) {
    set_verdict(v, V_REJECTED, "the benchmark belongs to suite %s, the record says %s", m->suite, r->suite);
    return 0;
  }
  const char *claimed = mrl_submission_suite_version(C->s, r->suite);
  if (strcmp(claimed, m->version)) {
    set_verdict(v, V_REJECTED, "suite %s: the records were made with version %s, the shipped suite is %s",
                m->suite, claimed, m->version);
    return 0;
  }
  if (strcmp(r->sha256, e->sha256)) {
    set_verdict(v, V_REJECTED,
                "the benchmark file is not the shipped one: its sha256 is %.12s..., suite %s %s has "
                "%.12s... (an edited benchmark)",
                r->sha256, m->suite, m->version, e->sha256);
    return 0;
  }
  char here[MRL_SHA256_HEX_LEN];
  struct mrl_err err = {{0}};
  if (mrl_sha256_hex_of_file(e->path, here, &err) != MRL_OK || strcmp(here, e->sha256)) {
    set_verdict(v, V_ERROR,
                "this checkout's %s does not match its manifest (mlirrl suite check %s): it cannot judge "
                "the record",
                e->path, m->suite);
    return 0;
  }
  if (r->outcome != MRL_OUTCOME_OK) {
    set_verdict(v, V_ACCEPTED, "claimed %s: counts as the default pipeline (1x); not replayed",
                mrl_outcome_name(r->outcome));
    return 0;
  }
  return 1;
}

static double median_point(const struct verdict *v) {
  double x[MAX_REPLAYS];
  int n = 0;
  for (int i = 0; i < v->nrp; ++i)
    if (v->rp[i].has_speedup) x[n++] = v->rp[i].sp.point;
  if (!n) return NAN;
  for (int i = 1; i < n; ++i)
    for (int k = i; k > 0 && x[k - 1] > x[k]; --k) {
      double t = x[k];
      x[k] = x[k - 1];
      x[k - 1] = t;
    }
  return n % 2 ? x[n / 2] : 0.5 * (x[n / 2 - 1] + x[n / 2]);
}

/* The default pipeline's time here over its time in the record (the last replay that timed
 * it); NaN when either is missing. Far from 1 on the records' machine, the machine is busy. */
static double baseline_ratio(const struct verdict *v) {
  for (int i = v->nrp - 1; i >= 0; --i)
    if (isfinite(v->rp[i].baseline_ns) && isfinite(v->r->baseline_ns))
      return v->rp[i].baseline_ns / v->r->baseline_ns;
  return NAN;
}

static int cmp_double(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

/* Measures the schedule up to --replays times, until one interval (widened) holds the claim or
 * lies above it. */
static void measure_claim(struct check *C, struct verdict *v, const struct mrl_prepared *p,
                          const char *script) {
  const struct mrl_sub_record *r = v->r;
  struct mrl_eval_opts eo = C->o->eval;
  if (!C->o->threads_given && r->threads > 0) eo.common.threads = r->threads;
  if (!C->o->seed_given && r->has_seed) eo.common.seed = r->seed;
  struct mrl_baseline state;
  mrl_baseline_init(&state);
  double t = C->tolerance, claim = r->speedup.point;
  for (int k = 0; k < C->o->replays; ++k) {
    struct mrl_record rec;
    struct mrl_eval_keep keep;
    mrl_record_init(&rec);
    mrl_evaluate(p, script, &eo, &state, &rec, &keep);
    struct replay *rp = &v->rp[v->nrp++];
    rp->outcome = rec.outcome;
    rp->has_speedup = rec.has_speedup;
    rp->sp = rec.speedup;
    rp->baseline_ns = rec.baseline.present ? rec.baseline.median_ns : NAN;
    mrl_eval_keep_free(&keep);
    if (rec.outcome == MRL_OUTCOME_HARNESS_ERROR) {
      set_verdict(v, V_ERROR, "the replay could not run here: %s", rec.error);
      break;
    }
    if (rec.outcome != MRL_OUTCOME_OK || !rec.has_speedup) {
      set_verdict(v, V_REJECTED, "claimed ok (%.3gx); the replay here is %s: %s", claim,
                  mrl_outcome_name(rec.outcome), rec.error[0] ? rec.error : "no speedup");
      break;
    }
    v->band_lo = rec.speedup.lo / (1 + t);
    v->band_hi = rec.speedup.hi * (1 + t);
    if (claim >= v->band_lo && claim <= v->band_hi) {
      set_verdict(v, V_ACCEPTED, "claimed %.3gx; re-measured %.3gx [%.3g, %.3g]%s", claim, rec.speedup.point,
                  rec.speedup.lo, rec.speedup.hi, v->nrp > 1 ? " (on a later replay)" : "");
      break;
    }
    /* A claim below the band gains its submitter nothing (the leaderboard ranks by what this
     * machine measures) and is what a schedule of two speeds gives when the record caught the
     * slow one (seen: a search's LQCD schedule recorded at 0.15x, replayed at 0.5x, three
     * times): it is said, not rejected. Only a claim above the band is believed too much. */
    if (claim < v->band_lo) {
      set_verdict(v, V_ACCEPTED,
                  "claimed %.3gx, below the re-measured %.3gx [%.3g, %.3g]: an understated claim, "
                  "accepted; the leaderboard counts what this machine measures",
                  claim, rec.speedup.point, rec.speedup.lo, rec.speedup.hi);
      break;
    }
    if (v->nrp == 1)
      set_verdict(v, V_REJECTED,
                  "claimed %.3gx; re-measured %.3gx [%.3g, %.3g]: above [%.3g, %.3g], the interval "
                  "widened by the tolerance %g",
                  claim, rec.speedup.point, rec.speedup.lo, rec.speedup.hi, v->band_lo, v->band_hi, t);
    else
      set_verdict(v, V_REJECTED,
                  "claimed %.3gx; re-measured %.3gx (median of %d replays; the last %.3gx [%.3g, %.3g]): "
                  "above [%.3g, %.3g], the interval widened by the tolerance %g",
                  claim, median_point(v), v->nrp, rec.speedup.point, rec.speedup.lo, rec.speedup.hi,
                  v->band_lo, v->band_hi, t);
  }
  mrl_baseline_free(&state);
}

/* --play-agent: the submission's agent plays one episode of the benchmark as mlirrl eval played
 * it (eval's action space, the record's seed, run by /bin/sh from the submission's folder);
 * 1 when it chose the record's schedule, else the verdict says why not. */
static int play_agent(struct check *C, struct verdict *v, const struct mrl_prepared *p) {
  const struct mrl_sub_record *r = v->r;
  if (strchr(C->s->dir, '\'')) {
    set_verdict(v, V_ERROR, "--play-agent: the folder's name has a quote in it");
    return 0;
  }
  size_t n = strlen(C->s->dir) + strlen(C->s->command) + 32;
  char *name = malloc(n);
  struct mrl_agent agent;
  struct mrl_agent_opts ao;
  struct mrl_env *env = NULL;
  struct mrl_step_result last;
  struct mrl_err err = {{0}};
  mrl_agent_default_opts(&ao);
  ao.seed = r->has_seed ? r->seed : 1;
  int opened = 0, ok = 0;
  if (!name) {
    set_verdict(v, V_ERROR, "out of memory");
  } else if (snprintf(name, n, "exec:cd '%s' && %s", C->s->dir, C->s->command),
             mrl_agent_open_with(name, &ao, &agent, &err) != MRL_OK) {
    set_verdict(v, V_REJECTED, "the agent's command cannot be started: %s", err.msg);
  } else if ((opened = 1, mrl_env_create(&C->play_cfg, &env, &err)) != MRL_OK ||
             mrl_env_load(env, p->text, r->id, &err) != MRL_OK) {
    set_verdict(v, V_REJECTED, "the environment cannot take this benchmark here: %s", err.msg);
  } else if (mrl_agent_setup(&agent, r->id, ao.seed), mrl_agent_play(&agent, env, &last, &err) != MRL_OK) {
    set_verdict(v, V_REJECTED, "the agent's command failed its episode: %s", err.msg);
  } else if (strcmp(mrl_env_schedule(env), r->schedule)) {
    set_verdict(v, V_REJECTED, "the agent's command plays %s here; the record claims %s",
                mrl_env_schedule(env), r->schedule);
  } else {
    ok = 1;
  }
  if (opened) mrl_agent_close(&agent);
  mrl_env_close(env);
  free(name);
  return ok;
}

static void replay(struct check *C, struct verdict *v, const struct mrl_manifest_entry *e) {
  const struct mrl_sub_record *r = v->r;
  struct mrl_err err = {{0}};
  struct mrl_prepared p;
  struct mrl_env *env = NULL;
  char *script = NULL;
  memset(&p, 0, sizeof p);
  if (!r->schedule) { /* submit.c reports it as the record's problem; never replay nothing */
    set_verdict(v, V_REJECTED, "claimed ok without a schedule");
  } else if (mrl_prepare(e->path, &p, &err) != MRL_OK) {
    set_verdict(v, V_ERROR, "the shipped benchmark cannot be read here: %s", err.msg);
  } else if (C->o->play_agent && !play_agent(C, v, &p)) {
    /* the verdict says why */
  } else if (mrl_env_create(&C->cfg, &env, &err) != MRL_OK ||
             mrl_env_load(env, p.text, r->id, &err) != MRL_OK) {
    set_verdict(v, V_REJECTED, "claimed ok; the environment cannot take this benchmark here: %s", err.msg);
  } else if (mrl_env_replay(env, r->schedule, &err) != MRL_OK) {
    set_verdict(v, V_REJECTED, "the schedule does not replay%s: %s",
                C->s->closed ? " in the closed division's action space" : "", err.msg);
  } else if (mrl_env_script(env, &script, &err) != MRL_OK) {
    set_verdict(v, V_ERROR, "the schedule's transform script cannot be written: %s", err.msg);
  } else {
    measure_claim(C, v, &p, script);
  }
  free(script);
  mrl_env_close(env);
  mrl_prepared_free(&p);
}

/* ---------------------------------------------------------------- printing and the verdicts file */

static void print_verdict(const struct check *C, const struct verdict *v) {
  if (C->o->quiet) return;
  printf("  %-48s %-9s %s\n", v->r->id, verdict_names[v->v], v->reason);
  fflush(stdout);
}

static json_t *real_or_null(double x) {
  return isfinite(x) && x != 0 ? json_real(x) : json_null();
}

static json_t *speedup_json(bool has, const struct mrl_speedup *sp) {
  if (!has) return json_null();
  json_t *o = json_object();
  json_object_set_new(o, "point", json_real(sp->point));
  json_object_set_new(o, "ci_lo", json_real(sp->lo));
  json_object_set_new(o, "ci_hi", json_real(sp->hi));
  return o;
}

static json_t *bench_json(const struct verdict *v) {
  const struct mrl_sub_record *r = v->r;
  json_t *o = json_object(), *claimed = json_object(), *reps = json_array();
  json_object_set_new(o, "id", json_string(r->id));
  json_object_set_new(o, "suite", json_string(r->suite));
  json_object_set_new(o, "split", v->split ? json_string(v->split) : json_null());
  json_object_set_new(o, "line", json_integer(r->line));
  json_object_set_new(o, "verdict", json_string(verdict_names[v->v]));
  json_object_set_new(o, "reason", json_string(v->reason));
  json_object_set_new(o, "schedule", r->schedule ? json_string(r->schedule) : json_null());
  json_object_set_new(claimed, "outcome", json_string(mrl_outcome_name(r->outcome)));
  json_object_set_new(claimed, "speedup", speedup_json(r->has_speedup, &r->speedup));
  json_object_set_new(o, "claimed", claimed);
  for (int i = 0; i < v->nrp; ++i) {
    json_t *x = json_object();
    json_object_set_new(x, "outcome", json_string(mrl_outcome_name(v->rp[i].outcome)));
    json_object_set_new(x, "speedup", speedup_json(v->rp[i].has_speedup, &v->rp[i].sp));
    json_array_append_new(reps, x);
  }
  json_object_set_new(o, "replays", reps);
  /* What the leaderboard ranks by: the median of this machine's replays. */
  json_object_set_new(o, "measured", real_or_null(median_point(v)));
  json_object_set_new(o, "baseline_ratio", real_or_null(baseline_ratio(v)));
  json_t *band = json_null();
  if (v->band_hi > 0) {
    band = json_array();
    json_array_append_new(band, json_real(v->band_lo));
    json_array_append_new(band, json_real(v->band_hi));
  }
  json_object_set_new(o, "band", band);
  return o;
}

static json_t *files_json(const char *dir) {
  json_t *o = json_object();
  for (int i = 0; i < 3; ++i) {
    char path[4200], hex[MRL_SHA256_HEX_LEN];
    struct mrl_err e;
    snprintf(path, sizeof path, "%s/%s", dir, mrl_submission_files[i]);
    json_object_set_new(o, mrl_submission_files[i],
                        mrl_sha256_hex_of_file(path, hex, &e) == MRL_OK ? json_string(hex) : json_null());
  }
  return o;
}

static json_t *checked_json(const struct check *C, double baseline_ratio) {
  const struct mrl_record_context *h = &C->here.context;
  const struct mrl_eval_opts *eo = &C->o->eval;
  json_t *o = json_object();
  json_object_set_new(o, "time_utc", json_string(h->time_utc));
  json_object_set_new(o, "cpu_model", json_string(h->cpu_model));
  json_object_set_new(o, "cores", json_integer(h->cores));
  json_object_set_new(o, "hostname", json_string(h->hostname));
  json_object_set_new(o, "llvm_version", json_string(h->llvm_version));
  json_object_set_new(o, "mlirrl_version", json_string(h->mlirrl_version));
  json_object_set_new(o, "git_rev", json_string(h->git_rev));
  json_object_set_new(o, "same_machine", json_boolean(C->same_machine));
  json_object_set_new(o, "differs", C->differs[0] ? json_string(C->differs) : json_null());
  json_object_set_new(o, "tolerance", json_real(C->tolerance));
  json_object_set_new(o, "tolerance_default", json_boolean(!C->o->tolerance_given));
  json_object_set_new(o, "replays", json_integer(C->o->replays));
  json_object_set_new(o, "profile", json_string(eo->profile->name));
  json_object_set_new(o, "samples", json_integer(eo->measure.samples));
  json_object_set_new(o, "min_sample_ms", json_real(eo->measure.min_sample_ms));
  json_object_set_new(o, "warmup", json_integer(eo->measure.warmup));
  json_object_set_new(o, "baseline_ratio", real_or_null(baseline_ratio));
  json_object_set_new(o, "test_perturb_output", json_boolean(eo->perturb != 0));
  return o;
}

static json_t *submission_json(const struct check_opts *o, const struct mrl_submission *s, int loaded) {
  json_t *j = json_object();
  json_object_set_new(j, "dir", json_string(o->dir));
  json_object_set_new(j, "name", loaded ? json_string(s->name) : json_null());
  json_object_set_new(j, "version", loaded ? json_string(s->version) : json_null());
  json_object_set_new(j, "method", loaded ? json_string(s->method) : json_null());
  json_object_set_new(j, "division", loaded ? json_string(s->closed ? "closed" : "open") : json_null());
  return j;
}

static enum mrl_status write_verdicts(const struct check_opts *o, json_t *j, char *path, size_t n,
                                      struct mrl_err *err) {
  if (o->out)
    snprintf(path, n, "%s", o->out);
  else
    snprintf(path, n, "%s/verdicts.json", o->dir);
  int rc = json_dump_file(j, path, JSON_INDENT(2) | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(10));
  json_decref(j);
  return rc == 0 ? MRL_OK
                 : mrl_fail(err, MRL_EIO, "%s: cannot write the verdicts: %s", path, strerror(errno));
}

static json_t *verdicts_head(const struct check_opts *o, const struct mrl_submission *s, int loaded,
                             const char *verdict, const char *reason) {
  json_t *j = json_object();
  json_object_set_new(j, "schema", json_integer(MRL_SUBMISSION_SCHEMA));
  json_object_set_new(j, "verdict", json_string(verdict));
  json_object_set_new(j, "reason", reason && *reason ? json_string(reason) : json_null());
  json_object_set_new(j, "submission", submission_json(o, s, loaded));
  json_object_set_new(j, "files", files_json(o->dir));
  return j;
}

/* A folder that is not a submission: one line, and a verdicts file that says so. */
static int reject_folder(const struct check_opts *o, const char *why) {
  fprintf(stderr, "mlirrl submit check: %s\n", why);
  char reason[1200], path[4200];
  snprintf(reason, sizeof reason, "schema: %s", why);
  struct mrl_err err = {{0}};
  if (write_verdicts(o, verdicts_head(o, NULL, 0, "rejected", reason), path, sizeof path, &err) != MRL_OK) {
    fprintf(stderr, "mlirrl submit check: %s\n", err.msg);
    return EXIT_CHECK_FAILED;
  }
  printf("verdict: rejected (%s) -> %s\n", reason, path);
  return MRL_EXIT_FAILED;
}

static int finish(struct check *C) {
  const struct mrl_submission *s = C->s;
  int count[3] = {0, 0, 0};
  const struct verdict *first[3] = {NULL, NULL, NULL};
  for (int i = 0; i < s->n; ++i) {
    ++count[C->v[i].v];
    if (!first[C->v[i].v]) first[C->v[i].v] = &C->v[i];
  }
  enum verdict_kind overall = count[V_ERROR] ? V_ERROR : count[V_REJECTED] ? V_REJECTED : V_ACCEPTED;
  char reason[1400] = "";
  if (overall != V_ACCEPTED)
    snprintf(reason, sizeof reason, "%d of %d benchmarks %s; first: %s: %s", count[overall], s->n,
             verdict_names[overall], first[overall]->r->id, first[overall]->reason);
  json_t *j = verdicts_head(C->o, s, 1, verdict_names[overall], reason);
  json_t *counts = json_object(), *benches = json_array();
  /* How fast this machine ran the default pipeline against the records: the median over the
   * benchmarks replayed. */
  double *ratios = malloc((size_t)(s->n + 1) * sizeof *ratios), ratio = NAN;
  int nr = 0;
  for (int i = 0; ratios && i < s->n; ++i)
    if (isfinite(baseline_ratio(&C->v[i]))) ratios[nr++] = baseline_ratio(&C->v[i]);
  if (nr) {
    qsort(ratios, (size_t)nr, sizeof ratios[0], cmp_double);
    ratio = nr % 2 ? ratios[nr / 2] : 0.5 * (ratios[nr / 2 - 1] + ratios[nr / 2]);
  }
  json_object_set_new(j, "checked", checked_json(C, ratio));
  free(ratios);
  for (int k = 0; k < 3; ++k)
    json_object_set_new(counts, verdict_names[k], json_integer(count[k]));
  json_object_set_new(j, "counts", counts);
  for (int i = 0; i < s->n; ++i)
    json_array_append_new(benches, bench_json(&C->v[i]));
  json_object_set_new(j, "benchmarks", benches);
  char path[4200];
  struct mrl_err err = {{0}};
  if (write_verdicts(C->o, j, path, sizeof path, &err) != MRL_OK) {
    fprintf(stderr, "mlirrl submit check: %s\n", err.msg);
    return EXIT_CHECK_FAILED;
  }
  if (nr && !C->o->quiet)
    printf("the default pipeline took %.3gx the records' time here (median of %d benchmarks)%s\n", ratio, nr,
           ratio > 1.25 || ratio < 0.8 ? ": a busy machine, or another one; speedups shift with it" : "");
  if (overall == V_ACCEPTED)
    printf("verdict: accepted (%d of %d benchmarks) -> %s\n", count[V_ACCEPTED], s->n, path);
  else
    printf("verdict: %s (%s) -> %s\n", verdict_names[overall], reason, path);
  return overall == V_ACCEPTED ? MRL_EXIT_OK : overall == V_REJECTED ? MRL_EXIT_FAILED : EXIT_CHECK_FAILED;
}

int mrl_submit_check(int argc, char **argv) {
  struct check_opts o;
  int a = check_parse(argc, argv, &o);
  if (a != 0) return a > 0 ? MRL_EXIT_OK : MRL_EXIT_USAGE;
  struct mrl_submission s;
  struct mrl_err err = {{0}};
  if (mrl_submission_load(o.dir, &s, &err) != MRL_OK) {
    mrl_submission_free(&s);
    return reject_folder(&o, err.msg);
  }
  struct check C;
  memset(&C, 0, sizeof C);
  C.o = &o;
  C.s = &s;
  int rc = MRL_EXIT_OK;
  if (o.play_agent && !s.command[0]) {
    fprintf(stderr, "mlirrl submit check: --play-agent: %s/agent.json names no command to play\n", o.dir);
    mrl_submission_free(&s);
    return MRL_EXIT_USAGE;
  }
  if (division_config(&s, 1, &C.cfg, &err) != MRL_OK || division_config(&s, 0, &C.play_cfg, &err) != MRL_OK)
    rc = reject_folder(&o, err.msg);
  else if (load_suites(o.suites, &C.suites, &err) != MRL_OK) {
    fprintf(stderr, "mlirrl submit check: %s\n", err.msg);
    rc = EXIT_CHECK_FAILED;
  } else if (!(C.v = calloc((size_t)s.n, sizeof *C.v))) {
    fprintf(stderr, "mlirrl submit check: out of memory\n");
    rc = EXIT_CHECK_FAILED;
  }
  if (C.v) {
    mrl_record_init(&C.here);
    mrl_eval_fill_context(&C.here, &o.eval);
    compare_machine(&C);
    if (!o.quiet) {
      printf("mlirrl submit check: %s: %s %s (%s, %s division), %d records\n", o.dir, s.name, s.version,
             s.method, s.closed ? "closed" : "open", s.n);
      if (o.tolerance_given)
        printf("  tolerance %g (--tolerance)", C.tolerance);
      else if (C.same_machine)
        printf("  tolerance %g (default: the records come from a machine like this one)", C.tolerance);
      else
        printf("  tolerance %g (default for another machine: %s)", C.tolerance, C.differs);
      printf(", up to %d replays, %s profile\n", o.replays, o.eval.profile->name);
      fflush(stdout);
    }
    for (int i = 0; i < s.n; ++i) {
      struct verdict *v = &C.v[i];
      const struct mrl_manifest_entry *e = NULL;
      v->r = &s.rec[i];
      if (judge_on_paper(&C, v, &e)) replay(&C, v, e);
      print_verdict(&C, v);
    }
    rc = finish(&C);
  }
  free(C.v);
  free_suites(&C.suites);
  mrl_submission_free(&s);
  return rc;
}
