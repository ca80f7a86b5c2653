#!/usr/bin/python3
"""The committed files of a suite are exactly what its generator produces.

usage: check_regen.py SUITE_DIR

Runs the generator named in SUITE_DIR/manifest.json with `--out TMPDIR`, then compares the
regenerated manifest with the committed one (version, and every entry: id, file, sha256,
split, flops, ops, provenance). Prints one line per difference; exits 1 on any.
"""

import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import manifest as M  # noqa: E402


def main():
    if len(sys.argv) != 2:
        print(__doc__.strip().splitlines()[2])
        return 2
    suite_dir = os.path.abspath(sys.argv[1])
    committed = M.read_manifest(suite_dir)
    gen = os.path.join(ROOT, committed["generator"])
    failures = []
    with tempfile.TemporaryDirectory(prefix="mlirrl_regen_") as out:
        r = subprocess.run([sys.executable, gen, "--out", out], capture_output=True, text=True)
        if r.returncode:
            print("FAIL %s exited %d: %s" % (committed["generator"], r.returncode,
                                             (r.stderr.strip().splitlines() or [""])[-1]))
            return 1
        fresh = M.read_manifest(out)
    old = {e["id"]: e for e in committed["benchmarks"]}
    new = {e["id"]: e for e in fresh["benchmarks"]}
    for i in sorted(set(old) - set(new)):
        failures.append("%s: committed, not generated" % i)
    for i in sorted(set(new) - set(old)):
        failures.append("%s: generated, not committed" % i)
    for i in sorted(set(old) & set(new)):
        for k in M.ENTRY_KEYS:
            if json.dumps(old[i][k], sort_keys=True) != json.dumps(new[i][k], sort_keys=True):
                failures.append("%s: %s differs from the generator's" % (i, k))
    if committed["version"] != fresh["version"]:
        failures.append("version %s, generator gives %s" % (committed["version"], fresh["version"]))
    for f in failures:
        print("FAIL " + f)
    print("check_regen %s: %d benchmarks, %s" % (committed["suite"], len(old),
                                                 "%d difference(s)" % len(failures) if failures
                                                 else "identical to the generator's output"))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
