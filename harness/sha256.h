/* SHA-256 (FIPS 180-4), used to fingerprint benchmark files and transforms in result records so
 * that a record names exactly the input it measured.
 *
 * Ownership: nothing here allocates; the caller owns every buffer it passes in. */
#ifndef MRL_SHA256_H
#define MRL_SHA256_H

#include <stddef.h>
#include <stdint.h>

#include "status.h"

#define MRL_SHA256_DIGEST_LEN 32
/* 64 hex digits plus the terminating NUL. */
#define MRL_SHA256_HEX_LEN 65

struct mrl_sha256 {
  uint32_t state[8];
  uint64_t total_len; /* bytes hashed so far */
  unsigned char block[64];
  size_t fill; /* bytes waiting in block */
};

void mrl_sha256_init(struct mrl_sha256 *ctx);
void mrl_sha256_update(struct mrl_sha256 *ctx, const void *data, size_t n);
/* Finishes the hash; ctx must be re-initialised before it is used again. */
void mrl_sha256_final(struct mrl_sha256 *ctx, unsigned char digest[MRL_SHA256_DIGEST_LEN]);

/* Lower-case hex of a digest, NUL-terminated. */
void mrl_sha256_to_hex(const unsigned char digest[MRL_SHA256_DIGEST_LEN],
                       char hex[MRL_SHA256_HEX_LEN]);

/* One-shot helpers: hex digest of a buffer, and of a file's whole content. */
void mrl_sha256_hex_of_buffer(const void *data, size_t n, char hex[MRL_SHA256_HEX_LEN]);
enum mrl_status mrl_sha256_hex_of_file(const char *path, char hex[MRL_SHA256_HEX_LEN],
                                       struct mrl_err *err);

#endif
