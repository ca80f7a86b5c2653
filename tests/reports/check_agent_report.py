#!/usr/bin/python3
"""reports.agent: reports/agent_report.py on hand-made records whose figures are known.

Three benchmarks of two suites, each measured by default, agent:ppo, random:1, random:64 and
search:64, in a source tree whose training split holds one matmul (a maxpool in its validation
split must not count). Checked: the per-suite and overall geomeans with their "n of m"; the
head-to-head rows (geomeans over the benchmarks where both are ok, ratio, wins and losses at
5 %); the generalization groups (the matmul's kinds are in the training split, the maxpool's and
the relu's are not) and the list of absent kinds; the slower-than-default list (the maxpool
with its interval and schedule, the relu's wrong answer); the inference median and largest,
and the time per benchmark.
Then bad input: a missing file, a line that is not JSON, a record without eval.method, records
without the named agent, an unknown option: one line on stderr each, exit status 1.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

from common import PYTHON, REPO, fail

SCRIPT = os.path.join(REPO, "reports", "agent_report.py")
BENCH = {"starter/matmul_256": "suites/starter/matmul_256.mlir",
         "starter/maxpool_nchw": "suites/starter/maxpool_nchw.mlir",
         "pytorch/relu_1x64x112x112": "suites/pytorch/ops/relu_1x64x112x112.mlir"}
# (method, benchmark): speedup, or an outcome other than ok.
SPEED = {("agent:ppo", "starter/matmul_256"): 8.0, ("random:1", "starter/matmul_256"): 2.0,
         ("random:64", "starter/matmul_256"): 10.0, ("search:64", "starter/matmul_256"): 16.0,
         ("agent:ppo", "starter/maxpool_nchw"): 0.5, ("random:1", "starter/maxpool_nchw"): 1.0,
         ("random:64", "starter/maxpool_nchw"): 2.0, ("search:64", "starter/maxpool_nchw"): 2.0,
         ("agent:ppo", "pytorch/relu_1x64x112x112"): "wrong_answer",
         ("random:1", "pytorch/relu_1x64x112x112"): 1.5, ("random:64", "pytorch/relu_1x64x112x112"): 3.0,
         ("search:64", "pytorch/relu_1x64x112x112"): 3.0}
INFERENCE = {"starter/matmul_256": 2.5, "starter/maxpool_nchw": 4.0, "pytorch/relu_1x64x112x112": 30.0}


def records():
    out = []
    for b, rel in BENCH.items():
        for m in ("default", "agent:ppo", "random:1", "random:64", "search:64"):
            v = SPEED.get((m, b))
            ok = not isinstance(v, str)
            r = {"schema_version": 2, "benchmark": {"id": b, "path": os.path.join(REPO, rel)},
                 "outcome": "ok" if ok else v, "error": None if ok else "3 of 100 outputs differ",
                 "speedup": {"point": v, "ci_lo": v * 0.9, "ci_hi": v * 1.1} if ok and v else None,
                 "eval": {"method": m, "schedule": "T(1,2)" if m != "default" else None,
                          "detail": "one episode, inference %g ms" % INFERENCE[b] if m == "agent:ppo" else None}}
            out.append(r)
    return out


def run(*args):
    return subprocess.run([PYTHON, "-B", SCRIPT, *args], capture_output=True, text=True, timeout=600)


def expect(text, line):
    if line not in text:
        fail("the report lacks the line %r; it reads:\n%s" % (line, text))


def source_tree(tmp):
    """A source tree whose training split is one matmul and whose validation split a maxpool."""
    src = os.path.join(tmp, "src")
    train = os.path.join(src, "suites", "train")
    os.makedirs(train)
    os.symlink(os.path.join(REPO, "suites", "tools"), os.path.join(src, "suites", "tools"))
    shutil.copy(os.path.join(REPO, BENCH["starter/matmul_256"]), os.path.join(train, "m.mlir"))
    shutil.copy(os.path.join(REPO, BENCH["starter/maxpool_nchw"]), os.path.join(train, "v.mlir"))
    json.dump({"suite": "train", "benchmarks": [{"id": "train/m", "file": "m.mlir", "split": "train"},
                                                {"id": "train/v", "file": "v.mlir", "split": "validation"}]},
              open(os.path.join(train, "manifest.json"), "w"))
    return src


def bad(tmp, name, content, *args, says):
    path = os.path.join(tmp, name + ".jsonl")
    if content is not None:
        open(path, "w").write(content)
    p = run(path, *args)
    lines = p.stderr.splitlines()
    if p.returncode != 1 or len(lines) != 1 or says not in lines[0]:
        fail("%s: expected exit 1 and one line saying %r, got %d and %r" % (name, says, p.returncode, p.stderr))
    print("ok %s: %s" % (name, lines[0]))


def main():
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "results.jsonl")
        recs = records()
        with open(path, "w") as f:
            for r in recs:
                f.write(json.dumps(r) + "\n")
            f.write('{"schema_version":2,"benchmark":')  # the last line cut short by a kill: skipped
        p = run(path, "--source-dir", source_tree(tmp))
        if p.returncode != 0:
            fail("exit status %d: %s" % (p.returncode, p.stderr))
        t = p.stdout
        expect(t, "| suite | agent:ppo | random:1 | random:64 | search:64 |")
        expect(t, "| pytorch | – (0 of 1) | 1.5x (1 of 1) | 3x (1 of 1) | 3x (1 of 1) |")
        expect(t, "| starter | 2x (2 of 2) | 1.41x (2 of 2) | 4.47x (2 of 2) | 5.66x (2 of 2) |")
        expect(t, "| all | 2x (2 of 3) | 1.44x (3 of 3) | 3.91x (3 of 3) | 4.58x (3 of 3) |")
        expect(t, "| random:1 | 2 | 2x | 1.41x | 1.41 | 1 / 1 |")
        expect(t, "| search:64 | 2 | 2x | 5.66x | 0.354 | 0 / 2 |")
        expect(t, "| op kinds all in the training split | 1 | 8x (1 of 1) | 2x (1 of 1) | 10x (1 of 1) | 16x (1 of 1) |")
        expect(t, "| an op kind absent from the training split | 2 | 0.5x (1 of 2) | 1.22x (2 of 2) | "
                  "2.45x (2 of 2) | 2.45x (2 of 2) |")
        expect(t, "Kinds absent from the training split: `fill`, `maxpool`, `relu`.")
        expect(t, "- `starter/maxpool_nchw`: 0.5x [0.45, 0.55], schedule `T(1,2)`")
        expect(t, "- `pytorch/relu_1x64x112x112`: wrong_answer (3 of 100 outputs differ)")
        expect(t, "median 4 ms, largest 30 ms over 3 benchmarks")
        expect(t, "| starter/matmul_256 | 1 | 2.5 | 2.5 |")
        if "starter/matmul_256`:" in t.split("slower than the default pipeline")[1]:
            fail("the matmul (8x) is listed as slower than the default pipeline")
        print("ok report: every figure as computed by hand")

        good = "".join(json.dumps(r) + "\n" for r in recs)
        bad(tmp, "missing", None, says="No such file")
        bad(tmp, "notjson", good + "{oops\n" + good, says="notjson.jsonl:16: not JSON")
        no_method = dict(recs[0], eval={"schedule": None})
        bad(tmp, "nomethod", json.dumps(no_method) + "\n", says="nomethod.jsonl:1: not an eval record")
        bad(tmp, "noagent", good, "--agent", "agent:other", says="no records of agent agent:other")
        bad(tmp, "option", good, "--agnet", "agent:ppo", says="usage")


if __name__ == "__main__":
    main()
