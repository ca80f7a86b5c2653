#include "eval_method.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const kind_names[MRL_METHOD_KIND_COUNT] = {
    "default", "agent", "random", "search", "pytorch", "torchscript", "openblas", "halide"};

/* Halide's CPU autoschedulers (Halide 14), as the method names spell them. */
static const char *const halide_schedulers[] = {"mullapudi2016", "adams2019", "li2018", NULL};

const char *mrl_method_kind_name(enum mrl_method_kind k) {
  return (unsigned)k < MRL_METHOD_KIND_COUNT ? kind_names[k] : "unknown";
}

/* ---------------------------------------------------------------- methods */

static enum mrl_status push_method(struct mrl_method_list *l, const struct mrl_method *m, struct mrl_err *err) {
  for (int i = 0; i < l->n; ++i)
    if (!strcmp(l->m[i].name, m->name)) return MRL_OK;
  struct mrl_method *g = realloc(l->m, (size_t)(l->n + 1) * sizeof *g);
  if (!g) return mrl_fail(err, MRL_ENOMEM, "out of memory");
  l->m = g;
  l->m[l->n++] = *m;
  return MRL_OK;
}

static enum mrl_status parse_method(const char *s, size_t len, struct mrl_method *m, struct mrl_err *err) {
  memset(m, 0, sizeof *m);
  if (len == 0 || len >= sizeof m->name) return mrl_fail(err, MRL_EINVAL, "empty or too long method name");
  memcpy(m->name, s, len);
  const char *colon = strchr(m->name, ':');
  size_t head = colon ? (size_t)(colon - m->name) : len;
  for (int k = 0; k < MRL_METHOD_KIND_COUNT; ++k) {
    if (strlen(kind_names[k]) != head || strncmp(m->name, kind_names[k], head)) continue;
    m->kind = (enum mrl_method_kind)k;
    if (k == MRL_METHOD_RANDOM || k == MRL_METHOD_SEARCH) {
      char *end;
      long b = colon ? strtol(colon + 1, &end, 10) : 0;
      if (!colon || end == colon + 1 || *end || b < 1 || b > 100000)
        return mrl_fail(err, MRL_EINVAL, "method '%s': expected %s:N with a budget N from 1 to 100000", m->name,
                        kind_names[k]);
      m->budget = (int)b;
      return MRL_OK;
    }
    if (k == MRL_METHOD_AGENT) {
      if (!colon || !colon[1]) return mrl_fail(err, MRL_EINVAL, "method '%s': expected agent:NAME", m->name);
      snprintf(m->agent, sizeof m->agent, "%s", colon + 1);
      return MRL_OK;
    }
    if (k == MRL_METHOD_HALIDE) {
      for (int i = 0; colon && halide_schedulers[i]; ++i)
        if (!strcmp(colon + 1, halide_schedulers[i])) return MRL_OK;
      return mrl_fail(err, MRL_EINVAL,
                      "method '%s': expected halide:mullapudi2016, halide:adams2019 or halide:li2018 (or halide "
                      "for all three)",
                      m->name);
    }
    if (colon) return mrl_fail(err, MRL_EINVAL, "method '%s': %s takes no parameter", m->name, kind_names[k]);
    return MRL_OK;
  }
  return mrl_fail(err, MRL_EINVAL,
                  "unknown method '%s' (expected default, random:N, search:N, pytorch, torchscript, openblas, "
                  "halide:SCHEDULER)",
                  m->name);
}

enum mrl_status mrl_methods_add(struct mrl_method_list *l, const char *text, int agent, struct mrl_err *err) {
  struct mrl_method m;
  if (agent) {
    if (!*text || strlen(text) >= sizeof m.agent) return mrl_fail(err, MRL_EINVAL, "bad agent name '%s'", text);
    memset(&m, 0, sizeof m);
    m.kind = MRL_METHOD_AGENT;
    snprintf(m.agent, sizeof m.agent, "%s", text);
    snprintf(m.name, sizeof m.name, "agent:%s", text);
    return push_method(l, &m, err);
  }
  for (const char *p = text;;) {
    const char *q = strchr(p, ',');
    size_t len = q ? (size_t)(q - p) : strlen(p);
    enum mrl_status s = MRL_OK;
    if (len == 6 && !strncmp(p, "halide", 6)) { /* every autoscheduler */
      for (int i = 0; halide_schedulers[i] && s == MRL_OK; ++i) {
        char name[64];
        snprintf(name, sizeof name, "halide:%s", halide_schedulers[i]);
        s = parse_method(name, strlen(name), &m, err);
        if (s == MRL_OK) s = push_method(l, &m, err);
      }
      if (s != MRL_OK) return s;
      if (!q) return MRL_OK;
      p = q + 1;
      continue;
    }
    s = parse_method(p, len, &m, err);
    if (s == MRL_OK) s = push_method(l, &m, err);
    if (s != MRL_OK) return s;
    if (!q) return MRL_OK;
    p = q + 1;
  }
}

void mrl_methods_finish(struct mrl_method_list *l) {
  for (int i = 0; i < l->n; ++i)
    if (l->m[i].kind == MRL_METHOD_DEFAULT) {
      struct mrl_method d = l->m[i];
      memmove(l->m + 1, l->m, (size_t)i * sizeof *l->m);
      l->m[0] = d;
      return;
    }
  struct mrl_method d = {.kind = MRL_METHOD_DEFAULT, .name = "default"};
  struct mrl_method *g = realloc(l->m, (size_t)(l->n + 1) * sizeof *g);
  if (!g) return; /* mrl_methods_add allocated before; a run without the default slot is refused by the caller */
  l->m = g;
  memmove(l->m + 1, l->m, (size_t)l->n * sizeof *l->m);
  l->m[0] = d;
  ++l->n;
}

void mrl_methods_free(struct mrl_method_list *l) {
  free(l->m);
  l->m = NULL;
  l->n = 0;
}
