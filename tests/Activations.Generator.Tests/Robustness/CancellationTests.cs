using System;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using Activations.Generator.Symbolic;
using Activations.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Activations.Generator.Tests.Robustness
{
    /// <summary>
    /// A cancelled token stops the work promptly: the driver and <see cref="Derivation.Derive"/> throw
    /// <see cref="OperationCanceledException"/> when the token is already cancelled (the driver in a tenth of the time the
    /// work takes), and a token cancelled a tenth of the way into a long run ends it well before the run would have finished.
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
        public void A_driver_run_with_an_already_cancelled_token_throws_before_doing_the_work()
        {
            Compilation compilation = LongRun();
            TimeSpan full = Time(() => Batch.Run(compilation, TestContext.Current.CancellationToken));

            using var cancelled = new CancellationTokenSource();
            cancelled.Cancel();
            var watch = Stopwatch.StartNew();
            Assert.ThrowsAny<OperationCanceledException>(() => GeneratorHarness.CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out _, out _, cancelled.Token));
            watch.Stop();

            Assert.True(full > TimeSpan.FromMilliseconds(200), "the long run took only " + full.TotalMilliseconds + " ms: too short to tell cancellation from completion");
            Assert.True(watch.Elapsed < full / 10, "the cancelled run took " + watch.Elapsed.TotalMilliseconds + " ms; the full run " + full.TotalMilliseconds + " ms");
        }

        [Fact]
        public void A_token_cancelled_during_a_long_run_stops_it_well_before_the_end()
        {
            Compilation compilation = LongRun();
            Batch.Run(LongRun(), TestContext.Current.CancellationToken); // warm the code paths, so the timed run is the steady state
            TimeSpan full = Time(() => Batch.Run(compilation, TestContext.Current.CancellationToken));
            Assert.True(full > TimeSpan.FromMilliseconds(300), "the long run took only " + full.TotalMilliseconds + " ms: too short to tell cancellation from completion");

            using var source = new CancellationTokenSource(full / 10);
            var watch = Stopwatch.StartNew();
            Assert.ThrowsAny<OperationCanceledException>(() => GeneratorHarness.CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out _, out _, source.Token));
            watch.Stop();

            Assert.True(watch.Elapsed < full / 2, "cancelled after " + (full / 10).TotalMilliseconds + " ms, the run still took " + watch.Elapsed.TotalMilliseconds + " ms of the full " + full.TotalMilliseconds + " ms");
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

        private static TimeSpan Time(Action action)
        {
            var watch = Stopwatch.StartNew();
            action();
            return watch.Elapsed;
        }

        private static TimeSpan Time<T>(Func<T> action) => Time(() => { action(); });
    }
}
