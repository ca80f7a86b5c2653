#include "profile.h"

#include <string.h>

static const struct mrl_profile profiles[] = {
#define MRL_PROFILE_ENTRY(id, nm, s, w, m, b, i, a) {MRL_PROFILE_##id, nm, {s, w, m, b}, i, a},
    MRL_PROFILE_TABLE(MRL_PROFILE_ENTRY)
#undef MRL_PROFILE_ENTRY
};

const struct mrl_profile *mrl_profile_get(enum mrl_profile_id id) {
  return (unsigned)id < MRL_PROFILE_COUNT ? &profiles[id] : &profiles[MRL_PROFILE_EVAL];
}

const struct mrl_profile *mrl_profile_by_name(const char *name) {
  for (int i = 0; name && i < MRL_PROFILE_COUNT; ++i)
    if (!strcmp(profiles[i].name, name)) return &profiles[i];
  return NULL;
}

const char *mrl_profile_names(void) {
  static char names[128];
  if (!names[0])
    for (int i = 0; i < MRL_PROFILE_COUNT; ++i) {
      if (i) strcat(names, ", ");
      strcat(names, profiles[i].name);
    }
  return names;
}
