#!/usr/bin/env python3
"""Writes the double reference tables for the VectorMath functions that ActivationMath does not have.

    python3 generate_vector_reference.py [name ...]   (from any directory; needs mpmath only; names: the tables to
                                                       write, e.g. sigmoidd or pow; all of them by default)

Same format and method as generate_reference.py (whose rounding and grid helpers this imports): for each f in exp,
log, tanh, tanhc (1 - |tanh x|), tanhd (tanh′ = 1 - tanh² x), sigmoidd (σ′ = σ(x) σ(-x)), sin, cos, tan, sinh, cosh, atan a file v_f.csv with x, expected (f(x) at 60 digits rounded to nearest
double, checked again at 90) and residual; and v_pow.csv with x, y, expected, residual. The VectorMath tests also use
log1p.csv, expm1.csv, erf.csv, erfc.csv, sigmoid.csv and softplus.csv from generate_reference.py.
"""
import math
import random

import mpmath as mp

import sys

from generate_reference import (DOUBLE, SEED, both_signs, common, grid_sigmoid, linspace, log_uniform, neighbours,
                                reference, text, unique, write)


def special(x, nan=math.nan, pos=None, neg=None):
    """Value for NaN/±inf inputs, or None for a finite x."""
    if math.isnan(x):
        return nan
    if math.isinf(x):
        return pos if x > 0 else neg
    return None


def odd_zero(f):
    """Odd functions keep the sign of zero."""
    def g(x):
        return x if x == 0 else f(x)
    return g


def ref_exp(x):
    s = special(x, pos=math.inf, neg=0.0)
    return s if s is not None else mp.exp(mp.mpf(x))


def ref_log(x):
    if math.isnan(x) or x < 0:
        return math.nan
    if x == 0:
        return -math.inf
    if math.isinf(x):
        return math.inf
    return mp.log(mp.mpf(x))


@odd_zero
def ref_tanh(x):
    s = special(x, pos=1.0, neg=-1.0)
    return s if s is not None else mp.tanh(mp.mpf(x))


def ref_tanhc(x):
    """1 - |tanh x| = 2 / (1 + e^(2|x|))."""
    s = special(x, pos=0.0, neg=0.0)
    if s is not None:
        return s
    return 2 / (1 + mp.exp(2 * abs(mp.mpf(x))))


def ref_tanhd(x):
    """tanh′(x) = sech² x = 4 e^(-2|x|) / (1 + e^(-2|x|))²."""
    s = special(x, pos=0.0, neg=0.0)
    if s is not None:
        return s
    e = mp.exp(-2 * abs(mp.mpf(x)))
    return 4 * e / (1 + e) ** 2


def ref_sigmoidd(x):
    """σ′(x) = σ(x) σ(-x) = e^-|x| / (1 + e^-|x|)²."""
    s = special(x, pos=0.0, neg=0.0)
    if s is not None:
        return s
    e = mp.exp(-abs(mp.mpf(x)))
    return e / (1 + e) ** 2


@odd_zero
def ref_sin(x):
    s = special(x, pos=math.nan, neg=math.nan)
    return s if s is not None else mp.sin(mp.mpf(x))


def ref_cos(x):
    s = special(x, pos=math.nan, neg=math.nan)
    return s if s is not None else mp.cos(mp.mpf(x))


@odd_zero
def ref_tan(x):
    s = special(x, pos=math.nan, neg=math.nan)
    return s if s is not None else mp.tan(mp.mpf(x))


@odd_zero
def ref_sinh(x):
    s = special(x, pos=math.inf, neg=-math.inf)
    if s is not None:
        return s
    if abs(x) > 1000:
        return math.copysign(math.inf, x)
    return mp.sinh(mp.mpf(x))


def ref_cosh(x):
    s = special(x, pos=math.inf, neg=math.inf)
    if s is not None:
        return s
    if abs(x) > 1000:
        return math.inf
    return mp.cosh(mp.mpf(x))


@odd_zero
def ref_atan(x):
    s = special(x, pos=None, neg=None)
    if math.isnan(x):
        return math.nan
    if math.isinf(x):
        return mp.pi / 2 if x > 0 else -mp.pi / 2
    return mp.atan(mp.mpf(x))


LN2 = math.log(2.0)


def grid_exp(rng):
    xs = common(rng) + linspace(-746.0, 710.0, 2001) + [rng.uniform(-50.0, 50.0) for _ in range(600)]
    xs += both_signs(log_uniform(rng, 300, -60, 9))
    for b in [709.782712893384, -745.1332191019411, -745.1332191019412, -708.3964185322641, 708.3, -708.3, -744.5]:
        xs += neighbours(b, 3)
    for j in list(range(-60, 60)) + list(range(60, 1024, 31)) + list(range(-1080, -60, 29)):
        xs += neighbours((j + 0.5) * LN2, 1)
    return xs


def grid_log(rng):
    xs = common(rng) + linspace(0.5, 2.0, 1501) + linspace(1e-3, 100.0, 1001)
    xs += log_uniform(rng, 1500, -1074, 1023)
    xs += [1.0 + math.ldexp(1.0, -k) for k in range(1, 53)] + [1.0 - math.ldexp(1.0, -k) for k in range(1, 54)]
    for b in [math.sqrt(0.5), math.sqrt(2.0), 1.0, 2.2250738585072014e-308]:
        xs += neighbours(b, 3)
    return xs


def grid_tanh(rng):
    xs = common(rng) + linspace(-20.0, 20.0, 2001) + linspace(-1.0, 1.0, 801)
    xs += both_signs(log_uniform(rng, 600, -60, 5))
    for b in [0.55, 19.0, 20.0]:
        xs += both_signs(neighbours(b, 2))
    return xs


def grid_tanhc(rng):
    xs = grid_tanh(rng) + linspace(-380.0, 380.0, 1501)
    for b in [18.7, 354.0, 372.5]:  # below about 18.7 the value is normal; it underflows near 372.5
        xs += both_signs(neighbours(b, 2))
    return xs


def grid_trig(rng):
    xs = common(rng) + linspace(-10.0, 10.0, 2001) + [rng.uniform(-1.1e6, 1.1e6) for _ in range(500)]
    xs += both_signs(log_uniform(rng, 600, -60, 21))
    # the doubles nearest to multiples of pi/4 (where r is tiny or the quadrant changes), up to the reduction limit
    ks = list(range(1, 200)) + [rng.randint(200, int(1048576 / (math.pi / 4))) for _ in range(400)]
    for k in ks:
        xs += both_signs(neighbours(float(k * mp.pi / 4), 1))
    xs += both_signs(neighbours(1048576.0, 2))
    return xs


def grid_hyperbolic(rng):
    xs = common(rng) + linspace(-712.0, 712.0, 2001) + linspace(-2.0, 2.0, 801)
    xs += both_signs(log_uniform(rng, 600, -60, 9))
    for b in [1.0, 710.4758600739439, 709.782712893384, 707.6, 708.3]:
        xs += both_signs(neighbours(b, 2))
    return xs


def grid_atan(rng):
    xs = common(rng) + linspace(-10.0, 10.0, 2001) + linspace(-1.5, 1.5, 801)
    xs += both_signs(log_uniform(rng, 800, -60, 60))
    for b in [math.tan(math.pi / 8), 1.0]:
        xs += both_signs(neighbours(b, 3))
    return xs


GRIDS = {
    'exp': (ref_exp, grid_exp),
    'log': (ref_log, grid_log),
    'tanh': (ref_tanh, grid_tanh),
    'tanhc': (ref_tanhc, grid_tanhc),
    'tanhd': (ref_tanhd, grid_tanhc),
    'sigmoidd': (ref_sigmoidd, grid_sigmoid),
    'sin': (ref_sin, grid_trig),
    'cos': (ref_cos, grid_trig),
    'tan': (ref_tan, grid_trig),
    'sinh': (ref_sinh, grid_hyperbolic),
    'cosh': (ref_cosh, grid_hyperbolic),
    'atan': (ref_atan, grid_atan),
}


def pow_pairs(rng):
    """Finite positive x with y such that x^y spans the whole double range, plus negative x with integer y."""
    pairs = []
    for _ in range(3000):
        x = math.ldexp(rng.uniform(1.0, 2.0), rng.randint(-1074, 1023)) if rng.random() < 0.3 else rng.uniform(0.01, 10.0)
        lx = math.log(x) if x > 0 else 0.0
        target = rng.uniform(-745.0, 709.0)  # the log of the result
        y = target / lx if lx != 0 else rng.uniform(-5.0, 5.0)
        pairs.append((x, y))
    for _ in range(1000):
        pairs.append((rng.uniform(0.0, 4.0), rng.uniform(-8.0, 8.0)))
    for _ in range(500):
        x = -rng.uniform(0.1, 10.0)
        pairs.append((x, float(rng.randint(-40, 40))))
    for x in [0.5, 2.0, 10.0, 1.0000001, 0.9999999]:
        for y in [-1e6, -3.5, -2.0, -1.0, -0.5, 0.5, 1.0, 2.0, 3.0, 1e6]:
            pairs.append((x, y))
    return pairs


def ref_pow(x, y):
    if x > 0 and math.isfinite(x) and math.isfinite(y):
        v = mp.power(mp.mpf(x), mp.mpf(y))
        if abs(mp.log(v)) > 800:
            return math.inf if v > 1 else 0.0
        return v
    if x < 0 and y == int(y):
        v = mp.power(mp.mpf(-x), mp.mpf(y))
        return -v if int(y) % 2 else v
    return math.pow(x, y)


def main(only=None):
    for name, (f, grid) in GRIDS.items():
        if only and name not in only:
            continue
        rng = random.Random(f'{SEED}-v-{name}')
        rows = []
        for x in unique(grid(rng)):
            expected, residual = reference(f, x, DOUBLE)
            rows.append((text(x), text(expected), f'{residual:.4f}'))
        write(f'v_{name}.csv', rows, 'x,expected,residual', f'{name}(x) for double x, rounded to nearest double')

    if only and 'pow' not in only:
        return
    rng = random.Random(f'{SEED}-v-pow')
    rows = []
    for x, y in pow_pairs(rng):
        expected, residual = reference(lambda v: ref_pow(v, y), x, DOUBLE)
        rows.append((text(x), text(y), text(expected), f'{residual:.4f}'))
    write('v_pow.csv', rows, 'x,y,expected,residual', 'pow(x, y) for double x and y, rounded to nearest double')


if __name__ == '__main__':
    main(sys.argv[1:])
