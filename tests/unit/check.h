/* A minimal assertion kit for the unit tests: a failed check prints where and what, counts,
 * and lets the test go on so that one run shows every failure. */
#ifndef MRL_TEST_CHECK_H
#define MRL_TEST_CHECK_H

#include <math.h>
#include <stdio.h>

static int check_failures;

#define CHECK(expr)                                                                                \
  do {                                                                                             \
    if (!(expr)) {                                                                                 \
      fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #expr);                     \
      check_failures++;                                                                            \
    }                                                                                              \
  } while (0)

/* |a - b| <= tol, printing both values when it does not hold. */
#define CHECK_NEAR(a, b, tol)                                                                      \
  do {                                                                                             \
    double check_a_ = (a), check_b_ = (b);                                                         \
    if (!(fabs(check_a_ - check_b_) <= (tol))) {                                                   \
      fprintf(stderr, "%s:%d: check failed: %s ~ %s (%.17g vs %.17g)\n", __FILE__, __LINE__, #a,   \
              #b, check_a_, check_b_);                                                             \
      check_failures++;                                                                            \
    }                                                                                              \
  } while (0)

/* Returns the process exit status: 0 when every check held. */
#define CHECK_DONE()                                                                               \
  (check_failures ? (fprintf(stderr, "%d check(s) failed\n", check_failures), 1)                   \
                  : (printf("all checks passed\n"), 0))

#endif
