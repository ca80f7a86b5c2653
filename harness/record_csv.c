/* The CSV writer: a fixed, flat selection of the record. Strings go through libcsv's
 * csv_fwrite (always quoted, quotes doubled); numbers are written bare with the same 15
 * significant digits as the JSON writer; absent values are empty, unquoted cells, so that an
 * absent string and an empty one stay distinguishable. */
#define _POSIX_C_SOURCE 200809L /* open_memstream */

#include "record_priv.h"

#include <csv.h>
#include <inttypes.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

static const char csv_header[] =
    "schema_version,benchmark_id,benchmark_sha256,transform_kind,transform,outcome,error,"
    "profile,baseline_reused,attempts,cached,"
    "baseline_median_ns,baseline_mad_ns,candidate_median_ns,candidate_mad_ns,"
    "speedup,speedup_ci_lo,speedup_ci_hi,check_criterion,max_rel_err,check_max_ratio,"
    "candidate_parse_ms,candidate_transform_ms,candidate_lower_ms,candidate_jit_ms,"
    "overhead_ms,threads,llvm_version,mlirrl_version,git_rev,time_utc,counters\n";

const char *mrl_record_csv_header(void) { return csv_header; }

/* Cells of one row; stdio errors are sticky, so they are checked once at the end. */
struct row {
  FILE *f;
  bool first;
};

static void separate(struct row *w) {
  if (!w->first) fputc(',', w->f);
  w->first = false;
}

static void cell_str(struct row *w, const char *s) {
  separate(w);
  if (s && *s) csv_fwrite(w->f, s, strlen(s));
}

static void cell_real(struct row *w, double x) {
  separate(w);
  if (isfinite(x)) fprintf(w->f, "%.15g", x);
}

static void cell_ms(struct row *w, double x) { cell_real(w, x >= 0 ? x : NAN); }

static void cell_int(struct row *w, long long v, bool present) {
  separate(w);
  if (present) fprintf(w->f, "%lld", v);
}

/* "name=value;name=na": one cell, so that the column set does not depend on which events a
 * machine happens to have. */
static void cell_counters(struct row *w, const struct mrl_counter_set *s) {
  char buf[MRL_MAX_COUNTERS * (MRL_COUNTER_NAME + 32)];
  size_t used = 0;
  buf[0] = '\0';
  for (int i = 0; i < s->n && used < sizeof buf; i++) {
    const struct mrl_counter *c = &s->c[i];
    const char *sep = i ? ";" : "";
    int k = c->available && isfinite(c->per_call)
                ? snprintf(buf + used, sizeof buf - used, "%s%s=%.15g", sep, c->name, c->per_call)
                : snprintf(buf + used, sizeof buf - used, "%s%s=na", sep, c->name);
    used += k > 0 ? (size_t)k : 0;
  }
  cell_str(w, buf);
}

static const char *transform_cell(const struct mrl_record_transform *t) {
  if (t->kind == MRL_TRANSFORM_KIND_NONE) return NULL;
  return t->text ? t->text : t->path;
}

static void write_row(struct row *w, const struct mrl_record *r) {
  bool sp = mrl_record_speedup_shown(r);
  const struct mrl_record_verification *v = &r->verification;
  cell_int(w, MRL_RECORD_SCHEMA_VERSION, true);
  cell_str(w, r->benchmark.id);
  cell_str(w, r->benchmark.sha256);
  cell_str(w, mrl_transform_kind_name(r->transform.kind));
  cell_str(w, transform_cell(&r->transform));
  cell_str(w, mrl_outcome_name(r->outcome));
  cell_str(w, r->error);
  const struct mrl_record_measurement *m = &r->measurement;
  cell_str(w, m->profile);
  cell_int(w, m->baseline_reused, m->profile[0] != '\0');
  cell_int(w, m->attempts, m->profile[0] != '\0');
  cell_int(w, m->cached, m->profile[0] != '\0');
  cell_real(w, r->baseline.present ? r->baseline.median_ns : NAN);
  cell_real(w, r->baseline.present ? r->baseline.mad_ns : NAN);
  cell_real(w, r->candidate.present ? r->candidate.median_ns : NAN);
  cell_real(w, r->candidate.present ? r->candidate.mad_ns : NAN);
  cell_real(w, sp ? r->speedup.point : NAN);
  cell_real(w, sp ? r->speedup.lo : NAN);
  cell_real(w, sp ? r->speedup.hi : NAN);
  cell_str(w, v->checked ? v->criterion : NULL);
  cell_real(w, v->checked ? v->max_rel_err : NAN);
  cell_real(w, v->checked ? v->max_ratio : NAN);
  cell_ms(w, r->candidate_compile.parse_ms);
  cell_ms(w, r->candidate_compile.transform_ms);
  cell_ms(w, r->candidate_compile.lower_ms);
  cell_ms(w, r->candidate_compile.jit_ms);
  cell_real(w, r->overhead_ms);
  cell_int(w, r->context.threads, r->context.threads > 0);
  cell_str(w, r->context.llvm_version);
  cell_str(w, r->context.mlirrl_version);
  cell_str(w, r->context.git_rev);
  cell_str(w, r->context.time_utc);
  cell_counters(w, &r->candidate_counters);
  fputc('\n', w->f);
}

enum mrl_status mrl_record_write_csv_header(FILE *f, struct mrl_err *err) {
  if (fputs(csv_header, f) == EOF) return mrl_fail(err, MRL_EIO, "cannot write the CSV header");
  return MRL_OK;
}

enum mrl_status mrl_record_write_csv_row(const struct mrl_record *r, FILE *f, struct mrl_err *err) {
  enum mrl_status st = mrl_record_check(r, err);
  if (st != MRL_OK) return st;
  struct row w = {f, true};
  write_row(&w, r);
  if (ferror(f)) return mrl_fail(err, MRL_EIO, "cannot write the CSV row");
  return MRL_OK;
}

enum mrl_status mrl_record_append_csv(const char *path, const struct mrl_record *r,
                                      struct mrl_err *err) {
  char *text = NULL;
  size_t len = 0;
  FILE *mem = open_memstream(&text, &len);
  if (!mem) return mrl_fail(err, MRL_ENOMEM, "out of memory");
  enum mrl_status st = mrl_record_write_csv_row(r, mem, err);
  if (fclose(mem) != 0 && st == MRL_OK) st = mrl_fail(err, MRL_ENOMEM, "out of memory");
  if (st == MRL_OK) st = mrl_record_append_locked(path, csv_header, text, len, err);
  free(text);
  return st;
}
