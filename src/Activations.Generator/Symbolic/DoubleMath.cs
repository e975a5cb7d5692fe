using System;
using Activations.Internal;

namespace Activations.Generator.Symbolic
{
    /// <summary>Double-precision values of the DSL's functions, for constant folding and the interpreter.</summary>
    /// <remarks>The special functions come from the runtime's own source file (linked into this assembly), so compile-time
    /// folding and run-time evaluation agree.</remarks>
    public static class DoubleMath
    {
        public static double Evaluate(Function function, double x)
        {
            switch (function)
            {
                case Function.Exp: return Math.Exp(x);
                case Function.Log: return Math.Log(x);
                case Function.Log1p: return DoubleSpecialFunctions.Log1p(x);
                case Function.Expm1: return DoubleSpecialFunctions.Expm1(x);
                case Function.Sqrt: return Math.Sqrt(x);
                case Function.Abs: return Math.Abs(x);
                case Function.Sign: return DoubleSpecialFunctions.Sign(x);
                case Function.Sin: return Math.Sin(x);
                case Function.Cos: return Math.Cos(x);
                case Function.Tan: return Math.Tan(x);
                case Function.Tanh: return Math.Tanh(x);
                case Function.Sinh: return Math.Sinh(x);
                case Function.Cosh: return Math.Cosh(x);
                case Function.Atan: return Math.Atan(x);
                case Function.Sigmoid: return DoubleSpecialFunctions.Sigmoid(x);
                case Function.Softplus: return DoubleSpecialFunctions.Softplus(x);
                case Function.Erf: return DoubleSpecialFunctions.Erf(x);
                case Function.Erfc: return DoubleSpecialFunctions.Erfc(x);
                case Function.SigmoidDerivative: return DoubleSpecialFunctions.SigmoidDerivative(x);
                case Function.TanhDerivative: return DoubleSpecialFunctions.TanhDerivative(x);
                default: throw new ArgumentOutOfRangeException(nameof(function));
            }
        }
    }
}
