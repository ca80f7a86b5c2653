#!/usr/bin/python3
"""Writes sample_eval.jsonl: SYNTHETIC records of `mlirrl eval` for the report's tests.

usage: /usr/bin/python3 tests/reports/make_sample.py [OUT.jsonl]   (default: beside this file)

Nothing here was measured. The times, speedups, curves and counters are made up (seeded, so
the file is reproducible) in the record schema of mlirrl run (schema_version 2) plus the
`eval` block, to exercise every part of the report: 4 benchmarks x the methods default,
agent:ppo, agent:random, random:1, random:8, search:8, pytorch (3 benchmarks), torchscript
(unavailable: torch not installed), openblas (the matmul only); one wrong_answer, one
timed_out. Replace it with the records of a real run when there is one.
"""
import hashlib
import json
import os
import random
import statistics
import sys

SEED = 20261202
RUN_ID = "20261202T070000Z"
# id, default ms, PyTorch counterpart
BENCHES = [
    ("paper/quick/conv_2d_nchw_fchw_16_512_28_28_128_1_1_28_28", 746.6, True),
    ("paper/quick/matmul_256_256_128", 7.18, True),
    ("paper/quick/pooling_nchw_max_256_64_114_114_3_56_56", 393.2, True),
    ("paper/quick/relu_256_57_57_64", 67.2, False),
]
# The speedup each method "achieves" per benchmark (in BENCHES order), or the outcome it ends
# in; None: the method does not apply.
METHODS = {
    "agent:ppo": [21.0, 48.0, 3.1, 1.12],
    "agent:random": ["wrong_answer", 9.5, 1.45, 0.93],
    "random:1": [2.2, 4.1, "timed_out", 1.0],
    "random:8": [7.5, 22.0, 2.4, 1.04],
    "search:8": [26.0, 61.0, 3.3, 1.15],
    "pytorch": [34.0, 40.0, 5.2, None],
    "torchscript": ["unavailable", "unavailable", "unavailable", None],
    "openblas": [None, 95.0, None, None],
}
SCHEDULES = ["I(1,0,2,3)TP(8,16,0,0)V|NT", "I(1,0,2)TP(8,8,0)V|NT", "TP(4,8,0,0,0,0)|T(0,0,8)",
             "TP(16,0,0,0)V"]
ERRORS = {
    "wrong_answer": "output 0 element 1234: got 3.5 expected 2.25 (error 1.25, 312x its "
                    "tolerance); 5120 of 401408 elements mismatch",
    "timed_out": "worker exceeded the 60 s limit during run",
    "unavailable": "torch is not installed on this machine (import torch: No module named "
                   "'torch')",
}
CONTEXT = {"cpu_model": "AMD EPYC 9R14 96-Core Processor (synthetic sample)", "cores": 2,
           "threads": 2, "llvm_version": "19.1.7", "mlirrl_version": "0.1.0",
           "git_rev": "0123456789ab", "hostname": "sample-host", "seed": 1}


def samples(rng, median_ms, n=10):
    return [round(median_ms * 1e6 * rng.gauss(1.0, 0.012), 1) for _ in range(n)]


def timing(sample_ns):
    med = statistics.median(sample_ns)
    mad = statistics.median(abs(s - med) for s in sample_ns)
    return {"median_ns": med, "min_ns": min(sample_ns), "max_ns": max(sample_ns), "mad_ns": mad,
            "cv": statistics.pstdev(sample_ns) / statistics.mean(sample_ns),
            "samples": len(sample_ns), "inner_iterations": max(1, int(20e6 / med)),
            "sample_ns": sample_ns}


def speedup(rng, base, cand):
    """Ratio of medians with a percentile-bootstrap interval, as the harness computes it."""
    ratios = sorted(statistics.median(rng.choices(base, k=len(base))) /
                    statistics.median(rng.choices(cand, k=len(cand))) for _ in range(2000))
    return {"point": statistics.median(base) / statistics.median(cand), "ci_lo": ratios[49],
            "ci_hi": ratios[1949], "level": 0.95, "resamples": 2000}


def counters(t):
    if t is None:
        return None
    return [{"name": "process::CPU-TIME-NS", "value": round(t["median_ns"] * 1.9, 1), "reason": None},
            {"name": "perf::PAGE-FAULTS", "value": round(t["median_ns"] / 4e5, 2), "reason": None},
            {"name": "PAPI_TOT_CYC", "value": None, "reason": "no hardware PMU"}]


def compile_ms(rng, transform):
    return {"parse": round(rng.uniform(0.3, 2), 2),
            "transform": round(rng.uniform(3, 15), 2) if transform else None,
            "lower": round(rng.uniform(4, 30), 2), "jit": round(rng.uniform(20, 90), 2)}


def curve(rng, budget, final, failed):
    """Best-so-far speedup after each measurement, ending near `final`; null until the first
    verified schedule. A search whose record `failed` found nothing: every measurement ended
    that way. Returns (curve, outcomes of the measurements)."""
    best, out, outcomes = None, [], {}
    for k in range(budget):
        outcome = rng.choices(["ok", "transform_failed", "timed_out"], [0.75, 0.15, 0.1])[0]
        if budget == 1 or k == budget - 1:
            outcome = "ok"
        if failed:
            outcome = failed
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
        if outcome == "ok":
            value = final * rng.uniform(0.9, 1.05) if k == budget - 1 else \
                final * rng.uniform(0.05, 0.9)
            best = value if best is None else max(best, value)
        out.append(None if best is None else round(best, 3))
    return out, outcomes


def eval_block(rng, method, kind, bench_index, outcome, final):
    budget = int(method.split(":")[1]) if kind in ("random", "search") else None
    ev = {"run_id": RUN_ID, "method": method, "kind": kind, "budget": budget,
          "measurements": budget, "cache_hits": None, "search_wall_s": None,
          "schedule": SCHEDULES[bench_index] if kind in ("agent", "random", "search") else None,
          "curve": None, "search_outcomes": None, "detail": None, "suite": "paper"}
    if budget:
        ev["curve"], ev["search_outcomes"] = curve(rng, budget, final,
                                                   None if outcome == "ok" else outcome)
        ev["cache_hits"] = rng.randint(0, budget // 4)
        ev["search_wall_s"] = round(budget * rng.uniform(0.4, 1.6), 2)
    if kind == "pytorch":
        ev["detail"] = "torch 1.13.1 (synthetic)"
    if kind == "openblas":
        ev["detail"] = "OpenBLAS 0.3.21 sgemm (synthetic)"
    return ev


def record(rng, bench, method, kind, base, outcome, final, stamp):
    bench_id, _, _ = BENCHES[bench]
    ok = outcome == "ok"
    default = kind == "default"
    cand = timing(samples(rng, base["median_ns"] / 1e6 / final)) if ok and not default else None
    b_samples = base["sample_ns"]
    text = SCHEDULES[bench] if kind in ("agent", "random", "search") else None
    return {
        "schema_version": 2,
        "benchmark": {"id": bench_id, "path": f"suites/paper/quick/{bench_id.rsplit('/', 1)[-1]}.mlir",
                      "sha256": hashlib.sha256(bench_id.encode()).hexdigest()},
        "transform": {"kind": "schedule" if text else "none", "text": text, "path": None,
                      "sha256": hashlib.sha256(text.encode()).hexdigest() if text else None},
        "outcome": outcome,
        "error": ERRORS.get(outcome),
        "measurement": {"profile": "eval", "interleaved": True, "baseline_reused": False,
                        "baseline_timed_utc": stamp, "baseline_age_s": 0.0, "attempts": 1,
                        "retry_reason": None, "cached": False} if outcome != "unavailable" else None,
        "timing": {"baseline": base, "candidate": cand},
        "speedup": speedup(rng, b_samples, cand["sample_ns"]) if cand else None,
        "verification": {"checked": ok or outcome == "wrong_answer",
                         "criterion": "relative" if ok else None, "path_len": 16.0,
                         "max_abs_err": 1.5e-5, "max_rel_err": 3e-6,
                         "max_ratio": 0.125 if ok else (312.0 if outcome == "wrong_answer" else None),
                         "mismatches": 0 if ok else (5120 if outcome == "wrong_answer" else None),
                         "note": None},
        "counters": {"baseline": counters(base), "candidate": counters(cand)},
        "counters_note": "no hardware PMU: only software events",
        "compile_ms": {"baseline": compile_ms(rng, False),
                       "candidate": compile_ms(rng, True) if text and outcome != "timed_out" else None},
        "overhead_ms": round(rng.uniform(300, 900), 1),
        "context": dict(CONTEXT, time_utc=stamp),
        "eval": eval_block(rng, method, kind, bench, outcome, final),
    }


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__),
                                                             "sample_eval.jsonl")
    rng = random.Random(SEED)
    lines = []
    for i, (_, ms, _) in enumerate(BENCHES):
        base = timing(samples(rng, ms))
        stamp = f"2026-12-02T07:{i:02d}:00Z"
        lines.append(record(rng, i, "default", "default", base, "ok", 1.0, stamp))
        for method, plan in METHODS.items():
            got = plan[i]
            if got is None:
                continue
            outcome, final = ("ok", got) if isinstance(got, float) else (got, None)
            kind = method.split(":")[0]  # the method names here start with their kind
            lines.append(record(rng, i, method, kind, base, outcome, final, stamp))
    with open(out, "w") as f:
        for rec in lines:
            f.write(json.dumps(rec, separators=(",", ":"), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
