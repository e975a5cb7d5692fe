using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using Activations.Samples.Gallery;

namespace Activations.Samples.Commands
{
    /// <summary>
    /// What <c>dotnet run --project src/Activations.Samples</c> does with no arguments: the Swish example, the table of
    /// built-ins, and the gallery.
    /// </summary>
    internal static class DefaultRun
    {
        public static int Run(string galleryDirectory, TextWriter output)
        {
            PrintSwishExample(output);
            output.WriteLine();
            BuiltinTable.Print(output);
            output.WriteLine();

            var stopwatch = Stopwatch.StartNew();
            string directory = Path.GetFullPath(galleryDirectory);
            IReadOnlyList<GalleryPage> pages = GalleryWriter.Write(directory);
            output.WriteLine($"Gallery: {pages.Count} charts of f and f′ and an index in {stopwatch.Elapsed.TotalSeconds:0.0} s.");
            output.WriteLine("  " + directory);
            output.WriteLine("  open " + Path.Combine(directory, "index.html"));
            output.WriteLine();
            output.WriteLine("More: derive \"<expr>\", plot \"<expr>\", train; add --help to any of them.");
            return ExitCodes.Success;
        }

        private static void PrintSwishExample(TextWriter output)
        {
            output.WriteLine("Swish(x, β) = x·σ(βx), generated from [Activation(\"x * sigmoid(beta * x)\")], β = 1.5");
            output.WriteLine();
            output.WriteLine($"{"x",6} {"f",12} {"f′",12} {"f″",12} {"∂f/∂β",12}");
            const float beta = 1.5f;
            foreach (float x in new[] { -3f, -1f, -0.5f, 0f, 0.5f, 1f, 3f })
            {
                output.WriteLine(
                    $"{x,6:0.0} {MyActivations.Swish(x, beta),12:0.000000} {MyActivations.SwishDerivative(x, beta),12:0.000000} " +
                    $"{MyActivations.SwishSecondDerivative(x, beta),12:0.000000} {MyActivations.SwishDerivativeByBeta(x, beta),12:0.000000}");
            }
        }
    }
}
