/* Status codes shared by every mlirrl module.
 *
 * Functions return an enum mrl_status and write results through out-parameters. The longer,
 * case-specific text of a failure goes into a struct mrl_err supplied by the caller (SQLite's
 * errmsg habit); the table below gives each code its name and a generic message. */
#ifndef MRL_STATUS_H
#define MRL_STATUS_H

#include <stddef.h>

#define MRL_STATUS_TABLE(X)                                                   \
  X(OK, "ok")                                                                 \
  X(EINVAL, "invalid argument")                                               \
  X(ENOMEM, "out of memory")                                                  \
  X(EIO, "input/output error")                                                \
  X(EPARSE, "could not parse MLIR")                                           \
  X(EBENCH, "not a valid benchmark")                                          \
  X(ETRANSFORM, "transform failed")                                           \
  X(ELOWER, "lowering failed")                                                \
  X(EJIT, "JIT compilation failed")                                           \
  X(EUNSUPPORTED, "unsupported")                                              \
  X(ESCHEDULE, "malformed schedule")                                          \
  X(ECONFIG, "malformed configuration")                                       \
  X(EWORKER, "worker failed")                                                 \
  X(EAGENT, "the agent failed")

enum mrl_status {
#define MRL_STATUS_ENUM(name, msg) MRL_##name,
  MRL_STATUS_TABLE(MRL_STATUS_ENUM)
#undef MRL_STATUS_ENUM
      MRL_STATUS_COUNT
};

/* Last error text of an operation; the caller owns it (usually on the stack). */
struct mrl_err {
  char msg[1024];
};

const char *mrl_status_name(enum mrl_status s);
const char *mrl_status_message(enum mrl_status s);

/* Sets err->msg from a printf format (err may be NULL) and returns s, so that a failing path
 * reads `return mrl_fail(err, MRL_EIO, "cannot open %s", path);`. */
enum mrl_status mrl_fail(struct mrl_err *err, enum mrl_status s, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

#endif
