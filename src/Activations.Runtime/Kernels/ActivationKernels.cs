using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Activations
{
    /// <summary>
    /// Runs generated activation kernels over spans, on the widest hardware-accelerated vector (Vector512, then
    /// Vector256, then Vector128), with argument checks in the style of TensorPrimitives.
    /// </summary>
    /// <remarks>
    /// <para>Tails: when the length is not a multiple of the width, the last vector is the one that ends exactly at the
    /// end of the span, overlapping the previous one; its inputs are loaded before the loop writes anything, so an output
    /// that is the very same memory as an input (in place) still sees the original values. Spans shorter than one
    /// Vector128 use the scalar form.</para>
    /// <para>An output may be exactly the same memory as an input; any other overlap throws, as does an output shorter
    /// than the input or a second input of a different length.</para>
    /// </remarks>
    public static class ActivationKernels
    {
        /// <summary>destination[i] = f(x[i]).</summary>
        /// <exception cref="ArgumentException">The destination is too short or partially overlaps <paramref name="x"/>.</exception>
        public static void Map<T, TKernel>(ReadOnlySpan<T> x, Span<T> destination, TKernel kernel, string destinationName = "destination")
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
            where TKernel : struct, IActivationKernel<T>
        {
            CheckOutput(x, destination, destinationName);
            ref T xs = ref MemoryMarshal.GetReference(x);
            ref T ds = ref MemoryMarshal.GetReference(destination);
            nuint n = (nuint)x.Length;

            if (Vector512.IsHardwareAccelerated && n >= (nuint)Vector512<T>.Count)
            {
                MapVector512(ref xs, ref ds, n, kernel);
                return;
            }

            if (Vector256.IsHardwareAccelerated && n >= (nuint)Vector256<T>.Count)
            {
                MapVector256(ref xs, ref ds, n, kernel);
                return;
            }

            if (Vector128.IsHardwareAccelerated && n >= (nuint)Vector128<T>.Count)
            {
                MapVector128(ref xs, ref ds, n, kernel);
                return;
            }

            for (nuint i = 0; i < n; i++)
            {
                Unsafe.Add(ref ds, i) = kernel.Invoke(Unsafe.Add(ref xs, i));
            }
        }

        /// <summary>inputGradient[i] = outputGradient[i] · f(x[i]), where the kernel computes f′: the backward pass.</summary>
        /// <exception cref="ArgumentException">The lengths differ, or inputGradient is too short or partially overlaps an input.</exception>
        public static void MapBackward<T, TKernel>(ReadOnlySpan<T> x, ReadOnlySpan<T> outputGradient, Span<T> inputGradient, TKernel derivative)
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
            where TKernel : struct, IActivationKernel<T>
        {
            CheckSameLength(x, outputGradient, nameof(outputGradient));
            CheckOutput(x, inputGradient, nameof(inputGradient));
            CheckOutput(outputGradient, inputGradient, nameof(inputGradient));
            ref T xs = ref MemoryMarshal.GetReference(x);
            ref T gs = ref MemoryMarshal.GetReference(outputGradient);
            ref T ds = ref MemoryMarshal.GetReference(inputGradient);
            nuint n = (nuint)x.Length;

            if (Vector512.IsHardwareAccelerated && n >= (nuint)Vector512<T>.Count)
            {
                MapBackwardVector512(ref xs, ref gs, ref ds, n, derivative);
                return;
            }

            if (Vector256.IsHardwareAccelerated && n >= (nuint)Vector256<T>.Count)
            {
                MapBackwardVector256(ref xs, ref gs, ref ds, n, derivative);
                return;
            }

            if (Vector128.IsHardwareAccelerated && n >= (nuint)Vector128<T>.Count)
            {
                MapBackwardVector128(ref xs, ref gs, ref ds, n, derivative);
                return;
            }

            for (nuint i = 0; i < n; i++)
            {
                Unsafe.Add(ref ds, i) = Unsafe.Add(ref gs, i) * derivative.Invoke(Unsafe.Add(ref xs, i));
            }
        }

        /// <summary>values[i] = f(x[i]) and derivatives[i] = f′(x[i]) in one pass.</summary>
        /// <exception cref="ArgumentException">An output is too short, partially overlaps x, or overlaps the other output.</exception>
        public static void MapWithDerivative<T, TKernel>(ReadOnlySpan<T> x, Span<T> values, Span<T> derivatives, TKernel kernel)
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
            where TKernel : struct, IActivationKernelWithDerivative<T>
        {
            CheckOutput(x, values, nameof(values));
            CheckOutput(x, derivatives, nameof(derivatives));
            if (x.Length > 0 && values.Slice(0, x.Length).Overlaps(derivatives.Slice(0, x.Length)))
            {
                throw new ArgumentException("The values and derivatives spans must not overlap.", nameof(derivatives));
            }

            ref T xs = ref MemoryMarshal.GetReference(x);
            ref T vs = ref MemoryMarshal.GetReference(values);
            ref T ds = ref MemoryMarshal.GetReference(derivatives);
            nuint n = (nuint)x.Length;

            if (Vector512.IsHardwareAccelerated && n >= (nuint)Vector512<T>.Count)
            {
                MapWithDerivativeVector512(ref xs, ref vs, ref ds, n, kernel);
                return;
            }

            if (Vector256.IsHardwareAccelerated && n >= (nuint)Vector256<T>.Count)
            {
                MapWithDerivativeVector256(ref xs, ref vs, ref ds, n, kernel);
                return;
            }

            if (Vector128.IsHardwareAccelerated && n >= (nuint)Vector128<T>.Count)
            {
                MapWithDerivativeVector128(ref xs, ref vs, ref ds, n, kernel);
                return;
            }

            for (nuint i = 0; i < n; i++)
            {
                Unsafe.Add(ref vs, i) = kernel.Invoke(Unsafe.Add(ref xs, i), out Unsafe.Add(ref ds, i));
            }
        }

        /// <summary>Σᵢ outputGradient[i] · g(x[i]): with g = ∂f/∂p, the gradient of a learnable hyperparameter p.</summary>
        /// <exception cref="ArgumentException">The lengths differ.</exception>
        public static T SumProduct<T, TKernel>(ReadOnlySpan<T> x, ReadOnlySpan<T> outputGradient, TKernel kernel)
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
            where TKernel : struct, IActivationKernel<T>
        {
            CheckSameLength(x, outputGradient, nameof(outputGradient));
            ref T xs = ref MemoryMarshal.GetReference(x);
            ref T gs = ref MemoryMarshal.GetReference(outputGradient);
            nuint n = (nuint)x.Length;

            if (Vector512.IsHardwareAccelerated && n >= (nuint)Vector512<T>.Count)
            {
                return SumProductVector512(ref xs, ref gs, n, kernel);
            }

            if (Vector256.IsHardwareAccelerated && n >= (nuint)Vector256<T>.Count)
            {
                return SumProductVector256(ref xs, ref gs, n, kernel);
            }

            if (Vector128.IsHardwareAccelerated && n >= (nuint)Vector128<T>.Count)
            {
                return SumProductVector128(ref xs, ref gs, n, kernel);
            }

            T total = T.Zero;
            for (nuint i = 0; i < n; i++)
            {
                total += Unsafe.Add(ref gs, i) * kernel.Invoke(Unsafe.Add(ref xs, i));
            }

            return total;
        }

        /// <summary>The Vector512 loop of <see cref="Map{T, TKernel}"/>, kept out of line so the kernel inlines into it with a fresh inlining budget, and compiled fully optimised at once: it runs once per call, so tiered compilation would leave it to on-stack replacement.</summary>
        [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
        private static void MapVector512<T, TKernel>(ref T xs, ref T ds, nuint n, TKernel kernel)
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
            where TKernel : struct, IActivationKernel<T>
        {
            nuint last = n - (nuint)Vector512<T>.Count;
            Vector512<T> lastX = Vector512.LoadUnsafe(ref xs, last);
            if (last != 0)
            {
                // Each vector is loaded before the result of the one before it is stored: with the output a little past
                // the input modulo 4 KiB, a load issued after that store is taken to depend on it (4K aliasing), which
                // serialised the loop and halved its speed (docs/benchmarks.md).
                nuint i = 0;
                Vector512<T> x = Vector512.LoadUnsafe(ref xs, 0);
                for (; i + (nuint)Vector512<T>.Count < last; i += (nuint)Vector512<T>.Count)
                {
                    Vector512<T> next = Vector512.LoadUnsafe(ref xs, i + (nuint)Vector512<T>.Count);
                    kernel.Invoke(x).StoreUnsafe(ref ds, i);
                    x = next;
                }

                kernel.Invoke(x).StoreUnsafe(ref ds, i);
            }

            kernel.Invoke(lastX).StoreUnsafe(ref ds, last);
        }

        /// <summary>The Vector256 loop of <see cref="Map{T, TKernel}"/>, kept out of line so the kernel inlines into it with a fresh inlining budget, and compiled fully optimised at once: it runs once per call, so tiered compilation would leave it to on-stack replacement.</summary>
        [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
        private static void MapVector256<T, TKernel>(ref T xs, ref T ds, nuint n, TKernel kernel)
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
            where TKernel : struct, IActivationKernel<T>
        {
            nuint last = n - (nuint)Vector256<T>.Count;
            Vector256<T> lastX = Vector256.LoadUnsafe(ref xs, last);
            if (last != 0)
            {
                // Each vector is loaded before the result of the one before it is stored: with the output a little past
                // the input modulo 4 KiB, a load issued after that store is taken to depend on it (4K aliasing), which
                // serialised the loop and halved its speed (docs/benchmarks.md).
                nuint i = 0;
                Vector256<T> x = Vector256.LoadUnsafe(ref xs, 0);
                for (; i + (nuint)Vector256<T>.Count < last; i += (nuint)Vector256<T>.Count)
                {
                    Vector256<T> next = Vector256.LoadUnsafe(ref xs, i + (nuint)Vector256<T>.Count);
                    kernel.Invoke(x).StoreUnsafe(ref ds, i);
                    x = next;
                }

                kernel.Invoke(x).StoreUnsafe(ref ds, i);
            }

            kernel.Invoke(lastX).StoreUnsafe(ref ds, last);
        }

        /// <summary>The Vector128 loop of <see cref="Map{T, TKernel}"/>, kept out of line so the kernel inlines into it with a fresh inlining budget, and compiled fully optimised at once: it runs once per call, so tiered compilation would leave it to on-stack replacement.</summary>
        [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
        private static void MapVector128<T, TKernel>(ref T xs, ref T ds, nuint n, TKernel kernel)
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
            where TKernel : struct, IActivationKernel<T>
        {
            nuint last = n - (nuint)Vector128<T>.Count;
            Vector128<T> lastX = Vector128.LoadUnsafe(ref xs, last);
            if (last != 0)
            {
                // Each vector is loaded before the result of the one before it is stored: with the output a little past
                // the input modulo 4 KiB, a load issued after that store is taken to depend on it (4K aliasing), which
                // serialised the loop and halved its speed (docs/benchmarks.md).
                nuint i = 0;
                Vector128<T> x = Vector128.LoadUnsafe(ref xs, 0);
                for (; i + (nuint)Vector128<T>.Count < last; i += (nuint)Vector128<T>.Count)
                {
                    Vector128<T> next = Vector128.LoadUnsafe(ref xs, i + (nuint)Vector128<T>.Count);
                    kernel.Invoke(x).StoreUnsafe(ref ds, i);
                    x = next;
                }

                kernel.Invoke(x).StoreUnsafe(ref ds, i);
            }

            kernel.Invoke(lastX).StoreUnsafe(ref ds, last);
        }

        /// <summary>The Vector512 loop of <see cref="MapBackward{T, TKernel}"/>, kept out of line so the kernel inlines into it with a fresh inlining budget, and compiled fully optimised at once: it runs once per call, so tiered compilation would leave it to on-stack replacement.</summary>
        [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
        private static void MapBackwardVector512<T, TKernel>(ref T xs, ref T gs, ref T ds, nuint n, TKernel derivative)
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
            where TKernel : struct, IActivationKernel<T>
        {
            nuint last = n - (nuint)Vector512<T>.Count;
            Vector512<T> lastX = Vector512.LoadUnsafe(ref xs, last);
            Vector512<T> lastG = Vector512.LoadUnsafe(ref gs, last);
            if (last != 0)
            {
                // Loads ahead of the previous store, as in MapVector512.
                nuint i = 0;
                Vector512<T> x = Vector512.LoadUnsafe(ref xs, 0);
                Vector512<T> g = Vector512.LoadUnsafe(ref gs, 0);
                for (; i + (nuint)Vector512<T>.Count < last; i += (nuint)Vector512<T>.Count)
                {
                    Vector512<T> nextX = Vector512.LoadUnsafe(ref xs, i + (nuint)Vector512<T>.Count);
                    Vector512<T> nextG = Vector512.LoadUnsafe(ref gs, i + (nuint)Vector512<T>.Count);
                    (g * derivative.Invoke(x)).StoreUnsafe(ref ds, i);
                    x = nextX;
                    g = nextG;
                }

                (g * derivative.Invoke(x)).StoreUnsafe(ref ds, i);
            }

            (lastG * derivative.Invoke(lastX)).StoreUnsafe(ref ds, last);
        }

        /// <summary>The Vector256 loop of <see cref="MapBackward{T, TKernel}"/>, kept out of line so the kernel inlines into it with a fresh inlining budget, and compiled fully optimised at once: it runs once per call, so tiered compilation would leave it to on-stack replacement.</summary>
        [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
        private static void MapBackwardVector256<T, TKernel>(ref T xs, ref T gs, ref T ds, nuint n, TKernel derivative)
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
            where TKernel : struct, IActivationKernel<T>
        {
            nuint last = n - (nuint)Vector256<T>.Count;
            Vector256<T> lastX = Vector256.LoadUnsafe(ref xs, last);
            Vector256<T> lastG = Vector256.LoadUnsafe(ref gs, last);
            if (last != 0)
            {
                // Loads ahead of the previous store, as in MapVector256.
                nuint i = 0;
                Vector256<T> x = Vector256.LoadUnsafe(ref xs, 0);
                Vector256<T> g = Vector256.LoadUnsafe(ref gs, 0);
                for (; i + (nuint)Vector256<T>.Count < last; i += (nuint)Vector256<T>.Count)
                {
                    Vector256<T> nextX = Vector256.LoadUnsafe(ref xs, i + (nuint)Vector256<T>.Count);
                    Vector256<T> nextG = Vector256.LoadUnsafe(ref gs, i + (nuint)Vector256<T>.Count);
                    (g * derivative.Invoke(x)).StoreUnsafe(ref ds, i);
                    x = nextX;
                    g = nextG;
                }

                (g * derivative.Invoke(x)).StoreUnsafe(ref ds, i);
            }

            (lastG * derivative.Invoke(lastX)).StoreUnsafe(ref ds, last);
        }

        /// <summary>The Vector128 loop of <see cref="MapBackward{T, TKernel}"/>, kept out of line so the kernel inlines into it with a fresh inlining budget, and compiled fully optimised at once: it runs once per call, so tiered compilation would leave it to on-stack replacement.</summary>
        [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
        private static void MapBackwardVector128<T, TKernel>(ref T xs, ref T gs, ref T ds, nuint n, TKernel derivative)
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
            where TKernel : struct, IActivationKernel<T>
        {
            nuint last = n - (nuint)Vector128<T>.Count;
            Vector128<T> lastX = Vector128.LoadUnsafe(ref xs, last);
            Vector128<T> lastG = Vector128.LoadUnsafe(ref gs, last);
            if (last != 0)
            {
                // Loads ahead of the previous store, as in MapVector128.
                nuint i = 0;
                Vector128<T> x = Vector128.LoadUnsafe(ref xs, 0);
                Vector128<T> g = Vector128.LoadUnsafe(ref gs, 0);
                for (; i + (nuint)Vector128<T>.Count < last; i += (nuint)Vector128<T>.Count)
                {
                    Vector128<T> nextX = Vector128.LoadUnsafe(ref xs, i + (nuint)Vector128<T>.Count);
                    Vector128<T> nextG = Vector128.LoadUnsafe(ref gs, i + (nuint)Vector128<T>.Count);
                    (g * derivative.Invoke(x)).StoreUnsafe(ref ds, i);
                    x = nextX;
                    g = nextG;
                }

                (g * derivative.Invoke(x)).StoreUnsafe(ref ds, i);
            }

            (lastG * derivative.Invoke(lastX)).StoreUnsafe(ref ds, last);
        }

        /// <summary>The Vector512 loop of <see cref="MapWithDerivative{T, TKernel}"/>, kept out of line so the kernel inlines into it with a fresh inlining budget, and compiled fully optimised at once: it runs once per call, so tiered compilation would leave it to on-stack replacement.</summary>
        [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
        private static void MapWithDerivativeVector512<T, TKernel>(ref T xs, ref T vs, ref T ds, nuint n, TKernel kernel)
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
            where TKernel : struct, IActivationKernelWithDerivative<T>
        {
            nuint last = n - (nuint)Vector512<T>.Count;
            Vector512<T> lastX = Vector512.LoadUnsafe(ref xs, last);
            Vector512<T> d;
            if (last != 0)
            {
                // Loads ahead of the previous stores, as in MapVector512.
                nuint i = 0;
                Vector512<T> x = Vector512.LoadUnsafe(ref xs, 0);
                for (; i + (nuint)Vector512<T>.Count < last; i += (nuint)Vector512<T>.Count)
                {
                    Vector512<T> next = Vector512.LoadUnsafe(ref xs, i + (nuint)Vector512<T>.Count);
                    kernel.Invoke(x, out d).StoreUnsafe(ref vs, i);
                    d.StoreUnsafe(ref ds, i);
                    x = next;
                }

                kernel.Invoke(x, out d).StoreUnsafe(ref vs, i);
                d.StoreUnsafe(ref ds, i);
            }

            kernel.Invoke(lastX, out d).StoreUnsafe(ref vs, last);
            d.StoreUnsafe(ref ds, last);
        }

        /// <summary>The Vector256 loop of <see cref="MapWithDerivative{T, TKernel}"/>, kept out of line so the kernel inlines into it with a fresh inlining budget, and compiled fully optimised at once: it runs once per call, so tiered compilation would leave it to on-stack replacement.</summary>
        [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
        private static void MapWithDerivativeVector256<T, TKernel>(ref T xs, ref T vs, ref T ds, nuint n, TKernel kernel)
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
            where TKernel : struct, IActivationKernelWithDerivative<T>
        {
            nuint last = n - (nuint)Vector256<T>.Count;
            Vector256<T> lastX = Vector256.LoadUnsafe(ref xs, last);
            Vector256<T> d;
            if (last != 0)
            {
                // Loads ahead of the previous stores, as in MapVector256.
                nuint i = 0;
                Vector256<T> x = Vector256.LoadUnsafe(ref xs, 0);
                for (; i + (nuint)Vector256<T>.Count < last; i += (nuint)Vector256<T>.Count)
                {
                    Vector256<T> next = Vector256.LoadUnsafe(ref xs, i + (nuint)Vector256<T>.Count);
                    kernel.Invoke(x, out d).StoreUnsafe(ref vs, i);
                    d.StoreUnsafe(ref ds, i);
                    x = next;
                }

                kernel.Invoke(x, out d).StoreUnsafe(ref vs, i);
                d.StoreUnsafe(ref ds, i);
            }

            kernel.Invoke(lastX, out d).StoreUnsafe(ref vs, last);
            d.StoreUnsafe(ref ds, last);
        }

        /// <summary>The Vector128 loop of <see cref="MapWithDerivative{T, TKernel}"/>, kept out of line so the kernel inlines into it with a fresh inlining budget, and compiled fully optimised at once: it runs once per call, so tiered compilation would leave it to on-stack replacement.</summary>
        [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
        private static void MapWithDerivativeVector128<T, TKernel>(ref T xs, ref T vs, ref T ds, nuint n, TKernel kernel)
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
            where TKernel : struct, IActivationKernelWithDerivative<T>
        {
            nuint last = n - (nuint)Vector128<T>.Count;
            Vector128<T> lastX = Vector128.LoadUnsafe(ref xs, last);
            Vector128<T> d;
            if (last != 0)
            {
                // Loads ahead of the previous stores, as in MapVector128.
                nuint i = 0;
                Vector128<T> x = Vector128.LoadUnsafe(ref xs, 0);
                for (; i + (nuint)Vector128<T>.Count < last; i += (nuint)Vector128<T>.Count)
                {
                    Vector128<T> next = Vector128.LoadUnsafe(ref xs, i + (nuint)Vector128<T>.Count);
                    kernel.Invoke(x, out d).StoreUnsafe(ref vs, i);
                    d.StoreUnsafe(ref ds, i);
                    x = next;
                }

                kernel.Invoke(x, out d).StoreUnsafe(ref vs, i);
                d.StoreUnsafe(ref ds, i);
            }

            kernel.Invoke(lastX, out d).StoreUnsafe(ref vs, last);
            d.StoreUnsafe(ref ds, last);
        }

        /// <summary>The Vector512 loop of <see cref="SumProduct{T, TKernel}"/>, kept out of line so the kernel inlines into it with a fresh inlining budget, and compiled fully optimised at once: it runs once per call, so tiered compilation would leave it to on-stack replacement.</summary>
        [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
        private static T SumProductVector512<T, TKernel>(ref T xs, ref T gs, nuint n, TKernel kernel)
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
            where TKernel : struct, IActivationKernel<T>
        {
            nuint last = n - (nuint)Vector512<T>.Count;
            Vector512<T> sum = Vector512<T>.Zero;
            nuint i = 0;
            for (; i < last; i += (nuint)Vector512<T>.Count)
            {
                sum += Vector512.LoadUnsafe(ref gs, i) * kernel.Invoke(Vector512.LoadUnsafe(ref xs, i));
            }

            // The last vector overlaps lanes already summed: count only those at or after i.
            Vector512<T> fresh = Vector512.GreaterThanOrEqual(Vector512<T>.Indices, Vector512.Create(T.CreateTruncating(i - last)));
            sum += Vector512.ConditionalSelect(fresh, Vector512.LoadUnsafe(ref gs, last) * kernel.Invoke(Vector512.LoadUnsafe(ref xs, last)), Vector512<T>.Zero);
            return Vector512.Sum(sum);
        }

        /// <summary>The Vector256 loop of <see cref="SumProduct{T, TKernel}"/>, kept out of line so the kernel inlines into it with a fresh inlining budget, and compiled fully optimised at once: it runs once per call, so tiered compilation would leave it to on-stack replacement.</summary>
        [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
        private static T SumProductVector256<T, TKernel>(ref T xs, ref T gs, nuint n, TKernel kernel)
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
            where TKernel : struct, IActivationKernel<T>
        {
            nuint last = n - (nuint)Vector256<T>.Count;
            Vector256<T> sum = Vector256<T>.Zero;
            nuint i = 0;
            for (; i < last; i += (nuint)Vector256<T>.Count)
            {
                sum += Vector256.LoadUnsafe(ref gs, i) * kernel.Invoke(Vector256.LoadUnsafe(ref xs, i));
            }

            Vector256<T> fresh = Vector256.GreaterThanOrEqual(Vector256<T>.Indices, Vector256.Create(T.CreateTruncating(i - last)));
            sum += Vector256.ConditionalSelect(fresh, Vector256.LoadUnsafe(ref gs, last) * kernel.Invoke(Vector256.LoadUnsafe(ref xs, last)), Vector256<T>.Zero);
            return Vector256.Sum(sum);
        }

        /// <summary>The Vector128 loop of <see cref="SumProduct{T, TKernel}"/>, kept out of line so the kernel inlines into it with a fresh inlining budget, and compiled fully optimised at once: it runs once per call, so tiered compilation would leave it to on-stack replacement.</summary>
        [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
        private static T SumProductVector128<T, TKernel>(ref T xs, ref T gs, nuint n, TKernel kernel)
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
            where TKernel : struct, IActivationKernel<T>
        {
            nuint last = n - (nuint)Vector128<T>.Count;
            Vector128<T> sum = Vector128<T>.Zero;
            nuint i = 0;
            for (; i < last; i += (nuint)Vector128<T>.Count)
            {
                sum += Vector128.LoadUnsafe(ref gs, i) * kernel.Invoke(Vector128.LoadUnsafe(ref xs, i));
            }

            Vector128<T> fresh = Vector128.GreaterThanOrEqual(Vector128<T>.Indices, Vector128.Create(T.CreateTruncating(i - last)));
            sum += Vector128.ConditionalSelect(fresh, Vector128.LoadUnsafe(ref gs, last) * kernel.Invoke(Vector128.LoadUnsafe(ref xs, last)), Vector128<T>.Zero);
            return Vector128.Sum(sum);
        }

        private static void CheckOutput<T>(ReadOnlySpan<T> input, Span<T> output, string outputName)
        {
            if (output.Length < input.Length)
            {
                throw new ArgumentException($"The span '{outputName}' ({output.Length} elements) is shorter than the input ({input.Length} elements).", outputName);
            }

            // Exactly the same memory (in place) is fine; any other overlap would read values already overwritten.
            if (input.Overlaps(output.Slice(0, input.Length), out int offset) && offset != 0)
            {
                throw new ArgumentException($"The span '{outputName}' overlaps an input without starting at the same element; use separate memory or exactly the same span.", outputName);
            }
        }

        private static void CheckSameLength<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> other, string otherName)
        {
            if (x.Length != other.Length)
            {
                throw new ArgumentException($"The span '{otherName}' has {other.Length} elements but x has {x.Length}; they must have the same length.", otherName);
            }
        }
    }
}
