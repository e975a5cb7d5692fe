using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using Activations.Generator.Diagnostics;
using Activations.Generator.Parsing;
using Activations.Generator.Symbolic;
using Activations.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Activations.Generator.Tests.Robustness
{
    /// <summary>
    /// Inputs far beyond the limits (<see cref="Parser.MaxDepth"/>, <see cref="Parser.MaxLength"/>,
    /// <see cref="Derivation.MaxNodes"/>): each is an ACT0012 error inside the literal, through the core and through the
    /// driver. A stack overflow cannot be caught: it would kill the test host, so these tests passing is the proof that
    /// nothing recurses without a bound. They run on a thread with a 1 MB stack, the default on Windows (the compiler's
    /// threads may have no more), rather than the 8 MB of a Linux main thread.
    /// </summary>
    public sealed class LimitTests
    {
        private const int OneMegabyte = 1 << 20;

        /// <summary>Each input, with the id it must produce. Every one is built to be as deep or as long as the limits allow, or far beyond.</summary>
        private static readonly (string Name, Func<string> Text, string Id)[] Inputs =
        {
            ("10,000 nested parentheses, unclosed", () => new string('(', 10_000) + "x", "ACT0012"),
            ("9,999 nested parentheses, closed", () => new string('(', 9_999) + "x" + new string(')', 9_999), "ACT0012"),
            ("10,000 nested parentheses, closed (over the length limit too)", () => new string('(', 10_000) + "x" + new string(')', 10_000), "ACT0012"),
            ("a 10,000-term sum", () => "x" + Repeat("+x", 9_999), "ACT0012"),
            ("a 10,000-factor product", () => "x" + Repeat("*x", 9_999), "ACT0012"),
            ("a left-nested sum", () => new string('(', 4_999) + "x" + Repeat("+x)", 4_999), "ACT0012"),
            ("10,000 unary minuses", () => new string('-', 10_000) + "x", "ACT0012"),
            ("alternating unary signs", () => Repeat("-+", 5_000) + "x", "ACT0012"),
            ("10,000 negations", () => new string('!', 10_000) + "(x > 0) ? 1 : 0", "ACT0012"),
            ("2,200 nested sigmoid calls", () => Repeat("sigmoid(", 2_200) + "x" + new string(')', 2_200), "ACT0012"),
            ("2,800 nested max calls", () => Repeat("max(x,", 2_800) + "x" + new string(')', 2_800), "ACT0012"),
            ("1,800 clamps nested in the first argument", () => Repeat("clamp(", 1_800) + "x" + Repeat(",0,1)", 1_800), "ACT0012"),
            ("a 10,000-level power tower", () => Repeat("x^", 9_999) + "x", "ACT0012"),
            ("a ** tower with unary minus", () => Repeat("x**-", 4_999) + "x", "ACT0012"),
            ("3,000 chained conditionals", () => Repeat("x > 0 ? x : ", 1_600) + "x", "ACT0012"),
            ("conditionals nested in the test", () => Repeat("(", 1_300) + "x" + Repeat(" > 0 ? x : x)", 1_300), "ACT0012"),
            ("a 100,000-character expression", () => Repeat("x + 1 ", 16_667).Substring(0, 100_000), "ACT0012"),
            ("100,000 nested parentheses", () => new string('(', 50_000) + "x" + new string(')', 50_000), "ACT0012"),
            ("a 100,000-character identifier", () => new string('x', 100_000), "ACT0012"),
            ("a 100,000-digit number", () => new string('7', 100_000), "ACT0012"),
            ("100,000 blanks and an x", () => new string(' ', 99_999) + "x", "ACT0012"),
            ("a call with 9,000 arguments", () => "max(" + Repeat("x,", 8_999) + "x)", "ACT0004"),
            ("a 19,999-character identifier", () => "x + q" + new string('w', 19_990), "ACT0002"),
            ("a 19,999-digit number", () => "x + " + new string('9', 19_990), "ACT0011"),
        };

        public static TheoryData<string> Names { get; } = new TheoryData<string>(Inputs.Select(i => i.Name));

        /// <summary>Expressions within the length and depth limits whose derivatives need more than <see cref="Derivation.MaxNodes"/> nodes.</summary>
        private static readonly (string Name, Func<string> Text)[] Explosive =
        {
            ("a balanced sum of 600 distinct products", () => Balanced(1, 600, k => "sin(" + k + "*x)*cos(x/" + (k + 1) + ")", "+")),
            ("a balanced product of 900 distinct factors", () => Balanced(1, 900, k => "(sin(" + k + "*x)+" + k + ")", "*")),
            ("nested products with a hyperparameter in every factor", () => Balanced(1, 650, k => "sigmoid(" + k + "*x*alpha+beta)", "*")),
        };

        public static TheoryData<string> ExplosiveNames { get; } = new TheoryData<string>(Explosive.Select(i => i.Name));

        [Theory]
        [MemberData(nameof(Names))]
        public void Core_reports_the_limit_inside_the_expression_on_a_small_stack(string name)
        {
            (string _, Func<string> make, string id) = Inputs.Single(i => i.Name == name);
            string text = make();
            CancellationToken cancellationToken = TestContext.Current.CancellationToken;

            Derivation derivation = OnSmallStack(() => Derivation.Derive(text, FuzzCorpus.Parameters, cancellationToken));

            Assert.False(derivation.Success, name + " derived without errors");
            Assert.True(derivation.Errors.Any(e => e.Id == id), name + ": expected " + id + ", got " + string.Join("; ", derivation.Errors));
            Assert.All(derivation.Errors, e => Assert.True(e.Span.Start >= 0 && e.Span.Length >= 0 && e.Span.End <= text.Length, e.ToString()));
        }

        [Theory]
        [MemberData(nameof(ExplosiveNames))]
        public void Derivatives_that_would_exceed_the_node_limit_are_ACT0012(string name)
        {
            string text = Explosive.Single(i => i.Name == name).Text();
            Assert.True(text.Length <= Parser.MaxLength, name + " is " + text.Length + " characters: it should fail on nodes, not length");
            Assert.True(Parser.Parse(text).Success, name + " should be within the depth limit");
            CancellationToken cancellationToken = TestContext.Current.CancellationToken;

            Derivation derivation = OnSmallStack(() => Derivation.Derive(text, FuzzCorpus.Parameters, cancellationToken));

            ExpressionError error = Assert.Single(derivation.Errors);
            Assert.Equal(DiagnosticCatalog.TooComplex.Id, error.Id);
            Assert.Contains("limit of " + Derivation.MaxNodes.ToString(CultureInfo.InvariantCulture), error.Message, StringComparison.Ordinal);
            Assert.Equal(new SourceSpan(0, text.Length), error.Span);
        }

        [Fact]
        public void Every_limit_input_through_the_driver_is_an_error_inside_its_literal_on_a_small_stack()
        {
            CancellationToken cancellationToken = TestContext.Current.CancellationToken;
            var inputs = Inputs.Select(i => (i.Name, Text: i.Text(), i.Id)).Concat(Explosive.Select(i => (i.Name, Text: i.Text(), Id: "ACT0012"))).ToArray();
            var declarations = inputs.Select(i => ("public static partial double {0}(double x, double alpha, double beta);", (string?)i.Text, "@\"" + i.Text + "\"", (object?)i));
            Batch batch = Batch.Create("Limits.cs", "Limits", declarations);

            (GeneratorRunResult result, ImmutableArray<Diagnostic> diagnostics, Compilation _) = OnSmallStack(() => Batch.Run(batch.Compilation(), cancellationToken));

            Assert.Empty(result.GeneratedSources);
            foreach (BatchMethod method in batch.Methods)
            {
                var (name, _, id) = ((string, string, string))method.Tag!;
                Diagnostic[] mine = diagnostics.Where(d => batch.MethodAt(d.Location.SourceSpan) == method).ToArray();
                Assert.True(mine.Any(d => d.Id == id), name + ": expected " + id + ", got " + GeneratorHarness.Describe(mine));
                Assert.All(mine, d => Assert.True(method.Inside.Contains(d.Location.SourceSpan), name + ": " + d + " is not inside the literal"));
            }

            Assert.Equal(diagnostics.Length, diagnostics.Count(d => batch.MethodAt(d.Location.SourceSpan) is not null));
        }

        [Fact]
        public void A_formula_whose_tree_doubles_at_every_level_stays_small_as_a_dag()
        {
            // min(u, max(u, x)) repeats u twice per level: 2¹⁰ copies of the innermost x in the text, but hash-consing
            // makes each level a handful of nodes, so neither binding nor differentiation may blow up.
            string text = Nest(10, "min({0},max({0},x))");
            Assert.InRange(text.Length, 10_000, Parser.MaxLength);
            CancellationToken cancellationToken = TestContext.Current.CancellationToken;

            Derivation derivation = OnSmallStack(() => Derivation.Derive(text, FuzzCorpus.Parameters, cancellationToken));

            Assert.True(derivation.Success, string.Join("; ", derivation.Errors));
            Assert.InRange(derivation.Context.NodeCount, 1, 1_000);
            Assert.Equal(0.5, Evaluator.Evaluate(derivation.Function, 0.5, 0, 0));
        }

        [Fact]
        public void Every_chain_just_inside_the_depth_limit_derives_and_one_level_more_does_not()
        {
            // For each recursive form, the deepest accepted chain is found by bisection: the limit must be the same kind
            // of number for all forms (not a tiny one that rejects sensible formulas), and one level more must be ACT0012.
            CancellationToken cancellationToken = TestContext.Current.CancellationToken;
            var forms = new (string Name, Func<int, string> Chain)[]
            {
                ("parentheses", n => new string('(', n) + "x" + new string(')', n)),
                ("sum", n => "x" + Repeat("+x", n)),
                ("unary minus", n => new string('-', n) + "x"),
                ("sigmoid", n => Repeat("sigmoid(", n) + "x" + new string(')', n)),
                ("power", n => Repeat("x^", n) + "x"),
                ("conditional", n => Repeat("x > 0 ? x : ", n) + "x"),
            };

            foreach ((string name, Func<int, string> chain) in forms)
            {
                int deepest = OnSmallStack(() => DeepestAccepted(chain, cancellationToken));
                Assert.InRange(deepest, Parser.MaxDepth / 4, Parser.MaxDepth);
                Derivation over = OnSmallStack(() => Derivation.Derive(chain(deepest + 1), FuzzCorpus.Parameters, cancellationToken));
                Assert.True(over.Errors.Any(e => e.Id == DiagnosticCatalog.TooComplex.Id), name + " at " + (deepest + 1) + ": " + string.Join("; ", over.Errors));
            }
        }

        [Fact]
        public void The_deepest_accepted_chains_generate_code_that_compiles()
        {
            // Deep generated expressions must not trip the compiler's own limits (CS8078, "expression too complex").
            CancellationToken cancellationToken = TestContext.Current.CancellationToken;
            var chains = new Func<int, string>[]
            {
                n => Repeat("sigmoid(", n) + "x" + new string(')', n),
                n => Repeat("x > alpha ? x : ", n) + "x",
                n => "x" + string.Concat(Enumerable.Range(1, n).Select(k => "+sin(alpha*" + k.ToString(CultureInfo.InvariantCulture) + ")")),
            };
            string[] expressions = chains.Select(chain => chain(OnSmallStack(() => DeepestAccepted(chain, cancellationToken)))).ToArray();
            var declarations = expressions.Select(e => ("public static partial float {0}(float x, float alpha, float beta);", (string?)e, "\"" + e + "\"", (object?)null));
            Batch batch = Batch.Create("Deep.cs", "Deep", declarations);

            GeneratorRun run = OnSmallStack(() => GeneratorHarness.Run(batch.Compilation()));

            GeneratorHarness.AssertCompilesCleanly(run);
            Assert.Equal(expressions.Length, run.GeneratedSources.Length);
        }

        /// <summary>The largest n for which chain(n) derives without errors (bisection over [0, 4·MaxDepth]).</summary>
        private static int DeepestAccepted(Func<int, string> chain, CancellationToken cancellationToken)
        {
            int good = 0, bad = 4 * Parser.MaxDepth;
            Assert.True(Derivation.Derive(chain(good), FuzzCorpus.Parameters, cancellationToken).Success);
            Assert.False(Derivation.Derive(chain(bad), FuzzCorpus.Parameters, cancellationToken).Success);
            while (bad - good > 1)
            {
                int middle = (good + bad) / 2;
                if (Derivation.Derive(chain(middle), FuzzCorpus.Parameters, cancellationToken).Success)
                {
                    good = middle;
                }
                else
                {
                    bad = middle;
                }
            }

            return good;
        }

        /// <summary>Runs <paramref name="work"/> on a new thread with a 1 MB stack and returns its result (or rethrows).</summary>
        internal static T OnSmallStack<T>(Func<T> work)
        {
            T result = default!;
            Exception? failure = null;
            var thread = new Thread(
                () =>
                {
                    try
                    {
                        result = work();
                    }
                    catch (Exception ex)
                    {
                        failure = ex;
                    }
                },
                OneMegabyte);
            thread.Start();
            thread.Join();
            if (failure is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
            }

            return result;
        }

        private static string Repeat(string text, int count)
        {
            var builder = new StringBuilder(text.Length * count);
            for (int i = 0; i < count; i++)
            {
                builder.Append(text);
            }

            return builder.ToString();
        }

        /// <summary>A format applied to itself <paramref name="depth"/> times, starting from x.</summary>
        private static string Nest(int depth, string format)
        {
            string text = "x";
            for (int i = 0; i < depth; i++)
            {
                text = string.Format(CultureInfo.InvariantCulture, format, text);
            }

            return text;
        }

        private static string Balanced(int low, int high, Func<int, string> leaf, string op)
            => low == high ? leaf(low) : "(" + Balanced(low, (low + high) / 2, leaf, op) + op + Balanced(((low + high) / 2) + 1, high, leaf, op) + ")";
    }
}
