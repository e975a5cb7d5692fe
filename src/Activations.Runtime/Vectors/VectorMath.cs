namespace Activations
{
    /// <summary>
    /// Elementwise special functions on <see cref="System.Runtime.Intrinsics.Vector128{T}"/>,
    /// <see cref="System.Runtime.Intrinsics.Vector256{T}"/>, <see cref="System.Runtime.Intrinsics.Vector512{T}"/> and
    /// <see cref="System.Numerics.Vector{T}"/> of <see cref="float"/> and <see cref="double"/> (and on single values),
    /// the functions that generated activation kernels call.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Every function is one algorithm per element type, written over an internal vector abstraction that the JIT
    /// specialises for each width; so every width, and the scalar overload, gives bit-identical results for the same
    /// input, and a lane's result never depends on the other lanes. Float functions compute in float throughout (no
    /// widening to double); the kernels are branch-free except for one whole-vector test that sends rare inputs
    /// (overflow or subnormal ranges, huge trigonometric arguments) to a slower path.
    /// </para>
    /// <para>
    /// The accuracy stated on each function is in ulps (units in the last place) of the correctly rounded result,
    /// measured against high-precision references over dense grids including subnormals, signed zeros, infinities
    /// and NaN, and asserted by the runtime's tests. NaN in gives NaN out everywhere, except where IEEE 754 defines
    /// otherwise for <see cref="Pow(double, double)"/>.
    /// </para>
    /// </remarks>
    public static partial class VectorMath
    {
    }
}
