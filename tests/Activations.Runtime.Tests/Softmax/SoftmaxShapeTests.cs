using System;
using System.Linq;
using System.Numerics;
using Xunit;

namespace Activations.Runtime.Tests.SoftmaxTests
{
    /// <summary>
    /// Matrices (row by row, bit for bit the single-vector result), in-place use, destinations longer than needed, and
    /// every argument error with the parameter it names.
    /// </summary>
    public sealed class SoftmaxShapeTests
    {
        [Fact]
        public void Each_matrix_row_equals_the_single_vector_call_on_that_row()
        {
            RowsAreVectors<float>();
            RowsAreVectors<double>();
        }

        private static void RowsAreVectors<T>()
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            var random = new Random(30);
            var api = SoftmaxApi.For<T>();
            foreach (int rowLength in SoftmaxInputs.RowLengths<T>())
            {
                foreach (int rows in new[] { 0, 1, 4 })
                {
                    int length = rows * rowLength;
                    T[] x = SoftmaxInputs.Uniform<T>(random, length, 12, 0);
                    T[] g = SoftmaxInputs.Uniform<T>(random, length, 1, 0);
                    if (rows == 4)
                    {
                        // A poisoned row stays in its row.
                        x[rowLength] = T.NaN;
                    }

                    foreach (ForwardOp<T> op in api.Forwards)
                    {
                        var matrix = new T[length];
                        op.Matrix(x, matrix, rowLength);
                        for (int r = 0; r < rows; r++)
                        {
                            var row = new T[rowLength];
                            op.Vector(x.AsSpan(r * rowLength, rowLength), row);
                            Assert.True(row.AsSpan().SequenceEqual(matrix.AsSpan(r * rowLength, rowLength)), $"{typeof(T).Name} {op.Name}, rowLength {rowLength}, row {r}: matrix {SoftmaxInputs.Show(matrix.Skip(r * rowLength).Take(rowLength))}, vector {SoftmaxInputs.Show(row)}");
                            Assert.True(row.All(T.IsNaN) == (r == 1), $"{typeof(T).Name} {op.Name}, rowLength {rowLength}, row {r}: NaN {(r == 1 ? "did not fill its row" : "leaked into another row")}");
                        }
                    }

                    foreach (BackwardOp<T> op in api.Backwards)
                    {
                        var y = new T[length];
                        op.Forward.Matrix(x, y, rowLength);
                        var matrix = new T[length];
                        op.Matrix(y, g, matrix, rowLength);
                        for (int r = 0; r < rows; r++)
                        {
                            var row = new T[rowLength];
                            op.Vector(y.AsSpan(r * rowLength, rowLength), g.AsSpan(r * rowLength, rowLength), row);
                            Assert.True(row.AsSpan().SequenceEqual(matrix.AsSpan(r * rowLength, rowLength)), $"{typeof(T).Name} {op.Name}, rowLength {rowLength}, row {r}: matrix {SoftmaxInputs.Show(matrix.Skip(r * rowLength).Take(rowLength))}, vector {SoftmaxInputs.Show(row)}");
                        }
                    }
                }
            }
        }

        [Fact]
        public void Matrix_rows_are_normalized_independently()
        {
            // Two rows of very different scales: each must sum to 1 on its own, and the matrix of rowLength = length is
            // the whole vector.
            float[] x = [1000f, 1001f, 1002f, -5f, -5f, -5f];
            float[] y = new float[6];
            ActivationFunctions.Softmax(x, y, 3);
            Assert.Equal(1.0, y.Take(3).Sum(v => (double)v), 6);
            Assert.Equal([1f / 3, 1f / 3, 1f / 3], y.Skip(3));

            float[] whole = new float[6];
            float[] wholeMatrix = new float[6];
            ActivationFunctions.Softmax(x, whole);
            ActivationFunctions.Softmax(x, wholeMatrix, 6);
            Assert.Equal(whole, wholeMatrix);
            Assert.True(whole[3] == 0f, "one row of 6: the −5 entries are e^−1007 of the 1002 one, 0 in float");
        }

        [Fact]
        public void In_place_gives_the_same_bits_as_separate_memory()
        {
            InPlace<float>();
            InPlace<double>();
        }

        /// <summary>The overlapping last vector is where in-place goes wrong: it must see inputs, not results.</summary>
        private static void InPlace<T>()
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            var random = new Random(31);
            var api = SoftmaxApi.For<T>();
            foreach (int n in SoftmaxInputs.Lengths<T>())
            {
                T[] x = SoftmaxInputs.Uniform<T>(random, n, 5, 0);
                T[] g = SoftmaxInputs.Uniform<T>(random, n, 1, 0);
                foreach (ForwardOp<T> op in api.Forwards)
                {
                    var expected = new T[n];
                    op.Vector(x, expected);
                    T[] buffer = (T[])x.Clone();
                    op.Vector(buffer, buffer);
                    Assert.True(expected.AsSpan().SequenceEqual(buffer), $"{typeof(T).Name} {op.Name}, n = {n}, in place: {SoftmaxInputs.Show(buffer)}, expected {SoftmaxInputs.Show(expected)}");

                    // Matrix, two rows.
                    T[] twoRows = x.Concat(x).ToArray();
                    var expectedRows = new T[2 * n];
                    op.Matrix(twoRows, expectedRows, n);
                    op.Matrix(twoRows, twoRows, n);
                    Assert.True(expectedRows.AsSpan().SequenceEqual(twoRows), $"{typeof(T).Name} {op.Name}, rowLength {n}, matrix in place");
                }

                foreach (BackwardOp<T> op in api.Backwards)
                {
                    var y = new T[n];
                    op.Forward.Vector(x, y);
                    var expected = new T[n];
                    op.Vector(y, g, expected);

                    T[] onY = (T[])y.Clone();
                    op.Vector(onY, g, onY);
                    Assert.True(expected.AsSpan().SequenceEqual(onY), $"{typeof(T).Name} {op.Name}, n = {n}, inputGradient = y: {SoftmaxInputs.Show(onY)}, expected {SoftmaxInputs.Show(expected)}");

                    T[] onG = (T[])g.Clone();
                    op.Vector(y, onG, onG);
                    Assert.True(expected.AsSpan().SequenceEqual(onG), $"{typeof(T).Name} {op.Name}, n = {n}, inputGradient = outputGradient: {SoftmaxInputs.Show(onG)}, expected {SoftmaxInputs.Show(expected)}");
                }
            }
        }

        [Fact]
        public void A_longer_destination_is_written_only_as_far_as_the_input()
        {
            var api = SoftmaxApi.For<float>();
            foreach (int n in SoftmaxInputs.Lengths<float>())
            {
                float[] x = SoftmaxInputs.Uniform<float>(new Random(n), n, 3, 0);
                foreach (ForwardOp<float> op in api.Forwards)
                {
                    float[] destination = Enumerable.Repeat(-123f, n + 5).ToArray();
                    op.Vector(x, destination);
                    Assert.True(destination.Skip(n).All(v => v == -123f), $"{op.Name}, n = {n}: wrote past the input's length");
                    Assert.True(destination.Take(n).All(v => v != -123f), $"{op.Name}, n = {n}: left an element unwritten");
                }

                foreach (BackwardOp<float> op in api.Backwards)
                {
                    float[] destination = Enumerable.Repeat(-123f, n + 5).ToArray();
                    op.Vector(x, x, destination);
                    Assert.True(destination.Skip(n).All(v => v == -123f), $"{op.Name}, n = {n}: wrote past the input's length");
                    Assert.True(destination.Take(n).All(v => v != -123f), $"{op.Name}, n = {n}: left an element unwritten");
                }
            }
        }

        [Fact]
        public void Empty_inputs_do_nothing()
        {
            Empty<float>();
            Empty<double>();
        }

        private static void Empty<T>()
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            var api = SoftmaxApi.For<T>();
            T sentinel = T.CreateTruncating(42);
            foreach (ForwardOp<T> op in api.Forwards)
            {
                T[] destination = [sentinel, sentinel];
                op.Vector([], destination);
                op.Vector([], []);
                op.Matrix([], destination, 3);
                Assert.True(destination.All(v => v == sentinel), $"{op.Name}: an empty input wrote to the destination");
            }

            foreach (BackwardOp<T> op in api.Backwards)
            {
                T[] destination = [sentinel, sentinel];
                op.Vector([], [], destination);
                op.Matrix([], [], destination, 5);
                Assert.True(destination.All(v => v == sentinel), $"{op.Name}: an empty input wrote to the destination");
            }
        }

        [Fact]
        public void Bad_shapes_throw_ArgumentException_naming_the_parameter_before_writing()
        {
            BadShapes<float>();
            BadShapes<double>();
        }

        private static void BadShapes<T>()
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            var api = SoftmaxApi.For<T>();
            T sentinel = T.CreateTruncating(42);
            T[] x = Enumerable.Range(0, 12).Select(i => T.CreateTruncating(i * 0.5)).ToArray();

            foreach (ForwardOp<T> op in api.Forwards)
            {
                string what = $"{typeof(T).Name} {op.Name}";
                T[] destination = Enumerable.Repeat(sentinel, 12).ToArray();
                Throws<ArgumentOutOfRangeException>(() => op.Matrix(x, destination, 0), "rowLength", $"{what}, rowLength 0");
                Throws<ArgumentOutOfRangeException>(() => op.Matrix(x, destination, -4), "rowLength", $"{what}, rowLength −4");
                Throws<ArgumentOutOfRangeException>(() => op.Matrix([], destination, 0), "rowLength", $"{what}, empty x, rowLength 0");
                Throws<ArgumentException>(() => op.Matrix(x, destination, 5), "x", $"{what}, 12 elements in rows of 5");
                Throws<ArgumentException>(() => op.Matrix(x, destination, 24), "x", $"{what}, 12 elements in rows of 24");
                Throws<ArgumentException>(() => op.Vector(x, destination.AsSpan(0, 11)), "destination", $"{what}, destination 11 < 12");
                Throws<ArgumentException>(() => op.Matrix(x, destination.AsSpan(0, 8), 4), "destination", $"{what}, matrix destination 8 < 12");
                Assert.True(destination.All(v => v == sentinel), $"{what}: a rejected call wrote to the destination");

                // Partial overlap either way; the very same memory is in place and allowed (see the in-place test).
                T[] buffer = x.Concat(x).ToArray();
                Throws<ArgumentException>(() => op.Vector(buffer.AsSpan(0, 12), buffer.AsSpan(1, 12)), "destination", $"{what}, destination one element after x");
                Throws<ArgumentException>(() => op.Vector(buffer.AsSpan(3, 12), buffer.AsSpan(0, 12)), "destination", $"{what}, destination three elements before x");
                Throws<ArgumentException>(() => op.Matrix(buffer.AsSpan(0, 12), buffer.AsSpan(6, 12), 6), "destination", $"{what}, matrix destination a row after x");
                Assert.True(buffer.AsSpan().SequenceEqual(x.Concat(x).ToArray()), $"{what}: a rejected overlapping call wrote");
            }

            foreach (BackwardOp<T> op in api.Backwards)
            {
                string what = $"{typeof(T).Name} {op.Name}";
                T[] g = (T[])x.Clone();
                T[] destination = Enumerable.Repeat(sentinel, 12).ToArray();
                Throws<ArgumentOutOfRangeException>(() => op.Matrix(x, g, destination, 0), "rowLength", $"{what}, rowLength 0");
                Throws<ArgumentOutOfRangeException>(() => op.Matrix(x, g, destination, -1), "rowLength", $"{what}, rowLength −1");
                Throws<ArgumentException>(() => op.Matrix(x, g, destination, 7), "y", $"{what}, 12 elements in rows of 7");
                Throws<ArgumentException>(() => op.Vector(x, g.AsSpan(0, 11), destination), "outputGradient", $"{what}, outputGradient 11 ≠ 12");
                Throws<ArgumentException>(() => op.Vector(x.AsSpan(0, 11), g, destination), "outputGradient", $"{what}, outputGradient 12 ≠ 11");
                Throws<ArgumentException>(() => op.Matrix(x, g.AsSpan(0, 8), destination, 4), "outputGradient", $"{what}, matrix outputGradient 8 ≠ 12");
                Throws<ArgumentException>(() => op.Vector(x, g, destination.AsSpan(0, 11)), "inputGradient", $"{what}, inputGradient 11 < 12");
                Throws<ArgumentException>(() => op.Matrix(x, g, destination.AsSpan(0, 8), 4), "inputGradient", $"{what}, matrix inputGradient 8 < 12");
                Assert.True(destination.All(v => v == sentinel), $"{what}: a rejected call wrote to inputGradient");

                T[] buffer = x.Concat(x).ToArray();
                Throws<ArgumentException>(() => op.Vector(buffer.AsSpan(0, 12), g, buffer.AsSpan(2, 12)), "inputGradient", $"{what}, inputGradient overlapping y");
                Throws<ArgumentException>(() => op.Vector(x, buffer.AsSpan(2, 12), buffer.AsSpan(0, 12)), "inputGradient", $"{what}, inputGradient overlapping outputGradient");
                Throws<ArgumentException>(() => op.Matrix(x, buffer.AsSpan(0, 12), buffer.AsSpan(4, 12), 4), "inputGradient", $"{what}, matrix inputGradient overlapping outputGradient");
                Assert.True(buffer.AsSpan().SequenceEqual(x.Concat(x).ToArray()), $"{what}: a rejected overlapping call wrote");

                // y and outputGradient may overlap each other: both are only read.
                var fine = new T[12];
                op.Vector(buffer.AsSpan(0, 12), buffer.AsSpan(3, 12), fine);
                Assert.True(fine.All(T.IsFinite), $"{what}: overlapping read-only inputs");
            }
        }

        private static void Throws<TException>(Action call, string parameter, string what)
            where TException : ArgumentException
        {
            TException e = Assert.Throws<TException>(call);
            Assert.True(e.ParamName == parameter, $"{what}: the exception names '{e.ParamName}', expected '{parameter}'");
        }
    }
}
