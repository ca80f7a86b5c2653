#include "buffers.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

enum { MRL_ALIGN = 64 };

static size_t desc_words(int rank) { return 3 + 2 * (size_t)rank; }

enum mrl_status mrl_buffers_create(const struct mrl_signature *sig, struct mrl_buffers *b,
                                   struct mrl_err *err) {
  memset(b, 0, sizeof *b);
  b->n = sig->nargs;
  b->data = calloc((size_t)b->n, sizeof *b->data);
  b->bytes = calloc((size_t)b->n, sizeof *b->bytes);
  b->desc = calloc((size_t)b->n, sizeof *b->desc);
  b->args = calloc((size_t)b->n, sizeof *b->args);
  if (!b->data || !b->bytes || !b->desc || !b->args) goto oom;
  for (int i = 0; i < b->n; ++i) {
    const struct mrl_arg *a = &sig->args[i];
    size_t bytes = (size_t)mrl_arg_elems(a) * mrl_elem_size(a->elem);
    size_t rounded = (bytes + MRL_ALIGN - 1) / MRL_ALIGN * MRL_ALIGN;
    b->data[i] = aligned_alloc(MRL_ALIGN, rounded ? rounded : MRL_ALIGN);
    b->desc[i] = calloc(desc_words(a->rank), sizeof(int64_t));
    if (!b->data[i] || !b->desc[i]) goto oom;
    b->bytes[i] = bytes;
    /* {allocated, aligned, offset, sizes[rank], strides[rank]}: pointers are 8 bytes here. */
    int64_t *w = b->desc[i];
    memcpy(&w[0], &b->data[i], sizeof(void *));
    memcpy(&w[1], &b->data[i], sizeof(void *));
    w[2] = 0;
    int64_t stride = 1;
    for (int d = a->rank - 1; d >= 0; --d) {
      w[3 + d] = a->shape[d];
      w[3 + a->rank + d] = stride;
      stride *= a->shape[d];
    }
    b->args[i] = &b->desc[i];
  }
  return MRL_OK;
oom:
  mrl_buffers_destroy(b);
  return mrl_fail(err, MRL_ENOMEM, "cannot allocate the benchmark's arguments");
}

void mrl_buffers_destroy(struct mrl_buffers *b) {
  for (int i = 0; b->data && i < b->n; ++i) free(b->data[i]);
  for (int i = 0; b->desc && i < b->n; ++i) free(b->desc[i]);
  free(b->data);
  free(b->bytes);
  free(b->desc);
  free(b->args);
  memset(b, 0, sizeof *b);
}

static uint64_t mix64(uint64_t z) {
  z += 0x9e3779b97f4a7c15ULL;
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

/* Magnitude in [1/64, 1] with a random sign: never zero, never denormal, well conditioned. */
static double value_at(uint64_t key, int64_t k) {
  uint64_t r = mix64(key ^ mix64((uint64_t)k));
  double u = (double)(r >> 11) * (1.0 / 9007199254740992.0);
  double mag = 1.0 / 64 + u * (1.0 - 1.0 / 64);
  return (r & 1) ? -mag : mag;
}

void mrl_buffers_fill(const struct mrl_signature *sig, struct mrl_buffers *b, int i,
                      uint64_t seed) {
  const struct mrl_arg *a = &sig->args[i];
  int64_t n = mrl_arg_elems(a);
  uint64_t key = mix64(seed) ^ mix64(0x1000 + (uint64_t)i);
  for (int64_t k = 0; k < n; ++k) {
    double v = value_at(key, k);
    switch (a->elem) {
    case MRL_ELEM_F32: ((float *)b->data[i])[k] = (float)v; break;
    case MRL_ELEM_F64: ((double *)b->data[i])[k] = v; break;
    case MRL_ELEM_I32: {
      int32_t x = (int32_t)(v * 8.0);
      ((int32_t *)b->data[i])[k] = x ? x : (v < 0 ? -1 : 1);
      break;
    }
    case MRL_ELEM_I64: {
      int64_t x = (int64_t)(v * 8.0);
      ((int64_t *)b->data[i])[k] = x ? x : (v < 0 ? -1 : 1);
      break;
    }
    }
  }
}

void mrl_buffers_abs(const struct mrl_signature *sig, struct mrl_buffers *b, int i) {
  const struct mrl_arg *a = &sig->args[i];
  int64_t n = mrl_arg_elems(a);
  if (a->elem == MRL_ELEM_F32)
    for (int64_t k = 0; k < n; ++k) ((float *)b->data[i])[k] = fabsf(((float *)b->data[i])[k]);
  else if (a->elem == MRL_ELEM_F64)
    for (int64_t k = 0; k < n; ++k) ((double *)b->data[i])[k] = fabs(((double *)b->data[i])[k]);
}
