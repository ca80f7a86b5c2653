#!/usr/bin/python3
"""Two agents measured in several rounds of `mlirrl eval` (each round with its own default
pipeline), compared: for each agent, every round's geometric-mean speedup, and per benchmark
the median over rounds of its speedup; then the geometric mean of those medians per suite and
overall, and per benchmark which agent is ahead. Rounds run alternately on one machine keep
a noisy spell from favouring one agent.

usage: reports/ablation.py --a LABEL RESULTS.jsonl... --b LABEL RESULTS.jsonl...

Only records of kind agent are read; a benchmark whose agent record is not ok in a round has
no speedup in that round (its median is over the others; with none it is listed as failed).
Exit status 1 with one line on bad input.
"""
import collections
import json
import math
import sys

PROG = "ablation.py"


def geomean(xs):
    return math.exp(sum(math.log(x) for x in xs) / len(xs)) if xs else float("nan")


def fmt(xs):
    return "%.3gx" % geomean(xs) if xs else "–"


def median(xs):
    xs = sorted(xs)
    n = len(xs)
    return (xs[n // 2] if n % 2 else (xs[n // 2 - 1] + xs[n // 2]) / 2) if xs else None


def parse(argv):
    sides, cur = {}, None
    i = 0
    while i < len(argv):
        if argv[i] in ("--a", "--b"):
            if i + 1 >= len(argv):
                raise ValueError("%s needs a label" % argv[i])
            cur = argv[i][2:]
            sides[cur] = (argv[i + 1], [])
            i += 2
            continue
        if cur is None:
            raise ValueError("records before --a or --b")
        sides[cur][1].append(argv[i])
        i += 1
    if set(sides) != {"a", "b"} or not all(f for _, f in sides.values()):
        raise ValueError("usage: ablation.py --a LABEL RESULTS.jsonl... --b LABEL RESULTS.jsonl...")
    return sides


def load_round(path):
    out = {}
    try:
        lines = open(path).read().splitlines()
    except OSError as e:
        raise ValueError("%s: %s" % (path, e.strerror))
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            r = json.loads(line)
            if r["eval"]["kind"] != "agent":
                continue
            sp = r["speedup"]["point"] if r["outcome"] == "ok" and r.get("speedup") else None
            out[r["benchmark"]["id"]] = sp
        except (ValueError, KeyError, TypeError):
            raise ValueError("%s:%d: not an eval record" % (path, n))
    if not out:
        raise ValueError("%s: no agent records" % path)
    return out


def main(argv):
    try:
        sides = parse(argv)
        rounds = {k: [load_round(p) for p in files] for k, (_, files) in sides.items()}
    except ValueError as e:
        print("%s: %s" % (PROG, e), file=sys.stderr)
        return 1
    la, lb = sides["a"][0], sides["b"][0]
    benches = sorted(set().union(*rounds["a"], *rounds["b"]))
    med = {k: {b: median([r[b] for r in rounds[k] if r.get(b)]) for b in benches} for k in ("a", "b")}
    print("# %s against %s\n" % (la, lb))
    print("Rounds: %d of %s, %d of %s.\n" % (len(rounds["a"]), la, len(rounds["b"]), lb))
    print("| round | %s | %s |" % (la, lb))
    print("|---:|---:|---:|")
    for i in range(max(len(rounds["a"]), len(rounds["b"]))):
        cells = []
        for k in ("a", "b"):
            if i < len(rounds[k]):
                ok = [v for v in rounds[k][i].values() if v]
                cells.append("%.3gx (%d of %d)" % (geomean(ok), len(ok), len(rounds[k][i])))
            else:
                cells.append("–")
        print("| %d | %s | %s |" % (i + 1, cells[0], cells[1]))
    print("\nGeometric mean over benchmarks of the median speedup over rounds:\n")
    print("| suite | benchmarks | %s | %s | %s ahead / behind (5 %%) |" % (la, lb, la))
    print("|---|---:|---:|---:|---|")
    suites = collections.OrderedDict()
    for b in benches:
        suites.setdefault(b.split("/")[0], []).append(b)
    suites["all"] = benches
    for s, bs in suites.items():
        a = [med["a"][b] for b in bs if med["a"][b]]
        bb = [med["b"][b] for b in bs if med["b"][b]]
        both = [b for b in bs if med["a"][b] and med["b"][b]]
        ahead = sum(med["a"][b] > 1.05 * med["b"][b] for b in both)
        behind = sum(med["b"][b] > 1.05 * med["a"][b] for b in both)
        print("| %s | %d | %s | %s | %d / %d |" % (s, len(bs), fmt(a), fmt(bb), ahead, behind))
    print("\n| benchmark | %s | %s |" % (la, lb))
    print("|---|---:|---:|")
    for b in benches:
        print("| %s | %s | %s |" % (b, *("%.3gx" % med[k][b] if med[k][b] else "failed" for k in ("a", "b"))))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
