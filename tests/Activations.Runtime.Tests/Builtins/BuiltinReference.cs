using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Numerics;

namespace Activations.Runtime.Tests.Builtins
{
    /// <summary>
    /// One row of Data/builtins_{float,double}.csv: a built-in at one input and hyperparameter set, with f, f′, f″ and
    /// ∂f/∂p computed by mpmath and rounded to nearest T (see Data/generate_builtin_reference.py).
    /// </summary>
    internal sealed record BuiltinRow<T>(string Name, string Set, T[] Hyperparameters, T X, T[] Outputs, int Line)
    {
        public override string ToString() => $"line {Line}: {Name}({X}{string.Concat(Hyperparameters.Select(p => ", " + p))})";
    }

    /// <summary>Reads the built-in reference tables.</summary>
    internal static class BuiltinReference
    {
        private static readonly Dictionary<Type, object> Cache = new();

        /// <summary>Every row of the table for T (float or double), in file order.</summary>
        public static IReadOnlyList<BuiltinRow<T>> Rows<T>()
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            lock (Cache)
            {
                if (!Cache.TryGetValue(typeof(T), out object? rows))
                {
                    rows = Read<T>();
                    Cache[typeof(T)] = rows;
                }

                return (IReadOnlyList<BuiltinRow<T>>)rows;
            }
        }

        public static IEnumerable<BuiltinRow<T>> Rows<T>(string name, string set)
            where T : unmanaged, IBinaryFloatingPointIeee754<T> =>
            Rows<T>().Where(r => r.Name == name && r.Set == set);

        private static List<BuiltinRow<T>> Read<T>()
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            string file = typeof(T) == typeof(float) ? "builtins_float.csv" : "builtins_double.csv";
            string[] lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Data", file));
            var rows = new List<BuiltinRow<T>>();
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
                    header = false; // name,set,params,x,f,df,d2f,dfdp
                    continue;
                }

                string[] c = text.Split(',');
                T[] outputs = new[] { c[4], c[5], c[6] }.Concat(List(c[7])).Select(Parse<T>).ToArray();
                rows.Add(new BuiltinRow<T>(c[0], c[1], List(c[2]).Select(Parse<T>).ToArray(), Parse<T>(c[3]), outputs, i + 1));
            }

            return rows;
        }

        private static string[] List(string cell) => cell.Length == 0 ? [] : cell.Split(';');

        // Parsed straight to T, so a float row's decimal rounds once, to the float the table means.
        private static T Parse<T>(string s)
            where T : unmanaged, IBinaryFloatingPointIeee754<T> => s switch
        {
            "inf" => T.PositiveInfinity,
            "-inf" => T.NegativeInfinity,
            "nan" => T.NaN,
            _ => T.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture),
        };
    }
}
