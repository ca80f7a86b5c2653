#!/usr/bin/python3
"""Checks of `mlirrl leaderboard` (reports/leaderboard.py) on submissions whose verdicts are
written here with known re-measured speedups, so that the ranking is known in advance. No
measurement runs; check_submit.py's genuine case ranks a really checked submission.

  rank    four benchmarks of the test split and one of the validation split:
          A (10, 12, 11, 9) and C (9, 13, 10, 11) overlap and share rank 1; B (1, 1.2, 1.1,
          0.9) lies wholly below both and is rank 3; every rank is one more than the number of
          entries whose interval lies wholly above; G has one benchmark at 100x and claimed
          failures elsewhere: those count as 1x, its geomean is 100^(1/4); the validation
          benchmark counts for nobody. Not ranked, each
          with its reason: D without verdicts.json (unchecked), E rejected, F whose
          records.jsonl changed after its check. The Markdown lists the ranked rows in rank
          order and the others apart; leaderboard.json holds the numbers; the HTML embeds the
          plot; the PNG exists.
  list    --list restricts the set: on A's best two benchmarks only, A's geomean is theirs;
          a submission of one benchmark ranks with a one-point interval (rounding must not
          make the plot's error bars negative).
  errors  no folder (exit 2), no --out (exit 2), a path that is not a folder (exit 1), an
          unknown option (exit 2): one line each, starting "mlirrl leaderboard:".

usage: check_leaderboard.py MLIRRL CASE
"""
import hashlib
import json
import math
import os
import subprocess
import sys
import tempfile

MLIRRL, CASE = sys.argv[1], sys.argv[2]
TEST = ["starter/t1", "starter/t2", "starter/t3", "starter/t4"]
failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what)
    return cond


def file_sha(path):
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


def submission(root, name, measured, verdict="accepted", reason=None, checked=True):
    """A folder with the three files and, when checked, a verdicts.json whose benchmarks were
    re-measured at `measured` (id -> speedup, or None for a claimed failure)."""
    d = os.path.join(root, name)
    os.makedirs(d)
    open(os.path.join(d, "records.jsonl"), "w").write(json.dumps({"name": name}) + "\n")
    json.dump({"schema": 1, "name": name, "version": "1", "method": f"agent:{name}", "division": "closed"},
              open(os.path.join(d, "agent.json"), "w"))
    json.dump({"schema": 1}, open(os.path.join(d, "system.json"), "w"))
    if not checked:
        return d
    benches = [{"id": i, "split": "test", "verdict": "accepted", "measured": m} for i, m in measured.items()]
    benches.append({"id": "starter/validation_only", "split": "validation", "verdict": "accepted",
                    "measured": 1000.0})
    v = {"schema": 1, "verdict": verdict, "reason": reason,
         "submission": {"dir": d, "name": name},
         "files": {f: file_sha(os.path.join(d, f)) for f in ("records.jsonl", "agent.json", "system.json")},
         "checked": {"cpu_model": "Test CPU", "cores": 2, "llvm_version": "19.1.7"},
         "benchmarks": benches}
    json.dump(v, open(os.path.join(d, "verdicts.json"), "w"))
    return d


def board(*args):
    p = subprocess.run([MLIRRL, "leaderboard"] + list(args), capture_output=True, text=True, timeout=300)
    return p.returncode, p.stdout, p.stderr


def case_rank(tmp):
    a = submission(tmp, "A", dict(zip(TEST, [10, 12, 11, 9])))
    b = submission(tmp, "B", dict(zip(TEST, [1, 1.2, 1.1, 0.9])))
    c = submission(tmp, "C", dict(zip(TEST, [9, 13, 10, 11])))
    g = submission(tmp, "G", dict(zip(TEST, [100, None, None, None])))
    d = submission(tmp, "D", {}, checked=False)
    e = submission(tmp, "E", dict(zip(TEST, [50, 50, 50, 50])), verdict="rejected",
                   reason="1 of 4 benchmarks rejected; first: starter/t1: claimed 5000x")
    f = submission(tmp, "F", dict(zip(TEST, [20, 20, 20, 20])))
    open(os.path.join(f, "records.jsonl"), "a").write("{}\n")
    out = os.path.join(tmp, "board")
    rc, so, se = board(a, b, c, g, d, e, f, "--out", out)
    check(rc == 0, f"exit 0: {se}")
    lb = json.load(open(os.path.join(out, "leaderboard.json")))
    ranks = {x["name"]: x["rank"] for x in lb["ranked"]}
    check(lb["benchmarks"] == TEST, f"the set is the test benchmarks: {lb['benchmarks']}")
    check(ranks.get("A") == 1 and ranks.get("C") == 1, f"A and C overlap and share rank 1: {ranks}")
    values = {x["name"]: x for x in lb["ranked"]}
    check(ranks.get("B") == 3, f"B lies below A and C, so its rank is 3: {ranks}")
    for x in lb["ranked"]:
        above = sum(1 for o in lb["ranked"] if o is not x and o["ci_lo"] > x["ci_hi"])
        check(x["rank"] == 1 + above, f"{x['name']}: rank one more than the entries wholly above: {x}")
    ga = values.get("A", {})
    check(ga and abs(ga["value"] - (10 * 12 * 11 * 9) ** 0.25) < 1e-9, f"A's geomean: {ga}")
    check(ga and ga["ci_lo"] <= ga["value"] <= ga["ci_hi"], f"A's interval holds its geomean: {ga}")
    gg = values.get("G", {})
    check(gg and abs(gg["value"] - 100 ** 0.25) < 1e-9 and gg["ok"] == 1 and gg["over"] == 4,
          f"G's failures count as 1x: {gg}")
    check(values.get("B", {}).get("ci_hi", 99) < min(ga.get("ci_lo", 0), values.get("C", {}).get("ci_lo", 0)),
          "B's interval lies wholly below A's and C's")
    check([x["name"] for x in lb["ranked"]][:2] in (["A", "C"], ["C", "A"]), "rank order first")
    unranked = {x["name"]: x for x in lb["unranked"]}
    check(set(unranked) == {"D", "E", "F"}, f"D, E and F are listed apart: {list(unranked)}")
    check(unranked.get("D", {}).get("status") == "unchecked" and "no verdicts.json" in unranked["D"]["reason"],
          f"D is unchecked: {unranked.get('D')}")
    check(unranked.get("E", {}).get("status") == "rejected" and "claimed 5000x" in unranked["E"]["reason"],
          f"E is rejected with the check's reason: {unranked.get('E')}")
    check("records.jsonl changed after the check" in unranked.get("F", {}).get("reason", ""),
          f"F changed after its check: {unranked.get('F')}")
    md = open(os.path.join(out, "leaderboard.md")).read()
    rows = [line for line in md.splitlines() if line.startswith("| ") and "rank" not in line]
    ranked_rows = [r for r in rows if r.split("|")[1].strip().isdigit()]
    listed = [int(r.split("|")[1].strip()) for r in ranked_rows]
    check(len(listed) == 4 and listed == sorted(listed) and listed == sorted(ranks.values()),
          f"the Markdown lists the ranked rows in rank order: {ranked_rows}")
    check("## Not ranked" in md and md.index("## Not ranked") > md.index(ranked_rows[-1]) if ranked_rows else False,
          "the unranked are listed apart, after the ranking")
    check(so.strip().startswith("# "), "the Markdown is printed")
    page = open(os.path.join(out, "leaderboard.html")).read()
    check("data:image/png;base64," in page and "Not ranked" in page, "the HTML embeds the plot and lists the rest")
    check(os.path.getsize(os.path.join(out, "leaderboard.png")) > 1000, "the plot is written")


def case_list(tmp):
    a = submission(tmp, "A", dict(zip(TEST, [10, 12, 11, 9])))
    ids = os.path.join(tmp, "ids.list")
    open(ids, "w").write("# the two best\nstarter/t2\nstarter/t3\n")
    out = os.path.join(tmp, "board")
    rc, so, se = board(a, "--list", ids, "--out", out)
    check(rc == 0, f"exit 0: {se}")
    lb = json.load(open(os.path.join(out, "leaderboard.json")))
    v = lb["ranked"][0]["value"] if lb["ranked"] else 0
    check(abs(v - math.sqrt(12 * 11)) < 1e-9 and lb["benchmarks"] == ["starter/t2", "starter/t3"],
          f"only the listed benchmarks count: {v}")
    # One benchmark: the interval is one point, which two ways of computing exp(mean(log))
    # may round apart; the plot's error bars must not come out negative.
    for speedup in (12, 11, 9, 10.3729389248927, 25.7362674974253):
        b = submission(tmp, f"one{len(os.listdir(tmp))}", {"starter/t2": speedup})
        out = os.path.join(tmp, f"board{len(os.listdir(tmp))}")
        rc, so, se = board(b, "--out", out)
        check(rc == 0, f"one benchmark at {speedup}: exit 0: {se}")
        e = json.load(open(os.path.join(out, "leaderboard.json")))["ranked"][0] if rc == 0 else {}
        check(e and e["ci_lo"] <= e["value"] <= e["ci_hi"], f"one benchmark: the interval holds the value: {e}")


def one_line(rc, err, want, needle, what):
    lines = [x for x in err.splitlines() if x.strip()]
    check(rc == want, f"{what}: exit status {want}, got {rc}")
    check(len(lines) == 1 and lines[0].startswith("mlirrl leaderboard:") and needle in lines[0],
          f"{what}: one line naming '{needle}': {err!r}")


def case_errors(tmp):
    rc, so, se = board("--out", tmp)
    one_line(rc, se, 2, "no submission folder", "no folder")
    rc, so, se = board(tmp)
    one_line(rc, se, 2, "--out", "no --out")
    rc, so, se = board(os.path.join(tmp, "nowhere"), "--out", os.path.join(tmp, "o"))
    one_line(rc, se, 1, "is not a folder", "a missing folder")
    rc, so, se = board(tmp, "--out", os.path.join(tmp, "o"), "--frobnicate")
    one_line(rc, se, 2, "--frobnicate", "an unknown option")


CASES = {"rank": case_rank, "list": case_list, "errors": case_errors}


def main():
    if CASE not in CASES:
        raise SystemExit(f"unknown case {CASE}")
    with tempfile.TemporaryDirectory() as tmp:
        CASES[CASE](tmp)
    if failures:
        print(f"{len(failures)} check(s) failed")
        return 1
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
