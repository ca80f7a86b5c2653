#!/usr/bin/python3
"""Import torchvision models into mlirrl Linalg benchmarks (SPEC §1, §4 "PyTorch models").

Each model is traced with torch.fx (eval mode), shapes come from ShapeProp on a seeded input,
and every graph node is emitted by the operator helpers of suites/tools/linalg_emit.py:

  conv2d       tensor.pad (zeros) + bias broadcast (linalg.generic) + conv_2d_nchw_fchw, or
               depthwise_conv_2d_nchw_chw when groups == in == out channels (MobileNetV2)
  batchnorm    folded by this importer into the preceding conv: the MLIR takes the folded
               weight w*g/sqrt(v+eps) and bias b' = beta + (b-mean)*g/sqrt(v+eps) as arguments
  relu, relu6  linalg.generic (maximumf; maximumf then minimumf with 6)
  maxpool      tensor.pad (-inf) + linalg.fill(-inf) + pooling_nchw_max
  adaptive avg uniform windows: fill(0) + pooling_nchw_sum + generic scale; same size: no op;
               otherwise a generic contraction with constant averaging matrices
  add          linalg.generic (residuals)
  flatten      tensor.collapse_shape
  linear       bias broadcast + linalg.matmul with the weight passed transposed (K x M)
  dropout      identity (eval)

Parameters and the input image are function arguments (memrefs), the logits the written-back
output. A sidecar `<model>.args.json` lists the arguments in order. The distinct single
operators of the models are emitted as their own benchmarks by the same helpers.

Usage: import_fx.py [--models resnet18,mobilenet_v2,vgg16] [--batch 1] [--resolution 224]
                    [--out suites/pytorch] [--no-ops] [--no-manifest]
"""

import argparse
import json
import operator
import os
import sys

import numpy as np
import torch
import torch.fx as fx
import torch.nn as nn
import torch.nn.functional as F
import torchvision
from torch.fx.passes.shape_prop import ShapeProp

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tools"))
import linalg_emit as E  # noqa: E402
import manifest as M  # noqa: E402

MODELS = ("resnet18", "mobilenet_v2", "vgg16")
SEED = 20240917
GENERATOR = "suites/pytorch/import_fx.py"


def build_model(name, seed=SEED):
    """A torchvision model with deterministic random weights (no download), eval mode.

    torchvision initialises batch-norm to the identity (gamma 1, beta 0, mean 0, var 1);
    those statistics are randomised here (seeded) so that the folding is exercised.
    """
    torch.manual_seed(seed)
    model = getattr(torchvision.models, name)(weights=None)
    g = torch.Generator().manual_seed(seed + 1)
    with torch.no_grad():
        for m in model.modules():
            if isinstance(m, nn.BatchNorm2d):
                c = m.num_features
                m.weight.copy_(0.5 + torch.rand(c, generator=g))
                m.bias.copy_(0.1 * torch.randn(c, generator=g))
                m.running_mean.copy_(0.1 * torch.randn(c, generator=g))
                m.running_var.copy_(0.5 + torch.rand(c, generator=g))
    return model.eval()


def example_input(batch, resolution, seed=SEED):
    g = torch.Generator().manual_seed(seed + 2)
    return torch.randn(batch, 3, resolution, resolution, generator=g)


def _pair(v):
    if isinstance(v, (tuple, list)):
        assert len(v) == 2 and v[0] == v[1], "only square windows/strides: %r" % (v,)
        return int(v[0])
    return int(v)


class Importer:
    """Walks one traced model and emits the whole-model Func plus its single operators."""

    def __init__(self, gm, dtype="f32"):
        self.gm = gm
        self.dtype = dtype
        self.np_dtype = {"f32": np.float32, "f64": np.float64}[dtype]
        self.func = None
        self.arrays = {}  # id(Value) -> numpy array for the proof
        self.singles = {}  # key -> {"name", "func", "params", "uses"}
        self.order = []  # keys in first-use order

    # -- parameters --------------------------------------------------------------------
    def param(self, name, array, **extra):
        v = self.func.arg(name, array.shape, "param", **extra)
        self.arrays[id(v)] = np.ascontiguousarray(array, dtype=self.np_dtype)
        return v

    @staticmethod
    def fold_bn(conv, bn):
        w = conv.weight.detach().double()
        b = conv.bias.detach().double() if conv.bias is not None else torch.zeros(w.shape[0],
                                                                                   dtype=torch.double)
        if bn is None:
            return w.numpy(), b.numpy()
        s = bn.weight.detach().double() / torch.sqrt(bn.running_var.double() + bn.eps)
        wf = w * s.reshape(-1, 1, 1, 1)
        bf = bn.bias.detach().double() + (b - bn.running_mean.double()) * s
        return wf.numpy(), bf.numpy()

    # -- single operators --------------------------------------------------------------
    def single(self, key, name, params, build):
        """Record one use of a distinct operator; emit its own benchmark on first sight."""
        if key not in self.singles:
            f = E.Func(self.dtype, comment="mlirrl pytorch single operator %s (%s)"
                       % (name, ", ".join("%s=%s" % kv for kv in params.items())))
            build(f)
            self.singles[key] = {"name": name, "func": f, "params": params, "uses": 0}
            self.order.append(key)
        self.singles[key]["uses"] += 1

    @staticmethod
    def _shape_name(shape):
        return "x".join(str(d) for d in shape)

    # -- the walk ----------------------------------------------------------------------
    def run(self):
        gm = self.gm
        nodes = list(gm.graph.nodes)
        users = {n: list(n.users) for n in nodes}
        bn_of_conv = {}
        for n in nodes:
            if n.op == "call_module" and isinstance(gm.get_submodule(n.target), nn.BatchNorm2d):
                src = n.args[0]
                ok = (src.op == "call_module" and isinstance(gm.get_submodule(src.target), nn.Conv2d)
                      and len(users[src]) == 1)
                if not ok:
                    raise NotImplementedError("batch-norm %s does not follow a conv" % n.target)
                bn_of_conv[src] = n
        out_node = [n for n in nodes if n.op == "output"][0]
        final = out_node.args[0]
        while self._is_identity(final):
            final = final.args[0]
        out_shape = tuple(final.meta["tensor_meta"].shape)

        self.func = f = E.Func(self.dtype)
        out = f.arg("output", out_shape, "output", source=["logits"])
        env = {}
        for n in nodes:
            init = out if n is final else None
            if n.op == "placeholder":
                shape = tuple(n.meta["tensor_meta"].shape)
                env[n] = f.arg("input", shape, "input")
            elif n.op == "output":
                continue
            elif n.op == "call_module":
                env[n] = self.module(n, gm.get_submodule(n.target), env, bn_of_conv, init)
            elif n.op in ("call_function", "call_method"):
                env[n] = self.function(n, env, init)
            else:
                raise NotImplementedError("%s %s" % (n.op, n.target))
            if n.op != "placeholder" and "tensor_meta" in n.meta:
                want = tuple(n.meta["tensor_meta"].shape)
                assert env[n].shape == want, (n.name, env[n].shape, want)
        f.store(env[final], out)
        self.arrays[id(out)] = np.zeros(out_shape, self.np_dtype)
        return f

    def _is_identity(self, n):
        if n.op == "call_module":
            return isinstance(self.gm.get_submodule(n.target), (nn.Dropout, nn.Identity))
        return False

    def module(self, n, mod, env, bn_of_conv, init):
        f = self.func
        x = env[n.args[0]]
        if isinstance(mod, nn.Conv2d):
            return self.conv(n, mod, bn_of_conv.get(n), x, init)
        if isinstance(mod, nn.BatchNorm2d):
            return x  # folded into the conv that produced x
        if isinstance(mod, nn.ReLU):
            return self.unary("relu", E.relu, x, init)
        if isinstance(mod, nn.ReLU6) or (isinstance(mod, nn.Hardtanh) and mod.min_val == 0.0
                                         and mod.max_val == 6.0):
            return self.unary("relu6", E.relu6, x, init)
        if isinstance(mod, nn.MaxPool2d):
            assert not mod.ceil_mode and _pair(mod.dilation) == 1
            return self.maxpool(x, _pair(mod.kernel_size), _pair(mod.stride),
                                _pair(mod.padding), init)
        if isinstance(mod, nn.AdaptiveAvgPool2d):
            oh, ow = mod.output_size if isinstance(mod.output_size, (tuple, list)) else (
                mod.output_size, mod.output_size)
            return self.avgpool(x, int(oh), int(ow), init)
        if isinstance(mod, nn.Linear):
            return self.linear(n, mod, x, init)
        if isinstance(mod, (nn.Dropout, nn.Identity)):
            return x
        if isinstance(mod, nn.Flatten):
            return E.flatten(f, x, mod.start_dim)
        raise NotImplementedError("module %s (%s)" % (n.target, type(mod).__name__))

    def function(self, n, env, init):
        t = n.target
        if t in (operator.add, torch.add, "add"):
            a, b = env[n.args[0]], env[n.args[1]]
            key = ("add", a.shape)
            name = "add_%s" % self._shape_name(a.shape)

            def build(g):
                x = g.arg("lhs", a.shape, "input")
                y = g.arg("rhs", b.shape, "input")
                o = g.arg("output", a.shape, "output")
                g.store(E.add(g, x, y, init=o), o)
            self.single(key, name, {"op": "add", "shape": list(a.shape)}, build)
            return E.add(self.func, a, b, init)
        if t in (torch.flatten, "flatten"):
            start = n.args[1] if len(n.args) > 1 else n.kwargs.get("start_dim", 0)
            return E.flatten(self.func, env[n.args[0]], start)
        if t is F.adaptive_avg_pool2d:
            size = n.args[1]
            oh, ow = size if isinstance(size, (tuple, list)) else (size, size)
            return self.avgpool(env[n.args[0]], int(oh), int(ow), init)
        if t in (F.relu, torch.relu, "relu"):
            return self.unary("relu", E.relu, env[n.args[0]], init)
        raise NotImplementedError("function %s" % (t,))

    # -- operators ---------------------------------------------------------------------
    def conv(self, n, mod, bn, x, init):
        assert mod.padding_mode == "zeros" and not isinstance(mod.padding, str)
        stride, padding, dil = _pair(mod.stride), _pair(mod.padding), _pair(mod.dilation)
        groups = mod.groups
        cin, cout = mod.in_channels, mod.out_channels
        depthwise = groups > 1
        if depthwise and not (groups == cin == cout):
            raise NotImplementedError("grouped conv %s (groups=%d)" % (n.target, groups))
        wf, bf = self.fold_bn(mod, self.gm.get_submodule(bn.target) if bn is not None else None)
        tag = "(folded)" if bn is not None else ""
        if depthwise:
            wf = wf.reshape(cout, wf.shape[2], wf.shape[3])
        conv_b = [n.target + ".bias"] if mod.bias is not None else []
        if bn is not None:
            stats = [bn.target + x for x in (".weight", ".running_var")]
            extra_w = {"source": [n.target + ".weight"] + stats, "transform": "bn-fold"}
            extra_b = {"source": conv_b + [bn.target + ".bias", bn.target + ".running_mean"] + stats,
                       "transform": "bn-fold"}
        else:
            extra_w = {"source": [n.target + ".weight"]}
            extra_b = {"source": conv_b or ["(none: zeros)"]}
        if depthwise:
            extra_w["layout"] = "C x KH x KW (PyTorch's C x 1 x KH x KW)"
        w = self.param(n.target + ".weight" + tag, wf, **extra_w)
        b = self.param(n.target + ".bias" + tag, bf, **extra_b)
        kh = wf.shape[-1]
        key = ("conv2d", x.shape, tuple(wf.shape), stride, padding, dil, depthwise)
        name = "%s_%s%s_k%d_s%d_p%d%s" % ("dwconv2d" if depthwise else "conv2d",
                                           self._shape_name(x.shape), "" if depthwise else "_oc%d" % cout, kh, stride, padding,
                                           "_d%d" % dil if dil != 1 else "")
        params = {"op": "depthwise_conv2d" if depthwise else "conv2d", "input": list(x.shape),
                  "weight": list(wf.shape), "stride": stride, "padding": padding,
                  "dilation": dil, "groups": groups, "bias": True}

        def build(g):
            xi = g.arg("input", x.shape, "input")
            wi = g.arg("weight", wf.shape, "param")
            bi = g.arg("bias", bf.shape, "param")
            o = g.arg("output", self._conv_shape(x.shape, cout, kh, stride, padding, dil), "output")
            g.store(E.conv2d(g, xi, wi, bi, stride, padding, dil, depthwise, init=o), o)
        self.single(key, name, params, build)
        return E.conv2d(self.func, x, w, b, stride, padding, dil, depthwise, init)

    @staticmethod
    def _conv_shape(xs, cout, k, s, p, d):
        return (xs[0], cout, E.conv_out(xs[2], k, s, p, d), E.conv_out(xs[3], k, s, p, d))

    def unary(self, op, fn, x, init):
        key = (op, x.shape)

        def build(g):
            xi = g.arg("input", x.shape, "input")
            o = g.arg("output", x.shape, "output")
            g.store(fn(g, xi, init=o), o)
        self.single(key, "%s_%s" % (op, self._shape_name(x.shape)),
                    {"op": op, "shape": list(x.shape)}, build)
        return fn(self.func, x, init)

    def maxpool(self, x, k, s, p, init):
        key = ("maxpool", x.shape, k, s, p)

        def build(g):
            xi = g.arg("input", x.shape, "input")
            o = g.arg("output", (x.shape[0], x.shape[1], E.conv_out(x.shape[2], k, s, p),
                                 E.conv_out(x.shape[3], k, s, p)), "output")
            g.store(E.maxpool(g, xi, k, s, p, init=o), o)
        self.single(key, "maxpool_%s_k%d_s%d_p%d" % (self._shape_name(x.shape), k, s, p),
                    {"op": "maxpool", "input": list(x.shape), "kernel": k, "stride": s,
                     "padding": p}, build)
        return E.maxpool(self.func, x, k, s, p, init)

    def avgpool(self, x, oh, ow, init):
        if tuple(x.shape[2:]) == (oh, ow):
            return x  # identity: PyTorch's own result equals its input
        key = ("adaptive_avgpool", x.shape, oh, ow)

        def build(g):
            xi = g.arg("input", x.shape, "input")
            o = g.arg("output", (x.shape[0], x.shape[1], oh, ow), "output")
            g.store(E.adaptive_avgpool(g, xi, oh, ow, init=o), o)
        self.single(key, "adaptiveavgpool_%s_to%dx%d" % (self._shape_name(x.shape), oh, ow),
                    {"op": "adaptive_avgpool", "input": list(x.shape), "output_size": [oh, ow]},
                    build)
        return E.adaptive_avgpool(self.func, x, oh, ow, init)

    def linear(self, n, mod, x, init):
        wt = mod.weight.detach().double().numpy().T
        bias = (mod.bias.detach().double().numpy() if mod.bias is not None
                else np.zeros(wt.shape[1]))
        w = self.param(n.target + ".weight(transposed)", wt, source=[n.target + ".weight"],
                       transform="transpose", layout="in_features x out_features")
        b = self.param(n.target + ".bias", bias, source=[n.target + ".bias"])
        key = ("linear", x.shape, wt.shape)

        def build(g):
            xi = g.arg("input", x.shape, "input")
            wi = g.arg("weight(transposed)", wt.shape, "param")
            bi = g.arg("bias", bias.shape, "param")
            o = g.arg("output", (x.shape[0], wt.shape[1]), "output")
            g.store(E.linear(g, xi, wi, bi, init=o), o)
        self.single(key, "linear_%s_to%d" % (self._shape_name(x.shape), wt.shape[1]),
                    {"op": "linear", "input": list(x.shape), "weight_t": list(wt.shape)}, build)
        return E.linear(self.func, x, w, b, init)


def import_model(name, batch=1, resolution=224, dtype="f32", seed=SEED):
    """Returns (importer, func, torch model, example input)."""
    model = build_model(name, seed)
    gm = fx.symbolic_trace(model)
    x = example_input(batch, resolution, seed)
    with torch.no_grad():
        ShapeProp(gm).propagate(x)
    imp = Importer(gm, dtype)
    func = imp.run()
    func.comment = ("mlirrl pytorch model %s (torchvision %s, fx-traced, eval), batch %d, %dx%d, %s\n"
                    "batch-norm folded into conv weights/bias by suites/pytorch/import_fx.py;\n"
                    "arguments: input, parameters (see %s.args.json), output logits"
                    % (name, torchvision.__version__.split("a")[0], batch, resolution, resolution,
                       dtype, model_stem(name, batch, resolution)))
    return imp, func, model, x


def model_stem(name, batch, resolution):
    return name if (batch, resolution) == (1, 224) else "%s_b%d_r%d" % (name, batch, resolution)


def arg_arrays(imp, func):
    """The proof's argument arrays, in signature order (input, params, zeroed output)."""
    return [imp.arrays[id(a["value"])] if id(a["value"]) in imp.arrays else None
            for a in func.ordered_args()]


def sidecar(name, batch, resolution, dtype, func):
    return {"model": name, "torchvision": torchvision.__version__, "torch": torch.__version__,
            "batch": batch, "resolution": resolution, "dtype": dtype,
            "batchnorm": "folded into the preceding conv by the importer (weight*g/sqrt(v+eps), "
                         "bias'=beta+(bias-mean)*g/sqrt(v+eps))",
            "linear": "weight passed transposed (in_features x out_features)",
            "args": func.arg_table()}


def dump_sidecar(doc):
    """JSON with one argument per line."""
    head = ",\n".join(" %s: %s" % (json.dumps(k), json.dumps(v)) for k, v in doc.items()
                       if k != "args")
    rows = ",\n".join("  " + json.dumps(a) for a in doc["args"])
    return "{\n%s,\n \"args\": [\n%s\n ]\n}\n" % (head, rows)


def write_suite(out_dir, models, batch, resolution, dtype, with_ops=True, with_manifest=True,
                log=print):
    models_dir = os.path.join(out_dir, "models")
    ops_dir = os.path.join(out_dir, "ops")
    entries, keep = [], set()
    singles = {}  # name -> record merged over models
    for name in models:
        imp, func, _, _ = import_model(name, batch, resolution, dtype)
        stem = model_stem(name, batch, resolution)
        path = os.path.join(models_dir, stem + ".mlir")
        M.write_text(path, func.text())
        M.write_text(os.path.join(models_dir, stem + ".args.json"),
                     dump_sidecar(sidecar(name, batch, resolution, dtype, func)))
        keep.add(os.path.abspath(path))
        params = {"model": name, "batch": batch, "resolution": resolution,
                  "batchnorm": "folded", "n_args": len(func.args),
                  "args_sidecar": "models/%s.args.json" % stem}
        entries.append(M.make_entry(out_dir, "pytorch/models/" + stem, "models/%s.mlir" % stem,
                                    "test", "default", dtype, func.flops, GENERATOR, params))
        log("%-14s %4d args, %3d linalg ops, %.2f GFLOP -> %s"
            % (name, len(func.args), sum(func.ops.values()), func.flops / 1e9, path))
        for key in imp.order:
            s = imp.singles[key]
            rec = singles.setdefault(s["name"], {"func": s["func"], "params": s["params"],
                                                 "used_by": {}})
            rec["used_by"][name] = rec["used_by"].get(name, 0) + s["uses"]
    if with_ops:
        for sname, rec in sorted(singles.items()):
            path = os.path.join(ops_dir, sname + ".mlir")
            M.write_text(path, rec["func"].text())
            keep.add(os.path.abspath(path))
            params = dict(rec["params"])
            params["used_by"] = rec["used_by"]
            entries.append(M.make_entry(out_dir, "pytorch/ops/" + sname, "ops/%s.mlir" % sname,
                                        "test", "default", dtype, rec["func"].flops, GENERATOR,
                                        params))
        M.remove_stale(ops_dir, keep)
        log("%d distinct single operators -> %s" % (len(singles), ops_dir))
    M.remove_stale(models_dir, keep)
    if with_manifest:
        doc = M.write_manifest(out_dir, "pytorch", GENERATOR, entries)
        log("manifest %s: %d benchmarks, version %s"
            % (os.path.join(out_dir, "manifest.json"), len(doc["benchmarks"]), doc["version"]))
    return entries


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--models", default=",".join(MODELS))
    ap.add_argument("--batch", type=int, default=1)
    ap.add_argument("--resolution", type=int, default=224)
    ap.add_argument("--dtype", default="f32", choices=E.DTYPES)
    ap.add_argument("--out", default=HERE)
    ap.add_argument("--no-ops", action="store_true", help="skip the single-operator benchmarks")
    ap.add_argument("--no-manifest", action="store_true")
    a = ap.parse_args(argv)
    models = [m for m in a.models.split(",") if m]
    for m in models:
        if m not in MODELS:
            ap.error("unknown model %s (known: %s)" % (m, ", ".join(MODELS)))
    torch.set_num_threads(2)
    write_suite(a.out, models, a.batch, a.resolution, a.dtype, not a.no_ops, not a.no_manifest)
    return 0


if __name__ == "__main__":
    sys.exit(main())
