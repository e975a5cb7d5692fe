using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using Xunit;

namespace Activations.Runtime.Tests.Builtins
{
    /// <summary>
    /// The documented conventions at kinks (PyTorch's: the branch the condition selects gives the derivative), exactly,
    /// by the scalar members and by both paths of the span kernels, float and double, at default and custom
    /// hyperparameters.
    /// </summary>
    public sealed class BuiltinKinkTests
    {
        private const int F = 0;
        private const int D1 = 1;
        private const int D2 = 2;

        public static TheoryData<string> Types => new() { "float", "double" };

        [Theory]
        [MemberData(nameof(Types))]
        public void Relu_and_Relu6_have_derivative_0_at_their_kinks(string type) => BuiltinCatalog.For(type, Run<float>, Run<double>);

        [Theory]
        [MemberData(nameof(Types))]
        public void LeakyRelu_PRelu_Elu_Celu_and_Selu_take_the_left_branch_at_0(string type) => BuiltinCatalog.For(type, Left<float>, Left<double>);

        [Theory]
        [MemberData(nameof(Types))]
        public void Hard_functions_and_shrinkages_follow_PyTorch_at_their_edges(string type) => BuiltinCatalog.For(type, Hard<float>, Hard<double>);

        [Theory]
        [MemberData(nameof(Types))]
        public void Threshold_and_Step_have_derivative_0_at_the_step(string type) => BuiltinCatalog.For(type, Steps<float>, Steps<double>);

        [Theory]
        [MemberData(nameof(Types))]
        public void Softplus_at_beta_x_equal_to_threshold_uses_the_smooth_branch(string type) => BuiltinCatalog.For(type, SoftplusEdge<float>, SoftplusEdge<double>);

        private static void Run<T>()
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            var relu = Members<T>("Relu");
            Expect(relu, F, 0, 0);
            Expect(relu, D1, 0, 0);
            Expect(relu, D1, -0.0, 0);
            Expect(relu, D2, 0, 0);
            Expect(relu, D1, Next<T>(0), 1); // the smallest subnormal is already on the x > 0 branch

            var relu6 = Members<T>("Relu6");
            Expect(relu6, D1, 0, 0);
            Expect(relu6, D1, 6, 0);
            Expect(relu6, F, 6, 6);
            Expect(relu6, D1, Previous<T>(6), 1);
            Expect(relu6, D1, Next<T>(0), 1);
        }

        private static void Left<T>()
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            foreach (BuiltinMembers<T> leaky in All<T>("LeakyRelu"))
            {
                T slope = leaky.Hyperparameters[0];
                Expect(leaky, D1, T.Zero, slope);
                Expect(leaky, D1, -T.Zero, slope);
                Expect(leaky, 3, T.Zero, T.Zero); // ∂f/∂negativeSlope = x on the x ≤ 0 branch
            }

            foreach (BuiltinMembers<T> prelu in All<T>("PRelu"))
            {
                T a = prelu.Hyperparameters[0];
                Expect(prelu, D1, T.Zero, a);
                Expect(prelu, F, T.Zero, T.Zero);
                Expect(prelu, 3, T.Zero, T.Zero); // ∂f/∂a = x for x ≤ 0, else 0 (documented)
                Expect(prelu, 3, T.CreateTruncating(-2.5), T.CreateTruncating(-2.5));
                Expect(prelu, 3, T.CreateTruncating(2.5), T.Zero);
            }

            foreach (BuiltinMembers<T> elu in All<T>("Elu"))
            {
                T alpha = elu.Hyperparameters[0];
                Expect(elu, D1, T.Zero, alpha);
                Expect(elu, D2, T.Zero, alpha);
                Expect(elu, F, T.Zero, T.Zero);
            }

            foreach (BuiltinMembers<T> celu in All<T>("Celu"))
            {
                // Continuously differentiable: 1 from both sides.
                Expect(celu, D1, T.Zero, T.One);
                Expect(celu, D1, Next(T.Zero), T.One);
                Expect(celu, F, T.Zero, T.Zero);
            }

            // scale·α, rounded as the generated code rounds it: the product of the two constants in T.
            T scaleAlpha = T.CreateTruncating(1.0507009873554804934193349852946) * T.CreateTruncating(1.6732632423543772848170429916717);
            Expect(Members<T>("Selu"), D1, T.Zero, scaleAlpha);
            Expect(Members<T>("Selu"), D1, Next(T.Zero), T.CreateTruncating(1.0507009873554804934193349852946));
        }

        private static void Hard<T>()
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            foreach (BuiltinMembers<T> hardtanh in All<T>("Hardtanh"))
            {
                T min = hardtanh.Hyperparameters[0];
                T max = hardtanh.Hyperparameters[1];
                Expect(hardtanh, D1, min, T.Zero);
                Expect(hardtanh, D1, max, T.Zero);
                Expect(hardtanh, F, min, min);
                Expect(hardtanh, F, max, max);
                Expect(hardtanh, D1, Next(min), T.One);
                Expect(hardtanh, D1, Previous(max), T.One);
            }

            var hardsigmoid = Members<T>("Hardsigmoid");
            Expect(hardsigmoid, D1, -3, 0);
            Expect(hardsigmoid, D1, 3, 0);
            Expect(hardsigmoid, F, -3, 0);
            Expect(hardsigmoid, F, 3, 1);
            T sixth = T.One / T.CreateTruncating(6);
            Expect(hardsigmoid, D1, Next<T>(-3), sixth);  // inside, even one ulp from the edge
            Expect(hardsigmoid, D1, Previous<T>(3), sixth);

            var hardswish = Members<T>("Hardswish");
            Expect(hardswish, D1, -3, -0.5);
            Expect(hardswish, D1, 3, 1.5);
            Expect(hardswish, F, -3, 0);
            Expect(hardswish, F, 3, 3);
            Expect(hardswish, D1, Previous<T>(-3), 0);
            Expect(hardswish, D1, Next<T>(3), 1);

            foreach (string name in new[] { "Hardshrink", "Softshrink" })
            {
                foreach (BuiltinMembers<T> shrink in All<T>(name))
                {
                    T lambda = shrink.Hyperparameters[0];
                    Expect(shrink, D1, lambda, T.Zero);
                    Expect(shrink, D1, -lambda, T.Zero);
                    Expect(shrink, F, lambda, T.Zero);
                    Expect(shrink, F, -lambda, T.Zero);
                    Expect(shrink, D1, Next(lambda), T.One);
                    Expect(shrink, D1, Previous(-lambda), T.One);
                }
            }
        }

        private static void Steps<T>()
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            foreach (BuiltinMembers<T> threshold in All<T>("Threshold"))
            {
                T at = threshold.Hyperparameters[0];
                T value = threshold.Hyperparameters[1];
                Expect(threshold, D1, at, T.Zero);
                Expect(threshold, F, at, value);
                Expect(threshold, D1, Next(at), T.One);
                Expect(threshold, F, Next(at), Next(at));
            }

            var step = Members<T>("Step");
            foreach (double x in new[] { 0.0, -0.0, 1e-30, -1e-30, 1, -1, 1e4, -1e4 })
            {
                Expect(step, D1, x, 0);
                Expect(step, D2, x, 0);
            }

            Expect(step, F, 0, 0);
            Expect(step, F, -0.0, 0);
            Expect(step, F, Next<T>(0), 1);
        }

        private static void SoftplusEdge<T>()
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            foreach (BuiltinMembers<T> softplus in All<T>("Softplus"))
            {
                T beta = softplus.Hyperparameters[0];
                T threshold = softplus.Hyperparameters[1];
                T x = threshold / beta;
                Assert.Equal(threshold, beta * x); // the kink itself: β·x == threshold exactly (20/1 and 12/1.5)

                // The smooth branch: σ(threshold) and β·σ(1 − σ) > 0, where the linear branch would give 1 and 0.
                double s = 1 / (1 + Math.Exp(-double.CreateTruncating(threshold)));
                foreach ((string path, T value) in softplus.Everywhere(D1, x))
                {
                    Assert.True(Math.Abs(double.CreateTruncating(value) - s) <= 2 * Kernels.Tolerance.Ulp(value), $"{path} = {value}, expected σ(threshold) = {s}");
                }

                if (typeof(T) == typeof(double) || threshold < T.CreateTruncating(16))
                {
                    // Where T can tell σ(threshold) from 1 (double; float only for the smaller threshold; σ(20) rounds
                    // to 1f, and f″ = β·σ·(1 − σ) then cancels to 0, see BuiltinAccuracyTests).
                    foreach ((string path, T value) in softplus.Everywhere(D1, x))
                    {
                        Assert.True(value < T.One, $"{path} = {value}: the linear branch's 1, not σ(threshold)");
                    }

                    foreach ((string path, T value) in softplus.Everywhere(D2, x))
                    {
                        Assert.True(value > T.Zero, $"{path} = {value}: the linear branch's 0, not the smooth branch's β·σ·(1 − σ)");
                    }
                }

                // One step beyond the kink: the linear branch, exactly.
                Expect(softplus, F, Next(x), Next(x));
                Expect(softplus, D1, Next(x), T.One);
                Expect(softplus, D2, Next(x), T.Zero);
            }
        }

        private static BuiltinMembers<T> Members<T>(string name)
            where T : unmanaged, IBinaryFloatingPointIeee754<T> =>
            BuiltinMembers<T>.AllSets(BuiltinCatalog.Get(name)).Single();

        private static IEnumerable<BuiltinMembers<T>> All<T>(string name)
            where T : unmanaged, IBinaryFloatingPointIeee754<T> =>
            BuiltinMembers<T>.AllSets(BuiltinCatalog.Get(name));

        private static T Next<T>(double x)
            where T : unmanaged, IBinaryFloatingPointIeee754<T> => T.BitIncrement(T.CreateTruncating(x));

        private static T Next<T>(T x)
            where T : unmanaged, IBinaryFloatingPointIeee754<T> => T.BitIncrement(x);

        private static T Previous<T>(double x)
            where T : unmanaged, IBinaryFloatingPointIeee754<T> => T.BitDecrement(T.CreateTruncating(x));

        private static T Previous<T>(T x)
            where T : unmanaged, IBinaryFloatingPointIeee754<T> => T.BitDecrement(x);

        private static void Expect<T>(BuiltinMembers<T> members, int output, double x, double expected)
            where T : unmanaged, IBinaryFloatingPointIeee754<T> =>
            Expect(members, output, T.CreateTruncating(x), T.CreateTruncating(expected));

        private static void Expect<T>(BuiltinMembers<T> members, int output, T x, double expected)
            where T : unmanaged, IBinaryFloatingPointIeee754<T> =>
            Expect(members, output, x, T.CreateTruncating(expected));

        /// <summary>Every path gives exactly <paramref name="expected"/> (either zero for a zero).</summary>
        private static void Expect<T>(BuiltinMembers<T> members, int output, T x, T expected)
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            foreach ((string path, T value) in members.Everywhere(output, x))
            {
                Assert.True(value == expected, $"{path} [{members.Set}] = {value}, expected {expected}");
            }
        }
    }
}
