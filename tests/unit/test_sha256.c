/* SHA-256 against the FIPS 180-2 example vectors, padding boundaries (checked with Python's
 * hashlib), incremental updates, and file hashing. */
#define _POSIX_C_SOURCE 200809L /* mkstemp */

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "sha256.h"

static void check_hex(const void *data, size_t n, const char *want) {
  char hex[MRL_SHA256_HEX_LEN];
  mrl_sha256_hex_of_buffer(data, n, hex);
  if (strcmp(hex, want) != 0) fprintf(stderr, "  got %s\n  want %s (n=%zu)\n", hex, want, n);
  CHECK(strcmp(hex, want) == 0);
}

static void test_fips_vectors(void) {
  check_hex("", 0, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  check_hex("abc", 3, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  const char *two_blocks = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
  check_hex(two_blocks, strlen(two_blocks),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  const char *long_msg = "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmno"
                         "ijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu";
  check_hex(long_msg, strlen(long_msg),
            "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");
}

static void test_million_a(void) {
  struct mrl_sha256 ctx;
  unsigned char chunk[1000], digest[MRL_SHA256_DIGEST_LEN];
  char hex[MRL_SHA256_HEX_LEN];
  memset(chunk, 'a', sizeof chunk);
  mrl_sha256_init(&ctx);
  for (int i = 0; i < 1000; i++) mrl_sha256_update(&ctx, chunk, sizeof chunk);
  mrl_sha256_final(&ctx, digest);
  mrl_sha256_to_hex(digest, hex);
  CHECK(strcmp(hex, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0") == 0);
}

static void pattern(unsigned char *p, size_t n) {
  for (size_t i = 0; i < n; i++) p[i] = (unsigned char)((i * 7 + 3) & 0xff);
}

/* Lengths around 55/56 and 64 bytes decide whether the length field needs an extra block. */
static void test_padding_boundaries(void) {
  static const struct {
    size_t n;
    const char *hex;
  } cases[] = {
      {55, "e7313d333c272e639f790978283f9eb392e843d0f29b7016828bb1daa4aac70b"},
      {56, "4324d65f3c103567f5589c710bc08f8523f929a9272e3af36fc968e52abc6c27"},
      {63, "81c80242132f230c3bd41b3e63bbcff16107339549214a99614ff26664625055"},
      {64, "39e3d7b6b5d075d37d053ad89b24b41bef4f3c29760c84447cab3f3be1882241"},
      {65, "aacca6ff74fdbb296d165a45cecfa04e5127bc008770fbbdd48006f2d2fae95e"},
      {119, "9ce7368e4daf32341631b492e80359dc9f594b48453cd0dd5bf0b19279cc177e"},
      {120, "7836b787757e95e58b3ca5aec90b1b004e8deba1e50e9675af9cabf1a13a04b5"},
  };
  unsigned char buf[128];
  pattern(buf, sizeof buf);
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
    check_hex(buf, cases[i].n, cases[i].hex);
}

/* Any split of the input into two updates gives the one-shot digest. */
static void test_incremental(void) {
  unsigned char buf[200], one[MRL_SHA256_DIGEST_LEN], two[MRL_SHA256_DIGEST_LEN];
  pattern(buf, sizeof buf);
  struct mrl_sha256 ctx;
  mrl_sha256_init(&ctx);
  mrl_sha256_update(&ctx, buf, sizeof buf);
  mrl_sha256_final(&ctx, one);
  int bad = 0;
  for (size_t split = 0; split <= sizeof buf; split++) {
    mrl_sha256_init(&ctx);
    mrl_sha256_update(&ctx, buf, split);
    mrl_sha256_update(&ctx, buf + split, sizeof buf - split);
    mrl_sha256_final(&ctx, two);
    bad += memcmp(one, two, sizeof one) != 0;
  }
  CHECK(bad == 0);
}

static void test_file(void) {
  char path[] = "/tmp/mrl_sha256_XXXXXX";
  int fd = mkstemp(path);
  CHECK(fd >= 0);
  if (fd < 0) return;
  CHECK(write(fd, "abc", 3) == 3);
  close(fd);
  char hex[MRL_SHA256_HEX_LEN];
  struct mrl_err err;
  CHECK(mrl_sha256_hex_of_file(path, hex, &err) == MRL_OK);
  CHECK(strcmp(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad") == 0);
  unlink(path);
  CHECK(mrl_sha256_hex_of_file(path, hex, &err) == MRL_EIO);
  CHECK(strstr(err.msg, path) != NULL);
}

int main(void) {
  test_fips_vectors();
  test_million_a();
  test_padding_boundaries();
  test_incremental();
  test_file();
  return CHECK_DONE();
}
