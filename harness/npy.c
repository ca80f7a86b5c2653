#include "npy.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *descr_of(enum mrl_elem e) {
  static const char *const d[] = {"<f4", "<f8", "<i4", "<i8"};
  return d[e];
}

static void shape_text(const struct mrl_arg *a, char *buf, size_t n) {
  size_t k = (size_t)snprintf(buf, n, "(");
  for (int d = 0; d < a->rank && k < n; ++d)
    k += (size_t)snprintf(buf + k, n - k, "%lld,%s", (long long)a->shape[d], d + 1 < a->rank ? " " : "");
  if (a->rank > 1 && k > 0 && k < n && buf[k - 1] == ',') --k; /* (2, 3) but (5,) */
  if (k < n) snprintf(buf + k, n - k, ")");
}

/* The header dict as NumPy writes it, so that equal headers mean equal arrays. */
static void header_text(const struct mrl_arg *a, char *buf, size_t n) {
  char shape[512];
  shape_text(a, shape, sizeof shape);
  snprintf(buf, n, "{'descr': '%s', 'fortran_order': False, 'shape': %s, }", descr_of(a->elem), shape);
}

static int dict_has(const char *dict, const char *key, const char *value) {
  char pat[600];
  snprintf(pat, sizeof pat, "'%s': %s", key, value);
  return strstr(dict, pat) != NULL;
}

enum mrl_status mrl_npy_read(const char *path, const struct mrl_arg *a, void *data,
                             struct mrl_err *err) {
  FILE *f = fopen(path, "rb");
  if (!f) return mrl_fail(err, MRL_EIO, "cannot open %s: %s", path, strerror(errno));
  unsigned char pre[12];
  enum mrl_status s = MRL_OK;
  char *dict = NULL;
  if (fread(pre, 1, 8, f) != 8 || memcmp(pre, "\x93NUMPY", 6) != 0) {
    s = mrl_fail(err, MRL_EINVAL, "%s is not a .npy file", path);
    goto done;
  }
  size_t hlen;
  if (pre[6] == 1) {
    if (fread(pre + 8, 1, 2, f) != 2) goto short_read;
    hlen = pre[8] | (size_t)pre[9] << 8;
  } else {
    if (fread(pre + 8, 1, 4, f) != 4) goto short_read;
    hlen = pre[8] | (size_t)pre[9] << 8 | (size_t)pre[10] << 16 | (size_t)pre[11] << 24;
  }
  dict = calloc(1, hlen + 1);
  if (!dict || fread(dict, 1, hlen, f) != hlen) goto short_read;
  char quoted[8], shape[512];
  snprintf(quoted, sizeof quoted, "'%s'", descr_of(a->elem));
  shape_text(a, shape, sizeof shape);
  if (!dict_has(dict, "descr", quoted) || !dict_has(dict, "fortran_order", "False") ||
      !dict_has(dict, "shape", shape)) {
    s = mrl_fail(err, MRL_EINVAL, "%s: expected %s %s in C order, header is %s", path,
                 descr_of(a->elem), shape, dict);
    goto done;
  }
  size_t bytes = (size_t)mrl_arg_elems(a) * mrl_elem_size(a->elem);
  if (fread(data, 1, bytes, f) != bytes) goto short_read;
  goto done;
short_read:
  s = mrl_fail(err, MRL_EIO, "%s: truncated .npy file", path);
done:
  free(dict);
  fclose(f);
  return s;
}

enum mrl_status mrl_npy_write(const char *path, const struct mrl_arg *a, const void *data,
                              struct mrl_err *err) {
  char dict[700];
  header_text(a, dict, sizeof dict);
  /* Pad with spaces so that the data starts on a 64-byte boundary; end with a newline. */
  size_t len = strlen(dict), total = 10 + len + 1;
  size_t pad = (64 - total % 64) % 64;
  FILE *f = fopen(path, "wb");
  if (!f) return mrl_fail(err, MRL_EIO, "cannot create %s: %s", path, strerror(errno));
  size_t hlen = len + pad + 1;
  unsigned char pre[10] = {0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0, (unsigned char)(hlen & 0xff),
                           (unsigned char)(hlen >> 8)};
  size_t bytes = (size_t)mrl_arg_elems(a) * mrl_elem_size(a->elem);
  int ok = fwrite(pre, 1, 10, f) == 10 && fwrite(dict, 1, len, f) == len;
  for (size_t i = 0; ok && i < pad; ++i) ok = fputc(' ', f) != EOF;
  ok = ok && fputc('\n', f) != EOF && fwrite(data, 1, bytes, f) == bytes;
  ok = (fclose(f) == 0) && ok;
  return ok ? MRL_OK : mrl_fail(err, MRL_EIO, "cannot write %s", path);
}
