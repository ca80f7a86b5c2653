#include "db.h"

#ifndef HAVE_SQLITE

static enum mrl_status no_sqlite(struct mrl_err *err) {
  return mrl_fail(err, MRL_EUNSUPPORTED, "%s", MRL_DB_UNAVAILABLE);
}

int mrl_db_available(void) {
  return 0;
}
enum mrl_status mrl_db_open(const char *path, enum mrl_db_mode mode, struct mrl_db **out,
                            struct mrl_err *err) {
  *out = NULL;
  return no_sqlite(err);
}
void mrl_db_close(struct mrl_db *db) {}
enum mrl_status mrl_db_check_file(const char *path, long *records, struct mrl_err *err) {
  return no_sqlite(err);
}
enum mrl_status mrl_db_import_file(struct mrl_db *db, const char *path, struct mrl_db_import_stats *st,
                                   struct mrl_err *err) {
  return no_sqlite(err);
}
enum mrl_status mrl_db_insert(struct mrl_db *db, const char *json, int *added, struct mrl_err *err) {
  return no_sqlite(err);
}
enum mrl_status mrl_db_export(struct mrl_db *db, const struct mrl_db_filter *f, FILE *out, long *n,
                              struct mrl_err *err) {
  return no_sqlite(err);
}
enum mrl_status mrl_db_runs(struct mrl_db *db, struct mrl_db_run **runs, int *n, struct mrl_err *err) {
  *runs = NULL;
  *n = 0;
  return no_sqlite(err);
}

#else

#include <errno.h>
#include <jansson.h>
#include <signal.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "bench.h" /* mrl_read_file */
#include "record.h"
#include "sha256.h"

/* Long enough for the other writer's biggest transaction (a whole file) to finish. */
enum { BUSY_TIMEOUT_MS = 300000 };

struct mrl_db {
  sqlite3 *h;
  char path[4096];
  sqlite3_stmt *ins_run, *get_run, *ins_rec;
};

static const char schema_sql[] =
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);"
    "CREATE TABLE runs("
    " id INTEGER PRIMARY KEY,"
    " run_id TEXT NOT NULL, hostname TEXT NOT NULL, cpu_model TEXT NOT NULL, cores INTEGER NOT NULL,"
    " llvm_version TEXT NOT NULL, mlirrl_version TEXT NOT NULL, git_rev TEXT NOT NULL,"
    " UNIQUE(run_id, hostname, cpu_model, cores, llvm_version, mlirrl_version, git_rev));"
    "CREATE TABLE records("
    " id INTEGER PRIMARY KEY,"
    " run INTEGER NOT NULL REFERENCES runs(id),"
    " sha256 TEXT NOT NULL UNIQUE,"
    " schema_version INTEGER NOT NULL,"
    " suite TEXT, suite_version TEXT,"
    " benchmark_id TEXT NOT NULL, benchmark_sha256 TEXT,"
    " method TEXT, kind TEXT,"
    " transform_kind TEXT, schedule TEXT, transform_sha256 TEXT,"
    " outcome TEXT NOT NULL,"
    " speedup REAL, speedup_lo REAL, speedup_hi REAL,"
    " baseline_median_ns REAL, candidate_median_ns REAL,"
    " threads INTEGER, seed INTEGER, time_utc TEXT,"
    " text TEXT NOT NULL);"
    "CREATE INDEX records_run ON records(run);"
    "CREATE INDEX records_benchmark ON records(benchmark_id, benchmark_sha256);"
    "CREATE INDEX records_method ON records(method, schedule);"
    "CREATE INDEX runs_llvm ON runs(llvm_version, git_rev);"
    "CREATE INDEX runs_machine ON runs(hostname, cpu_model, cores);"
    "CREATE VIEW record_keys AS SELECT r.id, u.run_id, u.hostname, u.cpu_model, u.cores, u.llvm_version,"
    " u.mlirrl_version, u.git_rev, r.suite, r.suite_version, r.benchmark_id, r.benchmark_sha256, r.method,"
    " r.kind, r.transform_kind, r.schedule, r.transform_sha256, r.outcome, r.speedup, r.speedup_lo,"
    " r.speedup_hi, r.baseline_median_ns, r.candidate_median_ns, r.threads, r.seed, r.time_utc"
    " FROM records r JOIN runs u ON u.id = r.run;";

int mrl_db_available(void) {
  return 1;
}

static enum mrl_status sql_fail(struct mrl_db *db, struct mrl_err *err) {
  int code = sqlite3_errcode(db->h);
  if (code == SQLITE_NOTADB) return mrl_fail(err, MRL_EINVAL, "%s: not an SQLite database", db->path);
  return mrl_fail(err, MRL_EIO, "%s: %s", db->path, sqlite3_errmsg(db->h));
}

static enum mrl_status exec(struct mrl_db *db, const char *sql, struct mrl_err *err) {
  return sqlite3_exec(db->h, sql, NULL, NULL, NULL) == SQLITE_OK ? MRL_OK : sql_fail(db, err);
}

/* ---------------------------------------------------------------- test-only fault injection */

/* MLIRRL_TEST_DB_FAULT=insert:N makes the write of this process's record N + 1 fail, and
 * kill:N kills the process there with SIGKILL (as kill -9 would), both inside the file's or
 * the record's transaction: they prove that nothing of it stays. 0: go on, 1: fail. */
static int injected_fault(void) {
  static int parsed, kill_it;
  static long after = -1, written;
  if (!parsed) {
    parsed = 1;
    const char *env = getenv("MLIRRL_TEST_DB_FAULT");
    kill_it = env && !strncmp(env, "kill:", 5);
    if (env && !strncmp(env, "insert:", 7))
      after = atol(env + 7);
    else if (kill_it)
      after = atol(env + 5);
    else if (env && *env)
      fprintf(stderr, "mlirrl: MLIRRL_TEST_DB_FAULT: '%s' ignored (insert:N or kill:N)\n", env);
  }
  if (after < 0 || written++ < after) return 0;
  if (kill_it) raise(SIGKILL);
  return 1;
}

/* ---------------------------------------------------------------- opening */

static int count_tables(struct mrl_db *db, struct mrl_err *err) {
  sqlite3_stmt *st = NULL;
  int n = -1;
  if (sqlite3_prepare_v2(db->h, "SELECT count(*) FROM sqlite_master", -1, &st, NULL) == SQLITE_OK &&
      sqlite3_step(st) == SQLITE_ROW)
    n = sqlite3_column_int(st, 0);
  if (n < 0) sql_fail(db, err);
  sqlite3_finalize(st);
  return n;
}

/* WAL lets readers run beside a writer; the switch itself needs a moment alone with the file,
 * which a second process creating the same database at the same time may hold. */
static enum mrl_status set_wal(struct mrl_db *db, struct mrl_err *err) {
  for (int tries = 0;; ++tries) {
    int rc = sqlite3_exec(db->h, "PRAGMA journal_mode=WAL", NULL, NULL, NULL);
    if (rc == SQLITE_OK) return MRL_OK;
    if ((rc != SQLITE_BUSY && rc != SQLITE_LOCKED) || tries * 10 > BUSY_TIMEOUT_MS) return sql_fail(db, err);
    usleep(10000);
  }
}

static enum mrl_status create_schema(struct mrl_db *db, struct mrl_err *err) {
  enum mrl_status s = set_wal(db, err);
  if (s == MRL_OK) s = exec(db, "BEGIN IMMEDIATE", err);
  if (s != MRL_OK) return s;
  int n = count_tables(db, err); /* another process may have created it meanwhile */
  if (n < 0) s = MRL_EIO;
  if (s == MRL_OK && n == 0) s = exec(db, schema_sql, err);
  if (s == MRL_OK && n == 0) {
    char sql[128];
    snprintf(sql, sizeof sql, "INSERT INTO meta VALUES('schema_version', '%d')", MRL_DB_SCHEMA_VERSION);
    s = exec(db, sql, err);
  }
  if (s == MRL_OK) s = exec(db, "COMMIT", err);
  if (s != MRL_OK) sqlite3_exec(db->h, "ROLLBACK", NULL, NULL, NULL);
  return s;
}

static enum mrl_status check_schema(struct mrl_db *db, struct mrl_err *err) {
  sqlite3_stmt *st = NULL;
  if (sqlite3_prepare_v2(db->h, "SELECT value FROM meta WHERE key = 'schema_version'", -1, &st, NULL) !=
      SQLITE_OK) {
    if (sqlite3_errcode(db->h) == SQLITE_NOTADB) return sql_fail(db, err);
    return mrl_fail(err, MRL_EINVAL,
                    "%s: an SQLite database, but not a results database of mlirrl (no meta table)", db->path);
  }
  int rc = sqlite3_step(st);
  const char *v = rc == SQLITE_ROW ? (const char *)sqlite3_column_text(st, 0) : NULL;
  char *end = NULL;
  long version = v ? strtol(v, &end, 10) : 0;
  enum mrl_status s = MRL_OK;
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    s = sql_fail(db, err);
  else if (!v || end == v || *end)
    s = mrl_fail(err, MRL_EINVAL, "%s: no schema version in its meta table", db->path);
  else if (version > MRL_DB_SCHEMA_VERSION)
    s = mrl_fail(err, MRL_EUNSUPPORTED,
                 "%s: database schema version %ld is newer than this mlirrl's (%d): use a newer mlirrl",
                 db->path, version, MRL_DB_SCHEMA_VERSION);
  else if (version != MRL_DB_SCHEMA_VERSION)
    s = mrl_fail(err, MRL_EUNSUPPORTED, "%s: unknown database schema version %ld (this mlirrl reads %d)",
                 db->path, version, MRL_DB_SCHEMA_VERSION);
  sqlite3_finalize(st);
  return s;
}

static enum mrl_status prepare(struct mrl_db *db, struct mrl_err *err) {
  static const char ins_run[] =
      "INSERT INTO runs(run_id, hostname, cpu_model, cores, llvm_version, mlirrl_version, git_rev)"
      " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)"
      " ON CONFLICT(run_id, hostname, cpu_model, cores, llvm_version, mlirrl_version, git_rev) DO NOTHING";
  static const char get_run[] =
      "SELECT id FROM runs WHERE run_id = ?1 AND hostname = ?2 AND cpu_model = ?3"
      " AND cores = ?4 AND llvm_version = ?5 AND mlirrl_version = ?6 AND git_rev = ?7";
  static const char ins_rec[] =
      "INSERT INTO records(run, sha256, schema_version, suite, suite_version, benchmark_id, benchmark_sha256,"
      " method, kind, transform_kind, schedule, transform_sha256, outcome, speedup, speedup_lo, speedup_hi,"
      " baseline_median_ns, candidate_median_ns, threads, seed, time_utc, text)"
      " VALUES(?1, ?2, ?3, ?4, NULL, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, "
      "?20, ?21)"
      " ON CONFLICT(sha256) DO NOTHING";
  if (sqlite3_prepare_v2(db->h, ins_run, -1, &db->ins_run, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2(db->h, get_run, -1, &db->get_run, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2(db->h, ins_rec, -1, &db->ins_rec, NULL) != SQLITE_OK)
    return sql_fail(db, err);
  return MRL_OK;
}

enum mrl_status mrl_db_open(const char *path, enum mrl_db_mode mode, struct mrl_db **out,
                            struct mrl_err *err) {
  *out = NULL;
  struct stat sb;
  int exists = stat(path, &sb) == 0;
  if (!exists && mode == MRL_DB_EXISTING) return mrl_fail(err, MRL_EINVAL, "%s: no such database", path);
  if (exists && !S_ISREG(sb.st_mode)) return mrl_fail(err, MRL_EINVAL, "%s: not a file", path);
  struct mrl_db *db = calloc(1, sizeof *db);
  if (!db) return mrl_fail(err, MRL_ENOMEM, "out of memory");
  snprintf(db->path, sizeof db->path, "%s", path);
  int flags = SQLITE_OPEN_READWRITE | (mode == MRL_DB_CREATE ? SQLITE_OPEN_CREATE : 0);
  enum mrl_status s = MRL_OK;
  if (sqlite3_open_v2(path, &db->h, flags, NULL) != SQLITE_OK)
    s = db->h ? sql_fail(db, err) : mrl_fail(err, MRL_ENOMEM, "out of memory");
  if (s == MRL_OK) sqlite3_busy_timeout(db->h, BUSY_TIMEOUT_MS);
  int n = s == MRL_OK ? count_tables(db, err) : -1;
  if (s == MRL_OK && n < 0) s = MRL_EIO;
  if (s == MRL_OK && n == 0 && mode == MRL_DB_CREATE) s = create_schema(db, err);
  if (s == MRL_OK) s = check_schema(db, err);
  if (s == MRL_OK) s = prepare(db, err);
  if (s != MRL_OK) {
    mrl_db_close(db);
    return s;
  }
  *out = db;
  return MRL_OK;
}

void mrl_db_close(struct mrl_db *db) {
  if (!db) return;
  sqlite3_finalize(db->ins_run);
  sqlite3_finalize(db->get_run);
  sqlite3_finalize(db->ins_rec);
  sqlite3_close(db->h);
  free(db);
}

/* ---------------------------------------------------------------- records */

/* The fields of a record the database keys on; strings borrowed from json. */
struct rec {
  json_t *json;
  const char *run_id, *hostname, *cpu_model, *llvm, *mlirrl, *git_rev;
  long long cores, schema_version;
  json_t *bench, *transform, *context, *eval, *speedup, *timing;
};

static const char *str(json_t *o, const char *key) {
  return json_string_value(json_object_get(o, key));
}
static const char *nz(const char *s) {
  return s ? s : "";
}

/* Parses one line into r (r->json is the caller's to json_decref); `where` names the line. */
static enum mrl_status parse_record(const char *line, size_t n, const char *where, struct rec *r,
                                    struct mrl_err *err) {
  memset(r, 0, sizeof *r);
  json_error_t je;
  r->json = json_loadb(line, n, 0, &je);
  if (!r->json) return mrl_fail(err, MRL_EINVAL, "%s: not JSON (%s)", where, je.text);
  json_t *j = r->json;
  json_t *v = json_object_get(j, "schema_version");
  const char *missing = NULL;
  if (!json_is_object(j))
    return mrl_fail(err, MRL_EINVAL, "%s: not a record of mlirrl (not a JSON object)", where);
  /* A newer schema may have moved any field: say that rather than what is missing. */
  r->schema_version = json_integer_value(v);
  if (json_is_integer(v) && r->schema_version > MRL_RECORD_SCHEMA_VERSION)
    return mrl_fail(err, MRL_EUNSUPPORTED, "%s: record schema version %lld is newer than this mlirrl's (%d)",
                    where, r->schema_version, MRL_RECORD_SCHEMA_VERSION);
  if (!json_is_integer(v) || r->schema_version < 1)
    missing = "schema_version";
  else if (!json_is_object(r->bench = json_object_get(j, "benchmark")) || !str(r->bench, "id") ||
           !*str(r->bench, "id"))
    missing = "benchmark.id";
  else if (!str(j, "outcome"))
    missing = "outcome";
  else if (!json_is_object(r->transform = json_object_get(j, "transform")))
    missing = "transform";
  else if (!json_is_object(r->context = json_object_get(j, "context")))
    missing = "context";
  else if (!json_is_null(r->eval = json_object_get(j, "eval")) && r->eval &&
           (!json_is_object(r->eval) || !str(r->eval, "method")))
    missing = "eval.method";
  if (missing) return mrl_fail(err, MRL_EINVAL, "%s: not a record of mlirrl (no %s)", where, missing);
  if (json_is_null(r->eval)) r->eval = NULL;
  r->run_id = r->eval && str(r->eval, "run_id") ? str(r->eval, "run_id") : nz(str(r->context, "time_utc"));
  r->hostname = nz(str(r->context, "hostname"));
  r->cpu_model = nz(str(r->context, "cpu_model"));
  r->cores = json_integer_value(json_object_get(r->context, "cores"));
  r->llvm = nz(str(r->context, "llvm_version"));
  r->mlirrl = nz(str(r->context, "mlirrl_version"));
  r->git_rev = nz(str(r->context, "git_rev"));
  r->speedup = json_object_get(j, "speedup");
  r->timing = json_object_get(j, "timing");
  return MRL_OK;
}

static void bind_str(sqlite3_stmt *st, int i, const char *s) {
  if (s)
    sqlite3_bind_text(st, i, s, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null(st, i);
}

static void bind_num(sqlite3_stmt *st, int i, json_t *v) {
  if (json_is_number(v))
    sqlite3_bind_double(st, i, json_number_value(v));
  else
    sqlite3_bind_null(st, i);
}

static void bind_int(sqlite3_stmt *st, int i, json_t *v) {
  if (json_is_integer(v))
    sqlite3_bind_int64(st, i, json_integer_value(v));
  else
    sqlite3_bind_null(st, i);
}

static void bind_run(sqlite3_stmt *st, const struct rec *r) {
  sqlite3_bind_text(st, 1, r->run_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text(st, 2, r->hostname, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text(st, 3, r->cpu_model, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64(st, 4, r->cores);
  sqlite3_bind_text(st, 5, r->llvm, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text(st, 6, r->mlirrl, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text(st, 7, r->git_rev, -1, SQLITE_TRANSIENT);
}

/* The run's row id, inserting the run when it is new. Inside a write transaction. */
static enum mrl_status run_row(struct mrl_db *db, const struct rec *r, sqlite3_int64 *id,
                               struct mrl_err *err) {
  sqlite3_reset(db->ins_run);
  bind_run(db->ins_run, r);
  if (sqlite3_step(db->ins_run) != SQLITE_DONE) return sql_fail(db, err);
  sqlite3_reset(db->get_run);
  bind_run(db->get_run, r);
  if (sqlite3_step(db->get_run) != SQLITE_ROW) return sql_fail(db, err);
  *id = sqlite3_column_int64(db->get_run, 0);
  sqlite3_reset(db->get_run);
  return MRL_OK;
}

/* Inserts a parsed record whose text is line[0..n); *added 1 when it was new. */
static enum mrl_status insert_rec(struct mrl_db *db, const struct rec *r, const char *line, size_t n,
                                  int *added, struct mrl_err *err) {
  *added = 0;
  if (injected_fault()) return mrl_fail(err, MRL_EIO, "%s: injected fault (MLIRRL_TEST_DB_FAULT)", db->path);
  sqlite3_int64 run = 0;
  enum mrl_status s = run_row(db, r, &run, err);
  if (s != MRL_OK) return s;
  char sha[MRL_SHA256_HEX_LEN];
  mrl_sha256_hex_of_buffer(line, n, sha);
  const char *tkind = str(r->transform, "kind");
  const char *schedule = r->eval ? str(r->eval, "schedule") : NULL;
  if (!schedule && tkind && !strcmp(tkind, "schedule")) schedule = str(r->transform, "text");
  sqlite3_stmt *st = db->ins_rec;
  sqlite3_reset(st);
  sqlite3_clear_bindings(st);
  sqlite3_bind_int64(st, 1, run);
  sqlite3_bind_text(st, 2, sha, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64(st, 3, r->schema_version);
  bind_str(st, 4, r->eval ? str(r->eval, "suite") : NULL);
  bind_str(st, 5, str(r->bench, "id"));
  bind_str(st, 6, str(r->bench, "sha256"));
  bind_str(st, 7, r->eval ? str(r->eval, "method") : NULL);
  bind_str(st, 8, r->eval ? str(r->eval, "kind") : NULL);
  bind_str(st, 9, tkind);
  bind_str(st, 10, schedule);
  bind_str(st, 11, str(r->transform, "sha256"));
  bind_str(st, 12, str(r->json, "outcome"));
  bind_num(st, 13, json_object_get(r->speedup, "point"));
  bind_num(st, 14, json_object_get(r->speedup, "ci_lo"));
  bind_num(st, 15, json_object_get(r->speedup, "ci_hi"));
  bind_num(st, 16, json_object_get(json_object_get(r->timing, "baseline"), "median_ns"));
  bind_num(st, 17, json_object_get(json_object_get(r->timing, "candidate"), "median_ns"));
  bind_int(st, 18, json_object_get(r->context, "threads"));
  bind_int(st, 19, json_object_get(r->context, "seed"));
  bind_str(st, 20, str(r->context, "time_utc"));
  sqlite3_bind_text(st, 21, line, (int)n, SQLITE_TRANSIENT);
  if (sqlite3_step(st) != SQLITE_DONE) return sql_fail(db, err);
  *added = sqlite3_changes(db->h) > 0;
  return MRL_OK;
}

/* ---------------------------------------------------------------- files */

/* The whole file (mrl_read_file), with the file named the way every import error names it. */
static enum mrl_status read_all(const char *path, char **data, size_t *len, struct mrl_err *err) {
  struct stat sb;
  if (stat(path, &sb) != 0) return mrl_fail(err, MRL_EIO, "%s: cannot read it (%s)", path, strerror(errno));
  if (S_ISDIR(sb.st_mode)) return mrl_fail(err, MRL_EIO, "%s: a folder, not a file of records", path);
  struct mrl_err e;
  enum mrl_status s = mrl_read_file(path, data, len, &e);
  return s == MRL_OK ? MRL_OK : mrl_fail(err, s, "%s: cannot read it (%s)", path, e.msg);
}

/* The lines of a file, blank ones skipped; a last line without its newline counts. */
struct lines {
  const char *data, *end, *at;
  long lineno;
};

static int next_line(struct lines *it, const char **line, size_t *n) {
  while (it->at < it->end) {
    const char *nl = memchr(it->at, '\n', (size_t)(it->end - it->at));
    const char *stop = nl ? nl : it->end;
    *line = it->at;
    *n = (size_t)(stop - it->at);
    it->at = nl ? nl + 1 : it->end;
    ++it->lineno;
    for (const char *c = *line; c < stop; ++c)
      if (*c != ' ' && *c != '\t' && *c != '\r') return 1;
  }
  return 0;
}

/* The header of a CSV file of records (record.h), which has no room for a run's keys. */
static int csv_header(const char *line, size_t n) {
  return n > 15 && !strncmp(line, "schema_version,", 15);
}

/* Parses every line of the file at path; with db, inserts each inside the caller's
 * transaction. */
static enum mrl_status each_record(struct mrl_db *db, const char *path, struct mrl_db_import_stats *st,
                                   struct mrl_err *err) {
  memset(st, 0, sizeof *st);
  char *data = NULL;
  size_t len = 0;
  enum mrl_status s = read_all(path, &data, &len, err);
  if (s != MRL_OK) return s;
  struct lines it = {data, data + len, data, 0};
  const char *line;
  size_t n;
  while (s == MRL_OK && next_line(&it, &line, &n)) {
    char where[4200];
    snprintf(where, sizeof where, "%s:%ld", path, it.lineno);
    struct rec r = {0};
    int added = 0;
    if (it.lineno == 1 && csv_header(line, n))
      s = mrl_fail(err, MRL_EINVAL,
                   "%s: CSV records are not imported (they lack the run's machine and method): import the "
                   "JSON lines (mlirrl run --json, mlirrl eval's results.jsonl)",
                   path);
    else
      s = parse_record(line, n, where, &r, err);
    if (s == MRL_OK && db) s = insert_rec(db, &r, line, n, &added, err);
    json_decref(r.json);
    st->records += s == MRL_OK;
    st->added += added;
  }
  free(data);
  return s;
}

enum mrl_status mrl_db_check_file(const char *path, long *records, struct mrl_err *err) {
  struct mrl_db_import_stats st;
  enum mrl_status s = each_record(NULL, path, &st, err);
  *records = st.records;
  return s;
}

enum mrl_status mrl_db_import_file(struct mrl_db *db, const char *path, struct mrl_db_import_stats *st,
                                   struct mrl_err *err) {
  memset(st, 0, sizeof *st);
  enum mrl_status s = exec(db, "BEGIN IMMEDIATE", err);
  if (s != MRL_OK) return s;
  s = each_record(db, path, st, err);
  if (s == MRL_OK) s = exec(db, "COMMIT", err);
  if (s != MRL_OK) {
    sqlite3_exec(db->h, "ROLLBACK", NULL, NULL, NULL);
    st->added = 0;
  }
  return s;
}

enum mrl_status mrl_db_insert(struct mrl_db *db, const char *json, int *added, struct mrl_err *err) {
  int a = 0;
  struct rec r;
  size_t n = strlen(json);
  enum mrl_status s = parse_record(json, n, "record", &r, err);
  if (s == MRL_OK) s = exec(db, "BEGIN IMMEDIATE", err);
  if (s == MRL_OK) {
    s = insert_rec(db, &r, json, n, &a, err);
    if (s == MRL_OK) s = exec(db, "COMMIT", err);
    if (s != MRL_OK) {
      sqlite3_exec(db->h, "ROLLBACK", NULL, NULL, NULL);
      a = 0;
    }
  }
  json_decref(r.json);
  if (added) *added = a;
  return s;
}

/* ---------------------------------------------------------------- reading */

enum mrl_status mrl_db_export(struct mrl_db *db, const struct mrl_db_filter *f, FILE *out, long *n,
                              struct mrl_err *err) {
  static const char sql[] =
      "SELECT r.text FROM records r JOIN runs u ON u.id = r.run"
      " WHERE (?1 IS NULL OR u.run_id = ?1) AND (?2 IS NULL OR r.method = ?2)"
      " AND (?3 IS NULL OR r.benchmark_id = ?3)"
      " AND (?4 IS NULL OR u.llvm_version = ?4 OR substr(u.llvm_version, 1, length(?4) + 1) = ?4 || '.')"
      " AND (?5 IS NULL OR substr(u.git_rev, 1, length(?5)) = ?5) AND (?6 IS NULL OR u.hostname = ?6)"
      " ORDER BY r.id";
  static const struct mrl_db_filter all = {NULL, NULL, NULL, NULL, NULL, NULL};
  if (!f) f = &all;
  if (n) *n = 0;
  sqlite3_stmt *st = NULL;
  if (sqlite3_prepare_v2(db->h, sql, -1, &st, NULL) != SQLITE_OK) return sql_fail(db, err);
  bind_str(st, 1, f->run_id);
  bind_str(st, 2, f->method);
  bind_str(st, 3, f->benchmark);
  bind_str(st, 4, f->llvm);
  bind_str(st, 5, f->rev);
  bind_str(st, 6, f->host);
  enum mrl_status s = MRL_OK;
  int rc;
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
    const void *text = sqlite3_column_blob(st, 0);
    size_t len = (size_t)sqlite3_column_bytes(st, 0);
    if ((len && fwrite(text, 1, len, out) != len) || fputc('\n', out) == EOF) {
      s = mrl_fail(err, MRL_EIO, "writing the records failed: %s", strerror(errno));
      break;
    }
    if (n) ++*n;
  }
  if (s == MRL_OK && rc != SQLITE_DONE) s = sql_fail(db, err);
  sqlite3_finalize(st);
  return s;
}

static void copy_col(sqlite3_stmt *st, int i, char *dst, size_t cap) {
  const unsigned char *t = sqlite3_column_text(st, i);
  snprintf(dst, cap, "%s", t ? (const char *)t : "");
}

enum mrl_status mrl_db_runs(struct mrl_db *db, struct mrl_db_run **runs, int *n, struct mrl_err *err) {
  static const char sql[] =
      "SELECT u.run_id, u.hostname, u.cpu_model, u.cores, u.llvm_version, u.mlirrl_version, u.git_rev,"
      " min(r.time_utc), max(r.time_utc), count(*), count(DISTINCT r.benchmark_id), count(DISTINCT r.method),"
      " sum(r.outcome NOT IN ('ok', 'unavailable'))"
      " FROM runs u JOIN records r ON r.run = u.id GROUP BY u.id ORDER BY min(r.id)";
  *runs = NULL;
  *n = 0;
  sqlite3_stmt *st = NULL;
  if (sqlite3_prepare_v2(db->h, sql, -1, &st, NULL) != SQLITE_OK) return sql_fail(db, err);
  enum mrl_status s = MRL_OK;
  int cap = 0, rc;
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
    if (*n == cap) {
      cap = cap ? 2 * cap : 16;
      struct mrl_db_run *g = realloc(*runs, (size_t)cap * sizeof *g);
      if (!g) {
        s = mrl_fail(err, MRL_ENOMEM, "out of memory");
        break;
      }
      *runs = g;
    }
    struct mrl_db_run *u = &(*runs)[(*n)++];
    copy_col(st, 0, u->run_id, sizeof u->run_id);
    copy_col(st, 1, u->hostname, sizeof u->hostname);
    copy_col(st, 2, u->cpu_model, sizeof u->cpu_model);
    u->cores = sqlite3_column_int(st, 3);
    copy_col(st, 4, u->llvm_version, sizeof u->llvm_version);
    copy_col(st, 5, u->mlirrl_version, sizeof u->mlirrl_version);
    copy_col(st, 6, u->git_rev, sizeof u->git_rev);
    copy_col(st, 7, u->first_utc, sizeof u->first_utc);
    copy_col(st, 8, u->last_utc, sizeof u->last_utc);
    u->records = (long)sqlite3_column_int64(st, 9);
    u->benchmarks = (long)sqlite3_column_int64(st, 10);
    u->methods = (long)sqlite3_column_int64(st, 11);
    u->not_ok = (long)sqlite3_column_int64(st, 12);
  }
  if (s == MRL_OK && rc != SQLITE_DONE) s = sql_fail(db, err);
  sqlite3_finalize(st);
  if (s != MRL_OK) {
    free(*runs);
    *runs = NULL;
    *n = 0;
  }
  return s;
}

#endif
