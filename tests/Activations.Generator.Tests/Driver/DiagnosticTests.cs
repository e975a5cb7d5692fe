using System;
using System.Linq;
using Activations.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace Activations.Generator.Tests.Driver
{
    /// <summary>
    /// Every ACT diagnostic through the real driver: its id, and its exact span computed independently from the test
    /// source. Expression errors must point at the offending token inside the string literal; declaration errors at
    /// the declaration part at fault. An invalid declaration never gets generated source.
    /// </summary>
    public sealed class DiagnosticTests
    {
        private const string Signature = "public static partial float F(float x, float beta);";

        /// <summary>(C# literal as written in the attribute, offending token as written in the literal, which occurrence, id).</summary>
        public static TheoryData<string, string, int, string> ExpressionErrors => new TheoryData<string, string, int, string>
        {
            // The issue's own example: the '(' of the call that is never closed.
            { "\"x * (sigmoid(x\"", "(", 1, "ACT0001" },
            { "\"x * (sigmoid(x)\"", "(", 0, "ACT0001" },
            { "\"x +\"", "+", 0, "ACT0001" },
            { "\"x)\"", ")", 0, "ACT0001" },
            { "\"x = 1\"", "=", 0, "ACT0001" },
            { "\"x & x\"", "&", 0, "ACT0001" },
            { "\"x ? 1\"", "1", 0, "ACT0001" },

            // Escapes before the token shift source offsets away from value offsets.
            { @"""\u0078 + $""", "$", 0, "ACT0001" },
            { @"""\x78 * $""", "$", 0, "ACT0001" },
            { @"""x +\t$""", "$", 0, "ACT0001" },
            { @"""\u0078 * \u0079""", @"\u0079", 0, "ACT0002" },

            // An astral character written as one escape becomes two UTF-16 chars; the span covers the whole escape.
            { @"""x * \U0001F600""", @"\U0001F600", 0, "ACT0001" },

            // Verbatim: a doubled quote is one value character spanning two source characters.
            { @"@""x + $""", "$", 0, "ACT0001" },
            { @"@""x + """"""", "\"\"", 0, "ACT0001" },
            { "@\"x +\n            $\"", "$", 0, "ACT0001" },

            // Raw (single line).
            { "\"\"\"x + $\"\"\"", "$", 0, "ACT0001" },

            { "\"x * gamma\"", "gamma", 0, "ACT0002" },
            { "\"x * foo(x)\"", "foo", 0, "ACT0003" },
            { "\"x * max(x)\"", "max(x)", 0, "ACT0004" },
            { "\"clamp(x, 0)\"", "clamp(x, 0)", 0, "ACT0004" },
            { "\"x > 0\"", "x > 0", 0, "ACT0010" },
            { "\"sigmoid(x > 0)\"", "x > 0", 0, "ACT0010" },
            { "\"x ? 1 : 0\"", "x", 0, "ACT0010" },
            { "\"1.5.2 * x\"", "1.5.2", 0, "ACT0011" },
            { "\"2f * x\"", "2f", 0, "ACT0011" },
            { "\"1e999 * x\"", "1e999", 0, "ACT0011" },
        };

        [Theory]
        [MemberData(nameof(ExpressionErrors))]
        public void Expression_error_points_at_the_offending_token_inside_the_literal(string literal, string token, int occurrence, string id)
        {
            string source = Holder("[Activation(" + literal + ")]", Signature);
            TextSpan expected = SpanInLiteral(source, literal, token, occurrence);

            GeneratorRun run = GeneratorHarness.Run(source);

            Diagnostic diagnostic = Assert.Single(run.GeneratorDiagnostics);
            Assert.Equal(id, diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            Assert.Equal(expected, diagnostic.Location.SourceSpan);
            AssertInsideLiteral(run, diagnostic);
            AssertLineSpanMatches(run, diagnostic);
            Assert.Empty(run.GeneratedSources);
        }

        [Fact]
        public void Issue_example_reports_the_column_of_the_unclosed_call()
        {
            const string source = """
                using Activations;

                /// <summary>Holder.</summary>
                public static partial class Holder
                {
                    [Activation("x * (sigmoid(x")]
                    public static partial float F(float x);
                }
                """;

            GeneratorRun run = GeneratorHarness.Run(source);

            Diagnostic diagnostic = Assert.Single(run.GeneratorDiagnostics);
            Assert.Equal("ACT0001", diagnostic.Id);
            FileLinePositionSpan lines = diagnostic.Location.GetLineSpan();
            Assert.Equal("Source0.cs", lines.Path);

            // Line 6 (0-based 5): `    [Activation("x * (sigmoid(x")]`; the literal opens at column 16, the second '(' is 13 chars in.
            Assert.Equal(new LinePosition(5, 29), lines.StartLinePosition);
            Assert.Equal(new LinePosition(5, 30), lines.EndLinePosition);
            Assert.Contains("')'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        [Fact]
        public void Empty_expression_is_a_zero_width_span_between_the_quotes()
        {
            string source = Holder("[Activation(\"\")]", Signature);
            int literalStart = IndexOfUnique(source, "\"\")]");

            GeneratorRun run = GeneratorHarness.Run(source);

            Diagnostic diagnostic = Assert.Single(run.GeneratorDiagnostics);
            Assert.Equal("ACT0005", diagnostic.Id);
            Assert.Equal(new TextSpan(literalStart + 1, 0), diagnostic.Location.SourceSpan);
            Assert.Empty(run.GeneratedSources);
        }

        [Fact]
        public void Blank_expression_spans_the_blanks()
        {
            string source = Holder("[Activation(\"   \")]", Signature);
            int literalStart = IndexOfUnique(source, "\"   \"");

            GeneratorRun run = GeneratorHarness.Run(source);

            Diagnostic diagnostic = Assert.Single(run.GeneratorDiagnostics);
            Assert.Equal("ACT0005", diagnostic.Id);
            Assert.Equal(new TextSpan(literalStart + 1, 3), diagnostic.Location.SourceSpan);
        }

        [Fact]
        public void Too_deep_nesting_is_ACT0012_at_the_first_paren_past_the_limit()
        {
            // Parser.MaxDepth is 200: the 201st nested '(' is where the parser gives up.
            string literal = "\"" + new string('(', 250) + "x" + new string(')', 250) + "\"";
            string source = Holder("[Activation(" + literal + ")]", Signature);
            TextSpan expected = SpanInLiteral(source, literal, "(", 200);

            GeneratorRun run = GeneratorHarness.Run(source);

            Diagnostic diagnostic = Assert.Single(run.GeneratorDiagnostics);
            Assert.Equal("ACT0012", diagnostic.Id);
            Assert.Equal(expected, diagnostic.Location.SourceSpan);
            AssertInsideLiteral(run, diagnostic);
            Assert.Empty(run.GeneratedSources);
        }

        [Fact]
        public void Too_long_expression_is_ACT0012_from_the_limit_to_the_end()
        {
            // Parser.MaxLength is 20 000 characters; what lies beyond it is the span.
            string body = "x" + string.Concat(Enumerable.Repeat(" + x", 5100));
            Assert.True(body.Length > 20_000);
            string literal = "\"" + body + "\"";
            string source = Holder("[Activation(" + literal + ")]", Signature);
            int literalStart = IndexOfUnique(source, literal);

            GeneratorRun run = GeneratorHarness.Run(source);

            Diagnostic diagnostic = Assert.Single(run.GeneratorDiagnostics);
            Assert.Equal("ACT0012", diagnostic.Id);
            Assert.Equal(TextSpan.FromBounds(literalStart + 1 + 20_000, literalStart + 1 + body.Length), diagnostic.Location.SourceSpan);
            Assert.Empty(run.GeneratedSources);
        }

        [Fact]
        public void Every_error_in_one_expression_is_reported_at_its_own_token()
        {
            const string literal = "\"foo(x) + gamma\"";
            string source = Holder("[Activation(" + literal + ")]", Signature);

            GeneratorRun run = GeneratorHarness.Run(source);

            Assert.Equal(2, run.GeneratorDiagnostics.Length);
            Diagnostic unknownFunction = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "ACT0003");
            Diagnostic unknownName = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "ACT0002");
            Assert.Equal(SpanInLiteral(source, literal, "foo", 0), unknownFunction.Location.SourceSpan);
            Assert.Equal(SpanInLiteral(source, literal, "gamma", 0), unknownName.Location.SourceSpan);
        }

        [Fact]
        public void Unknown_identifier_message_quotes_it_and_lists_the_names_that_exist()
        {
            string source = Holder("[Activation(\"x * gamma\")]", Signature);

            Diagnostic diagnostic = Assert.Single(GeneratorHarness.Run(source).GeneratorDiagnostics);

            string message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal("ACT0002", diagnostic.Id);
            Assert.Contains("'gamma'", message, StringComparison.Ordinal);
            Assert.Contains("x, beta, pi, e", message, StringComparison.Ordinal);
        }

        [Fact]
        public void Unknown_function_message_quotes_it_and_lists_the_functions()
        {
            string source = Holder("[Activation(\"x * foo(x)\")]", Signature);

            Diagnostic diagnostic = Assert.Single(GeneratorHarness.Run(source).GeneratorDiagnostics);

            string message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
            Assert.Contains("'foo'", message, StringComparison.Ordinal);
            Assert.Contains("sigmoid", message, StringComparison.Ordinal);
            Assert.Contains("clamp", message, StringComparison.Ordinal);
        }

        [Fact]
        public void Diagnostics_carry_the_help_link_and_the_category()
        {
            string source = Holder("[Activation(\"x * gamma\")]", Signature);

            Diagnostic diagnostic = Assert.Single(GeneratorHarness.Run(source).GeneratorDiagnostics);

            Assert.Equal("Activations", diagnostic.Descriptor.Category);
            Assert.EndsWith("act0002", diagnostic.Descriptor.HelpLinkUri, StringComparison.Ordinal);
        }

        [Fact]
        public void Constant_from_elsewhere_reports_at_the_whole_argument()
        {
            // The string's characters are not in the attribute, so the best place is the argument itself.
            string source = Holder(
                "private const string Formula = \"x * $\";\n\n        [Activation(Formula)]",
                Signature);
            int argumentStart = IndexOfUnique(source, "Formula)]");

            GeneratorRun run = GeneratorHarness.Run(source);

            Diagnostic diagnostic = Assert.Single(run.GeneratorDiagnostics);
            Assert.Equal("ACT0001", diagnostic.Id);
            Assert.Equal(new TextSpan(argumentStart, "Formula".Length), diagnostic.Location.SourceSpan);
            Assert.Empty(run.GeneratedSources);
        }

        [Fact]
        public void Concatenated_constant_reports_at_the_whole_argument()
        {
            const string argument = "\"x\" + \" * $\"";
            string source = Holder("[Activation(" + argument + ")]", Signature);
            int argumentStart = IndexOfUnique(source, argument);

            GeneratorRun run = GeneratorHarness.Run(source);

            Diagnostic diagnostic = Assert.Single(run.GeneratorDiagnostics);
            Assert.Equal("ACT0001", diagnostic.Id);
            Assert.Equal(new TextSpan(argumentStart, argument.Length), diagnostic.Location.SourceSpan);
        }

        [Fact]
        public void Multi_line_raw_literal_reports_at_the_whole_literal()
        {
            const string literal = "\"\"\"\n            x * $\n            \"\"\"";
            string source = Holder("[Activation(" + literal + ")]", Signature);
            int literalStart = IndexOfUnique(source, literal);

            GeneratorRun run = GeneratorHarness.Run(source);

            Diagnostic diagnostic = Assert.Single(run.GeneratorDiagnostics);
            Assert.Equal("ACT0001", diagnostic.Id);
            Assert.Equal(new TextSpan(literalStart, literal.Length), diagnostic.Location.SourceSpan);
        }

        [Fact]
        public void Parameters_that_differ_only_in_case_are_ACT0015_at_the_method_name()
        {
            string source = Holder("[Activation(\"x * beta * Beta\")]", "public static partial float F(float x, float beta, float Beta);");
            int name = IndexOfUnique(source, "F(float x");

            GeneratorRun run = GeneratorHarness.Run(source);

            Diagnostic diagnostic = Assert.Single(run.GeneratorDiagnostics);
            Assert.Equal("ACT0015", diagnostic.Id);
            Assert.Equal(new TextSpan(name, 1), diagnostic.Location.SourceSpan);
            Assert.Contains("'FDerivativeByBeta'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
            Assert.Empty(run.GeneratedSources);
        }

        [Fact]
        public void A_generated_name_the_type_already_has_is_ACT0015()
        {
            string source = Holder(
                "[Activation(\"x * x\")]",
                "public static partial float F(float x);\n        /// <summary>Mine.</summary>\n        public static float FDerivative(float x) => 2 * x;");
            int name = IndexOfUnique(source, "F(float x)");

            GeneratorRun run = GeneratorHarness.Run(source);

            Diagnostic diagnostic = Assert.Single(run.GeneratorDiagnostics);
            Assert.Equal("ACT0015", diagnostic.Id);
            Assert.Equal(new TextSpan(name, 1), diagnostic.Location.SourceSpan);
            Assert.Empty(run.GeneratedSources);
        }

        [Fact]
        public void A_same_named_member_with_other_parameter_types_is_not_a_conflict()
        {
            string source = Holder(
                "[Activation(\"x * x\")]",
                "public static partial float F(float x);\n        /// <summary>Mine.</summary>\n        public static double FDerivative(double x) => 2 * x;");

            GeneratorRun run = GeneratorHarness.Run(source);

            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Single(run.GeneratedSources);
        }

        [Fact]
        public void Method_not_static_is_ACT0006_at_the_method_name()
        {
            string source = Holder("[Activation(\"x\")]", "public partial float F(float x);", "public partial class");
            int name = IndexOfUnique(source, "F(float x)");

            GeneratorRun run = GeneratorHarness.Run(source);

            Diagnostic diagnostic = Assert.Single(run.GeneratorDiagnostics);
            Assert.Equal("ACT0006", diagnostic.Id);
            Assert.Equal(new TextSpan(name, 1), diagnostic.Location.SourceSpan);
            Assert.Contains("'static'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
            Assert.Empty(run.GeneratedSources);
        }

        [Fact]
        public void Method_not_partial_is_ACT0006_at_the_method_name()
        {
            string source = Holder("[Activation(\"x\")]", "public static float F(float x);");
            int name = IndexOfUnique(source, "F(float x)");

            GeneratorRun run = GeneratorHarness.Run(source);

            Diagnostic diagnostic = Assert.Single(run.GeneratorDiagnostics);
            Assert.Equal("ACT0006", diagnostic.Id);
            Assert.Equal(new TextSpan(name, 1), diagnostic.Location.SourceSpan);
            Assert.Contains("'partial'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
            Assert.Empty(run.GeneratedSources);
        }

        [Fact]
        public void Invalid_declaration_still_reports_syntax_errors_but_not_name_errors()
        {
            // Without a valid declaration the parameter names are unknown, so 'gamma' cannot be judged; '$' can.
            const string literal = "\"x * $\"";
            string source = Holder("[Activation(" + literal + ")]", "public static float F(float x);");

            GeneratorRun run = GeneratorHarness.Run(source);

            Assert.Equal(new[] { "ACT0001", "ACT0006" }, run.GeneratorDiagnostics.Select(d => d.Id).OrderBy(i => i, StringComparer.Ordinal));
            Assert.Equal(SpanInLiteral(source, literal, "$", 0), run.GeneratorDiagnostics.Single(d => d.Id == "ACT0001").Location.SourceSpan);

            GeneratorRun nameError = GeneratorHarness.Run(Holder("[Activation(\"x * gamma\")]", "public static float F(float x);"));
            Assert.Equal("ACT0006", Assert.Single(nameError.GeneratorDiagnostics).Id);
            Assert.Empty(nameError.GeneratedSources);
        }

        [Fact]
        public void Containing_type_not_partial_is_ACT0007_at_the_type_name()
        {
            const string source = """
                using Activations;

                namespace Demo
                {
                    /// <summary>Holder.</summary>
                    public static class Plain
                    {
                        [Activation("x")]
                        public static partial float F(float x);
                    }
                }
                """;
            int name = IndexOfUnique(source, "Plain");

            GeneratorRun run = GeneratorHarness.Run(source);

            Diagnostic diagnostic = Assert.Single(run.GeneratorDiagnostics);
            Assert.Equal("ACT0007", diagnostic.Id);
            Assert.Equal(new TextSpan(name, "Plain".Length), diagnostic.Location.SourceSpan);
            Assert.Empty(run.GeneratedSources);
        }

        [Fact]
        public void Outer_type_not_partial_is_ACT0007_at_the_outer_name()
        {
            const string source = """
                using Activations;

                /// <summary>Holder.</summary>
                public class Outside
                {
                    /// <summary>Nested.</summary>
                    public static partial class Inside
                    {
                        [Activation("x")]
                        public static partial float F(float x);
                    }
                }
                """;
            int name = IndexOfUnique(source, "Outside");

            GeneratorRun run = GeneratorHarness.Run(source);

            Diagnostic diagnostic = Assert.Single(run.GeneratorDiagnostics);
            Assert.Equal("ACT0007", diagnostic.Id);
            Assert.Equal(new TextSpan(name, "Outside".Length), diagnostic.Location.SourceSpan);
            Assert.Empty(run.GeneratedSources);
        }

        [Fact]
        public void Int_return_type_is_ACT0008_at_the_return_type()
        {
            string source = Holder("[Activation(\"x\")]", "public static partial int F(int x);");
            int returnType = IndexOfUnique(source, "int F(");

            GeneratorRun run = GeneratorHarness.Run(source);

            // The int parameter is reported too, at its own type.
            Assert.All(run.GeneratorDiagnostics, d => Assert.Equal("ACT0008", d.Id));
            Assert.Equal(
                new[] { new TextSpan(returnType, 3), new TextSpan(IndexOfUnique(source, "int x"), 3) },
                run.GeneratorDiagnostics.Select(d => d.Location.SourceSpan).OrderBy(s => s.Start));
            Assert.Empty(run.GeneratedSources);
        }

        [Fact]
        public void Unsupported_parameter_type_is_ACT0008_at_the_parameter_type()
        {
            string source = Holder("[Activation(\"x * beta\")]", "public static partial double F(double x, decimal beta);");
            int type = IndexOfUnique(source, "decimal");

            GeneratorRun run = GeneratorHarness.Run(source);

            Diagnostic diagnostic = Assert.Single(run.GeneratorDiagnostics);
            Assert.Equal("ACT0008", diagnostic.Id);
            Assert.Equal(new TextSpan(type, "decimal".Length), diagnostic.Location.SourceSpan);
            Assert.Contains("decimal", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
            Assert.Empty(run.GeneratedSources);
        }

        [Fact]
        public void Mixed_float_and_double_is_ACT0009_at_the_parameter()
        {
            string source = Holder("[Activation(\"x * beta\")]", "public static partial float F(float x, double beta);");
            int parameter = IndexOfUnique(source, "double beta");

            GeneratorRun run = GeneratorHarness.Run(source);

            Diagnostic diagnostic = Assert.Single(run.GeneratorDiagnostics);
            Assert.Equal("ACT0009", diagnostic.Id);
            Assert.Equal(new TextSpan(parameter, "double beta".Length), diagnostic.Location.SourceSpan);
            Assert.Empty(run.GeneratedSources);
        }

        [Fact]
        public void Double_return_with_float_input_is_ACT0009()
        {
            string source = Holder("[Activation(\"x\")]", "public static partial double F(float x);");
            int parameter = IndexOfUnique(source, "float x");

            GeneratorRun run = GeneratorHarness.Run(source);

            Diagnostic diagnostic = Assert.Single(run.GeneratorDiagnostics);
            Assert.Equal("ACT0009", diagnostic.Id);
            Assert.Equal(new TextSpan(parameter, "float x".Length), diagnostic.Location.SourceSpan);
        }

        [Theory]
        [InlineData("public static partial float F();", "F()", 1)]
        [InlineData("public static partial float F<T>(float x);", "F<T>", 1)]
        [InlineData("static partial float F(float x);", "F(float x)", 1)]
        [InlineData("public static partial float F(float x) => x;", "F(float x)", 1)]
        [InlineData("public static partial float F(ref float x);", "ref float x", 11)]
        [InlineData("public static partial float F(float x, params float[] rest);", "params float[] rest", 0)]
        public void Unsupported_signature_is_ACT0013(string declaration, string marker, int length)
        {
            string source = Holder("[Activation(\"x\")]", declaration);
            int start = IndexOfUnique(source, marker);

            GeneratorRun run = GeneratorHarness.Run(source);

            Diagnostic diagnostic = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "ACT0013");
            if (length > 0)
            {
                Assert.Equal(new TextSpan(start, length), diagnostic.Location.SourceSpan);
            }
            else
            {
                // params float[] is also an unsupported type (ACT0008); the signature error spans the whole parameter.
                Assert.Equal(new TextSpan(start, marker.Length), diagnostic.Location.SourceSpan);
                Assert.Contains(run.GeneratorDiagnostics, d => d.Id == "ACT0008");
            }

            Assert.Empty(run.GeneratedSources);
        }

        [Fact]
        public void Missing_attribute_argument_is_ACT0014_at_the_attribute()
        {
            string source = Holder("[Activation]", Signature);
            int attribute = IndexOfUnique(source, "Activation]");

            GeneratorRun run = GeneratorHarness.Run(source);

            Diagnostic diagnostic = Assert.Single(run.GeneratorDiagnostics);
            Assert.Equal("ACT0014", diagnostic.Id);
            Assert.Equal(new TextSpan(attribute, "Activation".Length), diagnostic.Location.SourceSpan);
            Assert.Empty(run.GeneratedSources);
        }

        [Fact]
        public void Non_constant_attribute_argument_is_ACT0014_at_the_argument()
        {
            string source = Holder(
                "private static readonly string Formula = \"x\";\n\n        [Activation(Formula)]",
                Signature);
            int argument = IndexOfUnique(source, "Formula)]");

            GeneratorRun run = GeneratorHarness.Run(source);

            Diagnostic diagnostic = Assert.Single(run.GeneratorDiagnostics);
            Assert.Equal("ACT0014", diagnostic.Id);
            Assert.Equal(new TextSpan(argument, "Formula".Length), diagnostic.Location.SourceSpan);
            Assert.Empty(run.GeneratedSources);
        }

        [Fact]
        public void Null_attribute_argument_is_ACT0014_at_the_argument()
        {
            string source = Holder("[Activation(null!)]", Signature);
            int argument = IndexOfUnique(source, "null!");

            GeneratorRun run = GeneratorHarness.Run(source);

            Diagnostic diagnostic = Assert.Single(run.GeneratorDiagnostics);
            Assert.Equal("ACT0014", diagnostic.Id);
            Assert.Equal(new TextSpan(argument, "null!".Length), diagnostic.Location.SourceSpan);
        }

        [Fact]
        public void Valid_neighbour_still_generates_when_another_method_is_invalid()
        {
            string source = Holder(
                "[Activation(\"x * gamma\")]\n        public static partial float Bad(float x);\n\n        [Activation(\"x * x\")]",
                "public static partial float Good(float x);");

            GeneratorRun run = GeneratorHarness.Run(source);

            Assert.Equal("ACT0002", Assert.Single(run.GeneratorDiagnostics).Id);
            GeneratedSourceResult generated = Assert.Single(run.GeneratedSources);
            Assert.Equal("Demo.Holder.Good(Single).g.cs", generated.HintName);
            Assert.DoesNotContain("Bad", generated.SourceText.ToString(), StringComparison.Ordinal);
        }

        [Fact]
        public void Hostile_characters_are_reported_each_at_its_escape_never_thrown_on()
        {
            // A lone surrogate, NUL and BEL: the lexer reports every bad character, each at the escape that wrote it.
            const string literal = "\"x \\uD800 \\0 \\u0007\"";
            string source = Holder("[Activation(" + literal + ")]", Signature);

            GeneratorRun run = GeneratorHarness.Run(source);

            Assert.All(run.GeneratorDiagnostics, d => Assert.Equal("ACT0001", d.Id));
            Assert.Equal(
                new[] { SpanInLiteral(source, literal, "\\uD800", 0), SpanInLiteral(source, literal, "\\0", 0), SpanInLiteral(source, literal, "\\u0007", 0) },
                run.GeneratorDiagnostics.Select(d => d.Location.SourceSpan).OrderBy(s => s.Start));
            Assert.Empty(run.GeneratedSources);
        }

        private static string Holder(string attribute, string declaration, string typeKeywords = "public static partial class") => $$"""
            using Activations;

            namespace Demo
            {
                /// <summary>Holder.</summary>
                {{typeKeywords}} Holder
                {
                    {{attribute}}
                    {{declaration}}
                }
            }
            """;

        private static int IndexOfUnique(string source, string text)
        {
            int index = source.IndexOf(text, StringComparison.Ordinal);
            Assert.True(index >= 0, "'" + text + "' not in the test source");
            Assert.True(source.IndexOf(text, index + 1, StringComparison.Ordinal) < 0, "'" + text + "' is not unique in the test source");
            return index;
        }

        /// <summary>The span of the <paramref name="occurrence"/>-th <paramref name="token"/> inside <paramref name="literal"/> in <paramref name="source"/>.</summary>
        private static TextSpan SpanInLiteral(string source, string literal, string token, int occurrence)
        {
            int literalStart = IndexOfUnique(source, literal);
            int index = -1;
            for (int i = 0; i <= occurrence; i++)
            {
                index = literal.IndexOf(token, index + 1, StringComparison.Ordinal);
                Assert.True(index >= 0, "'" + token + "' occurs fewer than " + (occurrence + 1) + " times in " + literal);
            }

            return new TextSpan(literalStart + index, token.Length);
        }

        private static void AssertInsideLiteral(GeneratorRun run, Diagnostic diagnostic)
        {
            SyntaxTree tree = run.InputCompilation.SyntaxTrees.Single();
            LiteralExpressionSyntax literal = tree.GetRoot().DescendantNodes().OfType<AttributeSyntax>().Single()
                .ArgumentList!.Arguments.Single().Expression as LiteralExpressionSyntax
                ?? throw new InvalidOperationException("The attribute argument is not a literal.");
            TextSpan span = diagnostic.Location.SourceSpan;

            // Strictly inside: after the opening quote(s), before the closing one(s).
            string text = literal.Token.Text;
            int open = text.StartsWith('@') ? 2 : text.TakeWhile(c => c == '"').Count();
            int close = text.StartsWith('@') ? 1 : text.Reverse().TakeWhile(c => c == '"').Count();
            Assert.InRange(span.Start, literal.Span.Start + open, literal.Span.End - close);
            Assert.InRange(span.End, span.Start, literal.Span.End - close);
        }

        private static void AssertLineSpanMatches(GeneratorRun run, Diagnostic diagnostic)
        {
            // The line/column the user sees must agree with the span (the generator computes them separately).
            SyntaxTree tree = run.InputCompilation.SyntaxTrees.Single();
            FileLinePositionSpan expected = tree.GetLineSpan(diagnostic.Location.SourceSpan);
            FileLinePositionSpan actual = diagnostic.Location.GetLineSpan();
            Assert.Equal(expected.Path, actual.Path);
            Assert.Equal(expected.Span, actual.Span);
        }
    }
}
