/* The weights file of the PPO agent (and its training checkpoints): one versioned binary file.
 *
 *   bytes 0..7    magic "MLIRRLW\n"
 *   bytes 8..11   format version, u32 little-endian (1)
 *   bytes 12..15  header length H, u32 little-endian
 *   H bytes       header: JSON (UTF-8), then zero padding to a multiple of 8
 *   tensors       float32 little-endian, in the header's order, each rows × cols
 *   8 bytes       FNV-1a 64 of every byte before it, u64 little-endian
 *
 * The header: {"format": "mlirrl-weights", "version": 1, "network": {op_dim, state_dim,
 * embed, hidden: [...], ntypes, max_loops, tile_choices, nich}, "env": {the environment
 * configuration it was trained with}, "features": "the observation layout (encode.h)",
 * "tensors": [{"name", "rows", "cols"}...], "training": {free-form: how it was trained}}.
 * A checkpoint adds the optimizer's tensors ("adam.m.<name>", "adam.v.<name>") and the
 * trainer's state under "training".
 *
 * Loading checks the magic, the version, the sizes against the file's length (a truncated
 * file says how many bytes it has and expects), the checksum, the header's JSON and every
 * tensor's shape against the network the header describes; each failure is a one-line error
 * naming the file.
 *
 * Ownership: mrl_weights_load allocates the policy and the header (json_t, one reference),
 * which the caller releases (mrl_policy_free, json_decref). */
#ifndef MRL_WEIGHTS_H
#define MRL_WEIGHTS_H

#include <jansson.h>

#include "mlirrl_env.h"
#include "policy.h"

enum { MRL_WEIGHTS_VERSION = 1 };

/* Extra tensors written after the policy's (the optimizer's moments). */
struct mrl_weights_extra {
  int n;
  const char *const *name;
  const float *const *data;
  const int *rows, *cols;
};

/* Writes path atomically (a temporary file renamed over it). training may be NULL. */
enum mrl_status mrl_weights_save(const char *path, struct mrl_policy *p, const struct mrl_env_config *env,
                                 const char *features, json_t *training, const struct mrl_weights_extra *extra,
                                 struct mrl_err *err);

/* Reads path into a new policy (batch_cap rows for training, 1 for inference). *header gets
 * the whole header (env, features, training, tensors). extra, if not NULL, receives the
 * named extra tensors into caller-owned buffers of the right size; a missing one is an error. */
enum mrl_status mrl_weights_load(const char *path, int batch_cap, struct mrl_policy **p, json_t **header,
                                 const struct mrl_weights_extra *extra, struct mrl_err *err);

/* The environment configuration recorded in a header (over the defaults). */
enum mrl_status mrl_weights_env_config(json_t *header, struct mrl_env_config *c, struct mrl_err *err);

/* The configuration as JSON (a new reference). */
json_t *mrl_weights_env_json(const struct mrl_env_config *c);

/* First difference between two observation layouts, for people: "op.bounds:i32[12] here,
 * op.bounds:i32[16] in the file"; "" when equal. */
void mrl_weights_layout_diff(const char *have, const char *file, char *out, size_t n);

#endif
