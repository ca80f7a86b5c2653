#!/usr/bin/python3
"""Halide counterparts of the benchmarks that baselines/halide_server.py times.

Each counterpart is written in Halide from the benchmark's mathematics, not from its MLIR:
the LQCD correlators from LQCD.md (summary in suites/lqcd/README.md), the suites/paper
operators from their definition. It takes the benchmark's @main arguments in their order,
shapes and element type (f64), read from the benchmark file, and computes the benchmark's
outputs.

LQCD (every kind and form of suites/lqcd):
  * complex values are Tuple(re, im) Funcs; the propagator, wavefunction and block
    arguments stay separate re/im inputs as in the benchmark;
  * a colour-spin pair (c, s) is one index a = 2c + s, a block's three colour-spins and its
    spin row rho one index e = 216 rho + 36 a0 + 6 a1 + a2 (DH: + 432 beta);
  * weights are inputs: the one-hot nucleon weights E (the gather G is the contraction over
    the source colour-spin with E, so any E gives the benchmark's result), the term
    coefficients kappa and the hexaquark weights OmegaH;
  * the integer index tables (site patterns, block entries, colour-spins of each term) are
    constant Buffers built below from LQCD.md section 2.3, independently of the generator;
    their values become subscripts (data-dependent loads, clamped to the table's range);
  * each form computes what its benchmark computes: naive (Form N blocks, six-propagator Z),
    rewrite (diquark D, Q, blocks from Q; HH through the three-quark products U and W), corr
    (blocks are an input).
Paper operators: matmul and conv_2d_nchw_fchw accumulate into the output's initial contents,
pooling_nchw_max takes the max with them (both read them as an input and write a separate
output buffer), add and relu are element-wise.

Inputs are numpy arrays in the benchmark's (row-major) layout; a Halide buffer is their
transposed view, so Halide's dimension 0 is the contiguous one and every input/output has
its exact extents as constraints (inputs their dense strides too).
"""

import itertools
import json
import os
import re

import numpy as np

try:
    import halide as hl
except ImportError:  # the server answers without it; nothing here is used then
    hl = None

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


class NotApplicable(Exception):
    """The benchmark has no Halide counterpart (the message says why)."""


# ------------------------------------------------------------------ benchmark files

_MAIN = re.compile(r"func\.func @main\((.*?)\)\s*attributes", re.S)
_MEMREF = re.compile(r"memref<([^>]*)>")


def signature(path):
    """[(shape, element type)] of @main's memref arguments, in order."""
    with open(path) as fh:
        m = _MAIN.search(fh.read())
    if not m:
        raise NotApplicable("no func.func @main in %s" % path)
    out = []
    for t in _MEMREF.findall(m.group(1)):
        *dims, elem = t.split("x")
        out.append((tuple(int(d) for d in dims), elem))
    return out


def entry(bench_id, manifest_path):
    """(suite, manifest entry) of a benchmark."""
    if manifest_path is None:
        raise NotApplicable("no manifest: counterparts are found by their manifest entry")
    with open(manifest_path) as fh:
        doc = json.load(fh)
    for e in doc.get("benchmarks", []):
        if e.get("id") == bench_id:
            return doc.get("suite"), e
    raise NotApplicable("%s is not in %s" % (bench_id, manifest_path))


def seeded_inputs(sig, seed=1):
    """One array per argument, magnitudes uniform in [1/64, 1] with random signs (the
    harness's range: no zeros or denormals)."""
    rng = np.random.default_rng(seed)
    out = []
    for shape, _ in sig:
        a = rng.uniform(1 / 64, 1, size=shape)
        a[rng.random(size=shape) < 0.5] *= -1
        out.append(a)
    return out


# ------------------------------------------------------------------ LQCD tables (LQCD.md 2.3)

NA = 6                      # colour-spin a = 2c + s
NW = 12                     # nucleon weight terms
NPERM = 36
TRIPLES = NA ** 3           # 216
_COLOURS = [(0, 1, 2), (0, 2, 1), (1, 0, 2), (1, 2, 0), (2, 1, 0), (2, 0, 1)]
_SPINS = {1: ((0, 1, 0), (1, 0, 0)), 2: ((0, 1, 1), (1, 0, 1))}


def nucleon_colour_spins(rho):
    """A[w][q]: source colour-spin of quark q in nucleon weight term w, spin row rho."""
    return [[_COLOURS[w % 6][q] * 2 + _SPINS[rho][w // 6][q] for q in range(3)] for w in range(NW)]


def wick_permutations():
    """The 36 permutations of the six quark slots that map {0,2,4} and {1,3,5} onto
    themselves, in the benchmarks' order: slot k of the source goes to sink slot perm[k]."""
    out = []
    for even in itertools.permutations((0, 2, 4)):
        for odd in itertools.permutations((1, 3, 5)):
            out.append((even[0], odd[0], even[1], odd[1], even[2], odd[2]))
    return out


PERMS = wick_permutations()


def two_baryon_entry(rho_a, rho_b, wp):
    """Sink colour-spins [beta][nu] of entry w' = w1 + 12 w2 of the two-baryon table (rho_a, rho_b)."""
    return (nucleon_colour_spins(rho_a)[wp % NW], nucleon_colour_spins(rho_b)[wp // NW])


# per row: source spin rows (rho0, rho1) and the sink table's (rho_a, rho_b), one per term u
DD_ROWS = [[((1, 2), (1, 2)), ((1, 2), (2, 1)), ((2, 1), (1, 2)), ((2, 1), (2, 1))],
           [((1, 1), (1, 1))],
           [((1, 2), (1, 2)), ((1, 2), (2, 1)), ((2, 1), (1, 2)), ((2, 1), (2, 1))],
           [((2, 2), (2, 2))]]
DH_ROWS = [[(1, 2), (2, 1)], [(1, 1)], [(1, 2), (2, 1)], [(2, 2)]]
HEX_TABLE = [(1, 2), (1, 1), (1, 2), (2, 2)]      # two-baryon table whose head is row r's hexaquark table


def hexaquark_slots(row, h):
    """Six colour-spins (slot k = 3 beta + nu) of hexaquark entry h of a row."""
    b0, b1 = two_baryon_entry(*HEX_TABLE[row], h)
    return list(b0) + list(b1)


def _triple(a0, a1, a2):
    return (a0 * NA + a1) * NA + a2


def dd_tables(rows):
    """pattern[p][b]: site pattern 4 P0 + 2 P1 + P2 of source baryon b's block under perm p;
    entry[row][u][p][w'][b] = 216 (rho_b - 1) + triple of that block."""
    pattern = np.zeros((NPERM, 2), np.int32)
    nu = max(len(DD_ROWS[r]) for r in rows)
    ent = np.zeros((len(rows), nu, NPERM, NW * NW, 2), np.int32)
    for p, perm in enumerate(PERMS):
        for b in range(2):
            beta = [perm[3 * b + q] // 3 for q in range(3)]
            pattern[p, b] = 4 * beta[0] + 2 * beta[1] + beta[2]
    for ir, r in enumerate(rows):
        for u, (src_rho, sink_rho) in enumerate(DD_ROWS[r]):
            for wp in range(NW * NW):
                sink = two_baryon_entry(*sink_rho, wp)
                for p, perm in enumerate(PERMS):
                    for b in range(2):
                        a = [sink[perm[3 * b + q] // 3][perm[3 * b + q] % 3] for q in range(3)]
                        ent[ir, u, p, wp, b] = (src_rho[b] - 1) * TRIPLES + _triple(*a)
    return pattern, ent, [len(DD_ROWS[r]) for r in rows]


def dh_tables(rows, nwh):
    """entry[row][u][p][h][b] = 432 b + 216 (rho_b - 1) + triple of local block b."""
    nu = max(len(DH_ROWS[r]) for r in rows)
    ent = np.zeros((len(rows), nu, NPERM, nwh, 2), np.int32)
    for ir, r in enumerate(rows):
        for u, src_rho in enumerate(DH_ROWS[r]):
            for h in range(nwh):
                six = hexaquark_slots(r, h)
                for p, perm in enumerate(PERMS):
                    for b in range(2):
                        a = [six[perm[3 * b + q]] for q in range(3)]
                        ent[ir, u, p, h, b] = 2 * TRIPLES * b + (src_rho[b] - 1) * TRIPLES + _triple(*a)
    return ent, [len(DH_ROWS[r]) for r in rows]


def hh_tables(rows, nwh):
    """sink[row][p][h'][k]: sink colour-spin of source slot k under (p, h');
    source[row][h][k]: source colour-spin of slot k of entry h."""
    sink = np.zeros((len(rows), NPERM, nwh, 6), np.int32)
    src = np.zeros((len(rows), nwh, 6), np.int32)
    for ir, r in enumerate(rows):
        for h in range(nwh):
            six = hexaquark_slots(r, h)
            src[ir, h] = six
            for p, perm in enumerate(PERMS):
                sink[ir, p, h] = [six[perm[k]] for k in range(6)]
    return sink, src


# ------------------------------------------------------------------ Halide helpers

class Input:
    """A benchmark argument as an ImageParam, indexed in the benchmark's order."""

    def __init__(self, name, shape):
        self.name, self.shape = name, tuple(shape)
        self.ip = hl.ImageParam(hl.Float(64), len(shape), name)
        _constrain(self.ip, shape)

    def __call__(self, *idx):
        return self.ip[[_expr(i) for i in reversed(idx)]]


def _constrain(buf_param, shape):
    """Exact extents and dense row-major strides (Halide's dimension 0 = the last axis). The
    stride of an extent-1 dimension is left free: it never scales an index, and numpy views
    do not agree on it."""
    stride = 1
    for i, d in enumerate(reversed(shape)):
        buf_param.dim(i).set_bounds(0, d)
        buf_param.dim(i).set_stride(stride if d > 1 else hl.Expr())
        stride *= d


def _estimates(shape):
    return [hl.Range(0, d) for d in reversed(shape)]


def cmul(a, b):
    return (a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0])


def cadd(a, b):
    return (a[0] + b[0], a[1] + b[1])


def rmul(k, a):
    return (k * a[0], k * a[1])


def val(f, *idx):
    """(re, im) of a Tuple Func at idx (Halide order)."""
    r = f[list(idx)]
    return (r[0], r[1])


def define_sum(f, args, rdom, term):
    """f(args) = 0 + sum over rdom of term (a complex pair), in rdom order (dimension 0 innermost)."""
    zero = hl.f64(0)
    f[args] = hl.Tuple([zero, zero])
    acc = cadd(val(f, *args), term)
    f[args] = hl.Tuple([acc[0], acc[1]])


_MADE = []                  # the Funcs of the pipeline being built (see Counterpart.compile)


def _func(name):
    f = hl.Func(name)
    _MADE.append(f)
    return f


def vars_(names):
    return [hl.Var(n) for n in names.split()]


def table(arr):
    """An int32 index table as a constant Buffer that owns a copy of the values (a Buffer
    made on a numpy array would not keep it alive), indexed in the array's own order."""
    arr = np.asarray(arr, dtype=np.int32)
    buf = hl.Buffer(hl.Int(32), list(arr.shape))
    np.asarray(buf)[...] = arr
    return buf


def load(tab, *idx, hi):
    """tab[idx] clamped to [0, hi]: the range the bounds inference needs for a subscript."""
    return hl.clamp(tab[[_expr(i) for i in idx]], 0, hi)


def _expr(i):
    return i if isinstance(i, hl.Expr) else hl.Expr(i)


# ------------------------------------------------------------------ LQCD counterparts

def _pair(sig, names, i):
    return Input(names + "_re", sig[i][0]), Input(names + "_im", sig[i + 1][0])


def _gather(S, E, nt, v):
    """G[beta][rho][q][t][w][a'][x][y] = sum_a E[rho][q][w][a] S[beta][q][t][a'][a][x][y] (LQCD.md 3.1, 4.2 S2)."""
    y, x, ap, w, t, q, rho, beta = vars_("y x ap w t q rho beta")
    g = _func("G")
    r = hl.RDom([(0, NA)], "ra")
    a = r.x
    s = tuple(S[k](beta, q, t, ap / 2, ap % 2, a / 2, a % 2, x, y) for k in range(2))
    define_sum(g, [y, x, ap, w, t, q, rho, beta], r, rmul(E(rho, q, w, a / 2, a % 2), s))
    return g


def _split_e(e):
    """(rho, a0, a1, a2) of a block entry e = 216 rho + 36 a0 + 6 a1 + a2."""
    return e / TRIPLES, (e / 36) % NA, (e / NA) % NA, e % NA


def _pattern_bits(pat):
    return pat / 4, (pat / 2) % 2, pat % 2


def _home(pat):
    b0, b1, b2 = _pattern_bits(pat)
    return hl.select(b0 + b1 + b2 <= 1, 0, 1)


def _dd_blocks_naive(G, psi, v, nsrc):
    """B[t][x1][x2][P][e][m] = sum_y psi_h[y][m] sum_w G0 G1 G2 at the pattern's sites (LQCD.md 3.2 Form N)."""
    m, e, pat, x2, x1, t = vars_("m e pat x2 x1 t")
    rho, a0, a1, a2 = _split_e(e)
    home = _home(pat)
    sites = [hl.select(bit == 1, x2, x1) for bit in _pattern_bits(pat)]
    r = hl.RDom([(0, NW), (0, v)], "rwy")
    w, y = r.x, r.y
    gs = [val(G, y, sites[q], a, w, t, q, rho, home) for q, a in enumerate((a0, a1, a2))]
    ps = tuple(psi[k](home, y, m) for k in range(2))
    b = _func("B")
    define_sum(b, [m, e, pat, x2, x1, t], r, cmul(ps, cmul(cmul(gs[0], gs[1]), gs[2])))
    return b


# the six diquarks of DD Form R: (home, site bit of quark 0, site bit of quark 2)
_DIQUARKS = [(0, 0, 0), (0, 1, 0), (0, 0, 1), (1, 1, 1), (1, 0, 1), (1, 1, 0)]


def _dd_blocks_rewrite(G, psi, v, nsrc):
    """Form R (LQCD.md 3.2): D = G0 G2 per diquark, Q_P = sum_w D G1, B_P = sum_y psi Q_P."""
    dq_home = table([d[0] for d in _DIQUARKS])
    dq_b0 = table([d[1] for d in _DIQUARKS])
    dq_b2 = table([d[2] for d in _DIQUARKS])
    pat_dq = np.zeros(8, np.int32)
    for pat in range(8):
        bits = ((pat >> 2) & 1, (pat >> 1) & 1, pat & 1)
        home = 0 if sum(bits) <= 1 else 1
        pat_dq[pat] = _DIQUARKS.index((home, bits[0], bits[2]))
    pat_dq = table(pat_dq)

    y, a2, a0, w, rho, k, x2, x1, t = vars_("y a2 a0 w rho k x2 x1 t")
    home = load(dq_home, k, hi=1)
    s0 = hl.select(load(dq_b0, k, hi=1) == 1, x2, x1)
    s2 = hl.select(load(dq_b2, k, hi=1) == 1, x2, x1)
    d = _func("D")
    prod = cmul(val(G, y, s0, a0, w, t, 0, rho, home), val(G, y, s2, a2, w, t, 2, rho, home))
    d[y, a2, a0, w, rho, k, x2, x1, t] = hl.Tuple([prod[0], prod[1]])

    a1, pat = hl.Var("a1"), hl.Var("pat")
    phome = _home(pat)
    s1 = hl.select(_pattern_bits(pat)[1] == 1, x2, x1)
    rw = hl.RDom([(0, NW)], "rw")
    q = _func("Q")
    define_sum(q, [a1, y, a2, a0, rho, pat, x2, x1, t], rw,
               cmul(val(d, y, a2, a0, rw.x, rho, load(pat_dq, pat, hi=5), x2, x1, t),
                    val(G, y, s1, a1, rw.x, t, 1, rho, phome)))

    m, e = hl.Var("m"), hl.Var("e")
    erho, e0, e1, e2 = _split_e(e)
    ry = hl.RDom([(0, v)], "ry")
    b = _func("B")
    ps = tuple(psi[i](phome, ry.x, m) for i in range(2))
    define_sum(b, [m, e, pat, x2, x1, t], ry, cmul(ps, val(q, e1, ry.x, e2, e0, erho, pat, x2, x1, t)))
    return b


def _dd_correlator(block, kappa, Psi, prm, out_name):
    """Pr[r][t][x1][x2][m] = sum_{u,p,w'} kappa B[P0(p)][e0] B[P1(p)][e1]; C = sum_{x1,x2} Psi Pr (LQCD.md 3.4).
    block(m, e, pat, x2, x1, t) -> (re, im)."""
    rows, v, nt, nsrc = prm["rows"], prm["Vsnk"], prm["Nt"], prm["Nsrc"]
    pattern, ent, nterms = dd_tables(rows)
    tpat, tent = table(pattern), table(ent)
    m, x2, x1, t, ir = vars_("m x2 x1 t ir")
    r = hl.RDom([(0, NW * NW), (0, NPERM), (0, max(nterms))], "rterm")
    wp, p, u = r.x, r.y, r.z
    if len(set(nterms)) > 1:
        lim = hl.i32(nterms[-1])
        for i in range(len(nterms) - 2, -1, -1):
            lim = hl.select(ir == i, nterms[i], lim)
        r.where(u < lim)
    f0 = block(m, load(tent, ir, u, p, wp, 0, hi=2 * TRIPLES - 1), load(tpat, p, 0, hi=7), x2, x1, t)
    f1 = block(m, load(tent, ir, u, p, wp, 1, hi=2 * TRIPLES - 1), load(tpat, p, 1, hi=7), x2, x1, t)
    pr = _func("Pr")
    define_sum(pr, [m, x2, x1, t, ir], r, rmul(kappa(ir, u, p, wp), cmul(f0, f1)))
    n = hl.Var("n")
    rx = hl.RDom([(0, v), (0, v)], "rx")
    c = _func(out_name)
    define_sum(c, [n, m, t, ir], rx, cmul(tuple(Psi[k](rx.y, rx.x, n) for k in range(2)),
                                          val(pr, m, rx.x, rx.y, t, ir)))
    return c


def lqcd_dd(sig, prm):
    form = prm["form"]
    if form == "corr":
        B = _pair(sig, "B", 0)
        kappa = Input("kappa", sig[2][0])
        Psi = _pair(sig, "Psi", 3)
        inputs = [*B, kappa, *Psi]

        def block(m, e, pat, x2, x1, t):
            rho, a0, a1, a2 = _split_e(e)
            return tuple(B[k](pat, t, x1, x2, rho, a0 / 2, a0 % 2, a1 / 2, a1 % 2, a2 / 2, a2 % 2, m)
                         for k in range(2))
    else:
        S = _pair(sig, "S", 0)
        E = Input("E", sig[2][0])
        psi = _pair(sig, "psi", 3)
        kappa = Input("kappa", sig[5][0])
        Psi = _pair(sig, "Psi", 6)
        inputs = [*S, E, *psi, kappa, *Psi]
        G = _gather(S, E, prm["Nt"], prm["Vsnk"])
        make = _dd_blocks_naive if form == "naive" else _dd_blocks_rewrite
        bf = make(G, psi, prm["Vsnk"], prm["Nsrc"])

        def block(m, e, pat, x2, x1, t):
            return val(bf, m, e, pat, x2, x1, t)
    return inputs, _dd_correlator(block, kappa, Psi, prm, "C")


def _local_blocks_naive(G, psi, v):
    """L[t][x][e][m], e = 432 beta + 216 rho + triple: sum_y psi_beta sum_w G0 G1 G2 at x (LQCD.md 3.3)."""
    m, e, x, t = vars_("m e x t")
    beta = e / (2 * TRIPLES)
    rho, a0, a1, a2 = _split_e(e % (2 * TRIPLES))
    r = hl.RDom([(0, NW), (0, v)], "rwy")
    w, y = r.x, r.y
    gs = [val(G, y, x, a, w, t, q, rho, beta) for q, a in enumerate((a0, a1, a2))]
    ps = tuple(psi[k](beta, y, m) for k in range(2))
    lb = _func("L")
    define_sum(lb, [m, e, x, t], r, cmul(ps, cmul(cmul(gs[0], gs[1]), gs[2])))
    return lb


def _local_blocks_rewrite(G, psi, v):
    """L through the local diquark D = G0 G2 and Q = sum_w D G1 (LQCD.md 3.3 in Form R)."""
    y, a2, a0, w, rho, beta, x, t = vars_("y a2 a0 w rho beta x t")
    d = _func("D")
    prod = cmul(val(G, y, x, a0, w, t, 0, rho, beta), val(G, y, x, a2, w, t, 2, rho, beta))
    d[y, a2, a0, w, rho, beta, x, t] = hl.Tuple([prod[0], prod[1]])
    a1 = hl.Var("a1")
    rw = hl.RDom([(0, NW)], "rw")
    q = _func("Q")
    define_sum(q, [a1, y, a2, a0, rho, beta, x, t], rw,
               cmul(val(d, y, a2, a0, rw.x, rho, beta, x, t), val(G, y, x, a1, rw.x, t, 1, rho, beta)))
    m, e = hl.Var("m"), hl.Var("e")
    eb = e / (2 * TRIPLES)
    erho, e0, e1, e2 = _split_e(e % (2 * TRIPLES))
    ry = hl.RDom([(0, v)], "ry")
    lb = _func("L")
    ps = tuple(psi[k](eb, ry.x, m) for k in range(2))
    define_sum(lb, [m, e, x, t], ry, cmul(ps, val(q, e1, ry.x, e2, e0, erho, eb, x, t)))
    return lb


def lqcd_dh(sig, prm):
    S = _pair(sig, "S", 0)
    E = Input("E", sig[2][0])
    psi = _pair(sig, "psi", 3)
    kappa = Input("kappa", sig[5][0])
    chi = _pair(sig, "chi_snk", 6)
    v, rows, nwh = prm["Vsnk"], prm["rows"], prm["NwH"]
    G = _gather(S, E, prm["Nt"], v)
    make = _local_blocks_naive if prm["form"] == "naive" else _local_blocks_rewrite
    lb = make(G, psi, v)
    ent, nterms = dh_tables(rows, nwh)
    tent = table(ent)
    m, x, t, ir = vars_("m x t ir")
    r = hl.RDom([(0, nwh), (0, NPERM), (0, max(nterms))], "rterm")
    h, p, u = r.x, r.y, r.z
    if len(set(nterms)) > 1:
        lim = hl.i32(nterms[-1])
        for i in range(len(nterms) - 2, -1, -1):
            lim = hl.select(ir == i, nterms[i], lim)
        r.where(u < lim)
    hi = 4 * TRIPLES - 1
    l0 = val(lb, m, load(tent, ir, u, p, h, 0, hi=hi), x, t)
    l1 = val(lb, m, load(tent, ir, u, p, h, 1, hi=hi), x, t)
    px = _func("Px")
    define_sum(px, [m, x, t, ir], r, rmul(kappa(ir, u, p, h), cmul(l0, l1)))
    n = hl.Var("n")
    rx = hl.RDom([(0, v)], "rx")
    c = _func("C")
    define_sum(c, [n, m, t, ir], rx, cmul(tuple(chi[k](rx.x, n) for k in range(2)), val(px, m, rx.x, t, ir)))
    return [*S, E, *psi, kappa, *chi], c


def lqcd_hh(sig, prm):
    S = _pair(sig, "S", 0)
    kappa = Input("kappa", sig[2][0])
    omega = Input("omegaH", sig[3][0])
    chs = _pair(sig, "chi_src", 4)
    chk = _pair(sig, "chi_snk", 6)
    v, rows, nwh = prm["Vsnk"], prm["rows"], prm["NwH"]
    sink, src = hh_tables(rows, nwh)
    tsink, tsrc = table(sink), table(src)

    def s_at(b, q, t, ap, a, x, y):
        return tuple(S[k](b, q, t, ap / 2, ap % 2, a / 2, a % 2, x, y) for k in range(2))

    y, x, t, ir = vars_("y x t ir")
    z = _func("Z")
    if prm["form"] == "naive":
        # Z = sum_{p,h',h} kappa OmegaH prod_k S_k[sink(p,h')_k][source(h)_k] (LQCD.md 3.7)
        r = hl.RDom([(0, nwh), (0, nwh), (0, NPERM)], "rterm")
        h, hp, p = r.x, r.y, r.z
        prod = None
        for k in range(6):
            sk = s_at(k // 3, k % 3, t, load(tsink, ir, p, hp, k, hi=NA - 1), load(tsrc, ir, h, k, hi=NA - 1), x, y)
            prod = sk if prod is None else cmul(prod, sk)
        define_sum(z, [y, x, t, ir], r, rmul(kappa(ir, p, hp) * omega(ir, h), prod))
        m, n = hl.Var("m"), hl.Var("n")
        rxy = hl.RDom([(0, v), (0, v)], "rxy")
        chi = cmul(tuple(chs[k](rxy.x, m) for k in range(2)), tuple(chk[k](rxy.y, n) for k in range(2)))
        c = _func("C")
        define_sum(c, [n, m, t, ir], rxy, cmul(chi, val(z, rxy.x, rxy.y, t, ir)))
        return [*S, kappa, omega, *chs, *chk], c
    # rewrite: U_b[h][a0' a1' a2'] = prod_q S[b][q][a_q'][source(h)_{3b+q}], Z from U_0 U_1, W, C
    pairs = np.stack([(sink[..., 0] * NA + sink[..., 1]) * NA + sink[..., 2],
                      (sink[..., 3] * NA + sink[..., 4]) * NA + sink[..., 5]], axis=-1)
    tpair = table(pairs)
    j, h, b = vars_("j h b")
    a0, a1, a2 = j / 36, (j / NA) % NA, j % NA
    prod = None
    for q, a in enumerate((a0, a1, a2)):
        sq = s_at(b, q, t, a, load(tsrc, ir, h, 3 * b + q, hi=NA - 1), x, y)
        prod = sq if prod is None else cmul(prod, sq)
    uf = _func("U")
    uf[j, h, y, x, t, b, ir] = hl.Tuple([prod[0], prod[1]])
    r = hl.RDom([(0, nwh), (0, nwh), (0, NPERM)], "rterm")
    h_, hp, p = r.x, r.y, r.z
    u0 = val(uf, load(tpair, ir, p, hp, 0, hi=TRIPLES - 1), h_, y, x, t, 0, ir)
    u1 = val(uf, load(tpair, ir, p, hp, 1, hi=TRIPLES - 1), h_, y, x, t, 1, ir)
    define_sum(z, [y, x, t, ir], r, rmul(kappa(ir, p, hp) * omega(ir, h_), cmul(u0, u1)))
    m, n = hl.Var("m"), hl.Var("n")
    ry = hl.RDom([(0, v)], "ry")
    wv = _func("W")
    define_sum(wv, [m, x, t, ir], ry, cmul(tuple(chs[k](ry.x, m) for k in range(2)), val(z, ry.x, x, t, ir)))
    rx = hl.RDom([(0, v)], "rx")
    c = _func("C")
    define_sum(c, [n, m, t, ir], rx, cmul(tuple(chk[k](rx.x, n) for k in range(2)), val(wv, m, rx.x, t, ir)))
    return [*S, kappa, omega, *chs, *chk], c


LQCD_KINDS = {"dibaryon_dibaryon": lqcd_dd, "dibaryon_hexaquark": lqcd_dh, "hexaquark_hexaquark": lqcd_hh}


# ------------------------------------------------------------------ paper operators

def _out(name):
    return _func(name)


def paper_matmul(sig, prm):
    (m_, k_), (_, n_), _ = [s for s, _ in sig]
    A, B, C0 = Input("A", sig[0][0]), Input("B", sig[1][0]), Input("C_init", sig[2][0])
    j, i = vars_("j i")
    r = hl.RDom([(0, k_)], "k")
    c = _out("C")
    c[j, i] = C0(i, j)
    c[j, i] = c[j, i] + A(i, r.x) * B(r.x, j)
    return [A, B, C0], c


def paper_conv(sig, prm):
    x_, w_, o_ = [s for s, _ in sig]
    s, d = prm["stride"], prm["dilation"]
    _, ch, kh, kw = w_
    X, W, O0 = Input("x", x_), Input("w", w_), Input("out_init", o_)
    ow, oh, f, n = vars_("ow oh f n")
    r = hl.RDom([(0, kw), (0, kh), (0, ch)], "rck")
    c = _out("out")
    c[ow, oh, f, n] = O0(n, f, oh, ow)
    c[ow, oh, f, n] = c[ow, oh, f, n] + X(n, r.z, oh * s + r.y * d, ow * s + r.x * d) * W(f, r.z, r.y, r.x)
    return [X, W, O0], c


def paper_pool(sig, prm):
    x_, o_ = [s for s, _ in sig]
    k, s = prm["kernel"], prm["stride"]
    X, O0 = Input("x", x_), Input("out_init", o_)
    ow, oh, ch, n = vars_("ow oh ch n")
    r = hl.RDom([(0, k), (0, k)], "rk")
    c = _out("out")
    c[ow, oh, ch, n] = O0(n, ch, oh, ow)
    c[ow, oh, ch, n] = hl.max(c[ow, oh, ch, n], X(n, ch, oh * s + r.y, ow * s + r.x))
    return [X, O0], c


def paper_add(sig, prm):
    shape = sig[0][0]
    A, B = Input("a", shape), Input("b", shape)
    vs = [hl.Var("d%d" % i) for i in range(len(shape))]
    c = _out("out")
    c[vs] = A(*reversed(vs)) + B(*reversed(vs))
    return [A, B], c


def paper_relu(sig, prm):
    shape = sig[0][0]
    A = Input("x", shape)
    vs = [hl.Var("d%d" % i) for i in range(len(shape))]
    c = _out("out")
    c[vs] = hl.max(A(*reversed(vs)), hl.f64(0))
    return [A], c


PAPER_WHAT = {
    "matmul": lambda sig, p: "C = C_init + A*B (M x K x N = %d x %d x %d; C_init is the output "
                             "argument's initial contents, the result goes to a separate buffer)" % (
        sig[0][0][0], sig[0][0][1], sig[1][0][1]),
    "conv_2d_nchw_fchw": lambda sig, p: "out = out_init + conv2d NCHW x FCHW (%dx%d filter, stride %d, "
                                        "dilation %d; out_init is the output argument's initial "
                                        "contents, the result goes to a separate buffer)" % (
        sig[1][0][2], sig[1][0][3], p["stride"], p["dilation"]),
    "pooling_nchw_max": lambda sig, p: "out = max(out_init, max-pool NCHW %dx%d, stride %d) (out_init is the "
                                       "output argument's initial contents, the result goes to a "
                                       "separate buffer)" % (p["kernel"], p["kernel"], p["stride"]),
    "add": lambda sig, p: "out = a + b",
    "relu": lambda sig, p: "out = max(x, 0)",
}
PAPER_OPS = {"matmul": paper_matmul, "conv_2d_nchw_fchw": paper_conv, "pooling_nchw_max": paper_pool,
             "add": paper_add, "relu": paper_relu}


# ------------------------------------------------------------------ counterparts

class Counterpart:
    """A benchmark's Halide counterpart: build() makes a fresh pipeline (inputs, output Func);
    reads are the argument indices bound to the inputs, writes the output arguments."""

    def __init__(self, bench_id, what, sig, build, reads, writes):
        self.id, self.what, self.sig = bench_id, what, sig
        self._build, self.reads, self.writes = build, reads, writes

    def inputs(self, seed=1):
        return seeded_inputs(self.sig, seed)

    def compile(self, autoscheduler, machine_params, target):
        """(Compiled, autoschedule seconds, JIT seconds). autoscheduler None: unscheduled, every
        Func computed at root in its definition's loop order, serial (Halide's default inlining
        would recompute the blocks for every correlator term)."""
        import time
        del _MADE[:]
        inputs, out = self._build()
        stages = [f for f in _MADE if f.name() != out.name()]
        del _MADE[:]
        for inp in inputs:
            inp.ip.set_estimates(_estimates(inp.shape))
        shapes = [self.sig[i][0] for i in self.writes]
        out.set_estimates(_estimates(shapes[0]))
        # The output's extents are constrained (the others of a Tuple share the first's); its
        # strides are not: with them, Li2018's schedules of the DD kernels crash in Halide 14.
        for i, shape in enumerate(reversed(shapes[0])):
            out.output_buffers()[0].dim(i).set_bounds(0, shape)
        pipe = hl.Pipeline(out)
        t0 = time.perf_counter()
        if autoscheduler is not None:
            pipe.auto_schedule(autoscheduler, target, machine_params)
        else:
            for f in stages:
                f.compute_root()
        t1 = time.perf_counter()
        pipe.compile_jit(target)
        t2 = time.perf_counter()
        return Compiled(self, pipe, inputs), t1 - t0, t2 - t1


class Compiled:
    def __init__(self, cp, pipe, inputs):
        self.cp, self.pipe, self.inputs = cp, pipe, inputs

    def bind(self, args):
        """A call with no arguments that runs the pipeline once on the benchmark arguments args
        (all of them, in order; the output arguments' contents are read where the benchmark
        reads them) and the output arrays it writes (fresh, one per output argument)."""
        if len(args) != len(self.cp.sig):
            raise ValueError("%d arguments, the benchmark has %d" % (len(args), len(self.cp.sig)))
        bound = []                          # a Buffer on a numpy array does not keep it alive
        for inp, i in zip(self.inputs, self.cp.reads):
            a = np.ascontiguousarray(args[i], dtype=np.float64)
            if a.shape != inp.shape:
                raise ValueError("argument %d has shape %s, expected %s" % (i, a.shape, inp.shape))
            bound.append(a)
            inp.ip.set(hl.Buffer(a.T))
        outs = [np.empty(self.cp.sig[i][0]) for i in self.cp.writes]
        bufs = [hl.Buffer(o.T) for o in outs]
        target = bufs if len(bufs) > 1 else bufs[0]
        pipe = self.pipe

        def call():
            pipe.realize(target)
        call.keep = (bound, outs)
        return call, outs

    def release(self):
        """Drop the bound argument buffers (the pipeline itself stays compiled)."""
        for inp in self.inputs:
            inp.ip.reset()


def counterpart(bench_id, manifest_path, bench_file=None):
    """The Halide counterpart of a benchmark, or NotApplicable saying why there is none."""
    suite, e = entry(bench_id, manifest_path)
    prm = e.get("provenance", {}).get("params", {})
    path = bench_file or os.path.join(os.path.dirname(manifest_path), e["file"])
    if suite == "lqcd":
        kind = LQCD_KINDS.get(prm.get("kind"))
        if kind is None:
            raise NotApplicable("unknown LQCD kind '%s'" % prm.get("kind"))
        sig = signature(path)
        _check_f64(sig)
        p = dict(prm, rows=tuple(prm["rows"]))
        n = len(sig)

        def build():
            inputs, out = kind(sig, p)
            if [i.shape for i in inputs] != [s for s, _ in sig[:n - 2]]:
                raise ValueError("the counterpart's inputs do not match the benchmark's arguments")
            return inputs, out
        what = "Halide %s (%s form), f64, benchmark arguments %s" % (
            prm["kind"], prm["form"], ", ".join(_dims(s) for s, _ in sig))
        return Counterpart(bench_id, what, sig, build, list(range(n - 2)), [n - 2, n - 1])
    if suite == "paper":
        op = PAPER_OPS.get(prm.get("op"))
        if op is None:
            raise NotApplicable("no Halide counterpart for paper op '%s'" % prm.get("op"))
        sig = signature(path)
        _check_f64(sig)
        desc = PAPER_WHAT[prm["op"]](sig, prm)
        n = len(sig)
        reads = list(range(n)) if prm["op"] in ("matmul", "conv_2d_nchw_fchw", "pooling_nchw_max") \
            else list(range(n - 1))

        def build():
            return op(sig, prm)
        what = "Halide %s, f64, benchmark arguments %s" % (desc, ", ".join(_dims(s) for s, _ in sig))
        return Counterpart(bench_id, what, sig, build, reads, [n - 1])
    raise NotApplicable("no Halide counterpart for suite '%s' (Halide is an evaluation baseline of "
                        "suites lqcd and paper)" % suite)


def _check_f64(sig):
    if any(elem != "f64" for _, elem in sig):
        raise NotApplicable("element type other than f64")


def _dims(shape):
    return "x".join(str(d) for d in shape)
