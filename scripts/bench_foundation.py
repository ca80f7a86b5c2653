#!/usr/bin/python3
"""Figures of the measurement foundation, measured on this machine (a benchmark, not a test):

  1. matmul 256x256x256 f32: default pipeline vs the best starter schedule, and vs OpenBLAS sgemm;
  2. per-stage compile time of a single-op benchmark, and the overhead of one isolated run
     (fork, compile, check) beyond its timed calls;
  3. repeatability: the default-pipeline matmul measured N times in separate processes, the
     coefficient of variation of the reported medians (target: <= 5%).

usage: scripts/bench_foundation.py [BUILD_DIR] [--repeats N] [--threads T] [--out FILE.md]
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ap = argparse.ArgumentParser()
ap.add_argument("build", nargs="?", default=os.path.join(ROOT, "build-19"))
ap.add_argument("--repeats", type=int, default=10)
ap.add_argument("--threads", type=int, default=2)
ap.add_argument("--out")
a = ap.parse_args()
mlirrl = os.path.join(a.build, "harness", "mlirrl")
blas = os.path.join(a.build, "baselines", "mlirrl-blas-gemm")
bench = os.path.join(ROOT, "suites", "starter", "matmul_256.mlir")
sched = os.path.join(ROOT, "suites", "starter", "schedules", "matmul_256_tpv.mlir")
lines = []


def say(s=""):
    print(s, flush=True)
    lines.append(s)


def run(*args):
    with tempfile.TemporaryDirectory() as d:
        js = os.path.join(d, "r.jsonl")
        subprocess.run([mlirrl, "run", *args, "--threads", str(a.threads), "--json", js, "--quiet",
                        "--no-cache"], check=False)
        return json.loads(open(js).read().splitlines()[-1])


version = subprocess.run([mlirrl, "--version"], capture_output=True, text=True).stdout.strip()
say(f"# Foundation figures ({version}, {a.threads} threads)")
say()
r = run(bench, "--transform", sched, "--samples", "15")
b, c = r["timing"]["baseline"], r["timing"]["candidate"]
sp = r["speedup"]
say("## 1. matmul 256x256x256 f32")
say(f"- outcome: {r['outcome']}, max rel err {r['verification']['max_rel_err']:.2g}")
say(f"- default pipeline: {b['median_ns'] / 1e6:.3f} ms (MAD {100 * b['mad_ns'] / b['median_ns']:.1f}%)")
say(f"- starter schedule matmul_256_tpv: {c['median_ns'] / 1e6:.4f} ms (MAD {100 * c['mad_ns'] / c['median_ns']:.1f}%)"
    f" = {2 * 256 ** 3 / c['median_ns']:.0f} GFLOP/s")
say(f"- speedup: {sp['point']:.1f}x (95% CI {sp['ci_lo']:.1f} - {sp['ci_hi']:.1f})")
if os.path.exists(blas):
    o = json.loads(subprocess.run([blas, "256", "256", "256", "--threads", str(a.threads), "--samples", "15"],
                                  capture_output=True, text=True).stdout)
    say(f"- OpenBLAS sgemm: {o['median_ns'] / 1e6:.4f} ms ({o['gflops']:.0f} GFLOP/s); "
        f"schedule / OpenBLAS time ratio {c['median_ns'] / o['median_ns']:.2f} "
        f"(measured one after the other, not interleaved)")
say()
say("## 2. compile stages and overhead")
for side in ("baseline", "candidate"):
    cm = r["compile_ms"][side]
    say(f"- {side}: " + ", ".join(f"{k} {cm[k]:.1f} ms" for k in ("parse", "transform", "lower", "jit")
                                  if cm[k] is not None))
say(f"- overhead of the run beyond its timed calls (both workers: fork, compile, check, calibration"
    f" sample, counters): {r['overhead_ms']:.0f} ms")
r1 = run(bench, "--samples", "3", "--no-counters")
say(f"- overhead of a baseline-only run with 3 samples and no counters: {r1['overhead_ms']:.0f} ms")
say()
say(f"## 3. repeatability: default-pipeline matmul, {a.repeats} separate processes")
meds = []
for i in range(a.repeats):
    ri = run(bench, "--no-counters")
    meds.append(ri["timing"]["baseline"]["median_ns"] / 1e6)
mean = statistics.mean(meds)
cv = statistics.stdev(meds) / mean
say(f"- medians (ms): {', '.join(f'{m:.3f}' for m in meds)}")
say(f"- mean {mean:.3f} ms, min {min(meds):.3f}, max {max(meds):.3f}, coefficient of variation {100 * cv:.2f}%"
    f" ({'within' if cv <= 0.05 else 'ABOVE'} the 5% target)")
if a.out:
    open(a.out, "w").write("\n".join(lines) + "\n")
