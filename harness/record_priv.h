/* Shared by record.c, record_json.c and record_csv.c only; not part of the public API. */
#ifndef MRL_RECORD_PRIV_H
#define MRL_RECORD_PRIV_H

#include "record.h"

/* Checks the fields a writer indexes or narrows (enums, counts, seed) before any output. */
enum mrl_status mrl_record_check(const struct mrl_record *r, struct mrl_err *err);

/* Whether the record may show a speedup: present and the outcome ok. */
bool mrl_record_speedup_shown(const struct mrl_record *r);

/* Appends header (when the file is empty; NULL for none) and text to path in one locked
 * write; a non-empty file must already start with header. */
enum mrl_status mrl_record_append_locked(const char *path, const char *header, const char *text,
                                         size_t text_len, struct mrl_err *err);

#endif
