/* A benchmark read and understood by the parent before any worker starts: its text and
 * content hash, its entry signature and its loop nests. Parsing here (with MLIR's threading
 * off, the context closed before returning) lets malformed input fail fast as invalid_input,
 * and tells the parent how large the outputs are and how long each op's reductions are (the
 * output check's tolerance grows with them).
 *
 * Ownership: mrl_prepare and mrl_prepare_text fill a caller-owned struct and allocate its text
 * and per-op lengths; mrl_prepared_free releases them (also after a failure, and on a struct
 * zeroed with memset). */
#ifndef MRL_PREPARE_H
#define MRL_PREPARE_H

#include "bench.h"
#include "loops.h"
#include "sha256.h"

struct mrl_prepared {
  char *text;
  size_t len;
  char sha256[MRL_SHA256_HEX_LEN];
  struct mrl_signature sig;
  int nops;                  /* Linalg ops with loops */
  uint64_t *reduction_lens;  /* per op, in program order: product of its reduction bounds */
  double path_len;           /* the output check's path length L (verify.h) */
};

/* MRL_EIO when the file cannot be read, MRL_EPARSE/MRL_EBENCH when it is not a benchmark. */
enum mrl_status mrl_prepare(const char *path, struct mrl_prepared *p, struct mrl_err *err);
/* The same from text in memory (copied). */
enum mrl_status mrl_prepare_text(const char *text, struct mrl_prepared *p, struct mrl_err *err);
void mrl_prepared_free(struct mrl_prepared *p);

#endif
