using System;
using System.Collections.Generic;
using System.Linq;
using Activations.Generator.Emit;
using Activations.Generator.Symbolic;
using Xunit;

namespace Activations.Generator.Tests.Symbolic;

/// <summary>
/// The smart constructors of <see cref="ExprContext"/>: constant folding, identities, constant factors, hash-consing;
/// differentiation that reuses forward nodes; and CSE across the outputs of one activation.
/// </summary>
public sealed class SimplifierTests
{
    private readonly ExprContext _c = new ExprContext();

    private Expr X => _c.Variable(0, "x");

    private Expr Y => _c.Variable(1, "y");

    // ---------------------------------------------------------------- constant folding

    [Fact]
    public void Constants_fold_and_the_constant_of_a_sum_comes_first()
    {
        Expr f = Derive("2*3+x").Function;

        Assert.Equal(ExprKind.Add, f.Kind);
        Assert.True(f[0].IsConstantValue(6));
        Assert.Equal(ExprKind.Variable, f[1].Kind);
        Assert.Equal(0, f[1].Variable);
    }

    [Theory]
    [InlineData("2^10", 1024.0)]
    [InlineData("(1 + 2) * 4 - 6 / 3", 10.0)]
    [InlineData("-2^2", -4.0)]
    [InlineData("exp(0)", 1.0)]
    [InlineData("sigmoid(0)", 0.5)]
    [InlineData("sqrt(16) + log(1)", 4.0)]
    [InlineData("pi - pi", 0.0)]
    [InlineData("max(2, 3) + min(2, 3) + clamp(7, 0, 6)", 11.0)]
    [InlineData("1 > 0 ? 5 : 6", 5.0)]
    [InlineData("1 > 2 || 3 <= 3 ? 5 : 6", 5.0)]
    [InlineData("!(1 == 1) ? 5 : 6", 6.0)]
    public void Constant_expressions_fold_to_one_constant(string expression, double value)
    {
        Expr f = Derive(expression).Function;

        Assert.Equal(ExprKind.Constant, f.Kind);
        Assert.Equal(value, f.Value);
    }

    [Fact]
    public void A_decided_condition_selects_its_branch()
    {
        Derivation derivation = Derive("1 > 0 ? x : sigmoid(x)");

        Assert.Same(derivation.Context.Variable(0, "x"), derivation.Function);
    }

    // ---------------------------------------------------------------- identities

    [Fact]
    public void Algebraic_identities_hold_at_construction()
    {
        Expr x = X;

        Assert.Same(x, _c.Multiply(x, _c.One));
        Assert.Same(x, _c.Multiply(_c.One, x));
        Assert.Same(x, _c.Add(x, _c.Zero));
        Assert.Same(x, _c.Add(_c.Zero, x));
        Assert.Same(x, _c.Subtract(x, _c.Zero));
        Assert.Same(_c.Zero, _c.Multiply(x, _c.Zero));
        Assert.Same(_c.Zero, _c.Subtract(x, x));
        Assert.Same(_c.One, _c.Divide(x, x));
        Assert.Same(x, _c.Divide(x, _c.One));
        Assert.Same(x, _c.Negate(_c.Negate(x)));
        Assert.Same(x, _c.Power(x, _c.One));
        Assert.Same(_c.One, _c.Power(x, _c.Zero));
        Assert.Same(_c.One, _c.Power(_c.One, x));
        Assert.Same(_c.Zero, _c.Divide(_c.Zero, x));
        Expr condition = _c.Compare(ExprKind.Greater, x, _c.Zero);
        Assert.Same(condition, _c.Not(_c.Not(condition)));
        Assert.Same(x, _c.Conditional(condition, x, x));
        Assert.Same(x, _c.Max(x, x));
        Assert.Same(x, _c.Min(x, x));
        Assert.Same(x, _c.Call(Function.Log, _c.Call(Function.Exp, x)));
        Assert.Same(_c.Call(Function.Exp, x), _c.Power(_c.Constant(Math.E), x));
        Assert.Same(_c.Call(Function.Sqrt, x), _c.Power(x, _c.Constant(0.5)));
    }

    [Theory]
    [InlineData("x*1")]
    [InlineData("1*x")]
    [InlineData("x+0")]
    [InlineData("0+x")]
    [InlineData("x-0")]
    [InlineData("x/1")]
    [InlineData("--x")]
    [InlineData("-(-x)")]
    [InlineData("x^1")]
    [InlineData("x**1")]
    [InlineData("+x")]
    [InlineData("2*x - x")]
    [InlineData("x + x - x")]
    [InlineData("(x > 0) ? x : x")]
    [InlineData("log(exp(x))")]
    public void Identities_reduce_to_the_input_itself(string expression)
    {
        Derivation derivation = Derive(expression);

        Assert.Same(derivation.Context.Variable(0, "x"), derivation.Function);
    }

    [Theory]
    [InlineData("x*0", 0.0)]
    [InlineData("0*x", 0.0)]
    [InlineData("x-x", 0.0)]
    [InlineData("x/x", 1.0)]
    [InlineData("x^0", 1.0)]
    [InlineData("sigmoid(x) - sigmoid(x)", 0.0)]
    [InlineData("tanh(x) / tanh(x)", 1.0)]
    [InlineData("0/x", 0.0)]
    [InlineData("1^x", 1.0)]
    public void Identities_reduce_to_a_constant(string expression, double value)
    {
        Expr f = Derive(expression).Function;

        Assert.True(f.IsConstantValue(value), expression + " simplified to " + f);
    }

    // ---------------------------------------------------------------- collecting constant factors and terms

    [Theory]
    [InlineData("2*(3*x)")]
    [InlineData("(2*x)*3")]
    [InlineData("2*x*3")]
    [InlineData("(x*2)*3")]
    [InlineData("12*x/2")]
    [InlineData("-2*(-3*x)")]
    [InlineData("2*x + 4*x")]
    [InlineData("8*x - 2*x")]
    [InlineData("x + x + x + x + x + x")]
    public void Constant_factors_collect_into_one(string expression)
    {
        Derivation derivation = Derive(expression);
        Expr f = derivation.Function;

        Assert.Equal(ExprKind.Multiply, f.Kind);
        Assert.True(f[0].IsConstantValue(6), expression + " simplified to " + f);
        Assert.Same(derivation.Context.Variable(0, "x"), f[1]);
    }

    [Fact]
    public void Constant_factors_collect_across_a_product_of_subexpressions()
    {
        Derivation derivation = Derive("2*sigmoid(x) * (3*x)");
        Expr f = derivation.Function;
        ExprContext c = derivation.Context;
        Expr x = c.Variable(0, "x");

        Assert.Same(c.Multiply(c.Constant(6), c.Multiply(x, c.Call(Function.Sigmoid, x))), f);
        Assert.Equal(ExprKind.Multiply, f.Kind);
        Assert.True(f[0].IsConstantValue(6));
    }

    [Fact]
    public void Equal_bases_merge_their_powers()
    {
        Derivation derivation = Derive("x * x^2 * x");
        Expr f = derivation.Function;

        Assert.Equal(ExprKind.Power, f.Kind);
        Assert.Same(derivation.Context.Variable(0, "x"), f[0]);
        Assert.True(f[1].IsConstantValue(4));
    }

    [Theory]
    [InlineData("x / 3")]
    [InlineData("x / 10")]
    [InlineData("(x + 1) / 3 - x / 5")]
    [InlineData("x / 0.1")]
    public void Division_by_an_inexact_reciprocal_is_kept_exact(string expression)
    {
        // Folding x/3 into x·(1/3) would change the value in the last bit for many x; a simplifier must not.
        Func<double, double> reference = expression switch
        {
            "x / 3" => x => x / 3,
            "x / 10" => x => x / 10,
            "(x + 1) / 3 - x / 5" => x => ((x + 1) / 3) - (x / 5),
            _ => x => x / 0.1,
        };
        Expr f = Derive(expression).Function;

        var random = new Random(12345);
        for (int i = 0; i < 2000; i++)
        {
            double x = (random.NextDouble() - 0.5) * Math.Pow(2, random.Next(-20, 20));
            Assert.Equal(reference(x), Evaluator.Evaluate(f, x));
        }
    }

    // ---------------------------------------------------------------- hash-consing

    [Fact]
    public void The_same_expression_built_twice_in_one_context_is_the_same_object()
    {
        Expr x = X;
        Expr first = _c.Multiply(x, _c.Call(Function.Sigmoid, _c.Multiply(Y, x)));
        Expr second = _c.Multiply(x, _c.Call(Function.Sigmoid, _c.Multiply(Y, x)));

        Assert.Same(first, second);
        Assert.Same(_c.Variable(0, "x"), x);
        Assert.Same(_c.Constant(2.5), _c.Constant(2.5));
        Assert.Same(_c.Constant(0.0), _c.Constant(-0.0));
        Assert.Same(_c.Add(x, Y), _c.Add(Y, x));
        Assert.Same(_c.Multiply(x, Y), _c.Multiply(Y, x));
    }

    [Fact]
    public void Building_an_existing_expression_adds_no_nodes()
    {
        Expr x = X;
        Expr built = _c.Add(_c.Call(Function.Tanh, x), _c.Multiply(_c.Constant(3), _c.Power(x, _c.Constant(2))));
        int count = _c.NodeCount;

        Expr again = _c.Add(_c.Call(Function.Tanh, x), _c.Multiply(_c.Constant(3), _c.Power(x, _c.Constant(2))));

        Assert.Same(built, again);
        Assert.Equal(count, _c.NodeCount);
    }

    [Fact]
    public void Expressions_from_two_contexts_are_equal_by_value_but_distinct_objects()
    {
        Derivation a = Derive("x * sigmoid(beta * x)", "x", "beta");
        Derivation b = Derive("x * sigmoid(beta * x)", "x", "beta");

        Assert.NotSame(a.Function, b.Function);
        Assert.Equal(a.Function, b.Function);
        Assert.Equal(a.Function.GetHashCode(), b.Function.GetHashCode());
        Assert.Equal(a.Derivative, b.Derivative);
        Assert.Equal(a.SecondDerivative, b.SecondDerivative);
        Assert.Equal(a.ParameterDerivatives[0], b.ParameterDerivatives[0]);

        Derivation other = Derive("x * sigmoid(beta * x) + 1", "x", "beta");
        Assert.NotEqual(a.Function, other.Function);
        Assert.NotEqual(a.Function, Derive("x * tanh(beta * x)", "x", "beta").Function);
        Assert.NotEqual(a.Function, Derive("x * sigmoid(2 * x)", "x", "beta").Function);
    }

    [Fact]
    public void Hash_consing_makes_the_dag_share_repeated_subexpressions()
    {
        Derivation derivation = Derive("sigmoid(x) * sigmoid(x) + sigmoid(x) / (1 + sigmoid(x))");
        var program = new ExprProgram(new[] { derivation.Function });

        Assert.Single(program.Nodes, n => n.Kind == ExprKind.Call && n.Function == Function.Sigmoid);
    }

    // ---------------------------------------------------------------- differentiation reuses forward nodes

    [Fact]
    public void The_derivative_of_sigmoid_is_one_derivative_call_and_the_second_reuses_the_forward_node()
    {
        Derivation derivation = Derive("sigmoid(x)");
        ExprContext c = derivation.Context;
        Expr s = derivation.Function;
        Expr x = c.Variable(0, "x");

        // σ′ = σ(x)·σ(−x) as one node (emitted from one exponential; 1 − σ(x) would cancel as σ(x) → 1).
        Expr derivative = c.Call(Function.SigmoidDerivative, x);
        Assert.Same(derivative, derivation.Derivative);

        // σ″ = σ′(x)·(σ(−x) − σ(x)), with σ(x) the very forward node.
        Assert.Same(c.Multiply(derivative, c.Subtract(c.Call(Function.Sigmoid, c.Negate(x)), s)), derivation.SecondDerivative);
        Assert.Contains(new ExprProgram(new[] { derivation.SecondDerivative }).Nodes, n => ReferenceEquals(n, s));
    }

    [Fact]
    public void The_sigmoid_derivative_node_is_even()
    {
        ExprContext c = new();
        Expr x = c.Variable(0, "x");
        Expr beta = c.Variable(1, "beta");
        Expr derivative = c.Call(Function.SigmoidDerivative, x);

        Assert.Same(derivative, c.Call(Function.SigmoidDerivative, c.Negate(x)));
        Assert.Same(c.Call(Function.SigmoidDerivative, c.Multiply(c.Constant(2), x)), c.Call(Function.SigmoidDerivative, c.Multiply(c.Constant(-2), x)));
        Assert.Same(derivative, c.Call(Function.Abs, derivative));
        Assert.NotSame(c.Call(Function.SigmoidDerivative, c.Multiply(beta, x)), derivative);
    }

    [Fact]
    public void Sigmoid_derivative_keeps_its_relative_accuracy_where_sigma_is_near_one()
    {
        // At x = 30, σ(1 − σ) computed as 1 − σ(30) is 1 − (1 − 9.4e-14) in double: about three digits survive.
        double value = Evaluator.Evaluate(Derive("sigmoid(x)").Derivative, 30.0);
        double expected = Math.Exp(-30) / Math.Pow(1 + Math.Exp(-30), 2);

        Assert.True(Math.Abs(value - expected) <= 4e-16 * expected, $"σ′(30) = {value:R}, expected {expected:R}");
    }

    [Fact]
    public void The_derivative_of_tanh_is_one_derivative_call_accurate_where_one_minus_tanh_squared_would_cancel()
    {
        Derivation derivation = Derive("tanh(x)");
        ExprContext c = derivation.Context;
        Expr t = derivation.Function;
        Expr x = c.Variable(0, "x");

        // tanh′ = 1 − t² as one node (emitted as c·(2 − c) from the complement c = 1 − |t|), even like σ′.
        Expr derivative = c.Call(Function.TanhDerivative, x);
        Assert.Same(derivative, derivation.Derivative);
        Assert.Same(derivative, c.Call(Function.TanhDerivative, c.Negate(x)));

        // tanh″ = −2·t·tanh′, with t the very forward node.
        Assert.Contains(new ExprProgram(new[] { derivation.SecondDerivative }).Nodes, n => ReferenceEquals(n, t));
        Assert.Contains(new ExprProgram(new[] { derivation.SecondDerivative }).Nodes, n => ReferenceEquals(n, derivative));
        foreach (double at in new[] { -20.0, -3.0, -0.4, 0.0, 1e-3, 0.7, 9.0, 300.0 })
        {
            double sech = 1 / Math.Cosh(at);
            double expected = sech * sech;
            Assert.True(Math.Abs(Evaluator.Evaluate(derivation.Derivative, at) - expected) <= 4e-16 * expected, $"tanh′({at})");
            double second = -2 * Math.Tanh(at) * expected;
            Assert.True(Math.Abs(Evaluator.Evaluate(derivation.SecondDerivative, at) - second) <= 8e-16 * Math.Abs(second), $"tanh″({at})");
        }
    }

    [Fact]
    public void One_minus_the_tanh_derivative_is_tanh_squared_without_cancellation()
    {
        // Tanhshrink: d/dx (x − tanh x) = 1 − tanh′(x) = tanh²x, which near 0 is tiny: 1 − tanh′ would keep no digits.
        Derivation derivation = Derive("x - tanh(x)");
        ExprContext c = derivation.Context;
        Expr x = c.Variable(0, "x");
        Assert.Same(c.Power(c.Call(Function.Tanh, x), c.Constant(2)), derivation.Derivative);

        double value = Evaluator.Evaluate(derivation.Derivative, 1e-5);
        double expected = Math.Tanh(1e-5) * Math.Tanh(1e-5);
        Assert.True(Math.Abs(value - expected) <= 4e-16 * expected, $"{value:R} vs {expected:R}");
    }

    [Fact]
    public void The_derivative_nodes_print_as_their_math_with_the_parentheses_they_need()
    {
        ExprContext c = _c;
        Expr x = c.Variable(0, "x");
        Expr tanhPrime = c.Call(Function.TanhDerivative, x);
        Expr sigmaPrime = c.Call(Function.SigmoidDerivative, x);

        Assert.Equal("1 − tanh(x)²", MathPrinter.Format(tanhPrime, null));
        Assert.Equal("x·(1 − tanh(x)²)", MathPrinter.Format(c.Multiply(x, tanhPrime), null));
        Assert.Equal("x − (1 − tanh(x)²)", MathPrinter.Format(c.Subtract(x, tanhPrime), null));
        Assert.Equal("σ(x)·σ(−x)", MathPrinter.Format(sigmaPrime, null));
        Assert.Equal("x/(σ(x)·σ(−x))", MathPrinter.Format(c.Divide(x, sigmaPrime), null));
    }

    [Theory]
    [InlineData("exp(x)")]
    [InlineData("exp(2 * x)")]
    public void The_derivative_of_exp_reuses_exp(string expression)
    {
        Derivation derivation = Derive(expression);

        IEnumerable<Expr> nodes = new ExprProgram(new[] { derivation.Derivative, derivation.SecondDerivative }).Nodes;
        Assert.Single(nodes, n => n.Kind == ExprKind.Call);
        Assert.Contains(nodes, n => ReferenceEquals(n, derivation.Function));
    }

    [Fact]
    public void The_derivative_of_a_composition_refers_to_the_forward_nodes_of_f()
    {
        Derivation derivation = Derive("x * sigmoid(x)");
        Expr sigma = derivation.Function.Arguments.Single(a => a.Kind == ExprKind.Call);

        foreach (Expr output in new[] { derivation.Derivative, derivation.SecondDerivative })
        {
            IReadOnlyList<Expr> nodes = new ExprProgram(new[] { output }).Nodes;
            Assert.Contains(nodes, n => ReferenceEquals(n, sigma));

            // Only σ(x), σ′(x) and (in f″) σ(−x), its accurate complement: no other call.
            Expr[] calls = nodes.Where(n => n.Kind == ExprKind.Call).ToArray();
            Assert.All(calls, n => Assert.True(n.Function is Function.Sigmoid or Function.SigmoidDerivative, n.Function.ToString()));
            Assert.Single(calls, n => n.Function == Function.SigmoidDerivative);
            Assert.True(calls.Length <= 3);
        }
    }

    [Fact]
    public void Differentiation_is_memoised_so_it_returns_the_same_node()
    {
        Derivation derivation = Derive("x * sigmoid(x)");
        var differentiator = new Differentiator(derivation.Context, 0);

        Assert.Same(derivation.Derivative, differentiator.Differentiate(derivation.Function));
        Assert.Same(derivation.SecondDerivative, differentiator.Differentiate(derivation.Derivative));
    }

    // ---------------------------------------------------------------- CSE across outputs

    [Fact]
    public void A_schedule_over_f_and_its_derivative_shares_one_sigmoid_local()
    {
        Derivation derivation = Derive("x * sigmoid(x)");
        Expr f = derivation.Function, df = derivation.Derivative;
        Expr sigma = f.Arguments.Single(a => a.Kind == ExprKind.Call);

        var schedule = new Schedule(new[] { f, df }, new[] { "x" });

        Expr local = Assert.Single(schedule.Locals, l => l.Kind == ExprKind.Call && l.Function == Function.Sigmoid);
        Assert.Same(sigma, local);
        Assert.True(schedule.Names.ContainsKey(sigma));
        Assert.Equal(schedule.Locals.Count, schedule.Locals.Distinct().Count());
        Assert.Equal(schedule.Locals.Count, schedule.Names.Values.Distinct().Count());

        // "Shared by both": each output reaches the one σ node.
        Assert.Contains(new ExprProgram(new[] { f }).Nodes, n => ReferenceEquals(n, local));
        Assert.Contains(new ExprProgram(new[] { df }).Nodes, n => ReferenceEquals(n, local));
    }

    [Fact]
    public void A_schedule_over_f_alone_names_nothing_used_once()
    {
        Derivation derivation = Derive("x * sigmoid(x)");

        var schedule = new Schedule(new[] { derivation.Function }, new[] { "x" });

        Assert.Empty(schedule.Locals);
    }

    [Fact]
    public void A_schedule_orders_locals_operands_first_and_names_avoid_parameters()
    {
        Derivation derivation = Derive("t0 * sigmoid(t0) * tanh(sigmoid(t0))", "t0");
        Expr[] outputs = { derivation.Function, derivation.Derivative, derivation.SecondDerivative };

        var schedule = new Schedule(outputs, new[] { "t0" });

        Assert.DoesNotContain("t0", schedule.Names.Values);
        var seen = new HashSet<Expr>();
        foreach (Expr local in schedule.Locals)
        {
            foreach (Expr operand in new ExprProgram(new[] { local }).Nodes)
            {
                if (!ReferenceEquals(operand, local) && schedule.Names.ContainsKey(operand))
                {
                    Assert.Contains(operand, seen);
                }
            }

            seen.Add(local);
        }

        // Every local is used at least twice across the outputs, or is an operand C# spells twice.
        var program = new ExprProgram(outputs);
        var repeated = new HashSet<Expr>(program.Nodes.SelectMany(Schedule.RepeatedOperands));
        Assert.All(schedule.Locals, l => Assert.True(program.UsesOf(l) > 1 || repeated.Contains(l)));

        // And every non-leaf node used twice has a local.
        Assert.All(program.Nodes.Where(n => !n.IsLeaf && program.UsesOf(n) > 1), n => Assert.True(schedule.Names.ContainsKey(n)));
    }

    [Fact]
    public void Simplification_never_changes_the_value()
    {
        // The simplified DAG against a direct evaluation of the same formula.
        Derivation derivation = Derive("2*(3*x) + x*1 - (x - x) + x^1 * 4 / 2 + -(-x) + 0 * sigmoid(x) + sigmoid(x) * 2 * sigmoid(x)");
        foreach (double x in new[] { -3.0, -0.5, 0.25, 1.0, 7.5 })
        {
            double s = 1 / (1 + Math.Exp(-x));
            double expected = (6 * x) + x + (2 * x) + x + (2 * s * s);
            Assert.Equal(expected, Evaluator.Evaluate(derivation.Function, x), 1e-12);
        }
    }

    private static Derivation Derive(string expression, params string[] parameters)
    {
        Derivation derivation = Derivation.Derive(expression, parameters.Length == 0 ? new[] { "x" } : parameters, TestContext.Current.CancellationToken);
        Assert.Empty(derivation.Errors);
        return derivation;
    }
}
