/* The records of mlirrl eval and the run's log: the eval block against a golden file (byte for
 * byte; MLIRRL_UPDATE_GOLDEN=1 rewrites it), method names, and what --resume reads back (one
 * entry per record, the default pipeline's samples, a last line cut short dropped from the
 * file, any other bad line refused with its line number).
 *
 * Usage: test_eval_record golden_dir scratch_dir */
#define _POSIX_C_SOURCE 200809L

#include <jansson.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check.h"
#include "eval_method.h"
#include "eval_record.h"

static const char *golden_dir = "tests/golden";
static const char *scratch_dir = "/tmp";

static const double base_ns[] = {18500000.5, 18423000, 18610000};
static const double cand_ns[] = {150000.25, 151200, 149800};

static void fill(struct mrl_record *r, const char *id, bool candidate) {
  mrl_record_init(r);
  snprintf(r->benchmark.id, sizeof r->benchmark.id, "%s", id);
  snprintf(r->benchmark.path, sizeof r->benchmark.path, "suites/paper/%s.mlir", id);
  mrl_sha256_hex_of_buffer("benchmark", 9, r->benchmark.sha256);
  CHECK(mrl_record_set_timing(&r->baseline, base_ns, 3, 1, NULL) == MRL_OK);
  if (candidate) {
    CHECK(mrl_record_set_transform_text(r, MRL_TRANSFORM_KIND_SCHEDULE, "T(32,16,64)V", NULL) == MRL_OK);
    CHECK(mrl_record_set_timing(&r->candidate, cand_ns, 3, 64, NULL) == MRL_OK);
    r->has_speedup = true;
    r->speedup = (struct mrl_speedup){123.25, 120.5, 125.75, 0.95, 2000};
  }
  struct mrl_record_context *c = &r->context;
  snprintf(c->cpu_model, sizeof c->cpu_model, "AMD EPYC 9R14 96-Core Processor");
  c->cores = c->threads = 2;
  snprintf(c->llvm_version, sizeof c->llvm_version, "19.1.7");
  snprintf(c->mlirrl_version, sizeof c->mlirrl_version, "0.1.0");
  snprintf(c->git_rev, sizeof c->git_rev, "0123456789ab");
  snprintf(c->hostname, sizeof c->hostname, "bench-host");
  snprintf(c->time_utc, sizeof c->time_utc, "2026-12-02T07:00:00Z");
}

static char *search_json(void) {
  struct mrl_method_list l = {0};
  CHECK(mrl_methods_add(&l, "search:4", 0, NULL) == MRL_OK);
  struct mrl_record r;
  fill(&r, "matmul_256_256_128", true);
  struct mrl_eval_info e;
  mrl_eval_info_init(&e, "20261202T070000Z", &l.m[0]);
  const double curve[] = {NAN, 3.5, 3.5, 120.25};
  const char *names[] = {"ok", "timed_out", "wrong_answer"};
  const int counts[] = {3, 1, 0};
  e.measurements = 4;
  e.cache_hits = 1;
  e.search_wall_s = 2.5;
  e.schedule = "T(32,16,64)V";
  e.curve = curve;
  e.curve_n = 4;
  e.outcome_names = names;
  e.outcome_counts = counts;
  e.outcomes_n = 3;
  e.suite = "paper";
  char *json = NULL;
  CHECK(mrl_eval_record_json(&r, &e, &json, NULL) == MRL_OK);
  mrl_methods_free(&l);
  return json;
}

static char *slurp(const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  char *t = calloc(1, 1 << 16);
  size_t n = t ? fread(t, 1, (1 << 16) - 1, f) : 0;
  (void)n;
  fclose(f);
  return t;
}

static void spill(const char *path, const char *text, const char *mode) {
  FILE *f = fopen(path, mode);
  CHECK(f != NULL);
  if (!f) return;
  fputs(text, f);
  CHECK(fclose(f) == 0);
}

static void test_golden(void) {
  char path[1024], *have = search_json();
  snprintf(path, sizeof path, "%s/eval_record.json", golden_dir);
  char *line = malloc(strlen(have) + 2);
  sprintf(line, "%s\n", have);
  const char *update = getenv("MLIRRL_UPDATE_GOLDEN");
  if (update && !strcmp(update, "1")) {
    spill(path, line, "wb");
    printf("rewrote %s\n", path);
  } else {
    char *want = slurp(path);
    if (!want) fprintf(stderr, "cannot read %s (MLIRRL_UPDATE_GOLDEN=1 creates it)\n", path);
    bool same = want && !strcmp(want, line);
    if (!same) fprintf(stderr, "%s differs; the writer produced:\n%s", path, line);
    CHECK(same);
    free(want);
  }
  /* The eval block comes last and holds what the report reads. */
  json_t *j = json_loads(have, 0, NULL);
  CHECK(j != NULL);
  json_t *ev = json_object_get(j, "eval");
  CHECK(json_is_object(ev));
  CHECK(!strcmp(json_string_value(json_object_get(ev, "method")), "search:4"));
  CHECK(!strcmp(json_string_value(json_object_get(ev, "kind")), "search"));
  CHECK(json_integer_value(json_object_get(ev, "budget")) == 4);
  CHECK(json_is_null(json_array_get(json_object_get(ev, "curve"), 0)));
  CHECK(json_object_size(json_object_get(ev, "search_outcomes")) == 2); /* zero counts left out */
  json_decref(j);
  free(line);
  free(have);
}

static void test_methods(void) {
  struct mrl_method_list l = {0};
  struct mrl_err e;
  CHECK(mrl_methods_add(&l, "random:1,random:64,search:64,pytorch,openblas,random:1", 0, &e) == MRL_OK);
  CHECK(l.n == 5); /* the duplicate is ignored */
  CHECK(mrl_methods_add(&l, "random", 1, &e) == MRL_OK);
  mrl_methods_finish(&l);
  CHECK(l.n == 7 && l.m[0].kind == MRL_METHOD_DEFAULT && !strcmp(l.m[0].name, "default"));
  CHECK(l.m[2].kind == MRL_METHOD_RANDOM && l.m[2].budget == 64);
  CHECK(l.m[6].kind == MRL_METHOD_AGENT && !strcmp(l.m[6].name, "agent:random"));
  const char *bad[] = {"random",        "random:0",    "random:x", "search:-3", "pytorch:2",
                       "halide:adams", "halide:",     "halides",  "agent:",    ""};
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; ++i) {
    e.msg[0] = '\0';
    CHECK(mrl_methods_add(&l, bad[i], 0, &e) == MRL_EINVAL);
    CHECK(e.msg[0] != '\0' && strchr(e.msg, '\n') == NULL);
  }
  CHECK(mrl_methods_add(&l, "", 1, &e) == MRL_EINVAL);
  mrl_methods_free(&l);
  /* "halide" is every autoscheduler; one named again is not added twice */
  CHECK(mrl_methods_add(&l, "halide:adams2019,default,halide", 0, &e) == MRL_OK);
  CHECK(l.n == 4 && !strcmp(l.m[0].name, "halide:adams2019") && !strcmp(l.m[2].name, "halide:mullapudi2016") &&
        !strcmp(l.m[3].name, "halide:li2018"));
  CHECK(l.m[0].kind == MRL_METHOD_HALIDE && l.m[3].kind == MRL_METHOD_HALIDE);
  CHECK(!strcmp(mrl_method_kind_name(MRL_METHOD_HALIDE), "halide"));
  mrl_methods_free(&l);
}

static char *record_line(const char *method, const char *id, bool candidate) {
  struct mrl_method_list l = {0};
  CHECK(mrl_methods_add(&l, method, 0, NULL) == MRL_OK);
  struct mrl_record r;
  fill(&r, id, candidate);
  struct mrl_eval_info e;
  mrl_eval_info_init(&e, "run-1", &l.m[0]);
  char *json = NULL;
  CHECK(mrl_eval_record_json(&r, &e, &json, NULL) == MRL_OK);
  mrl_methods_free(&l);
  char *line = malloc(strlen(json) + 2);
  sprintf(line, "%s\n", json);
  free(json);
  return line;
}

static void test_log(void) {
  char path[1024];
  snprintf(path, sizeof path, "%s/eval_log.jsonl", scratch_dir);
  unlink(path);
  struct mrl_eval_log log;
  struct mrl_err e;
  CHECK(mrl_eval_log_load(path, &log, &e) == MRL_OK && log.ndone == 0); /* no file: nothing done */
  mrl_eval_log_free(&log);

  char *a = record_line("default", "b1", false), *b = record_line("random:8", "b1", true);
  spill(path, a, "wb");
  spill(path, b, "ab");
  spill(path, "{\"schema_version\":2,\"benchm", "ab"); /* killed while writing */
  CHECK(mrl_eval_log_load(path, &log, &e) == MRL_OK);
  CHECK(log.ndone == 2);
  CHECK(mrl_eval_log_done(&log, "default", "b1") && mrl_eval_log_done(&log, "random:8", "b1"));
  CHECK(!mrl_eval_log_done(&log, "random:8", "b2") && !mrl_eval_log_done(&log, "random:1", "b1"));
  CHECK(!strcmp(log.run_id, "run-1") && log.not_ok == 0);
  const struct mrl_eval_default *d = mrl_eval_log_default(&log, "b1");
  CHECK(d && d->n == 3 && d->sample_ns[2] == base_ns[2] && d->iters == 1);
  CHECK(!mrl_eval_log_default(&log, "b2"));
  mrl_eval_log_free(&log);
  struct stat st;
  CHECK(stat(path, &st) == 0 && (size_t)st.st_size == strlen(a) + strlen(b)); /* the cut line is gone */

  spill(path, "not json\n", "ab");
  spill(path, b, "ab");
  e.msg[0] = '\0';
  CHECK(mrl_eval_log_load(path, &log, &e) == MRL_EINVAL);
  CHECK(strstr(e.msg, "eval_log.jsonl:3") != NULL);
  mrl_eval_log_free(&log);
  free(a);
  free(b);
  unlink(path);
}

int main(int argc, char **argv) {
  if (argc > 1) golden_dir = argv[1];
  if (argc > 2) scratch_dir = argv[2];
  test_golden();
  test_methods();
  test_log();
  return CHECK_DONE();
}
