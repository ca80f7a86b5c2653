#!/usr/bin/python3
"""Check one benchmark suite folder.

usage: check_suite.py SUITE_DIR [--mlirrl PATH] [--parse-only] [--filter REGEX]
                      [--mlir-opt-19 PATH] [--mlir-opt-22 PATH] [--timeout SEC]

Verifies that
  1. manifest.json matches the files: every listed file exists with its sha256, no .mlir under
     SUITE_DIR is unlisted, ids and files are unique, the version matches the file list, every
     entry has the keys of suites/tools/manifest.py (others may follow), splits are
     train/validation/test, `ops` matches the file;
  2. a `<name>.args.json` sidecar, where present, lists the function's arguments in order;
  3. every file parses and verifies with mlir-opt 19 and 22, and means the same in both: after
     `linalg-generalize-named-ops` the two printed modules are identical (up to the printed
     form of bufferization.to_tensor, which changed between the versions);
  4. with --mlirrl (and without --parse-only): every file runs under the default pipeline,
     `mlirrl exec FILE` exits 0.
Prints one line per failure and a summary; exits 1 when anything failed.
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import manifest as M  # noqa: E402

SPLIT_MARK = "// -----"
GENERALIZE = "--pass-pipeline=builtin.module(func.func(linalg-generalize-named-ops))"
_TO_TENSOR = re.compile(r"(bufferization\.to_tensor .*?: memref<[^>]*>) to tensor<[^>]*>")
_SIG = re.compile(r"func\.func @main\((.*?)\)\s*attributes", re.S)
_MEMREF = re.compile(r"memref<([^>]*)>")


def default_mlir_opt(version):
    env = os.environ.get("MLIR_OPT_%d" % version)
    cands = [env] if env else []
    cands += ["/usr/lib/llvm-%d/bin/mlir-opt" % version,
              os.path.join(ROOT, ".deps", "llvm-%d" % version, "usr", "lib", "llvm-%d" % version,
                           "bin", "mlir-opt")]
    for c in cands:
        if c and os.access(c, os.X_OK):
            return c
    return None


def check_manifest(suite_dir, doc, fail):
    entries = doc.get("benchmarks", [])
    for key in ("suite", "version", "generator", "benchmarks"):
        if key not in doc:
            fail("manifest: missing key %s" % key)
    seen_ids, seen_files = set(), set()
    for e in entries:
        missing = [k for k in M.ENTRY_KEYS if k not in e]
        if missing:  # extra keys are allowed; these are the contract common to all suites
            fail("%s: entry lacks %s" % (e.get("id"), ", ".join(missing)))
            continue
        if e["id"] in seen_ids:
            fail("%s: duplicate id" % e["id"])
        if e["file"] in seen_files:
            fail("%s: file %s listed twice" % (e["id"], e["file"]))
        seen_ids.add(e["id"])
        seen_files.add(e["file"])
        if e["split"] not in M.SPLITS:
            fail("%s: bad split %r" % (e["id"], e["split"]))
        path = os.path.join(suite_dir, e["file"])
        if not os.path.isfile(path):
            fail("%s: file %s missing" % (e["id"], e["file"]))
            continue
        if M.sha256_file(path) != e["sha256"]:
            fail("%s: sha256 of %s differs from the manifest" % (e["id"], e["file"]))
        with open(path) as fh:
            text = fh.read()
        if M.count_ops(text) != e["ops"]:
            fail("%s: ops %s, file has %s" % (e["id"], e["ops"], M.count_ops(text)))
        check_sidecar(path, text, e["id"], fail)
    if entries and M.suite_version(entries) != doc.get("version"):
        fail("manifest: version %s, files give %s" % (doc.get("version"), M.suite_version(entries)))
    listed = {os.path.normpath(os.path.join(suite_dir, f)) for f in seen_files}
    for dirpath, dirs, names in os.walk(suite_dir):
        # transform scripts beside the benchmarks are not benchmarks (mlirrl suite does the same)
        dirs[:] = [d for d in dirs if d != "schedules"]
        for n in names:
            p = os.path.normpath(os.path.join(dirpath, n))
            if n.endswith(".mlir") and p not in listed:
                fail("%s: not listed in the manifest" % os.path.relpath(p, suite_dir))


def check_sidecar(path, text, bench_id, fail):
    side = path[:-len(".mlir")] + ".args.json"
    if not os.path.exists(side):
        return
    with open(side) as fh:
        args = json.load(fh)["args"]
    m = _SIG.search(text)
    sig = [t.split("x") for t in _MEMREF.findall(m.group(1))] if m else []
    got = [(list(map(int, t[:-1])), t[-1]) for t in sig]
    want = [(a["shape"], a["dtype"]) for a in args]
    if got != want:
        fail("%s: %s does not match the function signature" % (bench_id, os.path.basename(side)))
    roles = [a["role"] for a in args]
    if "output" not in roles:
        fail("%s: %s lists no output argument" % (bench_id, os.path.basename(side)))


def run_opt(mlir_opt, paths, work, tag):
    """Generalized text per path, or an error string per path (batched, then per file)."""
    combined = os.path.join(work, "all_%s.mlir" % tag)
    with open(combined, "w") as fh:
        for i, p in enumerate(paths):
            if i:
                fh.write("\n%s\n" % SPLIT_MARK)
            with open(p) as src:
                fh.write(src.read())
    r = subprocess.run([mlir_opt, "--split-input-file", GENERALIZE, combined],
                       capture_output=True, text=True)
    if r.returncode == 0:
        chunks = r.stdout.split(SPLIT_MARK)
        if len(chunks) == len(paths):
            return {p: c.strip() for p, c in zip(paths, chunks)}, {}
    outs, errs = {}, {}
    for p in paths:  # find the culprits one by one
        r = subprocess.run([mlir_opt, GENERALIZE, p], capture_output=True, text=True)
        if r.returncode == 0:
            outs[p] = r.stdout.strip()
        else:
            lines = [ln for ln in r.stderr.splitlines() if "error" in ln] or r.stderr.splitlines()
            errs[p] = lines[0] if lines else "exit %d" % r.returncode
    return outs, errs


def check_parse(suite_dir, files, opts, fail, batch=150):
    work = tempfile.mkdtemp(prefix="mlirrl_check_suite_")
    try:
        for start in range(0, len(files), batch):
            chunk = [os.path.join(suite_dir, f) for f in files[start:start + batch]]
            results = {}
            for v, tool in opts.items():
                outs, errs = run_opt(tool, chunk, work, str(v))
                for p, msg in errs.items():
                    fail("%s: mlir-opt %d: %s" % (os.path.relpath(p, suite_dir), v, msg))
                results[v] = outs
            if len(results) == 2:
                a, b = [results[v] for v in sorted(results)]
                for p in chunk:
                    if p in a and p in b and _TO_TENSOR.sub(r"\1", a[p]) != _TO_TENSOR.sub(r"\1", b[p]):
                        fail("%s: generalized forms differ between LLVM %s"
                             % (os.path.relpath(p, suite_dir), " and ".join(map(str, sorted(results)))))
    finally:
        shutil.rmtree(work, ignore_errors=True)


def check_exec(suite_dir, files, mlirrl, timeout, fail, log):
    work = tempfile.mkdtemp(prefix="mlirrl_check_exec_")
    try:
        for i, f in enumerate(files):
            d_in, d_out = os.path.join(work, "in"), os.path.join(work, "out")
            for d in (d_in, d_out):
                shutil.rmtree(d, ignore_errors=True)
                os.makedirs(d)
            try:
                r = subprocess.run([mlirrl, "exec", os.path.join(suite_dir, f), "--inputs", d_in,
                                    "--outputs", d_out], capture_output=True, text=True,
                                   timeout=timeout)
            except subprocess.TimeoutExpired:
                fail("%s: mlirrl exec timed out (%d s)" % (f, timeout))
                continue
            if r.returncode != 0:
                msg = (r.stderr.strip() or r.stdout.strip()).splitlines()
                fail("%s: mlirrl exec exit %d: %s" % (f, r.returncode, msg[-1] if msg else ""))
            elif not any(n.endswith(".npy") for n in os.listdir(d_out)):
                fail("%s: mlirrl exec wrote no output" % f)
            if (i + 1) % 100 == 0:
                log("  exec %d/%d" % (i + 1, len(files)))
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main(argv=None):
    ap = argparse.ArgumentParser(description="check a benchmark suite folder")
    ap.add_argument("suite_dir")
    ap.add_argument("--mlirrl", help="also run every file with `MLIRRL exec`")
    ap.add_argument("--parse-only", action="store_true", help="skip execution")
    ap.add_argument("--filter", help="only files whose path matches this regex")
    ap.add_argument("--mlir-opt-19", default=default_mlir_opt(19))
    ap.add_argument("--mlir-opt-22", default=default_mlir_opt(22))
    ap.add_argument("--timeout", type=int, default=300, help="per exec, seconds")
    a = ap.parse_args(argv)
    failures = []

    def fail(msg):
        failures.append(msg)
        print("FAIL " + msg, flush=True)

    def log(msg):
        print(msg, flush=True)

    suite_dir = os.path.abspath(a.suite_dir)
    try:
        doc = M.read_manifest(suite_dir)
    except (OSError, ValueError) as e:
        print("FAIL %s: cannot read manifest.json: %s" % (a.suite_dir, e))
        return 1
    check_manifest(suite_dir, doc, fail)
    files = [e["file"] for e in doc.get("benchmarks", [])
             if os.path.isfile(os.path.join(suite_dir, e["file"]))]
    if a.filter:
        files = [f for f in files if re.search(a.filter, f)]
    opts = {}
    for v, tool in ((19, a.mlir_opt_19), (22, a.mlir_opt_22)):
        if not tool or not os.access(tool, os.X_OK):
            fail("mlir-opt %d not found (give --mlir-opt-%d)" % (v, v))
        else:
            opts[v] = tool
    check_parse(suite_dir, files, opts, fail)
    n_exec = 0
    if a.mlirrl and not a.parse_only:
        check_exec(suite_dir, files, a.mlirrl, a.timeout, fail, log)
        n_exec = len(files)
    print("%s: %s %s, %d benchmarks, %d checked (parse 19+22%s): %s"
          % (a.suite_dir, doc.get("suite"), doc.get("version"), len(doc.get("benchmarks", [])),
             len(files), ", exec %d" % n_exec if n_exec else "",
             "%d failure(s)" % len(failures) if failures else "ok"))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
