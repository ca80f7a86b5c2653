#!/usr/bin/python3
"""The paper suite is the paper's 16 operators, and each computes what its name says.

usage: check_paper.py [MLIRRL] [--scale quick]

Without MLIRRL: checks the manifest against SPEC §4's table (written out again here, not
imported from the generator): 16 operators per scale, the shapes of each function signature,
f64, batch 256 at paper scale, the same shapes with a batch <= 256 at quick scale.
With MLIRRL: also runs every benchmark of the chosen scale once (`mlirrl exec`, seeded random
inputs written by mlirrl) and compares its output with PyTorch in f64 (add, relu, C + A@B,
init + conv2d, max(init, max_pool2d)). A benchmark whose arguments exceed --max-mb (600 MB:
the big maxpools and add_256_42_42_168 hold 1.3-2.8 GB) is run as gen_paper.py's batch-2
instance instead, to keep the test's time and disk use small. Prints one line per failure;
exits 1 on any.
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
SUITE = os.path.join(ROOT, "suites", "paper")

# SPEC §4, batch first; argument shapes of each benchmark with batch n.
SPEC = [
    ("add", lambda n: [(n, 14, 14, 88)] * 3),
    ("add", lambda n: [(n, 42, 42, 168)] * 3),
    ("add", lambda n: [(n, 7, 7, 2048)] * 3),
    ("relu", lambda n: [(n, 100)] * 2),
    ("relu", lambda n: [(n, 512)] * 2),
    ("relu", lambda n: [(n, 57, 57, 64)] * 2),
    ("matmul", lambda n: [(n, 1536), (1536, 1000), (n, 1000)]),
    ("matmul", lambda n: [(n, 256), (256, 128), (n, 128)]),
    ("matmul", lambda n: [(n, 256), (256, 512), (n, 512)]),
    ("matmul", lambda n: [(n, 512), (512, 1024), (n, 1024)]),
    ("conv", lambda n: [(n, 128, 28, 28), (512, 128, 1, 1), (n, 512, 28, 28)]),
    ("conv", lambda n: [(n, 512, 28, 28), (128, 512, 1, 1), (n, 128, 28, 28)]),
    ("conv", lambda n: [(n, 64, 56, 56), (256, 64, 1, 1), (n, 256, 56, 56)]),
    ("maxpool", lambda n: [(n, 336, 43, 43), (n, 336, 21, 21)]),
    ("maxpool", lambda n: [(n, 64, 114, 114), (n, 64, 56, 56)]),
    ("maxpool", lambda n: [(n, 64, 147, 147), (n, 64, 73, 73)]),
]
_SIG = re.compile(r"func\.func @main\((.*?)\)\s*attributes", re.S)


def signature(path):
    with open(path) as fh:
        m = _SIG.search(fh.read())
    out = []
    for t in re.findall(r"memref<([^>]*)>", m.group(1)):
        parts = t.split("x")
        out.append((tuple(int(p) for p in parts[:-1]), parts[-1]))
    return out


def reference(kind, args):
    import torch
    import torch.nn.functional as F
    t = [torch.from_numpy(a.astype(np.float64)) for a in args]
    with torch.no_grad():
        if kind == "add":
            return (t[0] + t[1]).numpy()
        if kind == "relu":
            return torch.clamp_min(t[0], 0.0).numpy()
        if kind == "matmul":
            return (t[2] + t[0] @ t[1]).numpy()
        if kind == "conv":
            return (t[2] + F.conv2d(t[0], t[1])).numpy()
        return torch.maximum(t[1], F.max_pool2d(t[0], 3, 2)).numpy()


def small_instance(entry, work):
    """The benchmark rebuilt by gen_paper.py at batch 2: (path, argument shapes)."""
    sys.path.insert(0, SUITE)
    import gen_paper
    name = entry["provenance"]["params"]["paper_name"]
    for kind, shape in gen_paper.OPERATORS:
        if gen_paper.name_of(kind, shape, gen_paper.PAPER_BATCH) == name:
            f, _ = gen_paper.build(kind, shape, 2)
            path = os.path.join(work, "small.mlir")
            with open(path, "w") as fh:
                fh.write(f.text())
            return path, [s for s, _ in signature(path)]
    raise KeyError(name)


def main():
    ap = argparse.ArgumentParser(description="the paper suite is the paper's 16 operators")
    ap.add_argument("mlirrl", nargs="?", help="also run and compare with PyTorch")
    ap.add_argument("--scale", default="quick", choices=("quick", "paper"))
    ap.add_argument("--max-mb", type=float, default=600,
                    help="run benchmarks with more argument bytes at batch 2 instead")
    a = ap.parse_args()
    mlirrl, scale = a.mlirrl, a.scale
    failures = []
    with open(os.path.join(SUITE, "manifest.json")) as fh:
        doc = json.load(fh)
    by_scale = {}
    for e in doc["benchmarks"]:
        by_scale.setdefault(e["scale"], []).append(e)
    for sc in ("paper", "quick"):
        entries = by_scale.get(sc, [])
        if len(entries) != 16:
            failures.append("%s scale: %d benchmarks, expected 16" % (sc, len(entries)))
        matched = set()
        for e in entries:
            sig = signature(os.path.join(SUITE, e["file"]))
            n = sig[0][0][0] if sig else -1
            if sc == "paper" and n != 256:
                failures.append("%s: batch %d, the paper's is 256" % (e["id"], n))
            if not 1 <= n <= 256:
                failures.append("%s: batch %d" % (e["id"], n))
            if any(dt != "f64" for _, dt in sig) or e["element_type"] != "f64":
                failures.append("%s: not f64" % e["id"])
            hits = [i for i, (_, shapes) in enumerate(SPEC) if [s for s, _ in sig] == shapes(n)]
            if not hits:
                failures.append("%s: signature %s is none of SPEC's operators" % (e["id"], sig))
            matched.update(hits)
        if entries and len(matched) != 16:
            failures.append("%s scale: covers %d of the 16 operators" % (sc, len(matched)))

    if mlirrl:
        work = tempfile.mkdtemp(prefix="mlirrl_check_paper_")
        try:
            for e in by_scale.get(scale, []):
                path = os.path.join(SUITE, e["file"])
                sig = [s for s, _ in signature(path)]
                kind = [k for k, shapes in SPEC if sig == shapes(sig[0][0])]
                if not kind:
                    continue  # reported above
                note = ""
                nbytes = 8 * sum(int(np.prod(s)) for s in sig)
                if nbytes > a.max_mb * 1e6:
                    # Same generator code, batch 2: the shapes of the committed file were
                    # checked above, and check_regen.py proves the file is the generator's.
                    path, sig = small_instance(e, work)
                    note = " (run at batch 2: %.1f GB of arguments at batch %d)" % (
                        nbytes / 1e9, e["provenance"]["params"]["batch"])
                ind, outd = os.path.join(work, "in"), os.path.join(work, "out")
                for d in (ind, outd):
                    shutil.rmtree(d, ignore_errors=True)
                    os.makedirs(d)
                r = subprocess.run([mlirrl, "exec", path, "--inputs", ind, "--outputs", outd],
                                   capture_output=True, text=True, timeout=600)
                if r.returncode:
                    failures.append("%s: mlirrl exec exit %d" % (e["id"], r.returncode))
                    continue
                n_args = len(sig)
                ins = [np.load(os.path.join(ind, "arg%d.npy" % i)) for i in range(n_args)]
                got = np.load(os.path.join(outd, "arg%d.npy" % (n_args - 1)))
                ref = reference(kind[0], ins)
                err = float(np.abs(got - ref).max())
                red = {"matmul": sig[0][1], "conv": sig[0][1]}.get(kind[0], 1)  # reduction length
                tol = 1e-14 * red * max(1.0, float(np.abs(ref).max()))
                if not err <= tol:
                    failures.append("%s: max abs error %.3g against PyTorch (tolerance %.3g)"
                                    % (e["id"], err, tol))
                else:
                    print("ok %s: max abs error %.3g%s" % (e["id"], err, note))
        finally:
            shutil.rmtree(work, ignore_errors=True)
    for f in failures:
        print("FAIL " + f)
    print("check_paper: %s" % ("%d failure(s)" % len(failures) if failures else "ok"))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
