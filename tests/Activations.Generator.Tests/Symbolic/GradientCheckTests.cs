using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Activations.Generator.Symbolic;
using Xunit;

namespace Activations.Generator.Tests.Symbolic;

/// <summary>
/// ∂f/∂x, ∂²f/∂x² and ∂f/∂p from <see cref="Derivation"/> against central finite differences of f in double (steps and
/// tolerances in <see cref="FiniteDifferences"/>), for every DSL function and for composed activations, at points away
/// from kinks; and the documented conventions exactly at kinks.
/// </summary>
public sealed class GradientCheckTests
{
    // Sample points per domain. Every point is at least 0.03 from every kink of the cases that use the domain, which is
    // more than 200 second-difference steps (ε^(1/4)·max(1, |x|) ≈ 1.2e-4·max(1, |x|)).
    private const string Real = "real";
    private const string Positive = "positive";
    private const string AboveMinusOne = "above -1";
    private const string TanBranch = "(-π/2, π/2)";

    // x^x varies on the length 1/(1 + ln x), not |x|: at x = 40 a step proportional to |x| is too coarse for the
    // second difference (s⁴|f⁗| is ~10⁴ times the scale the tolerance assumes), so that case stays at moderate x.
    private const string ModeratePositive = "(0, 5]";

    private static readonly Dictionary<string, double[]> Domains = new Dictionary<string, double[]>
    {
        [Real] = new[] { -3.1, -2.2, -1.7, -0.83, -0.21, 0.07, 0.37, 0.94, 1.6, 2.45, 3.3 },
        [Positive] = new[] { 0.1, 0.35, 0.8, 1.3, 2.2, 4.7, 9.5, 40 },
        [AboveMinusOne] = new[] { -0.9, -0.5, -0.13, 0.21, 0.8, 2.5, 14 },
        [TanBranch] = new[] { -1.4, -0.9, -0.45, -0.07, 0.3, 0.72, 1.15, 1.4 },
        [ModeratePositive] = new[] { 0.1, 0.35, 0.8, 1.3, 2.2, 3.1, 4.7 },
    };

    /// <summary>Every DSL function, alone and with a hyperparameter inside, so ∂f/∂p is checked through it too.</summary>
    public static TheoryData<string, string, string> Functions { get; } = new TheoryData<string, string, string>
    {
        { "exp(x)", "", Real },
        { "exp(a * x)", "a=0.8", Real },
        { "log(x)", "", Positive },
        { "log(a * x)", "a=0.8", Positive },
        { "log1p(x)", "", AboveMinusOne },
        { "log1p(a * x)", "a=0.8", AboveMinusOne },
        { "expm1(x)", "", Real },
        { "expm1(a * x)", "a=0.8", Real },
        { "sqrt(x)", "", Positive },
        { "sqrt(a * x)", "a=0.8", Positive },
        { "abs(x)", "", Real },
        { "abs(a * x)", "a=0.8", Real },
        { "sign(x)", "", Real },
        { "sign(a * x)", "a=0.8", Real },
        { "sin(x)", "", Real },
        { "sin(a * x)", "a=0.8", Real },
        { "cos(x)", "", Real },
        { "cos(a * x)", "a=0.8", Real },
        { "tan(x)", "", TanBranch },
        { "tan(a * x)", "a=0.8", TanBranch },
        { "tanh(x)", "", Real },
        { "tanh(a * x)", "a=0.8", Real },
        { "sinh(x)", "", Real },
        { "sinh(a * x)", "a=0.8", Real },
        { "cosh(x)", "", Real },
        { "cosh(a * x)", "a=0.8", Real },
        { "atan(x)", "", Real },
        { "atan(a * x)", "a=0.8", Real },
        { "sigmoid(x)", "", Real },
        { "sigmoid(a * x)", "a=0.8", Real },
        { "softplus(x)", "", Real },
        { "softplus(a * x)", "a=0.8", Real },
        { "erf(x)", "", Real },
        { "erf(a * x)", "a=0.8", Real },
        { "erfc(x)", "", Real },
        { "erfc(a * x)", "a=0.8", Real },
        { "min(x, a)", "a=0.5", Real },
        { "min(a, x)", "a=0.5", Real },
        { "min(x^2, a * x)", "a=0.5", Real },
        { "max(x, a)", "a=0.5", Real },
        { "max(a, x)", "a=0.5", Real },
        { "max(x^2, a * x)", "a=0.5", Real },
        { "clamp(x, lo, hi)", "lo=-1;hi=2", Real },
        { "clamp(a * x, -1, 1)", "a=0.8", Real },
        { "clamp(x^2, lo, x + hi)", "lo=0.5;hi=2", Real },
        { "pow(x, a)", "a=1.7", Positive },
        { "pow(x, a)", "a=-0.6", Positive },
        { "pow(a, x)", "a=1.9", Real },
        { "pow(x, 3)", "", Real },
        { "pow(x, -2)", "", Real },
        { "pow(x, 2.5)", "", Positive },
        { "pow(x, x)", "", ModeratePositive },
        { "x^a", "a=2.3", Positive },
        { "a^x", "a=0.6", Real },
        { "x**2", "", Real },
        { "2^x", "", Real },
        { "e^(a * x)", "a=0.8", Real },
    };

    /// <summary>Composed activations: the standard ones and some that exercise the simplifier and DAG sharing.</summary>
    public static TheoryData<string, string, string> Compositions { get; } = new TheoryData<string, string, string>
    {
        { "x * sigmoid(beta * x)", "beta=1.3", Real },
        { "x * sigmoid(beta * x)", "beta=-0.6", Real },
        { "0.5 * x * (1 + erf(x / sqrt(2)))", "", Real },
        { "x * tanh(softplus(x))", "", Real },
        { "x > 0 ? x : alpha * (exp(x) - 1)", "alpha=1.1", Real },
        { "scale * (x > 0 ? x : alpha * expm1(x))", "scale=1.0507009873554805;alpha=1.6732632423543772", Real },
        { "x^3 / (1 + x^2)", "", Real },
        { "pow(x, beta)", "beta=2.3", Positive },
        { "sigmoid(sigmoid(sigmoid(x)))", "", Real },
        { "sigmoid(a * sigmoid(a * sigmoid(a * x)))", "a=2.5", Real },
        { "x > -1 && x < 1 ? 0.5 * x^2 : abs(x) - 0.5", "", Real },
        { "x < -1 || x > 1 ? sign(x) * (1 - exp(1 - abs(x))) : 0", "", Real },
        { "!(x > 0) ? x^2 : x", "", Real },
        { "softplus(beta * x) / beta", "beta=2", Real },
        { "log(cosh(x)) + atan(x) * sinh(x / 2)", "", Real },
        { "x / (1 + abs(x))", "", Real },
        { "x * clamp(x + 3, 0, 6) / 6", "", Real },
        { "max(x, alpha * x)", "alpha=0.01", Real },
        { "min(x, 0) + max(x, 0) * slope", "slope=1.5", Real },
        { "sqrt(x^2 + c) - sqrt(c)", "c=0.5", Real },
        { "log1p(exp(-abs(x))) + max(x, 0)", "", Real },
        { "x * erfc(-x / sqrt(2)) / 2", "", Real },
        { "exp(-x^2 / (2 * s^2))", "s=0.9", Real },
        { "x * sigmoid(beta * x) + gamma * x^2 - x / gamma", "beta=1.3;gamma=0.4", Real },
        { "x * (x + 1) * (x - 1) / (x^2 + 4)", "", Real },
        { "(x - mu) / (sigma * sqrt(2 * pi)) * exp(-(x - mu)^2 / (2 * sigma^2))", "mu=0.3;sigma=1.2", Real },
        { "cos(x)^2 + sin(x)^2 + x", "", Real },
        { "tanh(sqrt(2 / pi) * (x + 0.044715 * x^3)) * x * 0.5 + x * 0.5", "", Real },
        { "x * log(x) - x", "", Positive },
        { "x^x^0.5", "", Positive },
        { "sin(x) / x", "", Real },
        { "--x - -x * x", "", Real },
    };

    [Theory]
    [MemberData(nameof(Functions))]
    public void Every_function_agrees_with_finite_differences(string expression, string parameters, string domain)
        => CheckAgainstFiniteDifferences(expression, parameters, domain);

    [Theory]
    [MemberData(nameof(Compositions))]
    public void Composed_activations_agree_with_finite_differences(string expression, string parameters, string domain)
        => CheckAgainstFiniteDifferences(expression, parameters, domain);

    [Fact]
    public void Every_dsl_function_has_a_gradient_check()
    {
        string[] all = Functions.Select(row => (string)((ITheoryDataRow)row).GetData()[0]!).ToArray();
        foreach (string name in FunctionTable.Names)
        {
            Assert.Contains(all, expression => expression.StartsWith(name + "(", StringComparison.Ordinal));
        }
    }

    // ---------------------------------------------------------------- kinks: the documented conventions, exactly

    [Theory]

    // A conditional differentiates to the derivative of the branch its test selects.
    [InlineData("x > 0 ? x : 0", 0.0, 0.0)]
    [InlineData("x >= 0 ? x : 0", 0.0, 1.0)]
    [InlineData("x < 0 ? 0 : x", 0.0, 1.0)]
    [InlineData("x > 0 ? x : 0.01 * x", 0.0, 0.01)]
    [InlineData("x > 0 ? x : exp(x) - 1", 0.0, 1.0)]
    [InlineData("x > 0 ? 2 * x : 3 * x", 0.0, 3.0)]
    [InlineData("!(x > 0) ? 3 * x : 2 * x", 0.0, 3.0)]
    [InlineData("x > -1 && x < 1 ? x : 0", 1.0, 0.0)]
    [InlineData("x > -1 && x < 1 ? x : 0", -1.0, 0.0)]
    [InlineData("x < -1 || x > 1 ? 0 : x", 1.0, 1.0)]

    // max(a, b) takes a′ where a > b, else b′; min(a, b) takes a′ where a < b, else b′.
    [InlineData("max(x, 0)", 0.0, 0.0)]
    [InlineData("max(0, x)", 0.0, 1.0)]
    [InlineData("max(x, 0.1 * x)", 0.0, 0.1)]
    [InlineData("max(0.1 * x, x)", 0.0, 1.0)]
    [InlineData("max(x, 1)", 1.0, 0.0)]
    [InlineData("max(2 * x, x + 1)", 1.0, 1.0)]
    [InlineData("min(x, 0)", 0.0, 0.0)]
    [InlineData("min(0, x)", 0.0, 1.0)]
    [InlineData("min(2 * x, x + 1)", 1.0, 1.0)]
    [InlineData("min(x + 1, 2 * x)", 1.0, 2.0)]

    // abs′(0) = sign(0) = 0; sign′ = 0 everywhere.
    [InlineData("abs(x)", 0.0, 0.0)]
    [InlineData("abs(x - 1)", 1.0, 0.0)]
    [InlineData("abs(x)", 2.0, 1.0)]
    [InlineData("abs(x)", -2.0, -1.0)]
    [InlineData("sign(x)", 0.0, 0.0)]
    [InlineData("sign(x)", 1.0, 0.0)]
    [InlineData("sign(x)", -1.0, 0.0)]
    [InlineData("x * sign(x)", 0.0, 0.0)]

    // clamp′ is 0 at both edges, 1 strictly inside, 0 outside.
    [InlineData("clamp(x, -1, 1)", -1.0, 0.0)]
    [InlineData("clamp(x, -1, 1)", 1.0, 0.0)]
    [InlineData("clamp(x, -1, 1)", 0.0, 1.0)]
    [InlineData("clamp(x, -1, 1)", 0.5, 1.0)]
    [InlineData("clamp(x, -1, 1)", -0.999, 1.0)]
    [InlineData("clamp(x, -1, 1)", -2.0, 0.0)]
    [InlineData("clamp(x, -1, 1)", 2.0, 0.0)]
    [InlineData("clamp(2 * x, 0, 6)", 0.0, 0.0)]
    [InlineData("clamp(2 * x, 0, 6)", 3.0, 0.0)]
    [InlineData("clamp(2 * x, 0, 6)", 1.5, 2.0)]
    [InlineData("x * clamp(x + 3, 0, 6) / 6", -3.0, 0.0)]
    public void At_a_kink_the_derivative_follows_the_documented_convention(string expression, double x, double expected)
    {
        Derivation derivation = Derive(expression, new[] { "x" });

        Assert.Equal(expected, Evaluator.Evaluate(derivation.Derivative, x));
    }

    [Fact]
    public void The_derivative_of_abs_at_negative_zero_is_zero()
    {
        Derivation derivation = Derive("abs(x)", new[] { "x" });

        Assert.Equal(0.0, Evaluator.Evaluate(derivation.Derivative, -0.0));
        Assert.Equal(0.0, Evaluator.Evaluate(derivation.SecondDerivative, -0.0));
    }

    [Theory]
    [InlineData("x > 0 ? x^2 : 0", 0.0, 0.0)]
    [InlineData("x >= 0 ? x^2 : -x^2", 0.0, 2.0)]
    [InlineData("max(x^2, 0)", 0.0, 0.0)]
    [InlineData("max(0, x^3)", 0.0, 0.0)]
    [InlineData("max(0, x^2)", 0.0, 2.0)]
    [InlineData("abs(x)", 0.0, 0.0)]
    [InlineData("sign(x)", 0.0, 0.0)]
    [InlineData("x * abs(x)", 0.0, 0.0)]
    [InlineData("clamp(x^2, 1, 4)", 1.0, 0.0)]
    [InlineData("clamp(x^2, 1, 4)", 2.0, 0.0)]
    [InlineData("clamp(x^2, 1, 4)", 1.5, 2.0)]
    public void At_a_kink_the_second_derivative_follows_the_documented_convention(string expression, double x, double expected)
    {
        Derivation derivation = Derive(expression, new[] { "x" });

        Assert.Equal(expected, Evaluator.Evaluate(derivation.SecondDerivative, x));
    }

    [Theory]

    // At an edge the selected branch is the edge itself, so the derivative goes to that bound.
    [InlineData(-1.0, 0.0, 1.0, 0.0)]
    [InlineData(2.0, 0.0, 0.0, 1.0)]
    [InlineData(0.5, 1.0, 0.0, 0.0)]
    [InlineData(-3.0, 0.0, 1.0, 0.0)]
    [InlineData(5.0, 0.0, 0.0, 1.0)]
    public void Clamp_sends_the_derivative_to_the_selected_bound(double x, double byX, double byLow, double byHigh)
    {
        Derivation derivation = Derive("clamp(x, lo, hi)", new[] { "x", "lo", "hi" });

        double[] values = { x, -1.0, 2.0 };
        Assert.Equal(byX, Evaluator.Evaluate(derivation.Derivative, values));
        Assert.Equal(byLow, Evaluator.Evaluate(derivation.ParameterDerivatives[0], values));
        Assert.Equal(byHigh, Evaluator.Evaluate(derivation.ParameterDerivatives[1], values));
    }

    [Theory]
    [InlineData(0.5, 0.0, 1.0)]
    [InlineData(-2.0, 0.0, 1.0)]
    [InlineData(0.7, 1.0, 0.0)]
    public void Max_with_a_parameter_sends_the_derivative_to_the_selected_operand(double x, double byX, double byA)
    {
        // max(x, a) at x == a is not x > a, so the derivative goes to a.
        Derivation derivation = Derive("max(x, a)", new[] { "x", "a" });

        Assert.Equal(byX, Evaluator.Evaluate(derivation.Derivative, x, 0.5));
        Assert.Equal(byA, Evaluator.Evaluate(derivation.ParameterDerivatives[0], x, 0.5));
    }

    [Theory]
    [InlineData("sigmoid(x)")]
    [InlineData("tanh(x)")]
    [InlineData("softplus(x)")]
    [InlineData("erf(x)")]
    [InlineData("atan(x)")]
    public void Closed_form_derivatives_of_the_special_functions(string expression)
    {
        // Independent references written with System.Math only.
        Func<double, double> first, second;
        switch (expression)
        {
            case "sigmoid(x)":
                first = t => Math.Exp(-t) / Math.Pow(1 + Math.Exp(-t), 2);
                second = t => Math.Exp(-t) * (Math.Exp(-t) - 1) / Math.Pow(1 + Math.Exp(-t), 3);
                break;
            case "tanh(x)":
                first = t => 1 / Math.Pow(Math.Cosh(t), 2);
                second = t => -2 * Math.Tanh(t) / Math.Pow(Math.Cosh(t), 2);
                break;
            case "softplus(x)":
                first = t => 1 / (1 + Math.Exp(-t));
                second = t => Math.Exp(-t) / Math.Pow(1 + Math.Exp(-t), 2);
                break;
            case "erf(x)":
                first = t => 2 / Math.Sqrt(Math.PI) * Math.Exp(-t * t);
                second = t => -4 * t / Math.Sqrt(Math.PI) * Math.Exp(-t * t);
                break;
            default:
                first = t => 1 / (1 + (t * t));
                second = t => -2 * t / Math.Pow(1 + (t * t), 2);
                break;
        }

        Derivation derivation = Derive(expression, new[] { "x" });
        foreach (double x in Domains[Real])
        {
            Assert.Equal(first(x), Evaluator.Evaluate(derivation.Derivative, x), 1e-14);
            Assert.Equal(second(x), Evaluator.Evaluate(derivation.SecondDerivative, x), 1e-14);
        }
    }

    private static void CheckAgainstFiniteDifferences(string expression, string parameters, string domain)
    {
        (string[] names, double[] values) = ParseParameters(parameters);
        Derivation derivation = Derive(expression, names);
        Assert.Empty(derivation.Errors);
        Assert.Equal(names.Length - 1, derivation.ParameterDerivatives.Count);

        var roots = new List<Expr> { derivation.Function, derivation.Derivative, derivation.SecondDerivative };
        roots.AddRange(derivation.ParameterDerivatives);
        var evaluator = new Evaluator(roots.ToArray());

        Func<double, double> Along(int output, int variable, double[] at) => t =>
        {
            var point = (double[])at.Clone();
            point[variable] = t;
            return evaluator.Evaluate(point)[output];
        };

        foreach (double x in Domains[domain])
        {
            double[] at = values.ToArray();
            at[0] = x;
            double[] exact = evaluator.Evaluate(at);
            string label = expression + (parameters.Length > 0 ? " [" + parameters + "]" : string.Empty);

            Assert.True(double.IsFinite(exact[0]), label + ": f is not finite at x = " + x.ToString("R", CultureInfo.InvariantCulture));

            FiniteDifferences.AssertFirst(Along(0, 0, at), x, exact[1], "∂f/∂x of " + label);
            FiniteDifferences.AssertSecond(Along(0, 0, at), x, exact[2], "∂²f/∂x² (second difference of f) of " + label);
            FiniteDifferences.AssertFirst(Along(1, 0, at), x, exact[2], "∂²f/∂x² (first difference of ∂f/∂x) of " + label);
            for (int p = 1; p < names.Length; p++)
            {
                FiniteDifferences.AssertFirst(Along(0, p, at), at[p], exact[2 + p], "∂f/∂" + names[p] + " of " + label + " at x = " + x.ToString("R", CultureInfo.InvariantCulture) + ",");
            }
        }
    }

    /// <summary>"a=0.8;b=2" → names x, a, b and values (x filled in later), a, b.</summary>
    private static (string[] Names, double[] Values) ParseParameters(string parameters)
    {
        var names = new List<string> { "x" };
        var values = new List<double> { 0 };
        foreach (string pair in parameters.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            string[] parts = pair.Split('=');
            names.Add(parts[0]);
            values.Add(double.Parse(parts[1], CultureInfo.InvariantCulture));
        }

        return (names.ToArray(), values.ToArray());
    }

    private static Derivation Derive(string expression, string[] parameters)
        => Derivation.Derive(expression, parameters, TestContext.Current.CancellationToken);
}
