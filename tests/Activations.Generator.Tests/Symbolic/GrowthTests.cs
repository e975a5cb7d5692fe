using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Activations.Generator.Emit;
using Activations.Generator.Symbolic;
using Xunit;

namespace Activations.Generator.Tests.Symbolic;

/// <summary>
/// Derivatives of deep compositions stay linear in the depth: the emitted source for f, f′ and f″ of a 20-fold nesting
/// is about twice that of a 10-fold one, not 2¹⁰ times. At depth 20 the values still match finite differences and an
/// independent forward-mode reference (value, first and second derivative carried through each level in double).
/// </summary>
public sealed class GrowthTests
{
    private static readonly int[] Depths = { 5, 10, 20 };

    /// <summary>One level of a composition: its DSL text around the inner expression, and the same step on a jet.</summary>
    private sealed record Level(Func<string, string> Text, Func<Jet, Jet, Jet> Apply);

    private static readonly Level Sigmoid = new Level(u => "sigmoid(" + u + ")", (u, x) => Jet.Sigmoid(u));

    private static readonly Level ScaledSigmoid = new Level(u => "4 * sigmoid(" + u + ") - 2", (u, x) => (4 * Jet.Sigmoid(u)) - 2);

    private static readonly Level Tanh = new Level(u => "tanh(" + u + ")", (u, x) => Jet.Tanh(u));

    private static readonly Level TanhScaled = new Level(u => "tanh(1.5 * (" + u + "))", (u, x) => Jet.Tanh(1.5 * u));

    private static readonly Level ExpNegative = new Level(u => "exp(-(" + u + "))", (u, x) => Jet.Exp(-1 * u));

    private static readonly Level ExpMinusOne = new Level(u => "exp(" + u + ") - 1", (u, x) => Jet.Exp(u) - 1);

    private static readonly Level InputTimesSigmoid = new Level(u => "x * sigmoid(" + u + ")", (u, x) => x * Jet.Sigmoid(u));

    /// <summary>Families of compositions; a family repeats its levels cyclically, innermost first.</summary>
    private static readonly Dictionary<string, Level[]> Families = new Dictionary<string, Level[]>
    {
        ["sigmoid"] = new[] { Sigmoid },
        ["4σ − 2"] = new[] { ScaledSigmoid },
        ["tanh"] = new[] { Tanh },
        ["exp(−u)"] = new[] { ExpNegative },
        ["x·σ(u)"] = new[] { InputTimesSigmoid },
        ["tanh/x·σ/exp/σ mix"] = new[] { TanhScaled, InputTimesSigmoid, ExpMinusOne, ScaledSigmoid },
        ["σ/exp mix"] = new[] { Sigmoid, ExpMinusOne },
    };

    public static TheoryData<string> FamilyNames { get; } = new TheoryData<string>(Families.Keys);

    [Theory]
    [MemberData(nameof(FamilyNames))]
    public void The_emitted_source_of_a_deep_composition_grows_linearly(string family)
    {
        var sizes = new Dictionary<int, int>();
        var nodes = new Dictionary<int, int>();
        foreach (int depth in Depths)
        {
            Derivation derivation = Derive(Compose(family, depth));
            string source = SourceEmitter.EmitFile(Declaration(), derivation, "1.0.0");

            AssertCodeIsWhole(source);
            sizes[depth] = source.Length;
            nodes[depth] = derivation.Context.NodeCount;
        }

        AssertLinear(sizes, "emitted characters of " + family);
        AssertLinear(nodes, "DAG nodes of " + family);
    }

    [Theory]
    [MemberData(nameof(FamilyNames))]
    public void At_depth_twenty_the_derivatives_still_match(string family)
    {
        Derivation derivation = Derive(Compose(family, 20));
        var evaluator = new Evaluator(derivation.Function, derivation.Derivative, derivation.SecondDerivative);
        Func<double, double> f = t => evaluator.Evaluate(new[] { t })[0];
        Func<double, double> df = t => evaluator.Evaluate(new[] { t })[1];

        foreach (double x in new[] { -1.3, -0.4, 0.3, 0.85, 1.7 })
        {
            double[] exact = evaluator.Evaluate(new[] { x });
            Jet reference = Reference(family, 20, x);

            AssertMatches(reference, exact);

            FiniteDifferences.AssertFirst(f, x, exact[1], "∂f/∂x of " + family + " at depth 20");
            FiniteDifferences.AssertSecond(f, x, exact[2], "∂²f/∂x² of " + family + " at depth 20");
            FiniteDifferences.AssertFirst(df, x, exact[2], "∂²f/∂x² (difference of ∂f/∂x) of " + family + " at depth 20");
        }
    }

    /// <summary>
    /// u ↦ 2u·σ(u) uses u twice, so its text doubles with each level and cannot be written out at depth 20; built directly
    /// as a DAG it stays linear, and so must its derivatives and the code for them.
    /// </summary>
    [Fact]
    public void A_composition_that_reuses_its_argument_stays_linear_as_a_dag_and_as_code()
    {
        var sizes = new Dictionary<int, int>();
        var nodes = new Dictionary<int, int>();
        foreach (int depth in Depths)
        {
            (ExprContext context, Expr[] outputs) = SharedComposition(depth);
            nodes[depth] = context.NodeCount;

            var code = new StringBuilder();
            foreach (Expr output in outputs)
            {
                // As SourceEmitter does per member: one schedule, a local per shared node, then the result.
                var schedule = new Schedule(new[] { output }, new[] { "x" });
                var printer = new CSharpPrinter(NumericType.Double, new[] { "x" }, schedule.Names);
                foreach (Expr local in schedule.Locals)
                {
                    code.Append("var ").Append(schedule.Names[local]).Append(" = ").Append(printer.Print(local)).Append(";\n");
                }

                code.Append("return ").Append(schedule.Names.TryGetValue(output, out string? name) ? name : printer.Print(output)).Append(";\n");
            }

            AssertCodeIsWhole(code.ToString());
            sizes[depth] = code.Length;
        }

        AssertLinear(sizes, "code for 2u·σ(u)");
        AssertLinear(nodes, "DAG nodes of 2u·σ(u)");

        (_, Expr[] deep) = SharedComposition(20);
        var evaluator = new Evaluator(deep);
        foreach (double x in new[] { -1.3, -0.4, 0.3, 0.85, 1.7 })
        {
            double[] exact = evaluator.Evaluate(new[] { x });
            Jet reference = Jet.Variable(x);
            for (int i = 0; i < 20; i++)
            {
                reference = 2 * (reference * Jet.Sigmoid(reference));
            }

            AssertMatches(reference, exact);
            FiniteDifferences.AssertFirst(t => evaluator.Evaluate(new[] { t })[0], x, exact[1], "∂f/∂x of 2u·σ(u) at depth 20");
            FiniteDifferences.AssertSecond(t => evaluator.Evaluate(new[] { t })[0], x, exact[2], "∂²f/∂x² of 2u·σ(u) at depth 20");
        }
    }

    [Fact]
    public void A_long_but_valid_expression_is_emitted_whole()
    {
        // 150 independent terms: nothing to share, so the C# is long; it must still be complete code. (tanh, not σ: the
        // forward would compensate σ's rounded argument i.5·x, with 150 correction terms in front of the return.)
        string expression = string.Join(" + ", Enumerable.Range(1, 150).Select(i => "tanh(" + i.ToString(CultureInfo.InvariantCulture) + ".5 * x)"));
        Derivation derivation = Derive(expression);

        string source = SourceEmitter.EmitFile(Declaration(), derivation, "1.0.0");

        AssertCodeIsWhole(source);
        string body = source.Split('\n').First(line => line.TrimStart().StartsWith("return global::System.Math.Tanh(1.5d * x)", StringComparison.Ordinal));
        Assert.Contains("global::System.Math.Tanh(150.5d * x);", body, StringComparison.Ordinal);
    }

    private static string Compose(string family, int depth)
    {
        Level[] levels = Families[family];
        string u = "x";
        for (int i = 0; i < depth; i++)
        {
            u = levels[i % levels.Length].Text(u);
        }

        return u;
    }

    private static Jet Reference(string family, int depth, double x)
    {
        Level[] levels = Families[family];
        Jet input = Jet.Variable(x);
        Jet u = input;
        for (int i = 0; i < depth; i++)
        {
            u = levels[i % levels.Length].Apply(u, input);
        }

        return u;
    }

    /// <summary>f = g∘g∘…∘g(x) with g(u) = 2u·σ(u), and f′, f″, built straight in the DAG.</summary>
    private static (ExprContext Context, Expr[] Outputs) SharedComposition(int depth)
    {
        var c = new ExprContext();
        Expr u = c.Variable(0, "x");
        for (int i = 0; i < depth; i++)
        {
            u = c.Multiply(c.Constant(2), c.Multiply(u, c.Call(Function.Sigmoid, u)));
        }

        var d = new Differentiator(c, 0, TestContext.Current.CancellationToken);
        Expr df = d.Differentiate(u);
        return (c, new[] { u, df, d.Differentiate(df) });
    }

    /// <summary>Linear growth: doubling the depth at most about doubles the size, and so does the next doubling.</summary>
    private static void AssertLinear(IReadOnlyDictionary<int, int> size, string what)
    {
        string table = string.Join(", ", size.Select(p => "depth " + p.Key + ": " + p.Value));
        Assert.True(size[20] <= 2.5 * size[10], what + " grew faster than linearly (" + table + ")");
        Assert.True(size[10] <= 2.5 * size[5], what + " grew faster than linearly (" + table + ")");

        // A linear size a + b·n has increments in the ratio 10 : 5 = 2 (a quadratic one 4, an exponential one far more).
        Assert.True(size[20] - size[10] <= 2.5 * (size[10] - size[5]), what + " has growing increments (" + table + ")");
    }

    private static void AssertCodeIsWhole(string code)
    {
        // The printers cut over-long notation with an ellipsis; code must never be cut.
        foreach (string line in code.Split('\n').Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal)))
        {
            int comment = line.IndexOf("; //", StringComparison.Ordinal);
            string statement = comment >= 0 ? line.Substring(0, comment) : line;
            Assert.DoesNotContain("…", statement, StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// Both sides are double computations of the same quantities by different formulas, so each may be off by about
    /// (operations per level · levels)·ε·size ≈ 200·2.2e-16·size ≈ 4e-14·size; 1e-12·size leaves a factor of 20.
    /// </summary>
    private static void AssertMatches(Jet reference, double[] exact)
    {
        Assert.Equal(reference.Value, exact[0], 1e-12 * reference.ValueSize);
        Assert.Equal(reference.First, exact[1], 1e-12 * reference.FirstSize);
        Assert.Equal(reference.Second, exact[2], 1e-12 * reference.SecondSize);
    }

    private static ActivationDeclaration Declaration() => new ActivationDeclaration(
        "Growth",
        new EquatableArray<ContainingType>(new[] { new ContainingType("class", "Deep") }),
        "F",
        "public",
        NumericType.Double,
        new EquatableArray<ActivationParameter>(new[] { new ActivationParameter("x", "x", null) }),
        false);

    private static Derivation Derive(string expression)
    {
        Derivation derivation = Derivation.Derive(expression, new[] { "x" }, TestContext.Current.CancellationToken);
        Assert.Empty(derivation.Errors);
        return derivation;
    }

    /// <summary>
    /// A value with its first and second derivative in x: second-order forward mode, written with System.Math. Beside
    /// each component it carries the same formula evaluated on absolute values (the "size"), the usual running bound for
    /// rounding: a computed sum of terms is wrong by about (operations)·ε·Σ|terms|, which is far more than ε·|result|
    /// where terms cancel (f″ of 2u·σ(u) at x = 1.7 is −2.9e4 from terms of order 10⁶).
    /// </summary>
    private readonly record struct Jet(double Value, double First, double Second, double ValueSize, double FirstSize, double SecondSize)
    {
        public static Jet Variable(double x) => new Jet(x, 1, 0, Math.Abs(x), 1, 0);

        public static Jet operator +(Jet a, double b) => a with { Value = a.Value + b, ValueSize = a.ValueSize + Math.Abs(b) };

        public static Jet operator -(Jet a, double b) => a + -b;

        public static Jet operator *(double k, Jet a) => new Jet(
            k * a.Value, k * a.First, k * a.Second, Math.Abs(k) * a.ValueSize, Math.Abs(k) * a.FirstSize, Math.Abs(k) * a.SecondSize);

        public static Jet operator *(Jet a, Jet b) => new Jet(
            a.Value * b.Value,
            (a.First * b.Value) + (a.Value * b.First),
            (a.Second * b.Value) + (2 * a.First * b.First) + (a.Value * b.Second),
            a.ValueSize * b.ValueSize,
            (a.FirstSize * b.ValueSize) + (a.ValueSize * b.FirstSize),
            (a.SecondSize * b.ValueSize) + (2 * a.FirstSize * b.FirstSize) + (a.ValueSize * b.SecondSize));

        public static Jet Sigmoid(Jet u)
        {
            double s = 1 / (1 + Math.Exp(-u.Value));
            double d1 = s * (1 - s);
            double d2 = d1 * (1 - (2 * s));
            return Chain(u, s, d1, d2);
        }

        public static Jet Tanh(Jet u)
        {
            double t = Math.Tanh(u.Value);
            double d1 = 1 - (t * t);
            return Chain(u, t, d1, -2 * t * d1);
        }

        public static Jet Exp(Jet u)
        {
            double e = Math.Exp(u.Value);
            return Chain(u, e, e, e);
        }

        /// <summary>g(u) from g, g′, g″ at u: (g∘u)′ = g′u′, (g∘u)″ = g″u′² + g′u″.</summary>
        private static Jet Chain(Jet u, double g, double d1, double d2) => new Jet(
            g,
            d1 * u.First,
            (d2 * u.First * u.First) + (d1 * u.Second),
            Math.Abs(g),
            Math.Abs(d1) * u.FirstSize,
            (Math.Abs(d2) * u.FirstSize * u.FirstSize) + (Math.Abs(d1) * u.SecondSize));
    }
}
