using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Activations.Generator.Symbolic;
using Activations.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Activations.Generator.Tests.Robustness
{
    /// <summary>
    /// The compiler (and the IDE even more) runs one generator instance over many compilations at once. Concurrent runs —
    /// 24 different compilations on drivers sharing one <see cref="ActivationGenerator"/>, each thread in its own culture,
    /// and one driver over one compilation many times — give exactly the sequential results, as does the symbolic core.
    /// </summary>
    public sealed class ThreadSafetyTests
    {
        private const int Compilations = 24;

        private static readonly string[] CultureNames = { "", "de-DE", "tr-TR", "fa-IR" };

        /// <summary>Compilation i: a dozen fuzz methods (valid and invalid) of its own.</summary>
        private static Compilation CompilationNumber(int i)
        {
            var random = new Random(5_0400 + i);
            IReadOnlyList<FuzzInput> corpus = FuzzCorpus.All;
            var declarations = Enumerable.Range(0, 12).Select(k =>
            {
                // Mostly valid grammar output, some inputs of every other family.
                FuzzInput input = k % 3 == 0 ? corpus[random.Next(corpus.Count)] : new FuzzInput("grammar", FuzzCorpus.ValidExpression(random, 1 + random.Next(4), FuzzCorpus.Parameters), Expected.Valid);
                string type = random.Next(2) == 0 ? "float" : "double";
                return ("public static partial " + type + " {0}(" + type + " x, " + type + " alpha, " + type + " beta = 1);", input.Expression, Batch.Literal(input.Expression, (LiteralForm)random.Next(3), random), (object?)null);
            });
            return Batch.Create("Concurrent" + i.ToString(CultureInfo.InvariantCulture) + ".cs", "Concurrent" + i.ToString(CultureInfo.InvariantCulture), declarations).Compilation();
        }

        [Fact]
        public void Concurrent_runs_over_many_compilations_equal_the_sequential_results()
        {
            Compilation[] compilations = Enumerable.Range(0, Compilations).Select(CompilationNumber).ToArray();
            DeterminismTests.Snapshot[] sequential = compilations.Select(c => DeterminismTests.Snapshot.Of(c, GeneratorHarness.CreateDriver())).ToArray();
            Assert.All(sequential, s => Assert.NotEmpty(s.Sources));
            Assert.Contains(sequential, s => !s.Diagnostics.IsEmpty);

            // One generator instance for every driver, as in a long-lived compiler server or IDE.
            ISourceGenerator shared = new ActivationGenerator().AsSourceGenerator();
            var concurrent = new DeterminismTests.Snapshot[Compilations * 2];
            var failures = OnThreads(16, concurrent.Length, i =>
            {
                string culture = CultureNames[i % CultureNames.Length];
                concurrent[i] = DeterminismTests.InCulture(CultureInfo.GetCultureInfo(culture), () => DeterminismTests.Snapshot.Of(compilations[i % Compilations], Driver(shared)));
            });

            Assert.Empty(failures);
            for (int i = 0; i < concurrent.Length; i++)
            {
                sequential[i % Compilations].AssertSame(concurrent[i], "concurrent run " + i + " (compilation " + (i % Compilations) + ", culture '" + CultureNames[i % CultureNames.Length] + "')");
            }
        }

        [Fact]
        public void One_driver_run_many_times_at_once_on_one_compilation_agrees_with_itself()
        {
            Compilation compilation = CompilationNumber(99);
            GeneratorDriver driver = GeneratorHarness.CreateDriver();
            DeterminismTests.Snapshot sequential = DeterminismTests.Snapshot.Of(compilation, driver);

            // A driver is immutable: running the same instance from many threads is allowed and must not interfere.
            DeterminismTests.Snapshot[] results = new DeterminismTests.Snapshot[16];
            Assert.Empty(OnThreads(16, results.Length, i => results[i] = DeterminismTests.Snapshot.Of(compilation, driver)));

            Assert.All(results, r => sequential.AssertSame(r, "a concurrent run of one driver"));
        }

        [Fact]
        public void The_symbolic_core_derives_concurrently_exactly_as_sequentially()
        {
            CancellationToken cancellationToken = TestContext.Current.CancellationToken;
            FuzzInput[] inputs = FuzzCorpus.All.Where((_, i) => i % 5 == 0).ToArray();
            string Describe(FuzzInput input)
            {
                Derivation d = Derivation.Derive(input.Expression, FuzzCorpus.Parameters, cancellationToken);
                return d.Success
                    ? string.Join(" | ", new[] { d.Function, d.Derivative, d.SecondDerivative }.Concat(d.ParameterDerivatives).Select(e => MathPrinter.Format(e))) + " #" + d.Context.NodeCount
                    : string.Join(" | ", d.Errors);
            }

            string[] sequential = inputs.Select(Describe).ToArray();
            string[] concurrent = new string[inputs.Length];
            Parallel.For(0, inputs.Length, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken }, i => concurrent[i] = Describe(inputs[i]));

            Assert.Equal(sequential, concurrent);
        }

        /// <summary>
        /// Runs work(0 … count − 1) on <paramref name="threads"/> dedicated threads that start together (a thread pool on
        /// two cores would run them mostly one after another) and returns what they threw.
        /// </summary>
        private static IReadOnlyCollection<Exception> OnThreads(int threads, int count, Action<int> work)
        {
            var failures = new ConcurrentQueue<Exception>();
            using var start = new ManualResetEventSlim(false);
            Thread[] pool = Enumerable.Range(0, threads).Select(t => new Thread(() =>
            {
                start.Wait();
                for (int i = t; i < count; i += threads)
                {
                    try
                    {
                        work(i);
                    }
                    catch (Exception ex)
                    {
                        failures.Enqueue(ex);
                    }
                }
            })).ToArray();
            foreach (Thread thread in pool)
            {
                thread.Start();
            }

            start.Set();
            foreach (Thread thread in pool)
            {
                thread.Join();
            }

            return failures;
        }

        private static GeneratorDriver Driver(ISourceGenerator generator)
            => CSharpGeneratorDriver.Create(
                new[] { generator },
                additionalTexts: null,
                parseOptions: GeneratorHarness.ParseOptions,
                optionsProvider: null,
                driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
    }
}
