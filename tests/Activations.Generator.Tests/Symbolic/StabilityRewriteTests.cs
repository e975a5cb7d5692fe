using System;
using Activations.Generator.Symbolic;
using Xunit;

namespace Activations.Generator.Tests.Symbolic;

/// <summary>
/// The numerical-stability rewrites run while the DAG is built, so users' own formulas and every derivative get them:
/// each is checked by its resulting structure and by a value the naive formula gets wrong in double.
/// </summary>
public sealed class StabilityRewriteTests
{
    private static readonly string[] X = { "x" };

    private static Derivation Derive(string expression) => Derivation.Derive(expression, X, TestContext.Current.CancellationToken);

    [Theory]
    [InlineData("log(1 + exp(x))", Function.Softplus)]
    [InlineData("log(exp(x) + 1)", Function.Softplus)]
    [InlineData("log1p(exp(x))", Function.Softplus)]
    [InlineData("exp(x) - 1", Function.Expm1)]
    [InlineData("-1 + exp(x)", Function.Expm1)]
    [InlineData("log(1 + x)", Function.Log1p)]
    [InlineData("log(x + 1)", Function.Log1p)]
    [InlineData("1 + erf(x)", Function.Erfc)]
    [InlineData("erf(x) + 1", Function.Erfc)]
    [InlineData("1 - erf(x)", Function.Erfc)]
    public void The_rewrite_produces_the_stable_function(string expression, Function expected)
    {
        Expr f = Derive(expression).Function;

        Assert.Equal(ExprKind.Call, f.Kind);
        Assert.Equal(expected, f.Function);
    }

    [Fact]
    public void Log_of_sigmoid_becomes_minus_softplus_of_minus_u()
    {
        Expr f = Derive("log(sigmoid(x))").Function;

        Assert.Equal(ExprKind.Negate, f.Kind);
        Assert.Equal(Function.Softplus, f[0].Function);
        Assert.Equal(ExprKind.Negate, f[0][0].Kind);
        Assert.Equal(-1000.0, Evaluator.Evaluate(f, -1000.0));
    }

    [Fact]
    public void Softplus_rewrite_does_not_overflow()
    {
        // The naive log(1 + e^1000) is log(inf) = inf.
        Derivation d = Derive("log(1 + exp(x))");

        Assert.Equal(1000.0, Evaluator.Evaluate(d.Function, 1000.0));
        Assert.Equal(1.0, Evaluator.Evaluate(d.Derivative, 1000.0));
    }

    [Fact]
    public void Expm1_rewrite_keeps_relative_accuracy_near_zero()
    {
        // e^1e-10 − 1 in double keeps only about 7 significant digits.
        double value = Evaluator.Evaluate(Derive("exp(x) - 1").Function, 1e-10);

        Assert.Equal(1.00000000005e-10, value, 1e-25);
    }

    [Fact]
    public void Gelu_keeps_its_relative_accuracy_far_in_the_left_tail()
    {
        // Φ(−10)·(−10) ≈ −7.62e-23: 1 + erf(−10/√2) cancels to 0 in double, erfc does not.
        Expr gelu = Derive("0.5 * x * (1 + erf(x / sqrt(2)))").Function;
        double value = Evaluator.Evaluate(gelu, -10.0);

        double expected = -10.0 * 7.6198530241604696e-24;
        Assert.True(Math.Abs(value - expected) <= 1e-12 * Math.Abs(expected), $"GELU(−10) = {value:R}, expected {expected:R}");
    }

    [Fact]
    public void Derivatives_get_the_rewrites_too()
    {
        // d/dx log(1 + e^x) = σ(x), finite at 1000 where the naive quotient e^x/(1 + e^x) is inf/inf.
        Derivation d = Derive("x * log(1 + exp(x))");

        Assert.Equal(1000.0 + 1.0 * 1000.0, Evaluator.Evaluate(d.Derivative, 1000.0));
    }
}
