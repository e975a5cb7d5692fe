using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Activations
{
    // The row-wise softmax family. The class's own doc comment lives in ActivationFunctions.cs: the compiler concatenates
    // the doc comments of every part of a partial type, so a second <summary> here would be printed after the first.
    //
    // For a row x of length n and m = max_j x_j: Softmax_i = exp(x_i − m) / Σ_j exp(x_j − m); LogSoftmax_i =
    // (x_i − m) − log Σ_j exp(x_j − m), never the log of a rounded, possibly underflowed probability; Softmin(x) =
    // Softmax(−x) bit for bit. Each row runs on the widest accelerated vector that fits in it (a row shorter than one
    // Vector128 runs the same code one element at a time), so a matrix row gives exactly the bits of the single-vector
    // call on that row. Special values follow PyTorch (−∞ → probability 0; NaN, +∞ or an all −∞ row → all NaN).
    public static partial class ActivationFunctions
    {
        /// <summary>
        /// destination = Softmax(x): destination[i] = exp(x[i] − m) / Σ_j exp(x[j] − m), with m = max_j x[j].
        /// </summary>
        /// <param name="x">The logits.</param>
        /// <param name="destination">Receives the probabilities; may be exactly <paramref name="x"/> (in place).</param>
        /// <remarks>
        /// <para>Subtracting the maximum keeps every exponent ≤ 0, so nothing overflows and the largest term is exactly 1:
        /// Softmax([1000, 1001]) = [0.26894142, 0.73105858], where exp(1000) alone is +∞. The sum lies in [1, n], so the
        /// division never overflows or divides by zero; a probability below the smallest subnormal is 0 (use
        /// <see cref="LogSoftmax(ReadOnlySpan{float}, Span{float})"/> when such probabilities matter).</para>
        /// <para>Vectorized on the widest accelerated width, reductions included; three passes over the row. Each result's
        /// relative error is at most about (n + 8 + |x[i] − m| + max_j |x[j] − m|)·ε/2: the n − 1 additions of the sum, the
        /// division, exp's 2 ulp, and the rounding of x − m, which exp amplifies by |x − m| (inherent in evaluating
        /// x − m in the input's precision). The results sum to 1 within n·ε: the exp and x − m errors are shared by
        /// numerator and denominator.</para>
        /// <para>Special values (as PyTorch): a −∞ entry gives 0; NaN, +∞, or every entry −∞ make every result NaN. An
        /// empty <paramref name="x"/> does nothing.</para>
        /// </remarks>
        /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="x"/>, or
        /// overlaps it without being exactly the same memory.</exception>
        public static void Softmax(ReadOnlySpan<float> x, Span<float> destination) =>
            SoftmaxFamily.Forward<float, SoftmaxRow<float>>(x, destination, 1f);

        /// <inheritdoc cref="Softmax(ReadOnlySpan{float}, Span{float})"/>
        public static void Softmax(ReadOnlySpan<double> x, Span<double> destination) =>
            SoftmaxFamily.Forward<double, SoftmaxRow<double>>(x, destination, 1d);

        /// <summary>
        /// Softmax of each row of a row-major matrix: for every row r of <paramref name="rowLength"/> elements,
        /// destination[r][i] = exp(x[r][i] − m_r) / Σ_j exp(x[r][j] − m_r), with m_r = max_j x[r][j].
        /// </summary>
        /// <param name="x">The logits, row after row (length = rows × <paramref name="rowLength"/>; 0 rows is fine).</param>
        /// <param name="destination">Receives the probabilities in the same layout; may be exactly <paramref name="x"/>.</param>
        /// <param name="rowLength">The number of columns: each run of this many elements is normalized on its own.</param>
        /// <remarks>Each row is computed exactly (bit for bit) as <see cref="Softmax(ReadOnlySpan{float}, Span{float})"/>
        /// computes it alone, with the same stability and accuracy; a row of NaN does not affect the other rows.</remarks>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="rowLength"/> is zero or negative.</exception>
        /// <exception cref="ArgumentException">The length of <paramref name="x"/> is not a multiple of
        /// <paramref name="rowLength"/> (the exception names <paramref name="x"/>); or <paramref name="destination"/> is
        /// shorter than <paramref name="x"/> or overlaps it without being exactly the same memory.</exception>
        public static void Softmax(ReadOnlySpan<float> x, Span<float> destination, int rowLength) =>
            SoftmaxFamily.Forward<float, SoftmaxRow<float>>(x, destination, rowLength, 1f);

        /// <inheritdoc cref="Softmax(ReadOnlySpan{float}, Span{float}, int)"/>
        public static void Softmax(ReadOnlySpan<double> x, Span<double> destination, int rowLength) =>
            SoftmaxFamily.Forward<double, SoftmaxRow<double>>(x, destination, rowLength, 1d);

        /// <summary>
        /// destination = Softmin(x) = Softmax(−x): destination[i] = exp(m − x[i]) / Σ_j exp(m − x[j]), with
        /// m = min_j x[j]; the smallest entry gets the largest probability.
        /// </summary>
        /// <param name="x">The inputs.</param>
        /// <param name="destination">Receives the probabilities; may be exactly <paramref name="x"/> (in place).</param>
        /// <remarks>
        /// <para>Bit for bit the result of <see cref="Softmax(ReadOnlySpan{float}, Span{float})"/> on −x (negation is
        /// exact), with the same stability and accuracy: Softmin([−1000, −1001]) = [0.26894142, 0.73105858].</para>
        /// <para>Special values (as PyTorch): a +∞ entry gives 0; NaN, −∞, or every entry +∞ make every result NaN.</para>
        /// <para>Backward: use <see cref="SoftminBackward(ReadOnlySpan{float}, ReadOnlySpan{float}, Span{float})"/> with
        /// this output.</para>
        /// </remarks>
        /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="x"/>, or
        /// overlaps it without being exactly the same memory.</exception>
        public static void Softmin(ReadOnlySpan<float> x, Span<float> destination) =>
            SoftmaxFamily.Forward<float, SoftmaxRow<float>>(x, destination, -1f);

        /// <inheritdoc cref="Softmin(ReadOnlySpan{float}, Span{float})"/>
        public static void Softmin(ReadOnlySpan<double> x, Span<double> destination) =>
            SoftmaxFamily.Forward<double, SoftmaxRow<double>>(x, destination, -1d);

        /// <summary>
        /// Softmin of each row of a row-major matrix: for every row r of <paramref name="rowLength"/> elements,
        /// destination[r] = Softmax(−x[r]).
        /// </summary>
        /// <param name="x">The inputs, row after row (length = rows × <paramref name="rowLength"/>; 0 rows is fine).</param>
        /// <param name="destination">Receives the probabilities in the same layout; may be exactly <paramref name="x"/>.</param>
        /// <param name="rowLength">The number of columns: each run of this many elements is normalized on its own.</param>
        /// <remarks>Each row is computed exactly (bit for bit) as <see cref="Softmin(ReadOnlySpan{float}, Span{float})"/>
        /// computes it alone.</remarks>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="rowLength"/> is zero or negative.</exception>
        /// <exception cref="ArgumentException">The length of <paramref name="x"/> is not a multiple of
        /// <paramref name="rowLength"/> (the exception names <paramref name="x"/>); or <paramref name="destination"/> is
        /// shorter than <paramref name="x"/> or overlaps it without being exactly the same memory.</exception>
        public static void Softmin(ReadOnlySpan<float> x, Span<float> destination, int rowLength) =>
            SoftmaxFamily.Forward<float, SoftmaxRow<float>>(x, destination, rowLength, -1f);

        /// <inheritdoc cref="Softmin(ReadOnlySpan{float}, Span{float}, int)"/>
        public static void Softmin(ReadOnlySpan<double> x, Span<double> destination, int rowLength) =>
            SoftmaxFamily.Forward<double, SoftmaxRow<double>>(x, destination, rowLength, -1d);

        /// <summary>
        /// destination = LogSoftmax(x) = log Softmax(x), computed as destination[i] = (x[i] − m) − log Σ_j exp(x[j] − m),
        /// with m = max_j x[j].
        /// </summary>
        /// <param name="x">The logits.</param>
        /// <param name="destination">Receives the log-probabilities; may be exactly <paramref name="x"/> (in place).</param>
        /// <remarks>
        /// <para>Never takes the log of a probability: where Softmax underflows to 0 this stays exact, e.g.
        /// LogSoftmax([0, −200]) = [0, −200] in float, where log(Softmax) would give −∞. The log's argument lies in
        /// [1, n], so the subtracted term is in [0, log n].</para>
        /// <para>The absolute error is at most about (n + 3 + 4·log n + |x[i] − m| + max_j |x[j] − m| + |result|)·ε/2: the
        /// rounding of x[i] − m and of the final subtraction, the sum's relative error (which the log turns into an absolute
        /// one), and log's 2 ulp.</para>
        /// <para>Special values (as PyTorch): a −∞ entry gives −∞; NaN, +∞, or every entry −∞ make every result NaN. An
        /// empty <paramref name="x"/> does nothing.</para>
        /// </remarks>
        /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="x"/>, or
        /// overlaps it without being exactly the same memory.</exception>
        public static void LogSoftmax(ReadOnlySpan<float> x, Span<float> destination) =>
            SoftmaxFamily.Forward<float, LogSoftmaxRow<float>>(x, destination, 1f);

        /// <inheritdoc cref="LogSoftmax(ReadOnlySpan{float}, Span{float})"/>
        public static void LogSoftmax(ReadOnlySpan<double> x, Span<double> destination) =>
            SoftmaxFamily.Forward<double, LogSoftmaxRow<double>>(x, destination, 1d);

        /// <summary>
        /// LogSoftmax of each row of a row-major matrix: for every row r of <paramref name="rowLength"/> elements,
        /// destination[r][i] = (x[r][i] − m_r) − log Σ_j exp(x[r][j] − m_r), with m_r = max_j x[r][j].
        /// </summary>
        /// <param name="x">The logits, row after row (length = rows × <paramref name="rowLength"/>; 0 rows is fine).</param>
        /// <param name="destination">Receives the log-probabilities in the same layout; may be exactly <paramref name="x"/>.</param>
        /// <param name="rowLength">The number of columns: each run of this many elements is normalized on its own.</param>
        /// <remarks>Each row is computed exactly (bit for bit) as <see cref="LogSoftmax(ReadOnlySpan{float}, Span{float})"/>
        /// computes it alone, with the same stability and accuracy.</remarks>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="rowLength"/> is zero or negative.</exception>
        /// <exception cref="ArgumentException">The length of <paramref name="x"/> is not a multiple of
        /// <paramref name="rowLength"/> (the exception names <paramref name="x"/>); or <paramref name="destination"/> is
        /// shorter than <paramref name="x"/> or overlaps it without being exactly the same memory.</exception>
        public static void LogSoftmax(ReadOnlySpan<float> x, Span<float> destination, int rowLength) =>
            SoftmaxFamily.Forward<float, LogSoftmaxRow<float>>(x, destination, rowLength, 1f);

        /// <inheritdoc cref="LogSoftmax(ReadOnlySpan{float}, Span{float}, int)"/>
        public static void LogSoftmax(ReadOnlySpan<double> x, Span<double> destination, int rowLength) =>
            SoftmaxFamily.Forward<double, LogSoftmaxRow<double>>(x, destination, rowLength, 1d);

        /// <summary>
        /// The backward pass of <see cref="Softmax(ReadOnlySpan{float}, Span{float})"/>: given its output y and the
        /// gradient g of a loss with respect to y, inputGradient = y ⊙ (g − Σ_j g[j]·y[j]), the gradient with respect to
        /// its input x (the vector-Jacobian product with ∂y_i/∂x_k = y_i(δ_ik − y_k)).
        /// </summary>
        /// <param name="y">The output of the forward Softmax (not its input).</param>
        /// <param name="outputGradient">g = ∂L/∂y, as long as <paramref name="y"/>.</param>
        /// <param name="inputGradient">Receives ∂L/∂x; may be exactly <paramref name="y"/> or
        /// <paramref name="outputGradient"/> (in place).</param>
        /// <remarks>
        /// <para>Needs only the output, so the forward pass need not keep x. The dot product Σ g·y is a vectorized
        /// fused multiply-add reduction; g − Σ g·y cancels where g is nearly constant, which is inherent in the formula (a
        /// constant g has zero gradient).</para>
        /// <para>NaN or ∞ in y or g propagate; an empty <paramref name="y"/> does nothing.</para>
        /// </remarks>
        /// <exception cref="ArgumentException"><paramref name="outputGradient"/> has a different length from
        /// <paramref name="y"/>; or <paramref name="inputGradient"/> is shorter than <paramref name="y"/> or overlaps
        /// <paramref name="y"/> or <paramref name="outputGradient"/> without being exactly the same memory.</exception>
        public static void SoftmaxBackward(ReadOnlySpan<float> y, ReadOnlySpan<float> outputGradient, Span<float> inputGradient) =>
            SoftmaxFamily.Backward<float, SoftmaxBackwardRow<float>>(y, outputGradient, inputGradient, 1f);

        /// <inheritdoc cref="SoftmaxBackward(ReadOnlySpan{float}, ReadOnlySpan{float}, Span{float})"/>
        public static void SoftmaxBackward(ReadOnlySpan<double> y, ReadOnlySpan<double> outputGradient, Span<double> inputGradient) =>
            SoftmaxFamily.Backward<double, SoftmaxBackwardRow<double>>(y, outputGradient, inputGradient, 1d);

        /// <summary>
        /// The backward pass of the matrix <see cref="Softmax(ReadOnlySpan{float}, Span{float}, int)"/>: for every row r,
        /// inputGradient[r] = y[r] ⊙ (g[r] − Σ_j g[r][j]·y[r][j]).
        /// </summary>
        /// <param name="y">The output of the forward Softmax, row after row.</param>
        /// <param name="outputGradient">g = ∂L/∂y in the same layout, as long as <paramref name="y"/>.</param>
        /// <param name="inputGradient">Receives ∂L/∂x in the same layout; may be exactly <paramref name="y"/> or
        /// <paramref name="outputGradient"/>.</param>
        /// <param name="rowLength">The number of columns, as given to the forward pass.</param>
        /// <remarks>Each row is computed exactly (bit for bit) as
        /// <see cref="SoftmaxBackward(ReadOnlySpan{float}, ReadOnlySpan{float}, Span{float})"/> computes it alone.</remarks>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="rowLength"/> is zero or negative.</exception>
        /// <exception cref="ArgumentException">The length of <paramref name="y"/> is not a multiple of
        /// <paramref name="rowLength"/> (the exception names <paramref name="y"/>); <paramref name="outputGradient"/> has a
        /// different length; or <paramref name="inputGradient"/> is shorter than <paramref name="y"/> or partially overlaps
        /// an input.</exception>
        public static void SoftmaxBackward(ReadOnlySpan<float> y, ReadOnlySpan<float> outputGradient, Span<float> inputGradient, int rowLength) =>
            SoftmaxFamily.Backward<float, SoftmaxBackwardRow<float>>(y, outputGradient, inputGradient, rowLength, 1f);

        /// <inheritdoc cref="SoftmaxBackward(ReadOnlySpan{float}, ReadOnlySpan{float}, Span{float}, int)"/>
        public static void SoftmaxBackward(ReadOnlySpan<double> y, ReadOnlySpan<double> outputGradient, Span<double> inputGradient, int rowLength) =>
            SoftmaxFamily.Backward<double, SoftmaxBackwardRow<double>>(y, outputGradient, inputGradient, rowLength, 1d);

        /// <summary>
        /// The backward pass of <see cref="Softmin(ReadOnlySpan{float}, Span{float})"/>: given its output y and g = ∂L/∂y,
        /// inputGradient = y ⊙ (Σ_j g[j]·y[j] − g), the gradient with respect to its input x. Softmin(x) = Softmax(−x),
        /// so this is <see cref="SoftmaxBackward(ReadOnlySpan{float}, ReadOnlySpan{float}, Span{float})"/> of the same y
        /// and g, negated (bit for bit).
        /// </summary>
        /// <param name="y">The output of the forward Softmin (not its input).</param>
        /// <param name="outputGradient">g = ∂L/∂y, as long as <paramref name="y"/>.</param>
        /// <param name="inputGradient">Receives ∂L/∂x; may be exactly <paramref name="y"/> or
        /// <paramref name="outputGradient"/> (in place).</param>
        /// <remarks>NaN or ∞ in y or g propagate; an empty <paramref name="y"/> does nothing.</remarks>
        /// <exception cref="ArgumentException"><paramref name="outputGradient"/> has a different length from
        /// <paramref name="y"/>; or <paramref name="inputGradient"/> is shorter than <paramref name="y"/> or overlaps
        /// <paramref name="y"/> or <paramref name="outputGradient"/> without being exactly the same memory.</exception>
        public static void SoftminBackward(ReadOnlySpan<float> y, ReadOnlySpan<float> outputGradient, Span<float> inputGradient) =>
            SoftmaxFamily.Backward<float, SoftmaxBackwardRow<float>>(y, outputGradient, inputGradient, -1f);

        /// <inheritdoc cref="SoftminBackward(ReadOnlySpan{float}, ReadOnlySpan{float}, Span{float})"/>
        public static void SoftminBackward(ReadOnlySpan<double> y, ReadOnlySpan<double> outputGradient, Span<double> inputGradient) =>
            SoftmaxFamily.Backward<double, SoftmaxBackwardRow<double>>(y, outputGradient, inputGradient, -1d);

        /// <summary>
        /// The backward pass of the matrix <see cref="Softmin(ReadOnlySpan{float}, Span{float}, int)"/>: for every row r,
        /// inputGradient[r] = y[r] ⊙ (Σ_j g[r][j]·y[r][j] − g[r]).
        /// </summary>
        /// <param name="y">The output of the forward Softmin, row after row.</param>
        /// <param name="outputGradient">g = ∂L/∂y in the same layout, as long as <paramref name="y"/>.</param>
        /// <param name="inputGradient">Receives ∂L/∂x in the same layout; may be exactly <paramref name="y"/> or
        /// <paramref name="outputGradient"/>.</param>
        /// <param name="rowLength">The number of columns, as given to the forward pass.</param>
        /// <remarks>Each row is computed exactly (bit for bit) as
        /// <see cref="SoftminBackward(ReadOnlySpan{float}, ReadOnlySpan{float}, Span{float})"/> computes it alone.</remarks>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="rowLength"/> is zero or negative.</exception>
        /// <exception cref="ArgumentException">The length of <paramref name="y"/> is not a multiple of
        /// <paramref name="rowLength"/> (the exception names <paramref name="y"/>); <paramref name="outputGradient"/> has a
        /// different length; or <paramref name="inputGradient"/> is shorter than <paramref name="y"/> or partially overlaps
        /// an input.</exception>
        public static void SoftminBackward(ReadOnlySpan<float> y, ReadOnlySpan<float> outputGradient, Span<float> inputGradient, int rowLength) =>
            SoftmaxFamily.Backward<float, SoftmaxBackwardRow<float>>(y, outputGradient, inputGradient, rowLength, -1f);

        /// <inheritdoc cref="SoftminBackward(ReadOnlySpan{float}, ReadOnlySpan{float}, Span{float}, int)"/>
        public static void SoftminBackward(ReadOnlySpan<double> y, ReadOnlySpan<double> outputGradient, Span<double> inputGradient, int rowLength) =>
            SoftmaxFamily.Backward<double, SoftmaxBackwardRow<double>>(y, outputGradient, inputGradient, rowLength, -1d);

        /// <summary>
        /// The backward pass of <see cref="LogSoftmax(ReadOnlySpan{float}, Span{float})"/>: given its output y and
        /// g = ∂L/∂y, inputGradient = g − exp(y)·Σ_j g[j], the gradient with respect to its input x (the vector-Jacobian
        /// product with ∂y_i/∂x_k = δ_ik − softmax(x)_k, and softmax(x) = exp(y)).
        /// </summary>
        /// <param name="y">The output of the forward LogSoftmax (not its input, not the softmax).</param>
        /// <param name="outputGradient">g = ∂L/∂y, as long as <paramref name="y"/>.</param>
        /// <param name="inputGradient">Receives ∂L/∂x; may be exactly <paramref name="y"/> or
        /// <paramref name="outputGradient"/> (in place).</param>
        /// <remarks>
        /// <para>exp(y) ≤ 1 never overflows (y ≤ 0 up to rounding); a y of −∞ gives inputGradient = g there. Each element is
        /// one fused multiply-add, g + exp(y)·(−Σg), so the only roundings are exp's, the sum's and one final one.</para>
        /// <para>NaN or ∞ in y or g propagate; an empty <paramref name="y"/> does nothing.</para>
        /// </remarks>
        /// <exception cref="ArgumentException"><paramref name="outputGradient"/> has a different length from
        /// <paramref name="y"/>; or <paramref name="inputGradient"/> is shorter than <paramref name="y"/> or overlaps
        /// <paramref name="y"/> or <paramref name="outputGradient"/> without being exactly the same memory.</exception>
        public static void LogSoftmaxBackward(ReadOnlySpan<float> y, ReadOnlySpan<float> outputGradient, Span<float> inputGradient) =>
            SoftmaxFamily.Backward<float, LogSoftmaxBackwardRow<float>>(y, outputGradient, inputGradient, 1f);

        /// <inheritdoc cref="LogSoftmaxBackward(ReadOnlySpan{float}, ReadOnlySpan{float}, Span{float})"/>
        public static void LogSoftmaxBackward(ReadOnlySpan<double> y, ReadOnlySpan<double> outputGradient, Span<double> inputGradient) =>
            SoftmaxFamily.Backward<double, LogSoftmaxBackwardRow<double>>(y, outputGradient, inputGradient, 1d);

        /// <summary>
        /// The backward pass of the matrix <see cref="LogSoftmax(ReadOnlySpan{float}, Span{float}, int)"/>: for every
        /// row r, inputGradient[r] = g[r] − exp(y[r])·Σ_j g[r][j].
        /// </summary>
        /// <param name="y">The output of the forward LogSoftmax, row after row.</param>
        /// <param name="outputGradient">g = ∂L/∂y in the same layout, as long as <paramref name="y"/>.</param>
        /// <param name="inputGradient">Receives ∂L/∂x in the same layout; may be exactly <paramref name="y"/> or
        /// <paramref name="outputGradient"/>.</param>
        /// <param name="rowLength">The number of columns, as given to the forward pass.</param>
        /// <remarks>Each row is computed exactly (bit for bit) as
        /// <see cref="LogSoftmaxBackward(ReadOnlySpan{float}, ReadOnlySpan{float}, Span{float})"/> computes it alone.</remarks>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="rowLength"/> is zero or negative.</exception>
        /// <exception cref="ArgumentException">The length of <paramref name="y"/> is not a multiple of
        /// <paramref name="rowLength"/> (the exception names <paramref name="y"/>); <paramref name="outputGradient"/> has a
        /// different length; or <paramref name="inputGradient"/> is shorter than <paramref name="y"/> or partially overlaps
        /// an input.</exception>
        public static void LogSoftmaxBackward(ReadOnlySpan<float> y, ReadOnlySpan<float> outputGradient, Span<float> inputGradient, int rowLength) =>
            SoftmaxFamily.Backward<float, LogSoftmaxBackwardRow<float>>(y, outputGradient, inputGradient, rowLength, 1f);

        /// <inheritdoc cref="LogSoftmaxBackward(ReadOnlySpan{float}, ReadOnlySpan{float}, Span{float}, int)"/>
        public static void LogSoftmaxBackward(ReadOnlySpan<double> y, ReadOnlySpan<double> outputGradient, Span<double> inputGradient, int rowLength) =>
            SoftmaxFamily.Backward<double, LogSoftmaxBackwardRow<double>>(y, outputGradient, inputGradient, rowLength, 1d);
    }

    /// <summary>Argument checks, and the dispatch of rows to one vector width.</summary>
    file static class SoftmaxFamily
    {
        /// <summary>One vector: one row of x.Length elements.</summary>
        public static void Forward<T, TRow>(ReadOnlySpan<T> x, Span<T> destination, T sign)
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
            where TRow : struct, IRowOperation<T>
        {
            CheckOutput(x, destination, nameof(destination));
            if (x.Length != 0)
            {
                Run<T, TRow>(x, x, destination, x.Length, sign);
            }
        }

        public static void Forward<T, TRow>(ReadOnlySpan<T> x, Span<T> destination, int rowLength, T sign)
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
            where TRow : struct, IRowOperation<T>
        {
            CheckRows(x.Length, rowLength, nameof(x));
            CheckOutput(x, destination, nameof(destination));
            Run<T, TRow>(x, x, destination, rowLength, sign);
        }

        public static void Backward<T, TRow>(ReadOnlySpan<T> y, ReadOnlySpan<T> outputGradient, Span<T> inputGradient, T sign)
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
            where TRow : struct, IRowOperation<T>
        {
            CheckBackward(y, outputGradient, inputGradient);
            if (y.Length != 0)
            {
                Run<T, TRow>(y, outputGradient, inputGradient, y.Length, sign);
            }
        }

        public static void Backward<T, TRow>(ReadOnlySpan<T> y, ReadOnlySpan<T> outputGradient, Span<T> inputGradient, int rowLength, T sign)
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
            where TRow : struct, IRowOperation<T>
        {
            CheckRows(y.Length, rowLength, nameof(y));
            CheckBackward(y, outputGradient, inputGradient);
            Run<T, TRow>(y, outputGradient, inputGradient, rowLength, sign);
        }

        /// <summary>
        /// Every row on the widest accelerated width that fits in one row, so a matrix row and the same row passed alone
        /// take the same path and give the same bits.
        /// </summary>
        private static void Run<T, TRow>(ReadOnlySpan<T> a, ReadOnlySpan<T> b, Span<T> destination, int rowLength, T sign)
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
            where TRow : struct, IRowOperation<T>
        {
            if (Vector512.IsHardwareAccelerated && rowLength >= Vector512<T>.Count)
            {
                Rows<T, TRow, Lanes512<T>>(a, b, destination, rowLength, sign);
            }
            else if (Vector256.IsHardwareAccelerated && rowLength >= Vector256<T>.Count)
            {
                Rows<T, TRow, Lanes256<T>>(a, b, destination, rowLength, sign);
            }
            else if (Vector128.IsHardwareAccelerated && rowLength >= Vector128<T>.Count)
            {
                Rows<T, TRow, Lanes128<T>>(a, b, destination, rowLength, sign);
            }
            else
            {
                Rows<T, TRow, Lane1<T>>(a, b, destination, rowLength, sign);
            }
        }

        // Each row's loops run once per call: compiled fully optimised at once, not left to tiering's on-stack
        // replacement (which made Softmax 8–10× slower than TensorPrimitives in the benchmarks).
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private static void Rows<T, TRow, TLanes>(ReadOnlySpan<T> a, ReadOnlySpan<T> b, Span<T> destination, int rowLength, T sign)
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
            where TRow : struct, IRowOperation<T>
            where TLanes : struct, ILanes<TLanes, T>
        {
            ref T a0 = ref MemoryMarshal.GetReference(a);
            ref T b0 = ref MemoryMarshal.GetReference(b);
            ref T d0 = ref MemoryMarshal.GetReference(destination);
            nuint n = (nuint)rowLength;
            nuint length = (nuint)a.Length;
            for (nuint start = 0; start < length; start += n)
            {
                TRow.Row<TLanes>(ref Unsafe.Add(ref a0, start), ref Unsafe.Add(ref b0, start), ref Unsafe.Add(ref d0, start), n, sign);
            }
        }

        private static void CheckRows(int length, int rowLength, string inputName)
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rowLength);
            if (length % rowLength != 0)
            {
                throw new ArgumentException($"The span '{inputName}' has {length} elements, which is not a whole number of rows of rowLength = {rowLength}.", inputName);
            }
        }

        private static void CheckBackward<T>(ReadOnlySpan<T> y, ReadOnlySpan<T> outputGradient, Span<T> inputGradient)
        {
            if (outputGradient.Length != y.Length)
            {
                throw new ArgumentException($"The span 'outputGradient' has {outputGradient.Length} elements but y has {y.Length}; they must have the same length.", nameof(outputGradient));
            }

            CheckOutput(y, inputGradient, nameof(inputGradient));
            CheckOutput(outputGradient, inputGradient, nameof(inputGradient));
        }

        private static void CheckOutput<T>(ReadOnlySpan<T> input, Span<T> output, string outputName)
        {
            if (output.Length < input.Length)
            {
                throw new ArgumentException($"The span '{outputName}' ({output.Length} elements) is shorter than the input ({input.Length} elements).", outputName);
            }

            // Exactly the same memory (in place) is fine: each pass loads a position before it stores there. Any other
            // overlap would read values already overwritten.
            if (input.Overlaps(output.Slice(0, input.Length), out int offset) && offset != 0)
            {
                throw new ArgumentException($"The span '{outputName}' overlaps an input without starting at the same element; use separate memory or exactly the same span.", outputName);
            }
        }
    }

    /// <summary>
    /// One row's computation, written once over the lane abstraction. a and b are the row's inputs (b = a for the forward
    /// passes), d its output, n ≥ TLanes.Count its length.
    /// </summary>
    /// <remarks>
    /// Every pass has the same shape: full vectors from 0 while i &lt; last = n − Count, then the vector at last, which
    /// overlaps lanes the loop already did. Where a pass writes d, which may be a or b (in place), that last vector's
    /// inputs are loaded before the loop; where a pass sums, the overlapping lanes are masked out.
    /// </remarks>
    file interface IRowOperation<T>
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        static abstract void Row<TLanes>(ref T a, ref T b, ref T d, nuint n, T sign)
            where TLanes : struct, ILanes<TLanes, T>;
    }

    /// <summary>d = exp(s·a − m) / Σ exp(s·a − m), m = max(s·a): Softmax for s = 1, Softmin for s = −1.</summary>
    file readonly struct SoftmaxRow<T> : IRowOperation<T>
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public static void Row<TLanes>(ref T a, ref T b, ref T d, nuint n, T sign)
            where TLanes : struct, ILanes<TLanes, T>
        {
            TLanes s = TLanes.Create(sign);
            TLanes max = RowReductions.Max<T, TLanes>(ref a, n, s);
            nuint last = n - TLanes.Count;

            // e = exp(s·a − m) ≤ 1, stored in d, and Σ e ∈ [1, n] (the maximum contributes exactly 1).
            TLanes lastE = TLanes.Exp(TLanes.Load(ref a, last) * s - max);
            TLanes sum = TLanes.Create(T.Zero);
            nuint i = 0;
            if (last != 0)
            {
                // Each vector is loaded before the previous e is stored: with d a little past a modulo 4 KiB, a load
                // issued after that store is taken to depend on it (4K aliasing; docs/benchmarks.md).
                TLanes v = TLanes.Load(ref a, 0);
                for (; i + TLanes.Count < last; i += TLanes.Count)
                {
                    TLanes next = TLanes.Load(ref a, i + TLanes.Count);
                    TLanes e = TLanes.Exp(v * s - max);
                    TLanes.Store(e, ref d, i);
                    sum += e;
                    v = next;
                }

                TLanes eLast = TLanes.Exp(v * s - max);
                TLanes.Store(eLast, ref d, i);
                sum += eLast;
                i += TLanes.Count;
            }

            sum += TLanes.ZeroBelow(lastE, i - last);
            TLanes.Store(lastE, ref d, last);

            // Divide rather than multiply by 1/Σ: one rounding per result instead of two.
            TLanes total = TLanes.Create(TLanes.Sum(sum));
            TLanes lastD = TLanes.Load(ref d, last);
            for (i = 0; i < last; i += TLanes.Count)
            {
                TLanes.Store(TLanes.Load(ref d, i) / total, ref d, i);
            }

            TLanes.Store(lastD / total, ref d, last);
        }
    }

    /// <summary>d = (s·a − m) − log Σ exp(s·a − m), m = max(s·a).</summary>
    file readonly struct LogSoftmaxRow<T> : IRowOperation<T>
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public static void Row<TLanes>(ref T a, ref T b, ref T d, nuint n, T sign)
            where TLanes : struct, ILanes<TLanes, T>
        {
            TLanes s = TLanes.Create(sign);
            TLanes max = RowReductions.Max<T, TLanes>(ref a, n, s);
            nuint last = n - TLanes.Count;

            TLanes sum = TLanes.Create(T.Zero);
            nuint i = 0;
            for (; i < last; i += TLanes.Count)
            {
                sum += TLanes.Exp(TLanes.Load(ref a, i) * s - max);
            }

            sum += TLanes.ZeroBelow(TLanes.Exp(TLanes.Load(ref a, last) * s - max), i - last);

            // log of a number in [1, n]: no underflowed probability is ever logged.
            TLanes logSum = TLanes.Create(Scalar.Log(TLanes.Sum(sum)));
            TLanes lastA = TLanes.Load(ref a, last);
            for (i = 0; i < last; i += TLanes.Count)
            {
                TLanes.Store((TLanes.Load(ref a, i) * s - max) - logSum, ref d, i);
            }

            TLanes.Store((lastA * s - max) - logSum, ref d, last);
        }
    }

    /// <summary>d = (s·a) ⊙ (b − Σ a·b) with a = y, b = g: SoftmaxBackward for s = 1, SoftminBackward for s = −1.</summary>
    file readonly struct SoftmaxBackwardRow<T> : IRowOperation<T>
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public static void Row<TLanes>(ref T a, ref T b, ref T d, nuint n, T sign)
            where TLanes : struct, ILanes<TLanes, T>
        {
            nuint last = n - TLanes.Count;
            TLanes lastY = TLanes.Load(ref a, last);
            TLanes lastG = TLanes.Load(ref b, last);

            TLanes dot = TLanes.Create(T.Zero);
            nuint i = 0;
            for (; i < last; i += TLanes.Count)
            {
                dot = TLanes.MultiplyAdd(TLanes.Load(ref b, i), TLanes.Load(ref a, i), dot);
            }

            dot = TLanes.MultiplyAdd(TLanes.ZeroBelow(lastG, i - last), lastY, dot);

            TLanes gy = TLanes.Create(TLanes.Sum(dot));
            TLanes s = TLanes.Create(sign);
            for (i = 0; i < last; i += TLanes.Count)
            {
                TLanes.Store(TLanes.Load(ref a, i) * s * (TLanes.Load(ref b, i) - gy), ref d, i);
            }

            TLanes.Store(lastY * s * (lastG - gy), ref d, last);
        }
    }

    /// <summary>d = b − exp(a)·Σ b with a = y (log-probabilities), b = g.</summary>
    file readonly struct LogSoftmaxBackwardRow<T> : IRowOperation<T>
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public static void Row<TLanes>(ref T a, ref T b, ref T d, nuint n, T sign)
            where TLanes : struct, ILanes<TLanes, T>
        {
            nuint last = n - TLanes.Count;
            TLanes lastY = TLanes.Load(ref a, last);
            TLanes lastG = TLanes.Load(ref b, last);

            TLanes sum = TLanes.Create(T.Zero);
            nuint i = 0;
            for (; i < last; i += TLanes.Count)
            {
                sum += TLanes.Load(ref b, i);
            }

            sum += TLanes.ZeroBelow(lastG, i - last);

            TLanes minusSum = TLanes.Create(-TLanes.Sum(sum));
            for (i = 0; i < last; i += TLanes.Count)
            {
                TLanes.Store(TLanes.MultiplyAdd(TLanes.Exp(TLanes.Load(ref a, i)), minusSum, TLanes.Load(ref b, i)), ref d, i);
            }

            TLanes.Store(TLanes.MultiplyAdd(TLanes.Exp(lastY), minusSum, lastG), ref d, last);
        }
    }

    file static class RowReductions
    {
        /// <summary>max_i s·a[i], broadcast. The last vector's overlap needs no mask: max is idempotent.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static TLanes Max<T, TLanes>(ref T a, nuint n, TLanes s)
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
            where TLanes : struct, ILanes<TLanes, T>
        {
            nuint last = n - TLanes.Count;
            TLanes max = TLanes.Load(ref a, last) * s;
            for (nuint i = 0; i < last; i += TLanes.Count)
            {
                max = TLanes.Max(max, TLanes.Load(ref a, i) * s);
            }

            return TLanes.Create(TLanes.MaxAcross(max));
        }
    }

    /// <summary>
    /// The operations a row needs, at one width: the JIT specializes each row operation for every implementing struct.
    /// </summary>
    file interface ILanes<TSelf, T>
        where TSelf : struct, ILanes<TSelf, T>
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        static abstract nuint Count { get; }

        static abstract TSelf Load(ref T source, nuint index);

        static abstract void Store(TSelf value, ref T destination, nuint index);

        static abstract TSelf Create(T value);

        static abstract TSelf operator +(TSelf left, TSelf right);

        static abstract TSelf operator -(TSelf left, TSelf right);

        static abstract TSelf operator *(TSelf left, TSelf right);

        static abstract TSelf operator /(TSelf left, TSelf right);

        /// <summary>Lane-wise maximum; NaN in either lane gives NaN.</summary>
        static abstract TSelf Max(TSelf left, TSelf right);

        /// <summary>a·b + c with one rounding.</summary>
        static abstract TSelf MultiplyAdd(TSelf a, TSelf b, TSelf c);

        /// <summary>VectorMath.Exp: the same bits at every width.</summary>
        static abstract TSelf Exp(TSelf x);

        /// <summary>The lanes numbered below <paramref name="count"/> set to zero: drops lanes already counted.</summary>
        static abstract TSelf ZeroBelow(TSelf x, nuint count);

        static abstract T Sum(TSelf x);

        /// <summary>The largest lane; NaN if any lane is NaN.</summary>
        static abstract T MaxAcross(TSelf x);
    }

    file readonly struct Lanes512<T> : ILanes<Lanes512<T>, T>
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        private const MethodImplOptions Inline = MethodImplOptions.AggressiveInlining;

        private readonly Vector512<T> _value;

        [MethodImpl(Inline)]
        private Lanes512(Vector512<T> value) => _value = value;

        public static nuint Count => (nuint)Vector512<T>.Count;

        [MethodImpl(Inline)]
        public static Lanes512<T> Load(ref T source, nuint index) => new(Vector512.LoadUnsafe(ref source, index));

        [MethodImpl(Inline)]
        public static void Store(Lanes512<T> value, ref T destination, nuint index) => value._value.StoreUnsafe(ref destination, index);

        [MethodImpl(Inline)]
        public static Lanes512<T> Create(T value) => new(Vector512.Create(value));

        [MethodImpl(Inline)]
        public static Lanes512<T> operator +(Lanes512<T> left, Lanes512<T> right) => new(left._value + right._value);

        [MethodImpl(Inline)]
        public static Lanes512<T> operator -(Lanes512<T> left, Lanes512<T> right) => new(left._value - right._value);

        [MethodImpl(Inline)]
        public static Lanes512<T> operator *(Lanes512<T> left, Lanes512<T> right) => new(left._value * right._value);

        [MethodImpl(Inline)]
        public static Lanes512<T> operator /(Lanes512<T> left, Lanes512<T> right) => new(left._value / right._value);

        [MethodImpl(Inline)]
        public static Lanes512<T> Max(Lanes512<T> left, Lanes512<T> right) => new(Vector512.Max(left._value, right._value));

        [MethodImpl(Inline)]
        public static Lanes512<T> MultiplyAdd(Lanes512<T> a, Lanes512<T> b, Lanes512<T> c)
        {
            if (typeof(T) == typeof(float))
            {
                return new(Vector512.FusedMultiplyAdd(a._value.AsSingle(), b._value.AsSingle(), c._value.AsSingle()).As<float, T>());
            }

            return new(Vector512.FusedMultiplyAdd(a._value.AsDouble(), b._value.AsDouble(), c._value.AsDouble()).As<double, T>());
        }

        [MethodImpl(Inline)]
        public static Lanes512<T> Exp(Lanes512<T> x)
        {
            if (typeof(T) == typeof(float))
            {
                return new(VectorMath.Exp(x._value.AsSingle()).As<float, T>());
            }

            return new(VectorMath.Exp(x._value.AsDouble()).As<double, T>());
        }

        [MethodImpl(Inline)]
        public static Lanes512<T> ZeroBelow(Lanes512<T> x, nuint count) =>
            new(Vector512.ConditionalSelect(Vector512.GreaterThanOrEqual(Vector512<T>.Indices, Vector512.Create(T.CreateTruncating(count))), x._value, Vector512<T>.Zero));

        [MethodImpl(Inline)]
        public static T Sum(Lanes512<T> x) => Vector512.Sum(x._value);

        [MethodImpl(Inline)]
        public static T MaxAcross(Lanes512<T> x) => Lanes256<T>.MaxAcross(Vector256.Max(x._value.GetLower(), x._value.GetUpper()));
    }

    file readonly struct Lanes256<T> : ILanes<Lanes256<T>, T>
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        private const MethodImplOptions Inline = MethodImplOptions.AggressiveInlining;

        private readonly Vector256<T> _value;

        [MethodImpl(Inline)]
        private Lanes256(Vector256<T> value) => _value = value;

        public static nuint Count => (nuint)Vector256<T>.Count;

        [MethodImpl(Inline)]
        public static Lanes256<T> Load(ref T source, nuint index) => new(Vector256.LoadUnsafe(ref source, index));

        [MethodImpl(Inline)]
        public static void Store(Lanes256<T> value, ref T destination, nuint index) => value._value.StoreUnsafe(ref destination, index);

        [MethodImpl(Inline)]
        public static Lanes256<T> Create(T value) => new(Vector256.Create(value));

        [MethodImpl(Inline)]
        public static Lanes256<T> operator +(Lanes256<T> left, Lanes256<T> right) => new(left._value + right._value);

        [MethodImpl(Inline)]
        public static Lanes256<T> operator -(Lanes256<T> left, Lanes256<T> right) => new(left._value - right._value);

        [MethodImpl(Inline)]
        public static Lanes256<T> operator *(Lanes256<T> left, Lanes256<T> right) => new(left._value * right._value);

        [MethodImpl(Inline)]
        public static Lanes256<T> operator /(Lanes256<T> left, Lanes256<T> right) => new(left._value / right._value);

        [MethodImpl(Inline)]
        public static Lanes256<T> Max(Lanes256<T> left, Lanes256<T> right) => new(Vector256.Max(left._value, right._value));

        [MethodImpl(Inline)]
        public static Lanes256<T> MultiplyAdd(Lanes256<T> a, Lanes256<T> b, Lanes256<T> c)
        {
            if (typeof(T) == typeof(float))
            {
                return new(Vector256.FusedMultiplyAdd(a._value.AsSingle(), b._value.AsSingle(), c._value.AsSingle()).As<float, T>());
            }

            return new(Vector256.FusedMultiplyAdd(a._value.AsDouble(), b._value.AsDouble(), c._value.AsDouble()).As<double, T>());
        }

        [MethodImpl(Inline)]
        public static Lanes256<T> Exp(Lanes256<T> x)
        {
            if (typeof(T) == typeof(float))
            {
                return new(VectorMath.Exp(x._value.AsSingle()).As<float, T>());
            }

            return new(VectorMath.Exp(x._value.AsDouble()).As<double, T>());
        }

        [MethodImpl(Inline)]
        public static Lanes256<T> ZeroBelow(Lanes256<T> x, nuint count) =>
            new(Vector256.ConditionalSelect(Vector256.GreaterThanOrEqual(Vector256<T>.Indices, Vector256.Create(T.CreateTruncating(count))), x._value, Vector256<T>.Zero));

        [MethodImpl(Inline)]
        public static T Sum(Lanes256<T> x) => Vector256.Sum(x._value);

        [MethodImpl(Inline)]
        public static T MaxAcross(Lanes256<T> x) => MaxAcross(x._value);

        [MethodImpl(Inline)]
        public static T MaxAcross(Vector256<T> x) => Lanes128<T>.MaxAcross(Vector128.Max(x.GetLower(), x.GetUpper()));
    }

    file readonly struct Lanes128<T> : ILanes<Lanes128<T>, T>
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        private const MethodImplOptions Inline = MethodImplOptions.AggressiveInlining;

        private readonly Vector128<T> _value;

        [MethodImpl(Inline)]
        private Lanes128(Vector128<T> value) => _value = value;

        public static nuint Count => (nuint)Vector128<T>.Count;

        [MethodImpl(Inline)]
        public static Lanes128<T> Load(ref T source, nuint index) => new(Vector128.LoadUnsafe(ref source, index));

        [MethodImpl(Inline)]
        public static void Store(Lanes128<T> value, ref T destination, nuint index) => value._value.StoreUnsafe(ref destination, index);

        [MethodImpl(Inline)]
        public static Lanes128<T> Create(T value) => new(Vector128.Create(value));

        [MethodImpl(Inline)]
        public static Lanes128<T> operator +(Lanes128<T> left, Lanes128<T> right) => new(left._value + right._value);

        [MethodImpl(Inline)]
        public static Lanes128<T> operator -(Lanes128<T> left, Lanes128<T> right) => new(left._value - right._value);

        [MethodImpl(Inline)]
        public static Lanes128<T> operator *(Lanes128<T> left, Lanes128<T> right) => new(left._value * right._value);

        [MethodImpl(Inline)]
        public static Lanes128<T> operator /(Lanes128<T> left, Lanes128<T> right) => new(left._value / right._value);

        [MethodImpl(Inline)]
        public static Lanes128<T> Max(Lanes128<T> left, Lanes128<T> right) => new(Vector128.Max(left._value, right._value));

        [MethodImpl(Inline)]
        public static Lanes128<T> MultiplyAdd(Lanes128<T> a, Lanes128<T> b, Lanes128<T> c)
        {
            if (typeof(T) == typeof(float))
            {
                return new(Vector128.FusedMultiplyAdd(a._value.AsSingle(), b._value.AsSingle(), c._value.AsSingle()).As<float, T>());
            }

            return new(Vector128.FusedMultiplyAdd(a._value.AsDouble(), b._value.AsDouble(), c._value.AsDouble()).As<double, T>());
        }

        [MethodImpl(Inline)]
        public static Lanes128<T> Exp(Lanes128<T> x)
        {
            if (typeof(T) == typeof(float))
            {
                return new(VectorMath.Exp(x._value.AsSingle()).As<float, T>());
            }

            return new(VectorMath.Exp(x._value.AsDouble()).As<double, T>());
        }

        [MethodImpl(Inline)]
        public static Lanes128<T> ZeroBelow(Lanes128<T> x, nuint count) =>
            new(Vector128.ConditionalSelect(Vector128.GreaterThanOrEqual(Vector128<T>.Indices, Vector128.Create(T.CreateTruncating(count))), x._value, Vector128<T>.Zero));

        [MethodImpl(Inline)]
        public static T Sum(Lanes128<T> x) => Vector128.Sum(x._value);

        [MethodImpl(Inline)]
        public static T MaxAcross(Lanes128<T> x) => MaxAcross(x._value);

        [MethodImpl(Inline)]
        public static T MaxAcross(Vector128<T> x)
        {
            T max = x.GetElement(0);
            for (int k = 1; k < Vector128<T>.Count; k++)
            {
                max = T.Max(max, x.GetElement(k));
            }

            return max;
        }
    }

    /// <summary>One element at a time: rows shorter than a Vector128, or no SIMD at all. The same operations as the lanes.</summary>
    file readonly struct Lane1<T> : ILanes<Lane1<T>, T>
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        private const MethodImplOptions Inline = MethodImplOptions.AggressiveInlining;

        private readonly T _value;

        [MethodImpl(Inline)]
        private Lane1(T value) => _value = value;

        public static nuint Count => 1;

        [MethodImpl(Inline)]
        public static Lane1<T> Load(ref T source, nuint index) => new(Unsafe.Add(ref source, index));

        [MethodImpl(Inline)]
        public static void Store(Lane1<T> value, ref T destination, nuint index) => Unsafe.Add(ref destination, index) = value._value;

        [MethodImpl(Inline)]
        public static Lane1<T> Create(T value) => new(value);

        [MethodImpl(Inline)]
        public static Lane1<T> operator +(Lane1<T> left, Lane1<T> right) => new(left._value + right._value);

        [MethodImpl(Inline)]
        public static Lane1<T> operator -(Lane1<T> left, Lane1<T> right) => new(left._value - right._value);

        [MethodImpl(Inline)]
        public static Lane1<T> operator *(Lane1<T> left, Lane1<T> right) => new(left._value * right._value);

        [MethodImpl(Inline)]
        public static Lane1<T> operator /(Lane1<T> left, Lane1<T> right) => new(left._value / right._value);

        [MethodImpl(Inline)]
        public static Lane1<T> Max(Lane1<T> left, Lane1<T> right) => new(T.Max(left._value, right._value));

        [MethodImpl(Inline)]
        public static Lane1<T> MultiplyAdd(Lane1<T> a, Lane1<T> b, Lane1<T> c) => new(T.FusedMultiplyAdd(a._value, b._value, c._value));

        [MethodImpl(Inline)]
        public static Lane1<T> Exp(Lane1<T> x) => new(Scalar.Exp(x._value));

        [MethodImpl(Inline)]
        public static Lane1<T> ZeroBelow(Lane1<T> x, nuint count) => count == 0 ? x : new(T.Zero);

        [MethodImpl(Inline)]
        public static T Sum(Lane1<T> x) => x._value;

        [MethodImpl(Inline)]
        public static T MaxAcross(Lane1<T> x) => x._value;
    }

    /// <summary>VectorMath's scalar exp and log for a generic T that is float or double.</summary>
    file static class Scalar
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static T Exp<T>(T x)
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            if (typeof(T) == typeof(float))
            {
                return Unsafe.BitCast<float, T>(VectorMath.Exp(Unsafe.BitCast<T, float>(x)));
            }

            return Unsafe.BitCast<double, T>(VectorMath.Exp(Unsafe.BitCast<T, double>(x)));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static T Log<T>(T x)
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            if (typeof(T) == typeof(float))
            {
                return Unsafe.BitCast<float, T>(VectorMath.Log(Unsafe.BitCast<T, float>(x)));
            }

            return Unsafe.BitCast<double, T>(VectorMath.Log(Unsafe.BitCast<T, double>(x)));
        }
    }
}
