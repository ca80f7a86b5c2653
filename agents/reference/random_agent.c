/* mlirrl-random-agent: the reference external agent in C. It speaks the JSON-lines protocol of
 * agents/PROTOCOL.md on its stdin and stdout and picks uniformly among the legal actions of
 * each step, from the masks alone. Its generator is the environment's (splitmix64 seeding of
 * a xorshift64* stream, seeded by each episode's seed) and it draws in the built-in random
 * agent's order, so that `--agent exec:mlirrl-random-agent` and `--agent random` choose the
 * same schedules: a check that observations, masks and actions cross the pipe intact.
 *
 * It needs nothing of mlirrl's but the protocol; jansson reads and writes the JSON.
 * usage: mlirrl-random-agent [--verbose]   (--verbose: one line per episode on stderr) */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

enum { PROTOCOL = 1 };

static uint64_t rng_seed(uint64_t seed) {
  uint64_t z = seed + 0x9E3779B97F4A7C15ull;
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  z ^= z >> 31;
  return z ? z : 1;
}

static uint64_t rng_next(uint64_t *x) {
  if (*x == 0) *x = 0x9E3779B97F4A7C15ull;
  *x ^= *x >> 12;
  *x ^= *x << 25;
  *x ^= *x >> 27;
  return *x * 0x2545F4914F6CDD1Dull;
}

/* A uniform index among the nonzero entries of a mask (a JSON array of 0 and 1); -1 if none. */
static int pick(json_t *mask, uint64_t *rng) {
  size_t i, count = 0;
  json_t *v;
  json_array_foreach(mask, i, v) count += json_integer_value(v) != 0;
  if (count == 0) return -1;
  size_t k = (size_t)(rng_next(rng) % count);
  json_array_foreach(mask, i, v) if (json_integer_value(v) && k-- == 0) return (int)i;
  return -1;
}

static void send_line(json_t *j) {
  char *s = json_dumps(j, JSON_COMPACT | JSON_PRESERVE_ORDER);
  json_decref(j);
  if (!s) {
    fprintf(stderr, "mlirrl-random-agent: out of memory\n");
    exit(1);
  }
  fputs(s, stdout);
  fputc('\n', stdout);
  fflush(stdout);
  free(s);
}

/* The action for a step message: a type, then a tile choice per loop (T, TP, TF) or a loop
 * (I), each uniform among what the masks allow. */
static json_t *act(json_t *step, json_t *types, uint64_t *rng) {
  json_t *masks = json_object_get(step, "masks");
  int t = pick(json_object_get(masks, "action"), rng);
  const char *type = json_string_value(json_array_get(types, t < 0 ? 0 : (size_t)t));
  json_t *a = json_object();
  json_object_set_new(a, "msg", json_string("action"));
  json_object_set_new(a, "type", json_string(type ? type : "NT"));
  if (type && (!strcmp(type, "T") || !strcmp(type, "TP") || !strcmp(type, "TF"))) {
    int nloops = (int)json_integer_value(json_object_get(json_object_get(step, "op"), "nloops"));
    json_t *rows = json_object_get(masks, "tile"), *tile = json_array();
    for (int l = 0; l < nloops; ++l) {
      int k = pick(json_array_get(rows, (size_t)l), rng);
      json_array_append_new(tile, json_integer(k < 0 ? 0 : k));
    }
    json_object_set_new(a, "tile", tile);
  } else if (type && !strcmp(type, "I")) {
    int k = pick(json_object_get(masks, "interchange"), rng);
    json_object_set_new(a, "interchange", json_integer(k < 0 ? 0 : k));
  }
  return a;
}

int main(int argc, char **argv) {
  int verbose = argc > 1 && !strcmp(argv[1], "--verbose");
  json_t *types = NULL;
  uint64_t rng = rng_seed(1);
  char *line = NULL;
  size_t cap = 0;
  while (getline(&line, &cap, stdin) > 0) {
    json_error_t je;
    json_t *m = json_loads(line, 0, &je);
    const char *msg = json_string_value(json_object_get(m, "msg"));
    if (!msg) {
      fprintf(stderr, "mlirrl-random-agent: not a protocol message: %s\n", je.text);
      json_decref(m);
      continue;
    }
    if (!strcmp(msg, "hello")) {
      if (json_integer_value(json_object_get(m, "protocol")) != PROTOCOL)
        fprintf(stderr, "mlirrl-random-agent: the harness speaks another protocol version\n");
      json_decref(types);
      types = json_incref(json_object_get(m, "action_types"));
      send_line(
          json_pack("{s:s, s:i, s:s}", "msg", "hello", "protocol", PROTOCOL, "name", "mlirrl-random-agent"));
    } else if (!strcmp(msg, "episode_start")) {
      rng = rng_seed((uint64_t)json_integer_value(json_object_get(m, "seed")));
    } else if (!strcmp(msg, "step")) {
      send_line(act(m, types, &rng));
    } else if (!strcmp(msg, "episode_end") && verbose) {
      json_t *sp = json_object_get(m, "speedup");
      fprintf(stderr, "mlirrl-random-agent: episode %lld: %s, reward %g%s%.4g%s\n",
              (long long)json_integer_value(json_object_get(m, "episode")),
              json_string_value(json_object_get(m, "schedule")),
              json_number_value(json_object_get(m, "reward")), json_is_number(sp) ? ", speedup " : "",
              json_is_number(sp) ? json_number_value(sp) : 0.0, json_is_number(sp) ? "x" : "");
    } else if (!strcmp(msg, "bye")) {
      json_decref(m);
      break;
    }
    json_decref(m); /* result, episode_end and messages of later versions need no answer */
  }
  json_decref(types);
  free(line);
  return 0;
}
