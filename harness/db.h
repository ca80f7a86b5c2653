/* The results database: the records of `mlirrl run` and `mlirrl eval` accumulated in one
 * SQLite file, selectable by machine, LLVM version, mlirrl revision, suite, benchmark and its
 * content hash, method and schedule. JSON Lines stay the exchange format: a record goes in as
 * one line of text and comes out as exactly those bytes.
 *
 * Schema (version MRL_DB_SCHEMA_VERSION, in meta.schema_version; a database of any other
 * version is refused, never migrated silently):
 *
 *   meta(key, value)
 *   runs(id, run_id, hostname, cpu_model, cores, llvm_version, mlirrl_version, git_rev)
 *       one row per run on one machine, unique over all its columns but id. run_id is the
 *       record's eval.run_id; a record of `mlirrl run` (no eval block) is a run of its own,
 *       named by its context.time_utc. Unknown strings are '', unknown cores 0.
 *   records(id, run, sha256, schema_version, suite, suite_version, benchmark_id,
 *           benchmark_sha256, method, kind, transform_kind, schedule, transform_sha256,
 *           outcome, speedup, speedup_lo, speedup_hi, baseline_median_ns, candidate_median_ns,
 *           threads, seed, time_utc, text)
 *       one row per distinct record: id is the import order (export follows it), sha256 the
 *       SHA-256 of text, unique, so that importing the same record again adds nothing; text
 *       the record's line as read, without its newline. The other columns are copies of the
 *       record's fields for selection (null when the record has none; suite_version stays
 *       null until records carry it).
 *   record_keys  a view: every record's key columns joined with its run's.
 *
 * Concurrency: the file is in WAL mode and every writer waits (busy timeout) for the others,
 * so two importers or two `mlirrl eval --db` at once both succeed. Every write is one
 * transaction: one record (mrl_db_insert) or one whole file (mrl_db_import_file), so that a
 * failure or a kill in the middle leaves the database as it was before.
 *
 * Built without SQLite (HAVE_SQLITE unset), every function but mrl_db_available and
 * mrl_db_close fails with MRL_EUNSUPPORTED and says so.
 *
 * Ownership: mrl_db_open gives a handle the caller closes with mrl_db_close. Run lists from
 * mrl_db_runs belong to the caller (free()). Nothing else allocates for the caller. */
#ifndef MRL_DB_H
#define MRL_DB_H

#include <stdio.h>

#include "status.h"

#define MRL_DB_SCHEMA_VERSION 1
/* What a build without SQLite says when asked for the database. */
#define MRL_DB_UNAVAILABLE                                                                                   \
  "this build has no results database (built without SQLite: install libsqlite3-dev and build again)"
/* Where `mlirrl db` and `mlirrl eval --db` look when no --db FILE is given. */
#define MRL_DB_DEFAULT_PATH "results.sqlite"

struct mrl_db;

enum mrl_db_mode {
  MRL_DB_CREATE,  /* create the file and the schema when missing (import, eval) */
  MRL_DB_EXISTING /* the file must exist and hold the schema (export, runs) */
};

/* 1 when this build has SQLite. */
int mrl_db_available(void);

/* Opens (or creates) the database at path. Fails without touching the file when it is not an
 * SQLite database, is one of another application, or has another schema version. */
enum mrl_status mrl_db_open(const char *path, enum mrl_db_mode mode, struct mrl_db **out,
                            struct mrl_err *err);
void mrl_db_close(struct mrl_db *db); /* NULL is fine */

/* Reads a JSON Lines file of records and checks every line as an import would, writing
 * nothing: *records is the number of records in it. Blank lines are skipped. */
enum mrl_status mrl_db_check_file(const char *path, long *records, struct mrl_err *err);

struct mrl_db_import_stats {
  long records; /* records read from the file */
  long added;   /* of those, new to the database */
};

/* Imports every record of a JSON Lines file in one transaction: all of them or, on any error
 * (a line that is not a record, a failed write), none. Records already present are skipped. */
enum mrl_status mrl_db_import_file(struct mrl_db *db, const char *path, struct mrl_db_import_stats *st,
                                   struct mrl_err *err);

/* Inserts one record, given as its JSON text (one line, no newline), in its own transaction.
 * *added (may be NULL) is 0 when the record was already there. */
enum mrl_status mrl_db_insert(struct mrl_db *db, const char *json, int *added, struct mrl_err *err);

/* A selection of records; NULL fields select everything. llvm matches the version exactly or
 * as a prefix ending at a dot ("19" matches "19.1.7"). */
/* A selection of records; NULL fields select everything. llvm matches the version or a prefix
 * ending before a dot ("19" selects 19.1.7); rev matches a prefix of the git revision; host is
 * the hostname. */
struct mrl_db_filter {
  const char *run_id, *method, *benchmark, *llvm, *rev, *host;
};

/* Writes the selected records' text, one per line, in import order; *n (may be NULL) counts
 * them. */
enum mrl_status mrl_db_export(struct mrl_db *db, const struct mrl_db_filter *f, FILE *out, long *n,
                              struct mrl_err *err);

/* One run as mrl_db_runs lists it. */
struct mrl_db_run {
  char run_id[64];
  char hostname[256];
  char cpu_model[128];
  int cores;
  char llvm_version[32];
  char mlirrl_version[32];
  char git_rev[48];
  char first_utc[32]; /* the earliest and latest record time ('' when none has one) */
  char last_utc[32];
  long records, benchmarks, methods, not_ok; /* not_ok: outcome neither ok nor unavailable */
};

/* Every run, in the order of its first record's import; *runs is the caller's (free()). */
enum mrl_status mrl_db_runs(struct mrl_db *db, struct mrl_db_run **runs, int *n, struct mrl_err *err);

#endif
