/* Keeping processes of one machine out of each other's measurements: a lock that one process at
 * a time holds while it times kernels (a file lock, flock(2): released by the kernel when its
 * holder dies, even by kill -9), and the CPU affinity of a process.
 *
 * The lock is off until a path is set (mpi_comm.c sets one when ranks share a node); then
 * mrl_timing_lock_acquire blocks in the kernel (no core spent) until no other process holds it.
 * evaluate.c holds it around the timed samples and counter passes of a measurement, cmd_eval.c
 * around the baselines it times outside the workers; compiling and the output check run
 * without it. Acquire and release nest (only the outermost pair locks).
 *
 * Test-only: MLIRRL_TEST_TIMING_TRACE=FILE appends one line "pid start end" per timed section
 * (CLOCK_MONOTONIC seconds), with or without the lock, so that a test sees any overlap.
 *
 * Ownership: the lock's descriptor lives as long as the process (opened with O_CLOEXEC, so a
 * program a worker starts does not inherit it). */
#ifndef MRL_TIMING_LOCK_H
#define MRL_TIMING_LOCK_H

/* Turns the lock on with the file at path (created); NULL turns it off. 0, or -1 with errno. */
int mrl_timing_lock_set_path(const char *path);
int mrl_timing_lock_active(void);
void mrl_timing_lock_acquire(void);
void mrl_timing_lock_release(void);
/* Strict: the work around a timing (compiling, the output check) takes the lock shared, so that
 * a timing waits for the other processes' work in progress and their new work waits for it:
 * nothing of the others runs beside a timed kernel. Off by default (then work never waits). */
void mrl_timing_lock_set_strict(int on);
/* The work before a timing (evaluate.c: compiling both versions, check calls); ended by
 * mrl_timing_lock_acquire or by mrl_timing_lock_work_end. No-ops unless strict. */
void mrl_timing_lock_work_begin(void);
void mrl_timing_lock_work_end(void);
/* Seconds spent waiting for the lock, and times it was taken, since the process started. */
double mrl_timing_lock_waited_s(void);
long mrl_timing_lock_taken(void);

/* Lets the process run on every CPU of the machine its cgroup allows (undoing a binding to a
 * core that a launcher such as mpirun made). The number of CPUs it may use then, or -1. */
int mrl_affinity_widen(void);
/* Pins the process to the index-th of count equal shares of the CPUs it may use after
 * widening (at least one CPU each; shares wrap around when count exceeds the CPUs). The number
 * of CPUs in its share, or -1. */
int mrl_affinity_share(int index, int count);

#endif
