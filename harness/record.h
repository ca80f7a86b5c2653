/* The result record of one `mlirrl run`, and its two writers: JSON Lines (the full record) and
 * CSV (a fixed, flat selection of columns). Both formats are contracts guarded by golden files
 * (tests/golden/record.{json,csv}); change them only together with MRL_RECORD_SCHEMA_VERSION.
 *
 * Absent values: a double field that is NaN is absent (JSON null, empty CSV cell), and so is
 * an empty string; the other optional parts carry a flag (present, checked, has_speedup,
 * has_seed) or a count (counters n == 0). mrl_record_init makes everything absent.
 *
 * Ownership: a struct mrl_record owns nothing on the heap. Strings are fixed arrays copied in;
 * the two variable-length inputs, transform.text and the timings' sample_ns arrays, are
 * borrowed pointers that must stay valid until the record has been written. No free function
 * is needed. Strings returned by mrl_record_to_json_string belong to the caller (free()). */
#ifndef MRL_RECORD_H
#define MRL_RECORD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "counters.h"
#include "outcome.h"
#include "sha256.h"
#include "stats.h"
#include "status.h"
#include "verify.h"

/* 3: object_sha256 (the compiled machine code's hash) added after compile_ms. */
#define MRL_RECORD_SCHEMA_VERSION 3

enum {
  MRL_RECORD_ID_MAX = 256,
  MRL_RECORD_PATH_MAX = 4096,
  MRL_RECORD_ERROR_MAX = 1024,
  MRL_RECORD_NOTE_MAX = 160
};

enum mrl_transform_kind {
  MRL_TRANSFORM_KIND_NONE,     /* default pipeline only */
  MRL_TRANSFORM_KIND_SCRIPT,   /* a transform-dialect script */
  MRL_TRANSFORM_KIND_SCHEDULE, /* schedule text such as "I(1,0,2)TP(8,8,0)V|NT" */
  MRL_TRANSFORM_KIND_COUNT
};

struct mrl_record_benchmark {
  char id[MRL_RECORD_ID_MAX];
  char path[MRL_RECORD_PATH_MAX];
  char sha256[MRL_SHA256_HEX_LEN]; /* of the file's content */
};

struct mrl_record_transform {
  enum mrl_transform_kind kind;
  const char *text;                /* borrowed; schedule or script text, NULL when given by path */
  char path[MRL_RECORD_PATH_MAX];  /* script file, empty when given as text */
  char sha256[MRL_SHA256_HEX_LEN]; /* of the text, or of the file's content */
};

struct mrl_record_timing {
  bool present; /* false: this version was not timed (JSON null) */
  double median_ns, min_ns, max_ns, mad_ns, cv;
  size_t samples;           /* number of samples */
  int64_t inner_iterations; /* calls per sample */
  const double *sample_ns;  /* borrowed, `samples` long: time per call of each sample */
};

/* Milliseconds per compile stage; NaN or negative: the stage did not run (worker.h reports
 * stages that did not run as negative, so its values can be copied as they are). */
struct mrl_record_compile {
  double parse_ms, transform_ms, lower_ms, jit_ms;
  /* SHA-256 of the machine code the JIT produced (empty: unknown): the same hash on two runs
   * means the same code ran, so a difference in time between them is the machine's. */
  char object_sha256[MRL_SHA256_HEX_LEN];
};

/* The output check (verify.h): the criterion that decided ("relative", "magnitude" or
 * "normwise"), the path length its tolerance grew with, the largest errors, and max_ratio, the
 * largest error over its element's tolerance (above 1 fails; how close a pass came). */
struct mrl_record_verification {
  bool checked;
  char criterion[16];
  double path_len;
  double max_abs_err, max_rel_err, max_ratio;
  size_t mismatches;
  char note[MRL_RECORD_NOTE_MAX]; /* why a weaker criterion decided, when one did */
};

/* How the numbers were obtained (profile.h): the profile, whether the default pipeline was
 * timed alternately with the candidate or reused from an earlier measurement of this run (and
 * when it was timed), how many attempts a transient failure took, and whether the result came
 * from the measurement cache (then time_utc is when it was measured). */
struct mrl_record_measurement {
  char profile[16];                /* "eval", "train"; empty: not measured */
  bool interleaved;
  bool baseline_reused;
  char baseline_timed_utc[32];     /* empty when the baseline was not timed */
  double baseline_age_s;           /* NaN when the baseline was not timed */
  int attempts;                    /* 0: nothing ran */
  char retry_reason[256];          /* the transient failure that was retried, or empty */
  bool cached;
};

struct mrl_record_context {
  char cpu_model[128];
  int cores, threads;    /* 0: unknown */
  char llvm_version[32]; /* e.g. "19.1.7" */
  char mlirrl_version[32];
  char git_rev[48];
  char hostname[256];
  char time_utc[32]; /* ISO 8601, e.g. "2025-11-25T09:30:00Z" */
  bool has_seed;
  uint64_t seed; /* at most INT64_MAX, so that JSON readers read it exactly */
};

struct mrl_record {
  struct mrl_record_benchmark benchmark;
  struct mrl_record_transform transform;
  enum mrl_outcome outcome;
  char error[MRL_RECORD_ERROR_MAX]; /* empty (null) when ok */
  struct mrl_record_measurement measurement;
  struct mrl_record_timing baseline, candidate;
  /* Written only when outcome is ok: a wrong or failed run never reports a speedup. */
  bool has_speedup;
  struct mrl_speedup speedup;
  struct mrl_record_verification verification;
  /* From counters.h; n == 0 means not counted (null). Their own `note` is not written: the
   * record has one note for both, counters_note. */
  struct mrl_counter_set baseline_counters, candidate_counters;
  char counters_note[MRL_RECORD_NOTE_MAX];
  struct mrl_record_compile baseline_compile, candidate_compile;
  double overhead_ms; /* wall time of the whole run minus timed kernel time */
  struct mrl_record_context context;
};

/* Makes every optional field absent; outcome ok, transform kind none. */
void mrl_record_init(struct mrl_record *r);

const char *mrl_transform_kind_name(enum mrl_transform_kind k);

/* Copies id and path and hashes the file at path. */
enum mrl_status mrl_record_set_benchmark(struct mrl_record *r, const char *id, const char *path,
                                         struct mrl_err *err);
/* Transform given as text (borrowed, hashed as is); kind none clears the transform. */
enum mrl_status mrl_record_set_transform_text(struct mrl_record *r, enum mrl_transform_kind kind,
                                              const char *text, struct mrl_err *err);
/* Transform given as a file: copies the path and hashes the file's content. */
enum mrl_status mrl_record_set_transform_file(struct mrl_record *r, enum mrl_transform_kind kind,
                                              const char *path, struct mrl_err *err);
/* Sets the outcome and its error text (NULL or "" for none; truncated to fit). */
void mrl_record_set_outcome(struct mrl_record *r, enum mrl_outcome o, const char *error);
/* Summarizes sample_ns (borrowed, see above) into t and marks it present. */
enum mrl_status mrl_record_set_timing(struct mrl_record_timing *t, const double *sample_ns,
                                      size_t n, int64_t inner_iterations, struct mrl_err *err);
/* Folds one output's check into the record: errors and ratios take the maximum, mismatches
 * add up, the weakest criterion used is the one named. Call once per output buffer. */
void mrl_record_add_verification(struct mrl_record *r, const struct mrl_verify_result *v);
/* Now as ISO 8601 UTC ("2025-11-25T09:30:00Z"), the form of every time in a record. */
enum mrl_status mrl_record_utc_now(char *buf, size_t n, struct mrl_err *err);
/* Fills cpu_model, cores, hostname and time_utc (now) from this machine; the other context
 * fields are the caller's. Fails only when the clock cannot be read. */
enum mrl_status mrl_record_fill_host(struct mrl_record_context *c, struct mrl_err *err);

/* JSON: one object, keys in a fixed order, reals with 15 significant digits (every decimal of
 * up to 15 digits reads back as written; no measurement carries more). */
enum mrl_status mrl_record_to_json_string(const struct mrl_record *r, char **out,
                                          struct mrl_err *err);
/* Writes the JSON object and a newline: one line of a JSON Lines file. */
enum mrl_status mrl_record_write_json(const struct mrl_record *r, FILE *f, struct mrl_err *err);

/* CSV: the fixed columns of mrl_record_csv_header(); strings quoted by libcsv, numbers bare,
 * absent values as empty cells, counters of the candidate in one "name=value;..." cell with
 * "na" for an unavailable event. */
const char *mrl_record_csv_header(void); /* the header line, with its newline */
enum mrl_status mrl_record_write_csv_header(FILE *f, struct mrl_err *err);
enum mrl_status mrl_record_write_csv_row(const struct mrl_record *r, FILE *f, struct mrl_err *err);

/* Append one record to a file, creating it if needed. The whole line (and, for CSV, the header
 * when the file is empty) goes out in one write under an fcntl lock, so concurrent runs do not
 * interleave. A non-empty CSV file with a different header is refused (MRL_EINVAL) rather
 * than mixed with another schema. */
enum mrl_status mrl_record_append_json(const char *path, const struct mrl_record *r,
                                       struct mrl_err *err);
enum mrl_status mrl_record_append_csv(const char *path, const struct mrl_record *r,
                                      struct mrl_err *err);
/* Appends a record already serialized by mrl_record_to_json_string (one line, no newline),
 * e.g. one read back from a cache, under the same lock. */
enum mrl_status mrl_record_append_json_line(const char *path, const char *json, struct mrl_err *err);

#endif
