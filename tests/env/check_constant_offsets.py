#!/usr/bin/python3
"""Tiling an op with an access that has a constant term (d0 + 1, 3 * d0 + 2).

usage: check_constant_offsets.py MLIRRL ROOT LLVM_MAJOR

Before LLVM 20, Linalg's tiling added such a constant twice (once in the slice's offset, again
in the tiled op; llvm-project PR 122492), for whichever loop was tiled, so the environment
refuses to tile any loop of such an op there and allows it from LLVM 20 on. For the test stencil (d0 + 1, d0 + 2) and the LQCD
hexaquark-hexaquark rewrite kernel (spin-color pairs 3 * a + c), `mlirrl run --schedule`:
  LLVM < 20   the schedule is refused as invalid_input, naming the constant, and observe's
              tile mask of that loop allows no tiling;
  LLVM >= 20  the schedule runs and its output verifies (outcome ok).
A result that is a constant alone (the dibaryon kernel's `(0, d5, 1)`) is never sliced, so an
op whose only constants are such results stays tileable on every release: tiled, it verifies.
Before the environment knew this, both schedules gave wrong answers on LLVM 19. Prints one line
per failure; exits 1 on any.
"""
import json
import os
import subprocess
import sys
import tempfile

LQCD_TILED = "NT|" * 9 + "T(1,0,0,0,0,0,0,0,0,0,0)NT"
LQCD_TILED_D5 = "NT|" * 9 + "T(0,0,0,0,0,1,0,0,0,0,0)NT"  # a loop that no input's map reads
DD_TILED = "NT|NT|NT|T(0,1,0,0,0,0,0)NT|" + "|".join(["NT"] * 21)  # op29, constant-alone results
CASES = [  # (benchmark file under ROOT, schedule, loop that the schedule tiles, op of observe, refused < 20)
    ("tests/env/data/stencil.mlir", "T(4)NT", 0, 1, True),
    ("tests/env/data/stencil.mlir", "TP(4)NT", 0, 1, True),
    ("suites/lqcd/quick/hexaquark_hexaquark_v2_w1_h32_rewrite.mlir", LQCD_TILED, 0, 10, True),
    ("suites/lqcd/quick/hexaquark_hexaquark_v2_w1_h32_rewrite.mlir", LQCD_TILED_D5, 5, 10, True),
    ("suites/lqcd/quick/dibaryon_dibaryon_v2_w1.mlir", DD_TILED, 1, 4, False),
]


def run(mlirrl, bench, schedule, work):
    out = os.path.join(work, "r.jsonl")
    if os.path.exists(out):
        os.unlink(out)
    p = subprocess.run([mlirrl, "run", bench, "--schedule", schedule, "--profile", "train", "--samples", "1",
                        "--no-cache", "--no-counters", "--threads", "1", "--quiet", "--json", out],
                       capture_output=True, text=True, timeout=600)
    rec = None
    if os.path.exists(out):
        lines = open(out).read().splitlines()
        rec = json.loads(lines[-1]) if lines else None
    return p, rec


def tile_mask(mlirrl, bench, op, loop):
    """observe's mask.tile choices of one loop of the op-th op to visit."""
    p = subprocess.run([mlirrl, "observe", bench], capture_output=True, text=True, timeout=300)
    seen = 0
    for line in p.stdout.splitlines():
        if line.startswith("op "):
            seen += 1
        elif seen == op and line.strip().startswith("mask.tile"):
            return line.split(None, 1)[1].split("|")[loop].split()
    return None


def main():
    if len(sys.argv) != 4:
        print(__doc__.split("\n\n")[1])
        return 2
    mlirrl, root, major = sys.argv[1], sys.argv[2], int(sys.argv[3])
    failures = []
    with tempfile.TemporaryDirectory() as work:
        for rel, schedule, loop, op, refused_before_20 in CASES:
            bench = os.path.join(root, rel)
            name = "%s %s" % (os.path.basename(rel), schedule)
            p, rec = run(mlirrl, bench, schedule, work)
            outcome = rec and rec.get("outcome")
            error = (rec and rec.get("error")) or p.stderr.strip()
            mask = tile_mask(mlirrl, bench, op, loop)
            if major < 20 and refused_before_20:
                if outcome != "invalid_input" or "adds a constant" not in error:
                    failures.append("%s: outcome %s (%s), expected invalid_input naming the constant"
                                    % (name, outcome, error[:200]))
                if mask != ["0"]:
                    failures.append("%s: observe's tile mask of loop %d is %s, expected only 0" % (name, loop, mask))
            else:
                if outcome != "ok":
                    failures.append("%s: outcome %s (%s), expected ok" % (name, outcome, error[:200]))
                if not mask or len(mask) < 2:
                    failures.append("%s: observe's tile mask of loop %d is %s, expected tile sizes" % (name, loop, mask))
    for f in failures:
        print("FAIL " + f)
    print("check_constant_offsets (LLVM %d): %s" % (major, "%d failure(s)" % len(failures) if failures else "ok"))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
