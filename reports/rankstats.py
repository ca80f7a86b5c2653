"""Rank statistics for comparing two sets of timings without assuming a distribution.

Timings are compared as log times, so that a shift is a ratio. Each observation should come
from an independent worker process (its median): samples inside one process vary less than
processes do, and a test on them finds "significant" differences that the next run does not
repeat.

mann_whitney(x, y)        U of x and the two-sided p-value: exact (the permutation
                          distribution) without ties up to 20 observations a side, else the
                          normal approximation with tie and continuity corrections.
hodges_lehmann(x, y, l)   the median of all differences x_i - y_j and its distribution-free
                          confidence interval (Moses): order statistics of the differences at
                          the exact U distribution's critical value, or its normal
                          approximation for larger samples.
compare_times(a, b)       both on log times, as the ratio b/a with its interval and p.
"""
import math


def _u_counts(n, m):
    """counts[u] = how many of the C(n+m, n) orderings give U = u (no ties)."""
    # f[i][j][u]: orderings of i x's and j y's with statistic u; built row by row.
    prev = [[1] for _ in range(m + 1)]  # i = 0: U is 0 whatever j
    for i in range(1, n + 1):
        cur = [[1]]  # j = 0: U is 0
        for j in range(1, m + 1):
            # The largest element is an x (it beats all j y's) or a y.
            a, b = prev[j], cur[j - 1]
            size = i * j + 1
            row = [0] * size
            for u, c in enumerate(a):
                row[u + j] += c
            for u, c in enumerate(b):
                row[u] += c
            cur.append(row)
        prev = cur
    return prev[m]


def _ranks(values):
    order = sorted(range(len(values)), key=lambda k: values[k])
    ranks = [0.0] * len(values)
    ties = []
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            ranks[order[k]] = (i + j) / 2 + 1
        if j > i:
            ties.append(j - i + 1)
        i = j + 1
    return ranks, ties


def mann_whitney(x, y):
    """(U of x, two-sided p). U counts the pairs with x_i > y_j (ties count one half)."""
    n, m = len(x), len(y)
    if n == 0 or m == 0:
        raise ValueError("mann_whitney needs observations on both sides")
    ranks, ties = _ranks(list(x) + list(y))
    u = sum(ranks[:n]) - n * (n + 1) / 2
    if not ties and n <= 20 and m <= 20:
        counts = _u_counts(n, m)
        total = math.comb(n + m, n)
        lo = min(u, n * m - u)  # the distribution is symmetric
        p = 2 * sum(counts[: int(lo) + 1]) / total
        return u, min(1.0, p)
    mean = n * m / 2
    tie_term = sum(t ** 3 - t for t in ties) / ((n + m) * (n + m - 1))
    var = n * m / 12 * ((n + m + 1) - tie_term)
    if var <= 0:
        return u, 1.0
    z = (abs(u - mean) - 0.5) / math.sqrt(var)
    return u, min(1.0, math.erfc(max(z, 0) / math.sqrt(2)))


def _critical_k(n, m, level):
    """The largest k with P(U < k) <= (1 - level)/2 under the null, at least 1."""
    alpha = 1 - level
    if n <= 20 and m <= 20:
        counts = _u_counts(n, m)
        total = math.comb(n + m, n)
        cum, k = 0, 0
        for u, c in enumerate(counts):
            if (cum + c) / total > alpha / 2:
                break
            cum += c
            k = u + 1
        return max(k, 1)
    z = _z(1 - alpha / 2)
    return max(1, int(math.floor(n * m / 2 - z * math.sqrt(n * m * (n + m + 1) / 12))))


def _z(p):
    """The standard normal quantile, by bisection on erfc (precise enough for intervals)."""
    lo, hi = -10.0, 10.0
    for _ in range(100):
        mid = (lo + hi) / 2
        if 0.5 * math.erfc(-mid / math.sqrt(2)) < p:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


def hodges_lehmann(x, y, level=0.95):
    """(estimate, lo, hi) of the shift x - y. The interval is exact for continuous data
    (coverage at least `level`); with too few observations for `level` it is the whole range
    of the differences."""
    d = sorted(a - b for a in x for b in y)
    nd = len(d)
    mid = nd // 2
    est = d[mid] if nd % 2 else (d[mid - 1] + d[mid]) / 2
    k = _critical_k(len(x), len(y), level)
    k = min(k, (nd + 1) // 2)
    return est, d[k - 1], d[nd - k]


def compare_times(a, b, level=0.95):
    """Times of A and of B (seconds or any unit, > 0, one per independent process): the ratio
    b/a (above 1: B is slower) with its interval, and the Mann-Whitney p."""
    la = [math.log(t) for t in a]
    lb = [math.log(t) for t in b]
    est, lo, hi = hodges_lehmann(lb, la, level)
    _, p = mann_whitney(lb, la)
    return {"ratio": math.exp(est), "lo": math.exp(lo), "hi": math.exp(hi), "p": p, "n_a": len(a), "n_b": len(b)}
