using System;
using System.Collections.Generic;

namespace Activations.Generator.Symbolic
{
    /// <summary>
    /// Creates <see cref="Expr"/> nodes. Every constructor simplifies as it builds (constant folding, algebraic identities,
    /// collecting constant factors) and hash-conses the result, so an expression and its derivatives form one shared DAG.
    /// </summary>
    /// <remarks>
    /// Simplification happens at construction, bottom-up: by the time a node is built its operands are already simplified,
    /// so each rule only looks one or two levels down. Every rule returns a node no larger than its input, so building
    /// always terminates.
    /// </remarks>
    public sealed class ExprContext
    {
        private readonly Dictionary<NodeKey, Expr> _nodes = new Dictionary<NodeKey, Expr>();
        private readonly Dictionary<Expr, double> _tails = new Dictionary<Expr, double>();

        public ExprContext()
        {
            Zero = Constant(0);
            One = Constant(1);
            True = Intern(ExprKind.BooleanConstant, default, 1, 0, null, null);
            False = Intern(ExprKind.BooleanConstant, default, 0, 0, null, null);
        }

        public Expr Zero { get; }

        public Expr One { get; }

        public Expr True { get; }

        public Expr False { get; }

        /// <summary>How many distinct nodes this context holds.</summary>
        public int NodeCount => _nodes.Count;

        public Expr Constant(double value)
        {
            // One zero: -0 and +0 fold together so that x*0 and x*-0 share (the sign of a zero constant never matters here).
            if (value == 0)
            {
                value = 0;
            }

            return Intern(ExprKind.Constant, default, value, 0, null, null);
        }

        /// <summary>
        /// A constant whose exact value is <paramref name="value"/> + <paramref name="tail"/> (a double-double), so that
        /// compensated code can recover what rounding the value to double lost (see <see cref="TailOf"/>). The node is the
        /// same as <see cref="Constant(double)"/>'s; the first tail recorded for a value is the one kept.
        /// </summary>
        public Expr Constant(double value, double tail)
        {
            Expr node = Constant(value);
            if (tail != 0 && !double.IsNaN(tail) && !double.IsInfinity(tail) && !_tails.ContainsKey(node))
            {
                _tails[node] = tail;
            }

            return node;
        }

        /// <summary>The exact value of a constant minus its double value, where known (literals, π, e and what folding
        /// computes from them); 0 where it is exact or unknown.</summary>
        public double TailOf(Expr constant) => _tails.TryGetValue(constant, out double tail) ? tail : 0;

        /// <summary>The rounding error of an arithmetic node as emitted code evaluates it (see <see cref="ExprKind.RoundingError"/>).</summary>
        public Expr RoundingError(Expr operation) => Intern(ExprKind.RoundingError, operation);

        /// <summary>The low part of a constant in the target type (see <see cref="ExprKind.ConstantTail"/>).</summary>
        public Expr ConstantTail(Expr constant) => Intern(ExprKind.ConstantTail, default, TailOf(constant), 0, null, new[] { constant });

        /// <summary>a·b + c rounded once (see <see cref="ExprKind.FusedMultiplyAdd"/>); not simplified.</summary>
        public Expr FusedMultiplyAdd(Expr a, Expr b, Expr c) => Intern(ExprKind.FusedMultiplyAdd, default, 0, 0, null, new[] { a, b, c });

        public Expr Boolean(bool value) => value ? True : False;

        /// <summary>A constant as a double-double: its value and what rounding it to double lost.</summary>
        internal DoubleDouble Exact(Expr constant) => new DoubleDouble(constant.Value, TailOf(constant));

        /// <summary>
        /// The constant <paramref name="value"/> (what double arithmetic folds, unchanged), remembering the tail that the
        /// double-double evaluation <paramref name="exact"/> of the same operation implies.
        /// </summary>
        private Expr Folded(double value, DoubleDouble exact)
            => exact.IsUsable && !double.IsInfinity(value) ? Constant(value, (exact.Hi - value) + exact.Lo) : Constant(value);

        private Expr NegatedConstant(Expr a) => Constant(-a.Value, -TailOf(a));

        public Expr Variable(int index, string name) => Intern(ExprKind.Variable, default, 0, index, name, null);

        public Expr Negate(Expr a)
        {
            switch (a.Kind)
            {
                case ExprKind.Constant:
                    return NegatedConstant(a);
                case ExprKind.Negate:
                    return a[0];
                case ExprKind.Multiply when a[0].IsConstant:
                    return Multiply(NegatedConstant(a[0]), a[1]);
                case ExprKind.Divide when a[0].IsConstant:
                    return Divide(NegatedConstant(a[0]), a[1]);
                case ExprKind.Subtract:
                    return Subtract(a[1], a[0]);
            }

            return Intern(ExprKind.Negate, a);
        }

        public Expr Add(Expr a, Expr b)
        {
            if (a.IsConstant && b.IsConstant)
            {
                return Folded(a.Value + b.Value, Exact(a) + Exact(b));
            }

            if (b.IsConstant || (!a.IsConstant && a.Id > b.Id))
            {
                (a, b) = (b, a);
            }

            // Now a is the constant if there is one.
            if (a.IsConstantValue(0))
            {
                return b;
            }

            if (b.Kind == ExprKind.Negate)
            {
                return Subtract(a, b[0]);
            }

            if (a.Kind == ExprKind.Negate)
            {
                return Subtract(b, a[0]);
            }

            if (a.IsConstant && b.Kind == ExprKind.Call)
            {
                // Stability: e^u − 1 => expm1(u), which keeps its relative accuracy near u = 0.
                if (a.Value == -1 && b.Function == Function.Exp)
                {
                    return Call(Function.Expm1, b[0]);
                }

                // Stability: 1 + erf(u) => erfc(−u), which does not cancel for u ≪ 0 (GELU at −5).
                if (a.Value == 1 && b.Function == Function.Erf)
                {
                    return Call(Function.Erfc, Negate(b[0]));
                }

                // Stability: 1 + tanh(u) => 2·σ(2u), which does not cancel for u ≪ 0 (the tanh form of GELU).
                if (a.Value == 1 && b.Function == Function.Tanh)
                {
                    return Multiply(Constant(2), Call(Function.Sigmoid, Multiply(Constant(2), b[0])));
                }
            }

            if (a.IsConstant && b.Kind == ExprKind.Add && b[0].IsConstant)
            {
                return Add(Constant(a.Value + b[0].Value), b[1]);
            }

            if (a.IsConstant && b.Kind == ExprKind.Subtract && b[0].IsConstant)
            {
                return Subtract(Constant(a.Value + b[0].Value), b[1]);
            }

            if (!a.IsConstant)
            {
                // Keep constants at the front of a sum: (c + u) + v => c + (u + v).
                if (a.Kind == ExprKind.Add && a[0].IsConstant)
                {
                    return Add(a[0], Add(a[1], b));
                }

                if (b.Kind == ExprKind.Add && b[0].IsConstant)
                {
                    return Add(b[0], Add(a, b[1]));
                }

                // Collect like terms: c·u + d·u => (c + d)·u.
                (double ca, Expr ua) = SplitCoefficient(a);
                (double cb, Expr ub) = SplitCoefficient(b);
                if (ReferenceEquals(ua, ub))
                {
                    return Multiply(Constant(ca + cb), ua);
                }

                // ...also one level into a sum: c·u + (d·u + w) => (c + d)·u + w.
                if (b.Kind == ExprKind.Add || a.Kind == ExprKind.Add)
                {
                    (Expr term, Expr sum) = b.Kind == ExprKind.Add ? (a, b) : (b, a);
                    (double ct, Expr ut) = SplitCoefficient(term);
                    for (int i = 0; i < 2; i++)
                    {
                        (double cs, Expr us) = SplitCoefficient(sum[i]);
                        if (ReferenceEquals(ut, us))
                        {
                            return Add(Multiply(Constant(ct + cs), ut), sum[1 - i]);
                        }
                    }
                }
            }

            return Intern(ExprKind.Add, a, b);
        }

        public Expr Subtract(Expr a, Expr b)
        {
            if (a.IsConstant && b.IsConstant)
            {
                return Folded(a.Value - b.Value, Exact(a) - Exact(b));
            }

            if (b.IsConstantValue(0))
            {
                return a;
            }

            if (a.IsConstantValue(0))
            {
                return Negate(b);
            }

            if (ReferenceEquals(a, b))
            {
                return Zero;
            }

            if (b.Kind == ExprKind.Negate)
            {
                return Add(a, b[0]);
            }

            if (b.IsConstant)
            {
                // u - c => (-c) + u: one canonical form for constant offsets, printed back as "u - c".
                return Add(Constant(-b.Value), a);
            }

            if (a.IsConstantValue(1) && b.Kind == ExprKind.Call && b.Function == Function.Erf)
            {
                // Stability: 1 − erf(u) => erfc(u).
                return Call(Function.Erfc, b[0]);
            }

            if (a.IsConstantValue(1) && b.Kind == ExprKind.Call && b.Function == Function.TanhDerivative)
            {
                // 1 − tanh′(u) = 1 − (1 − tanh²u) => tanh²u, exactly, not a cancellation (Tanhshrink′ near 0).
                return Power(Call(Function.Tanh, b[0]), Constant(2));
            }

            if (a.IsConstant && b.Kind == ExprKind.Add && b[0].IsConstant)
            {
                return Subtract(Constant(a.Value - b[0].Value), b[1]);
            }

            if (a.IsConstant && b.Kind == ExprKind.Subtract && b[0].IsConstant)
            {
                // c − (d − u) => (c − d) + u: 1 − (1 − t²) is t² exactly, not a cancellation.
                return Add(Constant(a.Value - b[0].Value), b[1]);
            }

            if (a.Kind == ExprKind.Add && a[0].IsConstant && !b.IsConstant)
            {
                // (c + u) - v => c + (u - v)
                return Add(a[0], Subtract(a[1], b));
            }

            (double ca, Expr ua) = SplitCoefficient(a);
            (double cb, Expr ub) = SplitCoefficient(b);
            if (ReferenceEquals(ua, ub))
            {
                return Multiply(Constant(ca - cb), ua);
            }

            return Intern(ExprKind.Subtract, a, b);
        }

        public Expr Multiply(Expr a, Expr b)
        {
            if (a.IsConstant && b.IsConstant)
            {
                return Folded(a.Value * b.Value, Exact(a) * Exact(b));
            }

            if (b.IsConstant || (!a.IsConstant && a.Id > b.Id))
            {
                (a, b) = (b, a);
            }

            if (a.IsConstant)
            {
                if (a.Value == 0)
                {
                    return Zero;
                }

                if (a.Value == 1)
                {
                    return b;
                }

                if (a.Value == -1)
                {
                    return Negate(b);
                }

                switch (b.Kind)
                {
                    case ExprKind.Multiply when b[0].IsConstant:
                        return Multiply(Folded(a.Value * b[0].Value, Exact(a) * Exact(b[0])), b[1]);
                    case ExprKind.Negate:
                        return Multiply(Constant(-a.Value), b[0]);
                    case ExprKind.Divide when b[0].IsConstant:
                        return Divide(Folded(a.Value * b[0].Value, Exact(a) * Exact(b[0])), b[1]);
                }

                return Intern(ExprKind.Multiply, a, b);
            }

            if (a.Kind == ExprKind.Negate)
            {
                return Negate(Multiply(a[0], b));
            }

            if (b.Kind == ExprKind.Negate)
            {
                return Negate(Multiply(a, b[0]));
            }

            // Pull constant factors to the front: (c·u)·v => c·(u·v).
            if (a.Kind == ExprKind.Multiply && a[0].IsConstant)
            {
                return Multiply(a[0], Multiply(a[1], b));
            }

            if (b.Kind == ExprKind.Multiply && b[0].IsConstant)
            {
                return Multiply(b[0], Multiply(a, b[1]));
            }

            // u·(1/v) => u/v and (c/v)·u => c·(u/v)
            if (b.Kind == ExprKind.Divide && b[0].IsConstant)
            {
                return Multiply(b[0], Divide(a, b[1]));
            }

            if (a.Kind == ExprKind.Divide && a[0].IsConstant)
            {
                return Multiply(a[0], Divide(b, a[1]));
            }

            // Powers of the same base: u^m · u^n => u^(m+n), with u = u^1.
            (Expr baseA, Expr? expA) = SplitPower(a);
            (Expr baseB, Expr? expB) = SplitPower(b);
            if (ReferenceEquals(baseA, baseB) && expA is not null && expB is not null)
            {
                return Power(baseA, Constant(expA.Value + expB.Value));
            }

            return Intern(ExprKind.Multiply, a, b);
        }

        public Expr Divide(Expr a, Expr b)
        {
            if (a.IsConstant && b.IsConstant)
            {
                return Folded(a.Value / b.Value, Exact(a) / Exact(b));
            }

            if (b.IsConstantValue(1))
            {
                return a;
            }

            if (b.IsConstantValue(-1))
            {
                return Negate(a);
            }

            if (a.IsConstantValue(0))
            {
                return Zero;
            }

            if (ReferenceEquals(a, b))
            {
                return One;
            }

            if (b.IsConstant)
            {
                // u / c => (1/c)·u when 1/c is exact (a power of two), so constant factors can merge.
                double reciprocal = 1 / b.Value;
                if (IsPowerOfTwo(b.Value))
                {
                    return Multiply(Constant(reciprocal), a);
                }

                if (a.Kind == ExprKind.Multiply && a[0].IsConstant)
                {
                    return Multiply(Folded(a[0].Value / b.Value, Exact(a[0]) / Exact(b)), a[1]);
                }
            }

            if (a.Kind == ExprKind.Negate)
            {
                return Negate(Divide(a[0], b));
            }

            if (b.Kind == ExprKind.Negate)
            {
                return Negate(Divide(a, b[0]));
            }

            if (a.Kind == ExprKind.Multiply && a[0].IsConstant && !a[0].IsConstantValue(1))
            {
                // (c·u)/v => c·(u/v)
                return Multiply(a[0], Divide(a[1], b));
            }

            if (b.Kind == ExprKind.Multiply && b[0].IsConstant && a.IsConstant)
            {
                // c/(d·v) => (c/d)/v
                return Divide(Folded(a.Value / b[0].Value, Exact(a) / Exact(b[0])), b[1]);
            }

            return Intern(ExprKind.Divide, a, b);
        }

        public Expr Power(Expr a, Expr b)
        {
            if (a.IsConstant && b.IsConstant)
            {
                return Constant(Math.Pow(a.Value, b.Value));
            }

            if (b.IsConstantValue(0) || a.IsConstantValue(1))
            {
                return One;
            }

            if (b.IsConstantValue(1))
            {
                return a;
            }

            if (b.IsConstantValue(0.5))
            {
                return Call(Function.Sqrt, a);
            }

            if (a.IsConstantValue(Math.E))
            {
                return Call(Function.Exp, b);
            }

            if (a.Kind == ExprKind.Power && a[1].IsConstant && b.IsConstant && IsInteger(b.Value))
            {
                // (u^m)^n = u^(m·n) holds for integer n.
                return Power(a[0], Constant(a[1].Value * b.Value));
            }

            return Intern(ExprKind.Power, a, b);
        }

        public Expr Call(Function function, Expr a)
        {
            if (a.IsConstant)
            {
                double value = DoubleMath.Evaluate(function, a.Value);
                return function == Function.Sqrt ? Folded(value, DoubleDouble.Sqrt(Exact(a))) : Constant(value);
            }

            switch (function)
            {
                case Function.Log when a.Kind == ExprKind.Call && a.Function == Function.Exp:
                    return a[0];

                // Stability rewrites, applied to every expression and every derivative alike:
                // log(1 + e^u) => softplus(u); log(1 + u) => log1p(u); log(σ(u)) => −softplus(−u); log1p(e^u) => softplus(u).
                case Function.Log when a.Kind == ExprKind.Add && a[0].IsConstantValue(1):
                    return Call(Function.Log1p, a[1]);
                case Function.Log when a.Kind == ExprKind.Call && a.Function == Function.Sigmoid:
                    return Negate(Call(Function.Softplus, Negate(a[0])));
                case Function.Log1p when a.Kind == ExprKind.Call && a.Function == Function.Exp:
                    return Call(Function.Softplus, a[0]);
                case Function.Abs when a.Kind == ExprKind.Negate:
                    return Call(Function.Abs, a[0]);
                case Function.Abs when a.Kind == ExprKind.Call && (a.Function == Function.Abs || a.Function == Function.Exp || a.Function == Function.Sigmoid || a.Function == Function.Softplus || a.Function == Function.SigmoidDerivative || a.Function == Function.TanhDerivative):
                    return a;

                // σ′ is even: σ′(−u) => σ′(u) and σ′((−k)·y) => σ′(k·y), so that it meets σ(u) under one argument.
                case Function.SigmoidDerivative when a.Kind == ExprKind.Negate:
                    return Call(Function.SigmoidDerivative, a[0]);
                case Function.SigmoidDerivative when a.Kind == ExprKind.Multiply && a[0].IsConstant && a[0].Value < 0:
                    return Call(Function.SigmoidDerivative, Multiply(Constant(-a[0].Value), a[1]));

                // tanh′ is even too.
                case Function.TanhDerivative when a.Kind == ExprKind.Negate:
                    return Call(Function.TanhDerivative, a[0]);
                case Function.TanhDerivative when a.Kind == ExprKind.Multiply && a[0].IsConstant && a[0].Value < 0:
                    return Call(Function.TanhDerivative, Multiply(Constant(-a[0].Value), a[1]));
                case Function.Sign when a.Kind == ExprKind.Call && a.Function == Function.Sign:
                    return a;
            }

            return Intern(ExprKind.Call, function, 0, 0, null, new[] { a });
        }

        /// <summary>min(a, b) = a &lt; b ? a : b, so its derivative takes a′ where a &lt; b and b′ otherwise.</summary>
        public Expr Min(Expr a, Expr b) => Conditional(Compare(ExprKind.Less, a, b), a, b);

        /// <summary>max(a, b) = a &gt; b ? a : b, so its derivative takes a′ where a &gt; b and b′ otherwise (PyTorch's choice at ties).</summary>
        public Expr Max(Expr a, Expr b) => Conditional(Compare(ExprKind.Greater, a, b), a, b);

        /// <summary>
        /// clamp(v, lo, hi) = v ≤ lo ? lo : (v ≥ hi ? hi : v), so its derivative in v is 0 at both edges. As plain
        /// conditionals, its tests are shared with the derivative's instead of being computed twice.
        /// </summary>
        public Expr Clamp(Expr value, Expr low, Expr high)
            => Conditional(Compare(ExprKind.LessEqual, value, low), low, Conditional(Compare(ExprKind.GreaterEqual, value, high), high, value));

        public Expr Compare(ExprKind kind, Expr a, Expr b)
        {
            if (a.IsConstant && b.IsConstant)
            {
                double x = a.Value, y = b.Value;
                bool result = kind switch
                {
                    ExprKind.Less => x < y,
                    ExprKind.LessEqual => x <= y,
                    ExprKind.Greater => x > y,
                    ExprKind.GreaterEqual => x >= y,
                    ExprKind.Equal => x == y,
                    ExprKind.NotEqual => x != y,
                    _ => throw new ArgumentOutOfRangeException(nameof(kind)),
                };
                return Boolean(result);
            }

            if (ReferenceEquals(a, b))
            {
                // u < u and u > u are false for every u, NaN included; u <= u and u >= u are u == u (false only for NaN).
                // Folding them also keeps the C# printers from comparing a variable with itself (warning CS1718).
                if (kind == ExprKind.Less || kind == ExprKind.Greater)
                {
                    return False;
                }

                if (kind == ExprKind.LessEqual || kind == ExprKind.GreaterEqual)
                {
                    kind = ExprKind.Equal;
                }
            }

            return Intern(kind, a, b);
        }

        public Expr And(Expr a, Expr b)
        {
            if (a.Kind == ExprKind.BooleanConstant)
            {
                return a.Value != 0 ? b : False;
            }

            if (b.Kind == ExprKind.BooleanConstant)
            {
                return b.Value != 0 ? a : False;
            }

            return ReferenceEquals(a, b) ? a : Intern(ExprKind.And, a, b);
        }

        public Expr Or(Expr a, Expr b)
        {
            if (a.Kind == ExprKind.BooleanConstant)
            {
                return a.Value != 0 ? True : b;
            }

            if (b.Kind == ExprKind.BooleanConstant)
            {
                return b.Value != 0 ? True : a;
            }

            return ReferenceEquals(a, b) ? a : Intern(ExprKind.Or, a, b);
        }

        public Expr Not(Expr a)
        {
            if (a.Kind == ExprKind.BooleanConstant)
            {
                return Boolean(a.Value == 0);
            }

            return a.Kind == ExprKind.Not ? a[0] : Intern(ExprKind.Not, a);
        }

        public Expr Conditional(Expr condition, Expr whenTrue, Expr whenFalse)
        {
            if (condition.Kind == ExprKind.BooleanConstant)
            {
                return condition.Value != 0 ? whenTrue : whenFalse;
            }

            if (ReferenceEquals(whenTrue, whenFalse))
            {
                return whenTrue;
            }

            if (condition.Kind == ExprKind.Not)
            {
                return Conditional(condition[0], whenFalse, whenTrue);
            }

            // c ? (c ? a : b) : d => c ? a : d, and likewise on the false side: the inner test is already decided.
            if (whenTrue.Kind == ExprKind.Conditional && ReferenceEquals(whenTrue[0], condition))
            {
                return Conditional(condition, whenTrue[1], whenFalse);
            }

            if (whenFalse.Kind == ExprKind.Conditional && ReferenceEquals(whenFalse[0], condition))
            {
                return Conditional(condition, whenTrue, whenFalse[2]);
            }

            return Intern(ExprKind.Conditional, default, 0, 0, null, new[] { condition, whenTrue, whenFalse });
        }

        /// <summary>Rebuilds a node of the given kind from new operands, simplifying again.</summary>
        public Expr Rebuild(Expr node, IReadOnlyList<Expr> arguments)
        {
            switch (node.Kind)
            {
                case ExprKind.Constant:
                case ExprKind.BooleanConstant:
                case ExprKind.Variable:
                    return node;
                case ExprKind.Negate: return Negate(arguments[0]);
                case ExprKind.Add: return Add(arguments[0], arguments[1]);
                case ExprKind.Subtract: return Subtract(arguments[0], arguments[1]);
                case ExprKind.Multiply: return Multiply(arguments[0], arguments[1]);
                case ExprKind.Divide: return Divide(arguments[0], arguments[1]);
                case ExprKind.Power: return Power(arguments[0], arguments[1]);
                case ExprKind.Call: return Call(node.Function, arguments[0]);
                case ExprKind.And: return And(arguments[0], arguments[1]);
                case ExprKind.Or: return Or(arguments[0], arguments[1]);
                case ExprKind.Not: return Not(arguments[0]);
                case ExprKind.Conditional: return Conditional(arguments[0], arguments[1], arguments[2]);
                case ExprKind.RoundingError: return RoundingError(arguments[0]);
                case ExprKind.ConstantTail: return ConstantTail(arguments[0]);
                case ExprKind.FusedMultiplyAdd: return FusedMultiplyAdd(arguments[0], arguments[1], arguments[2]);
                default: return Compare(node.Kind, arguments[0], arguments[1]);
            }
        }

        private static (double Coefficient, Expr Term) SplitCoefficient(Expr e)
        {
            if (e.Kind == ExprKind.Multiply && e[0].IsConstant)
            {
                return (e[0].Value, e[1]);
            }

            if (e.Kind == ExprKind.Negate)
            {
                return (-1, e[0]);
            }

            return (1, e);
        }

        private (Expr Base, Expr? Exponent) SplitPower(Expr e)
        {
            if (e.Kind == ExprKind.Power && e[1].IsConstant)
            {
                return (e[0], e[1]);
            }

            return (e, One);
        }

        private static bool IsInteger(double value) => Math.Floor(value) == value && Math.Abs(value) < 1e15;

        private static bool IsPowerOfTwo(double value)
        {
            if (value == 0 || double.IsInfinity(value) || double.IsNaN(value))
            {
                return false;
            }

            long bits = BitConverter.DoubleToInt64Bits(value);
            return (bits & 0x000F_FFFF_FFFF_FFFFL) == 0 && ((bits >> 52) & 0x7FF) != 0;
        }

        private Expr Intern(ExprKind kind, Expr a) => Intern(kind, default, 0, 0, null, new[] { a });

        private Expr Intern(ExprKind kind, Expr a, Expr b) => Intern(kind, default, 0, 0, null, new[] { a, b });

        private Expr Intern(ExprKind kind, Function function, double value, int variable, string? name, Expr[]? arguments)
        {
            var key = new NodeKey(kind, function, value, variable, arguments);
            if (!_nodes.TryGetValue(key, out Expr? node))
            {
                node = new Expr(kind, function, value, variable, name, arguments, _nodes.Count);
                _nodes.Add(key, node);
            }

            return node;
        }

        /// <summary>Identity of a node within one context: operands compare by reference because they are interned.</summary>
        private readonly struct NodeKey : IEquatable<NodeKey>
        {
            private readonly ExprKind _kind;
            private readonly Function _function;
            private readonly long _valueBits;
            private readonly int _variable;
            private readonly Expr[]? _arguments;

            public NodeKey(ExprKind kind, Function function, double value, int variable, Expr[]? arguments)
            {
                _kind = kind;
                _function = function;
                _valueBits = BitConverter.DoubleToInt64Bits(value);
                _variable = variable;
                _arguments = arguments;
            }

            public bool Equals(NodeKey other)
            {
                if (_kind != other._kind || _function != other._function || _valueBits != other._valueBits || _variable != other._variable)
                {
                    return false;
                }

                int count = _arguments?.Length ?? 0;
                if (count != (other._arguments?.Length ?? 0))
                {
                    return false;
                }

                for (int i = 0; i < count; i++)
                {
                    if (!ReferenceEquals(_arguments![i], other._arguments![i]))
                    {
                        return false;
                    }
                }

                return true;
            }

            public override bool Equals(object? obj) => obj is NodeKey other && Equals(other);

            public override int GetHashCode()
            {
                unchecked
                {
                    int hash = ((int)_kind * 397) ^ ((int)_function * 31) ^ _valueBits.GetHashCode() ^ (_variable * 7919);
                    if (_arguments is not null)
                    {
                        foreach (Expr argument in _arguments)
                        {
                            hash = (hash * 31) + argument.Id;
                        }
                    }

                    return hash;
                }
            }
        }
    }
}
