using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using Activations.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace Activations.Generator.Tests.Robustness
{
    /// <summary>How an expression is written as a C# string literal.</summary>
    internal enum LiteralForm
    {
        /// <summary>"…" with escapes, some of them gratuitous (\u0078 for x).</summary>
        Regular,

        /// <summary>@"…", quotes doubled, line breaks as they are.</summary>
        Verbatim,

        /// <summary>"""…""" on one line.</summary>
        Raw,
    }

    /// <summary>One [Activation] method of a batch: its declaration and where its literal sits in the file.</summary>
    internal sealed record BatchMethod(string Name, string? Expression, string Literal, int LiteralStart, object? Tag)
    {
        public int LiteralEnd => LiteralStart + Literal.Length;

        /// <summary>The span strictly between the quotes (for a raw literal, between the runs of quotes).</summary>
        public TextSpan Inside
        {
            get
            {
                bool raw = Literal.StartsWith("\"\"\"", StringComparison.Ordinal);
                int open = Literal.StartsWith("@", StringComparison.Ordinal) ? 2 : raw ? Literal.TakeWhile(c => c == '"').Count() : 1;
                int close = raw ? Literal.Reverse().TakeWhile(c => c == '"').Count() : 1;
                return TextSpan.FromBounds(LiteralStart + open, LiteralEnd - close);
            }
        }
    }

    /// <summary>
    /// Many [Activation] methods in one compilation, so the real driver sees hundreds of inputs per run instead of one, and a
    /// map from each diagnostic back to the method whose literal it points into.
    /// </summary>
    internal sealed class Batch
    {
        private Batch(string path, string text, IReadOnlyList<BatchMethod> methods)
        {
            Path = path;
            Text = text;
            Methods = methods;
        }

        public string Path { get; }

        public string Text { get; }

        public IReadOnlyList<BatchMethod> Methods { get; }

        /// <summary>
        /// A file with one public static partial class holding one method per declaration. Each declaration is a format with
        /// {0} for the method name and {1} for the attribute argument; the literal's offset is recorded.
        /// </summary>
        public static Batch Create(string path, string ns, IEnumerable<(string Declaration, string? Expression, string Argument, object? Tag)> declarations)
        {
            var builder = new StringBuilder();
            builder.Append("using Activations;\n\nnamespace ").Append(ns).Append("\n{\n    /// <summary>Fuzzed activations.</summary>\n    public static partial class Holder\n    {\n");
            var methods = new List<BatchMethod>();
            int i = 0;
            foreach ((string declaration, string? expression, string argument, object? tag) in declarations)
            {
                string name = "M" + i.ToString(CultureInfo.InvariantCulture);
                builder.Append("        /// <summary>Method ").Append(i.ToString(CultureInfo.InvariantCulture)).Append(".</summary>\n        [Activation(");
                int literalStart = builder.Length;
                builder.Append(argument).Append(")]\n        ");
                builder.Append(string.Format(CultureInfo.InvariantCulture, declaration, name)).Append("\n\n");
                methods.Add(new BatchMethod(name, expression, argument, literalStart, tag));
                i++;
            }

            builder.Append("    }\n}\n");
            return new Batch(path, builder.ToString(), methods);
        }

        /// <summary>The C# literal for <paramref name="expression"/> in the requested form, or a regular one where that form cannot hold it.</summary>
        public static string Literal(string? expression, LiteralForm form, Random random)
        {
            if (expression is null)
            {
                return "null";
            }

            bool hasSurrogate = expression.Any(char.IsSurrogate);
            bool hasControl = expression.Any(c => char.IsControl(c) && c != '\n' && c != '\r' && c != '\t');
            if (form == LiteralForm.Raw && expression.Length > 0 && !hasSurrogate && !hasControl && expression.IndexOfAny(new[] { '"', '\n', '\r', '\u0085', '\u2028', '\u2029' }) < 0)
            {
                return "\"\"\"" + expression + "\"\"\"";
            }

            if (form == LiteralForm.Verbatim && !hasSurrogate && !hasControl && expression.IndexOfAny(new[] { '\u0085', '\u2028', '\u2029' }) < 0)
            {
                return "@\"" + expression.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
            }

            var builder = new StringBuilder("\"");
            for (int i = 0; i < expression.Length; i++)
            {
                char c = expression[i];
                if (char.IsHighSurrogate(c) && i + 1 < expression.Length && char.IsLowSurrogate(expression[i + 1]) && random.Next(2) == 0)
                {
                    builder.Append("\\U").Append(char.ConvertToUtf32(c, expression[i + 1]).ToString("X8", CultureInfo.InvariantCulture));
                    i++;
                    continue;
                }

                switch (c)
                {
                    case '"': builder.Append("\\\""); break;
                    case '\\': builder.Append("\\\\"); break;
                    case '\n': builder.Append("\\n"); break;
                    case '\r': builder.Append("\\r"); break;
                    case '\t': builder.Append(random.Next(2) == 0 ? "\\t" : "\\u0009"); break;
                    case '\0': builder.Append("\\0"); break;
                    default:
                        if (c < ' ' || c > '\u007e' || random.Next(25) == 0)
                        {
                            // \x with four digits, never fewer: "\x7" followed by a hex-digit letter would swallow it.
                            builder.Append(random.Next(2) == 0 ? "\\u" : "\\x").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            builder.Append(c);
                        }

                        break;
                }
            }

            return builder.Append('"').ToString();
        }

        public Compilation Compilation(params (string Path, string Text)[] others)
            => GeneratorHarness.CreateCompilation(new[] { (Path, Text) }.Concat(others).ToArray());

        /// <summary>
        /// Runs the driver without compiling the result (the caller decides whether that is needed) and asserts what must hold
        /// for every run: the generator did not throw and the compiler did not report CS8785.
        /// </summary>
        public static (GeneratorRunResult Result, ImmutableArray<Diagnostic> Diagnostics, Compilation Output) Run(Compilation compilation, CancellationToken cancellationToken)
        {
            GeneratorDriver driver = GeneratorHarness.CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> diagnostics, cancellationToken);
            GeneratorRunResult result = Assert.Single(driver.GetRunResult().Results);
            Assert.True(result.Exception is null, "The generator threw: " + result.Exception);
            Assert.DoesNotContain(diagnostics, d => d.Id == "CS8785");
            return (result, diagnostics, output);
        }

        /// <summary>The method whose literal (quotes included) contains <paramref name="span"/>, if any.</summary>
        public BatchMethod? MethodAt(TextSpan span)
            => Methods.FirstOrDefault(m => span.Start >= m.LiteralStart && span.End <= m.LiteralEnd);

        /// <summary>The hint name the generator documents for Holder.{name}.</summary>
        public static string HintName(string ns, string name, string type, int parameters)
            => ns + ".Holder." + name + "(" + string.Join(",", Enumerable.Repeat(type, parameters)) + ").g.cs";
    }
}
