#!/usr/bin/env bash
# Configures and builds one flavour of mlirrl into build-<flavour>/ (installing what is missing).
#   scripts/build.sh [19|22|asan|nopapi]     (default 19)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
flavour=${1:-19}
case "$flavour" in
  19)     args=(-DMLIRRL_LLVM_VERSION=19) ;;
  22)     "$root/scripts/setup.sh" --llvm22; args=(-DMLIRRL_LLVM_VERSION=22) ;;
  asan)   args=(-DMLIRRL_LLVM_VERSION=19 -DMLIRRL_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug) ;;
  nopapi) args=(-DMLIRRL_LLVM_VERSION=19 -DMLIRRL_WITH_PAPI=OFF) ;;
  *) echo "build.sh: unknown flavour '$flavour' (19, 22, asan, nopapi)" >&2; exit 2 ;;
esac
"$root/scripts/setup.sh"
dir="$root/build-$flavour"
cmake -S "$root" -B "$dir" -DMLIRRL_WERROR=ON -DMLIRRL_BUILD_TESTS=ON "${args[@]}" >/dev/null
cmake --build "$dir" -j"$(nproc)" >/dev/null
echo "$dir"
