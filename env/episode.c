/* Episode bookkeeping: which slot is current, its static op and producer, moving on to the
 * next op, and invalidating the cached observation and masks. The state lives in struct
 * mrl_env (env_priv.h); this file is its one home, so that the environment's other files
 * (actions, features, schedule text, scripts) call here and never each other in a circle. */
#include "env_priv.h"

void mrl_episode_invalidate(struct mrl_env *e) {
  e->obs_fresh = 0;
  e->masks_fresh = 0;
}

struct mrl_env_slot *mrl_episode_slot(struct mrl_env *e) {
  return e->loaded && e->cur < e->nslots ? &e->slots[e->cur] : NULL;
}

const struct mrl_prog_op *mrl_episode_static_op(const struct mrl_env *e, const struct mrl_env_slot *s) {
  return &e->prog.ops[s->prog];
}

int mrl_episode_producer(const struct mrl_env *e, const struct mrl_env_slot *s) {
  if (s->fused) return -1;
  int p = e->prog.ops[s->prog].producer;
  if (p < 0 || !e->included[p]) return -1;
  for (int i = 0; i < e->nslots; ++i)
    if (e->slots[i].prog == p && !e->slots[i].fused) return e->slots[i].removed ? -1 : i;
  return -1;
}

/* Skips slots that are finished or were fused away before their turn. */
void mrl_episode_advance(struct mrl_env *e) {
  while (e->cur < e->nslots && (e->slots[e->cur].done || e->slots[e->cur].removed))
    ++e->cur;
}

void mrl_episode_finish_op(struct mrl_env *e) {
  struct mrl_env_slot *s = mrl_episode_slot(e);
  if (!s) return;
  s->done = 1;
  s->nptr = 0;
  mrl_episode_advance(e);
  mrl_episode_invalidate(e);
}
