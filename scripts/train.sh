#!/usr/bin/env bash
# Trains the PPO agent, starting or continuing a run (mlirrl train --resume) in OUT.
#   scripts/train.sh OUT ITERATIONS [mlirrl train options...]
# The options matter when the run starts (a resumed run keeps its own settings). Progress goes
# to stderr; OUT/train.csv, OUT/curve.png and OUT/weights.mrlw are the results.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:?usage: scripts/train.sh OUT ITERATIONS [options]}
iterations=${2:?usage: scripts/train.sh OUT ITERATIONS [options]}
shift 2
build=$("$root/scripts/build.sh" 19)
if [ -f "$out/checkpoint.mrlw" ]; then
  exec "$build/harness/mlirrl" train --resume --iterations "$iterations" --out "$out" "$@"
fi
exec "$build/harness/mlirrl" train --suite train --iterations "$iterations" --out "$out" "$@"
