using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace Activations.Runtime.Tests
{
    /// <summary>
    /// ActivationMath's paired calls, which generated scalar members use to take σ, σ(−x), σ′ and softplus from one
    /// exponential, return the very bits of the separate functions, so a member's value does not depend on what the
    /// emitter paired.
    /// </summary>
    public sealed class ActivationMathPairTests
    {
        private static IEnumerable<double> DoubleGrid()
        {
            for (int i = -4000; i <= 4000; i++)
            {
                yield return i * 0.0137;
            }

            foreach (double x in new[] { 0.0, -0.0, 1e-300, -1e-300, 30, -30, 40, -40, 700, -700, 745, -745, 800, -800, 1e300, -1e300, double.PositiveInfinity, double.NegativeInfinity, double.NaN })
            {
                yield return x;
            }
        }

        private static IEnumerable<float> FloatGrid() => DoubleGrid().Select(x => (float)x).Concat(new[] { 87f, -87f, 104f, -104f, 1e30f, -1e30f });

        [Fact]
        public void Double_pairs_return_the_separate_functions_bits()
        {
            foreach (double x in DoubleGrid())
            {
                Same(ActivationMath.Sigmoid(x), ActivationMath.SigmoidWithDerivative(x, out double d), x);
                Same(ActivationMath.SigmoidDerivative(x), d, x);
                Same(ActivationMath.Sigmoid(x), ActivationMath.SigmoidWithComplement(x, out double c), x);
                Same(ActivationMath.Sigmoid(-x), c, x);
                Same(ActivationMath.Sigmoid(x), ActivationMath.SigmoidWithComplementAndDerivative(x, out double c3, out double d3), x);
                Same(ActivationMath.Sigmoid(-x), c3, x);
                Same(ActivationMath.SigmoidDerivative(x), d3, x);
                Same(ActivationMath.Softplus(x), ActivationMath.SoftplusWithSigmoid(x, out double s), x);
                Same(ActivationMath.Sigmoid(x), s, x);
            }
        }

        [Fact]
        public void Float_pairs_return_the_separate_functions_bits()
        {
            foreach (float x in FloatGrid())
            {
                Same(ActivationMath.Sigmoid(x), ActivationMath.SigmoidWithDerivative(x, out float d), x);
                Same(ActivationMath.SigmoidDerivative(x), d, x);
                Same(ActivationMath.Sigmoid(x), ActivationMath.SigmoidWithComplement(x, out float c), x);
                Same(ActivationMath.Sigmoid(-x), c, x);
                Same(ActivationMath.Sigmoid(x), ActivationMath.SigmoidWithComplementAndDerivative(x, out float c3, out float d3), x);
                Same(ActivationMath.Sigmoid(-x), c3, x);
                Same(ActivationMath.SigmoidDerivative(x), d3, x);
                Same(ActivationMath.Softplus(x), ActivationMath.SoftplusWithSigmoid(x, out float s), x);
                Same(ActivationMath.Sigmoid(x), s, x);
            }
        }

        [Theory]
        [InlineData(0.0, 0.5, 0.25, 0.6931471805599453)]
        [InlineData(double.PositiveInfinity, 1.0, 0.0, double.PositiveInfinity)]
        [InlineData(double.NegativeInfinity, 0.0, 0.0, 0.0)]
        [InlineData(-1000.0, 0.0, 0.0, 0.0)]
        public void Pairs_at_special_points(double x, double sigmoid, double derivative, double softplus)
        {
            Assert.Equal(sigmoid, ActivationMath.SigmoidWithDerivative(x, out double d));
            Assert.Equal(derivative, d);
            Assert.Equal(softplus, ActivationMath.SoftplusWithSigmoid(x, out double s));
            Assert.Equal(sigmoid, s);
            Assert.True(double.IsNaN(ActivationMath.SoftplusWithSigmoid(double.NaN, out double n)) && double.IsNaN(n));
        }

        private static void Same(double expected, double actual, double x) =>
            Assert.True(BitConverter.DoubleToInt64Bits(expected) == BitConverter.DoubleToInt64Bits(actual), $"x = {x:R}: {expected:R} and {actual:R}");

        private static void Same(float expected, float actual, float x) =>
            Assert.True(BitConverter.SingleToInt32Bits(expected) == BitConverter.SingleToInt32Bits(actual), $"x = {x:R}: {expected:R} and {actual:R}");
    }
}
