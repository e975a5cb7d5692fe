// Snapshot (baseline) checks of generated source.
//
// Each snapshot is a committed file tests/Activations.Generator.Tests/Snapshots/<name>.verified.cs holding the full
// generated text, with the [GeneratedCode] version scrubbed to "{version}". On a mismatch the test fails with a unified
// diff and writes <name>.received.cs next to the verified file (git-ignored).
//
// To accept the current output (create or overwrite every *.verified.cs that a test checks), run the tests with
//     ACTIVATIONS_ACCEPT_SNAPSHOTS=1 dotnet test tests/Activations.Generator.Tests
// then review the changed *.verified.cs files with `git diff` before committing them.

using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using DiffPlex.Renderer;
using Xunit;

namespace Activations.Generator.Tests.Infrastructure
{
    internal static class Snapshot
    {
        public const string AcceptVariable = "ACTIVATIONS_ACCEPT_SNAPSHOTS";

        public const string VersionPlaceholder = "{version}";

        private static readonly Regex GeneratedCodeVersion = new Regex(
            "(GeneratedCode\\(\"Activations\\.Generator\", \")([^\"]*)(\"\\))",
            RegexOptions.CultureInvariant);

        private static readonly UTF8Encoding Utf8NoBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

        public static bool AcceptRequested => Environment.GetEnvironmentVariable(AcceptVariable) == "1";

        /// <summary>The Snapshots folder of this test project, found from this file's own path at compile time.</summary>
        public static string Directory => Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(ThisFile()))!, "Snapshots");

        /// <summary>Compares <paramref name="actual"/> with <c>Snapshots/&lt;name&gt;.verified.cs</c>.</summary>
        public static void Match(string name, string actual)
        {
            Assert.True(
                System.IO.Directory.Exists(Directory),
                "The snapshot folder '" + Directory + "' does not exist; snapshot tests must run from a build of the source tree.");
            Match(Directory, name, actual, AcceptRequested);
        }

        /// <summary>The check itself, with the folder and the accept switch explicit so it can be tested.</summary>
        public static void Match(string directory, string name, string actual, bool accept)
        {
            string received = Scrub(actual);
            string verifiedPath = Path.Combine(directory, name + ".verified.cs");
            string receivedPath = Path.Combine(directory, name + ".received.cs");

            if (accept)
            {
                File.WriteAllText(verifiedPath, received, Utf8NoBom);
                File.Delete(receivedPath);
                return;
            }

            if (!File.Exists(verifiedPath))
            {
                File.WriteAllText(receivedPath, received, Utf8NoBom);
                Assert.Fail(
                    "No snapshot '" + verifiedPath + "'. The output was written to '" + receivedPath + "'; review it and rename it, "
                    + "or run with " + AcceptVariable + "=1 to accept it.");
            }

            // A checkout with CRLF line endings must not fail: the generator always writes '\n'.
            string verified = File.ReadAllText(verifiedPath).Replace("\r\n", "\n");
            if (verified == received)
            {
                File.Delete(receivedPath);
                return;
            }

            File.WriteAllText(receivedPath, received, Utf8NoBom);
            string diff = new UnidiffRenderer(contextLines: 3).Generate(verified, received, name + ".verified.cs", name + ".received.cs", ignoreWhitespace: false, ignoreCase: false);
            Assert.Fail(
                "Generated source differs from snapshot '" + verifiedPath + "' (received output written to '" + receivedPath + "'; "
                + "run with " + AcceptVariable + "=1 to accept):\n" + diff);
        }

        /// <summary>Replaces what legitimately changes between builds (the generator version) with a placeholder.</summary>
        public static string Scrub(string source)
            => GeneratedCodeVersion.Replace(source.Replace("\r\n", "\n"), "${1}" + VersionPlaceholder + "${3}");

        private static string ThisFile([CallerFilePath] string path = "") => path;
    }
}
