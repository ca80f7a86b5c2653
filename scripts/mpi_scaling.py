#!/usr/bin/python3
"""How mlirrl eval and train scale over MPI ranks on this machine (a benchmark, not a test).

  scripts/mpi_scaling.py --mlirrl build-mpi/harness/mlirrl --out out/mpi-scaling [--ranks 1,2,4]
                         [--modes] [--train-episodes 64] [--skip-eval] [--skip-train]

eval: the fixed workload of suites/mpi-scaling.list (default, the agent ppo, random:4; the eval
profile's own settings) on 1 process (no mpirun) and on 2 and 4 ranks, each with an empty cache:
wall time, speedup over one process, and how far each rank count's default-pipeline times stray
from the 1-process run's (median and largest |log ratio| over the benchmarks: what sharing the
cores does to the numbers). --modes adds 2 ranks with MLIRRL_MPI_TIMING=strict, pin and none beside the
default lock, and a second run on one process (how far two runs stray without any sharing).

train: the shipped network (suites/train, 256/512x3), --train-episodes episodes in iterations of
16 (no validation), each rank count with an empty cache: episodes per hour, in all and per rank;
then one process replaying the 1-process run's cache: the cost of an episode without its
measurement (the part that does not shrink with ranks).

Writes OUT/summary.md and OUT/summary.json; each run's output folder stays in OUT.
"""
import argparse
import json
import math
import os
import shutil
import statistics
import subprocess
import sys
import time

SRC = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MPI = ["mpirun", "--oversubscribe", "--allow-run-as-root", "--bind-to", "none", "--mca", "btl", "self,vader",
       "--mca", "btl_vader_single_copy_mechanism", "none", "--mca", "pml", "ob1"]


def launch(mlirrl, args, ranks, env_extra=None, log=None):
    cmd = ([*MPI, "-n", str(ranks)] if ranks > 1 else []) + [mlirrl] + args
    env = dict(os.environ, **(env_extra or {}))
    t0 = time.monotonic()
    with open(log, "w") if log else open(os.devnull, "w") as f:
        p = subprocess.run(cmd, stdout=f, stderr=subprocess.STDOUT, env=env)
    return p.returncode, time.monotonic() - t0, " ".join(cmd)


def defaults(out, method="default"):
    """Per benchmark: the default pipeline's median time, or a method's speedup."""
    d = {}
    for line in open(os.path.join(out, "results.jsonl")):
        r = json.loads(line)
        if r["eval"]["method"] == method and r["outcome"] == "ok":
            d[r["benchmark"]["id"]] = r["timing"]["baseline"]["median_ns"] if method == "default" else \
                r["speedup"]["point"]
    return d


def stray(ref, got):
    logs = [abs(math.log(got[b] / ref[b])) for b in ref if b in got]
    if not logs:
        return None
    return {"median_pct": 100 * (math.exp(statistics.median(logs)) - 1), "max_pct": 100 * (math.exp(max(logs)) - 1),
            "n": len(logs)}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mlirrl", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--ranks", default="1,2,4")
    ap.add_argument("--modes", action="store_true")
    ap.add_argument("--train-episodes", type=int, default=64)
    ap.add_argument("--skip-eval", action="store_true")
    ap.add_argument("--skip-train", action="store_true")
    a = ap.parse_args()
    mlirrl = os.path.abspath(a.mlirrl)
    os.makedirs(a.out, exist_ok=True)
    ranks = [int(x) for x in a.ranks.split(",")]
    res = {"cores": os.cpu_count(), "eval": [], "train": []}
    md = [f"# mlirrl on MPI ranks: scaling on this machine ({os.cpu_count()} cores)", ""]

    if not a.skip_eval:
        # --modes: the other disciplines on 2 ranks, and one process again (the noise floor of
        # the comparison: two runs on one process differ too).
        runs = [(k, "lock") for k in ranks] + ([(2, "strict"), (2, "pin"), (2, "none"), (1, "again")]
                                               if a.modes else [])
        base = None
        md += ["## eval: suites/mpi-scaling.list, default + agent:ppo + random:4", "",
               "How far each run's numbers stray from the first run on one process, median / largest over",
               "the benchmarks: the default pipeline's times, and agent:ppo's speedups (the same greedy",
               "schedules in every run, many of them parallel).", "",
               "| ranks | timing | wall s | speedup | default-pipeline time stray | agent:ppo speedup stray |",
               "|---|---|---|---|---|---|"]
        for k, mode in runs:
            name = f"eval-{k}-{mode}"
            out = os.path.join(a.out, name)
            shutil.rmtree(out, ignore_errors=True)
            cache = os.path.join(a.out, name + "-cache")
            shutil.rmtree(cache, ignore_errors=True)
            args = ["eval", "--list", os.path.join(SRC, "suites", "mpi-scaling.list"), "--baseline", "default,random:4",
                    "--out", out, "--cache", cache, "--no-report", "--quiet"]
            env = {"MLIRRL_MPI_TIMING": mode} if k > 1 else None
            rc, wall, cmd = launch(mlirrl, args, k, env, os.path.join(a.out, name + ".log"))
            have = os.path.exists(os.path.join(out, "results.jsonl"))
            d = defaults(out) if have else {}
            ag = defaults(out, "agent:ppo") if have else {}  # the same greedy schedules in every run
            if k == 1 and mode == "lock":
                base = (wall, d, ag)
            first = k == 1 and mode == "lock"
            s = stray(base[1], d) if base and d and not first else None
            sa = stray(base[2], ag) if base and ag and not first else None
            mode = "(one process)" if k == 1 else mode
            row = {"ranks": k, "timing": mode, "wall_s": wall, "exit": rc, "command": cmd,
                   "speedup": base[0] / wall if base else None, "stray": s, "agent_speedup_stray": sa}
            res["eval"].append(row)
            print(json.dumps(row), flush=True)
            fmt = lambda x: f"{x['median_pct']:.1f}% / {x['max_pct']:.0f}% ({x['n']})" if x else "(reference)"
            md.append(f"| {k} | {mode} | {wall:.0f} | {row['speedup']:.2f}x | {fmt(s)} | {fmt(sa)} |")
        md.append("")

    if not a.skip_train:
        iters = max(1, a.train_episodes // 16)
        md += [f"## train: suites/train, the shipped network, {iters} iterations of 16 episodes", "",
               "| ranks | wall s | episodes | episodes/hour | per rank |", "|---|---|---|---|---|"]
        for k in ranks + [0]:
            replay = k == 0
            name = "train-replay" if replay else f"train-{k}"
            out = os.path.join(a.out, name)
            shutil.rmtree(out, ignore_errors=True)
            cache = os.path.join(a.out, name + "-cache")
            shutil.rmtree(cache, ignore_errors=True)
            if replay:
                shutil.copytree(os.path.join(a.out, "train-1-cache"), cache)
            args = ["train", "--suite", "train", "--episodes", "16", "--iterations", str(iters), "--validate-every",
                    "0", "--no-plot", "--quiet", "--out", out, "--cache", cache]
            rc, wall, cmd = launch(mlirrl, args, max(k, 1), None, os.path.join(a.out, name + ".log"))
            eps = iters * 16
            row = {"ranks": k, "replay": replay, "wall_s": wall, "episodes": eps, "exit": rc, "command": cmd,
                   "episodes_per_hour": eps * 3600 / wall, "per_rank": eps * 3600 / wall / max(k, 1)}
            res["train"].append(row)
            print(json.dumps(row), flush=True)
            md.append(f"| {'1, replaying the cache' if replay else k} | {wall:.0f} | {eps} | "
                      f"{row['episodes_per_hour']:.0f} | {row['per_rank']:.0f} |")
        md.append("")
    json.dump(res, open(os.path.join(a.out, "summary.json"), "w"), indent=1)
    open(os.path.join(a.out, "summary.md"), "w").write("\n".join(md) + "\n")
    print("\n".join(md))


if __name__ == "__main__":
    sys.exit(main())
