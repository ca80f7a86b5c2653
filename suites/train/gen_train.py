#!/usr/bin/python3
"""The training set (SPEC §4): the paper's composition of single operators plus random
chains of five operators, f32, drawn from shape pools sized to run in milliseconds here,
with no computation in common with any evaluation benchmark.

  ops/     matmul 187, conv2d 278 (about one in six depthwise), maxpool 250, add 271, relu 149
           (the paper's 1135), each the bare operator in the artifact's form: the output
           argument is the operator's init
  chains/  CHAINS random producer-consumer chains of 5 operators (matmul/add/relu on 2-D
           values, conv/maxpool/add/relu on NCHW values), intermediate accumulators
           initialised with linalg.fill, residual adds where shapes allow
(the paper's LQCD training nests belong to the LQCD suite and are not generated here)

No overlap: every Linalg op of every training file has a computation signature
(suites/tools/signature.py: iterators, indexing maps, operand shapes, body ops; element type
ignored) that no op of the evaluation suites (suites/paper at both scales, suites/pytorch
models and single operators) has; a candidate that collides, or duplicates an earlier
training benchmark, is dropped and another drawn. tests/suites/train/check_overlap.py
re-checks the committed files.

Split: per category, a seeded 10% goes to "validation", the rest to "train".
Every random choice comes from random.Random streams seeded by SEED and the category name.

usage: gen_train.py [--out suites/train] [--seed 2409] [--chains 100]
"""

import argparse
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SUITES = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(SUITES, "tools"))
import linalg_emit as E  # noqa: E402
import manifest as M  # noqa: E402
import signature as S  # noqa: E402
from check_suite import default_mlir_opt  # noqa: E402

GENERATOR = "suites/train/gen_train.py"
SEED = 2409
DTYPE = "f32"
COUNTS = {"matmul": 187, "conv2d": 278, "maxpool": 250, "add": 271, "relu": 149}
CHAINS = 100
VALIDATION_FRACTION = 0.10
EVAL_SUITES = ("paper", "pytorch", "starter", "lqcd")
LQCD_NESTS = 24

# Runtime budgets of the default pipeline here (f32, one call): about 2-4 GFLOP/s for
# matmul/conv, 0.5 G elements/s for elementwise ops, 1.5 G compares/s for maxpool. The caps
# keep every benchmark in the 0.02-60 ms range.
MAX_FLOPS = {"matmul": 64e6, "conv2d": 100e6, "dwconv2d": 20e6, "maxpool": 40e6,
             "add": 8e6, "relu": 8e6, "chain": 120e6}
MIN_FLOPS = {"matmul": 2e6, "conv2d": 2e6, "dwconv2d": 2e5, "maxpool": 2e5, "add": 32768,
             "relu": 32768, "chain": 1e6}

MM_DIMS = [8, 12, 16, 24, 28, 32, 48, 49, 56, 64, 96, 100, 112, 120, 128, 150, 192, 196, 200,
           224, 256, 320, 384, 448, 512, 576, 640, 768, 1000, 1024, 1280, 1536, 2048]
BATCH = [1, 2, 4, 8, 16, 32]
CHANNELS = [3, 8, 16, 24, 32, 40, 48, 64, 80, 96, 112, 128, 160, 192, 240, 256, 320, 384, 480,
            512]
SPATIAL = [7, 8, 9, 10, 12, 14, 15, 16, 17, 20, 24, 28, 29, 30, 32, 35, 40, 48, 56, 57, 58,
           64, 71, 80, 96, 112, 113, 114, 128, 147, 150, 160, 224, 230]
EW_DIMS = [3, 7, 8, 14, 16, 24, 28, 32, 48, 56, 64, 96, 100, 112, 128, 150, 192, 224, 256,
           320, 512, 768, 1000, 1024, 2048, 4096]


def numel(shape):
    n = 1
    for d in shape:
        n *= d
    return n


def weighted(rng, table):
    r, acc = rng.random() * sum(table.values()), 0.0
    for k, w in table.items():
        acc += w
        if r < acc:
            return k
    return k


# -- single operators ----------------------------------------------------------------------
def draw_matmul(rng):
    m, k, n = rng.choice(MM_DIMS), rng.choice(MM_DIMS), rng.choice(MM_DIMS)
    if rng.random() < 0.3:
        m = rng.choice(BATCH + [64, 128, 256])  # linear layers: small batch
    return "matmul_%d_%d_%d" % (m, k, n), {"op": "matmul", "M": m, "K": k, "N": n}, 2 * m * k * n


def draw_conv(rng):
    n = rng.choice(BATCH)
    h = rng.choice(SPATIAL)
    w = h if rng.random() < 0.85 else rng.choice(SPATIAL)
    s = weighted(rng, {1: 0.7, 2: 0.3})
    if rng.random() < 1.0 / 6:
        c = rng.choice(CHANNELS[1:] + [576, 960])
        k = weighted(rng, {3: 0.8, 5: 0.2})
        if h < k or w < k:
            return None
        oh, ow = E.conv_out(h, k, s, 0), E.conv_out(w, k, s, 0)
        p = {"op": "depthwise_conv_2d_nchw_chw", "N": n, "C": c, "H": h, "W": w, "KH": k,
             "KW": k, "stride": s}
        return ("depthwise_conv_2d_nchw_chw_%d_%d_%d_%d_%d_%d_s%d" % (n, c, h, w, k, k, s), p,
                2 * n * c * oh * ow * k * k, "dwconv2d")
    c, f = rng.choice(CHANNELS), rng.choice(CHANNELS)
    k = weighted(rng, {1: 0.4, 3: 0.4, 5: 0.1, 7: 0.1})
    if h < k or w < k:
        return None
    oh, ow = E.conv_out(h, k, s, 0), E.conv_out(w, k, s, 0)
    p = {"op": "conv_2d_nchw_fchw", "N": n, "C": c, "H": h, "W": w, "F": f, "KH": k, "KW": k,
         "stride": s}
    return ("conv_2d_nchw_fchw_%d_%d_%d_%d_%d_%d_%d_s%d" % (n, c, h, w, f, k, k, s), p,
            2 * n * f * oh * ow * c * k * k, "conv2d")


def draw_maxpool(rng):
    n = rng.choice(BATCH + [64])
    c = rng.choice(CHANNELS)
    h = rng.choice(SPATIAL)
    w = h if rng.random() < 0.85 else rng.choice(SPATIAL)
    k = weighted(rng, {2: 0.4, 3: 0.6})
    s = weighted(rng, {1: 0.3, 2: 0.7})
    if h < k or w < k:
        return None
    oh, ow = E.conv_out(h, k, s, 0), E.conv_out(w, k, s, 0)
    p = {"op": "pooling_nchw_max", "N": n, "C": c, "H": h, "W": w, "kernel": k, "stride": s}
    return "pooling_nchw_max_%d_%d_%d_%d_%d_s%d" % (n, c, h, w, k, s), p, n * c * oh * ow * k * k


def draw_ew_shape(rng):
    rank = weighted(rng, {1: 0.1, 2: 0.35, 3: 0.15, 4: 0.4})
    if rank == 4:
        return (rng.choice(BATCH + [64, 128, 256]), rng.choice(CHANNELS), rng.choice(SPATIAL),
                rng.choice(SPATIAL))
    if rank == 1:
        return (rng.choice(EW_DIMS) * rng.choice(EW_DIMS),)
    return tuple(rng.choice(EW_DIMS) for _ in range(rank))


def draw_elementwise(rng, kind):
    shape = draw_ew_shape(rng)
    return ("%s_%s" % (kind, "_".join(map(str, shape))), {"op": kind, "shape": list(shape)},
            numel(shape))


def build_single(params):
    op = params["op"]
    f = E.Func(DTYPE)
    if op == "matmul":
        a = f.arg("A", (params["M"], params["K"]), "input")
        b = f.arg("B", (params["K"], params["N"]), "input")
        o = f.arg("C", (params["M"], params["N"]), "output")
        r = E.matmul_core(f, a, b, o)
    elif op in ("conv_2d_nchw_fchw", "depthwise_conv_2d_nchw_chw"):
        dw = op.startswith("depthwise")
        n, c, h, w, k, s = (params[x] for x in ("N", "C", "H", "W", "KH", "stride"))
        fo = c if dw else params["F"]
        x = f.arg("input", (n, c, h, w), "input")
        wt = f.arg("filter", (c, k, k) if dw else (fo, c, k, k), "input")
        o = f.arg("output", (n, fo, E.conv_out(h, k, s, 0), E.conv_out(w, k, s, 0)), "output")
        r = E.conv2d_core(f, x, wt, o, s, 1, dw)
    elif op == "pooling_nchw_max":
        n, c, h, w, k, s = (params[x] for x in ("N", "C", "H", "W", "kernel", "stride"))
        x = f.arg("input", (n, c, h, w), "input")
        o = f.arg("output", (n, c, E.conv_out(h, k, s, 0), E.conv_out(w, k, s, 0)), "output")
        r = E.pooling_core(f, x, o, k, s, "max")
    elif op == "add":
        a = f.arg("lhs", params["shape"], "input")
        b = f.arg("rhs", params["shape"], "input")
        o = f.arg("output", params["shape"], "output")
        r = E.add(f, a, b, init=o)
    elif op == "relu":
        a = f.arg("input", params["shape"], "input")
        o = f.arg("output", params["shape"], "output")
        r = E.relu(f, a, init=o)
    else:
        raise ValueError(op)
    f.store(r, o)
    return f


def single_candidates(kind, rng):
    """An endless stream of (name, params) within the runtime budget."""
    while True:
        if kind == "matmul":
            d = draw_matmul(rng)
            budget = "matmul"
        elif kind == "conv2d":
            d = draw_conv(rng)
            budget = d[3] if d else None
        elif kind == "maxpool":
            d = draw_maxpool(rng)
            budget = "maxpool"
        else:
            d = draw_elementwise(rng, kind)
            budget = kind
        if d is None:
            continue
        name, params, flops = d[0], d[1], d[2]
        if MIN_FLOPS[budget] <= flops <= MAX_FLOPS[budget]:
            yield name, params


# -- LQCD loop nests ------------------------------------------------------------------------
# Correlator contractions from suites/lqcd/gen_lqcd.py with parameters the evaluation suite
# does not use (other site counts V, wavefunction counts, hexaquark weight terms), f64 as
# there. Deep nests (up to 13 loops), many ops per file, reductions at inner levels.
def lqcd_module():
    sys.path.insert(0, os.path.join(HERE, "..", "lqcd"))
    import gen_lqcd
    return gen_lqcd


class LqcdFile:
    def __init__(self, params):
        self.params = params
        self._text, self.stats = lqcd_module().emit_benchmark(params)
        self.flops = self.stats["flops"]

    def text(self):
        return self._text


def lqcd_candidates(rng):
    L = lqcd_module()
    pool = []
    for kind, form, vs in (("dd", "naive", (1, 3)), ("dd", "rewrite", (1, 3)), ("dd", "corr", (3, 5, 6)),
                           ("dh", "naive", (3, 5, 6)), ("dh", "rewrite", (3, 5, 6)),
                           ("hh", "naive", (1, 3)), ("hh", "rewrite", (1, 3, 5))):
        for v in vs:
            for w in (1, 2):
                for nwh in ((16, 32) if kind != "dd" else (32,)):
                    pool.append(L.Params(kind, form, v, w=w, nwh=nwh))
    rng.shuffle(pool)
    for p in pool:
        yield "lqcd_" + p.name, p


# -- chains --------------------------------------------------------------------------------
def plan_chain(rng, length=5):
    """A list of steps (dicts) with shapes; None when the draw does not fit the budget."""
    two_d = rng.random() < 0.4
    if two_d:
        shape = (rng.choice([1, 2, 4, 8, 16, 32, 64, 128, 256]), rng.choice(MM_DIMS[:26]))
        kinds = {"matmul": 0.4, "add": 0.3, "relu": 0.3}
    else:
        shape = (rng.choice([1, 2, 4, 8]), rng.choice(CHANNELS[:12]), rng.choice(SPATIAL[5:26]),
                 None)
        shape = shape[:3] + (shape[2],)
        kinds = {"conv": 0.35, "maxpool": 0.15, "add": 0.25, "relu": 0.25}
    steps, seen, flops = [], [shape], 0
    cur = shape
    while len(steps) < length:
        kind = weighted(rng, kinds)
        st = {"op": kind, "in": list(cur)}
        if kind == "matmul":
            n = rng.choice(MM_DIMS[:26])
            st["N"] = n
            out = (cur[0], n)
            flops += 2 * cur[0] * cur[1] * n
        elif kind == "conv":
            k = weighted(rng, {1: 0.4, 3: 0.6})
            s = weighted(rng, {1: 0.8, 2: 0.2})
            p = (k // 2) if rng.random() < 0.7 else 0
            if cur[2] + 2 * p < k:
                continue
            fo = rng.choice(CHANNELS[:14])
            st.update(F=fo, kernel=k, stride=s, padding=p, bias=rng.random() < 0.5)
            out = (cur[0], fo, E.conv_out(cur[2], k, s, p), E.conv_out(cur[3], k, s, p))
            flops += 2 * numel(out) * cur[1] * k * k
        elif kind == "maxpool":
            k, s = weighted(rng, {2: 0.5, 3: 0.5}), 2
            p = 1 if (k == 3 and rng.random() < 0.5) else 0
            if cur[2] < 4:
                continue
            st.update(kernel=k, stride=s, padding=p)
            out = (cur[0], cur[1], E.conv_out(cur[2], k, s, p), E.conv_out(cur[3], k, s, p))
            flops += numel(out) * k * k
        elif kind == "add":
            # residual with an earlier value of the same shape when there is one
            earlier = [i for i, sh in enumerate(seen[:-1]) if tuple(sh) == tuple(cur)]
            st["other"] = ("value", rng.choice(earlier)) if earlier and rng.random() < 0.6 \
                else ("arg", None)
            out = cur
            flops += numel(cur)
        else:
            out = cur
            flops += numel(cur)
        if min(out) < 1:
            return None
        st["out"] = list(out)
        steps.append(st)
        seen.append(out)
        cur = out
    if not (MIN_FLOPS["chain"] <= flops <= MAX_FLOPS["chain"]):
        return None
    return {"input": list(shape), "steps": steps, "flops_estimate": flops}


def build_chain(plan):
    f = E.Func(DTYPE)
    x = f.arg("input", plan["input"], "input")
    out = f.arg("output", plan["steps"][-1]["out"], "output")
    values = [x]
    cur = x
    for i, st in enumerate(plan["steps"]):
        init = out if i == len(plan["steps"]) - 1 else None
        op = st["op"]
        if op == "matmul":
            w = f.arg("w%d" % i, (cur.shape[1], st["N"]), "param")
            cur = E.linear(f, cur, w, None, init=init)
        elif op == "conv":
            w = f.arg("w%d" % i, (st["F"], cur.shape[1], st["kernel"], st["kernel"]), "param")
            b = f.arg("b%d" % i, (st["F"],), "param") if st["bias"] else None
            cur = E.conv2d(f, cur, w, b, st["stride"], st["padding"], init=init)
        elif op == "maxpool":
            cur = E.maxpool(f, cur, st["kernel"], st["stride"], st["padding"], init=init)
        elif op == "add":
            kind, idx = st["other"]
            other = values[idx] if kind == "value" else f.arg("r%d" % i, cur.shape, "input")
            cur = E.add(f, cur, other, init=init)
        else:
            cur = E.relu(f, cur, init=init)
        values.append(cur)
    f.store(cur, out)
    return f


def chain_candidates(rng):
    idx = 0
    while True:
        plan = plan_chain(rng)
        if plan is None:
            continue
        idx += 1
        name = "chain_%03d_%s" % (idx, "-".join(st["op"] for st in plan["steps"]))
        yield name, plan


# -- selection with the overlap rule ---------------------------------------------------------
def eval_signatures(mlir_opt):
    """{signature: benchmark id} over every op of the evaluation suites."""
    paths, owner = [], {}
    for suite in EVAL_SUITES:
        d = os.path.join(SUITES, suite)
        doc = M.read_manifest(d)
        for e in doc["benchmarks"]:
            p = os.path.join(d, e["file"])
            paths.append(p)
            owner[p] = e["id"]
    sigs = {}
    for p, ops in S.file_signatures(paths, mlir_opt).items():
        for _, sig in ops:
            sigs.setdefault(sig, owner[p])
    return sigs


def select(stream, count, build, forbidden, taken, mlir_opt, work, log, tag):
    """Draw from `stream` until `count` candidates pass the overlap and duplicate rules."""
    chosen = []
    rejected = 0
    while len(chosen) < count:
        batch = []
        while len(batch) < max(8, (count - len(chosen)) * 5 // 4):
            name, params = next(stream)
            if name in taken:
                continue
            taken.add(name)
            batch.append((name, params))
        paths = []
        for i, (name, params) in enumerate(batch):
            p = os.path.join(work, "%s_%d.mlir" % (tag, i))
            with open(p, "w") as fh:
                fh.write(build(params).text())
            paths.append(p)
        sigs = S.file_signatures(paths, mlir_opt)
        for (name, params), p in zip(batch, paths):
            own = [s for _, s in sigs[p]]
            whole = tuple(own)
            if len(chosen) >= count:
                break
            if any(s in forbidden for s in own) or whole in forbidden:
                rejected += 1
                continue
            forbidden[whole] = name
            chosen.append((name, params))
    log("%-8s %4d chosen, %d rejected (overlap with evaluation or duplicate)"
        % (tag, len(chosen), rejected))
    return chosen


def assign_splits(names, rng):
    order = sorted(names)
    rng.shuffle(order)
    n_val = int(round(len(order) * VALIDATION_FRACTION))
    return {n: ("validation" if i < n_val else "train") for i, n in enumerate(order)}


def generate(out_dir, seed=SEED, chains=CHAINS, log=print):
    import tempfile
    mlir_opt = default_mlir_opt(19) or default_mlir_opt(22)
    if not mlir_opt:
        raise SystemExit("gen_train: mlir-opt 19 or 22 is needed for the overlap rule")
    forbidden = eval_signatures(mlir_opt)
    log("evaluation ops: %d distinct signatures" % len(forbidden))
    entries, keep = [], set()
    taken = set()
    with tempfile.TemporaryDirectory(prefix="mlirrl_gen_train_") as work:
        def take(tag, candidates, count, build, sub, dtype, params_of):
            """Select `count` benchmarks of one category, assign splits, write the files."""
            chosen = select(candidates(random.Random("%d-%s" % (seed, tag))), count, build,
                            forbidden, taken, mlir_opt, work, log, tag)
            splits = assign_splits([n for n, _ in chosen], random.Random("%d-split-%s" % (seed, tag)))
            for name, params in chosen:
                f = build(params)
                rel = "%s/%s.mlir" % (sub, name)
                M.write_text(os.path.join(out_dir, rel), f.text())
                keep.add(os.path.abspath(os.path.join(out_dir, rel)))
                entries.append(M.make_entry(out_dir, "train/%s/%s" % (sub, name), rel, splits[name],
                                            "default", dtype, f.flops, GENERATOR, params_of(params)))

        for kind, count in COUNTS.items():
            take(kind, lambda rng, kind=kind: single_candidates(kind, rng), count, build_single, "ops",
                 DTYPE, lambda params, kind=kind: dict(params, category=kind, seed=seed))
        take("chain", chain_candidates, chains, build_chain, "chains", DTYPE,
             lambda plan: {"category": "chain", "seed": seed, "input": plan["input"],
                           "steps": plan["steps"]})
        take("lqcd", lqcd_candidates, LQCD_NESTS, LqcdFile, "lqcd", "f64",
             lambda p: dict(p.as_dict(), category="lqcd", seed=seed))
    for sub in ("ops", "chains", "lqcd"):
        M.remove_stale(os.path.join(out_dir, sub), keep)
    doc = M.write_manifest(out_dir, "train", GENERATOR, entries)
    n_val = sum(e["split"] == "validation" for e in entries)
    log("train suite: %d benchmarks (%d train, %d validation), version %s"
        % (len(entries), len(entries) - n_val, n_val, doc["version"]))
    return doc


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=HERE)
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--chains", type=int, default=CHAINS)
    a = ap.parse_args(argv)
    generate(a.out, a.seed, a.chains)
    return 0


if __name__ == "__main__":
    sys.exit(main())
