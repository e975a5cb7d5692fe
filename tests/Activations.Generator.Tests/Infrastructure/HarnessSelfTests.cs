using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Activations.Generator.Tests.Infrastructure
{
    /// <summary>
    /// The harness and the snapshot check are what every driver test trusts, so they are tested too: a clean-compile
    /// check that cannot see CS1591 or nullable warnings, or a snapshot check that passes on a mismatch, would make the
    /// other tests vacuous.
    /// </summary>
    public sealed class HarnessSelfTests
    {
        [Fact]
        public void Compilation_options_surface_missing_doc_comments()
        {
            Compilation compilation = GeneratorHarness.CreateCompilation("namespace Demo { public static class Undocumented { public static int F() => 1; } }");

            string[] ids = compilation.GetDiagnostics(TestContext.Current.CancellationToken).Select(d => d.Id).ToArray();

            Assert.Contains("CS1591", ids);
        }

        [Fact]
        public void Compilation_options_surface_nullable_warnings()
        {
            Compilation compilation = GeneratorHarness.CreateCompilation("namespace Demo { internal static class C { internal static string F() => null; } }");

            string[] ids = compilation.GetDiagnostics(TestContext.Current.CancellationToken).Select(d => d.Id).ToArray();

            Assert.Contains("CS8603", ids);
        }

        [Fact]
        public void Clean_compile_check_fails_on_a_warning_in_the_output()
        {
            GeneratorRun run = GeneratorHarness.Run("""
                using Activations;

                namespace Demo
                {
                    /// <summary>Holder.</summary>
                    public static partial class Acts
                    {
                        [Activation("x")]
                        public static partial float F(float x);

                        internal static string G() => null;
                    }
                }
                """);

            Assert.ThrowsAny<Exception>(() => GeneratorHarness.AssertCompilesCleanly(run));
        }

        [Fact]
        public void References_are_the_framework_plus_the_runtime_only()
        {
            string[] names = GeneratorHarness.References.Select(r => Path.GetFileNameWithoutExtension(r.Display!)).ToArray();

            Assert.Contains("System.Runtime", names);
            Assert.Contains("Activations.Runtime", names);
            Assert.DoesNotContain("Activations.Generator", names);
            Assert.DoesNotContain("Microsoft.CodeAnalysis", names);
            Assert.DoesNotContain("xunit.v3.assert", names);
        }

        [Fact]
        public void Loaded_assemblies_are_collectible()
        {
            GeneratorRun run = GeneratorHarness.Run("""
                using Activations;

                namespace Demo
                {
                    /// <summary>Holder.</summary>
                    public static partial class Acts
                    {
                        [Activation("2 * x")]
                        public static partial double Twice(double x);
                    }
                }
                """);

            using LoadedAssembly loaded = GeneratorHarness.EmitAndLoad(run.OutputCompilation);

            Assert.True(loaded.Assembly.IsCollectible);
            Assert.Equal(6.0, loaded.Invoke<double>("Demo.Acts", "Twice", 3.0));
            Assert.Equal(2.0, loaded.Invoke<double>("Demo.Acts", "TwiceDerivative", 3.0));
        }

        [Fact]
        public void Scrub_replaces_only_the_generated_code_version()
        {
            const string text = "[global::System.CodeDom.Compiler.GeneratedCode(\"Activations.Generator\", \"0.1.0.0\")]\r\nvar v = \"0.1.0.0\";\n";

            string scrubbed = Snapshot.Scrub(text);

            Assert.Equal("[global::System.CodeDom.Compiler.GeneratedCode(\"Activations.Generator\", \"{version}\")]\nvar v = \"0.1.0.0\";\n", scrubbed);
        }

        [Fact]
        public void Snapshot_mismatch_fails_with_a_unified_diff_and_writes_the_received_file()
        {
            string directory = NewTempDirectory();
            try
            {
                File.WriteAllText(Path.Combine(directory, "Case.verified.cs"), "line one\nline two\nline three\n");

                Exception failure = Assert.ThrowsAny<Exception>(() => Snapshot.Match(directory, "Case", "line one\nline 2\nline three\n", accept: false));

                Assert.Contains("@@", failure.Message, StringComparison.Ordinal);
                Assert.Contains("-line two", failure.Message, StringComparison.Ordinal);
                Assert.Contains("+line 2", failure.Message, StringComparison.Ordinal);
                Assert.Equal("line one\nline 2\nline three\n", File.ReadAllText(Path.Combine(directory, "Case.received.cs")));
                Assert.Equal("line one\nline two\nline three\n", File.ReadAllText(Path.Combine(directory, "Case.verified.cs")));
            }
            finally
            {
                Directory.Delete(directory, recursive: true);
            }
        }

        [Fact]
        public void Snapshot_missing_verified_file_fails_and_writes_the_received_file()
        {
            string directory = NewTempDirectory();
            try
            {
                Assert.ThrowsAny<Exception>(() => Snapshot.Match(directory, "New", "text\n", accept: false));

                Assert.True(File.Exists(Path.Combine(directory, "New.received.cs")));
                Assert.False(File.Exists(Path.Combine(directory, "New.verified.cs")));
            }
            finally
            {
                Directory.Delete(directory, recursive: true);
            }
        }

        [Fact]
        public void Snapshot_accept_writes_the_verified_file_and_a_match_removes_a_stale_received_file()
        {
            string directory = NewTempDirectory();
            try
            {
                File.WriteAllText(Path.Combine(directory, "Case.received.cs"), "stale");

                Snapshot.Match(directory, "Case", "GeneratedCode(\"Activations.Generator\", \"9.9.9.9\")\n", accept: true);

                Assert.Equal("GeneratedCode(\"Activations.Generator\", \"{version}\")\n", File.ReadAllText(Path.Combine(directory, "Case.verified.cs")));
                Assert.False(File.Exists(Path.Combine(directory, "Case.received.cs")));

                // A different version still matches; CRLF in the committed file still matches.
                File.WriteAllText(Path.Combine(directory, "Case.verified.cs"), "GeneratedCode(\"Activations.Generator\", \"{version}\")\r\n");
                File.WriteAllText(Path.Combine(directory, "Case.received.cs"), "stale");
                Snapshot.Match(directory, "Case", "GeneratedCode(\"Activations.Generator\", \"1.0.0.0\")\n", accept: false);
                Assert.False(File.Exists(Path.Combine(directory, "Case.received.cs")));
            }
            finally
            {
                Directory.Delete(directory, recursive: true);
            }
        }

        private static string NewTempDirectory()
        {
            string directory = Path.Combine(Path.GetTempPath(), "activations-snapshot-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(directory);
            return directory;
        }
    }
}
