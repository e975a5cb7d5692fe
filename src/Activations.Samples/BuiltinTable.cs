using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;

namespace Activations.Samples
{
    /// <summary>Prints f and f′ of every built-in activation at a few points.</summary>
    internal static class BuiltinTable
    {
        private static readonly double[] Points = { -2, -1, 0, 1, 2 };

        /// <summary>Values for hyperparameters that have no default: PReLU's slope, Threshold's threshold and value.</summary>
        private static readonly Dictionary<string, double> SampleArguments = new Dictionary<string, double>
        {
            ["a"] = 0.25,
            ["threshold"] = 0.5,
            ["value"] = -1,
        };

        public static void Print()
        {
            MethodInfo[] activations = typeof(ActivationFunctions)
                .GetMethods(BindingFlags.Public | BindingFlags.Static)
                .Where(m => m.ReturnType == typeof(double) && m.GetParameters().FirstOrDefault()?.ParameterType == typeof(double)
                            && m.GetParameters().All(p => p.ParameterType == typeof(double))
                            && !m.Name.Contains("Derivative", StringComparison.Ordinal))
                .OrderBy(m => m.MetadataToken)
                .ToArray();

            Console.WriteLine("Built-in activations (ActivationFunctions, double): f(x) / f′(x)");
            Console.WriteLine();
            Console.Write($"{"",-12}");
            foreach (double x in Points)
            {
                Console.Write($"{"x = " + x.ToString(CultureInfo.InvariantCulture),19}");
            }

            Console.WriteLine();
            foreach (MethodInfo f in activations)
            {
                ParameterInfo[] parameters = f.GetParameters();
                MethodInfo derivative = typeof(ActivationFunctions).GetMethod(f.Name + "Derivative", parameters.Select(p => p.ParameterType).ToArray())!;
                object[] arguments = parameters.Select(p => (object)(p.HasDefaultValue ? Convert.ToDouble(p.DefaultValue, CultureInfo.InvariantCulture) : SampleArguments.GetValueOrDefault(p.Name!, 1.0))).ToArray();
                Console.Write($"{f.Name,-12}");
                foreach (double x in Points)
                {
                    arguments[0] = x;
                    double value = (double)f.Invoke(null, arguments)!;
                    double slope = (double)derivative.Invoke(null, arguments)!;
                    Console.Write($"{value.ToString("0.0000", CultureInfo.InvariantCulture) + " / " + slope.ToString("0.0000", CultureInfo.InvariantCulture),19}");
                }

                Console.WriteLine();
            }

            Console.WriteLine();
            Console.WriteLine("Hyperparameters at their defaults; PRelu a = 0.25, Threshold threshold = 0.5, value = -1.");
        }
    }
}
