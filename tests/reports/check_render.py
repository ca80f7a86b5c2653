#!/usr/bin/python3
"""reports.render: eval_report.py on sample_eval.jsonl writes every file, with the numbers the
records give.

Checks: all five files exist; summary.json has schema 1, its top-level keys in order, and per
method the record count, ok count and geometric mean computed here independently from the
records (and an interval around it); the common set; summary.md names every method and every
failed benchmark; the PNGs decode and weigh between 10 KB and 5 MB; report.html refers to
nothing outside itself. Then: without curves no curves.png is written; duplicate records are
survived and noted.
"""
import json
import math
import os
import struct
import tempfile
from html.parser import HTMLParser

from common import SAMPLE, fail, read_sample, run_report

TOP_KEYS = ["schema", "title", "source", "run", "notes", "statistics", "common_set", "methods",
            "benchmarks", "counters", "figures"]
FILES = ["summary.md", "summary.json", "speedups.png", "curves.png", "report.html"]


def expected_methods(records):
    """{method: (records, ok, geomean)} straight from the records."""
    out = {}
    for r in records:
        m = r["eval"]["method"]
        n, ok, logs = out.get(m, (0, 0, []))
        if r["outcome"] == "ok":
            logs = logs + [0.0 if r["eval"]["kind"] == "default" else math.log(r["speedup"]["point"])]
        out[m] = (n + 1, ok + (r["outcome"] == "ok"), logs)
    return {m: (n, ok, math.exp(sum(logs) / len(logs)) if logs else None)
            for m, (n, ok, logs) in out.items()}


def expected_common(records):
    kinds = ("agent", "random", "search")
    methods = {r["eval"]["method"] for r in records if r["eval"]["kind"] in kinds}
    ok = {(r["eval"]["method"], r["benchmark"]["id"]) for r in records if r["outcome"] == "ok"}
    benches = {r["benchmark"]["id"] for r in records}
    return sorted(b for b in benches if all((m, b) in ok for m in methods))


def check_summary(out, records):
    with open(os.path.join(out, "summary.json")) as f:
        s = json.load(f)
    if list(s) != TOP_KEYS:
        fail(f"summary.json keys {list(s)}, expected {TOP_KEYS}")
    if s["schema"] != 1:
        fail(f"summary.json schema {s['schema']}")
    want = expected_methods(records)
    if set(s["methods"]) != set(want):
        fail(f"methods {sorted(s['methods'])}, expected {sorted(want)}")
    for m, (n, ok, g) in want.items():
        got = s["methods"][m]
        if (got["records"], got["ok"]) != (n, ok):
            fail(f"{m}: records/ok {got['records']}/{got['ok']}, expected {n}/{ok}")
        gm = got["geomean"]
        if g is None:
            if gm is not None:
                fail(f"{m}: no ok record, yet a geomean {gm}")
            continue
        if not math.isclose(gm["value"], g, rel_tol=1e-9):
            fail(f"{m}: geomean {gm['value']}, expected {g}")
        if not gm["ci_lo"] <= gm["value"] <= gm["ci_hi"] or (gm["over"], gm["of"]) != (ok, n):
            fail(f"{m}: geomean entry {gm} inconsistent (expected over {ok} of {n})")
    if s["common_set"]["benchmarks"] != expected_common(records):
        fail(f"common set {s['common_set']['benchmarks']}, expected {expected_common(records)}")
    if s["run"]["records"] != len(records):
        fail(f"run.records {s['run']['records']}, expected {len(records)}")
    return s


def check_markdown(out, records):
    with open(os.path.join(out, "summary.md")) as f:
        md = f.read()
    for m in {r["eval"]["method"] for r in records}:
        if f"| {m} |" not in md:
            fail(f"summary.md has no table row for method {m}")
    for r in records:
        if r["outcome"] not in ("ok", "unavailable"):
            row = f"| {r['eval']['method']} | {r['benchmark']['id']} | {r['outcome']} |"
            if row not in md:
                fail(f"summary.md does not list the failure {row}")
        if r["outcome"] == "unavailable" and r["error"] not in md:
            fail(f"summary.md does not give the reason {r['error']!r}")
    return md


def check_png(path):
    with open(path, "rb") as f:
        data = f.read()
    if not 10_000 < len(data) < 5_000_000:
        fail(f"{path}: {len(data)} bytes, expected between 10 KB and 5 MB")
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        fail(f"{path}: not a PNG")
    width, height = struct.unpack(">II", data[16:24])
    if width < 400 or height < 300:
        fail(f"{path}: {width}x{height} pixels is too small to read")
    import matplotlib.image
    if matplotlib.image.imread(path).shape[:2] != (height, width):
        fail(f"{path}: does not decode to its stated size")


class References(HTMLParser):
    """Collects what a page would fetch: URL-valued attributes, external-resource tags, and
    CSS url()/@import."""
    URL_ATTRS = {"src", "href", "srcset", "action", "poster", "data", "background", "formaction"}
    FETCHING_TAGS = {"link", "iframe", "object", "embed", "frame", "base"}

    def __init__(self):
        super().__init__()
        self.urls, self.tags, self.css = [], [], []
        self.in_style = False

    def handle_starttag(self, tag, attrs):
        if tag in self.FETCHING_TAGS:
            self.tags.append(tag)
        self.urls += [(tag, v or "") for k, v in attrs if k in self.URL_ATTRS]
        self.css += [v for k, v in attrs if k == "style" and v]
        self.in_style = tag == "style"

    def handle_data(self, data):
        if self.in_style:
            self.css.append(data)


def check_html(out, figures):
    with open(os.path.join(out, "report.html")) as f:
        page = f.read()
    refs = References()
    refs.feed(page)
    images = [u for t, u in refs.urls if t == "img"]
    if len(images) != figures or len(refs.urls) != figures:
        fail(f"report.html refers to {[u[:40] for t, u in refs.urls]}, expected {figures} images")
    if any(not u.startswith("data:image/png;base64,") for u in images):
        fail(f"report.html image sources {[u[:40] for u in images]} are not all data: URIs")
    if refs.tags or any("url(" in c or "@import" in c for c in refs.css):
        fail(f"report.html fetches resources: tags {refs.tags}, CSS {refs.css}")
    if "<table" not in page or '"render-status"' not in page:
        fail("report.html lacks the tables or the render-status script")


def render(records, out):
    os.makedirs(out)
    path = os.path.join(out, "in.jsonl")
    with open(path, "w") as f:
        f.writelines(json.dumps(r) + "\n" for r in records)
    p = run_report(path, os.path.join(out, "report"))
    if p.returncode != 0:
        fail(f"eval_report.py exited {p.returncode}: {p.stderr.strip()}")
    return os.path.join(out, "report")


def check_without_curves(records, tmp):
    plain = [json.loads(json.dumps(r)) for r in records]
    for r in plain:
        r["eval"]["curve"] = None
    out = render(plain, os.path.join(tmp, "nocurves"))
    if os.path.exists(os.path.join(out, "curves.png")):
        fail("curves.png written although no record has a curve")
    check_html(out, figures=1)


def check_duplicates(records, tmp):
    dup = records + [records[1]]
    out = render(dup, os.path.join(tmp, "dup"))
    with open(os.path.join(out, "summary.json")) as f:
        s = json.load(f)
    m = records[1]["eval"]["method"]
    if s["methods"][m]["records"] != expected_methods(records)[m][0]:
        fail("a duplicate record was counted twice")
    if not any("kept the last" in n and m in n for n in s["notes"]):
        fail(f"no note about the duplicate record: {s['notes']}")


def main():
    records = read_sample()
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "reports")
        p = run_report(SAMPLE, out, "--title", "sample report")
        if p.returncode != 0 or p.stderr:
            fail(f"eval_report.py exited {p.returncode}: {p.stderr.strip()}")
        for name in FILES:
            if not os.path.isfile(os.path.join(out, name)):
                fail(f"{name} was not written")
        check_summary(out, records)
        check_markdown(out, records)
        for name in ("speedups.png", "curves.png"):
            check_png(os.path.join(out, name))
        check_html(out, figures=2)
        check_without_curves(records, tmp)
        check_duplicates(records, tmp)
    print("ok: every file written, numbers as the records give them, report self-contained")


if __name__ == "__main__":
    main()
