using System;
using System.Linq;
using Xunit;

namespace Activations.Runtime.Tests
{
    /// <summary>Limits, signed zeros, NaN and the edges of the domains, compared bit for bit.</summary>
    public sealed class SpecialValueTests
    {
        private const double Ln2 = 0.6931471805599453;

        [Theory]
        [InlineData(double.PositiveInfinity, 1.0)]
        [InlineData(double.NegativeInfinity, 0.0)]
        [InlineData(1000.0, 1.0)]
        [InlineData(-1000.0, 0.0)]
        [InlineData(-800.0, 0.0)]
        [InlineData(0.0, 0.5)]
        [InlineData(double.NaN, double.NaN)]
        public void Sigmoid(double x, double expected)
        {
            AssertIdentical(expected, ActivationMath.Sigmoid(x));
            AssertFloatIdentical(x, expected, ActivationMath.Sigmoid);
        }

        [Theory]
        [InlineData(double.PositiveInfinity, double.PositiveInfinity)]
        [InlineData(double.NegativeInfinity, 0.0)]
        [InlineData(1000.0, 1000.0)]
        [InlineData(-1000.0, 0.0)]
        [InlineData(0.0, Ln2)]
        [InlineData(double.NaN, double.NaN)]
        public void Softplus(double x, double expected)
        {
            AssertIdentical(expected, ActivationMath.Softplus(x));
            AssertFloatIdentical(x, expected, ActivationMath.Softplus);
        }

        [Fact]
        public void SoftplusOfAVeryNegativeInputIsTheExponentialNotZero()
        {
            // log(1 + e^x) = e^x (1 - e^x/2 + ...): relative accuracy survives where 1 + e^x == 1.
            Assert.Equal(Math.Exp(-40.0), ActivationMath.Softplus(-40.0), 1e-16 * Math.Exp(-40.0));
            Assert.Equal(MathF.Exp(-40f), ActivationMath.Softplus(-40f));
        }

        [Theory]
        [InlineData(-1.0, double.NegativeInfinity)]
        [InlineData(-1.0000000000000002, double.NaN)]
        [InlineData(-2.0, double.NaN)]
        [InlineData(double.NegativeInfinity, double.NaN)]
        [InlineData(double.PositiveInfinity, double.PositiveInfinity)]
        [InlineData(double.NaN, double.NaN)]
        [InlineData(0.0, 0.0)]
        [InlineData(double.Epsilon, double.Epsilon)]
        [InlineData(-double.Epsilon, -double.Epsilon)]
        [InlineData(1e-300, 1e-300)]
        [InlineData(-1e-20, -1e-20)]
        public void Log1p(double x, double expected)
        {
            AssertIdentical(expected, ActivationMath.Log1p(x));
            AssertFloatIdentical(x, expected, ActivationMath.Log1p);
        }

        [Fact]
        public void Log1pJustAboveMinusOneIsFinite()
        {
            // 1 + x is exact here (2^-53), so log1p(x) = -53 ln 2.
            double x = Math.BitIncrement(-1.0);
            Assert.Equal(-53 * Ln2, ActivationMath.Log1p(x), 1e-13);
            Assert.Equal(-1.0f / 0.0f, ActivationMath.Log1p(-1f));
            Assert.True(float.IsNaN(ActivationMath.Log1p(-1.5f)));
        }

        [Theory]
        [InlineData(double.NegativeInfinity, -1.0)]
        [InlineData(-1000.0, -1.0)]
        [InlineData(double.PositiveInfinity, double.PositiveInfinity)]
        [InlineData(710.0, double.PositiveInfinity)]
        [InlineData(1000.0, double.PositiveInfinity)]
        [InlineData(1e300, double.PositiveInfinity)]
        [InlineData(double.NaN, double.NaN)]
        [InlineData(0.0, 0.0)]
        [InlineData(double.Epsilon, double.Epsilon)]
        [InlineData(1e-300, 1e-300)]
        [InlineData(-1e-300, -1e-300)]
        public void Expm1(double x, double expected)
        {
            AssertIdentical(expected, ActivationMath.Expm1(x));
            AssertFloatIdentical(x, expected, ActivationMath.Expm1);
        }

        [Fact]
        public void Expm1JustBelowOverflowIsFinite()
        {
            // ln(double.MaxValue) = 709.782712893384: the largest input with a finite result.
            Assert.True(double.IsFinite(ActivationMath.Expm1(709.782712893384)));
            Assert.Equal(double.PositiveInfinity, ActivationMath.Expm1(Math.BitIncrement(709.782712893384)));
            Assert.Equal(float.PositiveInfinity, ActivationMath.Expm1(89f));
            Assert.True(float.IsFinite(ActivationMath.Expm1(88.72f)));
        }

        [Theory]
        [InlineData(double.PositiveInfinity, 1.0)]
        [InlineData(double.NegativeInfinity, -1.0)]
        [InlineData(6.0, 1.0)]
        [InlineData(-1e300, -1.0)]
        [InlineData(double.NaN, double.NaN)]
        [InlineData(0.0, 0.0)]
        [InlineData(double.Epsilon, double.Epsilon)] // (2/√π) 2^-1074 rounds to 2^-1074
        [InlineData(1e-300, 1.1283791670955126e-300)]
        public void Erf(double x, double expected)
        {
            AssertIdentical(expected, ActivationMath.Erf(x));
            AssertFloatIdentical(x, expected, ActivationMath.Erf);
        }

        [Fact]
        public void ErfIsExactlyOdd()
        {
            foreach (DoubleReference row in ReferenceTable.Double("erf").Where(r => !double.IsNaN(r.X)))
            {
                AssertIdentical(-ActivationMath.Erf(row.X), ActivationMath.Erf(-row.X));
            }
        }

        [Theory]
        [InlineData(double.NegativeInfinity, 2.0)]
        [InlineData(-6.0, 2.0)]
        [InlineData(double.PositiveInfinity, 0.0)]
        [InlineData(27.3, 0.0)]
        [InlineData(1e300, 0.0)]
        [InlineData(double.NaN, double.NaN)]
        [InlineData(0.0, 1.0)]
        [InlineData(1e-300, 1.0)]
        public void Erfc(double x, double expected)
        {
            AssertIdentical(expected, ActivationMath.Erfc(x));
            AssertFloatIdentical(x, expected, ActivationMath.Erfc);
        }

        [Theory]
        [InlineData(10.0, 2.088487583762545e-45)] // mpmath, rounded to nearest
        [InlineData(26.0, 5.663192408856143e-296)]
        [InlineData(27.0, 5.23705e-319)] // subnormal
        public void ErfcKeepsRelativeAccuracyInTheTail(double x, double expected)
        {
            Assert.Equal(expected, ActivationMath.Erfc(x));
        }

        [Theory]
        [InlineData(2.5, 1.0)]
        [InlineData(double.Epsilon, 1.0)]
        [InlineData(double.PositiveInfinity, 1.0)]
        [InlineData(-2.5, -1.0)]
        [InlineData(-double.Epsilon, -1.0)]
        [InlineData(double.NegativeInfinity, -1.0)]
        [InlineData(0.0, 0.0)]
        [InlineData(double.NaN, double.NaN)]
        public void Sign(double x, double expected)
        {
            AssertIdentical(expected, ActivationMath.Sign(x));
            AssertFloatIdentical(x, expected, ActivationMath.Sign);
        }

        [Fact]
        public void FloatSignOfTheSmallestSubnormalIsOne()
        {
            Assert.Equal(1f, ActivationMath.Sign(float.Epsilon));
            Assert.Equal(-1f, ActivationMath.Sign(-float.Epsilon));
        }

        // Kept out of the theories: xUnit treats 0.0 and -0.0 as duplicate data.
        [Fact]
        public void NegativeZero()
        {
            AssertIdentical(-0.0, ActivationMath.Log1p(-0.0));
            AssertIdentical(-0.0, ActivationMath.Expm1(-0.0));
            AssertIdentical(-0.0, ActivationMath.Erf(-0.0));
            AssertIdentical(-0.0, ActivationMath.Sign(-0.0));
            AssertIdentical(1.0, ActivationMath.Erfc(-0.0));
            AssertIdentical(0.5, ActivationMath.Sigmoid(-0.0));
            AssertIdentical(Ln2, ActivationMath.Softplus(-0.0));

            AssertIdentical(-0f, ActivationMath.Log1p(-0f));
            AssertIdentical(-0f, ActivationMath.Expm1(-0f));
            AssertIdentical(-0f, ActivationMath.Erf(-0f));
            AssertIdentical(-0f, ActivationMath.Sign(-0f));
            AssertIdentical(1f, ActivationMath.Erfc(-0f));
            AssertIdentical(0.5f, ActivationMath.Sigmoid(-0f));
            AssertIdentical((float)Ln2, ActivationMath.Softplus(-0f));
        }

        // Equal bit patterns, so -0 differs from +0; any NaN matches any NaN.
        private static void AssertIdentical(double expected, double actual)
        {
            if (double.IsNaN(expected) && double.IsNaN(actual))
            {
                return;
            }

            Assert.True(
                BitConverter.DoubleToInt64Bits(expected) == BitConverter.DoubleToInt64Bits(actual),
                $"expected {expected:R}{(double.IsNegative(expected) && expected == 0 ? " (-0)" : "")}, got {actual:R}{(double.IsNegative(actual) && actual == 0 ? " (-0)" : "")}");
        }

        private static void AssertIdentical(float expected, float actual) => AssertIdentical((double)expected, (double)actual);

        // The same row for the float overload, when x is a float (so not for 2^-1074 or 1 ulp below -1).
        private static void AssertFloatIdentical(double x, double expected, Func<float, float> f)
        {
            if ((double)(float)x == x || double.IsNaN(x))
            {
                AssertIdentical((float)expected, f((float)x));
            }
        }
    }
}
