/* mlirrl on several ranks (Open MPI): mpirun -n K mlirrl eval|train ... shares the work of one
 * run between K processes, on one node or several.
 *
 * MPI is initialized only when the process was started by mpirun (its environment says so:
 * OMPI_COMM_WORLD_SIZE, PMIX_RANK or PMI_RANK); a plain `mlirrl` never touches MPI, whatever
 * the build. Without MPI support (HAVE_MPI unset) every function here is a stub of a single
 * rank, and mrl_mpi_start refuses a start by mpirun in one line.
 *
 * Timing discipline (ranks that share a node, found with MPI_Comm_split_type): the variable
 * MLIRRL_MPI_TIMING picks how they keep out of each other's measurements:
 *   lock  (default) one rank of a node times kernels at a time (timing_lock.h: a file lock
 *         around every timed section); the others compile, check outputs and search meanwhile.
 *   strict  the same, and the other ranks' compiling and output checks wait while a rank times
 *         (a timing waits for those in progress): nothing of theirs runs beside a timed kernel.
 *   pin   each rank of a node is pinned to its own share of the node's cores and times without
 *         waiting; give --threads at most that share.
 *   none  nothing (for measuring what the others prevent).
 * Except under pin, every rank may use every core of the node (mpirun's binding of a rank to
 * one core is undone), so a kernel runs with the threads it would have alone. What each did to
 * the numbers on 2 cores: README, Several processes.
 *
 * Waiting: Open MPI's blocking calls spin on a core. A rank that waits for another here polls
 * with short sleeps instead, so that it takes no core from a rank timing a kernel.
 *
 * Fork: mlirrl forks its measuring workers after MPI_Init. The children never call MPI and
 * leave with _exit, and the shared-memory and TCP transports need nothing of them; the fork
 * warning Open MPI prints for RDMA transports is turned off (OMPI_MCA_mpi_warn_on_fork=0 unless
 * the user set it), and the RDMA transport itself is left out by default
 * (OMPI_MCA_btl=^openib unless set), as registered memory and fork do not mix.
 *
 * Ownership: buffers returned through out-parameters are the caller's (free()). */
#ifndef MRL_MPI_COMM_H
#define MRL_MPI_COMM_H

#include <stddef.h>

#include "status.h"

/* Whether the environment says this process was started by mpirun. */
int mrl_mpi_launched(void);

/* Called by main before a command runs. 0: go on (MPI initialized when launched and built
 * with MPI); otherwise the exit status, after one line on stderr (from rank 0 only): started by
 * mpirun without MPI support, MPI_Init failed, or a command that does not run on several ranks. */
int mrl_mpi_start(const char *command);
/* MPI_Finalize when mrl_mpi_start initialized MPI; a no-op otherwise. */
void mrl_mpi_finish(void);
/* A rank that cannot go on: ends every rank of the run (MPI_Abort) with this exit status. */
void mrl_mpi_abort(int status);

/* This rank and the number of ranks (0 and 1 outside MPI); the same within this node. */
int mrl_mpi_rank(void);
int mrl_mpi_size(void);
int mrl_mpi_node_rank(void);
int mrl_mpi_node_size(void);
/* "lock", "strict", "pin" or "none" (see above); "lock" outside MPI. */
const char *mrl_mpi_timing_mode(void);

/* Collectives over all ranks, root 0; each is a no-op on one rank. */
enum mrl_status mrl_mpi_barrier(struct mrl_err *err);
enum mrl_status mrl_mpi_bcast(void *buf, size_t n, struct mrl_err *err);
/* Rank 0 receives every rank's n bytes: *all (malloc'd, rank 0 only) holds them in rank
 * order, counts[r] (rank 0 only, size entries) their lengths. Other ranks get *all = NULL. */
enum mrl_status mrl_mpi_gather(const void *mine, size_t n, char **all, size_t *counts, struct mrl_err *err);
/* The sum over ranks of v, on every rank. */
enum mrl_status mrl_mpi_sum(double *v, struct mrl_err *err);

/* Work items handed out one at a time by rank 0 (which works on them too): items 0..n-1 of a
 * list only rank 0 needs to know. A rank asks for its next item as soon as it gets one, so the
 * answer is there when it finishes; rank 0 answers at mrl_mpi_dispatch_poll, which it calls
 * between pieces of its own work. */
void mrl_mpi_dispatch_start(int nitems);
/* The next item for this rank, or -1 when there is none left. */
int mrl_mpi_dispatch_next(void);
/* Rank 0: answers the requests that arrived. A no-op elsewhere. */
void mrl_mpi_dispatch_poll(void);
/* Rank 0, after its last item: answers until every rank was told there is none left. */
void mrl_mpi_dispatch_end(void);

#endif
