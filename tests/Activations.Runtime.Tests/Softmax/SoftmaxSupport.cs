using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using Activations.Runtime.Tests.Kernels;

namespace Activations.Runtime.Tests.SoftmaxTests
{
    internal delegate void VectorForward<T>(ReadOnlySpan<T> x, Span<T> destination);

    internal delegate void MatrixForward<T>(ReadOnlySpan<T> x, Span<T> destination, int rowLength);

    internal delegate void VectorBackward<T>(ReadOnlySpan<T> y, ReadOnlySpan<T> outputGradient, Span<T> inputGradient);

    internal delegate void MatrixBackward<T>(ReadOnlySpan<T> y, ReadOnlySpan<T> outputGradient, Span<T> inputGradient, int rowLength);

    /// <summary>A forward member of the family: its single-vector and matrix overloads for one element type.</summary>
    internal sealed record ForwardOp<T>(string Name, VectorForward<T> Vector, MatrixForward<T> Matrix);

    /// <summary>A backward member of the family, with the forward member whose output it takes as y.</summary>
    internal sealed record BackwardOp<T>(string Name, VectorBackward<T> Vector, MatrixBackward<T> Matrix, ForwardOp<T> Forward);

    /// <summary>The public API as delegates, so one generic test body covers float and double.</summary>
    internal sealed class SoftmaxApi<T>
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        public required ForwardOp<T> Softmax { get; init; }

        public required ForwardOp<T> LogSoftmax { get; init; }

        public required ForwardOp<T> Softmin { get; init; }

        public required BackwardOp<T> SoftmaxBackward { get; init; }

        public required BackwardOp<T> LogSoftmaxBackward { get; init; }

        public required BackwardOp<T> SoftminBackward { get; init; }

        public IEnumerable<ForwardOp<T>> Forwards => [Softmax, LogSoftmax, Softmin];

        public IEnumerable<BackwardOp<T>> Backwards => [SoftmaxBackward, LogSoftmaxBackward, SoftminBackward];
    }

    internal static class SoftmaxApi
    {
        private static readonly SoftmaxApi<float> Single = Create<float>(
            new("Softmax", ActivationFunctions.Softmax, ActivationFunctions.Softmax),
            new("LogSoftmax", ActivationFunctions.LogSoftmax, ActivationFunctions.LogSoftmax),
            new("Softmin", ActivationFunctions.Softmin, ActivationFunctions.Softmin),
            (f => new("SoftmaxBackward", ActivationFunctions.SoftmaxBackward, ActivationFunctions.SoftmaxBackward, f)),
            (f => new("LogSoftmaxBackward", ActivationFunctions.LogSoftmaxBackward, ActivationFunctions.LogSoftmaxBackward, f)),
            (f => new("SoftminBackward", ActivationFunctions.SoftminBackward, ActivationFunctions.SoftminBackward, f)));

        private static readonly SoftmaxApi<double> Double = Create<double>(
            new("Softmax", ActivationFunctions.Softmax, ActivationFunctions.Softmax),
            new("LogSoftmax", ActivationFunctions.LogSoftmax, ActivationFunctions.LogSoftmax),
            new("Softmin", ActivationFunctions.Softmin, ActivationFunctions.Softmin),
            (f => new("SoftmaxBackward", ActivationFunctions.SoftmaxBackward, ActivationFunctions.SoftmaxBackward, f)),
            (f => new("LogSoftmaxBackward", ActivationFunctions.LogSoftmaxBackward, ActivationFunctions.LogSoftmaxBackward, f)),
            (f => new("SoftminBackward", ActivationFunctions.SoftminBackward, ActivationFunctions.SoftminBackward, f)));

        public static SoftmaxApi<T> For<T>()
            where T : unmanaged, IBinaryFloatingPointIeee754<T> =>
            typeof(T) == typeof(float) ? (SoftmaxApi<T>)(object)Single
            : typeof(T) == typeof(double) ? (SoftmaxApi<T>)(object)Double
            : throw new NotSupportedException(typeof(T).Name);

        private static SoftmaxApi<T> Create<T>(
            ForwardOp<T> softmax,
            ForwardOp<T> logSoftmax,
            ForwardOp<T> softmin,
            Func<ForwardOp<T>, BackwardOp<T>> softmaxBackward,
            Func<ForwardOp<T>, BackwardOp<T>> logSoftmaxBackward,
            Func<ForwardOp<T>, BackwardOp<T>> softminBackward)
            where T : unmanaged, IBinaryFloatingPointIeee754<T> => new()
            {
                Softmax = softmax,
                LogSoftmax = logSoftmax,
                Softmin = softmin,
                SoftmaxBackward = softmaxBackward(softmax),
                LogSoftmaxBackward = logSoftmaxBackward(logSoftmax),
                SoftminBackward = softminBackward(softmin),
            };
    }

    /// <summary>
    /// Independent references in double, written from the definitions (not from the implementation's passes), and the
    /// error bounds the comparisons use.
    /// </summary>
    /// <remarks>
    /// <para>Every bound is first-order rounding-error analysis of the formula as the implementation evaluates it, with
    /// u = ε/2 the unit roundoff of T and the per-call bounds VectorMath is held to (issue 3: 2 ulp for exp and log, so a
    /// relative 4u), plus the same analysis of the double reference itself (System.Math: 1 ulp, a relative 2u_d). For float
    /// the reference's share is negligible; for double both sides round alike, so it is as large as the implementation's.
    /// A factor 1.01 covers the second-order terms (products of two roundings, below n²u² here).</para>
    /// </remarks>
    internal static class SoftmaxReference
    {
        private const double SecondOrder = 1.01;
        private const double VectorMathUlps = 2;
        private const double SystemMathUlps = 1;

        /// <summary>u = ε/2 of T.</summary>
        public static double UnitRoundoff<T>()
            where T : unmanaged, IBinaryFloatingPointIeee754<T> => double.CreateTruncating(T.BitIncrement(T.One) - T.One) / 2;

        /// <summary>ε of T: the spacing at 1.</summary>
        public static double Epsilon<T>()
            where T : unmanaged, IBinaryFloatingPointIeee754<T> => 2 * UnitRoundoff<T>();

        /// <summary>The smallest positive subnormal of T: the absolute error of a result that underflows.</summary>
        public static double Tiny<T>()
            where T : unmanaged, IBinaryFloatingPointIeee754<T> => double.CreateTruncating(T.Epsilon);

        public static double[] ToDouble<T>(ReadOnlySpan<T> values)
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            var result = new double[values.Length];
            for (int i = 0; i < values.Length; i++)
            {
                result[i] = double.CreateTruncating(values[i]);
            }

            return result;
        }

        /// <summary>e^{x_i} / Σ e^{x_j}, shifted by the maximum so that it stays finite.</summary>
        public static double[] Softmax(double[] x)
        {
            double m = x.Max();
            double[] e = x.Select(v => Math.Exp(v - m)).ToArray();
            double sum = e.Sum();
            return e.Select(v => v / sum).ToArray();
        }

        /// <summary>(x_i − m) − log Σ e^{x_j − m}.</summary>
        public static double[] LogSoftmax(double[] x)
        {
            double m = x.Max();
            double log = Math.Log(x.Sum(v => Math.Exp(v - m)));
            return x.Select(v => (v - m) - log).ToArray();
        }

        /// <summary>Softmax(−x).</summary>
        public static double[] Softmin(double[] x) => Softmax(x.Select(v => -v).ToArray());

        /// <summary>The reference of a forward member, by name.</summary>
        public static double[] Forward(string name, double[] x) => name switch
        {
            "Softmax" => Softmax(x),
            "LogSoftmax" => LogSoftmax(x),
            "Softmin" => Softmin(x),
            _ => throw new ArgumentException(name, nameof(name)),
        };

        /// <summary>
        /// Σ_j g_j J_jk with the softmax Jacobian built entry by entry from the probabilities p: J_jk = ∂p_j/∂x_k =
        /// p_j(δ_jk − p_k), times <paramref name="sign"/> (−1 for softmin, whose input enters negated).
        /// </summary>
        public static double[] SoftmaxJacobianProduct(double[] p, double[] g, double sign)
        {
            int n = p.Length;
            var result = new double[n];
            for (int k = 0; k < n; k++)
            {
                double s = 0;
                for (int j = 0; j < n; j++)
                {
                    double jacobian = sign * p[j] * ((j == k ? 1.0 : 0.0) - p[k]);
                    s += g[j] * jacobian;
                }

                result[k] = s;
            }

            return result;
        }

        /// <summary>Σ_j g_j J_jk with the log-softmax Jacobian J_jk = ∂l_j/∂x_k = δ_jk − p_k, p_k = e^{l_k}.</summary>
        public static double[] LogSoftmaxJacobianProduct(double[] l, double[] g)
        {
            int n = l.Length;
            var result = new double[n];
            for (int k = 0; k < n; k++)
            {
                double pk = Math.Exp(l[k]);
                double s = 0;
                for (int j = 0; j < n; j++)
                {
                    s += g[j] * ((j == k ? 1.0 : 0.0) - pk);
                }

                result[k] = s;
            }

            return result;
        }

        /// <summary>
        /// The allowed |computed − reference| for element i of Softmax (or Softmin, with <paramref name="sign"/> = −1) of
        /// x. With d_j = s·x_j − m: each e_j = exp(d_j) carries exp's error and the rounding δ_j of d_j, which exp turns
        /// into a relative δ_j; Σe adds (n − 1)u; the division u; y_i's error is e_i's plus the sum's (at most the largest
        /// e_j's). Results that underflow are off by at most a subnormal step or two.
        /// </summary>
        public static double SoftmaxAllowed<T>(double[] x, int i, double reference, double sign)
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            double Side(double u, double expUlps, Func<double, double, double> rounding)
            {
                double m = x.Max(v => sign * v);
                double worst = x.Max(v => Math.Abs(rounding(sign * v, m)));
                double own = Math.Abs(rounding(sign * x[i], m));
                double expError = 2 * expUlps * u;
                return (expError + own) + (expError + worst) + (x.Length - 1) * u + u;
            }

            double relative = Side(UnitRoundoff<T>(), VectorMathUlps, DifferenceRounding<T>)
                + Side(UnitRoundoff<double>(), SystemMathUlps, DifferenceRounding<double>);
            return SecondOrder * relative * Math.Abs(reference) + 2 * Tiny<T>();
        }

        /// <summary>
        /// The allowed |computed − reference| for element i of LogSoftmax: the rounding of x_i − m, the sum's relative
        /// error (which log turns into an absolute one), log's relative error on log Σ ∈ [0, log n], and the final
        /// subtraction's rounding.
        /// </summary>
        public static double LogSoftmaxAllowed<T>(double[] x, int i, double reference)
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            double m = x.Max();
            double logSum = Math.Log(x.Sum(v => Math.Exp(v - m)));

            double Side(double u, double ulps, Func<double, double, double> rounding)
            {
                double worst = x.Max(v => Math.Abs(rounding(v, m)));
                double sumError = (2 * ulps * u + worst) + (x.Length - 1) * u;
                return Math.Abs(rounding(x[i], m)) + sumError + 2 * ulps * u * logSum + u * Math.Abs(reference);
            }

            return SecondOrder * (Side(UnitRoundoff<T>(), VectorMathUlps, DifferenceRounding<T>)
                + Side(UnitRoundoff<double>(), SystemMathUlps, DifferenceRounding<double>));
        }

        /// <summary>
        /// The allowed error of SoftmaxBackward (or SoftminBackward) at k: the fused dot product Σ g·y is off by n·u·Σ|g·y|,
        /// g_k − Σ g·y rounds once, the product once; the reference's Jacobian entries round twice and its sum n − 1
        /// times. Both are bounded by (n + 2)·u·|y_k|·(|g_k| + Σ|g_j·y_j|).
        /// </summary>
        public static double SoftmaxBackwardAllowed<T>(double[] y, double[] g, int k)
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            double scale = Math.Abs(y[k]) * (Math.Abs(g[k]) + y.Zip(g, (a, b) => Math.Abs(a * b)).Sum());
            return SecondOrder * (y.Length + 2) * (UnitRoundoff<T>() + UnitRoundoff<double>()) * scale + 4 * Tiny<T>();
        }

        /// <summary>
        /// The allowed error of LogSoftmaxBackward at k: exp(y_k) (4u), Σg ((n − 1)u·Σ|g|) and the fused multiply-add (u)
        /// for the implementation; 4u per term and n − 1 additions for the explicit Jacobian product. Both are bounded by
        /// (n + 4)·u·(|g_k| + e^{y_k}·Σ|g_j|).
        /// </summary>
        public static double LogSoftmaxBackwardAllowed<T>(double[] y, double[] g, int k)
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            double scale = Math.Abs(g[k]) + Math.Exp(y[k]) * g.Sum(Math.Abs);
            return SecondOrder * (y.Length + 4) * (UnitRoundoff<T>() + UnitRoundoff<double>()) * scale + 4 * Tiny<T>();
        }

        /// <summary>
        /// fl_T(a − b) − (a − b), exactly: the rounding error of the subtraction in T. The exact difference is
        /// s + t by Knuth's TwoSum in double; for float a and b, s is already exact.
        /// </summary>
        public static double DifferenceRounding<T>(double a, double b)
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            double rounded = double.CreateTruncating(T.CreateTruncating(a) - T.CreateTruncating(b));
            double s = a - b;
            double bb = s - a;
            double t = (a - (s - bb)) + (-b - bb);
            return (rounded - s) - t;
        }

        /// <summary>Neumaier's compensated sum: the sum of ≤ 100 terms to within a few ulps of double.</summary>
        public static double CompensatedSum(IEnumerable<double> values)
        {
            double sum = 0;
            double compensation = 0;
            foreach (double v in values)
            {
                double t = sum + v;
                compensation += Math.Abs(sum) >= Math.Abs(v) ? (sum - t) + v : (v - t) + sum;
                sum = t;
            }

            return sum + compensation;
        }
    }

    /// <summary>Inputs: deterministic pseudo-random rows, and the lengths every test runs.</summary>
    internal static class SoftmaxInputs
    {
        /// <summary>1 … 3 × the widest vector + 3: every path, full vectors and every overlapping tail.</summary>
        public static IEnumerable<int> Lengths<T>() => Enumerable.Range(1, Widths.MaxLength<T>());

        /// <summary>
        /// The row lengths of the matrix tests: the brief's 1, 3, 17, 64, 65 and the widths around each vector size.
        /// </summary>
        public static IEnumerable<int> RowLengths<T>()
        {
            int w = Widths.Widest<T>();
            return new[] { 1, 2, 3, 5, 17, 64, 65, w - 1, w, w + 1, 2 * w + 3 }.Where(r => r > 0).Distinct().OrderBy(r => r);
        }

        /// <summary>(scale, offset) pairs: x = offset + scale·U(−1, 1). Offsets of 1000 would overflow an unshifted exp.</summary>
        public static readonly (double Scale, double Offset)[] Ranges = [(1, 0), (10, 0), (60, 0), (5, 1000), (3, -1e4)];

        public static T[] Uniform<T>(Random random, int n, double scale, double offset)
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            var x = new T[n];
            for (int i = 0; i < n; i++)
            {
                x[i] = T.CreateTruncating(offset + scale * (2 * random.NextDouble() - 1));
            }

            return x;
        }

        public static string Show<T>(IEnumerable<T> values) => "[" + string.Join(", ", values.Select(v => $"{v:R}")) + "]";
    }
}
