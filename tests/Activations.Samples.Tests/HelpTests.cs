using Xunit;

namespace Activations.Samples.Tests
{
    public class HelpTests
    {
        [Theory]
        [InlineData("", "--gallery")]
        [InlineData("derive", "--wrt")]
        [InlineData("derive", "--order")]
        [InlineData("derive", "--param")]
        [InlineData("plot", "--from")]
        [InlineData("plot", "--out")]
        [InlineData("train", "--seed")]
        [InlineData("train", "--epochs")]
        public void Every_command_has_help(string command, string option)
        {
            string[] args = command.Length == 0 ? new[] { "--help" } : new[] { command, "--help" };

            var (exitCode, output, _) = CliRunner.Run(args);

            Assert.Equal(0, exitCode);
            Assert.Contains("Usage:", output);
            Assert.Contains(option, output);
        }

        [Fact]
        public void An_unknown_option_is_an_error()
        {
            var (exitCode, _, error) = CliRunner.Run("derive", "x", "--bogus");

            Assert.NotEqual(0, exitCode);
            Assert.Contains("--bogus", error);
        }
    }
}
