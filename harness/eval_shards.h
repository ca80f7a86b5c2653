/* The shards of an `mlirrl eval` run on several ranks (mpi_comm.h): each rank appends the
 * records it measures to OUT/shards/rank-<r>.jsonl (the same lines OUT/results.jsonl takes, as
 * soon as each is measured), and rank 0 merges them into OUT/results.jsonl at the end.
 *
 * A run is sharded by benchmark: every method of a benchmark runs on the rank that measured
 * its default pipeline, because their records are measured against that pipeline's outputs
 * and samples of this run (the eval profile times it beside each candidate; searches take their
 * timeouts from it; PyTorch and OpenBLAS divide its samples).
 *
 * Resume: --resume first merges the shards a stopped run left (whatever the number of ranks
 * that wrote them, and with or without mpirun now), then reads OUT/results.jsonl as a run on
 * one rank does: a benchmark a killed rank left unfinished is finished by whichever rank takes
 * it next, and nothing measured is measured again.
 *
 * Merging keeps OUT/results.jsonl's lines as they are and appends the shards' records it does
 * not hold, benchmark by benchmark in the run's order and, within one, in the order of its
 * methods (the order a run on one rank writes them); records of benchmarks or methods this run
 * does not name follow in the order read. The new file replaces the old one by rename before
 * the shards are removed: a kill in between leaves records in both, and the next merge takes
 * only those results.jsonl lacks. A shard's last line cut short by a kill is left out. */
#ifndef MRL_EVAL_SHARDS_H
#define MRL_EVAL_SHARDS_H

#include <stddef.h>

#include "eval_method.h"
#include "eval_plan.h"
#include "eval_record.h"

/* OUT/shards/rank-<rank>.jsonl */
void mrl_eval_shard_path(const char *out, int rank, char *buf, size_t n);

/* Whether OUT holds shard files. */
int mrl_eval_shards_exist(const char *out);

/* Appends the shards' records that results lacks (see above), then removes OUT/shards.
 * *added: records appended. No shards: nothing changes. */
enum mrl_status mrl_eval_shards_merge(const char *out, const char *results,
                                      const struct mrl_bench_list *benches,
                                      const struct mrl_method_list *methods, int *added, struct mrl_err *err);

#endif
