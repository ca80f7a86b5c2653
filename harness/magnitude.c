/* One pass over the text, token by token: comments, strings and sigil identifiers (%x, @f,
 * #map, !t, ^bb) are copied whole, so that only bare words, numbers and shapes are ever
 * rewritten. The rules and their reasons are in magnitude.h. */
#include "magnitude.h"

#include <ctype.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct rewriter {
  const char *t; /* the whole input */
  size_t pos;    /* next character to read */
  char *buf;
  size_t len, cap;
  enum mrl_status status; /* the first failure; once set, nothing more is read */
  struct mrl_err *err;
};

static bool is_id_start(char c) { return isalpha((unsigned char)c) || c == '_'; }
static bool is_id_char(char c) {
  return isalnum((unsigned char)c) || c == '_' || c == '$' || c == '.';
}
static bool is_sigil(char c) { return c == '%' || c == '@' || c == '#' || c == '!' || c == '^'; }

static void emit(struct rewriter *w, const char *s, size_t n) {
  if (w->status != MRL_OK) return;
  if (w->len + n + 1 > w->cap) {
    size_t cap = w->cap ? w->cap : 4096;
    while (w->len + n + 1 > cap) cap *= 2;
    char *b = realloc(w->buf, cap);
    if (!b) {
      w->status = mrl_fail(w->err, MRL_ENOMEM, "magnitude: out of memory at %zu bytes", cap);
      return;
    }
    w->buf = b;
    w->cap = cap;
  }
  memcpy(w->buf + w->len, s, n);
  w->len += n;
  w->buf[w->len] = '\0';
}

static void emit_str(struct rewriter *w, const char *s) { emit(w, s, strlen(s)); }

/* Refuses the text, naming the line of the current token. */
__attribute__((format(printf, 2, 3))) static void refuse(struct rewriter *w, const char *fmt, ...) {
  if (w->status != MRL_OK) return;
  int line = 1;
  for (size_t i = 0; i < w->pos; i++) line += w->t[i] == '\n';
  char why[512];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(why, sizeof why, fmt, ap);
  va_end(ap);
  w->status = mrl_fail(w->err, MRL_EUNSUPPORTED, "magnitude: line %d: %s", line, why);
}

static bool word_is(const char *s, size_t n, const char *lit) {
  return strlen(lit) == n && memcmp(s, lit, n) == 0;
}

static bool word_in(const char *s, size_t n, const char *const *list) {
  for (; *list; list++)
    if (word_is(s, n, *list)) return true;
  return false;
}

/* ---------------------------------------------------------------- types */

/* Float types other than f32 and f64: their magnitude form would need another width rule. */
static bool is_other_float_type(const char *s, size_t n) {
  static const char *const names[] = {"f16", "bf16", "tf32", "f80", "f128", NULL};
  if (word_in(s, n, names)) return true;
  return n > 3 && (s[0] == 'f') && (s[1] == '8' || s[1] == '6' || s[1] == '4') && s[2] == 'E';
}

static bool is_int_type(const char *s, size_t n) {
  if (word_is(s, n, "index")) return true;
  size_t i = s[0] == 'i' ? 1 : (n > 2 && (s[0] == 's' || s[0] == 'u') && s[1] == 'i') ? 2 : 0;
  if (i == 0 || i == n) return false;
  for (; i < n; i++)
    if (!isdigit((unsigned char)s[i])) return false;
  return true;
}

/* A type word: f32 becomes f64, other float widths are refused; the rest is copied. */
static void emit_type_word(struct rewriter *w, const char *s, size_t n) {
  if (word_is(s, n, "f32"))
    emit_str(w, "f64");
  else if (is_other_float_type(s, n))
    refuse(w, "element type %.*s has no magnitude form (only f32 and f64 do)", (int)n, s);
  else
    emit(w, s, n);
}

/* Length of the dimension list at the front of a shape word ("4x?x[8]x", "x", "0x"), the
 * element type following it: digits, '?' and scalable "[n]" joined by 'x'. */
static size_t shape_prefix(const char *s, size_t n) {
  size_t i = 0;
  for (;;) {
    size_t j = i;
    while (j < n && (isdigit((unsigned char)s[j]) || s[j] == '?' || s[j] == '[' || s[j] == ']')) j++;
    if (j < n && s[j] == 'x') {
      i = j + 1;
      continue;
    }
    return i;
  }
}

/* "4x8xf32", "xf32" (after "?"), "4x" (before "?"): dimensions copied, element type rewritten. */
static void emit_shape(struct rewriter *w, const char *s, size_t n) {
  size_t dims = shape_prefix(s, n);
  emit(w, s, dims);
  if (dims < n) emit_type_word(w, s + dims, n - dims);
}

/* ---------------------------------------------------------------- op names */

enum op_action { OP_KEEP, OP_RENAME, OP_REFUSE, OP_UNKNOWN };

struct op_rule {
  const char *name;
  const char *to;  /* OP_RENAME */
  const char *why; /* OP_REFUSE */
};

static const char NO_QUOTIENT[] = "a quotient's error is not bounded by its operands' magnitudes";
static const char NO_WIDTH[] = "changes the float width; after f32 -> f64 it would be f64 to f64";
static const char NO_COMPARE[] = "comparing magnitudes is not comparing the values";

static const struct op_rule op_rules[] = {
    {"arith.subf", "arith.addf", NULL},
    {"arith.negf", "math.absf", NULL},
    {"arith.minimumf", "arith.maximumf", NULL},
    {"arith.minnumf", "arith.maxnumf", NULL},
    {"linalg.sub", "linalg.add", NULL},
    {"linalg.negf", "linalg.abs", NULL},
    {"linalg.min", "linalg.max", NULL},
    {"arith.truncf", NULL, NO_WIDTH},
    {"arith.extf", NULL, NO_WIDTH},
    {"arith.divf", NULL, NO_QUOTIENT},
    {"arith.remf", NULL, NO_QUOTIENT},
    {"linalg.div", NULL, NO_QUOTIENT},
    {"linalg.reciprocal", NULL, NO_QUOTIENT},
    {"arith.cmpf", NULL, NO_COMPARE},
    {"arith.sitofp", NULL, "signed integers convert to negative floats"},
    {"arith.fptosi", NULL, "float-to-integer conversions depend on sign and value"},
    {"arith.fptoui", NULL, "float-to-integer conversions depend on sign and value"},
    {"arith.bitcast", NULL, "reinterprets bits"},
};

/* Ops that compute the same on magnitudes, or do not touch float values. */
static const char *const arith_kept[] = {
    "addf", "mulf", "maximumf", "maxnumf", "constant", "select", "index_cast", "index_castui",
    "uitofp", "addi", "subi", "muli", "divsi", "divui", "ceildivsi", "ceildivui", "floordivsi",
    "remsi", "remui", "andi", "ori", "xori", "shli", "shrsi", "shrui", "maxsi", "maxui", "minsi",
    "minui", "cmpi", "extsi", "extui", "trunci", NULL};
static const char *const math_kept[] = {"absf", "fma", NULL};
static const char *const linalg_kept[] = {
    "generic", "yield", "index", "fill", "copy", "transpose", "broadcast", "map", "reduce",
    "matmul", "matmul_transpose_a", "matmul_transpose_b", "batch_matmul",
    "batch_matmul_transpose_a", "batch_matmul_transpose_b", "batch_reduce_matmul", "matvec",
    "vecmat", "batch_matvec", "batch_vecmat", "dot", "mmt4d", "batch_mmt4d", "add", "mul", "max",
    "abs", "square", NULL};
/* Data movement and control flow: no float arithmetic of their own. */
static const char *const free_dialects[] = {"tensor", "memref", "bufferization", "func", "scf",
                                            "affine", "index", "cf", NULL};

static bool has_prefix(const char *s, size_t n, const char *p) {
  size_t k = strlen(p);
  return n >= k && memcmp(s, p, k) == 0;
}

static bool contains(const char *s, size_t n, const char *needle) {
  size_t k = strlen(needle);
  for (size_t i = 0; i + k <= n; i++)
    if (memcmp(s + i, needle, k) == 0) return true;
  return false;
}

static enum op_action linalg_action(const char *op, size_t n, const char **why) {
  if (word_in(op, n, linalg_kept) || has_prefix(op, n, "conv_") ||
      has_prefix(op, n, "depthwise_conv_"))
    return OP_KEEP;
  if (has_prefix(op, n, "pooling_")) {
    if (!contains(op, n, "_min")) return OP_KEEP;
    *why = "a min-pooling starts at +inf and keeps the smaller magnitude";
    return OP_REFUSE;
  }
  return OP_UNKNOWN;
}

static enum op_action op_action(const char *s, size_t n, const char **to, const char **why) {
  for (size_t i = 0; i < sizeof op_rules / sizeof *op_rules; i++) {
    if (!word_is(s, n, op_rules[i].name)) continue;
    *to = op_rules[i].to;
    *why = op_rules[i].why;
    return op_rules[i].to ? OP_RENAME : OP_REFUSE;
  }
  const char *dot = memchr(s, '.', n);
  size_t dn = (size_t)(dot - s), rn = n - dn - 1;
  if (word_in(s, dn, free_dialects)) return OP_KEEP;
  if (word_is(s, dn, "arith")) {
    *why = "no magnitude rule for this arith op";
    return word_in(dot + 1, rn, arith_kept) ? OP_KEEP : OP_REFUSE;
  }
  if (word_is(s, dn, "math")) {
    *why = "no magnitude rule for this math function";
    return word_in(dot + 1, rn, math_kept) ? OP_KEEP : OP_REFUSE;
  }
  if (word_is(s, dn, "linalg")) return linalg_action(dot + 1, rn, why);
  return OP_UNKNOWN;
}

static char next_nonspace(const char *t, size_t q) {
  while (isspace((unsigned char)t[q])) q++;
  return t[q];
}

/* A dotted bare word: an op name, or an attribute name (`llvm.emit_c_interface`,
 * `bufferization.writable = true`). Known ops are acted on wherever they stand, since the
 * short form of a reduction names one in braces: `linalg.reduce { arith.minimumf }`. */
static void dotted_word(struct rewriter *w, const char *s, size_t n, size_t end) {
  char next = next_nonspace(w->t, end);
  if (next == '=') {
    emit(w, s, n);
    return;
  }
  const char *to = NULL, *why = NULL;
  switch (op_action(s, n, &to, &why)) {
  case OP_KEEP: emit(w, s, n); break;
  case OP_RENAME: emit_str(w, to); break;
  case OP_REFUSE: refuse(w, "%.*s: %s", (int)n, s, why); break;
  case OP_UNKNOWN:
    if (next == ',' || next == '}')
      emit(w, s, n);
    else
      refuse(w, "%.*s: no magnitude rule for this op", (int)n, s);
    break;
  }
}

/* ---------------------------------------------------------------- literals */

uint64_t mrl_magnitude_f64_bits(uint32_t bits) {
  uint64_t sign = (uint64_t)(bits >> 31) << 63;
  uint32_t exp = (bits >> 23) & 0xff, mant = bits & 0x7fffff;
  if (exp == 0xff) return sign | UINT64_C(0x7ff) << 52 | (uint64_t)mant << 29;
  if (exp != 0) return sign | (uint64_t)(exp - 127 + 1023) << 52 | (uint64_t)mant << 29;
  if (mant == 0) return sign;
  /* Subnormal in f32, normal in f64: mant * 2^-149 = 1.f * 2^(-126 - shift). */
  int shift = 0;
  while (!(mant & 0x800000)) {
    mant <<= 1;
    shift++;
  }
  return sign | (uint64_t)(1023 - 126 - shift) << 52 | (uint64_t)(mant & 0x7fffff) << 29;
}

/* The element type of the literal ending at q: past the rest of a dense list to the ':' and
 * the type there (`: f32`, `: tensor<2x3xf32>`), on the same line, so that a literal without
 * a type of its own (in an `array<i64: ...>`) never borrows the next op's. Writes it to ty;
 * false when unclear. */
static bool literal_type(const char *t, size_t q, char *ty, size_t tyn) {
  while (t[q] && t[q] != ':') {
    char c = t[q];
    if (c == '\n' || !(isspace((unsigned char)c) || isxdigit((unsigned char)c) ||
                       strchr(",[]()>xX.+-", c)))
      return false;
    q++;
  }
  if (!t[q]) return false;
  q++;
  while (isspace((unsigned char)t[q])) q++;
  size_t s = q;
  while (isalnum((unsigned char)t[q]) || t[q] == '_') q++;
  if (t[q] == '<' && (word_is(t + s, q - s, "tensor") || word_is(t + s, q - s, "vector") ||
                      word_is(t + s, q - s, "memref"))) {
    size_t e = ++q;
    while (t[e] && t[e] != ',' && t[e] != '>' && t[e] != '<') e++;
    s = q + shape_prefix(t + q, e - q);
    q = e;
  }
  if (q == s || q - s >= tyn) return false;
  memcpy(ty, t + s, q - s);
  ty[q - s] = '\0';
  return true;
}

/* The value rules of magnitude.h on an f64 bit pattern: |x| for finite x, -inf kept. */
static bool magnitude_bits(struct rewriter *w, uint64_t *bits, const char *s, size_t n) {
  bool special = ((*bits >> 52) & 0x7ff) == 0x7ff;
  bool negative = *bits >> 63;
  if (special && (*bits & ((UINT64_C(1) << 52) - 1))) {
    refuse(w, "%.*s is a NaN: it would poison every magnitude it reaches", (int)n, s);
    return false;
  }
  if (special && !negative) {
    refuse(w, "%.*s is +inf: as a min's identity it has no magnitude form", (int)n, s);
    return false;
  }
  if (!special) *bits &= ~(UINT64_C(1) << 63);
  return true;
}

/* 0x... followed by the literal's type: float bit patterns become f64 ones, integers stay. */
static void hex_literal(struct rewriter *w, const char *s, size_t n, size_t end) {
  char ty[32];
  if (n > 18) {
    refuse(w, "hex literal %.*s is wider than 64 bits", (int)n, s);
    return;
  }
  if (!literal_type(w->t, end, ty, sizeof ty)) {
    refuse(w, "cannot tell the type of hex literal %.*s", (int)n, s);
    return;
  }
  size_t tn = strlen(ty);
  if (is_int_type(ty, tn)) {
    emit(w, s, n);
    return;
  }
  uint64_t v = strtoull(s + 2, NULL, 16);
  if (word_is(ty, tn, "f32") && v > UINT32_MAX) {
    refuse(w, "hex literal %.*s is wider than its type f32", (int)n, s);
    return;
  }
  if (word_is(ty, tn, "f32"))
    v = mrl_magnitude_f64_bits((uint32_t)v);
  else if (!word_is(ty, tn, "f64")) {
    refuse(w, "hex literal %.*s of type %s", (int)n, s, ty);
    return;
  }
  if (!magnitude_bits(w, &v, s, n)) return;
  char out[24];
  snprintf(out, sizeof out, "0x%016" PRIX64, v);
  emit_str(w, out);
}

/* "0x" and hex digits, but not "0xf32" (a shape: no elements of f32). */
static bool is_hex_literal(const char *s, size_t n) {
  if (n < 3 || s[0] != '0' || (s[1] != 'x' && s[1] != 'X')) return false;
  for (size_t i = 2; i < n; i++)
    if (!isxdigit((unsigned char)s[i])) return false;
  return !word_is(s + 2, n - 2, "f32") && !word_is(s + 2, n - 2, "f64") &&
         !is_other_float_type(s + 2, n - 2);
}

/* At a digit: a hex literal, a shape ("4x8xf32"), a float literal (whose '-', when
 * `negative`, was already consumed and is dropped) or an integer (whose '-' is kept). */
static void number(struct rewriter *w, bool negative) {
  const char *t = w->t;
  size_t start = w->pos, q = start;
  while (isdigit((unsigned char)t[q])) q++;
  if (t[q] == '.') {
    q++;
    while (isdigit((unsigned char)t[q])) q++;
    size_t e = q + 1 + (t[q + 1] == '+' || t[q + 1] == '-');
    if ((t[q] == 'e' || t[q] == 'E') && isdigit((unsigned char)t[e]))
      for (q = e; isdigit((unsigned char)t[q]); q++) continue;
    emit(w, t + start, q - start);
    w->pos = q;
    return;
  }
  if (negative) emit_str(w, "-");
  if (t[q] == 'x' || t[q] == 'X') {
    while (is_id_char(t[q])) q++;
    if (is_hex_literal(t + start, q - start))
      hex_literal(w, t + start, q - start, q);
    else
      emit_shape(w, t + start, q - start);
  } else {
    emit(w, t + start, q - start);
  }
  w->pos = q;
}

/* ---------------------------------------------------------------- tokens */

static void bare_word(struct rewriter *w) {
  const char *t = w->t;
  size_t start = w->pos, q = start;
  while (is_id_char(t[q])) q++;
  const char *s = t + start;
  size_t n = q - start;
  if (s[0] == 'x' && start > 0 && (t[start - 1] == '?' || t[start - 1] == ']'))
    emit_shape(w, s, n);
  else if (memchr(s, '.', n))
    dotted_word(w, s, n, q);
  else if (word_is(s, n, "dense_resource"))
    refuse(w, "dense_resource data is not rewritten");
  else
    emit_type_word(w, s, n);
  w->pos = q;
}

/* A string: copied, unless it names an op in generic form ("arith.subf"(...)), or holds
 * hex-encoded dense data, whose bytes would need the f32 -> f64 rewrite. */
static void string_literal(struct rewriter *w) {
  const char *t = w->t;
  size_t start = w->pos, q = start + 1;
  while (t[q] && t[q] != '"') q += t[q] == '\\' && t[q + 1] ? 2 : 1;
  if (!t[q]) {
    refuse(w, "unterminated string");
    return;
  }
  const char *s = t + start + 1;
  size_t n = q - start - 1;
  w->pos = q + 1;
  bool op = n > 0 && next_nonspace(t, q + 1) == '(' && memchr(s, '.', n);
  for (size_t i = 0; op && i < n; i++) op = is_id_char(s[i]);
  if (op) {
    emit_str(w, "\"");
    dotted_word(w, s, n, q + 1);
    emit_str(w, "\"");
  } else if (n >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
    refuse(w, "hex-encoded dense data is not rewritten");
  } else {
    emit(w, t + start, q + 1 - start);
  }
}

static void sigil_word(struct rewriter *w) {
  const char *t = w->t;
  size_t start = w->pos, q = start + 1;
  if (t[q] == '"') {
    emit(w, t + start, 1);
    w->pos = q;
    while (t[q] && t[q] != '"') q += t[q] == '\\' && t[q + 1] ? 2 : 1;
    if (!t[q]) {
      refuse(w, "unterminated string");
      return;
    }
    q++;
  } else {
    while (is_id_char(t[q])) q++;
  }
  emit(w, t + w->pos, q - w->pos);
  w->pos = q;
}

static void rewrite(struct rewriter *w) {
  const char *t = w->t;
  while (w->status == MRL_OK && t[w->pos]) {
    const char *s = t + w->pos;
    if (s[0] == '/' && s[1] == '/') {
      size_t n = strcspn(s, "\n");
      emit(w, s, n);
      w->pos += n;
    } else if (s[0] == '"') {
      string_literal(w);
    } else if (is_sigil(s[0]) && (is_id_char(s[1]) || s[1] == '"')) {
      sigil_word(w);
    } else if (is_id_start(s[0])) {
      bare_word(w);
    } else if (isdigit((unsigned char)s[0])) {
      number(w, false);
    } else if (s[0] == '-' && isdigit((unsigned char)s[1]) && (w->pos == 0 || !is_id_char(s[-1]))) {
      w->pos++;
      number(w, true);
    } else {
      emit(w, s, 1);
      w->pos++;
    }
  }
}

enum mrl_status mrl_magnitude_text(const char *bench_text, char **out, struct mrl_err *err) {
  if (!out) return mrl_fail(err, MRL_EINVAL, "magnitude: no output pointer");
  *out = NULL;
  if (!bench_text) return mrl_fail(err, MRL_EINVAL, "magnitude: no benchmark text");
  struct rewriter w = {.t = bench_text, .err = err};
  emit(&w, "", 0); /* an empty text still gives a string */
  rewrite(&w);
  if (w.status != MRL_OK) {
    free(w.buf);
    return w.status;
  }
  *out = w.buf;
  return MRL_OK;
}
