#!/usr/bin/env python3
"""Summary of scripts/ceiling_study.sh: one mlirrl eval run per action-space configuration
(folders OUT/<config>/results.jsonl), side by side. Prints Markdown: per configuration and
method, the geometric mean speedup over the default pipeline (eval profile, ok records only,
with how many were ok), the best schedules' compile time, and the search's wall time per
measurement; then every benchmark's speedups.

Usage: ceiling_summary.py OUT
"""
import json
import math
import os
import sys


def load(path):
    recs = []
    with open(path) as f:
        for line in f:
            line = line.strip()
            if line:
                try:
                    recs.append(json.loads(line))
                except json.JSONDecodeError:
                    pass  # a line cut short by a kill
    return recs


def compile_ms(rec):
    c = (rec.get("compile_ms") or {}).get("candidate") or {}
    vals = [v for v in c.values() if isinstance(v, (int, float))]
    return sum(vals) if vals else None


def speedup(rec):
    s = rec.get("speedup")
    return s.get("point") if isinstance(s, dict) else None


def geomean(xs):
    return math.exp(sum(math.log(x) for x in xs) / len(xs)) if xs else float("nan")


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: ceiling_summary.py OUT")
    out = sys.argv[1]
    configs = sorted(d for d in os.listdir(out) if os.path.isfile(os.path.join(out, d, "results.jsonl")))
    if not configs:
        sys.exit("ceiling_summary.py: no OUT/<config>/results.jsonl in %s" % out)
    table = {}
    benches = []
    print("# The action space's ceiling\n")
    print("| configuration | method | geomean speedup | ok | best schedule's compile ms (mean) | "
          "search s per measurement | failed measurements |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for c in configs:
        recs = load(os.path.join(out, c, "results.jsonl"))
        by_method = {}
        for r in recs:
            e = r.get("eval") or {}
            m = e.get("method")
            bid = r["benchmark"]["id"]
            if bid not in benches:
                benches.append(bid)
            by_method.setdefault(m, []).append(r)
            if r.get("outcome") == "ok" and speedup(r):
                table[(c, m, bid)] = speedup(r)
        for m, rs in sorted(by_method.items()):
            if m == "default":
                continue
            ok = [speedup(r) for r in rs if r.get("outcome") == "ok" and speedup(r)]
            cms = [x for x in (compile_ms(r) for r in rs if r.get("outcome") == "ok") if x is not None]
            wall = sum((r["eval"].get("search_wall_s") or 0) for r in rs)
            meas = sum((r["eval"].get("measurements") or 0) for r in rs)
            failed = 0
            for r in rs:
                so = r["eval"].get("search_outcomes") or {}
                failed += sum(v for k, v in so.items() if k != "ok" and isinstance(v, int))
            print("| %s | %s | %.3fx | %d/%d | %s | %s | %d of %d |" % (
                c, m, geomean(ok), len(ok), len(rs),
                "%.0f" % (sum(cms) / len(cms)) if cms else "-",
                "%.2f" % (wall / meas) if meas else "-", failed, meas))
    methods = sorted({m for (_, m, _) in table})
    print("\n## Per benchmark (speedup over the default pipeline, eval profile)\n")
    cols = [(c, m) for m in methods for c in configs]
    print("| benchmark | " + " | ".join("%s %s" % (m, c) for c, m in cols) + " |")
    print("|---|" + "---:|" * len(cols))
    for b in benches:
        cells = []
        for c, m in cols:
            v = table.get((c, m, b))
            cells.append("%.2f" % v if v else "-")
        print("| %s | %s |" % (b.replace("train/", ""), " | ".join(cells)))


if __name__ == "__main__":
    main()
