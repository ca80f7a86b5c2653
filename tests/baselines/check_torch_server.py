#!/usr/bin/python3
"""The JSON-lines protocol of baselines/torch_server.py, as `mlirrl eval` uses it.

usage: check_torch_server.py protocol|missing

protocol  /usr/bin/python3 torch_server.py: the hello names torch; requests for a suites/pytorch
          operator and a suites/paper operator (both methods, tiny timing options) answer "ok"
          with `samples` positive per-call times each; a training benchmark, a request without
          manifest and an LQCD kernel answer "not_applicable" with a reason; a malformed line
          answers {"id": null, "error": ...}, and a benchmark file that cannot be read answers
          "failed" with the exception, and the server goes on.
missing   /usr/bin/python3 -S torch_server.py (-S hides Debian's torch and numpy): the hello
          says torch null with the reason, every method of every request is "unavailable"
          with that reason, a malformed line still gets its error.
Both: one response per request line in order, stdout holds nothing but JSON lines, and the
server exits 0 at end of input. Prints one line per failure; exits 1 on any.
"""

import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SERVER = os.path.join(ROOT, "baselines", "torch_server.py")
SUITES = os.path.join(ROOT, "suites")
TINY = {"threads": 2, "samples": 2, "warmup": 1, "min_sample_ms": 1, "budget_s": 5}
RESULT_KEYS = ["method", "status", "reason", "what", "sample_ns", "inner_iterations", "threads"]
MISSING_REASON = "torch is not installed: No module named 'torch'"


def manifest(suite):
    return os.path.join(SUITES, suite, "manifest.json")


def train_id():
    with open(manifest("train")) as fh:
        return json.load(fh)["benchmarks"][0]["id"]


# (request or raw line, expected status of every method: "ok", "not_applicable", or "error")
def cases():
    both = ["pytorch", "torchscript"]
    return [
        (dict(TINY, id="pytorch/ops/relu_1x64x56x56", manifest=manifest("pytorch"), methods=both),
         "ok"),
        (dict(TINY, id="paper/quick/matmul_256_256_128", manifest=manifest("paper"), methods=both),
         "ok"),
        (dict(TINY, id=train_id(), manifest=manifest("train"), methods=["pytorch"]),
         "not_applicable"),
        ({"id": "pytorch/ops/relu_1x64x56x56", "manifest": None,
          "file": os.path.join(SUITES, "pytorch", "ops", "relu_1x64x56x56.mlir"),
          "methods": ["torchscript"]}, "not_applicable"),
        (dict(TINY, id="lqcd/dibaryon_dibaryon_v4_w1_corr", manifest=manifest("lqcd"),
              methods=both), "not_applicable"),
        ('{"id": "pytorch/ops/relu_1x64x56x56", "samples": ', "error"),
        (dict(TINY, id="pytorch/ops/relu_1x64x56x56", manifest=manifest("pytorch"),
              file=os.path.join(SUITES, "no_such_file.mlir"), methods=both), "failed"),
    ]


def check_result(req, r, want, failures):
    name = "%s %s" % (req["id"], r.get("method"))
    if list(r) != RESULT_KEYS:
        failures.append("%s: keys %s, expected %s" % (name, list(r), RESULT_KEYS))
        return
    if r["status"] != want:
        failures.append("%s: status %s (%s), expected %s" % (name, r["status"], r["reason"], want))
        return
    if want == "ok":
        ns = r["sample_ns"]
        if len(ns) != req["samples"] or not all(isinstance(x, (int, float)) and x > 0 for x in ns):
            failures.append("%s: sample_ns %s, expected %d positive numbers"
                            % (name, ns, req["samples"]))
        if not (isinstance(r["inner_iterations"], int) and r["inner_iterations"] >= 1):
            failures.append("%s: inner_iterations %r" % (name, r["inner_iterations"]))
        if r["threads"] != req["threads"] or not r["what"] or r["reason"] is not None:
            failures.append("%s: threads %r, what %r, reason %r"
                            % (name, r["threads"], r["what"], r["reason"]))
    elif not r["reason"] or r["sample_ns"] != [] or r["inner_iterations"] is not None:
        failures.append("%s: %s without a reason or with samples: %s" % (name, want, r))
    if want == "unavailable" and r["reason"] != MISSING_REASON:
        failures.append("%s: reason %r, expected %r" % (name, r["reason"], MISSING_REASON))


def check_response(req, resp, want, failures):
    if want == "error":
        if resp != {"id": None, "error": resp.get("error")} or not resp.get("error"):
            failures.append("malformed line: response %s, expected {id: null, error: ...}" % resp)
        return
    methods = req.get("methods")
    if resp.get("id") != req["id"] or [r.get("method") for r in resp.get("results", [])] != methods:
        failures.append("%s: response %s does not answer methods %s" % (req["id"], resp, methods))
        return
    for r in resp["results"]:
        check_result(req, r, want, failures)


def main():
    if len(sys.argv) != 2 or sys.argv[1] not in ("protocol", "missing"):
        print(__doc__.split("\n\n")[1])
        return 2
    missing = sys.argv[1] == "missing"
    cmd = ["/usr/bin/python3"] + (["-S"] if missing else []) + [SERVER]
    todo = cases()
    lines = [c if isinstance(c, str) else json.dumps(c) for c, _ in todo]
    p = subprocess.run(cmd, input="\n".join(lines) + "\n", capture_output=True, text=True,
                       timeout=600)
    failures = []
    if p.returncode != 0:
        failures.append("server exit %d: %s" % (p.returncode, p.stderr.strip()[-500:]))
    out = p.stdout.splitlines()
    try:
        msgs = [json.loads(line) for line in out]
    except ValueError:
        msgs = []
        failures.append("stdout has a line that is not JSON: %r" % out)
    if msgs:
        hello = msgs.pop(0)
        if missing:
            want_hello = {"hello": 1, "protocol": 1, "torch": None, "threads_default": None,
                          "python": hello.get("python"), "reason": MISSING_REASON}
            if hello != want_hello:
                failures.append("hello %s, expected %s" % (hello, want_hello))
        elif (hello.get("hello") != 1 or hello.get("protocol") != 1
              or not isinstance(hello.get("torch"), str) or hello.get("reason") is not None
              or not isinstance(hello.get("threads_default"), int)):
            failures.append("hello %s: expected protocol 1 with a torch version" % hello)
        if len(msgs) != len(todo):
            failures.append("%d responses to %d requests" % (len(msgs), len(todo)))
        for (req, want), resp in zip(todo, msgs):
            if missing and want != "error":
                want = "unavailable"
            check_response(req if isinstance(req, dict) else {}, resp, want, failures)
    for f in failures:
        print("FAIL " + f)
    print("check_torch_server %s: %s" % (sys.argv[1], "%d failure(s)" % len(failures)
                                         if failures else "ok (%d requests)" % len(todo)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
