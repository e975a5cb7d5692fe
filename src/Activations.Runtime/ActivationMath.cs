using System;
using Activations.Internal;

namespace Activations
{
    /// <summary>
    /// Scalar special functions that generated activation code calls, each in a <see cref="float"/> and a
    /// <see cref="double"/> overload.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Every function is total: NaN in gives NaN out, infinities give their limits, and no input overflows or
    /// cancels into a NaN. The double overloads of <see cref="Log1p(double)"/>, <see cref="Expm1(double)"/>,
    /// <see cref="Erf(double)"/> and <see cref="Erfc(double)"/> are faithfully rounded (under 0.7 ulp from the exact
    /// value, and over 99% correctly rounded) on every platform, since they use no C runtime functions.
    /// <see cref="Sigmoid(double)"/> and <see cref="Softplus(double)"/> call <see cref="Math.Exp"/> and add its error
    /// to about half an ulp of their own: under 1.5 ulp with glibc.
    /// </para>
    /// <para>
    /// The float overloads evaluate the double overload and round once, so they are correctly rounded except, rarely,
    /// when the exact value is within about 2^-28 ulp of a midpoint between two floats; then they are 1 ulp off.
    /// </para>
    /// </remarks>
    public static class ActivationMath
    {
        /// <summary>The logistic function σ(x) = 1 / (1 + e^-x).</summary>
        /// <param name="x">The input.</param>
        /// <returns>σ(x) in [0, 1]; 0 at -∞, 1 at +∞, NaN for NaN.</returns>
        public static double Sigmoid(double x) => DoubleSpecialFunctions.Sigmoid(x);

        /// <inheritdoc cref="Sigmoid(double)"/>
        public static float Sigmoid(float x) => (float)DoubleSpecialFunctions.Sigmoid(x);

        /// <summary>
        /// The derivative of the logistic function, σ′(x) = σ(x) σ(-x), computed as s (1 - s) with s = σ(-|x|) so that
        /// it keeps its relative accuracy where σ(x) (1 - σ(x)) would cancel (generated sigmoid derivatives use it).
        /// </summary>
        /// <param name="x">The input.</param>
        /// <returns>σ′(x) in [0, 1/4]; 0 at ±∞, NaN for NaN.</returns>
        public static double SigmoidDerivative(double x) => DoubleSpecialFunctions.SigmoidDerivative(x);

        /// <inheritdoc cref="SigmoidDerivative(double)"/>
        public static float SigmoidDerivative(float x) => (float)DoubleSpecialFunctions.SigmoidDerivative(x);

        /// <summary>
        /// σ(x) and its derivative σ′(x) from one exponential: the bits of <see cref="Sigmoid(double)"/> and
        /// <see cref="SigmoidDerivative(double)"/> (generated scalar members that need both call it).
        /// </summary>
        /// <param name="x">The input.</param>
        /// <param name="derivative">σ′(x).</param>
        /// <returns>σ(x).</returns>
        public static double SigmoidWithDerivative(double x, out double derivative) => DoubleSpecialFunctions.SigmoidWithDerivative(x, out derivative);

        /// <inheritdoc cref="SigmoidWithDerivative(double, out double)"/>
        public static float SigmoidWithDerivative(float x, out float derivative)
        {
            double s = DoubleSpecialFunctions.SigmoidWithDerivative(x, out double d);
            derivative = (float)d;
            return (float)s;
        }

        /// <summary>σ(x) and σ(-x) from one exponential: the bits of <see cref="Sigmoid(double)"/> at x and at -x.</summary>
        /// <param name="x">The input.</param>
        /// <param name="complement">σ(-x) = 1 - σ(x), to relative accuracy as it approaches 0.</param>
        /// <returns>σ(x).</returns>
        public static double SigmoidWithComplement(double x, out double complement) => DoubleSpecialFunctions.SigmoidWithComplement(x, out complement);

        /// <inheritdoc cref="SigmoidWithComplement(double, out double)"/>
        public static float SigmoidWithComplement(float x, out float complement)
        {
            double s = DoubleSpecialFunctions.SigmoidWithComplement(x, out double c);
            complement = (float)c;
            return (float)s;
        }

        /// <summary>σ(x), σ(-x) and σ′(x) from one exponential, with the bits of the separate functions.</summary>
        /// <param name="x">The input.</param>
        /// <param name="complement">σ(-x).</param>
        /// <param name="derivative">σ′(x).</param>
        /// <returns>σ(x).</returns>
        public static double SigmoidWithComplementAndDerivative(double x, out double complement, out double derivative) =>
            DoubleSpecialFunctions.SigmoidWithComplementAndDerivative(x, out complement, out derivative);

        /// <inheritdoc cref="SigmoidWithComplementAndDerivative(double, out double, out double)"/>
        public static float SigmoidWithComplementAndDerivative(float x, out float complement, out float derivative)
        {
            double s = DoubleSpecialFunctions.SigmoidWithComplementAndDerivative(x, out double c, out double d);
            complement = (float)c;
            derivative = (float)d;
            return (float)s;
        }

        /// <summary>softplus x and its derivative σ(x) from one exponential: the bits of <see cref="Softplus(double)"/> and <see cref="Sigmoid(double)"/>.</summary>
        /// <param name="x">The input.</param>
        /// <param name="sigmoid">σ(x).</param>
        /// <returns>softplus x.</returns>
        public static double SoftplusWithSigmoid(double x, out double sigmoid) => DoubleSpecialFunctions.SoftplusWithSigmoid(x, out sigmoid);

        /// <inheritdoc cref="SoftplusWithSigmoid(double, out double)"/>
        public static float SoftplusWithSigmoid(float x, out float sigmoid)
        {
            double p = DoubleSpecialFunctions.SoftplusWithSigmoid(x, out double s);
            sigmoid = (float)s;
            return (float)p;
        }

        /// <summary>
        /// The complement of the hyperbolic tangent, 1 - |tanh x| = 2σ(-2|x|), accurate in relative terms where
        /// 1 - |tanh x| would cancel (generated tanh derivatives use it).
        /// </summary>
        /// <param name="x">The input.</param>
        /// <returns>1 - |tanh x| in [0, 1]; 0 at ±∞, NaN for NaN.</returns>
        public static double TanhComplement(double x) => DoubleSpecialFunctions.TanhComplement(x);

        /// <inheritdoc cref="TanhComplement(double)"/>
        public static float TanhComplement(float x) => (float)DoubleSpecialFunctions.TanhComplement(x);

        /// <summary>
        /// The derivative of the hyperbolic tangent, tanh′(x) = 1 - tanh² x = sech² x, computed as c (2 - c) with
        /// c = 1 - |tanh x| so that it keeps its relative accuracy where 1 - tanh² x would cancel (generated tanh
        /// derivatives use it).
        /// </summary>
        /// <param name="x">The input.</param>
        /// <returns>tanh′(x) in [0, 1]; 0 at ±∞, NaN for NaN.</returns>
        public static double TanhDerivative(double x) => DoubleSpecialFunctions.TanhDerivative(x);

        /// <inheritdoc cref="TanhDerivative(double)"/>
        public static float TanhDerivative(float x) => (float)DoubleSpecialFunctions.TanhDerivative(x);

        /// <summary>The softplus function log(1 + e^x), a smooth max(x, 0).</summary>
        /// <param name="x">The input.</param>
        /// <returns>
        /// log(1 + e^x): 0 at -∞, +∞ at +∞, x itself for large x, and e^x (to relative accuracy) for very negative x.
        /// </returns>
        public static double Softplus(double x) => DoubleSpecialFunctions.Softplus(x);

        /// <inheritdoc cref="Softplus(double)"/>
        public static float Softplus(float x) => (float)DoubleSpecialFunctions.Softplus(x);

        /// <summary>log(1 + x), accurate when x is near 0 where log(1 + x) would lose the low bits of x.</summary>
        /// <param name="x">The input.</param>
        /// <returns>log(1 + x); -∞ at -1, NaN below -1, +∞ at +∞.</returns>
        public static double Log1p(double x) => DoubleSpecialFunctions.Log1p(x);

        /// <inheritdoc cref="Log1p(double)"/>
        public static float Log1p(float x) => (float)DoubleSpecialFunctions.Log1p(x);

        /// <summary>e^x - 1, accurate when x is near 0 where exp(x) - 1 would cancel.</summary>
        /// <param name="x">The input.</param>
        /// <returns>e^x - 1; -1 at -∞, +∞ on overflow.</returns>
        public static double Expm1(double x) => DoubleSpecialFunctions.Expm1(x);

        /// <inheritdoc cref="Expm1(double)"/>
        public static float Expm1(float x) => (float)DoubleSpecialFunctions.Expm1(x);

        /// <summary>The error function erf(x) = (2/√π) ∫₀ˣ e^(-t²) dt.</summary>
        /// <param name="x">The input.</param>
        /// <returns>erf(x) in [-1, 1]; ±1 at ±∞.</returns>
        public static double Erf(double x) => DoubleSpecialFunctions.Erf(x);

        /// <inheritdoc cref="Erf(double)"/>
        public static float Erf(float x) => (float)DoubleSpecialFunctions.Erf(x);

        /// <summary>
        /// The complementary error function erfc(x) = 1 - erf(x), accurate relative to its own size for large x
        /// where 1 - erf(x) would be 0.
        /// </summary>
        /// <param name="x">The input.</param>
        /// <returns>erfc(x) in [0, 2]; 2 at -∞, 0 at +∞ and wherever the result underflows (x &gt; 27.3).</returns>
        public static double Erfc(double x) => DoubleSpecialFunctions.Erfc(x);

        /// <inheritdoc cref="Erfc(double)"/>
        public static float Erfc(float x) => (float)DoubleSpecialFunctions.Erfc(x);

        /// <summary>The sign of x as a floating-point value.</summary>
        /// <param name="x">The input.</param>
        /// <returns>
        /// 1 for x &gt; 0, -1 for x &lt; 0, and x itself for ±0 and NaN (so -0 stays -0, as in IEEE copysign-based
        /// sign functions). Unlike <see cref="Math.Sign(double)"/>, it does not throw for NaN.
        /// </returns>
        public static double Sign(double x) => DoubleSpecialFunctions.Sign(x);

        /// <inheritdoc cref="Sign(double)"/>
        public static float Sign(float x) => x > 0 ? 1f : x < 0 ? -1f : x;
    }
}
