/* The shards of an eval run on several ranks (harness/eval_shards.h): merged after
 * results.jsonl's own lines in the run's order (benchmark, then method), a record met twice
 * taken once, a line cut short by a kill left out, the shards removed; nothing changes
 * without shards. Scratch files go to the folder given. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check.h"
#include "eval_shards.h"

static void put(const char *path, const char *text) {
  FILE *f = fopen(path, "w");
  if (!f) {
    perror(path);
    exit(2);
  }
  fputs(text, f);
  fclose(f);
}

static char *slurp(const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  static char buf[1 << 16];
  size_t n = fread(buf, 1, sizeof buf - 1, f);
  buf[n] = '\0';
  fclose(f);
  return buf;
}

#define REC(m, b) "{\"benchmark\":{\"id\":\"" b "\"},\"eval\":{\"method\":\"" m "\",\"run_id\":\"r\"}}\n"

int main(int argc, char **argv) {
  char out[4096], shards[4200], results[4200], p0[4300], p1[4300], p2[4300];
  snprintf(out, sizeof out, "%s/eval_shards_scratch", argc > 1 ? argv[1] : ".");
  snprintf(shards, sizeof shards, "%s/shards", out);
  snprintf(results, sizeof results, "%s/results.jsonl", out);
  mkdir(out, 0755);
  mkdir(shards, 0755);
  mrl_eval_shard_path(out, 0, p0, sizeof p0);
  mrl_eval_shard_path(out, 1, p1, sizeof p1);
  mrl_eval_shard_path(out, 2, p2, sizeof p2);
  CHECK(!strcmp(p1 + strlen(out), "/shards/rank-1.jsonl"));

  struct mrl_eval_bench bs[2];
  memset(bs, 0, sizeof bs);
  snprintf(bs[0].id, sizeof bs[0].id, "a");
  snprintf(bs[1].id, sizeof bs[1].id, "b");
  struct mrl_bench_list benches = {bs, 2, 2};
  struct mrl_method ms[2];
  memset(ms, 0, sizeof ms);
  snprintf(ms[0].name, sizeof ms[0].name, "default");
  snprintf(ms[1].name, sizeof ms[1].name, "random:2");
  struct mrl_method_list methods = {ms, 2};
  struct mrl_err err = {{0}};
  int added = -1;

  /* results.jsonl holds (default, a); rank 0 did b, rank 1 did a's search (and holds a's
   * default again: merged before a kill that left the shard), rank 2 was cut short. */
  put(results, REC("default", "a"));
  put(p0, REC("random:2", "b") REC("default", "b"));
  put(p1, REC("default", "a") REC("random:2", "a") REC("other", "zz"));
  put(p2, "{\"benchmark\":{\"id\":\"c\"");
  CHECK(mrl_eval_shards_exist(out));
  CHECK(mrl_eval_shards_merge(out, results, &benches, &methods, &added, &err) == MRL_OK);
  CHECK(added == 4);
  const char *want = REC("default", "a") REC("random:2", "a") REC("default", "b") REC("random:2", "b") REC("other", "zz");
  const char *got = slurp(results);
  CHECK(got && !strcmp(got, want));
  if (got && strcmp(got, want)) fprintf(stderr, "merged:\n%s\nwanted:\n%s\n", got, want);
  CHECK(!mrl_eval_shards_exist(out));
  CHECK(access(shards, F_OK) != 0);

  /* No shards: the file stays as it is. */
  CHECK(mrl_eval_shards_merge(out, results, &benches, &methods, &added, &err) == MRL_OK);
  CHECK(added == 0);
  got = slurp(results);
  CHECK(got && !strcmp(got, want));
  unlink(results);
  rmdir(out);
  return CHECK_DONE();
}
