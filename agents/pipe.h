/* pipe.h — a line channel to an agent's process: the program started by /bin/sh -c with pipes
 * on its stdin and stdout, or this process's own stdin and stdout with the program on the
 * other side. Every read and write has a deadline (poll), a line has a size limit, a peer
 * that is gone is an error and never a signal (SIGPIPE is held back during each write), and a
 * child is always killed with its process group and reaped. Private to agents/.
 *
 * Errors are one line, MRL_EAGENT, of the form "CLASS: detail" with the classes of
 * agents/PROTOCOL.md (timeout, gone, oversize, start).
 *
 * Ownership: the channel owns its descriptors, its child and its buffer; mrl_pipe_close
 * releases them all. */
#ifndef MRL_AGENT_PIPE_H
#define MRL_AGENT_PIPE_H

#include <stddef.h>
#include <sys/types.h>

#include "status.h"

enum { MRL_PIPE_MAX_LINE = 65536 }; /* longest line read from an agent, newline excluded */

struct mrl_pipe {
  pid_t pid;    /* the child, leader of its own process group; -1 for none */
  int rfd;      /* the agent's output, read here; -1 when closed */
  int wfd;      /* the agent's input, written here; -1 when closed */
  int stdio;    /* the peer is on this process's stdin and stdout */
  char *buf;    /* bytes read, from the start of the last line returned */
  size_t len;   /* bytes in buf */
  size_t taken; /* the last line returned and its newline, dropped by the next read */
};

/* A closed channel (mrl_pipe_open_* fill it). */
void mrl_pipe_init(struct mrl_pipe *p);
int mrl_pipe_is_open(const struct mrl_pipe *p);

/* Starts `/bin/sh -c cmd` with its stdin and stdout on pipes (its stderr stays this process's);
 * the child dies with this process. */
enum mrl_status mrl_pipe_open_exec(struct mrl_pipe *p, const char *cmd, struct mrl_err *err);
/* Takes this process's stdin and stdout for the channel (once per process): fd 0 is then
 * /dev/null and fd 1 a copy of fd 2. */
enum mrl_status mrl_pipe_open_stdio(struct mrl_pipe *p, struct mrl_err *err);

/* Writes line and a newline within timeout_s; what names the message in errors ("step 3"). */
enum mrl_status mrl_pipe_write_line(struct mrl_pipe *p, const char *line, double timeout_s, const char *what,
                                    struct mrl_err *err);
/* Reads the next line (newline removed) within timeout_s; *line stays valid until the next call
 * on p. what names the awaited answer in errors ("the answer to step 3"). */
enum mrl_status mrl_pipe_read_line(struct mrl_pipe *p, double timeout_s, const char *what, char **line,
                                   struct mrl_err *err);

/* Ends the channel: closes the agent's input, gives a child up to grace_s to exit on its own,
 * then kills its process group; reaps it. A closed channel stays closed (call again freely). */
void mrl_pipe_close(struct mrl_pipe *p, double grace_s);

#endif
