using System;
using System.Runtime.CompilerServices;

namespace Activations.Internal.Vectors
{
    /// <summary>
    /// The float kernels behind <see cref="VectorMath"/>, written once over <see cref="IVectorOps{TSelf, TScalar}"/> and
    /// computed entirely in float: no lane is widened to double.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Each kernel is straight-line code with no per-lane branches. Where a rare input range needs more work (exp's
    /// overflow and subnormal results, log's non-normal inputs, a sine argument past the reduction range), one test over
    /// the whole vector sends it to a slower path. That path computes the in-range lanes with the very same operations,
    /// so a lane's result never depends on its neighbours.
    /// </para>
    /// <para>
    /// Polynomials are minimax fits from <c>fit_polynomials.py</c> (see <see cref="SinglePolynomials"/>); the error
    /// bounds quoted here are the measured ones that the tests assert.
    /// </para>
    /// </remarks>
    internal static class SingleKernels
    {
        private const MethodImplOptions Inline = MethodImplOptions.AggressiveInlining;

        private const int SignBit = unchecked((int)0x80000000);
        private const int OneBits = 0x3F800000;
        private const int SqrtHalfBits = 0x3F3504F3;

        // Adding 1.5 * 2^23 rounds a float of magnitude below 2^22 to an integer n (ties to even) and leaves n in the
        // low bits of the sum's representation: bits(sum) = bits(1.5 * 2^23) + n.
        private const float RoundingMagic = 12582912f;

        private const float Log2E = 1.44269502f;
        private const float Ln2Hi = 0.693147182f;
        private const float Ln2Lo = -1.90465421e-09f;

        // Past these, e^x overflows a float or is no longer a normal float (nor, then, is its scale 2^k).
        private const float ExpFastLimit = 87.3f;
        private const float ExpHalfFastLimit = 86.5f;

        // ---------------------------------------------------------------------------------------------------------
        // exp

        /// <summary>e^x: 2^k e^r with k = round(x / ln2) and |r| &lt;= ln2 / 2.</summary>
        [MethodImpl(Inline)]
        internal static T Exp<T>(T x)
            where T : struct, IVectorOps<T, float>
        {
            // As bits, so that NaN (above +∞) also takes the full-range path: the core's exponent add needs a number.
            if (T.AnyBitsGreaterThanUnsigned(T.Abs(x), T.Create(ExpFastLimit)))
            {
                return ExpFullRange(x, halve: false);
            }

            return ExpCore(x, halve: false);
        }

        /// <summary>e^x for x &lt;= 0 (or NaN), as <see cref="Exp{T}(T)"/> bit for bit, with a one-sided range test.</summary>
        [MethodImpl(Inline)]
        private static T ExpOfNonPositive<T>(T x)
            where T : struct, IVectorOps<T, float>
        {
            // Sign set: below -ExpFastLimit exactly where the bits are above its bits, and so is a NaN.
            if (T.AnyBitsGreaterThanUnsigned(x, T.Create(-ExpFastLimit)))
            {
                return ExpFullRange(x, halve: false);
            }

            return ExpCore(x, halve: false);
        }

        /// <summary>e^x / 2, finite up to x = 89.4 where e^x itself has overflowed (for sinh and cosh).</summary>
        [MethodImpl(Inline)]
        private static T ExpHalf<T>(T x)
            where T : struct, IVectorOps<T, float>
        {
            if (T.AnyBitsGreaterThanUnsigned(T.Abs(x), T.Create(ExpHalfFastLimit)))
            {
                return ExpFullRange(x, halve: true);
            }

            return ExpCore(x, halve: true);
        }

        // For |x| <= 87.3 (86.5 when halving), where the result is a normal float (and so is 2^k).
        [MethodImpl(Inline)]
        private static T ExpCore<T>(T x, bool halve)
            where T : struct, IVectorOps<T, float>
        {
            T z = T.MultiplyAdd(x, T.Create(Log2E), T.Create(RoundingMagic));
            T k = z - T.Create(RoundingMagic);
            T r = T.MultiplyAdd(k, T.Create(-Ln2Hi), x); // exact
            r = T.MultiplyAdd(k, T.Create(-Ln2Lo), r);
            T p = T.MultiplyAdd(r * r, SinglePolynomials.Exp(r), r) + T.Create(1f);

            // p 2^k as an add to p's exponent field (the low bits of z hold k; shifted up they are k << 23): exact and the
            // same bits as the product, because the result is a normal number throughout this range.
            T exponent = T.ShiftLeftBits(z, 23);
            return T.AddBits(p, halve ? T.SubtractBits(exponent, T.FromBits(1 << 23)) : exponent);
        }

        // e^x and e^-x for |x| <= 87.3 from one reduction, each bit-identical to ExpCore of its argument: rounding to
        // nearest is symmetric, so the reduction of -x is k' = -k and r' = -r exactly (ties go to the even integer either
        // way), and only the polynomial is evaluated twice.
        [MethodImpl(Inline)]
        private static T ExpCoreWithMirror<T>(T x, out T expOfNegated)
            where T : struct, IVectorOps<T, float>
        {
            T z = T.MultiplyAdd(x, T.Create(Log2E), T.Create(RoundingMagic));
            T k = z - T.Create(RoundingMagic);
            T r = T.MultiplyAdd(k, T.Create(-Ln2Hi), x);
            r = T.MultiplyAdd(k, T.Create(-Ln2Lo), r);
            T r2 = r * r;
            T p = T.MultiplyAdd(r2, SinglePolynomials.Exp(r), r) + T.Create(1f);
            T minusR = -r;
            T pMirror = T.MultiplyAdd(r2, SinglePolynomials.Exp(minusR), minusR) + T.Create(1f);
            T exponent = T.ShiftLeftBits(z, 23); // k << 23; the mirror's is its negation
            expOfNegated = T.SubtractBits(pMirror, exponent);
            return T.AddBits(p, exponent);
        }

        // Any x: the scale is applied as two powers of two, so that results in the subnormal range round once and the
        // largest finite results do not overflow the scale. In-range lanes get exactly ExpCore's result.
        // Inlined, although rarely taken: as a call, every vector live across it (the input x of σ, the operands of the
        // generated kernel around it) must be kept on the stack, and the JIT stores it there on the hot path. A 64-byte
        // store to a 16-byte-aligned stack slot splits a cache line and its reload cannot be forwarded, which made the
        // Vector512 Sigmoid loop 2.5x slower in some processes (docs/benchmarks.md). The same holds for Expm1FullRange
        // and LogFullRange.
        [MethodImpl(Inline)]
        private static T ExpFullRange<T>(T x, bool halve)
            where T : struct, IVectorOps<T, float>
        {
            x = ClampAbove(x, T.Create(90f)); // overflows either way
            x = ClampBelow(x, T.Create(-104f)); // underflows to 0 either way; NaN passes both clamps
            T z = T.MultiplyAdd(x, T.Create(Log2E), T.Create(RoundingMagic));
            T k = z - T.Create(RoundingMagic);
            T positive = T.GreaterThan(k, T.Create(0f));
            int bias = halve ? OneBits - (1 << 23) : OneBits;
            T scale1 = T.AddBits(
                T.ShiftLeftBits(z, 23),
                T.Select(positive, T.FromBits(bias - (64 << 23)), T.FromBits(bias + (64 << 23)))); // 2^(k -+ 64)
            T scale2 = T.Select(positive, T.Create(1.8446744e19f), T.Create(5.421011e-20f)); // 2^(+-64)
            T r = T.MultiplyAdd(k, T.Create(-Ln2Hi), x);
            r = T.MultiplyAdd(k, T.Create(-Ln2Lo), r);
            T p = T.MultiplyAdd(r * r, SinglePolynomials.Exp(r), r) + T.Create(1f);
            return p * scale1 * scale2;
        }

        // ---------------------------------------------------------------------------------------------------------
        // expm1

        /// <summary>e^x - 1 = 2^k expm1(r) + (2^k - 1), with relative accuracy near 0 (k = 0 there).</summary>
        [MethodImpl(Inline)]
        internal static T Expm1<T>(T x)
            where T : struct, IVectorOps<T, float>
        {
            T result;
            if (T.AnyGreaterThan(T.Abs(x), T.Create(88f)))
            {
                result = Expm1FullRange(x);
            }
            else
            {
                result = Expm1Core(x);
            }

            // expm1 has the sign of x; this also gives expm1(-0) = -0.
            return result | (x & T.FromBits(SignBit));
        }

        // For |x| <= 88: k in [-127, 127], and k = -127 gives a scale of 0 and the correct result -1.
        [MethodImpl(Inline)]
        private static T Expm1Core<T>(T x)
            where T : struct, IVectorOps<T, float>
        {
            T p = Expm1Reduced(x, out T scale);
            return T.MultiplyAdd(scale, p, scale - T.Create(1f));
        }

        // e^x = 2^k (1 + p): returns p = expm1(r) to relative accuracy, and the scale 2^k (|x| <= 88).
        [MethodImpl(Inline)]
        private static T Expm1Reduced<T>(T x, out T scale)
            where T : struct, IVectorOps<T, float>
        {
            T z = T.MultiplyAdd(x, T.Create(Log2E), T.Create(RoundingMagic));
            T k = z - T.Create(RoundingMagic);
            scale = T.AddBits(T.ShiftLeftBits(z, 23), T.FromBits(OneBits));
            T r = T.MultiplyAdd(k, T.Create(-Ln2Hi), x);
            r = T.MultiplyAdd(k, T.Create(-Ln2Lo), r);
            return T.MultiplyAdd(r * r, SinglePolynomials.Expm1(r), r); // expm1(r)
        }

        [MethodImpl(Inline)]
        private static T Expm1FullRange<T>(T x)
            where T : struct, IVectorOps<T, float>
        {
            // Below -88 the result is -1; above 88, e^x - 1 rounds to e^x (or overflows with it).
            T clamped = ClampBelow(ClampAbove(x, T.Create(88f)), T.Create(-88f));
            return T.Select(T.GreaterThan(x, T.Create(88f)), ExpFullRange(x, halve: false), Expm1Core(clamped));
        }

        // ---------------------------------------------------------------------------------------------------------
        // log, log1p

        /// <summary>log x = e ln2 + log(1 + f) with x = 2^e (1 + f), 1 + f in [√½, √2).</summary>
        [MethodImpl(Inline)]
        internal static T Log<T>(T x)
            where T : struct, IVectorOps<T, float>
        {
            // One unsigned compare finds every lane that is not a positive normal float: 0, negatives, subnormals,
            // infinity and NaN.
            if (T.AnyBitsGreaterThanUnsigned(T.SubtractBits(x, T.FromBits(0x00800000)), T.FromBits(0x7EFFFFFF)))
            {
                return LogFullRange(x);
            }

            return LogCore(x, T.Create(0f));
        }

        // log(x) for a positive normal x; exponentOffset is subtracted from the exponent (for prescaled subnormals).
        [MethodImpl(Inline)]
        private static T LogCore<T>(T x, T exponentOffset)
            where T : struct, IVectorOps<T, float>
        {
            // t = bits(x) - bits(√½): its top bits are the exponent e with x / 2^e in [√½, √2), its low 23 bits that
            // mantissa relative to √½. Adding 2^30 makes t non-negative so that a logical shift extracts e + 128.
            T t = T.SubtractBits(x, T.FromBits(SqrtHalfBits));
            T biased = T.ShiftRightLogicalBits(T.AddBits(t, T.FromBits(0x40000000)), 23); // e + 128 in [0, 256)
            T e = (biased | T.FromBits(0x4B000000)) - T.Create(8388736f); // 2^23 + (e + 128) - (2^23 + 128)
            e -= exponentOffset;
            T m = T.AddBits(t & T.FromBits(0x007FFFFF), T.FromBits(SqrtHalfBits));
            T f = m - T.Create(1f); // exact
            T log1pF = T.MultiplyAdd(f * f, SinglePolynomials.Log(f), f);
            return T.MultiplyAdd(e, T.Create(Ln2Hi), T.MultiplyAdd(e, T.Create(Ln2Lo), log1pF));
        }

        [MethodImpl(Inline)]
        private static T LogFullRange<T>(T x)
            where T : struct, IVectorOps<T, float>
        {
            T subnormal = T.LessThan(x, T.Create(1.17549435e-38f));
            T scaled = T.Select(subnormal, x * T.Create(8388608f), x); // 2^23
            T result = LogCore(scaled, T.Select(subnormal, T.Create(23f), T.Create(0f)));
            result = T.Select(T.Equal(x, T.Create(float.PositiveInfinity)), x, result);
            result = T.Select(T.Equal(x, T.Create(0f)), T.Create(float.NegativeInfinity), result);
            result = T.Select(T.LessThan(x, T.Create(0f)), T.Create(float.NaN), result);
            return T.Select(IsNaN(x), x, result);
        }

        /// <summary>log(1 + x) = log(u) + c / u, u = fl(1 + x) and c = (1 + x) - u exactly.</summary>
        [MethodImpl(Inline)]
        internal static T Log1p<T>(T x)
            where T : struct, IVectorOps<T, float>
        {
            T u = x + T.Create(1f);
            T c = TwoSumError(T.Create(1f), x, u);
            T log = Log(u); // u >= 2^-24 or u <= 0: never subnormal
            T result = log + c / u;

            // Where u is 0 or infinite c / u is NaN, but log is right; log1p also has the sign of x (log1p(-0) = -0).
            result = T.Select(T.Equal(u, T.Create(float.PositiveInfinity)) | T.Equal(u, T.Create(0f)), log, result);
            return result | (x & T.FromBits(SignBit));
        }

        // log(1 + e) for e in [0, 1] (or NaN), without the range checks.
        [MethodImpl(Inline)]
        private static T Log1pOfUnitInterval<T>(T e)
            where T : struct, IVectorOps<T, float>
        {
            T u = e + T.Create(1f);
            T c = e - (u - T.Create(1f)); // exact: 1 >= e
            return LogCore(u, T.Create(0f)) + c / u;
        }

        // ---------------------------------------------------------------------------------------------------------
        // tanh, sigmoid, softplus

        /// <summary>
        /// tanh x = m / (m + 2) with m = e^2|x| - 1 from expm1's reduction (relative accuracy near 0, no cancellation
        /// anywhere), and the sign of x.
        /// </summary>
        [MethodImpl(Inline)]
        internal static T Tanh<T>(T x)
            where T : struct, IVectorOps<T, float>
        {
            // tanh(9.5) rounds to 1, and clamping there keeps e^2|x| on the fast path.
            T a = ClampAbove(T.Abs(x), T.Create(9.5f));
            T m = Expm1Core(a + a);
            return m / (m + T.Create(2f)) | (x & T.FromBits(SignBit));
        }

        /// <summary>
        /// tanh x, bit-identical to <see cref="Tanh{T}(T)"/>, and its complement 1 - |tanh x| = 2 / (e^2|x| + 1) to
        /// relative accuracy over the whole range (for the generated derivatives, where 1 - tanh² would cancel).
        /// </summary>
        [MethodImpl(Inline)]
        internal static T TanhWithComplement<T>(T x, out T complement)
            where T : struct, IVectorOps<T, float>
        {
            // Clamped at 43.5 rather than 9.5, so that the complement stays accurate while it is a normal float. The
            // quotient does not notice: past 9.5, m > 2^27 and m + 2 rounds to m, so m / (m + 2) is 1 either way.
            T a = T.Abs(x);
            T clamped = ClampAbove(a, T.Create(43.5f));
            T p = Expm1Reduced(clamped + clamped, out T scale); // e^2|x| = scale (1 + p)
            T m = T.MultiplyAdd(scale, p, scale - T.Create(1f));

            // e^2|x| + 1 rounded once while scale + 1 is exact (2|x| < 16.3); past that, the +1 is below its last bit.
            complement = T.Create(2f) / T.MultiplyAdd(scale, p, scale + T.Create(1f));
            if (T.AnyGreaterThan(a, T.Create(43.5f)))
            {
                // 2 e^-2|x| / (1 + e^-2|x|) is 2 e^-2|x| to within e^-87 relative: subnormal, then 0 (and 0 at ±∞).
                complement = T.Select(T.GreaterThan(a, T.Create(43.5f)), T.Create(2f) * ExpFullRange(-(a + a), halve: false), complement);
            }

            return m / (m + T.Create(2f)) | (x & T.FromBits(SignBit));
        }

        /// <summary>1 - |tanh x|, the second result of <see cref="TanhWithComplement{T}(T, out T)"/>.</summary>
        [MethodImpl(Inline)]
        internal static T TanhComplement<T>(T x)
            where T : struct, IVectorOps<T, float>
        {
            TanhWithComplement(x, out T complement);
            return complement;
        }

        /// <summary>
        /// tanh′(x) = 1 - tanh² x = c (2 - c) with c = 1 - |tanh x| from <see cref="TanhWithComplement{T}(T, out T)"/>:
        /// 2 - c is in [1, 2], so nothing cancels, and far out tanh′ is 2c to relative accuracy (4 e^-2|x|, subnormal,
        /// then 0). Bit-identical to the derivative of <see cref="TanhWithDerivative{T}(T, out T)"/>.
        /// </summary>
        [MethodImpl(Inline)]
        internal static T TanhDerivative<T>(T x)
            where T : struct, IVectorOps<T, float>
        {
            TanhWithDerivative(x, out T derivative);
            return derivative;
        }

        /// <summary>tanh x, bit-identical to <see cref="Tanh{T}(T)"/>, and tanh′(x) = c (2 - c), c = 1 - |tanh x|, from one exponential.</summary>
        [MethodImpl(Inline)]
        internal static T TanhWithDerivative<T>(T x, out T derivative)
            where T : struct, IVectorOps<T, float>
        {
            T tanh = TanhWithComplement(x, out T c);
            derivative = T.MultiplyAdd(-c, c, c + c); // 2c - c², rounded once
            return tanh;
        }

        /// <summary>
        /// σ(x) = 1 / (1 + E) with E = e^-x, and σ(-x) = E σ(x), from one exponential and one division: the sigmoid
        /// functions below all return these bits, so that a fused kernel's σ, σ(-x) and σ′ are those of the separate
        /// ones. Both keep their relative accuracy as they go to 0: no 1 - σ anywhere.
        /// </summary>
        [MethodImpl(Inline)]
        private static T SigmoidParts<T>(T x, out T complement)
            where T : struct, IVectorOps<T, float>
        {
            // |x| > 87.3 or NaN (as bits, so that NaN is caught too): e^-x is no longer a normal float.
            if (T.AnyBitsGreaterThanUnsigned(x | T.FromBits(SignBit), T.Create(-ExpFastLimit)))
            {
                return SigmoidFullRange(x, out complement);
            }

            T e = ExpCore(-x, halve: false);
            T sigmoid = T.Create(1f) / (e + T.Create(1f));
            complement = e * sigmoid;
            return sigmoid;
        }

        // SigmoidParts for any x; in-range lanes get its bits. Below -87.3, e^-x overflows (past -88.7) while σ(x) =
        // e^x / (1 + e^x) is e^x to within e^-87 relative (subnormal, then 0) and σ(-x) rounds to 1; those lanes take e^x.
        [MethodImpl(Inline)]
        private static T SigmoidFullRange<T>(T x, out T complement)
            where T : struct, IVectorOps<T, float>
        {
            T tail = T.LessThan(x, T.Create(-ExpFastLimit));
            T e = ExpFullRange(T.Select(tail, x, -x), halve: false); // e^x in the tail, e^-x elsewhere; NaN stays NaN
            T sigmoid = T.Create(1f) / (e + T.Create(1f));
            complement = T.Select(tail, T.Create(1f), e * sigmoid);
            return T.Select(tail, e, sigmoid);
        }

        /// <summary>σ(x) = 1 / (1 + e^-x): relative accuracy everywhere, e^x as σ → 0 (<see cref="SigmoidParts{T}(T, out T)"/>).</summary>
        [MethodImpl(Inline)]
        internal static T Sigmoid<T>(T x)
            where T : struct, IVectorOps<T, float>
        {
            if (T.AnyBitsGreaterThanUnsigned(x | T.FromBits(SignBit), T.Create(-ExpFastLimit)))
            {
                return SigmoidFullRange(x, out _);
            }

            return T.Create(1f) / (ExpCore(-x, halve: false) + T.Create(1f));
        }

        /// <summary>
        /// σ(x), bit-identical to <see cref="Sigmoid{T}(T)"/>, and its complement σ(-x) = 1 - σ(x) = e^-x σ(x), which
        /// keeps its relative accuracy as it goes to 0.
        /// </summary>
        [MethodImpl(Inline)]
        internal static T SigmoidWithComplement<T>(T x, out T complement)
            where T : struct, IVectorOps<T, float>
        {
            return SigmoidParts(x, out complement);
        }

        /// <summary>
        /// σ′(x) = σ(x) σ(-x): the product of two relatively accurate factors, so σ′ is e^-|x| to relative accuracy far out
        /// (0 at ±∞). Bit-identical to the derivative of <see cref="SigmoidWithDerivative{T}(T, out T)"/>.
        /// </summary>
        /// <remarks>
        /// Three roundings after the exponential (σ, σ(-x) = e^-x σ and the product). r - r² with r = min(σ(x), σ(-x)) rounds
        /// once and measured 4 ulp over every float, but costs a min and a negation more per vector, which made the
        /// derivative and backward kernels 1.3-1.4x the forward one (docs/benchmarks.md). The double kernel keeps r - r²
        /// (2 ulp, against 4 for the product).
        /// </remarks>
        [MethodImpl(Inline)]
        internal static T SigmoidDerivative<T>(T x)
            where T : struct, IVectorOps<T, float>
        {
            T sigmoid = SigmoidParts(x, out T complement);
            return sigmoid * complement;
        }

        /// <summary>σ(x) and σ′(x), the bits of <see cref="Sigmoid{T}(T)"/> and <see cref="SigmoidDerivative{T}(T)"/>, from one exponential.</summary>
        [MethodImpl(Inline)]
        internal static T SigmoidWithDerivative<T>(T x, out T derivative)
            where T : struct, IVectorOps<T, float>
        {
            T sigmoid = SigmoidParts(x, out T complement);
            derivative = sigmoid * complement;
            return sigmoid;
        }

        /// <summary>
        /// σ(x), σ(-x) and σ′(x): the bits of <see cref="SigmoidWithComplement{T}(T, out T)"/> and <see cref="SigmoidDerivative{T}(T)"/>
        /// from one exponential (second derivatives need all three).
        /// </summary>
        [MethodImpl(Inline)]
        internal static T SigmoidWithComplementAndDerivative<T>(T x, out T complement, out T derivative)
            where T : struct, IVectorOps<T, float>
        {
            T sigmoid = SigmoidParts(x, out complement);
            derivative = sigmoid * complement;
            return sigmoid;
        }

        /// <summary>softplus x = max(x, 0) + log(1 + e^-|x|): never overflows, and e^x to relative accuracy for x ≪ 0.</summary>
        [MethodImpl(Inline)]
        internal static T Softplus<T>(T x)
            where T : struct, IVectorOps<T, float>
        {
            T e = ExpOfNonPositive(x | T.FromBits(SignBit));
            T positivePart = x & T.GreaterThan(x, T.Create(0f));
            return positivePart + Log1pOfUnitInterval(e); // NaN: e is NaN, so the log term is too
        }

        /// <summary>
        /// softplus x and its derivative σ(x) from the one reduction that e = e^-|x| and e^-x start from: the bits of
        /// <see cref="Softplus{T}(T)"/> and <see cref="Sigmoid{T}(T)"/>, for compensated forwards and fused kernels that
        /// need both. Where x &lt; 0, e^-x = e^|x| is the mirrored polynomial of that reduction (<c>ExpCoreWithMirror</c>).
        /// </summary>
        [MethodImpl(Inline)]
        internal static T SoftplusWithSigmoid<T>(T x, out T sigmoid)
            where T : struct, IVectorOps<T, float>
        {
            T minusAbs = x | T.FromBits(SignBit);
            T e;
            if (T.AnyBitsGreaterThanUnsigned(minusAbs, T.Create(-ExpFastLimit)))
            {
                e = ExpFullRange(minusAbs, halve: false);
                sigmoid = SigmoidFullRange(x, out _);
            }
            else
            {
                e = ExpCoreWithMirror(minusAbs, out T expAbs);
                T expOfNegated = T.Select(T.ShiftRightArithmeticBits(x, 31), expAbs, e); // e^-x (-0: both are 1)
                sigmoid = T.Create(1f) / (expOfNegated + T.Create(1f));
            }

            T positivePart = x & T.GreaterThan(x, T.Create(0f));
            return positivePart + Log1pOfUnitInterval(e);
        }

        // ---------------------------------------------------------------------------------------------------------
        // erf, erfc

        private const float TwoOverSqrtPiHi = 1.12837923f;
        private const float TwoOverSqrtPiLo = -5.86353828e-08f;

        /// <summary>erf x: x (2/√π + x² P(x²)) for |x| &lt; 0.5, else 1 - erfc|x|, with the sign of x.</summary>
        [MethodImpl(Inline)]
        internal static T Erf<T>(T x)
            where T : struct, IVectorOps<T, float>
        {
            T a = T.Abs(x);
            T small = ErfSmall(a);
            T large = T.Create(1f) - ErfcCore(ClampAbove(a, T.Create(4f)), fullRange: false); // erf(4) rounds to 1
            return T.Select(T.LessThan(a, T.Create(0.5f)), small, large) | (x & T.FromBits(SignBit));
        }

        /// <summary>erfc x: 1 - erf x for |x| &lt; 0.5, e^(-x²) erfcx(x) above, 2 - erfc|x| below.</summary>
        [MethodImpl(Inline)]
        internal static T Erfc<T>(T x)
            where T : struct, IVectorOps<T, float>
        {
            T a = T.Abs(x);
            T z = x * x;

            // 1 - erf(x) = 1 - x (2/√π)_hi - x ((2/√π)_lo + z P(z)), the first product inside one rounding.
            T tail = x * T.MultiplyAdd(z, SinglePolynomials.Erf(z), T.Create(TwoOverSqrtPiLo));
            T small = T.MultiplyAdd(x, T.Create(-TwoOverSqrtPiHi), T.Create(1f) - tail);
            T c = ErfcCore(ClampAbove(a, T.Create(10.1f)), fullRange: true); // erfc(10.1) rounds to 0
            T large = T.Select(T.LessThan(x, T.Create(0f)), T.Create(2f) - c, c);
            return T.Select(T.LessThan(a, T.Create(0.5f)), small, large);
        }

        /// <summary>
        /// erfc x, bit-identical to <see cref="Erfc{T}(T)"/>, and the Gaussian e^(-x²), bit-identical to
        /// <see cref="Exp{T}(T)"/> of -(x x), from the one exponential erfc evaluates (for erfc's derivative, -(2/√π) e^(-x²)).
        /// </summary>
        [MethodImpl(Inline)]
        internal static T ErfcWithGaussian<T>(T x, out T gaussian)
            where T : struct, IVectorOps<T, float>
        {
            T a = T.Abs(x);
            T z = x * x;

            // 1 - erf(x) = 1 - x (2/√π)_hi - x ((2/√π)_lo + z P(z)), the first product inside one rounding.
            T tail = x * T.MultiplyAdd(z, SinglePolynomials.Erf(z), T.Create(TwoOverSqrtPiLo));
            T small = T.MultiplyAdd(x, T.Create(-TwoOverSqrtPiHi), T.Create(1f) - tail);
            T c = ErfcCore(ClampAbove(a, T.Create(10.1f)), fullRange: true, out gaussian); // erfc(10.1) rounds to 0
            T large = T.Select(T.LessThan(x, T.Create(0f)), T.Create(2f) - c, c);
            if (T.AnyGreaterThan(a, T.Create(10.1f)))
            {
                // Past the clamp the core's e^(-a²) is of the clamped a; e^(-x²) itself is subnormal or 0 there.
                gaussian = T.Select(T.GreaterThan(a, T.Create(10.1f)), Exp(-z), gaussian);
            }

            return T.Select(T.LessThan(a, T.Create(0.5f)), small, large);
        }

        [MethodImpl(Inline)]
        private static T ErfSmall<T>(T a)
            where T : struct, IVectorOps<T, float>
        {
            T z = a * a;
            return T.MultiplyAdd(a, T.Create(TwoOverSqrtPiHi), a * T.MultiplyAdd(z, SinglePolynomials.Erf(z), T.Create(TwoOverSqrtPiLo)));
        }

        // erfc(a) for a in [0.5, 10.1] (NaN passes): e^(-a²) t P(t) with t = 1 / (1 + a/2).
        // Two small errors are put back to first order: t is rounded (relative error e, which moves t P(t) by e times
        // its logarithmic slope, itself a short polynomial in t), and a² is rounded (e^(-a² - lo) = e^(-a²) (1 - lo)).
        [MethodImpl(Inline)]
        private static T ErfcCore<T>(T a, bool fullRange)
            where T : struct, IVectorOps<T, float> => ErfcCore(a, fullRange, out _);

        // The same, with the e^(-a²) it computes (a² rounded once, as in Exp(-(a a))).
        [MethodImpl(Inline)]
        private static T ErfcCore<T>(T a, bool fullRange, out T expMinusA2)
            where T : struct, IVectorOps<T, float>
        {
            T d = T.MultiplyAdd(a, T.Create(0.5f), T.Create(1f));
            T dLo = T.MultiplyAdd(a, T.Create(0.5f), T.Create(1f) - d); // exact: 1 + a/2 = d + dLo
            T t = T.Create(1f) / d;
            T e = T.MultiplyAdd(-t, d, T.Create(1f));
            e = T.MultiplyAdd(-t, dLo, e); // 1 / (d + dLo) = t (1 + e) to first order
            T g = t * SinglePolynomials.Erfcx(t);

            T a2 = a * a;
            T a2Lo = T.MultiplyAdd(a, a, -a2);
            T correction = T.MultiplyAdd(e, SinglePolynomials.ErfcxSlope(t), -a2Lo);
            g = T.MultiplyAdd(g, correction, g);
            expMinusA2 = fullRange ? Exp(-a2) : ExpCore(-a2, halve: false);
            return expMinusA2 * g;
        }

        // ---------------------------------------------------------------------------------------------------------
        // sin, cos, tan

        private const float TwoOverPi = 0.636619747f;
        private const float PiOver2A = 1.57079637f;
        private const float PiOver2B = -4.37113883e-08f;
        private const float PiOver2C = -1.71512451e-15f;

        /// <summary>Beyond this the three-part reduction by π/2 loses accuracy; such lanes fall back to <see cref="Math"/>.</summary>
        internal const float TrigReductionLimit = 32768f;

        /// <summary>sin x: x reduced by π/2 to |r| &lt;= π/4 and quadrant q; then ±sin r or ±cos r.</summary>
        [MethodImpl(Inline)]
        internal static T Sin<T>(T x)
            where T : struct, IVectorOps<T, float>
        {
            T result = SinCosCore(x, quadrantOffset: 0);
            result = T.Select(T.Equal(x, T.Create(0f)), x, result); // sin(-0) = -0
            if (T.AnyGreaterThan(T.Abs(x), T.Create(TrigReductionLimit)))
            {
                result = TrigFallback(x, result, TrigFunction.Sin);
            }

            return result;
        }

        /// <summary>cos x = sin(x + π/2): the same reduction, one quadrant on.</summary>
        [MethodImpl(Inline)]
        internal static T Cos<T>(T x)
            where T : struct, IVectorOps<T, float>
        {
            T result = SinCosCore(x, quadrantOffset: 1);
            if (T.AnyGreaterThan(T.Abs(x), T.Create(TrigReductionLimit)))
            {
                result = TrigFallback(x, result, TrigFunction.Cos);
            }

            return result;
        }

        /// <summary>tan x = sin r / cos r for even quadrants, -cos r / sin r for odd ones.</summary>
        [MethodImpl(Inline)]
        internal static T Tan<T>(T x)
            where T : struct, IVectorOps<T, float>
        {
            T q = ReduceByPiOver2(x, out T r);
            T z = r * r;
            T s = T.MultiplyAdd(r * z, SinglePolynomials.Sin(z), r);
            T c = T.MultiplyAdd(z, SinglePolynomials.Cos(z), T.Create(1f));
            T odd = OddMask(q);
            T result = T.Select(odd, c, s) / T.Select(odd, s, c);
            result ^= odd & T.FromBits(SignBit);
            result = T.Select(T.Equal(x, T.Create(0f)), x, result); // tan(-0) = -0
            if (T.AnyGreaterThan(T.Abs(x), T.Create(TrigReductionLimit)))
            {
                result = TrigFallback(x, result, TrigFunction.Tan);
            }

            return result;
        }

        [MethodImpl(Inline)]
        private static T SinCosCore<T>(T x, int quadrantOffset)
            where T : struct, IVectorOps<T, float>
        {
            T q = ReduceByPiOver2(x, out T r);
            if (quadrantOffset != 0)
            {
                q = T.AddBits(q, T.FromBits(quadrantOffset));
            }

            T z = r * r;
            T s = T.MultiplyAdd(r * z, SinglePolynomials.Sin(z), r);
            T c = T.MultiplyAdd(z, SinglePolynomials.Cos(z), T.Create(1f));
            T result = T.Select(OddMask(q), c, s);
            return result ^ (T.ShiftLeftBits(q, 30) & T.FromBits(SignBit)); // quadrants 2 and 3 negate
        }

        // Returns the quadrant q = round(x 2/π) in the low bits of the lanes (as bits(1.5 2^23 + q)) and
        // r = x - q π/2 with π/2 in three parts: the first product is exact, so r is accurate to about 2^-24 |r|.
        [MethodImpl(Inline)]
        private static T ReduceByPiOver2<T>(T x, out T r)
            where T : struct, IVectorOps<T, float>
        {
            T z = T.MultiplyAdd(x, T.Create(TwoOverPi), T.Create(RoundingMagic));
            T k = z - T.Create(RoundingMagic);
            r = T.MultiplyAdd(k, T.Create(-PiOver2A), x);
            r = T.MultiplyAdd(k, T.Create(-PiOver2B), r);
            r = T.MultiplyAdd(k, T.Create(-PiOver2C), r);
            return z;
        }

        // All ones in lanes whose quadrant is odd.
        [MethodImpl(Inline)]
        private static T OddMask<T>(T q)
            where T : struct, IVectorOps<T, float>
        {
            return T.ShiftRightArithmeticBits(T.ShiftLeftBits(q, 31), 31);
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static T TrigFallback<T>(T x, T result, TrigFunction function)
            where T : struct, IVectorOps<T, float>
        {
            for (int i = 0; i < T.Count; i++)
            {
                float xi = T.GetElement(x, i);
                if (MathF.Abs(xi) > TrigReductionLimit)
                {
                    double value = function switch
                    {
                        TrigFunction.Sin => Math.Sin(xi),
                        TrigFunction.Cos => Math.Cos(xi),
                        _ => Math.Tan(xi),
                    };
                    result = T.WithElement(result, i, (float)value);
                }
            }

            return result;
        }

        // ---------------------------------------------------------------------------------------------------------
        // atan

        private const float PiOver2Hi = 1.57079637f;
        private const float PiOver2Lo = -4.37113883e-08f;
        private const float PiOver4Hi = 0.785398185f;
        private const float PiOver4Lo = -2.18556941e-08f;

        /// <summary>
        /// atan x on |x|: |x| &gt; tan(3π/8) uses π/2 + atan(-1/|x|), tan(π/8) &lt; |x| &lt;= tan(3π/8) uses
        /// π/4 + atan((|x| - 1)/(|x| + 1)),
        /// leaving an argument in [-tan(π/8), tan(π/8)] for t + t³ P(t²); the sign of x is restored.
        /// </summary>
        [MethodImpl(Inline)]
        internal static T Atan<T>(T x)
            where T : struct, IVectorOps<T, float>
        {
            T a = T.Abs(x);
            T large = T.GreaterThan(a, T.Create(2.41421366f)); // tan(3π/8)
            T middle = T.GreaterThan(a, T.Create(0.414213568f));
            T one = T.Create(1f);
            T numerator = T.Select(large, -one, T.Select(middle, a - one, a));
            T denominator = T.Select(large, a, T.Select(middle, a + one, one));
            T t = numerator / denominator;
            T offsetHi = T.Select(large, T.Create(PiOver2Hi), T.Select(middle, T.Create(PiOver4Hi), T.Create(0f)));
            T offsetLo = T.Select(large, T.Create(PiOver2Lo), T.Select(middle, T.Create(PiOver4Lo), T.Create(0f)));
            T z = t * t;
            T p = T.MultiplyAdd(t * z, SinglePolynomials.Atan(z), t);
            return (offsetHi + (p + offsetLo)) | (x & T.FromBits(SignBit));
        }

        // ---------------------------------------------------------------------------------------------------------
        // sinh, cosh

        /// <summary>sinh x: x + x³ P(x²) for |x| &lt; 1, else E - 1/(4E) with E = e^|x| / 2; the sign of x restored.</summary>
        [MethodImpl(Inline)]
        internal static T Sinh<T>(T x)
            where T : struct, IVectorOps<T, float>
        {
            T a = T.Abs(x);
            T z = a * a;
            T small = T.MultiplyAdd(a * z, SinglePolynomials.Sinh(z), a);
            T e = ExpHalf(a);
            T large = e - T.Create(0.25f) / e;
            return T.Select(T.LessThan(a, T.Create(1f)), small, large) | (x & T.FromBits(SignBit));
        }

        /// <summary>cosh x = E + 1/(4E) with E = e^|x| / 2 (finite up to |x| = 89.4).</summary>
        [MethodImpl(Inline)]
        internal static T Cosh<T>(T x)
            where T : struct, IVectorOps<T, float>
        {
            T e = ExpHalf(T.Abs(x));
            return e + T.Create(0.25f) / e;
        }

        // ---------------------------------------------------------------------------------------------------------
        // pow

        private const float TwoThirdsHi = 0.666666687f;
        private const float TwoThirdsLo = -1.98682151e-08f;

        /// <summary>
        /// x^y = e^(y log x), with log x carried as a head and a tail: y log x then keeps the accuracy the exponential
        /// needs even where it approaches the overflow threshold. Non-positive or non-normal x and non-finite y take a
        /// whole-vector path that applies the IEEE 754 special cases.
        /// </summary>
        [MethodImpl(Inline)]
        internal static T Pow<T>(T x, T y)
            where T : struct, IVectorOps<T, float>
        {
            if (T.AnyBitsGreaterThanUnsigned(T.SubtractBits(x, T.FromBits(0x00800000)), T.FromBits(0x7EFFFFFF))
                || T.AnyBitsGreaterThanUnsigned(T.Abs(y), T.FromBits(0x7F7FFFFF)))
            {
                return PowSpecial(x, y);
            }

            return PowCore(x, y, T.Create(0f));
        }

        // e^(y log a) for a positive normal a (after prescaling by 2^exponentOffset) and finite y.
        [MethodImpl(Inline)]
        private static T PowCore<T>(T a, T y, T exponentOffset)
            where T : struct, IVectorOps<T, float>
        {
            // a = 2^e (1 + f), 1 + f in [√½, √2), exactly as in LogCore.
            T t = T.SubtractBits(a, T.FromBits(SqrtHalfBits));
            T biased = T.ShiftRightLogicalBits(T.AddBits(t, T.FromBits(0x40000000)), 23);
            T e = (biased | T.FromBits(0x4B000000)) - T.Create(8388736f);
            e -= exponentOffset;
            T f = T.AddBits(t & T.FromBits(0x007FFFFF), T.FromBits(SqrtHalfBits)) - T.Create(1f);

            // log(1 + f) = 2 atanh(s) = 2s + (2/3) s³ + s⁵ Q(s²) with s = f / (2 + f); s and s³ as head + tail.
            T d = f + T.Create(2f);
            T dLo = f - (d - T.Create(2f)); // exact: 2 + f = d + dLo
            T s = f / d;
            T sLo = (T.MultiplyAdd(-s, d, f) - s * dLo) / d;
            T w = s * s;
            T wLo = T.MultiplyAdd(s, s, -w) + T.Create(2f) * s * sLo;
            T s3 = s * w;
            T s3Lo = T.MultiplyAdd(s, w, -s3) + T.MultiplyAdd(s, wLo, sLo * w);
            T cubic = T.Create(TwoThirdsHi) * s3;
            T cubicLo = T.MultiplyAdd(T.Create(TwoThirdsHi), s3, -cubic)
                + T.MultiplyAdd(T.Create(TwoThirdsHi), s3Lo, T.Create(TwoThirdsLo) * s3);
            T quintic = s3 * w * SinglePolynomials.LogAtanhTail(w);
            T tail = cubic + quintic;
            T tailLo = (quintic - (tail - cubic)) + cubicLo; // |cubic| > |quintic|
            T twoS = s + s;
            T u = twoS + tail;
            T uLo = (tail - (u - twoS)) + (sLo + sLo + tailLo); // |2s| > |tail|

            // log a = e ln2 + u, as l + lLo.
            T k = e * T.Create(Ln2Hi);
            T kLo = T.MultiplyAdd(e, T.Create(Ln2Hi), -k) + e * T.Create(Ln2Lo);
            T v = k + u;
            T lo = TwoSumError(k, u, v) + (kLo + uLo);
            T l = v + lo;
            T lLo = lo - (l - v);

            // y log a = p + pLo; e^(p + pLo) = e^p (1 + pLo). Where e^p is 0 or ∞ it stands: pLo may be meaningless there.
            T p = y * l;
            T pLo = T.MultiplyAdd(y, l, -p) + y * lLo;
            T ep = Exp(p);
            T saturated = T.Equal(ep, T.Create(float.PositiveInfinity)) | T.Equal(ep, T.Create(0f));
            return T.Select(saturated, ep, T.MultiplyAdd(ep, pLo, ep));
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static T PowSpecial<T>(T x, T y)
            where T : struct, IVectorOps<T, float>
        {
            T one = T.Create(1f);
            T infinity = T.Create(float.PositiveInfinity);
            T a = T.Abs(x);
            T subnormal = T.LessThan(a, T.Create(1.17549435e-38f));
            T r = PowCore(T.Select(subnormal, a * T.Create(8388608f), a), y, T.Select(subnormal, T.Create(23f), T.Create(0f)));

            // y an integer (±∞ counts as an even one), and odd.
            T yInteger = T.Equal(T.Round(y), y);
            T halfY = y * T.Create(0.5f);
            T yOdd = T.AndNot(yInteger, T.Equal(T.Round(halfY), halfY));

            // x < 0: (-a)^y = ±a^y for integer y, else NaN.
            T negative = T.LessThan(x, T.Create(0f));
            r = T.Select(negative & yOdd, -r, r);
            r = T.Select(T.AndNot(negative, yInteger), T.Create(float.NaN), r);

            // x = ±0 or ±∞: 0 or ∞ by the signs of y and log|x|; negative x keeps its sign for odd integer y.
            T aInfinite = T.Equal(a, infinity);
            T zeroOrInfinite = T.Equal(a, T.Create(0f)) | aInfinite;
            T edge = T.Select(T.LessThan(y, T.Create(0f)) ^ aInfinite, infinity, T.Create(0f)) | (x & yOdd & T.FromBits(SignBit));
            r = T.Select(zeroOrInfinite, edge, r);

            // y = ±∞: 1 for |x| = 1, else 0 or ∞ by whether |x| > 1 and the sign of y.
            T yInfinite = T.Equal(T.Abs(y), infinity);
            T limit = T.Select(T.GreaterThan(a, one) ^ T.LessThan(y, T.Create(0f)), infinity, T.Create(0f));
            r = T.Select(yInfinite, T.Select(T.Equal(a, one), one, limit), r);

            r = T.Select(IsNaN(x) | IsNaN(y), T.Create(float.NaN), r);
            return T.Select(T.Equal(y, T.Create(0f)) | T.Equal(x, one), one, r); // x^0 = 1^y = 1, NaN included
        }

        // ---------------------------------------------------------------------------------------------------------
        // sign

        /// <summary>1 for x &gt; 0, -1 for x &lt; 0, x itself for ±0 and NaN.</summary>
        [MethodImpl(Inline)]
        internal static T Sign<T>(T x)
            where T : struct, IVectorOps<T, float>
        {
            T unit = T.Create(1f) | (x & T.FromBits(SignBit)); // ±1 with the sign of x
            return T.Select(T.Equal(x, T.Create(0f)) | IsNaN(x), x, unit);
        }

        // ---------------------------------------------------------------------------------------------------------
        // helpers

        // x, or limit where x > limit; NaN passes through.
        [MethodImpl(Inline)]
        internal static T ClampAbove<T>(T x, T limit)
            where T : struct, IVectorOps<T, float> =>
            T.ClampAbove(x, limit);

        // x, or limit where x < limit; NaN passes through.
        [MethodImpl(Inline)]
        internal static T ClampBelow<T>(T x, T limit)
            where T : struct, IVectorOps<T, float> =>
            T.ClampBelow(x, limit);

        [MethodImpl(Inline)]
        internal static T IsNaN<T>(T x)
            where T : struct, IVectorOps<T, float> =>
            ~T.Equal(x, x);

        // Knuth's TwoSum: the rounding error of sum = fl(a + b), exactly.
        [MethodImpl(Inline)]
        private static T TwoSumError<T>(T a, T b, T sum)
            where T : struct, IVectorOps<T, float>
        {
            T bVirtual = sum - a;
            T aVirtual = sum - bVirtual;
            return (a - aVirtual) + (b - bVirtual);
        }
    }
}
