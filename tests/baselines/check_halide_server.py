#!/usr/bin/python3
"""The JSON-lines protocol of baselines/halide_server.py, as `mlirrl eval` uses it.

usage: check_halide_server.py protocol|missing|noplugins|limit

protocol   /usr/bin/python3 halide_server.py: the hello names Halide and the three
           autoschedulers; an LQCD kernel answers "ok" under each autoscheduler with `samples`
           positive per-call times and the request's thread count, also after the thread count
           changes (1, then 3: more threads than cores) and for a suites/paper operator; a
           starter benchmark and a request without manifest answer "not_applicable" with a
           reason, an unknown method and a malformed line an error line, a benchmark file that
           cannot be read "failed", and the server goes on; Adams2019's progress lines stay
           off stderr. Then the worker itself: started with
           1 and with 3 threads, Halide's pool has exactly that many threads.
missing    /usr/bin/python3 -S halide_server.py (-S hides Debian's halide and numpy): the hello
           says halide null with the reason, every method of every request is "unavailable"
           with that reason, a malformed line still gets its error.
noplugins  MLIRRL_HALIDE_PLUGIN_DIR=<empty folder>: halide loads, no autoscheduler does; the
           hello lists none and every method is "unavailable" naming its missing plugin.
limit      MLIRRL_HALIDE_LIMIT_S=10: Adams2019 on the DD rewrite kernel (minutes of search)
           is answered "failed" within the limit, naming the last line it printed, the same
           request again "failed" at once without a new try, and the next request is served by
           a fresh worker.
All: one response per request line in order, stdout holds nothing but JSON lines, and the
server exits 0 at end of input. Prints one line per failure; exits 1 on any.
"""

import json
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SERVER = os.path.join(ROOT, "baselines", "halide_server.py")
SUITES = os.path.join(ROOT, "suites")
TINY = {"threads": 2, "samples": 2, "warmup": 1, "min_sample_ms": 1, "budget_s": 5}
RESULT_KEYS = ["method", "status", "reason", "what", "sample_ns", "inner_iterations", "threads"]
HELLO_KEYS = ["hello", "protocol", "halide", "reason", "python", "autoschedulers"]
METHODS = ["halide:mullapudi2016", "halide:adams2019", "halide:li2018"]
MISSING_REASON = "the halide module is not installed: No module named 'halide'"
SMALL = "lqcd/hexaquark_hexaquark_v2_w1_h32"


def manifest(suite):
    return os.path.join(SUITES, suite, "manifest.json")


def lqcd(bench_id, methods, **kw):
    return dict(TINY, id=bench_id, manifest=manifest("lqcd"), methods=methods, **kw)


# (request or raw line, expected status of every method: "ok", "not_applicable", "failed", "error")
def protocol_cases():
    return [
        (lqcd(SMALL, METHODS), "ok"),
        (dict(TINY, id="paper/quick/relu_256_100", manifest=manifest("paper"),
              methods=["halide:li2018", "halide:mullapudi2016"], threads=1), "ok"),
        (lqcd("lqcd/dibaryon_dibaryon_v4_w1_corr", ["halide:mullapudi2016"], threads=3), "ok"),
        (dict(TINY, id="starter/matmul_256", manifest=manifest("starter"), methods=METHODS),
         "not_applicable"),
        ({"id": SMALL, "manifest": None, "methods": ["halide:li2018"],
          "file": os.path.join(SUITES, "lqcd", "quick", "hexaquark_hexaquark_v2_w1_h32.mlir")},
         "not_applicable"),
        (dict(TINY, id=SMALL, methods=["halide:tvm"]), "error"),
        ('{"id": "lqcd/hexaquark_hexaquark_v2_w1_h32", "samples": ', "error"),
        (lqcd(SMALL, ["halide:adams2019"], file=os.path.join(SUITES, "no_such_file.mlir")), "failed"),
        (lqcd(SMALL, ["halide:li2018"]), "ok"),
    ]


def limit_cases():
    slow = lqcd("lqcd/dibaryon_dibaryon_v2_w1_rewrite", ["halide:adams2019"])
    return [(slow, "failed"), (slow, "failed"), (lqcd(SMALL, ["halide:mullapudi2016"]), "ok")]


def check_result(req, r, want, failures, reason=None):
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
            failures.append("%s: sample_ns %s, expected %d positive numbers" % (name, ns, req["samples"]))
        if not (isinstance(r["inner_iterations"], int) and r["inner_iterations"] >= 1):
            failures.append("%s: inner_iterations %r" % (name, r["inner_iterations"]))
        if r["threads"] != req["threads"] or r["reason"] is not None:
            failures.append("%s: threads %r, reason %r" % (name, r["threads"], r["reason"]))
        what = r["what"] or ""
        for part in ("MachineParams(parallelism %d" % req["threads"], "balance 40", "last-level cache",
                     "%d thread(s)" % req["threads"], "autoschedule"):
            if part not in what:
                failures.append("%s: what %r does not state %r" % (name, what, part))
    elif not r["reason"] or r["sample_ns"] != [] or r["inner_iterations"] is not None:
        failures.append("%s: %s without a reason or with samples: %s" % (name, want, r))
    if reason is not None and reason not in (r["reason"] or ""):
        failures.append("%s: reason %r, expected it to contain %r" % (name, r["reason"], reason))


def check_response(req, resp, want, failures, reason=None):
    if want == "error":
        if set(resp) != {"id", "error"} or not resp.get("error") or resp["id"] != req.get("id"):
            failures.append("bad line %s: response %s, expected {id: %r, error: ...}" % (req, resp, req.get("id")))
        return
    methods = req.get("methods")
    if resp.get("id") != req["id"] or [r.get("method") for r in resp.get("results", [])] != methods:
        failures.append("%s: response %s does not answer methods %s" % (req["id"], resp, methods))
        return
    for r in resp["results"]:
        check_result(req, r, want, failures, reason)


def run_server(cases, extra_env=None, flags=()):
    lines = [c if isinstance(c, str) else json.dumps(c) for c, _ in cases]
    env = dict(os.environ, **(extra_env or {}))
    t = time.time()
    p = subprocess.run(["/usr/bin/python3", *flags, SERVER], input="\n".join(lines) + "\n",
                       capture_output=True, text=True, timeout=900, env=env)
    return p, time.time() - t


def parse(p, failures):
    if p.returncode != 0:
        failures.append("server exit %d: %s" % (p.returncode, p.stderr.strip()[-500:]))
    try:
        return [json.loads(line) for line in p.stdout.splitlines()]
    except ValueError:
        failures.append("stdout has a line that is not JSON: %r" % p.stdout[-2000:])
        return []


def check_hello(hello, failures, halide, plugins, reason=None):
    if list(hello) != HELLO_KEYS:
        failures.append("hello keys %s, expected %s" % (list(hello), HELLO_KEYS))
    ok = (hello.get("hello") == 1 and hello.get("protocol") == 1
          and (isinstance(hello.get("halide"), str) if halide else hello.get("halide") is None)
          and hello.get("reason") == reason and hello.get("autoschedulers") == plugins
          and isinstance(hello.get("python"), str))
    if not ok:
        failures.append("hello %s: expected halide %s, reason %r, autoschedulers %s"
                        % (hello, "a version" if halide else None, reason, plugins))


def check_run(cases, msgs, failures, override=None, reason=None):
    if len(msgs) != len(cases):
        failures.append("%d responses to %d requests" % (len(msgs), len(cases)))
    for (req, want), resp in zip(cases, msgs):
        if override and want != "error":
            want = override
        check_response(req if isinstance(req, dict) else {"id": None}, resp, want, failures, reason)


def check_pool(failures):
    """The worker's thread pool has exactly the requested threads."""
    sys.path.insert(0, os.path.join(ROOT, "baselines"))
    import halide_server as S
    for n in (1, 3):
        w = S.Worker(n)
        try:
            if w.ready.get("pool_threads") != n:
                failures.append("worker with %d threads: pool has %r" % (n, w.ready.get("pool_threads")))
            if not (w.ready.get("call_overhead_ns", 0) > 0):
                failures.append("worker with %d threads: no call overhead measured: %s" % (n, w.ready))
        finally:
            w.close()


def main():
    mode = sys.argv[1] if len(sys.argv) == 2 else None
    if mode not in ("protocol", "missing", "noplugins", "limit"):
        print(__doc__.split("\n\n")[1])
        return 2
    failures = []
    if mode == "protocol":
        cases = protocol_cases()
        p, _ = run_server(cases)
        msgs = parse(p, failures)
        if msgs:
            check_hello(msgs.pop(0), failures, True, ["mullapudi2016", "adams2019", "li2018"])
            check_run(cases, msgs, failures)
        for chatter in ("generate_schedule", "Pass 0 of"):  # Adams2019's progress
            if chatter in p.stderr:
                failures.append("the autoscheduler's progress reached stderr: %r" % chatter)
        check_pool(failures)
    elif mode == "missing":
        cases = protocol_cases()
        p, _ = run_server(cases, flags=["-S"])
        msgs = parse(p, failures)
        if msgs:
            check_hello(msgs.pop(0), failures, False, [], MISSING_REASON)
            check_run(cases, msgs, failures, "unavailable", MISSING_REASON)
    elif mode == "noplugins":
        cases = [c for c in protocol_cases() if c[1] == "ok"]
        with tempfile.TemporaryDirectory() as empty:
            p, _ = run_server(cases, {"MLIRRL_HALIDE_PLUGIN_DIR": empty})
        msgs = parse(p, failures)
        if msgs:
            check_hello(msgs.pop(0), failures, True, [])
            check_run(cases, msgs, failures, "unavailable", "is missing")
    else:
        cases = limit_cases()
        p, took = run_server(cases, {"MLIRRL_HALIDE_LIMIT_S": "10"})
        msgs = parse(p, failures)
        if msgs:
            check_hello(msgs.pop(0), failures, True, ["mullapudi2016", "adams2019", "li2018"])
            check_run(cases[:1], msgs[:1], failures, reason="no answer within 10 s (last printed: ")
            check_run(cases[1:2], msgs[1:2], failures, reason="not tried again")
            check_run(cases[2:], msgs[2:], failures)
        if took > 120:
            failures.append("the limited run took %.0f s" % took)
    for f in failures:
        print("FAIL " + f)
    print("check_halide_server %s: %s" % (mode, "%d failure(s)" % len(failures) if failures else "ok"))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
