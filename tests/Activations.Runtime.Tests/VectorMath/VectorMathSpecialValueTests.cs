using System;
using System.Linq;
using Xunit;

namespace Activations.Runtime.Tests.VectorMathTests
{
    /// <summary>Limits, signed zeros, NaN, overflow and underflow, at every width, in float and double.</summary>
    public sealed class VectorMathSpecialValueTests
    {
        private const double Inf = double.PositiveInfinity;
        private const double NaN = double.NaN;

        [Theory]
        [InlineData("Exp", Inf, Inf)]
        [InlineData("Exp", -Inf, 0.0)]
        [InlineData("Exp", 1000.0, Inf)]
        [InlineData("Exp", -1000.0, 0.0)]
        [InlineData("Exp", 0.0, 1.0)]
        [InlineData("Log", 0.0, -Inf)]
        [InlineData("Log", -1.0, NaN)]
        [InlineData("Log", -Inf, NaN)]
        [InlineData("Log", Inf, Inf)]
        [InlineData("Log", 1.0, 0.0)]
        [InlineData("Log1p", -1.0, -Inf)]
        [InlineData("Log1p", -2.0, NaN)]
        [InlineData("Log1p", -Inf, NaN)]
        [InlineData("Log1p", Inf, Inf)]
        [InlineData("Log1p", 0.0, 0.0)]
        [InlineData("Expm1", -Inf, -1.0)]
        [InlineData("Expm1", -1000.0, -1.0)]
        [InlineData("Expm1", Inf, Inf)]
        [InlineData("Expm1", 1000.0, Inf)]
        [InlineData("Expm1", 0.0, 0.0)]
        [InlineData("Tanh", Inf, 1.0)]
        [InlineData("Tanh", -Inf, -1.0)]
        [InlineData("Tanh", 1000.0, 1.0)]
        [InlineData("Tanh", -1000.0, -1.0)]
        [InlineData("Tanh", 0.0, 0.0)]
        [InlineData("Sigmoid", Inf, 1.0)]
        [InlineData("Sigmoid", -Inf, 0.0)]
        [InlineData("Sigmoid", 1000.0, 1.0)]
        [InlineData("Sigmoid", -1000.0, 0.0)]
        [InlineData("Sigmoid", 0.0, 0.5)]
        [InlineData("Softplus", Inf, Inf)]
        [InlineData("Softplus", -Inf, 0.0)]
        [InlineData("Softplus", 1000.0, 1000.0)]
        [InlineData("Softplus", -1000.0, 0.0)]
        [InlineData("Erf", Inf, 1.0)]
        [InlineData("Erf", -Inf, -1.0)]
        [InlineData("Erf", 0.0, 0.0)]
        [InlineData("Erf", 30.0, 1.0)]
        [InlineData("Erfc", Inf, 0.0)]
        [InlineData("Erfc", -Inf, 2.0)]
        [InlineData("Erfc", 0.0, 1.0)]
        [InlineData("Erfc", 30.0, 0.0)]
        [InlineData("Erfc", -30.0, 2.0)]
        [InlineData("Sin", 0.0, 0.0)]
        [InlineData("Sin", Inf, NaN)]
        [InlineData("Sin", -Inf, NaN)]
        [InlineData("Cos", 0.0, 1.0)]
        [InlineData("Cos", Inf, NaN)]
        [InlineData("Tan", 0.0, 0.0)]
        [InlineData("Tan", Inf, NaN)]
        [InlineData("Sinh", 0.0, 0.0)]
        [InlineData("Sinh", Inf, Inf)]
        [InlineData("Sinh", -Inf, -Inf)]
        [InlineData("Sinh", 1000.0, Inf)]
        [InlineData("Cosh", 0.0, 1.0)]
        [InlineData("Cosh", Inf, Inf)]
        [InlineData("Cosh", -Inf, Inf)]
        [InlineData("Cosh", -1000.0, Inf)]
        [InlineData("Atan", 0.0, 0.0)]
        [InlineData("Sign", 0.0, 0.0)]
        [InlineData("Sign", 1e-45, 1.0)]
        [InlineData("Sign", -Inf, -1.0)]
        [InlineData("Sign", Inf, 1.0)]
        [InlineData("Sign", -3.0, -1.0)]
        public void ExactValue(string function, double x, double expected)
        {
            AssertEverywhere(Kernels.DoubleNamed(function), x, expected);
            AssertEverywhere(Kernels.FloatNamed(function), (float)x, (float)expected);
        }

        // Kept apart from ExactValue because InlineData cannot tell -0.0 from 0.0.
        [Fact]
        public void NegativeZero()
        {
            foreach (string odd in new[] { "Log1p", "Expm1", "Tanh", "Erf", "Sin", "Tan", "Sinh", "Atan", "Sign" })
            {
                AssertEverywhere(Kernels.DoubleNamed(odd), -0.0, -0.0);
                AssertEverywhere(Kernels.FloatNamed(odd), -0f, -0f);
            }

            (string Function, double Value)[] even = { ("Exp", 1.0), ("Log", double.NegativeInfinity), ("Sigmoid", 0.5), ("Cos", 1.0), ("Cosh", 1.0), ("Erfc", 1.0) };
            foreach ((string function, double value) in even)
            {
                AssertEverywhere(Kernels.DoubleNamed(function), -0.0, value);
                AssertEverywhere(Kernels.FloatNamed(function), -0f, (float)value);
            }
        }

        [Fact]
        public void NaNGivesNaNEverywhere()
        {
            foreach (Kernel<double> kernel in Kernels.Double)
            {
                AssertEverywhere(kernel, double.NaN, double.NaN);
            }

            foreach (Kernel<float> kernel in Kernels.Float)
            {
                AssertEverywhere(kernel, float.NaN, float.NaN);
            }
        }

        [Fact]
        public void AtanOfInfinityIsHalfPi()
        {
            AssertEverywhere(Kernels.DoubleNamed("Atan"), double.PositiveInfinity, Math.PI / 2);
            AssertEverywhere(Kernels.DoubleNamed("Atan"), double.NegativeInfinity, -Math.PI / 2);
            AssertEverywhere(Kernels.FloatNamed("Atan"), float.PositiveInfinity, MathF.PI / 2);
            AssertEverywhere(Kernels.FloatNamed("Atan"), float.NegativeInfinity, -MathF.PI / 2);
        }

        // exp crosses into overflow exactly where the correctly rounded result does, and rounds subnormal results once.
        [Fact]
        public void ExpOverflowsAndUnderflowsAtTheRightPlace()
        {
            Kernel<float> expF = Kernels.FloatNamed("Exp");
            Assert.Equal(float.PositiveInfinity, Single(expF, 88.7228394f));
            Assert.True(float.IsFinite(Single(expF, 88.7228317f)));
            Assert.Equal(float.Epsilon, Single(expF, -103.5f)); // e^-103.5 = 1.12e-45 rounds to the smallest subnormal
            Assert.Equal(0f, Single(expF, -104f));
            Kernel<double> expD = Kernels.DoubleNamed("Exp");
            Assert.Equal(double.PositiveInfinity, Single(expD, 709.7827128933841));
            Assert.True(double.IsFinite(Single(expD, 709.782712893384)));
            Assert.Equal(double.Epsilon, Single(expD, -745.0));
            Assert.Equal(0.0, Single(expD, -746.0));
        }

        // The test case: TensorPrimitives.Tanh(1e-6f) is 9.54e-7. Tanh and Expm1 keep relative accuracy near 0.
        [Theory]
        [InlineData(1e-6)]
        [InlineData(-1e-6)]
        [InlineData(1e-5)]
        [InlineData(3e-4)]
        [InlineData(1e-20)]
        [InlineData(1e-40)]
        public void TanhAndExpm1AreRelativelyAccurateNearZero(double x)
        {
            float xf = (float)x;
            Assert.True(Ulps.Distance(Single(Kernels.FloatNamed("Tanh"), xf), (float)Math.Tanh(xf)) <= 1);
            Assert.True(Ulps.Distance(Single(Kernels.FloatNamed("Expm1"), xf), (float)ActivationMath.Expm1((double)xf)) <= 1);
            Assert.True(Ulps.Distance(Single(Kernels.DoubleNamed("Tanh"), x), Math.Tanh(x)) <= 1);
            Assert.True(Ulps.Distance(Single(Kernels.DoubleNamed("Expm1"), x), ActivationMath.Expm1(x)) <= 1);
        }

        // erfc keeps relative accuracy down to where it underflows (float: x = 10.05; double: x = 27.2).
        [Fact]
        public void ErfcFarTailIsRelativelyAccurate()
        {
            Kernel<float> f = Kernels.FloatNamed("Erfc");
            for (float x = 4f; x < 10.1f; x += 0.01f)
            {
                float expected = (float)ActivationMath.Erfc((double)x);
                Assert.True(Ulps.Distance(Single(f, x), expected) <= 3, $"erfc({x}) = {Single(f, x)}, expected {expected}");
            }

            Assert.True(Single(f, 9f) > 0 && float.IsNormal(Single(f, 9f)));
            Kernel<double> d = Kernels.DoubleNamed("Erfc");
            for (double x = 6; x < 27.3; x += 0.01)
            {
                double expected = ActivationMath.Erfc(x);
                Assert.True(Ulps.Distance(Single(d, x), expected) <= 3, $"erfc({x}) = {Single(d, x)}, expected {expected}");
            }

            Assert.True(Single(d, 26.5) > 0);
        }

        [Fact]
        public void SoftplusOfLargeInputIsTheInputAndOfVeryNegativeInputIsTheExponential()
        {
            foreach (float x in new[] { 20f, 100f, 1e10f, float.MaxValue })
            {
                Assert.Equal(x, Single(Kernels.FloatNamed("Softplus"), x));
            }

            foreach (double x in new[] { 40.0, 1000.0, 1e300, double.MaxValue })
            {
                Assert.Equal(x, Single(Kernels.DoubleNamed("Softplus"), x));
            }

            Assert.True(Ulps.Distance(Single(Kernels.FloatNamed("Softplus"), -80f), MathF.Exp(-80f)) <= 2);
            Assert.True(Ulps.Distance(Single(Kernels.DoubleNamed("Softplus"), -700.0), Math.Exp(-700.0)) <= 2);
        }

        [Fact]
        public void SigmoidOfVeryNegativeInputIsTheExponential()
        {
            Assert.True(Ulps.Distance(Single(Kernels.FloatNamed("Sigmoid"), -90f), (float)Math.Exp(-90.0)) <= 2);
            Assert.True(Ulps.Distance(Single(Kernels.DoubleNamed("Sigmoid"), -740.0), Math.Exp(-740.0)) <= 2);
        }

        // Every width, with the value in every lane, gives the expected bits (any NaN for NaN).
        private static void AssertEverywhere<T>(Kernel<T> kernel, T x, T expected)
            where T : unmanaged
        {
            foreach (Width width in Kernels.Widths)
            {
                T[] xs = Enumerable.Repeat(x, 16).ToArray();
                foreach (T actual in kernel.Evaluate(width, xs))
                {
                    bool ok = IsNaN(expected) ? IsNaN(actual) : Bitwise.Same(actual, expected);
                    Assert.True(ok, $"{kernel.Name}({x}) at {width} = {actual}, expected {expected}");
                }
            }
        }

        private static T Single<T>(Kernel<T> kernel, T x)
            where T : unmanaged => kernel.Evaluate(Width.Vector512, new[] { x })[0];

        private static bool IsNaN<T>(T v)
            where T : unmanaged => typeof(T) == typeof(float) ? float.IsNaN((float)(object)v) : double.IsNaN((double)(object)v);
    }
}
