#!/usr/bin/env bash
# The main job, from a fresh clone: installs what is missing, builds mlirrl (LLVM 19), checks
# the shipped suites against their manifests, and evaluates the shipped agents and baselines on
# the quick evaluation set (suites/quick.list) with `mlirrl eval`, writing the records and the
# report to out/eval-<time>/.
#   scripts/run.sh [extra mlirrl eval options, e.g. --baseline default,random:8 --samples 5]
# Options given here are added to the defaults below; --baseline replaces the default list.
# The agent is the shipped PPO agent (mlirrl eval plays it when no --agent is given; random:1
# is the random agent's episode).
# A fatal error (set-up, build, a suite whose files do not match its manifest, the harness
# itself failing, the report) stops the job at once with one line saying what failed. A method
# whose record is not ok on a benchmark is a result, not a fatal error: it is recorded and
# listed, and the job's exit status is 1 at the end. To continue a run that was stopped:
#   scripts/run.sh --out out/eval-<time> --resume      (the later --out wins)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
die() { echo "run.sh: $*" >&2; exit 1; }

build=$("$root/scripts/build.sh" 19) || die "set-up or build failed (see above)"
mlirrl="$build/harness/mlirrl"
[ -x "$mlirrl" ] || die "the build did not produce $mlirrl"
version=$("$mlirrl" --version) || die "$mlirrl does not run"
out="$root/out/eval-$(date -u +%Y%m%dT%H%M%SZ)"
echo "mlirrl: $version"

for suite in starter paper lqcd pytorch; do
  "$mlirrl" suite check "$root/suites/$suite" >/dev/null ||
    die "suite $suite does not match its manifest (run: $mlirrl suite check suites/$suite)"
done

baseline=(--baseline default,random:1,random:64,search:64,pytorch,torchscript,openblas)
for a in "$@"; do [ "$a" = --baseline ] && baseline=(); done
rc=0
"$mlirrl" eval --list "$root/suites/quick.list" "${baseline[@]}" --out "$out" "$@" || rc=$?
case $rc in
  0) ;;
  1) echo "run.sh: some methods did not end ok on some benchmarks: see the report's summary.md" >&2 ;;
  *) die "mlirrl eval failed with status $rc (records so far are kept; to continue: scripts/run.sh --out <its folder> --resume)" ;;
esac
exit "$rc"
