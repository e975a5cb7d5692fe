using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Activations.Generator.Symbolic;

namespace Activations.Generator.Emit
{
    /// <summary>Prints an expression as a C# expression in float or double, with every type name global::-qualified.</summary>
    public sealed class CSharpPrinter : ExpressionPrinter
    {
        private readonly NumericType _type;
        private readonly IReadOnlyList<string> _parameterNames;

        private readonly bool _vectorMathScalars;

        /// <param name="vectorMathScalars">
        /// Call <c>Activations.VectorMath</c>'s scalar overloads instead of Math/MathF and ActivationMath: they run the very
        /// algorithm of the vector lanes, so a kernel's scalar path gives the same bits as its vector paths.
        /// </param>
        private readonly bool _widenSteepCalls;
        private readonly bool _castVariables;

        /// <param name="widenSteepCalls">
        /// For float: evaluate the argument of each steep call (exp, erfc, σ, softplus) in double, from the float inputs,
        /// and call the double function, rounding its result to float. A product, quotient or sum of floats is then exact
        /// or nearly so, and the call's result is accurate without the correction the kernels compute
        /// (<see cref="Compensator"/>), which needs f′ too: what scalar members do, where double costs nothing extra.
        /// </param>
        public CSharpPrinter(NumericType type, IReadOnlyList<string> parameterNames, IReadOnlyDictionary<Expr, string>? names, bool vectorMathScalars = false, bool widenSteepCalls = false)
            : this(type, parameterNames, names, vectorMathScalars, widenSteepCalls, castVariables: false)
        {
        }

        private CSharpPrinter(NumericType type, IReadOnlyList<string> parameterNames, IReadOnlyDictionary<Expr, string>? names, bool vectorMathScalars, bool widenSteepCalls, bool castVariables)
            : base(names)
        {
            _type = type;
            _parameterNames = parameterNames;
            _vectorMathScalars = vectorMathScalars;
            _widenSteepCalls = widenSteepCalls && type == NumericType.Single;
            _castVariables = castVariables;
        }

        protected override string AddOp => " + ";

        protected override string SubtractOp => " - ";

        protected override string MultiplyOp => " * ";

        protected override string DivideOp => " / ";

        protected override string NegateOp => "-";

        private string MathType => _type == NumericType.Single ? "global::System.MathF" : "global::System.Math";

        private string HelperType => "global::Activations.ActivationMath";

        /// <summary>For an integer exponent written as repeated multiplication (u·u, u·u·u, 1/(u·u)), how many factors; 0 otherwise.</summary>
        public static int RepeatedMultiplication(Expr exponent)
        {
            if (!exponent.IsConstant)
            {
                return 0;
            }

            double n = Math.Abs(exponent.Value);
            return n == 2 || n == 3 ? (int)n : 0;
        }

        /// <summary>A literal of the target type, formatted with the invariant culture (shortest round-trip digits).</summary>
        public static string FormatLiteral(double value, NumericType type)
        {
            if (type == NumericType.Single)
            {
                float f = (float)value;
                if (value == Math.PI)
                {
                    return "global::System.MathF.PI";
                }

                if (value == Math.E)
                {
                    return "global::System.MathF.E";
                }

                if (float.IsNaN(f))
                {
                    return "global::System.Single.NaN";
                }

                if (float.IsInfinity(f))
                {
                    return f > 0 ? "global::System.Single.PositiveInfinity" : "global::System.Single.NegativeInfinity";
                }

                return f.ToString("R", CultureInfo.InvariantCulture) + "f";
            }

            if (value == Math.PI)
            {
                return "global::System.Math.PI";
            }

            if (value == Math.E)
            {
                return "global::System.Math.E";
            }

            if (double.IsNaN(value))
            {
                return "global::System.Double.NaN";
            }

            if (double.IsInfinity(value))
            {
                return value > 0 ? "global::System.Double.PositiveInfinity" : "global::System.Double.NegativeInfinity";
            }

            string text = value.ToString("R", CultureInfo.InvariantCulture);
            return text + "d";
        }

        protected override string FormatConstant(double value) => FormatLiteral(value, _type);

        protected override string FormatVariable(Expr variable) => (_castVariables ? "(double)" : string.Empty) + _parameterNames[variable.Variable];

        protected override string OperatorText(ExprKind kind)
        {
            switch (kind)
            {
                case ExprKind.Less: return " < ";
                case ExprKind.LessEqual: return " <= ";
                case ExprKind.Greater: return " > ";
                case ExprKind.GreaterEqual: return " >= ";
                case ExprKind.Equal: return " == ";
                case ExprKind.NotEqual: return " != ";
                case ExprKind.And: return " && ";
                case ExprKind.Or: return " || ";
                case ExprKind.Not: return "!";
                default: throw new ArgumentOutOfRangeException(nameof(kind));
            }
        }

        protected override int PrecedenceOfPower(Expr node) => RepeatedMultiplication(node[1]) > 0 || node[1].IsConstantValue(-1) ? Multiplicative : Primary;

        protected override void WritePower(StringBuilder builder, Expr node)
        {
            Expr exponent = node[1];
            int factors = RepeatedMultiplication(exponent);
            if (factors > 0)
            {
                // The base is a name or a leaf (see Schedule.RepeatedOperands), so repeating it costs nothing.
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

            builder.Append(_vectorMathScalars ? "global::Activations.VectorMath" : MathType).Append(".Pow(");
            Write(builder, node[0], 0);
            builder.Append(", ");
            Write(builder, exponent, 0);
            builder.Append(')');
        }

        /// <summary>
        /// u == u and u != u (the NaN tests; ExprContext.Compare folds the other comparisons of a value with itself) are
        /// written as IsNaN calls: repeating the operand would draw warning CS1718 in the user's build.
        /// </summary>
        protected override bool WritesAsCall(Expr node) => IsNaNTest(node);

        private static bool IsNaNTest(Expr node)
            => (node.Kind == ExprKind.Equal || node.Kind == ExprKind.NotEqual) && ReferenceEquals(node[0], node[1]);

        protected override void WriteCall(StringBuilder builder, Expr node)
        {
            if (IsNaNTest(node))
            {
                builder.Append(node.Kind == ExprKind.Equal ? "!" : string.Empty)
                    .Append(_type == NumericType.Single ? "global::System.Single" : "global::System.Double").Append(".IsNaN(");
                Write(builder, node[0], 0);
                builder.Append(')');
                return;
            }

            if (node.Kind == ExprKind.RoundingError)
            {
                WriteRoundingError(builder, node, MathType + ".FusedMultiplyAdd");
                return;
            }

            if (node.Kind == ExprKind.ConstantTail)
            {
                builder.Append(FormatConstant(TailValue(node, _type)));
                return;
            }

            if (node.Kind == ExprKind.FusedMultiplyAdd)
            {
                WriteArguments(builder, MathType + ".FusedMultiplyAdd", node);
                return;
            }

            if (_widenSteepCalls && node.Kind == ExprKind.Call && Compensator.IsSteep(node.Function))
            {
                // (float)F((double)…): the argument again, from the inputs, in double (no float temporaries).
                var wide = new CSharpPrinter(NumericType.Double, _parameterNames, names: null, vectorMathScalars: false, widenSteepCalls: false, castVariables: true);
                builder.Append("(float)").Append(wide.FunctionTarget(node.Function)).Append('(').Append(wide.Print(node[0])).Append(')');
                return;
            }

            builder.Append(FunctionTarget(node.Function)).Append('(');
            Write(builder, node[0], 0);
            builder.Append(')');
        }

        /// <summary>
        /// The low part of a <see cref="ExprKind.ConstantTail"/>'s constant in the target type: exact value − the value
        /// as stored. For float, what rounding the double to float lost (exact in double) plus the double's own tail.
        /// </summary>
        public static double TailValue(Expr tail, NumericType type)
        {
            double value = tail[0].Value;
            if (type == NumericType.Single)
            {
                return (float)((value - (float)value) + tail.Value);
            }

            return tail.Value;
        }

        private string FunctionTarget(Function function)
        {
            if (_vectorMathScalars && function != Function.Sqrt && function != Function.Abs)
            {
                return "global::Activations.VectorMath." + FunctionName(function);
            }

            switch (function)
            {
                case Function.Log1p:
                case Function.Expm1:
                case Function.Sign:
                case Function.Sigmoid:
                case Function.Softplus:
                case Function.Erf:
                case Function.Erfc:
                case Function.SigmoidDerivative:
                case Function.TanhDerivative:
                    return HelperType + "." + FunctionName(function);
                default:
                    return MathType + "." + FunctionName(function);
            }
        }

        /// <summary>The .NET-style name of a function, shared by Math, MathF, ActivationMath and VectorMath.</summary>
        public static string FunctionName(Function function) => function.ToString();
    }
}
