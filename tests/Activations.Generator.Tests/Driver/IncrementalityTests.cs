using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Reflection;
using Activations.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace Activations.Generator.Tests.Driver
{
    /// <summary>
    /// The pipeline's named steps (<see cref="TrackingNames"/>) must not redo work the compiler already did: a second
    /// run, an unrelated new file and an edit elsewhere leave every step Cached or Unchanged; changing the expression
    /// regenerates. And the output is byte-identical from run to run, whatever the current culture.
    /// </summary>
    public sealed class IncrementalityTests
    {
        private static readonly string[] OurSteps = { TrackingNames.Extract, TrackingNames.Build };

        private const string ActivationsFile = """
            using Activations;

            namespace Demo
            {
                /// <summary>Holder.</summary>
                public static partial class Acts
                {
                    [Activation("x * sigmoid(beta * x)")]
                    public static partial float Swish(float x, float beta = 1f);

                    [Activation("x > 0 ? x : alpha * expm1(x)")]
                    public static partial double Elu(double x, double alpha = 1.0);
                }
            }
            """;

        private const string OtherFile = """
            namespace Demo
            {
                /// <summary>Unrelated code.</summary>
                public static class Other
                {
                    /// <summary>Unrelated.</summary>
                    public static int Answer() => 42;
                }
            }
            """;

        [Fact]
        public void Second_run_on_a_cloned_compilation_is_fully_cached()
        {
            Compilation compilation = GeneratorHarness.CreateCompilation(("Acts.cs", ActivationsFile), ("Other.cs", OtherFile));
            GeneratorRun first = GeneratorHarness.Run(compilation);
            GeneratorHarness.AssertCompilesCleanly(first);
            AssertStepReasons(first.Result, IncrementalStepRunReason.New);

            GeneratorRun second = GeneratorHarness.Run(first.Driver, compilation.Clone());

            AssertAllCachedOrUnchanged(second.Result);
            AssertSameSources(first, second);
        }

        [Fact]
        public void Adding_an_unrelated_file_leaves_our_steps_cached()
        {
            Compilation compilation = GeneratorHarness.CreateCompilation(("Acts.cs", ActivationsFile), ("Other.cs", OtherFile));
            GeneratorRun first = GeneratorHarness.Run(compilation);

            SyntaxTree added = GeneratorHarness.ParseTree("namespace Demo { internal static class Added { internal const int One = 1; } }", "Added.cs");
            GeneratorRun second = GeneratorHarness.Run(first.Driver, compilation.AddSyntaxTrees(added));

            AssertAllCachedOrUnchanged(second.Result);
            AssertSameSources(first, second);
        }

        [Fact]
        public void Editing_an_unrelated_file_leaves_our_steps_cached()
        {
            Compilation compilation = GeneratorHarness.CreateCompilation(("Acts.cs", ActivationsFile), ("Other.cs", OtherFile));
            GeneratorRun first = GeneratorHarness.Run(compilation);

            SyntaxTree other = compilation.SyntaxTrees.Single(t => t.FilePath == "Other.cs");
            SyntaxTree edited = other.WithChangedText(other.GetText(TestContext.Current.CancellationToken).Replace(OtherFile.IndexOf("42", StringComparison.Ordinal), 2, "43"));
            GeneratorRun second = GeneratorHarness.Run(first.Driver, compilation.ReplaceSyntaxTree(other, edited));

            AssertAllCachedOrUnchanged(second.Result);
            AssertSameSources(first, second);
        }

        [Fact]
        public void Editing_a_comment_elsewhere_in_the_same_file_leaves_the_output_unchanged()
        {
            // The method's position does not move, so neither the model nor the output may change.
            string withComment = ActivationsFile.Replace("/// <summary>Holder.</summary>", "/// <summary>Holder!</summary>", StringComparison.Ordinal);
            Compilation compilation = GeneratorHarness.CreateCompilation(("Acts.cs", ActivationsFile));
            GeneratorRun first = GeneratorHarness.Run(compilation);

            SyntaxTree tree = compilation.SyntaxTrees.Single();
            GeneratorRun second = GeneratorHarness.Run(first.Driver, compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(SourceText.From(withComment))));

            AssertAllCachedOrUnchanged(second.Result);
            AssertSameSources(first, second);
        }

        [Fact]
        public void Moving_the_method_down_keeps_the_output_but_moves_its_diagnostics()
        {
            // Locations live in the model, so a shifted declaration must re-extract (or errors would point at stale
            // places), yet the generated text for a valid method must stay the same.
            const string invalid = """
                using Activations;

                namespace Demo
                {
                    /// <summary>Holder.</summary>
                    public static partial class Acts
                    {
                        [Activation("x * gamma")]
                        public static partial float Bad(float x);

                        [Activation("x * sigmoid(x)")]
                        public static partial float Good(float x);
                    }
                }
                """;
            Compilation compilation = GeneratorHarness.CreateCompilation(("Acts.cs", invalid));
            GeneratorRun first = GeneratorHarness.Run(compilation);
            int before = Assert.Single(first.GeneratorDiagnostics).Location.SourceSpan.Start;

            string shifted = invalid.Replace("namespace Demo\n{", "namespace Demo\n{\n    // moved down\n", StringComparison.Ordinal);
            Assert.NotEqual(invalid, shifted);
            SyntaxTree tree = compilation.SyntaxTrees.Single();
            GeneratorRun second = GeneratorHarness.Run(first.Driver, compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(SourceText.From(shifted))));

            Diagnostic moved = Assert.Single(second.GeneratorDiagnostics);
            Assert.Equal(before + (shifted.Length - invalid.Length), moved.Location.SourceSpan.Start);
            Assert.Equal(shifted.IndexOf("gamma", StringComparison.Ordinal), moved.Location.SourceSpan.Start);
            AssertSameSources(first, second);

            // The valid method's build output is equal to the previous one even though its extracted model moved.
            (object _, IncrementalStepRunReason goodReason) = Assert.Single(
                Outputs(second.Result, TrackingNames.Build),
                o => o.Value.ToString()!.Contains("Demo.Acts.Good(Single).g.cs", StringComparison.Ordinal));
            Assert.Equal(IncrementalStepRunReason.Unchanged, goodReason);
        }

        [Fact]
        public void Changing_the_expression_regenerates()
        {
            Compilation compilation = GeneratorHarness.CreateCompilation(("Acts.cs", ActivationsFile), ("Other.cs", OtherFile));
            GeneratorRun first = GeneratorHarness.Run(compilation);

            SyntaxTree tree = compilation.SyntaxTrees.Single(t => t.FilePath == "Acts.cs");
            string changed = ActivationsFile.Replace("x * sigmoid(beta * x)", "x * tanh(beta * x)", StringComparison.Ordinal);
            GeneratorRun second = GeneratorHarness.Run(first.Driver, compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(SourceText.From(changed))));
            GeneratorHarness.AssertCompilesCleanly(second);

            const string swishHint = "Demo.Acts.Swish(Single,Single).g.cs";
            const string eluHint = "Demo.Acts.Elu(Double,Double).g.cs";
            Assert.Contains(Outputs(second.Result, TrackingNames.Build), o => o.Reason == IncrementalStepRunReason.Modified);
            Assert.NotEqual(first.SourceFor(swishHint), second.SourceFor(swishHint));
            Assert.Contains("global::System.MathF.Tanh", second.SourceFor(swishHint), StringComparison.Ordinal);

            // Elu's declaration did not change, so its build output must not change either.
            Assert.Equal(first.SourceFor(eluHint), second.SourceFor(eluHint));
            Assert.Single(Outputs(second.Result, TrackingNames.Build), o => o.Reason == IncrementalStepRunReason.Modified);
        }

        [Fact]
        public void Removing_the_attribute_removes_the_file()
        {
            Compilation compilation = GeneratorHarness.CreateCompilation(("Acts.cs", ActivationsFile));
            GeneratorRun first = GeneratorHarness.Run(compilation);
            Assert.Equal(2, first.GeneratedSources.Length);

            string without = ActivationsFile.Replace("[Activation(\"x * sigmoid(beta * x)\")]", string.Empty, StringComparison.Ordinal);
            SyntaxTree tree = compilation.SyntaxTrees.Single();
            GeneratorRun second = GeneratorHarness.Run(first.Driver, compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(SourceText.From(without))));

            Assert.Equal("Demo.Acts.Elu(Double,Double).g.cs", Assert.Single(second.GeneratedSources).HintName);
        }

        [Fact]
        public void Pipeline_models_hold_no_roslyn_symbols_nodes_locations_or_compilations()
        {
            // Such objects defeat caching (they are never equal across compilations) and keep old compilations alive.
            GeneratorRun run = GeneratorHarness.Run(GeneratorHarness.CreateCompilation(("Acts.cs", ActivationsFile)));
            GeneratorRun invalid = GeneratorHarness.Run(GeneratorHarness.CreateCompilation(("Bad.cs", ActivationsFile.Replace("beta * x", "beta * $", StringComparison.Ordinal))));

            int checkedObjects = 0;
            foreach (GeneratorRun r in new[] { run, invalid })
            {
                foreach (string step in OurSteps)
                {
                    foreach ((object value, IncrementalStepRunReason _) in Outputs(r.Result, step))
                    {
                        AssertNoBannedTypes(value, step, new HashSet<object>(ReferenceEqualityComparer.Instance));
                        checkedObjects++;
                    }
                }
            }

            Assert.Equal(8, checkedObjects);
        }

        [Fact]
        public void Two_independent_runs_are_byte_identical()
        {
            GeneratorRun first = GeneratorHarness.Run(GeneratorHarness.CreateCompilation(("Acts.cs", ActivationsFile)));
            GeneratorRun second = GeneratorHarness.Run(GeneratorHarness.CreateCompilation(("Acts.cs", ActivationsFile)));

            Assert.Equal(2, first.GeneratedSources.Length);
            AssertSameSources(first, second);
        }

        [Theory]
        [InlineData("de-DE")]
        [InlineData("tr-TR")]
        [InlineData("ar-SA")]
        public void Output_does_not_depend_on_the_current_culture(string cultureName)
        {
            // de-DE writes 0,5; tr-TR upper-cases 'i' to 'İ' (intensity → İntensity); ar-SA has its own digits and signs.
            const string source = """
                using Activations;

                namespace Demo
                {
                    /// <summary>Holder.</summary>
                    public static partial class Acts
                    {
                        [Activation("intensity * x * 0.5 + 1e-3 * sigmoid(-1.25 * x)")]
                        public static partial float Curve(float x, float intensity = 0.01f);

                        [Activation("max(x, -0.25 * x) ^ 1.5")]
                        public static partial double Pow(double x);
                    }
                }
                """;
            var culture = new CultureInfo(cultureName);
            Assert.False(culture.NumberFormat.NumberDecimalSeparator == "." && culture.TextInfo.ToUpper('i') == 'I', cultureName + " is not a distinct culture here (invariant globalization?)");

            GeneratorRun invariant = RunInCulture(CultureInfo.InvariantCulture, source);
            GeneratorRun local = RunInCulture(culture, source);

            GeneratorHarness.AssertCompilesCleanly(local);
            AssertSameSources(invariant, local);
            string curve = local.SourceFor("Demo.Acts.Curve(Single,Single).g.cs");
            Assert.Contains("CurveDerivativeByIntensity(float x, float intensity = 0.01f)", curve, StringComparison.Ordinal);
            Assert.Contains("0.5f", curve, StringComparison.Ordinal);
        }

        private static GeneratorRun RunInCulture(CultureInfo culture, string source)
        {
            CultureInfo savedCulture = CultureInfo.CurrentCulture;
            CultureInfo savedUiCulture = CultureInfo.CurrentUICulture;
            try
            {
                CultureInfo.CurrentCulture = culture;
                CultureInfo.CurrentUICulture = culture;
                return GeneratorHarness.Run(GeneratorHarness.CreateCompilation(("Acts.cs", source)));
            }
            finally
            {
                CultureInfo.CurrentCulture = savedCulture;
                CultureInfo.CurrentUICulture = savedUiCulture;
            }
        }

        private static ImmutableArray<(object Value, IncrementalStepRunReason Reason)> Outputs(GeneratorRunResult result, string step)
        {
            Assert.True(result.TrackedSteps.TryGetValue(step, out ImmutableArray<IncrementalGeneratorRunStep> runs), "Step '" + step + "' was not tracked");
            return runs.SelectMany(r => r.Outputs).ToImmutableArray();
        }

        private static void AssertStepReasons(GeneratorRunResult result, IncrementalStepRunReason expected)
        {
            foreach (string step in OurSteps)
            {
                ImmutableArray<(object Value, IncrementalStepRunReason Reason)> outputs = Outputs(result, step);
                Assert.NotEmpty(outputs);
                Assert.All(outputs, o => Assert.Equal(expected, o.Reason));
            }
        }

        private static void AssertAllCachedOrUnchanged(GeneratorRunResult result)
        {
            foreach (string step in OurSteps)
            {
                ImmutableArray<(object Value, IncrementalStepRunReason Reason)> outputs = Outputs(result, step);
                Assert.Equal(2, outputs.Length);
                Assert.All(outputs, o => Assert.True(
                    o.Reason == IncrementalStepRunReason.Cached || o.Reason == IncrementalStepRunReason.Unchanged,
                    step + " output was " + o.Reason + ": " + o.Value));
            }

            // Nothing downstream of our steps ran either.
            Assert.All(
                result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs),
                o => Assert.True(o.Reason == IncrementalStepRunReason.Cached || o.Reason == IncrementalStepRunReason.Unchanged, "output step was " + o.Reason));
        }

        private static void AssertSameSources(GeneratorRun first, GeneratorRun second)
        {
            Assert.Equal(first.GeneratedSources.Select(s => s.HintName), second.GeneratedSources.Select(s => s.HintName));
            for (int i = 0; i < first.GeneratedSources.Length; i++)
            {
                // Byte-identical, not just equal text: the encoding is part of what the compiler hashes.
                Assert.Equal(first.GeneratedSources[i].SourceText.ToString(), second.GeneratedSources[i].SourceText.ToString());
                Assert.Equal(first.GeneratedSources[i].SourceText.Encoding?.WebName, second.GeneratedSources[i].SourceText.Encoding?.WebName);
                Assert.Equal(first.GeneratedSources[i].SourceText.GetChecksum(), second.GeneratedSources[i].SourceText.GetChecksum());
            }
        }

        private static readonly Type[] BannedTypes =
        {
            typeof(ISymbol), typeof(SyntaxNode), typeof(Location), typeof(Compilation), typeof(SemanticModel), typeof(SyntaxTree), typeof(AttributeData),
        };

        private static void AssertNoBannedTypes(object? value, string path, HashSet<object> seen)
        {
            if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value))
            {
                return;
            }

            Type type = value.GetType();
            Assert.False(BannedTypes.Any(b => b.IsAssignableFrom(type)), path + " holds a " + type.FullName);
            if (value is IEnumerable sequence)
            {
                int i = 0;
                foreach (object? item in sequence)
                {
                    AssertNoBannedTypes(item, path + "[" + i++ + "]", seen);
                }
            }

            for (Type? t = type; t is not null && t != typeof(object); t = t.BaseType)
            {
                foreach (FieldInfo field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                {
                    AssertNoBannedTypes(field.GetValue(value), path + "." + field.Name, seen);
                }
            }
        }
    }
}
