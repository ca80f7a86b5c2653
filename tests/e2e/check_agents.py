#!/usr/bin/python3
"""End-to-end checks of external agents (agents/PROTOCOL.md), one case per process.

  reference.python, reference.c
                 the reference agent (Python, C) through `mlirrl episode` on two benchmarks,
                 two episodes each: the same schedules, in the same order, as the built-in random
                 agent with the same seed (the masks and actions cross the pipe intact), every
                 episode measured and recorded, exit status 0, no agent process left behind.
  eval           `mlirrl eval` with the random agent, both reference agents and an agent that
                 plays an illegal action, on two benchmarks: the reference agents' records hold
                 the random agent's schedules and outcomes; the misbehaving agent's records are
                 agent_failed with an `illegal:` error, one per benchmark (it was started again);
                 the default pipeline's records are written; exit status 1; the report lists the
                 failures by outcome; no agent process left behind.
  fail.MODE      an agent that breaks the protocol one way (tests/e2e/data/bad_agent.py MODE):
                 malformed JSON, a wrong message, an illegal action (a masked type, a masked
                 tile choice), an answer too late (with
                 --agent-timeout 0.5), exiting, crashing, an oversize line, another protocol
                 version, a closed stdin (the harness's write gets EPIPE: SIGPIPE must not kill
                 it). Each: the episode's outcome is agent_failed, stderr is exactly one line
                 naming the failure's class, the harness exits normally with status 1, in time,
                 and no agent process is left (killed and reaped). fail.late_shell: the late agent
                 under a shell (sh -c without exec): its whole process group is killed.
  fail.restart   an agent that exits in the first episode only: episode 1 agent_failed, episode
                 2 played by a new process and measured; the summary counts both; status 1.
  gym            agents/python/mlirrl_gym.py over `mlirrl episode --agent stdio`: reset() moves
                 across the two benchmarks and into a new session when one ends; observations
                 follow the layout of hello; masks have their shapes and the random legal actions
                 drawn from them are accepted; rewards are 0 until the end, then log10 of the
                 speedup (or the penalty); terminated at the end, never truncated.
  stdio.fail     the program on the other side of --agent stdio sends a line that is not JSON,
                 then an illegal action through the wrapper: mlirrl stops with one line on stderr
                 and exit status 1, and the wrapper raises with that line.
  usage          bad uses are one line each with exit status 2: --agent stdio in eval, exec:
                 without a command, --id with two benchmarks, a bad --agent-timeout.

usage: check_agents.py MLIRRL C_AGENT SOURCE_DIR CASE
"""
import ctypes
import json
import math
import os
import random
import re
import subprocess
import sys
import tempfile
import time

MLIRRL, C_AGENT, SRC, CASE = sys.argv[1:5]
DATA = os.path.join(SRC, "tests", "env", "data")
MATMUL, RELU, CHAIN = (os.path.join(DATA, f) for f in ("matmul.mlir", "relu.mlir", "chain.mlir"))
PY = "/usr/bin/python3"
PY_AGENT = f"{PY} {os.path.join(SRC, 'agents', 'reference', 'random_agent.py')}"
BAD = os.path.join(SRC, "tests", "e2e", "data", "bad_agent.py")
FAST = ["--samples", "3", "--min-sample-ms", "2", "--warmup", "1", "--threads", "2"]
failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what)
    return cond


def mlirrl(*args, timeout=600):
    t0 = time.monotonic()
    p = subprocess.run([MLIRRL, *args], capture_output=True, text=True, timeout=timeout)
    p.elapsed = time.monotonic() - t0
    print("$ mlirrl", " ".join(args), f"-> {p.returncode} in {p.elapsed:.2f} s")
    print(p.stdout[-4000:], p.stderr[-4000:], sep="")
    return p


def subreaper():
    """Orphans become ours: an agent the harness did not kill, or a child it did not reap,
    shows up here once the harness has exited."""
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER


def check_no_leftovers(what, strict=True):
    """Nothing of the run may still be alive. strict: nothing may reach us at all, which holds
    when every agent was the harness's own child (started with exec, or exiting by itself
    after bye): an agent the harness did not kill, or a child it did not reap, comes to us
    once the harness has exited. Without strict, an agent's grandchild killed with its process
    group may reach us dead (only its parent could have reaped it)."""
    reaped, alive = [], False
    deadline = time.time() + 3
    while True:
        try:
            pid, status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            break
        if pid:
            reaped.append((pid, status))
        elif time.time() > deadline:
            alive = True
            break
        else:
            time.sleep(0.05)
    check(not alive, f"{what}: a process outlived the harness")
    if strict:
        check(not reaped, f"{what}: processes outlived or were not reaped by the harness: {reaped}")


def schedules(stdout):
    return re.findall(r"^  schedule  (\S+)$", stdout, re.M)


def records(path):
    return [json.loads(x) for x in open(path)] if os.path.exists(path) else []


# ---------------------------------------------------------------- reference agents

def case_reference(agent):
    subreaper()
    with tempfile.TemporaryDirectory() as d:
        common = [MATMUL, CHAIN, "--episodes", "2", "--seed", "5", "--cache", os.path.join(d, "cache"), *FAST]
        want = mlirrl("episode", *common, "--agent", "random")
        js = os.path.join(d, "agent.jsonl")
        got = mlirrl("episode", *common, "--agent", f"exec:{agent}", "--json", js)
        check(want.returncode == 0 and got.returncode == 0, f"exit statuses {want.returncode}, {got.returncode}")
        check(len(schedules(want.stdout)) == 4, f"four episodes of the random agent: {schedules(want.stdout)}")
        check(schedules(got.stdout) == schedules(want.stdout),
              f"the reference agent chose other schedules: {schedules(got.stdout)} vs {schedules(want.stdout)}")
        ids = [re.search(r"^episode \d+/4  (\S+)", x).group(1) for x in re.findall(r"^episode .*$", got.stdout, re.M)]
        check(ids == ["matmul", "chain", "matmul", "chain"], f"the benchmarks take turns: {ids}")
        recs = records(js)
        check([r["transform"]["text"] for r in recs] == schedules(want.stdout), "one record per episode, in order")
        check(got.stderr.strip() == "", f"nothing on stderr: {got.stderr!r}")
        check("agent_failed 0" in got.stdout, "the summary counts no failure")
    check_no_leftovers("reference agent")


# ---------------------------------------------------------------- mlirrl eval

def case_eval():
    subreaper()
    with tempfile.TemporaryDirectory() as d:
        out = os.path.join(d, "out")
        bad = f"exec:exec {PY} {BAD} illegal"
        p = mlirrl("eval", MATMUL, RELU, "--agent", "random", "--agent", f"exec:{C_AGENT}", "--agent",
                   f"exec:{PY_AGENT}", "--agent", bad, "--baseline", "default", "--out", out,
                   "--cache", os.path.join(d, "cache"), *FAST, timeout=1200)
        recs = records(os.path.join(out, "results.jsonl"))
        got = {(r["eval"]["method"], r["benchmark"]["id"]): r for r in recs}
        benches = ["matmul", "relu"]
        methods = ["default", "agent:random", f"agent:exec:{C_AGENT}", f"agent:exec:{PY_AGENT}", f"agent:{bad}"]
        check(len(recs) == len(benches) * len(methods), f"{len(recs)} records")
        for b in benches:
            for m in methods:
                check((m, b) in got, f"no record of {m} on {b}")
            if not all((m, b) in got for m in methods):
                continue
            check(got[("default", b)]["outcome"] == "ok", f"default on {b}: {got[('default', b)]['outcome']}")
            rnd = got[("agent:random", b)]
            for m in methods[2:4]:
                r = got[(m, b)]
                check(r["eval"]["schedule"] == rnd["eval"]["schedule"] and r["outcome"] == rnd["outcome"],
                      f"{m} on {b}: {r['eval']['schedule']} {r['outcome']} vs {rnd['eval']['schedule']} {rnd['outcome']}")
            r = got[(f"agent:{bad}", b)]
            check(r["outcome"] == "agent_failed" and (r["error"] or "").startswith("illegal: "),
                  f"the misbehaving agent on {b}: {r['outcome']}: {r['error']}")
            check(r["speedup"] is None and r["eval"]["kind"] == "agent", f"the failed record: {r['speedup']}")
        check(p.returncode == 1, f"exit status {p.returncode}, expected 1 (a record is not ok)")
        try:
            s = json.load(open(os.path.join(out, "reports", "summary.json")))
            fails = s["methods"][f"agent:{bad}"]["failures"]
            check(sorted((f["benchmark"], f["outcome"]) for f in fails) == [(b, "agent_failed") for b in benches],
                  f"the report's failures: {fails}")
        except (OSError, KeyError, ValueError) as e:
            check(False, f"the report: {e!r}")
    check_no_leftovers("eval")


# ---------------------------------------------------------------- failures

FAIL_CASES = {
    # mode: (extra options, the error after "agent_failed: ")
    "malformed": ([], r"malformed: the answer to step 1 is not JSON \('\{\"type\": \"T\", \"tile\": \[1, 2': "),
    "wrong": ([], r"unexpected: expected an action for step 1, got a message of type 'hello'$"),
    "illegal": ([], r"illegal: T is masked at step 1 \(allowed: I\)$"),
    "illegal_tile": (["--at", "3"], r"illegal: tile choice 7 \(size 64\) for loop 0 is masked at step 3 \(allowed: 0, 1, 2, 3, 4, 5, 6\)$"),
    "late": (["--agent-timeout", "0.5"], r"timeout: the answer to step 1 did not come within 0\.5 s$"),
    "exit": ([], r"gone: the agent exited with status 3 before the answer to step 1$"),
    "crash": ([], r"gone: the agent was killed by signal 11 \(Segmentation fault\) before the answer to step 1$"),
    "oversize": ([], r"oversize: the answer to step 1 is a line longer than 65536 bytes$"),
    "version": ([], r"version: the agent speaks protocol version 99, this harness version 1$"),
    "closein": ([], r"gone: the agent closed its input \(it is still running\), while sending episode_start$"),
}


def case_fail(mode, shell=False):
    """The agent runs with exec, so that it is the harness's own child (nothing else holds its
    pipes, and its death is its own); with shell, under a shell that waits for it."""
    subreaper()
    extra, want = FAIL_CASES[mode]
    prefix = "" if shell else "exec "
    agent_args = " ".join(extra) if extra[:1] == ["--at"] else ""
    extra = [] if agent_args else extra
    with tempfile.TemporaryDirectory() as d:
        p = mlirrl("episode", MATMUL, "--agent", f"exec:{prefix}{PY} {BAD} {mode} {agent_args}", "--cache", d, *FAST,
                   *extra)
    check(p.returncode == 1, f"exit status {p.returncode}, expected 1 (a normal exit)")
    check("  outcome   agent_failed\n" in p.stdout, "the episode's outcome is agent_failed")
    lines = [x for x in p.stderr.splitlines() if x.strip()]
    check(len(lines) == 1 and re.match(r"mlirrl episode: matmul: episode 1: agent_failed: " + want, lines[0]),
          f"not the one expected line: {lines}")
    check(p.elapsed < (8 if mode == "late" else 20), f"the harness took {p.elapsed:.1f} s")
    check_no_leftovers(mode, strict=not shell)


def case_fail_restart():
    subreaper()
    with tempfile.TemporaryDirectory() as d:
        once = os.path.join(d, "failed-once")
        p = mlirrl("episode", MATMUL, "--episodes", "2", "--agent", f"exec:{PY} {BAD} exit --once {once}",
                   "--cache", d, *FAST)
        check(os.path.exists(once), "the first agent did not run")
    check(p.returncode == 1, f"exit status {p.returncode}")
    check(re.search(r"^episode 1/2 .*\n  outcome   agent_failed$", p.stdout, re.M), "episode 1 failed")
    check(re.search(r"^episode 2/2 .*\n  schedule  \S+\n  outcome   ok", p.stdout, re.M), "episode 2 was played and measured")
    check(re.search(r"1 measured .*: ok 1, .* agent_failed 1$", p.stdout, re.M), "the summary counts both")
    lines = [x for x in p.stderr.splitlines() if x.strip()]
    check(len(lines) == 1 and "episode 1: agent_failed: gone: the agent exited with status 3" in lines[0],
          f"stderr: {lines}")
    check_no_leftovers("restart")


# ---------------------------------------------------------------- the Gym-style wrapper

def gym_module():
    sys.path.insert(0, os.path.join(SRC, "agents", "python"))
    import mlirrl_gym
    return mlirrl_gym


def check_layout(env, obs, info):
    names = [t["name"] for t in env.layout]
    check(list(obs) == names, f"observation keys {list(obs)[:5]}... are not the layout's")
    for t in env.layout:
        n = math.prod(t["shape"])
        check(len(obs[t["name"]]) == n, f"{t['name']}: {len(obs[t['name']])} values for shape {t['shape']}")
    m, c = info["masks"], env.config
    check(len(m["action"]) == len(env.action_types) == 6, f"action mask {m['action']}")
    check(len(m["tile"]) == c["max_loops"] and all(len(r) == c["tile_choices"] for r in m["tile"]), "tile mask shape")
    check(len(m["interchange"]) == c["interchange_size"] == c["max_loops"], "interchange mask size")


def case_gym():
    subreaper()
    g = gym_module()
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as d:
        env = g.MlirrlEnv([MATMUL, RELU], mlirrl=MLIRRL, episodes=1, args=["--cache", d, "--quiet", *FAST])
        seen = []
        for _ in range(3):
            obs, info = env.reset()
            seen.append((info["benchmark"], info["episode"]))
            check_layout(env, obs, info)
            check(obs["mask.action"] == info["masks"]["action"], "mask.action of the observation and of info")
            done, steps = False, 0
            while not done:
                action = g.random_legal_action(info, env.action_types, rng)
                obs, reward, done, truncated, info = env.step(action)
                steps += 1
                check(not truncated, "truncated")
                if not done:
                    check(reward == 0, f"reward {reward} before the end")
                    check_layout(env, obs, info)
            check(steps >= 3, f"{steps} steps")
            check(info["measured"] and info["schedule"], f"the end of the episode: {info}")
            if info["outcome"] == "ok":
                check(abs(reward - math.log10(info["speedup"])) < 1e-9, f"reward {reward}, speedup {info['speedup']}")
            else:
                check(reward in (env.config["penalty_transform"], env.config["penalty_execution"]), f"penalty {reward}")
            check(not any(info["masks"]["action"]), "masks after the end")
            try:
                env.step({"type": "NT"})
                check(False, "step() after the end was accepted")
            except g.MlirrlError:
                pass
        check(seen == [("matmul", 1), ("relu", 2), ("matmul", 1)], f"episodes {seen}: turns, then a new session")
        env.close()
    check_no_leftovers("gym")


def case_stdio_fail():
    subreaper()
    with tempfile.TemporaryDirectory() as d:
        p = subprocess.Popen([MLIRRL, "episode", MATMUL, "--agent", "stdio", "--episodes", "3", "--cache", d, *FAST],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        hello = json.loads(p.stdout.readline())
        check(hello["msg"] == "hello" and hello["protocol"] == 1, f"hello: {hello.get('msg')}")
        p.stdin.write(json.dumps({"msg": "hello", "protocol": 1}) + "\n")
        p.stdin.flush()
        check(json.loads(p.stdout.readline())["msg"] == "episode_start", "episode_start")
        check(json.loads(p.stdout.readline())["msg"] == "step", "step")
        p.stdin.write("garbage\n")
        p.stdin.flush()
        rest, err = p.communicate(timeout=60)
        check(rest == "", f"mlirrl went on talking: {rest[:200]!r}")
        check(p.returncode == 1, f"exit status {p.returncode}")
        lines = [x for x in err.splitlines() if x.startswith("mlirrl")]  # stderr has the episode's lines too
        check(len(lines) == 1 and lines[0].startswith("mlirrl episode: matmul: episode 1: agent_failed: malformed: "),
              f"stderr: {lines}")
        check("matmul: 1 episodes, 0 measured" in err, "the summary counts the one episode played")

        g = gym_module()
        env = g.MlirrlEnv(MATMUL, mlirrl=MLIRRL, args=["--cache", d, *FAST])
        obs, info = env.reset()
        masked = env.action_types[info["masks"]["action"].index(0)]
        try:
            env.step({"type": masked})
            check(False, "an illegal action was accepted")
        except g.MlirrlError as e:
            print("raised:", e)
            check("mlirrl exited with status 1" in str(e) and f"illegal: {masked} is masked" in str(e), f"the error: {e}")
        env.close()
    check_no_leftovers("stdio")


# ---------------------------------------------------------------- usage

def case_usage():
    with tempfile.TemporaryDirectory() as d:
        for args, what in [
            (["eval", MATMUL, "--agent", "stdio", "--out", os.path.join(d, "o")], "agent stdio speaks on mlirrl's own stdout"),
            (["episode", MATMUL, "--agent", "exec:"], "unknown agent 'exec:'"),
            (["episode", MATMUL, RELU, "--id", "x"], "--id names one benchmark"),
            (["episode", MATMUL, "--agent-timeout", "0"], "--agent-timeout"),
        ]:
            p = mlirrl(*args)
            lines = [x for x in p.stderr.splitlines() if x.strip()]
            check(p.returncode == 2 and len(lines) == 1 and what in lines[0], f"{args}: {p.returncode} {lines}")


CASES = {"reference.python": lambda: case_reference(PY_AGENT), "reference.c": lambda: case_reference(C_AGENT),
         "eval": case_eval, "fail.restart": case_fail_restart, "gym": case_gym, "stdio.fail": case_stdio_fail,
         "usage": case_usage}
CASES.update({f"fail.{m}": (lambda m=m: case_fail(m)) for m in FAIL_CASES})
CASES["fail.late_shell"] = lambda: case_fail("late", shell=True)

if __name__ == "__main__":
    CASES[CASE]()
    print(f"{CASE}: {'FAILED' if failures else 'passed'}")
    sys.exit(1 if failures else 0)
