using System;
using System.Collections.Generic;
using System.Linq;
using Activations.Runtime.Tests.Kernels;
using Xunit;

namespace Activations.Runtime.Tests.Builtins
{
    /// <summary>
    /// Gradient checks in double: XDerivative against a finite difference of X, XSecondDerivative against a finite
    /// difference of XDerivative, and every XDerivativeBy{P} against a finite difference of X in that hyperparameter,
    /// away from kinks, for every built-in and hyperparameter set.
    /// </summary>
    /// <remarks>
    /// The difference is the fourth-order central one, g′(t) ≈ [8(g(t + h) − g(t − h)) − (g(t + 2h) − g(t − 2h))]/(12h),
    /// with h = 2⁻¹⁰ times the power of two at or below max(1, |t|) (≈ ε^(1/5)·max(1, |t|); a power of two, so t ± h and
    /// t ± 2h are exact for the grid's t):
    /// truncation O(h⁴·g⁽⁵⁾) ≈ 1e-12 and rounding ≈ 1.5ε·max|g|/h ≈ 3.4e-13·max|g|. The check allows
    /// 1e-8·max(1, |g′|) + 100ε·max|g|/h, four orders above both, yet far below any wrong formula (which is off by O(1)
    /// relative), and points within 4h + 0.05 of a kink (which a stencil would straddle) are left out.
    /// </remarks>
    public sealed class BuiltinGradientTests
    {
        private const double Epsilon = 2.220446049250313e-16;

        public static TheoryData<string> Names
        {
            get
            {
                var data = new TheoryData<string>();
                foreach (Builtin b in BuiltinCatalog.All)
                {
                    data.Add(b.Name);
                }

                return data;
            }
        }

        [Theory]
        [MemberData(nameof(Names))]
        public void Derivatives_match_finite_differences_away_from_kinks(string name)
        {
            Builtin builtin = BuiltinCatalog.Get(name);
            var failures = new List<string>();
            int checks = 0;
            foreach (BuiltinMembers<double> members in BuiltinMembers<double>.AllSets(builtin))
            {
                double[] p = members.Hyperparameters;
                double[] kinks = builtin.Kinks(p);
                foreach (double x in Points())
                {
                    double h = Step(x);
                    if (kinks.Any(k => Math.Abs(x - k) < 4 * h + 0.05))
                    {
                        continue;
                    }

                    double df = Difference(members.Scalars[0], x, h, out double f);
                    Compare($"{name}Derivative", x, members.Scalars[1](x), df, h, f);
                    double d2f = Difference(members.Scalars[1], x, h, out double d);
                    Compare($"{name}SecondDerivative", x, members.Scalars[2](x), d2f, h, d);
                    checks += 2;
                    for (int i = 0; i < p.Length; i++)
                    {
                        // Moving p moves the kinks too (Hardtanh's edges, Softplus' threshold/β): skip x the moved kinks reach.
                        double hp = Step(p[i]);
                        if (Enumerable.Range(-2, 5).Any(j => builtin.Kinks(With(p, i, p[i] + j * hp)).Any(k => Math.Abs(x - k) < 0.05)))
                        {
                            continue;
                        }

                        Func<double, double> byP = v => KernelMembers.Scalar(typeof(ActivationFunctions), name, With(p, i, v))(x);
                        Compare($"{name}DerivativeBy{Builtin.Pascal(builtin.Parameters[i])}", x, members.Scalars[3 + i](x), Difference(byP, p[i], hp, out double fp), hp, fp);
                        checks++;
                    }

                    void Compare(string member, double at, double analytic, double numeric, double step, double magnitude)
                    {
                        double allowed = 1e-8 * Math.Max(1, Math.Abs(analytic)) + 100 * Epsilon * magnitude / step;
                        if (!(Math.Abs(analytic - numeric) <= allowed))
                        {
                            failures.Add($"{member}({at}) [{members.Set}] = {analytic:R}, finite difference {numeric:R} (allowed ±{allowed:0.###e+0})");
                        }
                    }
                }
            }

            Assert.True(checks > 150, $"{name}: only {checks} checks");
            Assert.True(failures.Count == 0, $"{name}: {failures.Count} of {checks} checks failed\n" + string.Join("\n", failures.Take(30)));
        }

        /// <summary>[−8, 8] in steps of 1/8 shifted by 1/64 (so no point is a kink), and a few larger magnitudes.</summary>
        private static IEnumerable<double> Points()
        {
            for (int i = -64; i <= 64; i++)
            {
                yield return i / 8.0 + 1 / 64.0;
            }

            foreach (double x in new[] { 9.5, 12.25, 15.5, 19.75, 25.5, 37.25 })
            {
                yield return x;
                yield return -x;
            }
        }

        /// <summary>2⁻¹⁰ times the power of two at or below max(1, |t|): within a factor 2 of 2⁻¹⁰·max(1, |t|).</summary>
        private static double Step(double t) => Math.ScaleB(1, Math.ILogB(Math.Max(1, Math.Abs(t))) - 10);

        /// <summary>The fourth-order central difference of g at t with step h; <paramref name="magnitude"/> = max |g| used.</summary>
        private static double Difference(Func<double, double> g, double t, double h, out double magnitude)
        {
            double p1 = g(t + h), m1 = g(t - h), p2 = g(t + 2 * h), m2 = g(t - 2 * h);
            magnitude = new[] { p1, m1, p2, m2 }.Max(Math.Abs);
            return (8 * (p1 - m1) - (p2 - m2)) / (12 * h);
        }

        private static double[] With(double[] p, int i, double v)
        {
            double[] q = (double[])p.Clone();
            q[i] = v;
            return q;
        }
    }
}
