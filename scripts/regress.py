#!/usr/bin/python3
"""The same schedules measured on two builds of mlirrl (two LLVM versions, built side by side)
in one run on one machine, and the comparison: what the newer LLVM did to schedules that were
fast, or correct, on the older one.

usage: scripts/regress.py --build A=MLIRRL --build B=MLIRRL --out DIR
                          [--from RECORDS.jsonl] [--methods M,...] [--script ID=FILE]...
                          [--match TEXT] [--reps K] [--threads N]

Schedules (DIR/schedules.jsonl, written once and reused when DIR is resumed): for every
benchmark of the eval records given with --from, the best verified schedule of any agent or
search (`best`) and the schedule of each method named by --methods (default agent:ppo), one
entry per distinct schedule; plus transform scripts given with --script (for example the
starter conv2d schedule that LLVM 22.1.8 miscompiles). Benchmarks are found by id in the
suites' manifests of this source tree, so records from another machine serve as well.

Measuring: K rounds (--reps, 5); in each, every schedule is measured by a separate
`mlirrl run` (its own worker processes: the default pipeline and the candidate, timed
alternately, the output checked) on A and on B, the order of A and B alternating between
rounds. Records go to DIR/A.jsonl and DIR/B.jsonl (named by the labels given). A stopped run
continues where it stopped: what DIR holds is counted and not measured again.

Then reports/compare.py writes DIR/compare/ (per benchmark and version: verdict, ratio with
its interval, Mann-Whitney p over the K process medians; correctness changes first), and for
every version ok on one build and not on the other a reproducer in DIR/repro/: the schedule,
its transform script, both builds' outputs on the same inputs and their first mismatches.

Exit status: 0, 3 when a schedule is broken on B (ok on A, not on B), 1 on a failure of the
runner itself (one line on stderr).
"""
import argparse
import glob
import json
import os
import re
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PY = "/usr/bin/python3"
PROG = "regress.py"


class RegressError(Exception):
    pass


def manifest_paths():
    """{benchmark id: absolute path} over every suite of this tree."""
    out = {}
    for m in sorted(glob.glob(os.path.join(ROOT, "suites", "*", "manifest.json"))):
        for b in json.load(open(m))["benchmarks"]:
            out[b["id"]] = os.path.join(os.path.dirname(m), b["file"])
    return out


def read_jsonl(path):
    recs = []
    if not os.path.exists(path):
        return recs
    lines = open(path).read().splitlines()
    for i, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            recs.append(json.loads(line))
        except json.JSONDecodeError:
            if i != len(lines):
                raise RegressError("%s:%d: not JSON" % (path, i))
    return recs


def pick_schedules(records, methods, scripts, match, paths):
    """The schedules to measure, one entry per (benchmark, distinct schedule)."""
    best, chosen = {}, []
    for r in records:
        ev = r.get("eval") or {}
        sched = ev.get("schedule")
        if r.get("outcome") != "ok" or not sched or ev.get("kind") not in ("agent", "random", "search"):
            continue
        b = r["benchmark"]["id"]
        sp = (r.get("speedup") or {}).get("point") or 0
        if sp > best.get(b, (0, None, None))[0]:
            best[b] = (sp, sched, ev["method"])
        if ev["method"] in methods:
            chosen.append((b, ev["method"], sched))
    entries, seen = [], set()
    for b, (sp, sched, m) in sorted(best.items()):
        chosen.append((b, "best (%s, %.3gx)" % (m, sp), sched))
    for b, label, sched in sorted(chosen, key=lambda t: (t[0], not t[1].startswith("best"))):
        if (match and match not in b) or (b, sched) in seen:
            continue
        if b not in paths:
            raise RegressError("benchmark %s is in no suite manifest of %s" % (b, ROOT))
        seen.add((b, sched))
        entries.append({"benchmark": b, "label": label, "schedule": sched})
    for spec in scripts:
        b, _, f = spec.partition("=")
        if not f or b not in paths:
            raise RegressError("--script %s: expected ID=FILE with an id of a suite manifest" % spec)
        if not os.path.exists(f):
            raise RegressError("--script %s: no such file" % spec)
        entries.insert(0, {"benchmark": b, "label": "script %s" % os.path.basename(f),
                           "script": os.path.abspath(f)})
    if not entries:
        raise RegressError("no schedules to measure (--from records with ok agent or search records, or --script)")
    return entries


def key_of(rec):
    tr = rec.get("transform") or {}
    return rec["benchmark"]["id"], tr.get("text") or tr.get("path")


def entry_key(e):
    return e["benchmark"], e.get("schedule") or e.get("script")


def run_one(mlirrl, path, entry, out_jsonl, threads):
    cmd = [mlirrl, "run", path, "--id", entry["benchmark"], "--json", out_jsonl, "--quiet", "--no-cache",
           "--no-counters"]
    if threads:
        cmd += ["--threads", str(threads)]
    cmd += ["--schedule", entry["schedule"]] if entry.get("schedule") else ["--transform", entry["script"]]
    before = os.path.getsize(out_jsonl) if os.path.exists(out_jsonl) else 0
    p = subprocess.run(cmd, capture_output=True, text=True)
    after = os.path.getsize(out_jsonl) if os.path.exists(out_jsonl) else 0
    if after == before:  # the harness wrote no record: a failure of mlirrl itself
        raise RegressError("%s wrote no record for %s (%s): %s" % (
            mlirrl, entry["benchmark"], entry.get("schedule") or entry.get("script"),
            (p.stderr.strip().splitlines() or ["exit status %d" % p.returncode])[-1]))


def measure(builds, entries, paths, out, reps, threads, log):
    files = {lab: os.path.join(out, "%s.jsonl" % lab) for lab, _ in builds}
    done = {lab: {} for lab, _ in builds}
    for lab, _ in builds:
        for r in read_jsonl(files[lab]):
            k = key_of(r)
            done[lab][k] = done[lab].get(k, 0) + 1
    total = reps * len(entries) * len(builds)
    count = sum(min(reps, done[lab].get(entry_key(e), 0)) for lab, _ in builds for e in entries)
    t0 = time.time()
    for rep in range(reps):
        order = builds if rep % 2 == 0 else builds[::-1]
        for e in entries:
            for lab, mlirrl in order:
                k = entry_key(e)
                if done[lab].get(k, 0) > rep:
                    continue
                run_one(mlirrl, paths[e["benchmark"]], e, files[lab], threads)
                done[lab][k] = done[lab].get(k, 0) + 1
                count += 1
                log("[%d/%d] round %d %s %s on %s (%.0fs)" % (count, total, rep + 1, e["benchmark"], e["label"],
                                                              lab, time.time() - t0))
    return files


def first_mismatches(a_dir, b_dir, limit=5):
    """Where two output folders differ: [(file, index, a, b)] (numpy, relative 1e-4)."""
    import numpy as np
    out = []
    for f in sorted(os.listdir(a_dir)):
        if not f.endswith(".npy") or not os.path.exists(os.path.join(b_dir, f)):
            continue
        a, b = np.load(os.path.join(a_dir, f)), np.load(os.path.join(b_dir, f))
        if a.shape != b.shape:
            out.append((f, "shape", a.shape, b.shape))
            continue
        scale = float(np.max(np.abs(a))) if a.size else 0.0
        bad = np.argwhere(np.abs(a.astype(np.float64) - b.astype(np.float64)) > 1e-4 * max(scale, 1e-30))
        for idx in bad[:limit]:
            t = tuple(int(i) for i in idx)
            out.append((f, t, float(a[t]), float(b[t])))
    return out


def reproducers(builds, entries, paths, rows, out, log):
    """A folder per correctness change: the schedule, its script, both builds' outputs."""
    by_key = {entry_key(e): e for e in entries}
    made = []
    for n, row in enumerate(r for r in rows if r["verdict"] in ("broken", "fixed")):
        e = by_key.get((row["benchmark"], row.get("schedule") or row.get("script")))
        if not e:
            continue
        d = os.path.join(out, "repro", "%02d-%s" % (n + 1, re.sub(r"[^A-Za-z0-9_.-]+", "_", e["benchmark"])))
        os.makedirs(d, exist_ok=True)
        path = paths[e["benchmark"]]
        a_lab, a_bin = builds[0]
        script = os.path.join(d, "transform.mlir")
        if e.get("schedule"):
            open(os.path.join(d, "schedule.txt"), "w").write(e["schedule"] + "\n")
            subprocess.run([a_bin, "export", path, "--schedule", e["schedule"], "-o", script], capture_output=True)
        else:
            open(script, "w").write(open(e["script"]).read())
        inputs = os.path.join(d, "inputs")
        os.makedirs(inputs, exist_ok=True)
        lines = ["# %s: %s on %s, %s on %s" % (row["verdict"], row["outcome_a"], a_lab, row["outcome_b"], builds[1][0]),
                 "", "Benchmark `%s` (`%s`), %s." % (e["benchmark"], os.path.relpath(path, ROOT), e["label"]), ""]
        if e.get("schedule"):
            lines += ["Schedule: `%s`" % e["schedule"], ""]
        lines += ["Both builds ran the default pipeline and `transform.mlir` once on the same inputs (`inputs/`):", ""]
        for lab, mlirrl in builds:
            for version, extra in (("default", []), ("candidate", ["--transform", script])):
                o = os.path.join(d, "%s-%s" % (lab, version))
                os.makedirs(o, exist_ok=True)
                p = subprocess.run([mlirrl, "exec", path, "--inputs", inputs, "--outputs", o] + extra,
                                   capture_output=True, text=True)
                if p.returncode != 0:
                    lines.append("- %s %s: failed: %s" % (lab, version, (p.stderr.strip().splitlines() or ["?"])[-1]))
            mism = first_mismatches(os.path.join(d, "%s-default" % lab), os.path.join(d, "%s-candidate" % lab))
            if mism:
                lines.append("- %s, candidate against default, first mismatches:" % lab)
                lines += ["  - `%s` at %s: candidate %s, default pipeline %s" % (f, i, b, a) for f, i, a, b in mism]
            else:
                lines.append("- %s: the candidate's outputs match the default pipeline's (relative 1e-4)" % lab)
        lines += ["", "Commands:", "", "```sh"]
        for lab, mlirrl in builds:
            lines.append("%s exec %s --inputs inputs --outputs %s-default" % (mlirrl, path, lab))
            lines.append("%s exec %s --inputs inputs --outputs %s-candidate --transform transform.mlir" % (
                mlirrl, path, lab))
        lines += ["```", ""]
        open(os.path.join(d, "README.md"), "w").write("\n".join(lines))
        made.append(d)
        log("reproducer: %s" % d)
    return made


def main(argv):
    ap = argparse.ArgumentParser(prog=PROG)
    ap.add_argument("--build", action="append", required=True, help="LABEL=path/to/mlirrl (twice: A then B)")
    ap.add_argument("--out", required=True)
    ap.add_argument("--from", dest="records", action="append", default=[])
    ap.add_argument("--methods", default="agent:ppo")
    ap.add_argument("--script", action="append", default=[])
    ap.add_argument("--match")
    ap.add_argument("--reps", type=int, default=5)
    ap.add_argument("--threads", type=int)
    args = ap.parse_args(argv)
    log = lambda s: print(s, file=sys.stderr, flush=True)  # noqa: E731
    try:
        if len(args.build) != 2:
            raise RegressError("--build must be given twice (A=MLIRRL B=MLIRRL)")
        builds = []
        for b in args.build:
            lab, _, path = b.partition("=")
            if not path or not re.match(r"^[A-Za-z0-9_.-]+$", lab):
                raise RegressError("--build %s: expected LABEL=path/to/mlirrl (label: letters, digits, _ . -)" % b)
            if not os.access(path, os.X_OK):
                raise RegressError("--build %s: %s is not an executable" % (b, path))
            builds.append((lab, os.path.abspath(path)))
        if builds[0][0] == builds[1][0]:
            raise RegressError("the two builds need different labels")
        if args.reps < 1:
            raise RegressError("--reps must be at least 1")
        os.makedirs(args.out, exist_ok=True)
        paths = manifest_paths()
        sched_file = os.path.join(args.out, "schedules.jsonl")
        if os.path.exists(sched_file):
            entries = read_jsonl(sched_file)
        else:
            records = [r for f in args.records for r in read_jsonl(f)]
            for f in args.records:
                if not os.path.exists(f):
                    raise RegressError("%s: no such file" % f)
            entries = pick_schedules(records, set(args.methods.split(",")), args.script, args.match, paths)
            with open(sched_file, "w") as f:
                for e in entries:
                    f.write(json.dumps(e) + "\n")
        log("%s: %d schedules x %d builds x %d rounds -> %s" % (PROG, len(entries), 2, args.reps, args.out))
        files = measure(builds, entries, paths, args.out, args.reps, args.threads, log)
        cmp_dir = os.path.join(args.out, "compare")
        p = subprocess.run([PY, "-B", os.path.join(ROOT, "reports", "compare.py"), files[builds[0][0]],
                            files[builds[1][0]], "--out", cmp_dir, "--names", sched_file,
                            "--label-a", builds[0][0], "--label-b", builds[1][0]], capture_output=True, text=True)
        if p.returncode not in (0, 3):
            raise RegressError("compare.py failed: %s" % p.stderr.strip())
        log(p.stdout.strip())
        rows = json.load(open(os.path.join(cmp_dir, "compare.json")))["rows"]
        reproducers(builds, entries, paths, rows, args.out, log)
        return 3 if any(r["verdict"] == "broken" for r in rows) else 0
    except RegressError as e:
        print("%s: %s" % (PROG, e), file=sys.stderr)
        return 1
    except OSError as e:
        print("%s: %s: %s" % (PROG, e.filename, e.strerror), file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
