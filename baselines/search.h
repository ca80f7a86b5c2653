/* Schedule searches over the environment's action space (the same masks, grammar and limits an
 * agent sees), each measurement made by the measurer the caller gives (the harness's: isolated,
 * verified, train profile, cached):
 *
 *   random     episodes of the random agent (uniform over legal actions), seeded.
 *   evolution  the first `population` candidates are the random search's own (so at any
 *              budget it has seen what random search had at that point), then each new one
 *              comes from a verified parent (the best so far with probability `elite`,
 *              otherwise the winner of a tournament among the verified ones), or, with
 *              probability `immigrants`, is the random search's next candidate: a tile size moved one
 *              choice up or down, one action replaced (the parent's later actions kept where
 *              still legal), the actions after a cut point drawn afresh, or, for benchmarks
 *              of several ops, each op's segment taken from one of two parents. Schedules
 *              already measured are drawn again rather than measured twice.
 *
 * Neither depends on the budget beyond stopping at it: the first k measurements of a search
 * with budget N are exactly the search with budget k. A run at the largest budget therefore
 * answers every smaller one (mrl_search_best_within).
 *
 * Ownership: mrl_search_run fills a result whose arrays and strings it allocates; release
 * them with mrl_search_result_free. */
#ifndef MRL_SEARCH_H
#define MRL_SEARCH_H

#include <stdint.h>

#include "mlirrl_env.h"

enum mrl_search_kind { MRL_SEARCH_RANDOM, MRL_SEARCH_EVOLUTION, MRL_SEARCH_KIND_COUNT };

/* "random", "search" (the method names of mlirrl eval); NULL out of range. */
const char *mrl_search_kind_name(enum mrl_search_kind k);

struct mrl_search_opts {
  enum mrl_search_kind kind;
  int budget;          /* measurements to spend */
  uint64_t seed;       /* the same seed gives the same candidates (and, with the cache, the same result) */
  int population;      /* evolution: random candidates first (8) */
  int tournament;      /* evolution: parents drawn per selection (3) */
  /* Measured on suites/validation-sample.list at budget 32 (results/search-study-llvm19.md):
   * 0.25 and 0.25 did at least as well as 0.5 and 0 under both profiles. */
  double elite;        /* evolution: probability that the parent is the best so far (0.25) */
  double immigrants;   /* evolution: probability that a new candidate is a fresh random one (0.25) */
  struct mrl_measurer measurer;
  /* Called after every measurement (may be NULL): measurements spent so far, the budget, and
   * the best verified speedup so far (NaN while there is none). */
  void (*progress)(void *user, int spent, int budget, double best);
  void *progress_user;
};

void mrl_search_default_opts(struct mrl_search_opts *o);

/* One measured candidate. */
struct mrl_search_candidate {
  char *schedule;
  enum mrl_measure_outcome outcome;
  char outcome_name[32];
  double speedup; /* NaN unless verified and timed */
  int cached;
  double at_s; /* seconds from the start of the search to the end of this measurement */
};

struct mrl_search_result {
  int spent;        /* measurements made (cache hits included) */
  int cache_hits;   /* of them, answered by the measurer's cache */
  int duplicates;   /* candidates drawn again because they had been measured already */
  double wall_s;    /* wall time of the whole search */
  struct mrl_search_candidate *cand; /* spent of them, in the order measured */
};

/* Runs the search on the benchmark loaded in e (the environment is reset and stepped; its
 * measurer is replaced by the one in o for the search and uninstalled afterwards). Fails only
 * when the machinery fails (the measurer itself, the environment); a candidate that fails to
 * transform, compile, run or verify is a result of the search. */
enum mrl_status mrl_search_run(struct mrl_env *e, const struct mrl_search_opts *o, struct mrl_search_result *r,
                               struct mrl_err *err);

/* Index of the best verified candidate among the first k (-1 when none of them verified). */
int mrl_search_best_within(const struct mrl_search_result *r, int k);

void mrl_search_result_free(struct mrl_search_result *r);

#endif
