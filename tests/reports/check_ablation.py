#!/usr/bin/python3
"""reports.ablation: reports/ablation.py on hand-made rounds whose figures are known: each
round's geomean, the per-benchmark median over rounds (a failed round left out), the suites'
geomeans of the medians, ahead/behind at 5 %, a benchmark failed in every round; bad input
(no --b, a line that is not a record, a missing file) is one line and exit status 1."""
import json
import os
import subprocess
import tempfile

from common import PYTHON, REPO, fail

SCRIPT = os.path.join(REPO, "reports", "ablation.py")


def write(path, speeds):
    with open(path, "w") as f:
        for b, sp in speeds.items():
            f.write(json.dumps({"benchmark": {"id": b}, "outcome": "ok" if sp else "wrong_answer",
                                "speedup": {"point": sp} if sp else None, "eval": {"kind": "agent"}}) + "\n")
            f.write(json.dumps({"benchmark": {"id": b}, "outcome": "ok", "speedup": None,
                                "eval": {"kind": "default"}}) + "\n")


def main():
    with tempfile.TemporaryDirectory() as tmp:
        a = [{"s/x": 4.0, "s/y": 1.0, "t/z": 2.0}, {"s/x": 1.0, "s/y": 1.0, "t/z": 2.0},
             {"s/x": 16.0, "s/y": None, "t/z": 2.0}]
        b = [{"s/x": 2.0, "s/y": 1.02, "t/z": None}, {"s/x": 2.0, "s/y": 1.02, "t/z": None}]
        pa, pb = [], []
        for i, r in enumerate(a):
            pa.append(os.path.join(tmp, "a%d.jsonl" % i))
            write(pa[-1], r)
        for i, r in enumerate(b):
            pb.append(os.path.join(tmp, "b%d.jsonl" % i))
            write(pb[-1], r)
        p = subprocess.run([PYTHON, "-B", SCRIPT, "--a", "A", *pa, "--b", "B", *pb], capture_output=True, text=True)
        if p.returncode:
            fail("exit status %d: %s" % (p.returncode, p.stderr))
        t = p.stdout
        # medians: x 4 (of 4, 1, 16), y 1 (of 1, 1), z 2; B: x 2, y 1.02, z failed in every round.
        for line in ("| 1 | 2x (3 of 3) | 1.43x (2 of 3) |", "| 3 | 5.66x (2 of 3) | – |",
                     "| s | 2 | 2x | 1.43x | 1 / 0 |", "| t | 1 | 2x | – | 0 / 0 |",
                     "| all | 3 | 2x | 1.43x | 1 / 0 |", "| s/x | 4x | 2x |", "| t/z | 2x | failed |"):
            if line not in t:
                fail("missing %r in:\n%s" % (line, t))
        print("ok ablation: rounds, medians, suites, ahead/behind, failed")
        for args, says in ((["--a", "A", pa[0]], "usage"), (["--a", "A", os.path.join(tmp, "none"), "--b", "B", pb[0]],
                                                             "No such file")):
            p = subprocess.run([PYTHON, "-B", SCRIPT, *args], capture_output=True, text=True)
            if p.returncode != 1 or len(p.stderr.splitlines()) != 1 or says not in p.stderr:
                fail("%s: expected one line saying %r, got %d %r" % (args, says, p.returncode, p.stderr))
        bad = os.path.join(tmp, "bad.jsonl")
        open(bad, "w").write("{\"benchmark\": 1}\n")
        p = subprocess.run([PYTHON, "-B", SCRIPT, "--a", "A", bad, "--b", "B", pb[0]], capture_output=True, text=True)
        if p.returncode != 1 or "bad.jsonl:1: not an eval record" not in p.stderr:
            fail("a bad line: %d %r" % (p.returncode, p.stderr))
        print("ok ablation: bad input")


if __name__ == "__main__":
    main()
