using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Activations.Generator.Symbolic
{
    /// <summary>Readable math notation for doc comments and the samples: x·σ(β·x), 1 − t², |x|, max(x, 0).</summary>
    public sealed class MathPrinter : ExpressionPrinter
    {
        public MathPrinter(IReadOnlyDictionary<Expr, string>? names = null)
            : base(names)
        {
        }

        public static string Format(Expr node, IReadOnlyDictionary<Expr, string>? names = null) => new MathPrinter(names).Print(node);

        /// <summary>Doc comments and the samples cut tree-expanded notation here; code printers never cut.</summary>
        protected override int MaxLength => 8000;

        protected override string AddOp => " + ";

        protected override string SubtractOp => " − ";

        protected override string MultiplyOp => "·";

        protected override string DivideOp => "/";

        protected override string NegateOp => "−";

        /// <summary>Constants that formulas produce by folding (x/sqrt(2), sqrt(2/pi)), printed as a reader wrote them.</summary>
        private static readonly (double Value, string Name)[] NamedConstants =
        {
            (Math.Sqrt(2), "√2"),
            (1 / Math.Sqrt(2), "1/√2"),
            (Math.Sqrt(2 / Math.PI), "√(2/π)"),
            (2 * Math.Sqrt(2 / Math.PI), "2√(2/π)"),
            (2 / Math.Sqrt(Math.PI), "2/√π"),
            (1 / Math.Sqrt(2 * Math.PI), "1/√(2π)"),
            (Math.PI / 2, "π/2"),
            (2 * Math.PI, "2π"),
            (Math.Log(2), "ln 2"),
        };

        /// <summary>Shortest round-trip form, with π, e and a few folded constants (√2, √(2/π), 2/√π) named.</summary>
        public static string FormatNumber(double value)
        {
            if (value == Math.PI)
            {
                return "π";
            }

            if (value == Math.E)
            {
                return "e";
            }

            foreach ((double constant, string name) in NamedConstants)
            {
                if (value == constant)
                {
                    return name;
                }

                if (value == -constant)
                {
                    return "−" + name;
                }
            }

            if (double.IsPositiveInfinity(value))
            {
                return "∞";
            }

            if (double.IsNegativeInfinity(value))
            {
                return "−∞";
            }

            string text = value.ToString("R", CultureInfo.InvariantCulture);
            return text.StartsWith("-", StringComparison.Ordinal) ? "−" + text.Substring(1) : text;
        }

        protected override string FormatConstant(double value) => FormatNumber(value);

        protected override string OperatorText(ExprKind kind)
        {
            switch (kind)
            {
                case ExprKind.Less: return " < ";
                case ExprKind.LessEqual: return " ≤ ";
                case ExprKind.Greater: return " > ";
                case ExprKind.GreaterEqual: return " ≥ ";
                case ExprKind.Equal: return " = ";
                case ExprKind.NotEqual: return " ≠ ";
                case ExprKind.And: return " ∧ ";
                case ExprKind.Or: return " ∨ ";
                case ExprKind.Not: return "¬";
                default: throw new ArgumentOutOfRangeException(nameof(kind));
            }
        }

        protected override int PrecedenceOfPower(Expr node) => PowerLevel;

        /// <summary>σ′(u) prints as the product σ(u)·σ(−u) and tanh′(u) as the difference 1 − tanh(u)², so they bind like those.</summary>
        protected override int PrecedenceOfCall(Expr node) => node.Function switch
        {
            Function.SigmoidDerivative => Multiplicative,
            Function.TanhDerivative => Additive,
            _ => Primary,
        };

        protected override void WritePower(StringBuilder builder, Expr node)
        {
            Write(builder, node[0], Primary);
            Expr exponent = node[1];
            if (exponent.IsConstant && !IsNamed(exponent) && Superscript(exponent.Value) is string superscript)
            {
                builder.Append(superscript);
                return;
            }

            builder.Append('^');
            Write(builder, exponent, Primary);
        }

        /// <summary>min, max and clamp are conditionals in the DAG; print them by their names again.</summary>
        protected override bool WritesAsCall(Expr node) => NamedConditional(node) is not null;

        protected override void WriteCall(StringBuilder builder, Expr node)
        {
            if (NamedConditional(node) is (string name, Expr[] arguments))
            {
                builder.Append(name).Append('(');
                for (int i = 0; i < arguments.Length; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(", ");
                    }

                    Write(builder, arguments[i], 0);
                }

                builder.Append(')');
                return;
            }

            if (node.Kind == ExprKind.RoundingError)
            {
                // The rounding error of the operation as evaluated (zero in exact arithmetic): err(β·x) = β·x − fl(β·x).
                builder.Append("err(");
                Write(builder, node[0], 0, top: true);
                builder.Append(')');
                return;
            }

            if (node.Kind == ExprKind.FusedMultiplyAdd)
            {
                // a·b + c, rounded once.
                WriteArguments(builder, "fma", node);
                return;
            }

            if (node.Kind == ExprKind.ConstantTail)
            {
                // The constant's exact value minus the value the target type stores.
                builder.Append("lo(").Append(FormatNumber(node[0].Value)).Append(')');
                return;
            }

            if (node.Function == Function.Abs)
            {
                builder.Append('|');
                Write(builder, node[0], 0);
                builder.Append('|');
                return;
            }

            if (node.Function == Function.SigmoidDerivative)
            {
                // σ′(u), spelled out as the product it is: σ(u)·σ(−u).
                Expr u = node[0];
                builder.Append("σ(");
                Write(builder, u, 0);
                builder.Append(")·σ(").Append(NegateOp);
                Write(builder, u, u.Kind == ExprKind.Multiply || u.Kind == ExprKind.Divide ? Multiplicative : Unary);
                builder.Append(')');
                return;
            }

            if (node.Function == Function.TanhDerivative)
            {
                // tanh′(u), spelled out as the math it is (the code computes it without the cancellation).
                builder.Append("1 − tanh(");
                Write(builder, node[0], 0);
                builder.Append(")²");
                return;
            }

            builder.Append(node.Function == Function.Sigmoid ? "σ" : FunctionTable.NameOf(node.Function)).Append('(');
            Write(builder, node[0], 0);
            builder.Append(')');
        }

        /// <summary>Recognises a ? : that is max(a, b), min(a, b) or clamp(v, lo, hi) as the binder builds them.</summary>
        private (string Name, Expr[] Arguments)? NamedConditional(Expr node)
        {
            if (node.Kind != ExprKind.Conditional)
            {
                return null;
            }

            Expr test = node[0], whenTrue = node[1], whenFalse = node[2];
            if (IsNamed(test) || test.Arguments.Count != 2)
            {
                return null;
            }

            Expr a = test[0], b = test[1];
            if (ReferenceEquals(whenTrue, a) && ReferenceEquals(whenFalse, b))
            {
                if (test.Kind == ExprKind.Greater)
                {
                    return ("max", new[] { a, b });
                }

                if (test.Kind == ExprKind.Less)
                {
                    return ("min", new[] { a, b });
                }
            }

            if (test.Kind == ExprKind.LessEqual && ReferenceEquals(whenTrue, b) && whenFalse.Kind == ExprKind.Conditional && !IsNamed(whenFalse))
            {
                Expr inner = whenFalse[0];
                if (inner.Kind == ExprKind.GreaterEqual && !IsNamed(inner) && ReferenceEquals(inner[0], a)
                    && ReferenceEquals(whenFalse[1], inner[1]) && ReferenceEquals(whenFalse[2], a))
                {
                    return ("clamp", new[] { a, b, inner[1] });
                }
            }

            return null;
        }

        private static string? Superscript(double value)
        {
            if (value != Math.Floor(value) || Math.Abs(value) > 99)
            {
                return null;
            }

            const string digits = "⁰¹²³⁴⁵⁶⁷⁸⁹";
            var builder = new StringBuilder();
            if (value < 0)
            {
                builder.Append('⁻');
            }

            foreach (char c in Math.Abs(value).ToString(CultureInfo.InvariantCulture))
            {
                builder.Append(digits[c - '0']);
            }

            return builder.ToString();
        }
    }
}
