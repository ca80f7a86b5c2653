/* The records of mlirrl eval: a run record (record.h, every field `mlirrl run` writes) with an
 * `eval` block saying which method made it and what its search spent:
 *
 *   "eval": {"run_id", "method", "kind", "budget", "measurements", "cache_hits", "search_wall_s",
 *            "schedule", "curve", "search_outcomes", "detail", "suite"}
 *
 * curve[i] is the best verified speedup (train profile) after i + 1 measurements, null before
 * the first; search_outcomes counts the outcomes of the measurements spent. Absent values are
 * null; the key order is fixed (tests/golden/eval_record.json).
 *
 * The file of a run (OUT/results.jsonl) is also its state: mlirrl eval --resume reads it back
 * (mrl_eval_log_load) to skip what is done and to find each benchmark's default pipeline.
 *
 * Ownership: strings returned by mrl_eval_record_json are the caller's (free()); a log owns
 * its entries (mrl_eval_log_free). */
#ifndef MRL_EVAL_RECORD_H
#define MRL_EVAL_RECORD_H

#include "eval_method.h"
#include "record.h"

struct mrl_eval_info {
  const char *run_id;
  const struct mrl_method *method;
  int measurements, cache_hits; /* -1: not a search */
  double search_wall_s;         /* NaN: not a search */
  const char *schedule;         /* NULL: none */
  const double *curve;          /* NaN entries are null; NULL: none */
  int curve_n;
  const char *const *outcome_names; /* search_outcomes: names and counts, n of them */
  const int *outcome_counts;
  int outcomes_n;
  const char *detail, *suite;
};

void mrl_eval_info_init(struct mrl_eval_info *e, const char *run_id, const struct mrl_method *m);

enum mrl_status mrl_eval_record_json(const struct mrl_record *r, const struct mrl_eval_info *e, char **out,
                                     struct mrl_err *err);

/* What an earlier part of the run wrote. */
struct mrl_eval_default {
  char id[256];
  char time_utc[32];
  double *sample_ns; /* the default pipeline's samples, n of them, iters calls each */
  int n;
  long long iters;
  double median_ns;
};

struct mrl_eval_log {
  char **done; /* "method\tbenchmark id" */
  int ndone;
  struct mrl_eval_default *defaults;
  int ndefaults;
  int not_ok; /* records whose outcome is neither ok nor unavailable */
  char run_id[64];
};

/* Reads OUT/results.jsonl. A last line cut short (the run was killed while writing it) is
 * removed from the file, with a note on stderr; any other line that is not a record of eval
 * fails with its line number. A missing file is an empty log. */
enum mrl_status mrl_eval_log_load(const char *path, struct mrl_eval_log *log, struct mrl_err *err);
int mrl_eval_log_done(const struct mrl_eval_log *log, const char *method, const char *id);
const struct mrl_eval_default *mrl_eval_log_default(const struct mrl_eval_log *log, const char *id);
/* Remembers a record just written (its JSON text). */
enum mrl_status mrl_eval_log_add(struct mrl_eval_log *log, const char *json, struct mrl_err *err);
void mrl_eval_log_free(struct mrl_eval_log *log);

#endif
