"""Text emitter for mlirrl benchmark payloads (SPEC §1), shared by every generator.

One `Func` is one benchmark: statically shaped memref arguments wrapped with the generic
`"bufferization.to_tensor"` form, Linalg ops on tensors, results written back with
`bufferization.materialize_in_destination`. Only ops that parse identically in MLIR 19 and 22
are emitted: named matmul/conv/pooling/fill/transpose ops, `linalg.generic` for every
elementwise op (`linalg.elementwise`/`linalg.contract` exist only in 22), `tensor.pad` and
`tensor.collapse_shape`.

The op helpers (`conv2d`, `maxpool`, `relu`, ...) are the single definition of each operator:
the PyTorch importer, the paper set and the training set all call them, so a whole model and
its single operators are emitted by the same code.
"""

from collections import Counter

DTYPES = ("f32", "f64")


def ttype(shape, dtype):
    return "tensor<%s>" % "x".join([str(d) for d in shape] + [dtype])


def mtype(shape, dtype):
    return "memref<%s>" % "x".join([str(d) for d in shape] + [dtype])


def fconst(value, dtype):
    """An MLIR float literal; infinities in the hexadecimal form both versions accept."""
    if value == float("-inf"):
        return "0xFF800000" if dtype == "f32" else "0xFFF0000000000000"
    if value == float("inf"):
        return "0x7F800000" if dtype == "f32" else "0x7FF0000000000000"
    return "%.17e" % float(value) if dtype == "f64" else "%.9e" % float(value)


def _dims(n, start=0):
    return ["d%d" % i for i in range(start, start + n)]


def amap(n_loops, results):
    return "affine_map<(%s) -> (%s)>" % (", ".join(_dims(n_loops)), ", ".join(results))


class Value:
    """An SSA tensor value with its static shape."""

    def __init__(self, name, shape, dtype):
        self.name, self.shape, self.dtype = name, tuple(int(d) for d in shape), dtype

    @property
    def type(self):
        return ttype(self.shape, self.dtype)


class Func:
    """Builds one benchmark function `@main`.

    Arguments are declared with `arg()`; the signature is ordered by role (inputs, then
    params, then outputs), each role in declaration order, whatever order they were declared.
    """

    ROLE_ORDER = {"input": 0, "param": 1, "output": 2}

    def __init__(self, dtype="f32", comment=None):
        assert dtype in DTYPES
        self.dtype = dtype
        self.comment = comment
        self.args = []  # dicts: name, shape, dtype, role, ssa (tensor value)
        self.lines = []
        self.flops = 0
        self.ops = Counter()
        self._n = 0
        self._consts = {}
        self._stores = []  # (result Value, index into self.args)

    # -- names and helpers ------------------------------------------------------------
    def fresh(self, prefix="t"):
        self._n += 1
        return "%%%s_%d" % (prefix, self._n)

    def emit(self, line):
        self.lines.append("  " + line)

    def const(self, value, dtype=None):
        dtype = dtype or self.dtype
        key = (fconst(value, dtype), dtype)
        if key not in self._consts:
            name = "%%cst%d" % len(self._consts)
            self._consts[key] = name
        return self._consts[key]

    def arg(self, name, shape, role, dtype=None, **extra):
        assert role in self.ROLE_ORDER
        dtype = dtype or self.dtype
        v = Value("%%a%d" % len(self.args), shape, dtype)
        rec = dict(name=name, shape=list(v.shape), dtype=dtype, role=role, value=v)
        rec.update(extra)
        self.args.append(rec)
        return v

    def empty(self, shape, dtype=None):
        v = Value(self.fresh("e"), shape, dtype or self.dtype)
        self.emit("%s = tensor.empty() : %s" % (v.name, v.type))
        return v

    def fill(self, value, shape, init=None):
        init = init or self.empty(shape)
        v = Value(self.fresh("fill"), shape, self.dtype)
        self.emit("%s = linalg.fill ins(%s : %s) outs(%s : %s) -> %s"
                  % (v.name, self.const(value), self.dtype, init.name, init.type, v.type))
        self.ops["linalg.fill"] += 1
        return v

    def generic(self, ins, init, maps, iterators, body, prefix="g", flops=0):
        """`body(args)` gets block-argument names (ins then out) and returns (lines, result)."""
        bargs = ["%%in%d" % i for i in range(len(ins))] + ["%out"]
        lines, res = body(bargs)
        v = Value(self.fresh(prefix), init.shape, init.dtype)
        ins_txt = ""
        if ins:
            ins_txt = " ins(%s : %s)" % (", ".join(x.name for x in ins),
                                          ", ".join(x.type for x in ins))
        self.emit("%s = linalg.generic {indexing_maps = [%s], iterator_types = [%s]}%s outs(%s : %s) {"
                  % (v.name, ", ".join(maps), ", ".join('"%s"' % it for it in iterators),
                     ins_txt, init.name, init.type))
        blk = ", ".join("%s: %s" % (b, (ins + [init])[i].dtype) for i, b in enumerate(bargs))
        self.lines.append("  ^bb0(%s):" % blk)
        for ln in lines:
            self.lines.append("    " + ln)
        self.lines.append("    linalg.yield %s : %s" % (res, init.dtype))
        self.emit("} -> %s" % v.type)
        self.ops["linalg.generic"] += 1
        self.flops += flops
        return v

    # -- text ---------------------------------------------------------------------------
    def ordered_args(self):
        return sorted(self.args, key=lambda a: self.ROLE_ORDER[a["role"]])

    def store(self, result, out_arg):
        """Write `result` back to the memref of output argument `out_arg` (a Value)."""
        idx = [a["value"] for a in self.args].index(out_arg)
        self._stores.append((result, idx))

    def text(self):
        order = self.ordered_args()
        pos = {id(a["value"]): i for i, a in enumerate(order)}
        sig = ",\n    ".join("%%arg%d: %s" % (i, mtype(a["shape"], a["dtype"]))
                             for i, a in enumerate(order))
        out = []
        if self.comment:
            out += ["// " + c for c in self.comment.splitlines()]
        out.append("func.func @main(%s)\n    attributes {llvm.emit_c_interface} {" % sig)
        for i, a in enumerate(order):
            v = a["value"]
            attrs = "{restrict, writable}" if a["role"] == "output" else "{restrict}"
            out.append('  %s = "bufferization.to_tensor"(%%arg%d) %s : (%s) -> %s'
                       % (v.name, i, attrs, mtype(a["shape"], a["dtype"]), v.type))
        for (lit, dt), name in sorted(self._consts.items(), key=lambda kv: kv[1]):
            out.append("  %s = arith.constant %s : %s" % (name, lit, dt))
        out += self.lines
        for res, idx in self._stores:
            a = self.args[idx]
            out.append("  bufferization.materialize_in_destination %s in restrict writable %%arg%d"
                       % (res.name, pos[id(a["value"])]))
            out.append("      : (%s, %s) -> ()" % (res.type, mtype(a["shape"], a["dtype"])))
        out.append("  return")
        out.append("}")
        return "\n".join(out) + "\n"

    def arg_table(self):
        """The sidecar description of the arguments, in signature order."""
        rows = []
        for i, a in enumerate(self.ordered_args()):
            row = {"index": i, "name": a["name"], "shape": a["shape"], "dtype": a["dtype"],
                   "role": a["role"]}
            for k, v in a.items():
                if k not in ("name", "shape", "dtype", "role", "value"):
                    row[k] = v
            rows.append(row)
        return rows


# ---------------------------------------------------------------------------------------
# Operators. Each takes the Func, input Values and attributes, and returns the result Value.
# `init`, when given, is the tensor the op's result is computed into (an output argument).
# ---------------------------------------------------------------------------------------

def conv_out(size, k, s, p, d=1):
    return (size + 2 * p - d * (k - 1) - 1) // s + 1


def pad(f, x, low, high, value=0.0):
    """tensor.pad of the trailing dims; low/high list every dim."""
    if not any(low) and not any(high):
        return x
    shape = [s + lo + hi for s, lo, hi in zip(x.shape, low, high)]
    v = Value(f.fresh("pad"), shape, x.dtype)
    f.emit("%s = tensor.pad %s low[%s] high[%s] {" % (v.name, x.name, ", ".join(map(str, low)),
                                                       ", ".join(map(str, high))))
    f.lines.append("  ^bb0(%s):" % ", ".join("%%i%d: index" % i for i in range(len(shape))))
    f.lines.append("    tensor.yield %s : %s" % (f.const(value), x.dtype))
    f.emit("} : %s to %s" % (x.type, v.type))
    return v


def broadcast_channel(f, b, shape, axis, init=None):
    """out[...] = b[i_axis]: the bias initialisation of conv/linear accumulators."""
    init = init or f.empty(shape)
    n = len(shape)
    return f.generic([b], init, [amap(n, ["d%d" % axis]), amap(n, _dims(n))], ["parallel"] * n,
                     lambda a: ([], a[0]), prefix="bias")


def conv2d_core(f, x, w, out, stride, dilation=1, depthwise=False):
    """The bare named convolution: out += conv(x, w) (x already padded)."""
    kind = "linalg.depthwise_conv_2d_nchw_chw" if depthwise else "linalg.conv_2d_nchw_fchw"
    v = Value(f.fresh("conv"), out.shape, out.dtype)
    f.emit("%s = %s {dilations = dense<%d> : tensor<2xi64>, strides = dense<%d> : tensor<2xi64>} "
           "ins(%s, %s : %s, %s) outs(%s : %s) -> %s"
           % (v.name, kind, dilation, stride, x.name, w.name, x.type, w.type, out.name, out.type,
              v.type))
    f.ops[kind] += 1
    macs = 1
    for d in out.shape:
        macs *= d
    kh, kw = w.shape[-2:]
    macs *= kh * kw * (1 if depthwise else w.shape[1])
    f.flops += 2 * macs
    return v


def conv2d(f, x, w, b, stride=1, padding=0, dilation=1, depthwise=False, init=None):
    """PyTorch conv2d (NCHW input, FCHW weight, or CHW weight when depthwise), zero padding,
    optional per-channel bias (None: accumulator filled with zeros)."""
    n, c, h, wd = x.shape
    kh, kw = w.shape[-2:]
    fo = c if depthwise else w.shape[0]
    oshape = (n, fo, conv_out(h, kh, stride, padding, dilation),
              conv_out(wd, kw, stride, padding, dilation))
    xp = pad(f, x, [0, 0, padding, padding], [0, 0, padding, padding], 0.0)
    acc = broadcast_channel(f, b, oshape, 1, init) if b is not None else f.fill(0.0, oshape, init)
    return conv2d_core(f, xp, w, acc, stride, dilation, depthwise)


def pooling_core(f, x, out, kernel, stride, kind="max"):
    opname = "linalg.pooling_nchw_%s" % kind
    win = f.empty((kernel, kernel))
    v = Value(f.fresh("pool"), out.shape, out.dtype)
    f.emit("%s = %s {dilations = dense<1> : tensor<2xi64>, strides = dense<%d> : tensor<2xi64>} "
           "ins(%s, %s : %s, %s) outs(%s : %s) -> %s"
           % (v.name, opname, stride, x.name, win.name, x.type, win.type, out.name, out.type,
              v.type))
    f.ops[opname] += 1
    cnt = kernel * kernel
    for d in out.shape:
        cnt *= d
    f.flops += cnt
    return v


def maxpool(f, x, kernel, stride, padding=0, init=None):
    """PyTorch max_pool2d (floor mode): pad with -inf, -inf accumulator, pooling_nchw_max."""
    n, c, h, w = x.shape
    oshape = (n, c, conv_out(h, kernel, stride, padding), conv_out(w, kernel, stride, padding))
    xp = pad(f, x, [0, 0, padding, padding], [0, 0, padding, padding], float("-inf"))
    acc = f.fill(float("-inf"), oshape, init)
    return pooling_core(f, xp, acc, kernel, stride, "max")


def scale(f, x, factor, init=None):
    init = init or f.empty(x.shape)
    n = len(x.shape)
    c = f.const(factor)
    return f.generic([x], init, [amap(n, _dims(n))] * 2, ["parallel"] * n,
                     lambda a: (["%%r = arith.mulf %s, %s : %s" % (a[0], c, x.dtype)], "%r"),
                     prefix="scale", flops=_numel(x.shape))


def _numel(shape):
    r = 1
    for d in shape:
        r *= d
    return r


def _adaptive_bins(n_in, n_out):
    """PyTorch's adaptive pooling windows: [floor(i*In/Out), ceil((i+1)*In/Out))."""
    return [((i * n_in) // n_out, -((-(i + 1) * n_in) // n_out)) for i in range(n_out)]


def adaptive_avgpool(f, x, oh, ow, init=None):
    """PyTorch adaptive_avg_pool2d. Uniform windows: pooling_nchw_sum then a scale. Otherwise
    a generic contraction with constant averaging matrices (rows of each sum to 1)."""
    n, c, h, w = x.shape
    if (h, w) == (oh, ow):
        return x  # identity (VGG-16 at 224x224): no op
    if h % oh == 0 and w % ow == 0 and h // oh == w // ow:
        k = h // oh
        acc = f.fill(0.0, (n, c, oh, ow))
        s = pooling_core(f, x, acc, k, k, "sum")
        return scale(f, s, 1.0 / (k * k), init)

    def matrix(n_in, n_out):
        rows = []
        for lo, hi in _adaptive_bins(n_in, n_out):
            rows.append([1.0 / (hi - lo) if lo <= j < hi else 0.0 for j in range(n_in)])
        return rows

    def dense(rows, name):
        body = "[%s]" % ", ".join("[%s]" % ", ".join(fconst(v, f.dtype) for v in r) for r in rows)
        v = Value(f.fresh(name), (len(rows), len(rows[0])), f.dtype)
        f.emit("%s = arith.constant dense<%s> : %s" % (v.name, body, v.type))
        return v

    ph, pw = dense(matrix(h, oh), "ph"), dense(matrix(w, ow), "pw")
    acc = f.fill(0.0, (n, c, oh, ow), init)
    # loops (n, c, i, j, y, x): out[n,c,i,j] += x[n,c,y,x] * ph[i,y] * pw[j,x]
    maps = [amap(6, ["d0", "d1", "d4", "d5"]), amap(6, ["d2", "d4"]), amap(6, ["d3", "d5"]),
            amap(6, ["d0", "d1", "d2", "d3"])]
    dt = f.dtype
    return f.generic([x, ph, pw], acc, maps, ["parallel"] * 4 + ["reduction"] * 2,
                     lambda a: (["%%m0 = arith.mulf %s, %s : %s" % (a[0], a[1], dt),
                                 "%%m1 = arith.mulf %%m0, %s : %s" % (a[2], dt),
                                 "%%s = arith.addf %s, %%m1 : %s" % (a[3], dt)], "%s"),
                     prefix="apool", flops=3 * n * c * oh * ow * h * w)


def relu(f, x, init=None):
    init = init or f.empty(x.shape)
    n = len(x.shape)
    z = f.const(0.0)
    return f.generic([x], init, [amap(n, _dims(n))] * 2, ["parallel"] * n,
                     lambda a: (["%%r = arith.maximumf %s, %s : %s" % (a[0], z, x.dtype)], "%r"),
                     prefix="relu", flops=_numel(x.shape))


def relu6(f, x, init=None):
    """min(max(x, 0), 6), as PyTorch's hardtanh(0, 6)."""
    init = init or f.empty(x.shape)
    n = len(x.shape)
    z, six = f.const(0.0), f.const(6.0)
    return f.generic([x], init, [amap(n, _dims(n))] * 2, ["parallel"] * n,
                     lambda a: (["%%m = arith.maximumf %s, %s : %s" % (a[0], z, x.dtype),
                                 "%%r = arith.minimumf %%m, %s : %s" % (six, x.dtype)], "%r"),
                     prefix="relu6", flops=2 * _numel(x.shape))


def add(f, x, y, init=None):
    assert x.shape == y.shape, (x.shape, y.shape)
    init = init or f.empty(x.shape)
    n = len(x.shape)
    return f.generic([x, y], init, [amap(n, _dims(n))] * 3, ["parallel"] * n,
                     lambda a: (["%%r = arith.addf %s, %s : %s" % (a[0], a[1], x.dtype)], "%r"),
                     prefix="add", flops=_numel(x.shape))


def flatten(f, x, start=1):
    """torch.flatten(x, start) as a tensor.collapse_shape (no loops, no copy)."""
    if start >= len(x.shape) - 1:
        return x
    groups = [[i] for i in range(start)] + [list(range(start, len(x.shape)))]
    shape = list(x.shape[:start]) + [_numel(x.shape[start:])]
    v = Value(f.fresh("flat"), shape, x.dtype)
    f.emit("%s = tensor.collapse_shape %s [%s] : %s into %s"
           % (v.name, x.name, ", ".join("[%s]" % ", ".join(map(str, g)) for g in groups),
              x.type, v.type))
    return v


def matmul_core(f, a, b, out):
    v = Value(f.fresh("mm"), out.shape, out.dtype)
    f.emit("%s = linalg.matmul ins(%s, %s : %s, %s) outs(%s : %s) -> %s"
           % (v.name, a.name, b.name, a.type, b.type, out.name, out.type, v.type))
    f.ops["linalg.matmul"] += 1
    f.flops += 2 * a.shape[0] * a.shape[1] * b.shape[1]
    return v


def linear(f, x, wt, b, init=None):
    """PyTorch linear with the weight given transposed (K x M): x @ wt + b."""
    oshape = (x.shape[0], wt.shape[1])
    acc = broadcast_channel(f, b, oshape, 1, init) if b is not None else f.fill(0.0, oshape, init)
    return matmul_core(f, x, wt, acc)
