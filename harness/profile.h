/* Measurement profiles: how much timing a measurement buys, and where the baseline time it
 * divides by comes from. Every record names the profile that made it.
 *
 *   eval   the full protocol: warm-up, calibrated samples of at least 20 ms, 10 samples per
 *          version, the default pipeline re-timed with every candidate and sampled alternately
 *          with it (ABBA), a bootstrap interval of the speedup. For results people compare.
 *   train  cheap enough to train on: 3 short samples per version, outputs still checked. The
 *          default pipeline is timed on this machine in this run (never read from a cache of
 *          another run), interleaved with the first candidate of its benchmark, then reused for
 *          the next candidates until it is older than max_age_s, when it is timed again. The
 *          speedup still carries a bootstrap interval (over the kept baseline samples and the
 *          candidate's).
 *
 * Options given on the command line (--samples, --min-sample-ms, ...) override the profile's
 * values whatever their order. */
#ifndef MRL_PROFILE_H
#define MRL_PROFILE_H

#include "measure.h"

/*  name   samples warmup min_sample_ms budget_s interleave baseline_max_age_s */
#define MRL_PROFILE_TABLE(X)                                                                                 \
  X(EVAL, "eval", 10, 2, 20.0, 30.0, 1, 0.0)                                                                 \
  X(TRAIN, "train", 3, 1, 5.0, 5.0, 0, 600.0)

enum mrl_profile_id {
#define MRL_PROFILE_ENUM(id, name, s, w, m, b, i, a) MRL_PROFILE_##id,
  MRL_PROFILE_TABLE(MRL_PROFILE_ENUM)
#undef MRL_PROFILE_ENUM
      MRL_PROFILE_COUNT
};

struct mrl_profile {
  enum mrl_profile_id id;
  const char *name;
  struct mrl_measure_opts measure;
  int interleave;            /* time the default pipeline with every candidate */
  double baseline_max_age_s; /* train: re-time a kept baseline older than this */
};

/* NULL for an unknown name. */
const struct mrl_profile *mrl_profile_by_name(const char *name);
const struct mrl_profile *mrl_profile_get(enum mrl_profile_id id);
/* "eval, train": for help texts and error messages. */
const char *mrl_profile_names(void);

#endif
