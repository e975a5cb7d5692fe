using System;
using System.Collections.Generic;
using Activations.Generator.Emit;
using Activations.Generator.Symbolic;

namespace Activations.Samples
{
    /// <summary>Math notation for people: the generator's MathPrinter, with shared subexpressions named as in its doc comments.</summary>
    internal static class Notation
    {
        /// <summary>A tree-expanded form longer than this repeats itself too much to read; the named form is shown alone.</summary>
        public const int MaxInlineLength = 110;

        /// <summary>
        /// "symbol = …" with every subexpression used more than once computed first as t0, t1, … (the schedule the
        /// generated code uses). A single line when nothing is shared.
        /// </summary>
        public static IReadOnlyList<string> Scheduled(Expr body, string symbol, IEnumerable<string> parameterNames)
        {
            var schedule = new Schedule(new[] { body }, parameterNames);
            var math = new MathPrinter(schedule.Names);
            var lines = new List<string>();
            foreach (Expr local in schedule.Locals)
            {
                lines.Add(schedule.Names[local] + " = " + math.Print(local));
            }

            lines.Add(symbol + " = " + (schedule.Names.TryGetValue(body, out string? name) ? name : math.Print(body)));
            return lines;
        }

        /// <summary>The whole expression on one line, or null when that line would be too long to read.</summary>
        public static string? Inline(Expr body)
        {
            string text = MathPrinter.Format(body);
            return text.Length <= MaxInlineLength ? text : null;
        }

        /// <summary>
        /// The formula without the branches the standard library adds for ±∞ (<c>x &lt; −1e10 ? 0 : …</c>): a test against
        /// a constant of magnitude 1e9 or more keeps only its other branch. For titles and the gallery's formulas; the
        /// values plotted still come from the full generated code.
        /// </summary>
        public static Expr WithoutLimitBranches(ExprContext context, Expr node)
        {
            var memo = new Dictionary<Expr, Expr>();
            return Strip(context, node, memo);
        }

        private static Expr Strip(ExprContext context, Expr node, Dictionary<Expr, Expr> memo)
        {
            if (node.IsLeaf)
            {
                return node;
            }

            if (memo.TryGetValue(node, out Expr? done))
            {
                return done;
            }

            Expr result;
            if (node.Kind == ExprKind.Conditional && IsLimitTest(node[0]))
            {
                result = Strip(context, node[2], memo);
            }
            else
            {
                var arguments = new Expr[node.Arguments.Count];
                for (int i = 0; i < arguments.Length; i++)
                {
                    arguments[i] = Strip(context, node.Arguments[i], memo);
                }

                result = context.Rebuild(node, arguments);
            }

            memo[node] = result;
            return result;
        }

        private static bool IsLimitTest(Expr test)
        {
            switch (test.Kind)
            {
                case ExprKind.Less:
                case ExprKind.LessEqual:
                case ExprKind.Greater:
                case ExprKind.GreaterEqual:
                    return IsHuge(test[0]) || IsHuge(test[1]);
                case ExprKind.Or:
                case ExprKind.And:
                    return IsLimitTest(test[0]) && IsLimitTest(test[1]);
                default:
                    return false;
            }
        }

        private static bool IsHuge(Expr e) => e.IsConstant && Math.Abs(e.Value) >= 1e9;
    }
}
