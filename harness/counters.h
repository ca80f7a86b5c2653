/* Event counters around a kernel: PAPI events when built with HAVE_PAPI and the machine has
 * them, plus the process CPU time of all threads, which every build and machine can give.
 *
 * The wanted list names hardware presets (cycles, instructions, cache misses, branch misses)
 * and the perf software events. Each is probed; those that exist are counted, the others are
 * reported unavailable with the reason. Nothing here depends on what this VM lacks: on a
 * machine with a PMU the hardware events appear with no code change. */
#ifndef MRL_COUNTERS_H
#define MRL_COUNTERS_H

#include <stdint.h>

#include "status.h"

enum { MRL_MAX_COUNTERS = 16, MRL_COUNTER_NAME = 48, MRL_COUNTER_REASON = 96 };

struct mrl_counter {
  char name[MRL_COUNTER_NAME];
  int available;
  double per_call; /* count divided by the number of calls, when available */
  char reason[MRL_COUNTER_REASON];
};

struct mrl_counter_set {
  int n;
  struct mrl_counter c[MRL_MAX_COUNTERS];
  char note[160]; /* what the counts cover, and why some are missing */
};

/* Counts the wanted events over `iters` calls of fn(arg); events that cannot share one event
 * set are counted in further runs of the same calls. */
void mrl_counters_measure(void (*fn)(void *), void *arg, int64_t iters,
                          struct mrl_counter_set *out);

/* 1 when this build counts with PAPI. */
int mrl_counters_have_papi(void);

#endif
