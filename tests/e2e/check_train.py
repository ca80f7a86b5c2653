#!/usr/bin/python3
"""End-to-end checks of `mlirrl train` and of the trained agent, one case per process; a tiny
network on the starter suite.

  train.resume   three iterations in one run, and two then --resume to three, with one cache:
                 the same network bit for bit, the same log rows (but the timings); a run killed
                 with -9 part-way resumes from its last checkpoint with every iteration logged
                 once, in order; the leftovers of a kill (a half-written log line, a temporary
                 checkpoint) are dropped; with only the weights file kept the run continues;
                 the learning curve is drawn.
  train.agent    the weights drive `mlirrl episode --agent ppo:FILE` and `mlirrl eval --agent
                 ppo:FILE` (greedy: the same schedule twice); a weights file from another
                 observation layout (--max-loops 10) is refused with the first difference named;
                 missing, truncated and foreign files are one-line errors.
  train.bad_input usage errors are one line each with exit status 2; an existing run is refused
                 without --resume (3); a corrupt checkpoint is a one-line error (3).
  train.unavailable  a build without OpenBLAS (-DMLIRRL_WITH_OPENBLAS=OFF): mlirrl train says so in
                 one line (3), the agent ppo is unknown (2), and mlirrl eval runs without it.

usage: check_train.py MLIRRL SOURCE_DIR CASE
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

MLIRRL, SRC, CASE = sys.argv[1], sys.argv[2], sys.argv[3]
STARTER = os.path.join(SRC, "suites", "starter")
FAST = ["--samples", "3", "--min-sample-ms", "2", "--warmup", "1", "--threads", "2"]
TINY = ["--suite", STARTER, "--episodes", "3", "--embed", "16", "--hidden", "32,32", "--minibatch", "8",
        "--validate", STARTER, "--validate-every", "2"] + FAST
failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what)
    return cond


def mlirrl(args, timeout=900):
    p = subprocess.run([MLIRRL] + args, capture_output=True, text=True, timeout=timeout)
    return p.returncode, p.stdout, p.stderr


def tensors(path):
    """The tensor bytes of a weights file (its header holds wall times)."""
    d = open(path, "rb").read()
    h = struct.unpack("<I", d[12:16])[0]
    return d[16 + h:-8]


def rows(out):
    lines = open(os.path.join(out, "train.csv")).read().splitlines()
    head = lines[0].split(",")
    timing = {head.index("iter_s"), head.index("wall_s"), head.index("cached")}  # cached: first run or not
    return [[v for i, v in enumerate(l.split(",")) if i not in timing] for l in lines[1:]]


def one_line_error(rc, err, want_rc, what, words=None):
    lines = [x for x in err.splitlines() if x.strip()]
    check(rc == want_rc, f"{what}: exit status {rc}, expected {want_rc} ({err!r})")
    check(len(lines) == 1 and lines[0].startswith("mlirrl"), f"{what}: not one error line: {err!r}")
    if words:
        check(words in err, f"{what}: '{words}' not in {err!r}")


# ---------------------------------------------------------------- train.resume

def case_resume(tmp):
    cache = ["--cache", os.path.join(tmp, "cache")]
    a, b, k = (os.path.join(tmp, x) for x in ("a", "b", "k"))
    rc, so, se = mlirrl(["train"] + TINY + cache + ["--iterations", "3", "--out", a])
    print(se)
    check(rc == 0, f"three iterations: exit status {rc}")
    for f in ("train.csv", "episodes.jsonl", "checkpoint.mrlw", "weights.mrlw", "curve.png"):
        check(os.path.exists(os.path.join(a, f)), f"no {f}")
    ra = rows(a)
    check([r[0] for r in ra] == ["1", "2", "3"], f"iterations logged {[r[0] for r in ra]}")
    eps = [json.loads(l) for l in open(os.path.join(a, "episodes.jsonl"))]
    check(len(eps) == 9 and [e["iteration"] for e in eps] == [1, 1, 1, 2, 2, 2, 3, 3, 3],
          f"episodes logged {[e['iteration'] for e in eps]}")
    check(all(e["outcome"] and e["schedule"] for e in eps), "an episode without outcome or schedule")
    head = open(os.path.join(a, "train.csv")).readline().strip().split(",")
    val = head.index("val_geomean")
    check(ra[1][val] != "" and ra[0][val] == "", "validation not every second iteration")

    rc, so, se = mlirrl(["train"] + TINY + cache + ["--iterations", "2", "--out", b])
    check(rc == 0, f"two iterations: exit status {rc}")
    # What a kill leaves behind: a half-written log line, a temporary checkpoint.
    with open(os.path.join(b, "train.csv"), "a") as f:
        f.write("3,3,17,-0.5")
    with open(os.path.join(b, "episodes.jsonl"), "a") as f:
        f.write('{"iteration":3,"episode":7,"bench')
    with open(os.path.join(b, "checkpoint.mrlw.tmp999"), "wb") as f:
        f.write(b"MLIRRLW\n\x01")
    rc, so, se = mlirrl(["train", "--resume", "--iterations", "3", "--out", b] + cache + FAST)
    print(se)
    check(rc == 0, f"resume: exit status {rc}")
    check(tensors(os.path.join(a, "weights.mrlw")) == tensors(os.path.join(b, "weights.mrlw")),
          "two iterations and a resumed third differ from three in one run")
    check(tensors(os.path.join(a, "checkpoint.mrlw")) == tensors(os.path.join(b, "checkpoint.mrlw")),
          "the checkpoints (optimizer state) differ")
    check(rows(b) == ra, f"log rows differ:\n{rows(b)}\n{ra}")
    def episodes(d):
        return [{k: v for k, v in json.loads(l).items() if k != "cached"} for l in open(os.path.join(d, "episodes.jsonl"))]
    check(episodes(a) == episodes(b), "episode logs differ")

    # A real kill -9 part-way through a longer run.
    p = subprocess.Popen([MLIRRL, "train"] + TINY + cache + ["--iterations", "40", "--out", k],
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.time() + 300
    while time.time() < deadline and not os.path.exists(os.path.join(k, "checkpoint.mrlw")):
        time.sleep(0.2)
    time.sleep(1.5)
    os.killpg(p.pid, signal.SIGKILL)
    p.wait()
    done = len(rows(k))
    check(done >= 1, "nothing was checkpointed before the kill")
    rc, so, se = mlirrl(["train", "--resume", "--iterations", str(done + 2), "--out", k, "--no-plot"] + cache + FAST)
    check(rc == 0, f"resume after kill -9: exit status {rc}: {se}")
    its = [int(r[0]) for r in rows(k)]
    check(its == list(range(1, done + 3)), f"iterations after the kill: {its}")
    eps = [json.loads(l)["iteration"] for l in open(os.path.join(k, "episodes.jsonl"))]
    check(eps == sorted(eps) and len(eps) == 3 * (done + 2), f"episodes after the kill: {eps}")

    # Only the weights kept (as committed): the run continues, the optimizer starts again.
    os.remove(os.path.join(k, "checkpoint.mrlw"))
    rc, so, se = mlirrl(["train", "--resume", "--iterations", str(done + 3), "--out", k, "--no-plot"] + cache + FAST)
    check(rc == 0 and "optimizer's state starts again" in se, f"resume from the weights alone: {rc} {se}")
    check([int(r[0]) for r in rows(k)] == list(range(1, done + 4)), "iterations after resuming from the weights")


# ---------------------------------------------------------------- train.agent

def case_agent(tmp):
    cache = ["--cache", os.path.join(tmp, "cache")]
    out = os.path.join(tmp, "t")
    rc, so, se = mlirrl(["train"] + TINY + cache + ["--iterations", "1", "--out", out, "--no-plot"])
    check(rc == 0, f"training: exit status {rc}: {se}")
    w = os.path.join(out, "weights.mrlw")
    bench = os.path.join(STARTER, "matmul_256.mlir")
    scheds = []
    for _ in range(2):
        rc, so, se = mlirrl(["episode", bench, "--agent", "ppo:" + w] + cache + FAST)
        check(rc == 0, f"episode with the weights: exit status {rc}: {se}")
        line = [l for l in so.splitlines() if l.strip().startswith("schedule")]
        scheds.append(line[0].split(None, 1)[1] if line else None)
    check(scheds[0] and scheds[0] == scheds[1], f"greedy inference is not deterministic: {scheds}")
    ev = os.path.join(tmp, "eval")
    rc, so, se = mlirrl(["eval", "--suite", STARTER, "--match", "matmul", "--agent", "ppo:" + w, "--baseline",
                         "default", "--out", ev, "--no-report"] + cache + FAST)
    recs = [json.loads(l) for l in open(os.path.join(ev, "results.jsonl"))] if os.path.exists(
        os.path.join(ev, "results.jsonl")) else []
    agent = [r for r in recs if r["eval"]["method"] == "agent:ppo:" + w and r["benchmark"]["id"] == "starter/matmul_256"]
    check(len(agent) == 1 and agent[0]["outcome"] == "ok", f"eval with the agent: {rc} {se}")
    if agent:
        check(agent[0]["eval"]["schedule"] == scheds[0], "eval's greedy schedule differs from episode's")

    # Another observation layout.
    other = os.path.join(tmp, "other")
    rc, so, se = mlirrl(["train"] + TINY + cache + ["--iterations", "1", "--out", other, "--no-plot",
                                                    "--max-loops", "10"])
    check(rc == 0, f"training with --max-loops 10: exit status {rc}: {se}")
    rc, so, se = mlirrl(["episode", bench, "--agent", "ppo:" + os.path.join(other, "weights.mrlw")] + cache + FAST)
    check(rc != 0 and "i32[12] here" in se and "i32[10] in the file" in se,
          f"a mismatched layout was not refused with its first difference: {rc} {se!r}")
    # Missing, truncated, foreign files.
    trunc = os.path.join(tmp, "trunc.mrlw")
    open(trunc, "wb").write(open(w, "rb").read()[:5000])
    foreign = os.path.join(tmp, "foreign.mrlw")
    open(foreign, "w").write("not weights at all\n" * 10)
    for path, words in ((os.path.join(tmp, "none.mrlw"), "cannot open"), (trunc, "truncated"),
                        (foreign, "bad magic")):
        rc, so, se = mlirrl(["episode", bench, "--agent", "ppo:" + path] + cache + FAST)
        lines = [x for x in se.splitlines() if x.strip()]
        check(rc != 0 and len(lines) == 1 and words in se, f"{path}: {rc} {se!r}")


# ---------------------------------------------------------------- train.bad_input

def case_bad_input(tmp):
    out = os.path.join(tmp, "o")
    for args, words in ((["--iterations", "1", "--out", out], "--suite"),
                        (["--suite", STARTER, "--iterations", "1"], "--out"),
                        (["--suite", STARTER, "--iterations", "x", "--out", out], "iterations"),
                        (["--suite", STARTER, "--hidden", "12,,4", "--out", out], "--hidden"),
                        (["--suite", STARTER, "--bogus", "1", "--out", out], "--bogus")):
        rc, so, se = mlirrl(["train"] + args)
        one_line_error(rc, se, 2, f"usage {args}", words)
    rc, so, se = mlirrl(["train", "--suite", os.path.join(tmp, "nothing"), "--iterations", "1", "--out", out])
    one_line_error(rc, se, 3, "a suite that does not exist")
    cache = ["--cache", os.path.join(tmp, "cache")]
    rc, so, se = mlirrl(["train"] + TINY + cache + ["--iterations", "1", "--out", out, "--no-plot"])
    check(rc == 0, f"training: exit status {rc}: {se}")
    rc, so, se = mlirrl(["train"] + TINY + cache + ["--iterations", "2", "--out", out])
    one_line_error(rc, se, 3, "an existing run without --resume", "--resume")
    ck = os.path.join(out, "checkpoint.mrlw")
    d = bytearray(open(ck, "rb").read())
    d[len(d) // 2] ^= 0xFF
    open(ck, "wb").write(bytes(d))
    rc, so, se = mlirrl(["train", "--resume", "--iterations", "2", "--out", out] + cache)
    one_line_error(rc, se, 3, "a corrupt checkpoint", "checksum")


# ---------------------------------------------------------------- train.unavailable

def case_unavailable(tmp):
    out = os.path.join(tmp, "o")
    rc, so, se = mlirrl(["train", "--suite", STARTER, "--iterations", "1", "--out", out])
    one_line_error(rc, se, 3, "train without OpenBLAS", "OpenBLAS")
    bench = os.path.join(STARTER, "matmul_256.mlir")
    rc, so, se = mlirrl(["eval", bench, "--agent", "ppo", "--out", out])
    one_line_error(rc, se, 2, "eval --agent ppo without OpenBLAS", "unknown agent 'ppo'")
    rc, so, se = mlirrl(["eval", bench, "--baseline", "default", "--out", out, "--no-report",
                         "--cache", os.path.join(tmp, "cache")] + FAST)
    recs = [json.loads(l) for l in open(os.path.join(out, "results.jsonl"))] if os.path.exists(
        os.path.join(out, "results.jsonl")) else []
    check(rc == 0 and [r["eval"]["method"] for r in recs] == ["default"], f"eval without an agent: {rc} {se}")


def main():
    tmp = tempfile.mkdtemp(prefix="mlirrl-train-")
    try:
        {"train.resume": case_resume, "train.agent": case_agent, "train.bad_input": case_bad_input,
         "train.unavailable": case_unavailable}[CASE](tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    if failures:
        print(f"{len(failures)} check(s) failed")
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
