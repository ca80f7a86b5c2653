#!/usr/bin/env python3
"""What a trained agent is worth, from the records of one `mlirrl eval` run that measured it
beside the baselines: per suite, every method's geometric-mean speedup over the default
pipeline (ok records only, "over n of m"); the agent against random:1, random:64 and
search:64 on the benchmarks where both are ok; generalization (benchmarks whose op kinds,
after linalg-generalize-named-ops, all occur in the training split, against those with a kind
the training split never shows; no evaluation benchmark shares a shape with it, by the suites'
overlap rule); every benchmark on which the agent is slower than the default pipeline; and
the agent's inference time per benchmark (and per op scheduled).

Usage: agent_report.py RESULTS.jsonl [--agent METHOD] [--source-dir DIR] [--mlir-opt PATH]
METHOD defaults to the first agent:* method of the records; DIR (the source tree, for the
training manifest and the signature tool) to this script's parent folder.
"""
import collections
import json
import math
import os
import re
import shutil
import sys


def geomean(xs):
    return math.exp(sum(math.log(x) for x in xs) / len(xs)) if xs else float("nan")


def speedup(r):
    s = r.get("speedup")
    return s.get("point") if isinstance(s, dict) and r.get("outcome") == "ok" else None


def load(path):
    """The records of `path`; a line cut short by a kill (the last one) is skipped, any other
    bad line ends the script with one line naming it."""
    try:
        lines = open(path).read().splitlines()
    except OSError as e:
        sys.exit("agent_report.py: %s: %s" % (path, e.strerror))
    recs = []
    for i, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            r = json.loads(line)
        except json.JSONDecodeError:
            if i == len(lines):
                continue
            sys.exit("agent_report.py: %s:%d: not JSON" % (path, i))
        if not isinstance(r, dict) or not isinstance(r.get("eval"), dict) or "method" not in r["eval"] \
                or not isinstance(r.get("benchmark"), dict) or "id" not in r["benchmark"]:
            sys.exit("agent_report.py: %s:%d: not an eval record (no eval.method or benchmark.id)" % (path, i))
        recs.append(r)
    return recs


def kinds_of(paths, src, mlir_opt):
    """{path: set of op kinds} through suites/tools/signature.py (None when unavailable)."""
    sys.path.insert(0, os.path.join(src, "suites", "tools"))
    try:
        import signature
    except ImportError:
        return None
    try:
        sigs = signature.file_signatures(sorted(set(paths)), mlir_opt)
    except (RuntimeError, OSError) as e:
        print("agent_report.py: op kinds not computed: %s" % e, file=sys.stderr)
        return None
    return {p: {label for label, _ in s} for p, s in sigs.items()}


def fmt(g, n, m):
    return "%.3gx (%d of %d)" % (g, n, m) if n else "– (0 of %d)" % m


def main():
    args = sys.argv[1:]
    if not args or args[0].startswith("-"):
        sys.exit("usage: agent_report.py RESULTS.jsonl [--agent METHOD] [--source-dir DIR] [--mlir-opt PATH]")
    path, rest = args[0], args[1:]
    if len(rest) % 2 or any(k not in ("--agent", "--source-dir", "--mlir-opt") for k in rest[::2]):
        sys.exit("usage: agent_report.py RESULTS.jsonl [--agent METHOD] [--source-dir DIR] [--mlir-opt PATH]")
    opts = dict(zip(rest[::2], rest[1::2]))
    src = opts.get("--source-dir", os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    mlir_opt = opts.get("--mlir-opt") or shutil.which("mlir-opt-19") or shutil.which("mlir-opt") or \
        "/usr/lib/llvm-19/bin/mlir-opt"
    recs = load(path)
    methods = []
    for r in recs:
        m = r["eval"]["method"]
        if m not in methods:
            methods.append(m)
    agent = opts.get("--agent") or next((m for m in methods if m.startswith("agent:")), None)
    if not agent or agent not in methods:
        sys.exit("agent_report.py: no records of agent %s in %s" % (agent, path))
    by = {(r["eval"]["method"], r["benchmark"]["id"]): r for r in recs}
    benches = []
    for r in recs:
        if r["benchmark"]["id"] not in benches:
            benches.append(r["benchmark"]["id"])
    suite = {b: b.split("/")[0] for b in benches}
    print("# The agent %s\n" % agent)
    print("Records: `%s` (%d benchmarks)." % (path, len(benches)))

    # Per suite and method.
    shown = [m for m in methods if m != "default"]
    print("\n## Geometric mean speedup over the default pipeline, per suite\n")
    print("| suite | " + " | ".join(shown) + " |")
    print("|---|" + "---|" * len(shown))
    for s in sorted(set(suite.values())) + ["all"]:
        cells = []
        for m in shown:
            rs = [by[(m, b)] for b in benches if (m, b) in by and (s == "all" or suite[b] == s)]
            ok = [speedup(r) for r in rs if speedup(r)]
            cells.append(fmt(geomean(ok), len(ok), len(rs)))
        print("| %s | %s |" % (s, " | ".join(cells)))

    # Head to head.
    print("\n## The agent against each search, where both are ok\n")
    print("| against | benchmarks | agent geomean | theirs | agent / theirs | agent faster / slower (5%) |")
    print("|---|---:|---:|---:|---:|---|")
    for m in shown:
        if m == agent or not (m.startswith("agent:") or re.match(r"(random|search):\d+$", m)):
            continue
        pairs = [(speedup(by[(agent, b)]), speedup(by[(m, b)])) for b in benches
                 if (agent, b) in by and (m, b) in by and speedup(by[(agent, b)]) and speedup(by[(m, b)])]
        if not pairs:
            continue
        ga, gm = geomean([a for a, _ in pairs]), geomean([x for _, x in pairs])
        wins = sum(a > 1.05 * x for a, x in pairs)
        losses = sum(x > 1.05 * a for a, x in pairs)
        print("| %s | %d | %.3gx | %.3gx | %.3g | %d / %d |" % (m, len(pairs), ga, gm, ga / gm, wins, losses))

    # Generalization.
    train_manifest = os.path.join(src, "suites", "train", "manifest.json")
    train_paths = []
    if os.path.exists(train_manifest):
        man = json.load(open(train_manifest))
        root = os.path.dirname(train_manifest)
        train_paths = [os.path.join(root, b["file"]) for b in man["benchmarks"] if b.get("split") == "train"]
    eval_paths = {b: by[(agent, b)]["benchmark"].get("path") for b in benches if (agent, b) in by}
    kinds = kinds_of(train_paths + [p for p in eval_paths.values() if p and os.path.exists(p)], src, mlir_opt) \
        if train_paths else None
    print("\n## Generalization\n")
    if kinds is None:
        print("Op kinds could not be computed here (no training manifest, signature tool or mlir-opt).")
    else:
        seen = set().union(*(kinds.get(p, set()) for p in train_paths))
        groups = collections.OrderedDict([("op kinds all in the training split", []),
                                          ("an op kind absent from the training split", [])])
        novel = {}
        for b, p in eval_paths.items():
            k = kinds.get(p)
            if k is None:
                continue
            new = sorted(k - seen)
            novel[b] = new
            groups[list(groups)[1 if new else 0]].append(b)
        print("Every evaluation benchmark has shapes the training split does not (the suites' overlap rule).\n")
        print("| benchmarks | n | " + " | ".join(m for m in shown if m in (agent, "random:1", "random:64", "search:64")) + " |")
        print("|---|---:|" + "---|" * len([m for m in shown if m in (agent, "random:1", "random:64", "search:64")]))
        for g, bs in groups.items():
            cells = []
            for m in shown:
                if m not in (agent, "random:1", "random:64", "search:64"):
                    continue
                rs = [by[(m, b)] for b in bs if (m, b) in by]
                ok = [speedup(r) for r in rs if speedup(r)]
                cells.append(fmt(geomean(ok), len(ok), len(rs)))
            print("| %s | %d | %s |" % (g, len(bs), " | ".join(cells)))
        new_kinds = sorted(set(k for v in novel.values() for k in v))
        if new_kinds:
            print("\nKinds absent from the training split: %s." % ", ".join("`%s`" % k for k in new_kinds))

    # Slower than the default pipeline.
    print("\n## Benchmarks on which the agent is slower than the default pipeline\n")
    slow = [(b, by[(agent, b)]) for b in benches if (agent, b) in by and speedup(by[(agent, b)])
            and speedup(by[(agent, b)]) < 1]
    failed = [(b, by[(agent, b)]) for b in benches if (agent, b) in by and by[(agent, b)]["outcome"] != "ok"]
    if not slow and not failed:
        print("None.")
    for b, r in slow:
        s = r["speedup"]
        sched = r["eval"].get("schedule") or ""
        if len(sched) > 100:  # a whole model's schedule runs to thousands of characters
            sched = "%s... (%d ops)" % (sched[:90], sched.count("|") + 1)
        print("- `%s`: %.3gx [%.3g, %.3g], schedule `%s`" % (b, s["point"], s["ci_lo"], s["ci_hi"], sched))
    for b, r in failed:
        print("- `%s`: %s (%s)" % (b, r["outcome"], (r.get("error") or "")[:160]))

    # Inference time.
    times, rows = [], []
    for b in benches:
        ev = (by.get((agent, b)) or {}).get("eval", {})
        m = re.search(r"inference ([0-9.eE+-]+) ms", ev.get("detail") or "")
        if m:
            times.append(float(m.group(1)))
            sched = ev.get("schedule") or ""
            rows.append((b, sched.count("|") + 1 if sched else 0, float(m.group(1))))
    if times:
        times.sort()
        print("\n## Inference\n")
        print("One greedy episode (the network and the environment's symbolic steps, no compiling): median "
              "%.3g ms, largest %.3g ms over %d benchmarks.\n" % (times[len(times) // 2], times[-1], len(times)))
        print("| benchmark | ops scheduled | inference ms | per op |")
        print("|---|---:|---:|---:|")
        for b, ops, t in rows:
            print("| %s | %d | %.3g | %s |" % (b, ops, t, "%.3g" % (t / ops) if ops else "–"))


if __name__ == "__main__":
    main()
