using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using System.Reflection;
using System.Runtime.Intrinsics;
using System.Text;
using Xunit;

namespace Activations.Runtime.Tests.Kernels
{
    /// <summary>
    /// The SIMD members the generator emits for every activation in <see cref="KernelCases"/>, float and double: span
    /// kernels against the scalar methods at every length and offset, the Vector&lt;T&gt; overloads, in place, argument
    /// checks, guard elements, backward, fused and hyperparameter-gradient kernels, and path independence.
    /// </summary>
    public sealed class GeneratedKernelTests
    {
        private const double SentinelValue = -7777.25;

        /// <summary>(element type, activation) for every case.</summary>
        public static TheoryData<string, string> Cases { get; } = AllCases(_ => true);

        /// <summary>The cases with hyperparameters, which have BackwardBy{P} kernels.</summary>
        public static TheoryData<string, string> CasesWithHyperparameters { get; } = AllCases(s => s.Hyperparameters.Length > 0);

        [Fact]
        public void Every_declared_activation_has_a_case_and_every_DSL_function_is_used()
        {
            foreach (Type holder in new[] { typeof(SingleActivations), typeof(DoubleActivations) })
            {
                string[] declared = KernelMembers.Declared(holder).Select(m => m.Name).OrderBy(n => n).ToArray();
                Assert.Equal(KernelCases.All.Select(s => s.Name).OrderBy(n => n), declared);
            }

            // The DSL's function table (README, "Functions").
            string[] functions = { "exp", "log", "log1p", "expm1", "sqrt", "abs", "sign", "sin", "cos", "tan", "tanh", "sinh", "cosh", "atan", "sigmoid", "softplus", "erf", "erfc", "min", "max", "clamp", "pow" };
            string[] formulas = KernelMembers.Declared(typeof(SingleActivations)).Select(m => m.GetCustomAttribute<ActivationAttribute>()!.Expression).ToArray();
            string[] unused = functions.Where(f => !formulas.Any(e => ContainsCall(e, f))).ToArray();
            Assert.True(unused.Length == 0, "DSL functions no test activation calls: " + string.Join(", ", unused));
        }

        [Theory]
        [MemberData(nameof(Cases))]
        public void Span_kernels_match_scalar_at_every_length_and_offset(string type, string name) =>
            For(type, name, SpanMatchesScalar, SpanMatchesScalar);

        [Theory]
        [MemberData(nameof(Cases))]
        public void Vector_overloads_match_scalar_lane_by_lane(string type, string name) =>
            For(type, name, VectorOverloadsMatch, VectorOverloadsMatch);

        [Theory]
        [MemberData(nameof(Cases))]
        public void In_place_gives_the_out_of_place_result(string type, string name) =>
            For(type, name, InPlaceMatches, InPlaceMatches);

        [Theory]
        [MemberData(nameof(Cases))]
        public void Bad_arguments_throw_naming_the_parameter_and_empty_spans_are_fine(string type, string name) =>
            For(type, name, ArgumentsAreChecked, ArgumentsAreChecked);

        [Theory]
        [MemberData(nameof(Cases))]
        public void Elements_around_the_outputs_stay_untouched(string type, string name) =>
            For(type, name, GuardsStayUntouched, GuardsStayUntouched);

        [Theory]
        [MemberData(nameof(Cases))]
        public void Backward_is_output_gradient_times_derivative(string type, string name) =>
            For(type, name, BackwardIsGradientTimesDerivative, BackwardIsGradientTimesDerivative);

        [Theory]
        [MemberData(nameof(Cases))]
        public void WithDerivative_equals_separate_calls(string type, string name) =>
            For(type, name, WithDerivativeMatches, WithDerivativeMatches);

        [Theory]
        [MemberData(nameof(CasesWithHyperparameters))]
        public void BackwardBy_is_the_sum_of_output_gradient_times_derivative_by(string type, string name) =>
            For(type, name, BackwardByIsSum, BackwardByIsSum);

        [Theory]
        [MemberData(nameof(Cases))]
        public void An_element_gets_the_same_result_from_every_width(string type, string name) =>
            For(type, name, WidthsAgree, WidthsAgree);

        [Theory]
        [MemberData(nameof(Cases))]
        public void The_overlapping_last_vector_matches_the_aligned_vectors_and_scalar(string type, string name) =>
            For(type, name, TailsMatch, TailsMatch);

        [Theory]
        [MemberData(nameof(Cases))]
        public void NaN_and_infinities_give_what_the_scalar_code_gives(string type, string name) =>
            For(type, name, SpecialValuesMatch, SpecialValuesMatch);

        private static void SpanMatchesScalar<T>(KernelCase<T> c)
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            T[] inputs = KernelCases.Inputs<T>();
            T sentinel = Sentinel<T>();
            var failures = new Failures(c);
            foreach (KernelOutput<T> output in c.Outputs)
            {
                for (int n = 0; n <= Widths.MaxLength<T>(); n++)
                {
                    for (int offset = 0; offset < 4; offset++)
                    {
                        // Different lengths and offsets see different inputs, and x and destination are misaligned differently.
                        T[] xBuffer = Window(inputs, 5 * n + 17 * offset, n + 8);
                        T[] destination = Filled(n + 8, sentinel);
                        int outputOffset = (offset + 1) % 4;
                        ReadOnlySpan<T> x = xBuffer.AsSpan(offset, n);
                        output.Span(x, destination.AsSpan(outputOffset, n));
                        for (int i = 0; i < n; i++)
                        {
                            failures.CheckClose(output, x[i], destination[outputOffset + i], output.Scalar(x[i]), $"length {n}, offset {offset}, element {i}");
                        }

                        failures.CheckGuards(destination, outputOffset, n, sentinel, $"{output}, length {n}, offset {offset}");
                    }
                }
            }

            failures.AssertNone();
        }

        private static void VectorOverloadsMatch<T>(KernelCase<T> c)
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            T[] inputs = KernelCases.Inputs<T>();
            int lanes = Vector<T>.Count;
            var failures = new Failures(c);
            foreach (KernelOutput<T> output in c.Outputs)
            {
                // All of inputs goes through one vector path of the span kernel; VectorMath promises bit-identical results
                // at every width, so the Vector<T> overload (256-bit here) must agree with it exactly.
                T[] spanResult = new T[inputs.Length];
                output.Span(inputs, spanResult);
                for (int start = 0; start < inputs.Length; start += lanes)
                {
                    T[] chunk = Window(inputs, start, lanes);
                    Vector<T> result = output.Vector(new Vector<T>(chunk));
                    for (int lane = 0; lane < lanes; lane++)
                    {
                        failures.CheckClose(output, chunk[lane], result[lane], output.Scalar(chunk[lane]), $"Vector<{typeof(T).Name}> lane {lane}");
                        failures.CheckSame(result[lane], spanResult[(start + lane) % inputs.Length], $"{output}: Vector<T> lane {lane} of x = {chunk[lane]} against the span kernel");
                    }
                }
            }

            failures.AssertNone();
        }

        private static void InPlaceMatches<T>(KernelCase<T> c)
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            T[] inputs = KernelCases.Inputs<T>();
            var failures = new Failures(c);
            for (int n = 0; n <= Widths.MaxLength<T>(); n++)
            {
                T[] x = Window(inputs, 3 * n, n);
                T[] g = KernelCases.Gradients<T>(n);
                foreach (KernelOutput<T> output in c.Outputs)
                {
                    T[] expected = new T[n];
                    output.Span(x, expected);
                    T[] buffer = (T[])x.Clone();
                    output.Span(buffer, buffer);
                    failures.CheckSame(buffer, expected, $"{output} in place, length {n}");
                }

                T[] backward = new T[n];
                c.Backward(x, g, backward);
                T[] overX = (T[])x.Clone();
                c.Backward(overX, g, overX);
                failures.CheckSame(overX, backward, $"Backward with inputGradient == x, length {n}");
                T[] overG = (T[])g.Clone();
                c.Backward(x, overG, overG);
                failures.CheckSame(overG, backward, $"Backward with inputGradient == outputGradient, length {n}");

                T[] values = new T[n];
                T[] derivatives = new T[n];
                c.WithDerivative(x, values, derivatives);
                T[] valuesOverX = (T[])x.Clone();
                T[] otherDerivatives = new T[n];
                c.WithDerivative(valuesOverX, valuesOverX, otherDerivatives);
                failures.CheckSame(valuesOverX, values, $"WithDerivative values with values == x, length {n}");
                failures.CheckSame(otherDerivatives, derivatives, $"WithDerivative derivatives with values == x, length {n}");
                T[] derivativesOverX = (T[])x.Clone();
                T[] otherValues = new T[n];
                c.WithDerivative(derivativesOverX, otherValues, derivativesOverX);
                failures.CheckSame(otherValues, values, $"WithDerivative values with derivatives == x, length {n}");
                failures.CheckSame(derivativesOverX, derivatives, $"WithDerivative derivatives with derivatives == x, length {n}");
            }

            failures.AssertNone();
        }

        private static void ArgumentsAreChecked<T>(KernelCase<T> c)
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            T[] inputs = KernelCases.Inputs<T>();
            foreach (int n in new[] { 2, 3, Widths.Widest<T>() + 1 })
            {
                T[] x = Window(inputs, 0, n);
                T[] g = KernelCases.Gradients<T>(n);
                T[] shorter = new T[n - 1];
                T[] longer = new T[n + 1];

                foreach (KernelOutput<T> output in c.Outputs)
                {
                    Throws("destination", () => output.Span(x, new T[n - 1]), $"{output}: destination shorter than x");
                    OverlapThrows<T>(n, (buffer, xStart, outputStart) => output.Span(buffer.AsSpan(xStart, n), buffer.AsSpan(outputStart, n)), "destination", $"{output}: destination");
                }

                Throws("inputGradient", () => c.Backward(x, g, new T[n - 1]), "Backward: inputGradient shorter than x");
                Throws("outputGradient", () => c.Backward(x, shorter, new T[n]), "Backward: outputGradient shorter than x");
                Throws("outputGradient", () => c.Backward(x, longer, new T[n + 1]), "Backward: outputGradient longer than x");
                OverlapThrows<T>(n, (buffer, xStart, outputStart) => c.Backward(buffer.AsSpan(xStart, n), g, buffer.AsSpan(outputStart, n)), "inputGradient", "Backward: inputGradient over x");
                OverlapThrows<T>(n, (buffer, gStart, outputStart) => c.Backward(x, buffer.AsSpan(gStart, n), buffer.AsSpan(outputStart, n)), "inputGradient", "Backward: inputGradient over outputGradient");

                Throws("values", () => c.WithDerivative(x, new T[n - 1], new T[n]), "WithDerivative: values shorter than x");
                Throws("derivatives", () => c.WithDerivative(x, new T[n], new T[n - 1]), "WithDerivative: derivatives shorter than x");
                OverlapThrows<T>(n, (buffer, xStart, outputStart) => c.WithDerivative(buffer.AsSpan(xStart, n), buffer.AsSpan(outputStart, n), new T[n]), "values", "WithDerivative: values over x");
                OverlapThrows<T>(n, (buffer, xStart, outputStart) => c.WithDerivative(buffer.AsSpan(xStart, n), new T[n], buffer.AsSpan(outputStart, n)), "derivatives", "WithDerivative: derivatives over x");

                // The two outputs may not share memory at all, not even exactly.
                foreach (int shift in new[] { 0, 1 })
                {
                    T[] both = Filled(n + 1, Sentinel<T>());
                    var e = Assert.Throws<ArgumentException>(() => c.WithDerivative(x, both.AsSpan(0, n), both.AsSpan(shift, n)));
                    Assert.True(e.ParamName is "values" or "derivatives", $"WithDerivative: values overlapping derivatives (shift {shift}) named '{e.ParamName}'");
                    Assert.True(both.All(v => v == Sentinel<T>()), $"WithDerivative wrote into values/derivatives (shift {shift}) before throwing.");
                }

                foreach ((KernelOutput<T> by, SpanSum<T> sum) in c.BackwardBy)
                {
                    Throws("outputGradient", () => sum(x, shorter), $"BackwardBy ({by}): outputGradient shorter than x");
                    Throws("outputGradient", () => sum(x, longer), $"BackwardBy ({by}): outputGradient longer than x");
                }
            }

            // Empty spans: no exception, nothing written, the gradient of a hyperparameter over nothing is 0.
            T sentinel = Sentinel<T>();
            foreach (KernelOutput<T> output in c.Outputs)
            {
                T[] destination = Filled(4, sentinel);
                output.Span(ReadOnlySpan<T>.Empty, destination);
                output.Span(ReadOnlySpan<T>.Empty, Span<T>.Empty);
                Assert.True(destination.All(v => v == sentinel), $"{c}.{output}: an empty x wrote into destination.");
            }

            T[] a = Filled(4, sentinel);
            T[] b = Filled(4, sentinel);
            c.Backward(ReadOnlySpan<T>.Empty, ReadOnlySpan<T>.Empty, a);
            c.WithDerivative(ReadOnlySpan<T>.Empty, a, b);
            c.WithDerivative(ReadOnlySpan<T>.Empty, Span<T>.Empty, Span<T>.Empty);
            Assert.True(a.All(v => v == sentinel) && b.All(v => v == sentinel), $"{c}: an empty x wrote into an output.");
            foreach ((KernelOutput<T> by, SpanSum<T> sum) in c.BackwardBy)
            {
                Assert.True(sum(ReadOnlySpan<T>.Empty, ReadOnlySpan<T>.Empty) == T.Zero, $"{c}: BackwardBy ({by}) over empty spans is not 0.");
            }
        }

        private static void GuardsStayUntouched<T>(KernelCase<T> c)
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            T[] inputs = KernelCases.Inputs<T>();
            T sentinel = Sentinel<T>();
            var failures = new Failures(c);
            for (int n = 0; n <= Widths.MaxLength<T>(); n++)
            {
                for (int offset = 0; offset < 4; offset++)
                {
                    // Outputs are 2 longer than x, in the middle of a buffer: nothing from offset + n on may change.
                    T[] x = Window(inputs, n + offset, n);
                    T[] g = KernelCases.Gradients<T>(n);
                    foreach (KernelOutput<T> output in c.Outputs)
                    {
                        T[] destination = Filled(n + 8, sentinel);
                        output.Span(x, destination.AsSpan(offset, n + 2));
                        failures.CheckGuards(destination, offset, n, sentinel, $"{output}, length {n}, offset {offset}");
                    }

                    T[] inputGradient = Filled(n + 8, sentinel);
                    c.Backward(x, g, inputGradient.AsSpan(offset, n + 2));
                    failures.CheckGuards(inputGradient, offset, n, sentinel, $"Backward, length {n}, offset {offset}");

                    T[] values = Filled(n + 8, sentinel);
                    T[] derivatives = Filled(n + 8, sentinel);
                    c.WithDerivative(x, values.AsSpan(offset, n + 2), derivatives.AsSpan(3 - offset, n + 2));
                    failures.CheckGuards(values, offset, n, sentinel, $"WithDerivative values, length {n}, offset {offset}");
                    failures.CheckGuards(derivatives, 3 - offset, n, sentinel, $"WithDerivative derivatives, length {n}, offset {3 - offset}");
                }
            }

            failures.AssertNone();
        }

        private static void BackwardIsGradientTimesDerivative<T>(KernelCase<T> c)
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            T[] inputs = KernelCases.Inputs<T>();
            var failures = new Failures(c);
            for (int n = 0; n <= Widths.MaxLength<T>(); n++)
            {
                T[] x = Window(inputs, 7 * n, n);
                T[] g = KernelCases.Gradients<T>(n);
                T[] derivative = new T[n];
                c.Derivative.Span(x, derivative);
                T[] inputGradient = new T[n];
                c.Backward(x, g, inputGradient);
                for (int i = 0; i < n; i++)
                {
                    // One rounding of the product: within one ulp of g·f′ rounded.
                    T product = g[i] * derivative[i];
                    bool ok = T.IsNaN(product) ? T.IsNaN(inputGradient[i]) : Math.Abs(double.CreateTruncating(inputGradient[i]) - double.CreateTruncating(product)) <= Tolerance.Ulp(product);
                    failures.Check(ok, $"Backward, length {n}, element {i}: x = {x[i]}, g = {g[i]}, f′ = {derivative[i]}: inputGradient = {inputGradient[i]}, g·f′ = {product}");
                }
            }

            failures.AssertNone();
        }

        private static void WithDerivativeMatches<T>(KernelCase<T> c)
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            // The fused kernel evaluates the same DAG nodes with the same operations as the separate kernels (one
            // schedule over both roots only shares locals), and a length takes the same path in all three, so the results
            // are bitwise equal.
            T[] inputs = KernelCases.Inputs<T>();
            var failures = new Failures(c);
            for (int n = 0; n <= Widths.MaxLength<T>(); n++)
            {
                T[] x = Window(inputs, 11 * n, n);
                T[] values = new T[n];
                T[] derivatives = new T[n];
                c.WithDerivative(x, values, derivatives);
                T[] f = new T[n];
                T[] d = new T[n];
                c.Function.Span(x, f);
                c.Derivative.Span(x, d);
                failures.CheckSame(values, f, $"WithDerivative values against f, length {n}");
                failures.CheckSame(derivatives, d, $"WithDerivative derivatives against f′, length {n}");
            }

            failures.AssertNone();
        }

        private static void BackwardByIsSum<T>(KernelCase<T> c)
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            Assert.NotEmpty(c.BackwardBy);
            T[] inputs = KernelCases.Inputs<T>();
            double epsilon = double.CreateTruncating(T.BitIncrement(T.One) - T.One);
            var failures = new Failures(c);
            foreach ((KernelOutput<T> by, SpanSum<T> sum) in c.BackwardBy)
            {
                for (int n = 0; n <= Widths.MaxLength<T>() + 40; n++)
                {
                    T[] x = Window(inputs, 13 * n, n);
                    T[] g = KernelCases.Gradients<T>(n);
                    T[] d = new T[n];
                    by.Span(x, d);

                    // The products are the ones the kernel forms (same path, so the same ∂f/∂p bits, one rounding each);
                    // only the order of the additions differs: |Δ| ≤ n·ε·Σ|terms|.
                    double reference = 0, compensation = 0, magnitude = 0;
                    for (int i = 0; i < n; i++)
                    {
                        double term = double.CreateTruncating(g[i] * d[i]);
                        double y = term - compensation;
                        double t = reference + y;
                        compensation = t - reference - y;
                        reference = t;
                        magnitude += Math.Abs(term);
                    }

                    double actual = double.CreateTruncating(sum(x, g));
                    failures.Check(Math.Abs(actual - reference) <= n * epsilon * magnitude, $"BackwardBy ({by}), length {n}: {actual}, Σ g·∂f/∂p = {reference}, allowed {n * epsilon * magnitude:G3}");
                }
            }

            failures.AssertNone();
        }

        private static void WidthsAgree<T>(KernelCase<T> c)
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            // Lengths that each run one path: 3W + 3 the widest; Vector256/Vector128 count exactly (too short for any
            // wider vector); 1 … Vector128 count − 1 the scalar loop. Each element of the long span is recomputed in every
            // shorter one, at position i mod length, among other inputs.
            T[] inputs = KernelCases.Inputs<T>();
            int n = Widths.MaxLength<T>();
            var lengths = new List<int>();
            if (Vector256.IsHardwareAccelerated && Vector256<T>.Count < Widths.Widest<T>())
            {
                lengths.Add(Vector256<T>.Count);
            }

            if (Vector128.IsHardwareAccelerated && Vector128<T>.Count < Widths.Widest<T>())
            {
                lengths.Add(Vector128<T>.Count);
            }

            int scalarLength = Math.Max(1, Vector128.IsHardwareAccelerated ? Math.Min(3, Vector128<T>.Count - 1) : 3);
            lengths.Add(scalarLength);
            var failures = new Failures(c);
            foreach (KernelOutput<T> output in c.Outputs)
            {
                for (int start = 0; start < inputs.Length; start += n)
                {
                    T[] x = Window(inputs, start, n);
                    T[] wide = new T[n];
                    output.Span(x, wide);
                    foreach (int length in lengths)
                    {
                        int path = Widths.PathFor<T>(length);
                        for (int i = 0; i < n; i++)
                        {
                            T[] shortX = Window(inputs, start + 31 * i, length);
                            shortX[i % length] = x[i];
                            T[] shortResult = new T[length];
                            output.Span(shortX, shortResult);
                            T value = shortResult[i % length];
                            if (path > 1)
                            {
                                // VectorMath: every width is bit-identical; the arithmetic around it is too.
                                failures.CheckSame(value, wide[i], $"{output}: x = {x[i]} on the {path}-lane path against the {Widths.PathFor<T>(n)}-lane path");
                            }
                            else
                            {
                                failures.CheckClose(output, x[i], wide[i], value, $"{Widths.PathFor<T>(n)}-lane path against the scalar path (length {length})");
                            }
                        }
                    }
                }
            }

            failures.AssertNone();
        }

        private static void TailsMatch<T>(KernelCase<T> c)
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            T[] inputs = KernelCases.Inputs<T>();
            int w = Widths.Widest<T>();
            var failures = new Failures(c);
            foreach (KernelOutput<T> output in c.Outputs)
            {
                for (int blocks = 1; blocks <= 3; blocks++)
                {
                    for (int extra = 1; extra < w; extra++)
                    {
                        int n = blocks * w + extra;
                        T[] x = Window(inputs, 3 * n + extra, n);
                        T[] result = new T[n];
                        output.Span(x, result);
                        T[] inPlace = (T[])x.Clone();
                        output.Span(inPlace, inPlace);

                        // The same elements as whole, non-overlapping vectors: the aligned blocks, and the last w elements alone.
                        T[] aligned = new T[n];
                        for (int b = 0; b < blocks; b++)
                        {
                            output.Span(x.AsSpan(b * w, w), aligned.AsSpan(b * w, w));
                        }

                        T[] last = new T[w];
                        output.Span(x.AsSpan(n - w, w), last);
                        for (int i = 0; i < n; i++)
                        {
                            T reference = output.Scalar(x[i]);
                            T vectorReference = i >= n - w ? last[i - (n - w)] : aligned[i];
                            string where = $"length {n}, element {i}{(i >= n - w ? " (in the overlapping last vector)" : string.Empty)}";
                            failures.CheckSame(result[i], vectorReference, $"{output}, {where}: x = {x[i]}, against the same element in a lone vector");
                            failures.CheckSame(inPlace[i], result[i], $"{output}, {where}: in place against out of place");
                            failures.CheckClose(output, x[i], result[i], reference, where);
                        }
                    }
                }
            }

            failures.AssertNone();
        }

        private static void SpecialValuesMatch<T>(KernelCase<T> c)
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            T[] specials = { T.NaN, T.PositiveInfinity, T.NegativeInfinity, T.One, -T.NaN };
            var failures = new Failures(c);
            foreach (KernelOutput<T> output in c.Outputs)
            {
                foreach (int n in new[] { 1, Vector128<T>.Count, Widths.Widest<T>() + 1 })
                {
                    T[] x = Window(specials, n, n);
                    T[] result = new T[n];
                    output.Span(x, result);
                    for (int i = 0; i < n; i++)
                    {
                        failures.CheckClose(output, x[i], result[i], output.Scalar(x[i]), $"special input, length {n}");
                    }
                }
            }

            failures.AssertNone();
        }

        private static void For(string type, string name, Action<KernelCase<float>> single, Action<KernelCase<double>> @double)
        {
            if (type == "float")
            {
                single(KernelCase<float>.Get(name));
            }
            else
            {
                Assert.Equal("double", type);
                @double(KernelCase<double>.Get(name));
            }
        }

        private static TheoryData<string, string> AllCases(Func<CaseSpec, bool> include)
        {
            var data = new TheoryData<string, string>();
            foreach (string type in new[] { "float", "double" })
            {
                foreach (CaseSpec spec in KernelCases.All.Where(include))
                {
                    data.Add(type, spec.Name);
                }
            }

            return data;
        }

        private static bool ContainsCall(string expression, string function)
        {
            for (int i = expression.IndexOf(function + "(", StringComparison.Ordinal); i >= 0; i = expression.IndexOf(function + "(", i + 1, StringComparison.Ordinal))
            {
                if (i == 0 || !char.IsLetterOrDigit(expression[i - 1]))
                {
                    return true;
                }
            }

            return false;
        }

        private static T Sentinel<T>()
            where T : IBinaryFloatingPointIeee754<T> => T.CreateTruncating(SentinelValue);

        /// <summary>count values of source, cyclically, from start.</summary>
        private static T[] Window<T>(T[] source, int start, int count)
        {
            var result = new T[count];
            for (int i = 0; i < count; i++)
            {
                result[i] = source[(start + i) % source.Length];
            }

            return result;
        }

        private static T[] Filled<T>(int n, T value)
        {
            var result = new T[n];
            Array.Fill(result, value);
            return result;
        }

        private static void Throws(string parameter, Action action, string what)
        {
            ArgumentException e;
            try
            {
                action();
                throw new Xunit.Sdk.XunitException($"{what}: no ArgumentException.");
            }
            catch (ArgumentException caught)
            {
                e = caught;
            }

            Assert.True(e.ParamName == parameter, $"{what}: ArgumentException names '{e.ParamName}', expected '{parameter}'.");
        }

        /// <summary>Output and input in one buffer, one element apart either way: ArgumentException, and nothing written.</summary>
        private static void OverlapThrows<T>(int n, Action<T[], int, int> call, string parameter, string what)
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            foreach ((int inputStart, int outputStart) in new[] { (0, 1), (1, 0) })
            {
                T[] buffer = new T[n + 1];
                for (int i = 0; i < buffer.Length; i++)
                {
                    buffer[i] = T.CreateTruncating(i + 0.5);
                }

                T[] before = (T[])buffer.Clone();
                Throws(parameter, () => call(buffer, inputStart, outputStart), $"{what} partially overlapping (input at {inputStart}, output at {outputStart}, length {n})");
                Assert.True(buffer.AsSpan().SequenceEqual(before), $"{what}: the buffer changed before the overlap was reported.");
            }
        }

        /// <summary>Collects every mismatch of one test (the first few are reported) so a failure shows its pattern.</summary>
        private sealed class Failures
        {
            private const int Shown = 12;
            private readonly object _case;
            private readonly StringBuilder _text = new StringBuilder();
            private int _count;
            private int _checks;

            public Failures(object kernelCase) => _case = kernelCase;

            public void Check(bool ok, string message)
            {
                _checks++;
                if (!ok)
                {
                    Add(message);
                }
            }

            public void CheckClose<T>(KernelOutput<T> output, T x, T actual, T expected, string where)
                where T : unmanaged, IBinaryFloatingPointIeee754<T>
            {
                _checks++;
                if (!output.Tolerance.Accepts(x, actual, expected))
                {
                    double allowed = output.Tolerance.Allowed(x, expected);
                    double ulps = Math.Abs(double.CreateTruncating(actual) - double.CreateTruncating(expected)) / Tolerance.Ulp(expected);
                    Add($"{output}, {where}: x = {x:R}: got {actual:R}, scalar {expected:R} ({ulps:G4} ulp apart; allowed {allowed:G3} = {allowed / Tolerance.Ulp(expected):G4} ulp)");
                }
            }

            public void CheckSame<T>(T actual, T expected, string where)
                where T : unmanaged, IBinaryFloatingPointIeee754<T>
            {
                _checks++;
                if (!(actual == expected && T.IsNegative(actual) == T.IsNegative(expected)) && !(T.IsNaN(actual) && T.IsNaN(expected)))
                {
                    Add($"{where}: {actual:R} ≠ {expected:R}");
                }
            }

            public void CheckSame<T>(T[] actual, T[] expected, string where)
                where T : unmanaged, IBinaryFloatingPointIeee754<T>
            {
                for (int i = 0; i < expected.Length; i++)
                {
                    CheckSame(actual[i], expected[i], $"{where}, element {i}");
                }
            }

            public void CheckGuards<T>(T[] buffer, int start, int count, T sentinel, string where)
                where T : unmanaged, IBinaryFloatingPointIeee754<T>
            {
                for (int i = 0; i < buffer.Length; i++)
                {
                    if (i < start || i >= start + count)
                    {
                        _checks++;
                        if (buffer[i] != sentinel)
                        {
                            Add($"{where}: buffer[{i}] outside the output [{start}, {start + count}) was overwritten with {buffer[i]:R}");
                        }
                    }
                }
            }

            public void AssertNone()
            {
                Assert.True(_checks > 0, $"{_case}: nothing was checked.");
                Assert.True(_count == 0, $"{_case}: {_count} of {_checks} checks failed:{Environment.NewLine}{_text}");
            }

            private void Add(string message)
            {
                if (++_count <= Shown)
                {
                    _text.AppendLine(message);
                }
            }
        }
    }
}
