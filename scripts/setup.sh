#!/usr/bin/env bash
# Installs the Debian packages mlirrl needs (idempotent; quiet when nothing is missing) and,
# when asked, a side-by-side LLVM/MLIR 22 prefix beside the apt-installed 19 (libMLIR 19 and 22
# conflict in apt; llvm-22-dev does not, and both versions share the OpenMP runtime libomp5-19).
#
#   scripts/setup.sh            packages for the default build (LLVM 19)
#   scripts/setup.sh --llvm22   also unpack MLIR 22 into .deps/llvm-22 (see TOOLCHAIN notes)
# Progress goes to stderr: callers capture other scripts' stdout (dir=$(scripts/build.sh 19)),
# and a line printed there only on a machine where something was missing would corrupt it.
set -euo pipefail
exec 1>&2

root=$(cd "$(dirname "$0")/.." && pwd)
want22=0
for a in "$@"; do
  case "$a" in
    --llvm22) want22=1 ;;
    *) echo "setup.sh: unknown option '$a'" >&2; exit 2 ;;
  esac
done

pkgs=(
  build-essential cmake pkg-config git
  llvm-19-dev libmlir-19-dev mlir-19-tools libomp-19-dev
  libpapi-dev papi-tools libcsv-dev libjansson-dev libopenblas-dev libsqlite3-dev
  python3-numpy python3-matplotlib python3-scipy python3-torch python3-torchvision chromium
  python3-halide libhalide14-0-dev
  openmpi-bin libopenmpi-dev
)
[ "$want22" = 1 ] && pkgs+=(llvm-22-dev)

missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

SUDO=""
[ "$(id -u)" = 0 ] || SUDO=sudo
if [ "${#missing[@]}" -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  if ! $SUDO apt-get update -qq || ! DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq \
      --no-install-recommends "${missing[@]}" >/dev/null; then
    echo "setup: installing Debian packages failed (${missing[*]})"
    exit 1
  fi
fi

if [ "$want22" = 1 ]; then
  prefix="$root/.deps/llvm-22"
  if [ ! -f "$prefix/usr/lib/llvm-22/lib/cmake/mlir/MLIRConfig.cmake" ]; then
    echo "setup: unpacking MLIR 22 into $prefix"
    tmp=$(mktemp -d); chmod 755 "$tmp"
    if ! (cd "$tmp" && apt-get download -qq libmlir-22 libmlir-22-dev mlir-22-tools >/dev/null); then
      echo "setup: downloading Debian's MLIR 22 packages failed"
      exit 1
    fi
    mkdir -p "$prefix"
    for deb in "$tmp"/*.deb; do dpkg -x "$deb" "$prefix"; done
    rm -rf "$tmp"
  fi
fi
