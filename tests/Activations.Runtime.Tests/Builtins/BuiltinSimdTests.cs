using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using Activations.Runtime.Tests.Kernels;
using Xunit;
using B = Activations.Runtime.Tests.Kernels.Tolerance.Bounds;

namespace Activations.Runtime.Tests.Builtins
{
    /// <summary>
    /// SIMD == scalar for the built-ins: every span kernel (f, f′, f″, ∂f/∂p) against the scalar members within the
    /// vector-math bound (<see cref="Tolerance"/>: each call's VectorMath bound plus the scalar library's, carried through
    /// the formula), the <c>Vector&lt;T&gt;</c> overloads bitwise equal to the span kernels, and the backward, fused and
    /// hyperparameter-gradient kernels consistent with them — PReluBackwardByA and SwishBackwardByBeta in particular.
    /// </summary>
    public sealed class BuiltinSimdTests
    {
        public static TheoryData<string, string> Cases => BuiltinCatalog.Cases();

        public static TheoryData<string> Types => new() { "float", "double" };

        [Fact]
        public void Every_builtin_output_has_a_tolerance()
        {
            foreach (Builtin b in BuiltinCatalog.All)
            {
                foreach (HyperparameterSet set in b.Sets)
                {
                    Assert.Equal(b.Outputs.Count, Tolerances(b, set.Values).Length);
                }
            }
        }

        [Theory]
        [MemberData(nameof(Cases))]
        public void Span_kernels_match_the_scalar_members_within_the_vector_math_bound(string type, string name) =>
            BuiltinCatalog.For(type, () => SpanMatchesScalar<float>(BuiltinCatalog.Get(name)), () => SpanMatchesScalar<double>(BuiltinCatalog.Get(name)));

        [Theory]
        [MemberData(nameof(Cases))]
        public void Backward_WithDerivative_and_BackwardBy_agree_with_the_span_kernels(string type, string name) =>
            BuiltinCatalog.For(type, () => FusedAndBackward<float>(BuiltinCatalog.Get(name)), () => FusedAndBackward<double>(BuiltinCatalog.Get(name)));

        [Theory]
        [MemberData(nameof(Types))]
        public void PReluBackwardByA_sums_output_gradient_times_x_over_the_non_positive_inputs(string type) =>
            BuiltinCatalog.For(type, PReluByA<float>, PReluByA<double>);

        [Theory]
        [MemberData(nameof(Types))]
        public void SwishBackwardByBeta_sums_output_gradient_times_the_derivative_by_beta(string type) =>
            BuiltinCatalog.For(type, SwishByBeta<float>, SwishByBeta<double>);

        private static void SpanMatchesScalar<T>(Builtin builtin)
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            var failures = new List<string>();
            foreach (BuiltinMembers<T> members in BuiltinMembers<T>.AllSets(builtin))
            {
                Tolerance[] tolerances = Tolerances(builtin, members.Hyperparameters.Select(double.CreateTruncating).ToArray());
                T[] inputs = Inputs<T>(builtin, members.Set.Values);
                for (int o = 0; o < builtin.Outputs.Count; o++)
                {
                    string member = builtin.Name + builtin.Outputs[o];
                    Func<T, T> scalar = members.Scalars[o];
                    Func<Vector<T>, Vector<T>> vector = KernelMembers.Vector(typeof(ActivationFunctions), member, members.Hyperparameters);

                    // The whole input (vector path, overlapping last vector) and every short length (scalar path and
                    // every tail), each element against the scalar member.
                    double worst = 0;
                    var all = new T[inputs.Length];
                    members.Spans[o](inputs, all);
                    Check(inputs, all, "length " + inputs.Length);
                    for (int n = 1; n <= Widths.MaxLength<T>(); n++)
                    {
                        T[] x = inputs.AsSpan(7 * n % (inputs.Length - n), n).ToArray();
                        var d = new T[n];
                        members.Spans[o](x, d);
                        Check(x, d, "length " + n);
                    }

                    // Vector<T> overloads: VectorMath gives the same bits at every width, so lane i is the span's element i.
                    for (int start = 0; start + Vector<T>.Count <= inputs.Length; start += Vector<T>.Count)
                    {
                        Vector<T> lanes = vector(new Vector<T>(inputs, start));
                        for (int lane = 0; lane < Vector<T>.Count; lane++)
                        {
                            if (!Same(lanes[lane], all[start + lane]))
                            {
                                failures.Add($"Vector<{typeof(T).Name}> {member}({inputs[start + lane]}) = {lanes[lane]}, span kernel {all[start + lane]} [{members.Set}]");
                            }
                        }
                    }

                    TestContext.Current.TestOutputHelper?.WriteLine($"{member} ({typeof(T).Name}, {members.Set}): max |span − scalar| = {worst:0.###} of the allowed (U = {tolerances[o].Ulps})");

                    void Check(T[] x, T[] actual, string where)
                    {
                        for (int i = 0; i < x.Length; i++)
                        {
                            T expected = scalar(x[i]);
                            double allowed = tolerances[o].Allowed(x[i], expected);
                            if (allowed > 0 && T.IsFinite(expected) && T.IsFinite(actual[i]))
                            {
                                worst = Math.Max(worst, Math.Abs(double.CreateTruncating(actual[i]) - double.CreateTruncating(expected)) / allowed);
                            }

                            if (!tolerances[o].Accepts(x[i], actual[i], expected))
                            {
                                failures.Add($"span {member}({x[i]}) = {actual[i]}, scalar {expected}, allowed ±{tolerances[o].Allowed(x[i], expected):0.###e+0} ({where}) [{members.Set}]");
                            }
                        }
                    }
                }
            }

            Assert.True(failures.Count == 0, $"{builtin.Name}: {failures.Count} mismatches\n" + string.Join("\n", failures.Take(40)));
        }

        private static void FusedAndBackward<T>(Builtin builtin)
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            double epsilon = double.CreateTruncating(T.BitIncrement(T.One) - T.One);
            var failures = new List<string>();
            foreach (BuiltinMembers<T> members in BuiltinMembers<T>.AllSets(builtin))
            {
                Tolerance[] tolerances = Tolerances(builtin, members.Hyperparameters.Select(double.CreateTruncating).ToArray());
                T[] inputs = Inputs<T>(builtin, members.Set.Values).Where(T.IsFinite).ToArray();
                foreach (int n in Lengths<T>(inputs.Length))
                {
                    T[] x = inputs.AsSpan(0, n).ToArray();
                    T[] g = KernelCases.Gradients<T>(n);
                    var f = new T[n];
                    var d = new T[n];
                    members.Spans[0](x, f);
                    members.Spans[1](x, d);

                    // Backward multiplies the same f′ bits by g (one rounding): bitwise g·f′.
                    var backward = new T[n];
                    members.Backward(x, g, backward);
                    for (int i = 0; i < n; i++)
                    {
                        if (!Same(backward[i], g[i] * d[i]))
                        {
                            failures.Add($"{builtin.Name}Backward at x = {x[i]}, g = {g[i]}: {backward[i]}, g·f′ = {g[i] * d[i]} (length {n}) [{members.Set}]");
                        }
                    }

                    // The fused kernel evaluates the same DAG nodes with the same operations: bitwise f and f′.
                    var values = new T[n];
                    var derivatives = new T[n];
                    members.WithDerivative(x, values, derivatives);
                    for (int i = 0; i < n; i++)
                    {
                        if (!Same(values[i], f[i]) || !Same(derivatives[i], d[i]))
                        {
                            failures.Add($"{builtin.Name}WithDerivative at x = {x[i]}: ({values[i]}, {derivatives[i]}), separately ({f[i]}, {d[i]}) (length {n}) [{members.Set}]");
                        }
                    }

                    // BackwardBy{P} = Σ g·∂f/∂p: against the sum in double of g times the scalar member, allowing each
                    // term its vector-math tolerance and the sum n·ε of the absolute terms for the order of additions.
                    for (int p = 0; p < builtin.Parameters.Length; p++)
                    {
                        int o = 3 + p;
                        T sum = members.BackwardBy(builtin.Parameters[p])(x, g);
                        double expected = 0, absolute = 0, allowed = 0;
                        for (int i = 0; i < n; i++)
                        {
                            T dp = members.Scalars[o](x[i]);
                            double term = double.CreateTruncating(g[i]) * double.CreateTruncating(dp);
                            expected += term;
                            absolute += Math.Abs(term);
                            allowed += Math.Abs(double.CreateTruncating(g[i])) * tolerances[o].Allowed(x[i], dp);
                        }

                        allowed += (n + 2) * epsilon * absolute;
                        if (!(Math.Abs(double.CreateTruncating(sum) - expected) <= allowed))
                        {
                            failures.Add($"{builtin.Name}BackwardBy{Builtin.Pascal(builtin.Parameters[p])} over {n} elements: {sum}, Σ g·∂f/∂p = {expected}, allowed ±{allowed:0.###e+0} [{members.Set}]");
                        }
                    }
                }
            }

            Assert.True(failures.Count == 0, $"{builtin.Name}: {failures.Count} mismatches\n" + string.Join("\n", failures.Take(40)));
        }

        private static void PReluByA<T>()
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            foreach (BuiltinMembers<T> prelu in BuiltinMembers<T>.AllSets(BuiltinCatalog.Get("PRelu")))
            {
                SpanSum<T> byA = prelu.BackwardBy("a");
                Assert.Equal(T.Zero, byA([], []));

                // Small integers: every product and partial sum is exact, so the order of additions cannot matter.
                foreach (int n in Lengths<T>(1000))
                {
                    T[] x = Enumerable.Range(0, n).Select(i => T.CreateTruncating((i * 7 % 23) - 11)).ToArray();
                    T[] g = Enumerable.Range(0, n).Select(i => T.CreateTruncating((i * 5 % 9) - 4)).ToArray();
                    T expected = T.Zero;
                    for (int i = 0; i < n; i++)
                    {
                        expected += x[i] <= T.Zero ? g[i] * x[i] : T.Zero;
                    }

                    Assert.Equal(expected, byA(x, g));

                    // And the backward pass is g·a on x ≤ 0, g on x > 0.
                    var backward = new T[n];
                    prelu.Backward(x, g, backward);
                    for (int i = 0; i < n; i++)
                    {
                        Assert.Equal(x[i] > T.Zero ? g[i] : g[i] * prelu.Hyperparameters[0], backward[i]);
                    }
                }
            }
        }

        private static void SwishByBeta<T>()
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            double epsilon = double.CreateTruncating(T.BitIncrement(T.One) - T.One);
            foreach (BuiltinMembers<T> swish in BuiltinMembers<T>.AllSets(BuiltinCatalog.Get("Swish")))
            {
                double beta = double.CreateTruncating(swish.Hyperparameters[0]);
                Tolerance byBeta = Tolerances(BuiltinCatalog.Get("Swish"), [beta])[3];
                Assert.Equal(T.Zero, swish.BackwardBy("beta")([], []));
                foreach (int n in Lengths<T>(1000))
                {
                    T[] x = Enumerable.Range(0, n).Select(i => T.CreateTruncating(-12 + 24.0 * i / Math.Max(1, n - 1))).ToArray();
                    T[] g = KernelCases.Gradients<T>(n);

                    // Independently of the generated code: ∂/∂β x·σ(βx) = x²·σ(βx)·σ(−βx), in double.
                    double expected = 0, absolute = 0, allowed = 0;
                    for (int i = 0; i < n; i++)
                    {
                        double xi = double.CreateTruncating(x[i]);
                        double term = double.CreateTruncating(g[i]) * xi * xi * Sigmoid(beta * xi) * Sigmoid(-beta * xi);
                        expected += term;
                        absolute += Math.Abs(term);
                        allowed += Math.Abs(double.CreateTruncating(g[i])) * byBeta.Allowed(x[i], swish.Scalars[3](x[i]));
                    }

                    allowed += (n + 10) * epsilon * absolute + 1e-300;
                    T actual = swish.BackwardBy("beta")(x, g);
                    Assert.True(Math.Abs(double.CreateTruncating(actual) - expected) <= allowed,
                        $"SwishBackwardByBeta over {n} elements [{swish.Set}]: {actual}, Σ g·x²σ(βx)σ(−βx) = {expected}, allowed ±{allowed:0.###e+0}");
                }
            }
        }

        /// <summary>0, 1, around each vector width, and long spans (the masked overlapping last vector of the sums).</summary>
        private static IEnumerable<int> Lengths<T>(int available)
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            int w = Widths.Widest<T>();
            return new[] { 0, 1, 2, 3, w - 1, w, w + 1, 2 * w + 3, 5 * w - 1, 200, available }.Where(n => n >= 0 && n <= available).Distinct();
        }

        /// <summary>
        /// [−10, 10] in steps of 0.37, the kinks and their neighbours, tiny and subnormal values, ±0, the large magnitudes
        /// where the exponentials underflow (±30 … ±1e4), ±∞ and NaN; shuffled so every vector mixes kinds.
        /// </summary>
        private static T[] Inputs<T>(Builtin builtin, double[] hyperparameters)
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            var values = new List<T>();
            for (double v = -10; v <= 10; v += 0.37)
            {
                values.Add(T.CreateTruncating(v));
            }

            foreach (double kink in builtin.Kinks(hyperparameters).Concat([0.0]))
            {
                T k = T.CreateTruncating(kink);
                values.AddRange([k, T.BitIncrement(k), T.BitDecrement(k)]);
            }

            T subnormal = T.CreateTruncating(typeof(T) == typeof(float) ? 1e-40 : 1e-310);
            values.AddRange([-T.Zero, subnormal, -subnormal, T.Epsilon, -T.Epsilon]);
            values.AddRange(new[] { 1e-30, 1e-7, 1e-3, 0.5, 2.5, 3, 17.5, 30, 37.5, 80, 90, 100, 150.5, 300, 720, 1000, 1e4 }
                .SelectMany(v => new[] { v, -v }).Select(T.CreateTruncating));
            values.AddRange([T.PositiveInfinity, T.NegativeInfinity, T.NaN]);
            T[] result = values.ToArray();
            new Random(20240617).Shuffle(result);
            return result;
        }

        /// <summary>
        /// The tolerance of each output (f, f′, f″, ∂f/∂p…) of a built-in with hyperparameters p. U (see
        /// <see cref="Tolerance"/>) is written as the sum it comes from: the bounds of the calls times their powers in the
        /// formula multiplied out, plus the roundings after the first call; M(x) where terms cancel. Formulas are the
        /// generated ones (the doc comment on each member).
        /// </summary>
        internal static Tolerance[] Tolerances(Builtin builtin, double[] p)
        {
            Tolerance exact = Tolerance.Exact;
            switch (builtin.Name)
            {
                case "Sigmoid":
                    // f′ = s·(1 − s), f″ = (1 − s)·t − s·t with t = s·(1 − s): as KernelCases' Sigmoid.
                    return [new(B.Sigmoid), new(2 * B.Sigmoid + 2, x => S(x) * (1 + S(x))), new(3 * B.Sigmoid + 5, x => S(x) * (1 + S(x)) * (1 + 2 * S(x)))];
                case "Tanh":
                    return [new(B.Tanh), new(2 * B.Tanh + 2, x => 1 + Sq(Math.Tanh(x))), new(3 * B.Tanh + 3, x => 2 * Math.Abs(Math.Tanh(x)) * (1 + Sq(Math.Tanh(x))))];
                case "Elu":
                    // x ≤ 0: α·expm1(x), α·exp(x), α·exp(x), expm1(x).
                    return [new(B.Expm1 + 1), new(B.Exp + 1), new(B.Exp + 1), new(B.Expm1)];
                case "Celu":
                    // t = x/α; α·expm1(t); α·(exp(t)/α); α·(exp(t)/α/α); ∂α = expm1(t) − α·(exp(t)·(t/α)) cancels near 0.
                    return [new(B.Expm1 + 1), new(B.Exp + 2), new(B.Exp + 3),
                        new(B.Expm1 + B.Exp + 4, x => Math.Abs(Math.Exp(x / p[0]) - 1) + Math.Abs(x / p[0]) * Math.Exp(x / p[0]))];
                case "Selu":
                    return [new(B.Expm1 + 2), new(B.Exp + 2), new(B.Exp + 2)];
                case "Gelu":
                    // 0.5·(x·erfc(−x/√2)); f′ = 0.5·(erfc(u) + √(2/π)·(x·exp(−u²))) cancels for x < 0;
                    // f″ = 0.5·(√(2/π)·e + √(2/π)·(e − √2·(x·(x/√2·e)))), e = exp(−x²/2): as KernelCases' Gelu.
                    return [new(B.Erfc + 1),
                        new(B.Erfc + 3, x => 0.5 * (ActivationMath.Erfc(-x / Math.Sqrt(2)) + GeluC * Math.Abs(x) * Math.Exp(-x * x / 2))),
                        new(B.Exp + 7, x => 0.5 * GeluC * Math.Exp(-x * x / 2) * (2 + x * x))];
                case "GeluTanh":
                    // s = σ(c·(x + 0.044715x³)), c = 2√(2/π); f = x·s; f′ = s + c·(x·(s·(1 − s)·w)), w = 0.134145x² + 1;
                    // f″ = c·v + c·(v + x·(w·(c·((1 − s)·v) − c·(s·v)) + 0.26829·(x·s(1 − s)))), v = s(1 − s)·w: up to s³.
                    return [new(B.Sigmoid + 1), new(2 * B.Sigmoid + 6, GeluTanhDerivativeMagnitude), new(3 * B.Sigmoid + 12, GeluTanhSecondDerivativeMagnitude)];
                case "Silu":
                    return SwishTolerances(1);
                case "Swish":
                    return [.. SwishTolerances(p[0]), new(2 * B.Sigmoid + 4, x => x * x * S(p[0] * x) * (1 + S(p[0] * x)))];
                case "Mish":
                    // t = tanh(softplus(x)) carries softplus's error with a condition number ≤ 1: as KernelCases' Mish.
                    return [new(B.Tanh + B.Softplus + 1), new(2 * (B.Tanh + B.Softplus) + B.Sigmoid + 5, MishDerivativeMagnitude),
                        new(3 * (B.Tanh + B.Softplus) + 2 * B.Sigmoid + 11, MishSecondDerivativeMagnitude)];
                case "Softplus":
                {
                    // u = βx; softplus(u)/β; β·σ(u)/β; β·(β·(s·(1 − s)))/β; ∂β = (x·σ(u) − softplus(u)/β)/β cancels for u ≫ 0;
                    // ∂threshold = 0.
                    double beta = p[0];
                    return [new(B.Softplus + 1), new(B.Sigmoid + 2), new(2 * B.Sigmoid + 4, x => beta * S(beta * x) * (1 + S(beta * x))),
                        new(B.Sigmoid + B.Softplus + 3, x => (Math.Abs(x) * S(beta * x) + Softplus(beta * x) / beta) / beta), exact];
                }

                case "Tanhshrink":
                    // x − tanh x cancels near 0 (M = |x| + |tanh x|); t²; 2·(t·(1 − t²)).
                    return [new(B.Tanh + 1, x => Math.Abs(x) + Math.Abs(Math.Tanh(x))), new(2 * B.Tanh + 1),
                        new(3 * B.Tanh + 3, x => 2 * Math.Abs(Math.Tanh(x)) * (1 + Sq(Math.Tanh(x))))];
                case "LogSigmoid":
                    // −softplus(−x); σ(−x); −(s·(1 − s)), s = σ(−x).
                    return [new(B.Softplus), new(B.Sigmoid), new(2 * B.Sigmoid + 2, x => S(-x) * (1 + S(-x)))];
                case "Gaussian":
                    // exp(−x²); −2·(x·e); −2·(e − 2·(x·(x·e))) cancels at x² = ½.
                    return [new(B.Exp), new(B.Exp + 1), new(B.Exp + 3, x => 2 * Math.Exp(-x * x) * (1 + 2 * x * x))];
                default:
                    // Piecewise-linear and rational members without calls (sign(x) and |x| are exact on both sides):
                    // the same IEEE operations in the same order, so bitwise equal.
                    return Enumerable.Repeat(exact, builtin.Outputs.Count).ToArray();
            }
        }

        // s = σ(βx); f = x·s; f′ = s + x·(β·(s·(1 − s))); f″ = x·(β·((1 − s)·t − s·t)) + 2t, t = β·(s·(1 − s)): as KernelCases' Swish.
        private static Tolerance[] SwishTolerances(double beta) =>
        [
            new(B.Sigmoid + 1),
            new(2 * B.Sigmoid + 5, x => S(beta * x) + Math.Abs(x) * beta * S(beta * x) * (1 + S(beta * x))),
            new(3 * B.Sigmoid + 9, x =>
            {
                double s = S(beta * x);
                double t = beta * s * (1 + s);
                return Math.Abs(x) * beta * (1 + 2 * s) * t + 2 * t;
            }),
        ];

        private const double GeluC = 0.7978845608028654; // √(2/π)
        private const double GeluTanhC = 1.5957691216057308; // 2√(2/π)

        private static double GeluTanhDerivativeMagnitude(double x)
        {
            double s = S(GeluTanhC * (x + 0.044715 * x * x * x));
            double w = 0.134145 * x * x + 1;
            return s + GeluTanhC * Math.Abs(x) * s * (1 + s) * w;
        }

        private static double GeluTanhSecondDerivativeMagnitude(double x)
        {
            double s = S(GeluTanhC * (x + 0.044715 * x * x * x));
            double w = 0.134145 * x * x + 1;
            double v = s * (1 + s) * w;
            return 2 * GeluTanhC * v + Math.Abs(x) * (w * GeluTanhC * (1 + 2 * s) * v + 0.26829 * Math.Abs(x) * s * (1 + s));
        }

        private static double MishDerivativeMagnitude(double x)
        {
            double t = Math.Tanh(Softplus(x));
            return Math.Abs(t) + Math.Abs(x) * (1 + t * t) * S(x);
        }

        private static double MishSecondDerivativeMagnitude(double x)
        {
            double s = S(x);
            double t = Math.Tanh(Softplus(x));
            double w = (1 + t * t) * s;
            return Math.Abs(x) * (2 * s * Math.Abs(t) * w + (1 + t * t) * s * (1 + s)) + 2 * w;
        }

        private static double S(double x) => Sigmoid(x);

        private static double Sigmoid(double x) => x >= 0 ? 1 / (1 + Math.Exp(-x)) : Math.Exp(x) / (1 + Math.Exp(x));

        private static double Softplus(double x) => x > 0 ? x + Math.Log(1 + Math.Exp(-x)) : Math.Log(1 + Math.Exp(x));

        private static double Sq(double v) => v * v;

        /// <summary>Bitwise equal, any NaN equal to any NaN.</summary>
        private static bool Same<T>(T a, T b)
            where T : unmanaged, IBinaryFloatingPointIeee754<T> =>
            (T.IsNaN(a) && T.IsNaN(b)) || (a == b && T.IsNegative(a) == T.IsNegative(b));
    }
}
