#!/usr/bin/env python3
"""Fits the polynomials of the vector math kernels and writes Polynomials.g.cs beside this file.

    python3 fit_polynomials.py          (needs mpmath only; about three minutes on two cores)

Each polynomial is a minimax fit (Remez exchange at 50 digits) of one smooth factor of a function, weighted so that
the quantity minimised is the relative error of the function itself; e.g. for exp the fit is P(r) in
expm1(r) = r + r^2 P(r) on |r| <= ln2/2, minimising |(r + r^2 P(r)) / expm1(r) - 1|. The coefficients are then rounded
to float or double and the error of the rounded polynomial is measured again; both numbers go into the comments.
The generated methods evaluate by Horner's rule with fused multiply-adds, over any IVectorOps implementation.
"""
import os

import mpmath as mp

mp.mp.dps = 50
HERE = os.path.dirname(os.path.abspath(__file__))


def nonzero(x):
    return x if x != 0 else mp.mpf('1e-30')


def remez(g, w, n, a, b, var, iterations=40, grid=3000, fixed=()):
    """Coefficients c (lowest first) minimising max |w(x) (g(x) - sum c_i var(x)^i)| over [a, b], where the first
    len(fixed) coefficients are given."""
    a, b = mp.mpf(a), mp.mpf(b)
    k0 = len(fixed)
    g0 = g
    g = lambda x: g0(x) - mp.polyval(list(fixed)[::-1], var(x)) if fixed else g0(x)
    free = n - k0
    n_all, n = n, free
    xs = [(a + b) / 2 - (b - a) / 2 * mp.cos(mp.pi * i / n) for i in range(n + 1)]
    xs = [x + (b - a) / (5 * n) if abs(x) < (b - a) / (5 * n) else x for x in xs]
    pts = [nonzero(a + (b - a) * (1 - mp.cos(mp.pi * i / (grid - 1))) / 2) for i in range(grid)]
    gv, wv, vv = [g(x) for x in pts], [w(x) for x in pts], [var(x) for x in pts]
    best = None
    for _ in range(iterations):
        m = mp.matrix(n + 1, n + 1)
        rhs = mp.matrix(n + 1, 1)
        for i, x in enumerate(xs):
            x = nonzero(x)
            v = var(x)
            for j in range(n):
                m[i, j] = v ** (j + k0)
            m[i, n] = (-1) ** i / w(x)
            rhs[i] = g(x)
        sol = mp.lu_solve(m, rhs)
        c = list(fixed) + [sol[j] for j in range(n)]
        level = abs(sol[n])
        err = [wv[k] * (gv[k] - mp.polyval(c[k0:][::-1], vv[k]) * vv[k] ** k0) for k in range(grid)]
        extrema = [k for k in range(grid)
                   if (k == 0 or abs(err[k]) >= abs(err[k - 1])) and (k == grid - 1 or abs(err[k]) >= abs(err[k + 1]))]
        alternating = []
        for k in extrema:
            if alternating and mp.sign(err[alternating[-1]]) == mp.sign(err[k]):
                if abs(err[k]) > abs(err[alternating[-1]]):
                    alternating[-1] = k
            else:
                alternating.append(k)
        while len(alternating) > n + 1:
            alternating.pop(0 if abs(err[alternating[0]]) < abs(err[alternating[-1]]) else -1)
        worst = max(abs(e) for e in err)
        if best is None or worst < best[1]:
            best = (c, worst)
        if len(alternating) < n + 1 or worst / level - 1 < mp.mpf('1e-5'):
            break
        xs = [pts[k] for k in alternating]
    return best


def rounded_error(c, g, w, a, b, var, grid=6000):
    a, b = mp.mpf(a), mp.mpf(b)
    worst = 0
    for i in range(grid):
        x = nonzero(a + (b - a) * i / (grid - 1))
        worst = max(worst, abs(w(x) * (g(x) - mp.polyval(c[::-1], var(x)))))
    return worst


def to_float(v):
    """Nearest float32 to an mpf, as a Python float."""
    man, exp = mp.frexp(v)  # v = man 2^exp, 0.5 <= |man| < 1
    return float(mp.ldexp(mp.nint(mp.ldexp(man, 24)), exp - 24))


def identity(x):
    return x


def square(x):
    return x * x


LN2_HALF = mp.log(2) / 2 + mp.mpf('0.0005')
SQRT_HALF = mp.sqrt(mp.mpf(0.5))
S_MAX = (mp.sqrt(2) - 1) / (mp.sqrt(2) + 1) + mp.mpf('0.00001')


def erfcx(x):
    return mp.erfc(x) * mp.exp(x * x)


def erfcx_fit(c, hi):
    """erfcx(x) = t P(t) with t = 1 / (1 + c x), for x in [0.5, hi]."""
    x_of = lambda t: (1 / t - 1) / c
    return dict(g=lambda t: erfcx(x_of(t)) / t, w=lambda t: t / erfcx(x_of(t)), a=1 / (1 + c * hi), b=1 / (1 + c / 2),
                var=identity)


def erfcx_slope_fit(c, hi):
    """s(t) = d ln erfcx / d ln t at t = 1 / (1 + c x): how a relative error e in t moves t P(t) (by e s)."""
    def slope(t):
        x = (1 / t - 1) / c
        dlog_dx = 2 * x - 2 / (mp.sqrt(mp.pi) * erfcx(x))
        return dlog_dx * -(1 + c * x) / c
    return dict(g=slope, w=lambda t: 1, a=1 / (1 + c * hi), b=1 / (1 + c / 2), var=identity)


# name: (what it approximates, fit, float terms, double terms)
FITS = [
    ('Exp', 'P(r) in exp(r) = 1 + r + r^2 P(r), |r| <= ln2/2, relative to exp(r)',
     dict(g=lambda r: (mp.expm1(r) - r) / r ** 2, w=lambda r: r ** 2 / mp.exp(r), a=-LN2_HALF, b=LN2_HALF, var=identity),
     5, 10),
    ('Expm1', 'P(r) in expm1(r) = r + r^2 P(r), |r| <= ln2/2, relative to expm1(r)',
     dict(g=lambda r: (mp.expm1(r) - r) / r ** 2, w=lambda r: r ** 2 / mp.expm1(r), a=-LN2_HALF, b=LN2_HALF, var=identity),
     6, 11),
    ('Log', 'P(f) in log(1 + f) = f + f^2 P(f), f in [sqrt(1/2) - 1, sqrt(2) - 1], relative to log(1 + f)',
     dict(g=lambda f: (mp.log1p(f) - f) / f ** 2, w=lambda f: f ** 2 / mp.log1p(f), a=SQRT_HALF - 1 - mp.mpf('1e-5'),
          b=mp.sqrt(2) - 1 + mp.mpf('1e-5'), var=identity),
     9, None),
    ('LogAtanh', 'P(s^2) in log((1 + s) / (1 - s)) = 2s + s^3 P(s^2), |s| <= 3 - 2 sqrt(2), relative to the log',
     dict(g=lambda s: (2 * mp.atanh(s) - 2 * s) / s ** 3, w=lambda s: s ** 3 / (2 * mp.atanh(s)), a=0, b=S_MAX, var=square),
     4, 7),
    ('LogAtanhTail', 'P(s^2) in log((1 + s) / (1 - s)) = 2s + (2/3) s^3 + s^5 P(s^2), |s| <= 3 - 2 sqrt(2), relative to the log',
     dict(g=lambda s: ((2 * mp.atanh(s) - 2 * s) / s ** 3 - mp.mpf(2) / 3) / s ** 2, w=lambda s: s ** 5 / (2 * mp.atanh(s)),
          a=0, b=S_MAX, var=square),
     4, 7),
    ('Sinh', 'P(x^2) in sinh(x) = x + x^3 P(x^2), |x| <= 1, relative to sinh(x)',
     dict(g=lambda x: (mp.sinh(x) - x) / x ** 3, w=lambda x: x ** 3 / mp.sinh(x), a=0, b=1.0001, var=square),
     4, 7),
    ('Erf', 'P(x^2) in erf(x) = x (2/sqrt(pi) + x^2 P(x^2)), |x| <= 0.5, relative to erf(x)',
     dict(g=lambda x: (mp.erf(x) / x - 2 / mp.sqrt(mp.pi)) / x ** 2, w=lambda x: x ** 3 / mp.erf(x), a=0, b=0.5001,
          var=square),
     4, 8),
    ('Sin', 'P(r^2) in sin(r) = r + r^3 P(r^2), |r| <= pi/4, relative to sin(r)',
     dict(g=lambda x: (mp.sin(x) - x) / x ** 3, w=lambda x: x ** 3 / mp.sin(x), a=0, b=mp.pi / 4 + mp.mpf('0.001'), var=square),
     4, 6),
    ('Cos', 'P(r^2) in cos(r) = 1 + r^2 P(r^2), |r| <= pi/4, relative to cos(r)',
     dict(g=lambda x: (mp.cos(x) - 1) / x ** 2, w=lambda x: x ** 2 / mp.cos(x), a=0, b=mp.pi / 4 + mp.mpf('0.001'), var=square),
     4, 7),
    ('Atan', 'P(t^2) in atan(t) = t + t^3 P(t^2), |t| <= tan(pi/8), relative to atan(t)',
     dict(g=lambda x: (mp.atan(x) - x) / x ** 3, w=lambda x: x ** 3 / mp.atan(x), a=0, b=mp.tan(mp.pi / 8) + mp.mpf('0.0001'),
          var=square),
     5, 12),
]

# erfc is fitted separately per type: the variable's scale and range differ (float erfc underflows at 10.06, double at 27.3).
TYPED_FITS = [
    ('Erfcx', 'float', 'P(t) in erfcx(x) = e^(x^2) erfc(x) = t P(t), t = 1/(1 + x/2), x in [0.5, 10.1], relative',
     erfcx_fit(mp.mpf(0.5), 10.1), 10),
    ('ErfcxSlope', 'float', 'P(t) ~ d ln erfcx / d ln t for the fit above (absolute error)',
     erfcx_slope_fit(mp.mpf(0.5), 10.1), 3),
    ('Erfcx', 'double', 'P(t) in erfcx(x) = e^(x^2) erfc(x) = t P(t), t = 1/(1 + x/4), x in [0.5, 27.3], relative',
     erfcx_fit(mp.mpf(0.25), 27.3), 22),
    ('ErfcxSlope', 'double', 'P(t) ~ d ln erfcx / d ln t for the fit above (absolute error)',
     erfcx_slope_fit(mp.mpf(0.25), 27.3), 4),
]


def log2(e):
    return 'exact' if e == 0 else f'2^{float(mp.log(e, 2)):.1f}'


def literal(v, kind):
    if kind == 'float':
        f = to_float(v)
        return repr(f) + 'f' if 'e' in repr(f) or '.' in repr(f) else repr(f) + '.0f'
    return repr(float(v))


def round_to(kind, v):
    return mp.mpf(to_float(v)) if kind == 'float' else mp.mpf(float(v))


def method(name, kind, description, fit, n):
    c, err = remez(fit['g'], fit['w'], n, fit['a'], fit['b'], fit['var'])
    # Round one coefficient at a time, lowest order first, refitting the higher ones around the rounded value: the
    # higher terms then absorb most of the rounding error of the lower ones.
    # The exchange can stall on these constrained problems, so keep whichever rounding measures better.
    naive = [round_to(kind, v) for v in c]
    rounded = [round_to(kind, c[0])]
    for i in range(1, n):
        refit, _ = remez(fit['g'], fit['w'], n, fit['a'], fit['b'], fit['var'], fixed=rounded)
        rounded.append(round_to(kind, refit[i]))
    err_naive = rounded_error(naive, fit['g'], fit['w'], fit['a'], fit['b'], fit['var'])
    err_rounded = rounded_error(rounded, fit['g'], fit['w'], fit['a'], fit['b'], fit['var'])
    if err_naive < err_rounded:
        rounded, err_rounded = naive, err_naive
    c = rounded
    print(f'{kind} {name}: {n} terms, error {log2(err)}, rounded {log2(err_rounded)}', flush=True)
    lines = [f'        // {description}',
             f'        // {n} terms; minimax error {log2(err)}, {log2(err_rounded)} with the coefficients rounded to {kind}.',
             '        [MethodImpl(MethodImplOptions.AggressiveInlining)]',
             f'        internal static T {name}<T>(T x)',
             f'            where T : struct, IVectorOps<T, {kind}>',
             '        {',
             f'            T p = T.Create({literal(c[-1], kind)});']
    for v in reversed(c[:-1]):
        lines.append(f'            p = T.MultiplyAdd(p, x, T.Create({literal(v, kind)}));')
    lines += ['            return p;', '        }']
    return '\n'.join(lines)


def job(index):
    jobs = []
    for name, description, fit, nf, nd in FITS:
        if nf:
            jobs.append((name, 'float', description, fit, nf))
        if nd:
            jobs.append((name, 'double', description, fit, nd))
    jobs += [(name, kind, description, fit, n) for name, kind, description, fit, n in TYPED_FITS]
    if index is None:
        return len(jobs)
    name, kind, description, fit, n = jobs[index]
    return kind, method(name, kind, description, fit, n)


def main():
    import multiprocessing
    with multiprocessing.Pool() as pool:
        results = pool.map(job, range(job(None)))
    out = {'float': [], 'double': []}
    for kind, text in results:
        out[kind].append(text)

    header = ['// <auto-generated>',
              '// Written by fit_polynomials.py beside this file; rerun it rather than editing.',
              '// </auto-generated>',
              '#nullable enable',
              'using System.Runtime.CompilerServices;',
              '',
              'namespace Activations.Internal.Vectors',
              '{']
    body = []
    for kind, cls in (('float', 'SinglePolynomials'), ('double', 'DoublePolynomials')):
        body += [f'    /// <summary>Minimax polynomials for the {kind} kernels, evaluated by Horner\'s rule with FMA.</summary>',
                 f'    internal static class {cls}', '    {']
        body.append('\n\n'.join(out[kind]))
        body += ['    }', '']
    text = '\n'.join(header + body).rstrip() + '\n}\n'
    with open(os.path.join(HERE, 'Polynomials.g.cs'), 'w', newline='\n') as fh:
        fh.write(text)


if __name__ == '__main__':
    main()
