using System.Globalization;
using System.IO;
using Activations.Samples.Gallery;

namespace Activations.Samples
{
    /// <summary>Prints f and f′ of every built-in activation at a few points.</summary>
    internal static class BuiltinTable
    {
        private static readonly double[] Points = { -2, -1, 0, 1, 2 };

        public static void Print(TextWriter output)
        {
            output.WriteLine("Built-in activations (ActivationFunctions, double): f(x) / f′(x)");
            output.WriteLine();
            output.Write($"{"",-12}");
            foreach (double x in Points)
            {
                output.Write($"{"x = " + x.ToString(CultureInfo.InvariantCulture),19}");
            }

            output.WriteLine();
            foreach (CatalogEntry f in ActivationCatalog.BuiltIns())
            {
                output.Write($"{f.Name,-12}");
                foreach (double x in Points)
                {
                    string value = f.Evaluate(x).ToString("0.0000", CultureInfo.InvariantCulture);
                    string slope = f.EvaluateDerivative(x).ToString("0.0000", CultureInfo.InvariantCulture);
                    output.Write($"{value + " / " + slope,19}");
                }

                output.WriteLine();
            }

            output.WriteLine();
            output.WriteLine("Hyperparameters at their defaults; PRelu a = 0.25, Threshold threshold = 0.5, value = -1.");
        }
    }
}
