/* sched_setaffinity, CPU_SET */
#define _GNU_SOURCE
#include "timing_lock.h"

#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/file.h>
#include <time.h>
#include <unistd.h>

static int lock_fd = -1;
static int depth;
static double waited_s;
static long taken;
static double held_since;
static int strict, shared; /* strict: other work waits for a timing; shared: this process's share held */

static double mono_s(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

int mrl_timing_lock_set_path(const char *path) {
  if (lock_fd >= 0) close(lock_fd);
  lock_fd = -1;
  depth = shared = 0;
  if (!path) return 0;
  lock_fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  return lock_fd < 0 ? -1 : 0;
}

int mrl_timing_lock_active(void) {
  return lock_fd >= 0;
}


void mrl_timing_lock_set_strict(int on) { strict = on; }

void mrl_timing_lock_work_begin(void) {
  if (lock_fd < 0 || !strict || shared || depth > 0) return;
  while (flock(lock_fd, LOCK_SH) != 0 && errno == EINTR) {
  }
  shared = 1;
}

void mrl_timing_lock_work_end(void) {
  if (!shared) return;
  shared = 0;
  flock(lock_fd, LOCK_UN);
}

void mrl_timing_lock_acquire(void) {
  if (depth++ > 0) return;
  mrl_timing_lock_work_end(); /* a shared lock is not turned into the exclusive one in place */
  double t0 = mono_s();
  while (lock_fd >= 0 && flock(lock_fd, LOCK_EX) != 0 && errno == EINTR) {
  }
  held_since = mono_s();
  if (lock_fd >= 0) {
    waited_s += held_since - t0;
    ++taken;
  }
}

/* Test-only: MLIRRL_TEST_TIMING_TRACE=FILE appends "pid start end" (CLOCK_MONOTONIC seconds,
 * the same clock in every process of the machine) for every timed section, lock or no lock, so
 * that a test can see whether two processes timed at once. */
static void trace(double t0, double t1) {
  static int fd = -2;
  if (fd == -2) {
    const char *p = getenv("MLIRRL_TEST_TIMING_TRACE");
    fd = p && *p ? open(p, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644) : -1;
  }
  if (fd < 0) return;
  char line[96];
  int n = snprintf(line, sizeof line, "%ld %.9f %.9f\n", (long)getpid(), t0, t1);
  if (n > 0 && write(fd, line, (size_t)n) != n) fd = -1; /* one write: O_APPEND keeps lines whole */
}

void mrl_timing_lock_release(void) {
  if (depth == 0 || --depth > 0) return;
  trace(held_since, mono_s());
  if (lock_fd >= 0) flock(lock_fd, LOCK_UN);
}

double mrl_timing_lock_waited_s(void) {
  return waited_s;
}
long mrl_timing_lock_taken(void) {
  return taken;
}

int mrl_affinity_widen(void) {
  long n = sysconf(_SC_NPROCESSORS_CONF);
  if (n < 1) return -1;
  cpu_set_t all;
  CPU_ZERO(&all);
  for (long i = 0; i < n && i < CPU_SETSIZE; ++i)
    CPU_SET((int)i, &all);
  /* The kernel keeps the CPUs of the mask that the cgroup's cpuset allows. */
  if (sched_setaffinity(0, sizeof all, &all) != 0) return -1;
  cpu_set_t now;
  if (sched_getaffinity(0, sizeof now, &now) != 0) return -1;
  return CPU_COUNT(&now);
}

int mrl_affinity_share(int index, int count) {
  int n = mrl_affinity_widen();
  if (n < 1 || count < 1 || index < 0) return -1;
  cpu_set_t now, mine;
  if (sched_getaffinity(0, sizeof now, &now) != 0) return -1;
  int cpus[CPU_SETSIZE], k = 0;
  for (int c = 0; c < CPU_SETSIZE; ++c)
    if (CPU_ISSET(c, &now)) cpus[k++] = c;
  int per = k / count > 0 ? k / count : 1;
  int first = (index * per) % k;
  CPU_ZERO(&mine);
  for (int i = 0; i < per; ++i)
    CPU_SET(cpus[(first + i) % k], &mine);
  if (sched_setaffinity(0, sizeof mine, &mine) != 0) return -1;
  return per;
}
