#!/usr/bin/python3
"""End-to-end checks of `mlirrl eval`, one case per process.

  eval.records   a small fixed run (two starter benchmarks; default, agent:random, random:2,
                 random:6, search:6, openblas, pytorch): one record per (method, benchmark)
                 that applies, the run-record fields plus the eval block in its fixed order,
                 speedups only on ok records, the searches' budgets, curves and outcome counts
                 consistent, random:2 the prefix of random:6, the best schedule the one measured,
                 OpenBLAS only on the matmul and naming its kernel, exit status 0; the report
                 of the run: summary.json counts every record of every method and its geomean
                 is the geometric mean of the ok records' speedups; report.html and the figures
                 are written.
  eval.resume    kill -9 while searching (default, the shipped agent ppo, random:3, search:10):
                 no worker or server outlives the harness; a record cut short is dropped; --resume completes the run with every record exactly once and
                 the earlier lines unchanged, under the same run id.
  eval.torch_missing
                 a Python without torch (python3 -S): the PyTorch records say unavailable with
                 the reason, everything else is measured, exit status 0.
  eval.halide    Halide's autoschedulers as eval methods: `halide` names all three; on an LQCD
                 kernel each gives an ok record of kind halide whose speedup divides this run's
                 default-pipeline samples by its own and whose detail names the autoscheduler and
                 its machine parameters; with a Python without halide (python3 -S) the records say
                 unavailable with the reason and the rest is measured (the agent's record is a
                 result: its outcome may be anything).
  eval.bad_input a malformed benchmark beside a good one: invalid_input records for each of its
                 methods, the good one measured, exit status 1; usage errors (unknown method, bad
                 list line, no --out, existing records without --resume) are one line each.

usage: check_eval.py MLIRRL SOURCE_DIR CASE
"""
import ctypes
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

MLIRRL, SRC, CASE = sys.argv[1], sys.argv[2], sys.argv[3]
STARTER = os.path.join(SRC, "suites", "starter")
FAST = ["--samples", "3", "--min-sample-ms", "2", "--warmup", "1", "--threads", "2"]
RECORD_KEYS = ["schema_version", "benchmark", "transform", "outcome", "error", "measurement", "timing",
               "speedup", "verification", "counters", "counters_note", "compile_ms", "object_sha256",
               "overhead_ms", "context", "eval"]
EVAL_KEYS = ["run_id", "method", "kind", "budget", "measurements", "cache_hits", "search_wall_s",
             "schedule", "curve", "search_outcomes", "detail", "suite"]
failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what)
    return cond


def run(args, env=None, timeout=1200):
    p = subprocess.run([MLIRRL, "eval"] + args, capture_output=True, text=True, timeout=timeout,
                       env=env)
    return p.returncode, p.stdout, p.stderr


def records(out):
    path = os.path.join(out, "results.jsonl")
    return [json.loads(x) for x in open(path)] if os.path.exists(path) else []


def by_key(recs):
    got = {}
    for r in recs:
        got.setdefault((r["eval"]["method"], r["benchmark"]["id"]), []).append(r)
    return got


def one_line_error(rc, err, want_rc, what):
    lines = [x for x in err.splitlines() if x.strip()]
    check(rc == want_rc, f"{what}: exit status {rc}, expected {want_rc}")
    check(len(lines) == 1 and lines[0].startswith("mlirrl eval:"), f"{what}: not one error line: {err!r}")


# ---------------------------------------------------------------- eval.records

def case_records(tmp):
    out = os.path.join(tmp, "out")
    rc, so, se = run(["--suite", STARTER, "--match", "m", "--agent", "random", "--baseline",
                      "default,random:2,random:6,search:6,openblas,pytorch", "--out", out,
                      "--cache", os.path.join(tmp, "cache")] + FAST)
    print(so, se)
    recs = records(out)
    check_summary(out, recs)
    ids = {"starter/matmul_256", "starter/maxpool_nchw", "starter/chain_matmul_add_relu"}
    got = by_key(recs)
    check({r["benchmark"]["id"] for r in recs} == ids, f"benchmarks {sorted({r['benchmark']['id'] for r in recs})}")
    for (m, b), rs in got.items():
        check(len(rs) == 1, f"{m} on {b}: {len(rs)} records")
    for b in ids:
        for m in ["default", "agent:random", "random:2", "random:6", "search:6"]:
            check((m, b) in got, f"no {m} record for {b}")
    check(("openblas", "starter/matmul_256") in got, "no openblas record for the matmul")
    check(("openblas", "starter/maxpool_nchw") not in got, "an openblas record for a pooling")
    for r in recs:
        m, e = r["eval"]["method"], r["eval"]
        check(list(r) == RECORD_KEYS, f"{m}: record keys {list(r)}")
        check(list(e) == EVAL_KEYS, f"{m}: eval keys {list(e)}")
        check(r["schema_version"] == 3 and e["run_id"] == recs[0]["eval"]["run_id"], f"{m}: run id")
        check((r["speedup"] is not None) == (r["outcome"] == "ok" and m != "default"),
              f"{m} on {r['benchmark']['id']}: speedup {r['speedup']} with outcome {r['outcome']}")
        if r["outcome"] == "ok" and m != "default":
            s = r["speedup"]
            check(s["ci_lo"] <= s["ci_hi"] and s["point"] > 0, f"{m}: interval {s}")
            check(r["timing"]["baseline"]["samples"] >= 3, f"{m}: the default pipeline was not timed with it")
    for b in ids:
        r2, r6, s6 = got[("random:2", b)][0]["eval"], got[("random:6", b)][0]["eval"], got[("search:6", b)][0]["eval"]
        check(r2["measurements"] == 2 and r6["measurements"] == 6 and s6["measurements"] == 6, f"{b}: budgets spent")
        check(r2["curve"] == r6["curve"][:2], f"{b}: random:2 is not the prefix of random:6")
        for e in (r2, r6, s6):
            check(sum(e["search_outcomes"].values()) == e["measurements"], f"{b} {e['method']}: outcome counts")
            curve = [c for c in e["curve"] if c is not None]
            check(curve == sorted(curve), f"{b} {e['method']}: best-so-far decreases")
        for m in ("random:2", "random:6", "search:6", "agent:random"):
            r = got[(m, b)][0]
            if r["outcome"] == "ok":
                check(r["transform"]["kind"] == "schedule" and r["transform"]["text"] == r["eval"]["schedule"],
                      f"{b} {m}: the record measured another schedule than it names")
    blas = got[("openblas", "starter/matmul_256")][0]
    check(blas["outcome"] == "ok" and "kernel" in (blas["eval"]["detail"] or ""), f"openblas: {blas['eval']}")
    check(blas["timing"]["baseline"] == got[("default", "starter/matmul_256")][0]["timing"]["baseline"],
          "openblas is not divided by this run's default pipeline")
    check(rc == (0 if all(r["outcome"] in ("ok", "unavailable") for r in recs) else 1), f"exit status {rc}")


def check_summary(out, recs):
    rep = os.path.join(out, "reports")
    for f in ("summary.json", "summary.md", "report.html", "speedups.png", "curves.png"):
        check(os.path.getsize(os.path.join(rep, f)) > 0 if os.path.exists(os.path.join(rep, f)) else False,
              f"the report has no {f}")
    try:
        s = json.load(open(os.path.join(rep, "summary.json")))
    except (OSError, ValueError) as e:
        check(False, f"summary.json: {e}")
        return
    check(s.get("schema") == 1 and s["run"]["records"] == len(recs), "summary.json: schema or record count")
    for m, ms in s["methods"].items():
        mine = [r for r in recs if r["eval"]["method"] == m]
        ok = [r for r in mine if r["outcome"] == "ok"]
        check(ms["records"] == len(mine) and ms["ok"] == len(ok), f"summary of {m}: {ms['records']}/{ms['ok']}")
        if m != "default" and ok:
            g = 1.0
            for r in ok:
                g *= r["speedup"]["point"] ** (1 / len(ok))
            check(abs(ms["geomean"]["value"] / g - 1) < 1e-6, f"summary of {m}: geomean {ms['geomean']} vs {g}")


# ---------------------------------------------------------------- eval.resume

def subreaper():
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER: orphans become ours, so we can reap them


def descendants(pid):
    kids, todo = [], [pid]
    while todo:
        p = todo.pop()
        for d in os.listdir("/proc"):
            if d.isdigit():
                try:
                    f = open(f"/proc/{d}/stat").read().rpartition(")")[2].split()
                except OSError:
                    continue
                if int(f[1]) == p and f[0] not in "ZX":
                    kids.append(int(d))
                    todo.append(int(d))
    return kids


def alive(pid):
    try:
        return open(f"/proc/{pid}/stat").read().rpartition(")")[2].split()[0] not in "ZX"
    except OSError:
        return False


def case_resume(tmp):
    subreaper()
    out = os.path.join(tmp, "out")
    args = ["--suite", STARTER, "--match", "m", "--agent", "ppo", "--baseline", "default,random:3,search:10",
            "--out", out, "--cache", os.path.join(tmp, "cache"), "--no-report", "--quiet"] + FAST
    p = subprocess.Popen([MLIRRL, "eval"] + args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    path = os.path.join(out, "results.jsonl")
    deadline = time.time() + 600
    while time.time() < deadline and p.poll() is None:
        if os.path.exists(path) and len(open(path).read().splitlines()) >= 3:
            break
        time.sleep(0.05)
    kids = descendants(p.pid)
    os.kill(p.pid, signal.SIGKILL)
    p.wait()
    check(p.returncode == -signal.SIGKILL, f"the run ended before it was killed ({p.returncode})")
    gone = time.time() + 5
    while time.time() < gone and any(alive(k) for k in kids):
        time.sleep(0.05)
        try:
            while os.waitpid(-1, os.WNOHANG)[0]:
                pass
        except ChildProcessError:
            pass
    check(not any(alive(k) for k in kids), f"processes outlived the harness: {[k for k in kids if alive(k)]}")
    before = open(path).read()
    check(len(before.splitlines()) >= 3, "fewer than 3 records before the kill")
    whole = before[:before.rfind("\n") + 1] if not before.endswith("\n") else before
    with open(path, "a") as f:  # as if the kill had landed in the middle of a write
        f.write('{"schema_version":2,"benchmark":{"id":"starter/matmul_256"')
    rc, so, se = run(args + ["--resume"])
    print(so, se)
    check("cut short" in se, "the cut record was not reported")
    after = open(path).read()
    check(after.startswith(whole), "--resume changed the records written before the kill")
    recs = [json.loads(x) for x in after.splitlines()]
    got = by_key(recs)
    want = {(m, b) for m in ("default", "agent:ppo", "random:3", "search:10")
            for b in ("starter/matmul_256", "starter/maxpool_nchw", "starter/chain_matmul_add_relu")}
    check(set(got) == want, f"records after resume: missing {want - set(got)}, extra {set(got) - want}")
    check(all(len(v) == 1 for v in got.values()), "a record was written twice")
    check(len({r["eval"]["run_id"] for r in recs}) == 1, "the resumed run has another run id")
    rc2, so2, _ = run(args + ["--resume"])
    check(open(path).read() == after and rc2 == rc, "a second --resume measured something again")


# ---------------------------------------------------------------- eval.torch_missing

def case_torch_missing(tmp):
    out = os.path.join(tmp, "not", "yet", "there")  # created with its parents
    env = dict(os.environ, MLIRRL_PYTHON="/usr/bin/python3 -S")
    rc, so, se = run(["--suite", STARTER, "--match", "matmul_256", "--baseline", "default,pytorch,torchscript",
                      "--out", out, "--no-report"] + FAST, env=env)
    print(so, se)
    got = by_key(records(out))
    check(got.get(("default", "starter/matmul_256"), [{}])[0].get("outcome") == "ok", "default not measured")
    for m in ("pytorch", "torchscript"):
        r = got.get((m, "starter/matmul_256"), [None])[0]
        if check(r is not None, f"no {m} record"):
            check(r["outcome"] == "unavailable" and "torch" in (r["error"] or ""), f"{m}: {r['outcome']} {r['error']}")
            check(r["speedup"] is None, f"{m}: a speedup without torch")
    check(rc == 0, f"exit status {rc}")


# ---------------------------------------------------------------- eval.halide

HALIDE = ("halide:mullapudi2016", "halide:adams2019", "halide:li2018")


def case_halide(tmp):
    name = "lqcd/dibaryon_dibaryon_v4_w1_corr"
    out = os.path.join(tmp, "out")
    lqcd = ["--suite", os.path.join(SRC, "suites", "lqcd"), "--scale", "quick", "--match", "_v4_w1_corr"]
    rc, so, se = run(lqcd + ["--baseline", "default,halide", "--out", out, "--no-report"] + FAST)
    print(so, se[-3000:])
    got = by_key(records(out))
    # the agent's record is a result either way; every other one is ok
    check(rc in (0, 1) and all(r["outcome"] == "ok" for (m, _), rs in got.items() for r in rs
                               if not m.startswith("agent:")), f"exit status {rc}, or a record not ok")
    d = got.get(("default", name), [None])[0]
    for m in HALIDE:
        r = got.get((m, name), [None])[0]
        if not check(r is not None, f"no {m} record for {name}"):
            continue
        check(r["outcome"] == "ok" and r["eval"]["kind"] == "halide", f"{m}: {r['outcome']} {r['error']}")
        check(m.split(":")[1].lower() in (r["eval"]["detail"] or "").lower() and "MachineParams" in
              (r["eval"]["detail"] or ""), f"{m}: detail {r['eval']['detail']!r}")
        if r["outcome"] == "ok" and d:
            base = d["timing"]["baseline"]["median_ns"]
            cand = r["timing"]["candidate"]["median_ns"]
            check(r["measurement"]["baseline_reused"] and abs(r["speedup"]["point"] / (base / cand) - 1) < 0.25,
                  f"{m}: speedup {r['speedup']['point']} against {base}/{cand}")
    out2 = os.path.join(tmp, "out2")
    env = dict(os.environ, MLIRRL_PYTHON="/usr/bin/python3 -S")
    rc, so, se = run(lqcd + ["--baseline", "default,halide:li2018", "--out", out2, "--no-report"] + FAST, env=env)
    got = by_key(records(out2))
    r = got.get(("halide:li2018", name), [None])[0]
    if check(r is not None, "no halide record without halide"):
        check(r["outcome"] == "unavailable" and "halide" in (r["error"] or "").lower(), f"{r['outcome']} {r['error']}")
    check(got.get(("default", name), [{}])[0].get("outcome") == "ok", "default not measured without halide")
    check(rc in (0, 1), f"exit status without halide {rc}")


# ---------------------------------------------------------------- eval.bad_input

def case_bad_input(tmp):
    folder = os.path.join(tmp, "mine")
    os.makedirs(folder)
    shutil.copy(os.path.join(SRC, "tests", "e2e", "data", "malformed.mlir"), folder)
    shutil.copy(os.path.join(STARTER, "maxpool_nchw.mlir"), folder)
    out = os.path.join(tmp, "out")
    rc, so, se = run([folder, "--agent", "random", "--baseline", "default,random:2,openblas", "--out", out,
                      "--no-report"] + FAST)
    print(so, se)
    got = by_key(records(out))
    for m in ("default", "agent:random", "random:2"):
        r = got.get((m, "malformed"), [None])[0]
        if check(r is not None, f"no {m} record for the malformed benchmark"):
            check(r["outcome"] == "invalid_input" and r["error"], f"malformed {m}: {r['outcome']}")
        r = got.get((m, "maxpool_nchw"), [None])[0]
        check(r is not None and r["outcome"] == "ok", f"maxpool {m} not measured")
    check(rc == 1, f"exit status {rc}")
    one_line_error(*run([folder, "--baseline", "default,tvm", "--out", out + "2"])[::2], 2, "unknown method")
    one_line_error(*run([folder, "--baseline", "random:0", "--out", out + "2"])[::2], 2, "bad budget")
    one_line_error(*run([folder, "--baseline", "default"])[::2], 2, "no --out")
    lst = os.path.join(tmp, "suites", "bad.list")
    os.makedirs(os.path.dirname(lst))
    open(lst, "w").write("# a comment\nstarter/nonesuch\n")
    one_line_error(*run(["--list", lst, "--out", out + "2"])[::2], 2, "bad list line")
    one_line_error(*run([folder, "--baseline", "default", "--out", out, "--no-report"])[::2], 3,
                   "existing records without --resume")


CASES = {"eval.records": case_records, "eval.resume": case_resume, "eval.torch_missing": case_torch_missing,
         "eval.halide": case_halide, "eval.bad_input": case_bad_input}

if __name__ == "__main__":
    if CASE not in CASES:
        sys.exit(f"unknown case {CASE}")
    tmp = tempfile.mkdtemp(prefix="mlirrl-eval-")
    try:
        CASES[CASE](tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("FAILED:" if failures else "passed", CASE, *failures, sep="\n  " if failures else " ")
    sys.exit(1 if failures else 0)
