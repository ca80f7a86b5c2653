/* A multilayer perceptron for the agents: dense layers with ReLU between them (none after the
 * last), forward and backward over a batch, dense algebra through OpenBLAS (cblas_sgemm), and
 * masked categorical heads (log-softmax with −inf for masked choices). The backward pass is
 * checked against finite differences by tests/unit/test_mlp.c.
 *
 * Layout: row-major; a batch of B inputs is B×in. Layer k has weights out×in and a bias.
 *
 * Ownership: mrl_mlp_create allocates the network, its parameters, gradients and the
 * activations kept for backward (for up to batch_cap rows); mrl_mlp_free releases them. The
 * output pointer of mrl_mlp_forward belongs to the network and stays valid until the next
 * forward. */
#ifndef MRL_MLP_H
#define MRL_MLP_H

#include <stddef.h>
#include <stdint.h>

#include "status.h"

struct mrl_mlp_layer {
  int in, out;
  float *w, *b;   /* parameters */
  float *gw, *gb; /* gradients, accumulated by backward */
};

struct mrl_mlp {
  int nlayers, batch, batch_cap;
  struct mrl_mlp_layer *layer;
  float **act; /* act[0] the input (copied), act[k+1] layer k's output after its ReLU */
  float *scratch_a, *scratch_b; /* backward's gradients of activations */
};

/* sizes: n + 1 widths (input, hidden..., output). Weights drawn uniformly in
 * ±sqrt(6 / (in + out)) (Glorot) from the seed, biases 0. */
enum mrl_status mrl_mlp_create(const int *sizes, int n, int batch_cap, uint64_t seed, struct mrl_mlp **out,
                               struct mrl_err *err);
void mrl_mlp_free(struct mrl_mlp *m);

/* y = f(x) for batch rows (at most batch_cap); *y points to batch × out floats. */
enum mrl_status mrl_mlp_forward(struct mrl_mlp *m, const float *x, int batch, const float **y, struct mrl_err *err);

/* Adds d(loss)/d(parameters) for the last forward's batch, given dy = d(loss)/d(y); dx, if
 * not NULL, receives d(loss)/d(x) (batch × in). */
void mrl_mlp_backward(struct mrl_mlp *m, const float *dy, float *dx);
void mrl_mlp_zero_grad(struct mrl_mlp *m);
size_t mrl_mlp_num_params(const struct mrl_mlp *m);

/* Log-probabilities of a categorical over n logits with mask (1 = allowed; NULL = all):
 * masked entries get −inf. Returns the log-sum-exp normaliser, or −inf when nothing is
 * allowed (logp is then all −inf). */
double mrl_masked_log_softmax(const float *logits, const unsigned char *mask, int n, float *logp);

/* d(loss)/d(logits) for loss = −(log p[action] + beta · entropy), given logp from
 * mrl_masked_log_softmax; masked logits get 0. */
void mrl_masked_softmax_grad(const float *logp, const unsigned char *mask, int n, int action, double beta,
                             float *dlogits);

/* The next number of a xorshift64* state (0 is replaced by a fixed nonzero seed): the
 * networks' sampling and shuffling draw from it (the same generator as the environment's
 * mrl_env_rng_next; this library does not link the environment). */
uint64_t mrl_nn_rng_next(uint64_t *state);

/* Entropy of the categorical (masked entries contribute nothing). */
double mrl_masked_entropy(const float *logp, const unsigned char *mask, int n);

#endif
