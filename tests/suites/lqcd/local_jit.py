"""Run a benchmark without mlirrl: lower with mlir-opt (the default pipeline of TOOLCHAIN.md),
translate to LLVM IR, compile with llc into a shared object, call `_mlir_ciface_main` via ctypes.

A development aid and a second opinion for check_lqcd.py (`--local`); the suite's contract is
verified with `mlirrl exec`.
"""
import ctypes
import os
import subprocess
import tempfile
import time


PIPELINE = ("builtin.module(one-shot-bufferize,buffer-deallocation-pipeline,"
            "func.func(scf-forall-to-parallel),convert-scf-to-openmp,func.func(convert-linalg-to-loops),"
            "func.func(lower-vector-mask,lower-vector-multi-reduction),convert-vector-to-scf{full-unroll=1},"
            "expand-strided-metadata,lower-affine,finalize-memref-to-llvm,convert-scf-to-cf,"
            "convert-vector-to-llvm,convert-math-to-llvm,convert-arith-to-llvm,convert-index-to-llvm,"
            "convert-cf-to-llvm,convert-openmp-to-llvm,convert-func-to-llvm,convert-ub-to-llvm,"
            "reconcile-unrealized-casts)")

LLVM_PREFIXES = {19: "/usr/lib/llvm-19", 22: "/work/main/.deps/llvm-22/usr/lib/llvm-22"}


def build(mlir_path, workdir, version=19):
    """Lower and compile a benchmark; returns the path of the shared object."""
    prefix = LLVM_PREFIXES[version]
    base = os.path.join(workdir, os.path.basename(mlir_path)[:-5])
    llvm_mlir, ll, obj, so = base + ".llvm.mlir", base + ".ll", base + ".o", base + ".so"
    subprocess.run([prefix + "/bin/mlir-opt", mlir_path, "--pass-pipeline=" + PIPELINE, "-o", llvm_mlir],
                   check=True)
    subprocess.run([prefix + "/bin/mlir-translate", "--mlir-to-llvmir", llvm_mlir, "-o", ll], check=True)
    llc = "/usr/lib/llvm-19/bin/llc"           # llvm-22's tools dir has no llc; only 19's IR is compiled
    subprocess.run([llc, "-O3", "-filetype=obj", "--relocation-model=pic", ll, "-o", obj], check=True)
    runner = prefix + "/lib/libmlir_c_runner_utils.so"
    subprocess.run(["gcc", "-shared", obj, "-o", so, runner, "-Wl,-rpath," + os.path.dirname(runner)], check=True)
    return so


def _descriptor(arr):
    rank = arr.ndim

    class Desc(ctypes.Structure):
        _fields_ = [("allocated", ctypes.c_void_p), ("aligned", ctypes.c_void_p), ("offset", ctypes.c_int64),
                    ("sizes", ctypes.c_int64 * rank), ("strides", ctypes.c_int64 * rank)]

    d = Desc()
    d.allocated = d.aligned = arr.ctypes.data
    d.offset = 0
    for i in range(rank):
        d.sizes[i] = arr.shape[i]
        d.strides[i] = arr.strides[i] // arr.itemsize
    return d


def run(so_path, arrays, repeats=1):
    """Call main on C-contiguous float64 arrays (outputs are written in place); returns seconds per call."""
    lib = ctypes.CDLL(so_path)
    fn = lib._mlir_ciface_main
    descs = [_descriptor(a) for a in arrays]
    ptrs = [ctypes.byref(d) for d in descs]
    best = float("inf")
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn(*ptrs)
        best = min(best, time.perf_counter() - t0)
    return best


def execute(mlir_path, arrays, version=19, repeats=1):
    with tempfile.TemporaryDirectory(prefix="lqcd_jit_") as tmp:
        return run(build(mlir_path, tmp, version), arrays, repeats)
