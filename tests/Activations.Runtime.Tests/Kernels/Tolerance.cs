using System;
using System.Numerics;

namespace Activations.Runtime.Tests.Kernels
{
    /// <summary>
    /// How far a vectorised result may be from the generated scalar code for the same input.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Both sides come from one IR and do the same IEEE additions, multiplications, divisions, square roots, comparisons
    /// and selects in the same order, so they can differ only where a function is called: the scalar code calls
    /// System.MathF/System.Math and ActivationMath, the vector code calls VectorMath. A call's two results differ by at
    /// most <see cref="Bounds"/> (VectorMath's bound from issue 3 plus the scalar library's own error), and that difference
    /// is carried through the rest of the formula. One exception: the float forward evaluates the argument of a steep call
    /// (exp, erfc, σ, softplus) in double in the scalar member, and compensates its float rounding in the kernels, so the
    /// two calls see arguments a rounding apart; as a relative difference that is within the call's bound.
    /// </para>
    /// <para>
    /// The rule: |vector − scalar| ≤ U · max(ε · M(x), ulp(scalar)), where ε is the spacing of T at 1 and
    /// <list type="bullet">
    /// <item>U = the largest, over the terms of the formula multiplied out, of Σ (a call's bound × its power in that term),
    /// plus the number of roundings after the first call (each rounds two slightly different values, so may add one
    /// ulp): first-order propagation of relative errors. A call nested in another carries the inner bound times the
    /// outer function's condition number. U = 0 for a formula without calls: then the results must be bitwise equal.</item>
    /// <item>M(x) is the formula evaluated with every subtraction turned into an addition and every value replaced by its
    /// magnitude (the classic running-error bound for a straight-line program). Where nothing cancels M(x) = |f(x)|,
    /// so the bound is U ulps relative; where terms cancel (1 − σ near σ = 1, 1 − tanh², the sum in swish′ for x &lt; 0)
    /// it becomes the small absolute floor that the cancellation makes unavoidable. Cases without cancellation leave
    /// M unset and use |scalar|.</item>
    /// <item>ulp(scalar) keeps the rule meaningful for subnormal results, where relative error is not.</item>
    /// <item>A result below |x| times the smallest normal number may be x times a subnormal factor (Silu, Swish, GELU far
    /// left), which each side rounds to a subnormal on its own: the accuracy tests allow each 4 + |x|/2 spacings from the
    /// true value there (BuiltinAccuracyTests), so the two may be 8 + |x| spacings apart.</item>
    /// </list>
    /// </para>
    /// </remarks>
    internal sealed class Tolerance
    {
        private readonly Func<double, double>? _magnitude;

        public Tolerance(double ulps, Func<double, double>? magnitude = null)
        {
            Ulps = ulps;
            _magnitude = magnitude;
        }

        /// <summary>Bitwise equality (any NaN equal to any NaN): for formulas without function calls.</summary>
        public static Tolerance Exact { get; } = new Tolerance(0);

        /// <summary>U in the rule above.</summary>
        public double Ulps { get; }

        /// <summary>The allowed |actual − expected| for input x, expected being the scalar result.</summary>
        public double Allowed<T>(T x, T expected)
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            if (Ulps == 0)
            {
                return 0;
            }

            double e = double.CreateTruncating(expected);
            double epsilon = double.CreateTruncating(T.BitIncrement(T.One) - T.One);
            double magnitude = _magnitude is null ? Math.Abs(e) : _magnitude(double.CreateTruncating(x));
            double allowed = Ulps * Math.Max(epsilon * magnitude, Ulp(expected));
            double xd = Math.Abs(double.CreateTruncating(x));
            double minNormal = double.CreateTruncating(T.BitIncrement(T.Zero)) * Math.Pow(2, typeof(T) == typeof(float) ? 23 : 52);
            if (Math.Abs(e) < xd * minNormal)
            {
                allowed = Math.Max(allowed, (8 + xd) * Ulp(T.Zero));
            }

            return allowed;
        }

        /// <summary>Whether actual is within the rule of expected; NaN matches only NaN, an infinity or a signed zero only itself.</summary>
        public bool Accepts<T>(T x, T actual, T expected)
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            if (T.IsNaN(expected) || T.IsNaN(actual))
            {
                return T.IsNaN(expected) && T.IsNaN(actual);
            }

            if (actual == expected)
            {
                // Both sides do the same IEEE operations on zeros, so even the sign of a zero result must agree.
                return actual != T.Zero || T.IsNegative(actual) == T.IsNegative(expected);
            }

            if (T.IsInfinity(expected) || T.IsInfinity(actual))
            {
                return false;
            }

            return Math.Abs(double.CreateTruncating(actual) - double.CreateTruncating(expected)) <= Allowed(x, expected);
        }

        /// <summary>The spacing of T at |v|: 2^-23 at 1 for float, the smallest subnormal at 0.</summary>
        public static double Ulp<T>(T v)
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            T a = T.Abs(v);
            T next = T.BitIncrement(a);
            return double.CreateTruncating(T.IsFinite(next) ? next - a : a - T.BitDecrement(a));
        }

        /// <summary>
        /// Per-call bounds in ulps: what VectorMath may be off by (issue 3: 2 for exp, log, log1p, expm1, tanh; 4 for
        /// sigmoid, softplus, erf, erfc; issue 3 names no bound for sin, cos, tan, sinh, cosh, atan and pow, VectorMath
        /// documents 1, and they are held to the tighter class, 2) plus what the scalar library may be off by
        /// (ActivationMath: under 1 ulp, double sigmoid and softplus under 1.5; System.Math/MathF call the C library, whose
        /// published maximum errors on x86-64 glibc are 1 ulp for exp, log, sin, cos, tan, atan and pow and 2 for sinh, cosh
        /// and tanh).
        /// </summary>
        internal static class Bounds
        {
            public const double Exp = 2 + 1;
            public const double Log = 2 + 1;
            public const double Log1p = 2 + 1;
            public const double Expm1 = 2 + 1;
            public const double Tanh = 2 + 2;
            public const double Sigmoid = 4 + 1.5;
            public const double Softplus = 4 + 1.5;
            public const double Erf = 4 + 1;
            public const double Erfc = 4 + 1;
            public const double Sin = 2 + 1;
            public const double Cos = 2 + 1;
            public const double Tan = 2 + 1;
            public const double Sinh = 2 + 2;
            public const double Cosh = 2 + 2;
            public const double Atan = 2 + 1;
            public const double Pow = 2 + 1;
        }
    }
}
