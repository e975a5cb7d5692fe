using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Activations.Samples.Commands;
using Activations.Samples.Training;
using Xunit;

namespace Activations.Samples.Tests
{
    public class TrainTests
    {
        /// <summary>
        /// The stated bound. Without a non-linearity the network is one linear map, and the best line through sin(x) on
        /// [−π, π] leaves a mean squared error of 1/2 − 3/π² ≈ 0.196; with tanh it fits far below this.
        /// </summary>
        private const double Bound = 0.01;

        /// <summary>A tenth of the default run keeps the test to about a second.</summary>
        private static readonly TrainOptions Short = new TrainOptions(Seed: 7, Epochs: 300);

        [Fact]
        public void Tanh_fits_sin_below_the_bound_and_identity_stays_above_it()
        {
            TrainResult tanh = TrainCommand.Train(Find("Tanh"), Short);
            TrainResult identity = TrainCommand.Train(Find("Identity"), Short);

            Assert.True(tanh.FinalLoss < Bound, $"Tanh reached {tanh.FinalLoss}");
            Assert.True(identity.FinalLoss > Bound, $"Identity reached {identity.FinalLoss}");
            Assert.InRange(identity.FinalLoss, 0.19, 0.25);
        }

        [Fact]
        public void The_same_seed_gives_the_same_losses()
        {
            TrainResult first = TrainCommand.Train(Find("Snake"), Short with { Epochs = 50 });
            TrainResult second = TrainCommand.Train(Find("Snake"), Short with { Epochs = 50 });
            TrainResult other = TrainCommand.Train(Find("Snake"), Short with { Epochs = 50, Seed = 8 });

            Assert.Equal(first.Losses, second.Losses);
            Assert.Equal(first.FitY, second.FitY);
            Assert.NotEqual(first.Losses, other.Losses);
        }

        [Fact]
        public void Snake_learns_its_alpha_through_the_generated_BackwardByAlpha_kernel()
        {
            TrainResult snake = TrainCommand.Train(Find("Snake"), Short);

            Assert.NotNull(snake.LearnedParameter);
            Assert.StartsWith("alpha = ", snake.LearnedParameter);
            Assert.NotEqual("alpha = 1", snake.LearnedParameter);
            Assert.True(snake.FinalLoss < Bound, $"Snake reached {snake.FinalLoss}");
        }

        [Fact]
        public void The_command_prints_a_loss_per_activation_and_writes_both_charts()
        {
            string directory = CliRunner.TempDirectory();

            var (exitCode, output, error) = CliRunner.Run(
                "train", "--epochs", "200", "--seed", "3", "--activation", "Tanh", "--activation", "identity", "--out-dir", directory);

            Assert.Equal(0, exitCode);
            Assert.Equal(string.Empty, error);
            string[] rows = output.Split('\n').Where(l => Regex.IsMatch(l, @"^\w+ +\d\.\d{3}e[+-]\d\d$")).ToArray();
            Assert.Equal(2, rows.Length);
            Assert.StartsWith("Tanh ", rows[0]);
            Assert.StartsWith("Identity ", rows[1]);
            Assert.Contains("200 epochs, seed 3", output);
            CliRunner.AssertPng(Path.Combine(directory, "train-loss.png"), Charts.Width, Charts.Height);
            CliRunner.AssertPng(Path.Combine(directory, "train-fit.png"), Charts.Width, Charts.Height);
        }

        [Fact]
        public void Trains_every_activation_the_issue_lists()
        {
            Assert.Equal(
                new[] { "Identity", "Relu", "Tanh", "Sigmoid", "Gelu", "Swish", "Mish", "Snake" },
                HiddenActivation.Standard.Select(a => a.Name));
        }

        [Fact]
        public void An_unknown_activation_is_a_usage_error()
        {
            var (exitCode, _, error) = CliRunner.Run("train", "--activation", "Softmax");

            Assert.Equal(ExitCodes.Usage, exitCode);
            Assert.Contains("Identity, Relu, Tanh", error);
        }

        private static HiddenActivation Find(string name) => HiddenActivation.Standard.Single(a => a.Name == name);
    }
}
