#!/usr/bin/env bash
# The paper's tables beside ours (results/reproduction.md), from a fresh clone: installs what is
# missing, builds mlirrl (LLVM 19), evaluates the shipped agent with the untransformed MLIR,
# PyTorch, TorchScript and Halide's three autoschedulers on suites/reproduce.list (the whole
# models, the LQCD correlators, the paper's operators at quick scale), then writes the page from
# the records (copied to results/reproduction-llvm19/), with the level-pointer ablation of
# results/train-enum-llvm19/rounds.
#   scripts/reproduce.sh [--paper-scale] [--out DIR] [extra mlirrl eval options]
# --paper-scale also evaluates the paper's operators at batch 256 (suites/reproduce-paper.list,
# an hour or more) into DIR-paper. A stopped run continues where it stopped when run again with
# the same --out (default out/reproduce-llvm19).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
die() { echo "reproduce.sh: $*" >&2; exit 1; }

out="$root/out/reproduce-llvm19"
paper=0
extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --paper-scale) paper=1 ;;
    --out) [ $# -ge 2 ] || die "--out needs a folder"; out=$2; shift ;;
    *) extra+=("$1") ;;
  esac
  shift
done

build=$("$root/scripts/build.sh" 19) || die "set-up or build failed (see above)"
mlirrl="$build/harness/mlirrl"
"$mlirrl" --version >/dev/null || die "$mlirrl does not run"

methods=(--agent ppo --baseline default,pytorch,torchscript,halide)
evaluate() { # LIST OUT
  local resume=()
  [ -s "$2/results.jsonl" ] && resume=(--resume)
  local rc=0
  "$mlirrl" eval --list "$1" "${methods[@]}" --out "$2" "${resume[@]}" "${extra[@]}" || rc=$?
  [ "$rc" -le 1 ] || die "mlirrl eval failed with status $rc (records so far are kept in $2; run again to continue)"
}

evaluate "$root/suites/reproduce.list" "$out"
records=("$out/results.jsonl")
commands=("scripts/reproduce.sh$([ "$paper" = 1 ] && echo ' --paper-scale')"
          "mlirrl eval --list suites/reproduce.list ${methods[*]} --out $(basename "$out")")
[ "$paper" = 1 ] && evaluate "$root/suites/reproduce-paper.list" "$out-paper"
# The batch-256 records, from this run or an earlier one (the page counts how far they got).
if [ -s "$out-paper/results.jsonl" ]; then
  records+=("$out-paper/results.jsonl")
  commands+=("mlirrl eval --list suites/reproduce-paper.list ${methods[*]} --out $(basename "$out")-paper")
fi

# The page cites records kept beside it: results/reproduction-llvm19/.
keep="$root/results/reproduction-llvm19"
mkdir -p "$keep"
kept=()
for r in "${records[@]}"; do
  name=$(basename "$(dirname "$r")").jsonl
  cp "$r" "$keep/$name" || die "cannot copy $r into $keep"
  kept+=("results/reproduction-llvm19/$name")
done
cd "$root"

cmdargs=()
for c in "${commands[@]}"; do cmdargs+=(--command "$c"); done
/usr/bin/python3 reports/reproduction.py "${kept[@]}" --ablation results/train-enum-llvm19/rounds \
  "${cmdargs[@]}" --out results/reproduction.md || die "writing the page failed"
