using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;

namespace Activations.Samples.Gallery
{
    /// <summary>An activation as the generator compiled it: its [Activation] formula and its generated f and f′.</summary>
    /// <param name="Name">The method name (Gelu).</param>
    /// <param name="DeclaringType">ActivationFunctions for the standard library, MyActivations for the samples' own.</param>
    /// <param name="Expression">The formula in the [Activation] attribute.</param>
    /// <param name="Parameters">Parameter names, the input first.</param>
    /// <param name="Hyperparameters">The values the gallery uses for parameters 1…n−1.</param>
    /// <param name="Function">The generated method, called through reflection.</param>
    /// <param name="Derivative">The generated ∂f/∂x member.</param>
    internal sealed record CatalogEntry(
        string Name,
        Type DeclaringType,
        string Expression,
        IReadOnlyList<string> Parameters,
        IReadOnlyList<double> Hyperparameters,
        MethodInfo Function,
        MethodInfo Derivative)
    {
        public bool IsBuiltIn => DeclaringType == typeof(ActivationFunctions);

        /// <summary>f at <paramref name="x"/>, whichever of float or double the method computes in.</summary>
        public double Evaluate(double x) => Invoke(Function, x);

        public double EvaluateDerivative(double x) => Invoke(Derivative, x);

        /// <summary>"beta = 1, threshold = 20", or empty.</summary>
        public string HyperparameterText => string.Join(", ", Parameters.Skip(1).Select((p, i) => p + " = " + Hyperparameters[i].ToString("R", CultureInfo.InvariantCulture)));

        private double Invoke(MethodInfo method, double x)
        {
            bool single = method.ReturnType == typeof(float);
            var arguments = new object[Parameters.Count];
            arguments[0] = single ? (object)(float)x : x;
            for (int i = 1; i < arguments.Length; i++)
            {
                arguments[i] = single ? (object)(float)Hyperparameters[i - 1] : Hyperparameters[i - 1];
            }

            object result = method.Invoke(null, arguments)!;
            return single ? (float)result : (double)result;
        }
    }

    /// <summary>Finds every scalar [Activation] method of the standard library (double) and of the samples.</summary>
    internal static class ActivationCatalog
    {
        /// <summary>Values for hyperparameters that have no default: PReLU's slope, Threshold's threshold and value.</summary>
        public static IReadOnlyDictionary<string, double> SampleArguments { get; } = new Dictionary<string, double>
        {
            ["a"] = 0.25,
            ["threshold"] = 0.5,
            ["value"] = -1,
        };

        /// <summary>The standard library's activations, in declaration order.</summary>
        public static IReadOnlyList<CatalogEntry> BuiltIns() => Find(typeof(ActivationFunctions), typeof(double));

        /// <summary>The activations the samples declare themselves (MyActivations), float or double.</summary>
        public static IReadOnlyList<CatalogEntry> Samples() => Find(typeof(MyActivations), null);

        public static IReadOnlyList<CatalogEntry> All() => BuiltIns().Concat(Samples()).ToArray();

        private static IReadOnlyList<CatalogEntry> Find(Type type, Type? numeric)
        {
            var entries = new List<CatalogEntry>();
            foreach (MethodInfo method in type.GetMethods(BindingFlags.Public | BindingFlags.Static).OrderBy(m => m.MetadataToken))
            {
                ActivationAttribute? attribute = method.GetCustomAttribute<ActivationAttribute>();
                ParameterInfo[] parameters = method.GetParameters();
                Type t = method.ReturnType;
                if (attribute is null || (numeric is not null && t != numeric) || (t != typeof(float) && t != typeof(double))
                    || parameters.Any(p => p.ParameterType != t))
                {
                    continue;
                }

                Type[] signature = parameters.Select(p => p.ParameterType).ToArray();
                MethodInfo derivative = type.GetMethod(method.Name + "Derivative", signature)
                    ?? throw new InvalidOperationException("The generator wrote no " + method.Name + "Derivative.");
                double[] values = parameters.Skip(1)
                    .Select(p => p.HasDefaultValue ? Convert.ToDouble(p.DefaultValue, CultureInfo.InvariantCulture) : SampleArguments.GetValueOrDefault(p.Name!, 1.0))
                    .ToArray();
                entries.Add(new CatalogEntry(method.Name, type, attribute.Expression, parameters.Select(p => p.Name!).ToArray(), values, method, derivative));
            }

            return entries;
        }
    }
}
