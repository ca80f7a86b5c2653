#!/usr/bin/env bash
# The main job, from a fresh clone: installs what is missing, builds mlirrl (LLVM 19), checks
# the shipped default suites, measures every benchmark of them (the starter suite also under
# each of its shipped schedules), and writes the records and a report to out/run-<time>/.
#   scripts/run.sh [extra mlirrl suite-run options, e.g. --threads 2 --samples 5]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=$("$root/scripts/build.sh" 19)
mlirrl="$build/harness/mlirrl"
out="$root/out/run-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$out"
echo "mlirrl: $("$mlirrl" --version)"
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
  [ -f "$root/suites/$suite/manifest.json" ] || continue
  check_sel=()
  for a in "${sel[@]}"; do [ "$a" = --schedules ] || check_sel+=("$a"); done
  echo
  echo "=== suite $suite ${sel[*]}"
  "$mlirrl" suite check "$root/suites/$suite" "${check_sel[@]}" || status=1
  "$mlirrl" suite run "$root/suites/$suite" "${sel[@]}" "${rec[@]}" "$@" || status=1
done
echo
/usr/bin/python3 "$root/reports/summary.py" "$out/results.jsonl" --md "$out/summary.md" --png "$out/speedups.png"
exit "$status"
