using System;
using System.Linq;
using System.Numerics;
using Activations.Generator.Symbolic;
using Activations.Generator.Tests.Infrastructure;
using Xunit;

namespace Activations.Generator.Tests.Symbolic
{
    /// <summary>
    /// The compensated forward (<see cref="Compensator"/>): which calls it corrects, the constants' low parts it relies on
    /// (double-double folding, exact literal tails), and, compiled and run, that it removes the argument-rounding error
    /// a steep function amplifies — the generated float exp(−x²) and x·σ(βx) (the Vector&lt;float&gt; overloads, compensated
    /// like the kernels, and the scalar members, which evaluate the argument in double) within 2 ulp of references
    /// computed here in double, the generated double e^(x + 0.1) within 3 ulp of e^x·e^0.1, where the plain formula loses
    /// up to x²/2, |βx|/2 and ~256 ulp.
    /// </summary>
    public sealed class CompensatorTests
    {
        private static Derivation Derive(string expression, params string[] parameters)
        {
            Derivation d = Derivation.Derive(expression, parameters.Length == 0 ? new[] { "x" } : parameters);
            Assert.True(d.Success, string.Join("; ", d.Errors.Select(e => e.Message)));
            return d;
        }

        private static bool HasCorrection(Expr e) => new ExprProgram(new[] { e }).Nodes.Any(n => n.Kind == ExprKind.RoundingError || n.Kind == ExprKind.ConstantTail);

        [Theory]
        [InlineData("exp(-x^2)")]
        [InlineData("exp(x / 3)")]
        [InlineData("x * sigmoid(1.7 * x)")]
        [InlineData("erfc(x / sqrt(2))")]
        [InlineData("softplus(x + 0.1)")]
        [InlineData("exp(x * x * x)")]
        [InlineData("exp(1 / x)")]
        [InlineData("x > 0 ? exp(-x * 0.3) : 0")]
        public void A_steep_call_of_rounded_arithmetic_is_corrected_in_the_evaluated_form_only(string expression)
        {
            Derivation d = Derive(expression);
            Assert.True(HasCorrection(d.Evaluated), d.Evaluated.ToString());
            Assert.False(HasCorrection(d.Function));
            Assert.False(HasCorrection(d.Derivative));
            Assert.False(HasCorrection(d.SecondDerivative));
        }

        [Theory]
        [InlineData("exp(x)")] // exact argument
        [InlineData("sigmoid(-x)")] // negation is exact
        [InlineData("exp(2 * x)")] // a power of two scales exactly
        [InlineData("exp(x / 4)")]
        [InlineData("tanh(1.5 * x)")] // tanh is not steep: its condition number stays below 1
        [InlineData("x > 0 ? x : expm1(x / 1.7)")] // nor expm1 where activations use it (u ≤ 0)
        [InlineData("log(0.3 * x)")]
        [InlineData("x * 0.1")] // no call at all
        [InlineData("exp(sin(x))")] // results of calls count as exact
        public void Exact_arguments_and_flat_functions_are_left_alone(string expression)
        {
            Derivation d = Derive(expression);
            Assert.Same(d.Function, d.Evaluated);
        }

        [Fact]
        public void A_call_whose_argument_holds_a_corrected_call_is_left_alone()
        {
            // exp(3·e^(x/3)): the inner exp is corrected; the outer one is not corrected on top of it.
            Derivation d = Derive("exp(3 * exp(x / 3))");
            Expr outer = d.Evaluated;
            Assert.Equal(ExprKind.Call, outer.Kind);
            Assert.Equal(Function.Exp, outer.Function);
            Assert.True(HasCorrection(outer[0]));
        }

        private static bool HasGuard(Expr e) => new ExprProgram(new[] { e }).Nodes.Any(n => n.Kind == ExprKind.Call && n.Function == Function.Abs
            && new ExprProgram(new[] { n[0] }).Nodes.Any(m => m.Kind == ExprKind.RoundingError));

        private static bool HasFusedCorrection(Expr e) => new ExprProgram(new[] { e }).Nodes.Any(n => n.Kind == ExprKind.FusedMultiplyAdd);

        [Theory]
        [InlineData("x < -1e10 ? 0 : x > 1e10 ? x : x * sigmoid(1.7 * x)")] // the built-ins' limit branches
        [InlineData("abs(x) > 100 ? 0 : erfc(x / sqrt(2))")]
        [InlineData("x >= -50 && x <= 50 ? softplus(0.3 * x) : 0")]
        [InlineData("beta * x < -1e10 ? 0 : beta * x > 1e10 ? x : x * sigmoid(beta * x)")]
        public void A_bounded_derivative_at_an_argument_the_tests_keep_finite_needs_no_guard(string expression)
        {
            Derivation d = Derive(expression, "x", "beta");
            Assert.True(HasFusedCorrection(d.Evaluated), d.Evaluated.ToString());
            Assert.False(HasGuard(d.Evaluated), d.Evaluated.ToString());
        }

        [Theory]
        [InlineData("x * sigmoid(1.7 * x)")] // 1.7x overflows for |x| > 2e38
        [InlineData("x < -1e10 ? 0 : x * sigmoid(1.7 * x)")] // bounded on one side only
        [InlineData("x < -1e10 ? 0 : x > 1e10 ? x : exp(-x^2)")] // e^u′ is unbounded: e^u itself may overflow
        [InlineData("x < -1e10 ? 0 : x > 1e10 ? x : sigmoid(x / beta)")] // x/∞ = 0 has a NaN remainder
        [InlineData("x < -1e40 ? 0 : x > 1e40 ? x : sigmoid(x * x)")] // bounded, but beyond float's range
        public void Otherwise_a_non_finite_correction_is_dropped(string expression)
        {
            Derivation d = Derive(expression, "x", "beta");
            Assert.True(HasGuard(d.Evaluated), d.Evaluated.ToString());
        }

        [Fact]
        public void The_evaluated_form_is_the_same_function()
        {
            foreach (string expression in new[] { "exp(-x^2)", "x * sigmoid(1.7 * x)", "0.5 * x * (1 + erf(x / sqrt(2)))", "softplus(x - 0.3) / 1.5" })
            {
                Derivation d = Derive(expression);
                foreach (double x in new[] { -3.0, -0.7, 0, 0.4, 2.5 })
                {
                    Assert.Equal(Evaluator.Evaluate(d.Function, x), Evaluator.Evaluate(d.Evaluated, x), 15);
                }
            }
        }

        [Theory]
        [InlineData("0.1", 0.1, -5.551115123125783e-18)]
        [InlineData("1e-3", 1e-3, -2.0816681711721686e-20)]
        [InlineData("0.044715", 0.044715, 2.1960211427085595e-18)]
        [InlineData("1.6732632423543772848170429916717", 1.6732632423543772, 1.0657222547717531e-16)]
        [InlineData("123456789012345678901234567890", 1.2345678901234568e29, 1023514970834.0)]
        [InlineData("0.5", 0.5, 0)]
        [InlineData("3", 3, 0)]
        [InlineData("1e400", double.PositiveInfinity, 0)]
        public void A_literal_knows_what_rounding_it_to_double_lost(string text, double value, double tail)
        {
            // To a part in 1e15: the tail only ever corrects a rounding error, so its own last bit does not matter.
            Assert.Equal(tail, DoubleDouble.LiteralTail(text, value), Math.Abs(tail) * 1e-15);
        }

        [Fact]
        public void Folded_constants_carry_their_low_part_exactly_enough_for_double()
        {
            // References from mpmath at 60 digits: √2 − fl(√2) and √(2/π) − fl(√(2/π)); π's tail comes from the binder.
            var context = new ExprContext();
            Derivation root2 = Derive("x / sqrt(2)");
            Expr sqrt2 = new ExprProgram(new[] { root2.Function }).Nodes.Single(n => n.IsConstant && n.Value == Math.Sqrt(2));
            Assert.Equal(-9.667293313452913e-17, root2.Context.TailOf(sqrt2), 1e-31);

            Derivation c = Derive("sqrt(2 / pi) * x");
            Expr constant = new ExprProgram(new[] { c.Function }).Nodes.Single(n => n.IsConstant);
            Assert.Equal(Math.Sqrt(2 / Math.PI), constant.Value);
            Assert.Equal(-4.98465440455546e-17, c.Context.TailOf(constant), 1e-31);
            Assert.Equal(0, context.TailOf(context.Constant(0.5)));
        }

        [Fact]
        public void Generated_float_code_keeps_steep_tails_within_2_ulp()
        {
            const string source = """
                using Activations;

                namespace Demo
                {
                    /// <summary>Holder.</summary>
                    public static partial class Acts
                    {
                        [Activation("exp(-x^2)")]
                        public static partial float Gauss(float x);

                        [Activation("x * sigmoid(beta * x)")]
                        public static partial float Swish(float x, float beta);
                    }
                }
                """;

            GeneratorRun run = GeneratorHarness.Run(source);
            GeneratorHarness.AssertCompilesCleanly(run);
            using LoadedAssembly loaded = GeneratorHarness.EmitAndLoad(run.OutputCompilation);
            // The scalar float members evaluate the argument in double; the Vector<float> overloads (the kernels' code)
            // compensate its float rounding. Both are held to 2 ulp.
            int worstGauss = 0, worstSwish = 0, worstGaussVector = 0, worstSwishVector = 0;
            for (int i = 0; i <= 400; i++)
            {
                // The float inputs are exact in double, and the double reference is far more accurate than 1 float ulp.
                float x = 1 + (i * 0.0205f);
                float gauss = (float)Math.Exp(-((double)x * x));
                worstGauss = Math.Max(worstGauss, Ulps(gauss, loaded.Invoke<float>("Demo.Acts", "Gauss", x)));
                worstGaussVector = Math.Max(worstGaussVector, Ulps(gauss, loaded.Invoke<Vector<float>>("Demo.Acts", "Gauss", new Vector<float>(x))[0]));
                float z = -4 - (i * 0.09f);
                const float beta = 1.702f;
                float swish = (float)(z / (1 + Math.Exp(-((double)beta * z))));
                worstSwish = Math.Max(worstSwish, Ulps(swish, loaded.Invoke<float>("Demo.Acts", "Swish", z, beta)));
                worstSwishVector = Math.Max(worstSwishVector, Ulps(swish, loaded.Invoke<Vector<float>>("Demo.Acts", "Swish", new Vector<float>(z), beta)[0]));
            }

            Assert.InRange(worstGauss, 0, 2);
            Assert.InRange(worstSwish, 0, 2);
            Assert.InRange(worstGaussVector, 0, 2);
            Assert.InRange(worstSwishVector, 0, 2);

            // Non-finite arguments leave the correction out: the limits, not NaN.
            Assert.Equal(0f, loaded.Invoke<float>("Demo.Acts", "Gauss", float.PositiveInfinity));
            Assert.Equal(0f, loaded.Invoke<float>("Demo.Acts", "Gauss", 1e20f));
            Assert.True(float.IsNaN(loaded.Invoke<float>("Demo.Acts", "Gauss", float.NaN)));
            Assert.Equal(-0f, loaded.Invoke<float>("Demo.Acts", "Swish", -1e30f, 3f));
        }

        [Fact]
        public void Generated_double_code_compensates_a_sum_and_the_constant_it_adds()
        {
            const string source = """
                using Activations;

                namespace Demo
                {
                    /// <summary>Holder.</summary>
                    public static partial class Acts
                    {
                        [Activation("exp(x + 0.1)")]
                        public static partial double Shifted(double x);
                    }
                }
                """;

            GeneratorRun run = GeneratorHarness.Run(source);
            GeneratorHarness.AssertCompilesCleanly(run);
            using LoadedAssembly loaded = GeneratorHarness.EmitAndLoad(run.OutputCompilation);
            long worst = 0;
            for (int i = 0; i <= 200; i++)
            {
                double x = 600 + (i * 0.4873);
                double reference = Math.Exp(x) * Math.Exp(0.1 + -5.551115123125783e-18); // e^x·e^0.1: two roundings and a product
                worst = Math.Max(worst, Ulps(reference, loaded.Invoke<double>("Demo.Acts", "Shifted", x)));
            }

            Assert.InRange(worst, 0, 3);
            Assert.Equal(double.PositiveInfinity, loaded.Invoke<double>("Demo.Acts", "Shifted", 710.0));
        }

        private static int Ulps(float expected, float actual) => Math.Abs(BitConverter.SingleToInt32Bits(expected) - BitConverter.SingleToInt32Bits(actual));

        private static long Ulps(double expected, double actual) => Math.Abs(BitConverter.DoubleToInt64Bits(expected) - BitConverter.DoubleToInt64Bits(actual));
    }
}
