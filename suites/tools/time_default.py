#!/usr/bin/python3
"""Measure the default pipeline of a suite's benchmarks with `mlirrl run`.

usage: time_default.py SUITE_DIR --mlirrl PATH [--filter REGEX] [--scale S] [--split S]
                       [--samples 5] [--out FILE.json] [--records FILE.jsonl]

For each selected manifest entry runs `mlirrl run FILE --id ID --json RECORDS --samples N
--no-counters --quiet` (no transform: the default pipeline only) and collects
timing.baseline.median_ns. Writes {"mlirrl": version, "suite": ..., "results": {id:
{"median_ns", "mad_ns", "samples", "outcome"}}} and prints a Markdown table.
"""

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import manifest as M  # noqa: E402


def fmt_ns(ns):
    if ns is None:
        return "-"
    if ns >= 1e9:
        return "%.2f s" % (ns / 1e9)
    if ns >= 1e6:
        return "%.1f ms" % (ns / 1e6)
    return "%.1f us" % (ns / 1e3)


def main(argv=None):
    ap = argparse.ArgumentParser(description="default-pipeline time of suite benchmarks")
    ap.add_argument("suite_dir")
    ap.add_argument("--mlirrl", required=True)
    ap.add_argument("--filter")
    ap.add_argument("--scale")
    ap.add_argument("--split")
    ap.add_argument("--samples", type=int, default=5)
    ap.add_argument("--min-sample-ms", type=float, default=20)
    ap.add_argument("--out")
    ap.add_argument("--records", help="keep the full mlirrl JSON records here (JSON lines)")
    a = ap.parse_args(argv)
    doc = M.read_manifest(a.suite_dir)
    sel = [e for e in doc["benchmarks"]
           if (not a.filter or re.search(a.filter, e["id"]))
           and (not a.scale or e["scale"] == a.scale) and (not a.split or e["split"] == a.split)]
    version = subprocess.run([a.mlirrl, "--version"], capture_output=True, text=True).stdout.strip()
    results = {}
    rec_path = a.records or tempfile.mktemp(prefix="mlirrl_time_", suffix=".jsonl")
    print("| benchmark | GFLOP | default pipeline (median) | MAD | GFLOP/s |")
    print("|---|---:|---:|---:|---:|")
    for e in sel:
        before = os.path.getsize(rec_path) if os.path.exists(rec_path) else 0
        r = subprocess.run([a.mlirrl, "run", os.path.join(a.suite_dir, e["file"]), "--id", e["id"],
                            "--json", rec_path, "--samples", str(a.samples), "--min-sample-ms",
                            str(a.min_sample_ms), "--no-counters", "--quiet"],
                           capture_output=True, text=True)
        rec = None
        if os.path.exists(rec_path) and os.path.getsize(rec_path) > before:
            with open(rec_path) as fh:
                fh.seek(before)
                lines = [ln for ln in fh.read().splitlines() if ln.strip()]
                rec = json.loads(lines[-1]) if lines else None
        base = (rec or {}).get("timing", {}).get("baseline") if rec else None
        res = {"outcome": rec.get("outcome") if rec else "no-record (exit %d)" % r.returncode,
               "median_ns": base["median_ns"] if base else None,
               "mad_ns": base["mad_ns"] if base else None,
               "samples": base["samples"] if base else None}
        results[e["id"]] = res
        gf = e["flops"] / 1e9 if e["flops"] else None
        rate = ("%.2f" % (e["flops"] / res["median_ns"])) if (e["flops"] and res["median_ns"]) else "-"
        print("| %s | %s | %s | %s | %s |" % (e["id"], "%.3g" % gf if gf else "-",
                                              fmt_ns(res["median_ns"]) if res["median_ns"] else res["outcome"],
                                              fmt_ns(res["mad_ns"]), rate), flush=True)
    if not a.records and os.path.exists(rec_path):
        os.remove(rec_path)
    if a.out:
        with open(a.out, "w") as fh:
            json.dump({"mlirrl": version, "suite": doc["suite"], "suite_version": doc["version"],
                       "samples": a.samples, "results": results}, fh, indent=1)
            fh.write("\n")
    return 0 if all(r["outcome"] == "ok" for r in results.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
