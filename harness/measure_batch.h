/* Measurements taken apart from the episodes that ask for them: the way `mlirrl train` shares
 * an iteration's measurements between ranks (mpi_comm.h) and still learns what a run on one
 * rank learns.
 *
 *   1. record: rank 0 plays the iteration's episodes through the recorder (it keeps each
 *      request and answers a placeholder) and sends the requests to every rank;
 *   2. measure: each rank measures its share of the distinct requests with the real measurer
 *      (the cache included) and rank 0 gathers the results, as the cache would give them back
 *      (mrl_env_measurement_from_json);
 *   3. replay: rank 0 plays the same episodes again from the same random state through the
 *      replayer, which answers each request with its result: the rollouts, rewards and update
 *      are those of a run on one rank that finds every measurement in the cache.
 *
 * A request asked again within the batch is measured once and answered as a cache hit, as it
 * would be on one rank. Results travel with their cache entries (key and record), which rank 0
 * adds to its cache when it lacks them (ranks on other nodes have caches of their own).
 *
 * Ownership: the batch owns copies of the requests; mrl_measure_batch_free frees them. */
#ifndef MRL_MEASURE_BATCH_H
#define MRL_MEASURE_BATCH_H

#include <stddef.h>

#include "env_measure.h"

struct mrl_measure_item {
  char *bench_id, *bench_text, *schedule, *script;
  double timeout_s;
  int first; /* the first item of the batch with the same request (itself when none before) */
  int done;  /* result holds the answer */
  struct mrl_measurement result;
  char *key, *json; /* the cache entry of a result measured here or received (NULL when none) */
};

struct mrl_measure_batch {
  struct mrl_measure_item *v;
  int n, cap;
  double timeout_s;  /* the limit of the requests recorded next (the trainer sets it per benchmark) */
  int replay_at;     /* the next item the replayer answers */
  int asked, cached; /* the replayer's answers since init, and those that count as cache hits */
};

void mrl_measure_batch_init(struct mrl_measure_batch *b);
/* Empties it for the next phase (the replayer's counters go on). */
void mrl_measure_batch_clear(struct mrl_measure_batch *b);
void mrl_measure_batch_free(struct mrl_measure_batch *b);

struct mrl_measurer mrl_measure_batch_recorder(struct mrl_measure_batch *b);
/* Fails (MRL_EINVAL) when a request is not the recorded one at its place: the replay diverged. */
struct mrl_measurer mrl_measure_batch_replayer(struct mrl_measure_batch *b);

/* The requests as bytes (malloc'd), and a batch made of them on another rank (emptied first). */
enum mrl_status mrl_measure_batch_pack_requests(const struct mrl_measure_batch *b, char **buf, size_t *n,
                                                struct mrl_err *err);
enum mrl_status mrl_measure_batch_unpack_requests(struct mrl_measure_batch *b, const char *buf, size_t n,
                                                  struct mrl_err *err);
/* Measures the distinct requests d = 0, 1, ... with (d + 1) % size == rank (rank 0, which also
 * replays and learns, comes last), each under its limit. */
enum mrl_status mrl_measure_batch_run(struct mrl_measure_batch *b, struct mrl_env_measurer *m, int rank,
                                      int size, struct mrl_err *err);
/* This rank's results as bytes (malloc'd), and their adoption by another rank's batch (the
 * same requests): results and cache entries, which go into m's cache when it lacks them. */
enum mrl_status mrl_measure_batch_pack(const struct mrl_measure_batch *b, char **buf, size_t *n,
                                       struct mrl_err *err);
enum mrl_status mrl_measure_batch_unpack(struct mrl_measure_batch *b, const char *buf, size_t n,
                                         struct mrl_env_measurer *m, struct mrl_err *err);
/* After every rank's results are in: the repeated requests take their first one's result, as a
 * cache hit. MRL_EBENCH when a distinct request has no result. */
enum mrl_status mrl_measure_batch_complete(struct mrl_measure_batch *b, struct mrl_err *err);

#endif
