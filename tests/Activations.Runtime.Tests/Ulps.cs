using System;

namespace Activations.Runtime.Tests
{
    /// <summary>Distances in units in the last place, counted as the number of representable values between two numbers.</summary>
    internal static class Ulps
    {
        /// <summary>
        /// Steps between a and b along the doubles: adjacent doubles are 1 apart, +0 and -0 are 0 apart, the smallest
        /// subnormals either side of zero are 2 apart. Two NaNs are 0 apart; NaN and a number are infinitely far.
        /// </summary>
        public static ulong Distance(double a, double b)
        {
            if (double.IsNaN(a) || double.IsNaN(b))
            {
                return double.IsNaN(a) && double.IsNaN(b) ? 0 : ulong.MaxValue;
            }

            long oa = Ordered(BitConverter.DoubleToInt64Bits(a));
            long ob = Ordered(BitConverter.DoubleToInt64Bits(b));

            // The true difference is below 2^64, so the wrapped subtraction read as unsigned is exact.
            return unchecked(oa >= ob ? (ulong)(oa - ob) : (ulong)(ob - oa));
        }

        /// <inheritdoc cref="Distance(double, double)"/>
        public static ulong Distance(float a, float b)
        {
            if (float.IsNaN(a) || float.IsNaN(b))
            {
                return float.IsNaN(a) && float.IsNaN(b) ? 0 : ulong.MaxValue;
            }

            long oa = Ordered(BitConverter.SingleToInt32Bits(a));
            long ob = Ordered(BitConverter.SingleToInt32Bits(b));
            return (ulong)Math.Abs(oa - ob);
        }

        /// <summary>
        /// The signed error of <paramref name="actual"/> in ulps against an exact value given as its nearest double
        /// plus <paramref name="residual"/> ulps (exact = expected + residual ulp).
        /// </summary>
        public static double Error(double actual, double expected, double residual)
        {
            if (double.IsNaN(actual) || double.IsNaN(expected) || double.IsInfinity(expected))
            {
                return Distance(actual, expected) == 0 ? 0.0 : double.PositiveInfinity;
            }

            long steps = Ordered(BitConverter.DoubleToInt64Bits(actual)) - Ordered(BitConverter.DoubleToInt64Bits(expected));
            return steps - residual;
        }

        // Maps the sign-magnitude bit pattern onto a line where adjacent values differ by one and ±0 both map to 0.
        private static long Ordered(long bits) => bits < 0 ? -(bits & long.MaxValue) : bits;

        private static long Ordered(int bits) => bits < 0 ? -(long)(bits & int.MaxValue) : bits;
    }
}
