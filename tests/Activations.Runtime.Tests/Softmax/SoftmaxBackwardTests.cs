using System;
using System.Linq;
using System.Numerics;
using Xunit;

namespace Activations.Runtime.Tests.SoftmaxTests
{
    /// <summary>
    /// SoftmaxBackward, LogSoftmaxBackward and SoftminBackward: against the explicit Jacobian-vector product in double, and
    /// against central finite differences of the forward members themselves.
    /// </summary>
    public sealed class SoftmaxBackwardTests
    {
        [Fact]
        public void SoftmaxBackward_and_SoftminBackward_match_the_explicit_Jacobian_product()
        {
            SoftmaxJacobian<float>();
            SoftmaxJacobian<double>();
        }

        private static void SoftmaxJacobian<T>()
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            var random = new Random(16);
            var api = SoftmaxApi.For<T>();
            foreach (var (op, sign) in new[] { (api.SoftmaxBackward, 1.0), (api.SoftminBackward, -1.0) })
            {
                foreach (int n in SoftmaxInputs.Lengths<T>())
                {
                    foreach (double scale in new[] { 1.0, 6.0 })
                    {
                        T[] x = SoftmaxInputs.Uniform<T>(random, n, scale, 0);
                        T[] g = SoftmaxInputs.Uniform<T>(random, n, 1, 0.25);
                        var y = new T[n];
                        op.Forward.Vector(x, y);
                        var dx = new T[n];
                        op.Vector(y, g, dx);

                        double[] yd = SoftmaxReference.ToDouble<T>(y);
                        double[] gd = SoftmaxReference.ToDouble<T>(g);
                        double[] expected = SoftmaxReference.SoftmaxJacobianProduct(yd, gd, sign);
                        for (int k = 0; k < n; k++)
                        {
                            double allowed = SoftmaxReference.SoftmaxBackwardAllowed<T>(yd, gd, k);
                            double error = Math.Abs(double.CreateTruncating(dx[k]) - expected[k]);
                            Assert.True(error <= allowed, $"{typeof(T).Name} {op.Name}, n = {n}: [{k}] = {dx[k]:R}, J·g = {expected[k]:R}, error {error:E3} > {allowed:E3}");
                        }
                    }
                }
            }
        }

        [Fact]
        public void LogSoftmaxBackward_matches_the_explicit_Jacobian_product()
        {
            LogSoftmaxJacobian<float>();
            LogSoftmaxJacobian<double>();
        }

        private static void LogSoftmaxJacobian<T>()
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            var random = new Random(17);
            var api = SoftmaxApi.For<T>();
            foreach (int n in SoftmaxInputs.Lengths<T>())
            {
                foreach (double scale in new[] { 1.0, 6.0, 60.0 })
                {
                    T[] x = SoftmaxInputs.Uniform<T>(random, n, scale, 0);
                    T[] g = SoftmaxInputs.Uniform<T>(random, n, 1, -0.25);
                    var l = new T[n];
                    api.LogSoftmax.Vector(x, l);
                    var dx = new T[n];
                    api.LogSoftmaxBackward.Vector(l, g, dx);

                    double[] ld = SoftmaxReference.ToDouble<T>(l);
                    double[] gd = SoftmaxReference.ToDouble<T>(g);
                    double[] expected = SoftmaxReference.LogSoftmaxJacobianProduct(ld, gd);
                    for (int k = 0; k < n; k++)
                    {
                        double allowed = SoftmaxReference.LogSoftmaxBackwardAllowed<T>(ld, gd, k);
                        double error = Math.Abs(double.CreateTruncating(dx[k]) - expected[k]);
                        Assert.True(error <= allowed, $"{typeof(T).Name} LogSoftmaxBackward, n = {n}, scale {scale}: [{k}] = {dx[k]:R}, J·g = {expected[k]:R}, error {error:E3} > {allowed:E3}");
                    }
                }
            }
        }

        /// <summary>
        /// ∂/∂x_k Σ_i g_i f(x)_i by central differences of the implementation's own double forward pass, against the
        /// backward pass fed that forward pass's output. With h = 1e-5 the truncation error is h²/6·|third derivative|
        /// (≈ 1e-11 for these inputs) and the rounding error about ε·n/h ≈ 1e-9 at most, so 1e-8 leaves a margin of
        /// ten while a wrong formula (a missing term, a wrong sign, softmax in place of its log) is off by 1e-2 or more.
        /// </summary>
        [Fact]
        public void Backward_members_are_the_gradients_of_the_forward_members()
        {
            const double H = 1e-5;
            const double Tolerance = 1e-8;
            var random = new Random(18);
            var api = SoftmaxApi.For<double>();
            foreach (BackwardOp<double> op in api.Backwards)
            {
                foreach (int n in new[] { 1, 2, 5, 8, 9, 17, 27 })
                {
                    double[] x = SoftmaxInputs.Uniform<double>(random, n, 2, 0);
                    double[] g = SoftmaxInputs.Uniform<double>(random, n, 1, 0.1);
                    var y = new double[n];
                    op.Forward.Vector(x, y);
                    var gradient = new double[n];
                    op.Vector(y, g, gradient);

                    double Loss(double[] input)
                    {
                        var output = new double[n];
                        op.Forward.Vector(input, output);
                        return output.Zip(g, (a, b) => a * b).Sum();
                    }

                    for (int k = 0; k < n; k++)
                    {
                        double[] plus = (double[])x.Clone();
                        double[] minus = (double[])x.Clone();
                        plus[k] += H;
                        minus[k] -= H;
                        double numeric = (Loss(plus) - Loss(minus)) / (plus[k] - minus[k]);
                        Assert.True(Math.Abs(numeric - gradient[k]) <= Tolerance, $"{op.Name}, n = {n}: ∂L/∂x[{k}] = {gradient[k]:R}, central difference {numeric:R}");
                    }
                }
            }
        }

        [Fact]
        public void SoftminBackward_is_SoftmaxBackward_negated_bit_for_bit()
        {
            Negated<float>();
            Negated<double>();
        }

        private static void Negated<T>()
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            var random = new Random(19);
            var api = SoftmaxApi.For<T>();
            foreach (int n in SoftmaxInputs.Lengths<T>())
            {
                T[] x = SoftmaxInputs.Uniform<T>(random, n, 3, 0);
                T[] g = SoftmaxInputs.Uniform<T>(random, n, 1, 0);
                var y = new T[n];
                api.Softmin.Vector(x, y);
                var softmin = new T[n];
                var softmax = new T[n];
                api.SoftminBackward.Vector(y, g, softmin);
                api.SoftmaxBackward.Vector(y, g, softmax);
                Assert.Equal(softmax.Select(v => -v).ToArray(), softmin);
            }
        }

        [Fact]
        public void A_constant_output_gradient_has_zero_input_gradient()
        {
            Constant<float>();
            Constant<double>();
        }

        /// <summary>
        /// Softmax is invariant to adding a constant to x, so Σ_i c·y_i = c has zero gradient: g = c·1 back-propagates to
        /// y ⊙ (c − c·Σŷ). |Σŷ − 1| ≤ n·u (see the forward sum test) and the fused dot product adds n·u·c, so
        /// |dx_k| ≤ n·ε·c·y_k; then one rounding. (LogSoftmax is not invariant in this sense: Σ log p depends on x.)
        /// </summary>
        private static void Constant<T>()
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            const double C = 0.75;
            var random = new Random(20);
            var api = SoftmaxApi.For<T>();
            double epsilon = SoftmaxReference.Epsilon<T>();
            foreach (int n in SoftmaxInputs.Lengths<T>())
            {
                T[] x = SoftmaxInputs.Uniform<T>(random, n, 4, 0);
                T[] g = Enumerable.Repeat(T.CreateTruncating(C), n).ToArray();
                foreach (BackwardOp<T> op in new[] { api.SoftmaxBackward, api.SoftminBackward })
                {
                    var y = new T[n];
                    op.Forward.Vector(x, y);
                    var dx = new T[n];
                    op.Vector(y, g, dx);
                    for (int k = 0; k < n; k++)
                    {
                        double allowed = 1.01 * n * epsilon * C * double.CreateTruncating(y[k]);
                        Assert.True(Math.Abs(double.CreateTruncating(dx[k])) <= allowed, $"{typeof(T).Name} {op.Name}, n = {n}, constant g: [{k}] = {dx[k]:R}, allowed |·| ≤ {allowed:E3}");
                    }
                }
            }
        }
    }
}
