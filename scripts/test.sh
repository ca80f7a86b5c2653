#!/usr/bin/env bash
# The whole test suite, from a fresh clone: installs what is missing, then builds and tests
#   1. LLVM 19 (the default): every test;
#   2. LLVM 22 (side-by-side prefix): every test; then the regression subset, the same
#      schedules measured on both (tests/regress/check_regress.py);
#   3. ASan + UBSan: the unit tests;
#   4. without PAPI, OpenBLAS and MPI: the unit tests, the end-to-end counter test and the
#      refusals of what is missing (the degraded path).
# The MPI tests (label mpi: 2-4 ranks on loopback) run in steps 1 and 2.
# Exits non-zero when any step fails; ctest's summary lines tell which.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
status=0
step() { echo; echo "=== $*"; }

step "setup"
"$root/scripts/setup.sh" --llvm22 || exit 1

declare -A built
for flavour in 19 22; do
  step "LLVM $flavour: build and test"
  dir=$("$root/scripts/build.sh" "$flavour") || { status=1; continue; }
  built[$flavour]=$dir
  ctest --no-tests=error --test-dir "$dir" -j2 --output-on-failure || status=1
done

step "LLVM 19 against 22: the regression subset (scripts/regress.py)"
if [ -n "${built[19]:-}" ] && [ -n "${built[22]:-}" ]; then
  /usr/bin/python3 -B "$root/tests/regress/check_regress.py" "${built[19]}" "${built[22]}" || status=1
else
  echo "not run: a build failed"
  status=1
fi

step "ASan + UBSan: unit tests"
if dir=$("$root/scripts/build.sh" asan); then
  ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
    ctest --no-tests=error --test-dir "$dir" -L unit --output-on-failure || status=1
else
  status=1
fi

step "without PAPI, OpenBLAS and MPI: unit tests, counters, no agent networks, no ranks"
if dir=$("$root/scripts/build.sh" nopapi); then
  ctest --no-tests=error --test-dir "$dir" -R 'unit\.|e2e\.counters|e2e\.train\.unavailable|mpi\.unavailable' --output-on-failure || status=1
else
  status=1
fi

echo
[ "$status" = 0 ] && echo "all test runs passed" || echo "some test runs FAILED"
exit "$status"
