#!/usr/bin/python3
"""Check the LQCD suite: every file parses in MLIR 19 and 22, and the kernels compute what
suites/lqcd/reference.py computes.

  check_lqcd.py MLIRRL            run every quick-scale benchmark and the LQCD.md 6 test-vector
                                  kernels with `MLIRRL exec`, compare with the numpy reference
  check_lqcd.py --parse-only      parse every suite file and the test-vector kernels with both
                                  mlir-opt versions
  check_lqcd.py --local           as the first form, but lower and run without mlirrl
                                  (mlir-opt 19 + llc + ctypes, see local_jit.py)

Inputs are seeded random values (propagators, wavefunctions; blocks for the `corr` form), the
real weight arguments get their physical values from gen_lqcd.coefficient_inputs; the
test-vector kernels get the deterministic inputs of LQCD.md 6.2 and are also compared with the
published values of LQCD.md 6.4. Prints one line per benchmark and one `FAIL ...` line per
failure; exits 1 when anything failed. Run with /usr/bin/python3 (needs numpy).
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import zlib

import numpy as np

sys.dont_write_bytecode = True          # keep the source folders free of __pycache__
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
SUITE = os.path.join(ROOT, "suites", "lqcd")
sys.path.insert(0, SUITE)
sys.path.insert(0, HERE)
import gen_lqcd as G  # noqa: E402
import reference as R  # noqa: E402

MLIR_OPT = {19: "/usr/lib/llvm-19/bin/mlir-opt",
            22: os.path.join(ROOT, ".deps/llvm-22/usr/lib/llvm-22/bin/mlir-opt")}
# tolerance relative to the largest |C|: max(1e-9, 1e-12 * sqrt(reduction length)); observed
# errors of the untransformed kernels are below 1e-13 relative
REL_TOL = 1e-9


def suite_files():
    out = []
    for scale in G.SCALES:
        d = os.path.join(SUITE, scale)
        if os.path.isdir(d):
            out += [os.path.join(d, f) for f in sorted(os.listdir(d)) if f.endswith(".mlir")]
    return out


def write_test_vector(folder):
    """The LQCD.md 6 kernels, generated fresh: [(path, Params)]."""
    out = []
    for p in G.test_vector_params():
        text, _ = G.emit_benchmark(p)
        path = os.path.join(folder, p.name + ".mlir")
        with open(path, "w") as fh:
            fh.write(text)
        out.append((path, p))
    return out


def parse_all(paths):
    failures = []
    for path in paths:
        for ver, opt in MLIR_OPT.items():
            if not os.path.exists(opt):
                failures.append("%s: mlir-opt %d not found at %s" % (os.path.basename(path), ver, opt))
                continue
            r = subprocess.run([opt, path, "-o", os.devnull], capture_output=True, text=True)
            if r.returncode != 0:
                first = (r.stderr.strip().splitlines() or ["no message"])[0]
                failures.append("%s: does not parse with mlir-opt %d: %s" % (os.path.basename(path), ver, first))
    return failures


def stale_check(manifest):
    """The committed files are exactly what the generator writes, and the manifest agrees with them."""
    failures = []
    listed = set()
    for e in manifest["benchmarks"]:
        path = os.path.join(SUITE, e["file"])
        listed.add(os.path.abspath(path))
        if not os.path.exists(path):
            failures.append("%s: %s is missing" % (e["id"], e["file"]))
            continue
        text, stats = G.emit_benchmark(G.Params.from_dict(e["provenance"]["params"]))
        with open(path) as fh:
            if fh.read() != text:
                failures.append("%s: %s differs from the generator's output (rerun gen_lqcd.py)" % (e["id"], e["file"]))
        if G.M.sha256_file(path) != e["sha256"]:
            failures.append("%s: sha256 differs from the manifest" % e["id"])
        for key in ("ops", "loop_nests", "max_loop_depth", "flops"):
            if stats[key] != e[key]:
                failures.append("%s: manifest %s = %s, generator says %s" % (e["id"], key, e[key], stats[key]))
    for path in suite_files():
        if os.path.abspath(path) not in listed:
            failures.append("%s: not in the manifest" % os.path.relpath(path, SUITE))
    if G.M.suite_version(manifest["benchmarks"]) != manifest["version"]:
        failures.append("manifest: version %s does not match its files" % manifest["version"])
    return failures


# ---- inputs ----------------------------------------------------------------------------------

def _rand_complex(rng, shape):
    return (rng.random(shape) - 0.5) + 1j * (rng.random(shape) - 0.5)


def _blocks_to_arg(blocks):
    """Reference blocks [t, x1, x2, P, rho, a0, a1, a2, m] -> the B argument [P][t][x1][x2][rho][c0 s0 c1 s1 c2 s2][m]."""
    nt, v, _, _, _, _, _, _, w = blocks.shape
    return blocks.transpose(3, 0, 1, 2, 4, 5, 6, 7, 8).reshape(8, nt, v, v, 2, 3, 2, 3, 2, 3, 2, w)


def make_case(p, test_vector):
    """(complex inputs by argument base name, expected C[row, t, m, n] from the reference)."""
    v, w, nt = p.v, p.w, p.nt
    if test_vector:
        inp = R.test_inputs(nt, v, v, w, w, w, w)
    else:
        rng = np.random.default_rng(zlib.crc32(p.name.encode()))
        inp = {"S": _rand_complex(rng, (2, 3, nt, 6, 6, v, v)), "psi": _rand_complex(rng, (2, v, w)) + 1.0,
               "Psi": _rand_complex(rng, (v, v, w)) + 1.0, "chi_src": _rand_complex(rng, (v, w)) + 1.0,
               "chi_snk": _rand_complex(rng, (v, w)) + 1.0}
        if p.form == "corr":
            inp["B"] = _rand_complex(rng, (nt, v, v, 8, 2, 6, 6, 6, w))
    rows = list(p.rows)
    if p.kind == "dd":
        if p.form == "corr":
            blocks = inp.get("B")
            if blocks is None:
                blocks = R.dd_blocks(inp["S"], inp["psi"])
            inp["B"] = blocks
            want = R.dd_correlator(blocks, inp["Psi"], rows)
        else:
            want = R.dd(inp["S"], inp["psi"], inp["Psi"], rows)
    elif p.kind == "dh":
        want = R.dh(inp["S"], inp["psi"], inp["chi_snk"], rows, p.nwh)
    else:
        want = R.hh(inp["S"], inp["chi_src"], inp["chi_snk"], rows, p.nwh)
    return inp, want


def argument_arrays(p, inp):
    """float64 C-order arrays for every @main argument, outputs zeroed."""
    coef = G.coefficient_inputs(p)
    arrays = []
    for a in G.arguments(p):
        if a.role == "output":
            arrays.append(np.zeros(a.shape))
            continue
        base, _, part = a.name.rpartition("_")
        if part in ("re", "im"):
            val = inp[base]
            if base == "B":
                val = _blocks_to_arg(val)
            val = val.real if part == "re" else val.imag
        else:
            val = coef[a.name]
        arr = np.ascontiguousarray(np.asarray(val, dtype=np.float64).reshape(a.shape))
        arrays.append(arr)
    return arrays


# ---- running -----------------------------------------------------------------------------

def run_mlirrl(mlirrl, path, arrays, outputs, workdir):
    """Write arg<i>.npy, run `mlirrl exec`, read the outputs back. Returns (out arrays, error)."""
    ind, outd = os.path.join(workdir, "in"), os.path.join(workdir, "out")
    for d in (ind, outd):
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
    for i, a in enumerate(arrays):
        np.save(os.path.join(ind, "arg%d.npy" % i), a)
    try:
        r = subprocess.run([mlirrl, "exec", path, "--inputs", ind, "--outputs", outd], capture_output=True,
                           text=True, timeout=600)
    except (OSError, subprocess.TimeoutExpired) as e:
        return None, "mlirrl exec could not run: %s" % e
    if r.returncode != 0:
        msg = (r.stderr.strip().splitlines() or r.stdout.strip().splitlines() or ["no message"])[-1]
        return None, "mlirrl exec exit %d: %s" % (r.returncode, msg)
    got = {}
    for i in outputs:
        f = os.path.join(outd, "arg%d.npy" % i)
        if not os.path.exists(f):
            return None, "mlirrl exec wrote no %s" % os.path.basename(f)
        got[i] = np.load(f)
    return got, None


def run_local(path, arrays, outputs, workdir):
    import local_jit
    try:
        local_jit.execute(path, arrays)
    except subprocess.CalledProcessError as e:
        return None, "local lowering failed: %s" % e
    return {i: arrays[i] for i in outputs}, None


def reduction_length(p):
    """Longest chain of additions into one output element along the kernel (for the tolerance)."""
    nu = 4 if p.kind == "dd" else 2
    if p.kind == "dd":
        return nu * 36 * 144 * p.v * p.v * (1 if p.form == "corr" else p.v * 12)
    if p.kind == "dh":
        return nu * 36 * p.nwh * p.v * p.v * 12
    return 36 * p.nwh * p.nwh * p.v * p.v


def check_one(label, path, p, test_vector, runner, workdir):
    inp, want = make_case(p, test_vector)
    arrays = argument_arrays(p, inp)
    args = G.arguments(p)
    outs = [i for i, a in enumerate(args) if a.role == "output"]
    got, err = runner(path, arrays, outs, workdir)
    if err:
        return ["%s: %s" % (label, err)], None
    c = got[outs[0]] + 1j * got[outs[1]]
    if c.shape != want.shape:
        return ["%s: output shape %s, reference %s" % (label, c.shape, want.shape)], None
    scale = max(np.abs(want).max(), 1e-300)
    err_abs = float(np.abs(c - want).max())
    tol = scale * max(REL_TOL, 1e-12 * np.sqrt(reduction_length(p)))
    fails = []
    if not np.isfinite(c).all():
        fails.append("%s: non-finite outputs" % label)
    elif err_abs > tol:
        fails.append("%s: max |C - reference| = %.3g > tolerance %.3g (max |C| %.3g)" % (label, err_abs, tol, scale))
    if test_vector:
        kind = p.kind
        for ir, r in enumerate(p.rows):
            ref = complex(*R.EXPECTED[kind][r])
            e = abs(c[ir, 0, 0, 0] - ref)
            if e > 1e-10 * max(1.0, abs(ref)):
                got = c[ir, 0, 0, 0]
                fails.append("%s: row %d = (%.12g, %.12g), LQCD.md 6.4 says (%.12g, %.12g)"
                             % (label, r, got.real, got.imag, ref.real, ref.imag))
    return fails, (err_abs, err_abs / scale)


def main(argv=None):
    ap = argparse.ArgumentParser(description="check the LQCD suite against the numpy reference")
    ap.add_argument("mlirrl", nargs="?", help="path of the mlirrl binary")
    ap.add_argument("--parse-only", action="store_true", help="only parse every file with mlir-opt 19 and 22")
    ap.add_argument("--local", action="store_true", help="run without mlirrl (mlir-opt 19 + llc + ctypes)")
    ap.add_argument("--scale", default="quick", choices=G.SCALES, help="scale to execute (default quick)")
    ap.add_argument("--no-test-vector", action="store_true", help="skip the LQCD.md 6 kernels")
    a = ap.parse_args(argv)
    if not a.parse_only and not a.local and not a.mlirrl:
        ap.error("give the mlirrl binary, or --parse-only, or --local")
    failures = []
    with tempfile.TemporaryDirectory(prefix="check_lqcd_") as tmp:
        tvdir = os.path.join(tmp, "testvector")
        os.makedirs(tvdir)
        tv = [] if a.no_test_vector else write_test_vector(tvdir)
        with open(os.path.join(SUITE, "manifest.json")) as fh:
            manifest = json.load(fh)
        failures += stale_check(manifest)
        print("suite files and manifest up to date with the generator: %s"
              % ("yes" if not failures else "no, %d problems" % len(failures)))
        if a.parse_only:
            paths = suite_files() + [path for path, _ in tv]
            parse_failures = parse_all(paths)
            failures += parse_failures
            print("parsed %d files with mlir-opt 19 and 22: %d failures" % (len(paths), len(parse_failures)))
        else:
            cases = [("lqcd/" + p.name + " (test vector)", path, p, True) for path, p in tv]
            for e in manifest["benchmarks"]:
                if e["scale"] == a.scale:
                    p = G.Params.from_dict(e["provenance"]["params"])
                    cases.append((e["id"], os.path.join(SUITE, e["file"]), p, False))
            if a.local:
                runner = run_local
            else:
                mlirrl = os.path.abspath(a.mlirrl)
                if not os.access(mlirrl, os.X_OK):
                    print("FAIL mlirrl binary not found or not executable: %s" % mlirrl)
                    return 1
                runner = lambda path, arrays, outs, wd: run_mlirrl(mlirrl, path, arrays, outs, wd)
            for label, path, p, is_tv in cases:
                fails, errs = check_one(label, path, p, is_tv, runner, tmp)
                failures += fails
                status = "ok  " if not fails else "FAIL"
                detail = "max abs err %.3g, rel %.3g" % errs if errs else ""
                print("%s %-62s %s" % (status, label, detail), flush=True)
            failed = {f.split(":")[0] for f in failures} & {c[0] for c in cases}
            print("%d passed, %d failed" % (len(cases) - len(failed), len(failed)))
    for f in failures:
        print("FAIL " + f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
