#!/usr/bin/python3
"""reports.errors: bad input ends eval_report.py with exit status 1 and one line on stderr
naming the problem (and file:line where there is a line), and writes no report.

Cases: a missing file; a line that is not JSON; an empty file; a record without `eval`; a
record without benchmark.id; a line that is JSON but not an object.
"""
import json
import os
import tempfile

from common import fail, read_sample, run_report


def case(tmp, name, content, *expect):
    """Writes `content` (None: no file), runs the report, checks the one-line error."""
    path = os.path.join(tmp, f"{name}.jsonl")
    if content is not None:
        with open(path, "w") as f:
            f.write(content)
    out = os.path.join(tmp, f"{name}-out")
    p = run_report(path, out)
    lines = p.stderr.splitlines()
    if p.returncode != 1:
        fail(f"{name}: exit status {p.returncode}, expected 1 (stderr: {p.stderr.strip()})")
    if len(lines) != 1 or not lines[0].startswith("eval_report.py: "):
        fail(f"{name}: stderr should be one 'eval_report.py: ...' line, got {p.stderr!r}")
    for word in expect:
        if word not in lines[0]:
            fail(f"{name}: {lines[0]!r} does not say {word!r}")
    if os.path.exists(os.path.join(out, "summary.json")):
        fail(f"{name}: a summary was written from bad input")
    print(f"ok {name}: {lines[0]}")


def main():
    good = [json.dumps(r) for r in read_sample()[:3]]
    no_eval = read_sample()[3]
    del no_eval["eval"]
    no_id = read_sample()[4]
    del no_id["benchmark"]["id"]
    with tempfile.TemporaryDirectory() as tmp:
        case(tmp, "missing", None, "missing.jsonl", "No such file")
        case(tmp, "notjson", "\n".join(good[:2] + ["{not json"] + good[2:]) + "\n",
             "notjson.jsonl:3", "not a JSON record")
        case(tmp, "empty", "", "empty.jsonl", "no records")
        case(tmp, "noeval", "\n".join(good + [json.dumps(no_eval)]) + "\n",
             "noeval.jsonl:4", "'eval'")
        case(tmp, "noid", json.dumps(no_id) + "\n", "noid.jsonl:1", "'benchmark.id'")
        case(tmp, "array", "[1, 2]\n", "array.jsonl:1", "not a JSON object")


if __name__ == "__main__":
    main()
