/* The timing lock (harness/timing_lock.h): two processes holding it in turn never hold it at
 * once (the test-only trace shows the spans), nesting locks once, a holder killed with -9
 * releases it, and without a path nothing blocks. Scratch files go to the folder given. */
#define _GNU_SOURCE
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "check.h"
#include "timing_lock.h"

static void nap_ms(int ms) {
  struct timespec t = {ms / 1000, (long)(ms % 1000) * 1000000L};
  nanosleep(&t, NULL);
}

static double mono_s(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

int main(int argc, char **argv) {
  const char *dir = argc > 1 ? argv[1] : ".";
  char lock[4200], tracef[4200];
  snprintf(lock, sizeof lock, "%s/timing_lock_scratch.lock", dir);
  snprintf(tracef, sizeof tracef, "%s/timing_lock_scratch.trace", dir);
  unlink(tracef);
  setenv("MLIRRL_TEST_TIMING_TRACE", tracef, 1);

  /* Off: acquire does not block, and nothing is counted as a wait. */
  mrl_timing_lock_acquire();
  mrl_timing_lock_release();
  CHECK(!mrl_timing_lock_active() && mrl_timing_lock_taken() == 0);

  /* Two processes, 5 sections of 20 ms each. */
  pid_t kids[2];
  for (int k = 0; k < 2; ++k) {
    if ((kids[k] = fork()) == 0) {
      if (mrl_timing_lock_set_path(lock) != 0) _exit(2);
      for (int i = 0; i < 5; ++i) {
        mrl_timing_lock_acquire();
        mrl_timing_lock_acquire(); /* nested: locks once */
        nap_ms(20);
        mrl_timing_lock_release();
        mrl_timing_lock_release();
      }
      _exit(mrl_timing_lock_taken() == 5 ? 0 : 3);
    }
  }
  for (int k = 0; k < 2; ++k) {
    int st;
    waitpid(kids[k], &st, 0);
    CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 0);
  }
  FILE *f = fopen(tracef, "r");
  long pid[64];
  double t0[64], t1[64];
  int n = 0;
  while (f && n < 64 && fscanf(f, "%ld %lf %lf", &pid[n], &t0[n], &t1[n]) == 3) ++n;
  if (f) fclose(f);
  CHECK(n == 11); /* the unlocked pair above, then 5 + 5 */
  int overlaps = 0;
  for (int i = 0; i < n; ++i)
    for (int j = 0; j < n; ++j)
      if (pid[i] != pid[j] && t0[i] < t1[j] && t0[j] < t1[i]) ++overlaps;
  CHECK(overlaps == 0);

  /* A holder killed with -9 lets the next one in. */
  int ready[2];
  if (pipe(ready) != 0) return 2;
  pid_t holder = fork();
  if (holder == 0) {
    mrl_timing_lock_set_path(lock);
    mrl_timing_lock_acquire();
    if (write(ready[1], "x", 1) != 1) _exit(2);
    pause();
    _exit(0);
  }
  char c;
  CHECK(read(ready[0], &c, 1) == 1);
  CHECK(mrl_timing_lock_set_path(lock) == 0 && mrl_timing_lock_active());
  kill(holder, SIGKILL);
  double start = mono_s();
  mrl_timing_lock_acquire();
  CHECK(mono_s() - start < 5);
  mrl_timing_lock_release();
  waitpid(holder, NULL, 0);
  mrl_timing_lock_set_path(NULL);
  unlink(lock);
  unlink(tracef);
  return CHECK_DONE();
}
