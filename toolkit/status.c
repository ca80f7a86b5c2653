#include "status.h"

#include <stdarg.h>
#include <stdio.h>

static const char *const names[] = {
#define MRL_STATUS_NAME(name, msg) #name,
    MRL_STATUS_TABLE(MRL_STATUS_NAME)
#undef MRL_STATUS_NAME
};

static const char *const messages[] = {
#define MRL_STATUS_MSG(name, msg) msg,
    MRL_STATUS_TABLE(MRL_STATUS_MSG)
#undef MRL_STATUS_MSG
};

const char *mrl_status_name(enum mrl_status s) {
  return (unsigned)s < MRL_STATUS_COUNT ? names[s] : "UNKNOWN";
}

const char *mrl_status_message(enum mrl_status s) {
  return (unsigned)s < MRL_STATUS_COUNT ? messages[s] : "unknown status";
}

enum mrl_status mrl_fail(struct mrl_err *err, enum mrl_status s, const char *fmt, ...) {
  if (err) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->msg, sizeof err->msg, fmt, ap);
    va_end(ap);
  }
  return s;
}
