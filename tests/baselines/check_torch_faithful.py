#!/usr/bin/python3
"""The PyTorch baseline computes what the benchmark computes.

usage: check_torch_faithful.py MLIRRL [--filter REGEX]

For each benchmark below: `MLIRRL exec BENCH --inputs IN --outputs OUT` (default pipeline,
seeded inputs written by mlirrl, the output argument's initial contents included), then
baselines/torch_server.py's own counterpart — the very callable it times, built by
counterpart(...).build(method, args) — on the same arguments, once per method (eager and
TorchScript, each on a fresh copy, since some benchmarks accumulate into their output).
The paper's max-pool (1.3 GB of arguments at its batch) runs as suites/paper/gen_paper.py's
batch-2 instance of the same operator: the counterpart reads its shapes from the file.
Match: max |torch - mlir| <= rtol * max(1, max |mlir|), rtol 1e-5 for f32 and 1e-12 for f64
(room for reassociation over these reduction lengths, far below any wrong index or layout).
Prints one line per benchmark and method; exits 1 on any mismatch.
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

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "baselines"))
import torch_server as S  # noqa: E402

# What each one guards: layouts and argument order of the suites' conventions, in-place
# accumulation into the output, padding values.
BENCHMARKS = [
    ("pytorch", "pytorch/ops/conv2d_1x3x224x224_oc32_k3_s2_p1"),  # bias, stride, zero pad
    ("pytorch", "pytorch/ops/dwconv2d_1x144x56x56_k3_s1_p1"),     # C x KH x KW filter
    ("pytorch", "pytorch/ops/maxpool_1x64x112x112_k3_s2_p1"),     # -inf pad
    ("pytorch", "pytorch/ops/linear_1x1280_to1000"),              # weight passed transposed
    ("paper", "paper/quick/matmul_256_256_128"),                  # C += A*B
    ("paper", "paper/quick/pooling_nchw_max_256_64_114_114_3_56_56"),  # max with the output
    ("starter", "starter/maxpool_nchw"),                          # output filled with -inf
    ("starter", "starter/conv2d_nchw"),                           # O += conv
    ("starter", "starter/chain_matmul_add_relu"),                 # relu(A*B + D)
]
SMALL = ("paper/quick/pooling_nchw_max_256_64_114_114_3_56_56",)
RTOL = {np.dtype(np.float32): 1e-5, np.dtype(np.float64): 1e-12}


def bench_file(suite, bench_id, work):
    """The benchmark's file, or for SMALL ids the generator's batch-2 instance of it."""
    folder = os.path.join(ROOT, "suites", suite)
    with open(os.path.join(folder, "manifest.json")) as fh:
        entry = next(e for e in json.load(fh)["benchmarks"] if e["id"] == bench_id)
    if bench_id not in SMALL:
        return os.path.join(folder, entry["file"])
    sys.path.insert(0, folder)
    import gen_paper
    name = entry["provenance"]["params"]["paper_name"]
    kind, shape = next((k, s) for k, s in gen_paper.OPERATORS
                       if gen_paper.name_of(k, s, gen_paper.PAPER_BATCH) == name)
    path = os.path.join(work, "small.mlir")
    with open(path, "w") as fh:
        fh.write(gen_paper.build(kind, shape, 2)[0].text())
    return path


def mlir_run(mlirrl, path, work):
    """(arguments, output) of one default-pipeline run."""
    ind, outd = os.path.join(work, "in"), os.path.join(work, "out")
    for d in (ind, outd):
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
    r = subprocess.run([mlirrl, "exec", path, "--inputs", ind, "--outputs", outd],
                       capture_output=True, text=True, timeout=600)
    if r.returncode:
        raise RuntimeError("mlirrl exec exit %d: %s" % (r.returncode, r.stderr.strip()[-300:]))
    n = len([f for f in os.listdir(ind) if re.fullmatch(r"arg\d+\.npy", f)])
    args = [np.load(os.path.join(ind, "arg%d.npy" % i)) for i in range(n)]
    return args, np.load(os.path.join(outd, "arg%d.npy" % (n - 1)))


def compare(case, method, args, want):
    try:
        with torch.inference_mode():
            fn = case.build(method, [torch.from_numpy(a.copy()) for a in args])
            got = fn().numpy()
    except Exception as e:
        return False, S.one_line(e)
    if got.shape != want.shape or got.dtype != want.dtype:
        return False, "shape/type %s %s, benchmark %s %s" % (got.shape, got.dtype, want.shape,
                                                            want.dtype)
    scale = max(1.0, float(np.abs(want).max()))
    err = float(np.abs(got.astype(np.float64) - want).max())
    tol = RTOL[want.dtype] * scale
    return err <= tol, "max abs error %.3g (tolerance %.3g)" % (err, tol)


def main():
    ap = argparse.ArgumentParser(description="torch_server's counterparts vs the benchmarks")
    ap.add_argument("mlirrl")
    ap.add_argument("--filter")
    a = ap.parse_args()
    torch.set_num_threads(2)
    failures, n = [], 0
    work = tempfile.mkdtemp(prefix="mlirrl_torch_faithful_")
    try:
        for suite, bench_id in BENCHMARKS:
            if a.filter and not re.search(a.filter, bench_id):
                continue
            path = bench_file(suite, bench_id, work)
            try:
                case = S.counterpart(bench_id, os.path.join(ROOT, "suites", suite,
                                                            "manifest.json"), path)
                args, want = mlir_run(a.mlirrl, path, work)
            except (S.NotApplicable, RuntimeError, subprocess.TimeoutExpired) as e:
                failures.append("%s: %s" % (bench_id, e))
                continue
            for method in S.METHODS:
                n += 1
                ok, msg = compare(case, method, args, want)
                print("%s %s %s: %s" % ("ok" if ok else "FAIL", bench_id, method, msg))
                if not ok:
                    failures.append("%s %s: %s" % (bench_id, method, msg))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("check_torch_faithful: %d comparisons, %s"
          % (n, "%d failure(s)" % len(failures) if failures else "all match"))
    return 1 if failures or n == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
