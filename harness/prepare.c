#include "prepare.h"

#include "verify.h"

#include <stdlib.h>
#include <string.h>

/* Parse, signature and loop nests, in a context closed before returning (no fork may happen
 * while an MLIR context with threads is open). */
static enum mrl_status understand(struct mrl_prepared *p, struct mrl_err *err) {
  mrl_sha256_hex_of_buffer(p->text, p->len, p->sha256);
  struct mrl_mlir *m = NULL;
  enum mrl_status s = mrl_mlir_open(&m, err);
  if (s != MRL_OK) return s;
  MlirModule mod = {NULL};
  s = mrl_bench_parse(m, p->text, &mod, err);
  if (s == MRL_OK) s = mrl_bench_signature(mod, &p->sig, err);
  struct mrl_loop_nests loops = {0, NULL};
  if (s == MRL_OK) s = mrl_loops_read(m, mod, &loops, err);
  if (s == MRL_OK) {
    p->nops = loops.n;
    p->reduction_lens = calloc(loops.n > 0 ? (size_t)loops.n : 1, sizeof *p->reduction_lens);
    if (!p->reduction_lens) s = mrl_fail(err, MRL_ENOMEM, "out of memory");
    for (int i = 0; s == MRL_OK && i < loops.n; ++i)
      p->reduction_lens[i] = mrl_loops_op_reduction_length(&loops.ops[i]);
    p->path_len = mrl_verify_path_len(p->reduction_lens, p->reduction_lens ? loops.n : 0);
    mrl_loops_free(&loops);
  }
  if (!mlirModuleIsNull(mod)) mlirModuleDestroy(mod);
  mrl_mlir_close(m);
  return s;
}

enum mrl_status mrl_prepare(const char *path, struct mrl_prepared *p, struct mrl_err *err) {
  memset(p, 0, sizeof *p);
  enum mrl_status s = mrl_read_file(path, &p->text, &p->len, err);
  return s != MRL_OK ? s : understand(p, err);
}

enum mrl_status mrl_prepare_text(const char *text, struct mrl_prepared *p, struct mrl_err *err) {
  memset(p, 0, sizeof *p);
  p->len = strlen(text);
  p->text = malloc(p->len + 1);
  if (!p->text) return mrl_fail(err, MRL_ENOMEM, "out of memory");
  memcpy(p->text, text, p->len + 1);
  return understand(p, err);
}

void mrl_prepared_free(struct mrl_prepared *p) {
  free(p->text);
  free(p->reduction_lens);
  p->text = NULL;
  p->reduction_lens = NULL;
}
