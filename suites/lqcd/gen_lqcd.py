#!/usr/bin/python3
"""Generator of the LQCD benchmark suite: two-point correlator kernels as linalg.generic.

The mathematics is /work/shared/LQCD.md (a copy of its essentials is in suites/lqcd/README.md);
section numbers below refer to it. Three kinds of correlator, each in one or more forms:

  dibaryon_dibaryon   (DD)  naive:   G -> 8 blocks B_P (Form N, 13 loops) -> Pr -> C_DD
                            rewrite: G -> 6 diquarks D -> 8 Q_P -> 8 B_P (Form R) -> Pr -> C_DD
                            corr:    blocks B are an input -> Pr -> C_DD (the correlator stage)
  dibaryon_hexaquark  (DH)  naive:   G -> local blocks L (13 loops) -> Px -> C_DH
                            rewrite: G -> D -> Q -> L -> Px -> C_DH
  hexaquark_hexaquark (HH)  naive:   Z (six propagators per term) -> C_HH
                            rewrite: U_b (three-quark products) -> Z -> W -> C_HH

Conventions of every emitted file (SPEC section 1): one public `@main` with
`llvm.emit_c_interface`, static f64 memref arguments (inputs first, then the two outputs
C_re, C_im), each wrapped with the generic `"bufferization.to_tensor"` form, Linalg on tensors,
results written back with `bufferization.materialize_in_destination`.

Complex values are separate re/im arrays (LQCD.md 4.1, option A). Real-valued weights (the
one-hot nucleon weight tensor E, the term coefficients kappa, the hexaquark weights OmegaH)
are function arguments like the propagators, so that any input values give a well-defined
computation; `coefficient_inputs()` returns their physical values. Only the integer index
tables that select colour-spin components (LQCD.md 4.2, strategy S3) are dense constants in
the function: they are structure, and random values there would index out of bounds.

Usage:
  gen_lqcd.py                      regenerate quick/, medium/, paper/ and manifest.json
  gen_lqcd.py --out DIR --test-vector
                                   write the LQCD.md 6 test-vector kernels (V=2, NwH=4, 4 rows)
"""
import argparse
import itertools
import json
import math
import os
import sys
from dataclasses import dataclass

import numpy as np

sys.dont_write_bytecode = True          # keep suites/ free of __pycache__
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tools"))
import manifest as M  # noqa: E402  (suites/tools/manifest.py: hashing and the suite version)

GENERATOR = "suites/lqcd/gen_lqcd.py"
SUITE = "lqcd"

NC, NS, NQ = 3, 2, 3
NA = NC * NS
NW = 12
NPERM = 36
NB_FLAT = NA ** 3                   # 216 colour-spin triples of a block
OW = 0.5
R2 = math.sqrt(2.0)

KINDS = {"dd": "dibaryon_dibaryon", "dh": "dibaryon_hexaquark", "hh": "hexaquark_hexaquark"}
FORMS = {"dd": ("naive", "rewrite", "corr"), "dh": ("naive", "rewrite"), "hh": ("naive", "rewrite")}


# =============================================================================================
# Physics tables, generator side (LQCD.md 2.3). Kept apart from reference.py on purpose: the
# test compares two independent readings of the same equations.
# =============================================================================================

def _nucleon(rho):
    """Source colour-spin index A[w][q] and weight omega[w] of nucleon spin row rho in {1, 2}."""
    perms = [(0, 1, 2), (0, 2, 1), (1, 0, 2), (1, 2, 0), (2, 1, 0), (2, 0, 1)]
    eps = [1, -1, -1, 1, -1, 1]
    spins = {1: ((0, 1, 0), (1, 0, 0)), 2: ((0, 1, 1), (1, 0, 1))}
    sign0 = {1: (-1.0, 1.0), 2: (1.0, -1.0)}      # omega sign for h = 0, 1
    idx, omega = [], []
    for w in range(NW):
        h, p = divmod(w, 6)
        idx.append([perms[p][q] * NS + spins[rho][h][q] for q in range(3)])
        omega.append(sign0[rho][h] * eps[p] / R2)
    return idx, omega


NUC = {rho: _nucleon(rho) for rho in (1, 2)}


def _wick_perms():
    """36 permutations of the six quark slots that keep {0,2,4} and {1,3,5}, with parities."""
    out = []
    for up in itertools.permutations([0, 2, 4]):
        for dn in itertools.permutations([1, 3, 5]):
            p = [up[0], dn[0], up[1], dn[1], up[2], dn[2]]
            inv = sum(p[i] > p[j] for i in range(6) for j in range(i + 1, 6))
            out.append((p, -1 if inv & 1 else 1))
    return out


WICK = _wick_perms()
# sink (baryon, slot) of source slot k under permutation i
SINK = [[divmod(p[k], 3) for k in range(6)] for p, _ in WICK]

TAU = {"1": (1, 2, 1 / R2), "2": (2, 1, -1 / R2), "r1": (1, 1, 1.0),
       "r2a": (1, 2, 1 / R2), "r2b": (2, 1, 1 / R2), "r3": (2, 2, 1.0)}
# per row: (rho0, rho1, tau, lambda)
DD_ROWS = [
    [(1, 2, "1", OW / R2), (1, 2, "2", OW / R2), (2, 1, "1", -OW / R2), (2, 1, "2", -OW / R2)],
    [(1, 1, "r1", OW)],
    [(1, 2, "r2a", OW / R2), (1, 2, "r2b", OW / R2), (2, 1, "r2a", OW / R2), (2, 1, "r2b", OW / R2)],
    [(2, 2, "r3", OW)],
]
DH_ROWS = [[(1, 2, OW / R2), (2, 1, -OW / R2)], [(1, 1, OW)],
           [(1, 2, OW / R2), (2, 1, OW / R2)], [(2, 2, OW)]]
HEX_TAU = ("1", "r1", "r2a", "r3")


def _sink_entry(tau, wp):
    """Sink colour-spins [beta][nu] and Omega of entry w' = w1 + 12 w2 of two-baryon table tau."""
    ra, rb, c = TAU[tau]
    w1, w2 = wp % NW, wp // NW
    (ia, oa), (ib, ob) = NUC[ra], NUC[rb]
    return (ia[w1], ib[w2]), c * oa[w1] * ob[w2]


def _hex_entry(row, h):
    """Six-slot colour-spins and OmegaH of hexaquark entry h of a row (synthetic, LQCD.md 2.3)."""
    cs, om = _sink_entry(HEX_TAU[row], h)
    return list(cs[0]) + list(cs[1]), om


def _triple(a0, a1, a2):
    return (a0 * NA + a1) * NA + a2


def dd_tables(rows):
    """Pr tables (LQCD.md 3.4, raw terms, structured (u, p, w') with u = (spin pair, tau)):

    patterns[36][2]        site pattern P_b(p) of source baryon b (i32 constant)
    entries[R][U][36][144][2]  (rho_b - 1)*216 + colour-spin triple of block b (i32 constant)
    kappa[R][U][36][144]   lambda * sigma_p * Omega (f64 input)
    nterms[r]              number of u terms of row r (the rest is padding)
    """
    nu = max(len(DD_ROWS[r]) for r in rows)
    pats = np.zeros((NPERM, 2), np.int32)
    ent = np.zeros((len(rows), nu, NPERM, NW * NW, 2), np.int32)
    kap = np.zeros((len(rows), nu, NPERM, NW * NW))
    for i, (p, sgn) in enumerate(WICK):
        for b in range(2):
            bits = [SINK[i][3 * b + q][0] for q in range(3)]
            pats[i, b] = 4 * bits[0] + 2 * bits[1] + bits[2]
    for ir, r in enumerate(rows):
        for u, (rho0, rho1, tau, lam) in enumerate(DD_ROWS[r]):
            for i, (p, sgn) in enumerate(WICK):
                for wp in range(NW * NW):
                    cs, om = _sink_entry(tau, wp)
                    for b, rho in ((0, rho0), (1, rho1)):
                        a = [cs[SINK[i][3 * b + q][0]][SINK[i][3 * b + q][1]] for q in range(3)]
                        ent[ir, u, i, wp, b] = (rho - 1) * NB_FLAT + _triple(*a)
                    kap[ir, u, i, wp] = lam * sgn * om
    return pats, ent, kap, [len(DD_ROWS[r]) for r in rows]


def dh_tables(rows, nwh):
    """Px tables (LQCD.md 3.5): entries[R][U][36][NwH][2] index the local-block tensor viewed as
    [t][x][beta*432 + (rho-1)*216 + triple][m] (i32 constant); kappa[R][U][36][NwH] (f64 input)."""
    nu = max(len(DH_ROWS[r]) for r in rows)
    ent = np.zeros((len(rows), nu, NPERM, nwh, 2), np.int32)
    kap = np.zeros((len(rows), nu, NPERM, nwh))
    for ir, r in enumerate(rows):
        for u, (rho0, rho1, lam) in enumerate(DH_ROWS[r]):
            for i, (p, sgn) in enumerate(WICK):
                for h in range(nwh):
                    six, om = _hex_entry(r, h)
                    for b, rho in ((0, rho0), (1, rho1)):
                        a = [six[3 * SINK[i][3 * b + q][0] + SINK[i][3 * b + q][1]] for q in range(3)]
                        ent[ir, u, i, h, b] = b * 2 * NB_FLAT + (rho - 1) * NB_FLAT + _triple(*a)
                    kap[ir, u, i, h] = lam * sgn * om
    return ent, kap, [len(DH_ROWS[r]) for r in rows]


def hh_tables(rows, nwh):
    """Z tables (LQCD.md 3.7): sink[R][36][NwH][6] (sink colour-spin of slot k for (p, h')),
    source[R][NwH][6] (source colour-spin of slot k for h), both i32 constants;
    kappa[R][36][NwH] = ow sigma_p OmegaH_h' and omega[R][NwH] = OmegaH_h (f64 inputs)."""
    sink = np.zeros((len(rows), NPERM, nwh, 6), np.int32)
    src = np.zeros((len(rows), nwh, 6), np.int32)
    kap = np.zeros((len(rows), NPERM, nwh))
    om = np.zeros((len(rows), nwh))
    for ir, r in enumerate(rows):
        for h in range(nwh):
            six, o = _hex_entry(r, h)
            src[ir, h] = six
            om[ir, h] = o
            for i, (p, sgn) in enumerate(WICK):
                sink[ir, i, h] = [six[3 * SINK[i][k][0] + SINK[i][k][1]] for k in range(6)]
                kap[ir, i, h] = OW * sgn * o
    return sink, src, kap, om


def onehot_weights():
    """E[rho-1][q][w][c][s] = (c*2+s == A^rho_{w,q}) * (omega^rho_w if q == 0 else 1) (LQCD.md 4.2 S2)."""
    e = np.zeros((2, NQ, NW, NC, NS))
    for rho in (1, 2):
        idx, om = NUC[rho]
        for q in range(NQ):
            for w in range(NW):
                c, s = divmod(idx[w][q], NS)
                e[rho - 1, q, w, c, s] = om[w] if q == 0 else 1.0
    return e


# =============================================================================================
# Benchmark parameters, names, arguments
# =============================================================================================

@dataclass(frozen=True)
class Params:
    kind: str                 # dd | dh | hh
    form: str                 # naive | rewrite | corr
    v: int                    # sites per time slice, Vsrc = Vsnk
    w: int = 1                # wavefunctions: Nsrc = Nsnk (= NsrcHex = NsnkHex)
    nwh: int = 32             # hexaquark weight terms (DH, HH)
    rows: tuple = (0,)        # spin rows computed (0 = A1g)
    nt: int = 1               # sink time slices

    @property
    def name(self):
        parts = [KINDS[self.kind], "v%d" % self.v, "w%d" % self.w]
        if self.kind != "dd":
            parts.append("h%d" % self.nwh)
        if self.nt != 1:
            parts.append("t%d" % self.nt)
        if tuple(self.rows) != (0,):
            parts.append("r" + "".join(str(r) for r in self.rows))
        if self.form != "naive":
            parts.append(self.form)
        return "_".join(parts)

    @staticmethod
    def from_dict(d):
        """Inverse of as_dict (the manifest's provenance params)."""
        kind = {v: k for k, v in KINDS.items()}[d["kind"]]
        return Params(kind, d["form"], d["Vsnk"], w=d["Nsrc"], nwh=d["NwH"] or 32, rows=tuple(d["rows"]),
                      nt=d["Nt"])

    def as_dict(self):
        return {"kind": KINDS[self.kind], "form": self.form, "Vsrc": self.v, "Vsnk": self.v,
                "Nt": self.nt, "Nsrc": self.w, "Nsnk": self.w, "NsrcHex": self.w,
                "NsnkHex": self.w, "NwH": self.nwh if self.kind != "dd" else None,
                "rows": list(self.rows), "Nc": NC, "Ns": NS, "Nq": NQ, "Nw": NW,
                "Nperms": NPERM, "terms": "raw"}


@dataclass
class Arg:
    name: str
    shape: tuple
    role: str                 # "input" or "output"
    doc: str


def arguments(p):
    """The @main arguments of a benchmark, in order (inputs, then outputs C_re, C_im)."""
    v, w, nt, nr = p.v, p.w, p.nt, len(p.rows)
    s_shape = (2, NQ, nt, NC, NS, NC, NS, v, v)
    args = []

    def cplx(name, shape, doc):
        args.append(Arg(name + "_re", shape, "input", doc + " (real part)"))
        args.append(Arg(name + "_im", shape, "input", doc + " (imaginary part)"))

    if p.kind == "dd" and p.form == "corr":
        cplx("B", (8, nt, v, v, 2, NC, NS, NC, NS, NC, NS, w),
             "baryon blocks B[P][t][x1][x2][rho][c0 s0 c1 s1 c2 s2][m] (LQCD.md 3.2)")
    else:
        cplx("S", s_shape, "propagators S[beta][q][t][c' s'][c s][x][y]")
    if p.kind in ("dd", "dh") and p.form != "corr":
        args.append(Arg("E", (2, NQ, NW, NC, NS), "input",
                        "nucleon weights one-hot E[rho][q][w][c][s] (omega folded into q=0)"))
    if p.kind in ("dd", "dh") and p.form != "corr":
        cplx("psi", (2, v, w), "source nucleon wavefunctions psi[beta][y][m]")
    if p.kind == "dd":
        nu = max(len(DD_ROWS[r]) for r in p.rows)
        args.append(Arg("kappa", (nr, nu, NPERM, NW * NW), "input",
                        "Pr term coefficients lambda*sigma*Omega [row][u][perm][w']"))
        cplx("Psi", (v, v, w), "two-baryon sink wavefunction Psi[x1][x2][n]")
    elif p.kind == "dh":
        nu = max(len(DH_ROWS[r]) for r in p.rows)
        args.append(Arg("kappa", (nr, nu, NPERM, p.nwh), "input",
                        "Px term coefficients lambda*sigma*OmegaH [row][u][perm][h]"))
        cplx("chi_snk", (v, w), "hexaquark sink wavefunction chi_snk[x][n]")
    else:
        args.append(Arg("kappa", (nr, NPERM, p.nwh), "input",
                        "sink term coefficients ow*sigma*OmegaH [row][perm][h']"))
        args.append(Arg("omegaH", (nr, p.nwh), "input", "source hexaquark weights OmegaH [row][h]"))
        cplx("chi_src", (v, w), "hexaquark source wavefunction chi_src[y][m]")
        cplx("chi_snk", (v, w), "hexaquark sink wavefunction chi_snk[x][n]")
    for part in ("re", "im"):
        args.append(Arg("C_" + part, (nr, nt, w, w), "output",
                        "correlator C[row][t][m][n] (%s part)" % ("real" if part == "re" else "imaginary")))
    return args


def coefficient_inputs(p):
    """Physical values of the real-valued weight arguments (E, kappa, omegaH) of a benchmark."""
    out = {}
    if p.kind in ("dd", "dh") and p.form != "corr":
        out["E"] = onehot_weights()
    if p.kind == "dd":
        out["kappa"] = dd_tables(p.rows)[2]
    elif p.kind == "dh":
        out["kappa"] = dh_tables(p.rows, p.nwh)[1]
    else:
        _, _, kap, om = hh_tables(p.rows, p.nwh)
        out["kappa"], out["omegaH"] = kap, om
    return out


# =============================================================================================
# MLIR text emission
# =============================================================================================

def ttype(shape, et="f64"):
    return "tensor<%s>" % "x".join([str(d) for d in shape] + [et])


def mtype(shape, et="f64"):
    return "memref<%s>" % "x".join([str(d) for d in shape] + [et])


class Tensor:
    def __init__(self, name, shape, et="f64"):
        self.name, self.shape, self.et = name, tuple(shape), et

    @property
    def type(self):
        return ttype(self.shape, self.et)


class Body:
    """Builds the region of one linalg.generic; counts its floating-point operations."""

    def __init__(self, em, extents):
        self.em, self.extents, self.lines, self.flops = em, extents, [], 0

    def _f(self, op, a, b):
        n = self.em.fresh("v")
        self.lines.append("%s = arith.%s %s, %s : f64" % (n, op, a, b))
        self.flops += 1
        return n

    def mul(self, a, b):
        return self._f("mulf", a, b)

    def add(self, a, b):
        return self._f("addf", a, b)

    def sub(self, a, b):
        return self._f("subf", a, b)

    def cmul(self, a, b):
        (ar, ai), (br, bi) = a, b
        return (self.sub(self.mul(ar, br), self.mul(ai, bi)),
                self.add(self.mul(ar, bi), self.mul(ai, br)))

    def rmul(self, k, a):
        return (self.mul(k, a[0]), self.mul(k, a[1]))

    def cadd(self, a, b):
        return (self.add(a[0], b[0]), self.add(a[1], b[1]))

    def index(self, d):
        if self.extents[d] == 1:            # LLVM 22 folds these; spell the 0 so 19 and 22 print alike
            return self.iconst(0)
        n = self.em.fresh("i")
        self.lines.append("%s = linalg.index %d : index" % (n, d))
        return n

    def cast(self, v):
        n = self.em.fresh("i")
        self.lines.append("%s = arith.index_cast %s : i32 to index" % (n, v))
        return n

    def iconst(self, c):
        n = self.em.fresh("i")
        self.lines.append("%s = arith.constant %d : index" % (n, c))
        return n

    def iop(self, op, a, b):
        n = self.em.fresh("i")
        self.lines.append("%s = arith.%s %s, %s : index" % (n, op, a, b))
        return n

    def extract(self, t, idx):
        n = self.em.fresh("v")
        self.lines.append("%s = tensor.extract %s[%s] : %s" % (n, t.name, ", ".join(idx), t.type))
        return n


def _dense_literal(arr, indent="      "):
    """Nested-list literal without padding; one line per innermost 2-D block."""
    if arr.ndim <= 2:
        return json.dumps(arr.tolist(), separators=(",", ":"))
    sep = ",\n" + indent if arr.ndim == 3 else ","
    return "[" + sep.join(_dense_literal(a, indent) for a in arr) + "]"


class Emitter:
    """Emits one @main; records every Linalg op (kind, loop count, iterations, flops)."""

    def __init__(self, params):
        self.p = params
        self.lines = []
        self.maps = {}
        self.n = 0
        self.ops = []                       # dicts: op, depth, iterations, flops
        self.cst = {}

    def fresh(self, prefix):
        self.n += 1
        return "%%%s%d" % (prefix, self.n)

    def emit(self, line=""):
        self.lines.append(("  " + line) if line else "")

    def amap(self, ndims, exprs):
        text = "affine_map<(%s) -> (%s)>" % (", ".join("d%d" % i for i in range(ndims)), ", ".join(exprs))
        if text not in self.maps:
            self.maps[text] = "#map%d" % len(self.maps)
        return self.maps[text]

    def zero(self, et="f64"):
        if et not in self.cst:
            n = "%%zero_%s" % et
            self.emit("%s = arith.constant 0.0 : %s" % (n, et))
            self.cst[et] = n
        return self.cst[et]

    def empty(self, shape, hint="e"):
        n = self.fresh(hint)
        self.emit("%s = tensor.empty() : %s" % (n, ttype(shape)))
        return Tensor(n, shape)

    def fill(self, t):
        z = self.zero()
        n = self.fresh("f")
        self.emit("%s = linalg.fill ins(%s : f64) outs(%s : %s) -> %s" % (n, z, t.name, t.type, t.type))
        self.ops.append({"op": "linalg.fill", "depth": len(t.shape), "iterations": int(np.prod(t.shape)),
                         "flops": 0})
        return Tensor(n, t.shape)

    def zeros(self, shape, hint="e"):
        return self.fill(self.empty(shape, hint))

    def constant(self, arr, hint):
        """An i32 index table as a dense constant (structure, not data: see the module doc)."""
        n = "%%%s" % hint
        body = _dense_literal(np.asarray(arr))
        self.emit("%s = arith.constant dense<%s> : %s" % (n, body, ttype(arr.shape, "i32")))
        return Tensor(n, arr.shape, "i32")

    def collapse(self, t, groups, hint):
        shape = [int(np.prod([t.shape[i] for i in g])) for g in groups]
        n = self.fresh(hint)
        self.emit("%s = tensor.collapse_shape %s %s : %s into %s"
                  % (n, t.name, str([list(g) for g in groups]), t.type, ttype(shape)))
        return Tensor(n, shape)

    def extract_slice(self, t, lead):
        """The sub-tensor t[lead, ...], dropping the leading dimension (a leading unit dim)."""
        shape = t.shape[1:]
        n = self.fresh("sl")
        self.emit("%s = tensor.extract_slice %s[%s] [%s] [%s] : %s to %s" % (
            n, t.name, ", ".join([str(lead)] + ["0"] * len(shape)), ", ".join(["1"] + [str(d) for d in shape]),
            ", ".join(["1"] * len(t.shape)), t.type, ttype(shape)))
        return Tensor(n, shape)

    def insert_slice(self, part, t, lead):
        n = self.fresh("ins")
        self.emit("%s = tensor.insert_slice %s into %s[%s] [%s] [%s] : %s into %s" % (
            n, part.name, t.name, ", ".join([str(lead)] + ["0"] * len(part.shape)),
            ", ".join(["1"] + [str(d) for d in part.shape]), ", ".join(["1"] * len(t.shape)),
            part.type, t.type))
        return Tensor(n, t.shape)

    def generic(self, comment, loops, red, ins, outs, body_fn, hint):
        """One linalg.generic.

        loops: [(name, extent)] in nest order; red: names of the reduction loops;
        ins/outs: [(Tensor, [index expression over loop names or integer constants])];
        body_fn(body, in_args, out_args) -> values to yield (one per output).
        """
        names = [l[0] for l in loops]
        pos = {nm: i for i, nm in enumerate(names)}

        def expr(e):
            if isinstance(e, int):
                return str(e)
            if isinstance(e, tuple):                 # (coefficient, loop, constant)
                return "d%d * %d + %d" % (pos[e[1]], e[0], e[2])
            return "d%d" % pos[e]

        maps = [self.amap(len(loops), [expr(e) for e in ex]) for _, ex in ins + outs]
        iters = ", ".join('"reduction"' if nm in red else '"parallel"' for nm in names)
        body = Body(self, [l[1] for l in loops])
        in_args = [self.fresh("a") for _ in ins]
        out_args = [self.fresh("o") for _ in outs]
        ys = body_fn(body, in_args, out_args)
        res = self.fresh(hint)
        nres = len(outs)
        self.emit("// %s" % comment)
        self.emit("//   loops (%s), reductions (%s)" % (", ".join("%s:%d" % l for l in loops),
                                                      ", ".join(nm for nm in names if nm in red) or "none"))
        self.emit("%s%s = linalg.generic {indexing_maps = [%s],\n      iterator_types = [%s]}" % (
            res, ":%d" % nres if nres > 1 else "", ", ".join(maps), iters))
        self.emit("    ins(%s : %s)" % (", ".join(t.name for t, _ in ins), ", ".join(t.type for t, _ in ins)))
        self.emit("    outs(%s : %s) {" % (", ".join(t.name for t, _ in outs),
                                           ", ".join(t.type for t, _ in outs)))
        sig = ", ".join("%s: %s" % (a, t.et) for a, (t, _) in zip(in_args + out_args, ins + outs))
        self.lines.append("  ^bb0(%s):" % sig)
        for l in body.lines:
            self.emit("  " + l)
        self.emit("  linalg.yield %s : %s" % (", ".join(ys), ", ".join(t.et for t, _ in outs)))
        out_types = [t.type for t, _ in outs]
        self.emit("} -> %s" % (out_types[0] if nres == 1 else "(%s)" % ", ".join(out_types)))
        self.emit()
        iterations = int(np.prod([l[1] for l in loops]))
        self.ops.append({"op": "linalg.generic", "depth": len(loops), "iterations": iterations,
                         "flops": iterations * body.flops})
        if nres == 1:
            return [Tensor(res, outs[0][0].shape)]
        return [Tensor("%s#%d" % (res, i), t.shape) for i, (t, _) in enumerate(outs)]


# ---- the steps (LQCD.md 3.1-3.7 and 4.4) -----------------------------------------------------

SPIN_LOOPS = ["c0", "z0", "c1", "z1", "c2", "z2"]      # sink colour c_q' and spin s_q' (z) per quark


def step_gather(em, s, e):
    """G[beta][rho][q][t][w][c'][s'][x][y] = sum_{c,s} E[rho][q][w][c][s] S[beta][q][t][c'][s'][c][s][x][y]."""
    p = em.p
    loops = [("beta", 2), ("rho", 2), ("q", NQ), ("t", p.nt), ("w", NW), ("cp", NC), ("sp", NS),
             ("x", p.v), ("y", p.v), ("c", NC), ("s", NS)]
    gshape = (2, 2, NQ, p.nt, NW, NC, NS, p.v, p.v)
    gre, gim = em.zeros(gshape, "g"), em.zeros(gshape, "g")
    smap = ["beta", "q", "t", "cp", "sp", "c", "s", "x", "y"]
    gmap = ["beta", "rho", "q", "t", "w", "cp", "sp", "x", "y"]

    def body(b, a, o):
        acc = b.cadd((o[0], o[1]), b.rmul(a[0], (a[1], a[2])))
        return list(acc)

    return em.generic("G: gathered propagators, weights as a one-hot contraction over the source colour-spin "
                      "(LQCD.md 3.1, 4.2 S2)", loops, {"c", "s"},
                      [(e, ["rho", "q", "w", "c", "s"]), (s[0], smap), (s[1], smap)],
                      [(gre, gmap), (gim, gmap)], body, "G")


def _block_body(b, a, o):
    """acc += psi * G0 * G1 * G2 (inputs: psi re/im, then re/im of the three propagators)."""
    g01 = b.cmul((a[2], a[3]), (a[4], a[5]))
    g012 = b.cmul(g01, (a[6], a[7]))
    return list(b.cadd((o[0], o[1]), b.cmul((a[0], a[1]), g012)))


def _cmac_body(b, a, o):
    """acc += x * y (inputs x re/im, y re/im)."""
    return list(b.cadd((o[0], o[1]), b.cmul((a[0], a[1]), (a[2], a[3]))))


def _cmul_body(b, a, o):
    return list(b.cmul((a[0], a[1]), (a[2], a[3])))


def _pattern(pat):
    bits = [(pat >> 2) & 1, (pat >> 1) & 1, pat & 1]
    home = 0 if sum(bits) <= 1 else 1
    return bits, home


def step_dd_blocks_naive(em, g, psi):
    """B_P (Form N, LQCD.md 3.2): one 13-loop op per site pattern P, written into slice P of B."""
    p = em.p
    loops = [("t", p.nt), ("x1", p.v), ("x2", p.v), ("rho", 2)] + [(n, NC if n[0] == "c" else NS)
                                                                      for n in SPIN_LOOPS] + \
            [("m", p.w), ("y", p.v), ("w", NW)]
    bshape = (8, p.nt, p.v, p.v, 2, NC, NS, NC, NS, NC, NS, p.w)
    bre, bim = em.empty(bshape, "B"), em.empty(bshape, "B")
    out_map = ["t", "x1", "x2", "rho"] + SPIN_LOOPS + ["m"]
    for pat in range(8):
        bits, home = _pattern(pat)
        site = ["x1" if bit == 0 else "x2" for bit in bits]
        gm = [[home, "rho", q, "t", "w", "c%d" % q, "z%d" % q, site[q], "y"] for q in range(3)]
        sre, sim = em.fill(em.extract_slice(bre, pat)), em.fill(em.extract_slice(bim, pat))
        ins = [(psi[0], [home, "y", "m"]), (psi[1], [home, "y", "m"])]
        for q in range(3):
            ins += [(g[0], gm[q]), (g[1], gm[q])]
        r = em.generic("B_P for P = %d%d%d (quarks at %s), home baryon %d: "
                       "sum_y psi * sum_w G0 G1 G2 (LQCD.md 3.2 Form N)" % (bits[0], bits[1], bits[2],
                                                                           ",".join(site), home + 1),
                       loops, {"y", "w"}, ins, [(sre, out_map), (sim, out_map)], _block_body, "Bp")
        bre, bim = em.insert_slice(r[0], bre, pat), em.insert_slice(r[1], bim, pat)
    return bre, bim


def step_dd_blocks_rewrite(em, g, psi):
    """B_P (Form R, LQCD.md 3.2): diquark D (shared by patterns with equal P0, P2), then Q_P, then B_P."""
    p = em.p
    spin = {n: NC if n[0] == "c" else NS for n in SPIN_LOOPS}
    bshape = (8, p.nt, p.v, p.v, 2, NC, NS, NC, NS, NC, NS, p.w)
    bre, bim = em.empty(bshape, "B"), em.empty(bshape, "B")
    diquarks = {}
    for home in (0, 1):
        for pat in [pt for pt in (0, 4, 2, 1, 7, 3, 5, 6) if _pattern(pt)[1] == home]:
            bits, _ = _pattern(pat)
            site = ["x1" if bit == 0 else "x2" for bit in bits]
            key = (home, bits[0], bits[2])
            if key not in diquarks:
                loops = [("t", p.nt), ("x1", p.v), ("x2", p.v), ("rho", 2), ("w", NW),
                         ("c0", NC), ("z0", NS), ("c2", NC), ("z2", NS), ("y", p.v)]
                dshape = [l[1] for l in loops]
                dmap = [l[0] for l in loops]
                g0 = [home, "rho", 0, "t", "w", "c0", "z0", site[0], "y"]
                g2 = [home, "rho", 2, "t", "w", "c2", "z2", site[2], "y"]
                diquarks[key] = em.generic(
                    "D: diquark of home baryon %d, quark 0 at %s, quark 2 at %s: G0 * G2 (LQCD.md 3.2 Form R)"
                    % (home + 1, site[0], site[2]), loops, set(),
                    [(g[0], g0), (g[1], g0), (g[0], g2), (g[1], g2)],
                    [(em.empty(dshape, "d"), dmap), (em.empty(dshape, "d"), dmap)], _cmul_body, "D")
            d = diquarks[key]
            loops = [("t", p.nt), ("x1", p.v), ("x2", p.v), ("rho", 2), ("c0", NC), ("z0", NS),
                     ("c2", NC), ("z2", NS), ("y", p.v), ("c1", NC), ("z1", NS), ("w", NW)]
            qshape = [l[1] for l in loops[:-1]]
            qmap = [l[0] for l in loops[:-1]]
            dmap = ["t", "x1", "x2", "rho", "w", "c0", "z0", "c2", "z2", "y"]
            g1 = [home, "rho", 1, "t", "w", "c1", "z1", site[1], "y"]
            qv = em.generic("Q_P for P = %d%d%d: sum_w D * G1 (quark 1 at %s)" % (bits[0], bits[1], bits[2], site[1]),
                            loops, {"w"}, [(d[0], dmap), (d[1], dmap), (g[0], g1), (g[1], g1)],
                            [(em.zeros(qshape, "q"), qmap), (em.zeros(qshape, "q"), qmap)], _cmac_body, "Q")
            loops = [("t", p.nt), ("x1", p.v), ("x2", p.v), ("rho", 2)] + [(n, spin[n]) for n in SPIN_LOOPS] + \
                    [("m", p.w), ("y", p.v)]
            out_map = ["t", "x1", "x2", "rho"] + SPIN_LOOPS + ["m"]
            sre, sim = em.fill(em.extract_slice(bre, pat)), em.fill(em.extract_slice(bim, pat))
            r = em.generic("B_P for P = %d%d%d from Q_P: sum_y psi * Q_P" % (bits[0], bits[1], bits[2]),
                           loops, {"y"}, [(psi[0], [home, "y", "m"]), (psi[1], [home, "y", "m"]),
                                          (qv[0], qmap), (qv[1], qmap)],
                           [(sre, out_map), (sim, out_map)], _cmac_body, "Bp")
            bre, bim = em.insert_slice(r[0], bre, pat), em.insert_slice(r[1], bim, pat)
    return bre, bim


def _gather_pair_body(blocks, site_idx, table_mode):
    """Body of Pr / Px: acc += kappa * B[g0] * B[g1], B read with tensor.extract (LQCD.md 4.2 S3)."""
    def body(b, a, o):
        idx = [b.index(i) for i in site_idx]          # loop positions of (t, site..., m)
        if table_mode == "dd":                         # a = P0, P1, e0, e1, kappa
            p0, p1, e0, e1 = [b.cast(v) for v in a[:4]]
            first = [p0] + idx[:-1] + [e0, idx[-1]]
            second = [p1] + idx[:-1] + [e1, idx[-1]]
        else:                                          # a = g0, g1, kappa
            g0, g1 = [b.cast(v) for v in a[:2]]
            first = idx[:-1] + [g0, idx[-1]]
            second = idx[:-1] + [g1, idx[-1]]
        x = (b.extract(blocks[0], first), b.extract(blocks[1], first))
        y = (b.extract(blocks[0], second), b.extract(blocks[1], second))
        return list(b.cadd((o[0], o[1]), b.rmul(a[-1], b.cmul(x, y))))
    return body


def step_dd_correlator(em, bre, bim, kappa):
    """Pr per row (LQCD.md 3.4, raw structured terms (u, p, w')) into Pr[row][t][x1][x2][m]."""
    p = em.p
    pats, ent, _, nterms = dd_tables(p.rows)
    groups = [[0], [1], [2], [3], [4, 5, 6, 7, 8, 9, 10], [11]]
    flat = (em.collapse(bre, groups, "Bf"), em.collapse(bim, groups, "Bf"))
    tpat = em.constant(pats, "pattern_table")
    tent = em.constant(ent, "entry_table")
    prs = (em.empty((len(p.rows), p.nt, p.v, p.v, p.w), "pr"), em.empty((len(p.rows), p.nt, p.v, p.v, p.w), "pr"))
    for ir, r in enumerate(p.rows):
        loops = [("t", p.nt), ("x1", p.v), ("x2", p.v), ("m", p.w), ("u", nterms[ir]), ("p", NPERM),
                 ("wp", NW * NW)]
        out_map = ["t", "x1", "x2", "m"]
        ins = [(tpat, ["p", 0]), (tpat, ["p", 1]), (tent, [ir, "u", "p", "wp", 0]), (tent, [ir, "u", "p", "wp", 1]),
               (kappa, [ir, "u", "p", "wp"])]
        sre, sim = em.fill(em.extract_slice(prs[0], ir)), em.fill(em.extract_slice(prs[1], ir))
        res = em.generic("Pr, row %d: sum_{u,p,w'} kappa * B[P0(p)][..][e0] * B[P1(p)][..][e1] (LQCD.md 3.4, "
                         "tables as operands, blocks read with tensor.extract)" % r,
                         loops, {"u", "p", "wp"}, ins, [(sre, out_map), (sim, out_map)],
                         _gather_pair_body(flat, [0, 1, 2, 3], "dd"), "Pr")
        prs = (em.insert_slice(res[0], prs[0], ir), em.insert_slice(res[1], prs[1], ir))
    return prs


def step_dd_final(em, prs, big_psi, c):
    p = em.p
    loops = [("r", len(p.rows)), ("t", p.nt), ("m", p.w), ("n", p.w), ("x1", p.v), ("x2", p.v)]
    pm = ["r", "t", "x1", "x2", "m"]
    cm = ["r", "t", "m", "n"]
    return em.generic("C_DD = sum_{x1,x2} Psi[x1][x2][n] * Pr[r][t][x1][x2][m] (LQCD.md 3.4)", loops, {"x1", "x2"},
                      [(big_psi[0], ["x1", "x2", "n"]), (big_psi[1], ["x1", "x2", "n"]), (prs[0], pm), (prs[1], pm)],
                      [(em.fill(c[0]), cm), (em.fill(c[1]), cm)], _cmac_body, "C")


def step_local_blocks_naive(em, g, psi):
    p = em.p
    loops = [("t", p.nt), ("x", p.v), ("beta", 2), ("rho", 2)] + [(n, NC if n[0] == "c" else NS)
                                                                     for n in SPIN_LOOPS] + \
            [("m", p.w), ("y", p.v), ("w", NW)]
    shape = [l[1] for l in loops[:-2]]
    omap = [l[0] for l in loops[:-2]]
    ins = [(psi[0], ["beta", "y", "m"]), (psi[1], ["beta", "y", "m"])]
    for q in range(3):
        gm = ["beta", "rho", q, "t", "w", "c%d" % q, "z%d" % q, "x", "y"]
        ins += [(g[0], gm), (g[1], gm)]
    return em.generic("L: local blocks, sum_y psi * sum_w G0 G1 G2 (LQCD.md 3.3 Form N)", loops, {"y", "w"}, ins,
                      [(em.zeros(shape, "l"), omap), (em.zeros(shape, "l"), omap)], _block_body, "L")


def step_local_blocks_rewrite(em, g, psi):
    p = em.p
    spin = {n: NC if n[0] == "c" else NS for n in SPIN_LOOPS}
    loops = [("t", p.nt), ("x", p.v), ("beta", 2), ("rho", 2), ("w", NW), ("c0", NC), ("z0", NS),
             ("c2", NC), ("z2", NS), ("y", p.v)]
    dshape = [l[1] for l in loops]
    dmap = [l[0] for l in loops]
    g0 = ["beta", "rho", 0, "t", "w", "c0", "z0", "x", "y"]
    g2 = ["beta", "rho", 2, "t", "w", "c2", "z2", "x", "y"]
    d = em.generic("D: local diquark G0 * G2 (LQCD.md 3.3 in Form R)", loops, set(),
                   [(g[0], g0), (g[1], g0), (g[0], g2), (g[1], g2)],
                   [(em.empty(dshape, "d"), dmap), (em.empty(dshape, "d"), dmap)], _cmul_body, "D")
    loops = [("t", p.nt), ("x", p.v), ("beta", 2), ("rho", 2), ("c0", NC), ("z0", NS), ("c2", NC), ("z2", NS),
             ("y", p.v), ("c1", NC), ("z1", NS), ("w", NW)]
    qshape = [l[1] for l in loops[:-1]]
    qmap = [l[0] for l in loops[:-1]]
    g1 = ["beta", "rho", 1, "t", "w", "c1", "z1", "x", "y"]
    qv = em.generic("Q: sum_w D * G1", loops, {"w"}, [(d[0], dmap), (d[1], dmap), (g[0], g1), (g[1], g1)],
                    [(em.zeros(qshape, "q"), qmap), (em.zeros(qshape, "q"), qmap)], _cmac_body, "Q")
    loops = [("t", p.nt), ("x", p.v), ("beta", 2), ("rho", 2)] + [(n, spin[n]) for n in SPIN_LOOPS] + \
            [("m", p.w), ("y", p.v)]
    shape = [l[1] for l in loops[:-1]]
    omap = [l[0] for l in loops[:-1]]
    return em.generic("L from Q: sum_y psi * Q", loops, {"y"},
                      [(psi[0], ["beta", "y", "m"]), (psi[1], ["beta", "y", "m"]), (qv[0], qmap), (qv[1], qmap)],
                      [(em.zeros(shape, "l"), omap), (em.zeros(shape, "l"), omap)], _cmac_body, "L")


def step_dh_correlator(em, lb, kappa, chi_snk, c):
    p = em.p
    ent, _, nterms = dh_tables(p.rows, p.nwh)
    groups = [[0], [1], [2, 3, 4, 5, 6, 7, 8, 9], [10]]
    flat = (em.collapse(lb[0], groups, "Lf"), em.collapse(lb[1], groups, "Lf"))
    tent = em.constant(ent, "entry_table")
    pxs = (em.empty((len(p.rows), p.nt, p.v, p.w), "px"), em.empty((len(p.rows), p.nt, p.v, p.w), "px"))
    for ir, r in enumerate(p.rows):
        loops = [("t", p.nt), ("x", p.v), ("m", p.w), ("u", nterms[ir]), ("p", NPERM), ("h", p.nwh)]
        out_map = ["t", "x", "m"]
        ins = [(tent, [ir, "u", "p", "h", 0]), (tent, [ir, "u", "p", "h", 1]), (kappa, [ir, "u", "p", "h"])]
        sre, sim = em.fill(em.extract_slice(pxs[0], ir)), em.fill(em.extract_slice(pxs[1], ir))
        res = em.generic("Px, row %d: sum_{u,p,h} kappa * L[g0] * L[g1] (LQCD.md 3.5, tables as operands, "
                         "blocks read with tensor.extract)" % r, loops, {"u", "p", "h"}, ins,
                         [(sre, out_map), (sim, out_map)], _gather_pair_body(flat, [0, 1, 2], "dh"), "Px")
        pxs = (em.insert_slice(res[0], pxs[0], ir), em.insert_slice(res[1], pxs[1], ir))
    loops = [("r", len(p.rows)), ("t", p.nt), ("m", p.w), ("n", p.w), ("x", p.v)]
    pm = ["r", "t", "x", "m"]
    cm = ["r", "t", "m", "n"]
    return em.generic("C_DH = sum_x chi_snk[x][n] * Px[r][t][x][m] (LQCD.md 3.5)", loops, {"x"},
                      [(chi_snk[0], ["x", "n"]), (chi_snk[1], ["x", "n"]), (pxs[0], pm), (pxs[1], pm)],
                      [(em.fill(c[0]), cm), (em.fill(c[1]), cm)], _cmac_body, "C")


def step_hh_z_naive(em, s, kappa, omega):
    """Z[r][t][x][y] = sum_{p,h',h} kappa[p,h'] OmegaH[h] prod_k S_k[sink(p,h')_k][src(h)_k] (LQCD.md 3.7)."""
    p = em.p
    sink, src, _, _ = hh_tables(p.rows, p.nwh)
    groups = [[0, 1], [2], [3, 4], [5, 6], [7], [8]]
    sv = (em.collapse(s[0], groups, "Sv"), em.collapse(s[1], groups, "Sv"))
    tsink = em.constant(sink, "sink_table")
    tsrc = em.constant(src, "source_table")
    zs = (em.empty((len(p.rows), p.nt, p.v, p.v), "z"), em.empty((len(p.rows), p.nt, p.v, p.v), "z"))
    for ir, r in enumerate(p.rows):
        loops = [("t", p.nt), ("x", p.v), ("y", p.v), ("p", NPERM), ("hp", p.nwh), ("h", p.nwh)]
        ins = [(tsink, [ir, "p", "hp", k]) for k in range(6)] + [(tsrc, [ir, "h", k]) for k in range(6)] + \
              [(kappa, [ir, "p", "hp"]), (omega, [ir, "h"])]

        def body(b, a, o):
            t, x, y = b.index(0), b.index(1), b.index(2)
            ks = [b.iconst(k) for k in range(6)]
            prod = None
            for k in range(6):
                idx = [ks[k], t, b.cast(a[k]), b.cast(a[6 + k]), x, y]
                val = (b.extract(sv[0], idx), b.extract(sv[1], idx))
                prod = val if prod is None else b.cmul(prod, val)
            coef = b.mul(a[12], a[13])
            return list(b.cadd((o[0], o[1]), b.rmul(coef, prod)))

        sre, sim = em.fill(em.extract_slice(zs[0], ir)), em.fill(em.extract_slice(zs[1], ir))
        res = em.generic("Z, row %d: six propagators per term, read with tensor.extract at table-selected "
                         "colour-spins (LQCD.md 3.7)" % r, loops, {"p", "hp", "h"}, ins,
                         [(sre, ["t", "x", "y"]), (sim, ["t", "x", "y"])], body, "Z")
        zs = (em.insert_slice(res[0], zs[0], ir), em.insert_slice(res[1], zs[1], ir))
    return zs


def step_hh_z_rewrite(em, s, kappa, omega):
    """Z through three-quark products: U_b[h][a0' a1' a2'] = prod_q S[b][q][a_q'][src(h)_{3b+q}], then
    Z = sum_{p,h'} kappa sum_h OmegaH_h U_0[h][sink triple 0] U_1[h][sink triple 1]."""
    p = em.p
    sink, src, _, _ = hh_tables(p.rows, p.nwh)
    pairs = np.stack([_triple(sink[..., 0], sink[..., 1], sink[..., 2]),
                      _triple(sink[..., 3], sink[..., 4], sink[..., 5])], axis=-1).astype(np.int32)
    groups = [[0, 1], [2], [3], [4], [5, 6], [7], [8]]
    sv = (em.collapse(s[0], groups, "Sv"), em.collapse(s[1], groups, "Sv"))
    tsrc = em.constant(src, "source_table")
    tpair = em.constant(pairs, "sink_triple_table")
    zs = (em.empty((len(p.rows), p.nt, p.v, p.v), "z"), em.empty((len(p.rows), p.nt, p.v, p.v), "z"))
    for ir, r in enumerate(p.rows):
        loops = [("b", 2), ("t", p.nt), ("x", p.v), ("y", p.v), ("h", p.nwh)] + \
                [(n, NC if n[0] == "c" else NS) for n in SPIN_LOOPS]
        ushape = [l[1] for l in loops]
        umap = [l[0] for l in loops]
        ins = [(tsrc, [ir, "h", (3, "b", q)]) for q in range(3)]

        def ubody(b, a, o):
            bb, t, x, y = b.index(0), b.index(1), b.index(2), b.index(3)
            cz = [b.index(5 + i) for i in range(6)]
            k0 = b.iop("muli", bb, b.iconst(3))
            prod = None
            for q in range(3):
                k = b.iop("addi", k0, b.iconst(q)) if q else k0
                idx = [k, t, cz[2 * q], cz[2 * q + 1], b.cast(a[q]), x, y]
                val = (b.extract(sv[0], idx), b.extract(sv[1], idx))
                prod = val if prod is None else b.cmul(prod, val)
            return list(prod)

        u = em.generic("U_b, row %d: prod_q S[b][q][t][c_q' s_q'][source(h)_{3b+q}][x][y] (three-quark "
                       "products of HH, rewrite)" % r, loops, set(), ins,
                       [(em.empty(ushape, "u"), umap), (em.empty(ushape, "u"), umap)], ubody, "U")
        ug = [[0], [1], [2], [3], [4], [5, 6, 7, 8, 9, 10]]
        uf = (em.collapse(u[0], ug, "Uf"), em.collapse(u[1], ug, "Uf"))
        loops = [("t", p.nt), ("x", p.v), ("y", p.v), ("p", NPERM), ("hp", p.nwh), ("h", p.nwh)]
        ins = [(tpair, [ir, "p", "hp", 0]), (tpair, [ir, "p", "hp", 1]), (kappa, [ir, "p", "hp"]),
               (omega, [ir, "h"])]

        def zbody(b, a, o):
            t, x, y, h = b.index(0), b.index(1), b.index(2), b.index(5)
            j0, j1 = b.cast(a[0]), b.cast(a[1])
            zero, one = b.iconst(0), b.iconst(1)
            i0 = [zero, t, x, y, h, j0]
            i1 = [one, t, x, y, h, j1]
            u0 = (b.extract(uf[0], i0), b.extract(uf[1], i0))
            u1 = (b.extract(uf[0], i1), b.extract(uf[1], i1))
            coef = b.mul(a[2], a[3])
            return list(b.cadd((o[0], o[1]), b.rmul(coef, b.cmul(u0, u1))))

        sre, sim = em.fill(em.extract_slice(zs[0], ir)), em.fill(em.extract_slice(zs[1], ir))
        res = em.generic("Z, row %d: sum_{p,h',h} kappa * OmegaH * U_0[h][triple0] * U_1[h][triple1]" % r,
                         loops, {"p", "hp", "h"}, ins, [(sre, ["t", "x", "y"]), (sim, ["t", "x", "y"])],
                         zbody, "Z")
        zs = (em.insert_slice(res[0], zs[0], ir), em.insert_slice(res[1], zs[1], ir))
    return zs


def step_hh_final(em, zs, chi_src, chi_snk, c, factored):
    p = em.p
    nr = len(p.rows)
    cm = ["r", "t", "m", "n"]
    if not factored:
        loops = [("r", nr), ("t", p.nt), ("m", p.w), ("n", p.w), ("x", p.v), ("y", p.v)]

        def body(b, a, o):
            chi = b.cmul((a[0], a[1]), (a[2], a[3]))
            return list(b.cadd((o[0], o[1]), b.cmul(chi, (a[4], a[5]))))

        zm = ["r", "t", "x", "y"]
        return em.generic("C_HH = sum_{x,y} chi_src[y][m] chi_snk[x][n] Z[r][t][x][y] (LQCD.md 3.7)", loops,
                          {"x", "y"}, [(chi_src[0], ["y", "m"]), (chi_src[1], ["y", "m"]),
                                       (chi_snk[0], ["x", "n"]), (chi_snk[1], ["x", "n"]), (zs[0], zm), (zs[1], zm)],
                          [(em.fill(c[0]), cm), (em.fill(c[1]), cm)], body, "C")
    loops = [("r", nr), ("t", p.nt), ("x", p.v), ("m", p.w), ("y", p.v)]
    wshape = (nr, p.nt, p.v, p.w)
    wm = ["r", "t", "x", "m"]
    zm = ["r", "t", "x", "y"]
    wv = em.generic("W = sum_y chi_src[y][m] Z[r][t][x][y]", loops, {"y"},
                    [(chi_src[0], ["y", "m"]), (chi_src[1], ["y", "m"]), (zs[0], zm), (zs[1], zm)],
                    [(em.zeros(wshape, "wv"), wm), (em.zeros(wshape, "wv"), wm)], _cmac_body, "W")
    loops = [("r", nr), ("t", p.nt), ("m", p.w), ("n", p.w), ("x", p.v)]
    return em.generic("C_HH = sum_x chi_snk[x][n] W[r][t][x][m]", loops, {"x"},
                      [(chi_snk[0], ["x", "n"]), (chi_snk[1], ["x", "n"]), (wv[0], wm), (wv[1], wm)],
                      [(em.fill(c[0]), cm), (em.fill(c[1]), cm)], _cmac_body, "C")


DESCRIPTIONS = {
    ("dd", "naive"): "dibaryon-dibaryon correlator: gathered propagators G, 8 baryon blocks B_P in Form N "
                     "(13 loops), the permutation x sink-weight contraction Pr, the sink projection C_DD",
    ("dd", "rewrite"): "dibaryon-dibaryon correlator with the Tiramisu factorisation of the blocks (Form R): "
                       "G, 6 diquarks D, 8 Q_P, 8 B_P, then Pr and C_DD",
    ("dd", "corr"): "dibaryon-dibaryon correlator stage: baryon blocks B given as input, Pr and C_DD",
    ("dh", "naive"): "dibaryon-source hexaquark-sink correlator: G, local blocks L (13 loops), Px, C_DH",
    ("dh", "rewrite"): "dibaryon-source hexaquark-sink correlator, local blocks factorised (D, Q, L), Px, C_DH",
    ("hh", "naive"): "hexaquark-hexaquark correlator: Z with six propagators per term, C_HH",
    ("hh", "rewrite"): "hexaquark-hexaquark correlator factorised: three-quark products U_b, Z, W, C_HH",
}


def emit_benchmark(p):
    """The MLIR text of a benchmark and its statistics (ops, loop nests, depth, flops)."""
    assert p.form in FORMS[p.kind], (p.kind, p.form)
    em = Emitter(p)
    args = arguments(p)
    tensors = {}
    for a in args:
        t = Tensor("%%%s_t" % a.name, a.shape)
        attrs = "{restrict}" if a.role == "input" else "{restrict, writable}"
        em.emit('%s = "bufferization.to_tensor"(%%%s) %s : (%s) -> %s'
                % (t.name, a.name, attrs, mtype(a.shape), t.type))
        tensors[a.name] = t
    em.emit()
    pair = lambda n: (tensors[n + "_re"], tensors[n + "_im"])
    c = pair("C")
    if p.kind == "dd":
        if p.form == "corr":
            bre, bim = pair("B")
        else:
            g = step_gather(em, pair("S"), tensors["E"])
            blocks = step_dd_blocks_naive if p.form == "naive" else step_dd_blocks_rewrite
            bre, bim = blocks(em, g, pair("psi"))
        prs = step_dd_correlator(em, bre, bim, tensors["kappa"])
        res = step_dd_final(em, prs, pair("Psi"), c)
    elif p.kind == "dh":
        g = step_gather(em, pair("S"), tensors["E"])
        blocks = step_local_blocks_naive if p.form == "naive" else step_local_blocks_rewrite
        lb = blocks(em, g, pair("psi"))
        res = step_dh_correlator(em, lb, tensors["kappa"], pair("chi_snk"), c)
    else:
        zstep = step_hh_z_naive if p.form == "naive" else step_hh_z_rewrite
        zs = zstep(em, pair("S"), tensors["kappa"], tensors["omegaH"])
        res = step_hh_final(em, zs, pair("chi_src"), pair("chi_snk"), c, p.form == "rewrite")
    for r, a in zip(res, [a for a in args if a.role == "output"]):
        em.emit("bufferization.materialize_in_destination %s in restrict writable %%%s : (%s, %s) -> ()"
                % (r.name, a.name, r.type, mtype(a.shape)))
    em.emit("return")

    head = ["// lqcd/%s: %s." % (p.name, DESCRIPTIONS[(p.kind, p.form)]),
            "// Generated by %s (do not edit); mathematics: LQCD.md, summary in suites/lqcd/README.md." % GENERATOR,
            "// Parameters: %s" % json.dumps(p.as_dict(), sort_keys=True),
            "// Arguments (f64, complex values as _re/_im pairs):"]
    for i, a in enumerate(args):
        head.append("//   %-2d %-10s %-6s %-22s %s" % (i, a.name, a.role, "x".join(map(str, a.shape)), a.doc))
    head.append("// Integer index tables are dense constants; real weights are arguments "
                "(coefficient_inputs() in the generator gives their physical values).")
    text = "\n".join(head) + "\n"
    for m, alias in sorted(em.maps.items(), key=lambda kv: int(kv[1][4:])):
        text += "%s = %s\n" % (alias, m)
    sig = ",\n    ".join("%%%s: %s" % (a.name, mtype(a.shape)) for a in args)
    text += "func.func @main(%s)\n    attributes {llvm.emit_c_interface} {\n" % sig
    text += "\n".join(em.lines) + "\n}\n"
    stats = {
        "ops": dict(sorted({k: sum(1 for o in em.ops if o["op"] == k) for k in {o["op"] for o in em.ops}}.items())),
        "loop_nests": len(em.ops),
        "max_loop_depth": max(o["depth"] for o in em.ops),
        "flops": int(sum(o["flops"] for o in em.ops)),
    }
    return text, stats


# =============================================================================================
# Scales and the suite
# =============================================================================================

def scale_params(scale):
    """Parameter sets (LQCD.md 5.2; R = 1 row, Nt = 1, NwH = 32, raw term lists)."""
    if scale == "quick":
        return [Params("dd", "naive", 2), Params("dd", "rewrite", 2), Params("dd", "corr", 4),
                Params("dd", "naive", 2, w=4),
                Params("dh", "naive", 8), Params("dh", "rewrite", 8), Params("dh", "naive", 8, w=4),
                Params("hh", "naive", 2), Params("hh", "rewrite", 2), Params("hh", "naive", 4, w=4)]
    if scale == "medium":
        return [Params("dd", "naive", 8), Params("dd", "rewrite", 8), Params("dd", "corr", 12),
                Params("dh", "naive", 16), Params("dh", "rewrite", 16),
                Params("hh", "naive", 8), Params("hh", "rewrite", 8)]
    if scale == "paper":
        return [Params("dd", "corr", 24), Params("dh", "naive", 32), Params("dh", "rewrite", 32),
                Params("hh", "naive", 12), Params("hh", "rewrite", 12)]
    raise ValueError(scale)


SCALES = ("quick", "medium", "paper")


def test_vector_params():
    """The LQCD.md 6 configuration (V = 2, one wavefunction each, NwH = 4, all four rows), every form."""
    rows = (0, 1, 2, 3)
    return [Params(k, f, 2, w=1, nwh=4, rows=rows) for k in ("dd", "dh", "hh") for f in FORMS[k]]


def write_suite(suite_dir, scales=SCALES):
    entries = []
    for scale in scales:
        keep = set()
        for p in scale_params(scale):
            text, stats = emit_benchmark(p)
            rel = "%s/%s.mlir" % (scale, p.name)
            path = os.path.join(suite_dir, rel)
            changed = M.write_text(path, text)
            keep.add(os.path.abspath(path))
            print("%-8s %-46s %8.1f KB %3d nests depth %2d %12d flop%s" % (
                scale, p.name, len(text) / 1024, stats["loop_nests"], stats["max_loop_depth"], stats["flops"],
                "" if changed else " (unchanged)"))
            entries.append({
                "id": "%s/%s" % (SUITE, p.name),
                "file": rel, "sha256": M.sha256_file(path), "split": "test", "scale": scale,
                "element_type": "f64", "flops": stats["flops"], "ops": stats["ops"],
                "loop_nests": stats["loop_nests"], "max_loop_depth": stats["max_loop_depth"],
                "provenance": {"generator": "gen_lqcd.py", "params": p.as_dict()}})
        for gone in M.remove_stale(os.path.join(suite_dir, scale), keep):
            print("removed stale", gone)
    entries.sort(key=lambda e: e["id"])
    doc = {"suite": SUITE, "version": M.suite_version(entries), "generator": GENERATOR, "benchmarks": entries}
    with open(os.path.join(suite_dir, "manifest.json"), "w") as fh:
        json.dump(doc, fh, indent=1)
        fh.write("\n")
    print("manifest: %d benchmarks, version %s" % (len(entries), doc["version"]))
    return doc


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=HERE, help="suite folder (default: this folder)")
    ap.add_argument("--test-vector", action="store_true",
                    help="write only the LQCD.md 6 test-vector kernels into --out (no manifest)")
    a = ap.parse_args(argv)
    if a.test_vector:
        for p in test_vector_params():
            text, stats = emit_benchmark(p)
            M.write_text(os.path.join(a.out, p.name + ".mlir"), text)
            print(p.name, stats)
        return 0
    write_suite(a.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
