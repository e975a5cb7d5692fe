using System;
using System.Linq;
using Activations.Generator.Parsing;
using Activations.Generator.Symbolic;
using Xunit;

namespace Activations.Generator.Tests.Symbolic;

/// <summary>Name resolution, function arity and the number/condition split, each error with its id and exact span.</summary>
public sealed class BinderTests
{
    [Theory]
    [InlineData("y", 0, 1)]
    [InlineData("x * gamma + 1", 4, 5)]
    [InlineData("sigmoid(x * Beta)", 12, 4)]
    [InlineData("x > 0 ? x : alpha * x", 12, 5)]
    public void An_unknown_identifier_is_reported_at_the_name_with_the_names_that_exist(string expression, int start, int length)
    {
        Derivation derivation = Derive(expression, "x", "beta");

        ExpressionError error = Assert.Single(derivation.Errors);
        Assert.Equal("ACT0002", error.Id);
        Assert.Equal(new SourceSpan(start, length), error.Span);
        Assert.Contains("'" + expression.Substring(start, length) + "'", error.Message, StringComparison.Ordinal);
        Assert.Contains("x, beta, pi, e", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_function_name_used_as_a_value_is_an_unknown_identifier_with_a_hint()
    {
        ExpressionError error = Assert.Single(Derive("x + sigmoid", "x").Errors);

        Assert.Equal("ACT0002", error.Id);
        Assert.Equal(new SourceSpan(4, 7), error.Span);
        Assert.Contains("call it as sigmoid(...)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_unknown_name_is_reported()
    {
        Derivation derivation = Derive("y + x * z", "x");

        Assert.Equal(new[] { "ACT0002", "ACT0002" }, derivation.Errors.Select(e => e.Id));
        Assert.Equal(new[] { new SourceSpan(0, 1), new SourceSpan(8, 1) }, derivation.Errors.Select(e => e.Span));
    }

    [Theory]
    [InlineData("foo(x)", 0, 3)]
    [InlineData("x + Sigmoid(x)", 4, 7)]
    [InlineData("x * relu(x - 1)", 4, 4)]
    [InlineData("ln(x)", 0, 2)]
    public void An_unknown_function_is_reported_at_its_name_with_the_functions_that_exist(string expression, int start, int length)
    {
        ExpressionError error = Assert.Single(Derive(expression, "x").Errors);

        Assert.Equal("ACT0003", error.Id);
        Assert.Equal(new SourceSpan(start, length), error.Span);
        Assert.Contains("'" + expression.Substring(start, length) + "'", error.Message, StringComparison.Ordinal);
        foreach (string name in new[] { "exp", "log", "log1p", "expm1", "sqrt", "abs", "sign", "sin", "cos", "tan", "tanh", "sinh", "cosh", "atan", "sigmoid", "softplus", "erf", "erfc", "min", "max", "clamp", "pow" })
        {
            Assert.Contains(name, error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Calling_a_parameter_is_an_unknown_function_with_a_hint()
    {
        ExpressionError error = Assert.Single(Derive("beta(x)", "x", "beta").Errors);

        Assert.Equal("ACT0003", error.Id);
        Assert.Equal(new SourceSpan(0, 4), error.Span);
        Assert.Contains("'beta' is a parameter", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sigmoid(x, 1)", 0, 13, "'sigmoid' takes 1 argument, but 2 were given")]
    [InlineData("x + sigmoid()", 4, 9, "'sigmoid' takes 1 argument, but 0 were given")]
    [InlineData("clamp(x)", 0, 8, "'clamp' takes 3 arguments, but 1 were given")]
    [InlineData("clamp(x, 0, 1, 2)", 0, 17, "'clamp' takes 3 arguments, but 4 were given")]
    [InlineData("pow(x)", 0, 6, "'pow' takes 2 arguments, but 1 were given")]
    [InlineData("2 * max(x)", 4, 6, "'max' takes 2 arguments, but 1 were given")]
    [InlineData("min(x, 1, 2)", 0, 12, "'min' takes 2 arguments, but 3 were given")]
    [InlineData("exp( x , x )", 0, 12, "'exp' takes 1 argument, but 2 were given")]
    public void A_wrong_argument_count_is_reported_over_the_call(string expression, int start, int length, string message)
    {
        ExpressionError error = Assert.Single(Derive(expression, "x").Errors);

        Assert.Equal("ACT0004", error.Id);
        Assert.Equal(new SourceSpan(start, length), error.Span);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("x > 0", 0, 5, "the expression is a condition")]
    [InlineData("x > 0 && x < 1", 0, 14, "the expression is a condition")]
    [InlineData("(x>0) + 1", 1, 3, "the left operand of '+' must be a number")]
    [InlineData("1 - (x>0)", 5, 3, "the right operand of '-' must be a number")]
    [InlineData("x ? 1 : 2", 0, 1, "the test of '?:' must be a condition")]
    [InlineData("x > 0 ? x > 1 : 0", 8, 5, "the first branch of '?:' must be a number")]
    [InlineData("x > 0 ? 0 : x > 1", 12, 5, "the second branch of '?:' must be a number")]
    [InlineData("sigmoid(x > 0)", 8, 5, "argument 1 of 'sigmoid' must be a number")]
    [InlineData("clamp(x, 0, x < 1)", 12, 5, "argument 3 of 'clamp' must be a number")]
    [InlineData("-(x > 0)", 2, 5, "the operand of unary '-' must be a number")]
    [InlineData("(x > 0)^2", 1, 5, "the left operand of '^' must be a number")]
    [InlineData("!x ? 1 : 0", 1, 1, "the operand of '!' must be a condition")]
    [InlineData("x > 0 && 1 ? 1 : 0", 9, 1, "the right operand of '&&' must be a condition")]
    [InlineData("x || x < 1 ? 1 : 0", 0, 1, "the left operand of '||' must be a condition")]
    [InlineData("(x > 0) > 1 ? 1 : 0", 1, 5, "the left operand of '>' must be a number")]
    public void A_condition_and_a_number_mixed_up_is_reported_at_the_operand(string expression, int start, int length, string message)
    {
        ExpressionError error = Assert.Single(Derive(expression, "x").Errors);

        Assert.Equal("ACT0010", error.Id);
        Assert.Equal(new SourceSpan(start, length), error.Span);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Comparing_two_conditions_reports_both_operands()
    {
        Derivation derivation = Derive("x < 1 == x < 2 ? 1 : 0", "x");

        Assert.Equal(new[] { "ACT0010", "ACT0010" }, derivation.Errors.Select(e => e.Id));
        Assert.Equal(new[] { new SourceSpan(0, 5), new SourceSpan(9, 5) }, derivation.Errors.Select(e => e.Span));
    }

    [Fact]
    public void Errors_of_different_kinds_are_all_reported_in_source_order()
    {
        Derivation derivation = Derive("y + foo(x) + sigmoid(x, x) + (x > 0)", "x");

        Assert.Equal(new[] { "ACT0002", "ACT0003", "ACT0004", "ACT0010" }, derivation.Errors.Select(e => e.Id));
        Assert.Equal(
            new[] { new SourceSpan(0, 1), new SourceSpan(4, 3), new SourceSpan(13, 13), new SourceSpan(30, 5) },
            derivation.Errors.Select(e => e.Span));
        Assert.False(derivation.Success);
        Assert.Throws<InvalidOperationException>(() => derivation.Function);
    }

    // Binder.BindName looks at the parameters before the constants, so a parameter named e or pi shadows the constant.
    [Theory]
    [InlineData("e")]
    [InlineData("pi")]
    public void A_parameter_shadows_the_constant_of_the_same_name(string name)
    {
        Derivation derivation = Derive("x * " + name, "x", name);

        Assert.Empty(derivation.Errors);
        Assert.Equal(15.0, Evaluator.Evaluate(derivation.Function, 3.0, 5.0));
        Assert.Equal(3.0, Evaluator.Evaluate(Assert.Single(derivation.ParameterDerivatives), 3.0, 5.0));
    }

    [Fact]
    public void The_constants_are_pi_and_e_when_no_parameter_has_their_name()
    {
        Derivation derivation = Derive("pi * x + e", "x");

        Assert.Empty(derivation.Errors);
        Assert.Equal((Math.PI * 2.0) + Math.E, Evaluator.Evaluate(derivation.Function, 2.0));
        Assert.Equal(Math.PI, Evaluator.Evaluate(derivation.Derivative, 2.0));
    }

    [Fact]
    public void A_parameter_named_like_a_function_is_a_value_and_the_call_is_still_the_function()
    {
        Derivation derivation = Derive("sigmoid(x) * sigmoid", "x", "sigmoid");

        Assert.Empty(derivation.Errors);
        // Two different double formulas for the same number: allow a few ulps.
        Assert.Equal(3.0 / (1 + Math.Exp(-0.4)), Evaluator.Evaluate(derivation.Function, 0.4, 3.0), 1e-14);
    }

    [Fact]
    public void The_input_may_have_any_name_and_parameters_may_be_non_ascii_letters()
    {
        Derivation derivation = Derive("t * sigmoid(β * t)", "t", "β");

        Assert.Empty(derivation.Errors);
        Assert.Equal(2.0 / (1 + Math.Exp(-3.0)), Evaluator.Evaluate(derivation.Function, 2.0, 1.5), 1e-14);
    }

    [Fact]
    public void Binding_reports_into_the_given_list_and_returns_a_dag_of_the_context()
    {
        var context = new ExprContext();
        var errors = new System.Collections.Generic.List<ExpressionError>();
        ParseResult parsed = Parser.Parse("x * sigmoid(x)");

        Expr bound = new Binder(context, new[] { "x" }, errors).BindRoot(parsed.Root!);

        Assert.Empty(errors);
        Expr x = context.Variable(0, "x");
        Assert.Same(context.Multiply(x, context.Call(Function.Sigmoid, x)), bound);
    }

    private static Derivation Derive(string expression, params string[] parameters)
        => Derivation.Derive(expression, parameters, TestContext.Current.CancellationToken);
}
