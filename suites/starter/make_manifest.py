#!/usr/bin/python3
"""Writes suites/starter/manifest.json for the hand-written starter benchmarks (the files are
written by hand; this only lists them, with hashes, FLOPs and op counts)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tools"))
import manifest  # noqa: E402

BENCHMARKS = [
    # id, file, FLOPs (multiply-add = 2), what it is
    ("starter/matmul_256", "matmul_256.mlir", 2 * 256 ** 3, {"m": 256, "n": 256, "k": 256}),
    ("starter/conv2d_nchw", "conv2d_nchw.mlir", 2 * 64 * 56 * 56 * 32 * 9,
     {"n": 1, "c": 32, "h": 58, "w": 58, "f": 64, "kh": 3, "kw": 3, "stride": 1}),
    ("starter/maxpool_nchw", "maxpool_nchw.mlir", None,
     {"n": 1, "c": 64, "h": 113, "w": 113, "kh": 3, "kw": 3, "stride": 2}),
    ("starter/chain_matmul_add_relu", "chain_matmul_add_relu.mlir", 2 * 128 * 128 * 256 + 2 * 128 * 128,
     {"m": 128, "n": 128, "k": 256}),
]

entries = [manifest.make_entry(HERE, i, f, "test", "starter", "f32", fl, "hand-written", params)
           for i, f, fl, params in BENCHMARKS]
doc = manifest.write_manifest(HERE, "starter", "suites/starter/make_manifest.py", entries)
print(f"{len(entries)} benchmarks, version {doc['version']}")
