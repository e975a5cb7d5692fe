using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using Activations.Samples.Training;
using ScottPlot;

namespace Activations.Samples.Commands
{
    /// <summary>What <c>train</c> was asked for.</summary>
    internal sealed record TrainOptions(
        int Seed = 1,
        int Epochs = TrainCommand.DefaultEpochs,
        int Hidden = 32,
        int Samples = TrainCommand.DefaultSamples,
        double LearningRate = 0.01,
        IReadOnlyList<string>? Activations = null,
        string OutDirectory = "gallery");

    /// <summary>How one activation did.</summary>
    internal sealed record TrainResult(string Activation, double[] Losses, double FinalLoss, float[] FitX, float[] FitY, string? LearnedParameter);

    /// <summary>
    /// <c>train</c>: the notebooks' point that a network needs a non-linearity, measured. A 1→H→1 MLP is fitted to sin(x)
    /// on [−π, π] once per activation, from the same initial weights (same seed), and the final losses compared.
    /// </summary>
    internal static class TrainCommand
    {
        public const int DefaultEpochs = 2000;

        public const int DefaultSamples = 128;

        /// <summary>Points at which the fitted curves are drawn, finer than the training grid.</summary>
        public const int FitPoints = 801;

        /// <summary>The fitted curves are drawn on [−2π, 2π]: outside the training interval each activation extrapolates in its own way.</summary>
        public const double FitRange = 2 * Math.PI;

        public static int Run(TrainOptions options, TextWriter output, TextWriter error)
        {
            if (options.Epochs < 1 || options.Hidden < 1 || options.Samples < 2 || !(options.LearningRate > 0))
            {
                error.WriteLine("--epochs and --hidden must be at least 1, --samples at least 2, and --learning-rate positive.");
                return ExitCodes.Usage;
            }

            var selected = new List<HiddenActivation>();
            foreach (string name in options.Activations ?? Array.Empty<string>())
            {
                HiddenActivation? match = HiddenActivation.Standard.FirstOrDefault(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase));
                if (match is null)
                {
                    error.WriteLine($"--activation {name}: unknown; choose from {string.Join(", ", HiddenActivation.Standard.Select(a => a.Name))}.");
                    return ExitCodes.Usage;
                }

                selected.Add(match);
            }

            if (selected.Count == 0)
            {
                selected.AddRange(HiddenActivation.Standard);
            }

            output.WriteLine($"Fitting sin(x) on [−π, π] with a 1→{options.Hidden}→1 MLP: {options.Samples} points, full-batch Adam "
                + $"(learning rate {options.LearningRate.ToString(CultureInfo.InvariantCulture)}, cosine decay), {options.Epochs} epochs, seed {options.Seed}.");
            output.WriteLine("The hidden activation and its gradient are the generated span kernels (X and XBackward).");
            output.WriteLine();
            output.WriteLine($"{"activation",-10} {"final MSE",12}");
            var stopwatch = Stopwatch.StartNew();
            var results = new List<TrainResult>();
            foreach (HiddenActivation activation in selected)
            {
                TrainResult result = Train(activation, options);
                results.Add(result);
                output.WriteLine($"{result.Activation,-10} {result.FinalLoss,12:0.000e+00}" + (result.LearnedParameter is null ? string.Empty : "   learned " + result.LearnedParameter));
            }

            if (results.Any(r => r.Activation == "Identity"))
            {
                output.WriteLine();
                output.WriteLine("Identity stays near 0.2, the error of the best straight line through sin(x) (1/2 − 3/π² on the continuous");
                output.WriteLine("interval): without a non-linearity the two layers compose into one linear map, however wide.");
            }

            output.WriteLine();
            output.WriteLine($"Trained {results.Count} networks in {stopwatch.Elapsed.TotalSeconds:0.0} s.");
            string directory = Path.GetFullPath(options.OutDirectory);
            Directory.CreateDirectory(directory);
            string lossPath = Path.Combine(directory, "train-loss.png");
            string fitPath = Path.Combine(directory, "train-fit.png");
            Charts.SavePng(LossChart(results, options), lossPath);
            Charts.SavePng(FitChart(results, options), fitPath);
            output.WriteLine("wrote " + lossPath);
            output.WriteLine("wrote " + fitPath);
            return ExitCodes.Success;
        }

        /// <summary>Trains one network; the same seed gives the same data, initial weights and result.</summary>
        public static TrainResult Train(HiddenActivation activation, TrainOptions options)
        {
            float[] x = Grid(options.Samples);
            float[] target = x.Select(v => MathF.Sin(v)).ToArray();
            var network = new Mlp(options.Hidden, activation, new Random(options.Seed));
            var work = new Mlp.Workspace(options.Hidden, x.Length);
            var losses = new double[options.Epochs];
            for (int epoch = 0; epoch < options.Epochs; epoch++)
            {
                // Cosine decay of the learning rate to zero: late steps settle instead of bouncing around the minimum.
                double rate = options.LearningRate * 0.5 * (1 + Math.Cos(Math.PI * epoch / options.Epochs));
                losses[epoch] = network.TrainStep(x, target, (float)rate, work);
            }

            var prediction = new float[x.Length];
            network.Predict(x, prediction);
            double final = 0;
            for (int i = 0; i < x.Length; i++)
            {
                double e = prediction[i] - target[i];
                final += e * e;
            }

            float[] fitX = Grid(FitPoints, FitRange);
            var fitY = new float[fitX.Length];
            network.Predict(fitX, fitY);

            string? parameter = activation.HasLearnableParameter
                ? activation.ParameterName + " = " + network.Parameter.ToString("0.###", CultureInfo.InvariantCulture)
                : null;
            return new TrainResult(activation.Name, losses, final / x.Length, fitX, fitY, parameter);
        }

        /// <summary>N evenly spaced points from −<paramref name="range"/> to <paramref name="range"/> (π: the training interval).</summary>
        public static float[] Grid(int count, double range = Math.PI)
        {
            var x = new float[count];
            for (int i = 0; i < count; i++)
            {
                x[i] = (float)(range * (2.0 * i / (count - 1) - 1));
            }

            return x;
        }

        private static Plot LossChart(IReadOnlyList<TrainResult> results, TrainOptions options)
        {
            Plot plot = Charts.NewPlot();
            double[] epochs = Enumerable.Range(1, options.Epochs).Select(e => (double)e).ToArray();
            var palette = new ScottPlot.Palettes.Category10();
            double low = double.MaxValue, high = double.MinValue;
            for (int i = 0; i < results.Count; i++)
            {
                double[] log = results[i].Losses.Select(l => Math.Log10(Math.Max(l, 1e-12))).ToArray();
                low = Math.Min(low, log.Min());
                high = Math.Max(high, log.Max());
                var line = plot.Add.ScatterLine(epochs, log, palette.GetColor(i));
                line.LineWidth = 2;
                line.LegendText = results[i].Activation;
            }

            // Loss on a log scale: the data are log₁₀ MSE, the ticks are labelled with the MSE itself.
            var ticks = new ScottPlot.TickGenerators.NumericAutomatic
            {
                IntegerTicksOnly = true,
                MinorTickGenerator = new ScottPlot.TickGenerators.LogMinorTickGenerator(),
                LabelFormatter = y => "1e" + y.ToString("0", CultureInfo.InvariantCulture),
            };
            plot.Axes.Left.TickGenerator = ticks;
            plot.Axes.SetLimits(1, options.Epochs, Math.Floor(low), Math.Ceiling(high) + 0.2);
            Charts.SetTitle(plot, $"Training loss (MSE, log scale): 1→{options.Hidden}→1 MLP fitting sin(x), seed {options.Seed}");
            plot.XLabel("epoch");
            plot.YLabel("mean squared error");
            plot.ShowLegend(Edge.Right);
            return plot;
        }

        private static Plot FitChart(IReadOnlyList<TrainResult> results, TrainOptions options)
        {
            Plot plot = Charts.NewPlot();
            double[] xs = results[0].FitX.Select(v => (double)v).ToArray();
            var palette = new ScottPlot.Palettes.Category10();
            for (int i = 0; i < results.Count; i++)
            {
                Charts.AddCurve(plot, xs, results[i].FitY.Select(v => (double)v).ToArray(), results[i].Activation, palette.GetColor(i), LinePattern.Solid, 2);
            }

            Charts.AddCurve(plot, xs, xs.Select(Math.Sin).ToArray(), "sin(x)", Colors.Black, LinePattern.Dashed, 3);
            foreach (double edge in new[] { -Math.PI, Math.PI })
            {
                var line = plot.Add.VerticalLine(edge, 1, Colors.Gray, LinePattern.Dotted);
                line.ExcludeFromLegend = true;
            }

            Charts.Finish(
                plot,
                $"1→{options.Hidden}→1 MLP fitted to sin(x) on [−π, π] (dotted), {options.Epochs} epochs, seed {options.Seed}",
                -FitRange,
                FitRange,
                new[] { -2.0, 2.0 });
            plot.ShowLegend(Edge.Right);
            return plot;
        }
    }
}
