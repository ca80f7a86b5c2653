/* Schedule text: "I(2,0,1)T(32,0,64)V|NT". An op's actions are concatenated, ops are
 * separated by '|' in visit order. Tile sizes are written as sizes (0 = not tiled), an
 * interchange as the permutation (new position j holds loop p_j).
 *
 * Replaying text goes through the same masks and steps as an agent, so a schedule accepted
 * here is one an agent could have produced under the same configuration. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "env_priv.h"

/* ---------------------------------------------------------------- printing */

struct sbuf {
  char *p;
  size_t n, cap;
  int failed;
};

static void put(struct sbuf *b, const char *text) {
  size_t k = strlen(text);
  if (b->failed) return;
  if (b->n + k + 1 > b->cap) {
    size_t cap = b->cap ? b->cap * 2 : 256;
    while (cap < b->n + k + 1)
      cap *= 2;
    char *q = realloc(b->p, cap);
    if (!q) {
      b->failed = 1;
      return;
    }
    b->p = q;
    b->cap = cap;
  }
  memcpy(b->p + b->n, text, k + 1);
  b->n += k;
}

static void put_list(struct sbuf *b, const char *name, int n, const int64_t *sizes, const int *perm) {
  char num[32];
  put(b, name);
  put(b, "(");
  for (int l = 0; l < n; ++l) {
    snprintf(num, sizeof num, "%s%lld", l ? "," : "", sizes ? (long long)sizes[l] : (long long)perm[l]);
    put(b, num);
  }
  put(b, ")");
}

static void put_act(struct sbuf *b, const struct mrl_env_act *a) {
  switch (a->type) {
  case MRL_ACTION_T:
  case MRL_ACTION_TP:
  case MRL_ACTION_TF: put_list(b, mrl_action_name(a->type), a->nloops, a->size, NULL); break;
  case MRL_ACTION_I: put_list(b, "I", a->nloops, NULL, a->perm); break;
  default: put(b, mrl_action_name(a->type)); break;
  }
}

enum mrl_status mrl_schedule_print(struct mrl_env *e) {
  struct sbuf b = {e->schedule, 0, e->schedule_cap, 0};
  put(&b, ""); /* allocated and terminated even when empty */
  int first = 1;
  for (int i = 0; e->loaded && i < e->nslots && i <= e->cur; ++i) {
    const struct mrl_env_slot *s = &e->slots[i];
    if (s->removed || (i == e->cur && s->nacts == 0 && !s->img2col)) continue;
    if (!first) put(&b, "|");
    first = 0;
    if (s->img2col) put(&b, "IC");
    for (int k = 0; k < s->nacts; ++k)
      put_act(&b, &s->acts[k]);
  }
  e->schedule = b.p;
  e->schedule_cap = b.cap;
  return b.failed ? MRL_ENOMEM : MRL_OK;
}

/* ---------------------------------------------------------------- parsing */

struct parsed {
  int segment;
  int column; /* 1-based */
  enum mrl_action_type type;
  int n;
  long long v[MRL_ENV_MAX_LOOPS];
};

struct parser {
  const char *text, *p;
  struct parsed *acts;
  int nacts, cap;
  int segments;
  struct mrl_err *err;
};

static int col(const struct parser *ps, const char *at) {
  return (int)(at - ps->text) + 1;
}

static void found(const char *at, char *buf, size_t n) {
  if (*at == '\0')
    snprintf(buf, n, "the end of the text");
  else if (isprint((unsigned char)*at))
    snprintf(buf, n, "'%c'", *at);
  else
    snprintf(buf, n, "byte 0x%02x", (unsigned char)*at);
}

static enum mrl_status syntax(struct parser *ps, const char *at, const char *expected) {
  char f[32];
  found(at, f, sizeof f);
  size_t len = strlen(ps->text);
  return mrl_fail(ps->err, MRL_ESCHEDULE, "schedule column %d%s%.*s%s: expected %s, found %s", col(ps, at),
                  len <= 160 ? " of \"" : "", len <= 160 ? (int)len : 0, ps->text, len <= 160 ? "\"" : "",
                  expected, f);
}

static const char *spaces(const char *p) {
  while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
    ++p;
  return p;
}

static enum mrl_status parse_numbers(struct parser *ps, struct parsed *a, const char *name) {
  const char *p = spaces(ps->p);
  if (*p != '(') {
    char what[48];
    snprintf(what, sizeof what, "'(' after %s", name);
    return syntax(ps, p, what);
  }
  p = spaces(p + 1);
  for (;;) {
    if (!isdigit((unsigned char)*p)) return syntax(ps, p, a->n ? "a number after ','" : "a number after '('");
    if (a->n >= MRL_ENV_MAX_LOOPS) return syntax(ps, p, "at most 32 values");
    long long v = 0;
    while (isdigit((unsigned char)*p)) {
      if (v > 1000000000LL) return syntax(ps, p, "a smaller number");
      v = v * 10 + (*p++ - '0');
    }
    a->v[a->n++] = v;
    p = spaces(p);
    if (*p == ')') break;
    if (*p != ',') return syntax(ps, p, "',' or ')'");
    p = spaces(p + 1);
  }
  ps->p = p + 1;
  return MRL_OK;
}

static enum mrl_status parse_text(struct parser *ps) {
  ps->segments = 1;
  for (;;) {
    const char *p = spaces(ps->p);
    ps->p = p;
    if (*p == '\0') return MRL_OK;
    if (*p == '|') {
      ++ps->segments;
      ps->p = p + 1;
      continue;
    }
    /* The longest action name at p, so that "VNT" reads as V then NT. */
    int t = -1;
    size_t len = 0;
    for (int k = 0; k < MRL_ACTION_COUNT; ++k) {
      const char *name = mrl_action_name((enum mrl_action_type)k);
      size_t n = strlen(name);
      if (n > len && !strncmp(p, name, n)) {
        t = k;
        len = n;
      }
    }
    if (t < 0) return syntax(ps, p, "an action (T, TP, TF, I, V, NT, IC) or '|'");
    const char *q = p + len;
    if (ps->nacts == ps->cap) {
      int cap = ps->cap ? ps->cap * 2 : 16;
      void *n = realloc(ps->acts, (size_t)cap * sizeof *ps->acts);
      if (!n) return mrl_fail(ps->err, MRL_ENOMEM, "out of memory");
      ps->acts = n;
      ps->cap = cap;
    }
    struct parsed *a = &ps->acts[ps->nacts++];
    memset(a, 0, sizeof *a);
    a->segment = ps->segments - 1;
    a->column = col(ps, p);
    a->type = (enum mrl_action_type)t;
    ps->p = q;
    if (t == MRL_ACTION_V || t == MRL_ACTION_NT || t == MRL_ACTION_IC) {
      if (*spaces(q) == '(') {
        char what[64];
        snprintf(what, sizeof what, "the next action or '|' (%s takes no parameters)",
                 mrl_action_name(a->type));
        return syntax(ps, spaces(q), what);
      }
      continue;
    }
    enum mrl_status s = parse_numbers(ps, a, mrl_action_name(a->type));
    if (s != MRL_OK) return s;
  }
}

/* ---------------------------------------------------------------- replay */

static void loops_text(const struct mrl_env_slot *s, char *buf, size_t n) {
  buf[0] = '\0';
  for (int l = 0; l < s->nloops; ++l) {
    size_t k = strlen(buf);
    snprintf(buf + k, n - k, "%s%lld", l ? "x" : "", (long long)s->bound[l]);
  }
}

static enum mrl_status at_column(struct mrl_err *err, enum mrl_status s, const struct parsed *a,
                                 const char *what) {
  return mrl_fail(err, s, "schedule column %d (%s): %s", a->column, mrl_action_name(a->type), what);
}

/* Replays one parsed action on the current op (an interchange as its sub-steps). */
static enum mrl_status replay_one(struct mrl_env *e, const struct parsed *a, struct mrl_err *err) {
  struct mrl_env_slot *s = mrl_episode_slot(e);
  const struct mrl_prog_op *o = mrl_episode_static_op(e, s);
  char why[600], loops[200];
  struct mrl_action act;
  memset(&act, 0, sizeof act);
  act.type = a->type;
  loops_text(s, loops, sizeof loops);
  int op_done = 0;
  if (a->type == MRL_ACTION_IC) {
    if (!mrl_actions_check(e, &act, why, sizeof why)) return at_column(err, MRL_ESCHEDULE, a, why);
    return mrl_actions_step(e, &act, &op_done, err);
  }
  if (a->type <= MRL_ACTION_I && a->n != s->nloops) {
    snprintf(why, sizeof why, "%s %s has %d loops (%s), got %d values", s->tag, o->name, s->nloops, loops,
             a->n);
    return at_column(err, MRL_ESCHEDULE, a, why);
  }
  if (a->type == MRL_ACTION_T || a->type == MRL_ACTION_TP || a->type == MRL_ACTION_TF) {
    for (int l = 0; l < a->n; ++l) {
      int k = mrl_actions_tile_index(&e->cfg, a->v[l]);
      if (k < 0) {
        snprintf(why, sizeof why,
                 "tile size %lld of loop %d is not a choice (0 or a power of two up to %lld)", a->v[l], l,
                 (long long)mrl_env_tile_size(e->cfg.tile_choices - 1));
        return at_column(err, MRL_ESCHEDULE, a, why);
      }
      act.tile[l] = k;
    }
  }
  if (a->type == MRL_ACTION_I) {
    int seen[MRL_ENV_MAX_LOOPS] = {0};
    for (int l = 0; l < a->n; ++l)
      if (a->v[l] >= a->n || seen[a->v[l]]++) {
        snprintf(why, sizeof why, "(%d values) is not a permutation of 0..%d", a->n, a->n - 1);
        return at_column(err, MRL_ESCHEDULE, a, why);
      }
    int perm[MRL_ENV_MAX_LOOPS];
    for (int l = 0; l < a->n; ++l)
      perm[l] = (int)a->v[l];
    if (e->cfg.interchange == MRL_INTERCHANGE_ENUMERATED) {
      act.interchange = mrl_actions_enumerated_candidate(e->cfg.max_loops, a->n, perm);
      if (act.interchange < 0)
        return at_column(err, MRL_ESCHEDULE, a, "not one of the enumerated swaps (distance 1, 2 or 3)");
      if (!mrl_actions_check(e, &act, why, sizeof why)) return at_column(err, MRL_ESCHEDULE, a, why);
      return mrl_actions_step(e, &act, &op_done, err);
    }
    for (int j = 0; j < a->n; ++j) {
      act.interchange = perm[j];
      if (!mrl_actions_check(e, &act, why, sizeof why)) return at_column(err, MRL_ESCHEDULE, a, why);
      enum mrl_status st = mrl_actions_step(e, &act, &op_done, err);
      if (st != MRL_OK) return st;
    }
    return MRL_OK;
  }
  if (!mrl_actions_check(e, &act, why, sizeof why)) return at_column(err, MRL_ESCHEDULE, a, why);
  return mrl_actions_step(e, &act, &op_done, err);
}

static enum mrl_status replay(struct mrl_env *e, const struct parser *ps, struct mrl_err *err) {
  int k = 0;
  for (int g = 0; g < ps->segments; ++g) {
    struct mrl_env_slot *s = mrl_episode_slot(e);
    int column = k < ps->nacts ? ps->acts[k].column : (int)strlen(ps->text) + 1;
    if (!s)
      return mrl_fail(err, MRL_ESCHEDULE,
                      "schedule column %d: op segment %d, but the benchmark has only %d ops to visit", column,
                      g + 1, mrl_env_num_ops(e));
    int slot = e->cur;
    for (; k < ps->nacts && ps->acts[k].segment == g; ++k) {
      if (e->cur != slot || mrl_episode_slot(e) == NULL) {
        const struct mrl_env_slot *done = &e->slots[slot];
        return mrl_fail(
            err, MRL_ESCHEDULE,
            "schedule column %d: %s is already finished (after V, NT or %d actions); separate ops with '|'",
            ps->acts[k].column, done->tag, e->cfg.max_steps);
      }
      enum mrl_status st = replay_one(e, &ps->acts[k], err);
      if (st != MRL_OK) return st;
    }
    if (e->cur == slot && mrl_episode_slot(e)) {
      if (e->slots[slot].nptr > 0)
        return mrl_fail(err, MRL_ESCHEDULE, "schedule column %d: unfinished interchange (internal error)",
                        column);
      mrl_episode_finish_op(e); /* a segment that stops early finishes its op */
    }
  }
  struct mrl_env_slot *s = mrl_episode_slot(e);
  if (s) {
    const struct mrl_prog_op *o = mrl_episode_static_op(e, s);
    return mrl_fail(
        err, MRL_ESCHEDULE,
        "schedule column %d: expected '|' and the actions of %s (%s), the next op to visit (%d segments "
        "given, %d ops to visit)",
        (int)strlen(ps->text) + 1, s->tag, o->name, ps->segments, mrl_env_num_ops(e));
  }
  return MRL_OK;
}

enum mrl_status mrl_schedule_replay(struct mrl_env *e, const char *text, struct mrl_err *err) {
  struct parser ps = {text, text, NULL, 0, 0, 0, err};
  enum mrl_status s = parse_text(&ps);
  if (s == MRL_OK) s = replay(e, &ps, err);
  free(ps.acts);
  return s;
}
