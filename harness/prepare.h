/* A benchmark read and understood by the parent before any worker starts: its text and
 * content hash, its entry signature and its loop nests. Parsing here (with MLIR's threading
 * off, the context closed before returning) lets malformed input fail fast as invalid_input,
 * and tells the parent how large the outputs are and how long the reductions.
 *
 * Ownership: mrl_prepare fills a caller-owned struct; mrl_prepared_free releases its text. */
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
  int nops;                /* Linalg ops with loops */
  uint64_t reduction_len;  /* for the tolerance of the output check */
};

/* MRL_EIO when the file cannot be read, MRL_EPARSE/MRL_EBENCH when it is not a benchmark. */
enum mrl_status mrl_prepare(const char *path, struct mrl_prepared *p, struct mrl_err *err);
void mrl_prepared_free(struct mrl_prepared *p);

#endif
