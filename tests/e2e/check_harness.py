#!/usr/bin/python3
"""End-to-end checks of the harness's own failures and of its workers' lifetime: one case per
process (ctest runs each case as its own test).

  inject.<point>  MLIRRL_TEST_FAULT makes one of the harness's calls fail (calloc, mmap, memfd,
                  socketpair, fork): the run ends in harness_error, never ok, exit status 1,
                  and the record names the call.
  inject.suite    the same under `suite run` and `suite check --run`: a record, a failure.
  suite.invalid   a suite listing a malformed and a missing benchmark and an unreadable
                  schedule: each gets an invalid_input record, the others are still measured.
  stop.sigint, stop.sigterm
                  the signal during a hanging run (two workers alive) leaves no worker, and
                  the harness dies of that signal.
  stop.group      a worker that forked a child of its own: SIGINT kills the whole group.
  stop.kill9      kill -9 of the harness leaves no worker (the workers' parent-death signal).
  stop.suite      SIGTERM during the second benchmark of a suite run: no worker left, the
                  first benchmark's record is in the file.
  stop.fds        a worker holds none of the other workers' descriptors.

usage: check_harness.py MLIRRL SOURCE_DIR CASE
"""
import csv
import ctypes
import hashlib
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
DATA = os.path.join(SRC, "tests", "e2e", "data")
MATMUL = os.path.join(STARTER, "matmul_256.mlir")
FAST = ["--samples", "3", "--min-sample-ms", "5", "--warmup", "1", "--no-counters"]
# A hanging worker is stopped by the test, never by a limit; the CPU limit only bounds the
# damage of a broken harness that would leave a worker spinning.
HANG = ["--timeout", "600", "--compile-timeout", "600", "--cpu-limit", "300"]
WAIT_S = 300   # for a worker to appear and start spinning, on a slow and loaded machine
GONE_S = 2.0   # for every worker to be gone after the harness is told to stop
failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what)
    return cond


def read_records(js, cs):
    recs = [json.loads(x) for x in open(js)] if os.path.exists(js) else []
    rows = list(csv.DictReader(open(cs))) if os.path.exists(cs) else []
    return recs, rows


# ---------------------------------------------------------------- injected faults

CALL_NAMES = {"calloc": "calloc", "mmap": "mmap", "memfd": "memfd_create", "socketpair": "socketpair",
              "fork": "fork"}


def fault_env(point):
    return dict(os.environ, MLIRRL_TEST_FAULT=point)


def case_inject(point):
    with tempfile.TemporaryDirectory() as d:
        js, cs = os.path.join(d, "r.jsonl"), os.path.join(d, "r.csv")
        p = subprocess.run([MLIRRL, "run", MATMUL, "--json", js, "--csv", cs, "--cache", d, *FAST],
                           capture_output=True, text=True, timeout=600, env=fault_env(point))
        print(p.stdout, p.stderr, sep="")
        recs, rows = read_records(js, cs)
        check(p.returncode == 1, f"exit status 1 (got {p.returncode})")
        check(len(recs) == 1 and len(rows) == 1, f"one JSON and one CSV record ({len(recs)}, {len(rows)})")
        rec, row = (recs or [{}])[0], (rows or [{}])[0]
        check(rec.get("outcome") == "harness_error", f"JSON outcome harness_error (got {rec.get('outcome')})")
        check(row.get("outcome") == "harness_error", f"CSV outcome harness_error (got {row.get('outcome')})")
        err = rec.get("error") or ""
        check(CALL_NAMES[point] in err, f"the error names {CALL_NAMES[point]}: {err!r}")
        check(CALL_NAMES[point] in (row.get("error") or ""), "the CSV error too")
        check(rec.get("speedup") is None and (rec.get("timing") or {}).get("baseline") is None,
              "nothing timed")
        # exec reads the outcome of a worker that may not exist (calloc): a clean failure.
        p = subprocess.run([MLIRRL, "exec", MATMUL], capture_output=True, text=True, timeout=600,
                           env=fault_env(point))
        check(p.returncode == 1 and "harness_error" in p.stderr,
              f"exec fails with harness_error (rc {p.returncode}): {p.stderr}")


def case_inject_suite():
    with tempfile.TemporaryDirectory() as d:
        js, cs = os.path.join(d, "r.jsonl"), os.path.join(d, "r.csv")
        p = subprocess.run([MLIRRL, "suite", "run", STARTER, "--match", "matmul_256", "--json", js, "--csv", cs,
                            "--cache", d, *FAST], capture_output=True, text=True, timeout=600,
                           env=fault_env("calloc"))
        print(p.stdout, p.stderr, sep="")
        recs, rows = read_records(js, cs)
        check(p.returncode == 1, f"suite run exits 1 (got {p.returncode})")
        check("0 passed, 1 failed" in p.stdout, "the failure is counted")
        check(len(recs) == 1 and len(rows) == 1, "one record written")
        check(recs and recs[0]["outcome"] == "harness_error" and "calloc" in recs[0]["error"],
              f"record says harness_error, calloc: {recs}")
        check(recs and recs[0]["benchmark"]["id"] == "starter/matmul_256", "with the benchmark's id")
        p = subprocess.run([MLIRRL, "suite", "check", STARTER, "--run", "--match", "matmul_256"],
                           capture_output=True, text=True, timeout=600, env=fault_env("fork"))
        print(p.stdout, p.stderr, sep="")
        check(p.returncode == 1 and "harness_error" in p.stderr and "0 passed, 1 failed" in p.stdout,
              "suite check --run reports the harness error as a failure")
        p = subprocess.run([MLIRRL, "run", MATMUL, "--cache", d, "--quiet", *FAST], capture_output=True,
                           text=True, timeout=600, env=fault_env("nosuchpoint"))
        check(p.returncode == 0 and "unknown point 'nosuchpoint'" in p.stderr,
              f"a misspelt point is reported, not silently taken: {p.stderr}")


# ---------------------------------------------------------------- suites in a temporary folder

def write_suite(folder, entries):
    """manifest.json for [(id, file)], hashes and version as `mlirrl suite check` expects."""
    bench = []
    for bid, f in entries:
        path = os.path.join(folder, f)
        sha = hashlib.sha256(open(path, "rb").read()).hexdigest() if os.path.exists(path) else "0" * 64
        bench.append({"id": bid, "file": f, "sha256": sha, "split": "test", "scale": "tmp"})
    h = hashlib.sha256("".join(f"{b['file']} {b['sha256']}\n" for b in sorted(bench, key=lambda b: b["file"]))
                       .encode()).hexdigest()
    doc = {"suite": "tmp", "version": "1.0.0+" + h[:12], "benchmarks": bench}
    json.dump(doc, open(os.path.join(folder, "manifest.json"), "w"), indent=1)


def case_suite_invalid():
    with tempfile.TemporaryDirectory() as d:
        suite = os.path.join(d, "tmp")
        os.makedirs(os.path.join(suite, "schedules"))
        shutil.copy(MATMUL, os.path.join(suite, "ok.mlir"))
        shutil.copy(os.path.join(DATA, "malformed.mlir"), os.path.join(suite, "bad.mlir"))
        sched = os.path.join(STARTER, "schedules", "matmul_256_tpv.mlir")
        shutil.copy(sched, os.path.join(suite, "schedules", "ok_tpv.mlir"))
        shutil.copy(sched, os.path.join(suite, "schedules", "bad_tpv.mlir"))
        os.makedirs(os.path.join(suite, "schedules", "ok_broken.mlir"))  # matches, cannot be read
        write_suite(suite, [("tmp/ok", "ok.mlir"), ("tmp/bad", "bad.mlir"), ("tmp/missing", "missing.mlir")])
        js, cs = os.path.join(d, "r.jsonl"), os.path.join(d, "r.csv")
        p = subprocess.run([MLIRRL, "suite", "run", suite, "--schedules", "--json", js, "--csv", cs,
                            "--cache", d, *FAST], capture_output=True, text=True, timeout=600)
        print(p.stdout, p.stderr, sep="")
        recs, rows = read_records(js, cs)
        check(p.returncode == 1, f"suite run exits 1 when anything failed (got {p.returncode})")
        check("2 passed, 4 failed" in p.stdout, "the summary counts every record")
        got = [(r["benchmark"]["id"], os.path.basename(r["transform"]["path"] or "") if r.get("transform") else "",
                r["outcome"]) for r in recs]
        print(got)
        check(len(recs) == 6 and len(rows) == 6, f"one record per benchmark and schedule, JSON and CSV: {got}")
        check([r["outcome"] for r in recs] == [r["outcome"] for r in rows], "CSV and JSON agree")
        by = {}
        for r in recs:
            t = r.get("transform") or {}
            by[(r["benchmark"]["id"], os.path.basename(t.get("path") or "") or None)] = r
        ok = by.get(("tmp/ok", None), {})
        check(ok.get("outcome") == "ok", f"the sound benchmark is measured: {ok.get('error')}")
        check(by.get(("tmp/ok", "ok_tpv.mlir"), {}).get("outcome") == "ok", "its schedule too")
        broken = by.get(("tmp/ok", "ok_broken.mlir"), {})
        check(broken.get("outcome") == "invalid_input" and broken.get("error"),
              f"the unreadable schedule: invalid_input with its error: {broken.get('error')}")
        bad = [r for r in recs if r["benchmark"]["id"] == "tmp/bad"]
        check(len(bad) == 2 and all(r["outcome"] == "invalid_input" for r in bad),
              "the malformed benchmark and its schedule: invalid_input")
        check(bad and bad[0]["benchmark"]["path"].endswith("bad.mlir")
              and "expected SSA operand" in bad[0]["error"], f"with its path and the parser's error: {bad[:1]}")
        missing = by.get(("tmp/missing", None), {})
        check(missing.get("outcome") == "invalid_input" and "missing.mlir" in (missing.get("error") or "")
              and missing.get("benchmark", {}).get("path", "").endswith("missing.mlir"),
              f"the missing benchmark: invalid_input naming the file: {missing}")


# ---------------------------------------------------------------- workers and signals

def become_subreaper():
    """Orphaned workers are re-parented to this process, which reaps them: a zombie still
    counts as a member of its process group, and PID 1 of a container may never reap it."""
    libc = ctypes.CDLL(None, use_errno=True)
    PR_SET_CHILD_SUBREAPER = 36
    if libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0:
        print("note: cannot become a subreaper; zombies may linger")


def proc_stat(pid):
    try:
        data = open(f"/proc/{pid}/stat").read()
    except OSError:
        return None
    f = data.rpartition(")")[2].split()
    return {"state": f[0], "ppid": int(f[1]), "pgrp": int(f[2]), "cpu": int(f[11]) + int(f[12]),
            "start": int(f[19])}


def children(pid):
    """Live children of pid, oldest first."""
    kids = []
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        st = proc_stat(int(d))
        if st and st["ppid"] == pid and st["state"] not in "ZX":
            kids.append((st["start"], int(d)))
    return [k for _, k in sorted(kids)]


def group_alive(pgid):
    try:
        os.killpg(pgid, 0)
        return True
    except ProcessLookupError:
        return False


def reap(pgids):
    """Reaps every process of the groups that has become this process's child (orphans)."""
    for g in pgids:
        try:
            while os.waitpid(-g, os.WNOHANG)[0]:
                pass
        except ChildProcessError:
            pass


def spinning(pid, secs=0.5):
    a = proc_stat(pid)
    time.sleep(secs)
    b = proc_stat(pid)
    return a and b and b["cpu"] - a["cpu"] >= 5  # clock ticks of 10 ms


def wait_for_workers(proc, n, ready=lambda kids: True):
    """The harness's n workers, each leading its own process group, once ready(kids) holds."""
    deadline = time.monotonic() + WAIT_S
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            check(False, f"the harness exited early ({proc.returncode}): {proc.stdout.read()}")
            return []
        kids = children(proc.pid)
        if len(kids) >= n and all((proc_stat(k) or {}).get("pgrp") == k for k in kids) and ready(kids):
            return kids
        time.sleep(0.1)
    check(False, f"{n} workers did not appear within {WAIT_S} s")
    return []


def assert_gone(pgids, what):
    deadline = time.monotonic() + GONE_S
    left = set(pgids)
    while left:
        reap(pgids)
        left = {g for g in left if group_alive(g)}
        if time.monotonic() > deadline:
            break
        time.sleep(0.02)
    check(not left, f"{what}: no process of the workers' groups left {GONE_S} s later (left: {sorted(left)})")


def cleanup(proc, pgids):
    for g in pgids:
        try:
            os.killpg(g, signal.SIGKILL)
        except ProcessLookupError:
            pass
    if proc.poll() is None:
        proc.kill()
    proc.wait()
    time.sleep(0.1)
    reap(pgids)


def start(args):
    return subprocess.Popen([MLIRRL, *args], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def hanging_run(d, bench="hang.mlir"):
    """mlirrl run of a hanging benchmark with a candidate: the baseline spins in its check call
    while the candidate's worker waits, compiled. Returns (harness, [baseline, candidate])."""
    proc = start(["run", os.path.join(DATA, bench), "--transform", os.path.join(DATA, "noop_transform.mlir"),
                  "--json", os.path.join(d, "r.jsonl"), "--cache", d, *HANG, *FAST])
    return proc, wait_for_workers(proc, 2, lambda kids: spinning(kids[0]))


def case_stop(sig):
    become_subreaper()
    with tempfile.TemporaryDirectory() as d:
        proc, kids = hanging_run(d)
        try:
            if not kids:
                return
            proc.send_signal(sig)
            assert_gone(kids, f"after {signal.Signals(sig).name}")
            rc = proc.wait(timeout=30)
            check(rc == -sig, f"the harness died of {signal.Signals(sig).name} (returncode {rc})")
        finally:
            cleanup(proc, kids)


def case_stop_group():
    become_subreaper()
    with tempfile.TemporaryDirectory() as d:
        proc = start(["run", os.path.join(DATA, "hang_fork.mlir"), "--cache", d, *HANG, *FAST])
        kids = wait_for_workers(proc, 1, lambda kids: len(children(kids[0])) >= 1)
        try:
            if not kids:
                return
            grandkids = children(kids[0])
            check(all((proc_stat(g) or {}).get("pgrp") == kids[0] for g in grandkids),
                  "the worker's own child is in the worker's group")
            proc.send_signal(signal.SIGINT)
            assert_gone(kids, "after SIGINT, with a worker that forked")
            rc = proc.wait(timeout=30)
            check(rc == -signal.SIGINT, f"the harness died of SIGINT (returncode {rc})")
        finally:
            cleanup(proc, kids)


def case_stop_kill9():
    become_subreaper()
    with tempfile.TemporaryDirectory() as d:
        proc, kids = hanging_run(d)
        try:
            if not kids:
                return
            proc.kill()
            assert_gone(kids, "after kill -9 of the harness")
        finally:
            cleanup(proc, kids)


def case_stop_suite():
    become_subreaper()
    with tempfile.TemporaryDirectory() as d:
        suite = os.path.join(d, "tmp")
        os.makedirs(suite)
        shutil.copy(MATMUL, os.path.join(suite, "a_matmul.mlir"))
        shutil.copy(os.path.join(DATA, "hang.mlir"), os.path.join(suite, "b_hang.mlir"))
        write_suite(suite, [("tmp/matmul", "a_matmul.mlir"), ("tmp/hang", "b_hang.mlir")])
        js = os.path.join(d, "r.jsonl")
        proc = start(["suite", "run", suite, "--json", js, "--cache", d, *HANG, *FAST])
        # The first record is appended after its workers have stopped: a worker seen then is
        # the second benchmark's.
        kids = wait_for_workers(proc, 1, lambda kids: os.path.exists(js) and spinning(kids[0]))
        try:
            if not kids:
                return
            proc.send_signal(signal.SIGTERM)
            assert_gone(kids, "after SIGTERM during the second benchmark")
            rc = proc.wait(timeout=30)
            check(rc == -signal.SIGTERM, f"the harness died of SIGTERM (returncode {rc})")
            recs = [json.loads(x) for x in open(js)]
            check(len(recs) == 1 and recs[0]["benchmark"]["id"] == "tmp/matmul" and recs[0]["outcome"] == "ok",
                  f"the first benchmark's record is kept, whole: {recs}")
        finally:
            cleanup(proc, kids)


def fd_files(pid):
    """(device, inode) -> link of every descriptor of pid."""
    out = {}
    for fd in os.listdir(f"/proc/{pid}/fd"):
        try:
            st = os.stat(f"/proc/{pid}/fd/{fd}")
            out[(st.st_dev, st.st_ino)] = os.readlink(f"/proc/{pid}/fd/{fd}")
        except OSError:
            pass
    return out


def case_stop_fds():
    """The harness holds, per worker, its end of the socket and the worker's stderr file. A
    worker must share none of the harness's sockets (it has its own end) and exactly one memfd
    (its own stderr) with it."""
    become_subreaper()
    with tempfile.TemporaryDirectory() as d:
        proc, kids = hanging_run(d)
        try:
            if not kids:
                return
            mine = {k: v for k, v in fd_files(proc.pid).items() if v.startswith("socket:") or "memfd:" in v}
            check(sum("memfd:" in v for v in mine.values()) == 2 and
                  sum(v.startswith("socket:") for v in mine.values()) == 2,
                  f"the harness holds a socket and a memfd per worker: {sorted(mine.values())}")
            for name, pid in zip(("baseline", "candidate"), kids):
                shared = [v for k, v in fd_files(pid).items() if k in mine]
                print(name, pid, "shares with the harness:", shared)
                check(not [v for v in shared if v.startswith("socket:")],
                      f"the {name} worker holds none of the harness's socket ends: {shared}")
                check(sum("memfd:" in v for v in shared) == 1,
                      f"the {name} worker holds one stderr file, its own: {shared}")
        finally:
            cleanup(proc, kids)


CASES = {"inject.suite": case_inject_suite, "suite.invalid": case_suite_invalid,
         "stop.sigint": lambda: case_stop(signal.SIGINT), "stop.sigterm": lambda: case_stop(signal.SIGTERM),
         "stop.group": case_stop_group, "stop.kill9": case_stop_kill9, "stop.suite": case_stop_suite,
         "stop.fds": case_stop_fds}
for _p in CALL_NAMES:
    CASES["inject." + _p] = (lambda p: lambda: case_inject(p))(_p)

if CASE not in CASES:
    raise SystemExit(f"unknown case {CASE}")
CASES[CASE]()
print(f"{CASE}: {len(failures)} failed" if failures else f"{CASE}: passed")
sys.exit(1 if failures else 0)
