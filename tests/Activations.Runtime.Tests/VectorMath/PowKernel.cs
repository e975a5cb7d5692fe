using System;
using System.Numerics;
using System.Runtime.Intrinsics;

namespace Activations.Runtime.Tests.VectorMathTests
{
    /// <summary>VectorMath.Pow over arrays of (x, y) at every width.</summary>
    internal static class PowKernel
    {
        public static float[] Evaluate(Width width, float[] xs, float[] ys) =>
            Evaluate(width, xs, ys, VectorMath.Pow, VectorMath.Pow, VectorMath.Pow, VectorMath.Pow, VectorMath.Pow);

        public static double[] Evaluate(Width width, double[] xs, double[] ys) =>
            Evaluate(width, xs, ys, VectorMath.Pow, VectorMath.Pow, VectorMath.Pow, VectorMath.Pow, VectorMath.Pow);

        private static T[] Evaluate<T>(
            Width width,
            T[] xs,
            T[] ys,
            Func<Vector128<T>, Vector128<T>, Vector128<T>> v128,
            Func<Vector256<T>, Vector256<T>, Vector256<T>> v256,
            Func<Vector512<T>, Vector512<T>, Vector512<T>> v512,
            Func<Vector<T>, Vector<T>, Vector<T>> vector,
            Func<T, T, T> scalar)
            where T : unmanaged
        {
            var results = new T[xs.Length];
            int count = width switch
            {
                Width.Vector512 => Vector512<T>.Count,
                Width.Vector256 => Vector256<T>.Count,
                Width.Vector128 => Vector128<T>.Count,
                Width.VectorT => Vector<T>.Count,
                _ => 1,
            };
            var x = new T[count];
            var y = new T[count];
            var r = new T[count];
            for (int i = 0; i < xs.Length; i += count)
            {
                int n = Math.Min(count, xs.Length - i);
                Array.Clear(x);
                Array.Clear(y);
                Array.Copy(xs, i, x, 0, n);
                Array.Copy(ys, i, y, 0, n);
                switch (width)
                {
                    case Width.Vector512:
                        v512(Vector512.Create(x), Vector512.Create(y)).CopyTo(r);
                        break;
                    case Width.Vector256:
                        v256(Vector256.Create(x), Vector256.Create(y)).CopyTo(r);
                        break;
                    case Width.Vector128:
                        v128(Vector128.Create(x), Vector128.Create(y)).CopyTo(r);
                        break;
                    case Width.VectorT:
                        vector(new Vector<T>(x), new Vector<T>(y)).CopyTo(r);
                        break;
                    default:
                        r[0] = scalar(x[0], y[0]);
                        break;
                }

                Array.Copy(r, 0, results, i, n);
            }

            return results;
        }
    }
}
