#!/usr/bin/python3
"""The training set shares no computation with the evaluation benchmarks.

usage: check_overlap.py [--mlir-opt PATH] [--eval-suites paper,pytorch] [--all-suites]

Every Linalg op of every file of suites/train (train and validation splits) is reduced to its
signature (suites/tools/signature.py: op kind as iterators + indexing maps, operand shapes,
body ops, after linalg-generalize-named-ops; element type ignored) and compared with the
signatures of every op of the evaluation suites (by default suites/paper at both scales and
suites/pytorch models and single operators; --all-suites adds the test split of every other
suite with a manifest). Also checks that no two training benchmarks are the same computation
and that the composition is the generator's (counts per category, both splits present).
Prints one line per failure; exits 1 on any.
"""

import argparse
import os
import sys
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
SUITES = os.path.join(ROOT, "suites")
sys.path.insert(0, os.path.join(SUITES, "tools"))
sys.path.insert(0, os.path.join(SUITES, "train"))
import manifest as M  # noqa: E402
import signature as S  # noqa: E402
from check_suite import default_mlir_opt  # noqa: E402
import gen_train  # noqa: E402


def entries_of(suite, test_only):
    d = os.path.join(SUITES, suite)
    doc = M.read_manifest(d)
    return [(e["id"], os.path.join(d, e["file"]), e) for e in doc["benchmarks"]
            if not test_only or e["split"] == "test"]


def main():
    ap = argparse.ArgumentParser(description="train/evaluation overlap check")
    ap.add_argument("--mlir-opt", default=default_mlir_opt(19) or default_mlir_opt(22))
    ap.add_argument("--eval-suites", default=",".join(gen_train.EVAL_SUITES))
    ap.add_argument("--all-suites", action="store_true")
    a = ap.parse_args()
    if not a.mlir_opt:
        print("FAIL no mlir-opt (give --mlir-opt)")
        return 1
    failures = []

    eval_suites = [s for s in a.eval_suites.split(",") if s]
    if a.all_suites:
        for s in sorted(os.listdir(SUITES)):
            if s not in eval_suites and s != "train" and \
                    os.path.exists(os.path.join(SUITES, s, "manifest.json")):
                eval_suites.append(s)
    ev = []
    for s in eval_suites:
        ev += entries_of(s, test_only=s not in gen_train.EVAL_SUITES)
    train = entries_of("train", test_only=False)

    sig_ev = S.file_signatures([p for _, p, _ in ev], a.mlir_opt)
    owner = {}
    for bid, p, _ in ev:
        for _, sig in sig_ev[p]:
            owner.setdefault(sig, bid)
    sig_tr = S.file_signatures([p for _, p, _ in train], a.mlir_opt)

    whole = {}
    for bid, p, _ in train:
        ops = sig_tr[p]
        if not ops:
            failures.append("%s: no Linalg op found" % bid)
        for lab, sig in ops:
            if sig in owner:
                shapes = sig.split("|")[2]
                failures.append("%s: %s on %s is also in %s" % (bid, lab, shapes, owner[sig]))
                break
        key = tuple(s for _, s in ops)
        if key in whole:
            failures.append("%s: same computation as %s" % (bid, whole[key]))
        whole.setdefault(key, bid)

    cats = Counter(e["provenance"]["params"].get("category") for _, _, e in train)
    want = dict(gen_train.COUNTS, chain=gen_train.CHAINS)
    for c, n in want.items():
        if cats.get(c, 0) != n:
            failures.append("composition: %d %s benchmarks, generator says %d" % (cats.get(c, 0), c, n))
    splits = Counter(e["split"] for _, _, e in train)
    for sp in ("train", "validation"):
        if not splits.get(sp):
            failures.append("splits: no %s benchmark" % sp)
    if splits.get("test"):
        failures.append("splits: %d training-suite benchmarks in the test split" % splits["test"])

    for f in failures:
        print("FAIL " + f)
    n_ops = sum(len(v) for v in sig_tr.values())
    print("check_overlap: %d training benchmarks (%d ops; %s) against %d evaluation benchmarks "
          "(%d distinct op signatures) of %s: %s"
          % (len(train), n_ops, ", ".join("%s %d" % kv for kv in sorted(splits.items())), len(ev),
             len(owner), "+".join(eval_suites),
             "%d failure(s)" % len(failures) if failures else "no overlap"))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
