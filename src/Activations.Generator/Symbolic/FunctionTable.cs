using System.Collections.Generic;

namespace Activations.Generator.Symbolic
{
    /// <summary>The DSL's function names and how many arguments each takes.</summary>
    public static class FunctionTable
    {
        private static readonly Dictionary<string, Function> Unary = new Dictionary<string, Function>
        {
            ["exp"] = Function.Exp,
            ["log"] = Function.Log,
            ["log1p"] = Function.Log1p,
            ["expm1"] = Function.Expm1,
            ["sqrt"] = Function.Sqrt,
            ["abs"] = Function.Abs,
            ["sign"] = Function.Sign,
            ["sin"] = Function.Sin,
            ["cos"] = Function.Cos,
            ["tan"] = Function.Tan,
            ["tanh"] = Function.Tanh,
            ["sinh"] = Function.Sinh,
            ["cosh"] = Function.Cosh,
            ["atan"] = Function.Atan,
            ["sigmoid"] = Function.Sigmoid,
            ["softplus"] = Function.Softplus,
            ["erf"] = Function.Erf,
            ["erfc"] = Function.Erfc,
        };

        /// <summary>Every function name, in the order the README's table lists them.</summary>
        public static IReadOnlyList<string> Names { get; } = new[]
        {
            "exp", "log", "log1p", "expm1", "sqrt", "abs", "sign", "sin", "cos", "tan", "tanh", "sinh", "cosh", "atan",
            "sigmoid", "softplus", "erf", "erfc", "min", "max", "clamp", "pow",
        };

        /// <summary>The named constants.</summary>
        public static IReadOnlyList<string> Constants { get; } = new[] { "pi", "e" };

        public static bool TryGetUnary(string name, out Function function) => Unary.TryGetValue(name, out function);

        /// <summary>The number of arguments of a known function, or -1.</summary>
        public static int Arity(string name)
        {
            if (Unary.ContainsKey(name))
            {
                return 1;
            }

            switch (name)
            {
                case "min":
                case "max":
                case "pow":
                    return 2;
                case "clamp":
                    return 3;
                default:
                    return -1;
            }
        }

        /// <summary>The DSL name of a unary function.</summary>
        public static string NameOf(Function function)
        {
            foreach (KeyValuePair<string, Function> pair in Unary)
            {
                if (pair.Value == function)
                {
                    return pair.Key;
                }
            }

            return function.ToString().ToLowerInvariant();
        }
    }
}
