#!/usr/bin/python3
"""The leaderboard: checked submissions (leaderboard/README.md) ranked by the geometric mean of
their speedups over the default pipeline on the test split.

usage: /usr/bin/python3 reports/leaderboard.py DIR... --out OUT [--title TEXT] [--list FILE]
                                               [--seed N]
(`mlirrl leaderboard DIR... --out OUT` runs this script.)

What ranks: a folder whose verdicts.json (written by `mlirrl submit check`) says "accepted" and
whose records.jsonl, agent.json and system.json are still the files that were checked (their
SHA-256 in verdicts.json). Every other folder is listed apart, with why: no verdicts.json
(unchecked), rejected (with the check's reason), or changed after the check.

The numbers: per benchmark of the test split, the speedup the check re-measured on its machine
(the median of its replays: one machine and one protocol for every entry checked there, where
the claimed numbers come from each submitter's machine). A benchmark of the set without an ok,
accepted record of the submission (claimed failed, or absent) counts as the default pipeline,
1x: what a user of the agent falls back to, so that leaving out hard benchmarks gains nothing.
The set is the union of the test benchmarks of the ranked entries, or the ids of --list FILE.
The interval is a percentile bootstrap over benchmarks (the same resampled sets for every
entry). Entries whose intervals overlap share a rank: an entry's rank is one more than the
number of entries whose interval lies wholly above its own.

Writes OUT/leaderboard.md, OUT/leaderboard.html (the plot embedded), OUT/leaderboard.png and
OUT/leaderboard.json (schema 1), and prints the Markdown. Exit status 0; 2 with one line on
stderr for a usage error (no folder, no --out, an unknown option); 1 with one line for a path
that is not a folder, an unreadable --list or output that cannot be written.
"""
import argparse
import base64
import hashlib
import html
import json
import math
import os
import sys

import numpy as np

from listfile import read_ids

RESAMPLES = 2000
LEVEL = 0.95
FILES = ("records.jsonl", "agent.json", "system.json")
PROG = ["leaderboard.py"]


class BoardError(Exception):
    """A problem with the arguments or the output folder, said in one line."""


def sha256_of(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 16), b""):
            h.update(block)
    return h.hexdigest()


def read_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


# ---------------------------------------------------------------------------------------------
# Reading the submissions


def read_submission(folder):
    """{dir, name, version, method, division, status, reason, benchmarks{id: measured or None},
    checked}: status is "ranked" or why it is not."""
    e = {"dir": folder, "name": os.path.basename(os.path.normpath(folder)), "version": "", "method": "",
         "division": "", "status": "unchecked", "reason": "", "benchmarks": {}, "checked": {}}
    try:
        agent = read_json(os.path.join(folder, "agent.json"))
        e.update({k: str(agent.get(k, "")) for k in ("name", "version", "method", "division")})
    except (OSError, ValueError, AttributeError) as x:
        e["reason"] = f"not a submission: agent.json cannot be read ({x.__class__.__name__})"
        return e
    vpath = os.path.join(folder, "verdicts.json")
    if not os.path.exists(vpath):
        e["reason"] = "no verdicts.json: run mlirrl submit check " + folder
        return e
    try:
        v = read_json(vpath)
        verdict, files = v["verdict"], v["files"]
    except (OSError, ValueError, KeyError, TypeError):
        e["reason"] = "verdicts.json is not a verdicts file of mlirrl submit check"
        return e
    if verdict != "accepted":
        e["status"] = "rejected" if verdict == "rejected" else "unchecked"
        why = v.get("reason") or "no reason given"
        e["reason"] = why if verdict == "rejected" else f"the check ended in {verdict}: {why}"
        return e
    for name in FILES:
        path = os.path.join(folder, name)
        now = sha256_of(path) if os.path.exists(path) else None
        if now != files.get(name):
            e["reason"] = f"{name} changed after the check: run mlirrl submit check {folder} again"
            return e
    e["checked"] = v.get("checked") or {}
    for b in v.get("benchmarks") or []:
        if b.get("split") != "test":
            continue
        ok = b.get("verdict") == "accepted" and isinstance(b.get("measured"), (int, float)) and b["measured"] > 0
        e["benchmarks"][b["id"]] = float(b["measured"]) if ok else None
    e["status"] = "ranked"
    return e


def read_list(path):
    try:
        return read_ids(path)
    except OSError as x:
        raise BoardError(f"--list {path}: {x.strerror}") from None


# ---------------------------------------------------------------------------------------------
# Statistics


def geomean(values):
    return math.exp(sum(math.log(v) for v in values) / len(values))


def rank_entries(ranked, bench_ids, seed):
    """Fills value, ci_lo, ci_hi, ok, over and rank of every ranked entry (in place) and returns
    them in rank order."""
    n = len(bench_ids)
    rng = np.random.default_rng(seed)
    index = rng.integers(0, n, size=(RESAMPLES, n)) if n else None
    tail = (1 - LEVEL) / 2 * 100
    for e in ranked:
        values = [e["benchmarks"].get(b) or 1.0 for b in bench_ids]
        e["ok"] = sum(1 for b in bench_ids if e["benchmarks"].get(b))
        e["over"] = n
        if not n:
            e["value"] = e["ci_lo"] = e["ci_hi"] = None
            continue
        logs = np.log(np.asarray(values, dtype=float))
        lo, hi = np.percentile(logs[index].mean(axis=1), [tail, 100 - tail])
        # exp(mean(log)) two ways can differ in the last bit (one benchmark: lo == value == hi).
        e["value"] = geomean(values)
        e["ci_lo"], e["ci_hi"] = min(math.exp(lo), e["value"]), max(math.exp(hi), e["value"])
    for e in ranked:
        e["rank"] = 1 + sum(1 for o in ranked if o is not e and e["ci_hi"] is not None and o["ci_lo"] > e["ci_hi"])
    return sorted(ranked, key=lambda e: (e["rank"], -(e["value"] or 0), e["name"]))


# ---------------------------------------------------------------------------------------------
# Output


def fmt_x(v):
    return "–" if v is None else f"{v:.3g}x"


def entry_label(e):
    return f"{e['name']} {e['version']}".strip()


def checked_on(e):
    c = e["checked"]
    return f"{c.get('cpu_model', '?')}, {c.get('cores', '?')} cores, LLVM {c.get('llvm_version', '?')}"


def tables(board):
    """Blocks of the document: ('h', level, text), ('p', text), ('table', headers, rows),
    ('figure', file, caption)."""
    doc = [("h", 1, board["title"])]
    ranked, others = board["ranked"], board["unranked"]
    n = len(board["benchmarks"])
    doc.append(("p", f"{len(ranked)} checked submissions ranked on {n} benchmarks of the test split by the "
                     f"geometric mean of the speedups over the default MLIR pipeline that the check re-measured; "
                     f"[{LEVEL:.0%} bootstrap interval over benchmarks]. A benchmark a submission has no ok "
                     f"record of counts as 1x. Entries whose intervals overlap share a rank."))
    if ranked:
        rows = [[e["rank"], entry_label(e), e["method"], e["division"],
                 f"{fmt_x(e['value'])} [{fmt_x(e['ci_lo'])}, {fmt_x(e['ci_hi'])}]", f"{e['ok']}/{e['over']}",
                 checked_on(e)] for e in ranked]
        doc.append(("table", ["rank", "submission", "method", "division", "geomean speedup [95%]",
                              "ok / benchmarks", "checked on"], rows))
        doc.append(("figure", "leaderboard.png", FIGURE_CAPTION))
    else:
        doc.append(("p", "No submission is checked and accepted yet."))
    if others:
        doc.append(("h", 2, "Not ranked"))
        doc.append(("table", ["submission", "folder", "status"],
                    [[entry_label(e), e["dir"], f"{e['status']}: {e['reason']}"] for e in others]))
    return doc


FIGURE_CAPTION = ("Geometric-mean speedup over the default pipeline on the test split, per ranked "
                  "submission, with its 95% bootstrap interval over benchmarks (log scale; the dashed "
                  "line is the default pipeline, 1x). The number at the left is the rank; the colour "
                  "is the division.")


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
            lines = ["| " + " | ".join(map(md_cell, block[1])) + " |", "|" + "---|" * len(block[1])]
            lines += ["| " + " | ".join(map(md_cell, row)) + " |" for row in block[2]]
            out.append("\n".join(lines))
        elif block[0] == "figure":
            out.append(f"![{block[1]}]({block[1]})\n\n*{block[2]}*")
    return "\n\n".join(out) + "\n"


HTML_STYLE = """
body { font: 14px/1.45 system-ui, sans-serif; margin: 2em auto; max-width: 1200px; padding: 0 1em; color: #222; }
table { border-collapse: collapse; margin: 0.5em 0 1.5em; font-size: 13px; }
th, td { border: 1px solid #ccc; padding: 3px 7px; text-align: left; vertical-align: top; }
th { background: #f0f0f0; }
figure img { max-width: 100%; height: auto; border: 1px solid #ddd; }
figcaption { font-size: 13px; color: #444; }
"""


def render_html(doc, title, folder):
    parts = []
    for block in doc:
        if block[0] == "h":
            parts.append(f"<h{block[1]}>{html.escape(block[2])}</h{block[1]}>")
        elif block[0] == "p":
            parts.append(f"<p>{html.escape(block[1])}</p>")
        elif block[0] == "table":
            head = "".join(f"<th>{html.escape(str(h))}</th>" for h in block[1])
            body = "".join("<tr>" + "".join(f"<td>{html.escape(str(v))}</td>" for v in row) + "</tr>\n"
                           for row in block[2])
            parts.append(f"<table><thead><tr>{head}</tr></thead><tbody>\n{body}</tbody></table>")
        elif block[0] == "figure":
            with open(os.path.join(folder, block[1]), "rb") as f:
                data = base64.b64encode(f.read()).decode("ascii")
            parts.append(f'<figure><img src="data:image/png;base64,{data}" alt="{html.escape(block[1])}">'
                         f"<figcaption>{html.escape(block[2])}</figcaption></figure>")
    body = "\n".join(parts)
    return (f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{html.escape(title)}</title>\n<style>{HTML_STYLE}</style>\n</head>\n<body>\n{body}\n"
            f"</body>\n</html>\n")


def plot(ranked, path):
    try:
        import matplotlib
    except ImportError:
        raise BoardError("matplotlib is missing (Debian: python3-matplotlib; run with /usr/bin/python3)") from None
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.ticker import FuncFormatter, LogLocator, NullFormatter
    shown = [e for e in ranked if e["value"] is not None]
    fig, ax = plt.subplots(figsize=(9, 1.2 + 0.45 * max(1, len(shown))))
    colors = {"closed": "#1f77b4", "open": "#ff7f0e"}
    for i, e in enumerate(shown):
        y = len(shown) - 1 - i
        ax.errorbar([e["value"]], [y], xerr=[[e["value"] - e["ci_lo"]], [e["ci_hi"] - e["value"]]], fmt="o",
                    color=colors.get(e["division"], "#555"), capsize=4)
    from matplotlib.lines import Line2D
    divisions = sorted({e["division"] for e in shown})
    ax.legend([Line2D([], [], marker="o", linestyle="", color=colors.get(d, "#555")) for d in divisions],
              [f"{d} division" for d in divisions], loc="lower right", fontsize=8)
    ax.set_yticks(range(len(shown)))
    ax.set_yticklabels([f"{e['rank']}. {entry_label(e)} ({e['method']})" for e in reversed(shown)])
    ax.axvline(1.0, color="#888", linestyle="--", linewidth=1)
    ax.set_xscale("log")
    ax.xaxis.set_major_locator(LogLocator(base=10, subs=(1.0, 2.0, 5.0)))
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:g}x"))
    ax.xaxis.set_minor_formatter(NullFormatter())
    lo = min([e["ci_lo"] for e in shown] + [1.0])
    hi = max([e["ci_hi"] for e in shown] + [1.0])
    ax.set_xlim(lo / 1.3, hi * 1.3)
    ax.set_ylim(-0.7, len(shown) - 0.3)
    ax.set_xlabel("geometric-mean speedup over the default pipeline, test split (95% interval)")
    ax.grid(axis="x", alpha=0.3)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def board_json(board):
    keep = ("rank", "name", "version", "method", "division", "dir", "value", "ci_lo", "ci_hi", "ok", "over")
    return {"schema": 1, "title": board["title"], "level": LEVEL, "resamples": RESAMPLES, "seed": board["seed"],
            "benchmarks": board["benchmarks"],
            "ranked": [{**{k: e[k] for k in keep}, "checked_on": checked_on(e)} for e in board["ranked"]],
            "unranked": [{"name": e["name"], "version": e["version"], "dir": e["dir"], "status": e["status"],
                          "reason": e["reason"]} for e in board["unranked"]]}


def build(args):
    for d in args.dirs:
        if not os.path.isdir(d):
            raise BoardError(f"{d} is not a folder")
    entries = [read_submission(d) for d in args.dirs]
    ranked = [e for e in entries if e["status"] == "ranked"]
    if args.list:
        bench_ids = read_list(args.list)
    else:
        bench_ids = sorted({b for e in ranked for b in e["benchmarks"]})
    ranked = rank_entries(ranked, bench_ids, args.seed)
    return {"title": args.title, "seed": args.seed, "benchmarks": bench_ids, "ranked": ranked,
            "unranked": [e for e in entries if e["status"] != "ranked"]}


def write(board, out):
    try:
        os.makedirs(out, exist_ok=True)
        if board["ranked"]:
            plot(board["ranked"], os.path.join(out, "leaderboard.png"))
        doc = tables(board)
        md = render_md(doc)
        with open(os.path.join(out, "leaderboard.md"), "w", encoding="utf-8") as f:
            f.write(md)
        with open(os.path.join(out, "leaderboard.html"), "w", encoding="utf-8") as f:
            f.write(render_html(doc, board["title"], out))
        with open(os.path.join(out, "leaderboard.json"), "w", encoding="utf-8") as f:
            json.dump(board_json(board), f, indent=1)
            f.write("\n")
    except OSError as x:
        raise BoardError(f"cannot write into {out}: {x.strerror or x}") from None
    return md


class Parser(argparse.ArgumentParser):
    def error(self, message):
        print(f"{PROG[0]}: {message}", file=sys.stderr)
        sys.exit(2)


def main(argv):
    if "--prog" in argv[:-1]:  # errors of the parse itself already name the command
        PROG[0] = argv[argv.index("--prog") + 1]
    ap = Parser(prog=PROG[0], description=(
        "Ranks checked leaderboard submissions (a verdicts.json of mlirrl submit check saying accepted) "
        "by the geometric mean of their re-measured speedups on the test split; lists the others apart. "
        "Writes OUT/leaderboard.{md,html,png,json}."))
    ap.add_argument("dirs", nargs="*", metavar="DIR", help="submission folders")
    ap.add_argument("--out", help="output folder (created)")
    ap.add_argument("--title", default="mlirrl leaderboard", help="the page's title")
    ap.add_argument("--list", help="rank on these benchmark ids (one per line) instead of the union")
    ap.add_argument("--seed", type=int, default=1, help="seed of the bootstrap (1)")
    ap.add_argument("--prog", default="leaderboard.py", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    PROG[0] = args.prog
    if not args.dirs:
        ap.error("no submission folder given")
    if not args.out:
        ap.error("--out DIR is required")
    try:
        board = build(args)
        md = write(board, args.out)
    except BoardError as x:
        print(f"{PROG[0]}: {x}", file=sys.stderr)
        return 1
    sys.stdout.write(md)
    print(f"written: {os.path.join(args.out, 'leaderboard.md')}, {os.path.join(args.out, 'leaderboard.html')}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
