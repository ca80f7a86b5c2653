/* Suite manifests: suites/<suite>/manifest.json lists every benchmark of a suite.
 *
 *   {"suite": NAME, "version": "1.0.0+<hash12>", "generator": PATH,
 *    "benchmarks": [{"id", "file", "sha256", "split", "scale", "element_type", "flops",
 *                    "ops", "provenance"}, ...]}
 *
 * `file` is relative to the manifest's folder. The version's suffix is the first 12 hex
 * digits of the SHA-256 of one line "<file> <sha256>\n" per benchmark, sorted by file
 * (suites/tools/manifest.py writes it the same way), so results name the exact files run.
 *
 * Ownership: mrl_manifest_load allocates the manifest; mrl_manifest_free releases it. */
#ifndef MRL_MANIFEST_H
#define MRL_MANIFEST_H

#include <stdint.h>

#include "sha256.h"
#include "status.h"

struct mrl_manifest_entry {
  char id[256];
  char file[1024];  /* as written in the manifest */
  char path[4096];  /* resolved against the manifest's folder */
  char sha256[MRL_SHA256_HEX_LEN];
  char split[16];
  char scale[32];
  char element_type[16];
  int64_t flops;    /* -1 when not defined */
};

struct mrl_manifest {
  char suite[128];
  char version[64];
  char dir[4096];
  int n;
  struct mrl_manifest_entry *entries;
};

/* path: a manifest.json, or a folder holding one. Fails with MRL_ECONFIG on malformed JSON
 * or a missing/mistyped field, naming the entry. */
enum mrl_status mrl_manifest_load(const char *path, struct mrl_manifest **out, struct mrl_err *err);
void mrl_manifest_free(struct mrl_manifest *m);

/* The version the files' hashes give (see above), from the manifest's recorded hashes. */
void mrl_manifest_expected_version(const struct mrl_manifest *m, char *buf, size_t n);

#endif
