using System;
using System.Collections.Generic;
using System.Numerics;
using System.Text;
using Activations.Runtime.Tests.Kernels;
using Xunit;

namespace Activations.Runtime.Tests.Robustness
{
    /// <summary>
    /// Property tests of every span kernel kind of several built-ins — forward and derivative (f, f′, f″, ∂f/∂p), backward,
    /// with-derivative and backward-by-parameter — in float and double: random lengths 0 … 300, random offsets into larger
    /// buffers, random values with every special value (±0, ±∞, NaN of both signs, subnormals, the largest values, the
    /// limit-branch edges ±1e10 and their neighbours), sometimes in place. Each element equals the scalar member within
    /// the rule of <see cref="Tolerance"/> (NaN only with NaN), and the guard elements before and after every output,
    /// holding a NaN payload no kernel can produce, stay bit-for-bit untouched. Seeds are fixed per case.
    /// </summary>
    public sealed class SpanKernelPropertyTests
    {
        private const int Trials = 40;
        private const int MaxLength = 300;
        private const int MaxGuard = 9;

        public static TheoryData<string, string> Cases => BuiltinCase.Rows(withHyperparametersOnly: false);

        public static TheoryData<string, string> CasesWithHyperparameters => BuiltinCase.Rows(withHyperparametersOnly: true);

        [Fact]
        public void Every_case_uses_a_tolerance_that_applies_to_its_current_formula()
        {
            foreach (BuiltinCase builtin in BuiltinCase.All)
            {
                builtin.AssertToleranceSourceApplies();
            }
        }

        [Theory]
        [MemberData(nameof(Cases))]
        public void Forward_and_derivative_spans_equal_the_scalar_members_and_leave_the_guards_alone(string type, string name)
            => For(type, name, Forward<float>, Forward<double>);

        [Theory]
        [MemberData(nameof(Cases))]
        public void Backward_equals_output_gradient_times_the_scalar_derivative_and_leaves_the_guards_alone(string type, string name)
            => For(type, name, Backward<float>, Backward<double>);

        [Theory]
        [MemberData(nameof(Cases))]
        public void WithDerivative_equals_the_scalar_members_and_leaves_the_guards_alone(string type, string name)
            => For(type, name, WithDerivative<float>, WithDerivative<double>);

        [Theory]
        [MemberData(nameof(CasesWithHyperparameters))]
        public void BackwardBy_equals_the_sum_of_output_gradient_times_the_scalar_derivative_by_parameter(string type, string name)
            => For(type, name, BackwardBy<float>, BackwardBy<double>);

        private static void Forward<T>(BuiltinCase builtin, Random random, Failures failures)
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            for (int trial = 0; trial < Trials; trial++)
            {
                var kernels = new BuiltinKernels<T>(builtin, RandomValues.Hyperparameters<T>(random, builtin));
                for (int o = 0; o < kernels.Suffixes.Length; o++)
                {
                    int n = random.Next(MaxLength + 1);
                    T[] x = RandomValues.Array<T>(random, n);
                    Guarded<T> destination = Guarded<T>.Create(random, n);
                    string where = kernels + " " + kernels.Suffixes[o] + ", length " + n + ", offset " + destination.Start;
                    if (random.Next(5) == 0)
                    {
                        // In place: x is the destination itself.
                        x.CopyTo(destination.Span);
                        kernels.Spans[o](destination.Span, destination.Span);
                        where += " (in place)";
                    }
                    else
                    {
                        Guarded<T> input = Guarded<T>.Create(random, n);
                        x.CopyTo(input.Span);
                        kernels.Spans[o](input.Span, destination.Span);
                        failures.CheckUntouched(input, x, where + ", x");
                    }

                    for (int i = 0; i < n; i++)
                    {
                        failures.CheckClose(kernels.Tolerances[o], x[i], destination.Span[i], kernels.Scalars[o](x[i]), where + ", element " + i);
                    }

                    failures.CheckGuards(destination, where);
                }
            }
        }

        private static void Backward<T>(BuiltinCase builtin, Random random, Failures failures)
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            for (int trial = 0; trial < Trials; trial++)
            {
                var kernels = new BuiltinKernels<T>(builtin, RandomValues.Hyperparameters<T>(random, builtin));
                int n = random.Next(MaxLength + 1);
                T[] x = RandomValues.Array<T>(random, n);
                T[] g = RandomValues.Array<T>(random, n);
                int mode = random.Next(4);
                if (mode == 3)
                {
                    g = (T[])x.Clone();
                }

                Guarded<T> inputGradient = Guarded<T>.Create(random, n);
                string where = kernels + " Backward, length " + n + ", offset " + inputGradient.Start;
                switch (mode)
                {
                    case 0:
                        // inputGradient is x (in place).
                        x.CopyTo(inputGradient.Span);
                        kernels.Backward(inputGradient.Span, g, inputGradient.Span);
                        where += " (over x)";
                        break;
                    case 1:
                        // inputGradient is outputGradient (in place).
                        g.CopyTo(inputGradient.Span);
                        kernels.Backward(x, inputGradient.Span, inputGradient.Span);
                        where += " (over outputGradient)";
                        break;
                    default:
                        // Separate memory, x and outputGradient misaligned differently (mode 3: the same values, as if one buffer).
                        kernels.Backward(Guarded<T>.Holding(random, x).Span, Guarded<T>.Holding(random, g).Span, inputGradient.Span);
                        break;
                }

                // The derivative kernel on the same x and length takes the same paths, so the backward pass is exactly
                // g·f′ elementwise, f′ being the span derivative; that f′ equals the scalar member within the rule, checked
                // here too. For finite g and f′ this makes inputGradient g·(scalar f′) within |g|·(the rule) + one rounding.
                T[] derivative = new T[n];
                kernels.Spans[1](x, derivative);
                for (int i = 0; i < n; i++)
                {
                    T scalar = kernels.Scalars[1](x[i]);
                    failures.CheckClose(kernels.Tolerances[1], x[i], derivative[i], scalar, where + ", f′ of element " + i);
                    failures.CheckSame(inputGradient.Span[i], g[i] * derivative[i], where + ", element " + i + " against g·(span f′)");
                    if (T.IsFinite(g[i]) && T.IsFinite(scalar) && T.IsFinite(g[i] * scalar) && inputGradient.Span[i] != g[i] * scalar)
                    {
                        double expected = double.CreateTruncating(g[i]) * double.CreateTruncating(scalar);
                        double allowed = (Math.Abs(double.CreateTruncating(g[i])) * kernels.Tolerances[1].Allowed(x[i], scalar)) + Tolerance.Ulp(g[i] * scalar);
                        failures.Check(Math.Abs(double.CreateTruncating(inputGradient.Span[i]) - expected) <= allowed, where + ", element " + i + ": x = " + x[i] + ", g = " + g[i] + ": " + inputGradient.Span[i] + ", g·(scalar f′) = " + expected + ", allowed " + allowed);
                    }
                }

                failures.CheckGuards(inputGradient, where);
            }
        }

        private static void WithDerivative<T>(BuiltinCase builtin, Random random, Failures failures)
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            for (int trial = 0; trial < Trials; trial++)
            {
                var kernels = new BuiltinKernels<T>(builtin, RandomValues.Hyperparameters<T>(random, builtin));
                int n = random.Next(MaxLength + 1);
                T[] x = RandomValues.Array<T>(random, n);
                Guarded<T> values = Guarded<T>.Create(random, n);
                Guarded<T> derivatives = Guarded<T>.Create(random, n);
                string where = kernels + " WithDerivative, length " + n + ", offsets " + values.Start + " and " + derivatives.Start;
                switch (random.Next(4))
                {
                    case 0:
                        x.CopyTo(values.Span);
                        kernels.WithDerivative(values.Span, values.Span, derivatives.Span);
                        where += " (values over x)";
                        break;
                    case 1:
                        x.CopyTo(derivatives.Span);
                        kernels.WithDerivative(derivatives.Span, values.Span, derivatives.Span);
                        where += " (derivatives over x)";
                        break;
                    default:
                        kernels.WithDerivative(Guarded<T>.Holding(random, x).Span, values.Span, derivatives.Span);
                        break;
                }

                for (int i = 0; i < n; i++)
                {
                    failures.CheckClose(kernels.Tolerances[0], x[i], values.Span[i], kernels.Scalars[0](x[i]), where + ", value " + i);
                    failures.CheckClose(kernels.Tolerances[1], x[i], derivatives.Span[i], kernels.Scalars[1](x[i]), where + ", derivative " + i);
                }

                failures.CheckGuards(values, where + ", values");
                failures.CheckGuards(derivatives, where + ", derivatives");
            }
        }

        private static void BackwardBy<T>(BuiltinCase builtin, Random random, Failures failures)
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            Assert.NotEmpty(builtin.Hyperparameters);
            double epsilon = double.CreateTruncating(T.BitIncrement(T.One) - T.One);
            T small = T.CreateTruncating(1.0 / 512);
            for (int trial = 0; trial < Trials; trial++)
            {
                var kernels = new BuiltinKernels<T>(builtin, RandomValues.Hyperparameters<T>(random, builtin));
                for (int k = 0; k < kernels.BackwardBy.Length; k++)
                {
                    int output = 3 + k;
                    int n = random.Next(MaxLength + 1);
                    T[] x = RandomValues.Array<T>(random, n);

                    // Output gradients: every special value too, but finite ones at most 1/512 in magnitude, so that no sum
                    // of at most 300 products with |∂f/∂p| ≤ the largest finite value can overflow — an overflow would
                    // depend on the order of the additions, which the vector code is free to choose.
                    T[] g = new T[n];
                    for (int i = 0; i < n; i++)
                    {
                        T v = RandomValues.Next<T>(random);
                        g[i] = T.IsFinite(v) && T.Abs(v) > small ? small * T.CreateTruncating((random.NextDouble() * 2) - 1) : v;
                    }

                    string where = kernels + " BackwardBy" + builtin.Hyperparameters[k] + ", length " + n;
                    T actual = kernels.BackwardBy[k](Guarded<T>.Holding(random, x).Span, Guarded<T>.Holding(random, g).Span);

                    // The reference: Σ g·s with s the scalar ∂f/∂p. Where a gradient is ±∞ or NaN, ∞·(a value the rule lets
                    // differ from 0) may be ∞ or NaN, so there the term is g·(span ∂f/∂p), itself checked against the scalar.
                    T[] spanDerivative = new T[n];
                    kernels.Spans[output](x, spanDerivative);
                    var terms = new T[n];
                    double slack = 0;
                    for (int i = 0; i < n; i++)
                    {
                        T scalar = kernels.Scalars[output](x[i]);
                        failures.CheckClose(kernels.Tolerances[output], x[i], spanDerivative[i], scalar, where + ", ∂f/∂p of element " + i);
                        if (T.IsFinite(g[i]))
                        {
                            terms[i] = g[i] * scalar;
                            slack += T.IsFinite(scalar) ? Math.Abs(double.CreateTruncating(g[i])) * kernels.Tolerances[output].Allowed(x[i], scalar) : 0;
                        }
                        else
                        {
                            terms[i] = g[i] * spanDerivative[i];
                        }
                    }

                    failures.Check(Matches(actual, terms, epsilon, slack, out string expected), where + ": " + actual + ", expected " + expected);
                }
            }
        }

        /// <summary>
        /// Whether a sum computed in any order is the sum of <paramref name="terms"/>: NaN if a term is NaN or both
        /// infinities occur; the infinity if one occurs; otherwise within (n + 2)·ε·Σ|term| (reordering n additions, plus
        /// the compensated reference's own error) + <paramref name="slack"/> (the terms' own tolerance).
        /// </summary>
        private static bool Matches<T>(T actual, T[] terms, double epsilon, double slack, out string expected)
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            bool nan = false, plus = false, minus = false;
            double sum = 0, compensation = 0, magnitude = 0;
            foreach (T term in terms)
            {
                nan |= T.IsNaN(term);
                plus |= T.IsPositiveInfinity(term);
                minus |= T.IsNegativeInfinity(term);
                if (T.IsFinite(term))
                {
                    double value = double.CreateTruncating(term);
                    double y = value - compensation;
                    double t = sum + y;
                    compensation = (t - sum) - y;
                    sum = t;
                    magnitude += Math.Abs(value);
                }
            }

            if (nan || (plus && minus))
            {
                expected = "NaN";
                return T.IsNaN(actual);
            }

            if (plus || minus)
            {
                expected = plus ? "+∞" : "−∞";
                return plus ? T.IsPositiveInfinity(actual) : T.IsNegativeInfinity(actual);
            }

            Assert.True(magnitude < double.CreateTruncating(RandomValues.MaxValue<T>()) / 2, "the test's gradients were meant to make overflow impossible: Σ|term| = " + magnitude);
            double allowed = ((terms.Length + 2) * epsilon * magnitude) + slack;
            expected = sum + " ± " + allowed;
            return T.IsFinite(actual) && Math.Abs(double.CreateTruncating(actual) - sum) <= allowed;
        }

        private static void For(string type, string name, Action<BuiltinCase, Random, Failures> single, Action<BuiltinCase, Random, Failures> @double)
        {
            BuiltinCase builtin = BuiltinCase.Get(name);
            builtin.AssertToleranceSourceApplies();
            var random = new Random(StableHash(type + "/" + name));
            var failures = new Failures(type + " " + name);
            if (type == "float")
            {
                single(builtin, random, failures);
            }
            else
            {
                Assert.Equal("double", type);
                @double(builtin, random, failures);
            }

            failures.AssertNone();
        }

        /// <summary>A seed that is the same in every process (string.GetHashCode is randomised per process).</summary>
        private static int StableHash(string text)
        {
            int hash = 17;
            foreach (char c in text)
            {
                hash = unchecked((hash * 31) + c);
            }

            return hash;
        }

        /// <summary>A span of n elements inside a buffer with 1 … 9 guard elements before and after it, all holding the sentinel.</summary>
        internal sealed class Guarded<T>
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            private Guarded(T[] buffer, int start, int length)
            {
                Buffer = buffer;
                Start = start;
                Length = length;
            }

            public T[] Buffer { get; }

            public int Start { get; }

            public int Length { get; }

            public Span<T> Span => Buffer.AsSpan(Start, Length);

            public static Guarded<T> Create(Random random, int length)
            {
                int before = random.Next(1, MaxGuard + 1);
                int after = random.Next(1, MaxGuard + 1);
                var buffer = new T[before + length + after];
                Array.Fill(buffer, RandomValues.Sentinel<T>());
                return new Guarded<T>(buffer, before, length);
            }

            /// <summary>A guarded copy of <paramref name="values"/>, so inputs sit at random offsets too.</summary>
            public static Guarded<T> Holding(Random random, T[] values)
            {
                Guarded<T> guarded = Create(random, values.Length);
                values.CopyTo(guarded.Span);
                return guarded;
            }
        }

        /// <summary>Collects the mismatches of one test and reports the first few.</summary>
        internal sealed class Failures
        {
            private readonly string _what;
            private readonly StringBuilder _text = new StringBuilder();
            private int _count;
            private long _checks;

            public Failures(string what) => _what = what;

            public void Check(bool ok, string message)
            {
                _checks++;
                if (!ok && ++_count <= 12)
                {
                    _text.AppendLine(message);
                }
            }

            public void CheckClose<T>(Tolerance tolerance, T x, T actual, T expected, string where)
                where T : unmanaged, IBinaryFloatingPointIeee754<T>
                => Check(tolerance.Accepts(x, actual, expected), where + ": x = " + x.ToString("R", null) + ", span " + actual.ToString("R", null) + ", scalar " + expected.ToString("R", null) + ", allowed " + tolerance.Allowed(x, expected));

            /// <summary>Bitwise equal, any NaN equal to any NaN.</summary>
            public void CheckSame<T>(T actual, T expected, string where)
                where T : unmanaged, IBinaryFloatingPointIeee754<T>
                => Check((T.IsNaN(actual) && T.IsNaN(expected)) || RandomValues.Bits(actual) == RandomValues.Bits(expected), where + ": " + actual.ToString("R", null) + " ≠ " + expected.ToString("R", null));

            public void CheckGuards<T>(Guarded<T> guarded, string where)
                where T : unmanaged, IBinaryFloatingPointIeee754<T>
            {
                long sentinel = RandomValues.Bits(RandomValues.Sentinel<T>());
                for (int i = 0; i < guarded.Buffer.Length; i++)
                {
                    if (i < guarded.Start || i >= guarded.Start + guarded.Length)
                    {
                        Check(RandomValues.Bits(guarded.Buffer[i]) == sentinel, where + ": guard element " + (i - guarded.Start) + " relative to the output was overwritten with " + guarded.Buffer[i]);
                    }
                }
            }

            /// <summary>An input span must come back unchanged, guards included.</summary>
            public void CheckUntouched<T>(Guarded<T> guarded, T[] values, string where)
                where T : unmanaged, IBinaryFloatingPointIeee754<T>
            {
                CheckGuards(guarded, where);
                for (int i = 0; i < values.Length; i++)
                {
                    Check(RandomValues.Bits(guarded.Span[i]) == RandomValues.Bits(values[i]), where + ": input element " + i + " changed");
                }
            }

            public void AssertNone()
            {
                Assert.True(_checks > 1_000, _what + ": only " + _checks + " checks");
                Assert.True(_count == 0, _what + ": " + _count + " of " + _checks + " checks failed:\n" + _text);
            }
        }
    }
}
