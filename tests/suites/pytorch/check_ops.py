#!/usr/bin/python3
"""Each single-operator benchmark of suites/pytorch computes its PyTorch operator.

usage: check_ops.py MLIRRL [--filter REGEX] [--rtol 1e-4]

For every `pytorch/ops/...` entry of the manifest: `mlirrl exec` with seeded random inputs
(written by mlirrl), then the PyTorch operator named by the manifest's provenance params on
the same inputs (conv2d with bias, stride, padding, groups; relu; relu6; add; max_pool2d;
adaptive_avg_pool2d; linear with the transposed weight), compared with
max |mlir - torch| <= rtol * max(1, max |torch|). Prints one line per failure; exits 1 on any.
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
import torch
import torch.nn.functional as F

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
SUITE = os.path.join(ROOT, "suites", "pytorch")


def reference(p, a):
    t = [torch.from_numpy(x) for x in a]
    op = p["op"]
    if op in ("conv2d", "depthwise_conv2d"):
        w = t[1] if op == "conv2d" else t[1].unsqueeze(1)
        return F.conv2d(t[0], w, t[2], p["stride"], p["padding"], p["dilation"], p["groups"])
    if op == "relu":
        return F.relu(t[0])
    if op == "relu6":
        return F.relu6(t[0])
    if op == "add":
        return t[0] + t[1]
    if op == "maxpool":
        return F.max_pool2d(t[0], p["kernel"], p["stride"], p["padding"])
    if op == "adaptive_avgpool":
        return F.adaptive_avg_pool2d(t[0], p["output_size"])
    if op == "linear":
        return t[0] @ t[1] + t[2]
    raise ValueError(op)


def main():
    ap = argparse.ArgumentParser(description="single operators vs PyTorch")
    ap.add_argument("mlirrl")
    ap.add_argument("--filter")
    ap.add_argument("--rtol", type=float, default=1e-4)
    a = ap.parse_args()
    torch.set_num_threads(2)
    with open(os.path.join(SUITE, "manifest.json")) as fh:
        doc = json.load(fh)
    failures, n = [], 0
    work = tempfile.mkdtemp(prefix="mlirrl_check_ops_")
    try:
        for e in doc["benchmarks"]:
            if not e["id"].startswith("pytorch/ops/") or (a.filter and not re.search(a.filter, e["id"])):
                continue
            ind, outd = os.path.join(work, "in"), os.path.join(work, "out")
            for d in (ind, outd):
                shutil.rmtree(d, ignore_errors=True)
                os.makedirs(d)
            r = subprocess.run([a.mlirrl, "exec", os.path.join(SUITE, e["file"]), "--inputs", ind,
                                "--outputs", outd], capture_output=True, text=True, timeout=600)
            if r.returncode:
                failures.append("%s: mlirrl exec exit %d" % (e["id"], r.returncode))
                continue
            names = sorted((f for f in os.listdir(ind) if f.endswith(".npy")),
                           key=lambda f: int(f[3:-4]))
            args = [np.load(os.path.join(ind, f)) for f in names]
            got = np.load(os.path.join(outd, names[-1]))
            with torch.no_grad():
                ref = reference(e["provenance"]["params"], args[:-1]).numpy()
            n += 1
            if got.shape != ref.shape:
                failures.append("%s: shape %s, PyTorch %s" % (e["id"], got.shape, ref.shape))
                continue
            err = float(np.abs(got.astype(np.float64) - ref).max())
            if not err <= a.rtol * max(1.0, float(np.abs(ref).max())):
                failures.append("%s: max abs error %.3g (max |ref| %.3g)"
                                % (e["id"], err, float(np.abs(ref).max())))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    for f in failures:
        print("FAIL " + f)
    print("check_ops: %d single operators compared with PyTorch: %s"
          % (n, "%d failure(s)" % len(failures) if failures else "ok"))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
