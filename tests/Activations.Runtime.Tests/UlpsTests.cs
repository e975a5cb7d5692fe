using System;
using Xunit;

namespace Activations.Runtime.Tests
{
    public sealed class UlpsTests
    {
        [Fact]
        public void AdjacentDoublesAreOneApart()
        {
            Assert.Equal(0UL, Ulps.Distance(1.0, 1.0));
            Assert.Equal(1UL, Ulps.Distance(1.0, Math.BitIncrement(1.0)));
            Assert.Equal(1UL, Ulps.Distance(1.0, Math.BitDecrement(1.0)));
            Assert.Equal(1UL, Ulps.Distance(-1.0, Math.BitDecrement(-1.0)));
            Assert.Equal(1UL, Ulps.Distance(double.MaxValue, double.PositiveInfinity));
        }

        [Fact]
        public void SignedZerosAreEqualAndZeroIsOneStepFromTheSmallestSubnormal()
        {
            Assert.Equal(0UL, Ulps.Distance(0.0, -0.0));
            Assert.Equal(1UL, Ulps.Distance(0.0, double.Epsilon));
            Assert.Equal(1UL, Ulps.Distance(-0.0, -double.Epsilon));
            Assert.Equal(2UL, Ulps.Distance(-double.Epsilon, double.Epsilon));
            Assert.Equal(1UL, Ulps.Distance(0f, float.Epsilon));
            Assert.Equal(2UL, Ulps.Distance(-float.Epsilon, float.Epsilon));
        }

        [Fact]
        public void SubnormalsAndNormalsAreCountedContinuously()
        {
            double minNormal = 2.2250738585072014e-308;
            Assert.Equal(1UL, Ulps.Distance(minNormal, Math.BitDecrement(minNormal)));
            Assert.Equal(1UL << 52, Ulps.Distance(0.0, minNormal));
        }

        [Fact]
        public void OppositeInfinitiesDoNotOverflow()
        {
            Assert.Equal(2UL * 0x7FF0000000000000UL, Ulps.Distance(double.NegativeInfinity, double.PositiveInfinity));
            Assert.Equal(2UL * 0x7F800000UL, Ulps.Distance(float.NegativeInfinity, float.PositiveInfinity));
        }

        [Fact]
        public void NaNMatchesOnlyNaN()
        {
            Assert.Equal(0UL, Ulps.Distance(double.NaN, double.NaN));
            Assert.Equal(ulong.MaxValue, Ulps.Distance(double.NaN, 0.0));
            Assert.Equal(ulong.MaxValue, Ulps.Distance(1f, float.NaN));
        }

        [Fact]
        public void ErrorSubtractsTheResidual()
        {
            // The exact value is 1 + 0.3 ulp; returning the next double up is 0.7 ulp off.
            Assert.Equal(0.7, Ulps.Error(Math.BitIncrement(1.0), 1.0, 0.3), 12);
            Assert.Equal(-0.3, Ulps.Error(1.0, 1.0, 0.3), 12);
        }
    }
}
