/* The bounded on-disk cache: entries read back whole, least recently used evicted first (a
 * read counts as a use), the limit held after every write, oversized entries refused, kinds
 * cleared one at a time, names that could leave the folder refused.
 *   test_cache SCRATCH_DIR */
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cache.h"
#include "check.h"

static char dir[4096];

static enum mrl_status put(const struct mrl_cache *c, const char *kind, const char *key, size_t bytes, char fill) {
  char *buf = malloc(bytes);
  memset(buf, fill, bytes);
  const void *parts[2] = {buf, buf + bytes / 2};
  size_t sizes[2] = {bytes / 2, bytes - bytes / 2};
  struct mrl_err e;
  enum mrl_status s = mrl_cache_write(c, kind, key, parts, sizes, 2, &e);
  free(buf);
  /* Modification times must differ for the order to be defined: wait a little. */
  usleep(20000);
  return s;
}

static int has(const struct mrl_cache *c, const char *kind, const char *key) {
  void *d;
  size_t n;
  int hit = mrl_cache_read(c, kind, key, &d, &n);
  free(d);
  return hit;
}

static int exists(const char *kind, const char *key) {
  char path[8192];
  snprintf(path, sizeof path, "%s/%s/%s", dir, kind, key);
  return access(path, F_OK) == 0;
}

static void rm_tree(const char *d) {
  char cmd[8300];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", d);
  if (system(cmd) != 0) fprintf(stderr, "could not remove %s\n", d);
}

static void test_roundtrip(void) {
  struct mrl_cache c;
  mrl_cache_init(&c, dir, 1 << 20);
  CHECK(put(&c, "meas", "a.json", 1000, 'a') == MRL_OK);
  void *d;
  size_t n;
  CHECK(mrl_cache_read(&c, "meas", "a.json", &d, &n) == 1);
  CHECK(n == 1000 && ((char *)d)[0] == 'a' && ((char *)d)[999] == 'a' && ((char *)d)[1000] == '\0');
  free(d);
  CHECK(!has(&c, "meas", "missing.json"));
  CHECK(!has(&c, "mag", "a.json"));
}

static void test_lru(void) {
  rm_tree(dir);
  struct mrl_cache c;
  mrl_cache_init(&c, dir, 10000); /* room for four entries of 2400 bytes */
  CHECK(put(&c, "mag", "1", 2400, '1') == MRL_OK);
  CHECK(put(&c, "mag", "2", 2400, '2') == MRL_OK);
  CHECK(put(&c, "meas", "3", 2400, '3') == MRL_OK);
  CHECK(put(&c, "meas", "4", 2400, '4') == MRL_OK);
  CHECK(exists("mag", "1") && exists("mag", "2") && exists("meas", "3") && exists("meas", "4"));
  CHECK(has(&c, "mag", "1")); /* 1 is now the most recently used */
  usleep(20000);
  CHECK(put(&c, "meas", "5", 2400, '5') == MRL_OK); /* 12000 > 10000: 2 goes, not 1 */
  CHECK(exists("mag", "1") && !exists("mag", "2") && exists("meas", "3") && exists("meas", "5"));
  struct mrl_cache_stats st;
  struct mrl_err e;
  CHECK(mrl_cache_stats(&c, &st, &e) == MRL_OK);
  CHECK(st.files == 4 && st.bytes == 4 * 2400 && st.bytes <= c.limit_bytes);
  CHECK(st.nkinds == 2);
  /* Trimming further: the oldest go first, whatever their kind. */
  CHECK(mrl_cache_trim(&c, 5000, &e) == MRL_OK);
  CHECK(mrl_cache_stats(&c, &st, &e) == MRL_OK);
  CHECK(st.files == 2 && st.bytes <= 5000);
  CHECK(exists("mag", "1") && exists("meas", "5") && !exists("meas", "3") && !exists("meas", "4"));
}

static void test_limits_and_names(void) {
  rm_tree(dir);
  struct mrl_cache c;
  mrl_cache_init(&c, dir, 10000);
  CHECK(put(&c, "mag", "big", 2600, 'b') == MRL_EINVAL); /* more than a quarter of the limit */
  CHECK(!exists("mag", "big"));
  CHECK(put(&c, "mag", "../escape", 10, 'x') == MRL_EINVAL);
  CHECK(put(&c, "..", "x", 10, 'x') == MRL_EINVAL);
  CHECK(put(&c, "mag/sub", "x", 10, 'x') == MRL_EINVAL);
  struct mrl_cache none;
  mrl_cache_init(&none, NULL, 10000);
  CHECK(put(&none, "mag", "x", 10, 'x') == MRL_EINVAL);
  CHECK(!has(&none, "mag", "x"));
}

static void test_clear(void) {
  rm_tree(dir);
  struct mrl_cache c;
  mrl_cache_init(&c, dir, 1 << 20);
  CHECK(put(&c, "mag", "m", 100, 'm') == MRL_OK);
  CHECK(put(&c, "meas", "x", 100, 'x') == MRL_OK);
  /* A temporary file left by a killed writer is neither counted nor read, and clear removes it. */
  char tmp[8300];
  snprintf(tmp, sizeof tmp, "%s/meas/y.tmp.123", dir);
  FILE *f = fopen(tmp, "w");
  CHECK(f != NULL);
  if (f) fclose(f);
  struct mrl_cache_stats st;
  struct mrl_err e;
  CHECK(mrl_cache_stats(&c, &st, &e) == MRL_OK && st.files == 2);
  CHECK(mrl_cache_clear(&c, "meas", &e) == MRL_OK);
  CHECK(!exists("meas", "x") && access(tmp, F_OK) != 0 && exists("mag", "m"));
  CHECK(mrl_cache_clear(&c, NULL, &e) == MRL_OK);
  CHECK(mrl_cache_stats(&c, &st, &e) == MRL_OK && st.files == 0 && st.bytes == 0);
  CHECK(mrl_cache_clear(&c, "../x", &e) == MRL_EINVAL);
}

int main(int argc, char **argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: test_cache SCRATCH_DIR\n");
    return 2;
  }
  snprintf(dir, sizeof dir, "%s/test_cache.%d", argv[1], (int)getpid());
  test_roundtrip();
  test_lru();
  test_limits_and_names();
  test_clear();
  rm_tree(dir);
  return CHECK_DONE();
}
