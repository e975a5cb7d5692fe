using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace Activations.Runtime.Tests
{
    /// <summary>One row of a double reference table: the exact f(x) is <c>Expected + Residual</c> ulps.</summary>
    internal readonly record struct DoubleReference(double X, double Expected, double Residual, int Line);

    /// <summary>One row of a float reference table: f(x) rounded to the nearest float.</summary>
    internal readonly record struct FloatReference(float X, float Expected, int Line);

    /// <summary>Reads the mpmath tables in Data/ (written by Data/generate_reference.py).</summary>
    internal static class ReferenceTable
    {
        public static IReadOnlyList<DoubleReference> Double(string function)
        {
            var rows = new List<DoubleReference>();
            foreach ((string[] cells, int line) in Read(function + ".csv"))
            {
                rows.Add(new DoubleReference(ParseDouble(cells[0]), ParseDouble(cells[1]), ParseDouble(cells[2]), line));
            }

            return rows;
        }

        public static IReadOnlyList<FloatReference> Float(string function)
        {
            var rows = new List<FloatReference>();
            foreach ((string[] cells, int line) in Read(function + "_float.csv"))
            {
                rows.Add(new FloatReference(ParseFloat(cells[0]), ParseFloat(cells[1]), line));
            }

            return rows;
        }

        private static IEnumerable<(string[] Cells, int Line)> Read(string file)
        {
            string path = Path.Combine(AppContext.BaseDirectory, "Data", file);
            string[] lines = File.ReadAllLines(path);
            bool header = true;
            for (int i = 0; i < lines.Length; i++)
            {
                string text = lines[i];
                if (text.Length == 0 || text[0] == '#')
                {
                    continue;
                }

                if (header)
                {
                    header = false; // column names
                    continue;
                }

                yield return (text.Split(','), i + 1);
            }
        }

        private static double ParseDouble(string s) => s switch
        {
            "inf" => double.PositiveInfinity,
            "-inf" => double.NegativeInfinity,
            "nan" => double.NaN,
            _ => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture),
        };

        // Parsed straight to float (not via double) so the decimal rounds once, to the float the table means.
        private static float ParseFloat(string s) => s switch
        {
            "inf" => float.PositiveInfinity,
            "-inf" => float.NegativeInfinity,
            "nan" => float.NaN,
            _ => float.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture),
        };
    }
}
