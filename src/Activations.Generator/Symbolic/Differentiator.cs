using System;
using System.Collections.Generic;
using System.Threading;

namespace Activations.Generator.Symbolic
{
    /// <summary>
    /// Symbolic differentiation over the DAG. Results are memoised per node, and rules reuse the forward node wherever
    /// the derivative can be written in terms of it (exp′ = exp, σ′ = σ·σ(−u), tanh′ = 1 − tanh², factored where it would cancel), so the derivative of a
    /// deep composition stays linear in its depth instead of expanding exponentially.
    /// </summary>
    /// <remarks>
    /// Conventions at kinks follow PyTorch: a conditional differentiates to the derivative of the branch that its test
    /// selects, and min, max and clamp are conditionals (see <see cref="ExprContext.Max"/>), so max(a, b) takes a′ where
    /// a &gt; b and b′ otherwise and clamp′ is 0 at both edges; abs′(0) = sign(0) = 0; sign′ = 0.
    /// </remarks>
    public sealed class Differentiator
    {
        private readonly ExprContext _context;
        private readonly int _variable;
        private readonly Dictionary<Expr, Expr> _memo = new Dictionary<Expr, Expr>();
        private readonly CancellationToken _cancellationToken;

        public Differentiator(ExprContext context, int variable, CancellationToken cancellationToken = default)
        {
            _context = context;
            _variable = variable;
            _cancellationToken = cancellationToken;
        }

        /// <summary>∂e/∂(variable).</summary>
        public Expr Differentiate(Expr e)
        {
            if (_memo.TryGetValue(e, out Expr? cached))
            {
                return cached;
            }

            _cancellationToken.ThrowIfCancellationRequested();
            Expr result = Rule(e);
            _memo[e] = result;
            return result;
        }

        private Expr Rule(Expr f)
        {
            ExprContext c = _context;
            switch (f.Kind)
            {
                case ExprKind.Constant:
                case ExprKind.BooleanConstant:
                    return c.Zero;
                case ExprKind.Variable:
                    return f.Variable == _variable ? c.One : c.Zero;
                case ExprKind.Negate:
                    return c.Negate(Differentiate(f[0]));
                case ExprKind.Add:
                    return c.Add(Differentiate(f[0]), Differentiate(f[1]));
                case ExprKind.Subtract:
                    return c.Subtract(Differentiate(f[0]), Differentiate(f[1]));
                case ExprKind.Multiply:
                    // (uv)′ = u′v + uv′
                    return c.Add(c.Multiply(Differentiate(f[0]), f[1]), c.Multiply(f[0], Differentiate(f[1])));
                case ExprKind.Divide:
                {
                    // (u/v)′ = (u′ − (u/v)·v′)/v: reuses the quotient itself.
                    Expr du = Differentiate(f[0]);
                    Expr dv = Differentiate(f[1]);
                    return c.Divide(c.Subtract(du, c.Multiply(f, dv)), f[1]);
                }

                case ExprKind.Power:
                    return Power(f);
                case ExprKind.Call:
                    return c.Multiply(CallDerivative(c, f), Differentiate(f[0]));
                case ExprKind.Conditional:
                    return c.Conditional(f[0], Differentiate(f[1]), Differentiate(f[2]));
                case ExprKind.FusedMultiplyAdd:
                    return c.Add(c.Add(c.Multiply(Differentiate(f[0]), f[1]), c.Multiply(f[0], Differentiate(f[1]))), Differentiate(f[2]));
                case ExprKind.RoundingError:
                case ExprKind.ConstantTail:
                    // Zero as mathematics; only compensated forms, which are never differentiated, contain them.
                    return c.Zero;
                default:
                    throw new InvalidOperationException("A condition has no derivative: " + f.Kind);
            }
        }

        private Expr Power(Expr f)
        {
            ExprContext c = _context;
            Expr u = f[0], v = f[1];
            Expr du = Differentiate(u);
            Expr dv = Differentiate(v);
            if (v.IsConstant)
            {
                // (u^n)′ = n·u^(n−1)·u′
                return c.Multiply(c.Multiply(v, c.Power(u, c.Constant(v.Value - 1))), du);
            }

            if (u.IsConstant)
            {
                // (a^v)′ = a^v·ln a·v′
                return c.Multiply(c.Multiply(f, c.Constant(Math.Log(u.Value))), dv);
            }

            // (u^v)′ = u^v·(v′·ln u + v·u′/u)
            return c.Multiply(f, c.Add(c.Multiply(dv, c.Call(Function.Log, u)), c.Divide(c.Multiply(v, du), u)));
        }

        /// <summary>f′(u) for f = fn(u), written with f itself where possible.</summary>
        internal static Expr CallDerivative(ExprContext c, Expr f)
        {
            Expr u = f[0];
            switch (f.Function)
            {
                case Function.Exp:
                    return f;
                case Function.Log:
                    return c.Divide(c.One, u);
                case Function.Log1p:
                    return c.Divide(c.One, c.Add(c.One, u));
                case Function.Expm1:
                    // e^u, not f + 1: f + 1 cancels for u ≪ 0.
                    return c.Call(Function.Exp, u);
                case Function.Sqrt:
                    return c.Divide(c.Constant(0.5), f);
                case Function.Abs:
                    return c.Call(Function.Sign, u);
                case Function.Sign:
                    return c.Zero;
                case Function.Sin:
                    return c.Call(Function.Cos, u);
                case Function.Cos:
                    return c.Negate(c.Call(Function.Sin, u));
                case Function.Tan:
                    return c.Add(c.One, c.Power(f, c.Constant(2)));
                case Function.Tanh:
                    // tanh′ = 1 − tanh²u as its own node: the subtraction would cancel as |tanh u| → 1, and emitted code
                    // computes it as c·(2 − c) from the complement c = 1 − |tanh u|, with tanh u from the same exponential.
                    return c.Call(Function.TanhDerivative, u);
                case Function.TanhDerivative:
                    // tanh″ = −2·tanh u·tanh′(u): a product of accurate factors, with the forward tanh node.
                    return c.Multiply(c.Constant(-2), c.Multiply(c.Call(Function.Tanh, u), f));
                case Function.Sinh:
                    return c.Call(Function.Cosh, u);
                case Function.Cosh:
                    return c.Call(Function.Sinh, u);
                case Function.Atan:
                    return c.Divide(c.One, c.Add(c.One, c.Power(u, c.Constant(2))));
                case Function.Sigmoid:
                    // σ′ = σ(u)·(1 − σ(u)) = σ(u)·σ(−u), as its own node: 1 − σ(u) would cancel as σ(u) → 1 (Silu″,
                    // Swish's ∂f/∂β, GeluTanh′ lose most digits there), and emitted code computes σ′ from one exponential.
                    return c.Call(Function.SigmoidDerivative, u);
                case Function.SigmoidDerivative:
                    // σ″ = σ′(u)·(σ(−u) − σ(u)): the same sigmoids the first derivative's neighbours use.
                    return c.Multiply(f, c.Subtract(c.Call(Function.Sigmoid, c.Negate(u)), c.Call(Function.Sigmoid, u)));
                case Function.Softplus:
                    return c.Call(Function.Sigmoid, u);
                case Function.Erf:
                    return c.Multiply(c.Constant(TwoOverSqrtPi), c.Call(Function.Exp, c.Negate(c.Power(u, c.Constant(2)))));
                case Function.Erfc:
                    return c.Multiply(c.Constant(-TwoOverSqrtPi), c.Call(Function.Exp, c.Negate(c.Power(u, c.Constant(2)))));
                default:
                    throw new ArgumentOutOfRangeException(nameof(f));
            }
        }

        private const double TwoOverSqrtPi = 1.1283791670955126;
    }
}
