#include "submit.h"

#include <ctype.h>
#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench.h"
#include "record.h"

const char *const mrl_submission_files[3] = {"records.jsonl", "agent.json", "system.json"};

/* Record schema 2 differs from 3 only by object_sha256, which the check does not read: records
 * made before it stay submittable. */
enum { SUB_OLDEST_RECORD_SCHEMA = 2 };

/* ---------------------------------------------------------------- reading JSON with one-line errors */

/* Each getter fails with "<where>: <what>" naming the key as a path ("training.suites"). */

static enum mrl_status bad(struct mrl_err *err, const char *where, const char *key, const char *what) {
  return mrl_fail(err, MRL_ECONFIG, "%s: \"%s\" %s", where, key, what);
}

static enum mrl_status get_str(json_t *obj, const char *key, const char *path, char *dst, size_t n,
                               int required, const char *where, struct mrl_err *err) {
  json_t *v = json_object_get(obj, key);
  dst[0] = '\0';
  if (!v || json_is_null(v)) return required ? bad(err, where, path, "is missing") : MRL_OK;
  if (!json_is_string(v)) return bad(err, where, path, "is not a string");
  const char *t = json_string_value(v);
  if (strlen(t) >= n) return bad(err, where, path, "is too long");
  if (required && !*t) return bad(err, where, path, "is empty");
  snprintf(dst, n, "%s", t);
  return MRL_OK;
}

/* An integer >= min; null or absent gives *out = -1 unless required. */
static enum mrl_status get_int(json_t *obj, const char *key, const char *path, long long min, int required,
                               long long *out, const char *where, struct mrl_err *err) {
  json_t *v = json_object_get(obj, key);
  *out = -1;
  if (!v || json_is_null(v)) return required ? bad(err, where, path, "is missing") : MRL_OK;
  if (!json_is_integer(v)) return bad(err, where, path, "is not an integer");
  if (json_integer_value(v) < min) return bad(err, where, path, "is out of range");
  *out = json_integer_value(v);
  return MRL_OK;
}

static enum mrl_status get_obj(json_t *obj, const char *key, const char *path, int required, json_t **out,
                               const char *where, struct mrl_err *err) {
  json_t *v = json_object_get(obj, key);
  *out = NULL;
  if (!v || json_is_null(v)) return required ? bad(err, where, path, "is missing") : MRL_OK;
  if (!json_is_object(v)) return bad(err, where, path, "is not an object");
  *out = v;
  return MRL_OK;
}

/* Unknown keys are refused: a misspelt "divison" must not pass as an absent field. */
static enum mrl_status only_keys(json_t *obj, const char *const *keys, const char *prefix, const char *where,
                                 struct mrl_err *err) {
  const char *k;
  json_t *v;
  json_object_foreach(obj, k, v) {
    int known = 0;
    for (const char *const *p = keys; *p && !known; ++p)
      known = !strcmp(*p, k);
    if (!known)
      return mrl_fail(err, MRL_ECONFIG, "%s: unknown key \"%s%s\" (leaderboard/README.md lists the fields)",
                      where, prefix, k);
  }
  return MRL_OK;
}

static enum mrl_status load_json(const char *dir, const char *name, json_t **out, char *where, size_t wn,
                                 struct mrl_err *err) {
  snprintf(where, wn, "%s/%s", dir, name);
  char *text = NULL;
  size_t len = 0;
  struct mrl_err e;
  if (mrl_read_file(where, &text, &len, &e) != MRL_OK)
    return mrl_fail(err, MRL_EIO, "%s: cannot read it", where);
  json_error_t je;
  *out = json_loadb(text, len, 0, &je);
  free(text);
  if (!*out) return mrl_fail(err, MRL_ECONFIG, "%s:%d: not JSON: %s", where, je.line, je.text);
  if (!json_is_object(*out)) {
    json_decref(*out);
    *out = NULL;
    return mrl_fail(err, MRL_ECONFIG, "%s: not a JSON object", where);
  }
  return MRL_OK;
}

static enum mrl_status check_schema(json_t *j, const char *where, struct mrl_err *err) {
  long long v;
  enum mrl_status s = get_int(j, "schema", "schema", 0, 1, &v, where, err);
  if (s == MRL_OK && v != MRL_SUBMISSION_SCHEMA)
    s = mrl_fail(err, MRL_ECONFIG, "%s: \"schema\" is %lld; this mlirrl reads schema %d", where, v,
                 MRL_SUBMISSION_SCHEMA);
  return s;
}

static int printable(const char *t) {
  for (; *t; ++t)
    if (iscntrl((unsigned char)*t)) return 0;
  return 1;
}

/* ---------------------------------------------------------------- agent.json */

static enum mrl_status read_training(json_t *j, struct mrl_submission *s, const char *where,
                                     struct mrl_err *err) {
  static const char *const keys[] = {"description", "suites", NULL};
  json_t *t;
  enum mrl_status st = get_obj(j, "training", "training", 1, &t, where, err);
  if (st == MRL_OK) st = only_keys(t, keys, "training.", where, err);
  if (st == MRL_OK)
    st = get_str(t, "description", "training.description", s->training, sizeof s->training, 1, where, err);
  if (st != MRL_OK) return st;
  json_t *a = json_object_get(t, "suites");
  if (!json_is_array(a))
    return bad(err, where, "training.suites", "is not an array (of suite names; [] for none)");
  size_t i;
  json_t *v;
  json_array_foreach(a, i, v) {
    if (!json_is_string(v) || !*json_string_value(v))
      return bad(err, where, "training.suites", "holds a non-name");
    if (s->ntrain_suites == MRL_SUB_MAX_TRAIN_SUITES)
      return bad(err, where, "training.suites", "is too long");
    snprintf(s->train_suites[s->ntrain_suites++], sizeof s->train_suites[0], "%s", json_string_value(v));
  }
  return MRL_OK;
}

static enum mrl_status read_env_options(json_t *j, struct mrl_submission *s, const char *where,
                                        struct mrl_err *err) {
  json_t *a = json_object_get(j, "env_options");
  if (!a || json_is_null(a)) return MRL_OK;
  if (!json_is_array(a)) return bad(err, where, "env_options", "is not an array of strings");
  size_t i;
  json_t *v;
  json_array_foreach(a, i, v) {
    if (!json_is_string(v) || strlen(json_string_value(v)) >= sizeof s->env_options[0])
      return bad(err, where, "env_options", "holds something other than a (short) string");
    if (s->nenv_options == MRL_SUB_MAX_ENV_OPTIONS) return bad(err, where, "env_options", "is too long");
    snprintf(s->env_options[s->nenv_options++], sizeof s->env_options[0], "%s", json_string_value(v));
  }
  if (s->closed && s->nenv_options)
    return mrl_fail(err, MRL_ECONFIG,
                    "%s: the closed division plays in the shipped action space: \"env_options\" "
                    "belongs to the open division",
                    where);
  return MRL_OK;
}

static enum mrl_status read_agent(const char *dir, struct mrl_submission *s, struct mrl_err *err) {
  static const char *const keys[] = {"schema",   "name",   "version", "method",      "division",
                                     "training", "limits", "command", "env_options", "description",
                                     "contact",  "url",    NULL};
  char where[4200];
  json_t *j = NULL;
  enum mrl_status st = load_json(dir, "agent.json", &j, where, sizeof where, err);
  char division[16] = "";
  json_t *limits = NULL;
  long long lim = -1;
  if (st == MRL_OK) st = check_schema(j, where, err);
  if (st == MRL_OK) st = only_keys(j, keys, "", where, err);
  if (st == MRL_OK) st = get_str(j, "name", "name", s->name, sizeof s->name, 1, where, err);
  if (st == MRL_OK && !printable(s->name)) st = bad(err, where, "name", "holds control characters");
  if (st == MRL_OK) st = get_str(j, "version", "version", s->version, sizeof s->version, 1, where, err);
  if (st == MRL_OK) st = get_str(j, "method", "method", s->method, sizeof s->method, 1, where, err);
  if (st == MRL_OK) st = get_str(j, "division", "division", division, sizeof division, 1, where, err);
  if (st == MRL_OK && strcmp(division, "closed") && strcmp(division, "open"))
    st = bad(err, where, "division", "is neither \"closed\" nor \"open\"");
  s->closed = !strcmp(division, "closed");
  if (st == MRL_OK) st = read_training(j, s, where, err);
  if (st == MRL_OK) st = get_obj(j, "limits", "limits", 1, &limits, where, err);
  if (st == MRL_OK) {
    static const char *const lkeys[] = {"measurements_per_benchmark", NULL};
    st = only_keys(limits, lkeys, "limits.", where, err);
  }
  if (st == MRL_OK)
    st = get_int(limits, "measurements_per_benchmark", "limits.measurements_per_benchmark", 0, 0, &lim, where,
                 err);
  s->limit_measurements = (int)(lim > 1000000 ? 1000000 : lim);
  if (st == MRL_OK) st = get_str(j, "command", "command", s->command, sizeof s->command, 0, where, err);
  if (st == MRL_OK) st = read_env_options(j, s, where, err);
  if (st == MRL_OK && s->closed) {
    for (int i = 0; st == MRL_OK && i < s->ntrain_suites; ++i)
      if (strcmp(s->train_suites[i], "train"))
        st = mrl_fail(err, MRL_ECONFIG,
                      "%s: the closed division trains on the shipped train suite only, not on "
                      "\"%s\" (training.suites)",
                      where, s->train_suites[i]);
    if (st == MRL_OK && s->limit_measurements > MRL_SUB_CLOSED_MEASUREMENTS)
      st = mrl_fail(err, MRL_ECONFIG,
                    "%s: the closed division measures at most %d schedules per benchmark, not %d "
                    "(limits.measurements_per_benchmark)",
                    where, MRL_SUB_CLOSED_MEASUREMENTS, s->limit_measurements);
  }
  json_decref(j);
  return st;
}

/* ---------------------------------------------------------------- system.json */

static enum mrl_status read_suites(json_t *j, struct mrl_submission *s, const char *where,
                                   struct mrl_err *err) {
  json_t *o;
  enum mrl_status st = get_obj(j, "suites", "suites", 1, &o, where, err);
  if (st != MRL_OK) return st;
  const char *k;
  json_t *v;
  json_object_foreach(o, k, v) {
    if (!json_is_string(v) || strlen(json_string_value(v)) >= sizeof s->suites[0].version)
      return mrl_fail(err, MRL_ECONFIG, "%s: \"suites.%s\" is not a version string", where, k);
    if (strlen(k) >= sizeof s->suites[0].name || s->nsuites == MRL_SUB_MAX_SUITES)
      return bad(err, where, "suites", "has too many or too long names");
    snprintf(s->suites[s->nsuites].name, sizeof s->suites[0].name, "%s", k);
    snprintf(s->suites[s->nsuites++].version, sizeof s->suites[0].version, "%s", json_string_value(v));
  }
  if (!s->nsuites) return bad(err, where, "suites", "names no suite");
  return MRL_OK;
}

static enum mrl_status read_system(const char *dir, struct mrl_submission *s, struct mrl_err *err) {
  static const char *const keys[] = {"schema", "machine", "llvm_version", "mlirrl", "suites", "run_id", NULL};
  static const char *const mkeys[] = {"cpu_model", "cores", "threads", "hostname", NULL};
  static const char *const vkeys[] = {"version", "git_rev", NULL};
  char where[4200];
  json_t *j = NULL, *m = NULL, *v = NULL;
  long long cores = -1, threads = -1;
  enum mrl_status st = load_json(dir, "system.json", &j, where, sizeof where, err);
  if (st == MRL_OK) st = check_schema(j, where, err);
  if (st == MRL_OK) st = only_keys(j, keys, "", where, err);
  if (st == MRL_OK) st = get_obj(j, "machine", "machine", 1, &m, where, err);
  if (st == MRL_OK) st = only_keys(m, mkeys, "machine.", where, err);
  if (st == MRL_OK)
    st = get_str(m, "cpu_model", "machine.cpu_model", s->cpu_model, sizeof s->cpu_model, 1, where, err);
  if (st == MRL_OK) st = get_int(m, "cores", "machine.cores", 1, 1, &cores, where, err);
  if (st == MRL_OK) st = get_int(m, "threads", "machine.threads", 1, 1, &threads, where, err);
  if (st == MRL_OK)
    st = get_str(m, "hostname", "machine.hostname", s->hostname, sizeof s->hostname, 0, where, err);
  s->cores = (int)(cores > 1 << 20 ? 1 << 20 : cores);
  s->threads = (int)(threads > 1 << 20 ? 1 << 20 : threads);
  if (st == MRL_OK)
    st = get_str(j, "llvm_version", "llvm_version", s->llvm_version, sizeof s->llvm_version, 1, where, err);
  if (st == MRL_OK) st = get_obj(j, "mlirrl", "mlirrl", 1, &v, where, err);
  if (st == MRL_OK) st = only_keys(v, vkeys, "mlirrl.", where, err);
  if (st == MRL_OK)
    st = get_str(v, "version", "mlirrl.version", s->mlirrl_version, sizeof s->mlirrl_version, 1, where, err);
  if (st == MRL_OK)
    st = get_str(v, "git_rev", "mlirrl.git_rev", s->git_rev, sizeof s->git_rev, 1, where, err);
  if (st == MRL_OK) st = read_suites(j, s, where, err);
  if (st == MRL_OK) st = get_str(j, "run_id", "run_id", s->run_id, sizeof s->run_id, 0, where, err);
  json_decref(j);
  return st;
}

/* ---------------------------------------------------------------- records.jsonl */

static int is_hex64(const char *t) {
  if (strlen(t) != 64) return 0;
  for (; *t; ++t)
    if (!isxdigit((unsigned char)*t) || isupper((unsigned char)*t)) return 0;
  return 1;
}

static int outcome_by_name(const char *name, enum mrl_outcome *o) {
  for (int k = 0; k < MRL_OUTCOME_COUNT; ++k)
    if (!strcmp(name, mrl_outcome_name((enum mrl_outcome)k))) {
      *o = (enum mrl_outcome)k;
      return 1;
    }
  return 0;
}

static enum mrl_status read_speedup(json_t *j, struct mrl_sub_record *r, const char *where,
                                    struct mrl_err *err) {
  json_t *sp = json_object_get(j, "speedup");
  if (!sp || json_is_null(sp)) return MRL_OK;
  if (!json_is_object(sp)) return bad(err, where, "speedup", "is not an object");
  static const char *const keys[] = {"point", "ci_lo", "ci_hi"};
  double v[3];
  for (int i = 0; i < 3; ++i) {
    json_t *x = json_object_get(sp, keys[i]);
    char path[32];
    snprintf(path, sizeof path, "speedup.%s", keys[i]);
    if (!json_is_number(x)) return bad(err, where, path, "is not a number");
    v[i] = json_number_value(x);
    if (!isfinite(v[i]) || v[i] <= 0) return bad(err, where, path, "is not a positive number");
  }
  r->has_speedup = true;
  r->speedup.point = v[0];
  r->speedup.lo = v[1];
  r->speedup.hi = v[2];
  json_t *lv = json_object_get(sp, "level");
  r->speedup.level = json_is_number(lv) ? json_number_value(lv) : 0.95;
  return MRL_OK;
}

/* The record's context must be the one system.json describes: a submission is one machine's. */
static enum mrl_status same_context(json_t *ctx, const struct mrl_submission *s, struct mrl_sub_record *r,
                                    const char *where, struct mrl_err *err) {
  struct {
    const char *key;
    const char *mine;
    const char *sys_key;
  } strs[] = {{"cpu_model", s->cpu_model, "machine.cpu_model"},
              {"llvm_version", s->llvm_version, "llvm_version"},
              {"mlirrl_version", s->mlirrl_version, "mlirrl.version"},
              {"git_rev", s->git_rev, "mlirrl.git_rev"}};
  for (size_t i = 0; i < sizeof strs / sizeof strs[0]; ++i) {
    const char *v = json_string_value(json_object_get(ctx, strs[i].key));
    if (!v)
      return mrl_fail(err, MRL_ECONFIG, "%s: \"context.%s\" is missing or not a string", where, strs[i].key);
    if (strcmp(v, strs[i].mine))
      return mrl_fail(err, MRL_ECONFIG, "%s: context.%s \"%s\" is not system.json's %s \"%s\"", where,
                      strs[i].key, v, strs[i].sys_key, strs[i].mine);
  }
  long long cores, threads, seed;
  enum mrl_status st = get_int(ctx, "cores", "context.cores", 0, 1, &cores, where, err);
  if (st == MRL_OK) st = get_int(ctx, "threads", "context.threads", 0, 1, &threads, where, err);
  if (st == MRL_OK) st = get_int(ctx, "seed", "context.seed", 0, 0, &seed, where, err);
  if (st != MRL_OK) return st;
  if (cores != s->cores)
    return mrl_fail(err, MRL_ECONFIG, "%s: context.cores %lld is not system.json's machine.cores %d", where,
                    cores, s->cores);
  if (threads != s->threads)
    return mrl_fail(err, MRL_ECONFIG, "%s: context.threads %lld is not system.json's machine.threads %d",
                    where, threads, s->threads);
  r->threads = (int)threads;
  r->has_seed = seed >= 0;
  r->seed = seed >= 0 ? (uint64_t)seed : 0;
  return MRL_OK;
}

/* What makes a well-formed record unbelievable; the first found is kept. */
static void find_problem(struct mrl_sub_record *r, const char *kind, const char *sha,
                         const char *eval_schedule, int limit) {
  char *p = r->problem;
  size_t n = sizeof r->problem;
  char hex[MRL_SHA256_HEX_LEN];
  if (!strcmp(kind, "script"))
    snprintf(p, n, "a transform script, not a schedule: a submission's records carry schedule text");
  else if (!strcmp(kind, "schedule") && !r->schedule)
    snprintf(p, n, "a schedule record without the schedule's text");
  else if (r->schedule && (mrl_sha256_hex_of_buffer(r->schedule, strlen(r->schedule), hex), strcmp(hex, sha)))
    snprintf(p, n,
             "the schedule text does not match its sha256 (transform.sha256): it was changed after it was "
             "measured");
  else if (eval_schedule && r->schedule && strcmp(eval_schedule, r->schedule))
    snprintf(p, n, "eval.schedule and transform.text are different schedules");
  else if (r->outcome == MRL_OUTCOME_OK && !r->schedule)
    snprintf(p, n,
             "claimed ok without a schedule: an agent's or a search's record names the schedule it measured");
  else if (r->outcome == MRL_OUTCOME_OK && !r->has_speedup)
    snprintf(p, n, "claimed ok without a speedup");
  else if (r->measurements > (limit < 0 ? 0 : limit))
    snprintf(
        p, n,
        "spent %d measurements on this benchmark; agent.json allows %d (limits.measurements_per_benchmark)",
        r->measurements, limit < 0 ? 0 : limit);
}

static enum mrl_status read_record(json_t *j, const struct mrl_submission *s, struct mrl_sub_record *r,
                                   const char *where, struct mrl_err *err) {
  if (!json_is_object(j)) return mrl_fail(err, MRL_ECONFIG, "%s: not a JSON object", where);
  long long schema;
  json_t *b, *t, *ctx, *ev;
  char kind[16], sha[MRL_SHA256_HEX_LEN + 8], outcome[32], method[600], ekind[16];
  enum mrl_status st = get_int(j, "schema_version", "schema_version", 0, 1, &schema, where, err);
  if (st == MRL_OK && (schema < SUB_OLDEST_RECORD_SCHEMA || schema > MRL_RECORD_SCHEMA_VERSION))
    st = mrl_fail(err, MRL_ECONFIG, "%s: schema_version %lld; this mlirrl reads records of versions %d to %d",
                  where, schema, SUB_OLDEST_RECORD_SCHEMA, MRL_RECORD_SCHEMA_VERSION);
  if (st == MRL_OK) st = get_obj(j, "benchmark", "benchmark", 1, &b, where, err);
  if (st == MRL_OK) st = get_str(b, "id", "benchmark.id", r->id, sizeof r->id, 1, where, err);
  if (st == MRL_OK) st = get_str(b, "sha256", "benchmark.sha256", r->sha256, sizeof r->sha256, 1, where, err);
  if (st == MRL_OK && !is_hex64(r->sha256)) st = bad(err, where, "benchmark.sha256", "is not 64 hex digits");
  if (st == MRL_OK) st = get_obj(j, "transform", "transform", 1, &t, where, err);
  if (st == MRL_OK) st = get_str(t, "kind", "transform.kind", kind, sizeof kind, 1, where, err);
  if (st == MRL_OK && strcmp(kind, "none") && strcmp(kind, "script") && strcmp(kind, "schedule"))
    st = bad(err, where, "transform.kind", "is not none, script or schedule");
  if (st == MRL_OK) st = get_str(t, "sha256", "transform.sha256", sha, sizeof sha, 0, where, err);
  json_t *text = t ? json_object_get(t, "text") : NULL;
  if (st == MRL_OK && text && !json_is_null(text) && !json_is_string(text))
    st = bad(err, where, "transform.text", "is not a string");
  if (st == MRL_OK) st = get_str(j, "outcome", "outcome", outcome, sizeof outcome, 1, where, err);
  if (st == MRL_OK && !outcome_by_name(outcome, &r->outcome))
    st = bad(err, where, "outcome", "is no outcome mlirrl knows");
  if (st == MRL_OK) st = read_speedup(j, r, where, err);
  json_t *base = json_object_get(json_object_get(j, "timing"), "baseline");
  json_t *median = json_object_get(base, "median_ns");
  r->baseline_ns = json_is_number(median) && json_number_value(median) > 0 ? json_number_value(median) : NAN;
  if (st == MRL_OK) st = get_obj(j, "context", "context", 1, &ctx, where, err);
  if (st == MRL_OK) st = same_context(ctx, s, r, where, err);
  if (st == MRL_OK) st = get_obj(j, "eval", "eval", 1, &ev, where, err);
  if (st == MRL_OK) st = get_str(ev, "method", "eval.method", method, sizeof method, 1, where, err);
  if (st == MRL_OK && strcmp(method, s->method))
    st = mrl_fail(err, MRL_ECONFIG,
                  "%s: eval.method \"%s\" is not agent.json's method \"%s\" (a submission holds "
                  "the records of one method)",
                  where, method, s->method);
  if (st == MRL_OK) st = get_str(ev, "kind", "eval.kind", ekind, sizeof ekind, 1, where, err);
  if (st == MRL_OK && strcmp(ekind, "agent") && strcmp(ekind, "random") && strcmp(ekind, "search"))
    st = mrl_fail(err, MRL_ECONFIG,
                  "%s: a method of kind \"%s\" chooses no schedule: a submission holds the records "
                  "of an agent or a search",
                  where, ekind);
  if (st == MRL_OK) st = get_str(ev, "suite", "eval.suite", r->suite, sizeof r->suite, 1, where, err);
  if (st == MRL_OK && !mrl_submission_suite_version(s, r->suite))
    st = mrl_fail(err, MRL_ECONFIG, "%s: eval.suite \"%s\" has no version in system.json's \"suites\"", where,
                  r->suite);
  long long meas = -1;
  if (st == MRL_OK) st = get_int(ev, "measurements", "eval.measurements", 0, 0, &meas, where, err);
  r->measurements = (int)(meas > 1000000 ? 1000000 : meas);
  json_t *es = ev ? json_object_get(ev, "schedule") : NULL;
  if (st == MRL_OK && es && !json_is_null(es) && !json_is_string(es))
    st = bad(err, where, "eval.schedule", "is not a string");
  if (st != MRL_OK) return st;
  if (json_is_string(text) && !(r->schedule = strdup(json_string_value(text))))
    return mrl_fail(err, MRL_ENOMEM, "out of memory");
  find_problem(r, kind, sha, json_string_value(es), s->limit_measurements);
  return MRL_OK;
}

static enum mrl_status read_records(const char *dir, struct mrl_submission *s, struct mrl_err *err) {
  char path[4200];
  snprintf(path, sizeof path, "%s/records.jsonl", dir);
  char *data = NULL;
  size_t len = 0;
  struct mrl_err e;
  if (mrl_read_file(path, &data, &len, &e) != MRL_OK)
    return mrl_fail(err, MRL_EIO, "%s: cannot read it", path);
  enum mrl_status st = MRL_OK;
  int lineno = 0, cap = 0;
  for (char *line = data; st == MRL_OK && line < data + len;) {
    char *nl = memchr(line, '\n', (size_t)(data + len - line));
    if (nl) *nl = '\0';
    ++lineno;
    char where[4300];
    snprintf(where, sizeof where, "%s:%d", path, lineno);
    if (*line) {
      if (s->n == cap) {
        cap = cap ? 2 * cap : 64;
        struct mrl_sub_record *g = realloc(s->rec, (size_t)cap * sizeof *g);
        if (!g)
          st = mrl_fail(err, MRL_ENOMEM, "out of memory");
        else
          s->rec = g;
      }
      json_error_t je;
      json_t *j = st == MRL_OK ? json_loads(line, 0, &je) : NULL;
      if (st == MRL_OK && !j) st = mrl_fail(err, MRL_ECONFIG, "%s: not JSON: %s", where, je.text);
      if (st == MRL_OK) {
        struct mrl_sub_record *r = &s->rec[s->n];
        memset(r, 0, sizeof *r);
        r->line = lineno;
        st = read_record(j, s, r, where, err);
        for (int i = 0; st == MRL_OK && i < s->n; ++i)
          if (!strcmp(s->rec[i].id, r->id))
            st = mrl_fail(err, MRL_ECONFIG,
                          "%s: benchmark %s has a record already (line %d): one per benchmark", where, r->id,
                          s->rec[i].line);
        if (st == MRL_OK)
          ++s->n;
        else
          free(r->schedule);
      }
      json_decref(j);
    }
    line = nl ? nl + 1 : data + len;
  }
  free(data);
  if (st == MRL_OK && s->n == 0) st = mrl_fail(err, MRL_ECONFIG, "%s: no record", path);
  return st;
}

/* ---------------------------------------------------------------- the folder */

enum mrl_status mrl_submission_load(const char *dir, struct mrl_submission *s, struct mrl_err *err) {
  memset(s, 0, sizeof *s);
  snprintf(s->dir, sizeof s->dir, "%s", dir);
  s->limit_measurements = -1;
  enum mrl_status st = read_agent(dir, s, err);
  if (st == MRL_OK) st = read_system(dir, s, err);
  if (st == MRL_OK) st = read_records(dir, s, err);
  return st;
}

void mrl_submission_free(struct mrl_submission *s) {
  for (int i = 0; i < s->n; ++i)
    free(s->rec[i].schedule);
  free(s->rec);
  s->rec = NULL;
  s->n = 0;
}

const char *mrl_submission_suite_version(const struct mrl_submission *s, const char *suite) {
  for (int i = 0; i < s->nsuites; ++i)
    if (!strcmp(s->suites[i].name, suite)) return s->suites[i].version;
  return NULL;
}

/* ---------------------------------------------------------------- writing the descriptions */

static json_t *str_or_null(const char *t) {
  return t && *t ? json_string(t) : json_null();
}

static json_t *agent_json(const struct mrl_submission *s) {
  json_t *j = json_object(), *tr = json_object(), *suites = json_array(), *lim = json_object();
  json_object_set_new(j, "schema", json_integer(MRL_SUBMISSION_SCHEMA));
  json_object_set_new(j, "name", json_string(s->name));
  json_object_set_new(j, "version", json_string(s->version));
  json_object_set_new(j, "method", json_string(s->method));
  json_object_set_new(j, "division", json_string(s->closed ? "closed" : "open"));
  json_object_set_new(tr, "description", json_string(s->training));
  for (int i = 0; i < s->ntrain_suites; ++i)
    json_array_append_new(suites, json_string(s->train_suites[i]));
  json_object_set_new(tr, "suites", suites);
  json_object_set_new(j, "training", tr);
  json_object_set_new(lim, "measurements_per_benchmark",
                      s->limit_measurements >= 0 ? json_integer(s->limit_measurements) : json_null());
  json_object_set_new(j, "limits", lim);
  json_object_set_new(j, "command", str_or_null(s->command));
  if (s->nenv_options) {
    json_t *a = json_array();
    for (int i = 0; i < s->nenv_options; ++i)
      json_array_append_new(a, json_string(s->env_options[i]));
    json_object_set_new(j, "env_options", a);
  }
  return j;
}

static json_t *system_json(const struct mrl_submission *s) {
  json_t *j = json_object(), *m = json_object(), *v = json_object(), *su = json_object();
  json_object_set_new(j, "schema", json_integer(MRL_SUBMISSION_SCHEMA));
  json_object_set_new(m, "cpu_model", json_string(s->cpu_model));
  json_object_set_new(m, "cores", json_integer(s->cores));
  json_object_set_new(m, "threads", json_integer(s->threads));
  json_object_set_new(m, "hostname", str_or_null(s->hostname));
  json_object_set_new(j, "machine", m);
  json_object_set_new(j, "llvm_version", json_string(s->llvm_version));
  json_object_set_new(v, "version", json_string(s->mlirrl_version));
  json_object_set_new(v, "git_rev", json_string(s->git_rev));
  json_object_set_new(j, "mlirrl", v);
  for (int i = 0; i < s->nsuites; ++i)
    json_object_set_new(su, s->suites[i].name, json_string(s->suites[i].version));
  json_object_set_new(j, "suites", su);
  json_object_set_new(j, "run_id", str_or_null(s->run_id));
  return j;
}

static enum mrl_status dump(json_t *j, const char *dir, const char *name, struct mrl_err *err) {
  char path[4200];
  snprintf(path, sizeof path, "%s/%s", dir, name);
  int rc = j ? json_dump_file(j, path, JSON_INDENT(2) | JSON_PRESERVE_ORDER) : -1;
  json_decref(j);
  return rc == 0 ? MRL_OK : mrl_fail(err, MRL_EIO, "%s: cannot write it", path);
}

enum mrl_status mrl_submission_write_meta(const struct mrl_submission *s, const char *dir,
                                          struct mrl_err *err) {
  enum mrl_status st = dump(agent_json(s), dir, "agent.json", err);
  if (st == MRL_OK) st = dump(system_json(s), dir, "system.json", err);
  return st;
}
