using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Activations.Generator.Parsing;
using Activations.Generator.Symbolic;

namespace Activations.Samples
{
    /// <summary>
    /// A formula typed on the command line, derived by the generator's symbolic core exactly as the compiler would derive
    /// it in an [Activation] attribute.
    /// </summary>
    /// <remarks>
    /// An attribute's parameters come from the method it sits on; a command line has no method, so they come from the
    /// formula itself: the input first, then every other free name in order of first appearance, except the constants pi
    /// and e and names of functions (a function name used without parentheses stays an error, with the compiler's hint).
    /// With <c>--param</c> the list is given instead and anything else is ACT0002, as in the compiler.
    /// </remarks>
    internal static class Formula
    {
        public static IReadOnlyList<string> InferParameters(string expression, string input)
        {
            var names = new List<string> { input };
            ParseResult parsed = Parser.Parse(expression);
            if (parsed.Root is null)
            {
                return names;
            }

            var found = new List<NameSyntax>();
            Collect(parsed.Root, found);
            foreach (NameSyntax name in found.OrderBy(n => n.Span.Start))
            {
                if (!names.Contains(name.Name) && !FunctionTable.Constants.Contains(name.Name) && FunctionTable.Arity(name.Name) < 0)
                {
                    names.Add(name.Name);
                }
            }

            return names;
        }

        /// <summary>Derives <paramref name="expression"/>; explicit hyperparameter names replace inference.</summary>
        public static Derivation Derive(string expression, string input, IReadOnlyList<string>? hyperparameters)
        {
            IReadOnlyList<string> parameters = hyperparameters is { Count: > 0 }
                ? new[] { input }.Concat(hyperparameters).ToArray()
                : InferParameters(expression, input);
            return Derivation.Derive(expression, parameters);
        }

        /// <summary>
        /// Prints each error as the compiler reports it (<c>error ACT0001: Syntax error: …</c>), then the expression with
        /// a caret line under the offending characters.
        /// </summary>
        public static void WriteErrors(TextWriter error, string expression, IReadOnlyList<ExpressionError> errors)
        {
            foreach (ExpressionError e in errors)
            {
                error.WriteLine("error " + e.Id + ": " + e.Message);
                error.WriteLine("  " + expression);
                error.WriteLine("  " + CaretLine(expression, e.Span));
            }
        }

        /// <summary>Spaces up to the span (tabs kept, so the carets line up under a tab too), then one caret per character.</summary>
        public static string CaretLine(string expression, SourceSpan span)
        {
            int start = Math.Clamp(span.Start, 0, expression.Length);
            var line = new System.Text.StringBuilder();
            for (int i = 0; i < start; i++)
            {
                line.Append(expression[i] == '\t' ? '\t' : ' ');
            }

            return line.Append('^', Math.Max(1, Math.Min(span.Length, expression.Length - start))).ToString();
        }

        /// <summary>The usual symbol of a derivative: ∂f/∂x, ∂²f/∂beta².</summary>
        public static string DerivativeSymbol(string variable, int order)
        {
            if (order == 1)
            {
                return "∂f/∂" + variable;
            }

            string power = Superscript(order);
            return "∂" + power + "f/∂" + variable + power;
        }

        /// <summary>f(x, beta).</summary>
        public static string Signature(IReadOnlyList<string> parameters) => "f(" + string.Join(", ", parameters) + ")";

        private static string Superscript(int n)
        {
            const string digits = "⁰¹²³⁴⁵⁶⁷⁸⁹";
            return new string(n.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(c => digits[c - '0']).ToArray());
        }

        private static void Collect(ExpressionSyntax node, List<NameSyntax> names)
        {
            switch (node)
            {
                case NameSyntax name:
                    names.Add(name);
                    break;
                case UnarySyntax unary:
                    Collect(unary.Operand, names);
                    break;
                case BinarySyntax binary:
                    Collect(binary.Left, names);
                    Collect(binary.Right, names);
                    break;
                case ConditionalSyntax conditional:
                    Collect(conditional.Condition, names);
                    Collect(conditional.WhenTrue, names);
                    Collect(conditional.WhenFalse, names);
                    break;
                case CallSyntax call:
                    foreach (ExpressionSyntax argument in call.Arguments)
                    {
                        Collect(argument, names);
                    }

                    break;
            }
        }
    }
}
