#!/usr/bin/env python3
"""The learning curve of `mlirrl train`: OUT/train.csv -> OUT/curve.png.

Panels: the episodes' mean reward per iteration; the geometric mean speedup of the sampled
episodes that measured ok, and of the greedy policy on the validation benchmarks where it was
measured (log scale); the policy's entropy and the value loss.

Usage: train_curve.py OUT [--output FILE]
"""
import csv
import math
import os
import sys


def num(v):
    try:
        x = float(v)
        return x if math.isfinite(x) else None
    except (TypeError, ValueError):
        return None


def main():
    args = sys.argv[1:]
    if not args or args[0].startswith("-"):
        sys.exit("usage: train_curve.py OUT [--output FILE]")
    out = args[0]
    dest = os.path.join(out, "curve.png")
    if len(args) == 3 and args[1] == "--output":
        dest = args[2]
    path = os.path.join(out, "train.csv")
    try:
        with open(path, newline="") as f:
            rows = list(csv.DictReader(f))
    except OSError as e:
        sys.exit("train_curve.py: %s: %s" % (path, e.strerror))
    if not rows:
        sys.exit("train_curve.py: %s has no iteration yet" % path)
    try:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        sys.exit("train_curve.py: matplotlib is not installed (python3-matplotlib); no plot drawn")
    it = [int(r["iteration"]) for r in rows]
    fig, ax = plt.subplots(3, 1, figsize=(8, 9), sharex=True)
    ax[0].plot(it, [num(r["mean_reward"]) for r in rows], color="tab:blue")
    ax[0].set_ylabel("mean reward\n(log10 speedup, penalties)")
    ax[0].grid(alpha=0.3)
    tg = [(i, num(r["train_geomean"])) for i, r in zip(it, rows) if num(r["train_geomean"])]
    vg = [(i, num(r["val_geomean"])) for i, r in zip(it, rows) if num(r["val_geomean"])]
    if tg:
        ax[1].plot([a for a, _ in tg], [b for _, b in tg], color="tab:orange", label="sampled episodes (ok)")
    if vg:
        ax[1].plot([a for a, _ in vg], [b for _, b in vg], "o-", color="tab:green", label="greedy, validation")
    ax[1].set_yscale("log")
    ax[1].axhline(1.0, color="gray", lw=0.8, ls="--")
    ax[1].set_ylabel("geomean speedup\n(train profile)")
    ax[1].legend(loc="best", fontsize=8)
    ax[1].grid(alpha=0.3, which="both")
    ax[2].plot(it, [num(r["entropy"]) for r in rows], color="tab:purple", label="entropy")
    ax2 = ax[2].twinx()
    ax2.plot(it, [num(r["value_loss"]) for r in rows], color="tab:red", alpha=0.6, label="value loss")
    ax[2].set_ylabel("entropy", color="tab:purple")
    ax2.set_ylabel("value loss", color="tab:red")
    ax[2].set_xlabel("iteration")
    ax[2].grid(alpha=0.3)
    episodes = sum(int(r["episodes"]) for r in rows)
    hours = num(rows[-1]["wall_s"]) / 3600 if num(rows[-1]["wall_s"]) else 0
    fig.suptitle("mlirrl train: %d iterations, %d episodes, %.1f h" % (it[-1], episodes, hours))
    fig.tight_layout()
    fig.savefig(dest, dpi=110)


if __name__ == "__main__":
    main()
