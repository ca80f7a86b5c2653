#!/usr/bin/env bash
# How V's vectors are lowered decides most of the speed: each recipe of --vector-recipe on the
# same tiled schedules, measured against the default pipeline (10 interleaved samples each),
# beside the hand-written matmul_256_tpv.mlir script (vectorize_children_and_apply_patterns).
#   scripts/env_vector_recipes.sh [BUILD_DIR]     (default build/)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
mlirrl="${1:-$root/build}/harness/mlirrl"
s="$root/suites/starter"
cases=(
  "matmul_256|TP(64,128,0)T(8,32,1)V|--tile-choices 9"
  "matmul_256|I(0,1,2)TP(8,16,8)T(0,0,4)V|"
  "chain_matmul_add_relu|I(0,1)TF(64,16)T(16,2)V|I(1,0)T(0,2)V|I(0,2,1)TF(4,2,64)V|I(1,0)V|"
  "conv2d_nchw|TP(0,16,4,0,0,0,0)T(0,4,1,8,1,0,0)V|"
)
echo "mlirrl: $("$mlirrl" --version)"
printf '%-24s %-13s %-22s %s\n' benchmark recipe "speedup [95% CI]" schedule
for c in "${cases[@]}"; do
  bench=${c%%|*}
  rest=${c#*|}
  extra=${rest##*|}
  sched=${rest%|*}
  for r in outerproduct contract plain; do
    # shellcheck disable=SC2086
    out=$("$mlirrl" run "$s/$bench.mlir" --schedule "$sched" --vector-recipe "$r" $extra --samples 10 \
          --min-sample-ms 20 --no-counters --no-cache || true)
    sp=$(echo "$out" | sed -n 's/^  speedup *\([^ ]*\) *\[95% CI \(.*\)\]/\1 [\2]/p')
    printf '%-24s %-13s %-22s %s\n' "$bench" "$r" "${sp:-$(echo "$out" | head -1)}" "$sched"
  done
done
out=$("$mlirrl" run "$s/matmul_256.mlir" --transform "$s/schedules/matmul_256_tpv.mlir" --samples 10 \
      --min-sample-ms 20 --no-counters --no-cache || true)
printf '%-24s %-13s %-22s %s\n' matmul_256 "(script)" "$(echo "$out" | sed -n 's/^  speedup *\([^ ]*\) *\[95% CI \(.*\)\]/\1 [\2]/p')" \
       "schedules/matmul_256_tpv.mlir"
