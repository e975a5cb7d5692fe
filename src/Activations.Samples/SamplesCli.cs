using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using Activations.Generator.Emit;
using Activations.Samples.Commands;

namespace Activations.Samples
{
    /// <summary>
    /// The command line: no arguments for the tour (Swish example, table of built-ins, gallery), or <c>derive</c>,
    /// <c>plot</c> and <c>train</c>. Every command writes to the given writers and returns its exit code, so tests run
    /// them as functions.
    /// </summary>
    public static class SamplesCli
    {
        public static int Run(string[] args, TextWriter output, TextWriter error)
        {
            ParseResult parsed = Build(output, error).Parse(args);
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
        }

        public static RootCommand Build(TextWriter output, TextWriter error)
        {
            var gallery = new Option<string>("--gallery")
            {
                Description = "The folder to write the gallery into (PNG charts and index.html).",
                DefaultValueFactory = _ => "gallery",
            };
            var root = new RootCommand(
                "Samples of the Activations generator. With no command: the Swish example, f and f′ of every built-in "
                + "activation, and a gallery of charts with an index.html.")
            {
                gallery,
                BuildDerive(output, error),
                BuildPlot(output, error),
                BuildTrain(output, error),
            };
            root.SetAction(result => DefaultRun.Run(result.GetValue(gallery)!, output));
            return root;
        }

        private static Command BuildDerive(TextWriter output, TextWriter error)
        {
            var expression = new Argument<string>("expression") { Description = "A formula in the activation DSL, e.g. \"x * sigmoid(beta * x)\"." };
            var wrt = new Option<string?>("--wrt") { Description = "Differentiate with respect to this parameter instead of the input." };
            var order = new Option<int>("--order") { Description = $"Which derivative: 1 (f′) to {DeriveCommand.MaxOrder}.", DefaultValueFactory = _ => 1 };
            var input = InputOption();
            var parameters = new Option<string[]>("--param")
            {
                Description = "A hyperparameter name, repeatable; gives the parameter list and its order. Without it the "
                    + "parameters are the input followed by every other name in the formula (not pi, e or a function name).",
            };
            var type = new Option<string>("--type") { Description = "The numeric type of the emitted C#.", DefaultValueFactory = _ => "float" };
            type.AcceptOnlyFromAmong("float", "double");
            var name = new Option<string>("--name") { Description = "The method name of the emitted C#.", DefaultValueFactory = _ => "Activation" };
            var full = new Option<bool>("--full") { Description = "Print the whole generated file: also the Vector<T> overloads and span kernels." };
            var command = new Command(
                "derive",
                "Print f and its derivative in math notation, simplified, then the C# the generator emits for the formula. "
                + "A bad formula prints the compiler's ACT error with a caret under the column, and exits with 1.")
            {
                expression, wrt, order, input, parameters, type, name, full,
            };
            command.SetAction(result =>
            {
                if (!PlotCommand.TryParseValues(result.GetValue(parameters), out var given, out string? problem))
                {
                    error.WriteLine(problem);
                    return ExitCodes.Usage;
                }

                var options = new DeriveOptions(
                    result.GetValue(expression)!,
                    result.GetValue(input)!,
                    given.Select(p => p.Name).ToArray(),
                    result.GetValue(wrt),
                    result.GetValue(order),
                    result.GetValue(type) == "double" ? NumericType.Double : NumericType.Single,
                    result.GetValue(name)!,
                    result.GetValue(full));
                return DeriveCommand.Run(options, output, error);
            });
            return command;
        }

        private static Command BuildPlot(TextWriter output, TextWriter error)
        {
            var expression = new Argument<string>("expression") { Description = "A formula in the activation DSL, e.g. \"x * tanh(softplus(x))\"." };
            var from = new Option<double>("--from") { Description = "Left end of the x range.", DefaultValueFactory = _ => -6 };
            var to = new Option<double>("--to") { Description = "Right end of the x range.", DefaultValueFactory = _ => 6 };
            var outFile = new Option<string>("--out") { Description = "The PNG file to write (gallery/ is in .gitignore).", DefaultValueFactory = _ => "gallery/plot.png" };
            var input = InputOption();
            var parameters = new Option<string[]>("--param")
            {
                Description = "name=value for a hyperparameter, repeatable (e.g. --param beta=1.5). The hyperparameters are every name "
                    + $"in the formula other than the input, pi, e and functions; unset ones are {PlotCommand.DefaultValue}.",
            };
            var points = new Option<int>("--points") { Description = "How many points to evaluate.", DefaultValueFactory = _ => 1201 };
            var command = new Command(
                "plot",
                "Chart f and f′ of any formula, derived and evaluated at run time by the generator's symbolic core (nothing is compiled).")
            {
                expression, from, to, outFile, input, parameters, points,
            };
            command.SetAction(result => PlotCommand.Run(
                new PlotOptions(
                    result.GetValue(expression)!,
                    result.GetValue(from),
                    result.GetValue(to),
                    result.GetValue(outFile)!,
                    result.GetValue(input)!,
                    result.GetValue(parameters),
                    result.GetValue(points)),
                output,
                error));
            return command;
        }

        private static Command BuildTrain(TextWriter output, TextWriter error)
        {
            var seed = new Option<int>("--seed") { Description = "Seeds the initial weights; the same seed gives the same losses.", DefaultValueFactory = _ => 1 };
            var epochs = new Option<int>("--epochs") { Description = "Full-batch Adam steps per activation.", DefaultValueFactory = _ => TrainCommand.DefaultEpochs };
            var hidden = new Option<int>("--hidden") { Description = "Hidden units.", DefaultValueFactory = _ => 32 };
            var samples = new Option<int>("--samples") { Description = "Training points, evenly spaced on [−π, π].", DefaultValueFactory = _ => TrainCommand.DefaultSamples };
            var rate = new Option<double>("--learning-rate") { Description = "Adam's learning rate.", DefaultValueFactory = _ => 0.01 };
            var activations = new Option<string[]>("--activation")
            {
                Description = "Train only these, repeatable: " + string.Join(", ", Training.HiddenActivation.Standard.Select(a => a.Name)) + ". Default: all.",
            };
            var outDirectory = new Option<string>("--out-dir") { Description = "Where to write train-loss.png and train-fit.png.", DefaultValueFactory = _ => "gallery" };
            var command = new Command(
                "train",
                "Fit a 1→32→1 MLP to sin(x) on [−π, π] once per activation (identity, Relu, Tanh, Sigmoid, Gelu, Swish, Mish "
                + "and the samples' Snake), with the generated span kernels as the only activation code; print the final "
                + "losses and chart the loss curves and fitted curves.")
            {
                seed, epochs, hidden, samples, rate, activations, outDirectory,
            };
            command.SetAction(result => TrainCommand.Run(
                new TrainOptions(
                    result.GetValue(seed),
                    result.GetValue(epochs),
                    result.GetValue(hidden),
                    result.GetValue(samples),
                    result.GetValue(rate),
                    result.GetValue(activations),
                    result.GetValue(outDirectory)!),
                output,
                error));
            return command;
        }

        private static Option<string> InputOption() => new Option<string>("--input")
        {
            Description = "The name of the input variable in the formula.",
            DefaultValueFactory = _ => "x",
        };
    }
}
