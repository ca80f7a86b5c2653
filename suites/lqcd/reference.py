#!/usr/bin/python3
"""Numpy reference for the LQCD two-point correlator kernels (see /work/shared/LQCD.md).

Written straight from LQCD.md's equations (sections 2.3 and 3.1-3.7), independently of the
MLIR emitter in gen_lqcd.py: it shares no code or tables with it. Complex values are numpy
complex128 here; the generated kernels keep re/im in separate f64 arrays.

Array layouts (complex, Nt sink time slices, V sites per time slice):
  S[beta, q, t, a', a, x, y]      propagators, beta in {0,1} (LQCD.md's beta = 1, 2), a' = c'*2+s'
  psi[beta, y, m], phi[beta, x, n] single-nucleon source / sink wavefunctions
  Psi[x1, x2, n]                   two-baryon sink wavefunction
  chi_src[y, m], chi_snk[x, n]     hexaquark wavefunctions
  results: C[row, t, m, n]

Run as a script to check the verified 2-site test vector of LQCD.md section 6.
"""
import itertools
import sys

import numpy as np

NC, NS = 3, 2
NA = NC * NS            # flattened colour-spin a = c*Ns + s
NW = 12                 # nucleon weight terms
OW = 0.5                # overall weight of the fused reference
SQ2 = np.sqrt(2.0)

# ---- constant tables (LQCD.md 2.3) ---------------------------------------------------------

_COLOUR_PERMS = [(0, 1, 2), (0, 2, 1), (1, 0, 2), (1, 2, 0), (2, 1, 0), (2, 0, 1)]
_COLOUR_SIGNS = [1, -1, -1, 1, -1, 1]
_SPINS = {1: [(0, 1, 0), (1, 0, 0)], 2: [(0, 1, 1), (1, 0, 1)]}


def nucleon_weights(rho):
    """(A[w, q] source colour-spin, omega[w]) of the nucleon operator, spin row rho in {1, 2}."""
    a = np.zeros((NW, 3), dtype=np.int64)
    omega = np.zeros(NW)
    for w in range(NW):
        h, pi = divmod(w, 6)
        for q in range(3):
            a[w, q] = _COLOUR_PERMS[pi][q] * NS + _SPINS[rho][h][q]
        sign = -1.0 if h == 0 else 1.0          # rho = 1: -eps/sqrt2 (h=0), +eps/sqrt2 (h=1)
        if rho == 2:
            sign = -sign                         # rho = 2: the opposite signs
        omega[w] = sign * _COLOUR_SIGNS[pi] / SQ2
    return a, omega


NUCLEON = {1: nucleon_weights(1), 2: nucleon_weights(2)}


def _parity(perm):
    inversions = sum(1 for i in range(len(perm)) for j in range(i + 1, len(perm)) if perm[i] > perm[j])
    return -1 if inversions % 2 else 1


def permutations():
    """The 36 Wick permutations: slot k = 3b+q goes to sink slot perm[k]; sign = parity."""
    out = []
    for even in itertools.permutations((0, 2, 4)):
        for odd in itertools.permutations((1, 3, 5)):
            perm = [0] * 6
            perm[0::2] = even
            perm[1::2] = odd
            out.append((tuple(perm), _parity(perm)))
    return out


PERMS = permutations()

# two-baryon sink tables tau = (rho_a, rho_b, c)
TAUS = {"1": (1, 2, 1 / SQ2), "2": (2, 1, -1 / SQ2), "r1": (1, 1, 1.0),
        "r2a": (1, 2, 1 / SQ2), "r2b": (2, 1, 1 / SQ2), "r3": (2, 2, 1.0)}


def two_baryon_table(tau):
    """A'[w', beta, nu] sink colour-spins and Omega[w'] for w' = w1 + 12*w2."""
    rho_a, rho_b, c = TAUS[tau]
    (aa, oa), (ab, ob) = NUCLEON[rho_a], NUCLEON[rho_b]
    w1 = np.arange(NW * NW) % NW
    w2 = np.arange(NW * NW) // NW
    a_prime = np.stack([aa[w1], ab[w2]], axis=1)            # [144, 2, 3]
    return a_prime, c * oa[w1] * ob[w2]


# rows: (source spin rows (rho0, rho1), tau, lambda)
ROWS_DD = [
    [((1, 2), "1", OW / SQ2), ((1, 2), "2", OW / SQ2), ((2, 1), "1", -OW / SQ2), ((2, 1), "2", -OW / SQ2)],
    [((1, 1), "r1", OW)],
    [((1, 2), "r2a", OW / SQ2), ((1, 2), "r2b", OW / SQ2), ((2, 1), "r2a", OW / SQ2), ((2, 1), "r2b", OW / SQ2)],
    [((2, 2), "r3", OW)],
]
ROWS_DH = [[((1, 2), OW / SQ2), ((2, 1), -OW / SQ2)], [((1, 1), OW)],
           [((1, 2), OW / SQ2), ((2, 1), OW / SQ2)], [((2, 2), OW)]]
HEX_TAU = ["1", "r1", "r2a", "r3"]


def hexaquark_table(row, nwh):
    """Hx[h, k] (six-slot colour-spins, k = 3*beta+nu) and OmegaH[h] of a row (synthetic, LQCD.md 2.3)."""
    a_prime, omega = two_baryon_table(HEX_TAU[row])
    return a_prime[:nwh].reshape(nwh, 6), omega[:nwh]


def _sink_slot(perm, b, q):
    """(beta, nu) of the sink slot that source quark q of source baryon b is contracted with."""
    return divmod(perm[3 * b + q], 3)


# ---- step G and the baryon blocks (LQCD.md 3.1-3.3) ------------------------------------------

def gather(s, sink_side=False):
    """G[beta, rho-1, q, t, w, a, x, y] = S[...] selected by the nucleon weights, omega folded into q=0."""
    nt, vk, vs = s.shape[2], s.shape[5], s.shape[6]
    g = np.zeros((2, 2, 3, nt, NW, NA, vk, vs), dtype=complex)
    for beta in range(2):
        for rho in (1, 2):
            a, omega = NUCLEON[rho]
            for q in range(3):
                for w in range(NW):
                    if sink_side:
                        val = s[beta, q, :, a[w, q], :]
                    else:
                        val = s[beta, q, :, :, a[w, q]]
                    g[beta, rho - 1, q, :, w] = val * (omega[w] if q == 0 else 1.0)
    return g


def dd_blocks(s, psi):
    """Source-projected blocks B[t, x1, x2, P, rho-1, a0', a1', a2', m] (LQCD.md 3.2)."""
    g = gather(s)
    nt, vk = s.shape[2], s.shape[5]
    nsrc = psi.shape[2]
    blocks = np.zeros((nt, vk, vk, 8, 2, NA, NA, NA, nsrc), dtype=complex)
    for pat in range(8):
        bits = [(pat >> 2) & 1, (pat >> 1) & 1, pat & 1]
        home = 0 if sum(bits) <= 1 else 1
        # props[q][rho, t, w, a, x1, x2, y]: quark q at site x1 (bit 0) or x2 (bit 1)
        props = []
        for q in range(3):
            gq = g[home, :, q]                                     # [rho, t, w, a, x, y]
            if bits[q] == 0:
                props.append(gq[:, :, :, :, :, None, :])
            else:
                props.append(gq[:, :, :, :, None, :, :])
        prod = np.einsum("rtwAijy,rtwBijy->rtwABijy", *np.broadcast_arrays(props[0], props[1]))
        full = np.einsum("rtwABijy,rtwCijy,ym->tijrABCm", prod,
                         np.broadcast_to(props[2], props[2].shape[:4] + (vk, vk, s.shape[6])), psi[home])
        blocks[:, :, :, pat] = full
    return blocks


def local_blocks(s, psi):
    """L[t, x, beta, rho-1, a0', a1', a2', m] (LQCD.md 3.3)."""
    g = gather(s)
    return np.einsum("bym,brtwAxy,brtwBxy,brtwCxy->txbrABCm", psi, g[:, :, 0], g[:, :, 1], g[:, :, 2])


def sink_blocks(s, phi):
    """Sink-projected blocks SB[t, y, beta, rho-1, a0, a1, a2, n] (LQCD.md 3.3)."""
    g = gather(s, sink_side=True)
    return np.einsum("bxn,brtwAxy,brtwBxy,brtwCxy->tybrABCn", phi, g[:, :, 0], g[:, :, 1], g[:, :, 2])


# ---- correlators (LQCD.md 3.4-3.7) -----------------------------------------------------------

def _flat(a0, a1, a2):
    return (a0 * NA + a1) * NA + a2


def dd_term_list(row):
    """Raw DD terms of a row: (pattern0, rho0-1, triple0, pattern1, rho1-1, triple1, kappa) arrays."""
    cols = [[] for _ in range(7)]
    for (rho0, rho1), tau, lam in ROWS_DD[row]:
        a_prime, omega = two_baryon_table(tau)
        for perm, sign in PERMS:
            for b, rho in ((0, rho0), (1, rho1)):
                slots = [_sink_slot(perm, b, q) for q in range(3)]
                pat = 4 * slots[0][0] + 2 * slots[1][0] + slots[2][0]
                trip = _flat(*[a_prime[:, beta, nu] for beta, nu in slots])
                cols[3 * b].append(np.full(len(omega), pat))
                cols[3 * b + 1].append(np.full(len(omega), rho - 1))
                cols[3 * b + 2].append(trip)
            cols[6].append(lam * sign * omega)
    return [np.concatenate(c) for c in cols]


def dd_correlator(blocks, big_psi, rows):
    """C_DD[row, t, m, n] from blocks B[t, x1, x2, P, rho-1, a0', a1', a2', m] (LQCD.md 3.4)."""
    nt, vk = blocks.shape[0], blocks.shape[1]
    nsrc = blocks.shape[-1]
    flat = blocks.reshape(nt, vk, vk, 8 * 2 * NA ** 3, nsrc)
    out = []
    for row in rows:
        p0, r0, a0, p1, r1, a1, kappa = dd_term_list(row)
        g0 = (p0 * 2 + r0) * NA ** 3 + a0
        g1 = (p1 * 2 + r1) * NA ** 3 + a1
        pr = np.zeros((nt, vk, vk, nsrc), dtype=complex)
        for lo in range(0, len(kappa), 4096):          # chunks bound the temporary size
            sl = slice(lo, lo + 4096)
            pr += np.einsum("l,tijlm,tijlm->tijm", kappa[sl], flat[:, :, :, g0[sl]], flat[:, :, :, g1[sl]])
        out.append(np.einsum("ijn,tijm->tmn", big_psi, pr))
    return np.array(out)


def dd(s, psi, big_psi, rows):
    return dd_correlator(dd_blocks(s, psi), big_psi, rows)


def hex_term_list(row, nwh):
    """Raw DH/HD terms of a row: (triple0 of baryon 1, triple1 of baryon 2, rho0-1, rho1-1, kappa)."""
    hx, omega_h = hexaquark_table(row, nwh)
    cols = [[] for _ in range(5)]
    for (rho0, rho1), lam in ROWS_DH[row]:
        for perm, sign in PERMS:
            trips = []
            for b in range(2):
                slots = [_sink_slot(perm, b, q) for q in range(3)]
                trips.append(_flat(*[hx[:, 3 * beta + nu] for beta, nu in slots]))
            cols[0].append(trips[0])
            cols[1].append(trips[1])
            cols[2].append(np.full(nwh, rho0 - 1))
            cols[3].append(np.full(nwh, rho1 - 1))
            cols[4].append(lam * sign * omega_h)
    return [np.concatenate(c) for c in cols]


def _hex_projection(blocks, rows, nwh):
    """Px (or Py) [row, t, site, m] from local (or sink) blocks [t, site, beta, rho-1, a0, a1, a2, m]."""
    nt, v, nm = blocks.shape[0], blocks.shape[1], blocks.shape[-1]
    flat = blocks.reshape(nt, v, 2, 2, NA ** 3, nm)
    out = []
    for row in rows:
        t0, t1, r0, r1, kappa = hex_term_list(row, nwh)
        out.append(np.einsum("l,txlm,txlm->txm", kappa, flat[:, :, 0, r0, t0], flat[:, :, 1, r1, t1]))
    return np.array(out)


def dh_correlator(lblocks, chi_snk, rows, nwh):
    """C_DH[row, t, m, n] = sum_x chi_snk[x, n] Px[row, t, x, m] (LQCD.md 3.5)."""
    return np.einsum("xn,rtxm->rtmn", chi_snk, _hex_projection(lblocks, rows, nwh))


def dh(s, psi, chi_snk, rows, nwh):
    return dh_correlator(local_blocks(s, psi), chi_snk, rows, nwh)


def hd(s, phi, chi_src, rows, nwh):
    """C_HD[row, t, m, n] = sum_y chi_src[y, m] Py[row, t, y, n] (LQCD.md 3.6)."""
    return np.einsum("ym,rtyn->rtmn", chi_src, _hex_projection(sink_blocks(s, phi), rows, nwh))


def hh_z(s, rows, nwh):
    """Z[row, t, x, y] (LQCD.md 3.7)."""
    out = []
    for row in rows:
        hx, omega_h = hexaquark_table(row, nwh)
        z = 0
        for perm, sign in PERMS:
            # sink colour-spins of every quark slot k = 3b+q for all h' at once: [h', k]
            sink = np.stack([hx[:, 3 * beta + nu] for beta, nu in
                             (_sink_slot(perm, b, q) for b in range(2) for q in range(3))], axis=1)
            prod = 1.0
            for k in range(6):
                b, q = divmod(k, 3)
                # S[b, q][t, sink[h', k], hx[h, k], x, y] -> [t, h', h, x, y]
                prod = prod * s[b, q][:, sink[:, k][:, None], hx[:, k][None, :]]
            z = z + OW * sign * np.einsum("i,j,tijxy->txy", omega_h, omega_h, prod)
        out.append(z)
    return np.array(out)


def hh(s, chi_src, chi_snk, rows, nwh):
    return np.einsum("ym,xn,rtxy->rtmn", chi_src, chi_snk, hh_z(s, rows, nwh))


# ---- the verified 2-site test vector (LQCD.md 6) ---------------------------------------------

def test_inputs(nt=1, vsrc=2, vsnk=2, nsrc=1, nsnk=1, nsrc_hex=1, nsnk_hex=1):
    """Deterministic inputs of LQCD.md 6.2 (beta here is 0-based, the formulas use beta+1)."""
    b, q, t, ap, a, x, y = np.ogrid[1:3, 0:3, 0:nt, 0:NA, 0:NA, 0:vsnk, 0:vsrc]
    s = (((17 * q + 13 * ap + 7 * a + 5 * x + 3 * y + 11 * b + 2 * t + 1) % 19) / 19 - 0.5) \
        + 1j * (((7 * q + 3 * ap + 11 * a + 13 * x + 17 * y + 5 * b + 3 * t + 2) % 23) / 23 - 0.5)
    b, y, m = np.ogrid[1:3, 0:vsrc, 0:nsrc]
    psi = (1 + 0.5 * y + 0.25 * m + 0.125 * b) + 1j * 0.1 * (y - m)
    x1, x2, n = np.ogrid[0:vsnk, 0:vsnk, 0:nsnk]
    big_psi = (1 + 0.1 * x1 + 0.2 * x2 + 0.3 * n) + 1j * 0.05 * (x1 - x2)
    b, x, n = np.ogrid[1:3, 0:vsnk, 0:nsnk]
    phi = (0.75 + 0.25 * x - 0.125 * n + 0.0625 * b) + 1j * (0.2 - 0.1 * x)
    y, m = np.ogrid[0:vsrc, 0:nsrc_hex]
    chi_src = (1 - 0.1 * y + 0.2 * m) + 0.3j + 0 * y * m
    x, n = np.ogrid[0:vsnk, 0:nsnk_hex]
    chi_snk = (0.5 + 0.25 * x) + 1j * (-0.1 + 0.1 * n) + 0 * x * n
    full = lambda v, shape: np.broadcast_to(v, shape).astype(complex)
    return {"S": full(s, (2, 3, nt, NA, NA, vsnk, vsrc)), "psi": full(psi, (2, vsrc, nsrc)),
            "Psi": full(big_psi, (vsnk, vsnk, nsnk)), "phi": full(phi, (2, vsnk, nsnk)),
            "chi_src": full(chi_src, (vsrc, nsrc_hex)), "chi_snk": full(chi_snk, (vsnk, nsnk_hex))}


TEST_NWH = 4
# LQCD.md 6.4: C[row] at t = m = n = 0
EXPECTED = {
    "dd": [(-1.68165761273, -0.543588441716), (2.07651765484, 2.52591630799),
           (0.722285020821, 2.66551177649), (-3.22783176832, -1.45618131499)],
    "dh": [(-0.101500220558, -0.0689245761713), (-0.0470128185232, 0.0682872859358),
           (0.0143770878909, 0.0277581943232), (-0.157275691756, 0.0182215252865)],
    "hd": [(-0.00446674840607, -0.0306422978267), (-0.0412069468782, -0.074792952938),
           (0.0856910865833, -0.0521239032654), (0.0532373005589, -0.0128393505287)],
    "hh": [(0.00779128817104, -0.000234722254531), (0.0196542049748, 0.0118118412067),
           (0.00779128817104, -0.000234722254531), (0.00369436142956, 0.00391856212552)],
}


def _c(pair):
    return complex(pair[0], pair[1])


def check_test_vector(verbose=True):
    """Compare with LQCD.md 6.3/6.4; returns a list of failure messages (empty = pass)."""
    inp = test_inputs()
    s, psi = inp["S"], inp["psi"]
    rows = [0, 1, 2, 3]
    got = {"dd": dd(s, psi, inp["Psi"], rows), "dh": dh(s, psi, inp["chi_snk"], rows, TEST_NWH),
           "hd": hd(s, inp["phi"], inp["chi_src"], rows, TEST_NWH),
           "hh": hh(s, inp["chi_src"], inp["chi_snk"], rows, TEST_NWH)}
    checks = []
    for kind, vals in EXPECTED.items():
        for row, pair in enumerate(vals):
            checks.append((f"C_{kind.upper()} row {row}", got[kind][row, 0, 0, 0], _c(pair)))
    lb = local_blocks(s, psi)
    bb = dd_blocks(s, psi)
    sb = sink_blocks(s, inp["phi"])
    ai = lambda a0, a1, a2: (a0, a1, a2)
    checks += [
        ("L[x0,b1,r1,(0,1,2)]", lb[0, 0, 0, 0][ai(0, 1, 2)][0], _c((0.178903034692, 0.0973456697959))),
        ("L[x1,b2,r2,(5,3,1)]", lb[0, 1, 1, 1][ai(5, 3, 1)][0], _c((-0.10502332821, 0.0189585366509))),
        ("sum L", lb.sum(), _c((-5.36711094293, 0.344259721645))),
        ("B[0,1,P010,r1,(0,1,2)]", bb[0, 0, 1, 2, 0][ai(0, 1, 2)][0], _c((-0.708348167942, -0.192415317308))),
        ("B[0,1,P110,r2,(4,0,3)]", bb[0, 0, 1, 6, 1][ai(4, 0, 3)][0], _c((0.242349094007, -0.204418690875))),
        ("sum B[0,1]", bb[0, 0, 1].sum(), _c((-3.9468161082, 0.695080589541))),
        ("SB[y0,b1,r1,(0,1,2)]", sb[0, 0, 0, 0][ai(0, 1, 2)][0], _c((-0.019633683312, 0.136351114506))),
        ("sum SB", sb.sum(), _c((0.491972943043, -1.50680645331))),
    ]
    pr_expected = [(-1.77043633704, -0.00763183775884), (0.60169455666, -0.895601350709),
                   (1.16963202419, -0.848257809925), (-1.47498676404, 1.11034748803)]
    flat = bb.reshape(1, 2, 2, -1, 1)
    p0, r0, a0, p1, r1, a1, kappa = dd_term_list(0)
    g0 = (p0 * 2 + r0) * NA ** 3 + a0
    g1 = (p1 * 2 + r1) * NA ** 3 + a1
    pr = np.einsum("l,tijl,tijl->tij", kappa, flat[..., g0, 0], flat[..., g1, 0])
    for i, (x1, x2) in enumerate([(0, 0), (0, 1), (1, 0), (1, 1)]):
        checks.append((f"Pr row0 ({x1},{x2})", pr[0, x1, x2], _c(pr_expected[i])))
    z = hh_z(s, [0], TEST_NWH)
    checks.append(("Z row0 (0,0)", z[0, 0, 0, 0], _c((-0.00042984594834, -0.000935615730787))))
    checks.append(("Z row0 (0,1)", z[0, 0, 0, 1], _c((0.00263981574926, 0.000693349712343))))
    failures = []
    worst = 0.0
    for name, value, want in checks:
        err = abs(value - want)
        worst = max(worst, err / max(abs(want), 1e-3))
        # the table values are printed with 12 significant digits
        if err > 1e-10 * max(1.0, abs(want)):
            failures.append(f"{name}: got {value:.12g}, want {want:.12g} (|err| {err:.3g})")
    if verbose:
        print(f"reference test vector: {len(checks)} values, worst relative error {worst:.2e}")
    return failures


if __name__ == "__main__":
    fails = check_test_vector()
    for f in fails:
        print("FAIL", f)
    sys.exit(1 if fails else 0)
