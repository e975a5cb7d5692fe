using System.Collections.Generic;

namespace Activations.Generator.Symbolic
{
    /// <summary>
    /// Rewrites an activation for evaluation so that steep functions do not amplify the rounding of their argument.
    /// </summary>
    /// <remarks>
    /// <para>
    /// exp, erfc, σ and softplus have a relative condition number that grows with their argument (≈ |u| for
    /// e^u, ≈ 2u² for erfc u, ≈ |u| for σ(u) as u → −∞). When u is itself rounded arithmetic (β·x, x/√2, −x²), its
    /// half-ULP error becomes |u| or u² ULPs of the result: GELU at −10 lost ~100 ULP that way, e^(−x²) ~50.
    /// </para>
    /// <para>
    /// Each such call f(u) becomes f(u) + δ·f′(u), where δ = (exact u) − (computed u) is recovered exactly or nearly so:
    /// a fused multiply-add gives the error of a product or square and the remainder of a quotient, Knuth's two-sum the
    /// error of a sum, and a constant's low part (<see cref="ExprContext.TailOf"/>) the rounding of the constant itself;
    /// errors of operands propagate to first order (δ(a·b) = err(a·b) + a·δb + b·δa). f′(u) is the derivative the
    /// differentiator writes, so it is shared with the derivative kernels (σ′ and erfc's Gaussian come from the same
    /// paired call as the function). Results of calls are taken as exact: only arithmetic between them is compensated,
    /// and a call whose argument contains a compensated call is left alone.
    /// </para>
    /// <para>
    /// A correction that is not finite is dropped (u infinite, or f′ overflowing together with f): f(u) is then at its
    /// limit already. Where f′ is bounded (σ, erfc, softplus) and the enclosing conditionals keep u finite (the
    /// built-ins' limit branches), no such guard is needed and f(u) + δ·f′(u) is one fused multiply-add. The nodes this
    /// adds (<see cref="ExprKind.RoundingError"/>, <see cref="ExprKind.ConstantTail"/>) are zero mathematically, so the
    /// result is only ever emitted, never differentiated.
    /// </para>
    /// <para>
    /// The kernels, the Vector&lt;T&gt; overloads and double scalar members evaluate this form. Float scalar members
    /// evaluate the argument in double instead (Emit.CSharpPrinter's widenSteepCalls), which needs no f′.
    /// </para>
    /// </remarks>
    public sealed class Compensator
    {
        private readonly ExprContext _context;
        private readonly Dictionary<(Expr, string), Expr> _rewritten = new Dictionary<(Expr, string), Expr>();
        private readonly Dictionary<Expr, Expr?> _errors = new Dictionary<Expr, Expr?>();

        private Compensator(ExprContext context)
        {
            _context = context;
        }

        /// <summary>The form of <paramref name="expression"/> that emitted code evaluates.</summary>
        public static Expr Compensate(ExprContext context, Expr expression)
        {
            // Most activations have no steep call: skip the walk (and its per-branch facts) for them.
            foreach (Expr node in new ExprProgram(new[] { expression }).Nodes)
            {
                if (node.Kind == ExprKind.Call && IsSteep(node.Function))
                {
                    return new Compensator(context).Rewrite(expression);
                }
            }

            return expression;
        }

        /// <summary>Whether f's condition number grows without bound, so that its argument's rounding matters.</summary>
        /// <remarks>
        /// expm1 is steep only for u &gt; 0, like exp; activations use it for u ≤ 0 (ELU, CELU, SELU), where its condition
        /// number is below 1, and a correction there would only turn expm1(−0) = −0 into +0.
        /// </remarks>
        public static bool IsSteep(Function function)
            => function == Function.Exp || function == Function.Erfc || function == Function.Sigmoid || function == Function.Softplus;

        private Expr Rewrite(Expr node) => Rewrite(node, Facts.None);

        private Expr Rewrite(Expr node, Facts facts)
        {
            var key = (node, facts.Key);
            if (_rewritten.TryGetValue(key, out Expr? done))
            {
                return done;
            }

            Expr result = node;
            if (!node.IsLeaf)
            {
                var arguments = new Expr[node.Arguments.Count];
                bool changed = false;
                for (int i = 0; i < arguments.Length; i++)
                {
                    // A conditional's branches know what its test decided.
                    Facts inner = node.Kind != ExprKind.Conditional || i == 0 || facts.Count >= Facts.MaxCount ? facts : facts.With(node[0], i == 1);
                    arguments[i] = Rewrite(node[i], inner);
                    changed |= !ReferenceEquals(arguments[i], node[i]);
                }

                if (changed)
                {
                    result = _context.Rebuild(node, arguments);
                }
                else if (node.Kind == ExprKind.Call && IsSteep(node.Function))
                {
                    Expr? delta = Error(node[0]);
                    if (delta is not null)
                    {
                        result = Corrected(node, delta, facts);
                    }
                }
            }

            _rewritten[key] = result;
            return result;
        }

        /// <summary>
        /// f(u) + δ·f′(u). The correction is dropped where it is not finite, unless it cannot be: f′ bounded (σ, erfc,
        /// softplus) and u finite wherever this call is evaluated (the enclosing tests bound it, as the built-ins' limit
        /// branches do), so δ and δ·f′ are finite too; then the sum is one fused multiply-add.
        /// </summary>
        private Expr Corrected(Expr call, Expr delta, Facts facts)
        {
            ExprContext c = _context;

            Expr derivative = Differentiator.CallDerivative(c, call);
            bool boundedDerivative = call.Function == Function.Sigmoid || call.Function == Function.Erfc || call.Function == Function.Softplus;
            if (boundedDerivative && facts.IsFinite(call[0]) && !HasVariableDivisor(call[0]))
            {
                return c.FusedMultiplyAdd(delta, derivative, call);
            }

            Expr correction = c.Multiply(delta, derivative);
            Expr finite = c.Compare(ExprKind.Less, c.Call(Function.Abs, correction), c.Constant(double.PositiveInfinity));
            return c.Add(call, c.Conditional(finite, correction, c.Zero));
        }

        /// <summary>A division by something other than a constant: x/∞ is 0, whose remainder x − 0·∞ is NaN.</summary>
        private static bool HasVariableDivisor(Expr u)
        {
            foreach (Expr node in new ExprProgram(new[] { u }).Nodes)
            {
                if ((node.Kind == ExprKind.Divide && !node[1].IsConstant) || (node.Kind == ExprKind.Power && !node[1].IsConstantValue(2) && !node[1].IsConstantValue(3)))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>δu = (exact u) − (u as evaluated), to first order; null where u is exact (or its error is not tracked).</summary>
        private Expr? Error(Expr u)
        {
            if (_errors.TryGetValue(u, out Expr? known))
            {
                return known;
            }

            Expr? error = ComputeError(u);
            _errors[u] = error;
            return error;
        }

        private Expr? ComputeError(Expr u)
        {
            ExprContext c = _context;
            switch (u.Kind)
            {
                case ExprKind.Constant:
                    return IsExactConstant(u) ? null : c.ConstantTail(u);
                case ExprKind.Negate:
                {
                    Expr? e = Error(u[0]);
                    return e is null ? null : c.Negate(e);
                }

                case ExprKind.Add:
                case ExprKind.Subtract:
                {
                    Expr sum = c.RoundingError(u);
                    Expr? ea = Error(u[0]);
                    Expr? eb = Error(u[1]);
                    if (ea is not null)
                    {
                        sum = c.Add(sum, ea);
                    }

                    if (eb is not null)
                    {
                        sum = u.Kind == ExprKind.Add ? c.Add(sum, eb) : c.Subtract(sum, eb);
                    }

                    return sum;
                }

                case ExprKind.Multiply:
                {
                    Expr a = u[0], b = u[1];
                    Expr? result = IsExactScale(a) || IsExactScale(b) ? null : c.RoundingError(u);
                    result = Plus(result, Scaled(b, Error(a)));
                    return Plus(result, Scaled(a, Error(b)));
                }

                case ExprKind.Divide:
                {
                    // a/b − q = (a − q·b + δa − q·δb)/b, with the remainder a − q·b exact from one FMA.
                    Expr a = u[0], b = u[1];
                    Expr? numerator = IsExactScale(b) ? null : c.RoundingError(u);
                    numerator = Plus(numerator, Error(a));
                    Expr? eb = Error(b);
                    if (eb is not null)
                    {
                        numerator = Plus(numerator, c.Negate(c.Multiply(u, eb)));
                    }

                    if (numerator is null)
                    {
                        return null;
                    }

                    // A correction needs no correctly rounded quotient: by a constant, multiply by its reciprocal (a
                    // division costs several multiplications' time).
                    return b.IsConstant ? c.Multiply(c.Constant(1 / b.Value), numerator) : c.Divide(numerator, b);
                }

                case ExprKind.Power:
                    return PowerError(u);
                case ExprKind.Conditional:
                {
                    Expr? whenTrue = Error(u[1]);
                    Expr? whenFalse = Error(u[2]);
                    return whenTrue is null && whenFalse is null ? null : c.Conditional(u[0], whenTrue ?? c.Zero, whenFalse ?? c.Zero);
                }

                default:
                    // Variables are exact; results of calls are taken as exact.
                    return null;
            }
        }

        /// <summary>Integer powers the emitter writes as multiplications (u·u, u·u·u, 1/u); other powers are not tracked.</summary>
        private Expr? PowerError(Expr u)
        {
            ExprContext c = _context;
            Expr a = u[0];
            Expr exponent = u[1];
            Expr? ea = Error(a);
            if (exponent.IsConstantValue(2))
            {
                // δ(a²) = err(a·a) + 2a·δa
                return Plus(c.RoundingError(u), Scaled(c.Multiply(c.Constant(2), a), ea));
            }

            if (exponent.IsConstantValue(3))
            {
                // a·a·a: err of the last product, plus a times the err of the first, plus 3a²·δa.
                Expr square = c.Power(a, c.Constant(2));
                Expr? result = Plus(c.RoundingError(u), c.Multiply(a, c.RoundingError(square)));
                return Plus(result, Scaled(c.Multiply(c.Constant(3), square), ea));
            }

            if (exponent.IsConstantValue(-1))
            {
                // 1/a: (1 − q·a − q·δa)/a
                Expr? numerator = c.RoundingError(u);
                if (ea is not null)
                {
                    numerator = Plus(numerator, c.Negate(c.Multiply(u, ea)));
                }

                return c.Divide(numerator!, a);
            }

            return null;
        }

        private Expr? Plus(Expr? a, Expr? b) => a is null ? b : b is null ? a : _context.Add(a, b);

        private Expr? Scaled(Expr factor, Expr? error) => error is null ? null : _context.Multiply(factor, error);

        /// <summary>A constant both float and double hold exactly (0.5, 2, 3, 1e10 is not).</summary>
        private bool IsExactConstant(Expr constant)
        {
            double value = constant.Value;
            return _context.TailOf(constant) == 0 && (double.IsInfinity(value) || double.IsNaN(value) || (double)(float)value == value);
        }

        /// <summary>A power of two: multiplying or dividing by it is exact (short of overflow and underflow).</summary>
        private bool IsExactScale(Expr factor)
        {
            if (!factor.IsConstant || !IsExactConstant(factor) || factor.Value == 0 || double.IsInfinity(factor.Value))
            {
                return false;
            }

            long bits = System.BitConverter.DoubleToInt64Bits(factor.Value);
            return (bits & 0x000F_FFFF_FFFF_FFFFL) == 0 && ((bits >> 52) & 0x7FF) != 0;
        }

        /// <summary>
        /// What the enclosing conditionals' tests decided about values on the way to a node: an interval for each compared
        /// expression (x &lt; −1e10 false: x ≥ −1e10). Enough to see that a built-in's limit branches keep a call's argument
        /// finite. NaN passes every such test as false; a NaN argument makes f(u) NaN anyway.
        /// </summary>
        private sealed class Facts
        {
            public const int MaxCount = 8;

            public static readonly Facts None = new Facts(new List<(Expr, double, double)>());

            private readonly List<(Expr Node, double Low, double High)> _bounds;

            private Facts(List<(Expr Node, double Low, double High)> bounds)
            {
                _bounds = bounds;
                var key = new System.Text.StringBuilder();
                foreach ((Expr node, double low, double high) in bounds)
                {
                    key.Append(node.Id).Append(':').Append(low.ToString("R", System.Globalization.CultureInfo.InvariantCulture))
                        .Append(',').Append(high.ToString("R", System.Globalization.CultureInfo.InvariantCulture)).Append(';');
                }

                Key = key.ToString();
            }

            public string Key { get; }

            public int Count => _bounds.Count;

            /// <summary>These facts and what <paramref name="test"/> being <paramref name="outcome"/> implies.</summary>
            public Facts With(Expr test, bool outcome)
            {
                var bounds = new List<(Expr, double, double)>(_bounds);
                Add(bounds, test, outcome);
                return bounds.Count == _bounds.Count ? this : new Facts(bounds);
            }

            private static void Add(List<(Expr, double, double)> bounds, Expr test, bool outcome)
            {
                if (test.Kind == ExprKind.Not)
                {
                    Add(bounds, test[0], !outcome);
                    return;
                }

                if ((test.Kind == ExprKind.And && outcome) || (test.Kind == ExprKind.Or && !outcome))
                {
                    Add(bounds, test[0], outcome);
                    Add(bounds, test[1], outcome);
                    return;
                }

                bool less = test.Kind == ExprKind.Less || test.Kind == ExprKind.LessEqual;
                bool greater = test.Kind == ExprKind.Greater || test.Kind == ExprKind.GreaterEqual;
                if (!less && !greater)
                {
                    return;
                }

                // Put the constant on the right: c < u is u > c.
                Expr u = test[0], limit = test[1];
                if (u.IsConstant && !limit.IsConstant)
                {
                    (u, limit) = (limit, u);
                    (less, greater) = (greater, less);
                }

                if (!limit.IsConstant || double.IsNaN(limit.Value))
                {
                    return;
                }

                // u < c true, or u > c false: u ≤ c (or NaN). u > c true, or u < c false: u ≥ c.
                bool upper = less == outcome;
                double c = limit.Value;
                if (u.Kind == ExprKind.Call && u.Function == Function.Abs && upper)
                {
                    bounds.Add((u[0], -c, c));
                }

                bounds.Add(upper ? (u, double.NegativeInfinity, c) : (u, c, double.PositiveInfinity));
            }

            /// <summary>Whether <paramref name="u"/> is bounded well inside float's range (or NaN) under these facts.</summary>
            public bool IsFinite(Expr u)
            {
                (double low, double high) = Interval(u, 0);
                return low > -1e38 && high < 1e38;
            }

            private (double Low, double High) Interval(Expr u, int depth)
            {
                (double Low, double High) derived = depth > 32 ? Unbounded : Derived(u, depth + 1);
                foreach ((Expr node, double low, double high) in _bounds)
                {
                    if (ReferenceEquals(node, u))
                    {
                        derived = (System.Math.Max(derived.Low, low), System.Math.Min(derived.High, high));
                    }
                }

                return derived;
            }

            private static readonly (double, double) Unbounded = (double.NegativeInfinity, double.PositiveInfinity);

            private (double Low, double High) Derived(Expr u, int depth)
            {
                switch (u.Kind)
                {
                    case ExprKind.Constant:
                        return (u.Value, u.Value);
                    case ExprKind.Negate:
                    {
                        (double low, double high) = Interval(u[0], depth);
                        return (-high, -low);
                    }

                    case ExprKind.Add:
                    case ExprKind.Subtract:
                    {
                        (double al, double ah) = Interval(u[0], depth);
                        (double bl, double bh) = Interval(u[1], depth);
                        return u.Kind == ExprKind.Add ? (al + bl, ah + bh) : (al - bh, ah - bl);
                    }

                    case ExprKind.Multiply:
                        return Product(Interval(u[0], depth), Interval(u[1], depth));
                    case ExprKind.Divide when u[1].IsConstant && u[1].Value != 0:
                        return Product(Interval(u[0], depth), (1 / u[1].Value, 1 / u[1].Value));
                    case ExprKind.Power when u[1].IsConstantValue(2) || u[1].IsConstantValue(3):
                    {
                        (double low, double high) = Interval(u[0], depth);
                        (double Low, double High) square = Product((low, high), (low, high));
                        square = (System.Math.Max(0, square.Low), square.High);
                        return u[1].IsConstantValue(2) ? square : Product(square, (low, high));
                    }

                    case ExprKind.Conditional:
                    {
                        (double tl, double th) = Interval(u[1], depth);
                        (double fl, double fh) = Interval(u[2], depth);
                        return (System.Math.Min(tl, fl), System.Math.Max(th, fh));
                    }

                    default:
                        return Unbounded;
                }
            }

            private static (double, double) Product((double Low, double High) a, (double Low, double High) b)
            {
                if (double.IsInfinity(a.Low) || double.IsInfinity(a.High) || double.IsInfinity(b.Low) || double.IsInfinity(b.High))
                {
                    return Unbounded;
                }

                double p1 = a.Low * b.Low, p2 = a.Low * b.High, p3 = a.High * b.Low, p4 = a.High * b.High;
                return (System.Math.Min(System.Math.Min(p1, p2), System.Math.Min(p3, p4)), System.Math.Max(System.Math.Max(p1, p2), System.Math.Max(p3, p4)));
            }
        }
    }
}
