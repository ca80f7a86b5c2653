#!/usr/bin/env bash
# The action space's ceiling: what random search and the evolutionary search reach on the
# validation benchmarks of suites/ceiling.list with the V limit and tile choices as they are
# and wider, each configuration in its own mlirrl eval run, one shared measurement cache.
#   scripts/ceiling_study.sh OUT [BUDGET]      (BUDGET 32: random:32 and search:32)
# Writes OUT/<config>/ (records and report) and OUT/summary.md (reports/ceiling_summary.py).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:?usage: scripts/ceiling_study.sh OUT [BUDGET]}
budget=${2:-32}
build=${MLIRRL_BUILD:-$("$root/scripts/build.sh" 19)}
mkdir -p "$out"
configs=("v512-tc8:--vector-limit 512 --tile-choices 8"
         "v4096-tc8:--vector-limit 4096 --tile-choices 8"
         "v4096-tc10:--vector-limit 4096 --tile-choices 10")
for c in "${configs[@]}"; do
  name=${c%%:*}
  read -r -a opts <<<"${c#*:}"
  resume=()
  [ -s "$out/$name/results.jsonl" ] && resume=(--resume)
  echo "ceiling: $name (${opts[*]}) $(date -u +%H:%M:%S)"
  "$build/harness/mlirrl" eval --list "$root/suites/ceiling.list" --baseline "default,random:$budget,search:$budget" \
    "${opts[@]}" --out "$out/$name" --cache "$out/cache" --quiet "${resume[@]}" || [ $? = 1 ]
done
/usr/bin/python3 "$root/reports/ceiling_summary.py" "$out" >"$out/summary.md"
echo "ceiling: done $(date -u +%H:%M:%S); summary in $out/summary.md"
