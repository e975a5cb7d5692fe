using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using System.Text;
using Activations.Runtime.Tests.Kernels;
using Xunit;

namespace Activations.Runtime.Tests.Builtins
{
    /// <summary>
    /// Issue 6, "Numerical stability": for every built-in, f and every generated derivative (f′, f″, every ∂f/∂p), float
    /// and double, no NaN for a non-NaN input and no ±∞ where the true value is finite, over a dense grid of
    /// [−1e4, 1e4] and at ±∞ — through the scalar members and through both paths of the span kernels (the vector path
    /// calls VectorMath, whose algorithms differ from the scalar ones). Plus the issue's worked examples.
    /// </summary>
    public sealed class BuiltinStabilityTests
    {
        private const int OneElementStride = 4;

        public static TheoryData<string, string> Cases => BuiltinCatalog.Cases();

        public static TheoryData<string> Types => new() { "float", "double" };

        [Theory]
        [MemberData(nameof(Types))]
        public void The_issue_examples_hold_by_every_path(string type) => BuiltinCatalog.For(type, Examples<float>, Examples<double>);

        [Theory]
        [MemberData(nameof(Cases))]
        public void Every_output_is_finite_over_the_grid_and_NaN_free_at_infinity(string type, string name) =>
            BuiltinCatalog.For(type, () => Stable<float>(BuiltinCatalog.Get(name)), () => Stable<double>(BuiltinCatalog.Get(name)));

        [Fact]
        public void The_grid_has_the_required_points()
        {
            Builtin relu6 = BuiltinCatalog.Get("Relu6");
            float[] floats = Grid<float>(relu6, []);
            double[] doubles = Grid<double>(relu6, []);
            Assert.Contains(floats, x => float.IsSubnormal(x) && x > 0);
            Assert.Contains(floats, x => float.IsSubnormal(x) && x < 0);
            Assert.Contains(doubles, x => double.IsSubnormal(x) && x > 0);
            Assert.Contains(doubles, x => double.IsSubnormal(x) && x < 0);
            foreach (double[] grid in new[] { doubles, floats.Select(v => (double)v).ToArray() })
            {
                Assert.Contains(1e4, grid);
                Assert.Contains(-1e4, grid);
                Assert.Contains(grid, x => x == 0 && double.IsNegative(x));
                Assert.Contains(grid, x => x == 0 && !double.IsNegative(x));
                Assert.Contains(grid, x => Math.Abs(x - 1e-30) <= 1e-37);
                Assert.Contains(grid, x => Math.Abs(x + 1e-30) <= 1e-37);
                Assert.Contains(6.0, grid); // Relu6's kink and its neighbours
                Assert.Contains(grid, x => x > 6 && x - 6 < 1e-6);
                Assert.Contains(grid, x => x < 6 && 6 - x < 1e-6);
                Assert.True(grid.Count(x => Math.Abs(x) <= 60) > 5_000, "dense where the exponentials turn");
                Assert.True(grid.Length > 18_000);
                Assert.All(grid, x => Assert.True(double.IsFinite(x) && Math.Abs(x) <= 1e4));
            }
        }

        private static void Examples<T>()
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            Check("Softplus", 0, 1000, v => v == T.CreateTruncating(1000), "1000");
            Check("LogSigmoid", 0, -1000, v => v == T.CreateTruncating(-1000), "−1000");
            Check("Sigmoid", 0, -1000, v => v == T.Zero, "0");
            Check("Mish", 1, 1000, v => v == T.One, "1");
            Check("Gelu", 0, -50, v => v == T.Zero, "−0 or 0");

            static void Check(string name, int output, double x, Func<T, bool> ok, string expected)
            {
                BuiltinMembers<T> members = BuiltinMembers<T>.AllSets(BuiltinCatalog.Get(name)).First();
                foreach ((string path, T value) in members.Everywhere(output, T.CreateTruncating(x)))
                {
                    Assert.True(ok(value), $"{path} = {value}, expected {expected}");
                }
            }
        }

        private static void Stable<T>(Builtin builtin)
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            var failures = new List<string>();
            foreach (BuiltinMembers<T> members in BuiltinMembers<T>.AllSets(builtin))
            {
                T[] grid = Grid<T>(builtin, members.Set.Values);
                var spanWhole = new T[grid.Length];
                var one = new T[1];
                for (int o = 0; o < builtin.Outputs.Count; o++)
                {
                    string member = builtin.Name + builtin.Outputs[o];
                    Func<T, T> scalar = members.Scalars[o];
                    SpanMap<T> span = members.Spans[o];
                    span(grid, spanWhole);
                    for (int i = 0; i < grid.Length; i++)
                    {
                        T x = grid[i];
                        Finite(scalar(x), member, x);
                        Finite(spanWhole[i], "span (vector) " + member, x);
                        if (i % OneElementStride == 0)
                        {
                            // The kernel's one-element path runs the VectorMath scalars, the same algorithms as its lanes
                            // (bit-identical by design), so a sample of the (shuffled) grid suffices.
                            span(new ReadOnlySpan<T>(in grid[i]), one);
                            Finite(one[0], "span (one element) " + member, x);
                        }
                    }

                    // ±∞: never NaN; infinite only where the limit is: where the mpmath value grows linearly from ±1e3
                    // to ±1e4 (every built-in output is either linear in x far out or bounded there).
                    foreach (int sign in new[] { 1, -1 })
                    {
                        T x = sign > 0 ? T.PositiveInfinity : T.NegativeInfinity;
                        BuiltinRow<T>[] rows = BuiltinReference.Rows<T>(builtin.Name, members.Set.Label).ToArray();
                        T atEdge = rows.Single(r => r.X == T.CreateTruncating(sign * 1e4)).Outputs[o];
                        T before = rows.Single(r => r.X == T.CreateTruncating(sign * 1e3)).Outputs[o];
                        bool unbounded = atEdge != T.Zero && T.Abs(atEdge) >= T.CreateTruncating(9) * T.Abs(before);
                        var infinite = new T[3 * Kernels.Widths.Widest<T>() + 1];
                        Array.Fill(infinite, x);
                        var results = new T[infinite.Length];
                        span(infinite, results);
                        span(new ReadOnlySpan<T>(in infinite[0]), one);
                        foreach ((string path, T value) in new[] { (member, scalar(x)), ("span (vector) " + member, results[0]), ("span (one element) " + member, one[0]) })
                        {
                            if (T.IsNaN(value) || T.IsInfinity(value) != unbounded || (unbounded && T.Sign(value) != T.Sign(atEdge)))
                            {
                                failures.Add($"{path}({x}) = {value} [{members.Set}]; at {sign * 1e3} and {sign * 1e4} the reference is {before} and {atEdge}, so the limit is {(unbounded ? "infinite with that sign" : "finite")}");
                            }
                        }
                    }
                }

                void Finite(T value, string path, T x)
                {
                    if (!T.IsFinite(value))
                    {
                        failures.Add($"{path}({x}) = {value} [{members.Set}]");
                    }
                }
            }

            Assert.True(failures.Count == 0, $"{builtin.Name}: {failures.Count} non-finite results\n" + string.Join("\n", failures.Distinct().Take(40)));
        }

        /// <summary>
        /// [−1e4, 1e4] in steps of 2 and [−60, 60] in steps of 1/16, magnitudes 10^(k/20) from the smallest subnormal up
        /// to 1e4 of both signs, seeded random points (half of them in [−50, 50], where the exponentials turn), ±0, ±1e-30, the smallest subnormal and normal,
        /// and each kink with its neighbours. Shuffled so that every vector mixes all kinds.
        /// </summary>
        internal static T[] Grid<T>(Builtin builtin, double[] hyperparameters)
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            var values = new List<T>();
            for (int i = -5_000; i <= 5_000; i++)
            {
                values.Add(T.CreateTruncating(2 * i));
            }

            for (int i = -960; i <= 960; i++)
            {
                values.Add(T.CreateTruncating(i / 16.0)); // [−60, 60], where the exponentials turn and underflow in float
            }

            int lowest = typeof(T) == typeof(float) ? -45 * 20 : -323 * 20;
            for (int k = lowest; k <= 4 * 20; k++)
            {
                T m = T.CreateTruncating(Math.Pow(10, k / 20.0));
                if (m != T.Zero && m <= T.CreateTruncating(1e4))
                {
                    values.Add(m);
                    values.Add(-m);
                }
            }

            var random = new Random(20240616);
            for (int i = 0; i < 3000; i++)
            {
                values.Add(T.CreateTruncating(random.NextDouble() * 2e4 - 1e4));
                values.Add(T.CreateTruncating(random.NextDouble() * 100 - 50));
            }

            T minNormal = T.CreateTruncating(BuiltinErrors.MinNormal<T>());
            values.AddRange([-T.Zero, T.Epsilon, -T.Epsilon, minNormal, -minNormal, T.CreateTruncating(1e-30), T.CreateTruncating(-1e-30)]);
            foreach (double kink in builtin.Kinks(hyperparameters))
            {
                T k = T.CreateTruncating(kink);
                values.AddRange([k, T.BitIncrement(k), T.BitDecrement(k)]);
            }

            T[] result = values.ToArray();
            random.Shuffle(result);
            return result;
        }
    }
}
