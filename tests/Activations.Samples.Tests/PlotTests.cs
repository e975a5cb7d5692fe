using System.IO;
using Xunit;

namespace Activations.Samples.Tests
{
    public class PlotTests
    {
        [Fact]
        public void Writes_a_png_of_the_function_and_its_derivative()
        {
            string path = Path.Combine(CliRunner.TempDirectory(), "mish.png");

            var (exitCode, output, error) = CliRunner.Run("plot", "x * tanh(softplus(x))", "--out", path);

            Assert.Equal(0, exitCode);
            Assert.Equal(string.Empty, error);
            Assert.Contains("wrote " + path, output);
            long size = CliRunner.AssertPng(path, Charts.Width, Charts.Height);
            Assert.True(size > 20_000, $"{size} bytes is too small for a chart with two curves, axes and a title");
        }

        [Fact]
        public void Hyperparameters_take_values_from_param_and_default_to_one()
        {
            string path = Path.Combine(CliRunner.TempDirectory(), "sub", "swish.png");

            var (exitCode, output, _) = CliRunner.Run("plot", "x * sigmoid(beta * x) + gamma", "--param", "beta=2.5", "--from", "-3", "--to", "3", "--out", path);

            Assert.Equal(0, exitCode);
            Assert.Contains("beta = 2.5, gamma = 1", output);
            CliRunner.AssertPng(path, Charts.Width, Charts.Height);
        }

        [Fact]
        public void Poles_and_undefined_values_leave_gaps_instead_of_failing()
        {
            string path = Path.Combine(CliRunner.TempDirectory(), "log.png");

            var (exitCode, output, _) = CliRunner.Run("plot", "log(x)", "--out", path);

            Assert.Equal(0, exitCode);
            Assert.Contains("not finite", output);
            CliRunner.AssertPng(path, Charts.Width, Charts.Height);
        }

        [Fact]
        public void A_bad_expression_prints_the_diagnostic_and_writes_nothing()
        {
            string path = Path.Combine(CliRunner.TempDirectory(), "bad.png");

            var (exitCode, _, error) = CliRunner.Run("plot", "x * (", "--out", path);

            Assert.Equal(ExitCodes.ExpressionError, exitCode);
            Assert.StartsWith("error ACT0001: Syntax error: ", error);
            Assert.Contains("\n  x * (\n", error);
            Assert.False(File.Exists(path));
        }

        [Theory]
        [InlineData("--param", "delta=2")]
        [InlineData("--param", "beta=abc")]
        [InlineData("--from", "3")]
        public void Options_that_make_no_sense_are_usage_errors(string option, string value)
        {
            string path = Path.Combine(CliRunner.TempDirectory(), "unused.png");

            var (exitCode, _, error) = CliRunner.Run("plot", "x * beta", option, value, "--to", "2", "--out", path);

            Assert.Equal(ExitCodes.Usage, exitCode);
            Assert.NotEqual(string.Empty, error);
            Assert.False(File.Exists(path));
        }
    }
}
