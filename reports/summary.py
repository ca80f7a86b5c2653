#!/usr/bin/python3
"""Turns mlirrl records (JSON lines) into a Markdown table and a speedup plot.

usage: reports/summary.py RESULTS.jsonl [--md OUT.md] [--png OUT.png]
"""
import argparse
import json
import math
import sys


def fmt_ms(t):
    return f"{t['median_ns'] / 1e6:.4g}" if t else ""


def load(path):
    recs = []
    try:
        f = open(path)
    except OSError as e:
        sys.exit(f"summary.py: cannot read the records: {e.strerror}: {path}")
    for n, line in enumerate(f, 1):
        line = line.strip()
        if not line:
            continue
        try:
            recs.append(json.loads(line))
        except json.JSONDecodeError as e:
            sys.exit(f"summary.py: {path}:{n}: not a JSON record: {e}")
    return recs


def transform_name(r):
    t = r["transform"]
    if t["kind"] == "none":
        return "(default pipeline)"
    return (t.get("path") or t.get("text") or "").rsplit("/", 1)[-1]


def table(recs):
    rows = ["| benchmark | transform | outcome | baseline ms | candidate ms | speedup | 95% CI | LLVM |",
            "|---|---|---|---|---|---|---|---|"]
    for r in recs:
        sp = r.get("speedup")
        rows.append("| {} | {} | {} | {} | {} | {} | {} | {} |".format(
            r["benchmark"]["id"], transform_name(r), r["outcome"], fmt_ms(r["timing"]["baseline"]),
            fmt_ms(r["timing"]["candidate"]), f"{sp['point']:.3g}x" if sp else "",
            f"{sp['ci_lo']:.3g} - {sp['ci_hi']:.3g}" if sp else "", r["context"]["llvm_version"]))
    return "\n".join(rows)


def plot(recs, path):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    pts = [(f"{r['benchmark']['id']}\n{transform_name(r)}", r["speedup"]) for r in recs if r.get("speedup")]
    if not pts:
        return False
    fig, ax = plt.subplots(figsize=(max(6, 1.2 * len(pts)), 4.5))
    xs = range(len(pts))
    ys = [p[1]["point"] for p in pts]
    err = [[y - p[1]["ci_lo"] for y, p in zip(ys, pts)], [p[1]["ci_hi"] - y for y, p in zip(ys, pts)]]
    ax.bar(xs, ys, yerr=err, capsize=4, color="#4878a8")
    ax.set_yscale("log")
    ax.axhline(1, color="grey", lw=0.8)
    ax.set_xticks(list(xs))
    ax.set_xticklabels([p[0] for p in pts], fontsize=7, rotation=30, ha="right")
    ax.set_ylabel("speedup over the default MLIR pipeline (log)")
    ctx = recs[0]["context"]
    ax.set_title(f"{ctx['cpu_model']}, {ctx['threads']} threads, LLVM {ctx['llvm_version']}", fontsize=9)
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    return True


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("results")
    ap.add_argument("--md")
    ap.add_argument("--png")
    a = ap.parse_args()
    recs = load(a.results)
    text = table(recs)
    outcomes = {}
    for r in recs:
        outcomes[r["outcome"]] = outcomes.get(r["outcome"], 0) + 1
    sps = [r["speedup"]["point"] for r in recs if r.get("speedup")]
    geo = math.exp(sum(map(math.log, sps)) / len(sps)) if sps else None
    foot = f"\n\n{len(recs)} records: " + ", ".join(f"{k} {v}" for k, v in sorted(outcomes.items()))
    if geo:
        foot += f"; geometric-mean speedup {geo:.3g}x over {len(sps)} verified candidates"
    print(text + foot)
    if a.md:
        open(a.md, "w").write(text + foot + "\n")
    if a.png and plot(recs, a.png):
        print(f"plot: {a.png}")


if __name__ == "__main__":
    main()
