using System;
using System.IO;
using System.Linq;
using Xunit;

namespace Activations.Samples.Tests
{
    /// <summary>The samples' table of every built-in: f and f′ at −2, −1, 0, 1, 2.</summary>
    public class BuiltinTableTests
    {
        [Fact]
        public void Every_builtin_has_a_row_of_five_points_and_no_negative_zero()
        {
            var writer = new StringWriter();
            BuiltinTable.Print(writer);
            string[] lines = writer.ToString().Split('\n');

            string gaussian = Assert.Single(lines, l => l.StartsWith("Gaussian", StringComparison.Ordinal));
            Assert.Equal(5, gaussian.Split('/').Length - 1);
            Assert.Contains("1.0000 / 0.0000", gaussian, StringComparison.Ordinal); // f(0) = 1, f′(0) = −2·0·e⁰ = −0
            Assert.DoesNotContain(lines, l => l.Contains("-0.0000", StringComparison.Ordinal));
            Assert.Contains(lines, l => l.StartsWith("Sigmoid ", StringComparison.Ordinal) && l.Contains("0.5000 / 0.2500", StringComparison.Ordinal));
        }

        [Theory]
        [InlineData(-0.0, "0.0000")]
        [InlineData(-1e-7, "0.0000")]
        [InlineData(-0.25, "-0.2500")]
        [InlineData(1.5, "1.5000")]
        public void Values_print_with_four_decimals_and_zero_without_a_sign(double value, string expected) =>
            Assert.Equal(expected, BuiltinTable.Format(value));
    }
}
