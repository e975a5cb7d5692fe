using System.Linq;
using Activations.Generator.Emit;
using Activations.Generator.Symbolic;
using Xunit;

namespace Activations.Generator.Tests.Symbolic;

/// <summary>
/// The schedule's paired calls: σ(u) with σ′(u), σ(u) with σ(−u) (and their product σ′(u)), and tanh u with
/// tanh′(u), come from one VectorMath evaluation in kernel code (one exponential instead of two), and never in the
/// scalar members, which use ActivationMath.
/// </summary>
public sealed class PairedCallTests
{
    [Theory]
    [InlineData("sigmoid(x)", "x", "x")]
    [InlineData("x * sigmoid(beta * x)", "x·beta", "x·beta")]
    [InlineData("sigmoid(2 * x)", "2·x", "2·x")]
    [InlineData("sigmoid(-x)", "−x", "x")] // σ′ is even: σ′(x) comes with σ(−x)
    public void Sigmoid_and_its_derivative_share_one_call_in_the_fused_kernel(string expression, string argument, string derivativeArgument)
    {
        Derivation derivation = Derive(expression, "x", "beta");
        Schedule schedule = new(new[] { derivation.Function, derivation.Derivative }, new[] { "x", "beta" }, pairCalls: true);

        PairedCall pair = Assert.Single(Pairs(schedule));
        Assert.Equal("SigmoidWithDerivative", pair.Function);
        Assert.Equal(Function.Sigmoid, pair.Primary.Function);
        Assert.Equal(Function.SigmoidDerivative, pair.Complement.Function);
        Assert.Null(pair.Product);
        Assert.Equal("σ(" + argument + ")", MathPrinter.Format(pair.Primary, null));
        Assert.Equal("σ(" + derivativeArgument + ")·σ(−" + derivativeArgument + ")", MathPrinter.Format(pair.Complement, null));
        Assert.True(schedule.IsDefinedByPair(pair.Complement));

        // The pair is written where the first of the two is needed, with both names next to each other.
        int primary = IndexOf(schedule, pair.Primary);
        Assert.Equal(primary + 1, IndexOf(schedule, pair.Complement));
        Assert.Equal("t" + primary, schedule.Names[pair.Primary].TrimEnd('_'));
    }

    [Fact]
    public void The_derivative_kernel_of_sigmoid_alone_has_one_unpaired_derivative_call()
    {
        Derivation derivation = Derive("sigmoid(x)", "x");
        Schedule schedule = new(new[] { derivation.Derivative }, new[] { "x" }, pairCalls: true);

        Assert.Empty(Pairs(schedule));
        Assert.Equal(Function.SigmoidDerivative, derivation.Derivative.Function);
    }

    [Theory]
    [InlineData("sigmoid(x)")]
    [InlineData("x * sigmoid(x)")]
    public void The_second_derivative_gets_sigmoid_its_complement_and_its_derivative_from_one_call(string expression)
    {
        Derivation derivation = Derive(expression, "x");
        Schedule schedule = new(new[] { derivation.SecondDerivative }, new[] { "x" }, pairCalls: true);

        PairedCall pair = Assert.Single(Pairs(schedule));
        Assert.Equal("SigmoidWithComplementAndDerivative", pair.Function);
        Assert.Equal("σ(x)", MathPrinter.Format(pair.Primary, null));
        Assert.Equal("σ(−x)", MathPrinter.Format(pair.Complement, null));
        Assert.NotNull(pair.Product);
        Assert.Equal(Function.SigmoidDerivative, pair.Product!.Function);
        Assert.True(schedule.IsDefinedByPair(pair.Complement));
        Assert.True(schedule.IsDefinedByPair(pair.Product));

        // Primary, complement and product are named in that order, after nothing they depend on.
        int primary = IndexOf(schedule, pair.Primary);
        Assert.Equal(primary + 1, IndexOf(schedule, pair.Complement));
        Assert.Equal(primary + 2, IndexOf(schedule, pair.Product));
    }

    [Fact]
    public void Tanh_and_its_derivative_share_one_call_and_the_argument_is_computed_before_it()
    {
        Derivation derivation = Derive("x * tanh(softplus(x))", "x");
        Schedule schedule = new(new[] { derivation.Function, derivation.Derivative }, new[] { "x" }, pairCalls: true);

        PairedCall pair = Pairs(schedule).Single(p => p.Function == "TanhWithDerivative");
        Assert.Equal(Function.Tanh, pair.Primary.Function);
        Assert.Equal(Function.TanhDerivative, pair.Complement.Function);
        Assert.Same(pair.Primary[0], pair.Complement[0]);
        Assert.True(IndexOf(schedule, pair.Primary[0]) < IndexOf(schedule, pair.Primary), "softplus(x) must be named before the paired call");
    }

    [Theory]
    [InlineData("0.5 * x * (1 + erf(x / sqrt(2)))")] // GELU: 1 + erf(u) is rewritten to erfc(−u)
    [InlineData("erfc(x)")]
    [InlineData("erfc(2 * x)")]
    public void Erfc_and_its_Gaussian_share_one_call(string expression)
    {
        Derivation derivation = Derive(expression, "x");
        Schedule schedule = new(new[] { derivation.Function, derivation.Derivative }, new[] { "x" }, pairCalls: true);

        PairedCall pair = Assert.Single(Pairs(schedule));
        Assert.Equal("ErfcWithGaussian", pair.Function);
        Assert.Equal(Function.Erfc, pair.Primary.Function);
        Assert.Equal(Function.Exp, pair.Complement.Function);
        string u = MathPrinter.Format(pair.Primary[0], null);
        Assert.Equal("exp(−" + (pair.Primary[0].Kind == ExprKind.Variable ? u : "(" + u + ")") + "²)", MathPrinter.Format(pair.Complement, null));
    }

    [Fact]
    public void Scalar_schedules_and_unpaired_calls_have_no_pairs()
    {
        Derivation sigmoid = Derive("sigmoid(x)", "x");
        Schedule scalar = new(new[] { sigmoid.Derivative }, new[] { "x" });
        Assert.DoesNotContain(scalar.Locals, l => scalar.TryGetPair(l, out _));

        // The forward function alone has σ(x) but not σ(−x).
        Schedule forward = new(new[] { sigmoid.Function }, new[] { "x" }, pairCalls: true);
        Assert.Empty(forward.Locals);

        // σ(x) and σ(2x) are not complements.
        Derivation other = Derive("sigmoid(x) + sigmoid(2 * x)", "x");
        Schedule unrelated = new(new[] { other.Function }, new[] { "x" }, pairCalls: true);
        Assert.DoesNotContain(unrelated.Locals, l => unrelated.TryGetPair(l, out _));
    }

    [Fact]
    public void The_tanh_derivative_prints_as_one_minus_tanh_squared_and_evaluates_to_sech_squared()
    {
        Derivation derivation = Derive("tanh(x)", "x");
        Assert.Equal("1 − tanh(x)²", MathPrinter.Format(derivation.Derivative, null));
        foreach (double x in new[] { -30.0, -3.0, -0.7, -0.2, 0.0, 0.3, 0.9, 5.0, 19.0, 200.0 })
        {
            double sech = 1 / System.Math.Cosh(x);
            double value = Evaluator.Evaluate(derivation.Derivative, new[] { x });
            Assert.True(System.Math.Abs(value - sech * sech) <= 4e-16 * sech * sech, $"tanh′({x}) = {value}, sech² = {sech * sech}");
        }
    }

    private static PairedCall[] Pairs(Schedule schedule)
        => schedule.Locals.Select(l => schedule.TryGetPair(l, out PairedCall p) ? p : null).OfType<PairedCall>().ToArray();

    private static int IndexOf(Schedule schedule, Expr node)
    {
        for (int i = 0; i < schedule.Locals.Count; i++)
        {
            if (ReferenceEquals(schedule.Locals[i], node))
            {
                return i;
            }
        }

        return -1;
    }

    private static Derivation Derive(string expression, params string[] parameters)
        => Derivation.Derive(expression, parameters, TestContext.Current.CancellationToken);
}
