using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using Activations.Generator.Diagnostics;
using Activations.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace Activations.Generator.Tests.Robustness
{
    /// <summary>
    /// Declarations around the expression: every invalid shape of method or type gets an ACT diagnostic at the part at
    /// fault (never silence, never ACT0099, never a file that does not compile), whatever the expression; and the unusual
    /// but valid shapes compile without an error or a warning.
    /// </summary>
    public sealed class ShapeTests
    {
        private const string Valid = "\"x * sigmoid(x)\"";
        private const string Broken = "\"x * (\"";

        /// <summary>(name, file with {E} for the attribute argument, expected id, where it points: the first occurrence of this text).</summary>
        public static TheoryData<string, string, string, string> InvalidShapes { get; } = new TheoryData<string, string, string, string>
        {
            { "not static", Type("public partial float F(float x);"), "ACT0006", "F(" },
            { "not partial", Type("public static float F(float x) => x;"), "ACT0006", "F(" },
            { "neither", Type("public float F(float x) => x;", "public partial class"), "ACT0006", "F(" },
            { "generic method", Type("public static partial float F<T>(float x);"), "ACT0013", "F<" },
            { "body", Type("public static partial float F(float x) { return x; }"), "ACT0013", "F(" },
            { "expression body", Type("public static partial float F(float x) => x;"), "ACT0013", "F(" },
            { "extern", Type("public static extern partial float F(float x);"), "ACT0013", "F(" },
            { "no accessibility", Type("static partial float F(float x);"), "ACT0013", "F(" },
            { "int", Type("public static partial int F(int x);"), "ACT0008", "int F" },
            { "decimal", Type("public static partial decimal F(decimal x);"), "ACT0008", "decimal F" },
            { "Half", Type("public static partial System.Half F(System.Half x);"), "ACT0008", "System.Half F" },
            { "nullable", Type("public static partial float? F(float? x);"), "ACT0008", "float? F" },
            { "int parameter", Type("public static partial float F(float x, int n);"), "ACT0008", "int n" },
            { "mixed", Type("public static partial float F(float x, double y);"), "ACT0009", "double y" },
            { "double return, float input", Type("public static partial double F(float x);"), "ACT0009", "float x" },
            { "ref", Type("public static partial float F(ref float x);"), "ACT0013", "ref float x" },
            { "in", Type("public static partial float F(in float x);"), "ACT0013", "in float x" },
            { "out", Type("public static partial float F(float x, out float y);"), "ACT0013", "out float y" },
            { "params", Type("public static partial float F(params float[] x);"), "ACT0013", "params float[] x" },
            { "this", Type("public static partial float F(this float x);"), "ACT0013", "this float x" },
            { "no parameters", Type("public static partial float F();"), "ACT0013", "F(" },
            { "too many parameters", Type("public static partial float F(float x, " + string.Join(", ", Enumerable.Range(0, 200).Select(i => "float p" + i.ToString(CultureInfo.InvariantCulture))) + ");"), "ACT0013", "F(" },
            { "type not partial", Type("public static partial float F(float x);", "public static class"), "ACT0007", "C\n" },
            { "file-local type", Type("public static partial float F(float x);", "file static partial class"), "ACT0013", "C\n" },
            { "outer type not partial", "using Activations;\nnamespace N\n{\n    public static class Outer\n    {\n        public static partial class C\n        {\n            [Activation({E})]\n            public static partial float F(float x);\n        }\n    }\n}\n", "ACT0007", "Outer" },
            { "reserved parameter", Type("public static partial float F(float x, float destination);"), "ACT0015", "F(" },
            { "parameters differing in case", Type("public static partial float F(float x, float beta, float Beta);"), "ACT0015", "F(" },
            { "implemented by hand", Type("public static partial float F(float x);\n        public static partial float F(float x) => x;"), "ACT0013", "F(" },
            { "existing FDerivative", Type("public static partial float F(float x);\n        public static float FDerivative(float x) => x;"), "ACT0015", "F(" },
            { "existing FBackward property", Type("public static partial float F(float x);\n        public static int FBackward => 1;"), "ACT0015", "F(" },

            // Names the kernel structs use: a hyperparameter becomes a field of each struct, so it may not be the name
            // of the struct's method (Invoke), of a member every struct inherits, or of the struct itself.
            { "hyperparameter Invoke", Type("public static partial float F(float x, float Invoke);"), "ACT0015", "F(" },
            { "hyperparameter ToString", Type("public static partial float F(float x, float ToString);"), "ACT0015", "F(" },
            { "hyperparameter GetHashCode", Type("public static partial float F(float x, float GetHashCode);"), "ACT0015", "F(" },
            { "hyperparameter named like a kernel", Type("public static partial float F(float x, float FKernel);"), "ACT0015", "F(" },
            { "hyperparameter named like another's kernel", Type("public static partial float F(float x, float q, float FDerivativeByQKernel);"), "ACT0015", "F(" },

            // Types that a generated 'new FKernel(…)' would find before the file-local struct.
            { "containing type named like a kernel", "using Activations;\nnamespace N\n{\n    public static partial class FKernel\n    {\n        [Activation({E})]\n        public static partial float F(float x);\n    }\n}\n", "ACT0015", "F(" },
            { "type parameter named like a kernel", "using Activations;\nnamespace N\n{\n    public partial class C<FDerivativeKernel>\n    {\n        [Activation({E})]\n        public static partial float F(float x);\n    }\n}\n", "ACT0015", "F(" },
            { "nested type named like a kernel", Type("public static partial float F(float x);\n        private struct FWithDerivativeKernel { }"), "ACT0015", "F(" },
            { "inherited nested type named like a kernel", "using Activations;\nnamespace N\n{\n    public class B\n    {\n        protected struct FSecondDerivativeKernel { }\n    }\n\n    public partial class C : B\n    {\n        [Activation({E})]\n        public static partial float F(float x);\n    }\n}\n", "ACT0015", "F(" },
            { "inherited method with a generated name", "using Activations;\nnamespace N\n{\n    public class B\n    {\n        public static float FDerivative(float x) => x;\n    }\n\n    public partial class C : B\n    {\n        [Activation({E})]\n        public static partial float F(float x);\n    }\n}\n", "ACT0015", "F(" },
            { "containing type named like a generated member", "using Activations;\nnamespace N\n{\n    public static partial class FBackward\n    {\n        [Activation({E})]\n        public static partial float F(float x);\n    }\n}\n", "ACT0015", "F(" },
        };

        /// <summary>Places [Activation] cannot work: each is reported at the attribute, not silently ignored.</summary>
        public static TheoryData<string, string> OtherTargets { get; } = new TheoryData<string, string>
        {
            { "local function", Members("public static float G()\n        {\n            [Activation({E})]\n            static float F(float x) => x;\n            return F(1);\n        }") },
            { "property accessor", Members("public static float P\n        {\n            [Activation({E})]\n            get => 1;\n        }") },
            { "operator", "using Activations;\nnamespace N\n{\n    public partial class C\n    {\n        [Activation({E})]\n        public static C operator +(C a, C b) => a;\n    }\n}\n" },
        };

        [Theory]
        [MemberData(nameof(InvalidShapes))]
        public void Invalid_shape_is_reported_at_the_declaration_whatever_the_expression(string name, string file, string id, string marker)
        {
            foreach (string argument in new[] { Valid, Broken })
            {
                string text = file.Replace("{E}", argument, StringComparison.Ordinal);
                (GeneratorRunResult result, ImmutableArray<Diagnostic> diagnostics) = Run(text);

                int at = text.IndexOf(marker, StringComparison.Ordinal);
                Assert.True(at >= 0, "marker '" + marker + "' not in the test source");
                Assert.True(
                    diagnostics.Any(d => d.Id == id && d.Location.SourceSpan.Start == at),
                    name + " with " + argument + ": expected " + id + " at '" + marker + "' (" + at + "); got\n" + GeneratorHarness.Describe(diagnostics));
                Assert.All(diagnostics, d => Assert.True(d.Id.StartsWith("ACT", StringComparison.Ordinal) && d.Id != DiagnosticCatalog.InternalError.Id && d.Severity == DiagnosticSeverity.Error, d.ToString()));
                Assert.Empty(result.GeneratedSources);

                if (argument == Broken)
                {
                    // The declaration is wrong, but the expression's syntax error is still reported inside the literal.
                    int literal = text.IndexOf(argument, StringComparison.Ordinal);
                    Assert.Contains(diagnostics, d => d.Id == DiagnosticCatalog.SyntaxError.Id && d.Location.SourceSpan.Start > literal && d.Location.SourceSpan.End < literal + argument.Length);
                }
            }
        }

        [Theory]
        [MemberData(nameof(OtherTargets))]
        public void Activation_on_something_other_than_a_method_declaration_is_ACT0013_at_the_attribute(string name, string file)
        {
            string text = file.Replace("{E}", Valid, StringComparison.Ordinal);
            (GeneratorRunResult result, ImmutableArray<Diagnostic> diagnostics) = Run(text);

            int attribute = text.IndexOf("Activation(", StringComparison.Ordinal);
            Diagnostic diagnostic = Assert.Single(diagnostics);
            Assert.True(diagnostic.Id == DiagnosticCatalog.InvalidSignature.Id, name + ": " + diagnostic);
            Assert.Equal(attribute, diagnostic.Location.SourceSpan.Start);
            Assert.Contains("[Activation]", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
            Assert.Empty(result.GeneratedSources);
        }

        [Fact]
        public void Unusual_but_valid_shapes_compile_without_errors_or_warnings()
        {
            // One file per shape, all in one compilation (unsafe allowed for the unsafe ones).
            string[] shapes =
            {
                Type("public static partial float F(float x, float beta = 1f);", "public static partial class"),
                Type("public static partial float F(float x);", "public partial struct"),
                Type("public static partial float F(float x);", "public readonly partial struct"),
                Type("public static partial float F(float x);", "public ref partial struct"),
                Type("public static partial float F(float x);", "public sealed partial record"),
                Type("public static partial float F(float x);", "public readonly partial record struct"),
                Type("public static partial float F(float x);", "public abstract partial class"),
                Type("public static partial float F(float x);", "public unsafe partial class"),
                Type("public static partial float F(float x);", "public partial interface"),
                Type("public static unsafe partial float F(float x);"),
                Type("internal static partial float F(float x);", "internal static partial class"),
                Type("private protected static partial float F(float x);", "public partial class"),
                Type("protected internal static partial float F(float x);", "public partial class"),
                Type("private static partial float F(float x);\n        /// <summary>Uses F.</summary>\n        public static float G(float x) => F(x);"),
                "using Activations;\nnamespace N\n{\n    /// <summary>Base.</summary>\n    public class B\n    {\n        /// <summary>Hidden.</summary>\n        public static float F(float x) => x;\n    }\n\n    /// <summary>Derived.</summary>\n    public partial class C : B\n    {\n        /// <summary>Hides B.F.</summary>\n        [Activation({E})]\n        public static new partial float F(float x);\n    }\n}\n",
                "using Activations;\nnamespace N\n{\n    /// <summary>Generic.</summary>\n    public partial class C<T, U> where T : struct where U : class, new()\n    {\n        /// <summary>F.</summary>\n        [Activation({E})]\n        public static partial double F(double x);\n    }\n}\n",
                "using Activations;\nnamespace N\n{\n    /// <summary>Variance.</summary>\n    public partial interface I<in T, out U>\n    {\n        /// <summary>F.</summary>\n        [Activation({E})]\n        public static partial double F(double x);\n    }\n}\n",
                "using Activations;\nnamespace N.Deeper.@class\n{\n    /// <summary>Keywords.</summary>\n    public static partial class @struct\n    {\n        /// <summary>F.</summary>\n        [Activation(\"float * sigmoid(int * float)\")]\n        public static partial double @double(double @float, double @int = 2);\n    }\n}\n",
                "using Activations;\nnamespace Activations.System.Math\n{\n    /// <summary>Shadowing namespaces.</summary>\n    public static partial class Vector\n    {\n        /// <summary>F.</summary>\n        [Activation({E})]\n        public static partial double F(double x);\n    }\n}\n",
                "using Activations;\n/// <summary>Global namespace, file-scoped nothing.</summary>\npublic static partial class GlobalHolder\n{\n    /// <summary>F.</summary>\n    [Activation({E})]\n    public static partial float F(float x);\n}\n",
                "using Activations;\nnamespace N;\n\n/// <summary>File-scoped.</summary>\npublic static partial class Outer\n{\n    /// <summary>Nested.</summary>\n    public partial struct Middle\n    {\n        /// <summary>Nested.</summary>\n        public partial record Inner\n        {\n            /// <summary>F.</summary>\n            [Activation({E})]\n            public static partial float F(float x);\n        }\n    }\n}\n",
                Type("public static partial float F(float x, float a = 'a', float b = default, float c = -0f, float d = float.NaN, float e = 1e-45f, float f = float.NegativeInfinity);"),
                Type("public static partial double F(double x, double a = 1L << 60, double b = 'b', double c = float.MaxValue, double d = 0x7FFF_FFFF, double e = double.Epsilon, double f = -0.0);"),
                Type("public static partial float Ωμέγα(float χ, float λ = 0.5f);").Replace("{E}", "\"χ * sigmoid(λ * χ)\"", StringComparison.Ordinal),
                Type("public static partial float F(float x);\n        /// <summary>Not a clash: other parameter types.</summary>\n        public static int FDerivative(int x) => x;"),
            };

            var sources = shapes.Select((s, i) => ("Shape" + i.ToString(CultureInfo.InvariantCulture) + ".cs", s.Replace("{E}", Valid, StringComparison.Ordinal).Replace("namespace N", "namespace N" + i.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal))).ToArray();
            Compilation compilation = GeneratorHarness.CreateCompilation(sources);
            compilation = compilation.WithOptions(((CSharpCompilationOptions)compilation.Options).WithAllowUnsafe(true));
            GeneratorRun run = GeneratorHarness.Run(compilation);

            Assert.True(run.GeneratorDiagnostics.IsEmpty, GeneratorHarness.Describe(run.GeneratorDiagnostics));
            Assert.Equal(shapes.Length, run.GeneratedSources.Length);
            Diagnostic[] problems = run.OutputDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToArray();
            Assert.True(problems.Length == 0, GeneratorHarness.Describe(problems));
        }

        private static (GeneratorRunResult Result, ImmutableArray<Diagnostic> Diagnostics) Run(string text)
        {
            (GeneratorRunResult result, ImmutableArray<Diagnostic> diagnostics, Compilation _) = Batch.Run(GeneratorHarness.CreateCompilation(("Shape.cs", text)), TestContext.Current.CancellationToken);
            return (result, diagnostics);
        }

        /// <summary>A file with one type around the given members, the first of which carries the attribute.</summary>
        private static string Type(string members, string keywords = "public static partial class")
            => Members("/// <summary>F.</summary>\n        [Activation({E})]\n        " + members, keywords);

        /// <summary>A file with one type around the given members.</summary>
        private static string Members(string members, string keywords = "public static partial class")
            => "using Activations;\nnamespace N\n{\n    /// <summary>Holder.</summary>\n    " + keywords + " C\n    {\n        " + members + "\n    }\n}\n";
    }
}
