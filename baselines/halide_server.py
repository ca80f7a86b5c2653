#!/usr/bin/python3
"""Halide autoscheduler baseline of `mlirrl eval`: times the Halide counterpart of a benchmark
scheduled by one of Halide's CPU autoschedulers.

`mlirrl eval` starts `/usr/bin/python3 baselines/halide_server.py` once per evaluation run and
talks to it in JSON lines, exactly as to baselines/torch_server.py (protocol 1). Only protocol
lines go to stdout: fd 1 is redirected to stderr at start, so nothing a library prints (Python,
Halide or an autoscheduler plugin) can reach the protocol stream. The server needs neither
halide nor numpy to start or to answer.

On start, the server writes
  {"hello": 1, "protocol": 1, "halide": "14.0.0" | null, "reason": null | "why not",
   "python": "3.11.2", "autoschedulers": ["mullapudi2016", "adams2019", "li2018"]}
halide null: the halide module does not import, every method of every request is answered
"unavailable" with that reason. autoschedulers: the plugins that loaded (a method whose
plugin did not load is "unavailable" with the loader's error).

Request (one line; blank lines are ignored):
  {"id": "lqcd/...", "manifest": "/abs/suites/lqcd/manifest.json" | null,
   "file": "/abs/bench.mlir", "methods": ["halide:adams2019"], "threads": 2,
   "samples": 10, "warmup": 2, "min_sample_ms": 20, "budget_s": 30}
Only "id" is required. Absent or null fields default to: file, the manifest entry's file;
methods, all three; threads, the online CPUs; timing, the harness's eval profile (above).

Response (exactly one line per request line, in order): as torch_server.py's,
  {"id": ..., "results": [{"method": ..., "status": "ok" | "unavailable" | "not_applicable" |
   "failed", "reason": ..., "what": ..., "sample_ns": [...], "inner_iterations": n | null,
   "threads": N | null}, ...]}
and {"id": <id or null>, "error": "one line"} for a malformed line or an unknown method; the
server goes on. End of input: exit 0.

Methods: "halide:mullapudi2016", "halide:adams2019", "halide:li2018": the counterpart
(baselines/halide_kernels.py; LQCD kernels of every form and the suites/paper operators
matmul, conv_2d_nchw_fchw, pooling_nchw_max, add and relu; everything else is
not_applicable) scheduled by Pipeline.auto_schedule(name, target, MachineParams) with
  parallelism = the request's thread count,
  last_level_cache_size = the largest data/unified cache of cpu0 in sysfs,
  balance = 40 (Halide's default, MachineParams::generic()),
estimates on every input and on the output (their exact extents, which are also compiled in
as constraints), then JIT-compiled for the host target (less AVX512_SapphireRapids where the
CPU lacks AVX512-FP16: see jit_target; HL_JIT_TARGET overrides). Adams2019 uses the cost-model
weights built into the plugin (Debian ships no weights file; without HL_WEIGHTS_DIR Halide 14 loads
those) and, like Li2018, reads only the parallelism of MachineParams. The "what" of an ok
result states all of it, with the autoschedule and JIT seconds.

Threads: Halide's thread pool reads HL_NUM_THREADS once, when it starts, and the Python
bindings do not reach the runtime's halide_set_num_threads. So the Halide work runs in a
worker process started with HL_NUM_THREADS = the request's thread count (one worker at a
time, replaced when the count changes); at start the worker runs a parallel probe pipeline
and counts the threads the pool created, and refuses (every answer "failed") unless the pool
has exactly that many. A worker that dies (a plugin crash, out of memory) makes that request
"failed" and is started anew for the next one. The worker's address space is limited to 3/4
of the RAM (MLIRRL_HALIDE_MEM_MB overrides it): Adams2019's beam search on the largest LQCD
pipelines grows past 20 GB and minutes. A method not answered within 540 s
(MLIRRL_HALIDE_LIMIT_S; the harness waits 600 s) is answered "failed", its worker killed,
and that (benchmark, method, threads) is not tried again by this server.

Timing: harness/measure.c's protocol, as in torch_server.py: `warmup` calls; inner iterations
calibrated (doubling, with a jump when one call is far too short) until one sample lasts
min_sample_ms; one sample at the final count that is not kept; then `samples` samples of
per-call ns (time.perf_counter_ns), stopping early once the timed work (calibration
included) exceeds budget_s, keeping at least one. A call is Pipeline.realize() into
preallocated output buffers from Python; its overhead, measured by the worker on a trivial
pipeline, is stated in "what". Autoscheduling and compiling are outside the timed region and
cached per (benchmark file, method) in the worker, i.e. per (benchmark, method, threads);
what they print (Adams2019 reports each pass of its search) is kept off the harness's terminal,
and its last line joins the error when scheduling or compiling fails.
Inputs are seeded (numpy default_rng(1)), magnitudes uniform in [1/64, 1] with random signs,
fresh per method; only the compiled pipelines are kept across requests.
"""

import json
import math
import os
import platform
import select
import subprocess
import sys
import time

PROTOCOL = 1
HERE = os.path.dirname(os.path.abspath(__file__))
# The harness's eval profile (harness/profile.h).
DEFAULTS = {"samples": 10, "warmup": 2, "min_sample_ms": 20.0, "budget_s": 30.0}
# method -> (Halide's name of the autoscheduler, plugin file)
AUTOSCHEDULERS = {
    "halide:mullapudi2016": ("Mullapudi2016", "libautoschedule_mullapudi2016.so"),
    "halide:adams2019": ("Adams2019", "libautoschedule_adams2019.so"),
    "halide:li2018": ("Li2018", "libautoschedule_li2018.so"),
}
METHODS = tuple(AUTOSCHEDULERS)
PLUGIN_DIR = os.environ.get("MLIRRL_HALIDE_PLUGIN_DIR", "/usr/lib/x86_64-linux-gnu/halide14")
BALANCE = 40                  # Halide's default (MachineParams::generic())
DEFAULT_LLC = 16 * 1024 * 1024  # Halide's default, when sysfs says nothing
# The harness waits 600 s for an answer; a method that takes longer is answered "failed" (its
# worker is killed and not asked that case again).
ANSWER_LIMIT_S = float(os.environ.get("MLIRRL_HALIDE_LIMIT_S", "540"))
SCHEDULER_NOTES = {
    "Mullapudi2016": "reads parallelism, last-level cache and balance",
    "Adams2019": "cost model with the weights built into the plugin (no weights file: Debian ships "
                 "none and HL_WEIGHTS_DIR is unset); reads only the parallelism",
    "Li2018": "reads only the parallelism",
}

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")   # numpy's BLAS is not used here
sys.path.insert(0, HERE)
try:
    import halide as hl
    HALIDE_REASON = None
except ImportError as e:
    hl = None
    HALIDE_REASON = "the halide module is not installed: %s" % e
except Exception as e:  # a broken installation: the server still answers
    hl = None
    HALIDE_REASON = "the halide module failed to import: %s: %s" % (type(e).__name__, " ".join(str(e).split()))


def one_line(e):
    text = "%s: %s" % (type(e).__name__, e) if isinstance(e, BaseException) else str(e)
    text = " ".join(text.split())
    return text if len(text) <= 400 else text[:397] + "..."


def halide_version():
    """The Halide version: Debian's package version, else the library's major version."""
    try:
        v = subprocess.run(["dpkg-query", "-W", "-f", "${Version}", "python3-halide"],
                           capture_output=True, text=True, timeout=10).stdout.strip()
        if v:
            return v.split("-")[0].split(":")[-1]
    except (OSError, subprocess.SubprocessError):
        pass
    try:
        with open("/proc/self/maps") as fh:
            for line in fh:
                name = os.path.basename(line.split()[-1]) if "/" in line else ""
                if name.startswith("libHalide") and name[9:11].isdigit():
                    return name[9:11]
    except OSError:
        pass
    return "unknown"


def load_plugins():
    """{method: None if its plugin loaded, else why not}."""
    out = {}
    for method, (_, lib) in AUTOSCHEDULERS.items():
        path = os.path.join(PLUGIN_DIR, lib)
        if not os.path.exists(path):
            out[method] = "the autoscheduler plugin %s is missing" % path
            continue
        try:
            hl.load_plugin(path)
            out[method] = None
        except Exception as e:
            out[method] = "the autoscheduler plugin %s does not load: %s" % (path, one_line(e))
    return out


def last_level_cache():
    """(bytes, where from): the largest data or unified cache of cpu0 in sysfs."""
    base = "/sys/devices/system/cpu/cpu0/cache"
    best = None
    try:
        for d in sorted(os.listdir(base)):
            if not d.startswith("index"):
                continue
            with open(os.path.join(base, d, "type")) as fh:
                if fh.read().strip() not in ("Data", "Unified"):
                    continue
            with open(os.path.join(base, d, "level")) as fh:
                level = int(fh.read())
            with open(os.path.join(base, d, "size")) as fh:
                text = fh.read().strip()
            mult = {"K": 1024, "M": 1024 ** 2, "G": 1024 ** 3}.get(text[-1:], 1)
            size = int(text.rstrip("KMG")) * mult
            if best is None or (level, size) > best[:2]:
                best = (level, size, os.path.join(base, d, "size"))
    except (OSError, ValueError):
        best = None
    if best is None:
        return DEFAULT_LLC, "Halide's default (sysfs has no cache sizes)"
    return best[1], best[2]


def default_threads():
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


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


def memory_limit():
    """The worker's address-space limit in bytes: MLIRRL_HALIDE_MEM_MB, else 3/4 of the RAM."""
    mb = os.environ.get("MLIRRL_HALIDE_MEM_MB")
    if mb:
        return int(mb) << 20
    return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") * 3 // 4


def limit_memory():
    import resource
    lim = memory_limit()
    resource.setrlimit(resource.RLIMIT_AS, (lim, lim))


class Worker:
    """The process that runs Halide with HL_NUM_THREADS = threads (see the module doc)."""

    def __init__(self, threads):
        import tempfile
        self.threads = threads
        fd, self.scratch = tempfile.mkstemp(prefix="mlirrl-halide-", suffix=".log")
        os.close(fd)
        env = dict(os.environ, HL_NUM_THREADS=str(threads), OPENBLAS_NUM_THREADS="1",
                   OMP_NUM_THREADS="1", MLIRRL_HALIDE_SCRATCH=self.scratch)
        cmd = [sys.executable] + (["-S"] if sys.flags.no_site else []) + [os.path.abspath(__file__),
                                                                          "--worker"]
        self.proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env,
                                     text=True, bufsize=1, preexec_fn=limit_memory)
        self.ready = self._read()
        if self.ready is None:
            raise RuntimeError(self.died())
        if self.ready.get("error"):
            self.close()
            raise RuntimeError(self.ready["error"])

    def _read(self):
        line = self.proc.stdout.readline()
        return json.loads(line) if line else None

    def said(self):
        """The last line the worker printed while scheduling or compiling, or ""."""
        try:
            with open(self.scratch, "rb") as f:
                return last_line(f)
        except OSError:
            return ""

    def died(self):
        rc = self.proc.wait()
        how = "signal %d" % -rc if rc < 0 else "exit %d" % rc
        said = self.said()
        self.drop_scratch()
        return "the Halide worker process died (%s)%s" % (how, "; it printed: " + said if said else "")

    def ask(self, job, limit_s):
        """The worker's results for job; TimeoutError (the worker is killed) when it has not
        answered within limit_s, RuntimeError when it died."""
        ans, ready = None, True
        try:
            self.proc.stdin.write(json.dumps(job) + "\n")
            self.proc.stdin.flush()
            ready = select.select([self.proc.stdout], [], [], limit_s)[0]
            if ready:
                ans = self._read()
        except (OSError, ValueError):
            pass
        if not ready:
            self.proc.kill()
            self.proc.wait()
            said = self.said()
            self.drop_scratch()
            raise TimeoutError("no answer within %g s%s" % (limit_s, " (last printed: %s)" % said if said else ""))
        if ans is None:
            raise RuntimeError(self.died())
        return ans["results"]

    def close(self):
        try:
            self.proc.stdin.close()
            self.proc.wait(timeout=30)
        except (OSError, subprocess.TimeoutExpired):
            self.proc.kill()
            self.proc.wait()
        self.drop_scratch()

    def drop_scratch(self):
        try:
            os.unlink(self.scratch)
        except OSError:
            pass


class Server:
    def __init__(self):
        self.plugins = load_plugins() if hl is not None else {}
        self.worker = None
        self.timed_out = {}     # (id, file, manifest, method, threads) -> why

    def hello(self):
        return {"hello": 1, "protocol": PROTOCOL, "halide": halide_version() if hl is not None else None,
                "reason": HALIDE_REASON, "python": platform.python_version(),
                "autoschedulers": [m.split(":")[1] for m in METHODS if self.plugins.get(m, "no") is None]}

    def answer(self, bench_id, opts):
        methods = opts["methods"]
        if hl is None:
            return [result(m, "unavailable", HALIDE_REASON) for m in methods]
        import halide_kernels as K
        try:
            K.counterpart(bench_id, opts["manifest"], opts["file"])
        except K.NotApplicable as e:
            return [result(m, "not_applicable", str(e)) for m in methods]
        except Exception as e:
            return [result(m, "failed", one_line(e)) for m in methods]
        threads = opts["threads"] or default_threads()
        return [self.one(bench_id, opts, m, threads) for m in methods]

    def one(self, bench_id, opts, method, threads):
        """The result of one method, from the worker for this thread count."""
        if self.plugins[method]:
            return result(method, "unavailable", self.plugins[method])
        key = (bench_id, opts["file"], opts["manifest"], method, threads)
        if key in self.timed_out:
            return result(method, "failed", self.timed_out[key] + " (an earlier request; not tried again)")
        try:
            if self.worker is not None and self.worker.threads != threads:
                self.worker.close()
                self.worker = None
            if self.worker is None:
                self.worker = Worker(threads)
            return self.worker.ask(dict(opts, id=bench_id, methods=[method], threads=threads),
                                   ANSWER_LIMIT_S)[0]
        except TimeoutError as e:
            self.worker = None
            self.timed_out[key] = "the Halide worker gave %s (%s scheduling, compiling and timing)" % (
                e, AUTOSCHEDULERS[method][0])
            return result(method, "failed", self.timed_out[key])
        except RuntimeError as e:
            if self.worker is not None and self.worker.proc.poll() is not None:
                self.worker = None
            return result(method, "failed", one_line(str(e)))

    def close(self):
        if self.worker is not None:
            self.worker.close()


def serve(lines, out):
    def send(obj):
        out.write(json.dumps(obj) + "\n")
        out.flush()

    server = Server()
    send(server.hello())
    try:
        for line in lines:
            line = line.strip()
            if not line:
                continue
            try:
                bench_id, opts = parse_request(line)
            except ValueError as e:
                send({"id": _id_of(line), "error": one_line(str(e))})
                continue
            send({"id": bench_id, "results": server.answer(bench_id, opts)})
    finally:
        server.close()


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


# ------------------------------------------------------------------ worker

def last_line(f):
    """The last non-blank line of the text in the open binary file f (its last 4 KiB)."""
    f.seek(max(0, os.fstat(f.fileno()).st_size - 4096))
    lines = [l for l in f.read().decode("utf-8", "replace").splitlines() if l.strip()]
    return lines[-1].strip()[:300] if lines else ""


class quiet_output:
    """Within the block, what C code or Python prints on fd 1 or 2 goes to a scratch file
    instead of the harness's terminal (Adams2019 reports every pass of its beam search there);
    the value of `with` gives that text's last line, for an error message. The file is
    $MLIRRL_HALIDE_SCRATCH when set (the server names it, to tell why a worker died)."""

    def __enter__(self):
        import tempfile
        sys.stderr.flush()
        path = os.environ.get("MLIRRL_HALIDE_SCRATCH")  # the server reads it if this process dies
        self.scratch = open(path, "w+b") if path else tempfile.TemporaryFile()
        self.saved = (os.dup(1), os.dup(2))
        os.dup2(self.scratch.fileno(), 1)
        os.dup2(self.scratch.fileno(), 2)
        self.last = ""
        return lambda: self.last

    def __exit__(self, *exc):
        sys.stderr.flush()
        for fd, saved in zip((1, 2), self.saved):
            os.dup2(saved, fd)
            os.close(saved)
        self.last = last_line(self.scratch)
        self.scratch.close()
        return False


def machine_params(threads):
    """(MachineParams, its description) of this machine for the given thread count."""
    llc, where = last_level_cache()
    return (hl.MachineParams(threads, llc, BALANCE),
            "MachineParams(parallelism %d, last-level cache %d B from %s, balance %d)" % (
                threads, llc, where, BALANCE))


def cpu_flags():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("flags"):
                    return set(line.split(":", 1)[1].split())
    except OSError:
        pass
    return set()


def jit_target():
    """(Target, note): the host target Halide detects, less AVX512_SapphireRapids on a CPU
    without AVX512-FP16. Halide 14 names that feature from AVX512-BF16 and VNNI alone and then
    compiles for LLVM's sapphirerapids, whose code dies of SIGILL on CPUs that have those two
    but not FP16 (AMD Zen 4). HL_JIT_TARGET, when set, is used as it is."""
    t = hl.get_jit_target_from_environment()
    if os.environ.get("HL_JIT_TARGET"):
        return t, "HL_JIT_TARGET"
    spr = hl.TargetFeature.AVX512_SapphireRapids
    if t.has_feature(spr) and "avx512_fp16" not in cpu_flags():
        return t.without_feature(spr), "avx512_sapphirerapids dropped: the CPU has no AVX512-FP16"
    return t, "host"


def thread_pool_size():
    """The threads of Halide's pool: counted as the threads a parallel pipeline adds to this
    process (the calling thread works too)."""
    before = len(os.listdir("/proc/self/task"))
    x, y = hl.Var("x"), hl.Var("y")
    f = hl.Func("pool_probe")
    r = hl.RDom([(0, 20000)])
    f[x, y] = hl.sum(hl.sin(hl.f64(r.x + x + y)))
    f.parallel(y)
    f.realize([2, 256])
    return len(os.listdir("/proc/self/task")) - before + 1


def call_overhead_ns():
    """Per-call time of realize() on a one-element pipeline with no inputs: the cost of calling
    a compiled pipeline from Python, included in every sample."""
    import numpy as np
    x = hl.Var("x")
    f = hl.Func("trivial")
    f[x] = hl.f64(1)
    p = hl.Pipeline(f)
    p.compile_jit(jit_target()[0])
    arr = np.empty(1)
    buf = hl.Buffer(arr)
    best = None
    for _ in range(5):
        ns = _per_call_ns(lambda: p.realize(buf), 2000)
        best = ns if best is None else min(best, ns)
    return best


class Runner:
    """Builds, schedules, compiles (cached) and times counterparts in the worker."""

    def __init__(self, threads, pool, overhead):
        import halide_kernels as K
        self.K = K
        self.threads, self.pool, self.overhead = threads, pool, overhead
        self.target, self.target_note = jit_target()
        self.mp, self.mp_what = machine_params(threads)
        self.plugins = load_plugins()
        self.version = halide_version()
        self.cache = {}

    def compiled(self, cp, path, method):
        st = os.stat(path)
        key = (cp.id, os.path.abspath(path), st.st_mtime_ns, st.st_size, method)
        if key not in self.cache:
            name = AUTOSCHEDULERS[method][0]
            with quiet_output() as said:
                try:
                    self.cache[key] = cp.compile(name, self.mp, self.target)
                except Exception as e:
                    self.cache[key] = e
            if isinstance(self.cache[key], Exception) and said():
                e = self.cache[key]
                self.cache[key] = RuntimeError("%s (it printed: %s)" % (one_line(e), said()))
        got = self.cache[key]
        if isinstance(got, Exception):
            raise RuntimeError("%s failed to schedule or compile: %s" % (AUTOSCHEDULERS[method][0], one_line(got)))
        return got

    def run(self, job):
        K = self.K
        methods = job["methods"]
        if self.pool != self.threads:
            why = "Halide's thread pool has %d threads with HL_NUM_THREADS=%d" % (self.pool, self.threads)
            return [result(m, "failed", why) for m in methods]
        try:
            cp = K.counterpart(job["id"], job.get("manifest"), job.get("file"))
        except K.NotApplicable as e:
            return [result(m, "not_applicable", str(e)) for m in methods]
        except Exception as e:
            return [result(m, "failed", one_line(e)) for m in methods]
        path = job.get("file") or os.path.join(os.path.dirname(job["manifest"]),
                                               K.entry(job["id"], job["manifest"])[1]["file"])
        out = []
        for m in methods:
            if self.plugins.get(m):
                out.append(result(m, "unavailable", self.plugins[m]))
                continue
            try:
                comp, sched_s, jit_s = self.compiled(cp, path, m)
                name = AUTOSCHEDULERS[m][0]
                what = ("%s; autoscheduler %s (%s), %s; autoschedule %.2f s + JIT %.2f s outside the "
                        "timed region; Halide %s JIT, target %s (%s); %d thread(s) (HL_NUM_THREADS, pool "
                        "checked); a call is Pipeline.realize() from Python, whose own cost is %.1f us"
                        % (cp.what, name, SCHEDULER_NOTES[name], self.mp_what, sched_s, jit_s,
                           self.version, self.target, self.target_note, self.threads,
                           self.overhead / 1000))
                call, _ = comp.bind(cp.inputs())
                try:
                    ns, iters = measure(call, job["warmup"], job["samples"], job["min_sample_ms"],
                                        job["budget_s"])
                finally:
                    del call
                    comp.release()
                out.append(result(m, "ok", what=what, sample_ns=ns, iters=iters, threads=self.threads))
            except Exception as e:  # MemoryError included: report it and go on serving
                out.append(result(m, "failed", one_line(e)))
        return out


def worker_main():
    out = _protocol_stdout()

    def send(obj):
        out.write(json.dumps(obj) + "\n")
        out.flush()

    threads = int(os.environ.get("HL_NUM_THREADS", "0") or 0)
    if hl is None or threads < 1:
        send({"error": HALIDE_REASON or "the worker needs HL_NUM_THREADS >= 1"})
        return 1
    try:
        pool = thread_pool_size()
        runner = Runner(threads, pool, call_overhead_ns())
    except Exception as e:
        send({"error": "the Halide worker cannot start: %s" % one_line(e)})
        return 1
    send({"ready": 1, "pool_threads": pool, "call_overhead_ns": round(runner.overhead, 1)})
    for line in sys.stdin:
        if line.strip():
            send({"results": runner.run(json.loads(line))})
    return 0


def main():
    if sys.argv[1:] == ["--worker"]:
        return worker_main()
    out = _protocol_stdout()
    serve(sys.stdin, out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
