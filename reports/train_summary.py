#!/usr/bin/env python3
"""Figures of a `mlirrl train` run from its log: OUT/train.csv and OUT/episodes.jsonl ->
Markdown on stdout (iterations, episodes, wall time, episodes per hour, measurements and
cache hits, the reward and the sampled episodes' geomean over the first and last iterations,
the greedy policy's validation geomean each time it was measured, and the outcomes).

Usage: train_summary.py OUT
"""
import collections
import csv
import json
import math
import os
import sys


def num(v):
    try:
        x = float(v)
        return x if math.isfinite(x) else None
    except (TypeError, ValueError):
        return None


def mean(xs):
    xs = [x for x in xs if x is not None]
    return sum(xs) / len(xs) if xs else float("nan")


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: train_summary.py OUT")
    out = sys.argv[1]
    try:
        rows = list(csv.DictReader(open(os.path.join(out, "train.csv"), newline="")))
    except OSError as e:
        sys.exit("train_summary.py: %s" % e)
    if not rows:
        sys.exit("train_summary.py: no iteration logged in %s" % out)
    eps = []
    path = os.path.join(out, "episodes.jsonl")
    if os.path.exists(path):
        for line in open(path):
            try:
                eps.append(json.loads(line))
            except json.JSONDecodeError:
                pass
    n = len(rows)
    episodes = sum(int(r["episodes"]) for r in rows)
    wall = num(rows[-1]["wall_s"]) or 0
    measured = sum(int(r["measured"]) for r in rows)
    cached = sum(int(r["cached"]) for r in rows)
    k = max(1, min(10, n // 4))
    print("| figure | value |")
    print("|---|---|")
    print("| iterations | %d |" % n)
    print("| episodes (training) | %d |" % episodes)
    print("| wall time | %.2f h |" % (wall / 3600))
    print("| episodes per hour (training episodes; validation included in the time) | %.0f |" % (episodes / (wall / 3600) if wall else float("nan")))
    print("| measurements (training and validation) / from the cache | %d / %d |" % (measured, cached))
    print("| mean reward, first %d iterations / last %d | %.3f / %.3f |" % (
        k, k, mean(num(r["mean_reward"]) for r in rows[:k]), mean(num(r["mean_reward"]) for r in rows[-k:])))
    print("| sampled episodes' geomean speedup (ok), first %d / last %d iterations | %.3fx / %.3fx |" % (
        k, k, math.exp(mean(math.log(num(r["train_geomean"])) for r in rows[:k] if num(r["train_geomean"]))),
        math.exp(mean(math.log(num(r["train_geomean"])) for r in rows[-k:] if num(r["train_geomean"])))))
    print("| entropy, first / last iteration | %.3f / %.3f |" % (num(rows[0]["entropy"]), num(rows[-1]["entropy"])))
    val = [(int(r["iteration"]), num(r["val_geomean"]), r["val_ok"], r["val_n"]) for r in rows if num(r["val_geomean"])]
    if val:
        print("\nGreedy policy on the validation benchmarks (train profile, geomean over ok):\n")
        print("| iteration | geomean | ok |")
        print("|---:|---:|---:|")
        for it, g, ok, vn in val:
            print("| %d | %.3fx | %s/%s |" % (it, g, ok, vn))
    eps = [e for e in eps if e.get("iteration", 0) <= n]  # not the iteration still running
    if eps:
        c = collections.Counter(e.get("outcome") for e in eps)
        print("\nOutcomes of the training episodes: " + ", ".join("%s %d" % kv for kv in c.most_common()))


if __name__ == "__main__":
    main()
