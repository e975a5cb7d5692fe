using System;
using System.Numerics;
using System.Runtime.Intrinsics;

namespace Activations.Runtime.Tests.VectorMathTests
{
    /// <summary>Every way to call one VectorMath function: the three fixed widths, <see cref="Vector{T}"/> and the scalar.</summary>
    internal enum Width
    {
        Vector512,
        Vector256,
        Vector128,
        VectorT,
        Scalar,
    }

    /// <summary>A unary VectorMath function at every width, with the double-precision function used as its reference.</summary>
    internal sealed class Kernel<T>
        where T : unmanaged
    {
        public Kernel(
            string name,
            Func<Vector128<T>, Vector128<T>> v128,
            Func<Vector256<T>, Vector256<T>> v256,
            Func<Vector512<T>, Vector512<T>> v512,
            Func<Vector<T>, Vector<T>> vector,
            Func<T, T> scalar,
            Func<double, double> reference)
        {
            Name = name;
            V128 = v128;
            V256 = v256;
            V512 = v512;
            VectorT = vector;
            Scalar = scalar;
            Reference = reference;
        }

        public string Name { get; }

        public Func<Vector128<T>, Vector128<T>> V128 { get; }

        public Func<Vector256<T>, Vector256<T>> V256 { get; }

        public Func<Vector512<T>, Vector512<T>> V512 { get; }

        public Func<Vector<T>, Vector<T>> VectorT { get; }

        public Func<T, T> Scalar { get; }

        public Func<double, double> Reference { get; }

        public override string ToString() => Name;

        /// <summary>f over xs at one width; the last partial vector is padded with zeros.</summary>
        public T[] Evaluate(Width width, ReadOnlySpan<T> xs)
        {
            var results = new T[xs.Length];
            switch (width)
            {
                case Width.Vector512:
                    Chunks(xs, results, Vector512<T>.Count, (s, d) => V512(Vector512.Create<T>(s)).CopyTo(d));
                    break;
                case Width.Vector256:
                    Chunks(xs, results, Vector256<T>.Count, (s, d) => V256(Vector256.Create<T>(s)).CopyTo(d));
                    break;
                case Width.Vector128:
                    Chunks(xs, results, Vector128<T>.Count, (s, d) => V128(Vector128.Create<T>(s)).CopyTo(d));
                    break;
                case Width.VectorT:
                    Chunks(xs, results, Vector<T>.Count, (s, d) => VectorT(new Vector<T>(s)).CopyTo(d));
                    break;
                default:
                    for (int i = 0; i < xs.Length; i++)
                    {
                        results[i] = Scalar(xs[i]);
                    }

                    break;
            }

            return results;
        }

        private delegate void ChunkAction(ReadOnlySpan<T> source, Span<T> destination);

        private static void Chunks(ReadOnlySpan<T> xs, T[] results, int count, ChunkAction action)
        {
            Span<T> input = stackalloc T[count];
            Span<T> output = stackalloc T[count];
            for (int i = 0; i < xs.Length; i += count)
            {
                int n = Math.Min(count, xs.Length - i);
                input.Clear();
                xs.Slice(i, n).CopyTo(input);
                action(input, output);
                output.Slice(0, n).CopyTo(results.AsSpan(i, n));
            }
        }
    }

    /// <summary>The functions under test.</summary>
    internal static class Kernels
    {
        public static readonly Kernel<float>[] Float =
        {
            new("Exp", VectorMath.Exp, VectorMath.Exp, VectorMath.Exp, VectorMath.Exp, VectorMath.Exp, Math.Exp),
            new("Log", VectorMath.Log, VectorMath.Log, VectorMath.Log, VectorMath.Log, VectorMath.Log, Math.Log),
            new("Log1p", VectorMath.Log1p, VectorMath.Log1p, VectorMath.Log1p, VectorMath.Log1p, VectorMath.Log1p, ActivationMath.Log1p),
            new("Expm1", VectorMath.Expm1, VectorMath.Expm1, VectorMath.Expm1, VectorMath.Expm1, VectorMath.Expm1, ActivationMath.Expm1),
            new("Tanh", VectorMath.Tanh, VectorMath.Tanh, VectorMath.Tanh, VectorMath.Tanh, VectorMath.Tanh, Math.Tanh),
            new("Sigmoid", VectorMath.Sigmoid, VectorMath.Sigmoid, VectorMath.Sigmoid, VectorMath.Sigmoid, VectorMath.Sigmoid, ActivationMath.Sigmoid),
            new("Softplus", VectorMath.Softplus, VectorMath.Softplus, VectorMath.Softplus, VectorMath.Softplus, VectorMath.Softplus, ActivationMath.Softplus),
            new("Erf", VectorMath.Erf, VectorMath.Erf, VectorMath.Erf, VectorMath.Erf, VectorMath.Erf, ActivationMath.Erf),
            new("Erfc", VectorMath.Erfc, VectorMath.Erfc, VectorMath.Erfc, VectorMath.Erfc, VectorMath.Erfc, ActivationMath.Erfc),
            new("Sin", VectorMath.Sin, VectorMath.Sin, VectorMath.Sin, VectorMath.Sin, VectorMath.Sin, Math.Sin),
            new("Cos", VectorMath.Cos, VectorMath.Cos, VectorMath.Cos, VectorMath.Cos, VectorMath.Cos, Math.Cos),
            new("Tan", VectorMath.Tan, VectorMath.Tan, VectorMath.Tan, VectorMath.Tan, VectorMath.Tan, Math.Tan),
            new("Sinh", VectorMath.Sinh, VectorMath.Sinh, VectorMath.Sinh, VectorMath.Sinh, VectorMath.Sinh, Math.Sinh),
            new("Cosh", VectorMath.Cosh, VectorMath.Cosh, VectorMath.Cosh, VectorMath.Cosh, VectorMath.Cosh, Math.Cosh),
            new("Atan", VectorMath.Atan, VectorMath.Atan, VectorMath.Atan, VectorMath.Atan, VectorMath.Atan, Math.Atan),
            new("Sign", VectorMath.Sign, VectorMath.Sign, VectorMath.Sign, VectorMath.Sign, VectorMath.Sign, ActivationMath.Sign),
            new("TanhComplement", VectorMath.TanhComplement, VectorMath.TanhComplement, VectorMath.TanhComplement, VectorMath.TanhComplement, VectorMath.TanhComplement, ActivationMath.TanhComplement),
            new(
                "SigmoidComplement",
                static v => { VectorMath.SigmoidWithComplement(v, out Vector128<float> c); return c; },
                static v => { VectorMath.SigmoidWithComplement(v, out Vector256<float> c); return c; },
                static v => { VectorMath.SigmoidWithComplement(v, out Vector512<float> c); return c; },
                static v => { VectorMath.SigmoidWithComplement(v, out Vector<float> c); return c; },
                static v => { VectorMath.SigmoidWithComplement(v, out float c); return c; },
                static x => ActivationMath.Sigmoid(-x)),
            new("SigmoidDerivative", VectorMath.SigmoidDerivative, VectorMath.SigmoidDerivative, VectorMath.SigmoidDerivative, VectorMath.SigmoidDerivative, VectorMath.SigmoidDerivative, ActivationMath.SigmoidDerivative),
            new(
                "SigmoidWithDerivative.value",
                static v => VectorMath.SigmoidWithDerivative(v, out _),
                static v => VectorMath.SigmoidWithDerivative(v, out _),
                static v => VectorMath.SigmoidWithDerivative(v, out _),
                static v => VectorMath.SigmoidWithDerivative(v, out _),
                static v => VectorMath.SigmoidWithDerivative(v, out _),
                ActivationMath.Sigmoid),
            new(
                "SigmoidWithDerivative.derivative",
                static v => { VectorMath.SigmoidWithDerivative(v, out Vector128<float> d); return d; },
                static v => { VectorMath.SigmoidWithDerivative(v, out Vector256<float> d); return d; },
                static v => { VectorMath.SigmoidWithDerivative(v, out Vector512<float> d); return d; },
                static v => { VectorMath.SigmoidWithDerivative(v, out Vector<float> d); return d; },
                static v => { VectorMath.SigmoidWithDerivative(v, out float d); return d; },
                ActivationMath.SigmoidDerivative),
            new("TanhDerivative", VectorMath.TanhDerivative, VectorMath.TanhDerivative, VectorMath.TanhDerivative, VectorMath.TanhDerivative, VectorMath.TanhDerivative, ActivationMath.TanhDerivative),
            new(
                "TanhWithDerivative.value",
                static v => VectorMath.TanhWithDerivative(v, out _),
                static v => VectorMath.TanhWithDerivative(v, out _),
                static v => VectorMath.TanhWithDerivative(v, out _),
                static v => VectorMath.TanhWithDerivative(v, out _),
                static v => VectorMath.TanhWithDerivative(v, out _),
                Math.Tanh),
            new(
                "TanhWithDerivative.derivative",
                static v => { VectorMath.TanhWithDerivative(v, out Vector128<float> d); return d; },
                static v => { VectorMath.TanhWithDerivative(v, out Vector256<float> d); return d; },
                static v => { VectorMath.TanhWithDerivative(v, out Vector512<float> d); return d; },
                static v => { VectorMath.TanhWithDerivative(v, out Vector<float> d); return d; },
                static v => { VectorMath.TanhWithDerivative(v, out float d); return d; },
                ActivationMath.TanhDerivative),
        };

        public static readonly Kernel<double>[] Double =
        {
            new("Exp", VectorMath.Exp, VectorMath.Exp, VectorMath.Exp, VectorMath.Exp, VectorMath.Exp, Math.Exp),
            new("Log", VectorMath.Log, VectorMath.Log, VectorMath.Log, VectorMath.Log, VectorMath.Log, Math.Log),
            new("Log1p", VectorMath.Log1p, VectorMath.Log1p, VectorMath.Log1p, VectorMath.Log1p, VectorMath.Log1p, ActivationMath.Log1p),
            new("Expm1", VectorMath.Expm1, VectorMath.Expm1, VectorMath.Expm1, VectorMath.Expm1, VectorMath.Expm1, ActivationMath.Expm1),
            new("Tanh", VectorMath.Tanh, VectorMath.Tanh, VectorMath.Tanh, VectorMath.Tanh, VectorMath.Tanh, Math.Tanh),
            new("Sigmoid", VectorMath.Sigmoid, VectorMath.Sigmoid, VectorMath.Sigmoid, VectorMath.Sigmoid, VectorMath.Sigmoid, ActivationMath.Sigmoid),
            new("Softplus", VectorMath.Softplus, VectorMath.Softplus, VectorMath.Softplus, VectorMath.Softplus, VectorMath.Softplus, ActivationMath.Softplus),
            new("Erf", VectorMath.Erf, VectorMath.Erf, VectorMath.Erf, VectorMath.Erf, VectorMath.Erf, ActivationMath.Erf),
            new("Erfc", VectorMath.Erfc, VectorMath.Erfc, VectorMath.Erfc, VectorMath.Erfc, VectorMath.Erfc, ActivationMath.Erfc),
            new("Sin", VectorMath.Sin, VectorMath.Sin, VectorMath.Sin, VectorMath.Sin, VectorMath.Sin, Math.Sin),
            new("Cos", VectorMath.Cos, VectorMath.Cos, VectorMath.Cos, VectorMath.Cos, VectorMath.Cos, Math.Cos),
            new("Tan", VectorMath.Tan, VectorMath.Tan, VectorMath.Tan, VectorMath.Tan, VectorMath.Tan, Math.Tan),
            new("Sinh", VectorMath.Sinh, VectorMath.Sinh, VectorMath.Sinh, VectorMath.Sinh, VectorMath.Sinh, Math.Sinh),
            new("Cosh", VectorMath.Cosh, VectorMath.Cosh, VectorMath.Cosh, VectorMath.Cosh, VectorMath.Cosh, Math.Cosh),
            new("Atan", VectorMath.Atan, VectorMath.Atan, VectorMath.Atan, VectorMath.Atan, VectorMath.Atan, Math.Atan),
            new("Sign", VectorMath.Sign, VectorMath.Sign, VectorMath.Sign, VectorMath.Sign, VectorMath.Sign, ActivationMath.Sign),
            new("TanhComplement", VectorMath.TanhComplement, VectorMath.TanhComplement, VectorMath.TanhComplement, VectorMath.TanhComplement, VectorMath.TanhComplement, ActivationMath.TanhComplement),
            new(
                "SigmoidComplement",
                static v => { VectorMath.SigmoidWithComplement(v, out Vector128<double> c); return c; },
                static v => { VectorMath.SigmoidWithComplement(v, out Vector256<double> c); return c; },
                static v => { VectorMath.SigmoidWithComplement(v, out Vector512<double> c); return c; },
                static v => { VectorMath.SigmoidWithComplement(v, out Vector<double> c); return c; },
                static v => { VectorMath.SigmoidWithComplement(v, out double c); return c; },
                static x => ActivationMath.Sigmoid(-x)),
            new("SigmoidDerivative", VectorMath.SigmoidDerivative, VectorMath.SigmoidDerivative, VectorMath.SigmoidDerivative, VectorMath.SigmoidDerivative, VectorMath.SigmoidDerivative, ActivationMath.SigmoidDerivative),
            new(
                "SigmoidWithDerivative.value",
                static v => VectorMath.SigmoidWithDerivative(v, out _),
                static v => VectorMath.SigmoidWithDerivative(v, out _),
                static v => VectorMath.SigmoidWithDerivative(v, out _),
                static v => VectorMath.SigmoidWithDerivative(v, out _),
                static v => VectorMath.SigmoidWithDerivative(v, out _),
                ActivationMath.Sigmoid),
            new(
                "SigmoidWithDerivative.derivative",
                static v => { VectorMath.SigmoidWithDerivative(v, out Vector128<double> d); return d; },
                static v => { VectorMath.SigmoidWithDerivative(v, out Vector256<double> d); return d; },
                static v => { VectorMath.SigmoidWithDerivative(v, out Vector512<double> d); return d; },
                static v => { VectorMath.SigmoidWithDerivative(v, out Vector<double> d); return d; },
                static v => { VectorMath.SigmoidWithDerivative(v, out double d); return d; },
                ActivationMath.SigmoidDerivative),
            new("TanhDerivative", VectorMath.TanhDerivative, VectorMath.TanhDerivative, VectorMath.TanhDerivative, VectorMath.TanhDerivative, VectorMath.TanhDerivative, ActivationMath.TanhDerivative),
            new(
                "TanhWithDerivative.value",
                static v => VectorMath.TanhWithDerivative(v, out _),
                static v => VectorMath.TanhWithDerivative(v, out _),
                static v => VectorMath.TanhWithDerivative(v, out _),
                static v => VectorMath.TanhWithDerivative(v, out _),
                static v => VectorMath.TanhWithDerivative(v, out _),
                Math.Tanh),
            new(
                "TanhWithDerivative.derivative",
                static v => { VectorMath.TanhWithDerivative(v, out Vector128<double> d); return d; },
                static v => { VectorMath.TanhWithDerivative(v, out Vector256<double> d); return d; },
                static v => { VectorMath.TanhWithDerivative(v, out Vector512<double> d); return d; },
                static v => { VectorMath.TanhWithDerivative(v, out Vector<double> d); return d; },
                static v => { VectorMath.TanhWithDerivative(v, out double d); return d; },
                ActivationMath.TanhDerivative),
        };

        public static Kernel<float> FloatNamed(string name) => Array.Find(Float, k => k.Name == name)!;

        public static Kernel<double> DoubleNamed(string name) => Array.Find(Double, k => k.Name == name)!;

        public static readonly Width[] Widths = (Width[])Enum.GetValues(typeof(Width));
    }
}
