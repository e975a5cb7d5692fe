#!/usr/bin/env python3
"""Writes the reference tables for the built-in activations (Activations.ActivationFunctions).

    python3 generate_builtin_reference.py        (from any directory; needs mpmath only)

Writes builtins_double.csv and builtins_float.csv with the columns

    name,set,params,x,f,df,d2f,dfdp

name is the C# member (Sigmoid, ...); set is 'default' or 'custom' (the hyperparameter values, ';'-separated, are in
params, in declaration order); x is the input; f, df and d2f are f(x), f'(x) and f''(x); dfdp holds the derivatives
by each hyperparameter (';'-separated, in the order of params; empty when there are none).

Every value is the exact function at the exact binary x and hyperparameters (for the float table: x and the
hyperparameters rounded to float first, as the C# float overloads receive them), rounded to nearest, ties to even,
in the target format (float(mpf) truncates; round_binary from generate_reference.py rounds on the exact binary value).
Values are computed at 50 significant digits and again at 120; where the two round differently (cancellation in the
math itself, e.g. x - tanh x at x = 1e-30) the precision doubles until two successive results agree.
Numbers are written as the shortest string that reads back as the same double (float) value.

The formulas are written from the mathematical definitions, independently of ActivationFunctions.cs: GELU is
x*Phi(x) with mpmath's ncdf/npdf, GELU-tanh is x*e^u/(2cosh u) (not the sigmoid form the C# uses), Mish is
x*tanh(log1p(e^x)), LogSigmoid is -log1p(e^-x), Softplus keeps PyTorch's linear branch above the threshold. The
derivatives are hand-derived closed forms written to avoid cancellation (1 - sigma(u) as sigma(-u), 1 - tanh^2 u as
sech^2 u); each is checked against mpmath.diff (numerical differentiation at 50 digits) at every point of the double
table with |x| <= 12 at least 0.01 from a kink, and the script stops on any disagreement.

Points per built-in and hyperparameter set: an ordinary grid over [-8, 8] and [-40, 40], scattered and seeded random
points, tiny magnitudes (1e-30 ... 1e-3), the extremes +-20, +-50, +-100, +-1000, +-1e4, where sigma(x) is subnormal
(+-90, +-95 for float, +-720, +-740 for double), and the kinks approached (never hit) from both sides at distances 1e-3
and 1e-6 and, where the C# compares x itself with the kink, one ulp.
Exact kink points are left out: their conventions are tested separately (BuiltinKinkTests).
"""
import math
import os
import random
import struct

import mpmath as mp

from generate_reference import DOUBLE, FLOAT, round_binary, to_float32

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20240615

mpf = mp.mpf


# ---------------------------------------------------------------------------------------------------------------------
# Helpers in exact arithmetic (no cancellation).

def sig(u):
    """The logistic function; for u < 0 as e^u/(1 + e^u) so that it is accurate far into the tail."""
    if u >= 0:
        return 1 / (1 + mp.exp(-u))
    e = mp.exp(u)
    return e / (1 + e)


def sech2(u):
    return 1 / mp.cosh(u) ** 2


def step(cond, yes, no):
    return yes if cond else no


# ---------------------------------------------------------------------------------------------------------------------
# The built-ins. Each returns (f, f', f'', [df/dp for p in params]) at exact x and hyperparameters p.

# Parsed at 100 digits: at the module's default precision (53 bits) they would be the doubles nearest these decimals,
# and the references would then be of a slightly different function (visible where GeluTanh amplifies its argument).
with mp.workdps(100):
    SELU_SCALE = mpf('1.0507009873554804934193349852946')
    SELU_ALPHA = mpf('1.6732632423543772848170429916717')
    GELU_K = mpf('0.044715')


def sigmoid(x, p):
    s, t = sig(x), sig(-x)
    return s, s * t, -s * t * mp.tanh(x / 2), []


def tanh(x, p):
    return mp.tanh(x), sech2(x), -2 * mp.tanh(x) * sech2(x), []


def relu(x, p):
    return step(x > 0, x, mpf(0)), step(x > 0, mpf(1), mpf(0)), mpf(0), []


def relu6(x, p):
    return min(max(x, mpf(0)), mpf(6)), step(0 < x < 6, mpf(1), mpf(0)), mpf(0), []


def leaky(x, p):
    (a,) = p
    return step(x > 0, x, a * x), step(x > 0, mpf(1), a), mpf(0), [step(x > 0, mpf(0), x)]


def elu(x, p):
    (a,) = p
    if x > 0:
        return x, mpf(1), mpf(0), [mpf(0)]
    return a * mp.expm1(x), a * mp.exp(x), a * mp.exp(x), [mp.expm1(x)]


def celu(x, p):
    (a,) = p
    if x > 0:
        return x, mpf(1), mpf(0), [mpf(0)]
    u = x / a
    return a * mp.expm1(u), mp.exp(u), mp.exp(u) / a, [mp.expm1(u) - u * mp.exp(u)]


def selu(x, p):
    if x > 0:
        return SELU_SCALE * x, SELU_SCALE, mpf(0), []
    k = SELU_SCALE * SELU_ALPHA
    return k * mp.expm1(x), k * mp.exp(x), k * mp.exp(x), []


def gelu(x, p):
    phi, pdf = mp.ncdf(x), mp.npdf(x)
    return x * phi, phi + x * pdf, pdf * (2 - x * x), []


def gelu_tanh(x, p):
    c = mp.sqrt(2 / mp.pi)
    u = c * (x + GELU_K * x ** 3)
    du = c * (1 + 3 * GELU_K * x * x)
    d2u = 6 * c * GELU_K * x
    g = mp.exp(u) / (2 * mp.cosh(u))  # (1 + tanh u)/2 without cancellation
    g1 = sech2(u) / 2
    g2 = -mp.tanh(u) * sech2(u)
    return x * g, g + x * g1 * du, 2 * g1 * du + x * (g2 * du * du + g1 * d2u), []


def silu(x, p):
    return swish(x, [mpf(1)])[:3] + ([],)


def swish(x, p):
    (b,) = p
    u = b * x
    s, t = sig(u), sig(-u)
    return (x * s, s + u * s * t, b * s * t * (2 - u * mp.tanh(u / 2)), [x * x * s * t])


def mish(x, p):
    sp = mp.log1p(mp.exp(x))
    t, h = mp.tanh(sp), sech2(sp)
    s, sm = sig(x), sig(-x)
    return x * t, t + x * h * s, 2 * h * s + x * (-2 * h * t * s * s + h * s * sm), []


def softplus(x, p):
    b, th = p
    u = b * x
    if u > th:
        return x, mpf(1), mpf(0), [mpf(0), mpf(0)]
    sp = mp.log1p(mp.exp(u))
    return sp / b, sig(u), b * sig(u) * sig(-u), [x * sig(u) / b - sp / (b * b), mpf(0)]


def softsign(x, p):
    d = 1 + abs(x)
    return x / d, 1 / d ** 2, -2 * mp.sign(x) / d ** 3, []


def tanhshrink(x, p):
    t = mp.tanh(x)
    return x - t, t * t, 2 * t * sech2(x), []


def hardtanh(x, p):
    lo, hi = p
    return (min(max(x, lo), hi), step(lo < x < hi, mpf(1), mpf(0)), mpf(0),
            [step(x < lo, mpf(1), mpf(0)), step(x > hi, mpf(1), mpf(0))])


def hardsigmoid(x, p):
    if x <= -3:
        return mpf(0), mpf(0), mpf(0), []
    if x >= 3:
        return mpf(1), mpf(0), mpf(0), []
    return x / 6 + mpf(1) / 2, mpf(1) / 6, mpf(0), []


def hardswish(x, p):
    if x < -3:
        return mpf(0), mpf(0), mpf(0), []
    if x <= 3:
        return x * (x + 3) / 6, (2 * x + 3) / 6, mpf(1) / 3, []
    return x, mpf(1), mpf(0), []


def logsigmoid(x, p):
    return -mp.log1p(mp.exp(-x)), sig(-x), -sig(x) * sig(-x), []


def hardshrink(x, p):
    (lam,) = p
    out = abs(x) > lam
    return step(out, x, mpf(0)), step(out, mpf(1), mpf(0)), mpf(0), [mpf(0)]


def softshrink(x, p):
    (lam,) = p
    if x > lam:
        return x - lam, mpf(1), mpf(0), [mpf(-1)]
    if x < -lam:
        return x + lam, mpf(1), mpf(0), [mpf(1)]
    return mpf(0), mpf(0), mpf(0), [mpf(0)]


def threshold(x, p):
    th, v = p
    if x > th:
        return x, mpf(1), mpf(0), [mpf(0), mpf(0)]
    return v, mpf(0), mpf(0), [mpf(0), mpf(1)]


def heaviside(x, p):
    return step(x > 0, mpf(1), mpf(0)), mpf(0), mpf(0), []


def gaussian(x, p):
    e = mp.exp(-x * x)
    return e, -2 * x * e, (4 * x * x - 2) * e, []


# name: (function, parameter names, [(set, values)], kinks(values), ulp-neighbours at kinks)
# "ulp" is False where the C# compares a computed value (beta*x) rather than x itself with the kink, so a
# point one ulp away could land on the other branch through rounding alone; those kinks get the 1e-3/1e-6 offsets only.
BUILTINS = {
    'Sigmoid': (sigmoid, [], [('default', [])], lambda p: [], True),
    'Tanh': (tanh, [], [('default', [])], lambda p: [], True),
    'Relu': (relu, [], [('default', [])], lambda p: [0.0], True),
    'Relu6': (relu6, [], [('default', [])], lambda p: [0.0, 6.0], True),
    'LeakyRelu': (leaky, ['negativeSlope'], [('default', [0.01]), ('custom', [0.2])], lambda p: [0.0], True),
    'PRelu': (leaky, ['a'], [('default', [0.25]), ('custom', [-0.7])], lambda p: [0.0], True),
    'Elu': (elu, ['alpha'], [('default', [1.0]), ('custom', [0.7])], lambda p: [0.0], True),
    'Celu': (celu, ['alpha'], [('default', [1.0]), ('custom', [1.5])], lambda p: [0.0], True),
    'Selu': (selu, [], [('default', [])], lambda p: [0.0], True),
    'Gelu': (gelu, [], [('default', [])], lambda p: [], True),
    'GeluTanh': (gelu_tanh, [], [('default', [])], lambda p: [], True),
    'Silu': (silu, [], [('default', [])], lambda p: [], True),
    'Swish': (swish, ['beta'], [('default', [1.0]), ('custom', [1.7])], lambda p: [], True),
    'Mish': (mish, [], [('default', [])], lambda p: [], True),
    'Softplus': (softplus, ['beta', 'threshold'], [('default', [1.0, 20.0]), ('custom', [1.5, 12.0])],
                 lambda p: [p[1] / p[0]], False),
    'Softsign': (softsign, [], [('default', [])], lambda p: [0.0], True),
    'Tanhshrink': (tanhshrink, [], [('default', [])], lambda p: [], True),
    'Hardtanh': (hardtanh, ['minValue', 'maxValue'], [('default', [-1.0, 1.0]), ('custom', [-2.5, 0.75])],
                 lambda p: [p[0], p[1]], True),
    'Hardsigmoid': (hardsigmoid, [], [('default', [])], lambda p: [-3.0, 3.0], True),
    'Hardswish': (hardswish, [], [('default', [])], lambda p: [-3.0, 3.0], True),
    'LogSigmoid': (logsigmoid, [], [('default', [])], lambda p: [], True),
    'Hardshrink': (hardshrink, ['lambda'], [('default', [0.5]), ('custom', [1.25])], lambda p: [-p[0], p[0]], True),
    'Softshrink': (softshrink, ['lambda'], [('default', [0.5]), ('custom', [0.3])], lambda p: [-p[0], p[0]], True),
    'Threshold': (threshold, ['threshold', 'value'], [('default', [0.1, 20.0]), ('custom', [-1.5, -0.25])],
                  lambda p: [p[0]], True),
    'Step': (heaviside, [], [('default', [])], lambda p: [0.0], True),
    'Gaussian': (gaussian, [], [('default', [])], lambda p: [], True),
}


# ---------------------------------------------------------------------------------------------------------------------
# Points.

EXTREMES = [20.0, 50.0, 100.0, 1000.0, 1e4]
# where a double (float) intermediate such as sigma(x) or the result itself is subnormal
SUBNORMAL_RANGE = [720.0, 740.0, 90.0, 95.0]
TINY = [1e-30, 1e-20, 1e-10, 1e-5, 1e-3]


def next_up(x, fmt):
    if fmt is DOUBLE:
        return math.nextafter(x, math.inf)
    bits = struct.unpack('<I', struct.pack('<f', x))[0]
    if x == 0:
        return struct.unpack('<f', struct.pack('<I', 1))[0]
    bits += 1 if x > 0 else -1
    return struct.unpack('<f', struct.pack('<I', bits))[0]


def next_down(x, fmt):
    return -next_up(-x, fmt)


def points(kinks, ulp_neighbours, fmt, rng):
    xs = [-8.0 + 0.25 * i for i in range(65)]
    xs += [-40.0 + 0.5 * i for i in range(161)]
    xs += [s * v for v in [0.1, 0.3, 0.7, 1.3, 2.7, 3.3, 4.9, 6.1, 7.7, 13.0, 17.0, 25.0, 35.0, 37.0, 45.0, 75.0, 300.0]
           for s in (1, -1)]
    xs += [s * v for v in TINY + EXTREMES + SUBNORMAL_RANGE for s in (1, -1)]
    xs += [rng.uniform(-12.0, 12.0) for _ in range(30)]
    for k in kinks:
        for d in (1e-3, 1e-6):
            xs += [k - d, k + d]
    xs = [to_float32(x) if fmt is FLOAT else x for x in xs]
    if ulp_neighbours:
        for k in kinks:
            k = to_float32(k) if fmt is FLOAT else k
            xs += [next_up(k, fmt), next_down(k, fmt)]
    exact_kinks = {to_float32(k) if fmt is FLOAT else k for k in kinks}
    seen, out = set(), []
    for x in xs:
        if x in exact_kinks or x in seen:
            continue
        seen.add(x)
        out.append(x)
    return sorted(out)


# ---------------------------------------------------------------------------------------------------------------------
# Evaluation with a precision check, and the derivative check against mpmath.diff.

def rounded(fn, x, p, fmt):
    """All outputs of fn at (x, p), rounded to fmt, once two successive precisions agree."""
    def at(dps):
        with mp.workdps(dps):
            f, d1, d2, dp = fn(mpf(x), [mpf(v) for v in p])
            return [round_binary(mpf(v), fmt)[0] for v in [f, d1, d2] + dp]

    previous, dps = at(50), 120
    while True:
        current = at(dps)
        if all(same(a, b) for a, b in zip(previous, current)):
            return current
        if dps > 2000:
            raise SystemExit(f'no agreement at x = {x!r}, p = {p!r}')
        previous, dps = current, dps * 2


def same(a, b):
    return a == b and (a != 0 or math.copysign(1, a) == math.copysign(1, b))


def check_derivatives(name, fn, x, p, kinks):
    """Closed-form derivatives against mpmath.diff at 50 digits, for x away from kinks and not huge."""
    if abs(x) > 12 or any(abs(x - k) < 0.01 for k in kinks):
        return
    with mp.workdps(50):
        mx, mp_ = mpf(x), [mpf(v) for v in p]
        f, d1, d2, dp = fn(mx, mp_)
        numeric = [mp.diff(lambda t: fn(t, mp_)[0], mx, 1), mp.diff(lambda t: fn(t, mp_)[0], mx, 2)]
        for i in range(len(p)):
            def by(t, i=i):
                q = list(mp_)
                q[i] = t
                return fn(mx, q)[0]
            numeric.append(mp.diff(by, mp_[i]))
        for closed, num, what in zip([d1, d2] + dp, numeric, ['df', 'd2f'] + [f'df/dp{i}' for i in range(len(p))]):
            if abs(closed - num) > mpf('1e-25') * max(1, abs(closed)):
                raise SystemExit(f'{name}{p} at x = {x!r}: {what} closed form {closed} but mpmath.diff {num}')


# ---------------------------------------------------------------------------------------------------------------------

def text(v, fmt):
    if math.isinf(v):
        return 'inf' if v > 0 else '-inf'
    if fmt is FLOAT:
        for digits in range(1, 10):  # shortest decimal that reads back as the same float
            s = f'{v:.{digits}g}'
            if to_float32(float(s)) == v:
                return fix(s)
    return repr(v)


def fix(s):
    """Python's %g may omit the '.0'; keep it looking like a float literal, and keep -0 signed."""
    return s if any(c in s for c in '.enai') else s + '.0'


def main():
    for fmt, suffix in ((DOUBLE, 'double'), (FLOAT, 'float')):
        rows = []
        for name, (fn, names, sets, kinks_of, ulp) in BUILTINS.items():
            rng = random.Random(f'{SEED}-{name}-{suffix}')
            for label, values in sets:
                p = [to_float32(v) for v in values] if fmt is FLOAT else list(values)
                kinks = kinks_of(p)
                for x in points(kinks, ulp, fmt, rng):
                    if fmt is DOUBLE:
                        check_derivatives(name, fn, x, p, kinks)
                    out = rounded(fn, x, p, fmt)
                    rows.append([name, label, ';'.join(text(v, fmt) for v in p), text(x, fmt),
                                 text(out[0], fmt), text(out[1], fmt), text(out[2], fmt),
                                 ';'.join(text(v, fmt) for v in out[3:])])
        path = os.path.join(HERE, f'builtins_{suffix}.csv')
        with open(path, 'w', newline='\n') as fh:
            fh.write(f'# Built-in activations at {suffix} inputs: f, df, d2f and df/dp, rounded to nearest {suffix}\n')
            fh.write('# generated by generate_builtin_reference.py; do not edit\n')
            fh.write('name,set,params,x,f,df,d2f,dfdp\n')
            for row in rows:
                fh.write(','.join(row) + '\n')
        print(f'builtins_{suffix}.csv: {len(rows)} rows')


if __name__ == '__main__':
    main()
