#!/usr/bin/env bash
# The main job, from a fresh clone: installs what is missing, builds mlirrl (LLVM 19), then
# measures every benchmark of the shipped default suites under the default pipeline and under
# each of its shipped schedules, and writes the records and a report to out/run-<time>/.
#   scripts/run.sh [--threads N] [extra mlirrl run options...]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=$("$root/scripts/build.sh" 19)
mlirrl="$build/harness/mlirrl"
out="$root/out/run-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$out"
echo "mlirrl: $("$mlirrl" --version)"
echo "results: $out"
for bench in "$root"/suites/starter/*.mlir; do
  name=$(basename "$bench" .mlir)
  "$mlirrl" run "$bench" --json "$out/results.jsonl" --csv "$out/results.csv" --quiet "$@" || true
  for sched in "$root"/suites/starter/schedules/"$name"_*.mlir; do
    [ -e "$sched" ] || continue
    "$mlirrl" run "$bench" --transform "$sched" --json "$out/results.jsonl" --csv "$out/results.csv" \
      --quiet "$@" || true
  done
done
/usr/bin/python3 "$root/reports/summary.py" "$out/results.jsonl" --md "$out/summary.md" --png "$out/speedups.png"
