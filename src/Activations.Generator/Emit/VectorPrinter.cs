using System;
using System.Collections.Generic;
using System.Text;
using Activations.Generator.Symbolic;

namespace Activations.Generator.Emit
{
    /// <summary>The vector types code is emitted for.</summary>
    public enum VectorWidth
    {
        /// <summary><c>System.Numerics.Vector&lt;T&gt;</c>, whose width the runtime picks.</summary>
        Numerics,
        V128,
        V256,
        V512,
    }

    /// <summary>
    /// Prints an expression over one vector type: arithmetic with the vector operators, comparisons as masks,
    /// conditionals as <c>ConditionalSelect</c>, and functions from <c>Activations.VectorMath</c>. The same DAG and CSE
    /// schedule as the scalar code, so every width computes the same formula.
    /// </summary>
    public sealed class VectorPrinter : ExpressionPrinter
    {
        private const string VectorMath = "global::Activations.VectorMath";
        private readonly NumericType _type;
        private readonly VectorWidth _width;
        private readonly IReadOnlyList<string> _variableNames;

        /// <param name="variableNames">What each parameter is called in the vector code (the input, then the broadcast hyperparameters).</param>
        public VectorPrinter(NumericType type, VectorWidth width, IReadOnlyList<string> variableNames, IReadOnlyDictionary<Expr, string>? names)
            : base(names)
        {
            _type = type;
            _width = width;
            _variableNames = variableNames;
        }

        protected override string AddOp => " + ";

        protected override string SubtractOp => " - ";

        protected override string MultiplyOp => " * ";

        protected override string DivideOp => " / ";

        protected override string NegateOp => "-";

        private string ElementType => _type == NumericType.Single ? "float" : "double";

        /// <summary>The static class with the vector operations: <c>global::System.Runtime.Intrinsics.Vector512</c>.</summary>
        public static string StaticClass(VectorWidth width) => width switch
        {
            VectorWidth.Numerics => "global::System.Numerics.Vector",
            VectorWidth.V128 => "global::System.Runtime.Intrinsics.Vector128",
            VectorWidth.V256 => "global::System.Runtime.Intrinsics.Vector256",
            _ => "global::System.Runtime.Intrinsics.Vector512",
        };

        /// <summary>The vector type: <c>global::System.Runtime.Intrinsics.Vector512&lt;float&gt;</c>.</summary>
        public static string TypeName(VectorWidth width, NumericType type) => StaticClass(width) + "<" + (type == NumericType.Single ? "float" : "double") + ">";

        private string Static => StaticClass(_width);

        /// <summary>Vector.GreaterThan(Vector&lt;float&gt;, …) would pick the overload returning Vector&lt;int&gt;; name T to get a float mask.</summary>
        private string Generic => _width == VectorWidth.Numerics ? "<" + ElementType + ">" : string.Empty;

        protected override string FormatConstant(double value) => Static + ".Create(" + CSharpPrinter.FormatLiteral(value, _type) + ")";

        protected override string FormatVariable(Expr variable) => _variableNames[variable.Variable];

        protected override string OperatorText(ExprKind kind)
        {
            switch (kind)
            {
                case ExprKind.And: return " & ";
                case ExprKind.Or: return " | ";
                case ExprKind.Not: return "~";
                default: throw new ArgumentOutOfRangeException(nameof(kind));
            }
        }

        protected override bool WritesAsCall(Expr node)
        {
            switch (node.Kind)
            {
                case ExprKind.Less:
                case ExprKind.LessEqual:
                case ExprKind.Greater:
                case ExprKind.GreaterEqual:
                case ExprKind.Equal:
                case ExprKind.NotEqual:
                case ExprKind.Conditional:
                case ExprKind.BooleanConstant:
                    return true;
                default:
                    return false;
            }
        }

        protected override int PrecedenceOfPower(Expr node) => RepeatedOrReciprocal(node[1]) ? Multiplicative : Primary;

        private static bool RepeatedOrReciprocal(Expr exponent) => CSharpPrinter.RepeatedMultiplication(exponent) > 0 || exponent.IsConstantValue(-1);

        protected override void WritePower(StringBuilder builder, Expr node)
        {
            Expr exponent = node[1];
            int factors = CSharpPrinter.RepeatedMultiplication(exponent);
            if (factors > 0)
            {
                bool reciprocal = exponent.Value < 0;
                if (reciprocal)
                {
                    builder.Append(FormatConstant(1)).Append(" / (");
                }

                for (int i = 0; i < factors; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(MultiplyOp);
                    }

                    Write(builder, node[0], Primary);
                }

                if (reciprocal)
                {
                    builder.Append(')');
                }

                return;
            }

            if (exponent.IsConstantValue(-1))
            {
                builder.Append(FormatConstant(1)).Append(DivideOp);
                Write(builder, node[0], Multiplicative + 1);
                return;
            }

            WriteInvocation(builder, VectorMath + ".Pow", node[0], exponent);
        }

        protected override void WriteCall(StringBuilder builder, Expr node)
        {
            switch (node.Kind)
            {
                case ExprKind.BooleanConstant:
                    builder.Append(TypeName(_width, _type)).Append(node.Value != 0 ? ".AllBitsSet" : ".Zero");
                    return;
                case ExprKind.Less:
                    WriteInvocation(builder, Static + ".LessThan" + Generic, node[0], node[1]);
                    return;
                case ExprKind.LessEqual:
                    WriteInvocation(builder, Static + ".LessThanOrEqual" + Generic, node[0], node[1]);
                    return;
                case ExprKind.Greater:
                    WriteInvocation(builder, Static + ".GreaterThan" + Generic, node[0], node[1]);
                    return;
                case ExprKind.GreaterEqual:
                    WriteInvocation(builder, Static + ".GreaterThanOrEqual" + Generic, node[0], node[1]);
                    return;
                case ExprKind.Equal:
                    WriteInvocation(builder, Static + ".Equals" + Generic, node[0], node[1]);
                    return;
                case ExprKind.NotEqual:
                    builder.Append('~');
                    WriteInvocation(builder, Static + ".Equals" + Generic, node[0], node[1]);
                    return;
                case ExprKind.Conditional:
                    WriteInvocation(builder, Static + ".ConditionalSelect", node[0], node[1], node[2]);
                    return;
            }

            if (node.Kind == ExprKind.RoundingError)
            {
                WriteRoundingError(builder, node, Static + ".FusedMultiplyAdd");
                return;
            }

            if (node.Kind == ExprKind.ConstantTail)
            {
                builder.Append(FormatConstant(CSharpPrinter.TailValue(node, _type)));
                return;
            }

            if (node.Kind == ExprKind.FusedMultiplyAdd)
            {
                WriteArguments(builder, Static + ".FusedMultiplyAdd", node);
                return;
            }

            switch (node.Function)
            {
                case Function.Sqrt:
                    WriteInvocation(builder, Static + (_width == VectorWidth.Numerics ? ".SquareRoot" : ".Sqrt"), node[0]);
                    return;
                case Function.Abs:
                    WriteInvocation(builder, Static + ".Abs", node[0]);
                    return;
                default:
                    WriteInvocation(builder, VectorMath + "." + CSharpPrinter.FunctionName(node.Function), node[0]);
                    return;
            }
        }
    }
}
