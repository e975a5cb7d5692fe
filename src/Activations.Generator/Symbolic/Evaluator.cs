using System;
using System.Collections.Generic;

namespace Activations.Generator.Symbolic
{
    /// <summary>Evaluates expressions in double precision: the reference the tests check generated code against, and the
    /// engine behind the samples' plot command.</summary>
    public sealed class Evaluator
    {
        private readonly ExprProgram _program;
        private readonly double[] _values;

        public Evaluator(params Expr[] roots)
        {
            _program = new ExprProgram(roots);
            _values = new double[_program.Nodes.Count];
        }

        /// <summary>Evaluates every root at the given parameter values (index 0 is the input).</summary>
        public double[] Evaluate(IReadOnlyList<double> parameters)
        {
            IReadOnlyList<Expr> nodes = _program.Nodes;
            for (int i = 0; i < nodes.Count; i++)
            {
                _values[i] = Step(nodes[i], parameters);
            }

            var results = new double[_program.Roots.Count];
            for (int i = 0; i < results.Length; i++)
            {
                results[i] = _values[_program.IndexOf(_program.Roots[i])];
            }

            return results;
        }

        public static double Evaluate(Expr root, params double[] parameters) => new Evaluator(root).Evaluate(parameters)[0];

        private double Step(Expr node, IReadOnlyList<double> parameters)
        {
            double A(int i) => _values[_program.IndexOf(node.Arguments[i])];
            bool B(int i) => A(i) != 0;
            switch (node.Kind)
            {
                case ExprKind.Constant:
                case ExprKind.BooleanConstant:
                    return node.Value;
                case ExprKind.Variable:
                    return parameters[node.Variable];
                case ExprKind.Negate: return -A(0);
                case ExprKind.Add: return A(0) + A(1);
                case ExprKind.Subtract: return A(0) - A(1);
                case ExprKind.Multiply: return A(0) * A(1);
                case ExprKind.Divide: return A(0) / A(1);
                case ExprKind.Power: return Math.Pow(A(0), A(1));
                case ExprKind.Call: return DoubleMath.Evaluate(node.Function, A(0));
                case ExprKind.Less: return Bit(A(0) < A(1));
                case ExprKind.LessEqual: return Bit(A(0) <= A(1));
                case ExprKind.Greater: return Bit(A(0) > A(1));
                case ExprKind.GreaterEqual: return Bit(A(0) >= A(1));
                case ExprKind.Equal: return Bit(A(0) == A(1));
                case ExprKind.NotEqual: return Bit(A(0) != A(1));
                case ExprKind.And: return Bit(B(0) && B(1));
                case ExprKind.Or: return Bit(B(0) || B(1));
                case ExprKind.Not: return Bit(!B(0));
                case ExprKind.Conditional: return B(0) ? A(1) : A(2);

                // Exact arithmetic has no rounding error; a constant's tail is below double's resolution of the constant.
                case ExprKind.RoundingError: return 0;
                case ExprKind.ConstantTail: return 0;
                case ExprKind.FusedMultiplyAdd: return (A(0) * A(1)) + A(2);
                default: throw new InvalidOperationException("Unknown node " + node.Kind);
            }
        }

        private static double Bit(bool value) => value ? 1 : 0;
    }
}
