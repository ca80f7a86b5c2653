#!/usr/bin/python3
"""End-to-end checks of measurement profiles, the measurement cache and the output check as
records show them: one case per process.

usage: check_measure.py MLIRRL SOURCE_DIR CASE
  profile.train      episodes under the train profile: full records (timing, check, interval);
                     the default pipeline timed once in the run, then reused with its age
  profile.eval       episodes under the eval profile: the baseline re-timed with every candidate
  profile.cached     a second process with the same cache answers from it, and says so
  retry.transient    a timeout is retried once before it counts, and the record says so
  cache.command      mlirrl cache show / clear / trim over what episodes stored
  cache.bound        the cache never outgrows its limit
  check.magnitude    a reassociating schedule is judged against the magnitudes of the terms
  check.path_len     a multi-op benchmark keeps its per-op reduction lengths (chain, and a model)
"""
import json
import math
import os
import subprocess
import sys
import tempfile

MLIRRL, SRC, CASE = sys.argv[1], sys.argv[2], sys.argv[3]
STARTER = os.path.join(SRC, "suites", "starter")
DATA = os.path.join(SRC, "tests", "e2e", "data")
FAST = ["--samples", "3", "--min-sample-ms", "5", "--warmup", "1", "--no-counters"]
MATMUL = os.path.join(STARTER, "matmul_256.mlir")
failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what)


def mlirrl(*args, env=None, timeout=900):
    p = subprocess.run([MLIRRL, *args], capture_output=True, text=True, timeout=timeout,
                       env={**os.environ, **(env or {})})
    print("$ mlirrl", " ".join(args), f"-> {p.returncode}")
    print(p.stdout[-3000:], p.stderr[-3000:], sep="")
    return p


def records(path):
    return [json.loads(l) for l in open(path)] if os.path.exists(path) else []


def episodes(cache, js, *extra, n=6, seed=11):
    return mlirrl("episode", MATMUL, "--episodes", str(n), "--seed", str(seed), "--cache", cache, "--json", js,
                  "--quiet", *FAST, *extra)


def check_full_record(r, profile):
    m = r.get("measurement") or {}
    check(m.get("profile") == profile, f"the record names the {profile} profile: {m}")
    check(m.get("attempts", 0) >= 1, "attempts counted")
    check(r["benchmark"]["path"] == MATMUL and len(r["benchmark"]["sha256"]) == 64, "benchmark path and hash")
    check(r["transform"]["kind"] == "schedule" and r["transform"]["text"], "the schedule is in the record")
    if r["outcome"] != "ok":
        check(r.get("speedup") is None, "no speedup on a failed episode")
        return
    v = r["verification"]
    check(v["checked"] is True and v["mismatches"] == 0 and v["criterion"] in ("relative", "magnitude"),
          f"outputs checked element by element: {v}")
    t = r["timing"]
    for side in ("baseline", "candidate"):
        check(t.get(side) and t[side]["median_ns"] > 0 and len(t[side]["sample_ns"]) == t[side]["samples"],
              f"{side} timing with its samples")
    sp = r.get("speedup") or {}
    check(sp.get("point", 0) > 0 and 0 < sp.get("ci_lo", 0) <= sp.get("point", 0) <= sp.get("ci_hi", 0),
          f"speedup with a 95% interval: {sp}")
    check(m.get("baseline_timed_utc") and m.get("baseline_age_s") is not None and m["baseline_age_s"] >= 0,
          "when the baseline was timed")


def case_profile_train():
    with tempfile.TemporaryDirectory() as d:
        js = os.path.join(d, "e.jsonl")
        p = episodes(os.path.join(d, "cache"), js, "--profile", "train")
        recs = records(js)
        check(len(recs) == 6, f"one record per episode ({len(recs)})")
        timed = [r for r in recs if r["timing"]["baseline"]]
        check(len([r for r in recs if r["outcome"] == "ok"]) >= 2, "at least two episodes ok (seeded)")
        for r in recs:
            check_full_record(r, "train")
        if timed:
            first = timed[0]["measurement"]
            check(not first["baseline_reused"], "the first baseline of the run is timed, not reused")
            for r in timed[1:]:
                m = r["measurement"]
                check(m["baseline_reused"] and not m["interleaved"], f"later episodes reuse it: {m}")
                check(m["baseline_timed_utc"] == first["baseline_timed_utc"], "the same baseline timing")
                check(m["baseline_age_s"] > 0, "its age grows")
        check(p.returncode == 0, "episode exits 0")


def case_profile_eval():
    with tempfile.TemporaryDirectory() as d:
        js = os.path.join(d, "e.jsonl")
        episodes(os.path.join(d, "cache"), js, "--profile", "eval", n=3)
        recs = records(js)
        check(len(recs) == 3, "one record per episode")
        for r in recs:
            check_full_record(r, "eval")
            if r["outcome"] == "ok":
                m = r["measurement"]
                check(m["interleaved"] and not m["baseline_reused"], f"baseline re-timed alongside: {m}")


def case_profile_cached():
    with tempfile.TemporaryDirectory() as d:
        cache = os.path.join(d, "cache")
        a, b = os.path.join(d, "a.jsonl"), os.path.join(d, "b.jsonl")
        episodes(cache, a, "--profile", "train", n=3)
        p = episodes(cache, b, "--profile", "train", n=3)
        ra, rb = records(a), records(b)
        check(len(ra) == len(rb) == 3, "both runs recorded every episode")
        check("3 from the cache" in p.stdout, "the second run was answered by the cache")
        for x, y in zip(ra, rb):
            check(not x["measurement"]["cached"] and y["measurement"]["cached"], "the record says it was cached")
            check(x["outcome"] == y["outcome"] and x.get("speedup") == y.get("speedup"), "the same result")
            check(x["context"]["time_utc"] == y["context"]["time_utc"], "and when it was measured")
        # Another profile, thread count or seed is another key: measured anew.
        c = os.path.join(d, "c.jsonl")
        episodes(cache, c, "--profile", "train", "--threads", "1", n=3)
        check(all(not r["measurement"]["cached"] for r in records(c)), "another thread count is not a hit")


def case_retry_transient():
    with tempfile.TemporaryDirectory() as d:
        js = os.path.join(d, "r.jsonl")
        p = mlirrl("run", os.path.join(DATA, "hang.mlir"), "--timeout", "2", "--retries", "1", "--json", js,
                   "--cache", d, *FAST)
        recs = records(js)
        check(p.returncode == 1 and len(recs) == 1, "one record, exit 1")
        if recs:
            r = recs[0]
            m = r["measurement"]
            check(r["outcome"] == "timed_out", "still timed out")
            check(m["attempts"] == 2 and m["retry_reason"].startswith("timed_out"), f"retried once, said so: {m}")
        js2 = os.path.join(d, "r2.jsonl")
        mlirrl("run", os.path.join(DATA, "hang.mlir"), "--timeout", "2", "--json", js2, "--cache", d, *FAST)
        r2 = records(js2)
        check(r2 and r2[0]["measurement"]["attempts"] == 1 and not r2[0]["measurement"]["retry_reason"],
              "without --retries, one attempt")


def cache_show(cache):
    p = mlirrl("cache", "show", "--cache", cache)
    kinds = {}
    for line in p.stdout.splitlines()[1:]:
        parts = line.split()
        if len(parts) >= 3 and parts[2] == "entries":
            kinds[parts[0]] = int(parts[1])
    return p, kinds


def case_cache_command():
    with tempfile.TemporaryDirectory() as d:
        cache = os.path.join(d, "cache")
        episodes(cache, os.path.join(d, "e.jsonl"), n=3)
        p, kinds = cache_show(cache)
        check(p.returncode == 0 and kinds.get("meas", 0) >= 1, f"show lists the measurements: {kinds}")
        check(mlirrl("cache", "clear", "--cache", cache, "--kind", "meas").returncode == 0, "clear one kind")
        _, kinds = cache_show(cache)
        check(kinds.get("meas", 0) == 0, f"measurements gone: {kinds}")
        episodes(cache, os.path.join(d, "e.jsonl"), n=3)
        check(mlirrl("cache", "trim", "--cache", cache, "--limit-mb", "0").returncode == 0, "trim to nothing")
        _, kinds = cache_show(cache)
        check(sum(kinds.values()) == 0, f"trimmed: {kinds}")
        check(mlirrl("cache", "frobnicate").returncode == 2, "unknown action: usage error")


def du(path):
    total = 0
    for root, _, files in os.walk(path):
        total += sum(os.path.getsize(os.path.join(root, f)) for f in files)
    return total


def case_cache_bound():
    with tempfile.TemporaryDirectory() as d:
        cache = os.path.join(d, "cache")
        for seed in (1, 101):
            episodes(cache, os.path.join(d, "e.jsonl"), "--cache-limit-mb", "1", n=4, seed=seed)
            check(du(cache) <= 1 << 20, f"cache within 1 MiB ({du(cache)} bytes)")
        env = {"MLIRRL_CACHE_LIMIT_MB": "1"}
        mlirrl("episode", os.path.join(STARTER, "conv2d_nchw.mlir"), "--episodes", "3", "--cache", cache, "--quiet",
               *FAST, env=env)
        check(du(cache) <= 1 << 20, f"cache within 1 MiB from the environment's limit ({du(cache)} bytes)")


def case_check_magnitude():
    with tempfile.TemporaryDirectory() as d:
        js = os.path.join(d, "r.jsonl")
        p = mlirrl("run", MATMUL, "--transform", os.path.join(STARTER, "schedules", "matmul_256_tpv.mlir"), "--json",
                   js, "--cache", d, *FAST)
        recs = records(js)
        check(p.returncode == 0 and recs and recs[0]["outcome"] == "ok", "the schedule verifies")
        v = recs[0]["verification"] if recs else {}
        # A vectorized matmul reorders 256-term sums: near-zero elements differ by more than their own
        # rounding, and are judged against the magnitude of their terms instead.
        check(v.get("criterion") == "magnitude", f"magnitudes decided: {v}")
        check(0 < (v.get("max_ratio") or 0) <= 1 and v.get("path_len") == 16, f"within tolerance, L = sqrt(256): {v}")
        _, kinds = cache_show(d)
        check(kinds.get("mag", 0) == 1, f"the magnitudes were cached: {kinds}")


def expected_path_len(bench):
    """Sum over the ops (as observe lists them) of sqrt(product of their reduction bounds)."""
    p = subprocess.run([MLIRRL, "observe", bench, "--json"], capture_output=True, text=True, check=True)
    total, seen = 0.0, set()
    for line in p.stdout.splitlines():
        o = json.loads(line)
        if o["tag"] in seen:
            continue
        seen.add(o["tag"])
        t = o["tensors"]
        n = t["op.nloops"]["data"][0]
        k = 1
        for bound, par in zip(t["op.bounds_orig"]["data"][:n], t["op.parallel"]["data"][:n]):
            if not par:
                k *= bound
        total += math.sqrt(k)
    return total, len(seen)


def case_check_path_len():
    noop = os.path.join(DATA, "noop_transform.mlir")
    for bench in (os.path.join(STARTER, "chain_matmul_add_relu.mlir"),
                  os.path.join(SRC, "suites", "pytorch", "models", "resnet18.mlir")):
        with tempfile.TemporaryDirectory() as d:
            js = os.path.join(d, "r.jsonl")
            mlirrl("run", bench, "--transform", noop, "--json", js, "--cache", d, "--samples", "1",
                   "--min-sample-ms", "0", "--warmup", "0", "--no-counters")
            recs = records(js)
            want, nops = expected_path_len(bench)
            got = recs[0]["verification"]["path_len"] if recs else None
            print(f"{os.path.basename(bench)}: {nops} ops, path length {got} (expected {want:.6g})")
            check(recs and recs[0]["outcome"] == "ok", "the unchanged program verifies")
            check(got is not None and abs(got - want) < 1e-6 * want, f"path length per op: {got} vs {want}")
            if "chain" in bench:
                check(got == 19, "chain: fill 1 + matmul sqrt(256) + add 1 + relu 1")


CASES = {
    "profile.train": case_profile_train,
    "profile.eval": case_profile_eval,
    "profile.cached": case_profile_cached,
    "retry.transient": case_retry_transient,
    "cache.command": case_cache_command,
    "cache.bound": case_cache_bound,
    "check.magnitude": case_check_magnitude,
    "check.path_len": case_check_path_len,
}

if __name__ == "__main__":
    CASES[CASE]()
    print(f"{CASE}: {'FAILED' if failures else 'passed'}")
    sys.exit(1 if failures else 0)
