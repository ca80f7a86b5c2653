#!/usr/bin/python3
"""Proof of the PyTorch importer: for each model, the MLIR default pipeline (run by
`mlirrl exec`) gives PyTorch's own output for the same weights and input.

usage: check_import.py MLIRRL [--models resnet18,mobilenet_v2,vgg16] [--vgg-resolution 64]
                              [--full] [--rtol 1e-4] [--keep DIR]

Per model: build it with seeded random weights (batch-norm statistics randomised too, so the
folding is exercised), import it, check that the committed suites/pytorch/models/<model>.mlir
is exactly what the importer emits, write every argument as DIR/arg<i>.npy (input image,
folded/transposed parameters, zeroed output), run `MLIRRL exec`, and compare the logits with
`model(x)`: max |mlir - torch| <= rtol * max(|torch|).

VGG-16's default pipeline takes about 9 s at 224x224 here, so by default its proof runs at
64x64 (which also exercises the non-uniform adaptive-avgpool path, 2x2 -> 7x7); --full proves
every model at 224x224. Exits non-zero with one line per failure.
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time

import numpy as np
import torch

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
SUITE = os.path.join(ROOT, "suites", "pytorch")
sys.path.insert(0, SUITE)
import import_fx as I  # noqa: E402


def prove(mlirrl, name, resolution, rtol, work, timeout):
    """Returns (ok, message)."""
    imp, func, model, x = I.import_model(name, 1, resolution)
    bench = os.path.join(work, "%s_r%d.mlir" % (name, resolution))
    with open(bench, "w") as fh:
        fh.write(func.text())
    ind, outd = os.path.join(work, name + "_in"), os.path.join(work, name + "_out")
    for d in (ind, outd):
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
    arrays = I.arg_arrays(imp, func)
    arrays[0] = x.numpy().astype(np.float32)
    for i, a in enumerate(arrays):
        np.save(os.path.join(ind, "arg%d.npy" % i), np.ascontiguousarray(a))
    t0 = time.time()
    try:
        p = subprocess.run([mlirrl, "exec", bench, "--inputs", ind, "--outputs", outd],
                           capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return False, "%s: mlirrl exec timed out after %d s" % (name, timeout)
    wall = time.time() - t0
    if p.returncode != 0:
        msg = (p.stderr.strip() or p.stdout.strip()).splitlines()
        return False, "%s: mlirrl exec exit %d: %s" % (name, p.returncode, msg[-1] if msg else "")
    out_path = os.path.join(outd, "arg%d.npy" % (len(arrays) - 1))
    if not os.path.exists(out_path):
        return False, "%s: mlirrl exec wrote no %s" % (name, out_path)
    got = np.load(out_path)
    with torch.no_grad():
        ref = model(x).numpy()
    if got.shape != ref.shape:
        return False, "%s: output shape %s, PyTorch %s" % (name, got.shape, ref.shape)
    err = float(np.abs(got.astype(np.float64) - ref).max())
    scale = float(np.abs(ref).max())
    ok = np.isfinite(got).all() and err <= rtol * max(scale, 1e-30)
    msg = ("%s %dx%d: max abs err %.3g (max |ref| %.3g, relative %.3g), mlirrl exec %.1f s"
           % (name, resolution, resolution, err, scale, err / max(scale, 1e-30), wall))
    return ok, msg if ok else "%s: MISMATCH %s" % (name, msg)


def committed_matches(name):
    """The committed 224x224 batch-1 benchmark is byte-identical to the importer's output."""
    path = os.path.join(SUITE, "models", name + ".mlir")
    if not os.path.exists(path):
        return False, "%s: %s missing (run suites/pytorch/import_fx.py)" % (name, path)
    _, func, _, _ = I.import_model(name, 1, 224)
    with open(path) as fh:
        if fh.read() != func.text():
            return False, "%s: committed %s differs from the importer's output" % (name, path)
    return True, ""


def main():
    ap = argparse.ArgumentParser(description="prove the PyTorch importer against PyTorch")
    ap.add_argument("mlirrl")
    ap.add_argument("--models", default=",".join(I.MODELS))
    ap.add_argument("--vgg-resolution", type=int, default=64)
    ap.add_argument("--full", action="store_true", help="prove every model at 224x224")
    ap.add_argument("--rtol", type=float, default=1e-4)
    ap.add_argument("--timeout", type=int, default=600)
    ap.add_argument("--keep", help="work in this folder and keep it")
    a = ap.parse_args()
    torch.set_num_threads(2)
    if not os.access(a.mlirrl, os.X_OK):
        print("check_import: %s is not an executable" % a.mlirrl)
        return 2
    work = a.keep or tempfile.mkdtemp(prefix="mlirrl_check_import_")
    os.makedirs(work, exist_ok=True)
    failures = []
    try:
        for name in [m for m in a.models.split(",") if m]:
            ok, msg = committed_matches(name)
            if not ok:
                failures.append(msg)
            res = 224 if (a.full or name != "vgg16") else a.vgg_resolution
            ok, msg = prove(a.mlirrl, name, res, a.rtol, work, a.timeout)
            if ok:
                print("ok " + msg)
            else:
                failures.append(msg)
    finally:
        if not a.keep:
            shutil.rmtree(work, ignore_errors=True)
    for f in failures:
        print("FAIL " + f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
