#!/usr/bin/env python3
"""Writes the reference tables the ActivationMath accuracy tests compare against.

    python3 generate_reference.py        (from any directory; needs mpmath only)

For each function f in log1p, expm1, erf, erfc, sigmoid, softplus it writes

    f.csv        double inputs:  x, expected, residual
    f_float.csv  float inputs:   x, expected

x is a double (or float) exactly as parsed; expected is f(x) computed with mpmath at 60 significant digits and
rounded to nearest (ties to even) in the target format, including the subnormal range and overflow to infinity;
residual is (f(x) - expected) in units of the last place of expected's binade, in [-0.5, 0.5], so a test can report
the true error (d - residual) rather than the distance to the rounded value. Every value is recomputed at 90 digits
and the script stops if any rounding differs.

The inputs are dense grids over each function's working range, log-spaced magnitudes from the smallest subnormal to
the largest double, the implementation's branch points with their neighbours, seeded random points, and the
special values (±0, ±inf, NaN). Numbers are written as Python's shortest round-trip repr, plus the tokens inf, -inf
and nan.
"""
import math
import os
import random
import struct

import mpmath as mp

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20240607

DOUBLE = (53, -1022, 1023)
FLOAT = (24, -126, 127)


# ---------------------------------------------------------------------------------------------------------------------
# Correct rounding of an mpf into a binary format. float(mpf) truncates, so round by hand on the exact binary value.

def round_binary(v, fmt):
    """Returns (nearest value as a Python float, residual in ulps)."""
    p, emin, emax = fmt
    if v == 0:
        return 0.0, 0.0
    sign = -1.0 if v < 0 else 1.0
    a = abs(v)
    man, exp = int(a.man), int(a.exp)
    e = exp + man.bit_length() - 1
    if e < emin - p:  # below half the smallest subnormal: rounds to zero
        return sign * 0.0, 0.0
    if e > emax:
        return sign * math.inf, 0.0
    q = max(e, emin) - (p - 1)  # exponent of the last place
    shift = q - exp
    if shift <= 0:
        n = man << -shift
    else:
        n = man >> shift
        rem = man - (n << shift)
        half = 1 << (shift - 1)
        if rem > half or (rem == half and n & 1):
            n += 1
    if n.bit_length() + q > emax + 1:  # rounded up to 2^(emax+1) or beyond: overflow
        return sign * math.inf, 0.0
    rounded = mp.ldexp(n, q)
    residual = float((a - rounded) / mp.ldexp(1, q))
    return sign * math.ldexp(n, q), sign * residual


def to_float32(x):
    """Nearest float32 to a Python float, as a Python float."""
    if math.isnan(x) or math.isinf(x) or x == 0:
        return x
    return round_binary(mp.mpf(x), FLOAT)[0]


# ---------------------------------------------------------------------------------------------------------------------
# The functions at high precision. x is a Python float (exact binary value); special inputs are handled by their limits.

def ref_log1p(x):
    if x == 0:  # odd at 0: keep the sign of zero
        return x
    if math.isnan(x) or x < -1:
        return math.nan
    if x == -1:
        return -math.inf
    if math.isinf(x):
        return math.inf
    return mp.log1p(mp.mpf(x))


def ref_expm1(x):
    if x == 0:  # odd at 0: keep the sign of zero
        return x
    if math.isnan(x):
        return math.nan
    if math.isinf(x):
        return math.inf if x > 0 else -1.0
    return mp.expm1(mp.mpf(x))


def ref_erf(x):
    if x == 0:  # odd at 0: keep the sign of zero
        return x
    if math.isnan(x):
        return math.nan
    if abs(x) > 100:  # 1 - erf(x) < e^-10000: rounds to ±1 (mpmath's erfc overflows a float for huge x)
        return math.copysign(1.0, x)
    return mp.erf(mp.mpf(x))


def ref_erfc(x):
    if math.isnan(x):
        return math.nan
    if x > 100:  # erfc(x) < e^-10000 < 2^-1075: rounds to 0
        return 0.0
    if x < -100:
        return 2.0
    return mp.erfc(mp.mpf(x))


def ref_sigmoid(x):
    if math.isnan(x):
        return math.nan
    if math.isinf(x):
        return 1.0 if x > 0 else 0.0
    return 1 / (1 + mp.exp(-mp.mpf(x)))


def ref_softplus(x):
    if math.isnan(x):
        return math.nan
    if math.isinf(x):
        return math.inf if x > 0 else 0.0
    m = mp.mpf(x)
    if m > 0:
        return m + mp.log1p(mp.exp(-m))
    return mp.log1p(mp.exp(m))


# ---------------------------------------------------------------------------------------------------------------------
# Input grids.

SPECIAL = [0.0, -0.0, math.inf, -math.inf, math.nan]
SUBNORMAL = [5e-324, 1e-323, 2.5e-320, 1e-315, 1e-310, 2.2250738585072004e-308, 1e-308]
MIN_NORMAL = 2.2250738585072014e-308
TINY = [1e-300, 1e-200, 1e-100, 1e-50, 1e-30, 1e-20, 1e-16, 1e-12, 1e-10, 1e-8, 1e-6, 1e-4]


def neighbours(x, n=2):
    out = [x]
    up = down = x
    for _ in range(n):
        up = math.nextafter(up, math.inf)
        down = math.nextafter(down, -math.inf)
        out += [up, down]
    return out


def linspace(a, b, n):
    return [a + (b - a) * i / (n - 1) for i in range(n)]


def powers_of_two(kmin, kmax, step=1):
    return [math.ldexp(1.0, k) for k in range(kmin, kmax + 1, step)]


def powers_of_ten(emin, emax):
    return [float(f'1e{e}') for e in range(emin, emax + 1)]


def log_uniform(rng, n, lo_exp, hi_exp):
    """n random magnitudes 2^u, u uniform in [lo_exp, hi_exp], with random mantissas."""
    return [math.ldexp(rng.uniform(1.0, 2.0), rng.randint(lo_exp, hi_exp)) for _ in range(n)]


def both_signs(xs):
    return xs + [-x for x in xs]


def common(rng):
    """Points every function sees: specials, subnormals, tiny and huge magnitudes of both signs."""
    mags = SUBNORMAL + [MIN_NORMAL] + TINY + powers_of_two(-1074, 1023, 7) + powers_of_ten(-308, 308)[::4]
    mags += [1.7976931348623157e308, 1e300, 1e100]
    return SPECIAL + both_signs(mags) + both_signs(log_uniform(rng, 200, -1074, 1023))


def grid_log1p(rng):
    xs = common(rng)
    xs += linspace(-0.999, 3.0, 1000) + [rng.uniform(-1.0, 1.0) for _ in range(500)]
    xs += [rng.uniform(-0.3, 0.42) for _ in range(300)]
    xs += [-1.0 + math.ldexp(1.0, -k) for k in range(1, 54)] + [-1.0 + 10.0 ** -e for e in range(1, 16)]
    xs += [-1.0, math.nextafter(-1.0, 0.0), math.nextafter(-1.0, -2.0), -2.0, -1e300]
    xs += both_signs(log_uniform(rng, 400, -60, 10))
    # branch points: the series cut-offs, the unscaled window, and every x where 1 + x crosses a power of two
    for b in [math.ldexp(1.0, -20), -math.ldexp(1.0, -20), math.ldexp(1.0, -54), -0.29, 0.41,
              math.sqrt(0.5) - 1.0, math.sqrt(2.0) - 1.0]:
        xs += neighbours(b)
    for k in range(-1, 60):
        xs += neighbours(math.ldexp(1.0, k) - 1.0, 1)
    return xs


def grid_expm1(rng):
    xs = common(rng)
    xs += linspace(-40.0, 710.0, 1001) + linspace(-2.0, 2.0, 801)
    xs += [rng.uniform(-1.0, 1.0) for _ in range(400)] + [rng.uniform(-40.0, 40.0) for _ in range(300)]
    xs += both_signs(log_uniform(rng, 400, -60, 3))
    ln2 = math.log(2.0)
    for b in [math.ldexp(1.0, -54), -math.ldexp(1.0, -54), -38.0, -37.5, 709.782712893384, 709.7827128933840,
              710.0, 56.5 * ln2, 57.5 * ln2]:
        xs += neighbours(b)
    # where the reduction switches k: half-odd multiples of ln 2
    for j in list(range(-56, 60)) + list(range(60, 1024, 37)):
        xs += neighbours((j + 0.5) * ln2, 1)
    return xs


def grid_erf(rng):
    xs = common(rng)
    xs += linspace(-7.0, 28.0, 2001) + [rng.uniform(-6.0, 6.0) for _ in range(800)]
    xs += linspace(25.5, 27.5, 201)  # erfc's subnormal range and the underflow to 0
    xs += both_signs(log_uniform(rng, 300, -40, 2))
    for b in [0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 6.0, 10.0, 27.3, 5.9, math.ldexp(1.0, -28)]:
        xs += both_signs(neighbours(b))
    return xs


def grid_sigmoid(rng):
    xs = common(rng)
    xs += linspace(-750.0, 750.0, 1001) + linspace(-40.0, 40.0, 1201)
    xs += [rng.uniform(-40.0, 40.0) for _ in range(500)] + linspace(-746.0, -700.0, 100)
    xs += both_signs(log_uniform(rng, 300, -60, 10))
    xs += [1000.0, -1000.0, 37.0, 38.0, -709.0, -745.0, -745.1]
    return xs


GRIDS = {
    'log1p': (ref_log1p, grid_log1p),
    'expm1': (ref_expm1, grid_expm1),
    'erf': (ref_erf, grid_erf),
    'erfc': (ref_erfc, grid_erf),
    'sigmoid': (ref_sigmoid, grid_sigmoid),
    'softplus': (ref_softplus, grid_sigmoid),
}


# ---------------------------------------------------------------------------------------------------------------------

def unique(xs):
    """Drops repeats (by bit pattern, so +0 and -0 both stay), keeping first-seen order."""
    seen, out = set(), []
    for x in xs:
        key = 'nan' if math.isnan(x) else struct.pack('<d', x)
        if key not in seen:
            seen.add(key)
            out.append(x)
    return out


def text(v):
    if math.isnan(v):
        return 'nan'
    if math.isinf(v):
        return 'inf' if v > 0 else '-inf'
    return repr(v)


def reference(f, x, fmt):
    """(expected, residual) in the given format, checked at two precisions."""
    results = []
    for dps in (60, 90):
        with mp.workdps(dps):
            v = f(x)
            if isinstance(v, float):  # exact special value
                results.append((v, 0.0))
            else:
                results.append(round_binary(v, fmt))
    (a, ra), (b, _) = results
    if not (a == b or (math.isnan(a) and math.isnan(b))) or (a == 0 and math.copysign(1, a) != math.copysign(1, b)):
        raise SystemExit(f'precision check failed at x = {x!r}: {a!r} vs {b!r}')
    return a, ra


def write(name, rows, header, note):
    path = os.path.join(HERE, name)
    with open(path, 'w', newline='\n') as fh:
        fh.write(f'# {note}\n# generated by generate_reference.py; do not edit\n{header}\n')
        for row in rows:
            fh.write(','.join(row) + '\n')
    print(f'{name}: {len(rows)} rows')


def main():
    for name, (f, grid) in GRIDS.items():
        rng = random.Random(f'{SEED}-{name}')
        xs = unique(grid(rng))

        rows = []
        for x in xs:
            expected, residual = reference(f, x, DOUBLE)
            rows.append((text(x), text(expected), f'{residual:.4f}'))
        write(f'{name}.csv', rows, 'x,expected,residual', f'{name}(x) for double x, rounded to nearest double')

        rows = []
        for x in unique([to_float32(x) for x in xs] + float_extras(name, rng)):
            expected, _ = reference(f, x, FLOAT)
            rows.append((text(x), text(expected)))
        write(f'{name}_float.csv', rows, 'x,expected', f'{name}(x) for float x, rounded to nearest float')


def float_extras(name, rng):
    """Float-specific ranges: float subnormals and the points where float results overflow or underflow."""
    xs = [1.401298464324817e-45, 1e-40, 1.1754943508222875e-38, 3.4028234663852886e38]
    xs = both_signs(xs)
    if name == 'expm1':
        xs += linspace(80.0, 90.0, 101) + neighbours(88.72283935546875, 3)
    if name in ('erf', 'erfc'):
        xs += linspace(9.0, 11.0, 201) + [rng.uniform(0.0, 4.0) for _ in range(300)]
    if name in ('sigmoid', 'softplus'):
        xs += linspace(-110.0, -80.0, 151) + linspace(15.0, 20.0, 51)
    return [to_float32(x) for x in xs]


if __name__ == '__main__':
    main()
