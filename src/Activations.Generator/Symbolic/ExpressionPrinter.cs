using System.Collections.Generic;
using System.Text;

namespace Activations.Generator.Symbolic
{
    /// <summary>
    /// Prints an expression with the fewest parentheses that keep its exact evaluation order. Subclasses choose the
    /// notation (C# for emitted code, math for doc comments). Named nodes (CSE temporaries) print as their name.
    /// </summary>
    public abstract class ExpressionPrinter
    {
        protected const int Conditional = 1;
        protected const int Or = 2;
        protected const int And = 3;
        protected const int Equality = 4;
        protected const int Relational = 5;
        protected const int Additive = 6;
        protected const int Multiplicative = 7;
        protected const int Unary = 8;
        protected const int PowerLevel = 9;
        protected const int Primary = 10;

        /// <summary>Output longer than this is cut with an ellipsis. Code printers never cut (an ellipsis would not compile);
        /// notation for comments may override it.</summary>
        protected virtual int MaxLength => int.MaxValue;

        private readonly IReadOnlyDictionary<Expr, string>? _names;

        protected ExpressionPrinter(IReadOnlyDictionary<Expr, string>? names)
        {
            _names = names;
        }

        protected abstract string AddOp { get; }

        protected abstract string SubtractOp { get; }

        protected abstract string MultiplyOp { get; }

        protected abstract string DivideOp { get; }

        protected abstract string NegateOp { get; }

        /// <summary>Prints the definition of <paramref name="node"/> (its own name, if any, is not used at the top).</summary>
        public string Print(Expr node)
        {
            var builder = new StringBuilder();
            Write(builder, node, 0, top: true);
            return builder.ToString();
        }

        /// <summary>
        /// <c>target(argument, out var complementName)</c>: a call that returns one value and defines another local
        /// (the paired calls of <see cref="Emit.Schedule"/>).
        /// </summary>
        public string PrintCallWithOut(string target, Expr argument, params string[] outNames)
        {
            var builder = new StringBuilder();
            builder.Append(target).Append('(');
            Write(builder, argument, 0);
            foreach (string name in outNames)
            {
                builder.Append(", out var ").Append(name);
            }

            builder.Append(')');
            return builder.ToString();
        }

        protected abstract string FormatConstant(double value);

        protected virtual string FormatVariable(Expr variable) => variable.Name ?? "p" + variable.Variable;

        protected abstract string OperatorText(ExprKind kind);

        /// <summary>Writes a call-like node: a function, min, max or clamp.</summary>
        protected abstract void WriteCall(StringBuilder builder, Expr node);

        protected abstract int PrecedenceOfPower(Expr node);

        protected abstract void WritePower(StringBuilder builder, Expr node);

        protected void Write(StringBuilder builder, Expr node, int minimum, bool top = false)
        {
            if (builder.Length > MaxLength)
            {
                builder.Append('…');
                return;
            }

            if (!top && _names is not null && _names.TryGetValue(node, out string? name))
            {
                builder.Append(name);
                return;
            }

            int precedence = PrecedenceOf(node);
            bool parenthesize = precedence < minimum;
            if (parenthesize)
            {
                builder.Append('(');
            }

            WriteBare(builder, node);
            if (parenthesize)
            {
                builder.Append(')');
            }
        }

        private int PrecedenceOf(Expr node)
        {
            if (_names is not null && _names.ContainsKey(node))
            {
                return Primary;
            }

            if (WritesAsCall(node))
            {
                return Primary;
            }

            switch (node.Kind)
            {
                case ExprKind.Constant:
                    return node.Value < 0 || double.IsNegativeInfinity(node.Value) ? Unary : Primary;
                case ExprKind.Add:
                case ExprKind.Subtract:
                    return Additive;
                case ExprKind.Multiply:
                case ExprKind.Divide:
                    return Multiplicative;
                case ExprKind.Negate:
                case ExprKind.Not:
                    return Unary;
                case ExprKind.Power:
                    return PrecedenceOfPower(node);
                case ExprKind.Less:
                case ExprKind.LessEqual:
                case ExprKind.Greater:
                case ExprKind.GreaterEqual:
                    return Relational;
                case ExprKind.Equal:
                case ExprKind.NotEqual:
                    return Equality;
                case ExprKind.And:
                    return And;
                case ExprKind.Or:
                    return Or;
                case ExprKind.Conditional:
                    return Conditional;
                case ExprKind.Call:
                    return PrecedenceOfCall(node);
                default:
                    return Primary;
            }
        }

        /// <summary>How tightly a call binds: a call in most notations, but a notation may spell one as an operator.</summary>
        protected virtual int PrecedenceOfCall(Expr node) => Primary;

        /// <summary>
        /// True for nodes a notation spells as a call rather than an operator (vector comparisons and selects, for
        /// example); those go to <see cref="WriteCall"/> and need no parentheses.
        /// </summary>
        protected virtual bool WritesAsCall(Expr node) => false;

        private void WriteBare(StringBuilder builder, Expr node)
        {
            if (WritesAsCall(node))
            {
                WriteCall(builder, node);
                return;
            }

            switch (node.Kind)
            {
                case ExprKind.Constant:
                    builder.Append(FormatConstant(node.Value));
                    return;
                case ExprKind.BooleanConstant:
                    builder.Append(node.Value != 0 ? "true" : "false");
                    return;
                case ExprKind.Variable:
                    builder.Append(FormatVariable(node));
                    return;
                case ExprKind.Negate:
                    builder.Append(NegateOp);
                    Write(builder, node[0], Unary);
                    return;
                case ExprKind.Not:
                    builder.Append(OperatorText(ExprKind.Not));
                    Write(builder, node[0], Unary);
                    return;
                case ExprKind.Add:
                    WriteSum(builder, node);
                    return;
                case ExprKind.Subtract:
                    WriteDifference(builder, node);
                    return;
                case ExprKind.Multiply:
                    WriteInfix(builder, node, Multiplicative, MultiplyOp);
                    return;
                case ExprKind.Divide:
                    WriteInfix(builder, node, Multiplicative, DivideOp);
                    return;
                case ExprKind.Power:
                    WritePower(builder, node);
                    return;
                case ExprKind.Less:
                case ExprKind.LessEqual:
                case ExprKind.Greater:
                case ExprKind.GreaterEqual:
                    WriteInfix(builder, node, Relational, OperatorText(node.Kind));
                    return;
                case ExprKind.Equal:
                case ExprKind.NotEqual:
                    WriteInfix(builder, node, Equality, OperatorText(node.Kind));
                    return;
                case ExprKind.And:
                    WriteInfix(builder, node, And, OperatorText(node.Kind));
                    return;
                case ExprKind.Or:
                    WriteInfix(builder, node, Or, OperatorText(node.Kind));
                    return;
                case ExprKind.Conditional:
                    Write(builder, node[0], Conditional + 1);
                    builder.Append(" ? ");
                    Write(builder, node[1], Conditional + 1);
                    builder.Append(" : ");
                    Write(builder, node[2], Conditional);
                    return;
                default:
                    WriteCall(builder, node);
                    return;
            }
        }

        /// <summary>The right operand binds tighter than the operator, so the printed order is the evaluated order.</summary>
        protected void WriteInfix(StringBuilder builder, Expr node, int precedence, string op)
        {
            Write(builder, node[0], precedence);
            builder.Append(op);
            Write(builder, node[1], precedence + 1);
        }

        /// <summary>Sums keep their constant at the front internally; print "u + c" / "u − c", and "u − k·v" for a negative coefficient.</summary>
        private void WriteSum(StringBuilder builder, Expr node)
        {
            Expr left = node[0], right = node[1];
            if (left.IsConstant && !IsNamed(left))
            {
                (left, right) = (right, left);
            }

            Write(builder, left, Additive);
            if (right.IsConstant && right.Value < 0 && !IsNamed(right))
            {
                builder.Append(SubtractOp);
                builder.Append(FormatConstant(-right.Value));
            }
            else if (right.Kind == ExprKind.Multiply && right[0].IsConstant && right[0].Value < 0 && !IsNamed(right))
            {
                builder.Append(SubtractOp);
                if (right[0].Value != -1)
                {
                    builder.Append(FormatConstant(-right[0].Value));
                    builder.Append(MultiplyOp);
                }

                Write(builder, right[1], Multiplicative + 1);
            }
            else
            {
                builder.Append(AddOp);
                Write(builder, right, Additive + 1);
            }
        }

        /// <summary>"u − (−k)·v" prints as "u + k·v": negating a constant factor is exact, so the value is unchanged.</summary>
        private void WriteDifference(StringBuilder builder, Expr node)
        {
            Expr right = node[1];
            if (right.Kind == ExprKind.Multiply && right[0].IsConstant && right[0].Value < 0 && !IsNamed(right))
            {
                Write(builder, node[0], Additive);
                builder.Append(AddOp);
                builder.Append(FormatConstant(-right[0].Value));
                builder.Append(MultiplyOp);
                Write(builder, right[1], Multiplicative + 1);
                return;
            }

            WriteInfix(builder, node, Additive, SubtractOp);
        }

        /// <summary>
        /// Code for a <see cref="ExprKind.RoundingError"/> of a rounded operation s: the exact error a·b − s of a product
        /// or square, and of the last product of a cube, from one fused multiply-add; the exact remainder a − s·b of a
        /// quotient (1 − s·a for a reciprocal); Knuth's two-sum error (a − (s − b′)) + (b − b′), b′ = s − a, of a sum.
        /// The operands are names or leaves (Schedule.RepeatedOperands), so repeating them costs nothing.
        /// </summary>
        protected void WriteRoundingError(StringBuilder builder, Expr node, string fusedMultiplyAdd)
        {
            Expr s = node[0];
            switch (s.Kind)
            {
                case ExprKind.Multiply:
                    WriteFusedMultiplyAdd(builder, fusedMultiplyAdd, b => Write(b, s[0], 0), b => Write(b, s[1], 0), b => WriteNegated(b, s));
                    return;
                case ExprKind.Divide:
                    WriteFusedMultiplyAdd(builder, fusedMultiplyAdd, b => WriteNegated(b, s), b => Write(b, s[1], 0), b => Write(b, s[0], 0));
                    return;
                case ExprKind.Power when s[1].IsConstantValue(-1):
                    WriteFusedMultiplyAdd(builder, fusedMultiplyAdd, b => WriteNegated(b, s), b => Write(b, s[0], 0), b => b.Append(FormatConstant(1)));
                    return;
                case ExprKind.Power when s[1].IsConstantValue(3):
                    WriteFusedMultiplyAdd(
                        builder,
                        fusedMultiplyAdd,
                        b =>
                        {
                            Write(b, s[0], Primary);
                            b.Append(MultiplyOp);
                            Write(b, s[0], Primary);
                        },
                        b => Write(b, s[0], 0),
                        b => WriteNegated(b, s));
                    return;
                case ExprKind.Power:
                    WriteFusedMultiplyAdd(builder, fusedMultiplyAdd, b => Write(b, s[0], 0), b => Write(b, s[0], 0), b => WriteNegated(b, s));
                    return;
                default:
                {
                    // Add: (a − (s − (s − a)) + (b − (s − a))); Subtract, the two-sum of a and −b: (a − (s − (s − a)) − (b + (s − a))).
                    bool subtract = s.Kind == ExprKind.Subtract;
                    builder.Append('(');
                    Write(builder, s[0], Additive);
                    builder.Append(SubtractOp).Append('(');
                    Write(builder, s, Additive);
                    builder.Append(SubtractOp).Append('(');
                    Write(builder, s, Additive);
                    builder.Append(SubtractOp);
                    Write(builder, s[0], Additive + 1);
                    builder.Append("))").Append(subtract ? SubtractOp : AddOp).Append('(');
                    Write(builder, s[1], Additive);
                    builder.Append(subtract ? AddOp : SubtractOp).Append('(');
                    Write(builder, s, Additive);
                    builder.Append(SubtractOp);
                    Write(builder, s[0], Additive + 1);
                    builder.Append(")))");
                    return;
                }
            }
        }

        /// <summary><c>target(a, b, …)</c> with the node's operands.</summary>
        protected void WriteArguments(StringBuilder builder, string target, Expr node) => WriteInvocation(builder, target, System.Linq.Enumerable.ToArray(node.Arguments));

        /// <summary><c>target(a, b, …)</c>, each argument printed at the loosest precedence.</summary>
        protected void WriteInvocation(StringBuilder builder, string target, params Expr[] arguments)
        {
            builder.Append(target).Append('(');
            for (int i = 0; i < arguments.Length; i++)
            {
                if (i > 0)
                {
                    builder.Append(", ");
                }

                Write(builder, arguments[i], 0);
            }

            builder.Append(')');
        }

        private void WriteNegated(StringBuilder builder, Expr node)
        {
            builder.Append(NegateOp);
            Write(builder, node, Unary);
        }

        private static void WriteFusedMultiplyAdd(StringBuilder builder, string target, System.Action<StringBuilder> a, System.Action<StringBuilder> b, System.Action<StringBuilder> c)
        {
            builder.Append(target).Append('(');
            a(builder);
            builder.Append(", ");
            b(builder);
            builder.Append(", ");
            c(builder);
            builder.Append(')');
        }

        protected bool IsNamed(Expr node) => _names is not null && _names.ContainsKey(node);
    }
}
