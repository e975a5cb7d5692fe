using System;
using System.Numerics;
using System.Runtime.Intrinsics;
using Xunit;

namespace Activations.Runtime.Tests.Kernels
{
    /// <summary>
    /// ActivationKernels on its own, with hand-written kernels whose results are exact (small integers), so that any
    /// difference is a loop, tail or dispatch fault rather than rounding: every element written once with its own
    /// input, the widest path chosen, the overlapping last vector reading inputs from before the loop wrote them.
    /// </summary>
    public sealed class RuntimeKernelTests
    {
        /// <summary>f(x) = 2x + 1 at every width; applying it twice to an element (a tail read after a write) gives 4x + 3.</summary>
        private readonly struct Affine<T> : IActivationKernel<T>
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            private static readonly T Two = T.CreateTruncating(2);

            public T Invoke(T x) => Two * x + T.One;

            public Vector128<T> Invoke(Vector128<T> x) => Vector128.Create(Two) * x + Vector128<T>.One;

            public Vector256<T> Invoke(Vector256<T> x) => Vector256.Create(Two) * x + Vector256<T>.One;

            public Vector512<T> Invoke(Vector512<T> x) => Vector512.Create(Two) * x + Vector512<T>.One;
        }

        /// <summary>Returns, for every element, the width in elements of the path that computed it (1 for scalar).</summary>
        private readonly struct WidthProbe<T> : IActivationKernel<T>
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            public T Invoke(T x) => T.One;

            public Vector128<T> Invoke(Vector128<T> x) => Vector128.Create(T.CreateTruncating(Vector128<T>.Count));

            public Vector256<T> Invoke(Vector256<T> x) => Vector256.Create(T.CreateTruncating(Vector256<T>.Count));

            public Vector512<T> Invoke(Vector512<T> x) => Vector512.Create(T.CreateTruncating(Vector512<T>.Count));
        }

        /// <summary>f = 2x + 1 and f′ = x + 3, exactly, at every width.</summary>
        private readonly struct AffineWithDerivative<T> : IActivationKernelWithDerivative<T>
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            private static readonly T Two = T.CreateTruncating(2);
            private static readonly T Three = T.CreateTruncating(3);

            public T Invoke(T x, out T derivative)
            {
                derivative = x + Three;
                return Two * x + T.One;
            }

            public Vector128<T> Invoke(Vector128<T> x, out Vector128<T> derivative)
            {
                derivative = x + Vector128.Create(Three);
                return Vector128.Create(Two) * x + Vector128<T>.One;
            }

            public Vector256<T> Invoke(Vector256<T> x, out Vector256<T> derivative)
            {
                derivative = x + Vector256.Create(Three);
                return Vector256.Create(Two) * x + Vector256<T>.One;
            }

            public Vector512<T> Invoke(Vector512<T> x, out Vector512<T> derivative)
            {
                derivative = x + Vector512.Create(Three);
                return Vector512.Create(Two) * x + Vector512<T>.One;
            }
        }

        [Fact]
        public void Span_lengths_run_on_the_widest_width_that_fits_with_no_scalar_tail()
        {
            WidthsMatch<float>();
            WidthsMatch<double>();
        }

        [Fact]
        public void Map_writes_f_of_each_element_once_at_every_length_offset_and_in_place()
        {
            MapIsExact<float>();
            MapIsExact<double>();
        }

        [Fact]
        public void MapBackward_multiplies_each_gradient_by_its_own_derivative_including_in_place()
        {
            MapBackwardIsExact<float>();
            MapBackwardIsExact<double>();
        }

        [Fact]
        public void MapWithDerivative_writes_both_outputs_once_including_in_place()
        {
            MapWithDerivativeIsExact<float>();
            MapWithDerivativeIsExact<double>();
        }

        [Fact]
        public void SumProduct_counts_every_element_once_including_the_overlapping_tail()
        {
            SumProductIsExact<float>();
            SumProductIsExact<double>();
        }

        private static void WidthsMatch<T>()
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            Assert.True(Vector512.IsHardwareAccelerated || Vector256.IsHardwareAccelerated || Vector128.IsHardwareAccelerated, "no accelerated vector width: these tests would only exercise the scalar path");
            for (int n = 0; n <= Widths.MaxLength<T>(); n++)
            {
                var destination = new T[n];
                ActivationKernels.Map(new T[n], destination, new WidthProbe<T>());
                T expected = T.CreateTruncating(Widths.PathFor<T>(n));
                for (int i = 0; i < n; i++)
                {
                    Assert.True(destination[i] == expected, $"{typeof(T).Name}, length {n}: element {i} was computed {Describe(destination[i])}, expected {Describe(expected)}.");
                }
            }
        }

        private static string Describe<T>(T width)
            where T : IBinaryFloatingPointIeee754<T> => width == T.One ? "by the scalar loop" : $"{width} lanes wide";

        private static void MapIsExact<T>()
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            T sentinel = T.CreateTruncating(-7777.25);
            for (int n = 0; n <= Widths.MaxLength<T>(); n++)
            {
                for (int offset = 0; offset < 4; offset++)
                {
                    T[] x = Counting<T>(n + 8, 10);
                    T[] destination = Filled(n + 8, sentinel);
                    ActivationKernels.Map(new ReadOnlySpan<T>(x, offset, n), destination.AsSpan(3 - offset, n), new Affine<T>());
                    for (int i = 0; i < destination.Length; i++)
                    {
                        int j = i - (3 - offset);
                        T expected = j >= 0 && j < n ? ApplyAffine(x[offset + j]) : sentinel;
                        Assert.True(destination[i] == expected, $"{typeof(T).Name}, length {n}, offset {offset}: destination buffer[{i}] = {destination[i]}, expected {expected}.");
                    }

                    T[] inPlace = (T[])x.Clone();
                    ActivationKernels.Map(new ReadOnlySpan<T>(inPlace, offset, n), inPlace.AsSpan(offset, n), new Affine<T>());
                    for (int i = 0; i < inPlace.Length; i++)
                    {
                        T expected = i >= offset && i < offset + n ? ApplyAffine(x[i]) : x[i];
                        Assert.True(inPlace[i] == expected, $"{typeof(T).Name}, length {n}, offset {offset}, in place: buffer[{i}] = {inPlace[i]}, expected {expected}.");
                    }
                }
            }
        }

        private static void MapBackwardIsExact<T>()
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            T sentinel = T.CreateTruncating(-7777.25);
            for (int n = 0; n <= Widths.MaxLength<T>(); n++)
            {
                T[] x = Counting<T>(n, 1);
                T[] g = Counting<T>(n, 100);
                T[] expected = new T[n];
                for (int i = 0; i < n; i++)
                {
                    expected[i] = g[i] * ApplyAffine(x[i]);
                }

                T[] destination = Filled(n + 2, sentinel);
                ActivationKernels.MapBackward<T, Affine<T>>(x, g, destination.AsSpan(1, n), default);
                AssertEqual(expected, destination.AsSpan(1, n), $"{typeof(T).Name}, length {n}");
                Assert.True(destination[0] == sentinel && destination[n + 1] == sentinel, $"length {n}: a guard element was written");

                T[] xInPlace = (T[])x.Clone();
                ActivationKernels.MapBackward<T, Affine<T>>(xInPlace, g, xInPlace, default);
                AssertEqual(expected, xInPlace, $"{typeof(T).Name}, length {n}, inputGradient == x");

                T[] gInPlace = (T[])g.Clone();
                ActivationKernels.MapBackward<T, Affine<T>>(x, gInPlace, gInPlace, default);
                AssertEqual(expected, gInPlace, $"{typeof(T).Name}, length {n}, inputGradient == outputGradient");
            }
        }

        private static void MapWithDerivativeIsExact<T>()
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            T three = T.CreateTruncating(3);
            for (int n = 0; n <= Widths.MaxLength<T>(); n++)
            {
                T[] x = Counting<T>(n, 1);
                T[] values = new T[n];
                T[] derivatives = new T[n];
                ActivationKernels.MapWithDerivative<T, AffineWithDerivative<T>>(x, values, derivatives, default);
                T[] expectedValues = Array.ConvertAll(x, ApplyAffine<T>);
                T[] expectedDerivatives = Array.ConvertAll(x, v => v + three);
                AssertEqual(expectedValues, values, $"{typeof(T).Name}, length {n}, values");
                AssertEqual(expectedDerivatives, derivatives, $"{typeof(T).Name}, length {n}, derivatives");

                T[] valuesInPlace = (T[])x.Clone();
                ActivationKernels.MapWithDerivative<T, AffineWithDerivative<T>>(valuesInPlace, valuesInPlace, derivatives, default);
                AssertEqual(expectedValues, valuesInPlace, $"{typeof(T).Name}, length {n}, values == x");
                AssertEqual(expectedDerivatives, derivatives, $"{typeof(T).Name}, length {n}, derivatives beside values == x");

                T[] derivativesInPlace = (T[])x.Clone();
                ActivationKernels.MapWithDerivative<T, AffineWithDerivative<T>>(derivativesInPlace, values, derivativesInPlace, default);
                AssertEqual(expectedValues, values, $"{typeof(T).Name}, length {n}, values beside derivatives == x");
                AssertEqual(expectedDerivatives, derivativesInPlace, $"{typeof(T).Name}, length {n}, derivatives == x");
            }
        }

        private static void SumProductIsExact<T>()
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            for (int n = 0; n <= Widths.MaxLength<T>(); n++)
            {
                // Σ (2x + 1)·g with g = 2^-(i mod 8): every partial sum fits in 20 bits, so the sum is exact in float in any
                // order, and a lane counted twice or not at all changes it.
                T[] x = Counting<T>(n, 0);
                T[] g = new T[n];
                T expected = T.Zero;
                for (int i = 0; i < n; i++)
                {
                    g[i] = T.CreateTruncating(Math.Pow(2, -(i % 8)));
                    expected += g[i] * ApplyAffine(x[i]);
                }

                T actual = ActivationKernels.SumProduct<T, Affine<T>>(x, g, default);
                Assert.True(actual == expected, $"{typeof(T).Name}, length {n}: Σ = {actual}, expected {expected}.");
            }
        }

        private static T ApplyAffine<T>(T x)
            where T : unmanaged, IBinaryFloatingPointIeee754<T> => default(Affine<T>).Invoke(x);

        private static T[] Counting<T>(int n, int start)
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            var result = new T[n];
            for (int i = 0; i < n; i++)
            {
                result[i] = T.CreateTruncating(start + i);
            }

            return result;
        }

        private static T[] Filled<T>(int n, T value)
        {
            var result = new T[n];
            Array.Fill(result, value);
            return result;
        }

        private static void AssertEqual<T>(T[] expected, ReadOnlySpan<T> actual, string what)
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            Assert.Equal(expected.Length, actual.Length);
            for (int i = 0; i < expected.Length; i++)
            {
                Assert.True(actual[i] == expected[i], $"{what}: element {i} = {actual[i]}, expected {expected[i]}.");
            }
        }
    }
}
