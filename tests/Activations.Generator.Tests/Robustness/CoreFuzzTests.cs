using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Activations.Generator.Diagnostics;
using Activations.Generator.Emit;
using Activations.Generator.Extraction;
using Activations.Generator.Parsing;
using Activations.Generator.Symbolic;
using Xunit;

namespace Activations.Generator.Tests.Robustness
{
    /// <summary>
    /// The pure core on every input of <see cref="FuzzCorpus"/> (over 10,000): <see cref="Derivation.Derive"/> never throws;
    /// a failure always carries at least one ACT error whose span lies inside the expression; grammar-built expressions
    /// always succeed and inputs broken by construction always fail; and <see cref="ActivationBuilder"/>, which emits the
    /// file, never turns an input into the internal-error diagnostic ACT0099.
    /// </summary>
    public sealed class CoreFuzzTests
    {
        /// <summary>Ids an expression can produce; the others are about the declaration.</summary>
        private static readonly HashSet<string> ExpressionIds = new HashSet<string>
        {
            DiagnosticCatalog.SyntaxError.Id, DiagnosticCatalog.UnknownIdentifier.Id, DiagnosticCatalog.UnknownFunction.Id,
            DiagnosticCatalog.WrongArgumentCount.Id, DiagnosticCatalog.EmptyExpression.Id, DiagnosticCatalog.TypeMismatch.Id,
            DiagnosticCatalog.InvalidNumber.Id, DiagnosticCatalog.TooComplex.Id,
        };

        [Fact]
        public void The_corpus_has_every_family_and_over_ten_thousand_inputs()
        {
            IReadOnlyList<FuzzInput> corpus = FuzzCorpus.All;

            Assert.True(corpus.Count >= 10_000, "only " + corpus.Count + " fuzz inputs");
            string[] families = { "blank", "number", "number in an expression", "token soup", "grammar", "truncated", "mutated", "unicode identifier", "long identifier", "over-long identifier", "foreign character", "unicode call" };
            foreach (string family in families)
            {
                Assert.True(corpus.Count(i => i.Family == family) > 0, "no '" + family + "' inputs");
            }

            Assert.Contains(corpus, i => i.Expression is null);
            Assert.Contains(corpus, i => i.Expression == "1e999");
            Assert.Contains(corpus, i => i.Expression == "1e-999");
            Assert.Contains(corpus, i => i.Expression == "0x10");
            Assert.Contains(corpus, i => i.Expression == "1_000");

            // Built the same way every run: a failure names an input the next run produces again.
            Assert.Equal(corpus.Select(i => i.Expression), FuzzCorpusAgain());
        }

        [Fact]
        public void Derive_never_throws_and_every_failure_is_reported_inside_the_expression()
        {
            CancellationToken cancellationToken = TestContext.Current.CancellationToken;
            var failures = new Failures();
            var outcomes = new Dictionary<(string Family, bool Success), int>();
            foreach (FuzzInput input in FuzzCorpus.All)
            {
                Derivation derivation;
                try
                {
                    derivation = Derivation.Derive(input.Expression, FuzzCorpus.Parameters, cancellationToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    failures.Add(input, "Derive threw " + ex.GetType().Name + ": " + ex.Message);
                    continue;
                }

                outcomes[(input.Family, derivation.Success)] = outcomes.TryGetValue((input.Family, derivation.Success), out int n) ? n + 1 : 1;
                CheckDerivation(input, derivation, failures);
            }

            failures.AssertNone();

            // The mutations really produce both outcomes, so the fuzz is not trivially all-valid or all-invalid.
            foreach (string family in new[] { "mutated", "truncated", "token soup" })
            {
                Assert.True(outcomes.GetValueOrDefault((family, true)) > 0 && outcomes.GetValueOrDefault((family, false)) > 0, family + " inputs were all one outcome: " + string.Join(", ", outcomes));
            }
        }

        [Fact]
        public void The_builder_emits_every_valid_input_and_reports_every_invalid_one_without_an_internal_error()
        {
            // ActivationBuilder is what the pipeline runs: derive, map errors, emit. It converts any exception into ACT0099,
            // so an ACT0099 here is a crash the driver would have hidden.
            CancellationToken cancellationToken = TestContext.Current.CancellationToken;
            var failures = new Failures();
            int emitted = 0;
            // A null expression never reaches the builder on its own: extraction reports it (ACT0014, see DriverFuzzTests).
            foreach (FuzzInput input in FuzzCorpus.All.Where((input, i) => i % 3 == 0 && input.Expression is not null))
            {
                foreach (NumericType type in new[] { NumericType.Single, NumericType.Double })
                {
                    GeneratedActivation result = ActivationBuilder.Build(Model(input.Expression, type), cancellationToken);
                    bool valid = Derivation.Derive(input.Expression, FuzzCorpus.Parameters, cancellationToken).Success;
                    if (result.Diagnostics.Any(d => d.Id == DiagnosticCatalog.InternalError.Id))
                    {
                        failures.Add(input, "ACT0099 from the builder (" + type + "): " + string.Join("; ", result.Diagnostics.Select(d => string.Join(", ", d.Arguments))));
                    }
                    else if (valid && (result.Source is null || result.Diagnostics.Count > 0))
                    {
                        failures.Add(input, "a valid expression produced no source (" + type + ")");
                    }
                    else if (!valid && (result.Source is not null || result.Diagnostics.Count == 0 || result.Diagnostics.Any(d => !ExpressionIds.Contains(d.Id))))
                    {
                        failures.Add(input, "an invalid expression was not reported as an expression error (" + type + "): " + string.Join(", ", result.Diagnostics.Select(d => d.Id)));
                    }
                    else if (valid)
                    {
                        emitted++;
                    }
                }
            }

            failures.AssertNone();
            Assert.True(emitted > 1_000, "only " + emitted + " files were emitted");
        }

        private static void CheckDerivation(FuzzInput input, Derivation derivation, Failures failures)
        {
            int length = input.Expression?.Length ?? 0;
            if (derivation.Success != (derivation.Errors.Count == 0))
            {
                failures.Add(input, "Success disagrees with the error list");
            }

            foreach (ExpressionError error in derivation.Errors)
            {
                if (!ExpressionIds.Contains(error.Id))
                {
                    failures.Add(input, "error id " + error.Id + " is not an expression diagnostic: " + error);
                }

                // Spans index the expression: 0 ≤ start ≤ start + length ≤ expression.Length.
                if (error.Span.Start < 0 || error.Span.Length < 0 || error.Span.End > length)
                {
                    failures.Add(input, "span " + error.Span + " is outside the expression of length " + length + ": " + error);
                }

                string message = error.Message;
                if (string.IsNullOrWhiteSpace(message) || message.Contains("{0}", StringComparison.Ordinal) || message.Contains("{1}", StringComparison.Ordinal))
                {
                    failures.Add(input, "unformatted or empty message: '" + message + "'");
                }
            }

            if (input.Expected == Expected.Valid && !derivation.Success)
            {
                failures.Add(input, "a grammar-built expression failed: " + string.Join("; ", derivation.Errors));
            }

            if (input.Expected == Expected.Invalid && derivation.Success)
            {
                failures.Add(input, "an input broken by construction derived without errors");
            }

            if (derivation.Success)
            {
                // Every output exists and evaluates (NaN and infinities are fine, exceptions are not).
                try
                {
                    Expr[] outputs = new[] { derivation.Function, derivation.Derivative, derivation.SecondDerivative }.Concat(derivation.ParameterDerivatives).ToArray();
                    if (outputs.Length != FuzzCorpus.Parameters.Length + 2)
                    {
                        failures.Add(input, outputs.Length + " outputs");
                    }

                    var evaluator = new Evaluator(outputs);
                    foreach (double x in new[] { -3.5, 0, 0.75, double.NaN })
                    {
                        evaluator.Evaluate(new[] { x, 1.25, -0.5 });
                    }
                }
                catch (Exception ex)
                {
                    failures.Add(input, "evaluating the derivation threw " + ex.GetType().Name + ": " + ex.Message);
                }
            }
        }

        internal static ActivationMethodModel Model(string? expression, NumericType type)
        {
            var declaration = new ActivationDeclaration(
                "Demo",
                new EquatableArray<ContainingType>(new[] { new ContainingType("class", "Holder") }),
                "F",
                "public",
                type,
                new EquatableArray<ActivationParameter>(FuzzCorpus.Parameters.Select(p => new ActivationParameter(p, p, null))),
                false);
            return new ActivationMethodModel("F", declaration, expression, null, null, EquatableArray<DiagnosticInfo>.Empty);
        }

        private static IEnumerable<string?> FuzzCorpusAgain()
        {
            // The corpus is built in a static initialiser; building it again through the same code must give the same inputs.
            var type = typeof(FuzzCorpus);
            var build = type.GetMethod("Build", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;
            return ((IReadOnlyList<FuzzInput>)build.Invoke(null, null)!).Select(i => i.Expression);
        }

        /// <summary>Collects failures over the whole corpus and reports the first few with their inputs.</summary>
        internal sealed class Failures
        {
            private readonly List<string> _messages = new List<string>();
            private int _count;

            public void Add(object input, string message)
            {
                if (++_count <= 15)
                {
                    _messages.Add(input + "\n    " + message);
                }
            }

            public void AssertNone() => Assert.True(_count == 0, _count + " failures; the first:\n" + string.Join("\n", _messages));
        }
    }
}
