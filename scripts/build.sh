#!/usr/bin/env bash
# Configures and builds one flavour of mlirrl into build-<flavour>/ (installing what is missing).
#   scripts/build.sh [19|22|asan|nopapi]     (default 19)
# Its stdout is the build folder and nothing else (callers capture it); everything else goes
# to stderr.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
flavour=${1:-19}
case "$flavour" in
  19)     args=(-DMLIRRL_LLVM_VERSION=19) ;;
  22)     "$root/scripts/setup.sh" --llvm22 >&2; args=(-DMLIRRL_LLVM_VERSION=22) ;;
  asan)   args=(-DMLIRRL_LLVM_VERSION=19 -DMLIRRL_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug) ;;
  nopapi) args=(-DMLIRRL_LLVM_VERSION=19 -DMLIRRL_WITH_PAPI=OFF -DMLIRRL_WITH_OPENBLAS=OFF -DMLIRRL_WITH_MPI=OFF) ;;
  *) echo "build.sh: unknown flavour '$flavour' (19, 22, asan, nopapi)" >&2; exit 2 ;;
esac
"$root/scripts/setup.sh" >&2
dir="$root/build-$flavour"
mkdir -p "$dir"
if ! cmake -S "$root" -B "$dir" -DMLIRRL_WERROR=ON -DMLIRRL_BUILD_TESTS=ON "${args[@]}" >"$dir/build.log" 2>&1; then
  tail -n 30 "$dir/build.log" >&2
  echo "build.sh: configuring build-$flavour failed (full log: $dir/build.log)" >&2
  exit 1
fi
if ! cmake --build "$dir" -j"$(nproc)" >>"$dir/build.log" 2>&1; then
  grep -E 'error|Error' "$dir/build.log" | head -n 20 >&2
  echo "build.sh: building build-$flavour failed (full log: $dir/build.log)" >&2
  exit 1
fi
echo "$dir"
