using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Activations.Generator.Symbolic;

namespace Activations.Samples.Commands
{
    /// <summary>What <c>plot</c> was asked for. <see cref="Parameters"/> holds "name=value" items for hyperparameters.</summary>
    internal sealed record PlotOptions(
        string Expression,
        double From = -6,
        double To = 6,
        string Out = "gallery/plot.png",
        string Input = "x",
        IReadOnlyList<string>? Parameters = null,
        int Points = 1201);

    /// <summary>
    /// <c>plot "&lt;expr&gt;"</c>: f and ∂f/∂x of any formula on one chart. Nothing is compiled: the generator's symbolic
    /// core derives the formula at run time and its <see cref="Evaluator"/> computes both curves.
    /// </summary>
    internal static class PlotCommand
    {
        /// <summary>A hyperparameter given no value on the command line.</summary>
        public const double DefaultValue = 1;

        public static int Run(PlotOptions options, TextWriter output, TextWriter error)
        {
            if (!(options.From < options.To) || !double.IsFinite(options.From) || !double.IsFinite(options.To))
            {
                error.WriteLine($"--from must be less than --to, both finite; got {options.From} and {options.To}.");
                return ExitCodes.Usage;
            }

            if (options.Points < 2)
            {
                error.WriteLine("--points must be at least 2.");
                return ExitCodes.Usage;
            }

            if (!TryParseValues(options.Parameters, out List<(string Name, double? Value)> given, out string? problem))
            {
                error.WriteLine(problem);
                return ExitCodes.Usage;
            }

            Derivation derivation = Formula.Derive(options.Expression, options.Input, hyperparameters: null);
            if (!derivation.Success)
            {
                Formula.WriteErrors(error, options.Expression, derivation.Errors);
                return ExitCodes.ExpressionError;
            }

            foreach (var (name, value) in given)
            {
                if (!derivation.Parameters.Skip(1).Contains(name) || value is null)
                {
                    error.WriteLine(value is null
                        ? $"--param {name}: give a value, as in --param {name}=1.5."
                        : $"--param {name}: the formula has no hyperparameter '{name}'; it has "
                          + (derivation.Parameters.Count > 1 ? string.Join(", ", derivation.Parameters.Skip(1)) : "none") + ".");
                    return ExitCodes.Usage;
                }
            }

            // Hyperparameters: a value from --param, else 1.
            var values = new double[derivation.Parameters.Count];
            var settings = new List<string>();
            for (int i = 1; i < values.Length; i++)
            {
                string name = derivation.Parameters[i];
                double? value = given.FirstOrDefault(p => p.Name == name).Value;
                values[i] = value ?? DefaultValue;
                settings.Add(name + " = " + values[i].ToString("R", CultureInfo.InvariantCulture));
            }

            double[] xs = Charts.Range(options.From, options.To, options.Points);
            var f = new double[xs.Length];
            var df = new double[xs.Length];
            var evaluator = new Evaluator(derivation.Function, derivation.Derivative);
            for (int i = 0; i < xs.Length; i++)
            {
                values[0] = xs[i];
                double[] both = evaluator.Evaluate(values);
                f[i] = both[0];

                // Where f itself is undefined (log of a negative number) its derivative's formula means nothing either.
                df[i] = double.IsNaN(both[0]) ? double.NaN : both[1];
            }

            string title = Formula.Signature(derivation.Parameters.Take(1).ToArray()) + " = " + MathPrinter.Format(derivation.Function)
                + (settings.Count > 0 ? ",  " + string.Join(", ", settings) : string.Empty);
            string input = options.Input;
            ScottPlot.Plot plot = Charts.FunctionAndDerivative(title, xs, f, df, "f(" + input + ")", "f′(" + input + ") = ∂f/∂" + input);
            plot.XLabel(input);
            string path = Path.GetFullPath(options.Out);
            string? directory = Path.GetDirectoryName(path);
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }

            Charts.SavePng(plot, path);
            output.WriteLine(title);
            output.WriteLine("f′ = " + (Notation.Inline(derivation.Derivative) ?? string.Join("; ", Notation.Scheduled(derivation.Derivative, "f′", derivation.Parameters))));
            int nonFinite = f.Concat(df).Count(v => !double.IsFinite(v));
            if (nonFinite > 0)
            {
                output.WriteLine($"{nonFinite} of {2 * xs.Length} values are not finite; the chart leaves gaps there.");
            }

            output.WriteLine("wrote " + path);
            return ExitCodes.Success;
        }

        /// <summary>Parses "name" and "name=value" items; a repeated name or a bad number is a usage error.</summary>
        public static bool TryParseValues(IReadOnlyList<string>? items, out List<(string Name, double? Value)> result, out string? problem)
        {
            result = new List<(string, double?)>();
            problem = null;
            foreach (string item in items ?? Array.Empty<string>())
            {
                int equals = item.IndexOf('=', StringComparison.Ordinal);
                string name = (equals < 0 ? item : item.Substring(0, equals)).Trim();
                double? value = null;
                if (equals >= 0)
                {
                    if (!double.TryParse(item.Substring(equals + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out double parsed))
                    {
                        problem = $"--param {item}: '{item.Substring(equals + 1)}' is not a number.";
                        return false;
                    }

                    value = parsed;
                }

                if (name.Length == 0 || result.Any(p => p.Name == name))
                {
                    problem = $"--param {item}: " + (name.Length == 0 ? "the name is missing." : $"'{name}' is given twice.");
                    return false;
                }

                result.Add((name, value));
            }

            return true;
        }
    }
}
