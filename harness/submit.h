/* Leaderboard submissions (leaderboard/README.md is the submitters' description): a folder with
 *   records.jsonl  records of `mlirrl eval` (eval_record.h) of one method, one per benchmark
 *   agent.json     who made them: name, version, method, division, training, limits, command
 *   system.json    where they were made: machine, LLVM version, mlirrl revision, suite versions
 * and, after `mlirrl submit check`, verdicts.json. This module reads and validates a folder
 * (a schema error is one line naming the file, the line and the field) and writes the two
 * descriptions for `mlirrl submit make`. Replaying and judging the records is cmd_submit.c's.
 *
 * Reading keeps two kinds of trouble apart: a folder that does not follow the format fails the
 * load (MRL_ECONFIG); a well-formed record that cannot be believed (its schedule changed after
 * it was hashed, an ok record without a schedule) loads with its `problem` said, so that the
 * check rejects that benchmark with the reason and still judges the others.
 *
 * Ownership: mrl_submission_load fills a caller-owned struct and allocates its records (and
 * their schedule texts); mrl_submission_free releases them, also after a failed load and on a
 * struct zeroed with memset. */
#ifndef MRL_SUBMIT_H
#define MRL_SUBMIT_H

#include <stdbool.h>
#include <stdint.h>

#include "outcome.h"
#include "sha256.h"
#include "stats.h"
#include "status.h"

#define MRL_SUBMISSION_SCHEMA 1

enum {
  MRL_SUB_MAX_SUITES = 16,
  MRL_SUB_MAX_TRAIN_SUITES = 8,
  MRL_SUB_MAX_ENV_OPTIONS = 32,
  /* The closed division's search budget: the shipped searches' (random:64, search:64). */
  MRL_SUB_CLOSED_MEASUREMENTS = 64
};

struct mrl_sub_suite {
  char name[128];
  char version[64];
};

struct mrl_sub_record {
  int line; /* in records.jsonl, from 1 */
  char id[256];
  char sha256[MRL_SHA256_HEX_LEN]; /* of the benchmark file, as claimed */
  char suite[128];                 /* eval.suite */
  char *schedule;                  /* transform.text of a schedule, NULL when the record has none */
  enum mrl_outcome outcome;        /* as claimed */
  bool has_speedup;
  struct mrl_speedup speedup; /* as claimed */
  double baseline_ns;         /* the default pipeline's median time per call, NaN when absent */
  int measurements;           /* eval.measurements, -1 when null */
  bool has_seed;
  uint64_t seed;
  int threads;       /* context.threads, 0 when unknown */
  char problem[512]; /* why this record cannot be believed as it stands, "" when nothing is known */
};

struct mrl_submission {
  char dir[4096];
  /* agent.json */
  char name[65], version[65], method[600];
  bool closed;
  char training[1024];
  char train_suites[MRL_SUB_MAX_TRAIN_SUITES][128];
  int ntrain_suites;
  int limit_measurements;                         /* -1: none stated */
  char command[1024];                             /* "" when the agent is not included */
  char env_options[MRL_SUB_MAX_ENV_OPTIONS][256]; /* open division: action-space options of eval */
  int nenv_options;
  /* system.json */
  char cpu_model[128];
  int cores, threads;
  char hostname[256];
  char llvm_version[32], mlirrl_version[32], git_rev[48];
  char run_id[64];
  struct mrl_sub_suite suites[MRL_SUB_MAX_SUITES];
  int nsuites;
  /* records.jsonl */
  struct mrl_sub_record *rec;
  int n;
};

/* The files of a submission, in the order verdicts.json lists their hashes. */
extern const char *const mrl_submission_files[3];

/* Reads and validates DIR. MRL_ECONFIG (one line, naming file and field) when the folder does
 * not follow the format, MRL_EIO when a file cannot be read. */
enum mrl_status mrl_submission_load(const char *dir, struct mrl_submission *s, struct mrl_err *err);
void mrl_submission_free(struct mrl_submission *s);

/* The version system.json names for a suite, NULL when it names none. */
const char *mrl_submission_suite_version(const struct mrl_submission *s, const char *suite);

/* Writes DIR/agent.json and DIR/system.json from s (records are copied by the caller). */
enum mrl_status mrl_submission_write_meta(const struct mrl_submission *s, const char *dir,
                                          struct mrl_err *err);

/* `mlirrl submit check ARGS` (submit_check.c); returns the exit status. */
int mrl_submit_check(int argc, char **argv);

#endif
