#!/usr/bin/python3
"""Compares two sets of mlirrl records (A and B: two LLVM versions, two mlirrl revisions, two
machines, two runs): for every benchmark and version (the default pipeline, and each schedule
or transform script), B's time against A's.

usage: /usr/bin/python3 reports/compare.py A.jsonl B.jsonl --out DIR [--label-a L]
                                           [--label-b L] [--floor F] [--alpha P] [--names F]

Records are those of `mlirrl run --json` and `mlirrl eval` (one JSON line each), several per
(benchmark, version) when the same measurement was repeated in separate processes. A version is
keyed by the benchmark id and the transform's sha256 (the default pipeline: no transform);
every record contributes its candidate's median time to its version and its baseline's median
to the benchmark's default pipeline (unless the baseline was reused or belongs to a PyTorch or
OpenBLAS record, whose samples were timed for another record). PyTorch and OpenBLAS records
are versions of their own, named by the method; `unavailable` records are skipped. A version
several methods chose is named by all of them;
--names (JSON lines {benchmark, schedule or script, label}, as scripts/regress.py writes them)
names versions instead.

The test: with at least two processes a side, the Mann-Whitney U test on the process medians
(log times) and the Hodges-Lehmann ratio B/A with its 95 % interval (reports/rankstats.py). A
version is `slower` or `faster` when p < alpha (0.05) and the ratio is beyond the effect floor
(3 %); otherwise `unchanged`. With one process on a side the samples inside the processes stand in
on both sides, and the row says `one process`: such an interval is narrower than the spread
between runs.
A significant change whose machine code is the same on both sides (records of schema 3 carry
the SHA-256 of the code the JIT produced, `object_sha256`) is flagged `suspect noise`: the
same code ran, so the difference is the machine's; `code differs` says the opposite.

Correctness outranks speed: a version that is ok on one side and not on the other (a wrong
answer, a transform or compile failure, a crash, a timeout) is `broken` (ok in A only) or
`fixed` (ok in B only) and listed first, with both sides' errors; one that fails on both sides
is `failing`.

The sides are named by --label-a and --label-b, or else by the first thing that tells them
apart: the LLVM version, the mlirrl revision, the host, the CPU, the eval run.

`mlirrl compare` runs this script, after exporting a side given as a database selection.

Writes DIR/compare.json (schema 1), DIR/compare.md, DIR/compare.png (ratios with intervals, log
scale) and DIR/compare.html (self-contained). Exit status 0 when nothing is broken, 3 when a
version is broken, 1 with one line `compare.py: ...` on bad input.
"""
import argparse
import base64
import html
import json
import math
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import rankstats  # noqa: E402

PROG = "compare.py"
SCHEMA = 1
EXTERNAL_KINDS = ("pytorch", "torchscript", "openblas", "halide")  # eval's baselines timed outside mlirrl
ORDER = {"broken": 0, "fixed": 1, "failing": 2, "slower": 3, "faster": 4, "unchanged": 5, "only A": 6,
         "only B": 7}


class CompareError(Exception):
    pass


def load(path):
    try:
        lines = open(path).read().splitlines()
    except OSError as e:
        raise CompareError("%s: %s" % (path, e.strerror))
    recs = []
    for i, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            r = json.loads(line)
        except json.JSONDecodeError:
            if i == len(lines):
                continue  # the last line cut short by a kill
            raise CompareError("%s:%d: not JSON" % (path, i))
        if not isinstance(r, dict) or not isinstance(r.get("benchmark"), dict) or "id" not in r["benchmark"] \
                or "outcome" not in r or not isinstance(r.get("timing"), dict):
            raise CompareError("%s:%d: not an mlirrl record (no benchmark.id, outcome or timing)" % (path, i))
        recs.append(r)
    if not recs:
        raise CompareError("%s: no records" % path)
    return recs


def median_of(t):
    return t.get("median_ns") if isinstance(t, dict) and t.get("median_ns") else None


def label_of(r):
    tr = r.get("transform") or {}
    ev = r.get("eval") or {}
    if ev.get("method") and ev.get("method") != "default":
        return ev["method"]
    if tr.get("text"):
        return tr["text"] if len(tr["text"]) <= 60 else tr["text"][:57] + "..."
    if tr.get("path"):
        return os.path.basename(tr["path"])
    return "schedule"


def gather(recs, names=None):
    """{(benchmark, version key): side} with observations, outcomes and errors."""
    sides = {}
    names = names or {}

    def side(bench, key, label):
        s = sides.setdefault((bench, key), {"label": label, "medians": [], "samples": [], "outcomes": [],
                                            "errors": [], "hashes": set(), "schedule": None, "script": None})
        return s

    for r in recs:
        if r["outcome"] == "unavailable":  # a baseline this machine cannot run: no result at all
            continue
        bench = r["benchmark"]["id"]
        tr = r.get("transform") or {}
        timing = r["timing"]
        obj = r.get("object_sha256") or {}  # schema 3: the compiled machine code's hash
        ev = r.get("eval") or {}
        external = ev.get("kind") in EXTERNAL_KINDS
        reused = (r.get("measurement") or {}).get("baseline_reused")
        base = timing.get("baseline")
        # A baseline timed for this record is one observation of the default pipeline; an
        # external baseline's record and a reused baseline repeat samples timed elsewhere.
        if median_of(base) and not external and not reused:
            d = side(bench, "default", "default pipeline")
            d["medians"].append(median_of(base))
            d["samples"] += list(base.get("sample_ns") or [])
            d["outcomes"].append("ok")
            if obj.get("baseline"):
                d["hashes"].add(obj["baseline"])
        if external:  # PyTorch, OpenBLAS: a version of their own, named by the method
            c = side(bench, "method:" + ev["method"], ev["method"])
        elif tr.get("kind") in (None, "none"):
            continue
        else:
            name = names.get((bench, tr.get("text") or tr.get("path"))) or label_of(r)
            c = side(bench, tr.get("sha256") or tr.get("text") or tr.get("path"), name)
            if name not in c["label"].split(" = "):  # one schedule that several methods chose
                c["label"] += " = " + name
        c["schedule"] = tr.get("text") if tr.get("kind") == "schedule" else c["schedule"]
        c["script"] = tr.get("path") or c["script"]
        c["outcomes"].append(r["outcome"])
        if r["outcome"] != "ok":
            c["errors"].append(r.get("error") or r["outcome"])
            continue
        cand = timing.get("candidate")
        if median_of(cand):
            c["medians"].append(median_of(cand))
            c["samples"] += list(cand.get("sample_ns") or [])
            if obj.get("candidate"):
                c["hashes"].add(obj["candidate"])
    return sides


def first_bad(s):
    bad = [o for o in s["outcomes"] if o != "ok"]
    return bad[0] if bad else None


def judge(a, b, floor, alpha):
    row = {}
    bad_a, bad_b = first_bad(a), first_bad(b)
    row["outcome_a"] = bad_a or "ok"
    row["outcome_b"] = bad_b or "ok"
    row["runs_a"], row["runs_b"] = len(a["outcomes"]), len(b["outcomes"])
    if bad_a is None and bad_b is not None:
        row["verdict"] = "broken"
    elif bad_a is not None and bad_b is None:
        row["verdict"] = "fixed"
    row["error_a"] = a["errors"][0] if a["errors"] else None
    row["error_b"] = b["errors"][0] if b["errors"] else None
    ma, mb = a["medians"], b["medians"]
    row["one_process"] = False
    row["ratio"] = row["lo"] = row["hi"] = row["p"] = None
    if ma and mb:
        if len(ma) >= 2 and len(mb) >= 2:
            xa, xb = ma, mb
        else:  # samples inside the processes, on both sides alike
            xa, xb = a["samples"] or ma, b["samples"] or mb
            row["one_process"] = True
        c = rankstats.compare_times(xa, xb)
        row.update(ratio=c["ratio"], lo=c["lo"], hi=c["hi"], p=c["p"])
        row["median_ms_a"] = sorted(ma)[len(ma) // 2] / 1e6
        row["median_ms_b"] = sorted(mb)[len(mb) // 2] / 1e6
    if "verdict" not in row:
        if bad_a and bad_b:
            row["verdict"] = "failing"
        elif row["ratio"] is None:
            row["verdict"] = "unchanged"
        elif row["p"] < alpha and abs(math.log(row["ratio"])) >= math.log(1 + floor):
            row["verdict"] = "slower" if row["ratio"] > 1 else "faster"
        else:
            row["verdict"] = "unchanged"
    same = a["hashes"] and a["hashes"] == b["hashes"] and len(a["hashes"]) == 1
    row["same_code"] = bool(same) if a["hashes"] and b["hashes"] else None
    row["suspect_noise"] = bool(same) and row["verdict"] in ("slower", "faster")
    return row


def compare(recs_a, recs_b, floor=0.03, alpha=0.05, names=None):
    sa, sb = gather(recs_a, names), gather(recs_b, names)
    rows = []
    for key in sorted(set(sa) | set(sb)):
        a, b = sa.get(key), sb.get(key)
        base = {"benchmark": key[0], "version": (a or b)["label"], "key": key[1],
                "schedule": (a or b)["schedule"], "script": (a or b)["script"]}
        if a is None or b is None:
            base["verdict"] = "only B" if a is None else "only A"
            rows.append(base)
            continue
        base.update(judge(a, b, floor, alpha))
        rows.append(base)
    rows.sort(key=lambda r: (ORDER[r["verdict"]], -(abs(math.log(r["ratio"])) if r.get("ratio") else 0),
                             r["benchmark"], r["version"]))
    counts = {v: sum(r["verdict"] == v for r in rows) for v in ORDER}
    return rows, counts


def context_of(recs):
    c = next((r.get("context") for r in recs if isinstance(r.get("context"), dict)), {}) or {}
    ctx = {k: c.get(k) for k in ("llvm_version", "git_rev", "cpu_model", "hostname", "threads")}
    runs = sorted({(r.get("eval") or {}).get("run_id") for r in recs} - {None})
    ctx["run_id"] = ",".join(runs) if runs else None
    return ctx


def fmt_ratio(r):
    if r.get("ratio") is None:
        return "–"
    return "%.3g [%.3g, %.3g]" % (r["ratio"], r["lo"], r["hi"])


def markdown(doc):
    la, lb = doc["label_a"], doc["label_b"]
    out = ["# %s against %s" % (lb, la), ""]
    for side, lab in (("a", la), ("b", lb)):
        c = doc["context_" + side]
        out.append("- **%s**: LLVM %s, mlirrl %s, %s (%s), %s threads, %d records from `%s`" % (
            lab, c.get("llvm_version"), c.get("git_rev"), c.get("cpu_model"), c.get("hostname"),
            c.get("threads"), doc["records_" + side], doc["source_" + side]))
    out.append("")
    out.append("Ratio = time in %s / time in %s (above 1: %s is slower), Hodges-Lehmann estimate with its "
               "95%% interval; a change counts when Mann-Whitney p < %g and the ratio is beyond %g%%." % (
                   lb, la, lb, doc["alpha"], 100 * doc["floor"]))
    out.append("")
    out.append("| verdict | count |")
    out.append("|---|---:|")
    for v, n in doc["counts"].items():
        if n:
            out.append("| %s | %d |" % (v, n))
    broken = [r for r in doc["rows"] if r["verdict"] in ("broken", "fixed")]
    if broken:
        out += ["", "## Correctness changes (listed before any speed change)", ""]
        for r in broken:
            out.append("- **%s** `%s` %s: %s in %s, %s in %s%s" % (
                r["verdict"], r["benchmark"], "`%s`" % r["version"], r["outcome_a"], la, r["outcome_b"], lb,
                ": " + (r.get("error_b") or r.get("error_a") or "")[:300] if (r.get("error_b") or r.get("error_a")) else ""))
    out += ["", "## Every version", "",
            "| benchmark | version | verdict | %s ms | %s ms | ratio [95%%] | p | runs | flags |" % (la, lb),
            "|---|---|---|---:|---:|---|---:|---|---|"]
    for r in doc["rows"]:
        flags = []
        if r.get("one_process"):
            flags.append("one process")
        if r.get("suspect_noise"):
            flags.append("suspect noise (same code)")
        if r.get("same_code") is False:
            flags.append("code differs")
        out.append("| %s | %s | %s | %s | %s | %s | %s | %s | %s |" % (
            r["benchmark"], r["version"].replace("|", "\\|"), r["verdict"],
            "%.4g" % r["median_ms_a"] if r.get("median_ms_a") else "–",
            "%.4g" % r["median_ms_b"] if r.get("median_ms_b") else "–", fmt_ratio(r),
            "%.2g" % r["p"] if r.get("p") is not None else "–",
            "%s/%s" % (r.get("runs_a", "–"), r.get("runs_b", "–")), ", ".join(flags)))
    return "\n".join(out) + "\n"


def plot(doc, path):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    rows = [r for r in doc["rows"] if r.get("ratio")]
    if not rows:
        return False
    rows = sorted(rows, key=lambda r: r["ratio"])
    h = max(2.5, 0.22 * len(rows) + 1.2)
    fig, ax = plt.subplots(figsize=(8, h))
    colors = {"slower": "#c0392b", "faster": "#27ae60", "unchanged": "#7f8c8d"}
    for i, r in enumerate(rows):
        ax.plot([r["lo"], r["hi"]], [i, i], color=colors.get(r["verdict"], "#34495e"), lw=2)
        ax.plot([r["ratio"]], [i], "o", color=colors.get(r["verdict"], "#34495e"), ms=4)
    ax.axvline(1, color="black", lw=0.8)
    ax.set_xscale("log")
    ax.set_yticks(range(len(rows)))
    ax.set_yticklabels(["%s · %s" % (r["benchmark"], r["version"][:28]) for r in rows], fontsize=7)
    ax.set_xlabel("time in %s / time in %s (log; right of 1: slower)" % (doc["label_b"], doc["label_a"]))
    ax.set_title("%s against %s" % (doc["label_b"], doc["label_a"]), fontsize=10)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return True


def html_page(md, png):
    body = []
    for line in md.splitlines():
        if line.startswith("|---"):
            continue
        if line.startswith("| "):
            cells = [html.escape(c.strip()) for c in line.strip("|").split(" | ")]
            tag = "th" if not body or not body[-1].startswith("<tr") else "td"
            body.append("<tr>" + "".join("<%s>%s</%s>" % (tag, c, tag) for c in cells) + "</tr>")
            continue
        if body and body[-1].startswith("<tr"):
            body.append("</table>")
        if line.startswith("#"):
            n = len(line) - len(line.lstrip("#"))
            body.append("<h%d>%s</h%d>" % (n, html.escape(line[n:].strip()), n))
        elif line.strip():
            body.append("<p>%s</p>" % html.escape(line))
    # open tables where a header row starts one
    out, in_table = [], False
    for b in body:
        if b.startswith("<tr") and not in_table:
            out.append("<table>")
            in_table = True
        if b == "</table>":
            in_table = False
        out.append(b)
    if in_table:
        out.append("</table>")
    img = ""
    if png and os.path.exists(png):
        img = '<img alt="ratios" src="data:image/png;base64,%s">' % base64.b64encode(open(png, "rb").read()).decode()
    style = ("body{font-family:sans-serif;max-width:1100px;margin:1em auto}table{border-collapse:collapse}"
             "td,th{border:1px solid #ccc;padding:2px 6px;font-size:13px}img{max-width:100%}")
    return "<!doctype html><html><head><meta charset='utf-8'><title>compare</title><style>%s</style></head>" \
           "<body>%s%s</body></html>\n" % (style, "\n".join(out), img)


def default_labels(ca, cb):
    """Names the two sides by the first thing that tells them apart: LLVM version, mlirrl
    revision, machine, run."""
    for key, fmt in (("llvm_version", "LLVM %s"), ("git_rev", "mlirrl %s"), ("hostname", "%s"),
                     ("cpu_model", "%s"), ("run_id", "run %s")):
        if ca.get(key) != cb.get(key):
            return fmt % ca.get(key), fmt % cb.get(key)
    return "A (LLVM %s)" % ca.get("llvm_version"), "B (LLVM %s)" % cb.get("llvm_version")


class Parser(argparse.ArgumentParser):
    def error(self, message):
        print("%s: %s" % (PROG, message), file=sys.stderr)
        sys.exit(2)


def main(argv):
    global PROG
    if "--prog" in argv[:-1]:  # errors of the parse itself already name the command
        PROG = argv[argv.index("--prog") + 1]
    ap = Parser(prog=PROG, description="B's records against A's, per benchmark and version")
    ap.add_argument("--prog", help=argparse.SUPPRESS)
    ap.add_argument("a")
    ap.add_argument("b")
    ap.add_argument("--out", required=True)
    ap.add_argument("--label-a")
    ap.add_argument("--label-b")
    ap.add_argument("--floor", type=float, default=0.03)
    ap.add_argument("--alpha", type=float, default=0.05)
    ap.add_argument("--names")
    args = ap.parse_args(argv)
    try:
        ra, rb = load(args.a), load(args.b)
        names = {}
        if args.names:
            try:
                for i, line in enumerate(open(args.names), 1):
                    if line.strip():
                        e = json.loads(line)
                        names[(e["benchmark"], e.get("schedule") or e.get("script"))] = e["label"]
            except OSError as e:
                raise CompareError("%s: %s" % (args.names, e.strerror))
            except (ValueError, KeyError, TypeError):
                raise CompareError("%s:%d: not a name entry ({benchmark, schedule or script, label})" % (args.names, i))
        rows, counts = compare(ra, rb, args.floor, args.alpha, names)
        ca, cb = context_of(ra), context_of(rb)
        da, db = default_labels(ca, cb)
        doc = {"schema": SCHEMA, "label_a": args.label_a or da, "label_b": args.label_b or db, "source_a": args.a,
               "source_b": args.b, "records_a": len(ra), "records_b": len(rb), "context_a": ca, "context_b": cb,
               "floor": args.floor, "alpha": args.alpha, "counts": counts, "rows": rows}
        if doc["label_a"] == doc["label_b"]:
            doc["label_a"], doc["label_b"] = "A (%s)" % doc["label_a"], "B (%s)" % doc["label_b"]
        try:
            os.makedirs(args.out, exist_ok=True)
            with open(os.path.join(args.out, "compare.json"), "w") as f:
                json.dump(doc, f, indent=1)
                f.write("\n")
            md = markdown(doc)
            with open(os.path.join(args.out, "compare.md"), "w") as f:
                f.write(md)
            png = os.path.join(args.out, "compare.png")
            drawn = plot(doc, png)
            with open(os.path.join(args.out, "compare.html"), "w") as f:
                f.write(html_page(md, png if drawn else None))
        except OSError as e:
            raise CompareError("%s: %s" % (e.filename or args.out, e.strerror))
    except CompareError as e:
        print("%s: %s" % (PROG, e), file=sys.stderr)
        return 1
    summary = ", ".join("%d %s" % (n, v) for v, n in counts.items() if n)
    print("%s: %s against %s: %s -> %s" % (PROG, doc["label_b"], doc["label_a"], summary,
                                          os.path.join(args.out, "compare.md")))
    return 3 if counts["broken"] else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
