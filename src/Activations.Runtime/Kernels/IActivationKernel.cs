using System.Runtime.Intrinsics;

namespace Activations
{
    /// <summary>
    /// One elementwise function at every width: the generator implements it (as a struct) for each activation output,
    /// and <see cref="ActivationKernels"/> runs it over spans. Every width computes the same formula from the same IR.
    /// </summary>
    /// <typeparam name="T">float or double.</typeparam>
    public interface IActivationKernel<T>
    {
        /// <summary>The function at one element.</summary>
        T Invoke(T x);

        /// <summary>The function at every lane of a 128-bit vector.</summary>
        Vector128<T> Invoke(Vector128<T> x);

        /// <summary>The function at every lane of a 256-bit vector.</summary>
        Vector256<T> Invoke(Vector256<T> x);

        /// <summary>The function at every lane of a 512-bit vector.</summary>
        Vector512<T> Invoke(Vector512<T> x);
    }

    /// <summary>
    /// A function and its derivative computed together, sharing their common subexpressions; run over spans by
    /// <see cref="ActivationKernels.MapWithDerivative{T, TKernel}"/>.
    /// </summary>
    /// <typeparam name="T">float or double.</typeparam>
    public interface IActivationKernelWithDerivative<T>
    {
        /// <summary>f and f′ at one element.</summary>
        T Invoke(T x, out T derivative);

        /// <summary>f and f′ at every lane of a 128-bit vector.</summary>
        Vector128<T> Invoke(Vector128<T> x, out Vector128<T> derivative);

        /// <summary>f and f′ at every lane of a 256-bit vector.</summary>
        Vector256<T> Invoke(Vector256<T> x, out Vector256<T> derivative);

        /// <summary>f and f′ at every lane of a 512-bit vector.</summary>
        Vector512<T> Invoke(Vector512<T> x, out Vector512<T> derivative);
    }
}
