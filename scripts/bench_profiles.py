#!/usr/bin/python3
"""What the train profile costs and how far its rewards can be trusted, measured on this machine.

1. Throughput: random-agent episodes on a seeded sample of the training set under the train
   profile (cold measurement cache: every episode is compiled and timed), episodes per hour
   of wall time, all costs included (symbolic steps, compile, check, timing, the default
   pipeline timed once per benchmark).
2. Agreement: every schedule those episodes measured as ok is measured again with
   `mlirrl run --profile eval` (the full interleaved protocol); the speedups of the two
   profiles are compared by Spearman rank correlation (pooled, and within each benchmark),
   their ratio, and how often the train speedup falls inside the eval interval.

usage: scripts/bench_profiles.py BUILD_DIR [--benchmarks N] [--episodes E] [--seed S]
                                 [--threads T] [--train-samples K] [--out FILE.md]
--train-samples K overrides the train profile's 3 samples per version (to weigh cost against
agreement).
Runs one thing at a time (the machine has two cores); nothing else should run meanwhile.
"""
import argparse
import json
import math
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def ranks(xs):
    order = sorted(range(len(xs)), key=lambda i: xs[i])
    r = [0.0] * len(xs)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and xs[order[j + 1]] == xs[order[i]]:
            j += 1
        for k in range(i, j + 1):
            r[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return r


def spearman(a, b):
    if len(a) < 3:
        return float("nan")
    ra, rb = ranks(a), ranks(b)
    ma, mb = statistics.fmean(ra), statistics.fmean(rb)
    cov = sum((x - ma) * (y - mb) for x, y in zip(ra, rb))
    va = sum((x - ma) ** 2 for x in ra)
    vb = sum((y - mb) ** 2 for y in rb)
    return cov / math.sqrt(va * vb) if va > 0 and vb > 0 else float("nan")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("build")
    ap.add_argument("--benchmarks", type=int, default=24)
    ap.add_argument("--episodes", type=int, default=8)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--train-samples", type=int, default=None)
    ap.add_argument("--out", default=None)
    a = ap.parse_args()
    mlirrl = os.path.join(a.build, "harness", "mlirrl")
    version = subprocess.run([mlirrl, "--version"], capture_output=True, text=True, check=True).stdout.strip()
    manifest = json.load(open(os.path.join(ROOT, "suites", "train", "manifest.json")))
    train = [e for e in manifest["benchmarks"] if e["split"] == "train"]
    rng = random.Random(a.seed)
    picked = rng.sample(train, a.benchmarks)
    common = ["--threads", str(a.threads), "--no-counters"]
    train_opts = ["--profile", "train"] + (["--samples", str(a.train_samples)] if a.train_samples else [])
    train_name = f"train profile ({a.train_samples} samples)" if a.train_samples else "train profile"

    work = tempfile.mkdtemp(prefix="mlirrl-profiles-")
    cache = os.path.join(work, "cache")
    records = os.path.join(work, "train.jsonl")
    print(f"{version}\n{len(picked)} training benchmarks x {a.episodes} random episodes, {train_name}, cold cache")
    t0 = time.monotonic()
    for n, e in enumerate(picked, 1):
        path = os.path.join(ROOT, "suites", "train", e["file"])
        p = subprocess.run([mlirrl, "episode", path, "--id", e["id"], "--agent", "random", "--seed", str(a.seed + n),
                            "--episodes", str(a.episodes), *train_opts, "--cache", cache, "--quiet",
                            "--json", records, *common], capture_output=True, text=True)
        print(f"  [{n}/{len(picked)}] {e['id']}: {p.stdout.strip().splitlines()[0] if p.stdout.strip() else p.stderr.strip()}",
              flush=True)
    wall = time.monotonic() - t0
    recs = [json.loads(l) for l in open(records)] if os.path.exists(records) else []
    episodes = len(recs)
    outcomes = {}
    for r in recs:
        outcomes[r["outcome"]] = outcomes.get(r["outcome"], 0) + 1
    per_hour = episodes / wall * 3600 if wall > 0 else float("nan")
    print(f"throughput: {episodes} episodes in {wall:.0f} s = {per_hour:.0f} episodes/hour; outcomes {outcomes}")

    # Agreement: the ok schedules, each measured once more under the eval profile.
    ok = [r for r in recs if r["outcome"] == "ok" and r.get("speedup")]
    seen, pairs = set(), []
    for r in ok:
        key = (r["benchmark"]["id"], r["transform"]["text"])
        if key in seen:
            continue
        seen.add(key)
        p = subprocess.run([mlirrl, "run", r["benchmark"]["path"], "--id", r["benchmark"]["id"], "--schedule",
                            r["transform"]["text"], "--profile", "eval", "--json", os.path.join(work, "eval.jsonl"),
                            *common], capture_output=True, text=True)
        lines = open(os.path.join(work, "eval.jsonl")).read().splitlines()
        ev = json.loads(lines[-1]) if lines else {}
        if ev.get("outcome") != "ok" or not ev.get("speedup"):
            print(f"  eval of {key[0]} {key[1]}: {ev.get('outcome')} {ev.get('error')}")
            continue
        pairs.append((key[0], r["speedup"]["point"], ev["speedup"]["point"], ev["speedup"]["ci_lo"],
                      ev["speedup"]["ci_hi"]))
        print(f"  {len(pairs):4d} {key[0]:60s} train {r['speedup']['point']:8.3g}  eval {ev['speedup']['point']:8.3g}",
              flush=True)
    tr = [math.log(p[1]) for p in pairs]
    ev = [math.log(p[2]) for p in pairs]
    rho = spearman(tr, ev)
    within = []
    for b in sorted({p[0] for p in pairs}):
        sub = [p for p in pairs if p[0] == b]
        if len(sub) >= 4:
            within.append(spearman([x[1] for x in sub], [x[2] for x in sub]))
    within = [w for w in within if not math.isnan(w)]
    ratio = [p[1] / p[2] for p in pairs]
    inside = sum(1 for p in pairs if p[3] <= p[1] <= p[4])
    lines = [
        f"# Measurement profiles on this machine",
        "",
        f"`scripts/bench_profiles.py {a.build} --benchmarks {a.benchmarks} --episodes {a.episodes} --seed {a.seed} "
        f"--threads {a.threads}" + (f" --train-samples {a.train_samples}" if a.train_samples else "") +
        f"` ({version}; {os.uname().nodename}; {time.strftime('%Y-%m-%d', time.gmtime())})",
        "",
        f"- Throughput under the {train_name}, cold cache: {episodes} random-agent episodes on {len(picked)} "
        f"training benchmarks in {wall:.0f} s: **{per_hour:.0f} episodes per hour** (outcomes: "
        + ", ".join(f"{k} {v}" for k, v in sorted(outcomes.items())) + ").",
        f"- Agreement with the eval profile over {len(pairs)} distinct ok schedules: Spearman rank correlation of "
        f"the speedups **{rho:.3f}** pooled; within a benchmark (those with at least 4 schedules, "
        f"{len(within)} of them) median {statistics.median(within) if within else float('nan'):.3f}, "
        f"min {min(within) if within else float('nan'):.3f}.",
        f"- Train speedup over eval speedup: median {statistics.median(ratio) if ratio else float('nan'):.3f}, "
        f"10th-90th percentile {percentile(ratio, 10):.3f}-{percentile(ratio, 90):.3f}; the train speedup lies "
        f"inside the eval 95% interval for {inside} of {len(pairs)}.",
        "",
        "| benchmark | train speedup | eval speedup [95% CI] |",
        "|---|---|---|",
    ]
    for p in pairs:
        lines.append(f"| {p[0]} | {p[1]:.4g} | {p[2]:.4g} [{p[3]:.4g}, {p[4]:.4g}] |")
    text = "\n".join(lines) + "\n"
    print(text)
    if a.out:
        open(a.out, "w").write(text)
    print(f"scratch: {work}")
    return 0 if len(pairs) >= 3 else 1


def percentile(xs, q):
    if not xs:
        return float("nan")
    s = sorted(xs)
    k = (len(s) - 1) * q / 100
    lo, hi = math.floor(k), math.ceil(k)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


if __name__ == "__main__":
    sys.exit(main())
