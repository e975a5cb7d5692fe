#!/usr/bin/env python3
"""Writes VectorMath.g.cs: the public overloads of Activations.VectorMath for every vector width.

    python3 generate_vector_math.py

Each function has one algorithm per element type (SingleKernels, DoubleKernels, generic over IVectorOps); this script
only writes the thin public surface: for every function, an overload per Vector128/256/512<T> that wraps the vector in
its IVectorOps struct and calls the kernel, a Vector<T> overload that reinterprets to the same-sized fixed-width
vector, and a scalar overload that runs the same kernel on one element (so it matches every lane bit for bit).
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# name: (summary, returns, float bound, double bound, parameters)
FUNCTIONS = [
    ('Exp', 'e raised to the power <paramref name="x"/>.',
     'e^x; +∞ on overflow, 0 on underflow (subnormal results are rounded once), NaN for NaN.', '1', '1'),
    ('Log', 'The natural logarithm of <paramref name="x"/>.',
     'log x; -∞ at ±0, NaN for negative x and NaN, +∞ at +∞; subnormal inputs are exact-range.', '1', '1'),
    ('Log1p', 'log(1 + x), accurate near 0 where log(1 + x) would lose the low bits of x.',
     'log(1 + x); -∞ at -1, NaN below -1, ±0 at ±0, +∞ at +∞.', '2', '1'),
    ('Expm1', 'e^x - 1, accurate in relative terms near 0 where exp(x) - 1 would cancel.',
     'e^x - 1; -1 at -∞, +∞ on overflow, ±0 at ±0.', '1', '2'),
    ('Tanh', 'The hyperbolic tangent, accurate in relative terms near 0 (tanh(1e-6) is 1e-6 to the last bit).',
     'tanh x in [-1, 1]; ±1 at ±∞, ±0 at ±0.', '2', '2'),
    ('TanhComplement', 'The complement of the hyperbolic tangent, 1 - |tanh x|, accurate in relative terms where 1 - |tanh x| would cancel.',
     '1 - |tanh x| in [0, 1]; subnormal far out (|x| past about 44 in float, 354 in double, rounded once), 0 at ±∞.', '2', '2'),
    ('TanhDerivative', 'The derivative of the hyperbolic tangent, tanh′(x) = 1 - tanh² x = sech² x, computed as c (2 - c) with c = 1 - |tanh x|, which does not cancel.',
     'tanh′(x) in [0, 1]; 4 e^-2|x| to relative accuracy far out (subnormal, then 0), 0 at ±∞ (never NaN for a number); '
     'bit-identical to the derivative of <see cref="TanhWithDerivative({0}, out {0})"/>.', '3', '2'),
    ('Sigmoid', 'The logistic function σ(x) = 1 / (1 + e^-x), with relative accuracy as σ(x) approaches 0.',
     'σ(x) in [0, 1]; 1 at +∞, 0 at -∞ and wherever it underflows (never NaN for a number).', '3', '2'),
    ('SigmoidDerivative', 'The derivative of the logistic function, σ′(x) = σ(x) σ(-x) = e^-|x| / (1 + e^-|x|)², from one exponential.',
     'σ′(x) in [0, 1/4]; e^-|x| to relative accuracy far out (subnormal, then 0), 0 at ±∞ (never NaN for a number); '
     'bit-identical to the derivative of <see cref="SigmoidWithDerivative({0}, out {0})"/>.', '4', '2'),
    ('Softplus', 'The softplus function log(1 + e^x), a smooth max(x, 0).',
     'log(1 + e^x): x itself for large x, e^x to relative accuracy for very negative x, +∞ at +∞, 0 at -∞.', '2', '2'),
    ('Erf', 'The error function erf(x) = (2/√π) ∫₀ˣ e^(-t²) dt.',
     'erf x in [-1, 1]; ±1 at ±∞, ±0 at ±0.', '2', '1'),
    ('Erfc', 'The complementary error function 1 - erf(x), accurate relative to its own size in the far tail.',
     'erfc x in [0, 2]; 2 at -∞, 0 at +∞ and wherever the result underflows.', '4', '3'),
    ('Sin', 'The sine of <paramref name="x"/> (radians).',
     'sin x; NaN at ±∞.', '1', '1'),
    ('Cos', 'The cosine of <paramref name="x"/> (radians).',
     'cos x; NaN at ±∞.', '1', '1'),
    ('Tan', 'The tangent of <paramref name="x"/> (radians).',
     'tan x; NaN at ±∞.', '3', '2'),
    ('Sinh', 'The hyperbolic sine.', 'sinh x; ±∞ on overflow, ±0 at ±0.', '2', '1'),
    ('Cosh', 'The hyperbolic cosine.', 'cosh x; +∞ on overflow.', '1', '1'),
    ('Atan', 'The arctangent, in radians.', 'atan x in [-π/2, π/2]; ±π/2 at ±∞, ±0 at ±0.', '2', '1'),
    ('Sign', 'The sign of <paramref name="x"/> as a floating-point value.',
     '1 for x &gt; 0, -1 for x &lt; 0, and x itself for ±0 and NaN (as <see cref="ActivationMath.Sign(double)"/>).',
     None, None),
    ('Pow', '<paramref name="x"/> raised to the power <paramref name="y"/>.',
     'x^y with the special cases of IEEE 754 pow (as <see cref="Math.Pow"/>): x^±0 = 1 for any x, 1^y = 1 for any y, '
     'a negative x gives a NaN unless y is an integer, and then the sign of x^|y| follows the parity of y.', '1', '1'),
]

# Two results from one evaluation: name -> (summary, returns, out parameter, its doc, float bound, double bound of it)
PAIRS = [
    ('SigmoidWithComplement',
     'σ(x) and its complement σ(-x) = 1 - σ(x) from one exponential, for derivatives such as σ′ = σ(x) σ(-x).',
     'σ(x), bit-identical to <see cref="Sigmoid({0})"/>.',
     'complement', 'σ(-x), to relative accuracy as it approaches 0.', '3', '2'),
    ('SigmoidWithDerivative',
     'σ(x) and its derivative σ′(x) = σ(x) σ(-x) from one exponential and one division, for fused forward and backward '
     'passes: the bits of <see cref="Sigmoid({0})"/> and <see cref="SigmoidDerivative({0})"/>, so a fused kernel agrees '
     'with the separate ones.',
     'σ(x), bit-identical to <see cref="Sigmoid({0})"/>.',
     'derivative', 'σ′(x), bit-identical to <see cref="SigmoidDerivative({0})"/>; to relative accuracy far out.', '4', '2'),
    ('ErfcWithGaussian',
     'erfc x and the Gaussian e^(-x²) from the one exponential erfc evaluates, for erfc′(x) = -(2/√π) e^(-x²) (GELU′).',
     'erfc x, bit-identical to <see cref="Erfc({0})"/>.',
     'gaussian', 'e^(-x²), bit-identical to <see cref="Exp({0})"/> of -(x x).', None, None),
    ('SoftplusWithSigmoid',
     'softplus x and its derivative σ(x) from one exponential, for compensated forwards and fused kernels that need both: '
     'the bits of <see cref="Softplus({0})"/> and <see cref="Sigmoid({0})"/>.',
     'softplus x, bit-identical to <see cref="Softplus({0})"/>.',
     'sigmoid', 'σ(x), bit-identical to <see cref="Sigmoid({0})"/>.', None, None),
    ('TanhWithComplement',
     'tanh x and its complement 1 - |tanh x| from one exponential, for derivatives such as tanh′ = (1 - |tanh x|)(1 + |tanh x|).',
     'tanh x, bit-identical to <see cref="Tanh({0})"/>.',
     'complement', '1 - |tanh x|, bit-identical to <see cref="TanhComplement({0})"/>.', None, None),
    ('TanhWithDerivative',
     'tanh x and its derivative tanh′(x) = 1 - tanh² x from one exponential, for fused forward and backward passes: the '
     'bits of <see cref="Tanh({0})"/> and <see cref="TanhDerivative({0})"/>, so a fused kernel agrees with the separate ones.',
     'tanh x, bit-identical to <see cref="Tanh({0})"/>.',
     'derivative', 'tanh′(x), bit-identical to <see cref="TanhDerivative({0})"/>.', None, None),
]

# Three results from one evaluation: name -> (summary, returns, [(out parameter, its doc, float bound, double bound)])
TRIPLES = [
    ('SigmoidWithComplementAndDerivative',
     'σ(x), its complement σ(-x) and its derivative σ′(x) = σ(x) σ(-x) from one exponential and one division, for second '
     'derivatives that need all three: the bits of <see cref="SigmoidWithComplement({0}, out {0})"/> and of '
     '<see cref="SigmoidDerivative({0})"/>.',
     'σ(x), bit-identical to <see cref="Sigmoid({0})"/>.',
     [('complement', 'σ(-x), bit-identical to the complement of <see cref="SigmoidWithComplement({0}, out {0})"/>.', None, None),
      ('derivative', 'σ′(x), bit-identical to <see cref="SigmoidDerivative({0})"/>.', None, None)]),
]

BOUNDS_DOC = {}


def kinds():
    for elem, kernels, suffix in (('float', 'SingleKernels', 'Single'), ('double', 'DoubleKernels', 'Double')):
        yield elem, kernels, suffix


def emit():
    out = ['// <auto-generated>',
           '// Written by Vectors/generate_vector_math.py; rerun it rather than editing.',
           '// </auto-generated>',
           '#nullable enable',
           'using System;',
           'using System.Numerics;',
           'using System.Runtime.CompilerServices;',
           'using System.Runtime.Intrinsics;',
           'using Activations.Internal.Vectors;',
           '',
           'namespace Activations',
           '{',
           '    public static partial class VectorMath',
           '    {']
    for name, summary, returns, fbound, dbound in FUNCTIONS:
        binary = name == 'Pow'
        params = '{0} x, {0} y' if binary else '{0} x'
        for elem, kernels, suffix in kinds():
            bound = fbound if elem == 'float' else dbound
            types = [(f'Vector{w}<{elem}>', f'Vector{w}{suffix}') for w in (128, 256, 512)]
            for vtype, wrapper in types + [(f'Vector<{elem}>', None), (elem, f'Scalar{suffix}')]:
                out.append(f'        /// <summary>{summary}</summary>')
                out.append(f'        /// <param name="x">The input{"s" if not elem == vtype else ""}{", the base" if binary else ""}.</param>')
                if binary:
                    out.append(f'        /// <param name="y">The exponent{"s" if not elem == vtype else ""}.</param>')
                lanes = '' if vtype == elem else 'In every lane: '
                cref = vtype.replace('<', '{').replace('>', '}')
                out.append(f'        /// <returns>{lanes}{returns.replace("{0}", cref)}</returns>')
                if bound is not None:
                    out.append(f'        /// <remarks>{{{name}_{elem}}}</remarks>')
                out.append('        [MethodImpl(MethodImplOptions.AggressiveInlining)]')
                signature = f'        public static {vtype} {name}({params.format(vtype)})'
                if wrapper is not None:
                    args = f'new {wrapper}(x), new {wrapper}(y)' if binary else f'new {wrapper}(x)'
                    out.append(f'{signature} => {kernels}.{name}({args}).Value;')
                else:
                    out.append(signature)
                    out.append('        {')
                    for w, cond in ((512, 'Vector<byte>.Count == 64'), (256, 'Vector<byte>.Count == 32')):
                        a = f'x.AsVector{w}(), y.AsVector{w}()' if binary else f'x.AsVector{w}()'
                        out.append(f'            if ({cond})')
                        out.append('            {')
                        out.append(f'                return {name}({a}).AsVector();')
                        out.append('            }')
                        out.append('')
                    a = 'x.AsVector128(), y.AsVector128()' if binary else 'x.AsVector128()'
                    out.append(f'            return {name}({a}).AsVector();')
                    out.append('        }')
                out.append('')
    for entry in PAIRS + TRIPLES:
        name, summary, returns = entry[0], entry[1], entry[2]
        outs = [tuple(entry[3:7])] if len(entry) == 7 else entry[3]  # (out name, doc, float bound, double bound) each
        for elem, kernels, suffix in kinds():
            types = [(f'Vector{w}<{elem}>', f'Vector{w}{suffix}') for w in (128, 256, 512)]
            for vtype, wrapper in types + [(f'Vector<{elem}>', None), (elem, f'Scalar{suffix}')]:
                cref = vtype.replace('<', '{').replace('>', '}')
                out.append(f'        /// <summary>{summary.format(cref)}</summary>')
                out.append(f'        /// <param name="x">The input{"s" if not elem == vtype else ""}.</param>')
                for out_name, out_doc, fbound, dbound in outs:
                    bound = fbound if elem == 'float' else dbound
                    doc = out_doc.format(cref)
                    if bound is not None:
                        unit = 'ulp' if bound == '1' else 'ulps'
                        doc += f' Within {bound} {unit} of the correctly rounded result (measured maximum).'
                    out.append(f'        /// <param name="{out_name}">{doc}</param>')
                out.append(f'        /// <returns>{returns.format(cref)}</returns>')
                out.append('        [MethodImpl(MethodImplOptions.AggressiveInlining)]')
                out_params = ', '.join(f'out {vtype} {o[0]}' for o in outs)
                out.append(f'        public static {vtype} {name}({vtype} x, {out_params})')
                out.append('        {')
                if wrapper is not None:
                    args = ', '.join(f'out {wrapper} c{i}' for i in range(len(outs)))
                    out.append(f'            {wrapper} result = {kernels}.{name}(new {wrapper}(x), {args});')
                    for i, o in enumerate(outs):
                        out.append(f'            {o[0]} = c{i}.Value;')
                    out.append('            return result.Value;')
                else:
                    for w, cond in ((512, 'Vector<byte>.Count == 64'), (256, 'Vector<byte>.Count == 32'), (128, None)):
                        indent = '            ' if cond is None else '                '
                        if cond is not None:
                            out.append(f'            if ({cond})')
                            out.append('            {')
                        args = ', '.join(f'out Vector{w}<{elem}> c{w}{"" if len(outs) == 1 else "_" + str(i)}' for i in range(len(outs)))
                        out.append(f'{indent}Vector{w}<{elem}> r{w} = {name}(x.AsVector{w}(), {args});')
                        for i, o in enumerate(outs):
                            out.append(f'{indent}{o[0]} = c{w}{"" if len(outs) == 1 else "_" + str(i)}.AsVector();')
                        out.append(f'{indent}return r{w}.AsVector();')
                        if cond is not None:
                            out.append('            }')
                            out.append('')
                out.append('        }')
                out.append('')
    out[-1:] = ['    }', '}', '']
    text = '\n'.join(out)
    bounds = bound_text()
    for key, value in bounds.items():
        text = text.replace('{' + key + '}', value)
    with open(os.path.join(HERE, 'VectorMath.g.cs'), 'w', newline='\n') as fh:
        fh.write(text)


def bound_text():
    """The measured accuracy of each function, as the tests assert it (VectorMathAccuracyTests)."""
    text = {}
    for name, summary, returns, fbound, dbound in FUNCTIONS:
        for elem, bound in (('float', fbound), ('double', dbound)):
            if bound is not None:
                unit = 'ulp' if bound == '1' else 'ulps'
                line = f'Within {bound} {unit} of the correctly rounded result over the whole {elem} range (measured maximum).'
                if (name, elem) in ACCURACY:
                    line += TRIG_NOTE[elem]
                text[f'{name}_{elem}'] = line
    return text


TRIG_NOTE = {
    'float': ' The argument is reduced by π/2 inside the vector for |x| &lt;= 32768; a vector with a larger |x| in any lane '
             'takes a slower path that computes those lanes with <see cref="Math"/> in double.',
    'double': ' The argument is reduced by π/2 inside the vector for |x| &lt;= 2^20; a vector with a larger |x| in any lane '
              'takes a slower path that computes those lanes with <see cref="Math"/>.',
}

ACCURACY = {}
for _name in ('Sin', 'Cos', 'Tan'):
    for _elem in ('float', 'double'):
        ACCURACY[(_name, _elem)] = None  # filled in bound_text

if __name__ == '__main__':
    emit()
