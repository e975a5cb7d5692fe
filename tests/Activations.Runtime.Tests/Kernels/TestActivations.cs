using Activations;

namespace Activations.Runtime.Tests.Kernels
{
    // Kept in step with KernelCases, which says which inputs each is tested on and why the formula's domain is finite there.
    /// <summary>The test activations in <see cref="float"/>: every DSL function on a domain where it is finite, and composed activations.</summary>
    public static partial class SingleActivations
    {
        [Activation("exp(0.25 * x)")]
        public static partial float Exp(float x);

        [Activation("log(2 + x * x)")]
        public static partial float Log(float x);

        [Activation("log1p(x * x)")]
        public static partial float Log1p(float x);

        [Activation("expm1(0.25 * x)")]
        public static partial float Expm1(float x);

        [Activation("sqrt(1 + x * x)")]
        public static partial float Sqrt(float x);

        [Activation("abs(x - 1)")]
        public static partial float Abs(float x);

        [Activation("x * sign(x - 0.5)")]
        public static partial float Sign(float x);

        [Activation("sin(x)")]
        public static partial float Sin(float x);

        [Activation("cos(x)")]
        public static partial float Cos(float x);

        [Activation("tan(0.5 * x)")]
        public static partial float Tan(float x);

        [Activation("tanh(x)")]
        public static partial float Tanh(float x);

        [Activation("sinh(0.25 * x)")]
        public static partial float Sinh(float x);

        [Activation("cosh(0.25 * x)")]
        public static partial float Cosh(float x);

        [Activation("atan(x)")]
        public static partial float Atan(float x);

        [Activation("sigmoid(x)")]
        public static partial float Sigmoid(float x);

        [Activation("softplus(x)")]
        public static partial float Softplus(float x);

        [Activation("erf(x)")]
        public static partial float Erf(float x);

        [Activation("erfc(x)")]
        public static partial float Erfc(float x);

        [Activation("min(x, 0.5 * x)")]
        public static partial float Min(float x);

        [Activation("max(x, 0)")]
        public static partial float Max(float x);

        [Activation("clamp(x, -1, 2)")]
        public static partial float Clamp(float x);

        [Activation("pow(1 + x * x, p)")]
        public static partial float Pow(float x, float p = 0.75f);

        [Activation("x ^ 3 - x ^ 2")]
        public static partial float Cube(float x);

        [Activation("x * sigmoid(beta * x)")]
        public static partial float Swish(float x, float beta);

        [Activation("0.5 * x * (1 + erf(x / sqrt(2)))")]
        public static partial float Gelu(float x);

        [Activation("0.5 * x * (1 + tanh(0.7978845608028654 * (x + 0.044715 * x ^ 3)))")]
        public static partial float GeluTanh(float x);

        [Activation("x * tanh(softplus(x))")]
        public static partial float Mish(float x);

        [Activation("x > 0 ? x : alpha * expm1(x)")]
        public static partial float Elu(float x, float alpha = 1.0f);

        [Activation("x > 0 ? x : slope * x")]
        public static partial float LeakyRelu(float x, float slope);

        [Activation("(x > -1 && x < 2) || (x > 1 && x < 4) ? x * x : (x <= -3 || !(x < 6) ? 0.5 * x : (x != -2 ? abs(x) - 0.5 : 7))")]
        public static partial float Piecewise(float x);

        [Activation("clamp(x, lo, hi)")]
        public static partial float HardTanh(float x, float lo, float hi);

        [Activation("1.0507009873554805 * (x > 0 ? x : 1.6732632423543772 * expm1(x))")]
        public static partial float Selu(float x);

        [Activation("x / (1 + abs(x))")]
        public static partial float Softsign(float x);
    }

    /// <summary>The test activations in <see cref="double"/>: every DSL function on a domain where it is finite, and composed activations.</summary>
    public static partial class DoubleActivations
    {
        [Activation("exp(0.25 * x)")]
        public static partial double Exp(double x);

        [Activation("log(2 + x * x)")]
        public static partial double Log(double x);

        [Activation("log1p(x * x)")]
        public static partial double Log1p(double x);

        [Activation("expm1(0.25 * x)")]
        public static partial double Expm1(double x);

        [Activation("sqrt(1 + x * x)")]
        public static partial double Sqrt(double x);

        [Activation("abs(x - 1)")]
        public static partial double Abs(double x);

        [Activation("x * sign(x - 0.5)")]
        public static partial double Sign(double x);

        [Activation("sin(x)")]
        public static partial double Sin(double x);

        [Activation("cos(x)")]
        public static partial double Cos(double x);

        [Activation("tan(0.5 * x)")]
        public static partial double Tan(double x);

        [Activation("tanh(x)")]
        public static partial double Tanh(double x);

        [Activation("sinh(0.25 * x)")]
        public static partial double Sinh(double x);

        [Activation("cosh(0.25 * x)")]
        public static partial double Cosh(double x);

        [Activation("atan(x)")]
        public static partial double Atan(double x);

        [Activation("sigmoid(x)")]
        public static partial double Sigmoid(double x);

        [Activation("softplus(x)")]
        public static partial double Softplus(double x);

        [Activation("erf(x)")]
        public static partial double Erf(double x);

        [Activation("erfc(x)")]
        public static partial double Erfc(double x);

        [Activation("min(x, 0.5 * x)")]
        public static partial double Min(double x);

        [Activation("max(x, 0)")]
        public static partial double Max(double x);

        [Activation("clamp(x, -1, 2)")]
        public static partial double Clamp(double x);

        [Activation("pow(1 + x * x, p)")]
        public static partial double Pow(double x, double p = 0.75);

        [Activation("x ^ 3 - x ^ 2")]
        public static partial double Cube(double x);

        [Activation("x * sigmoid(beta * x)")]
        public static partial double Swish(double x, double beta);

        [Activation("0.5 * x * (1 + erf(x / sqrt(2)))")]
        public static partial double Gelu(double x);

        [Activation("0.5 * x * (1 + tanh(0.7978845608028654 * (x + 0.044715 * x ^ 3)))")]
        public static partial double GeluTanh(double x);

        [Activation("x * tanh(softplus(x))")]
        public static partial double Mish(double x);

        [Activation("x > 0 ? x : alpha * expm1(x)")]
        public static partial double Elu(double x, double alpha = 1.0);

        [Activation("x > 0 ? x : slope * x")]
        public static partial double LeakyRelu(double x, double slope);

        [Activation("(x > -1 && x < 2) || (x > 1 && x < 4) ? x * x : (x <= -3 || !(x < 6) ? 0.5 * x : (x != -2 ? abs(x) - 0.5 : 7))")]
        public static partial double Piecewise(double x);

        [Activation("clamp(x, lo, hi)")]
        public static partial double HardTanh(double x, double lo, double hi);

        [Activation("1.0507009873554805 * (x > 0 ? x : 1.6732632423543772 * expm1(x))")]
        public static partial double Selu(double x);

        [Activation("x / (1 + abs(x))")]
        public static partial double Softsign(double x);
    }
}
