"""Computation signatures of Linalg ops, for the train/evaluation overlap rule.

Every file is generalized by mlir-opt (`linalg-generalize-named-ops`), so a named op and the
equivalent linalg.generic get the same signature. The signature of one op is

    iterator types | indexing maps | operand shapes (element type dropped) | body op names

so it identifies (op kind, shapes, strides/dilations) independently of how the file spelled
the op, and ignores the element type (an f32 training matmul equals an f64 evaluation matmul
of the same shape). Files are generalized in batches with --split-input-file.
"""

import os
import re
import subprocess
import tempfile

GENERALIZE = "--pass-pipeline=builtin.module(func.func(linalg-generalize-named-ops))"
SPLIT_MARK = "// -----"

_ALIAS = re.compile(r"^(#map\d*) = (affine_map<.*>)\s*$", re.M)
_GENERIC = re.compile(
    r"linalg\.generic \{indexing_maps = \[(?P<maps>[^\]]*)\], iterator_types = \[(?P<iters>[^\]]*)\]"
    r"[^}]*\}(?: ins\((?P<ins>[^)]*)\))? outs\((?P<outs>[^)]*)\) \{(?P<body>.*?)\n\s*\} -> ", re.S)
_TYPE = re.compile(r"tensor<([^>]*)>|memref<([^>]*)>|\b(f16|f32|f64|bf16|i1|i8|i32|i64|index)\b")
_BODY_OP = re.compile(r"=\s*([a-z_]+\.[a-z_0-9]+)")


def _shapes(operands):
    if not operands or ":" not in operands:
        return []
    types = operands.split(":", 1)[1]
    out = []
    for m in _TYPE.finditer(types):
        t = m.group(1) or m.group(2)
        out.append("x".join(t.split("x")[:-1]) if t else "scalar")
    return out


def op_signatures(generalized_text):
    """[(label, signature)] for every linalg.generic in one generalized module."""
    aliases = dict(_ALIAS.findall(generalized_text))
    sigs = []
    for m in _GENERIC.finditer(generalized_text):
        maps = [aliases.get(x.strip(), x.strip()) for x in m.group("maps").split(",")
                if x.strip()] if "affine_map" not in m.group("maps") else [m.group("maps")]
        iters = [x.strip().strip('"') for x in m.group("iters").split(",")]
        shapes = _shapes(m.group("ins")) + _shapes(m.group("outs"))
        body = _BODY_OP.findall(m.group("body"))
        sig = "%s|%s|%s|%s" % (",".join(iters), ";".join(maps), ",".join(shapes), ",".join(body))
        sigs.append((label(iters, body, shapes), sig))
    return sigs


def label(iters, body, shapes):
    """A readable kind for messages (the signature itself is what is compared)."""
    red = "reduction" in iters
    if not body:
        return "fill" if shapes and shapes[0] == "scalar" else "broadcast/copy"
    if red and "arith.mulf" in body and "arith.addf" in body:
        return "contraction(%dD)" % len(iters)
    if red and body == ["arith.maximumf"]:
        return "maxpool"
    if red and body == ["arith.addf"]:
        return "sumpool"
    if body == ["arith.addf"]:
        return "add"
    if body == ["arith.maximumf"]:
        return "relu"
    return "generic(%s)" % "+".join(b.split(".")[1] for b in body)


def generalize(paths, mlir_opt, batch=200):
    """{path: generalized text}; raises RuntimeError naming the first file that fails."""
    out = {}
    with tempfile.TemporaryDirectory(prefix="mlirrl_sig_") as work:
        for start in range(0, len(paths), batch):
            chunk = paths[start:start + batch]
            combined = os.path.join(work, "all.mlir")
            with open(combined, "w") as fh:
                fh.write(("\n%s\n" % SPLIT_MARK).join(open(p).read() for p in chunk))
            r = subprocess.run([mlir_opt, "--split-input-file", GENERALIZE, combined],
                               capture_output=True, text=True)
            parts = r.stdout.split(SPLIT_MARK)
            if r.returncode != 0 or len(parts) != len(chunk):
                for p in chunk:
                    rr = subprocess.run([mlir_opt, GENERALIZE, p], capture_output=True, text=True)
                    if rr.returncode != 0:
                        raise RuntimeError("%s: %s" % (p, rr.stderr.strip().splitlines()[0]))
                raise RuntimeError("mlir-opt --split-input-file failed on a batch")
            out.update(zip(chunk, parts))
    return out


def file_signatures(paths, mlir_opt):
    """{path: [(label, signature), ...]}"""
    return {p: op_signatures(t) for p, t in generalize(paths, mlir_opt).items()}
