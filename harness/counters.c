#include "counters.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#ifdef HAVE_PAPI
#include <papi.h>
#endif

/* Hardware presets first, then the perf software events that exist even without a PMU. */
static const char *const wanted[] = {
    "PAPI_TOT_CYC", "PAPI_TOT_INS", "PAPI_L1_DCM", "PAPI_L2_DCM", "PAPI_L3_TCM",
    "PAPI_BR_MSP",  "perf::TASK-CLOCK", "perf::PAGE-FAULTS", "perf::CONTEXT-SWITCHES",
    "perf::CPU-MIGRATIONS",
};
enum { NWANTED = sizeof wanted / sizeof wanted[0] };

static double cpu_seconds(void) {
  struct timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

static struct mrl_counter *add(struct mrl_counter_set *out, const char *name) {
  struct mrl_counter *c = &out->c[out->n++];
  memset(c, 0, sizeof *c);
  snprintf(c->name, sizeof c->name, "%s", name);
  return c;
}

static void run_calls(void (*fn)(void *), void *arg, int64_t iters) {
  for (int64_t i = 0; i < iters; ++i) fn(arg);
}

static void measure_cpu_time(void (*fn)(void *), void *arg, int64_t iters,
                             struct mrl_counter_set *out) {
  struct mrl_counter *c = add(out, "process::CPU-TIME-NS");
  double t0 = cpu_seconds();
  run_calls(fn, arg, iters);
  c->per_call = (cpu_seconds() - t0) * 1e9 / (double)iters;
  c->available = 1;
}

#ifdef HAVE_PAPI
static int papi_ready(char *why, size_t n) {
  if (PAPI_is_initialized() != PAPI_NOT_INITED) return 1;
  int v = PAPI_library_init(PAPI_VER_CURRENT);
  if (v != PAPI_VER_CURRENT) {
    snprintf(why, n, "PAPI_library_init failed: %s", v < 0 ? PAPI_strerror(v) : "version mismatch");
    return 0;
  }
  return 1;
}

/* Counts the events of codes[0..n) together; returns 0 when the set cannot be started. */
static int count_group(const int *codes, int n, long long *values, void (*fn)(void *), void *arg,
                       int64_t iters) {
  int es = PAPI_NULL;
  if (PAPI_create_eventset(&es) != PAPI_OK) return 0;
  int ok = 1;
  for (int i = 0; ok && i < n; ++i) ok = PAPI_add_event(es, codes[i]) == PAPI_OK;
  if (ok && PAPI_start(es) == PAPI_OK) {
    run_calls(fn, arg, iters);
    ok = PAPI_stop(es, values) == PAPI_OK;
  } else {
    ok = 0;
  }
  PAPI_cleanup_eventset(es);
  PAPI_destroy_eventset(&es);
  return ok;
}

static void measure_papi(void (*fn)(void *), void *arg, int64_t iters, struct mrl_counter_set *out) {
  char why[MRL_COUNTER_REASON];
  int ready = papi_ready(why, sizeof why);
  int codes[NWANTED], slot[NWANTED], ncodes = 0, nhw_missing = 0;
  for (int i = 0; i < NWANTED; ++i) {
    struct mrl_counter *c = add(out, wanted[i]);
    if (!ready) {
      snprintf(c->reason, sizeof c->reason, "%s", why);
      continue;
    }
    int code = 0, es = PAPI_NULL, r;
    r = PAPI_event_name_to_code((char *)wanted[i], &code);
    if (r == PAPI_OK && (r = PAPI_create_eventset(&es)) == PAPI_OK) {
      r = PAPI_add_event(es, code);
      PAPI_cleanup_eventset(es);
      PAPI_destroy_eventset(&es);
    }
    if (r != PAPI_OK) {
      snprintf(c->reason, sizeof c->reason, "not available here: %s", PAPI_strerror(r));
      nhw_missing += strncmp(wanted[i], "PAPI_", 5) == 0;
      continue;
    }
    codes[ncodes] = code;
    slot[ncodes++] = out->n - 1;
  }
  /* Greedy: all probed events in one set; when the PMU cannot hold them, one run each. */
  long long values[NWANTED];
  if (ncodes > 0 && count_group(codes, ncodes, values, fn, arg, iters)) {
    for (int k = 0; k < ncodes; ++k) {
      out->c[slot[k]].available = 1;
      out->c[slot[k]].per_call = (double)values[k] / (double)iters;
    }
  } else {
    for (int k = 0; k < ncodes; ++k) {
      struct mrl_counter *c = &out->c[slot[k]];
      if (count_group(&codes[k], 1, values, fn, arg, iters)) {
        c->available = 1;
        c->per_call = (double)values[0] / (double)iters;
      } else {
        snprintf(c->reason, sizeof c->reason, "could not be started");
      }
    }
  }
  /* Say what this machine gave, from what the probe found: machines differ (a PMU or not,
   * perf software events or none at all). */
  int nsw = 0, nhw = 0;
  for (int k = 0; k < out->n; ++k)
    if (out->c[k].available) strncmp(out->c[k].name, "PAPI_", 5) == 0 ? ++nhw : ++nsw;
  const char *what = !ready                 ? why
                     : nhw && nsw           ? "hardware and software events"
                     : nhw                  ? "hardware events only (no perf software events here)"
                     : nsw && nhw_missing   ? "no hardware PMU events on this machine: software events only"
                     : nsw                  ? "software events only"
                                            : "no PAPI event could be counted on this machine (no PMU, no perf events)";
  snprintf(out->note, sizeof out->note, "%s; PAPI counts the calling thread only%s", what,
           "; process::CPU-TIME-NS covers all threads");
}
#endif

void mrl_counters_measure(void (*fn)(void *), void *arg, int64_t iters, struct mrl_counter_set *out) {
  memset(out, 0, sizeof *out);
  if (iters < 1) iters = 1;
#ifdef HAVE_PAPI
  measure_papi(fn, arg, iters, out);
#else
  for (int i = 0; i < NWANTED; ++i)
    snprintf(add(out, wanted[i])->reason, MRL_COUNTER_REASON, "built without PAPI");
  snprintf(out->note, sizeof out->note,
           "built without PAPI: only process::CPU-TIME-NS (all threads) is counted");
#endif
  measure_cpu_time(fn, arg, iters, out);
}

int mrl_counters_have_papi(void) {
#ifdef HAVE_PAPI
  return 1;
#else
  return 0;
#endif
}
