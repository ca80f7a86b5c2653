#!/usr/bin/python3
"""PyTorch's own time for the evaluation benchmarks (the "PyTorch" baseline of SPEC §5).

usage: time_torch.py [--what models,ops,paper] [--threads 2] [--samples 9]
                     [--min-sample-ms 20] [--torchscript] [--filter REGEX]
                     [--out suites/pytorch/torch_times.json]

  models  the seeded torchvision models of import_fx.py, batch 1, 224x224, f32, eval mode,
          under torch.inference_mode(); --torchscript adds torch.jit.trace + freeze
  ops     the single operators of suites/pytorch (conv2d with bias, relu, relu6, add,
          max_pool2d, adaptive_avg_pool2d, linear), PyTorch's layouts, f32
  paper   the quick-scale paper operators of suites/paper, f64 as the benchmarks:
          torch.add(out=), torch.clamp_min(out=) for relu, torch.matmul(out=),
          F.conv2d (no bias), F.max_pool2d(3, 2). PyTorch does not accumulate into an
          existing output as the MLIR benchmarks do (C += A*B); the difference is one
          elementwise pass and is ignored.

Each entry: warm-up calls, then an inner iteration count calibrated so that one sample lasts
at least --min-sample-ms, then --samples samples; the median, min and MAD of the per-call
time are recorded under the benchmark's manifest id. Keys are stable (JSON, sorted).
"""

import argparse
import json
import os
import platform
import re
import sys
import time

import numpy as np
import torch
import torch.nn.functional as F

HERE = os.path.dirname(os.path.abspath(__file__))
SUITES = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(SUITES, "tools"))
import import_fx as I  # noqa: E402
import manifest as M  # noqa: E402


def measure(fn, samples, min_sample_s, warmup=3):
    for _ in range(warmup):
        fn()
    iters = 1
    while True:
        t = time.perf_counter()
        for _ in range(iters):
            fn()
        dt = time.perf_counter() - t
        if dt >= min_sample_s or iters >= 1 << 20:
            break
        iters = max(iters * 2, int(iters * min_sample_s / max(dt, 1e-9)) + 1)
    per_call = []
    for _ in range(samples):
        t = time.perf_counter_ns()
        for _ in range(iters):
            fn()
        per_call.append((time.perf_counter_ns() - t) / iters)
    a = np.array(per_call)
    med = float(np.median(a))
    return {"median_ns": med, "min_ns": float(a.min()), "mad_ns": float(np.median(np.abs(a - med))),
            "samples": samples, "iters_per_sample": iters}


def rand(shape, dtype, g):
    return (torch.rand(shape, generator=g, dtype=torch.float64) * 2 - 1).to(dtype)


def model_cases(torchscript):
    for name in I.MODELS:
        model = I.build_model(name)
        x = I.example_input(1, 224)
        yield ("pytorch/models/" + name, "eager", "%s(x) batch 1 224x224 f32" % name,
               lambda m=model, x=x: m(x))
        if torchscript:
            with torch.inference_mode():
                ts = torch.jit.freeze(torch.jit.trace(model, x))
            yield ("pytorch/models/" + name, "torchscript", "jit.freeze(jit.trace(%s))" % name,
                   lambda m=ts, x=x: m(x))


def op_cases(g):
    doc = M.read_manifest(HERE)
    for e in doc["benchmarks"]:
        if not e["id"].startswith("pytorch/ops/"):
            continue
        p = e["provenance"]["params"]
        op = p["op"]
        f32 = torch.float32
        if op in ("conv2d", "depthwise_conv2d"):
            x = rand(p["input"], f32, g)
            c = p["input"][1]
            wshape = list(p["weight"])
            if op == "depthwise_conv2d":
                wshape = [wshape[0], 1] + wshape[1:]
            w, b = rand(wshape, f32, g), rand([wshape[0]], f32, g)
            fn = (lambda x=x, w=w, b=b, p=p: F.conv2d(x, w, b, p["stride"], p["padding"],
                                                       p["dilation"], p["groups"]))
            call = "F.conv2d(stride=%d, padding=%d, groups=%d)" % (p["stride"], p["padding"],
                                                                   p["groups"])
        elif op in ("relu", "relu6"):
            x = rand(p["shape"], f32, g)
            fn = (lambda x=x: F.relu(x)) if op == "relu" else (lambda x=x: F.relu6(x))
            call = "F.%s" % op
        elif op == "add":
            x, y = rand(p["shape"], f32, g), rand(p["shape"], f32, g)
            fn, call = (lambda x=x, y=y: x + y), "x + y"
        elif op == "maxpool":
            x = rand(p["input"], f32, g)
            fn = (lambda x=x, p=p: F.max_pool2d(x, p["kernel"], p["stride"], p["padding"]))
            call = "F.max_pool2d(%d, %d, %d)" % (p["kernel"], p["stride"], p["padding"])
        elif op == "adaptive_avgpool":
            x = rand(p["input"], f32, g)
            fn = (lambda x=x, p=p: F.adaptive_avg_pool2d(x, p["output_size"]))
            call = "F.adaptive_avg_pool2d"
        elif op == "linear":
            k, m = p["weight_t"]
            x, w, b = rand(p["input"], f32, g), rand([m, k], f32, g), rand([m], f32, g)
            fn, call = (lambda x=x, w=w, b=b: F.linear(x, w, b)), "F.linear"
        else:
            raise ValueError(op)
        yield e["id"], "eager", call, fn


def paper_cases(g):
    doc = M.read_manifest(os.path.join(SUITES, "paper"))
    f64 = torch.float64
    for e in doc["benchmarks"]:
        if e["scale"] != "quick":
            continue
        p = e["provenance"]["params"]
        op = p["op"]
        if op == "add":
            a, b, o = (rand(p["shape"], f64, g) for _ in range(3))
            fn, call = (lambda a=a, b=b, o=o: torch.add(a, b, out=o)), "torch.add(out=)"
        elif op == "relu":
            a, o = rand(p["shape"], f64, g), rand(p["shape"], f64, g)
            fn, call = (lambda a=a, o=o: torch.clamp_min(a, 0.0, out=o)), "torch.clamp_min(out=)"
        elif op == "matmul":
            a, b = rand([p["M"], p["K"]], f64, g), rand([p["K"], p["N"]], f64, g)
            o = rand([p["M"], p["N"]], f64, g)
            fn, call = (lambda a=a, b=b, o=o: torch.matmul(a, b, out=o)), "torch.matmul(out=)"
        elif op == "conv_2d_nchw_fchw":
            x = rand([p["N"], p["C"], p["H"], p["W"]], f64, g)
            w = rand([p["F"], p["C"], p["KH"], p["KW"]], f64, g)
            fn, call = (lambda x=x, w=w: F.conv2d(x, w)), "F.conv2d"
        elif op == "pooling_nchw_max":
            x = rand([p["N"], p["C"], p["H"], p["W"]], f64, g)
            fn = (lambda x=x, p=p: F.max_pool2d(x, p["kernel"], p["stride"]))
            call = "F.max_pool2d(3, 2)"
        else:
            raise ValueError(op)
        yield e["id"], "eager", call, fn


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--what", default="models,ops,paper")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--samples", type=int, default=9)
    ap.add_argument("--min-sample-ms", type=float, default=20)
    ap.add_argument("--torchscript", action="store_true")
    ap.add_argument("--filter")
    ap.add_argument("--out", default=os.path.join(HERE, "torch_times.json"))
    a = ap.parse_args(argv)
    torch.set_num_threads(a.threads)
    g = torch.Generator().manual_seed(1)
    what = set(a.what.split(","))
    cases = []
    if "models" in what:
        cases.append(model_cases(a.torchscript))
    if "ops" in what:
        cases.append(op_cases(g))
    if "paper" in what:
        cases.append(paper_cases(g))
    results = {}
    if os.path.exists(a.out):  # keep entries of kinds not re-measured this time
        with open(a.out) as fh:
            results = json.load(fh).get("results", {})
    with torch.inference_mode():
        for gen in cases:
            for bid, mode, call, fn in gen:
                if a.filter and not re.search(a.filter, bid):
                    continue
                r = measure(fn, a.samples, a.min_sample_ms / 1e3)
                r["call"] = call
                results.setdefault(bid, {})[mode] = r
                print("%-60s %-11s %12.3f ms  (MAD %.3f ms, %d x %d)"
                      % (bid, mode, r["median_ns"] / 1e6, r["mad_ns"] / 1e6, r["samples"],
                         r["iters_per_sample"]), flush=True)
    doc = {"schema_version": 1, "torch": torch.__version__, "threads": a.threads,
           "mkldnn": torch.backends.mkldnn.is_available(), "machine": platform.machine(),
           "processor": _cpu_model(), "time_utc": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
           "samples": a.samples, "min_sample_ms": a.min_sample_ms,
           "results": dict(sorted(results.items()))}
    with open(a.out, "w") as fh:
        json.dump(doc, fh, indent=1, sort_keys=False)
        fh.write("\n")
    print("wrote %s (%d benchmarks)" % (a.out, len(results)))
    return 0


def _cpu_model():
    try:
        with open("/proc/cpuinfo") as fh:
            for line in fh:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor()


if __name__ == "__main__":
    sys.exit(main())
