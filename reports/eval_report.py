#!/usr/bin/python3
"""Turns the records of `mlirrl eval` into a summary and a report a person reads.

usage: /usr/bin/python3 reports/eval_report.py OUT/results.jsonl --out OUT/reports
                                                [--title TEXT] [--seed N]

Writes into the --out folder:
  summary.json   the numbers ("schema": 1, stable key order): per method the geometric-mean
                 speedup over the default pipeline with a bootstrap interval over benchmarks,
                 wins/losses/ties against every other method, failures by benchmark; per
                 benchmark every method's speedup; compile times, counters, search effort
  summary.md     the same as GitHub Markdown tables
  speedups.png   per-benchmark speedups with their 95% intervals (log scale), failures marked
  curves.png     best-so-far speedup against measurements spent, for methods whose records
                 carry curves (not written when none does)
  report.html    all of the above in one self-contained page (images embedded as data: URIs)

Exit status 0; 1 with one line `eval_report.py: ...` on stderr when the records cannot be read
(missing file, a line that is not JSON, a record without a required field, no records) or the
report cannot be written. Needs numpy and matplotlib (Debian's, hence /usr/bin/python3).
"""
import argparse
import base64
import html
import json
import math
import os
import re
import statistics
import sys
from collections import Counter

import numpy as np

PROG = "eval_report.py"
OUTCOMES = ("ok", "invalid_input", "transform_failed", "compile_failed", "crashed", "timed_out",
            "wrong_answer", "harness_error", "unavailable", "agent_failed")
# Under a bar of a crowded figure only two letters fit; the legend spells them out.
OUTCOME_MARKS = {"invalid_input": "II", "transform_failed": "TF", "compile_failed": "CF",
                 "crashed": "CR", "timed_out": "TO", "wrong_answer": "WA", "harness_error": "HE",
                 "unavailable": "UN", "agent_failed": "AF"}
KIND_ORDER = ("default", "agent", "random", "search", "pytorch", "torchscript", "openblas", "halide")
# The methods that choose schedules: they are compared on the benchmarks where all are ok.
SCHEDULE_KINDS = ("agent", "random", "search")
# Methods whose code mlirrl generates: the candidates for "best mlirrl" against OpenBLAS.
MLIRRL_KINDS = ("default",) + SCHEDULE_KINDS
SEARCH_KINDS = ("random", "search")
RESAMPLES = 2000
LEVEL = 0.95
# Field paths every record must have (null allowed where the schema allows it).
# Record schemas this report reads: 3 only added object_sha256, which it does not use.
READABLE_SCHEMAS = (2, 3)
REQUIRED = (("schema_version",), ("benchmark", "id"), ("outcome",), ("timing", "baseline"),
            ("timing", "candidate"), ("speedup",), ("context",), ("eval", "method"),
            ("eval", "kind"))


class ReportError(Exception):
    """A problem with the records or the output folder, said in one line."""


# ---------------------------------------------------------------------------------------------
# Reading records


def load_records(path):
    """Returns [(line number, record)] of a JSON-lines file, checked; ReportError at the first
    problem, naming file and line."""
    try:
        with open(path, encoding="utf-8") as f:
            lines = f.readlines()
    except OSError as e:
        raise ReportError(f"cannot read the records: {e.strerror}: {path}") from None
    except UnicodeDecodeError as e:
        raise ReportError(f"{path}: not UTF-8 text (byte {e.start})") from None
    numbered = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{path}:{n}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            raise ReportError(f"{where}: not a JSON record ({e.msg}, column {e.colno})") from None
        check_record(rec, where)
        numbered.append((n, rec))
    if not numbered:
        raise ReportError(f"{path}: no records in the file")
    return numbered


def check_record(rec, where):
    """Raises ReportError when a record lacks what the report relies on."""
    if not isinstance(rec, dict):
        raise ReportError(f"{where}: not a JSON object")
    for path in REQUIRED:
        node = rec
        for i, key in enumerate(path):
            if not isinstance(node, dict) or key not in node:
                raise ReportError(f"{where}: record has no '{'.'.join(path[:i + 1])}' field")
            node = node[key]
    if rec["schema_version"] not in READABLE_SCHEMAS:
        raise ReportError(f"{where}: schema_version {rec['schema_version']}, expected one of "
                          f"{', '.join(map(str, READABLE_SCHEMAS))}")
    if rec["outcome"] not in OUTCOMES:
        raise ReportError(f"{where}: unknown outcome '{rec['outcome']}'")
    method, kind = rec["eval"]["method"], rec["eval"]["kind"]
    if not isinstance(method, str) or not method or not isinstance(kind, str):
        raise ReportError(f"{where}: eval.method and eval.kind must be non-empty strings")
    if rec["outcome"] == "ok" and kind == "default" and not positive(rec["timing"]["baseline"],
                                                                     ("median_ns",)):
        raise ReportError(f"{where}: default pipeline ok but without timing.baseline.median_ns")
    if rec["outcome"] == "ok" and kind != "default" and not rec["speedup"]:
        raise ReportError(f"{where}: {method} ok but speedup is null")
    if rec["speedup"] is not None and not positive(rec["speedup"], ("point", "ci_lo", "ci_hi")):
        raise ReportError(f"{where}: speedup needs positive point, ci_lo and ci_hi")
    curve, outcomes = rec["eval"].get("curve"), rec["eval"].get("search_outcomes")
    if curve is not None and not (isinstance(curve, list) and all(
            v is None or isinstance(v, (int, float)) for v in curve)):
        raise ReportError(f"{where}: eval.curve must be a list of numbers and nulls")
    if outcomes is not None and not (isinstance(outcomes, dict) and all(
            isinstance(v, int) for v in outcomes.values())):
        raise ReportError(f"{where}: eval.search_outcomes must map outcomes to counts")


def positive(obj, keys):
    """Whether obj is an object whose `keys` are all positive numbers."""
    return isinstance(obj, dict) and all(
        isinstance(obj.get(k), (int, float)) and not isinstance(obj.get(k), bool) and obj[k] > 0
        for k in keys)


def dedup(numbered):
    """Keeps the last record of each (method, benchmark); returns (records, notes)."""
    kept, lines = {}, {}
    for n, rec in numbered:
        key = (rec["eval"]["method"], rec["benchmark"]["id"])
        kept[key] = rec
        lines.setdefault(key, []).append(n)
    notes = [f"{len(ns)} records for {m} on {b} (lines {', '.join(map(str, ns))}): "
             f"kept the last one (line {ns[-1]})"
             for (m, b), ns in lines.items() if len(ns) > 1]
    return list(kept.values()), notes


# ---------------------------------------------------------------------------------------------
# What a record says


def method_budget(method, recs=()):
    """The budget of `random:64`-style names (else the records' eval.budget), or None."""
    tail = method.rsplit(":", 1)[-1]
    if ":" in method and tail.isdigit():
        return int(tail)
    return next((r["eval"].get("budget") for r in recs if r["eval"].get("budget") is not None), None)


def method_key(method, kind):
    """Table order: default, agents, random by budget, search by budget, pytorch, torchscript,
    openblas, then the rest alphabetically."""
    rank = KIND_ORDER.index(kind) if kind in KIND_ORDER else len(KIND_ORDER)
    budget = method_budget(method)
    return (rank, -1 if budget is None else budget, method)


def is_default(rec):
    return rec["eval"]["kind"] == "default"


def point(rec):
    """Speedup over the default pipeline; the default's own is 1 by definition."""
    return 1.0 if is_default(rec) else rec["speedup"]["point"]


def interval(rec):
    return (1.0, 1.0) if is_default(rec) else (rec["speedup"]["ci_lo"], rec["speedup"]["ci_hi"])


def own_time_ms(rec):
    """Median time of the method's own code (the default's is the baseline)."""
    t = rec["timing"]["baseline" if is_default(rec) else "candidate"]
    return t["median_ns"] / 1e6 if t else None


def own_side(rec, block):
    """The method's own half of a baseline/candidate pair (compile_ms, counters)."""
    pair = rec.get(block) or {}
    return pair.get("baseline" if is_default(rec) else "candidate")


def compile_ms(rec):
    """transform + lower + jit of the method's own code, ms; None when it did not compile."""
    c = own_side(rec, "compile_ms")
    if not c or c.get("lower") is None or c.get("jit") is None:
        return None
    return (c.get("transform") or 0.0) + c["lower"] + c["jit"]


def counter_values(rec):
    return {c.get("name"): c["value"] for c in own_side(rec, "counters") or []
            if isinstance(c, dict) and c.get("value") is not None}


class Results:
    """The records indexed by method and benchmark, methods in table order."""

    def __init__(self, records):
        self.records = records
        self.by = {(r["eval"]["method"], r["benchmark"]["id"]): r for r in records}
        self.kind = {}
        for r in records:
            self.kind.setdefault(r["eval"]["method"], r["eval"]["kind"])
        self.methods = sorted(self.kind, key=lambda m: method_key(m, self.kind[m]))
        self.benchmarks = sorted({r["benchmark"]["id"] for r in records})

    def of(self, method):
        """The method's records in benchmark order."""
        return [self.by[(method, b)] for b in self.benchmarks if (method, b) in self.by]

    def default(self, bench):
        """The default pipeline's record of a benchmark, or None."""
        return next((self.by[(m, bench)] for m in self.methods
                     if self.kind[m] == "default" and (m, bench) in self.by), None)

    def ok(self, method, bench):
        r = self.by.get((method, bench))
        return r if r and r["outcome"] == "ok" else None


# ---------------------------------------------------------------------------------------------
# Statistics


def geomean(values):
    return math.exp(sum(math.log(v) for v in values) / len(values))


def bootstrap_geomean(values, seed, resamples=RESAMPLES, level=LEVEL):
    """Percentile interval of the geometric mean when the benchmarks are drawn again with
    replacement: how much the mean owes to which benchmarks happened to be in the suite."""
    logs = np.log(np.asarray(values, dtype=float))
    rng = np.random.default_rng(seed)
    means = logs[rng.integers(0, len(logs), size=(resamples, len(logs)))].mean(axis=1)
    tail = (1 - level) / 2 * 100
    lo, hi = np.percentile(means, [tail, 100 - tail])
    return math.exp(lo), math.exp(hi)


def geomean_summary(values, of, seed):
    """{value, ci_lo, ci_hi, over, of} of the speedups of the ok records, or None."""
    if not values:
        return None
    lo, hi = bootstrap_geomean(values, seed)
    return {"value": geomean(values), "ci_lo": lo, "ci_hi": hi, "over": len(values), "of": of}


def compare(a, b):
    """'win' when interval a lies wholly above b, 'loss' when wholly below, else 'tie'."""
    if a[0] > b[1]:
        return "win"
    if a[1] < b[0]:
        return "loss"
    return "tie"


TALLY = {"win": "wins", "loss": "losses", "tie": "ties"}


def versus(res, method, other):
    """Wins, losses and ties of `method` against `other` on the benchmarks where both are ok."""
    tally = {"wins": 0, "losses": 0, "ties": 0, "benchmarks": 0}
    for b in res.benchmarks:
        mine, theirs = res.ok(method, b), res.ok(other, b)
        if mine and theirs:
            tally[TALLY[compare(interval(mine), interval(theirs))]] += 1
            tally["benchmarks"] += 1
    return tally


# ---------------------------------------------------------------------------------------------
# The summary (everything the Markdown, the HTML and the figures show comes from here)


def summarize(res, seed, title, source, notes):
    common = common_set(res)
    return {
        "schema": 1,
        "title": title,
        "source": source,
        "run": run_info(res),
        "notes": notes + context_notes(res),
        "statistics": {
            "geomean": "geometric mean of the speedups of a method's ok records; failures are "
                       "listed, never counted as 1x",
            "interval": "percentile bootstrap over benchmarks",
            "level": LEVEL, "resamples": RESAMPLES, "seed": seed,
            "wins": "win when this method's ci_lo > the other's ci_hi, loss when its ci_hi < "
                    "the other's ci_lo, tie otherwise; against default the interval is [1, 1]"},
        "common_set": common,
        "methods": {m: method_summary(res, m, common["benchmarks"], seed) for m in res.methods},
        "benchmarks": [benchmark_summary(res, b) for b in res.benchmarks],
        "counters": counters_summary(res),
        "figures": {"speedups": None, "curves": None},
    }


def most_common(values):
    values = [v for v in values if v is not None]
    return Counter(values).most_common(1)[0][0] if values else None


MACHINE_FIELDS = ("cpu_model", "cores", "threads", "hostname")
BUILD_FIELDS = ("llvm_version", "mlirrl_version", "git_rev")


def run_info(res):
    ctx = [r["context"] for r in res.records]
    runs = sorted({r["eval"].get("run_id") for r in res.records} - {None})
    suites = sorted({r["eval"].get("suite") for r in res.records} - {None})
    info = {"run_ids": runs,
            "machine": {f: most_common(c.get(f) for c in ctx) for f in MACHINE_FIELDS}}
    info.update({f: most_common(c.get(f) for c in ctx) for f in BUILD_FIELDS})
    info.update({"suites": suites, "benchmarks": len(res.benchmarks), "records": len(res.records)})
    return info


def context_notes(res):
    """The run info shows one value per field; say so when the records disagree."""
    notes = []
    for f in MACHINE_FIELDS + BUILD_FIELDS:
        seen = sorted({str(r["context"].get(f)) for r in res.records})
        if len(seen) > 1:
            notes.append(f"the records disagree on {f}: {', '.join(seen)} (the most common "
                         "one is shown)")
    return notes


def common_set(res):
    methods = [m for m in res.methods if res.kind[m] in SCHEDULE_KINDS]
    benches = [b for b in res.benchmarks if methods and all(res.ok(m, b) for m in methods)]
    return {"rule": "benchmarks on which every agent, random and search method is ok",
            "methods": methods, "benchmarks": benches}


def method_summary(res, method, common, seed):
    recs = res.of(method)
    ok = [r for r in recs if r["outcome"] == "ok"]
    in_common = [res.ok(method, b) for b in common]
    return {
        "kind": res.kind[method],
        "budget": method_budget(method, recs),
        "records": len(recs),
        "ok": len(ok),
        "geomean": geomean_summary([point(r) for r in ok], len(recs), seed),
        "common_geomean": (geomean_summary([point(r) for r in in_common], len(common), seed)
                           if common and all(in_common) else None),
        "versus": {o: versus(res, method, o) for o in res.methods if o != method},
        "failures": [{"benchmark": r["benchmark"]["id"], "outcome": r["outcome"],
                      "error": r.get("error")}
                     for r in recs if r["outcome"] not in ("ok", "unavailable")],
        "unavailable": unavailable(recs),
        "compile_ms": compile_summary(recs),
        "search": search_summary(recs) if res.kind[method] in SEARCH_KINDS else None,
    }


def unavailable(recs):
    """[{reason, benchmarks}]: one entry per distinct reason, so that 'torch is not installed'
    is said once, not once per benchmark."""
    by_reason = {}
    for r in recs:
        if r["outcome"] == "unavailable":
            by_reason.setdefault(r.get("error") or "no reason given", []).append(r["benchmark"]["id"])
    return [{"reason": k, "benchmarks": v} for k, v in by_reason.items()]


def compile_summary(recs):
    times = [t for t in map(compile_ms, recs) if t is not None]
    return {"median": statistics.median(times), "over": len(times)} if times else None


def search_summary(recs):
    """Effort of a search method, summed over its benchmarks."""
    ev = [r["eval"] for r in recs]

    def total(field):
        vals = [e.get(field) for e in ev if e.get(field) is not None]
        return sum(vals) if vals else None

    outcomes = Counter()
    for e in ev:
        outcomes.update(e.get("search_outcomes") or {})
    return {"benchmarks": len(recs), "measurements": total("measurements"),
            "cache_hits": total("cache_hits"), "wall_s": total("search_wall_s"),
            "outcomes": dict(sorted(outcomes.items(), key=lambda kv: OUTCOMES.index(kv[0])
                                    if kv[0] in OUTCOMES else len(OUTCOMES)))}


def benchmark_summary(res, bench):
    default = res.default(bench)
    results = {}
    for m in res.methods:
        r = res.by.get((m, bench))
        if r and not is_default(r):
            results[m] = result_entry(r)
    return {"id": bench,
            "default_ms": own_time_ms(default) if default and default["outcome"] == "ok" else None,
            "default_outcome": default["outcome"] if default else None,
            "results": results,
            "openblas": openblas_entry(res, bench)}


def result_entry(rec):
    if rec["outcome"] != "ok":
        return {"outcome": rec["outcome"], "error": rec.get("error")}
    sp = rec["speedup"]
    return {"outcome": "ok", "speedup": sp["point"], "ci_lo": sp["ci_lo"], "ci_hi": sp["ci_hi"],
            "time_ms": own_time_ms(rec)}


def openblas_entry(res, bench):
    """How close the fastest mlirrl-generated code comes to OpenBLAS, as a share of OpenBLAS's
    speed (its time over ours), so that 100% means as fast as OpenBLAS."""
    blas = next((res.ok(m, bench) for m in res.methods if res.kind[m] == "openblas"), None)
    ours = [r for m in res.methods if res.kind[m] in MLIRRL_KINDS
            for r in [res.ok(m, bench)] if r and own_time_ms(r)]
    if not blas or not own_time_ms(blas) or not ours:
        return None
    best = min(ours, key=own_time_ms)
    return {"best_method": best["eval"]["method"],
            "fraction_of_openblas_speed": own_time_ms(blas) / own_time_ms(best)}


def counters_summary(res):
    rows = [{"benchmark": r["benchmark"]["id"], "method": r["eval"]["method"],
             "values": counter_values(r)}
            for b in res.benchmarks for m in res.methods
            for r in [res.by.get((m, b))] if r and counter_values(r)]
    names = list(dict.fromkeys(n for row in rows for n in row["values"]))
    notes = sorted({r.get("counters_note") for r in res.records} - {None})
    return {"notes": notes, "names": names, "rows": rows}


# ---------------------------------------------------------------------------------------------
# The document: blocks rendered both as Markdown and as HTML
#   ("h", level, text)  ("p", text)  ("table", headers, rows)  ("figure", file, caption)


def fmt_x(v):
    return f"{v:.3g}x"


def fmt_speedup(e):
    return f"{fmt_x(e['speedup'])} [{e['ci_lo']:.3g}–{e['ci_hi']:.3g}]"


def fmt_geomean(g):
    if not g:
        return "–"
    return f"{fmt_x(g['value'])} [{g['ci_lo']:.3g}–{g['ci_hi']:.3g}] over {g['over']} of {g['of']}"


def fmt_num(v):
    return "–" if v is None else f"{v:.4g}"


def short(text, limit=140):
    text = " ".join(str(text or "").split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def document(s):
    doc = [("h", 1, s["title"]), ("p", run_line(s))]
    doc += [("p", f"Note: {n}.") for n in s["notes"]]
    doc += methods_section(s) + failures_section(s) + versus_section(s)
    doc += benchmarks_section(s) + figures_section(s)
    doc += searches_section(s) + compile_section(s) + counters_section(s)
    return doc


def run_line(s):
    r, m = s["run"], s["run"]["machine"]
    runs = ", ".join(r["run_ids"]) or "(no run id)"
    return (f"Run {runs}: {r['records']} records of {len(s['methods'])} methods on "
            f"{r['benchmarks']} benchmarks. {m['cpu_model']}, {m['cores']} cores, "
            f"{m['threads']} threads, host {m['hostname']}; LLVM {r['llvm_version']}; "
            f"mlirrl {r['mlirrl_version']} (git {r['git_rev']}).")


def methods_section(s):
    st, common = s["statistics"], s["common_set"]
    text = (f"Geometric-mean speedup over the default MLIR pipeline, over the method's ok records "
            f"only (\"over n of m\": failures are listed below, never counted as 1x). Interval: "
            f"{st['level']:.0%} percentile bootstrap over benchmarks ({st['resamples']} "
            f"resamples, seed {st['seed']}). Common set: the {len(common['benchmarks'])} "
            f"benchmarks on which every agent, random and search method is ok, so that methods "
            f"are compared on the same benchmarks.")
    rows = [[m, e["records"], e["ok"], fmt_geomean(e["geomean"]), fmt_geomean(e["common_geomean"]),
             len(e["failures"]), sum(len(u["benchmarks"]) for u in e["unavailable"])]
            for m, e in s["methods"].items()]
    headers = ["method", "records", "ok", "geomean speedup [95%]",
               f"on the common set ({len(common['benchmarks'])})", "failed", "unavailable"]
    return [("h", 2, "Methods"), ("p", text), ("table", headers, rows)]


def failures_section(s):
    rows = [[m, f["benchmark"], f["outcome"], short(f["error"])]
            for m, e in s["methods"].items() for f in e["failures"]]
    out = [("h", 3, "Failures")]
    out += [("table", ["method", "benchmark", "outcome", "error"], rows)] if rows else \
        [("p", "No method failed on any benchmark.")]
    unav = [[m, ", ".join(u["benchmarks"]) if len(u["benchmarks"]) < e["records"]
             else f"all {e['records']} of its benchmarks", short(u["reason"], 200)]
            for m, e in s["methods"].items() for u in e["unavailable"]]
    if unav:
        out += [("h", 3, "Unavailable on this machine"),
                ("table", ["method", "benchmarks", "reason"], unav)]
    return out


def versus_section(s):
    methods = list(s["methods"])
    text = ("Row method against column method, as wins/losses/ties on the benchmarks where both "
            "are ok (" + s["statistics"]["wins"] + ").")
    rows = []
    for m in methods:
        vs = s["methods"][m]["versus"]
        rows.append([m] + [wlt(vs.get(o)) for o in methods])
    return [("h", 2, "Wins / losses / ties"), ("p", text),
            ("table", ["method"] + [f"vs {o}" for o in methods], rows)]


def wlt(tally):
    """'w/l/t'; '·' against itself, '–' when no benchmark has both ok."""
    if tally is None:
        return "·"
    return f"{tally['wins']}/{tally['losses']}/{tally['ties']}" if tally["benchmarks"] else "–"


def benchmarks_section(s):
    methods = [m for m, e in s["methods"].items() if e["kind"] != "default"]
    with_blas = any(b["openblas"] for b in s["benchmarks"])
    rows = []
    for b in s["benchmarks"]:
        default = fmt_num(b["default_ms"]) if b["default_ms"] is not None else (
            b["default_outcome"] or "–")
        cells = [cell(b["results"].get(m)) for m in methods]
        if with_blas:
            o = b["openblas"]
            cells.append(f"{o['best_method']}: {o['fraction_of_openblas_speed']:.0%} of OpenBLAS"
                         if o else "")
        rows.append([b["id"], default] + cells)
    headers = ["benchmark", "default ms"] + methods + (["best mlirrl vs OpenBLAS"] if with_blas else [])
    text = ("Speedup over the default pipeline [95% interval], or the outcome when the method did "
            "not produce a verified, timed result; – where the method does not apply.")
    if with_blas:
        text += (" Best mlirrl vs OpenBLAS: the fastest of the default pipeline and the agent, "
                 "random and search methods, as a share of OpenBLAS's speed (OpenBLAS time / its "
                 "time; 100% = as fast as OpenBLAS).")
    return [("h", 2, "Per benchmark"), ("p", text), ("table", headers, rows)]


def cell(entry):
    if entry is None:
        return "–"
    return fmt_speedup(entry) if entry["outcome"] == "ok" else entry["outcome"]


def figures_section(s):
    out = [("h", 2, "Figures")]
    if s["figures"]["speedups"]:
        out.append(("figure", s["figures"]["speedups"], SPEEDUPS_CAPTION))
    if s["figures"]["curves"]:
        out.append(("figure", s["figures"]["curves"], CURVES_CAPTION))
    if len(out) == 1:
        out.append(("p", "No method besides the default pipeline: nothing to plot."))
    return out


SPEEDUPS_CAPTION = (
    "Speedup of each method over the default MLIR pipeline, per benchmark (log scale; bars grow "
    "from 1x, the default; whiskers are the 95% bootstrap intervals). An x at the bottom marks a "
    "method that ran but gave no speedup; its two letters name the outcome (see the legend). "
    "No mark: the method does not apply to the benchmark.")
CURVES_CAPTION = (
    "Best-so-far speedup against measurements spent, as the searches saw it (train profile: "
    "fewer, shorter samples than the evaluation, so the final values differ a little from the "
    "tables). One line per kind of search at its largest budget: a smaller budget of the same "
    "kind is the start of the same line. Top: geometric mean over benchmarks, solid where every benchmark has a verified "
    "schedule, dotted where some have none yet (the mean is then over those that have). Below "
    "(up to 48 benchmarks): one panel per benchmark.")


def searches_section(s):
    rows = []
    for m, e in s["methods"].items():
        sr = e["search"]
        if sr:
            outcomes = ", ".join(f"{k} {v}" for k, v in sr["outcomes"].items()) or "–"
            rows.append([m, sr["benchmarks"], fmt_num(sr["measurements"]),
                         fmt_num(sr["cache_hits"]), fmt_num(sr["wall_s"]), outcomes])
    if not rows:
        return []
    text = "Effort of the searches, summed over benchmarks."
    headers = ["method", "benchmarks", "measurements spent", "cache hits", "search wall s",
               "outcomes of the measurements"]
    return [("h", 2, "Searches"), ("p", text), ("table", headers, rows)]


def compile_section(s):
    rows = [[m, fmt_num(e["compile_ms"]["median"]), e["compile_ms"]["over"]]
            for m, e in s["methods"].items() if e["compile_ms"]]
    text = ("Median over benchmarks of transform + lower + JIT of the method's own code (the "
            "default's for default), over the records that compiled.")
    return [("h", 2, "Compile times"), ("p", text),
            ("table", ["method", "median ms", "benchmarks"], rows)] if rows else []


def counters_section(s):
    c = s["counters"]
    notes = "; ".join(c["notes"])
    if not c["rows"]:
        why = notes or "the records give no reason"
        return [("h", 2, "Counters"), ("p", f"No counter has a value in any record: {why}.")]
    rows = [[r["benchmark"], r["method"]] + [fmt_num(r["values"].get(n)) for n in c["names"]]
            for r in c["rows"]]
    text = "Counters of each method's own code, per call, where they have a value."
    if notes:
        text += f" This machine: {notes}."
    return [("h", 2, "Counters"), ("p", text), ("table", ["benchmark", "method"] + c["names"], rows)]


def md_cell(v):
    return str(v).replace("|", "\\|")


def render_md(doc):
    out = []
    for block in doc:
        if block[0] == "h":
            out.append("#" * block[1] + " " + block[2])
        elif block[0] == "p":
            out.append(block[1])
        elif block[0] == "table":
            _, headers, rows = block
            lines = ["| " + " | ".join(map(md_cell, headers)) + " |",
                     "|" + "---|" * len(headers)]
            lines += ["| " + " | ".join(map(md_cell, row)) + " |" for row in rows]
            out.append("\n".join(lines))
        elif block[0] == "figure":
            out.append(f"![{block[1]}]({block[1]})\n\n*{block[2]}*")
    return "\n\n".join(out) + "\n"


HTML_STYLE = """
body { font: 14px/1.45 system-ui, sans-serif; margin: 2em auto; max-width: 1500px; padding: 0 1em;
       color: #222; }
table { border-collapse: collapse; margin: 0.5em 0 1.5em; font-size: 12.5px; }
th, td { border: 1px solid #ccc; padding: 3px 7px; text-align: left; vertical-align: top; }
td:not(:last-child) { white-space: nowrap; }  /* "12.3x [11.9–12.6]" reads as one value */
.wide { overflow-x: auto; }
th { background: #f0f0f0; }
tbody tr:nth-child(even) { background: #fafafa; }
figure { margin: 1em 0 2em; }
figure img { max-width: 100%; height: auto; border: 1px solid #ddd; }
figcaption { font-size: 13px; color: #444; max-width: 1100px; }
#render-status { color: #888; font-size: 11px; margin-top: 3em; }
"""

# Lets a headless browser prove that every embedded image decoded (tests/reports).
HTML_SCRIPT = """
window.addEventListener("load", function () {
  var imgs = document.getElementsByTagName("img"), n = 0;
  for (var i = 0; i < imgs.length; i++)
    if (imgs[i].complete && imgs[i].naturalWidth > 0) n++;
  var text = "mlirrl report: " + n + " images rendered";
  document.title = text;
  var div = document.createElement("div");
  div.id = "render-status";
  div.textContent = text;
  document.body.appendChild(div);
});
"""


def html_block(block, folder):
    e = html.escape
    if block[0] == "h":
        return f"<h{block[1]}>{e(block[2])}</h{block[1]}>"
    if block[0] == "p":
        return f"<p>{e(block[1])}</p>"
    if block[0] == "table":
        _, headers, rows = block
        head = "".join(f"<th>{e(str(h))}</th>" for h in headers)
        body = "".join("<tr>" + "".join(f"<td>{e(str(v))}</td>" for v in row) + "</tr>\n"
                       for row in rows)
        return (f'<div class="wide"><table><thead><tr>{head}</tr></thead><tbody>\n{body}'
                f"</tbody></table></div>")
    with open(os.path.join(folder, block[1]), "rb") as f:
        data = base64.b64encode(f.read()).decode("ascii")
    return (f'<figure><img src="data:image/png;base64,{data}" alt="{e(block[1])}">'
            f"<figcaption>{e(block[2])}</figcaption></figure>")


def render_html(doc, title, folder):
    body = "\n".join(html_block(b, folder) for b in doc)
    return (f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{html.escape(title)}</title>\n<style>{HTML_STYLE}</style>\n"
            f"<script>{HTML_SCRIPT}</script>\n</head>\n<body>\n{body}\n</body>\n</html>\n")


# ---------------------------------------------------------------------------------------------
# Figures


def pyplot():
    try:
        import matplotlib
    except ImportError:
        raise ReportError("matplotlib is missing (Debian: python3-matplotlib; run with "
                          "/usr/bin/python3)") from None
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    return plt


def method_colors(methods):
    plt = pyplot()
    cmap = plt.get_cmap("tab10" if len(methods) <= 10 else "tab20")
    return {m: cmap(i % cmap.N) for i, m in enumerate(methods)}


def wrap_id(bench, width):
    """Benchmark ids are long and have no spaces: break after '/' and '_' into lines of at most
    `width`, as even as the same number of lines allows (no lone '28' on the last line)."""
    lines = greedy_wrap(bench, width)
    while width > 8 and len(greedy_wrap(bench, width - 1)) == len(lines):
        width -= 1
    return "\n".join(greedy_wrap(bench, width))


def greedy_wrap(bench, width):
    lines, line = [], ""
    for token in re.split(r"(?<=[/_])", bench):
        while len(token) > width:
            if line:
                lines.append(line)
                line = ""
            lines.append(token[:width])
            token = token[width:]
        if len(line) + len(token) > width and line:
            lines.append(line)
            line = ""
        line += token
    return lines + [line] if line else lines


def log_axis_format(axis):
    """Log-scale ticks at 1, 2, 5 per decade, labelled '2x', readable at a glance."""
    from matplotlib.ticker import FuncFormatter, LogLocator, NullFormatter
    axis.set_major_locator(LogLocator(base=10, subs=(1.0, 2.0, 5.0)))
    axis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:g}x"))
    axis.set_minor_formatter(NullFormatter())


def speedup_limits(s):
    """One y range for every panel, with room below for the failure marks."""
    values = [1.0]
    for b in s["benchmarks"]:
        for e in b["results"].values():
            if e["outcome"] == "ok":
                values += [e["ci_lo"], e["ci_hi"]]
    lo, hi = min(values), max(values)
    span = max(math.log10(hi / lo), 0.5)
    return lo / 10 ** (0.22 * span), hi * 10 ** (0.06 * span)


GROUP_IN = 0.24   # inches per bar
PANEL_IN = 15.0   # widest panel


def save(plt, fig, path):
    try:
        fig.savefig(path, dpi=100, bbox_inches="tight")
    except OSError as e:
        raise ReportError(f"cannot write {path}: {e.strerror}") from None
    finally:
        plt.close(fig)


def plot_speedups(s, path):
    plt = pyplot()
    methods = [m for m, e in s["methods"].items() if e["kind"] != "default"]
    benches = s["benchmarks"]
    if not methods:
        return False
    group = GROUP_IN * len(methods) + 0.5
    per_panel = max(1, min(len(benches), int(PANEL_IN // group)))
    panels = [benches[i:i + per_panel] for i in range(0, len(benches), per_panel)]
    width = max(7.0, per_panel * group + 1.5)
    fig, axes = plt.subplots(len(panels), 1, figsize=(width, 0.8 + 3.9 * len(panels)),
                             squeeze=False)
    colors, limits = method_colors(methods), speedup_limits(s)
    marks = set()
    for ax, panel in zip(axes[:, 0], panels):
        marks |= draw_speedup_panel(ax, panel, methods, colors, limits, per_panel, group)
    speedup_legend(fig, axes[0, 0], methods, colors, marks)
    save(plt, fig, path)
    return True


def draw_speedup_panel(ax, panel, methods, colors, limits, per_panel, group):
    """Bars of one row of benchmarks; returns the outcomes marked."""
    import matplotlib.transforms as mtransforms
    below = mtransforms.blended_transform_factory(ax.transData, ax.transAxes)
    w = 0.8 / len(methods)
    marks = set()
    for i, b in enumerate(panel):
        for j, m in enumerate(methods):
            x, e = i + (j - (len(methods) - 1) / 2) * w, b["results"].get(m)
            if e is None:
                continue
            if e["outcome"] == "ok":
                y = e["speedup"]
                ax.bar(x, y - 1, bottom=1, width=w * 0.92, color=colors[m])
                ax.errorbar(x, y, yerr=[[y - e["ci_lo"]], [e["ci_hi"] - y]], fmt="none",
                            ecolor="#222", elinewidth=0.8, capsize=min(3, 40 * w))
            else:
                ax.plot(x, 0.035, "x", color=colors[m], transform=below, ms=6, mew=1.8)
                ax.text(x, 0.075, OUTCOME_MARKS[e["outcome"]], transform=below, fontsize=7.5,
                        ha="center", va="bottom", color="#333")
                marks.add(e["outcome"])
    ax.set_yscale("log")
    ax.set_ylim(*limits)
    log_axis_format(ax.yaxis)
    ax.axhline(1, color="#444", lw=0.9)
    ax.grid(axis="y", which="major", color="#ddd", lw=0.6)
    ax.set_axisbelow(True)
    ax.set_xlim(-0.55, per_panel - 0.45)
    ax.set_xticks(range(len(panel)))
    ax.set_xticklabels([wrap_id(b["id"], int(group * 12)) for b in panel], fontsize=7.5)
    for x in range(1, len(panel)):
        ax.axvline(x - 0.5, color="#eee", lw=0.8)
    ax.set_ylabel("speedup over default (log)", fontsize=9)
    return marks


def speedup_legend(fig, ax, methods, colors, marks):
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch
    handles = [Patch(color=colors[m], label=m) for m in methods]
    if marks:
        text = ", ".join(f"{OUTCOME_MARKS[o]} {o}" for o in OUTCOMES if o in marks)
        handles.append(Line2D([], [], ls="none", marker="x", color="#555", mew=1.8,
                              label=f"no speedup: {text}"))
    ax.legend(handles=handles, loc="lower left", bbox_to_anchor=(0, 1.02), ncol=min(
        len(handles), 5), fontsize=8.5, frameon=False)


def search_curves(res):
    """{label: {benchmark: curve}}, one label per search kind. A search of budget k is the
    first k measurements of the same search with a larger budget (mlirrl eval runs each kind
    once, at its largest budget), so only the longest curve of a kind is drawn per benchmark."""
    longest = {}
    for m in res.methods:
        for r in res.of(m):
            c = r["eval"].get("curve")
            if c:
                kind = longest.setdefault(r["eval"]["kind"], {})
                if len(c) > len(kind.get(r["benchmark"]["id"], [])):
                    kind[r["benchmark"]["id"]] = c
    return {f"{kind}:{max(len(c) for c in curves.values())}": curves
            for kind, curves in longest.items()}


def geomean_curve(curves):
    """Per step: geomean over the benchmarks with a verified schedule so far, and whether
    that is all of them."""
    steps = max(len(c) for c in curves.values())
    means, complete = [], []
    for k in range(steps):
        vals = [c[min(k, len(c) - 1)] for c in curves.values()]
        known = [v for v in vals if v is not None and v > 0]
        means.append(geomean(known) if known else np.nan)
        complete.append(len(known) == len(vals))
    return np.array(means), np.array(complete)


def plot_curves(res, path):
    curves = search_curves(res)
    if not curves:
        return False
    plt = pyplot()
    benches = sorted({b for c in curves.values() for b in c})
    grid = len(benches) <= 48
    ncols = min(6, len(benches))
    nrows = math.ceil(len(benches) / ncols) if grid else 0
    fig = plt.figure(figsize=(max(9.0, 2.5 * ncols) if grid else 10.0, 4.6 + 2.4 * nrows))
    gs = fig.add_gridspec(1 + nrows, ncols, height_ratios=[3.6] + [2.0] * nrows, hspace=0.5,
                          wspace=0.32)
    colors = method_colors(list(curves))
    steps = max(len(c) for cs in curves.values() for c in cs.values())
    top = fig.add_subplot(gs[0, :])
    draw_geomean_curves(top, curves, colors, steps)
    for i, b in enumerate(benches if grid else []):
        ax = fig.add_subplot(gs[1 + i // ncols, i % ncols])
        draw_benchmark_curves(ax, b, curves, colors, steps)
    save(plt, fig, path)
    return True


def steps_axis(ax, steps):
    """Log x (base 2) once budgets are long enough for the early steps to matter."""
    from matplotlib.ticker import FuncFormatter
    if steps >= 8:
        ax.set_xscale("log", base=2)
        ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:g}"))
    ax.set_xlim(0.8, steps * 1.15)


def speedup_axis(ax, values):
    """Log y when the curves span enough for a linear scale to flatten the small ones."""
    values = [v for v in values if v is not None and v > 0 and math.isfinite(v)]
    if values and max(values) / min(values) > 4:
        ax.set_yscale("log")
        log_axis_format(ax.yaxis)
    else:
        from matplotlib.ticker import FuncFormatter
        ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:g}x"))


def draw_geomean_curves(ax, curves, colors, steps):
    values = []
    for m, cs in curves.items():
        means, complete = geomean_curve(cs)
        x = np.arange(1, len(means) + 1)
        style = {"color": colors[m], "marker": "o" if len(x) <= 16 else None, "ms": 3.5}
        ax.plot(x, means, ls=":", lw=1.4, **style)
        ax.plot(x, np.where(complete, means, np.nan), ls="-", lw=1.8, label=f"{m} ({len(cs)})",
                **style)
        values += list(means[np.isfinite(means)])
    steps_axis(ax, steps)
    speedup_axis(ax, values + [1.0])
    ax.axhline(1, color="#444", lw=0.8)
    ax.grid(color="#e4e4e4", lw=0.6)
    ax.set_xlabel("measurements spent", fontsize=9)
    ax.set_ylabel("geomean best-so-far speedup", fontsize=9)
    ax.set_title("Best-so-far speedup over the default pipeline, geometric mean over benchmarks "
                 "(train profile)", fontsize=10)
    ax.legend(title="method (benchmarks)", fontsize=8.5, title_fontsize=8.5, loc="upper left",
              bbox_to_anchor=(1.01, 1))


def draw_benchmark_curves(ax, bench, curves, colors, steps):
    values = []
    for m, cs in curves.items():
        c = cs.get(bench)
        if c:
            y = np.array([np.nan if v is None else v for v in c], dtype=float)
            ax.plot(np.arange(1, len(y) + 1), y, color=colors[m], lw=1.3,
                    marker="o" if len(y) <= 16 else None, ms=2.5)
            values += [v for v in c if v is not None]
    steps_axis(ax, steps)
    speedup_axis(ax, values + [1.0])
    ax.axhline(1, color="#888", lw=0.6)
    ax.tick_params(labelsize=7)
    ax.set_title(wrap_id(bench, 30), fontsize=7.5)
    ax.grid(color="#eee", lw=0.5)


# ---------------------------------------------------------------------------------------------


def write_text(path, text):
    try:
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
    except OSError as e:
        raise ReportError(f"cannot write {path}: {e.strerror}") from None


def make_report(records_path, out, title=None, seed=1):
    """Reads the records and writes every output file; returns the summary."""
    records, notes = dedup(load_records(records_path))
    res = Results(records)
    runs = sorted({r["eval"].get("run_id") for r in records} - {None})
    title = title or "mlirrl eval " + (", ".join(runs) if runs else os.path.basename(records_path))
    s = summarize(res, seed, title, records_path, notes)
    try:
        os.makedirs(out, exist_ok=True)
    except OSError as e:
        raise ReportError(f"cannot create {out}: {e.strerror}") from None
    for name, plot, data in (("speedups", plot_speedups, s), ("curves", plot_curves, res)):
        path = os.path.join(out, f"{name}.png")
        if plot(data, path):
            s["figures"][name] = f"{name}.png"
        elif os.path.exists(path):
            os.remove(path)  # an earlier report's figure would pass for this one's
    doc = document(s)
    write_text(os.path.join(out, "summary.json"), json.dumps(s, indent=1, ensure_ascii=False) + "\n")
    write_text(os.path.join(out, "summary.md"), render_md(doc))
    write_text(os.path.join(out, "report.html"), render_html(doc, title, out))
    return s


def main(argv=None):
    ap = argparse.ArgumentParser(prog=PROG, description=__doc__.split("\n")[0])
    ap.add_argument("records", help="results.jsonl written by mlirrl eval")
    ap.add_argument("--out", required=True, help="folder for the report files")
    ap.add_argument("--title", help="report title (default: the run ids)")
    ap.add_argument("--seed", type=int, default=1, help="bootstrap seed (default 1)")
    a = ap.parse_args(argv)
    try:
        make_report(a.records, a.out, a.title, a.seed)
    except ReportError as e:
        print(f"{PROG}: {e}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
