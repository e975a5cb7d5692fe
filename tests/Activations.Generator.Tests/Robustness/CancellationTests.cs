using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Activations.Generator.Symbolic;
using Activations.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Activations.Generator.Tests.Robustness
{
    /// <summary>
    /// A cancelled token stops the work: the driver and <see cref="Derivation.Derive"/> throw
    /// <see cref="OperationCanceledException"/> when the token is cancelled, instead of finishing or reporting ACT0099.
    /// </summary>
    public sealed class CancellationTests
    {
        /// <summary>A compilation whose generation takes a while: many methods with sizeable derivatives.</summary>
        private static Compilation LongRun()
        {
            var random = new Random(5_0301);
            var declarations = Enumerable.Range(0, 150).Select(i =>
            {
                string expression = FuzzCorpus.ValidExpression(random, 5 + (i % 2), FuzzCorpus.Parameters);
                return ("public static partial double {0}(double x, double alpha, double beta);", (string?)expression, "@\"" + expression + "\"", (object?)null);
            });
            return Batch.Create("Long.cs", "Long", declarations).Compilation();
        }

        [Fact]
        public void A_driver_run_with_an_already_cancelled_token_throws_and_generates_nothing()
        {
            // Timing is deliberately not asserted (a timed unit test is flaky on a shared machine): cancellation is checked
            // at every pipeline step and at every DAG node the differentiator visits, so an already-cancelled token must
            // surface as OperationCanceledException rather than as a finished run or an ACT0099 diagnostic.
            Compilation compilation = LongRun();
            using var cancelled = new CancellationTokenSource();
            cancelled.Cancel();

            Assert.ThrowsAny<OperationCanceledException>(() => GeneratorHarness.CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out _, out _, cancelled.Token));
        }

        [Fact]
        public void The_same_compilation_without_cancellation_generates_every_file()
        {
            // The counterpart of the test above: the long run does produce output, so the exception there is cancellation.
            Compilation compilation = LongRun();
            GeneratorDriver driver = GeneratorHarness.CreateDriver().RunGenerators(compilation, TestContext.Current.CancellationToken);

            GeneratorRunResult result = driver.GetRunResult().Results.Single();
            Assert.Null(result.Exception);
            Assert.Equal(150, result.GeneratedSources.Length);
        }

        [Theory]
        [InlineData("x * sigmoid(beta * x)")]
        [InlineData("x > 0 ? x : alpha * expm1(x)")]
        [InlineData("pow(x, alpha) + log1p(beta)")]
        public void Derive_with_a_cancelled_token_throws(string expression)
        {
            using var cancelled = new CancellationTokenSource();
            cancelled.Cancel();

            Assert.ThrowsAny<OperationCanceledException>(() => Derivation.Derive(expression, FuzzCorpus.Parameters, cancelled.Token));
        }

        [Fact]
        public void Derive_of_an_expression_near_the_limits_with_a_cancelled_token_throws()
        {
            string text = Balanced(1, 380, k => "sin(" + k + " * x * alpha) * cos(x / " + k + " + beta)");
            Assert.InRange(text.Length, Activations.Generator.Parsing.Parser.MaxLength / 2, Activations.Generator.Parsing.Parser.MaxLength);
            using var cancelled = new CancellationTokenSource();
            cancelled.Cancel();

            Assert.ThrowsAny<OperationCanceledException>(() => Derivation.Derive(text, FuzzCorpus.Parameters, cancelled.Token));
        }

        /// <summary>A sum of the terms for low … high as a balanced tree, so its depth stays far below the limit.</summary>
        private static string Balanced(int low, int high, Func<int, string> term)
            => low == high ? term(low) : "(" + Balanced(low, (low + high) / 2, term) + " + " + Balanced(((low + high) / 2) + 1, high, term) + ")";
    }
}
