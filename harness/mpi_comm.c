/* setenv, nanosleep */
#define _GNU_SOURCE
#include "mpi_comm.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "timing_lock.h"

static const char *env_first(const char *const *names) {
  for (int i = 0; names[i]; ++i) {
    const char *v = getenv(names[i]);
    if (v && *v) return v;
  }
  return NULL;
}

static const char *const RANK_VARS[] = {"OMPI_COMM_WORLD_RANK", "PMIX_RANK", "PMI_RANK", NULL};
static const char *const SIZE_VARS[] = {"OMPI_COMM_WORLD_SIZE", "PMI_SIZE", NULL};

int mrl_mpi_launched(void) {
  return env_first(RANK_VARS) || env_first(SIZE_VARS);
}

/* This process's rank as the launcher's environment says (before or without MPI_Init). */
static int env_rank(void) {
  const char *v = env_first(RANK_VARS);
  return v ? atoi(v) : 0;
}

#ifndef HAVE_MPI

int mrl_mpi_start(const char *command) {
  (void)command;
  if (!mrl_mpi_launched()) return 0;
  if (env_rank() == 0)
    fprintf(stderr,
            "mlirrl: started by mpirun, but this mlirrl was built without MPI (HAVE_MPI unset: install "
            "libopenmpi-dev and build again); run it without mpirun\n");
  return 3;
}
void mrl_mpi_finish(void) {}
void mrl_mpi_abort(int status) {
  exit(status);
}
int mrl_mpi_rank(void) {
  return 0;
}
int mrl_mpi_size(void) {
  return 1;
}
int mrl_mpi_node_rank(void) {
  return 0;
}
int mrl_mpi_node_size(void) {
  return 1;
}
const char *mrl_mpi_timing_mode(void) {
  return "lock";
}
enum mrl_status mrl_mpi_barrier(struct mrl_err *err) {
  (void)err;
  return MRL_OK;
}
enum mrl_status mrl_mpi_bcast(void *buf, size_t n, struct mrl_err *err) {
  (void)buf, (void)n, (void)err;
  return MRL_OK;
}
enum mrl_status mrl_mpi_gather(const void *mine, size_t n, char **all, size_t *counts, struct mrl_err *err) {
  *all = malloc(n ? n : 1);
  if (!*all) return mrl_fail(err, MRL_ENOMEM, "out of memory");
  if (n) memcpy(*all, mine, n);
  counts[0] = n;
  return MRL_OK;
}
enum mrl_status mrl_mpi_sum(double *v, struct mrl_err *err) {
  (void)v, (void)err;
  return MRL_OK;
}
static int items, next_item;
void mrl_mpi_dispatch_start(int nitems) {
  items = nitems;
  next_item = 0;
}
int mrl_mpi_dispatch_next(void) {
  return next_item < items ? next_item++ : -1;
}
void mrl_mpi_dispatch_poll(void) {}
void mrl_mpi_dispatch_end(void) {}

#else

#include <mpi.h>

/* Commands that share their work between ranks; the others run on one rank only. */
static int runs_on_ranks(const char *command) {
  return command && (!strcmp(command, "eval") || !strcmp(command, "train"));
}

static int initialized, world_rank, world_size = 1, node_rank, node_size = 1;
static const char *timing_mode = "lock";

/* Waits for a request without spinning on a core: Open MPI's MPI_Wait would. */
static int wait_for(MPI_Request *r) {
  const struct timespec nap = {0, 1000000}; /* 1 ms */
  for (;;) {
    int done = 0;
    if (MPI_Test(r, &done, MPI_STATUS_IGNORE) != MPI_SUCCESS) return -1;
    if (done) return 0;
    nanosleep(&nap, NULL);
  }
}

/* The timing discipline of the ranks on this node (mpi_comm.h). */
static void discipline(void) {
  const char *m = getenv("MLIRRL_MPI_TIMING");
  timing_mode = m && !strcmp(m, "pin")      ? "pin"
                : m && !strcmp(m, "none")   ? "none"
                : m && !strcmp(m, "strict") ? "strict"
                                            : "lock";
  if (m && *m && strcmp(m, timing_mode) && world_rank == 0)
    fprintf(stderr, "mlirrl: MLIRRL_MPI_TIMING='%s' is not lock, strict, pin or none: using lock\n", m);
  if (!strcmp(timing_mode, "pin")) {
    int n = mrl_affinity_share(node_rank, node_size);
    if (node_rank == 0)
      fprintf(stderr, "mlirrl: %d ranks on this node pinned to %d CPU(s) each (MLIRRL_MPI_TIMING=pin)\n",
              node_size, n);
    return;
  }
  mrl_affinity_widen(); /* mpirun binds a rank to a core when it starts 2 or fewer */
  if (!strcmp(timing_mode, "none") || node_size < 2) return;
  mrl_timing_lock_set_strict(!strcmp(timing_mode, "strict"));
  const char *tmp = getenv("TMPDIR");
  char dir[1024], path[1100];
  snprintf(dir, sizeof dir, "%s/mlirrl-timing-%ld", tmp && *tmp ? tmp : "/tmp", (long)getuid());
  mkdir(dir, 0700);
  snprintf(path, sizeof path, "%s/node.lock", dir);
  if (mrl_timing_lock_set_path(path) != 0)
    fprintf(stderr, "mlirrl: rank %d: cannot open the timing lock %s: ranks of this node may time at once\n",
            world_rank, path);
}

int mrl_mpi_start(const char *command) {
  if (!mrl_mpi_launched()) return 0;
  /* Before MPI_Init, which reads them: see mpi_comm.h (fork). */
  setenv("OMPI_MCA_mpi_warn_on_fork", "0", 0);
  setenv("OMPI_MCA_btl", "^openib", 0);
  int provided;
  if (MPI_Init_thread(NULL, NULL, MPI_THREAD_FUNNELED, &provided) != MPI_SUCCESS) {
    if (env_rank() == 0) fprintf(stderr, "mlirrl: MPI_Init failed\n");
    return 3;
  }
  initialized = 1;
  MPI_Comm_rank(MPI_COMM_WORLD, &world_rank);
  MPI_Comm_size(MPI_COMM_WORLD, &world_size);
  MPI_Comm node;
  MPI_Comm_split_type(MPI_COMM_WORLD, MPI_COMM_TYPE_SHARED, world_rank, MPI_INFO_NULL, &node);
  MPI_Comm_rank(node, &node_rank);
  MPI_Comm_size(node, &node_size);
  MPI_Comm_free(&node);
  if (world_size > 1 && !runs_on_ranks(command)) {
    if (world_rank == 0)
      fprintf(stderr,
              "mlirrl %s: runs on one rank only (mpirun -n 1, or without mpirun); eval and train share "
              "their work between ranks\n",
              command ? command : "");
    mrl_mpi_finish();
    return 2;
  }
  discipline();
  return 0;
}

void mrl_mpi_finish(void) {
  if (!initialized) return;
  initialized = 0;
  MPI_Finalize();
}

void mrl_mpi_abort(int status) {
  if (initialized && world_size > 1) MPI_Abort(MPI_COMM_WORLD, status);
  exit(status);
}

int mrl_mpi_rank(void) {
  return world_rank;
}
int mrl_mpi_size(void) {
  return world_size;
}
int mrl_mpi_node_rank(void) {
  return node_rank;
}
int mrl_mpi_node_size(void) {
  return node_size;
}
const char *mrl_mpi_timing_mode(void) {
  return timing_mode;
}

static enum mrl_status mpi_failed(struct mrl_err *err, const char *what) {
  return mrl_fail(err, MRL_EIO, "MPI: %s failed", what);
}

enum mrl_status mrl_mpi_barrier(struct mrl_err *err) {
  if (world_size < 2) return MRL_OK;
  MPI_Request r;
  if (MPI_Ibarrier(MPI_COMM_WORLD, &r) != MPI_SUCCESS || wait_for(&r)) return mpi_failed(err, "barrier");
  return MRL_OK;
}

enum mrl_status mrl_mpi_bcast(void *buf, size_t n, struct mrl_err *err) {
  if (world_size < 2) return MRL_OK;
  for (size_t off = 0; off < n;) { /* counts are ints */
    size_t part = n - off > (1u << 30) ? (1u << 30) : n - off;
    MPI_Request r;
    if (MPI_Ibcast((char *)buf + off, (int)part, MPI_BYTE, 0, MPI_COMM_WORLD, &r) != MPI_SUCCESS ||
        wait_for(&r))
      return mpi_failed(err, "broadcast");
    off += part;
  }
  return MRL_OK;
}

enum mrl_status mrl_mpi_gather(const void *mine, size_t n, char **all, size_t *counts, struct mrl_err *err) {
  *all = NULL;
  if (n > (size_t)1 << 30) return mrl_fail(err, MRL_EINVAL, "MPI: %zu bytes to gather from one rank", n);
  int len = (int)n, *lens = NULL, *offs = NULL;
  if (world_rank == 0) {
    lens = calloc((size_t)world_size, sizeof *lens);
    offs = calloc((size_t)world_size, sizeof *offs);
    if (!lens || !offs) {
      free(lens);
      free(offs);
      return mrl_fail(err, MRL_ENOMEM, "out of memory");
    }
  }
  MPI_Request r;
  enum mrl_status s = MRL_OK;
  if (MPI_Igather(&len, 1, MPI_INT, lens, 1, MPI_INT, 0, MPI_COMM_WORLD, &r) != MPI_SUCCESS || wait_for(&r))
    s = mpi_failed(err, "gather");
  size_t total = 0;
  if (s == MRL_OK && world_rank == 0) {
    for (int i = 0; i < world_size; ++i) {
      offs[i] = (int)total;
      counts[i] = (size_t)lens[i];
      total += (size_t)lens[i];
    }
    if (total > (size_t)1 << 30)
      s = mrl_fail(err, MRL_EINVAL, "MPI: %zu bytes to gather", total);
    else if (!(*all = malloc(total ? total : 1)))
      s = mrl_fail(err, MRL_ENOMEM, "out of memory");
  }
  /* Every rank takes part even when rank 0 failed above, or the others would wait forever. */
  if (MPI_Igatherv(mine, len, MPI_BYTE, *all, lens, offs, MPI_BYTE, 0, MPI_COMM_WORLD, &r) != MPI_SUCCESS ||
      wait_for(&r))
    s = mpi_failed(err, "gather");
  free(lens);
  free(offs);
  if (s != MRL_OK) {
    free(*all);
    *all = NULL;
  }
  return s;
}

enum mrl_status mrl_mpi_sum(double *v, struct mrl_err *err) {
  if (world_size < 2) return MRL_OK;
  double in = *v;
  MPI_Request r;
  if (MPI_Iallreduce(&in, v, 1, MPI_DOUBLE, MPI_SUM, MPI_COMM_WORLD, &r) != MPI_SUCCESS || wait_for(&r))
    return mpi_failed(err, "sum");
  return MRL_OK;
}

/* ---------------------------------------------------------------- work items */

enum { TAG_ASK = 7301, TAG_ITEM = 7302 };

static int items, next_item, told; /* rank 0 */
static int asking, answer;         /* other ranks: a request in flight, its answer */
static MPI_Request answer_req;

void mrl_mpi_dispatch_start(int nitems) {
  items = nitems;
  next_item = told = 0;
  asking = 0;
}

static int take(void) {
  if (next_item < items) return next_item++;
  return -1;
}

void mrl_mpi_dispatch_poll(void) {
  if (world_rank != 0 || world_size < 2) return;
  for (;;) {
    int flag = 0;
    MPI_Status st;
    if (MPI_Iprobe(MPI_ANY_SOURCE, TAG_ASK, MPI_COMM_WORLD, &flag, &st) != MPI_SUCCESS || !flag) return;
    int dummy;
    MPI_Recv(&dummy, 1, MPI_INT, st.MPI_SOURCE, TAG_ASK, MPI_COMM_WORLD, MPI_STATUS_IGNORE);
    int item = take();
    if (item < 0) ++told;
    MPI_Send(&item, 1, MPI_INT, st.MPI_SOURCE, TAG_ITEM, MPI_COMM_WORLD); /* one int: sent eagerly */
  }
}

static void ask(void) {
  int dummy = 0;
  MPI_Send(&dummy, 1, MPI_INT, 0, TAG_ASK, MPI_COMM_WORLD);
  MPI_Irecv(&answer, 1, MPI_INT, 0, TAG_ITEM, MPI_COMM_WORLD, &answer_req);
  asking = 1;
}

int mrl_mpi_dispatch_next(void) {
  if (world_size < 2 || world_rank == 0) {
    mrl_mpi_dispatch_poll();
    return take();
  }
  if (!asking) ask();
  if (wait_for(&answer_req)) return -1;
  asking = 0;
  int item = answer;
  if (item >= 0) ask(); /* the next one, while this one runs */
  return item;
}

void mrl_mpi_dispatch_end(void) {
  if (world_rank != 0 || world_size < 2) return;
  const struct timespec nap = {0, 2000000};
  while (told < world_size - 1) {
    mrl_mpi_dispatch_poll();
    if (told < world_size - 1) nanosleep(&nap, NULL);
  }
}

#endif
