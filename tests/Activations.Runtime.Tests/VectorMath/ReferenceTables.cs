using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace Activations.Runtime.Tests.VectorMathTests
{
    /// <summary>One row of v_pow.csv: the exact x^y is <c>Expected + Residual</c> ulps.</summary>
    internal readonly record struct PowReference(double X, double Y, double Expected, double Residual, int Line);

    /// <summary>Reads Data/v_pow.csv (written by Data/generate_vector_reference.py).</summary>
    internal static class PowTable
    {
        public static IReadOnlyList<PowReference> Read()
        {
            var rows = new List<PowReference>();
            string[] lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Data", "v_pow.csv"));
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
                    header = false;
                    continue;
                }

                string[] c = text.Split(',');
                rows.Add(new PowReference(Parse(c[0]), Parse(c[1]), Parse(c[2]), Parse(c[3]), i + 1));
            }

            return rows;
        }

        private static double Parse(string s) => s switch
        {
            "inf" => double.PositiveInfinity,
            "-inf" => double.NegativeInfinity,
            "nan" => double.NaN,
            _ => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture),
        };
    }
}
