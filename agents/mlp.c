#include "mlp.h"

#include <cblas.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

static uint64_t splitmix(uint64_t *s) {
  uint64_t z = (*s += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

static double uniform(uint64_t *s) { return (double)(splitmix(s) >> 11) / 9007199254740992.0; }

enum mrl_status mrl_mlp_create(const int *sizes, int n, int batch_cap, uint64_t seed, struct mrl_mlp **out,
                               struct mrl_err *err) {
  *out = NULL;
  if (n < 1 || batch_cap < 1) return mrl_fail(err, MRL_EINVAL, "a network needs at least one layer and one row");
  int widest = 0;
  for (int k = 0; k <= n; ++k) {
    if (sizes[k] < 1) return mrl_fail(err, MRL_EINVAL, "layer width %d is not positive", sizes[k]);
    if (sizes[k] > widest) widest = sizes[k];
  }
  /* One thread: these products are small, and OpenBLAS's worker threads keep spinning after a
   * call, on the cores a measurement child is about to be timed on. */
  openblas_set_num_threads(1);
  struct mrl_mlp *m = calloc(1, sizeof *m);
  if (!m) return mrl_fail(err, MRL_ENOMEM, "out of memory");
  m->nlayers = n;
  m->batch_cap = batch_cap;
  m->layer = calloc((size_t)n, sizeof *m->layer);
  m->act = calloc((size_t)n + 1, sizeof *m->act);
  m->scratch_a = malloc((size_t)batch_cap * (size_t)widest * sizeof(float));
  m->scratch_b = malloc((size_t)batch_cap * (size_t)widest * sizeof(float));
  int ok = m->layer && m->act && m->scratch_a && m->scratch_b;
  for (int k = 0; ok && k <= n; ++k) ok = (m->act[k] = malloc((size_t)batch_cap * (size_t)sizes[k] * sizeof(float))) != NULL;
  for (int k = 0; ok && k < n; ++k) {
    struct mrl_mlp_layer *l = &m->layer[k];
    l->in = sizes[k];
    l->out = sizes[k + 1];
    size_t nw = (size_t)l->in * (size_t)l->out;
    l->w = malloc(nw * sizeof(float));
    l->gw = calloc(nw, sizeof(float));
    l->b = calloc((size_t)l->out, sizeof(float));
    l->gb = calloc((size_t)l->out, sizeof(float));
    ok = l->w && l->gw && l->b && l->gb;
    double r = sqrt(6.0 / (l->in + l->out));
    for (size_t i = 0; ok && i < nw; ++i) l->w[i] = (float)((2 * uniform(&seed) - 1) * r);
  }
  if (!ok) {
    mrl_mlp_free(m);
    return mrl_fail(err, MRL_ENOMEM, "out of memory");
  }
  *out = m;
  return MRL_OK;
}

void mrl_mlp_free(struct mrl_mlp *m) {
  if (!m) return;
  for (int k = 0; m->layer && k < m->nlayers; ++k) {
    free(m->layer[k].w);
    free(m->layer[k].gw);
    free(m->layer[k].b);
    free(m->layer[k].gb);
  }
  for (int k = 0; m->act && k <= m->nlayers; ++k) free(m->act[k]);
  free(m->layer);
  free(m->act);
  free(m->scratch_a);
  free(m->scratch_b);
  free(m);
}

enum mrl_status mrl_mlp_forward(struct mrl_mlp *m, const float *x, int batch, const float **y, struct mrl_err *err) {
  if (batch < 1 || batch > m->batch_cap)
    return mrl_fail(err, MRL_EINVAL, "batch of %d rows, the network holds 1 to %d", batch, m->batch_cap);
  m->batch = batch;
  memcpy(m->act[0], x, (size_t)batch * (size_t)m->layer[0].in * sizeof(float));
  for (int k = 0; k < m->nlayers; ++k) {
    const struct mrl_mlp_layer *l = &m->layer[k];
    float *a = m->act[k + 1];
    for (int r = 0; r < batch; ++r) memcpy(a + (size_t)r * l->out, l->b, (size_t)l->out * sizeof(float));
    /* a (B×out) += act (B×in) · wᵀ (in×out) */
    cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, batch, l->out, l->in, 1.0f, m->act[k], l->in, l->w, l->in,
                1.0f, a, l->out);
    if (k + 1 < m->nlayers)
      for (size_t i = 0; i < (size_t)batch * (size_t)l->out; ++i) a[i] = a[i] > 0 ? a[i] : 0;
  }
  *y = m->act[m->nlayers];
  return MRL_OK;
}

void mrl_mlp_backward(struct mrl_mlp *m, const float *dy, float *dx) {
  int B = m->batch;
  const struct mrl_mlp_layer *last = &m->layer[m->nlayers - 1];
  float *g = m->scratch_a, *next = m->scratch_b;
  memcpy(g, dy, (size_t)B * (size_t)last->out * sizeof(float));
  for (int k = m->nlayers - 1; k >= 0; --k) {
    struct mrl_mlp_layer *l = &m->layer[k];
    /* gw (out×in) += gᵀ (out×B) · act[k] (B×in); gb += column sums of g */
    cblas_sgemm(CblasRowMajor, CblasTrans, CblasNoTrans, l->out, l->in, B, 1.0f, g, l->out, m->act[k], l->in, 1.0f,
                l->gw, l->in);
    for (int r = 0; r < B; ++r)
      for (int j = 0; j < l->out; ++j) l->gb[j] += g[(size_t)r * l->out + j];
    if (k == 0 && !dx) break;
    /* d act[k] (B×in) = g (B×out) · w (out×in), then through the ReLU that made act[k] */
    float *d = k == 0 ? dx : next;
    cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, B, l->in, l->out, 1.0f, g, l->out, l->w, l->in, 0.0f, d,
                l->in);
    if (k == 0) break;
    for (size_t i = 0; i < (size_t)B * (size_t)l->in; ++i)
      if (m->act[k][i] <= 0) d[i] = 0;
    float *t = g;
    g = next;
    next = t;
  }
}

void mrl_mlp_zero_grad(struct mrl_mlp *m) {
  for (int k = 0; k < m->nlayers; ++k) {
    struct mrl_mlp_layer *l = &m->layer[k];
    memset(l->gw, 0, (size_t)l->in * (size_t)l->out * sizeof(float));
    memset(l->gb, 0, (size_t)l->out * sizeof(float));
  }
}

size_t mrl_mlp_num_params(const struct mrl_mlp *m) {
  size_t n = 0;
  for (int k = 0; k < m->nlayers; ++k) n += (size_t)m->layer[k].out * ((size_t)m->layer[k].in + 1);
  return n;
}

uint64_t mrl_nn_rng_next(uint64_t *x) {
  if (*x == 0) *x = 0x9E3779B97F4A7C15ull;
  *x ^= *x >> 12;
  *x ^= *x << 25;
  *x ^= *x >> 27;
  return *x * 0x2545F4914F6CDD1Dull;
}

/* ---------------------------------------------------------------- masked categorical heads */

static int allowed(const unsigned char *mask, int i) { return !mask || mask[i]; }

double mrl_masked_log_softmax(const float *logits, const unsigned char *mask, int n, float *logp) {
  double mx = -INFINITY;
  for (int i = 0; i < n; ++i)
    if (allowed(mask, i) && logits[i] > mx) mx = logits[i];
  if (mx == -INFINITY) {
    for (int i = 0; i < n; ++i) logp[i] = -INFINITY;
    return -INFINITY;
  }
  double sum = 0;
  for (int i = 0; i < n; ++i)
    if (allowed(mask, i)) sum += exp(logits[i] - mx);
  double lse = mx + log(sum);
  for (int i = 0; i < n; ++i) logp[i] = allowed(mask, i) ? (float)(logits[i] - lse) : -INFINITY;
  return lse;
}

double mrl_masked_entropy(const float *logp, const unsigned char *mask, int n) {
  double h = 0;
  for (int i = 0; i < n; ++i)
    if (allowed(mask, i)) h -= exp(logp[i]) * logp[i];
  return h;
}

/* d/dz_j of −log p_a is p_j − [j = a]; of −H it is p_j (log p_j + H). */
void mrl_masked_softmax_grad(const float *logp, const unsigned char *mask, int n, int action, double beta,
                             float *dlogits) {
  double h = mrl_masked_entropy(logp, mask, n);
  for (int j = 0; j < n; ++j) {
    if (!allowed(mask, j)) {
      dlogits[j] = 0;
      continue;
    }
    double p = exp(logp[j]);
    dlogits[j] = (float)(p - (j == action) + beta * p * (logp[j] + h));
  }
}
