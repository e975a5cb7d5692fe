using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using Activations.Generator.Diagnostics;
using Activations.Generator.Symbolic;
using Activations.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace Activations.Generator.Tests.Robustness
{
    /// <summary>
    /// The fuzz corpus through the real Roslyn driver, a few hundred methods per compilation: the generator never throws
    /// and never causes CS8785; every invalid expression gets at least one ACT error located strictly inside its string
    /// literal (whatever the literal's form: escapes, verbatim, raw), with a line and column that agree with the span;
    /// every valid one gets its file, and valid ones compile with no error or warning.
    /// </summary>
    public sealed class DriverFuzzTests
    {
        private const int MethodsPerCompilation = 250;

        /// <summary>
        /// Parameter names that are legal in C# and in the DSL but awkward for a code generator: keywords (written with @),
        /// contextual keywords, the names of generated locals (t0, xVector, derivative), shadowed constants and functions,
        /// non-Latin letters, and the names of the namespace and type around the method.
        /// </summary>
        private static readonly string[] AwkwardNames =
        {
            "x", "alpha", "t0", "t1", "t0_", "t2", "value", "var", "dynamic", "@class", "@float", "@return", "@this", "@double", "global",
            "xVector", "alphaVector", "derivative", "derivative_", "e", "pi", "exp", "sigmoid", "max", "clamp", "β", "λ", "Ω", "ñ", "中",
            "_", "__", "x1", "Holder", "Fuzz", "Activations", "System", "Vector", "Math", "MathF", "Single", "Kernel", "M0", "@partial",
            "nameof", "@static", "async", "await", "record", "scoped", "file", "required", "field", "args",
        };

        [Fact]
        public void Every_invalid_expression_is_an_ACT_error_inside_its_literal_and_every_valid_one_gets_a_file()
        {
            CancellationToken cancellationToken = TestContext.Current.CancellationToken;
            var random = new Random(5_0101);

            // A meaningful subset: every blank and number, and every ninth input of the other families.
            FuzzInput[] subset = FuzzCorpus.All
                .Where((input, i) => input.Family is "blank" or "number" or "number in an expression" || i % 9 == 0)
                .ToArray();
            Assert.True(subset.Length > 1_000, subset.Length + " inputs");

            var failures = new CoreFuzzTests.Failures();
            int invalid = 0, valid = 0;
            for (int start = 0; start < subset.Length; start += MethodsPerCompilation)
            {
                string ns = "Fuzz" + start.ToString(CultureInfo.InvariantCulture);
                var declarations = subset.Skip(start).Take(MethodsPerCompilation).Select((input, k) =>
                {
                    string type = k % 2 == 0 ? "float" : "double";
                    string literal = Batch.Literal(input.Expression, (LiteralForm)random.Next(3), random);
                    return ("public static partial " + type + " {0}(" + type + " x, " + type + " alpha, " + type + " beta);", input.Expression, literal, (object?)input);
                });
                Batch batch = Batch.Create("Fuzz.cs", ns, declarations);
                Compilation compilation = batch.Compilation();
                SyntaxTree tree = compilation.SyntaxTrees.Single();
                (GeneratorRunResult result, ImmutableArray<Diagnostic> diagnostics, Compilation _) = Batch.Run(compilation, cancellationToken);
                var byMethod = new Dictionary<string, List<Diagnostic>>();
                foreach (Diagnostic diagnostic in diagnostics)
                {
                    BatchMethod? method = batch.MethodAt(diagnostic.Location.SourceSpan);
                    if (method is null || diagnostic.Location.GetLineSpan().Path != batch.Path)
                    {
                        failures.Add(diagnostic, "a diagnostic outside every literal");
                        continue;
                    }

                    (byMethod.TryGetValue(method.Name, out List<Diagnostic>? list) ? list : byMethod[method.Name] = new List<Diagnostic>()).Add(diagnostic);
                }

                string[] hintNames = result.GeneratedSources.Select(s => s.HintName).ToArray();
                for (int k = 0; k < batch.Methods.Count; k++)
                {
                    BatchMethod method = batch.Methods[k];
                    var input = (FuzzInput)method.Tag!;
                    string context = input + "\n    as " + Trim(method.Literal);
                    bool isValid = Derivation.Derive(method.Expression, FuzzCorpus.Parameters, cancellationToken).Success;
                    List<Diagnostic> reported = byMethod.GetValueOrDefault(method.Name) ?? new List<Diagnostic>();
                    string hint = Batch.HintName(ns, method.Name, k % 2 == 0 ? "Single" : "Double", 3);
                    if (isValid)
                    {
                        valid++;
                        if (reported.Count > 0 || !hintNames.Contains(hint))
                        {
                            failures.Add(context, "valid, yet " + reported.Count + " diagnostics (" + string.Join(", ", reported.Select(d => d.Id)) + ") and " + (hintNames.Contains(hint) ? "a file" : "no file"));
                        }

                        continue;
                    }

                    invalid++;
                    if (reported.Count == 0 || hintNames.Contains(hint))
                    {
                        failures.Add(context, "invalid, yet no diagnostic or a generated file");
                        continue;
                    }

                    foreach (Diagnostic diagnostic in reported)
                    {
                        CheckExpressionDiagnostic(batch, tree, method, diagnostic, context, failures);
                    }
                }
            }

            failures.AssertNone();
            Assert.True(invalid > 500 && valid > 200, invalid + " invalid and " + valid + " valid inputs went through the driver");
        }

        [Fact]
        public void Valid_expressions_with_awkward_declarations_compile_without_errors_or_warnings()
        {
            CancellationToken cancellationToken = TestContext.Current.CancellationToken;
            var random = new Random(5_0102);
            var declarations = new List<(string Declaration, string? Expression, string Argument, object? Tag)>();
            for (int i = 0; i < 64; i++)
            {
                string type = i % 2 == 0 ? "float" : "double";
                int count = 1 + random.Next(4);
                string[] names = AwkwardNames.OrderBy(_ => random.Next()).Take(count).ToArray();
                string[] dslNames = names.Select(n => n.TrimStart('@')).ToArray();
                string expression = FuzzCorpus.ValidExpression(random, 1 + random.Next(4), dslNames);
                int firstOptional = 1 + random.Next(count + 1);
                string parameters = string.Join(", ", names.Select((n, k) => type + " " + n + (k >= firstOptional ? " = " + DefaultValue(random, type) : string.Empty)));
                string literal = Batch.Literal(expression, (LiteralForm)random.Next(3), random);
                declarations.Add(((random.Next(2) == 0 ? "public" : "internal") + " static partial " + type + " {0}(" + parameters + ");", expression, literal, expression));
            }

            Batch batch = Batch.Create("Awkward.cs", "Fuzz", declarations);
            GeneratorRun run = GeneratorHarness.Run(batch.Compilation());

            Assert.True(run.GeneratorDiagnostics.IsEmpty, GeneratorHarness.Describe(run.GeneratorDiagnostics));
            Assert.Equal(batch.Methods.Count, run.GeneratedSources.Length);
            Diagnostic[] problems = run.OutputDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToArray();
            Assert.True(problems.Length == 0, problems.Length + " errors or warnings (" + string.Join(", ", problems.GroupBy(d => d.Id).Select(g => g.Key + " ×" + g.Count())) + "); the first of each:\n" + string.Join("\n", problems.GroupBy(d => d.Id).Select(g => g.First()).Select(d => d + "\n    in " + Context(run, d))));
        }

        [Fact]
        public void Attribute_arguments_that_are_not_constant_strings_are_ACT0014_and_constants_of_other_forms_work()
        {
            // (argument as written, expected id or null when it is a valid expression). The argument is placed after
            // "[Activation" so that the missing-argument forms can be written too.
            var cases = new (string Argument, string? Id)[]
            {
                (string.Empty, "ACT0014"),
                ("()", "ACT0014"),
                ("(null)", "ACT0014"),
                ("(default)", "ACT0014"),
                ("(default(string))", "ACT0014"),
                ("((string)null)", "ACT0014"),
                ("(Holder.Field)", "ACT0014"),
                ("(Holder.ReadOnlyField)", "ACT0014"),
                ("(Holder.Property)", "ACT0014"),
                ("(Holder.Method())", "ACT0014"),
                ("(1)", "ACT0014"),
                ("(1.5f)", "ACT0014"),
                ("('x')", "ACT0014"),
                ("(typeof(int))", "ACT0014"),
                ("(\"x\" + 1)", "ACT0014"),
                ("(\"x\"u8)", "ACT0014"),
                ("(\"x\", \"y\")", "ACT0014"),
                ("(expression: null)", "ACT0014"),
                ("(Nope)", "ACT0014"),
                ("(\"x\" + )", "ACT0014"),
                ("(Holder.Constant)", null),
                ("(Holder.Constant + \" * 2\")", null),
                ("(\"x\" + \" * \" + \"x\")", null),
                ("(true ? \"x\" : \"y\")", null),
                ("($\"x * {Holder.Constant}\")", null),
                ("(expression: \"x\")", null),
                ("(nameof(x))", null),
                ("(\"\"\"\n            x * x\n            \"\"\")", null),
                ("(Holder.Constant + \" * gamma\")", "ACT0002"),
                ("(nameof(Holder))", "ACT0002"),
            };

            CancellationToken cancellationToken = TestContext.Current.CancellationToken;
            var failures = new CoreFuzzTests.Failures();
            var text = new System.Text.StringBuilder("using Activations;\n\nnamespace Fuzz\n{\n    /// <summary>Holder.</summary>\n    public static partial class Holder\n    {\n");
            text.Append("        internal const string Constant = \"x\";\n        internal static string Field = \"x\";\n        internal static readonly string ReadOnlyField = \"x\";\n");
            text.Append("        internal static string Property => \"x\";\n        internal static string Method() => \"x\";\n");
            for (int i = 0; i < cases.Length; i++)
            {
                text.Append("\n        /// <summary>M.</summary>\n        [Activation").Append(cases[i].Argument).Append("]\n        public static partial float M").Append(i.ToString(CultureInfo.InvariantCulture)).Append("(float x);\n");
            }

            text.Append("    }\n}\n");
            Compilation compilation = GeneratorHarness.CreateCompilation(("Arguments.cs", text.ToString()));
            (GeneratorRunResult result, ImmutableArray<Diagnostic> diagnostics, Compilation _) = Batch.Run(compilation, cancellationToken);

            SyntaxNode root = compilation.SyntaxTrees.Single().GetRoot(cancellationToken);
            var attributes = root.DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.AttributeSyntax>().ToArray();
            Assert.Equal(cases.Length, attributes.Length);
            for (int i = 0; i < cases.Length; i++)
            {
                (string argument, string? id) = cases[i];
                TextSpan attribute = attributes[i].Span;
                Diagnostic[] mine = diagnostics.Where(d => attribute.Contains(d.Location.SourceSpan)).ToArray();
                string hint = Batch.HintName("Fuzz", "M" + i.ToString(CultureInfo.InvariantCulture), "Single", 1);
                bool generated = result.GeneratedSources.Any(s => s.HintName == hint);
                if (id is null && (mine.Length > 0 || !generated))
                {
                    failures.Add("[Activation" + argument + "]", "expected a valid expression; got " + string.Join(", ", mine.Select(d => d.Id)) + (generated ? string.Empty : " and no file"));
                }
                else if (id is not null && (generated || !mine.Any(d => d.Id == id) || mine.Any(d => !d.Id.StartsWith("ACT", StringComparison.Ordinal))))
                {
                    failures.Add("[Activation" + argument + "]", "expected " + id + " inside the attribute; got " + string.Join(", ", mine.Select(d => d.Id)) + (generated ? " and a file" : string.Empty));
                }
            }

            // Every diagnostic belongs to one of the attributes.
            foreach (Diagnostic diagnostic in diagnostics)
            {
                if (!attributes.Any(a => a.Span.Contains(diagnostic.Location.SourceSpan)))
                {
                    failures.Add(diagnostic, "outside every attribute");
                }
            }

            failures.AssertNone();
        }

        /// <summary>An expression diagnostic: an ACT error strictly inside the literal (an empty span between the quotes for an empty expression), with a matching line and column.</summary>
        private static void CheckExpressionDiagnostic(Batch batch, SyntaxTree tree, BatchMethod method, Diagnostic diagnostic, string context, CoreFuzzTests.Failures failures)
        {
            TextSpan span = diagnostic.Location.SourceSpan;
            if (!diagnostic.Id.StartsWith("ACT", StringComparison.Ordinal) || diagnostic.Id == DiagnosticCatalog.InternalError.Id || diagnostic.Severity != DiagnosticSeverity.Error)
            {
                failures.Add(context, "unexpected diagnostic " + diagnostic);
                return;
            }

            if (method.Expression is null)
            {
                // A null literal is not a string: the whole argument.
                if (diagnostic.Id != DiagnosticCatalog.InvalidAttributeArgument.Id || span != TextSpan.FromBounds(method.LiteralStart, method.LiteralEnd))
                {
                    failures.Add(context, "null: expected ACT0014 at the argument, got " + diagnostic);
                }

                return;
            }

            TextSpan inside = method.Inside;
            if (span.Start < inside.Start || span.End > inside.End)
            {
                failures.Add(context, diagnostic.Id + " at " + span + " is not inside the literal's text " + inside + ": '" + Trim(batch.Text.Substring(span.Start, span.Length)) + "'");
                return;
            }

            FileLinePositionSpan expected = tree.GetLineSpan(span);
            if (!expected.Span.Equals(diagnostic.Location.GetLineSpan().Span))
            {
                failures.Add(context, diagnostic.Id + ": line span " + diagnostic.Location.GetLineSpan().Span + " disagrees with the text span (" + expected.Span + ")");
            }
        }

        private static string DefaultValue(Random random, string type)
        {
            string[] common = { "0", "1", "-2", "default" };
            string[] single = { "0.1f", "-0.0f", "1e30f", "float.Epsilon", "float.MaxValue", "float.NaN", "float.PositiveInfinity", "-float.MaxValue", "3.4028235E+38f", "1e-45f", "(float)0.1", "'a'" };
            string[] @double = { "0.1", "-0.0", "1e-3", "double.Epsilon", "double.MaxValue", "double.NaN", "double.NegativeInfinity", "1e-320", "2.5e300", "0.1f", "float.MaxValue", "1L << 60" };
            string[] specific = type == "float" ? single : @double;
            return random.Next(2) == 0 ? common[random.Next(common.Length)] : specific[random.Next(specific.Length)];
        }

        private static string Context(GeneratorRun run, Diagnostic diagnostic)
        {
            SyntaxTree? tree = diagnostic.Location.SourceTree;
            if (tree is null)
            {
                return "(no location)";
            }

            TextLine line = tree.GetText().Lines.GetLineFromPosition(diagnostic.Location.SourceSpan.Start);
            return tree.FilePath + ": " + Trim(line.ToString().Trim());
        }

        private static string Trim(string text) => text.Length > 200 ? text.Substring(0, 200) + "…" : text;
    }
}
