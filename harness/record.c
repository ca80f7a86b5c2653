/* Filling a record; the writers live in record_json.c and record_csv.c. */
#define _POSIX_C_SOURCE 200809L /* gmtime_r, gethostname, fcntl locks, pread */

#include "record_priv.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static void clear_timing(struct mrl_record_timing *t) {
  *t = (struct mrl_record_timing){
      .present = false, .median_ns = NAN, .min_ns = NAN, .max_ns = NAN, .mad_ns = NAN, .cv = NAN};
}

static void clear_compile(struct mrl_record_compile *c) {
  *c = (struct mrl_record_compile){NAN, NAN, NAN, NAN, ""};
}

void mrl_record_init(struct mrl_record *r) {
  memset(r, 0, sizeof *r);
  r->outcome = MRL_OUTCOME_OK;
  r->transform.kind = MRL_TRANSFORM_KIND_NONE;
  clear_timing(&r->baseline);
  clear_timing(&r->candidate);
  r->speedup = (struct mrl_speedup){NAN, NAN, NAN, NAN, 0};
  r->verification = (struct mrl_record_verification){.checked = false, .path_len = NAN,
                                                      .max_abs_err = NAN, .max_rel_err = NAN,
                                                      .max_ratio = NAN};
  r->measurement.baseline_age_s = NAN;
  clear_compile(&r->baseline_compile);
  clear_compile(&r->candidate_compile);
  r->overhead_ms = NAN;
}

const char *mrl_transform_kind_name(enum mrl_transform_kind k) {
  static const char *const names[] = {"none", "script", "schedule"};
  return (unsigned)k < MRL_TRANSFORM_KIND_COUNT ? names[k] : "unknown";
}

/* Copies src into dst[size], refusing to truncate: a shortened path or id would name a
 * different file or benchmark. */
static enum mrl_status copy_exact(char *dst, size_t size, const char *src, const char *what,
                                  struct mrl_err *err) {
  size_t len = strlen(src);
  if (len >= size)
    return mrl_fail(err, MRL_EINVAL, "%s is too long (%zu bytes, at most %zu)", what, len,
                    size - 1);
  memcpy(dst, src, len + 1);
  return MRL_OK;
}

enum mrl_status mrl_record_set_benchmark(struct mrl_record *r, const char *id, const char *path,
                                         struct mrl_err *err) {
  if (!id || !path) return mrl_fail(err, MRL_EINVAL, "benchmark id and path are required");
  enum mrl_status st = copy_exact(r->benchmark.id, sizeof r->benchmark.id, id, "benchmark id", err);
  if (st == MRL_OK)
    st = copy_exact(r->benchmark.path, sizeof r->benchmark.path, path, "benchmark path", err);
  if (st == MRL_OK) st = mrl_sha256_hex_of_file(path, r->benchmark.sha256, err);
  return st;
}

static enum mrl_status check_kind(enum mrl_transform_kind kind, struct mrl_err *err) {
  if ((unsigned)kind >= MRL_TRANSFORM_KIND_COUNT)
    return mrl_fail(err, MRL_EINVAL, "unknown transform kind %d", (int)kind);
  return MRL_OK;
}

static void clear_transform(struct mrl_record_transform *t, enum mrl_transform_kind kind) {
  memset(t, 0, sizeof *t);
  t->kind = kind;
}

enum mrl_status mrl_record_set_transform_text(struct mrl_record *r, enum mrl_transform_kind kind,
                                              const char *text, struct mrl_err *err) {
  enum mrl_status st = check_kind(kind, err);
  if (st != MRL_OK) return st;
  if (kind != MRL_TRANSFORM_KIND_NONE && !text)
    return mrl_fail(err, MRL_EINVAL, "transform %s without text", mrl_transform_kind_name(kind));
  clear_transform(&r->transform, kind);
  if (kind == MRL_TRANSFORM_KIND_NONE) return MRL_OK;
  r->transform.text = text;
  mrl_sha256_hex_of_buffer(text, strlen(text), r->transform.sha256);
  return MRL_OK;
}

enum mrl_status mrl_record_set_transform_file(struct mrl_record *r, enum mrl_transform_kind kind,
                                              const char *path, struct mrl_err *err) {
  enum mrl_status st = check_kind(kind, err);
  if (st != MRL_OK) return st;
  if (kind == MRL_TRANSFORM_KIND_NONE || !path)
    return mrl_fail(err, MRL_EINVAL, "a transform file needs a path and a kind other than none");
  clear_transform(&r->transform, kind);
  st = copy_exact(r->transform.path, sizeof r->transform.path, path, "transform path", err);
  if (st == MRL_OK) st = mrl_sha256_hex_of_file(path, r->transform.sha256, err);
  if (st != MRL_OK) clear_transform(&r->transform, MRL_TRANSFORM_KIND_NONE);
  return st;
}

void mrl_record_set_outcome(struct mrl_record *r, enum mrl_outcome o, const char *error) {
  r->outcome = o;
  snprintf(r->error, sizeof r->error, "%s", error ? error : "");
}

enum mrl_status mrl_record_set_timing(struct mrl_record_timing *t, const double *sample_ns,
                                      size_t n, int64_t inner_iterations, struct mrl_err *err) {
  struct mrl_summary s;
  enum mrl_status st = mrl_stats_summarize(sample_ns, n, &s, err);
  if (st != MRL_OK) return st;
  *t = (struct mrl_record_timing){.present = true,
                                  .median_ns = s.median,
                                  .min_ns = s.min,
                                  .max_ns = s.max,
                                  .mad_ns = s.mad,
                                  .cv = s.cv,
                                  .samples = n,
                                  .inner_iterations = inner_iterations,
                                  .sample_ns = sample_ns};
  return MRL_OK;
}

/* Maximum that treats an absent (NaN) side as missing rather than poisoning the result. */
static double max_present(double a, double b) {
  if (isnan(a)) return b;
  if (isnan(b)) return a;
  return a > b ? a : b;
}

/* relative (every element against its own value) is the strictest, then magnitude (against the
 * magnitude of its terms), then normwise (against the largest output). */
static int weakness(const char *criterion) {
  static const char *const order[] = {"relative", "magnitude", "normwise"};
  for (int i = 0; i < 3; ++i)
    if (!strcmp(criterion, order[i])) return i;
  return 3;
}

void mrl_record_add_verification(struct mrl_record *r, const struct mrl_verify_result *v) {
  struct mrl_record_verification *rv = &r->verification;
  if (!rv->checked) {
    *rv = (struct mrl_record_verification){.checked = true, .path_len = NAN, .max_abs_err = NAN,
                                           .max_rel_err = NAN, .max_ratio = NAN};
  }
  rv->max_abs_err = max_present(rv->max_abs_err, v->max_abs_err);
  rv->max_rel_err = max_present(rv->max_rel_err, v->max_rel_err);
  rv->max_ratio = max_present(rv->max_ratio, v->max_ratio);
  rv->path_len = max_present(rv->path_len, v->path_len);
  rv->mismatches += v->mismatches;
  /* The weakest criterion that decided any output is the one the whole check stands on. */
  const char *name = mrl_verify_mode_name(v->mode);
  if (!rv->criterion[0] || weakness(name) > weakness(rv->criterion))
    snprintf(rv->criterion, sizeof rv->criterion, "%s", name);
}

/* "model name : AMD EPYC ..." from /proc/cpuinfo; left empty where that file is missing. */
static void read_cpu_model(char *out, size_t n) {
  FILE *f = fopen("/proc/cpuinfo", "r");
  if (!f) return;
  char line[512];
  while (fgets(line, sizeof line, f)) {
    if (strncmp(line, "model name", 10) != 0) continue;
    const char *v = strchr(line, ':');
    if (!v) break;
    v += strspn(v + 1, " \t") + 1;
    snprintf(out, n, "%.*s", (int)strcspn(v, "\n"), v);
    break;
  }
  fclose(f);
}

enum mrl_status mrl_record_utc_now(char *buf, size_t n, struct mrl_err *err) {
  time_t now = time(NULL);
  struct tm tm;
  if (now == (time_t)-1 || !gmtime_r(&now, &tm)) return mrl_fail(err, MRL_EIO, "cannot read the clock");
  strftime(buf, n, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return MRL_OK;
}

enum mrl_status mrl_record_fill_host(struct mrl_record_context *c, struct mrl_err *err) {
  enum mrl_status st = mrl_record_utc_now(c->time_utc, sizeof c->time_utc, err);
  if (st != MRL_OK) return st;
  read_cpu_model(c->cpu_model, sizeof c->cpu_model);
  long cores = sysconf(_SC_NPROCESSORS_ONLN);
  c->cores = cores > 0 ? (int)cores : 0;
  if (gethostname(c->hostname, sizeof c->hostname) != 0) c->hostname[0] = '\0';
  c->hostname[sizeof c->hostname - 1] = '\0'; /* POSIX leaves truncation unterminated */
  return MRL_OK;
}

static enum mrl_status check_counters(const struct mrl_counter_set *s, const char *which,
                                      struct mrl_err *err) {
  if (s->n < 0 || s->n > MRL_MAX_COUNTERS)
    return mrl_fail(err, MRL_EINVAL, "%s counters: count %d out of range", which, s->n);
  return MRL_OK;
}

enum mrl_status mrl_record_check(const struct mrl_record *r, struct mrl_err *err) {
  if ((unsigned)r->outcome >= MRL_OUTCOME_COUNT)
    return mrl_fail(err, MRL_EINVAL, "record: unknown outcome %d", (int)r->outcome);
  enum mrl_status st = check_kind(r->transform.kind, err);
  if (st == MRL_OK) st = check_counters(&r->baseline_counters, "baseline", err);
  if (st == MRL_OK) st = check_counters(&r->candidate_counters, "candidate", err);
  if (st != MRL_OK) return st;
  if (r->context.has_seed && r->context.seed > (uint64_t)INT64_MAX)
    return mrl_fail(err, MRL_EINVAL, "record: seed %llu exceeds 2^63-1",
                    (unsigned long long)r->context.seed);
  return MRL_OK;
}

bool mrl_record_speedup_shown(const struct mrl_record *r) {
  return r->has_speedup && r->outcome == MRL_OUTCOME_OK;
}

static enum mrl_status write_all(int fd, const char *p, size_t n, const char *path,
                                 struct mrl_err *err) {
  while (n > 0) {
    ssize_t w = write(fd, p, n);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) return mrl_fail(err, MRL_EIO, "cannot write %s: %s", path, strerror(errno));
    p += w;
    n -= (size_t)w;
  }
  return MRL_OK;
}

static enum mrl_status lock_whole_file(int fd, const char *path, struct mrl_err *err) {
  struct flock lk = {.l_type = F_WRLCK, .l_whence = SEEK_SET, .l_start = 0, .l_len = 0};
  while (fcntl(fd, F_SETLKW, &lk) != 0)
    if (errno != EINTR) return mrl_fail(err, MRL_EIO, "cannot lock %s: %s", path, strerror(errno));
  return MRL_OK;
}

/* An existing file must start with our header: appending rows of another schema under it would
 * silently mislabel every column. */
static enum mrl_status check_header(int fd, const char *header, const char *path,
                                    struct mrl_err *err) {
  size_t len = strlen(header);
  char *buf = malloc(len);
  if (!buf) return mrl_fail(err, MRL_ENOMEM, "out of memory");
  ssize_t got = pread(fd, buf, len, 0);
  bool same = got == (ssize_t)len && memcmp(buf, header, len) == 0;
  free(buf);
  if (got < 0) return mrl_fail(err, MRL_EIO, "cannot read %s: %s", path, strerror(errno));
  if (!same)
    return mrl_fail(err, MRL_EINVAL, "%s has a different CSV header (another schema version?)",
                    path);
  return MRL_OK;
}

/* Header and text are joined first so that a new file gets both in one write(). */
static enum mrl_status append_under_lock(int fd, const char *header, const char *text,
                                         size_t text_len, const char *path, struct mrl_err *err) {
  struct stat sb;
  if (fstat(fd, &sb) != 0)
    return mrl_fail(err, MRL_EIO, "cannot stat %s: %s", path, strerror(errno));
  if (!header) return write_all(fd, text, text_len, path, err);
  if (sb.st_size > 0) {
    enum mrl_status st = check_header(fd, header, path, err);
    return st != MRL_OK ? st : write_all(fd, text, text_len, path, err);
  }
  size_t hlen = strlen(header);
  char *both = malloc(hlen + text_len);
  if (!both) return mrl_fail(err, MRL_ENOMEM, "out of memory");
  memcpy(both, header, hlen);
  memcpy(both + hlen, text, text_len);
  enum mrl_status st = write_all(fd, both, hlen + text_len, path, err);
  free(both);
  return st;
}

enum mrl_status mrl_record_append_locked(const char *path, const char *header, const char *text,
                                         size_t text_len, struct mrl_err *err) {
  int fd = open(path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0) return mrl_fail(err, MRL_EIO, "cannot open %s: %s", path, strerror(errno));
  enum mrl_status st = lock_whole_file(fd, path, err);
  if (st == MRL_OK) st = append_under_lock(fd, header, text, text_len, path, err);
  /* Closing releases the lock; a failed close can mean the data never reached the file. */
  if (close(fd) != 0 && st == MRL_OK)
    st = mrl_fail(err, MRL_EIO, "cannot close %s: %s", path, strerror(errno));
  return st;
}
