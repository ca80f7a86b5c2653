#!/usr/bin/python3
"""Time the default pipeline of the LQCD benchmarks with `mlirrl run` and print a Markdown table.

  time_default.py MLIRRL [--scale quick] [--json FILE]

Runs `MLIRRL run BENCH.mlir --json FILE --id ID --no-counters --no-cache --quiet` for every
manifest entry of the scale (one at a time: the machine has 2 cores), then tabulates the
records' timing.baseline.median_ns, the spread (MAD), the compile time and GFLOP/s from the
manifest's flop count. The JSON lines stay in FILE for later use.
"""
import argparse
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("mlirrl")
    ap.add_argument("--scale", default="quick", choices=("quick", "medium", "paper"))
    ap.add_argument("--json", default=None, help="JSON-lines file (default: lqcd_<scale>_default.jsonl in cwd)")
    a = ap.parse_args(argv)
    out = a.json or "lqcd_%s_default.jsonl" % a.scale
    with open(os.path.join(HERE, "manifest.json")) as fh:
        manifest = json.load(fh)
    entries = [e for e in manifest["benchmarks"] if e["scale"] == a.scale]
    rows = []
    for e in entries:
        before = sum(1 for _ in open(out)) if os.path.exists(out) else 0
        r = subprocess.run([a.mlirrl, "run", os.path.join(HERE, e["file"]), "--json", out, "--id", e["id"],
                            "--no-counters", "--no-cache", "--quiet"], capture_output=True, text=True)
        with open(out) as fh:
            lines = fh.readlines()[before:]
        rec = json.loads(lines[-1]) if lines else None
        if r.returncode != 0 or rec is None or rec.get("outcome") != "ok":
            why = (rec or {}).get("error") or r.stderr.strip()[-200:]
            rows.append("| %s | failed: %s | | | | |" % (e["id"], why))
            print(rows[-1], file=sys.stderr)
            continue
        base = rec["timing"]["baseline"]
        ms = base["median_ns"] / 1e6
        comp = sum(v for v in rec["compile_ms"]["baseline"].values() if v is not None)
        gflops = e["flops"] / base["median_ns"] if e["flops"] else float("nan")
        rows.append("| %s | %.2f | %.1f%% | %.2f | %.0f | %.2f |" % (
            e["id"], ms, 100.0 * base["mad_ns"] / base["median_ns"], e["flops"] / 1e6, comp, gflops))
        print(rows[-1], file=sys.stderr, flush=True)
    llvm = rec["context"]["llvm_version"] if rec else "?"
    threads = rec["context"]["threads"] if rec else "?"
    print("Default pipeline, %s scale, LLVM %s, %s threads (mlirrl run, median of samples):\n" % (a.scale, llvm, threads))
    print("| benchmark | median ms | MAD | MFLOP | compile ms | GFLOP/s |")
    print("|---|---:|---:|---:|---:|---:|")
    print("\n".join(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
