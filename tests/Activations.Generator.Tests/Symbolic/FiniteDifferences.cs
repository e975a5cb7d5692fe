using System;
using System.Globalization;
using Xunit;

namespace Activations.Generator.Tests.Symbolic;

/// <summary>
/// Central finite differences in double, with steps and tolerances taken from the usual error analysis.
/// </summary>
/// <remarks>
/// <para>
/// With machine epsilon ε = 2⁻⁵² and scale s = max(1, |x|):
/// </para>
/// <list type="bullet">
/// <item>First derivative, (g(x+h) − g(x−h))/2h with h = ε^(1/3)·s: truncation h²|g‴|/6 and rounding ≈ k·ε|g|/h are
/// both of order ε^(2/3) ≈ 3.7e-11 times (a scale of g)/s.</item>
/// <item>Second derivative, (g(x+h) − 2g(x) + g(x−h))/h² with h = ε^(1/4)·s: truncation h²|g⁗|/12 and rounding
/// ≈ 4k·ε|g|/h² are both of order ε^(1/2) ≈ 1.5e-8 times (a scale of g)/s².</item>
/// </list>
/// <para>
/// The scale of g is 1 + |g| + s|g′| + s²|g″| with g′ and g″ themselves estimated by differences (never taken from the
/// code under test), so it is relative (to the size of g and its derivatives) plus absolute (the 1). The unknown
/// constants (k, the ulps of error in evaluating g; how much larger s³|g‴| or s⁴|g⁗| is than that scale) are bounded
/// by one safety factor, <see cref="Safety"/> = 1000, fixed before any test ran. A wrong derivative rule is wrong by
/// O(1) of the scale, many orders of magnitude above these tolerances.
/// </para>
/// <para>
/// The step is rounded so that x + h is exactly representable (h = (x + h) − x), which keeps the stencil symmetric.
/// </para>
/// </remarks>
internal static class FiniteDifferences
{
    /// <summary>Machine epsilon of double (not <see cref="double.Epsilon"/>, which is the smallest subnormal).</summary>
    public static readonly double MachineEpsilon = Math.Pow(2, -52);

    public static readonly double FirstStep = Math.Cbrt(MachineEpsilon);

    public static readonly double SecondStep = Math.Pow(MachineEpsilon, 0.25);

    public const double Safety = 1000;

    public static double Scale(double x) => Math.Max(1, Math.Abs(x));

    /// <summary>Central first difference with h = ε^(1/3)·max(1, |x|).</summary>
    public static double First(Func<double, double> g, double x)
    {
        double h = RepresentableStep(x, FirstStep * Scale(x));
        return (g(x + h) - g(x - h)) / (2 * h);
    }

    /// <summary>Central second difference with h = ε^(1/4)·max(1, |x|).</summary>
    public static double Second(Func<double, double> g, double x)
    {
        double h = RepresentableStep(x, SecondStep * Scale(x));
        return (g(x + h) - (2 * g(x)) + g(x - h)) / (h * h);
    }

    /// <summary>Asserts that <paramref name="analytic"/> is g′(x), against a first difference.</summary>
    public static void AssertFirst(Func<double, double> g, double x, double analytic, string what)
    {
        double s = Scale(x);
        double numeric = First(g, x);
        double tolerance = Safety * Math.Pow(MachineEpsilon, 2.0 / 3.0) * ScaleOf(g, x) / s;
        Check(analytic, numeric, tolerance, what, x);
    }

    /// <summary>Asserts that <paramref name="analytic"/> is g″(x), against a second difference.</summary>
    public static void AssertSecond(Func<double, double> g, double x, double analytic, string what)
    {
        double s = Scale(x);
        double numeric = Second(g, x);
        double tolerance = Safety * Math.Sqrt(MachineEpsilon) * ScaleOf(g, x) / (s * s);
        Check(analytic, numeric, tolerance, what, x);
    }

    private static double ScaleOf(Func<double, double> g, double x)
    {
        double s = Scale(x);
        return 1 + Math.Abs(g(x)) + (s * Math.Abs(First(g, x))) + (s * s * Math.Abs(Second(g, x)));
    }

    private static void Check(double analytic, double numeric, double tolerance, string what, double x)
    {
        double error = Math.Abs(analytic - numeric);

        // Written so that NaN anywhere fails.
        Assert.True(
            error <= tolerance,
            string.Format(
                CultureInfo.InvariantCulture,
                "{0} at x = {1:R}: symbolic {2:R}, finite difference {3:R}, |difference| {4:R} > tolerance {5:R}",
                what,
                x,
                analytic,
                numeric,
                error,
                tolerance));
    }

    private static double RepresentableStep(double x, double h)
    {
        double shifted = x + h;
        return shifted - x;
    }
}
