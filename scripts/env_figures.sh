#!/usr/bin/env bash
# The environment's figures for reports, on one build:
#   1. time of a symbolic step (and of observing, printing the schedule, writing the script);
#   2. time of applying + lowering + JIT-compiling a whole schedule of a single-op benchmark;
#   3. best speedup found by N random episodes (artifact grammar) on each starter benchmark,
#      then that schedule measured again against the default pipeline, interleaved, with a CI.
#
#   scripts/env_figures.sh [BUILD_DIR]      (default build/; EPISODES=100 SEED=1 OUT=...)
# Episodes are measured with small budgets (5 samples of >= 10 ms, the default pipeline timed
# once per benchmark); the re-measurement uses 10 samples of >= 20 ms. Runs one thing at a time:
# the machine has two cores.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
mlirrl="$build/harness/mlirrl"
bench="$build/env/mrl_env_bench"
episodes=${EPISODES:-100}
seed=${SEED:-1}
out=${OUT:-$root/out/env-figures-$(basename "$build")-$(date -u +%Y%m%dT%H%M%SZ)}
mkdir -p "$out"
# A cache of its own, so that every schedule of the search is measured by this run.
export MLIRRL_CACHE=${MLIRRL_CACHE:-$out/cache}
echo "mlirrl: $("$mlirrl" --version)"
echo "output: $out"

echo
echo "=== 1. symbolic steps (random agent, 2000 episodes per benchmark)"
"$bench" steps --episodes 2000 "$root"/suites/starter/*.mlir | tee "$out/steps.txt"

echo
echo "=== 2. applying and compiling a whole schedule (single-op benchmark)"
"$bench" compile --repeat 10 "$root/suites/starter/matmul_256.mlir" "I(0,1,2)TP(64,64,0)T(8,32,1)V" | tee "$out/compile.txt"

echo
echo "=== 3. best of $episodes random episodes per starter benchmark (seed $seed)"
printf '%-26s %10s %22s  %s\n' benchmark "search" "re-measured [95% CI]" schedule | tee "$out/random.txt"
for b in "$root"/suites/starter/*.mlir; do
  id=$(basename "$b" .mlir)
  "$mlirrl" episode "$b" --agent random --seed "$seed" --episodes "$episodes" --quiet \
      --samples 5 --min-sample-ms 10 --json "$out/$id.episodes.jsonl" > "$out/$id.episodes.txt"
  line=$(grep '^best ' "$out/$id.episodes.txt" || true)
  if [ -z "$line" ]; then
    printf '%-26s %10s\n' "$id" "none ok" | tee -a "$out/random.txt"
    continue
  fi
  found=$(echo "$line" | sed 's/^best \([^ ]*\) .*/\1/')
  sched=${line#*: }
  "$mlirrl" run "$b" --schedule "$sched" --samples 10 --min-sample-ms 20 --no-counters \
      --json "$out/$id.best.jsonl" > "$out/$id.best.txt" || true
  again=$(sed -n 's/^  speedup *\([^ ]*\) *\[95% CI \(.*\)\]/\1 [\2]/p' "$out/$id.best.txt")
  printf '%-26s %10s %22s  %s\n' "$id" "$found" "${again:-$(head -1 "$out/$id.best.txt")}" "$sched" | tee -a "$out/random.txt"
done
