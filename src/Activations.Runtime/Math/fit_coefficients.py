#!/usr/bin/env python3
"""Fits the polynomial coefficients used by DoubleSpecialFunctions.cs.

Run: python3 fit_coefficients.py          prints the C# constant block
     python3 fit_coefficients.py --write  splices it between the <fitted-coefficients> markers
                                          of DoubleSpecialFunctions.cs
Needs mpmath only.

Every approximation is a Chebyshev-node (near-minimax) fit made by mpmath.chebyfit at 80 digits.
The script picks the smallest degree whose relative error, measured on a dense grid with the
coefficients rounded to double (leading coefficient kept as a double-double where the C# does so),
is below the target printed beside each block.
"""
import os
import sys

import mpmath as mp

mp.mp.dps = 80

OUT = []


def emit(line=''):
    OUT.append(line)


def to_double(v):
    """Round an mpf to the nearest double (ties to even). float(mpf) truncates, so do it by hand."""
    v = mp.mpf(v)
    if v == 0:
        return 0.0
    sign = -1.0 if v < 0 else 1.0
    a = abs(v)
    man, exp = int(a.man), int(a.exp)
    e = exp + man.bit_length() - 1
    q = max(e, -1022) - 52
    shift = q - exp
    if shift <= 0:
        n = man << -shift
    else:
        n = man >> shift
        rem = man - (n << shift)
        half = 1 << (shift - 1)
        if rem > half or (rem == half and n & 1):
            n += 1
    return sign * float(mp.ldexp(n, q))  # exact: n has at most 54 bits and is a power of two if 54


def cs(v):
    r = repr(to_double(v))
    return r if ('e' in r or '.' in r) else r + '.0'


def split(v):
    hi = to_double(v)
    lo = to_double(mp.mpf(v) - hi)
    return hi, lo


def grid(a, b, n=1200):
    a, b = mp.mpf(a), mp.mpf(b)
    return [a + (b - a) * i / n for i in range(n + 1)]


def series(first, ratio, x, tol=mp.mpf(10) ** -75):
    total, term, n = 0, mp.mpf(first), 0
    while abs(term) > tol * (abs(total) + tol):
        total += term
        n += 1
        term = term * ratio(n, x)
    return total


def fit(f, a, b, target_bits, center=0, dd_leading=False, min_degree=2, max_degree=30):
    """Returns (coefficients highest-first, relative error in bits with rounded coefficients)."""
    pts = grid(a, b)
    vals = [f(x) for x in pts]
    for n in range(min_degree, max_degree + 1):
        poly = mp.chebyfit(lambda y: f(y + center), [mp.mpf(a) - center, mp.mpf(b) - center], n + 1)
        exact_err = max(abs((mp.polyval(poly, x - center) - v) / v) for x, v in zip(pts, vals))
        if exact_err > mp.mpf(2) ** -target_bits:
            continue
        rounded = [mp.mpf(to_double(c)) for c in poly]
        if dd_leading:
            rounded[-1] = poly[-1]
        err = max(abs((mp.polyval(rounded, x - center) - v) / v) for x, v in zip(pts, vals))
        return poly, float(mp.log(exact_err, 2)), float(mp.log(err, 2))
    raise ValueError('no degree reached the target')


def emit_array(name, coeffs, comment):
    emit(f'        // {comment}')
    emit(f'        private static readonly double[] {name} =')
    emit('        {')
    for c in coeffs:
        emit(f'            {cs(c)},')
    emit('        };')
    emit()


# expm1(r) = r + r^2/2 + r^3 Q(r), |r| <= ln2/2 (+ slack for the rounded reduction).
def expm1_q(r):
    return series(mp.mpf(1) / 6, lambda n, x: x / (n + 3), r)


q, e1, e2 = fit(expm1_q, -0.35, 0.35, 60)
emit_array('Expm1Tail', q, f'Q(r) = (expm1(r) - r - r^2/2) / r^3 on [-0.35, 0.35]; rel. error 2^{e1:.1f} (2^{e2:.1f} rounded)')


# log(m) = 2s + 2s^3 T(s^2), s = (m-1)/(m+1), m in [sqrt(1/2), sqrt(2)) so s^2 <= 0.02944.
def atanh_t(w):
    return series(mp.mpf(1) / 3, lambda n, x: x * (2 * n + 1) / (2 * n + 3), w)


t, e1, e2 = fit(atanh_t, 0, 0.0295, 60)
emit_array('AtanhTail', t, f'T(w) = (atanh(s) - s) / s^3, w = s^2 in [0, 0.0295]; rel. error 2^{e1:.1f} (2^{e2:.1f} rounded)')

# erf(x) = x (2/sqrt(pi) + z R(z)), z = x^2 <= 1/4.
c0 = 2 / mp.sqrt(mp.pi)


def erf_r(z):
    # erf(x)/x = 2/sqrt(pi) sum (-z)^n / (n! (2n+1)); drop the n = 0 term and divide by z.
    return series(-c0 / 3, lambda n, x: -x * (2 * n + 1) / ((n + 1) * (2 * n + 3)), z)


r, e1, e2 = fit(erf_r, 0, 0.25, 60)
hi, lo = split(c0)
emit(f'        private const double TwoOverSqrtPiHi = {cs(hi)};')
emit(f'        private const double TwoOverSqrtPiLo = {cs(lo)};')
emit(f'        private const double TwoOverSqrtPiMinusOne = {cs(c0 - 1)};')
emit()
emit_array('ErfSmallCoefficients', r, f'R(z) = (erf(x)/x - 2/sqrt(pi)) / z, z = x^2 in [0, 1/4]; rel. error 2^{e1:.1f} (2^{e2:.1f} rounded)')


def erfcx(x):
    return mp.erfc(x) * mp.exp(x * x)


# erfc(x) = exp(-x^2) g(x) on [0.5, 3): five intervals of width 1/2, polynomial in y = x - centre.
emit('        // erfcx(x) = exp(x^2) erfc(x) on [0.5 + i/2, 1 + i/2), as a polynomial in y = x - (0.75 + i/2).')
emit('        // Each row: leading coefficient as hi, lo, then the rest from y^1 upward.')
rows = []
for i in range(5):
    a = mp.mpf(1) / 2 + mp.mpf(i) / 2
    b = a + mp.mpf(1) / 2
    c = a + mp.mpf(1) / 4
    p, e1, e2 = fit(erfcx, a, b, 60, center=c, dd_leading=True)
    rows.append((a, b, p, e1, e2))
width = max(len(r[2]) for r in rows)
emit(f'        private const int ErfcxNearDegree = {width - 1};')
emit('        private static readonly double[] ErfcxNear =')
emit('        {')
for a, b, p, e1, e2 in rows:
    p = [mp.mpf(0)] * (width - len(p)) + list(p)  # pad high-order zeros so rows have one length
    hi, lo = split(p[-1])
    rest = list(reversed(p[:-1]))
    emit(f'            // [{float(a)}, {float(b)}): rel. error 2^{e1:.1f} (2^{e2:.1f} rounded)')
    emit('            ' + ', '.join([cs(hi), cs(lo)] + [cs(v) for v in rest]) + ',')
emit('        };')
emit()


# erfc(x) = exp(-x^2) K(u) / x on [3, 27.3], K(u) = x erfcx(x), u = 1/x^2, polynomial in v = u - centre.
def k_of_u(u):
    x = 1 / mp.sqrt(u)
    return x * erfcx(x)


bounds = [3, 4, 6, 10, mp.mpf('27.3')]
rows = []
for a, b in zip(bounds, bounds[1:]):
    ua, ub = 1 / mp.mpf(b) ** 2, 1 / mp.mpf(a) ** 2
    c = mp.mpf(to_double((ua + ub) / 2))
    p, e1, e2 = fit(k_of_u, ua, ub, 60, center=c, dd_leading=True)
    rows.append((a, b, c, p, e1, e2))
width = max(len(r[3]) for r in rows)
emit('        // K(u) = x erfcx(x), u = 1/x^2, on x in [3, 4), [4, 6), [6, 10), [10, 27.3], as a polynomial in v = u - centre.')
emit('        // Each row: centre, leading coefficient as hi, lo, then the rest from v^1 upward.')
emit(f'        private const int ErfcxFarDegree = {width - 1};')
emit('        private static readonly double[] ErfcxFar =')
emit('        {')
for a, b, c, p, e1, e2 in rows:
    p = [mp.mpf(0)] * (width - len(p)) + list(p)
    hi, lo = split(p[-1])
    rest = list(reversed(p[:-1]))
    emit(f'            // x in [{float(a)}, {float(b)}): rel. error 2^{e1:.1f} (2^{e2:.1f} rounded)')
    emit('            ' + ', '.join([cs(c), cs(hi), cs(lo)] + [cs(v) for v in rest]) + ',')
emit('        };')


# ln 2 split so that k * Ln2Hi is exact for |k| < 2^11 (Ln2Hi has 42 significant bits).
ln2 = mp.log(2)
ln2_hi = mp.floor(ln2 * mp.mpf(2) ** 42 + mp.mpf(1) / 2) / mp.mpf(2) ** 42
emit()
emit(f'        private const double Ln2Hi = {cs(ln2_hi)};')
emit(f'        private const double Ln2Lo = {cs(ln2 - ln2_hi)};')
emit(f'        private const double InvLn2 = {cs(1 / ln2)};')

BEGIN, END = '        // <fitted-coefficients>', '        // </fitted-coefficients>'
if '--write' in sys.argv:
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'DoubleSpecialFunctions.cs')
    text = open(path).read()
    head, rest = text.split(BEGIN + '\n', 1)
    _, tail = rest.split(END, 1)
    body = '\n'.join(OUT) + '\n'
    open(path, 'w', newline='\n').write(head + BEGIN + '\n' + body + END + tail)
else:
    print('\n'.join(OUT))
