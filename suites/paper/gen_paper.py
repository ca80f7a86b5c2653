#!/usr/bin/python3
"""The paper's 16 single-operator evaluation set (SPEC §4), at two scales.

  paper/  batch 256, f64: the shapes of the artifact (arXiv 2409.11068), named as there
  quick/  the same shapes and element type with a smaller batch, chosen so that one call of
          the default pipeline takes at most about a second on this 2-core machine
          (QUICK_BATCH, measured with `mlirrl run`; see README.md)

Each benchmark is the bare operator in the artifact's form: the output argument is the
operator's init (matmul/conv accumulate into it, maxpool takes the max with it, add/relu
overwrite it). Conv is NCHW/FCHW 1x1 stride 1; maxpool is NCHW 3x3 stride 2, no padding.

usage: gen_paper.py [--out suites/paper]
"""

import argparse
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
import linalg_emit as E  # noqa: E402
import manifest as M  # noqa: E402

GENERATOR = "suites/paper/gen_paper.py"
DTYPE = "f64"
PAPER_BATCH = 256

# (kind, shape without the batch, extra) in the paper's order. Shapes per SPEC §4:
#   add/relu: the trailing dims; matmul: (K, N) with M the batch; conv: (C, H, W, F);
#   maxpool: (C, H, W) with a 3x3 window, stride 2.
OPERATORS = [
    ("add", (14, 14, 88)), ("add", (42, 42, 168)), ("add", (7, 7, 2048)),
    ("relu", (100,)), ("relu", (512,)), ("relu", (57, 57, 64)),
    ("matmul", (1536, 1000)), ("matmul", (256, 128)), ("matmul", (256, 512)),
    ("matmul", (512, 1024)),
    ("conv", (128, 28, 28, 512)), ("conv", (512, 28, 28, 128)), ("conv", (64, 56, 56, 256)),
    ("maxpool", (336, 43, 43)), ("maxpool", (64, 114, 114)), ("maxpool", (64, 147, 147)),
]

# Batch of the quick scale, per paper name: the largest power of two (<= 256) whose
# default-pipeline call stays at or under about one second here (README.md has the times).
QUICK_BATCH = {
    "add_256_14_14_88": 256,
    "add_256_42_42_168": 256,
    "add_256_7_7_2048": 256,
    "relu_256_100": 256,
    "relu_256_512": 256,
    "relu_256_57_57_64": 256,
    "matmul_256_1536_1000": 256,
    "matmul_256_256_128": 256,
    "matmul_256_256_512": 256,
    "matmul_256_512_1024": 256,
    "conv_2d_nchw_fchw_256_128_28_28_512_1_1_28_28": 32,
    "conv_2d_nchw_fchw_256_512_28_28_128_1_1_28_28": 16,
    "conv_2d_nchw_fchw_256_64_56_56_256_1_1_56_56": 32,
    "pooling_nchw_max_256_336_43_43_3_21_21": 256,
    "pooling_nchw_max_256_64_114_114_3_56_56": 256,
    "pooling_nchw_max_256_64_147_147_3_73_73": 256,
}

POOL_K, POOL_S = 3, 2


def name_of(kind, shape, n):
    """The artifact's benchmark names, with batch n."""
    if kind in ("add", "relu"):
        return "%s_%s" % (kind, "_".join(map(str, (n,) + shape)))
    if kind == "matmul":
        return "matmul_%d_%d_%d" % ((n,) + shape)
    if kind == "conv":
        c, h, w, f = shape
        return "conv_2d_nchw_fchw_%d_%d_%d_%d_%d_1_1_%d_%d" % (n, c, h, w, f, h, w)
    c, h, w = shape
    return "pooling_nchw_max_%d_%d_%d_%d_%d_%d_%d" % (n, c, h, w, POOL_K, E.conv_out(h, POOL_K, POOL_S, 0),
                                                     E.conv_out(w, POOL_K, POOL_S, 0))


def build(kind, shape, n, dtype=DTYPE):
    """One operator as a Func, with its parameters for the manifest."""
    f = E.Func(dtype, comment="mlirrl paper operator %s (%s, batch %d)"
               % (name_of(kind, shape, n), dtype, n))
    if kind in ("add", "relu"):
        full = (n,) + shape
        a = f.arg("lhs" if kind == "add" else "input", full, "input")
        if kind == "add":
            b = f.arg("rhs", full, "input")
            o = f.arg("output", full, "output")
            r = E.add(f, a, b, init=o)
        else:
            o = f.arg("output", full, "output")
            r = E.relu(f, a, init=o)
        params = {"op": kind, "shape": list(full)}
    elif kind == "matmul":
        k, nn = shape
        a = f.arg("A", (n, k), "input")
        b = f.arg("B", (k, nn), "input")
        o = f.arg("C", (n, nn), "output")
        r = E.matmul_core(f, a, b, o)
        params = {"op": "matmul", "M": n, "K": k, "N": nn, "accumulate": True}
    elif kind == "conv":
        c, h, w, fo = shape
        x = f.arg("input", (n, c, h, w), "input")
        k = f.arg("filter", (fo, c, 1, 1), "input")
        o = f.arg("output", (n, fo, h, w), "output")
        r = E.conv2d_core(f, x, k, o, stride=1)
        params = {"op": "conv_2d_nchw_fchw", "N": n, "C": c, "H": h, "W": w, "F": fo, "KH": 1,
                  "KW": 1, "stride": 1, "dilation": 1, "accumulate": True}
    else:
        c, h, w = shape
        oh, ow = E.conv_out(h, POOL_K, POOL_S, 0), E.conv_out(w, POOL_K, POOL_S, 0)
        x = f.arg("input", (n, c, h, w), "input")
        o = f.arg("output", (n, c, oh, ow), "output")
        r = E.pooling_core(f, x, o, POOL_K, POOL_S, "max")
        params = {"op": "pooling_nchw_max", "N": n, "C": c, "H": h, "W": w, "kernel": POOL_K,
                  "stride": POOL_S, "padding": 0, "OH": oh, "OW": ow, "accumulate": True}
    f.store(r, o)
    return f, params


def generate(out_dir, log=print):
    entries, keep = [], {}
    for scale in ("paper", "quick"):
        keep[scale] = set()
        for kind, shape in OPERATORS:
            paper_name = name_of(kind, shape, PAPER_BATCH)
            n = PAPER_BATCH if scale == "paper" else QUICK_BATCH[paper_name]
            name = name_of(kind, shape, n)
            f, params = build(kind, shape, n)
            rel = "%s/%s.mlir" % (scale, name)
            path = os.path.join(out_dir, rel)
            M.write_text(path, f.text())
            keep[scale].add(os.path.abspath(path))
            params = dict(params, paper_name=paper_name, batch=n, paper_batch=PAPER_BATCH)
            entries.append(M.make_entry(out_dir, "paper/%s/%s" % (scale, name), rel, "test", scale,
                                        DTYPE, f.flops, GENERATOR, params))
        M.remove_stale(os.path.join(out_dir, scale), keep[scale])
    doc = M.write_manifest(out_dir, "paper", GENERATOR, entries)
    log("paper suite: %d benchmarks (16 paper scale, 16 quick scale), version %s"
        % (len(doc["benchmarks"]), doc["version"]))
    return doc


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=HERE)
    a = ap.parse_args(argv)
    generate(a.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
