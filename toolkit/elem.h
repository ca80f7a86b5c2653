/* Element types of benchmark arguments. */
#ifndef MRL_ELEM_H
#define MRL_ELEM_H

#include <stddef.h>

enum mrl_elem { MRL_ELEM_F32, MRL_ELEM_F64, MRL_ELEM_I32, MRL_ELEM_I64 };

static inline size_t mrl_elem_size(enum mrl_elem e) {
  return (e == MRL_ELEM_F32 || e == MRL_ELEM_I32) ? 4 : 8;
}

static inline const char *mrl_elem_name(enum mrl_elem e) {
  static const char *const names[] = {"f32", "f64", "i32", "i64"};
  return names[e];
}

static inline int mrl_elem_is_float(enum mrl_elem e) {
  return e == MRL_ELEM_F32 || e == MRL_ELEM_F64;
}

#endif
