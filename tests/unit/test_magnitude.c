/* The magnitude rewrite: each rule on a hand-written snippet (exact output), whole tokens only,
 * refusals with a message naming op and line, exact f32 -> f64 bit patterns, and every
 * benchmark of the shipped suites: what it accepts holds no f32 type, subtraction, negation
 * or minimum any more.
 *
 * Usage: test_magnitude [source dir]: the repository root, for the suites (skipped without). */
#define _POSIX_C_SOURCE 200809L /* opendir */
#include <dirent.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "magnitude.h"

/* Rewrites `in` and checks the result is exactly `want`, printing both when not. */
static void check_rewrite(const char *in, const char *want, int line) {
  char *out = NULL;
  struct mrl_err err = {{0}};
  enum mrl_status s = mrl_magnitude_text(in, &out, &err);
  if (s != MRL_OK) {
    fprintf(stderr, "test_magnitude.c:%d: refused: %s\n", line, err.msg);
    check_failures++;
    return;
  }
  if (strcmp(out, want) != 0) {
    fprintf(stderr, "test_magnitude.c:%d: rewrite differs\n  got:  %s\n  want: %s\n", line, out,
            want);
    check_failures++;
  }
  free(out);
}
#define CHECK_REWRITE(in, want) check_rewrite(in, want, __LINE__)

/* Checks that `in` is refused (MRL_EUNSUPPORTED, no output) with a message holding `words`. */
static void check_refused(const char *in, const char *words, int line) {
  char *out = (char *)"untouched";
  struct mrl_err err = {{0}};
  enum mrl_status s = mrl_magnitude_text(in, &out, &err);
  if (s != MRL_EUNSUPPORTED || out != NULL || !strstr(err.msg, words) ||
      strchr(err.msg, '\n')) {
    fprintf(stderr, "test_magnitude.c:%d: want refusal with \"%s\", got %s: %s\n", line, words,
            mrl_status_name(s), s == MRL_OK ? out : err.msg);
    check_failures++;
  }
  if (s == MRL_OK) free(out);
}
#define CHECK_REFUSED(in, words) check_refused(in, words, __LINE__)

static void test_subtraction_negation_minimum(void) {
  CHECK_REWRITE("%d = arith.subf %a, %b : f32", "%d = arith.addf %a, %b : f64");
  CHECK_REWRITE("%n = arith.negf %x fastmath<fast> : f32", "%n = math.absf %x fastmath<fast> : f64");
  CHECK_REWRITE("%m = arith.minimumf %x, %c : f32", "%m = arith.maximumf %x, %c : f64");
  CHECK_REWRITE("%m = arith.minnumf %x, %c : f64", "%m = arith.maxnumf %x, %c : f64");
  CHECK_REWRITE("%r = linalg.reduce { arith.minimumf } ins(%a : tensor<8xf32>)",
                "%r = linalg.reduce { arith.maximumf } ins(%a : tensor<8xf64>)");
  CHECK_REWRITE("linalg.sub ins(%a, %b : tensor<4xf64>, tensor<4xf64>)",
                "linalg.add ins(%a, %b : tensor<4xf64>, tensor<4xf64>)");
  CHECK_REWRITE("linalg.negf linalg.min", "linalg.abs linalg.max");
  /* Generic form: the op name is a string followed by '('. */
  CHECK_REWRITE("%d = \"arith.subf\"(%a, %b) : (f32, f32) -> f32",
                "%d = \"arith.addf\"(%a, %b) : (f64, f64) -> f64");
  /* What computes the same on magnitudes stays. */
  const char *kept = "%s = arith.addf %a, %b : f64\n%p = arith.mulf %s, %c : f64\n"
                     "%q = arith.maximumf %p, %c : f64\n%r = math.absf %q : f64\n";
  CHECK_REWRITE(kept, kept);
}

static void test_types(void) {
  CHECK_REWRITE("memref<4x?x8xf32>, tensor<?x?xf32>, vector<[4]xf32>, tensor<f32>",
                "memref<4x?x8xf64>, tensor<?x?xf64>, vector<[4]xf64>, tensor<f64>");
  CHECK_REWRITE("func.func @f(%a: memref<2xf32>, %b: f32) -> f32 {",
                "func.func @f(%a: memref<2xf64>, %b: f64) -> f64 {");
  CHECK_REWRITE("^bb0(%in: f32, %out: f32):", "^bb0(%in: f64, %out: f64):");
  CHECK_REWRITE("memref<0x4xf32>, tensor<0xf32>, memref<4xf32, strided<[1], offset: ?>>",
                "memref<0x4xf64>, tensor<0xf64>, memref<4xf64, strided<[1], offset: ?>>");
  CHECK_REWRITE("tensor<4xvector<4xf32>>, complex<f32>", "tensor<4xvector<4xf64>>, complex<f64>");
  /* Other types, integers and indices stay. */
  CHECK_REWRITE("tensor<2xi64>, memref<4xindex>, i32, f64, i1",
                "tensor<2xi64>, memref<4xindex>, i32, f64, i1");
}

/* f32 inside a name, a symbol, a string or a comment is not a type. */
static void test_whole_tokens_only(void) {
  const char *names = "%f32 = foo %x4xf32, %f32x @matmul_f32 #f32map ^f32bb sym_f32 f32x "
                      "{name = \"f32\", tag = \"arith.subf\"}\n";
  CHECK_REWRITE(names, names);
  CHECK_REWRITE("%a = arith.addf %x, %y : f32 // arith.subf on f32, arith.negf\n",
                "%a = arith.addf %x, %y : f64 // arith.subf on f32, arith.negf\n");
  CHECK_REWRITE("%x = \"bufferization.to_tensor\"(%m) {restrict} : (memref<2xf32>) -> tensor<2xf32>",
                "%x = \"bufferization.to_tensor\"(%m) {restrict} : (memref<2xf64>) -> tensor<2xf64>");
  /* Attribute names that look like ops: a dialect attribute before ',' '}' or '='. */
  const char *attrs = "func.func @main(%a: memref<2xf64> {bufferization.writable = true}) "
                      "attributes {llvm.emit_c_interface, llvm.linkage = 1} {\n";
  CHECK_REWRITE(attrs, attrs);
  CHECK_REWRITE("", "");
}

static void test_literals(void) {
  /* -inf, the max-pooling init, keeps its value in f64 bits. */
  CHECK_REWRITE("%ninf = arith.constant 0xFF800000 : f32",
                "%ninf = arith.constant 0xFFF0000000000000 : f64");
  CHECK_REWRITE("%c = arith.constant dense<0xFF800000> : tensor<4xf32>",
                "%c = arith.constant dense<0xFFF0000000000000> : tensor<4xf64>");
  CHECK_REWRITE("\"arith.constant\"() <{value = 0xff800000 : f32}> : () -> f32",
                "\"arith.constant\"() <{value = 0xFFF0000000000000 : f64}> : () -> f64");
  /* Finite values become their absolute value: -1.0, 1.0, the smallest subnormal, 2^-126. */
  CHECK_REWRITE("dense<[0xBF800000, 0x3F800000, 0x00000001, 0x80800000]> : tensor<4xf32>",
                "dense<[0x3FF0000000000000, 0x3FF0000000000000, 0x36A0000000000000, "
                "0x3810000000000000]> : tensor<4xf64>");
  CHECK_REWRITE("arith.constant 0xBFF8000000000000 : f64", "arith.constant 0x3FF8000000000000 : f64");
  CHECK_REWRITE("arith.constant -1.500000e+00 : f32, dense<[-1.0, 2.0, -0.0]> : tensor<3xf32>",
                "arith.constant 1.500000e+00 : f64, dense<[1.0, 2.0, 0.0]> : tensor<3xf64>");
  CHECK_REWRITE("arith.constant 6.000000000e+00 : f32 arith.constant 2.5E-3 : f64",
                "arith.constant 6.000000000e+00 : f64 arith.constant 2.5E-3 : f64");
  /* Integers, hexadecimal ones included, and affine expressions are not float values. */
  const char *ints = "arith.constant -1 : i32 arith.constant 0x10 : i64 arith.constant 0xFF : index "
                     "affine_map<(d0, d1) -> (d0 - d1, d0 * -1)> dense<-2> : tensor<2xi64>";
  CHECK_REWRITE(ints, ints);
}

static void test_refusals(void) {
  CHECK_REFUSED("%t = arith.truncf %x : f64 to f32", "line 1: arith.truncf");
  CHECK_REFUSED("%e = arith.extf %x : f32 to f64", "arith.extf");
  CHECK_REFUSED("%a = arith.addf %x, %y : f32\n\n%q = arith.divf %x, %y : f32", "line 3: arith.divf");
  CHECK_REFUSED("%c = arith.cmpf olt, %x, %y : f32", "arith.cmpf");
  CHECK_REFUSED("%f = arith.sitofp %i : i32 to f32", "arith.sitofp");
  CHECK_REFUSED("%y = math.exp %x : f32", "math.exp");
  CHECK_REFUSED("%y = arith.frobnicate %x : f32", "arith.frobnicate");
  CHECK_REFUSED("%y = tosa.add %x, %x : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>",
                "tosa.add");
  CHECK_REFUSED("%y = \"tosa.negate\"(%x) : (tensor<2xf32>) -> tensor<2xf32>", "tosa.negate");
  CHECK_REFUSED("linalg.pooling_nchw_min ins(%a, %w : tensor<1x1x4x4xf32>, tensor<2x2xf32>)",
                "linalg.pooling_nchw_min");
  CHECK_REFUSED("linalg.softmax dimension(1) ins(%a : tensor<2x3xf32>)", "linalg.softmax");
  CHECK_REFUSED("%h = arith.addf %x, %y : f16", "element type f16");
  CHECK_REFUSED("memref<4xbf16>", "element type bf16");
  CHECK_REFUSED("tensor<4xf8E4M3FN>", "element type f8E4M3FN");
  CHECK_REFUSED("%p = arith.constant 0x7F800000 : f32", "+inf");
  CHECK_REFUSED("%p = arith.constant 0x7FC00000 : f32", "NaN");
  CHECK_REFUSED("%p = arith.constant 0x1FFFFFFFF : f32", "wider");
  CHECK_REFUSED("%p = arith.constant 0x3C00 : f16", "0x3C00");
  CHECK_REFUSED("%p = arith.constant dense<\"0x0000803F\"> : tensor<1xf32>", "hex-encoded");
  CHECK_REFUSED("%p = arith.constant dense_resource<blob> : tensor<1xf32>", "dense_resource");
  CHECK_REFUSED("%p = foo 0x3F800000\n : f32", "cannot tell the type");
  CHECK_REFUSED("%s = \"arith.subf", "unterminated");

  char *out = (char *)"untouched";
  struct mrl_err err;
  CHECK(mrl_magnitude_text(NULL, &out, &err) == MRL_EINVAL && out == NULL);
  CHECK(strstr(err.msg, "no benchmark text") != NULL);
  CHECK(mrl_magnitude_text("f32", NULL, &err) == MRL_EINVAL);
}

static double from_bits(uint64_t b) {
  double d;
  memcpy(&d, &b, sizeof d);
  return d;
}

/* Every class of f32 value: the f64 pattern holds the same value (compared through the C
 * conversion, exact for all but NaN), and NaNs keep sign, quiet bit and payload. */
static void test_f64_bits(void) {
  static const struct {
    uint32_t f32;
    uint64_t f64;
  } known[] = {
      {0x00000000, 0x0000000000000000}, {0x80000000, 0x8000000000000000},
      {0x3F800000, 0x3FF0000000000000}, {0xBF800000, 0xBFF0000000000000},
      {0x7F7FFFFF, 0x47EFFFFFE0000000}, {0x00800000, 0x3810000000000000},
      {0x00000001, 0x36A0000000000000}, {0x007FFFFF, 0x380FFFFFC0000000},
      {0x7F800000, 0x7FF0000000000000}, {0xFF800000, 0xFFF0000000000000},
      {0x7FC00000, 0x7FF8000000000000}, {0xFFC00001, 0xFFF8000020000000},
      {0x7F800001, 0x7FF0000020000000}, /* signalling NaN stays signalling */
  };
  for (size_t i = 0; i < sizeof known / sizeof *known; i++) {
    uint64_t got = mrl_magnitude_f64_bits(known[i].f32);
    if (got != known[i].f64) {
      fprintf(stderr, "  f32 0x%08X: got 0x%016llX want 0x%016llX\n", (unsigned)known[i].f32,
              (unsigned long long)got, (unsigned long long)known[i].f64);
      check_failures++;
    }
  }
  size_t wrong = 0;
  for (uint64_t b = 0; b <= UINT32_MAX; b += 65521) {
    uint32_t bits = (uint32_t)b;
    float f;
    memcpy(&f, &bits, sizeof f);
    if (f != f) continue;
    double d = from_bits(mrl_magnitude_f64_bits(bits));
    if (d != (double)f || !signbit(d) != !signbit(f)) wrong++;
  }
  for (uint32_t m = 1; m < 0x800000; m += 37) { /* subnormals, densely */
    float f;
    memcpy(&f, &m, sizeof f);
    if (from_bits(mrl_magnitude_f64_bits(m)) != (double)f) wrong++;
  }
  CHECK(wrong == 0);
}

/* ------------------------------------------------ the shipped suites */

static char *read_file(const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  char *buf = NULL;
  size_t n = 0, cap = 0, got;
  do {
    if (n + 65536 + 1 > cap) {
      cap = cap ? cap * 2 : 131072;
      char *b = realloc(buf, cap);
      if (!b) break;
      buf = b;
    }
    got = fread(buf + n, 1, cap - n - 1, f);
    n += got;
  } while (got > 0);
  fclose(f);
  if (buf) buf[n] = '\0';
  return buf;
}

static bool id_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '$' || c == '.';
}

/* Whether the word at s (inside text) stands as a token of code: not inside a name
 * (%x4xf32, @matmul_f32) nor continued by one; a shape's element type ("4x?xf32") counts. */
static bool is_token_at(const char *text, const char *s, size_t n) {
  if (id_char(s[n])) return false;
  const char *p = s;
  if (p > text && p[-1] == 'x' && s[0] == 'f')
    while (p > text && (p[-1] == 'x' || p[-1] == '?' || p[-1] == '[' || p[-1] == ']' ||
                        (p[-1] >= '0' && p[-1] <= '9')))
      p--;
  if (p == text) return true;
  char c = p[-1];
  return !id_char(c) && c != '%' && c != '@' && c != '#' && c != '^' && c != '!';
}

/* The first token of words[] in the code of text (comments skipped), or NULL. */
static const char *find_token(const char *text, const char *const *words, int *line) {
  *line = 1;
  for (const char *p = text; *p; p++) {
    if (*p == '\n') ++*line;
    if (p[0] == '/' && p[1] == '/') {
      while (p[1] && p[1] != '\n') p++;
      continue;
    }
    for (const char *const *w = words; *w; w++)
      if (strncmp(p, *w, strlen(*w)) == 0 && is_token_at(text, p, strlen(*w))) return *w;
  }
  return NULL;
}

struct tally {
  int seen, accepted;
};

/* Rewrites every .mlir in dir; an accepted text must hold none of the forbidden tokens. */
static void check_dir(const char *root, const char *sub, struct tally *t) {
  static const char *const forbidden[] = {"f32", "arith.subf", "arith.negf", "arith.minimumf",
                                          "arith.minnumf", NULL};
  char dir[4096];
  snprintf(dir, sizeof dir, "%s/%s", root, sub);
  DIR *d = opendir(dir);
  CHECK(d != NULL);
  if (!d) return;
  struct dirent *e;
  while ((e = readdir(d))) {
    size_t n = strlen(e->d_name);
    if (n < 6 || strcmp(e->d_name + n - 5, ".mlir") != 0) continue;
    char path[8192];
    snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
    char *text = read_file(path), *out = NULL;
    CHECK(text != NULL);
    if (!text) continue;
    t->seen++;
    struct mrl_err err;
    if (mrl_magnitude_text(text, &out, &err) == MRL_OK) {
      t->accepted++;
      int line;
      const char *bad = find_token(out, forbidden, &line);
      if (bad) {
        fprintf(stderr, "  %s/%s: \"%s\" left at line %d\n", sub, e->d_name, bad, line);
        check_failures++;
      }
      CHECK(strlen(out) >= strlen(text) - 64); /* nothing dropped beyond a few '-' */
    } else {
      printf("  refused %s/%s: %s\n", sub, e->d_name, err.msg);
    }
    free(text);
    free(out);
  }
  closedir(d);
}

/* The benchmarks the check relies on most must be accepted, not just left alone. */
static void check_accepted(const char *root, const char *rel) {
  char path[4096];
  snprintf(path, sizeof path, "%s/%s", root, rel);
  char *text = read_file(path), *out = NULL;
  struct mrl_err err = {{0}};
  CHECK(text != NULL && mrl_magnitude_text(text, &out, &err) == MRL_OK);
  if (text && !out) fprintf(stderr, "  %s: %s\n", rel, err.msg);
  free(text);
  free(out);
}

static void test_suites(const char *root) {
  static const char *const dirs[] = {"suites/starter", "suites/paper/quick", "suites/lqcd/quick",
                                     "suites/pytorch/models", "suites/pytorch/ops", "tests/env/data"};
  struct tally t = {0, 0};
  for (size_t i = 0; i < sizeof dirs / sizeof *dirs; i++) check_dir(root, dirs[i], &t);
  printf("  suites: %d of %d benchmarks accepted\n", t.accepted, t.seen);
  CHECK(t.seen >= 100);
  static const char *const must[] = {
      "suites/starter/maxpool_nchw.mlir",       "suites/starter/matmul_256.mlir",
      "suites/starter/conv2d_nchw.mlir",        "suites/starter/chain_matmul_add_relu.mlir",
      "suites/pytorch/models/resnet18.mlir",    "suites/pytorch/models/mobilenet_v2.mlir",
      "suites/pytorch/models/vgg16.mlir",       "suites/lqcd/quick/dibaryon_dibaryon_v2_w1.mlir",
      "suites/pytorch/ops/relu6_1x192x14x14.mlir"};
  for (size_t i = 0; i < sizeof must / sizeof *must; i++) check_accepted(root, must[i]);
}

int main(int argc, char **argv) {
  test_subtraction_negation_minimum();
  test_types();
  test_whole_tokens_only();
  test_literals();
  test_refusals();
  test_f64_bits();
  if (argc > 1)
    test_suites(argv[1]);
  else
    printf("  no source dir given: suites not checked\n");
  return CHECK_DONE();
}
