/* The record writers: golden files for an ok and a crashed record (byte for byte; set
 * MLIRRL_UPDATE_GOLDEN=1 to rewrite them), the JSON structure read back with Jansson, the
 * append helpers, and the setters.
 *
 * Usage: test_record [golden_dir [scratch_dir]] */
#define _POSIX_C_SOURCE 200809L /* open_memstream, unlink */

#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "record.h"

#ifndef MRL_GOLDEN_DIR
#define MRL_GOLDEN_DIR "tests/golden"
#endif

static const char *golden_dir = MRL_GOLDEN_DIR;
static const char *scratch_dir = "/tmp";

static const double base_ns[] = {18500000.5, 18423000, 18610000, 18700000, 18390000};
static const double cand_ns[] = {150000.25, 151200, 149800, 152000, 150500};
static const char schedule[] = "I(1,0,2)TP(8,8,0)V|NT";

static void add_counter(struct mrl_counter_set *s, const char *name, double v, const char *why) {
  struct mrl_counter *c = &s->c[s->n++];
  snprintf(c->name, sizeof c->name, "%s", name);
  c->available = why == NULL;
  c->per_call = v;
  snprintf(c->reason, sizeof c->reason, "%s", why ? why : "");
}

static void fill_context(struct mrl_record_context *c) {
  snprintf(c->cpu_model, sizeof c->cpu_model, "AMD EPYC 9R14 96-Core Processor");
  c->cores = 2;
  snprintf(c->llvm_version, sizeof c->llvm_version, "19.1.7");
  snprintf(c->mlirrl_version, sizeof c->mlirrl_version, "0.1.0");
  snprintf(c->git_rev, sizeof c->git_rev, "0123456789ab");
  snprintf(c->hostname, sizeof c->hostname, "bench-host");
  snprintf(c->time_utc, sizeof c->time_utc, "2025-11-25T09:30:00Z");
}

static void fill_ok(struct mrl_record *r) {
  mrl_record_init(r);
  snprintf(r->benchmark.id, sizeof r->benchmark.id, "matmul_256x256x256_f32");
  snprintf(r->benchmark.path, sizeof r->benchmark.path, "suites/ops/matmul_256x256x256_f32.mlir");
  mrl_sha256_hex_of_buffer("benchmark", 9, r->benchmark.sha256);
  CHECK(mrl_record_set_transform_text(r, MRL_TRANSFORM_KIND_SCHEDULE, schedule, NULL) == MRL_OK);
  CHECK(mrl_record_set_timing(&r->baseline, base_ns, 5, 1, NULL) == MRL_OK);
  CHECK(mrl_record_set_timing(&r->candidate, cand_ns, 5, 64, NULL) == MRL_OK);
  r->has_speedup = true;
  r->speedup = (struct mrl_speedup){123.25, 120.5, 125.75, 0.95, 2000};
  struct mrl_verify_result v = {.pass = true,
                                .mode = MRL_VERIFY_RELATIVE,
                                .path_len = 16,
                                .max_abs_err = 1.52587890625e-05,
                                .max_rel_err = 3.0517578125e-06,
                                .max_ratio = 0.125};
  mrl_record_add_verification(r, &v);
  struct mrl_record_measurement *m = &r->measurement;
  snprintf(m->profile, sizeof m->profile, "train");
  m->baseline_reused = true;
  snprintf(m->baseline_timed_utc, sizeof m->baseline_timed_utc, "2025-11-25T09:29:30Z");
  m->baseline_age_s = 30.5;
  m->attempts = 2;
  snprintf(m->retry_reason, sizeof m->retry_reason, "timed_out: worker exceeded the 60 s limit during run");
  add_counter(&r->baseline_counters, "perf::TASK-CLOCK", 18500000, NULL);
  add_counter(&r->baseline_counters, "PAPI_TOT_CYC", 0, "no hardware PMU");
  add_counter(&r->candidate_counters, "perf::TASK-CLOCK", 150000, NULL);
  add_counter(&r->candidate_counters, "perf::PAGE-FAULTS", 0.015625, NULL);
  add_counter(&r->candidate_counters, "PAPI_TOT_CYC", 0, "no hardware PMU");
  snprintf(r->counters_note, sizeof r->counters_note, "no hardware PMU: only software events");
  r->baseline_compile = (struct mrl_record_compile){12.5, -1, 30.25, 80, ""};
  r->candidate_compile = (struct mrl_record_compile){12.5, 40.75, 35, 120.125, ""};
  snprintf(r->candidate_compile.object_sha256, sizeof r->candidate_compile.object_sha256, "%064d", 7);
  r->overhead_ms = 512.5;
  fill_context(&r->context);
  r->context.threads = 2;
  r->context.has_seed = true;
  r->context.seed = 42;
}

/* Absent fields must come out as null / empty; the speedup is set on purpose and must still be
 * suppressed because the run crashed. */
static void fill_crashed(struct mrl_record *r) {
  mrl_record_init(r);
  snprintf(r->benchmark.id, sizeof r->benchmark.id, "conv2d_n8_c64_56x56_f256");
  snprintf(r->benchmark.path, sizeof r->benchmark.path, "suites/ops/conv2d, \"quick\".mlir");
  mrl_sha256_hex_of_buffer("other", 5, r->benchmark.sha256);
  r->transform.kind = MRL_TRANSFORM_KIND_SCRIPT;
  snprintf(r->transform.path, sizeof r->transform.path, "scripts/t.mlir");
  mrl_sha256_hex_of_buffer("script", 6, r->transform.sha256);
  mrl_record_set_outcome(r, MRL_OUTCOME_CRASHED,
                         "worker killed by signal 11 (SIGSEGV) in \"jit\", after 1.5 µs\n"
                         "second line");
  CHECK(mrl_record_set_timing(&r->baseline, base_ns, 5, 1, NULL) == MRL_OK);
  r->baseline.sample_ns = NULL; /* samples not kept */
  r->has_speedup = true;
  r->speedup = (struct mrl_speedup){2, 1, 3, 0.95, 10};
  add_counter(&r->baseline_counters, "perf::TASK-CLOCK", 18500000, NULL);
  r->candidate_compile = (struct mrl_record_compile){10, 20, -1, NAN, ""};
  fill_context(&r->context);
}

/* The text the writers produce for the two records: JSON Lines, or CSV with its header. */
static char *render(bool csv) {
  struct mrl_record ok, crashed;
  fill_ok(&ok);
  fill_crashed(&crashed);
  char *text = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&text, &len);
  struct mrl_err err;
  if (csv) {
    CHECK(mrl_record_write_csv_header(f, &err) == MRL_OK);
    CHECK(mrl_record_write_csv_row(&ok, f, &err) == MRL_OK);
    CHECK(mrl_record_write_csv_row(&crashed, f, &err) == MRL_OK);
  } else {
    CHECK(mrl_record_write_json(&ok, f, &err) == MRL_OK);
    CHECK(mrl_record_write_json(&crashed, f, &err) == MRL_OK);
  }
  fclose(f);
  return text;
}

static char *slurp(const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  char *text = NULL;
  size_t cap = 0, len = 0, got;
  do {
    if (len + 4096 + 1 > cap) {
      cap = 2 * cap + 4096 + 1;
      char *grown = realloc(text, cap);
      if (!grown) break;
      text = grown;
    }
    got = fread(text + len, 1, cap - len - 1, f);
    len += got;
  } while (got > 0);
  fclose(f);
  if (text) text[len] = '\0';
  return text;
}

static void spill(const char *path, const char *text) {
  FILE *f = fopen(path, "wb");
  CHECK(f != NULL);
  if (!f) return;
  fputs(text, f);
  CHECK(fclose(f) == 0);
}

static void check_golden(const char *name, bool csv) {
  char path[1024];
  snprintf(path, sizeof path, "%s/%s", golden_dir, name);
  char *have = render(csv);
  const char *update = getenv("MLIRRL_UPDATE_GOLDEN");
  if (update && strcmp(update, "1") == 0) {
    spill(path, have);
    printf("rewrote %s\n", path);
  } else {
    char *want = slurp(path);
    if (!want) fprintf(stderr, "cannot read %s (MLIRRL_UPDATE_GOLDEN=1 creates it)\n", path);
    bool same = want && strcmp(want, have) == 0;
    if (!same) fprintf(stderr, "%s differs; the writer produced:\n%s", path, have);
    CHECK(same);
    free(want);
  }
  free(have);
}

static void check_keys(json_t *obj, const char *const *keys, size_t n) {
  size_t i = 0;
  const char *key;
  json_t *v;
  json_object_foreach(obj, key, v) {
    (void)v;
    CHECK(i < n && strcmp(key, keys[i]) == 0);
    i++;
  }
  CHECK(i == n);
}

static json_t *parse_record(const struct mrl_record *r) {
  char *text = NULL;
  CHECK(mrl_record_to_json_string(r, &text, NULL) == MRL_OK);
  CHECK(text && strchr(text, '\n') == NULL); /* one line */
  json_error_t je;
  json_t *root = text ? json_loads(text, 0, &je) : NULL;
  CHECK(root != NULL);
  free(text);
  return root;
}

static void test_json_structure(void) {
  static const char *const top[] = {"schema_version", "benchmark",    "transform",     "outcome",
                                    "error",          "measurement",  "timing",        "speedup",
                                    "verification",   "counters",     "counters_note", "compile_ms",
                                    "object_sha256",  "overhead_ms",  "context"};
  struct mrl_record r;
  fill_ok(&r);
  json_t *root = parse_record(&r);
  if (!root) return;
  check_keys(root, top, sizeof top / sizeof top[0]);
  CHECK(json_integer_value(json_object_get(root, "schema_version")) == MRL_RECORD_SCHEMA_VERSION);
  CHECK(json_is_null(json_object_get(root, "error")));
  json_t *object = json_object_get(root, "object_sha256");
  CHECK(json_is_null(json_object_get(object, "baseline")));
  CHECK(json_string_length(json_object_get(object, "candidate")) == 64);
  json_t *cand = json_object_get(json_object_get(root, "timing"), "candidate");
  CHECK(json_real_value(json_object_get(cand, "median_ns")) == 150500);
  CHECK(json_integer_value(json_object_get(cand, "inner_iterations")) == 64);
  CHECK(json_array_size(json_object_get(cand, "sample_ns")) == 5);
  json_t *cycles =
      json_array_get(json_object_get(json_object_get(root, "counters"), "candidate"), 2);
  CHECK(json_is_null(json_object_get(cycles, "value")));
  CHECK(strcmp(json_string_value(json_object_get(cycles, "reason")), "no hardware PMU") == 0);
  CHECK(json_is_null(json_object_get(
      json_object_get(json_object_get(root, "compile_ms"), "baseline"), "transform")));
  json_decref(root);

  fill_crashed(&r);
  root = parse_record(&r);
  if (!root) return;
  CHECK(json_is_null(json_object_get(root, "speedup")));
  CHECK(json_is_null(json_object_get(json_object_get(root, "timing"), "candidate")));
  CHECK(json_is_false(json_object_get(json_object_get(root, "verification"), "checked")));
  CHECK(json_is_null(json_object_get(json_object_get(root, "context"), "seed")));
  CHECK(json_is_null(json_object_get(root, "measurement"))); /* nothing was measured */
  json_decref(root);
}

/* A freshly initialised record has every optional part absent. */
static void test_init_all_absent(void) {
  struct mrl_record r;
  mrl_record_init(&r);
  json_t *root = parse_record(&r);
  if (!root) return;
  CHECK(json_is_null(json_object_get(json_object_get(root, "benchmark"), "id")));
  CHECK(strcmp(json_string_value(json_object_get(json_object_get(root, "transform"), "kind")),
               "none") == 0);
  CHECK(json_is_null(json_object_get(root, "overhead_ms")));
  CHECK(json_is_null(json_object_get(json_object_get(root, "counters"), "baseline")));
  json_t *stages = json_object_get(json_object_get(root, "compile_ms"), "candidate");
  CHECK(json_is_null(json_object_get(stages, "parse")) &&
        json_is_null(json_object_get(stages, "jit")));
  json_decref(root);
}

/* The JSON error field after writing `error`: invalid UTF-8 becomes U+FFFD byte by byte. */
static void check_sanitized(struct mrl_record *r, const char *error, const char *want) {
  mrl_record_set_outcome(r, MRL_OUTCOME_COMPILE_FAILED, error);
  json_t *root = parse_record(r);
  const char *have = root ? json_string_value(json_object_get(root, "error")) : NULL;
  CHECK(have && strcmp(have, want) == 0);
  json_decref(root);
}

#define FFFD "\xef\xbf\xbd"

static void test_invalid_utf8_and_checks(void) {
  struct mrl_record r;
  fill_ok(&r);
  check_sanitized(&r, "bad byte \xff here \xc0\x80 end",
                  "bad byte " FFFD " here " FFFD FFFD " end");
  check_sanitized(&r, "clef \xf0\x9d\x84\x9e, euro \xe2\x82\xac",
                  "clef \xf0\x9d\x84\x9e, euro \xe2\x82\xac");
  check_sanitized(&r, "surrogate \xed\xa0\x80!", "surrogate " FFFD FFFD FFFD "!");
  check_sanitized(&r, "overlong \xe0\x80\xaf!", "overlong " FFFD FFFD FFFD "!");
  check_sanitized(&r, "cut \xe2\x82", "cut " FFFD FFFD);
  struct mrl_err err;
  char *text = NULL;
  r.context.seed = (uint64_t)INT64_MAX + 1;
  CHECK(mrl_record_to_json_string(&r, &text, &err) == MRL_EINVAL && text == NULL);
  r.context.seed = 1;
  r.outcome = MRL_OUTCOME_COUNT;
  CHECK(mrl_record_write_csv_row(&r, stdout, &err) == MRL_EINVAL);
  r.outcome = MRL_OUTCOME_OK;
  r.candidate_counters.n = MRL_MAX_COUNTERS + 1;
  CHECK(mrl_record_to_json_string(&r, &text, &err) == MRL_EINVAL);
}

static int count_lines(const char *s) {
  int n = 0;
  for (; s && *s; s++) n += *s == '\n';
  return n;
}

static void test_append(void) {
  char csv[1024], jsonl[1024];
  snprintf(csv, sizeof csv, "%s/test_record_append.csv", scratch_dir);
  snprintf(jsonl, sizeof jsonl, "%s/test_record_append.jsonl", scratch_dir);
  unlink(csv);
  unlink(jsonl);
  struct mrl_record r;
  struct mrl_err err;
  fill_ok(&r);
  CHECK(mrl_record_append_csv(csv, &r, &err) == MRL_OK);
  CHECK(mrl_record_append_csv(csv, &r, &err) == MRL_OK);
  char *text = slurp(csv);
  CHECK(text && strncmp(text, mrl_record_csv_header(), strlen(mrl_record_csv_header())) == 0);
  CHECK(count_lines(text) == 3); /* the header once */
  free(text);

  spill(csv, "some,other,header\n1,2,3\n");
  CHECK(mrl_record_append_csv(csv, &r, &err) == MRL_EINVAL);
  CHECK(strstr(err.msg, "different CSV header") != NULL);

  CHECK(mrl_record_append_json(jsonl, &r, &err) == MRL_OK);
  CHECK(mrl_record_append_json(jsonl, &r, &err) == MRL_OK);
  text = slurp(jsonl);
  CHECK(count_lines(text) == 2);
  json_error_t je;
  char *second = text ? strchr(text, '\n') + 1 : NULL;
  json_t *v = second ? json_loads(second, JSON_DISABLE_EOF_CHECK, &je) : NULL;
  CHECK(json_is_object(v));
  json_decref(v);
  free(text);
  unlink(csv);
  unlink(jsonl);

  char bad[1100];
  snprintf(bad, sizeof bad, "%s/no/such/dir/x.csv", scratch_dir);
  CHECK(mrl_record_append_csv(bad, &r, &err) == MRL_EIO);
}

static void test_setters(void) {
  struct mrl_record r;
  struct mrl_err err;
  mrl_record_init(&r);
  char path[1024];
  snprintf(path, sizeof path, "%s/test_record_bench.mlir", scratch_dir);
  spill(path, "abc");
  CHECK(mrl_record_set_benchmark(&r, "b1", path, &err) == MRL_OK);
  CHECK(strcmp(r.benchmark.sha256,
               "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad") == 0);
  CHECK(mrl_record_set_transform_file(&r, MRL_TRANSFORM_KIND_SCRIPT, path, &err) == MRL_OK);
  CHECK(strcmp(r.transform.sha256, r.benchmark.sha256) == 0 && r.transform.text == NULL);
  unlink(path);
  CHECK(mrl_record_set_transform_file(&r, MRL_TRANSFORM_KIND_SCRIPT, path, &err) == MRL_EIO);
  CHECK(r.transform.kind == MRL_TRANSFORM_KIND_NONE);
  CHECK(mrl_record_set_transform_text(&r, MRL_TRANSFORM_KIND_SCHEDULE, "abc", &err) == MRL_OK);
  CHECK(strcmp(r.transform.sha256,
               "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad") == 0);
  static char long_id[MRL_RECORD_ID_MAX + 10];
  memset(long_id, 'x', sizeof long_id - 1);
  CHECK(mrl_record_set_benchmark(&r, long_id, path, &err) == MRL_EINVAL);

  struct mrl_verify_result a = {.mode = MRL_VERIFY_MAGNITUDE, .path_len = 3, .max_abs_err = 1,
                                .max_rel_err = 0.5, .max_ratio = 2, .mismatches = 2};
  struct mrl_verify_result b = {.mode = MRL_VERIFY_RELATIVE, .path_len = 3, .max_abs_err = 3,
                                .max_rel_err = 0.25, .max_ratio = 0.5, .mismatches = 5};
  mrl_record_add_verification(&r, &a);
  mrl_record_add_verification(&r, &b);
  CHECK(r.verification.checked && r.verification.mismatches == 7);
  CHECK(r.verification.max_abs_err == 3 && r.verification.max_rel_err == 0.5);
  CHECK(r.verification.max_ratio == 2 && r.verification.path_len == 3);
  /* The weakest criterion that decided any output names the whole check. */
  CHECK(strcmp(r.verification.criterion, "magnitude") == 0);

  const double nan_sample[] = {NAN};
  CHECK(mrl_record_set_timing(&r.candidate, nan_sample, 1, 1, &err) == MRL_EINVAL);
  CHECK(!r.candidate.present);
}

static void test_fill_host(void) {
  struct mrl_record_context c = {0};
  CHECK(mrl_record_fill_host(&c, NULL) == MRL_OK);
  CHECK(strlen(c.time_utc) == 20 && c.time_utc[10] == 'T' && c.time_utc[19] == 'Z');
  CHECK(c.cores >= 1);
  CHECK(c.hostname[0] != '\0');
}

int main(int argc, char **argv) {
  if (argc > 1) golden_dir = argv[1];
  if (argc > 2) scratch_dir = argv[2];
  check_golden("record.json", false);
  check_golden("record.csv", true);
  test_json_structure();
  test_init_all_absent();
  test_invalid_utf8_and_checks();
  test_append();
  test_setters();
  test_fill_host();
  return CHECK_DONE();
}
