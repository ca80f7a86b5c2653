#include "prepare.h"

#include <stdlib.h>
#include <string.h>

enum mrl_status mrl_prepare(const char *path, struct mrl_prepared *p, struct mrl_err *err) {
  memset(p, 0, sizeof *p);
  enum mrl_status s = mrl_read_file(path, &p->text, &p->len, err);
  if (s != MRL_OK) return s;
  mrl_sha256_hex_of_buffer(p->text, p->len, p->sha256);
  struct mrl_mlir *m = NULL;
  s = mrl_mlir_open(&m, err);
  if (s != MRL_OK) return s;
  MlirModule mod = {NULL};
  s = mrl_bench_parse(m, p->text, &mod, err);
  if (s == MRL_OK) s = mrl_bench_signature(mod, &p->sig, err);
  if (s == MRL_OK) {
    struct mrl_loop_nests loops;
    s = mrl_loops_read(m, mod, &loops, err);
    if (s == MRL_OK) {
      p->nops = loops.n;
      p->reduction_len = mrl_loops_reduction_length(&loops);
      mrl_loops_free(&loops);
    }
  }
  if (!mlirModuleIsNull(mod)) mlirModuleDestroy(mod);
  mrl_mlir_close(m);
  return s;
}

void mrl_prepared_free(struct mrl_prepared *p) {
  free(p->text);
  p->text = NULL;
}
