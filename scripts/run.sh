#!/usr/bin/env bash
# The main job, from a fresh clone: installs what is missing, builds mlirrl (LLVM 19), checks
# the shipped default suites, measures every benchmark of them (the starter suite also under
# each of its shipped schedules), and writes the records and a report to out/run-<time>/.
#   scripts/run.sh [extra mlirrl suite-run options, e.g. --threads 2 --samples 5]
# A fatal error (set-up, build, a suite whose files do not match its manifest, the harness
# itself failing, the report) stops the job at once with one line saying what failed. A
# benchmark whose run ends in an outcome other than ok is a result, not a fatal error: it is
# recorded and listed, and the job's exit status is 1 at the end.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
die() { echo "run.sh: $*" >&2; exit 1; }

build=$("$root/scripts/build.sh" 19) || die "set-up or build failed (see above)"
mlirrl="$build/harness/mlirrl"
[ -x "$mlirrl" ] || die "the build did not produce $mlirrl"
version=$("$mlirrl" --version) || die "$mlirrl does not run"
out="$root/out/run-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$out"
echo "mlirrl: $version"
echo "results: $out"
rec=(--json "$out/results.jsonl" --csv "$out/results.csv")
status=0
# suite folder, then the selection inside it
suites=(
  "starter|--schedules"
  "paper|--scale quick"
  "lqcd|--scale quick"
  "pytorch|"
)
for entry in "${suites[@]}"; do
  suite=${entry%%|*}
  read -r -a sel <<< "${entry#*|}"
  [ -f "$root/suites/$suite/manifest.json" ] || die "suites/$suite/manifest.json is missing"
  check_sel=()
  for a in "${sel[@]}"; do [ "$a" = --schedules ] || check_sel+=("$a"); done
  echo
  echo "=== suite $suite ${sel[*]}"
  "$mlirrl" suite check "$root/suites/$suite" "${check_sel[@]}" ||
    die "suite $suite does not match its manifest (see above)"
  # 1: some benchmark did not end ok (recorded); anything else: the harness itself failed.
  rc=0
  "$mlirrl" suite run "$root/suites/$suite" "${sel[@]}" "${rec[@]}" "$@" || rc=$?
  case $rc in
    0) ;;
    1) status=1 ;;
    *) die "mlirrl suite run $suite failed with status $rc" ;;
  esac
done
echo
[ -s "$out/results.jsonl" ] || die "no record was written to $out/results.jsonl"
/usr/bin/python3 "$root/reports/summary.py" "$out/results.jsonl" --md "$out/summary.md" --png "$out/speedups.png" ||
  die "the report could not be written"
[ "$status" = 0 ] || echo "run.sh: some benchmarks did not end ok: see $out/summary.md" >&2
exit "$status"
