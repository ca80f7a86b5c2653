#!/usr/bin/python3
"""reports.compare: the rank statistics (reports/rankstats.py) and reports/compare.py on
hand-made records whose verdicts are known.

rankstats: the exact Mann-Whitney p-value against the permutation distribution counted by
brute force (every split of small samples) and, where SciPy is installed, against SciPy's exact
and asymptotic (ties) p-values; the Hodges-Lehmann estimate and interval against their
definition (the median and order statistics of all pairwise differences, the interval's rank
from the brute-force null distribution).

compare.py on two record sets (five processes a side unless said): the default pipeline
unchanged (same times) -> unchanged; a schedule 20 % slower in B -> slower, ratio near 1.2,
p = 2/252; one 2 % faster in B (below the 3 % floor) -> unchanged; one ok in A and a
wrong_answer in B -> broken, listed first with B's error, exit status 3; one failing on both
sides -> failing; PyTorch 50 % slower -> its own version, slower, its baseline samples not
counted as the default pipeline's; an unavailable record -> no version; a significant change with the same machine code on both sides -> flagged
suspect noise; one process a side -> flagged `one process`; a version only in A -> only A.
The files (json, md, png, html) are written. Bad input (a missing file, a line that is not
JSON, a record without timing) is one line and exit status 1.
"""
import itertools
import json
import math
import os
import subprocess
import sys
import tempfile

from common import PYTHON, REPO, fail

sys.path.insert(0, os.path.join(REPO, "reports"))
import rankstats  # noqa: E402

SCRIPT = os.path.join(REPO, "reports", "compare.py")


def brute_p(x, y):
    """Two-sided exact p by enumerating every way to split the pooled values."""
    pooled = list(x) + list(y)
    n = len(x)

    def u(xs, ys):
        return sum((a > b) + 0.5 * (a == b) for a in xs for b in ys)

    obs = u(x, y)
    center = len(x) * len(y) / 2
    hits = total = 0
    for idx in itertools.combinations(range(len(pooled)), n):
        xs = [pooled[i] for i in idx]
        ys = [pooled[i] for i in range(len(pooled)) if i not in idx]
        total += 1
        hits += abs(u(xs, ys) - center) >= abs(obs - center) - 1e-12
    return obs, hits / total


def check_rankstats():
    import random
    rng = random.Random(7)
    for _ in range(60):
        n, m = rng.randint(1, 6), rng.randint(1, 6)
        x = [rng.gauss(0, 1) for _ in range(n)]
        y = [rng.gauss(0.7, 1) for _ in range(m)]
        u, p = rankstats.mann_whitney(x, y)
        bu, bp = brute_p(x, y)
        if abs(u - bu) > 1e-9 or abs(p - bp) > 1e-9:
            fail("mann_whitney(%s, %s) = (%s, %s), brute force (%s, %s)" % (x, y, u, p, bu, bp))
    u, p = rankstats.mann_whitney([1, 2, 3, 4, 5], [6, 7, 8, 9, 10])
    if u != 0 or abs(p - 2 / 252) > 1e-12:
        fail("complete separation of 5 and 5: U %s p %s, expected 0 and 2/252" % (u, p))
    try:
        from scipy import stats
    except ImportError:
        print("ok rankstats: against brute force (SciPy is not installed: its comparison is skipped)")
    else:
        for _ in range(60):
            n, m = rng.randint(1, 15), rng.randint(1, 15)
            x = [rng.gauss(0, 1) for _ in range(n)]
            y = [rng.gauss(0.5, 1) for _ in range(m)]
            _, p = rankstats.mann_whitney(x, y)
            sp = stats.mannwhitneyu(x, y, alternative="two-sided", method="exact").pvalue
            xt, yt = [round(v) for v in x], [round(v) for v in y]
            _, pt = rankstats.mann_whitney(xt + [0, 0], yt + [0])  # ties: the normal approximation
            spt = stats.mannwhitneyu(xt + [0, 0], yt + [0], alternative="two-sided", method="asymptotic").pvalue
            if abs(p - sp) > 1e-9 or abs(pt - spt) > 1e-9:
                fail("p-values differ from SciPy's: exact %s/%s, with ties %s/%s" % (p, sp, pt, spt))
        print("ok rankstats: against brute force and SciPy %s" % stats.__name__)
    # Hodges-Lehmann against its definition.
    x, y = [3.1, 4.0, 5.2, 6.3, 7.7], [1.0, 2.2, 2.9, 3.5, 5.0]
    d = sorted(a - b for a in x for b in y)
    est, lo, hi = rankstats.hodges_lehmann(x, y, 0.95)
    # P(U <= 2) = 4/252 <= 0.025 < P(U <= 3) = 7/252 for 5 and 5: the interval is d[2], d[22].
    if est != d[12] or lo != d[2] or hi != d[22]:
        fail("hodges_lehmann: (%s, %s, %s), expected (%s, %s, %s)" % (est, lo, hi, d[12], d[2], d[22]))
    print("ok hodges_lehmann: the median and the 3rd and 23rd of the 25 differences")


def record(bench, transform, base_ms, cand_ms, outcome="ok", error=None, code=None, samples=None):
    t = None
    if transform:
        t = {"kind": "schedule", "text": transform, "path": None, "sha256": "h-" + transform}
    timing = {"baseline": {"median_ns": base_ms * 1e6, "sample_ns": samples or [base_ms * 1e6]},
              "candidate": None}
    if transform and outcome == "ok":
        timing["candidate"] = {"median_ns": cand_ms * 1e6, "sample_ns": [cand_ms * 1e6 * (1 + 0.001 * i) for i in range(5)]}
    return {"schema_version": 3, "benchmark": {"id": bench}, "transform": t or {"kind": "none"},
            "outcome": outcome, "error": error, "timing": timing,
            "object_sha256": {"baseline": None, "candidate": code},
            "context": {"llvm_version": "19.1.7", "git_rev": "abc", "cpu_model": "cpu", "hostname": "h", "threads": 2}}


def sets():
    a, b = [], []
    for i in range(5):
        j = 1 + 0.004 * i  # small spread between processes
        a.append(record("m/bench", "S1", 10 * j, 1.0 * j))
        b.append(record("m/bench", "S1", 10 * (1.002 + 0.004 * i), 1.2 * j))  # 20 % slower
        a.append(record("m/bench", "S2", 10 * j, 2.0 * j))
        b.append(record("m/bench", "S2", 10 * (1.001 + 0.004 * i), 1.96 * j))  # 2 % faster: below the floor
        a.append(record("m/conv", "T1", 20 * j, 5.0 * j))
        b.append(record("m/conv", "T1", 20 * (1.001 + 0.004 * i), 0, "wrong_answer", "7 of 64 outputs differ"))
        a.append(record("m/conv", "T2", 20 * j, 0, "transform_failed", "no"))
        b.append(record("m/conv", "T2", 20 * (1.002 + 0.004 * i), 0, "transform_failed", "no"))
        a.append(record("m/relu", "R1", 1 * j, 0.5 * j, code="same"))
        b.append(record("m/relu", "R1", 1 * (1.001 + 0.004 * i), 0.6 * j, code="same"))
    for i in range(5):  # PyTorch: its own version; its baseline samples are the default's, not counted
        for side, t in ((a, 4.0), (b, 4.0 * (1.5 + 0.001 * i))):
            r = record("m/bench", None, 10, 0)
            r["timing"]["candidate"] = {"median_ns": t * 1e6, "sample_ns": [t * 1e6]}
            r["eval"] = {"kind": "pytorch", "method": "pytorch"}
            side.append(r)
    gone = record("m/bench", None, 10, 0, "unavailable", "no torch here")
    gone["eval"] = {"kind": "torchscript", "method": "torchscript"}
    b.append(gone)
    a.append(record("m/only", "O1", 3, 1))
    a.append(record("m/one", "P1", 3, 1, samples=[3e6 * (1 + 0.001 * k) for k in range(5)]))
    b.append(record("m/one", "P1", 3, 1.5, samples=[3e6 * (1 + 0.001 * k) for k in range(5)]))
    return a, b


def run(*args):
    return subprocess.run([PYTHON, "-B", SCRIPT, *args], capture_output=True, text=True, timeout=300)


def write(path, recs):
    with open(path, "w") as f:
        for r in recs:
            f.write(json.dumps(r) + "\n")


def check_compare(tmp):
    a, b = sets()
    pa, pb = os.path.join(tmp, "a.jsonl"), os.path.join(tmp, "b.jsonl")
    write(pa, a)
    write(pb, b)
    out = os.path.join(tmp, "cmp")
    p = run(pa, pb, "--out", out, "--label-a", "old", "--label-b", "new")
    if p.returncode != 3:
        fail("exit status %d with a broken version, expected 3: %s" % (p.returncode, p.stderr))
    for f in ("compare.json", "compare.md", "compare.png", "compare.html"):
        if not os.path.getsize(os.path.join(out, f)):
            fail("%s is empty" % f)
    doc = json.load(open(os.path.join(out, "compare.json")))
    rows = {(r["benchmark"], r["version"]): r for r in doc["rows"]}

    def verdict(bench, version, want, **more):
        r = rows.get((bench, version))
        if not r or r["verdict"] != want:
            fail("%s %s: verdict %s, expected %s" % (bench, version, r and r["verdict"], want))
        for k, v in more.items():
            got = r.get(k)
            if (isinstance(v, float) and (got is None or abs(got - v) > 0.02 * v)) or (not isinstance(v, float) and got != v):
                fail("%s %s: %s = %s, expected %s" % (bench, version, k, got, v))

    if doc["rows"][0]["verdict"] != "broken" or doc["rows"][0]["benchmark"] != "m/conv":
        fail("the broken version is not listed first: %s" % doc["rows"][0])
    verdict("m/conv", "T1", "broken", outcome_a="ok", outcome_b="wrong_answer", error_b="7 of 64 outputs differ")
    verdict("m/conv", "T2", "failing")
    verdict("m/bench", "S1", "slower", ratio=1.2, one_process=False)
    if abs(rows[("m/bench", "S1")]["p"] - 2 / 252) > 1e-12:
        fail("S1: p %s, expected 2/252 (complete separation of 5 and 5)" % rows[("m/bench", "S1")]["p"])
    verdict("m/bench", "S2", "unchanged")
    verdict("m/bench", "default pipeline", "unchanged", runs_a=10, runs_b=10)
    verdict("m/bench", "pytorch", "slower", ratio=1.5)
    if ("m/bench", "torchscript") in rows:
        fail("an unavailable record made a version")
    verdict("m/relu", "R1", "slower", suspect_noise=True, same_code=True)
    verdict("m/one", "P1", "slower", one_process=True)
    verdict("m/only", "O1", "only A")
    md = open(os.path.join(out, "compare.md")).read()
    if "## Correctness changes" not in md or md.index("## Correctness changes") > md.index("## Every version"):
        fail("compare.md does not put the correctness changes before the table")
    if "suspect noise (same code)" not in md or "one process" not in md:
        fail("compare.md does not show the flags")
    print("ok compare: verdicts, order, flags, exit status 3, four files")
    # Without the broken version the exit status is 0.
    write(pb, [r for r in b if r["transform"].get("text") != "T1"])
    p = run(pa, pb, "--out", out)
    if p.returncode != 0:
        fail("exit status %d without a broken version: %s" % (p.returncode, p.stderr))
    print("ok compare: exit status 0 when nothing is broken")


def check_bad(tmp):
    good = os.path.join(tmp, "a.jsonl")
    cases = [("missing", None, "No such file"), ("notjson", "{x\n{}\n", "notjson.jsonl:1: not JSON"),
             ("notiming", json.dumps({"benchmark": {"id": "x"}, "outcome": "ok"}) + "\n", "not an mlirrl record")]
    for name, content, says in cases:
        path = os.path.join(tmp, name + ".jsonl")
        if content is not None:
            open(path, "w").write(content)
        p = run(good, path, "--out", os.path.join(tmp, "bad"))
        lines = p.stderr.splitlines()
        if p.returncode != 1 or len(lines) != 1 or says not in lines[0]:
            fail("%s: expected exit 1 and one line saying %r, got %d: %r" % (name, says, p.returncode, p.stderr))
        print("ok %s: %s" % (name, lines[0]))


def main():
    check_rankstats()
    with tempfile.TemporaryDirectory() as tmp:
        check_compare(tmp)
        check_bad(tmp)


if __name__ == "__main__":
    main()
