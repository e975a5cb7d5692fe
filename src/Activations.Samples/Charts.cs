using System;
using System.Collections.Generic;
using System.Linq;
using ScottPlot;

namespace Activations.Samples
{
    /// <summary>The look shared by every chart the samples draw: the notebooks' colours, axes through zero, a legend.</summary>
    internal static class Charts
    {
        public const int Width = 900;
        public const int Height = 560;

        /// <summary>The notebooks' blue for f and purple for f′.</summary>
        public static readonly Color FunctionColor = Color.FromHex("#307EC7");
        public static readonly Color DerivativeColor = Color.FromHex("#9621E2");

        /// <summary>A plot in the samples' style: a sans-serif font, where the machine has it.</summary>
        public static Plot NewPlot()
        {
            var plot = new Plot();
            plot.Font.Set("DejaVu Sans");
            return plot;
        }

        /// <summary>Evenly spaced points from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
        public static double[] Range(double from, double to, int count)
        {
            var xs = new double[count];
            for (int i = 0; i < count; i++)
            {
                xs[i] = from + (to - from) * i / (count - 1);
            }

            return xs;
        }

        /// <summary>f and f′ on one chart, x from <paramref name="xs"/>' ends, with the formula in the title.</summary>
        public static Plot FunctionAndDerivative(string title, double[] xs, double[] f, double[] derivative, string functionLabel, string derivativeLabel)
        {
            Plot plot = NewPlot();
            AddCurve(plot, xs, f, functionLabel, FunctionColor, LinePattern.Solid);
            AddCurve(plot, xs, derivative, derivativeLabel, DerivativeColor, LinePattern.Dashed);
            Finish(plot, title, xs[0], xs[^1], f.Concat(derivative));
            return plot;
        }

        /// <summary>One line per finite run of points, so ±∞ and NaN leave gaps instead of spoiling the axes.</summary>
        public static void AddCurve(Plot plot, double[] xs, double[] ys, string label, Color color, LinePattern pattern, float width = 3)
        {
            bool labelled = false;
            int i = 0;
            while (i < xs.Length)
            {
                while (i < xs.Length && !double.IsFinite(ys[i]))
                {
                    i++;
                }

                int start = i;
                while (i < xs.Length && double.IsFinite(ys[i]))
                {
                    i++;
                }

                if (i > start)
                {
                    var line = plot.Add.ScatterLine(xs[start..i], ys[start..i], color);
                    line.LineWidth = width;
                    line.LinePattern = pattern;
                    if (!labelled)
                    {
                        line.LegendText = label;
                        labelled = true;
                    }
                }
            }
        }

        /// <summary>Title, black axes through (0, 0), limits that show the curves (robust to a pole), legend top left.</summary>
        public static void Finish(Plot plot, string title, double xFrom, double xTo, IEnumerable<double> ys, string xLabel = "x")
        {
            SetTitle(plot, title);
            if (title.Length > 70)
            {
                plot.Axes.Title.Label.FontSize = title.Length > 95 ? 12 : 14;
            }

            plot.XLabel(xLabel);
            var (low, high) = YLimits(ys);
            plot.Axes.SetLimits(xFrom, xTo, low, high);
            AddZeroAxes(plot);
            plot.ShowLegend(Alignment.UpperLeft);
        }

        /// <summary>A bold title, cut at 120 characters (a formula can run to thousands).</summary>
        public static void SetTitle(Plot plot, string title)
        {
            plot.Title(Shorten(title, 120));
            plot.Axes.Title.Label.Bold = true;
        }

        public static void AddZeroAxes(Plot plot)
        {
            var horizontal = plot.Add.HorizontalLine(0, 1.5f, Colors.Black);
            var vertical = plot.Add.VerticalLine(0, 1.5f, Colors.Black);
            horizontal.ExcludeFromLegend = true;
            vertical.ExcludeFromLegend = true;

            // Behind the curves, so a derivative that is 0 everywhere (Step) still shows.
            plot.MoveToBack(horizontal);
            plot.MoveToBack(vertical);
        }

        public static void SavePng(Plot plot, string path) => plot.SavePng(path, Width, Height);

        /// <summary>
        /// Y limits that include 0 and every finite value, with a margin; when a few points near a pole would squash
        /// everything else, the 2nd to 98th percentiles instead.
        /// </summary>
        public static (double Low, double High) YLimits(IEnumerable<double> ys)
        {
            double[] finite = ys.Where(double.IsFinite).OrderBy(y => y).ToArray();
            if (finite.Length == 0)
            {
                return (-1, 1);
            }

            double low = Math.Min(0, finite[0]);
            double high = Math.Max(0, finite[^1]);
            double robustLow = Math.Min(0, finite[(int)(0.02 * (finite.Length - 1))]);
            double robustHigh = Math.Max(0, finite[(int)(0.98 * (finite.Length - 1))]);
            if (high - low > 20 * (robustHigh - robustLow))
            {
                (low, high) = (robustLow, robustHigh);
            }

            double span = high - low;
            if (span < 1e-12)
            {
                span = 1;
            }

            return (low - 0.08 * span, high + 0.08 * span);
        }

        private static string Shorten(string text, int max) => text.Length <= max ? text : text.Substring(0, max - 1) + "…";
    }
}
