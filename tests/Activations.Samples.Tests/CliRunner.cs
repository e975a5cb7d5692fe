using System;
using System.IO;

namespace Activations.Samples.Tests
{
    /// <summary>Runs the samples' command line in-process and captures what it prints.</summary>
    internal static class CliRunner
    {
        public static (int ExitCode, string Output, string Error) Run(params string[] args)
        {
            var output = new StringWriter { NewLine = "\n" };
            var error = new StringWriter { NewLine = "\n" };
            int exitCode = SamplesCli.Run(args, output, error);
            return (exitCode, output.ToString(), error.ToString());
        }

        /// <summary>A new empty folder under the temp directory.</summary>
        public static string TempDirectory()
        {
            string path = Path.Combine(Path.GetTempPath(), "activations-samples-tests", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(path);
            return path;
        }

        /// <summary>Asserts that <paramref name="path"/> is a PNG of the given size and returns its length in bytes.</summary>
        public static long AssertPng(string path, int width, int height)
        {
            byte[] bytes = File.ReadAllBytes(path);
            byte[] signature = { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A };
            Xunit.Assert.True(bytes.Length > 33, path + " is too short to be a PNG");
            Xunit.Assert.Equal(signature, bytes[..8]);
            Xunit.Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(bytes, 12, 4));
            Xunit.Assert.Equal(width, BigEndian(bytes, 16));
            Xunit.Assert.Equal(height, BigEndian(bytes, 20));
            return bytes.Length;
        }

        private static int BigEndian(byte[] bytes, int offset)
            => (bytes[offset] << 24) | (bytes[offset + 1] << 16) | (bytes[offset + 2] << 8) | bytes[offset + 3];
    }
}
