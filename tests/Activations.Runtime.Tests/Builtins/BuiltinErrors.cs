using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Numerics;

namespace Activations.Runtime.Tests.Builtins
{
    /// <summary>The error of one generated member at one table row.</summary>
    internal readonly record struct PointError(double X, double Actual, double Expected, ulong Ulps, double Scaled, int Line)
    {
        /// <summary>Distance in units of the spacing of T at |x| (for functions that cancel against x, e.g. Tanhshrink).</summary>
        public double UlpsOfX { get; init; }
    }

    /// <summary>Error measures for the accuracy tests.</summary>
    internal static class BuiltinErrors
    {
        /// <summary>
        /// The absolute floor of the derivative bound, relative to max(1, |f′|): 1e-7 for float, 1e-15 for double
        /// (issue 6, "Accuracy").
        /// </summary>
        public static double DerivativeFloor<T>() => typeof(T) == typeof(float) ? 1e-7 : 1e-15;

        /// <summary>The smallest positive normal T, as a double.</summary>
        public static double MinNormal<T>() => typeof(T) == typeof(float) ? 1.1754943508222875e-38 : 2.2250738585072014e-308;

        public static PointError Measure<T>(T x, T actual, T expected, int line)
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            double a = double.CreateTruncating(actual);
            double e = double.CreateTruncating(expected);
            ulong ulps = typeof(T) == typeof(float) ? Ulps.Distance((float)a, (float)e) : Ulps.Distance(a, e);
            double scaled = double.IsFinite(a) && double.IsFinite(e) ? Math.Abs(a - e) / Math.Max(1, Math.Abs(e))
                : ulps == 0 ? 0 : double.PositiveInfinity;
            double ulpOfX = Kernels.Tolerance.Ulp(x);
            return new PointError(double.CreateTruncating(x), a, e, ulps, scaled, line) { UlpsOfX = Math.Abs(a - e) / ulpOfX };
        }

        public static string R(double v) => v.ToString("R", CultureInfo.InvariantCulture);

        public static string Describe(string member, PointError p) =>
            $"line {p.Line}: {member}({R(p.X)}) = {R(p.Actual)}, reference {R(p.Expected)}: {p.Ulps} ulp, |error|/max(1,|ref|) = {p.Scaled:0.0e+0}";

        public static string Worst(IEnumerable<PointError> points, Func<PointError, double> by, string format = "0.###", string unit = "")
        {
            PointError[] all = points.ToArray();
            if (all.Length == 0)
            {
                return "-";
            }

            PointError w = all.MaxBy(by);
            return $"{by(w).ToString(format, CultureInfo.InvariantCulture)}{unit} at x = {R(w.X)}";
        }
    }
}
