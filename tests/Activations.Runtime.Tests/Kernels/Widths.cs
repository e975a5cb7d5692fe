using System.Runtime.Intrinsics;

namespace Activations.Runtime.Tests.Kernels
{
    /// <summary>The vector widths, in elements, that ActivationKernels can use on this machine.</summary>
    internal static class Widths
    {
        /// <summary>The widest hardware-accelerated vector, in elements of T; 1 when none is accelerated.</summary>
        public static int Widest<T>() =>
            Vector512.IsHardwareAccelerated ? Vector512<T>.Count
            : Vector256.IsHardwareAccelerated ? Vector256<T>.Count
            : Vector128.IsHardwareAccelerated ? Vector128<T>.Count
            : 1;

        /// <summary>
        /// The width (in elements) that computes a span of length n: the widest accelerated vector that fits, else 1
        /// (scalar). <see cref="RuntimeKernelTests"/> checks that ActivationKernels really dispatches this way.
        /// </summary>
        public static int PathFor<T>(int n) =>
            Vector512.IsHardwareAccelerated && n >= Vector512<T>.Count ? Vector512<T>.Count
            : Vector256.IsHardwareAccelerated && n >= Vector256<T>.Count ? Vector256<T>.Count
            : Vector128.IsHardwareAccelerated && n >= Vector128<T>.Count ? Vector128<T>.Count
            : 1;

        /// <summary>Every length the span tests run: 0 … 3 × the widest width + 3.</summary>
        public static int MaxLength<T>() => 3 * Widest<T>() + 3;
    }
}
