using System;
using System.Linq;
using System.Numerics;
using Activations.Runtime.Tests.Kernels;
using Xunit;

namespace Activations.Runtime.Tests.SoftmaxTests
{
    /// <summary>
    /// Softmax, LogSoftmax and Softmin over one vector: against double references with derived error bounds at every
    /// length up to 3 vectors + 3, and exactly where the exact answer is representable.
    /// </summary>
    public sealed class SoftmaxForwardTests
    {
        [Fact]
        public void Softmax_of_1000_and_1001_is_finite_and_correct()
        {
            Thousand<float>();
            Thousand<double>();

            float[] y = new float[2];
            float[] m = new float[2];
            ActivationFunctions.Softmax([1000f, 1001f], y);
            ActivationFunctions.Softmin([-1000f, -1001f], m);
            Assert.Equal(y, m);
        }

        /// <summary>
        /// exp(1000) overflows float and double, so an unshifted softmax gives ∞/∞ = NaN here. The issue's values
        /// [0.26894142, 0.73105858] are 1/(1 + e) and e/(1 + e) to 8 digits (±5e-9).
        /// </summary>
        private static void Thousand<T>()
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            var api = SoftmaxApi.For<T>();
            T[] x = [T.CreateTruncating(1000), T.CreateTruncating(1001)];
            double[] xd = [1000, 1001];
            double[] issue = [0.26894142, 0.73105858];
            double[] logs = [-Math.Log(1 + Math.E), 1 - Math.Log(1 + Math.E)];
            var y = new T[2];
            var l = new T[2];
            api.Softmax.Vector(x, y);
            api.LogSoftmax.Vector(x, l);
            for (int i = 0; i < 2; i++)
            {
                double p = i == 0 ? 1 / (1 + Math.E) : Math.E / (1 + Math.E);
                double allowed = SoftmaxReference.SoftmaxAllowed<T>(xd, i, p, 1);
                double actual = double.CreateTruncating(y[i]);
                Assert.True(Math.Abs(actual - p) <= allowed, $"{typeof(T).Name} Softmax([1000, 1001])[{i}] = {y[i]:R}, expected {p:R} ± {allowed:E2}");
                Assert.True(Math.Abs(actual - issue[i]) <= allowed + 5e-9, $"{typeof(T).Name} Softmax([1000, 1001])[{i}] = {y[i]:R}, the issue says {issue[i]}");

                double allowedLog = SoftmaxReference.LogSoftmaxAllowed<T>(xd, i, logs[i]);
                Assert.True(Math.Abs(double.CreateTruncating(l[i]) - logs[i]) <= allowedLog, $"{typeof(T).Name} LogSoftmax([1000, 1001])[{i}] = {l[i]:R}, expected {logs[i]:R} ± {allowedLog:E2}");
            }
        }

        [Fact]
        public void Forward_members_match_the_double_reference_at_every_length()
        {
            MatchReference<float>();
            MatchReference<double>();
        }

        private static void MatchReference<T>()
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            var random = new Random(6);
            foreach (ForwardOp<T> op in SoftmaxApi.For<T>().Forwards)
            {
                foreach (int n in SoftmaxInputs.Lengths<T>())
                {
                    foreach (var (scale, offset) in SoftmaxInputs.Ranges)
                    {
                        T[] x = SoftmaxInputs.Uniform<T>(random, n, scale, offset);
                        var actual = new T[n];
                        op.Vector(x, actual);
                        double[] xd = SoftmaxReference.ToDouble<T>(x);
                        double[] expected = SoftmaxReference.Forward(op.Name, xd);
                        for (int i = 0; i < n; i++)
                        {
                            double allowed = op.Name == "LogSoftmax"
                                ? SoftmaxReference.LogSoftmaxAllowed<T>(xd, i, expected[i])
                                : SoftmaxReference.SoftmaxAllowed<T>(xd, i, expected[i], op.Name == "Softmin" ? -1 : 1);
                            double error = Math.Abs(double.CreateTruncating(actual[i]) - expected[i]);
                            Assert.True(error <= allowed, $"{typeof(T).Name} {op.Name}, n = {n}, scale {scale}, offset {offset}: [{i}] = {actual[i]:R}, reference {expected[i]:R}, error {error:E3} > allowed {allowed:E3}; x = {SoftmaxInputs.Show(x)}");
                        }
                    }
                }
            }
        }

        [Fact]
        public void Rows_sum_to_one_within_n_epsilon()
        {
            SumToOne<float>();
            SumToOne<double>();
        }

        /// <summary>
        /// Σŷ_i = (Σê_i / fl(Σê_i))·(1 + one rounding each): the exp and argument errors are shared by numerator and
        /// denominator, so only the n − 1 additions and the division remain: |Σŷ − 1| ≤ n·u ≤ n·ε. A lane summed twice or
        /// not at all breaks this by the weight of that lane.
        /// </summary>
        private static void SumToOne<T>()
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            var random = new Random(60);
            double epsilon = SoftmaxReference.Epsilon<T>();
            var api = SoftmaxApi.For<T>();
            foreach (ForwardOp<T> op in new[] { api.Softmax, api.Softmin })
            {
                foreach (int n in SoftmaxInputs.Lengths<T>())
                {
                    foreach (var (scale, offset) in SoftmaxInputs.Ranges)
                    {
                        T[] x = SoftmaxInputs.Uniform<T>(random, n, scale, offset);
                        var y = new T[n];
                        op.Vector(x, y);
                        double sum = SoftmaxReference.CompensatedSum(y.Select(v => double.CreateTruncating(v)));
                        Assert.True(Math.Abs(sum - 1) <= n * epsilon, $"{typeof(T).Name} {op.Name}, n = {n}, scale {scale}: Σy − 1 = {sum - 1:E3}, allowed n·ε = {n * epsilon:E3}");
                    }
                }
            }
        }

        [Fact]
        public void A_constant_row_gives_exactly_one_over_n()
        {
            Constant<float>();
            Constant<double>();
        }

        /// <summary>exp(0) = 1 and a sum of n ones is exact, so every probability is the correctly rounded 1/n: any lane
        /// counted twice or dropped changes the sum and so every element.</summary>
        private static void Constant<T>()
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            var api = SoftmaxApi.For<T>();
            foreach (double c in new[] { 0.0, -3.25, 1000.5 })
            {
                foreach (int n in SoftmaxInputs.Lengths<T>())
                {
                    T[] x = Enumerable.Repeat(T.CreateTruncating(c), n).ToArray();
                    T expected = T.One / T.CreateTruncating(n);
                    foreach (ForwardOp<T> op in new[] { api.Softmax, api.Softmin })
                    {
                        var y = new T[n];
                        op.Vector(x, y);
                        Assert.True(y.All(v => v == expected), $"{typeof(T).Name} {op.Name} of {n} × {c}: {SoftmaxInputs.Show(y)}, expected all {expected:R}");
                    }

                    // (c − c) − log n: log's own error only.
                    var l = new T[n];
                    api.LogSoftmax.Vector(x, l);
                    double logN = Math.Log(n);
                    double allowed = 2 * Tolerance.Ulp(T.CreateTruncating(logN));
                    Assert.True(l.All(v => v == l[0]), $"{typeof(T).Name} LogSoftmax of {n} × {c}: not all equal: {SoftmaxInputs.Show(l)}");
                    Assert.True(Math.Abs(double.CreateTruncating(l[0]) + logN) <= allowed, $"{typeof(T).Name} LogSoftmax of {n} × {c}: {l[0]:R}, expected −log {n} = {-logN:R}");
                }
            }
        }

        [Fact]
        public void A_single_finite_entry_among_negative_infinities_is_one_hot_at_every_position()
        {
            OneHot<float>();
            OneHot<double>();
        }

        private static void OneHot<T>()
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            var api = SoftmaxApi.For<T>();
            foreach (int n in SoftmaxInputs.Lengths<T>())
            {
                for (int k = 0; k < n; k++)
                {
                    T[] x = Enumerable.Repeat(T.NegativeInfinity, n).ToArray();
                    x[k] = T.CreateTruncating(-7.5);
                    var y = new T[n];
                    var l = new T[n];
                    var m = new T[n];
                    api.Softmax.Vector(x, y);
                    api.LogSoftmax.Vector(x, l);
                    api.Softmin.Vector(x.Select(v => -v).ToArray(), m);
                    for (int i = 0; i < n; i++)
                    {
                        T p = i == k ? T.One : T.Zero;
                        T logP = i == k ? T.Zero : T.NegativeInfinity;
                        Assert.True(y[i] == p && m[i] == p, $"{typeof(T).Name} n = {n}, hot {k}: Softmax[{i}] = {y[i]:R}, Softmin[{i}] = {m[i]:R}, expected {p}");
                        Assert.True(l[i] == logP, $"{typeof(T).Name} n = {n}, hot {k}: LogSoftmax[{i}] = {l[i]:R}, expected {logP}");
                    }
                }
            }
        }

        [Fact]
        public void LogSoftmax_is_the_log_of_Softmax_where_that_is_not_tiny()
        {
            LogOfSoftmax<float>();
            LogOfSoftmax<double>();
        }

        /// <summary>|log ŷ − l̂| ≤ |log ŷ − log y| + |l̂ − l|: Softmax's relative bound plus LogSoftmax's absolute one.</summary>
        private static void LogOfSoftmax<T>()
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            var random = new Random(66);
            var api = SoftmaxApi.For<T>();
            int compared = 0;
            foreach (int n in SoftmaxInputs.Lengths<T>())
            {
                T[] x = SoftmaxInputs.Uniform<T>(random, n, 8, 0);
                var y = new T[n];
                var l = new T[n];
                api.Softmax.Vector(x, y);
                api.LogSoftmax.Vector(x, l);
                double[] xd = SoftmaxReference.ToDouble<T>(x);
                double[] p = SoftmaxReference.Softmax(xd);
                double[] logP = SoftmaxReference.LogSoftmax(xd);
                for (int i = 0; i < n; i++)
                {
                    if (p[i] < 1e-30)
                    {
                        continue;
                    }

                    double relative = SoftmaxReference.SoftmaxAllowed<T>(xd, i, p[i], 1) / p[i];
                    double allowed = relative + SoftmaxReference.LogSoftmaxAllowed<T>(xd, i, logP[i]);
                    double difference = Math.Abs(Math.Log(double.CreateTruncating(y[i])) - double.CreateTruncating(l[i]));
                    Assert.True(difference <= allowed, $"{typeof(T).Name} n = {n}: log Softmax[{i}] = {Math.Log(double.CreateTruncating(y[i])):R}, LogSoftmax[{i}] = {l[i]:R}, difference {difference:E3} > {allowed:E3}");
                    compared++;
                }
            }

            Assert.True(compared > 100, $"only {compared} elements compared");
        }

        [Fact]
        public void LogSoftmax_stays_exact_where_Softmax_underflows()
        {
            // e^−200 ≈ 1.4e-87 is below float's smallest subnormal: Softmax gives 0, whose log is −∞.
            float[] y = new float[2];
            ActivationFunctions.Softmax([0f, -200f], y);
            Assert.Equal([1f, 0f], y);

            float[] l = new float[2];
            ActivationFunctions.LogSoftmax([0f, -200f], l);
            Assert.Equal([0f, -200f], l); // log(1 + e^−200) rounds to 0 in float: both results are exact.

            double[] ld = new double[2];
            ActivationFunctions.LogSoftmax([0d, -1000d], ld);
            Assert.Equal([0d, -1000d], ld);

            // Deep in the underflow range with several survivors: (x − m) − log Σ, checked against the reference.
            float[] x = [3f, 2.5f, -180f, -250.75f, 1f, -1000f, 0f];
            float[] lx = new float[x.Length];
            ActivationFunctions.LogSoftmax(x, lx);
            double[] xd = SoftmaxReference.ToDouble<float>(x);
            double[] expected = SoftmaxReference.LogSoftmax(xd);
            for (int i = 0; i < x.Length; i++)
            {
                double allowed = SoftmaxReference.LogSoftmaxAllowed<float>(xd, i, expected[i]);
                Assert.True(Math.Abs(lx[i] - expected[i]) <= allowed, $"LogSoftmax[{i}] = {lx[i]:R}, expected {expected[i]:R} ± {allowed:E2}");
            }

            // Softmax underflows to 0 for the −180 … −1000 entries, LogSoftmax keeps them to the float's own precision.
            float[] px = new float[x.Length];
            ActivationFunctions.Softmax(x, px);
            Assert.True(px[2] == 0f && px[3] == 0f && px[5] == 0f, $"Softmax = {SoftmaxInputs.Show(px)}: expected underflow to 0");
        }

        [Fact]
        public void Extreme_finite_inputs_stay_finite()
        {
            Extremes<float>();
            Extremes<double>();
        }

        private static void Extremes<T>()
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            var api = SoftmaxApi.For<T>();
            T big = T.CreateTruncating(1e4);

            // −Max − Max overflows to −∞, whose exp is 0: still [0, 1].
            T max = T.BitDecrement(T.PositiveInfinity);
            T[] huge = [-max, max];
            var y = new T[2];
            api.Softmax.Vector(huge, y);
            Assert.True(y[0] == T.Zero && y[1] == T.One, $"{typeof(T).Name} Softmax([−Max, Max]) = {SoftmaxInputs.Show(y)}");

            api.Softmax.Vector([big, -big], y);
            Assert.True(y[0] == T.One && y[1] == T.Zero, $"{typeof(T).Name} Softmax([1e4, −1e4]) = {SoftmaxInputs.Show(y)}");

            api.LogSoftmax.Vector([-big, big], y);
            Assert.True(y[0] == -(big + big) && y[1] == T.Zero, $"{typeof(T).Name} LogSoftmax([−1e4, 1e4]) = {SoftmaxInputs.Show(y)}");

            api.Softmin.Vector([big, -big], y);
            Assert.True(y[0] == T.Zero && y[1] == T.One, $"{typeof(T).Name} Softmin([1e4, −1e4]) = {SoftmaxInputs.Show(y)}");
        }

        [Fact]
        public void Special_values_follow_PyTorch_at_every_position()
        {
            SpecialValues<float>();
            SpecialValues<double>();
        }

        /// <summary>
        /// torch.softmax([−inf, 0, 1]) = [0, 0.2689, 0.7311]; torch.softmax([inf, 1]) = [nan, nan] (inf − inf);
        /// torch.softmax([−inf, −inf]) = [nan, nan]; any NaN makes the row NaN. log_softmax likewise, with −inf for the
        /// −inf entry. Each special value is put at every position, so it meets every lane and tail.
        /// </summary>
        private static void SpecialValues<T>()
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            var api = SoftmaxApi.For<T>();
            var random = new Random(7);
            foreach (int n in SoftmaxInputs.Lengths<T>())
            {
                for (int k = 0; k < n; k++)
                {
                    T[] x = SoftmaxInputs.Uniform<T>(random, n, 4, 0);
                    double[] rest = SoftmaxReference.ToDouble<T>(x);

                    foreach (T special in new[] { T.NaN, T.PositiveInfinity })
                    {
                        x[k] = special;
                        foreach (ForwardOp<T> op in new[] { api.Softmax, api.LogSoftmax })
                        {
                            var y = new T[n];
                            op.Vector(x, y);
                            Assert.True(y.All(T.IsNaN), $"{typeof(T).Name} {op.Name}, n = {n}, {special} at {k}: {SoftmaxInputs.Show(y)}, expected all NaN");
                        }

                        var m = new T[n];
                        api.Softmin.Vector(x.Select(v => -v).ToArray(), m);
                        Assert.True(m.All(T.IsNaN), $"{typeof(T).Name} Softmin, n = {n}, {-special} at {k}: {SoftmaxInputs.Show(m)}, expected all NaN");
                    }

                    // −∞ contributes nothing: the others are the softmax of the rest.
                    x[k] = T.NegativeInfinity;
                    if (n > 1)
                    {
                        var y = new T[n];
                        var l = new T[n];
                        api.Softmax.Vector(x, y);
                        api.LogSoftmax.Vector(x, l);
                        Assert.True(y[k] == T.Zero && l[k] == T.NegativeInfinity, $"{typeof(T).Name} n = {n}, −∞ at {k}: Softmax {y[k]:R}, LogSoftmax {l[k]:R}");
                        double[] others = rest.Where((_, i) => i != k).ToArray();
                        double[] expected = SoftmaxReference.Softmax(others);
                        double[] expectedLog = SoftmaxReference.LogSoftmax(others);
                        for (int i = 0, j = 0; i < n; i++)
                        {
                            if (i == k)
                            {
                                continue;
                            }

                            double allowed = SoftmaxReference.SoftmaxAllowed<T>(others, j, expected[j], 1);
                            double allowedLog = SoftmaxReference.LogSoftmaxAllowed<T>(others, j, expectedLog[j]);
                            Assert.True(Math.Abs(double.CreateTruncating(y[i]) - expected[j]) <= allowed, $"{typeof(T).Name} Softmax, n = {n}, −∞ at {k}: [{i}] = {y[i]:R}, expected {expected[j]:R}");
                            Assert.True(Math.Abs(double.CreateTruncating(l[i]) - expectedLog[j]) <= allowedLog, $"{typeof(T).Name} LogSoftmax, n = {n}, −∞ at {k}: [{i}] = {l[i]:R}, expected {expectedLog[j]:R}");
                            j++;
                        }
                    }
                }

                // Every entry −∞: −∞ − (−∞) is NaN, as in PyTorch. Softmin's counterpart is every entry +∞.
                T[] allNegative = Enumerable.Repeat(T.NegativeInfinity, n).ToArray();
                T[] allPositive = Enumerable.Repeat(T.PositiveInfinity, n).ToArray();
                var output = new T[n];
                api.Softmax.Vector(allNegative, output);
                Assert.True(output.All(T.IsNaN), $"{typeof(T).Name} Softmax of {n} × −∞: {SoftmaxInputs.Show(output)}");
                api.LogSoftmax.Vector(allNegative, output);
                Assert.True(output.All(T.IsNaN), $"{typeof(T).Name} LogSoftmax of {n} × −∞: {SoftmaxInputs.Show(output)}");
                api.Softmin.Vector(allPositive, output);
                Assert.True(output.All(T.IsNaN), $"{typeof(T).Name} Softmin of {n} × +∞: {SoftmaxInputs.Show(output)}");
            }
        }

        [Fact]
        public void Softmin_is_Softmax_of_the_negated_input_bit_for_bit()
        {
            SoftminIsNegatedSoftmax<float>();
            SoftminIsNegatedSoftmax<double>();
        }

        private static void SoftminIsNegatedSoftmax<T>()
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            var random = new Random(8);
            var api = SoftmaxApi.For<T>();
            foreach (int n in SoftmaxInputs.Lengths<T>())
            {
                T[] x = SoftmaxInputs.Uniform<T>(random, n, 30, 2);
                var softmin = new T[n];
                var softmax = new T[n];
                api.Softmin.Vector(x, softmin);
                api.Softmax.Vector(x.Select(v => -v).ToArray(), softmax);
                Assert.Equal(softmax, softmin);

                // The smallest input gets the largest probability.
                Assert.Equal(Array.IndexOf(x, x.Min()), Array.IndexOf(softmin, softmin.Max()));
            }
        }
    }
}
