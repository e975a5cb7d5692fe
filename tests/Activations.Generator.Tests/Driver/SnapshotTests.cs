using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Activations.Generator.Tests.Infrastructure;
using Xunit;

namespace Activations.Generator.Tests.Driver
{
    /// <summary>
    /// The full generated source for a representative set of declarations, compared with committed baselines
    /// (see <see cref="Snapshot"/>). Each case also compiles the output with zero warnings.
    /// </summary>
    public sealed class SnapshotTests
    {
        /// <summary>Snapshot name → (what the case covers, source, hint name of the file to compare).</summary>
        private static readonly Dictionary<string, (string Shows, string Source, string HintName)> Cases = new Dictionary<string, (string, string, string)>
        {
            ["Swish_Float"] = (
                "Swish float with beta in block namespace and user doc comment",
                """
                using Activations;

                namespace Demo
                {
                    /// <summary>Test activations.</summary>
                    public static partial class MyActivations
                    {
                        /// <summary>Swish: x·σ(βx).</summary>
                        [Activation("x * sigmoid(beta * x)")]
                        public static partial float Swish(float x, float beta);
                    }
                }
                """,
                "Demo.MyActivations.Swish(Single,Single).g.cs"),

            ["Swish_Float_Undocumented"] = (
                "Swish without user doc comment gets generated doc on the implementation",
                """
                using Activations;

                namespace Demo
                {
                    /// <summary>Test activations.</summary>
                    public static partial class MyActivations
                    {
                        [Activation("x * sigmoid(beta * x)")]
                        public static partial float Swish(float x, float beta);
                    }
                }
                """,
                "Demo.MyActivations.Swish(Single,Single).g.cs"),

            ["Elu_Double_Piecewise"] = (
                "Elu double piecewise with default",
                """
                using Activations;

                namespace Demo
                {
                    /// <summary>Test activations.</summary>
                    public static partial class MyActivations
                    {
                        [Activation("x > 0 ? x : alpha * expm1(x)")]
                        public static partial double Elu(double x, double alpha = 1.0);
                    }
                }
                """,
                "Demo.MyActivations.Elu(Double,Double).g.cs"),

            ["HardSigmoid_Float_Defaults"] = (
                "Hard sigmoid float with two defaults and clamp",
                """
                using Activations;

                namespace Demo
                {
                    /// <summary>Test activations.</summary>
                    public static partial class MyActivations
                    {
                        [Activation("clamp(slope * x + offset, 0, 1)")]
                        public static partial float HardSigmoid(float x, float slope = 0.2f, float offset = 0.5f);
                    }
                }
                """,
                "Demo.MyActivations.HardSigmoid(Single,Single,Single).g.cs"),

            ["Gelu_Double"] = (
                "Gelu double with constants",
                """
                using Activations;

                namespace Demo
                {
                    /// <summary>Test activations.</summary>
                    public static partial class MyActivations
                    {
                        [Activation("0.5 * x * (1 + erf(x / sqrt(2)))")]
                        public static partial double Gelu(double x);
                    }
                }
                """,
                "Demo.MyActivations.Gelu(Double).g.cs"),

            ["Outer_Inner_Scaled_Double_GlobalNamespace"] = (
                "Nested type in the global namespace",
                """
                using Activations;

                /// <summary>Outer type in the global namespace.</summary>
                public partial class Outer
                {
                    /// <summary>Nested holder.</summary>
                    public static partial class Inner
                    {
                        [Activation("scale * tanh(x)")]
                        internal static partial double Scaled(double x, double scale);
                    }
                }
                """,
                "Outer.Inner.Scaled(Double,Double).g.cs"),

            ["Softsign_Float_Struct_FileScoped"] = (
                "Struct in a file scoped namespace",
                """
                using Activations;

                namespace Demo.FileScoped;

                /// <summary>A struct holder.</summary>
                public partial struct Units
                {
                    [Activation("x / (1 + abs(x))")]
                    public static partial float Softsign(float x);
                }
                """,
                "Demo.FileScoped.Units.Softsign(Single).g.cs"),

            ["Mish_Double_Record_FileScoped"] = (
                "Record in a file scoped namespace",
                """
                using Activations;

                namespace Demo.FileScoped;

                /// <summary>A record holder.</summary>
                public partial record Settings
                {
                    [Activation("x * tanh(softplus(x))")]
                    public static partial double Mish(double x);
                }
                """,
                "Demo.FileScoped.Settings.Mish(Double).g.cs"),
        };

        public static TheoryData<string> CaseNames => new TheoryData<string>(Cases.Keys);

        [Theory]
        [MemberData(nameof(CaseNames))]
        public void Generated_source_matches_the_snapshot_and_compiles_cleanly(string name)
        {
            (string _, string source, string hintName) = Cases[name];
            GeneratorRun run = GeneratorHarness.Run(source);

            GeneratorHarness.AssertCompilesCleanly(run);
            Snapshot.Match(name, run.SourceFor(hintName));
        }

        [Fact]
        public void Every_verified_file_belongs_to_a_case()
        {
            // A renamed or removed case must not leave a stale baseline behind that nobody checks, and every case has one
            // (unless this very run is accepting, when the case tests are still writing them).
            string[] files = Directory.GetFiles(Snapshot.Directory, "*.verified.cs").Select(f => Path.GetFileName(f)).ToArray();
            string[] expected = Cases.Keys.Select(k => k + ".verified.cs").ToArray();
            Assert.Empty(files.Except(expected, StringComparer.Ordinal));
            if (!Snapshot.AcceptRequested)
            {
                Assert.Empty(expected.Except(files, StringComparer.Ordinal));
            }
        }

        [Fact]
        public void Every_case_starts_with_the_auto_generated_header()
        {
            // The header is what makes analyzers and IDEs treat the file as generated.
            foreach ((string _, string source, string hintName) in Cases.Values)
            {
                string text = GeneratorHarness.Run(source).SourceFor(hintName);
                Assert.StartsWith("// <auto-generated/>\n#nullable enable\n", text, StringComparison.Ordinal);
                Assert.Contains("[global::System.CodeDom.Compiler.GeneratedCode(\"Activations.Generator\", \"", text, StringComparison.Ordinal);
            }
        }

        [Fact]
        public void Defaults_are_repeated_on_new_members_but_not_on_the_partial_implementation()
        {
            // A default on the implementing half of a partial method is ignored and warned about (CS1066).
            (string _, string source, string hintName) = Cases["HardSigmoid_Float_Defaults"];
            string text = GeneratorHarness.Run(source).SourceFor(hintName);

            Assert.Contains("public static partial float HardSigmoid(float x, float slope, float offset)", text, StringComparison.Ordinal);
            foreach (string member in new[] { "HardSigmoidDerivative", "HardSigmoidSecondDerivative", "HardSigmoidDerivativeBySlope", "HardSigmoidDerivativeByOffset" })
            {
                Assert.Contains("public static float " + member + "(float x, float slope = 0.2f, float offset = 0.5f)", text, StringComparison.Ordinal);
            }
        }

        private static readonly Regex BroadcastLiteral = new Regex(
            @"^global::[\w.]+\.Create\((-?[0-9][0-9.E+-]*[fd]|global::System\.(MathF?\.(PI|E)|Single\.\w+|Double\.\w+))\)$",
            RegexOptions.CultureInvariant);

        [Fact]
        public void No_call_is_computed_twice_within_a_generated_member()
        {
            // One local per shared subexpression: within one member, the same call text never appears twice.
            var call = new Regex(@"global::[\w.]+\((?:[^()]|\((?:[^()]|\([^()]*\))*\))*\)", RegexOptions.CultureInvariant);
            int members = 0;
            foreach ((string _, string source, string hintName) in Cases.Values)
            {
                string text = GeneratorHarness.Run(source).SourceFor(hintName);
                // Members are marked [GeneratedCode]; the kernel structs' Invoke overloads, [MethodImpl].
                string[] markers = { "[global::System.CodeDom.Compiler.GeneratedCode", "[global::System.Runtime.CompilerServices.MethodImpl" };
                foreach (string body in text.Split(markers, StringSplitOptions.None).Skip(1))
                {
                    // Code only: drop doc comments and the trailing math comment of each local.
                    string code = string.Join("\n", body.Split('\n').Where(line => !line.TrimStart().StartsWith("///", StringComparison.Ordinal)).Select(line => line.Split(" // ")[0]));
                    // A vector broadcast of a literal (Vector512.Create(1f)) is a constant the JIT materialises, not work.
                    string[] calls = call.Matches(code).Select(m => m.Value).Where(c => !BroadcastLiteral.IsMatch(c)).ToArray();
                    Assert.True(calls.Length == calls.Distinct(StringComparer.Ordinal).Count(), hintName + " repeats a call:\n" + code);
                    members++;
                }
            }

            Assert.True(members >= 20, "only " + members + " members checked");
        }
    }
}
