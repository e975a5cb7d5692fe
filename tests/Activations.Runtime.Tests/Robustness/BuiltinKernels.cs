using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using System.Reflection;
using System.Text.RegularExpressions;
using Activations.Runtime.Tests.Kernels;
using Xunit;

namespace Activations.Runtime.Tests.Robustness
{
    /// <summary>
    /// A built-in of <see cref="ActivationFunctions"/> under test, and where its tolerances come from: either
    /// <see cref="Tolerance.Exact"/> (a formula with no function call but abs, sign, min, max and clamp, whose scalar and
    /// vector forms do the same IEEE operations, so they must agree bitwise whatever the hyperparameters), or the
    /// <see cref="KernelCases"/> spec of the test activation whose formula is the built-in's last branch (the built-in only
    /// adds exact limit branches in front, e.g. "x &lt; −1e10 ? 0 : …"), with that spec's hyperparameter values.
    /// </summary>
    internal sealed record BuiltinCase(string Name, string? Spec, double[] SpecHyperparameters)
    {
        /// <summary>Functions that are exact in scalar and vector code alike (see <see cref="KernelCases"/>: Abs, Sign, Min, Max, Clamp are Exact).</summary>
        private static readonly string[] ExactFunctions = { "abs", "sign", "min", "max", "clamp" };

        public static IReadOnlyList<BuiltinCase> All { get; } = new BuiltinCase[]
        {
            new("Relu", null, []),
            new("LeakyRelu", null, []),
            new("PRelu", null, []),
            new("Hardtanh", null, []),
            new("Threshold", null, []),
            new("Hardshrink", null, []),
            new("Hardswish", null, []),
            new("Softsign", null, []),
            new("Sigmoid", "Sigmoid", []),
            new("Tanh", "Tanh", []),
            new("Elu", "Elu", [1.0]),
            new("Swish", "Swish", [1.5]),
            new("Gelu", "Gelu", []),
            new("Mish", "Mish", []),
        };

        public static TheoryData<string, string> Rows(bool withHyperparametersOnly)
        {
            var rows = new TheoryData<string, string>();
            foreach (string type in new[] { "float", "double" })
            {
                foreach (BuiltinCase c in All.Where(c => !withHyperparametersOnly || c.Hyperparameters.Count > 0))
                {
                    rows.Add(type, c.Name);
                }
            }

            return rows;
        }

        public static BuiltinCase Get(string name) => All.Single(c => c.Name == name);

        public bool IsExact => Spec is null;

        /// <summary>The [Activation] formula of the built-in.</summary>
        public string Formula => Expression(typeof(ActivationFunctions), Name);

        /// <summary>The hyperparameter names as the generated members spell them ("NegativeSlope").</summary>
        public IReadOnlyList<string> Hyperparameters => KernelMembers.Hyperparameters(typeof(ActivationFunctions), Name, typeof(float));

        /// <summary>Fails unless this case's tolerance source is valid for the built-in's current formula.</summary>
        public void AssertToleranceSourceApplies()
        {
            if (IsExact)
            {
                string[] calls = Regex.Matches(Formula, @"([A-Za-z_][A-Za-z0-9_]*)\s*\(").Select(m => m.Groups[1].Value).ToArray();
                Assert.True(calls.All(ExactFunctions.Contains), Name + " calls " + string.Join(", ", calls.Except(ExactFunctions)) + ": it is not exact any more and needs a tolerance (" + Formula + ")");
                return;
            }

            CaseSpec spec = KernelCases.All.Single(s => s.Name == Spec);
            string test = Expression(typeof(SingleActivations), Spec!);
            Assert.True(Formula == test || Formula.EndsWith(" : " + test, StringComparison.Ordinal), Name + "'s formula '" + Formula + "' no longer ends with the test activation's '" + test + "', so KernelCases' tolerances do not apply");
            Assert.Equal(spec.Hyperparameters, SpecHyperparameters);
            Assert.Equal(spec.DerivativeBy.Length, Hyperparameters.Count);
        }

        /// <summary>Tolerances of f, f′, f″ and each ∂f/∂p.</summary>
        public Tolerance[] Tolerances()
        {
            if (IsExact)
            {
                return Enumerable.Repeat(Tolerance.Exact, 3 + Hyperparameters.Count).ToArray();
            }

            CaseSpec spec = KernelCases.All.Single(s => s.Name == Spec);
            return new[] { spec.Function, spec.Derivative, spec.SecondDerivative }.Concat(spec.DerivativeBy).ToArray();
        }

        public override string ToString() => Name;

        private static string Expression(Type holder, string name)
            => KernelMembers.Declared(holder).First(m => m.Name == name).GetCustomAttribute<ActivationAttribute>()!.Expression;
    }

    /// <summary>The generated members of one built-in with its hyperparameters bound.</summary>
    internal sealed class BuiltinKernels<T>
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        private static readonly Type Holder = typeof(ActivationFunctions);

        public BuiltinKernels(BuiltinCase builtin, T[] hyperparameters)
        {
            Case = builtin;
            Hyperparameters = hyperparameters;
            Suffixes = new[] { string.Empty, "Derivative", "SecondDerivative" }.Concat(builtin.Hyperparameters.Select(p => "DerivativeBy" + p)).ToArray();
            Tolerances = builtin.Tolerances();
            Scalars = Suffixes.Select(s => KernelMembers.Scalar(Holder, builtin.Name + s, hyperparameters)).ToArray();
            Spans = Suffixes.Select(s => KernelMembers.Map(Holder, builtin.Name + s, hyperparameters)).ToArray();
            Backward = KernelMembers.Backward(Holder, builtin.Name, hyperparameters);
            WithDerivative = KernelMembers.WithDerivative(Holder, builtin.Name, hyperparameters);
            BackwardBy = builtin.Hyperparameters.Select(p => KernelMembers.BackwardBy(Holder, builtin.Name, p, hyperparameters)).ToArray();
        }

        public BuiltinCase Case { get; }

        public T[] Hyperparameters { get; }

        /// <summary>"", "Derivative", "SecondDerivative", "DerivativeBy{P}"…; index 1 is f′.</summary>
        public string[] Suffixes { get; }

        public Tolerance[] Tolerances { get; }

        public Func<T, T>[] Scalars { get; }

        public SpanMap<T>[] Spans { get; }

        public SpanBackward<T> Backward { get; }

        public SpanWithDerivative<T> WithDerivative { get; }

        /// <summary>XBackwardBy{P}, one per hyperparameter; output 3 + k is its ∂f/∂p.</summary>
        public SpanSum<T>[] BackwardBy { get; }

        public override string ToString() => typeof(T).Name + " " + Case.Name + "(" + string.Join(", ", Hyperparameters) + ")";
    }

    /// <summary>Random inputs for property tests: ordinary values mixed with every kind of special value.</summary>
    internal static class RandomValues
    {
        public static T Next<T>(Random random)
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            bool single = typeof(T) == typeof(float);
            T sign = random.Next(2) == 0 ? T.One : -T.One;
            switch (random.Next(24))
            {
                case 0:
                    return sign * T.Zero;
                case 1:
                    return sign * T.PositiveInfinity;
                case 2:
                    return random.Next(2) == 0 ? T.NaN : -T.NaN;
                case 3:
                    // A subnormal: any pattern with a zero exponent.
                    return sign * FromBits<T>(single ? random.NextInt64(1, 0x0080_0000) : random.NextInt64(1, 0x0010_0000_0000_0000));
                case 4:
                    return sign * (random.Next(3) switch { 0 => MaxValue<T>(), 1 => T.Epsilon, _ => T.BitIncrement(T.Epsilon) });
                case 5:
                case 6:
                    // Huge: 1e10 … the largest finite value, log-uniform.
                    return sign * T.CreateTruncating(Math.Pow(10, 10 + (random.NextDouble() * ((single ? 38.5 : 308.2) - 10))));
                case 7:
                    // Tiny but normal.
                    return sign * T.CreateTruncating(Math.Pow(10, -(random.NextDouble() * (single ? 37 : 307))));
                case 8:
                {
                    // The limits and kinks of the built-ins, and one step either side.
                    double[] edges = { 0, 1e10, 1e30, 3, 6, 1, 0.5, 0.25, 0.7, 1e-30 };
                    T edge = sign * T.CreateTruncating(edges[random.Next(edges.Length)]);
                    return random.Next(3) switch { 0 => edge, 1 => T.BitIncrement(edge), _ => T.BitDecrement(edge) };
                }

                case 9:
                    return T.CreateTruncating((random.NextDouble() * 200) - 100);
                default:
                    return T.CreateTruncating((random.NextDouble() * 24) - 12);
            }
        }

        public static T[] Array<T>(Random random, int length)
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            var values = new T[length];
            for (int i = 0; i < length; i++)
            {
                values[i] = Next<T>(random);
            }

            return values;
        }

        /// <summary>
        /// Hyperparameters for an exact built-in: anything finite or not (exactness holds for every value); for the others,
        /// the values their tolerances were derived for.
        /// </summary>
        public static T[] Hyperparameters<T>(Random random, BuiltinCase builtin)
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            if (!builtin.IsExact)
            {
                return builtin.SpecHyperparameters.Select(T.CreateTruncating).ToArray();
            }

            return builtin.Hyperparameters.Select(_ => random.Next(6) == 0 ? Next<T>(random) : T.CreateTruncating((random.NextDouble() * 8) - 4)).ToArray();
        }

        /// <summary>A quiet NaN with a payload no computation produces from these inputs: what guard elements hold.</summary>
        public static T Sentinel<T>()
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
            => typeof(T) == typeof(float) ? FromBits<T>(0x7FC5_A5A5) : FromBits<T>(0x7FF8_A5A5_A5A5_A5A5);

        /// <summary>The largest finite value of T.</summary>
        public static T MaxValue<T>()
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
            => T.BitDecrement(T.PositiveInfinity);

        public static long Bits<T>(T value)
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
            => typeof(T) == typeof(float) ? BitConverter.SingleToInt32Bits((float)(object)value) : BitConverter.DoubleToInt64Bits((double)(object)value);

        private static T FromBits<T>(long bits)
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
            => typeof(T) == typeof(float) ? (T)(object)BitConverter.Int32BitsToSingle((int)bits) : (T)(object)BitConverter.Int64BitsToDouble(bits);
    }
}
