using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using Activations.Runtime.Tests.Kernels;
using Xunit;

namespace Activations.Runtime.Tests.Builtins
{
    /// <summary>One set of hyperparameter values: "default" (the C# defaults, or PyTorch's usual value where the C# has
    /// none) or "custom" (non-default values, chosen not to be powers of two so that products with x round).</summary>
    internal sealed record HyperparameterSet(string Label, double[] Values)
    {
        public T[] As<T>()
            where T : unmanaged, IBinaryFloatingPointIeee754<T> =>
            Values.Select(T.CreateTruncating).ToArray();

        public override string ToString() => Values.Length == 0 ? Label : $"{Label} ({string.Join(", ", Values)})";
    }

    /// <summary>
    /// A built-in activation of <see cref="ActivationFunctions"/>: its hyperparameters, the sets tested, and its kinks (the
    /// points where f or one of its derivatives jumps, as a function of the hyperparameters).
    /// </summary>
    internal sealed record Builtin(string Name, string[] Parameters, Func<double[], double[]> Kinks, params HyperparameterSet[] Sets)
    {
        /// <summary>The suffixes of the generated scalar members: "", "Derivative", "SecondDerivative", "DerivativeBy{P}"….</summary>
        public IReadOnlyList<string> Outputs { get; } =
            new[] { "", "Derivative", "SecondDerivative" }.Concat(Parameters.Select(p => "DerivativeBy" + Pascal(p))).ToArray();

        public static string Pascal(string parameter) => char.ToUpperInvariant(parameter[0]) + parameter.Substring(1);

        public override string ToString() => Name;
    }

    /// <summary>The 26 built-ins with the hyperparameter sets of Data/generate_builtin_reference.py (which must agree).</summary>
    internal static class BuiltinCatalog
    {
        private static readonly HyperparameterSet None = new("default", []);

        // Softsign's kink is in f″ (−2·sign(x)/(1 + |x|)³ jumps at 0); Celu's too (f″ is 1/α left of 0 and 0 right of it).
        private static readonly Func<double[], double[]> Smooth = _ => [];
        private static readonly Func<double[], double[]> AtZero = _ => [0];

        public static IReadOnlyList<Builtin> All { get; } = new Builtin[]
        {
            new("Sigmoid", [], Smooth, None),
            new("Tanh", [], Smooth, None),
            new("Relu", [], AtZero, None),
            new("Relu6", [], _ => [0, 6], None),
            new("LeakyRelu", ["negativeSlope"], AtZero, new("default", [0.01]), new("custom", [0.2])),
            new("PRelu", ["a"], AtZero, new("default", [0.25]), new("custom", [-0.7])),
            new("Elu", ["alpha"], AtZero, new("default", [1.0]), new("custom", [0.7])),
            new("Celu", ["alpha"], AtZero, new("default", [1.0]), new("custom", [1.5])),
            new("Selu", [], AtZero, None),
            new("Gelu", [], Smooth, None),
            new("GeluTanh", [], Smooth, None),
            new("Silu", [], Smooth, None),
            new("Swish", ["beta"], Smooth, new("default", [1.0]), new("custom", [1.7])),
            new("Mish", [], Smooth, None),
            new("Softplus", ["beta", "threshold"], p => [p[1] / p[0]], new("default", [1.0, 20.0]), new("custom", [1.5, 12.0])),
            new("Softsign", [], AtZero, None),
            new("Tanhshrink", [], Smooth, None),
            new("Hardtanh", ["minValue", "maxValue"], p => [p[0], p[1]], new("default", [-1.0, 1.0]), new("custom", [-2.5, 0.75])),
            new("Hardsigmoid", [], _ => [-3, 3], None),
            new("Hardswish", [], _ => [-3, 3], None),
            new("LogSigmoid", [], Smooth, None),
            new("Hardshrink", ["lambda"], p => [-p[0], p[0]], new("default", [0.5]), new("custom", [1.25])),
            new("Softshrink", ["lambda"], p => [-p[0], p[0]], new("default", [0.5]), new("custom", [0.3])),
            new("Threshold", ["threshold", "value"], p => [p[0]], new("default", [0.1, 20.0]), new("custom", [-1.5, -0.25])),
            new("Step", [], AtZero, None),
            new("Gaussian", [], Smooth, None),
        };

        public static Builtin Get(string name) => All.Single(b => b.Name == name);

        /// <summary>(type, name) for every built-in, type being "float" or "double".</summary>
        public static TheoryData<string, string> Cases()
        {
            var data = new TheoryData<string, string>();
            foreach (string type in new[] { "float", "double" })
            {
                foreach (Builtin b in All)
                {
                    data.Add(type, b.Name);
                }
            }

            return data;
        }

        /// <summary>Runs the float or the double instantiation of a test body.</summary>
        public static void For(string type, Action asFloat, Action asDouble)
        {
            if (type == "float")
            {
                asFloat();
            }
            else
            {
                Assert.Equal("double", type);
                asDouble();
            }
        }
    }

    /// <summary>The generated members of one built-in for one element type and hyperparameter set, bound by name.</summary>
    internal sealed class BuiltinMembers<T>
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        private static readonly Type Holder = typeof(ActivationFunctions);

        public BuiltinMembers(Builtin builtin, HyperparameterSet set)
        {
            Builtin = builtin;
            Set = set;
            Hyperparameters = set.As<T>();
            Scalars = builtin.Outputs.Select(o => KernelMembers.Scalar(Holder, builtin.Name + o, Hyperparameters)).ToArray();
            Spans = builtin.Outputs.Select(o => KernelMembers.Map(Holder, builtin.Name + o, Hyperparameters)).ToArray();
        }

        public Builtin Builtin { get; }

        public HyperparameterSet Set { get; }

        public T[] Hyperparameters { get; }

        /// <summary>The scalar members, in the order of <see cref="Builtin.Outputs"/>.</summary>
        public IReadOnlyList<Func<T, T>> Scalars { get; }

        /// <summary>The span kernels, in the order of <see cref="Builtin.Outputs"/>.</summary>
        public IReadOnlyList<SpanMap<T>> Spans { get; }

        /// <summary>
        /// One output at x by every path: the scalar member, the span kernel on one element (its scalar path, VectorMath
        /// scalars) and the span kernel on a long span (the widest vector path, x in every lane).
        /// </summary>
        public IEnumerable<(string Path, T Value)> Everywhere(int output, T x)
        {
            yield return ($"{Builtin.Name}{Builtin.Outputs[output]}({x})", Scalars[output](x));
            var one = new T[1];
            Spans[output](new[] { x }, one);
            yield return ($"span {Builtin.Name}{Builtin.Outputs[output]}([{x}])", one[0]);
            T[] xs = Enumerable.Repeat(x, 4 * Widths.Widest<T>() + 3).ToArray();
            var many = new T[xs.Length];
            Spans[output](xs, many);
            yield return ($"span {Builtin.Name}{Builtin.Outputs[output]}([{x}, …] × {xs.Length}), vector lane", many[0]);
            yield return ($"span {Builtin.Name}{Builtin.Outputs[output]}([{x}, …] × {xs.Length}), tail", many[^1]);
        }

        public SpanBackward<T> Backward => KernelMembers.Backward(Holder, Builtin.Name, Hyperparameters);

        public SpanWithDerivative<T> WithDerivative => KernelMembers.WithDerivative(Holder, Builtin.Name, Hyperparameters);

        public SpanSum<T> BackwardBy(string parameter) => KernelMembers.BackwardBy(Holder, Builtin.Name, Builtin.Pascal(parameter), Hyperparameters);

        public static IEnumerable<BuiltinMembers<T>> AllSets(Builtin builtin) => builtin.Sets.Select(s => new BuiltinMembers<T>(builtin, s));
    }
}
