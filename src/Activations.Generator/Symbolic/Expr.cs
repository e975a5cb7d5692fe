using System;
using System.Collections.Generic;

namespace Activations.Generator.Symbolic
{
    public enum ExprKind
    {
        Constant,
        BooleanConstant,
        Variable,
        Negate,
        Add,
        Subtract,
        Multiply,
        Divide,
        Power,
        Call,
        Less,
        LessEqual,
        Greater,
        GreaterEqual,
        Equal,
        NotEqual,
        And,
        Or,
        Not,
        Conditional,

        /// <summary>
        /// The rounding error of its one operand, an arithmetic node evaluated in the target type: a·b − fl(a·b) for a
        /// product or square (one fused multiply-add), the remainder a − fl(a/b)·b for a quotient, and
        /// a + b − fl(a + b) for a sum (Knuth's two-sum). Mathematically zero; it exists only in the compensated forms that
        /// <see cref="Compensator"/> builds for emission, never in anything that is differentiated or simplified.
        /// </summary>
        RoundingError,

        /// <summary>
        /// The low part of its one operand, a constant: the exact value minus the constant as the target type stores it
        /// (so it differs between float and double). Like <see cref="RoundingError"/>, only in compensated forms.
        /// </summary>
        ConstantTail,

        /// <summary>
        /// a·b + c with one rounding (its operands in that order). Only in compensated forms, where f(u) + δ·f′(u) is one
        /// fused multiply-add.
        /// </summary>
        FusedMultiplyAdd,
    }

    /// <summary>The elementary functions of the DSL that take one argument.</summary>
    public enum Function
    {
        Exp,
        Log,
        Log1p,
        Expm1,
        Sqrt,
        Abs,
        Sign,
        Sin,
        Cos,
        Tan,
        Tanh,
        Sinh,
        Cosh,
        Atan,
        Sigmoid,
        Softplus,
        Erf,
        Erfc,

        /// <summary>
        /// σ′(u) = σ(u)·σ(−u), which the differentiator writes for the derivative of σ. Not part of the DSL (no name
        /// parses to it); emitted code computes it from one exponential (VectorMath.SigmoidDerivative, or with σ(u) itself
        /// from VectorMath.SigmoidWithDerivative), where the product of the two sigmoids needs a complement and a select
        /// on top. Even: the simplifier keeps its argument in the positive form of a negation pair.
        /// </summary>
        SigmoidDerivative,

        /// <summary>
        /// tanh′(u) = 1 − tanh²u, which the differentiator writes for the derivative of tanh. Not part of the DSL; emitted
        /// code computes it as c·(2 − c) with c = 1 − |tanh u| (ActivationMath/VectorMath.TanhDerivative, or with tanh u
        /// itself from VectorMath.TanhWithDerivative), which does not cancel as |tanh u| → 1. Even, like σ′.
        /// </summary>
        TanhDerivative,
    }

    /// <summary>
    /// A node of an immutable expression DAG. Nodes are created only through an <see cref="ExprContext"/>, which
    /// hash-conses them: within one context, equal expressions are the same object, so sharing is free and equality
    /// is a reference check. Across contexts, <see cref="Equals(Expr)"/> compares structure.
    /// </summary>
    public sealed class Expr : IEquatable<Expr>
    {
        private static readonly Expr[] NoArguments = Array.Empty<Expr>();
        private readonly int _hash;

        internal Expr(ExprKind kind, Function function, double value, int variable, string? name, Expr[]? arguments, int id)
        {
            Kind = kind;
            Function = function;
            Value = value;
            Variable = variable;
            Name = name;
            Arguments = arguments ?? NoArguments;
            Id = id;
            _hash = ComputeHash();
            int height = 0;
            foreach (Expr argument in Arguments)
            {
                height = Math.Max(height, argument.Height);
            }

            Height = height + 1;
        }

        public ExprKind Kind { get; }

        /// <summary>For <see cref="ExprKind.Call"/>: which function.</summary>
        public Function Function { get; }

        /// <summary>For constants: the value (booleans use 1 and 0).</summary>
        public double Value { get; }

        /// <summary>For variables: the parameter index (0 is the input).</summary>
        public int Variable { get; }

        /// <summary>For variables: the parameter name as written in the expression.</summary>
        public string? Name { get; }

        public IReadOnlyList<Expr> Arguments { get; }

        /// <summary>Creation order within the context: a stable, deterministic tie-breaker for canonical ordering.</summary>
        public int Id { get; }

        /// <summary>Longest path to a leaf; bounded so recursive passes stay shallow.</summary>
        public int Height { get; }

        public Expr this[int index] => Arguments[index];

        public bool IsConstant => Kind == ExprKind.Constant;

        public bool IsLeaf => Kind == ExprKind.Constant || Kind == ExprKind.Variable || Kind == ExprKind.BooleanConstant;

        public bool IsBoolean => Kind switch
        {
            ExprKind.BooleanConstant or ExprKind.Less or ExprKind.LessEqual or ExprKind.Greater or ExprKind.GreaterEqual
                or ExprKind.Equal or ExprKind.NotEqual or ExprKind.And or ExprKind.Or or ExprKind.Not => true,
            _ => false,
        };

        public bool IsConstantValue(double value) => Kind == ExprKind.Constant && Value.Equals(value);

        public bool Equals(Expr? other)
        {
            if (ReferenceEquals(this, other))
            {
                return true;
            }

            if (other is null || other._hash != _hash || other.Kind != Kind || other.Function != Function
                || !other.Value.Equals(Value) || other.Variable != Variable || other.Arguments.Count != Arguments.Count)
            {
                return false;
            }

            for (int i = 0; i < Arguments.Count; i++)
            {
                if (!Arguments[i].Equals(other.Arguments[i]))
                {
                    return false;
                }
            }

            return true;
        }

        public override bool Equals(object? obj) => obj is Expr other && Equals(other);

        public override int GetHashCode() => _hash;

        public override string ToString() => MathPrinter.Format(this);

        private int ComputeHash()
        {
            unchecked
            {
                int hash = ((int)Kind * 397) ^ ((int)Function * 31) ^ Value.GetHashCode() ^ (Variable * 7919);
                foreach (Expr argument in Arguments)
                {
                    hash = (hash * 31) + argument._hash;
                }

                return hash;
            }
        }
    }
}
