#!/usr/bin/python3
"""The regression subset CI runs: scripts/regress.py on two builds (LLVM 19 and 22), the best
known schedule of starter/matmul_256 (from results/agent-llvm19/eval.jsonl) and the starter
conv2d script conv2d_nchw_tpv.mlir, three rounds.

Checks: every (schedule, build, round) measured once (records per build = schedules x rounds);
compare/ written; the exit status is 3 exactly when a version is broken on the second build;
every broken or fixed version has a reproducer (README.md, transform.mlir, both builds'
outputs); on LLVM 22.1.8, which miscompiles conv2d_nchw_tpv.mlir, that script is the first row,
broken, with a wrong answer; running again measures nothing more.

usage: check_regress.py BUILD_A BUILD_B   (build folders: LLVM 19 first, then 22)
"""
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def fail(msg):
    print("FAIL: " + msg, file=sys.stderr)
    sys.exit(1)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    a, b = (os.path.join(d, "harness", "mlirrl") for d in sys.argv[1:])
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "regress")
        cmd = ["/usr/bin/python3", "-B", os.path.join(ROOT, "scripts", "regress.py"), "--build", "llvm19=" + a,
               "--build", "llvm22=" + b, "--from", os.path.join(ROOT, "results", "agent-llvm19", "eval.jsonl"),
               "--match", "starter/matmul_256", "--script",
               "starter/conv2d_nchw=" + os.path.join(ROOT, "suites", "starter", "schedules", "conv2d_nchw_tpv.mlir"),
               "--reps", "3", "--out", out]
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=1800)
        print(p.stderr[-3000:])
        if p.returncode not in (0, 3):
            fail("regress.py exit status %d" % p.returncode)
        entries = [json.loads(x) for x in open(os.path.join(out, "schedules.jsonl"))]
        if len(entries) != 2:
            fail("expected 2 schedules (the matmul's best, the conv2d script), got %d" % len(entries))
        for lab in ("llvm19", "llvm22"):
            n = len(open(os.path.join(out, lab + ".jsonl")).read().splitlines())
            if n != 3 * len(entries):
                fail("%s: %d records, expected %d" % (lab, n, 3 * len(entries)))
        doc = json.load(open(os.path.join(out, "compare", "compare.json")))
        rows = doc["rows"]
        broken = [r for r in rows if r["verdict"] == "broken"]
        if (p.returncode == 3) != bool(broken):
            fail("exit status %d with %d broken versions" % (p.returncode, len(broken)))
        changed = [r for r in rows if r["verdict"] in ("broken", "fixed")]
        repro = sorted(os.listdir(os.path.join(out, "repro"))) if os.path.isdir(os.path.join(out, "repro")) else []
        if len(repro) != len(changed):
            fail("%d correctness changes, %d reproducers" % (len(changed), len(repro)))
        for d in repro:
            for f in ("README.md", "transform.mlir"):
                if not os.path.exists(os.path.join(out, "repro", d, f)):
                    fail("reproducer %s has no %s" % (d, f))
        llvm_b = doc["context_b"].get("llvm_version")
        if llvm_b == "22.1.8":
            first = rows[0]
            if not (first["verdict"] == "broken" and first["benchmark"] == "starter/conv2d_nchw"
                    and "conv2d_nchw_tpv" in first["version"] and first["outcome_b"] == "wrong_answer"):
                fail("on LLVM 22.1.8 the conv2d_nchw_tpv script should come first, broken: %s" % first)
            print("ok: LLVM 22.1.8 breaks conv2d_nchw_tpv.mlir, listed first with a reproducer")
        else:
            print("LLVM %s: the conv2d_nchw_tpv check applies to 22.1.8 only" % llvm_b)
        sizes = {lab: os.path.getsize(os.path.join(out, lab + ".jsonl")) for lab in ("llvm19", "llvm22")}
        p2 = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
        if p2.returncode != p.returncode or any(
                os.path.getsize(os.path.join(out, lab + ".jsonl")) != s for lab, s in sizes.items()):
            fail("a second run measured again or ended otherwise")
        print("ok: %s" % ", ".join("%d %s" % (n, v) for v, n in doc["counts"].items() if n))
        print(open(os.path.join(out, "compare", "compare.md")).read())


if __name__ == "__main__":
    main()
