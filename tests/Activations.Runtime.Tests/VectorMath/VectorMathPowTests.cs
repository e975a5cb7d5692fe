using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace Activations.Runtime.Tests.VectorMathTests
{
    /// <summary>VectorMath.Pow: accuracy over the whole range of results, the IEEE 754 special cases, and width agreement.</summary>
    public sealed class VectorMathPowTests
    {
        // Pairs whose result spans the float range (|y log x| up to the overflow and underflow thresholds), random
        // moderate pairs, negative x with integer y, and subnormal x; the reference is Math.Pow in double.
        [Fact]
        public void FloatIsWithinBound()
        {
            const int MaxUlps = 1;
            var rng = new Random(20240611);
            var xs = new List<float>();
            var ys = new List<float>();
            for (int i = 0; i < 300_000; i++)
            {
                float x = rng.NextDouble() < 0.3
                    ? MathF.ScaleB((float)(1 + rng.NextDouble()), rng.Next(-149, 128))
                    : (float)(rng.NextDouble() * 10);
                double target = -104 + rng.NextDouble() * 193; // log of the result
                double lx = Math.Log(x);
                xs.Add(x);
                ys.Add(lx == 0 || double.IsInfinity(lx) ? (float)(rng.NextDouble() * 10 - 5) : (float)(target / lx));
            }

            for (int i = 0; i < 50_000; i++)
            {
                xs.Add(-(float)(rng.NextDouble() * 4));
                ys.Add(rng.Next(-60, 60));
            }

            float[] x1 = xs.ToArray();
            float[] y1 = ys.ToArray();
            float[] actual = AllWidthsAgree(x1, y1);
            ulong worst = 0;
            var failures = new List<string>();
            for (int i = 0; i < x1.Length; i++)
            {
                float expected = (float)Math.Pow(x1[i], y1[i]);
                ulong steps = Ulps.Distance(actual[i], expected);
                worst = Math.Max(worst, steps);
                if (steps > MaxUlps)
                {
                    failures.Add($"pow({x1[i]:R}, {y1[i]:R}): got {actual[i]:R}, expected {expected:R} ({steps} ulp)");
                }
            }

            TestContext.Current.TestOutputHelper?.WriteLine($"Pow (float): {x1.Length} points, max {worst} ulp");
            Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
        }

        [Fact]
        public void DoubleIsWithinBound()
        {
            const int MaxUlps = 1;
            IReadOnlyList<PowReference> rows = PowTable.Read();
            double[] xs = rows.Select(r => r.X).ToArray();
            double[] ys = rows.Select(r => r.Y).ToArray();
            double[] actual = AllWidthsAgree(xs, ys);
            ulong worst = 0;
            double worstError = 0;
            var failures = new List<string>();
            for (int i = 0; i < rows.Count; i++)
            {
                ulong steps = Ulps.Distance(actual[i], rows[i].Expected);
                worst = Math.Max(worst, steps);
                worstError = Math.Max(worstError, Math.Abs(Ulps.Error(actual[i], rows[i].Expected, rows[i].Residual)));
                if (steps > MaxUlps)
                {
                    failures.Add($"line {rows[i].Line}: pow({xs[i]:R}, {ys[i]:R}): got {actual[i]:R}, expected {rows[i].Expected:R} ({steps} ulp)");
                }
            }

            TestContext.Current.TestOutputHelper?.WriteLine($"Pow (double): {rows.Count} points, max {worst} ulp, max true error {worstError:0.00} ulp");
            Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
        }

        private static readonly double[] SpecialOperands =
        {
            0.0, -0.0, double.PositiveInfinity, double.NegativeInfinity, double.NaN, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0,
            3.0, -3.0, 1.5, -1.5, 1e-310, -1e-310, 1e300, -1e300, 1e-300, 4.9e-324,
        };

        // Every pair of special operands: where IEEE 754 fixes the result (an operand that is ±0, ±∞, NaN or ±1, or a
        // negative base), the result must equal Math.Pow's bit for bit; elsewhere it must be within the bound.
        [Fact]
        public void SpecialCasesFollowIeee754()
        {
            var xs = new List<double>();
            var ys = new List<double>();
            foreach (double x in SpecialOperands)
            {
                foreach (double y in SpecialOperands)
                {
                    xs.Add(x);
                    ys.Add(y);
                }
            }

            double[] xd = xs.ToArray();
            double[] yd = ys.ToArray();
            float[] xf = xs.Select(v => (float)v).ToArray();
            float[] yf = ys.Select(v => (float)v).ToArray();
            double[] rd = AllWidthsAgree(xd, yd);
            float[] rf = AllWidthsAgree(xf, yf);
            for (int i = 0; i < xd.Length; i++)
            {
                double expected = Math.Pow(xd[i], yd[i]);
                float expectedF = (float)Math.Pow(xf[i], yf[i]);
                if (Fixed(xd[i], yd[i]) || double.IsInfinity(expected) || expected == 0 || double.IsNaN(expected))
                {
                    Assert.True(double.IsNaN(expected) ? double.IsNaN(rd[i]) : Bitwise.Same(expected, rd[i]), $"pow({xd[i]:R}, {yd[i]:R}) = {rd[i]:R}, expected {expected:R}");
                }
                else
                {
                    Assert.True(Ulps.Distance(rd[i], expected) <= 1, $"pow({xd[i]:R}, {yd[i]:R}) = {rd[i]:R}, expected {expected:R}");
                }

                if (Fixed(xf[i], yf[i]) || float.IsInfinity(expectedF) || expectedF == 0 || float.IsNaN(expectedF))
                {
                    Assert.True(float.IsNaN(expectedF) ? float.IsNaN(rf[i]) : Bitwise.Same(expectedF, rf[i]), $"pow({xf[i]:R}f, {yf[i]:R}f) = {rf[i]:R}, expected {expectedF:R}");
                }
                else
                {
                    Assert.True(Ulps.Distance(rf[i], expectedF) <= 1, $"pow({xf[i]:R}f, {yf[i]:R}f) = {rf[i]:R}, expected {expectedF:R}");
                }
            }
        }

        private static bool Fixed(double x, double y) =>
            x == 0 || y == 0 || double.IsInfinity(x) || double.IsInfinity(y) || double.IsNaN(x) || double.IsNaN(y)
            || Math.Abs(x) == 1 || (x < 0 && y != Math.Round(y));

        private static T[] AllWidthsAgree<T>(T[] xs, T[] ys)
            where T : unmanaged
        {
            T[] first = typeof(T) == typeof(float)
                ? (T[])(object)PowKernel.Evaluate(Width.Vector512, (float[])(object)xs, (float[])(object)ys)
                : (T[])(object)PowKernel.Evaluate(Width.Vector512, (double[])(object)xs, (double[])(object)ys);
            foreach (Width width in Kernels.Widths.Skip(1))
            {
                T[] other = typeof(T) == typeof(float)
                    ? (T[])(object)PowKernel.Evaluate(width, (float[])(object)xs, (float[])(object)ys)
                    : (T[])(object)PowKernel.Evaluate(width, (double[])(object)xs, (double[])(object)ys);
                for (int i = 0; i < xs.Length; i++)
                {
                    Assert.True(Bitwise.Same(first[i], other[i]), $"pow({xs[i]}, {ys[i]}): {width} gives {other[i]}, Vector512 {first[i]}");
                }
            }

            return first;
        }
    }
}
