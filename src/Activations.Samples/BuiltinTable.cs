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
                    string value = Format(f.Evaluate(x));
                    string slope = Format(f.EvaluateDerivative(x));
                    output.Write($"{value + " / " + slope,19}");
                }

                output.WriteLine();
            }

            output.WriteLine();
            output.WriteLine("Hyperparameters at their defaults; PRelu a = 0.25, Threshold threshold = 0.5, value = -1.");
        }

        /// <summary>Four decimals; −0 (Gaussian′(0) = −2·0·e⁰) and negatives that round to zero print as 0.0000.</summary>
        internal static string Format(double value)
        {
            string text = value.ToString("0.0000", CultureInfo.InvariantCulture);
            return text == "-0.0000" ? "0.0000" : text;
        }
    }
}
