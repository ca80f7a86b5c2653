#!/usr/bin/python3
"""End-to-end checks of `mlirrl submit make` and `mlirrl submit check`, one case per process.

The fixture (case setup, a ctest fixture the others require) is a real submission: `mlirrl
eval` of the random agent on starter/matmul_256 with fast measurement options, made into a
folder by `submit make`. Every other case copies it to a temporary folder, tampers with one
thing, and runs the check.

  setup              eval + submit make: the folder holds the one ok record as eval wrote it,
                     agent.json and system.json with the fields of leaderboard/README.md.
  genuine            the untouched submission is accepted (a generous tolerance, so that noise
                     cannot fail it): exit 0, verdicts.json says accepted with the re-measured
                     speedup, the default pipeline's time here against the records', and the
                     three files' hashes; mlirrl leaderboard ranks it.
  other_machine      records and system.json naming another CPU: the default tolerance is the
                     other machine's (1.0) and the verdicts say what differs.
  changed_schedule   the schedule text changed, its sha256 not: rejected, "does not match its
                     sha256", nothing replayed.
  rehashed_schedule  the schedule changed to a slower one with its sha256 recomputed: the
                     replay measures the new schedule; the claim is rejected as above it.
  no_schedule        an ok record of the agent with its schedule removed: rejected (and the
                     verdicts name the default tolerance of the records' own machine, 0.5).
  inflated           the claimed speedup 100x higher: rejected as above the interval.
  understated        the claimed speedup 100x lower: accepted, the verdict saying so (it gains
                     the submitter nothing: the leaderboard counts the re-measured speedup).
  edited_benchmark   the record points at an edited copy of the benchmark (its own sha256):
                     rejected as not the shipped file.
  suite_version      system.json names another version of the suite: rejected.
  unknown_benchmark  a benchmark id no shipped suite has: rejected.
  closed_space       a schedule outside the closed division's grammar (rehashed): rejected as
                     not replaying in the closed division's action space; the same record in
                     the open division (with env_options) replays; an env option the action
                     space does not have is a schema error.
  checkout_modified  the checker's own copy of the benchmark differs from its manifest (--suites
                     pointing at an edited copy): verdict error, exit 3, nothing replayed, the
                     submission not blamed.
  wrong_answer       the replay's output corrupted (the test-only --test-perturb-output, the
                     switch of `mlirrl run`): a record claimed ok is rejected as wrong_answer.
  malformed_agent    agent.json not JSON, a division that is neither, a missing name, an
                     unknown key, closed training on another suite, closed env_options: one
                     line each, exit 1, verdicts.json says rejected: schema.
  malformed_records  a line not JSON, another method, a context that is not system.json's, a
                     record schema older than 2: one line each, exit 1; schema 2 (without
                     object_sha256) still reads.
  play_agent         --play-agent with agent.json's command the reference C agent (which picks
                     the schedules of --agent random with the same seed): the agent plays the
                     record's schedule, accepted; a record whose schedule the agent does not
                     play is rejected before any measurement; --play-agent without a command is
                     a usage error.
  usage              submit make without a match, an agent without --trained, an existing
                     folder; submit check without a folder, an unknown option: one line each.

usage: check_submit.py MLIRRL SOURCE_DIR WORK_DIR CASE [RANDOM_AGENT]
"""
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile

MLIRRL, SRC, WORK, CASE = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
AGENT = sys.argv[5] if len(sys.argv) > 5 else None  # the reference C agent, mlirrl-random-agent
FAST = ["--samples", "3", "--min-sample-ms", "2", "--warmup", "1", "--threads", "2"]
SUB = os.path.join(WORK, "submission")
BENCH = "starter/matmul_256"
failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what)
    return cond


def mlirrl(*args, timeout=1200):
    p = subprocess.run([MLIRRL] + list(args), capture_output=True, text=True, timeout=timeout)
    return p.returncode, p.stdout, p.stderr


def sha(text):
    return hashlib.sha256(text.encode()).hexdigest()


def read_records(folder):
    return [json.loads(x) for x in open(os.path.join(folder, "records.jsonl"))]


def write_records(folder, recs):
    with open(os.path.join(folder, "records.jsonl"), "w") as f:
        for r in recs:
            f.write(json.dumps(r) + "\n")


def edit_json(folder, name, fn):
    path = os.path.join(folder, name)
    j = json.load(open(path))
    fn(j)
    json.dump(j, open(path, "w"), indent=2)


def copy_submission(tmp):
    dst = os.path.join(tmp, "sub")
    shutil.copytree(SUB, dst)
    return dst


def run_check(folder, *extra):
    rc, out, err = mlirrl("submit", "check", folder, *FAST, *extra)
    verdicts = None
    path = os.path.join(folder, "verdicts.json")
    if os.path.exists(path):
        verdicts = json.load(open(path))
    return rc, out, err, verdicts


def expect_rejected(folder, reason, *extra):
    """Runs the check and expects the one benchmark rejected with `reason` in its reason."""
    rc, out, err, v = run_check(folder, *extra)
    check(rc == 1, f"exit status 1 for a rejected submission, got {rc}: {err.strip()}")
    if not check(v is not None, "verdicts.json is written"):
        return None
    check(v["verdict"] == "rejected", f"overall verdict rejected, got {v['verdict']}")
    b = v["benchmarks"][0] if v.get("benchmarks") else {}
    check(b.get("verdict") == "rejected", f"the benchmark is rejected: {b}")
    check(reason in (b.get("reason") or ""), f"the reason names '{reason}': {b.get('reason')}")
    check(reason in out and "rejected" in out, f"stdout says rejected with the reason: {out}")
    return b


def expect_schema_error(folder, what, needle):
    rc, out, err, v = run_check(folder)
    lines = [x for x in err.splitlines() if x.strip()]
    check(rc == 1, f"{what}: exit status 1, got {rc}")
    check(len(lines) == 1 and lines[0].startswith("mlirrl submit check:") and needle in lines[0],
          f"{what}: one line naming '{needle}': {err!r}")
    check(v is not None and v["verdict"] == "rejected" and (v.get("reason") or "").startswith("schema:"),
          f"{what}: verdicts.json says rejected: schema: {v and v.get('reason')}")


def one_line(rc, err, want_rc, prefix, needle, what):
    lines = [x for x in err.splitlines() if x.strip()]
    check(rc == want_rc, f"{what}: exit status {want_rc}, got {rc}")
    check(len(lines) == 1 and lines[0].startswith(prefix) and needle in lines[0],
          f"{what}: one line starting '{prefix}' naming '{needle}': {err!r}")


# ---------------------------------------------------------------------------------------------


def case_setup():
    shutil.rmtree(WORK, ignore_errors=True)
    os.makedirs(WORK)
    out = os.path.join(WORK, "eval")
    rc, so, se = mlirrl("eval", "--suite", os.path.join(SRC, "suites", "starter"), "--match", "matmul_256",
                        "--agent", "random", "--baseline", "default", "--no-report", "--no-cache", *FAST,
                        "--out", out)
    check(rc == 0, f"eval exits 0: {se}")
    rc, so, se = mlirrl("submit", "make", os.path.join(out, "results.jsonl"), "--method", "agent:random",
                        "--name", "random-agent", "--version", "0.1",
                        "--trained", "untrained: uniform random legal actions", "--out", SUB)
    check(rc == 0, f"submit make exits 0: {se}")
    check("mlirrl submit check" in so, f"make says what to run next: {so}")
    recs = read_records(SUB)
    evals = [json.loads(x) for x in open(os.path.join(out, "results.jsonl"))]
    mine = [json.dumps(r) for r in evals if r["eval"]["method"] == "agent:random"]
    check(len(recs) == 1 and recs[0]["benchmark"]["id"] == BENCH, f"one record of {BENCH}")
    check([json.dumps(r) for r in recs] == mine, "the records are eval's, unchanged")
    check(recs and recs[0]["outcome"] == "ok" and recs[0]["transform"]["text"],
          f"the agent's record is ok with a schedule (the tampering cases need one): {recs[0]['outcome']}")
    agent = json.load(open(os.path.join(SUB, "agent.json")))
    check(list(agent) == ["schema", "name", "version", "method", "division", "training", "limits", "command"],
          f"agent.json keys in order: {list(agent)}")
    check(agent["method"] == "agent:random" and agent["division"] == "closed" and agent["name"] == "random-agent",
          f"agent.json names the method and the closed division: {agent}")
    check(agent["training"]["suites"] == ["train"] and agent["limits"]["measurements_per_benchmark"] is None,
          f"an agent trains on train and measures nothing by default: {agent}")
    system = json.load(open(os.path.join(SUB, "system.json")))
    ctx = recs[0]["context"]
    manifest = json.load(open(os.path.join(SRC, "suites", "starter", "manifest.json")))
    check(system["machine"]["cpu_model"] == ctx["cpu_model"] and system["llvm_version"] == ctx["llvm_version"] and
          system["mlirrl"]["git_rev"] == ctx["git_rev"], f"system.json is the records' context: {system}")
    check(system["suites"] == {"starter": manifest["version"]}, f"system.json names the suite version: {system}")


def case_genuine(tmp):
    sub = copy_submission(tmp)
    rc, out, err, v = run_check(sub, "--tolerance", "3")
    check(rc == 0, f"exit status 0, got {rc}: {err}")
    check("verdict: accepted" in out and BENCH in out, f"stdout: a line per benchmark and the verdict: {out}")
    if not check(v is not None, "verdicts.json is written"):
        return
    b = v["benchmarks"][0]
    check(v["verdict"] == "accepted" and b["verdict"] == "accepted", f"accepted: {b}")
    check(b["split"] == "test" and b["measured"] and b["measured"] > 0, f"the re-measured speedup is kept: {b}")
    check(b["replays"] and b["replays"][0]["outcome"] == "ok", f"the replay is recorded: {b['replays']}")
    check(v["checked"]["tolerance"] == 3 and not v["checked"]["tolerance_default"], "the tolerance used is said")
    check(b.get("baseline_ratio") and b["baseline_ratio"] > 0 and v["checked"].get("baseline_ratio"),
          f"how fast the default pipeline ran here against the records is said: {b.get('baseline_ratio')}")
    check("the default pipeline took" in out, f"and printed: {out}")
    for name in ("records.jsonl", "agent.json", "system.json"):
        want = hashlib.sha256(open(os.path.join(sub, name), "rb").read()).hexdigest()
        check(v["files"][name] == want, f"verdicts.json holds the sha256 of {name}")
    board = os.path.join(tmp, "board")
    rc, out, err = mlirrl("leaderboard", sub, "--out", board)
    check(rc == 0, f"leaderboard exits 0: {err}")
    lb = json.load(open(os.path.join(board, "leaderboard.json")))
    check(len(lb["ranked"]) == 1 and lb["ranked"][0]["rank"] == 1 and lb["ranked"][0]["name"] == "random-agent",
          f"the checked submission is ranked: {lb}")


def case_other_machine(tmp):
    sub = copy_submission(tmp)
    recs = read_records(sub)
    for r in recs:
        r["context"]["cpu_model"] = "Imaginary CPU 9000"
    write_records(sub, recs)
    edit_json(sub, "system.json", lambda j: j["machine"].update(cpu_model="Imaginary CPU 9000"))
    rc, out, err, v = run_check(sub, "--replays", "1")
    check(rc in (0, 1), f"the check runs: {err}")
    if check(v is not None and "checked" in v, "verdicts.json is written"):
        c = v["checked"]
        check(c["tolerance"] == 1.0 and c["tolerance_default"] and not c["same_machine"],
              f"another machine's default tolerance 1.0: {c}")
        check("Imaginary CPU 9000" in (c["differs"] or ""), f"what differs is said: {c['differs']}")
    check("default for another machine" in out, f"stdout says which default and why: {out}")


def change_schedule(sub, schedule, rehash):
    recs = read_records(sub)
    r = recs[0]
    r["transform"]["text"] = schedule
    r["eval"]["schedule"] = schedule
    if rehash:
        r["transform"]["sha256"] = sha(schedule)
    write_records(sub, recs)
    return r


def case_changed_schedule(tmp):
    sub = copy_submission(tmp)
    change_schedule(sub, "I(0,1,2)NT", rehash=False)
    b = expect_rejected(sub, "does not match its sha256")
    check(b is not None and not b.get("replays"), "nothing is replayed")


def case_rehashed_schedule(tmp):
    sub = copy_submission(tmp)
    claim = read_records(sub)[0]["speedup"]["point"]
    # Sequential 1x2x4 tiles: a legal schedule of the closed division, slower than the default
    # pipeline (0.4x here), far below the random agent's tiled and parallel one.
    change_schedule(sub, "I(2,1,0)T(1,2,4)NT", rehash=True)
    b = expect_rejected(sub, "above [", "--tolerance", "1", "--replays", "1")
    if b:
        check(b["replays"] and b["replays"][0]["outcome"] == "ok", "the new schedule is replayed and measured")
        check(b["measured"] and b["measured"] * 4 < claim, f"it measures far below the claim {claim}: {b['measured']}")


def case_no_schedule(tmp):
    sub = copy_submission(tmp)
    recs = read_records(sub)
    recs[0]["transform"] = {"kind": "none", "text": None, "path": None, "sha256": None}
    recs[0]["eval"]["schedule"] = None
    write_records(sub, recs)
    expect_rejected(sub, "without a schedule")
    v = json.load(open(os.path.join(sub, "verdicts.json")))
    check(v["checked"]["same_machine"] and v["checked"]["tolerance"] == 0.5 and v["checked"]["tolerance_default"],
          f"the records' own machine: the default tolerance 0.5: {v['checked']}")


def case_inflated(tmp):
    sub = copy_submission(tmp)
    recs = read_records(sub)
    for k in ("point", "ci_lo", "ci_hi"):
        recs[0]["speedup"][k] *= 100
    write_records(sub, recs)
    b = expect_rejected(sub, "above [", "--tolerance", "3", "--replays", "2")
    if b:
        check(len(b["replays"]) == 2, f"measured on every replay before rejecting: {b['replays']}")


def case_understated(tmp):
    sub = copy_submission(tmp)
    recs = read_records(sub)
    for k in ("point", "ci_lo", "ci_hi"):
        recs[0]["speedup"][k] /= 100
    write_records(sub, recs)
    rc, out, err, v = run_check(sub, "--tolerance", "3")
    b = v["benchmarks"][0] if v and v.get("benchmarks") else {}
    check(rc == 0 and b.get("verdict") == "accepted", f"an understated claim is accepted: {rc} {b}")
    check("understated" in b.get("reason", "") and len(b.get("replays", [])) == 1,
          f"the reason says so, after one replay: {b}")


def case_edited_benchmark(tmp):
    sub = copy_submission(tmp)
    src = open(os.path.join(SRC, "suites", "starter", "matmul_256.mlir")).read()
    easier = src.replace("256", "64")
    check(easier != src, "the copy is edited")
    path = os.path.join(tmp, "matmul_256.mlir")
    open(path, "w").write(easier)
    recs = read_records(sub)
    recs[0]["benchmark"]["path"] = path
    recs[0]["benchmark"]["sha256"] = sha(easier)
    write_records(sub, recs)
    b = expect_rejected(sub, "an edited benchmark")
    check(b is not None and not b.get("replays"), "nothing is replayed")


def case_suite_version(tmp):
    sub = copy_submission(tmp)
    edit_json(sub, "system.json", lambda j: j["suites"].update(starter="1.0.0+000000000000"))
    expect_rejected(sub, "version 1.0.0+000000000000")


def case_unknown_benchmark(tmp):
    sub = copy_submission(tmp)
    recs = read_records(sub)
    recs[0]["benchmark"]["id"] = "starter/matmul_9999"
    write_records(sub, recs)
    expect_rejected(sub, "not a benchmark of the shipped suites")


def case_closed_space(tmp):
    sub = copy_submission(tmp)
    # The closed grammar starts every op with an interchange; the free grammar of
    # `mlirrl run --schedule`, the open division's, takes this one.
    change_schedule(sub, "TP(32,64,0)NT", rehash=True)
    b = expect_rejected(sub, "closed division's action space")
    check(b is not None and "grammar" in b["reason"] and not b["replays"], "the grammar refuses it, unmeasured")
    edit_json(sub, "agent.json", lambda j: j.update(division="open", env_options=["--vector-limit", "4096"]))
    rc, out, err, v = run_check(sub, "--replays", "1")
    b = v["benchmarks"][0] if v and v.get("benchmarks") else {}
    check(b.get("replays") and b["replays"][0]["outcome"] == "ok", f"the open division replays it: {b}")
    edit_json(sub, "agent.json", lambda j: j.update(env_options=["--frobnicate", "1"]))
    expect_schema_error(sub, "an option the action space does not have", "not an option of the action space")


def case_wrong_answer(tmp):
    sub = copy_submission(tmp)
    b = expect_rejected(sub, "wrong_answer", "--tolerance", "3", "--test-perturb-output")
    if b:
        check(b["replays"] and b["replays"][0]["outcome"] == "wrong_answer", f"the replay's outcome: {b['replays']}")


def case_checkout_modified(tmp):
    sub = copy_submission(tmp)
    suites = os.path.join(tmp, "suites")
    shutil.copytree(os.path.join(SRC, "suites", "starter"), os.path.join(suites, "starter"))
    with open(os.path.join(suites, "starter", "matmul_256.mlir"), "a") as f:
        f.write("// edited\n")
    rc, out, err, v = run_check(sub, "--suites", suites)
    check(rc == 3, f"exit status 3: the check cannot be done here, got {rc}")
    b = v["benchmarks"][0] if v and v.get("benchmarks") else {}
    check(v and v["verdict"] == "error" and b.get("verdict") == "error", f"verdict error, not rejected: {v}")
    check("does not match its manifest" in b.get("reason", "") and not b.get("replays"),
          f"the reason blames this checkout, and nothing is replayed: {b}")


def case_play_agent(tmp):
    sub = copy_submission(tmp)
    edit_json(sub, "agent.json", lambda j: j.update(command=AGENT))
    rc, out, err, v = run_check(sub, "--play-agent", "--tolerance", "3")
    check(rc == 0 and v and v["verdict"] == "accepted", f"the agent plays the record's schedule: {err} {v}")
    played = read_records(sub)[0]["transform"]["text"]
    change_schedule(sub, "I(2,1,0)T(1,2,4)NT", rehash=True)
    b = expect_rejected(sub, f"the agent's command plays {played} here", "--play-agent")
    check(b is not None and not b.get("replays"), "nothing is measured")
    edit_json(sub, "agent.json", lambda j: j.update(command=None))
    rc, out, err = mlirrl("submit", "check", sub, "--play-agent")
    one_line(rc, err, 2, "mlirrl submit check:", "names no command", "--play-agent without a command")


def case_malformed_agent(tmp):
    sub = copy_submission(tmp)
    path = os.path.join(sub, "agent.json")
    good = open(path).read()
    open(path, "w").write(good[:-10])
    expect_schema_error(sub, "agent.json cut short", "not JSON")
    open(path, "w").write(good)
    edit_json(sub, "agent.json", lambda j: j.update(division="half-open"))
    expect_schema_error(sub, "a division that is neither", "\"division\" is neither")
    open(path, "w").write(good)
    edit_json(sub, "agent.json", lambda j: j.pop("name"))
    expect_schema_error(sub, "no name", "\"name\" is missing")
    open(path, "w").write(good)
    edit_json(sub, "agent.json", lambda j: j.update(divison="open"))
    expect_schema_error(sub, "a misspelt key", "unknown key \"divison\"")
    open(path, "w").write(good)
    edit_json(sub, "agent.json", lambda j: j["training"].update(suites=["starter"]))
    expect_schema_error(sub, "closed training on a test suite", "train suite only")
    open(path, "w").write(good)
    edit_json(sub, "agent.json", lambda j: j.update(env_options=["--vector-limit", "4096"]))
    expect_schema_error(sub, "closed with action-space options", "belongs to the open division")


def case_malformed_records(tmp):
    sub = copy_submission(tmp)
    path = os.path.join(sub, "records.jsonl")
    good = open(path).read()
    open(path, "w").write(good + "{not json\n")
    expect_schema_error(sub, "a line that is not JSON", "records.jsonl:2: not JSON")
    recs = [json.loads(x) for x in good.splitlines()]
    recs[0]["eval"]["method"] = "random:2"
    write_records(sub, recs)
    expect_schema_error(sub, "another method", "is not agent.json's method")
    recs = [json.loads(x) for x in good.splitlines()]
    # Another version than the one the records were measured on (the suite runs on 19 and 22).
    recs[0]["context"]["llvm_version"] = "18.1.8" if recs[0]["context"]["llvm_version"] != "18.1.8" else "19.1.7"
    write_records(sub, recs)
    expect_schema_error(sub, "another context", "context.llvm_version")
    recs = [json.loads(x) for x in good.splitlines()]
    recs[0]["schema_version"] = 1
    write_records(sub, recs)
    expect_schema_error(sub, "a record schema too old", "schema_version 1")
    # Schema 2 lacks only object_sha256: it still reads (judged here on paper, by a suite
    # version that makes the verdict need no measurement).
    recs[0]["schema_version"] = 2
    recs[0].pop("object_sha256", None)
    write_records(sub, recs)
    edit_json(sub, "system.json", lambda j: j["suites"].update(starter="1.0.0+000000000000"))
    expect_rejected(sub, "version 1.0.0+000000000000")


def case_usage(tmp):
    results = os.path.join(WORK, "eval", "results.jsonl")
    rc, out, err = mlirrl("submit", "make", results, "--method", "search:64", "--name", "x",
                          "--out", os.path.join(tmp, "a"))
    one_line(rc, err, 1, "mlirrl submit make:", "no record of method search:64 (it has: default, agent:random)",
             "no record of the method")
    rc, out, err = mlirrl("submit", "make", results, "--method", "agent:random", "--name", "x",
                          "--out", os.path.join(tmp, "b"))
    one_line(rc, err, 1, "mlirrl submit make:", "--trained", "an agent without --trained")
    rc, out, err = mlirrl("submit", "make", results, "--method", "agent:random", "--name", "x", "--trained", "t",
                          "--out", copy_submission(tmp))
    one_line(rc, err, 1, "mlirrl submit make:", "holds records already", "an existing submission")
    rc, out, err = mlirrl("submit", "make", results, "--name", "x", "--out", os.path.join(tmp, "c"))
    one_line(rc, err, 2, "mlirrl submit make:", "--method", "no --method")
    rc, out, err = mlirrl("submit", "check")
    one_line(rc, err, 2, "mlirrl submit check:", "no submission folder", "no folder")
    rc, out, err = mlirrl("submit", "check", SUB, "--frobnicate", "1")
    one_line(rc, err, 2, "mlirrl submit check:", "unknown option --frobnicate", "an unknown option")
    rc, out, err = mlirrl("submit", "check", os.path.join(tmp, "nowhere"))
    one_line(rc, err, 2, "mlirrl submit check:", "is not a folder", "a missing folder")
    rc, out, err = mlirrl("submit", "frob")
    one_line(rc, err, 2, "mlirrl submit:", "unknown subcommand", "an unknown subcommand")


CASES = {"genuine": case_genuine, "other_machine": case_other_machine,
         "changed_schedule": case_changed_schedule, "rehashed_schedule": case_rehashed_schedule,
         "no_schedule": case_no_schedule, "inflated": case_inflated, "understated": case_understated, "edited_benchmark": case_edited_benchmark,
         "suite_version": case_suite_version, "unknown_benchmark": case_unknown_benchmark,
         "closed_space": case_closed_space, "wrong_answer": case_wrong_answer,
         "checkout_modified": case_checkout_modified, "malformed_agent": case_malformed_agent,
         "malformed_records": case_malformed_records, "play_agent": case_play_agent, "usage": case_usage}


def main():
    if CASE == "setup":
        case_setup()
    elif CASE in CASES:
        if not os.path.exists(os.path.join(SUB, "records.jsonl")):
            raise SystemExit(f"no fixture in {SUB}: the test leaderboard.setup makes it")
        with tempfile.TemporaryDirectory() as tmp:
            CASES[CASE](tmp)
    else:
        raise SystemExit(f"unknown case {CASE}")
    if failures:
        print(f"{len(failures)} check(s) failed")
        return 1
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
