#!/usr/bin/python3
"""PyTorch baseline of `mlirrl eval`: times the PyTorch counterpart of a benchmark.

`mlirrl eval` starts `/usr/bin/python3 baselines/torch_server.py` once per evaluation run and
talks to it in JSON lines (one object per line, flushed). Only protocol lines go to stdout:
fd 1 is redirected to stderr at start, so nothing a library prints (Python or C) can reach
the protocol stream. The server needs neither torch nor numpy to start or to answer.

On start, the server writes
  {"hello": 1, "protocol": 1, "torch": "<torch.__version__>" | null,
   "threads_default": <torch.get_num_threads() at start> | null, "python": "3.11.2",
   "reason": null | "torch is not installed: No module named 'torch'"}
torch null: every method of every request is answered "unavailable" with that reason.

Request (one line; blank lines are ignored):
  {"id": "pytorch/ops/...", "manifest": "/abs/suites/pytorch/manifest.json" | null,
   "file": "/abs/bench.mlir", "methods": ["pytorch", "torchscript"], "threads": 2,
   "samples": 10, "warmup": 2, "min_sample_ms": 20, "budget_s": 30}
Only "id" is required. Absent or null fields default to: file, the manifest entry's file;
methods, both; threads, threads_default; timing, the harness's eval profile (the values
above).

Response (exactly one line per request line, in order):
  {"id": ..., "results": [{"method": "pytorch", "status": "ok" | "unavailable" |
   "not_applicable" | "failed", "reason": null | "one line", "what": "<call>, <dtype>,
   benchmark arguments <shapes>, torch V, N threads" | null, "sample_ns": [per-call ns of
   each sample], "inner_iterations": n | null, "threads": N | null}, ...]}
one result per requested method, in the requested order; what, inner_iterations and threads
are null and sample_ns empty unless the status is "ok". "failed" carries the exception of
building or timing the case in one line. A line that is not a JSON object with a string id,
or whose fields have the wrong type or an unknown method, is answered
  {"id": <its id when readable, else null>, "error": "one line"}
and the server goes on. End of input: exit 0.

Methods: "pytorch" = eager under torch.inference_mode(); "torchscript" =
torch.jit.freeze(torch.jit.trace(module)) of the same computation, weights as frozen
attributes, with warmup + 2 (at least 3) warm-up calls: the profiling executor optimises
after a few calls.

Timing (the harness's protocol, harness/measure.c, so that ratios are fair):
torch.set_num_threads(threads) (interop threads 1, set once at start); `warmup` calls; inner
iterations calibrated (doubling, with a jump when one call is far too short) until one sample
lasts min_sample_ms; one sample at the final count that is not kept; then `samples` samples
of per-call ns (time.perf_counter_ns), stopping early once the timed work (calibration
included) exceeds budget_s, keeping at least one. Building a case (inputs, weights, trace)
is outside the timed region.

Counterparts (counterpart()): same shapes and element type as the benchmark file (read from
its @main), same computation, proven against `mlirrl exec` by
tests/baselines/check_torch_faithful.py. suites/pytorch: every operator and the three models;
suites/paper: all 32; suites/starter: all 4. suites/lqcd and suites/train: not_applicable.
Inputs are seeded (manual_seed(1)), magnitudes uniform in [1/64, 1] with random signs, like
the harness's; fresh per method. Nothing is kept across requests but imported modules.
"""

import functools
import gc
import json
import math
import os
import platform
import re
import sys
import time

PROTOCOL = 1
METHODS = ("pytorch", "torchscript")
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# The harness's eval profile (harness/profile.h).
DEFAULTS = {"samples": 10, "warmup": 2, "min_sample_ms": 20.0, "budget_s": 30.0}
TORCHSCRIPT_MIN_WARMUP = 3

try:
    import torch
    import torch.nn.functional as F
    TORCH_REASON = None
except ImportError as e:
    torch = F = None
    TORCH_REASON = "torch is not installed: %s" % e
except Exception as e:  # a broken installation: the server still answers
    torch = F = None
    TORCH_REASON = "torch failed to import: %s: %s" % (type(e).__name__, " ".join(str(e).split()))
THREADS_DEFAULT = torch.get_num_threads() if torch else None


class NotApplicable(Exception):
    """The benchmark has no faithful PyTorch counterpart (the message says why)."""


def one_line(e):
    text = "%s: %s" % (type(e).__name__, e) if isinstance(e, BaseException) else str(e)
    text = " ".join(text.split())
    return text if len(text) <= 400 else text[:397] + "..."


# ------------------------------------------------------------------ benchmark files

_MAIN = re.compile(r"func\.func @main\((.*?)\)\s*attributes", re.S)
_MEMREF = re.compile(r"memref<([^>]*)>")
_DTYPES = {"f32": "float32", "f64": "float64"}


def signature(path):
    """[(shape, element type)] of @main's memref arguments, in order."""
    with open(path) as fh:
        m = _MAIN.search(fh.read())
    if not m:
        raise NotApplicable("no func.func @main in %s" % path)
    out = []
    for t in _MEMREF.findall(m.group(1)):
        *dims, elem = t.split("x")
        out.append((tuple(int(d) for d in dims), elem))
    return out


def seeded_inputs(sig):
    """One tensor per argument, magnitudes uniform in [1/64, 1], random signs: the harness's
    range, with no zeros or denormals to slow a kernel down. Made in place: the paper-scale
    arguments are gigabytes."""
    g = torch.Generator().manual_seed(1)
    out = []
    for shape, elem in sig:
        t = torch.empty(shape, dtype=getattr(torch, _DTYPES[elem])).uniform_(1 / 64, 1, generator=g)
        t[torch.empty(shape, dtype=torch.bool).bernoulli_(0.5, generator=g)] *= -1
        out.append(t)
    return out


# ------------------------------------------------------------------ counterparts

class _Traced(torch.nn.Module if torch else object):  # (object: without torch, unused)
    """body(*inputs, *params) as a module whose params are buffers, so that freezing makes
    them constants as it would a model's weights."""

    def __init__(self, body, params):
        super().__init__()
        self.body = body
        self.n = len(params)
        for i, p in enumerate(params):
            self.register_buffer("p%d" % i, p)

    def forward(self, *inputs):
        return self.body(*inputs, *(getattr(self, "p%d" % i) for i in range(self.n)))


def _trace(module, inputs):
    """Frozen TorchScript of module. The trace runs once: on a copy of the last input, which
    an accumulating benchmark writes (C += A*B), so the caller's arguments stay untouched."""
    example = tuple(inputs[:-1]) + (inputs[-1].clone(),)
    return torch.jit.freeze(torch.jit.trace(module.eval(), example))


class OpCounterpart:
    """A single operator. convert(args) maps the benchmark's arguments (its order, layouts
    and element type) to PyTorch's: (inputs, params); body(*inputs, *params) computes the
    benchmark's output, in place in the output argument where PyTorch can."""

    def __init__(self, what, sig, convert, body):
        self.what, self.sig, self._convert, self._body = what, sig, convert, body

    def inputs(self):
        return seeded_inputs(self.sig)

    def build(self, method, args):
        """A call with no arguments that runs the computation once and returns its output."""
        inputs, params = self._convert(args)
        if method == "pytorch":
            return functools.partial(self._body, *inputs, *params)
        return functools.partial(_trace(_Traced(self._body, params), inputs), *inputs)


class ModelCounterpart:
    """A whole torchvision model (suites/pytorch/import_fx.py's seeded weights, eval mode).
    Its arguments are the input image only: the benchmark's parameter arguments are the
    model's weights, folded and transposed by the importer (its proof is
    tests/suites/pytorch/check_import.py)."""

    def __init__(self, name, resolution):
        self.name, self.resolution = name, resolution
        self.what = "torchvision %s(x), eval mode, seeded weights, f32 NCHW 1x3x%dx%d" % (
            name, resolution, resolution)

    def inputs(self):
        return [_import_fx().example_input(1, self.resolution)]

    def build(self, method, args):
        model = _import_fx().build_model(self.name)
        if method == "pytorch":
            return functools.partial(model, args[0])
        return functools.partial(_trace(model, args), args[0])


def _import_fx():
    """suites/pytorch's importer, which builds the seeded models (imported on first use:
    it needs numpy and torchvision, which nothing else here does)."""
    folder = os.path.join(ROOT, "suites", "pytorch")
    if folder not in sys.path:
        sys.path.insert(0, folder)
    import import_fx
    return import_fx


def _dims(shape):
    return "x".join(str(d) for d in shape)


def _conv(p, depthwise):
    """suites/pytorch conv: args x, w, b, out; the MLIR's depthwise filter is C x KH x KW."""
    call = "F.conv2d(x, w, b, stride=%d, padding=%d, dilation=%d, groups=%d)" % (
        p["stride"], p["padding"], p["dilation"], p["groups"])

    def convert(a):
        w = a[1].unsqueeze(1).contiguous() if depthwise else a[1]
        return [a[0]], [w, a[2]]

    def body(x, w, b):
        return F.conv2d(x, w, b, p["stride"], p["padding"], p["dilation"], p["groups"])
    return call, convert, body


def pytorch_op(p):
    """(call, convert, body) of a suites/pytorch operator (provenance params p)."""
    op = p["op"]
    if op in ("conv2d", "depthwise_conv2d"):
        return _conv(p, op == "depthwise_conv2d")
    if op == "relu":
        return ("torch.clamp_min(x, 0, out=o) (= F.relu)", lambda a: (a, []),
                lambda x, o: torch.clamp_min(x, 0.0, out=o))
    if op == "relu6":
        return ("torch.clamp(x, 0, 6, out=o) (= F.relu6)", lambda a: (a, []),
                lambda x, o: torch.clamp(x, 0.0, 6.0, out=o))
    if op == "add":
        return ("torch.add(x, y, out=o)", lambda a: (a, []),
                lambda x, y, o: torch.add(x, y, out=o))
    if op == "maxpool":
        return ("F.max_pool2d(x, %d, stride=%d, padding=%d)" % (p["kernel"], p["stride"],
                                                                 p["padding"]),
                lambda a: ([a[0]], []),
                lambda x: F.max_pool2d(x, p["kernel"], p["stride"], p["padding"]))
    if op == "adaptive_avgpool":
        size = tuple(p["output_size"])
        return ("F.adaptive_avg_pool2d(x, %s)" % (size,), lambda a: ([a[0]], []),
                lambda x: F.adaptive_avg_pool2d(x, size))
    if op == "linear":
        # The benchmark takes the weight transposed (in x out); PyTorch's is out x in, and
        # F.linear(x, w, b) is addmm(b, x, w.t()).
        return ("torch.addmm(b, x, w.t(), out=o) (= F.linear(x, w, b), w out x in)",
                lambda a: ([a[0], a[3]], [a[1].t().contiguous(), a[2]]),
                lambda x, o, w, b: torch.addmm(b, x, w.t(), out=o))
    raise NotApplicable("no PyTorch counterpart for suites/pytorch op '%s'" % op)


def _accumulating_conv(stride, dilation):
    return ("o.add_(F.conv2d(x, w, stride=%d, dilation=%d)) (the benchmark accumulates into "
            "its output; PyTorch's conv cannot: one more elementwise pass)" % (stride, dilation),
            lambda a: (a, []),
            lambda x, w, o: o.add_(F.conv2d(x, w, None, stride, 0, dilation)))


def _accumulating_matmul():
    return ("C.addmm_(A, B) (C += A*B in place, as the benchmark)", lambda a: (a, []),
            lambda a, b, c: c.addmm_(a, b))


def paper_op(p):
    """(call, convert, body) of a suites/paper operator: the last argument is the output and
    the op's init (matmul and conv accumulate into it, maxpool takes the max with it)."""
    op = p["op"]
    if op == "add":
        return ("torch.add(a, b, out=o)", lambda a: (a, []),
                lambda x, y, o: torch.add(x, y, out=o))
    if op == "relu":
        return ("torch.clamp_min(a, 0, out=o)", lambda a: (a, []),
                lambda x, o: torch.clamp_min(x, 0.0, out=o))
    if op == "matmul":
        return _accumulating_matmul()
    if op == "conv_2d_nchw_fchw":
        return _accumulating_conv(p["stride"], p["dilation"])
    if op == "pooling_nchw_max":
        k, s = p["kernel"], p["stride"]
        return ("torch.maximum(o, F.max_pool2d(x, %d, stride=%d), out=o) (the benchmark takes "
                "the max with its output; PyTorch's pool cannot: one more elementwise pass)"
                % (k, s), lambda a: (a, []),
                lambda x, o: torch.maximum(o, F.max_pool2d(x, k, s, p.get("padding", 0)), out=o))
    raise NotApplicable("no PyTorch counterpart for paper op '%s'" % op)


def starter_op(name, p):
    """(call, convert, body) of the four hand-written suites/starter benchmarks."""
    if name == "matmul_256":
        return _accumulating_matmul()
    if name == "conv2d_nchw":
        return _accumulating_conv(p["stride"], 1)
    if name == "maxpool_nchw":  # the output is filled with -inf first: a plain pool
        return ("F.max_pool2d(x, %d, stride=%d)" % (p["kh"], p["stride"]),
                lambda a: ([a[0]], []), lambda x: F.max_pool2d(x, p["kh"], p["stride"]))
    if name == "chain_matmul_add_relu":  # R = relu(A*B + D)
        return ("torch.addmm(D, A, B, out=R).clamp_min_(0) (D added as GEMM's C rather than "
                "after the product: same values up to rounding)", lambda a: (a, []),
                lambda a, b, d, r: torch.addmm(d, a, b, out=r).clamp_min_(0.0))
    raise NotApplicable("no PyTorch counterpart for starter benchmark '%s'" % name)


def _entry(bench_id, manifest_path):
    if manifest_path is None:
        raise NotApplicable("no manifest: counterparts are found by their manifest entry")
    with open(manifest_path) as fh:
        doc = json.load(fh)
    for e in doc.get("benchmarks", []):
        if e.get("id") == bench_id:
            return doc.get("suite"), e
    raise NotApplicable("%s is not in %s" % (bench_id, manifest_path))


def counterpart(bench_id, manifest_path, bench_file=None):
    """The PyTorch counterpart of a benchmark (OpCounterpart or ModelCounterpart), or
    NotApplicable saying why there is none. bench_file defaults to the manifest entry's."""
    suite, e = _entry(bench_id, manifest_path)
    p = e.get("provenance", {}).get("params", {})
    if suite == "pytorch" and "model" in p:
        return ModelCounterpart(p["model"], p["resolution"])
    if suite == "lqcd":
        raise NotApplicable(
            "no faithful PyTorch counterpart: the correlator terms read block/propagator "
            "entries chosen by integer index tables (tensor.extract), which torch.einsum "
            "cannot express; a gather-then-einsum version would do other work")
    ops = {"pytorch": lambda: pytorch_op(p), "paper": lambda: paper_op(p),
           "starter": lambda: starter_op(bench_id.rsplit("/", 1)[-1], p)}
    if suite not in ops:
        raise NotApplicable("no PyTorch counterpart for suite '%s' (PyTorch is an evaluation "
                            "baseline of suites pytorch, paper and starter)" % suite)
    call, convert, body = ops[suite]()
    sig = signature(bench_file or os.path.join(os.path.dirname(manifest_path), e["file"]))
    if any(elem not in _DTYPES for _, elem in sig):
        raise NotApplicable("element type other than f32/f64")
    what = "%s, %s, benchmark arguments %s" % (call, sig[0][1],
                                                ", ".join(_dims(shape) for shape, _ in sig))
    return OpCounterpart(what, sig, convert, body)


# ------------------------------------------------------------------ timing

def _per_call_ns(fn, iters):
    t = time.perf_counter_ns()
    for _ in range(iters):
        fn()
    return (time.perf_counter_ns() - t) / iters


def measure(fn, warmup, samples, min_sample_ms, budget_s):
    """(per-call ns of each sample, inner iterations), as harness/measure.c does it."""
    for _ in range(warmup):
        fn()
    min_ns, budget_ns = min_sample_ms * 1e6, budget_s * 1e9
    iters = 1
    per = _per_call_ns(fn, iters)
    spent = per
    while per * iters < min_ns and iters < 1 << 40:
        nxt = iters * 2
        want = min_ns / max(per, 1.0)
        if want > nxt * 4:  # one call far too short: jump close, then settle by doubling
            nxt = int(want / 2)
        iters = nxt
        per = _per_call_ns(fn, iters)
        spent += per * iters
    spent += _per_call_ns(fn, iters) * iters  # warms up what calibration changed; not kept
    out = []
    while len(out) < samples:
        out.append(_per_call_ns(fn, iters))
        spent += out[-1] * iters
        if spent >= budget_ns:
            break
    return out, iters


# ------------------------------------------------------------------ protocol

def result(method, status, reason=None, what=None, sample_ns=(), iters=None, threads=None):
    return {"method": method, "status": status, "reason": reason, "what": what,
            "sample_ns": [round(x, 1) for x in sample_ns], "inner_iterations": iters,
            "threads": threads}


def parse_request(line):
    """(id, options) of a request line; ValueError (one line) when it is malformed."""
    try:
        req = json.loads(line)
    except ValueError as e:
        raise ValueError("not JSON: %s" % e)
    if not isinstance(req, dict):
        raise ValueError("a request is a JSON object")
    if not isinstance(req.get("id"), str):
        raise ValueError("'id' must be a string")
    opts = dict(DEFAULTS, methods=list(METHODS), threads=None, manifest=None, file=None)
    opts.update({k: v for k, v in req.items() if k != "id" and v is not None})
    methods = opts["methods"]
    if not isinstance(methods, list) or not all(m in METHODS for m in methods):
        raise ValueError("'methods' must be a list of %s" % ", ".join(METHODS))
    for k in ("manifest", "file"):
        if opts[k] is not None and not isinstance(opts[k], str):
            raise ValueError("'%s' must be a path or null" % k)
    for k, lo in (("samples", 1), ("warmup", 0), ("threads", 1)):
        v = opts[k]
        if v is not None and (not isinstance(v, int) or isinstance(v, bool) or v < lo):
            raise ValueError("'%s' must be an integer >= %d" % (k, lo))
    for k in ("min_sample_ms", "budget_s"):
        v = opts[k]
        if not isinstance(v, (int, float)) or isinstance(v, bool) or not math.isfinite(v) or v < 0:
            raise ValueError("'%s' must be a number >= 0" % k)
    return req["id"], opts


def time_method(case, method, opts):
    """One result: build the callable (untimed), then time it."""
    threads = torch.get_num_threads()
    what = "%s%s, torch %s, %d threads" % (
        "torch.jit.freeze(torch.jit.trace(...)) of " if method == "torchscript" else "",
        case.what, torch.__version__, threads)
    # Fresh seeded arguments per method: one method's in-place writes (an accumulating
    # output) must not feed the other's.
    fn = case.build(method, case.inputs())
    warmup = opts["warmup"]
    if method == "torchscript":
        warmup = max(warmup + 2, TORCHSCRIPT_MIN_WARMUP)
    ns, iters = measure(fn, warmup, opts["samples"], opts["min_sample_ms"], opts["budget_s"])
    return result(method, "ok", what=what, sample_ns=ns, iters=iters, threads=threads)


def answer(bench_id, opts):
    methods = opts["methods"]
    if torch is None:
        return [result(m, "unavailable", TORCH_REASON) for m in methods]
    try:
        case = counterpart(bench_id, opts["manifest"], opts["file"])
    except NotApplicable as e:
        return [result(m, "not_applicable", str(e)) for m in methods]
    except Exception as e:
        return [result(m, "failed", one_line(e)) for m in methods]
    torch.set_num_threads(opts["threads"] or THREADS_DEFAULT)
    out = []
    for m in methods:
        try:
            with torch.inference_mode():
                out.append(time_method(case, m, opts))
        except Exception as e:  # MemoryError included: report it and go on serving
            out.append(result(m, "failed", one_line(e)))
        gc.collect()  # models and big inputs are not kept between methods or requests
    return out


def serve(lines, out):
    def send(obj):
        out.write(json.dumps(obj) + "\n")
        out.flush()

    send({"hello": 1, "protocol": PROTOCOL, "torch": torch.__version__ if torch else None,
          "threads_default": THREADS_DEFAULT,
          "python": platform.python_version(), "reason": TORCH_REASON})
    for line in lines:
        line = line.strip()
        if not line:
            continue
        try:
            bench_id, opts = parse_request(line)
        except ValueError as e:
            send({"id": _id_of(line), "error": one_line(str(e))})
            continue
        send({"id": bench_id, "results": answer(bench_id, opts)})


def _id_of(line):
    try:
        v = json.loads(line).get("id")
        return v if isinstance(v, str) else None
    except (ValueError, AttributeError):
        return None


def _protocol_stdout():
    """The protocol's own stream; fd 1 and sys.stdout then lead to stderr, so that no stray
    print of a library (Python or C) can corrupt the protocol."""
    sys.stdout.flush()
    fd = os.dup(1)
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    return os.fdopen(fd, "w", buffering=1)


def main():
    out = _protocol_stdout()
    if torch is not None:
        try:  # only allowed before any parallel work
            torch.set_num_interop_threads(1)
        except RuntimeError as e:
            print("torch_server: interop threads left as they are: %s" % e, file=sys.stderr)
    serve(sys.stdin, out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
