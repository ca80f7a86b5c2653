#include "encode.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

static const char *dtype_name(enum mrl_dtype t) {
  return t == MRL_DTYPE_U8 ? "u8" : t == MRL_DTYPE_I32 ? "i32" : "f32";
}

static int find(struct mrl_env *e, const char *name) {
  for (int i = 0; i < mrl_env_obs_count(e); ++i)
    if (!strcmp(mrl_env_obs_desc(e, i)->name, name)) return i;
  return -1;
}

enum mrl_status mrl_encoder_init(struct mrl_encoder *enc, struct mrl_env *e, struct mrl_err *err) {
  memset(enc, 0, sizeof *enc);
  size_t used = 0;
  for (int i = 0; i < mrl_env_obs_count(e); ++i) {
    const struct mrl_tensor_desc *d = mrl_env_obs_desc(e, i);
    char shape[64] = "";
    for (int k = 0; k < d->rank; ++k)
      snprintf(shape + strlen(shape), sizeof shape - strlen(shape), "%s%d", k ? "x" : "", d->shape[k]);
    int w = snprintf(enc->layout + used, sizeof enc->layout - used, "%s%s:%s[%s]", used ? " " : "", d->name,
                     dtype_name(d->dtype), shape);
    if (w < 0 || (size_t)w >= sizeof enc->layout - used)
      return mrl_fail(err, MRL_ECONFIG, "the observation layout is too long to record");
    used += (size_t)w;
    if (!strncmp(d->name, "op.", 3)) {
      char twin[128];
      snprintf(twin, sizeof twin, "producer.%s", d->name + 3);
      int p = find(e, twin);
      if (p < 0 || mrl_env_obs_desc(e, p)->count != d->count)
        return mrl_fail(err, MRL_ECONFIG, "observation tensor %s has no producer twin of the same shape", d->name);
      if (enc->nop >= MRL_ENCODE_MAX_TENSORS) return mrl_fail(err, MRL_ECONFIG, "too many observation tensors");
      enc->op_desc[enc->nop] = i;
      enc->producer_desc[enc->nop++] = p;
      enc->op_dim += (int)d->count;
    } else if (strncmp(d->name, "producer.", 9) || !strcmp(d->name, "producer.present")) {
      if (enc->nstate >= MRL_ENCODE_MAX_TENSORS) return mrl_fail(err, MRL_ECONFIG, "too many observation tensors");
      enc->state_desc[enc->nstate++] = i;
      enc->state_dim += (int)d->count;
    }
  }
  const struct mrl_env_config *c = mrl_env_config(e);
  int nich = 0;
  mrl_env_interchange_mask(e, &nich);
  struct mrl_policy_config *h = &enc->heads;
  h->op_dim = enc->op_dim;
  h->state_dim = enc->state_dim;
  h->ntypes = MRL_ACTION_COUNT;
  h->max_loops = c->max_loops;
  h->tile_choices = c->tile_choices;
  h->nich = nich;
  if (c->max_loops > MRL_POLICY_MAX_LOOPS)
    return mrl_fail(err, MRL_ECONFIG, "the network handles at most %d loops (max_loops %d)", MRL_POLICY_MAX_LOOPS,
                    c->max_loops);
  return MRL_OK;
}

static float value(const void *base, enum mrl_dtype t, size_t i) {
  switch (t) {
  case MRL_DTYPE_U8: return (float)((const unsigned char *)base)[i];
  case MRL_DTYPE_F32: return ((const float *)base)[i];
  case MRL_DTYPE_I32: {
    int32_t v = ((const int32_t *)base)[i];
    double m = log2(1.0 + fabs((double)v));
    return (float)(v < 0 ? -m : m);
  }
  }
  return 0;
}

static float *put(struct mrl_env *e, const unsigned char *obs, int desc, float *x) {
  const struct mrl_tensor_desc *d = mrl_env_obs_desc(e, desc);
  for (size_t i = 0; i < d->count; ++i) *x++ = value(obs + d->offset, d->dtype, i);
  return x;
}

void mrl_encode(const struct mrl_encoder *enc, struct mrl_env *e, float *x, unsigned char *mask, int *nloops) {
  const unsigned char *obs = mrl_env_observe(e);
  float *p = x;
  for (int k = 0; k < enc->nop; ++k) p = put(e, obs, enc->op_desc[k], p);
  for (int k = 0; k < enc->nop; ++k) p = put(e, obs, enc->producer_desc[k], p);
  for (int k = 0; k < enc->nstate; ++k) p = put(e, obs, enc->state_desc[k], p);
  const struct mrl_policy_config *h = &enc->heads;
  size_t lt = (size_t)h->max_loops * (size_t)h->tile_choices;
  memcpy(mask, mrl_env_action_mask(e), (size_t)h->ntypes);
  memcpy(mask + h->ntypes, mrl_env_tile_mask(e), lt);
  int n = 0;
  const unsigned char *ich = mrl_env_interchange_mask(e, &n);
  memcpy(mask + h->ntypes + lt, ich, (size_t)(n < h->nich ? n : h->nich));
  struct mrl_env_op_info info;
  *nloops = mrl_env_op(e, mrl_env_current(e), &info) ? info.nloops : 0;
}

void mrl_encode_action(const struct mrl_policy_action *pa, struct mrl_action *a) {
  memset(a, 0, sizeof *a);
  a->type = (enum mrl_action_type)pa->type;
  for (int l = 0; l < MRL_POLICY_MAX_LOOPS && l < MRL_ENV_MAX_LOOPS; ++l) a->tile[l] = pa->tile[l];
  a->interchange = pa->ich;
}
