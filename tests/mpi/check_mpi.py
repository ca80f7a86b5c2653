#!/usr/bin/python3
"""End-to-end checks of mlirrl on several MPI ranks (loopback, started here with mpirun), one
case per process.

  mpi.eval.equal   the same small eval (starter matmul_256 and maxpool_nchw; default, random:2,
                   the shipped agent ppo) on one process without mpirun and on 2 ranks: the same
                   records in the same order, every field equal but the timings, the host and the
                   run's own id and times; one run id in the 2-rank file; the shards are gone; the
                   ranks' timed sections never overlapped (the timing lock).
  mpi.eval.resume  the starter suite (default, agent:random, random:24) on 3 ranks; one rank is
                   killed with -9 once it has written a record: mpirun ends
                   the run; --resume on 2 ranks finishes it: every (method, benchmark) exactly
                   once, the records written before the kill unchanged, one run id; no worker
                   outlives the run; a second --resume measures nothing.
  mpi.train.equal  2 iterations of a tiny network on 2 benchmarks, validation at iteration 2:
                   3 ranks with an empty cache, then one process without mpirun replaying that
                   cache, then 2 and 4 ranks replaying it: the same weights bit for bit, the same
                   episodes (benchmark, schedule, outcome, reward) and the same log rows (but the
                   timings and the cache column); rank 0 alone wrote OUT.
  mpi.unavailable  (a build without MPI) mpirun -n 2 mlirrl eval ...: one line saying so, exit 3.
  mpi.one_rank     a command that does not share its work (mlirrl run) on 2 ranks: one line, exit 2.

usage: check_mpi.py MLIRRL MPIRUN SOURCE_DIR CASE
"""
import json
import os
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
import time

MLIRRL, MPIRUN, SRC, CASE = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
STARTER = os.path.join(SRC, "suites", "starter")
FAST = ["--samples", "3", "--min-sample-ms", "2", "--warmup", "1", "--threads", "2"]
# Loopback in a container: shared memory without the single-copy mechanism (ptrace may be
# refused), as root, more ranks than cores.
MPI = [MPIRUN, "--oversubscribe", "--allow-run-as-root", "--bind-to", "none", "--mca", "btl", "self,vader",
       "--mca", "btl_vader_single_copy_mechanism", "none", "--mca", "pml", "ob1"]
failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what)
    return cond


def run(args, ranks=0, env=None, timeout=1500):
    cmd = (MPI + ["-n", str(ranks)] if ranks else []) + [MLIRRL] + args
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=env)
    return p.returncode, p.stdout, p.stderr


def records(out):
    return [json.loads(x) for x in open(os.path.join(out, "results.jsonl"))]


# Fields that depend on timing, on the machine, or on when the run started: everything else of a
# record must be the same on any number of ranks.
VOLATILE = {
    ("timing",), ("speedup",), ("compile_ms",), ("counters",), ("counters_note",), ("overhead_ms",),
    ("measurement", "baseline_age_s"), ("measurement", "baseline_timed_utc"), ("measurement", "attempts"),
    ("measurement", "retry_reason"), ("context", "time_utc"), ("context", "hostname"), ("eval", "run_id"),
    ("eval", "search_wall_s"), ("eval", "curve"), ("eval", "detail"),
}


def stable(rec, path=()):
    if isinstance(rec, dict):
        return {k: stable(v, path + (k,)) for k, v in rec.items() if path + (k,) not in VOLATILE}
    return rec


def diff(a, b, path=""):
    if isinstance(a, dict) and isinstance(b, dict):
        out = []
        for k in list(a) + [k for k in b if k not in a]:
            out += diff(a.get(k), b.get(k), f"{path}.{k}")
        return out
    return [] if a == b else [f"{path}: {str(a)[:80]} != {str(b)[:80]}"]


def overlaps(trace):
    """Pairs of timed sections of different processes that overlapped in time."""
    spans = sorted(tuple(float(x) if i else int(x) for i, x in enumerate(l.split())) for l in open(trace) if l.strip())
    spans = [(pid, t0, t1) for pid, t0, t1 in spans]
    bad = []
    for i, (p, a0, a1) in enumerate(spans):
        for q, b0, b1 in spans[i + 1:]:
            if p != q and a0 < b1 and b0 < a1:
                bad.append(((p, a0, a1), (q, b0, b1)))
    return bad, len(spans)


# ---------------------------------------------------------------- mpi.eval.equal

def case_eval_equal(tmp):
    # A search picks its best candidate by timing: both runs find the candidates' train-profile
    # measurements in copies of one cache, so that the pick, a timing result, is the same and
    # what is compared is the sharding. Every record is still measured afresh (eval profile).
    one, two, warm = (os.path.join(tmp, x) for x in ("one", "two", "warm"))
    common = ["--baseline", "default,random:2", "--no-report", "--quiet"] + FAST
    bench = [os.path.join(STARTER, "matmul_256.mlir"), os.path.join(STARTER, "maxpool_nchw.mlir")]
    cache = os.path.join(tmp, "cache")
    rc0, so0, se0 = run(["eval"] + bench + common + ["--out", warm, "--cache", cache])
    check(rc0 == 0, f"filling the cache: exit status {rc0}: {se0}")
    for c in ("c1", "c2"):
        shutil.copytree(cache, os.path.join(tmp, c))
    rc1, so1, se1 = run(["eval"] + bench + common + ["--out", one, "--cache", os.path.join(tmp, "c1")])
    print(so1, se1)
    trace = os.path.join(tmp, "trace")
    env = dict(os.environ, MLIRRL_TEST_TIMING_TRACE=trace)
    rc2, so2, se2 = run(["eval"] + bench + common + ["--out", two, "--cache", os.path.join(tmp, "c2")], ranks=2,
                        env=env)
    print(so2, se2)
    check(rc1 == rc2, f"exit status {rc1} on one process, {rc2} on 2 ranks")
    a, b = records(one), records(two)
    keys = lambda rs: [(r["eval"]["method"], r["benchmark"]["id"]) for r in rs]
    check(len(a) == 6, f"{len(a)} records on one process, expected 6")
    check(keys(a) == keys(b), f"records or their order differ: {keys(a)} vs {keys(b)}")
    for ra, rb in zip(a, b):
        d = diff(stable(ra), stable(rb))
        check(not d, f"{ra['eval']['method']} on {ra['benchmark']['id']}: {d[:4]}")
        check(ra["outcome"] == "ok", f"{ra['eval']['method']} on {ra['benchmark']['id']}: {ra['outcome']}")
    check(len({r["eval"]["run_id"] for r in b}) == 1, "several run ids in the merged file")
    check(not os.path.exists(os.path.join(two, "shards")), "the shards were left behind")
    check("rank 1:" in se2 and "rank 0:" in se2, "the ranks did not both report their share")
    if check(os.path.exists(trace), "no timed section was traced"):
        bad, n = overlaps(trace)
        pids = {l.split()[0] for l in open(trace) if l.strip()}
        check(len(pids) >= 2, f"timed sections of {len(pids)} process(es) only")
        check(not bad, f"{len(bad)} of {n} timed sections overlapped another rank's: {bad[:2]}")


# ---------------------------------------------------------------- mpi.eval.resume

def mlirrl_ranks(mpirun_pid):
    """The mlirrl processes started by this mpirun (its children, through orted or directly)."""
    found = []
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            cmd = open(f"/proc/{d}/cmdline", "rb").read().split(b"\0")
            env = open(f"/proc/{d}/environ", "rb").read().split(b"\0")
        except OSError:
            continue
        if cmd and cmd[0] == MLIRRL.encode():
            for e in env:
                if e.startswith(b"OMPI_COMM_WORLD_RANK="):
                    found.append((int(e.split(b"=")[1]), int(d)))
    return dict(found)


def alive(pid):
    try:
        return open(f"/proc/{pid}/stat").read().rpartition(")")[2].split()[0] not in "ZX"
    except OSError:
        return False


def descendants(pids):
    kids, todo = [], list(pids)
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


def case_eval_resume(tmp):
    out = os.path.join(tmp, "out")
    args = ["eval", "--suite", STARTER, "--agent", "random", "--baseline", "default,random:24",
            "--out", out, "--cache", os.path.join(tmp, "cache"), "--no-report", "--quiet"] + FAST
    p = subprocess.Popen(MPI + ["-n", "3", MLIRRL] + args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.time() + 60
    ranks = {}
    while time.time() < deadline and p.poll() is None and len(ranks) < 3:
        ranks = mlirrl_ranks(p.pid)
        time.sleep(0.05)
    shard = os.path.join(out, "shards", "rank-1.jsonl")
    deadline = time.time() + 600
    while time.time() < deadline and p.poll() is None:
        if os.path.exists(shard) and open(shard).read().count("\n") >= 1:
            break
        time.sleep(0.02)
    kids = descendants(list(ranks.values()))
    check(p.poll() is None, "the run ended before a rank could be killed")
    check(1 in ranks, f"rank 1 not found among {ranks}")
    if 1 in ranks:
        os.kill(ranks[1], signal.SIGKILL)
    so, se = p.communicate(timeout=300)
    print(so, se)
    check(p.returncode != 0, f"mpirun ended with status 0 after a rank was killed")
    gone = time.time() + 10
    while time.time() < gone and any(alive(k) for k in kids + list(ranks.values())):
        time.sleep(0.1)
    check(not any(alive(k) for k in kids + list(ranks.values())), "processes outlived the killed run")
    before = {}
    for f in os.listdir(os.path.join(out, "shards")):
        for line in open(os.path.join(out, "shards", f)).read().splitlines(keepends=True):
            if line.endswith("\n"):
                r = json.loads(line)
                before[(r["eval"]["method"], r["benchmark"]["id"])] = line
    check(len(before) >= 1, "no record written before the kill")
    rc, so, se = run(args + ["--resume"], ranks=2)
    print(so, se)
    recs = records(out)
    got = {}
    for line in open(os.path.join(out, "results.jsonl")).read().splitlines(keepends=True):
        r = json.loads(line)
        got.setdefault((r["eval"]["method"], r["benchmark"]["id"]), []).append(line)
    want = {(m, b) for m in ("default", "agent:random", "random:24")
            for b in ("starter/matmul_256", "starter/maxpool_nchw", "starter/chain_matmul_add_relu",
                      "starter/conv2d_nchw")}
    check(set(got) == want, f"records after resume: missing {want - set(got)}, extra {set(got) - want}")
    check(all(len(v) == 1 for v in got.values()), "a record was written twice")
    for k, line in before.items():
        check(got.get(k, [None])[0] == line, f"{k}: the record written before the kill changed")
    check(len({r["eval"]["run_id"] for r in recs}) == 1, "the resumed run has another run id")
    check(not os.path.exists(os.path.join(out, "shards")), "the shards were left behind")
    after = open(os.path.join(out, "results.jsonl")).read()
    rc2, so2, se2 = run(args + ["--resume"], ranks=2)
    check(open(os.path.join(out, "results.jsonl")).read() == after, "a second --resume changed the records")
    check(rc2 == rc, f"a second --resume: exit status {rc2}, first {rc}")


# ---------------------------------------------------------------- mpi.train.equal

def tiny_suite(tmp):
    """Two starter benchmarks as a suite of their own, both in its train split."""
    d = os.path.join(tmp, "suite")
    os.makedirs(d)
    m = json.load(open(os.path.join(STARTER, "manifest.json")))
    keep = [e for e in m["benchmarks"] if e["id"] in ("starter/matmul_256", "starter/maxpool_nchw")]
    for e in keep:
        e["split"] = "train"
        shutil.copy(os.path.join(STARTER, e["file"]), d)
    m["benchmarks"] = keep
    json.dump(m, open(os.path.join(d, "manifest.json"), "w"))
    return d


def tensors(path):
    d = open(path, "rb").read()
    h = struct.unpack("<I", d[12:16])[0]
    return d[16 + h:-8]


def csv_rows(out):
    lines = open(os.path.join(out, "train.csv")).read().splitlines()
    head = lines[0].split(",")
    drop = {head.index("iter_s"), head.index("wall_s"), head.index("cached")}
    return [[v for i, v in enumerate(l.split(",")) if i not in drop] for l in lines[1:]]


def episodes(out):
    keep = ("iteration", "episode", "benchmark", "schedule", "outcome", "reward", "decisions", "speedup")
    return [{k: e.get(k) for k in keep} for e in map(json.loads, open(os.path.join(out, "episodes.jsonl")))]


def case_train_equal(tmp):
    suite = tiny_suite(tmp)
    tiny = ["--suite", suite, "--episodes", "5", "--embed", "16", "--hidden", "32,32", "--minibatch", "8",
            "--validate", suite, "--validate-every", "2", "--iterations", "2", "--no-plot"] + FAST
    cache = os.path.join(tmp, "cache")
    runs = {}
    for name, ranks in (("three", 3), ("one", 0), ("two", 2), ("four", 4)):
        out = os.path.join(tmp, name)
        if name != "three":  # replays: a copy of the cache the 3-rank run filled
            shutil.rmtree(cache + "-" + name, ignore_errors=True)
            shutil.copytree(cache, cache + "-" + name)
        rc, so, se = run(["train"] + tiny + ["--out", out, "--cache", cache if name == "three" else cache + "-" + name],
                         ranks=ranks)
        print(name, rc, se[-3000:])
        check(rc == 0, f"{name}: exit status {rc}")
        runs[name] = out
    ref = runs["three"]
    if not all(os.path.exists(os.path.join(o, "weights.mrlw")) for o in runs.values()):
        check(False, "a run wrote no weights")
        return
    for name in ("one", "two", "four"):
        out = runs[name]
        check(tensors(os.path.join(out, "weights.mrlw")) == tensors(os.path.join(ref, "weights.mrlw")),
              f"{name}: the weights differ from the 3-rank run's")
        check(tensors(os.path.join(out, "checkpoint.mrlw")) == tensors(os.path.join(ref, "checkpoint.mrlw")),
              f"{name}: the checkpoint (optimizer included) differs from the 3-rank run's")
        check(episodes(out) == episodes(ref), f"{name}: the episodes differ from the 3-rank run's")
        check(csv_rows(out) == csv_rows(ref), f"{name}: the log rows differ: {csv_rows(out)} vs {csv_rows(ref)}")
    one = [json.loads(x) for x in open(os.path.join(runs["one"], "episodes.jsonl"))]
    check(all(e["cached"] for e in one), "the replay on one process measured something again")
    check(sorted(os.listdir(ref)) == sorted(os.listdir(runs["one"])), "the 3-rank run wrote other files in OUT")


# ---------------------------------------------------------------- refusals

def one_line(rc, err, want_rc, what, words):
    lines = [x for x in err.splitlines() if x.strip()]
    check(rc == want_rc, f"{what}: exit status {rc}, expected {want_rc}")
    check(len(lines) == 1 and words in lines[0], f"{what}: not one line with '{words}': {err!r}")


def case_unavailable(tmp):
    rc, so, se = run(["eval", os.path.join(STARTER, "matmul_256.mlir"), "--baseline", "default", "--out",
                      os.path.join(tmp, "o")], ranks=2)
    # mpirun adds its own lines about the non-zero exit: only mlirrl's own lines count.
    own = "\n".join(l for l in se.splitlines() if l.startswith("mlirrl"))
    one_line(3 if rc else 0, own, 3, "mpirun without MPI support", "without MPI")
    check(rc != 0, "mpirun reported success")


def case_one_rank(tmp):
    rc, so, se = run(["run", os.path.join(STARTER, "matmul_256.mlir")] + FAST, ranks=2)
    own = "\n".join(l for l in se.splitlines() if l.startswith("mlirrl"))
    one_line(2 if rc else 0, own, 2, "mlirrl run on 2 ranks", "one rank")
    check(rc != 0, "mpirun reported success")


CASES = {"mpi.eval.equal": case_eval_equal, "mpi.eval.resume": case_eval_resume, "mpi.train.equal": case_train_equal,
         "mpi.unavailable": case_unavailable, "mpi.one_rank": case_one_rank}

if __name__ == "__main__":
    if CASE not in CASES:
        sys.exit(f"unknown case {CASE}")
    tmp = tempfile.mkdtemp(prefix="mlirrl-mpi-")
    try:
        CASES[CASE](tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("FAILED:" if failures else "passed", CASE, *failures, sep="\n  " if failures else " ")
    sys.exit(1 if failures else 0)
