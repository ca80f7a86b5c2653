/* mlirrl submit make|check: leaderboard submissions (submit.h, leaderboard/README.md).
 *
 * make   turns the records of one method of an `mlirrl eval` run into a submission folder:
 *        the records' lines as eval wrote them, agent.json from the options, system.json from
 *        the records' context and the shipped suites' versions. It reads the folder back as
 *        the check will, so that a submitter learns of a malformed folder at once.
 * check  is submit_check.c's. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "bench.h"
#include "cli.h"
#include "commands.h"
#include "manifest.h"
#include "submit.h"

#ifndef MLIRRL_SOURCE_DIR
#define MLIRRL_SOURCE_DIR "."
#endif

static void make_usage(FILE *f) {
  fprintf(
      f,
      "usage: mlirrl submit make RESULTS.jsonl --method METHOD --name NAME --out DIR [options]\n"
      "Makes a leaderboard submission (leaderboard/README.md) from the records of one method of an\n"
      "mlirrl eval run: DIR/records.jsonl, DIR/agent.json, DIR/system.json.\n"
      "  --method M         the records' method, as eval names it: agent:ppo, random:64, search:64 ...\n"
      "  --name NAME        the submission's name on the leaderboard\n"
      "  --version V        the agent's version (default 1)\n"
      "  --division D       closed (the shipped action space, suites and limits; default) or open\n"
      "  --trained TEXT     how the agent was trained (required for agents; searches say their settings)\n"
      "  --trained-on LIST  comma list of the suites it was trained on (agents: train; searches: none)\n"
      "  --limit N          most schedules measured per benchmark (default: the most the records spent)\n"
      "  --command CMD      the agent as a command speaking agents/PROTOCOL.md, run from DIR\n"
      "  --suites DIR       the shipped suites, for their versions (default %s/suites)\n"
      "  --out DIR          the submission folder (created; must not hold records yet)\n",
      MLIRRL_SOURCE_DIR);
}

/* ---------------------------------------------------------------- small helpers */


/* ================================================================ submit make */

struct make_opts {
  const char *results, *method, *name, *version, *division, *trained, *trained_on, *command, *suites, *out;
  long long limit;
};

static int make_parse(int argc, char **argv, struct make_opts *o) {
  static const char *const flags[] = {"help", NULL};
  memset(o, 0, sizeof *o);
  o->version = "1";
  o->division = "closed";
  o->suites = MLIRRL_SOURCE_DIR "/suites";
  o->limit = -1;
  struct mrl_cli_iter it;
  const char *name, *value;
  int r;
  mrl_cli_iter_init(&it, argc, argv, flags);
  while ((r = mrl_cli_next(&it, &name, &value)) > 0) {
    if (!name) {
      if (o->results) {
        fprintf(stderr, "mlirrl submit make: one records file only ('%s')\n", value);
        return -1;
      }
      o->results = value;
    } else if (!strcmp(name, "help")) {
      make_usage(stdout);
      return 1;
    } else if (!strcmp(name, "method"))
      o->method = value;
    else if (!strcmp(name, "name"))
      o->name = value;
    else if (!strcmp(name, "version"))
      o->version = value;
    else if (!strcmp(name, "division"))
      o->division = value;
    else if (!strcmp(name, "trained"))
      o->trained = value;
    else if (!strcmp(name, "trained-on"))
      o->trained_on = value;
    else if (!strcmp(name, "command"))
      o->command = value;
    else if (!strcmp(name, "suites"))
      o->suites = value;
    else if (!strcmp(name, "out"))
      o->out = value;
    else if (!strcmp(name, "limit")) {
      if (mrl_cli_int(name, value, 0, 1000000, &o->limit)) return -1;
    } else {
      fprintf(stderr, "mlirrl submit make: unknown option --%s\n", name);
      return -1;
    }
  }
  if (r < 0) return -1;
  const char *missing = !o->results  ? "a records file (OUT/results.jsonl of mlirrl eval)"
                        : !o->method ? "--method"
                        : !o->name   ? "--name"
                        : !o->out    ? "--out"
                                     : NULL;
  if (missing) {
    fprintf(stderr, "mlirrl submit make: %s is required (mlirrl submit make --help)\n", missing);
    return -1;
  }
  if (strcmp(o->division, "closed") && strcmp(o->division, "open")) {
    fprintf(stderr, "mlirrl submit make: --division is closed or open, not '%s'\n", o->division);
    return -1;
  }
  return 0;
}

/* The selected records of a results file: their lines as written, and what the descriptions
 * take from them. */
struct picked {
  char **lines;
  int n;
  char methods[1024]; /* the methods seen, for the message when none matches */
  char kind[16], detail[256];
  int max_measurements;
};

static void note_method(struct picked *p, const char *m) {
  if (strstr(p->methods, m)) return;
  size_t len = strlen(p->methods);
  snprintf(p->methods + len, sizeof p->methods - len, "%s%s", len ? ", " : "", m);
}

static const char *ctx_str(json_t *j, const char *key) {
  const char *v = json_string_value(json_object_get(json_object_get(j, "context"), key));
  return v ? v : "";
}

/* Takes the first record's context into s; a later record of another context is an error. */
static enum mrl_status take_context(json_t *j, int first, struct mrl_submission *s, const char *where,
                                    struct mrl_err *err) {
  json_t *c = json_object_get(j, "context");
  if (first) {
    snprintf(s->cpu_model, sizeof s->cpu_model, "%s", ctx_str(j, "cpu_model"));
    snprintf(s->hostname, sizeof s->hostname, "%s", ctx_str(j, "hostname"));
    snprintf(s->llvm_version, sizeof s->llvm_version, "%s", ctx_str(j, "llvm_version"));
    snprintf(s->mlirrl_version, sizeof s->mlirrl_version, "%s", ctx_str(j, "mlirrl_version"));
    snprintf(s->git_rev, sizeof s->git_rev, "%s", ctx_str(j, "git_rev"));
    s->cores = (int)json_integer_value(json_object_get(c, "cores"));
    s->threads = (int)json_integer_value(json_object_get(c, "threads"));
    const char *run = json_string_value(json_object_get(json_object_get(j, "eval"), "run_id"));
    snprintf(s->run_id, sizeof s->run_id, "%s", run ? run : "");
    return MRL_OK;
  }
  if (strcmp(s->cpu_model, ctx_str(j, "cpu_model")) || strcmp(s->llvm_version, ctx_str(j, "llvm_version")) ||
      strcmp(s->git_rev, ctx_str(j, "git_rev")) ||
      s->cores != (int)json_integer_value(json_object_get(c, "cores")) ||
      s->threads != (int)json_integer_value(json_object_get(c, "threads")))
    return mrl_fail(err, MRL_EINVAL,
                    "%s: this record's context (machine, LLVM, mlirrl, threads) is not the first "
                    "one's: a submission holds records of one machine and build",
                    where);
  return MRL_OK;
}

static enum mrl_status take_suite(json_t *j, struct mrl_submission *s, const char *suites_dir,
                                  const char *where, struct mrl_err *err) {
  const char *suite = json_string_value(json_object_get(json_object_get(j, "eval"), "suite"));
  if (!suite || !*suite)
    return mrl_fail(err, MRL_EINVAL,
                    "%s: the record names no suite (a benchmark given as a file): only benchmarks "
                    "of the shipped suites can be submitted (eval --suite or --list)",
                    where);
  if (mrl_submission_suite_version(s, suite)) return MRL_OK;
  if (s->nsuites == MRL_SUB_MAX_SUITES) return mrl_fail(err, MRL_EINVAL, "%s: too many suites", where);
  char path[4400];
  snprintf(path, sizeof path, "%s/%s/manifest.json", suites_dir, suite);
  struct mrl_manifest *m = NULL;
  enum mrl_status st = mrl_manifest_load(path, &m, err);
  if (st != MRL_OK) return st;
  snprintf(s->suites[s->nsuites].name, sizeof s->suites[0].name, "%s", suite);
  snprintf(s->suites[s->nsuites++].version, sizeof s->suites[0].version, "%s", m->version);
  mrl_manifest_free(m);
  return MRL_OK;
}

static enum mrl_status pick(const struct make_opts *o, struct picked *p, struct mrl_submission *s,
                            struct mrl_err *err) {
  char *data = NULL;
  size_t len = 0;
  memset(p, 0, sizeof *p);
  p->max_measurements = -1;
  if (mrl_read_file(o->results, &data, &len, err) != MRL_OK)
    return mrl_fail(err, MRL_EIO, "%s: cannot read it", o->results);
  enum mrl_status st = MRL_OK;
  int lineno = 0;
  for (char *line = data; st == MRL_OK && line < data + len;) {
    char *nl = memchr(line, '\n', (size_t)(data + len - line));
    if (nl) *nl = '\0';
    ++lineno;
    char where[4200];
    snprintf(where, sizeof where, "%s:%d", o->results, lineno);
    json_t *j = *line ? json_loads(line, 0, NULL) : NULL;
    json_t *ev = json_object_get(j, "eval");
    const char *method = json_string_value(json_object_get(ev, "method"));
    if (*line && !method) st = mrl_fail(err, MRL_EINVAL, "%s: not a record of mlirrl eval", where);
    if (st == MRL_OK && method) note_method(p, method);
    if (st == MRL_OK && method && !strcmp(method, o->method)) {
      st = take_context(j, p->n == 0, s, where, err);
      if (st == MRL_OK) st = take_suite(j, s, o->suites, where, err);
      char **g = st == MRL_OK ? realloc(p->lines, (size_t)(p->n + 1) * sizeof *g) : NULL;
      if (st == MRL_OK && !g) st = mrl_fail(err, MRL_ENOMEM, "out of memory");
      if (g) p->lines = g;
      if (g && !(p->lines[p->n] = strdup(line))) st = mrl_fail(err, MRL_ENOMEM, "out of memory");
      if (g && p->lines[p->n]) ++p->n;
      const char *kind = json_string_value(json_object_get(ev, "kind"));
      const char *detail = json_string_value(json_object_get(ev, "detail"));
      json_t *meas = json_object_get(ev, "measurements");
      snprintf(p->kind, sizeof p->kind, "%s", kind ? kind : "");
      if (detail && !p->detail[0]) snprintf(p->detail, sizeof p->detail, "%s", detail);
      if (json_is_integer(meas) && json_integer_value(meas) > p->max_measurements)
        p->max_measurements = (int)json_integer_value(meas);
    }
    json_decref(j);
    line = nl ? nl + 1 : data + len;
  }
  free(data);
  if (st == MRL_OK && p->n == 0)
    st = mrl_fail(err, MRL_EINVAL, "%s holds no record of method %s (it has: %s)", o->results, o->method,
                  p->methods[0] ? p->methods : "none");
  return st;
}

static void free_picked(struct picked *p) {
  for (int i = 0; i < p->n; ++i)
    free(p->lines[i]);
  free(p->lines);
}

static enum mrl_status describe(const struct make_opts *o, const struct picked *p, struct mrl_submission *s,
                                struct mrl_err *err) {
  int search = !strcmp(p->kind, "random") || !strcmp(p->kind, "search");
  if (!*o->name || strlen(o->name) >= sizeof s->name || strlen(o->version) >= sizeof s->version)
    return mrl_fail(err, MRL_EINVAL, "--name and --version take 1 to %zu characters", sizeof s->name - 1);
  snprintf(s->name, sizeof s->name, "%s", o->name);
  snprintf(s->version, sizeof s->version, "%s", o->version);
  snprintf(s->method, sizeof s->method, "%s", o->method);
  s->closed = !strcmp(o->division, "closed");
  if (o->trained)
    snprintf(s->training, sizeof s->training, "%s", o->trained);
  else if (search)
    snprintf(s->training, sizeof s->training, "none: a search (%s)", p->detail);
  else
    return mrl_fail(err, MRL_EINVAL,
                    "say how %s was trained: --trained TEXT (e.g. 'PPO, 64 iterations on the train "
                    "split')",
                    o->method);
  const char *on = o->trained_on ? o->trained_on : search ? "" : "train";
  char list[1024];
  snprintf(list, sizeof list, "%s", on);
  for (char *save = NULL, *t = strtok_r(list, ",", &save); t; t = strtok_r(NULL, ",", &save)) {
    if (s->ntrain_suites == MRL_SUB_MAX_TRAIN_SUITES)
      return mrl_fail(err, MRL_EINVAL, "--trained-on: too many suites");
    snprintf(s->train_suites[s->ntrain_suites++], sizeof s->train_suites[0], "%s", t);
  }
  s->limit_measurements = o->limit >= 0 ? (int)o->limit : p->max_measurements;
  snprintf(s->command, sizeof s->command, "%s", o->command ? o->command : "");
  return MRL_OK;
}

static enum mrl_status write_records(const char *dir, const struct picked *p, struct mrl_err *err) {
  char path[4200];
  snprintf(path, sizeof path, "%s/records.jsonl", dir);
  FILE *f = fopen(path, "w");
  if (!f) return mrl_fail(err, MRL_EIO, "%s: cannot write it: %s", path, strerror(errno));
  for (int i = 0; i < p->n; ++i)
    fprintf(f, "%s\n", p->lines[i]);
  int bad = ferror(f);
  bad |= fclose(f) != 0;
  return bad ? mrl_fail(err, MRL_EIO, "%s: cannot write it", path) : MRL_OK;
}

static int cmd_make(int argc, char **argv) {
  struct make_opts o;
  int a = make_parse(argc, argv, &o);
  if (a != 0) return a > 0 ? MRL_EXIT_OK : MRL_EXIT_USAGE;
  struct mrl_submission s;
  memset(&s, 0, sizeof s);
  struct picked p;
  struct mrl_err err = {{0}};
  char recs[4200];
  struct stat st;
  snprintf(recs, sizeof recs, "%s/records.jsonl", o.out);
  enum mrl_status rc = pick(&o, &p, &s, &err);
  if (rc == MRL_OK) rc = describe(&o, &p, &s, &err);
  if (rc == MRL_OK && stat(recs, &st) == 0)
    rc = mrl_fail(&err, MRL_EINVAL, "%s holds records already: choose another --out", o.out);
  if (rc == MRL_OK && mrl_cli_make_dirs(o.out) != 0)
    rc = mrl_fail(&err, MRL_EIO, "cannot create %s: %s", o.out, strerror(errno));
  if (rc == MRL_OK) rc = write_records(o.out, &p, &err);
  if (rc == MRL_OK) rc = mrl_submission_write_meta(&s, o.out, &err);
  free_picked(&p);
  if (rc != MRL_OK) {
    fprintf(stderr, "mlirrl submit make: %s\n", err.msg);
    return MRL_EXIT_FAILED;
  }
  /* What was written must read back as a submission; the check says the rest. */
  struct mrl_submission back;
  rc = mrl_submission_load(o.out, &back, &err);
  int problems = 0;
  for (int i = 0; rc == MRL_OK && i < back.n; ++i)
    problems += back.rec[i].problem[0] != '\0';
  if (rc != MRL_OK)
    fprintf(stderr, "mlirrl submit make: the submission does not validate: %s\n", err.msg);
  else
    printf("%s: %d records of %s (%s division)%s; next: mlirrl submit check %s\n", o.out, back.n, s.method,
           s.closed ? "closed" : "open", problems ? ", some of them unbelievable as they stand" : "", o.out);
  mrl_submission_free(&back);
  return rc == MRL_OK ? MRL_EXIT_OK : MRL_EXIT_FAILED;
}

int mrl_cmd_submit(int argc, char **argv) {
  if (argc < 1 || !strcmp(argv[0], "--help") || !strcmp(argv[0], "help")) {
    FILE *f = argc < 1 ? stderr : stdout;
    fprintf(f,
            "usage: mlirrl submit make RESULTS.jsonl --method M --name NAME --out DIR   a submission folder\n"
            "       mlirrl submit check DIR [--tolerance F]                          replay and judge it\n"
            "'mlirrl submit make --help' and 'mlirrl submit check --help' tell more.\n");
    return argc < 1 ? MRL_EXIT_USAGE : MRL_EXIT_OK;
  }
  if (!strcmp(argv[0], "make")) return cmd_make(argc - 1, argv + 1);
  if (!strcmp(argv[0], "check")) return mrl_submit_check(argc - 1, argv + 1);
  fprintf(stderr, "mlirrl submit: unknown subcommand '%s' (make or check)\n", argv[0]);
  return MRL_EXIT_USAGE;
}
