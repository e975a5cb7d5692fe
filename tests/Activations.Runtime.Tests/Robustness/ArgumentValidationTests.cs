using System;
using System.Globalization;
using System.Linq;
using System.Numerics;
using Activations.Runtime.Tests.Kernels;
using Xunit;

namespace Activations.Runtime.Tests.Robustness
{
    /// <summary>
    /// Every span member of the built-ins rejects bad arguments with an <see cref="ArgumentException"/> whose ParamName is
    /// the parameter at fault and whose message a user can act on: it names that parameter, gives the lengths involved,
    /// has no unfilled placeholder, and nothing has been written when it is thrown. (Driver-level checks of ParamName
    /// for the test activations are in Kernels/GeneratedKernelTests; these add the message and every built-in.)
    /// </summary>
    public sealed class ArgumentValidationTests
    {
        public static TheoryData<string, string> Cases => BuiltinCase.Rows(withHyperparametersOnly: false);

        [Theory]
        [MemberData(nameof(Cases))]
        public void Bad_arguments_throw_readable_messages_naming_the_parameter_and_write_nothing(string type, string name)
        {
            if (type == "float")
            {
                Check<float>(BuiltinCase.Get(name));
            }
            else
            {
                Assert.Equal("double", type);
                Check<double>(BuiltinCase.Get(name));
            }
        }

        private static void Check<T>(BuiltinCase builtin)
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            var kernels = new BuiltinKernels<T>(builtin, builtin.IsExact ? builtin.Hyperparameters.Select(_ => T.CreateTruncating(0.5)).ToArray() : builtin.SpecHyperparameters.Select(T.CreateTruncating).ToArray());
            foreach (int n in new[] { 2, 5, 37 })
            {
                T[] x = Enumerable.Range(0, n).Select(i => T.CreateTruncating(i - 1.5)).ToArray();
                T[] g = Enumerable.Range(0, n).Select(i => T.CreateTruncating(0.25 * i)).ToArray();
                string shorter = "(" + (n - 1).ToString(CultureInfo.InvariantCulture) + " elements)";
                string inputLength = "(" + n.ToString(CultureInfo.InvariantCulture) + " elements)";

                for (int o = 0; o < kernels.Spans.Length; o++)
                {
                    SpanMap<T> span = kernels.Spans[o];
                    string member = builtin.Name + kernels.Suffixes[o];
                    Throws<T>(member + ": destination too short", n - 1, "destination", buffer => span(x, buffer), shorter, inputLength);
                    Overlap<T>(member, n, "destination", (buffer, input, output) => span(buffer.AsSpan(input, n), buffer.AsSpan(output, n)));
                }

                Throws<T>(builtin.Name + "Backward: inputGradient too short", n - 1, "inputGradient", buffer => kernels.Backward(x, g, buffer), shorter, inputLength);
                Throws<T>(builtin.Name + "Backward: outputGradient too short", n, "outputGradient", buffer => kernels.Backward(x, g.AsSpan(0, n - 1), buffer), (n - 1).ToString(CultureInfo.InvariantCulture), n.ToString(CultureInfo.InvariantCulture));
                Throws<T>(builtin.Name + "Backward: outputGradient too long", n, "outputGradient", buffer => kernels.Backward(x, g.Concat(g).ToArray(), buffer), (2 * n).ToString(CultureInfo.InvariantCulture), n.ToString(CultureInfo.InvariantCulture));
                Overlap<T>(builtin.Name + "Backward over x", n, "inputGradient", (buffer, input, output) => kernels.Backward(buffer.AsSpan(input, n), g, buffer.AsSpan(output, n)));
                Overlap<T>(builtin.Name + "Backward over outputGradient", n, "inputGradient", (buffer, input, output) => kernels.Backward(x, buffer.AsSpan(input, n), buffer.AsSpan(output, n)));

                Throws<T>(builtin.Name + "WithDerivative: values too short", n - 1, "values", buffer => kernels.WithDerivative(x, buffer, new T[n]), shorter, inputLength);
                Throws<T>(builtin.Name + "WithDerivative: derivatives too short", n - 1, "derivatives", buffer => kernels.WithDerivative(x, new T[n], buffer), shorter, inputLength);
                Overlap<T>(builtin.Name + "WithDerivative values over x", n, "values", (buffer, input, output) => kernels.WithDerivative(buffer.AsSpan(input, n), buffer.AsSpan(output, n), new T[n]));
                Overlap<T>(builtin.Name + "WithDerivative derivatives over x", n, "derivatives", (buffer, input, output) => kernels.WithDerivative(buffer.AsSpan(input, n), new T[n], buffer.AsSpan(output, n)));

                // values and derivatives may not share memory at all, not even exactly: the message names both.
                foreach (int shift in new[] { 0, 1 })
                {
                    T[] both = Filled<T>(n + 1);
                    ArgumentException e = Assert.Throws<ArgumentException>(() => kernels.WithDerivative(x, both.AsSpan(0, n), both.AsSpan(shift, n)));
                    AssertReadable(e, e.ParamName == "values" ? "values" : "derivatives", builtin.Name + "WithDerivative: values overlapping derivatives");
                    Assert.Contains("values", e.Message, StringComparison.Ordinal);
                    Assert.Contains("derivatives", e.Message, StringComparison.Ordinal);
                    AssertUntouched(both, builtin.Name + "WithDerivative: values overlapping derivatives");
                }

                for (int k = 0; k < kernels.BackwardBy.Length; k++)
                {
                    SpanSum<T> sum = kernels.BackwardBy[k];
                    string member = builtin.Name + "BackwardBy" + builtin.Hyperparameters[k];
                    ArgumentException shortGradient = Assert.Throws<ArgumentException>(() => sum(x, g.AsSpan(0, n - 1)));
                    AssertReadable(shortGradient, "outputGradient", member + ": outputGradient too short", (n - 1).ToString(CultureInfo.InvariantCulture), n.ToString(CultureInfo.InvariantCulture));
                    ArgumentException longGradient = Assert.Throws<ArgumentException>(() => sum(x, g.Concat(g).ToArray()));
                    AssertReadable(longGradient, "outputGradient", member + ": outputGradient too long", (2 * n).ToString(CultureInfo.InvariantCulture));
                }
            }
        }

        /// <summary>The call must throw naming <paramref name="parameter"/>, with the given texts in its message, and leave the output buffer as it was.</summary>
        private static void Throws<T>(string what, int outputLength, string parameter, Action<T[]> call, params string[] mentions)
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            T[] output = Filled<T>(outputLength);
            ArgumentException? e = null;
            try
            {
                call(output);
            }
            catch (ArgumentException caught)
            {
                e = caught;
            }

            Assert.True(e is not null, what + ": no ArgumentException");
            AssertReadable(e!, parameter, what, mentions);
            AssertUntouched(output, what);
        }

        /// <summary>Input and output in one buffer, one element apart either way: the output parameter is named, nothing is written.</summary>
        private static void Overlap<T>(string what, int n, string parameter, Action<T[], int, int> call)
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            foreach ((int input, int output) in new[] { (0, 1), (1, 0) })
            {
                T[] buffer = Enumerable.Range(0, n + 1).Select(i => T.CreateTruncating(i + 0.5)).ToArray();
                T[] before = (T[])buffer.Clone();
                ArgumentException? e = null;
                try
                {
                    call(buffer, input, output);
                }
                catch (ArgumentException caught)
                {
                    e = caught;
                }

                string where = what + " (input at " + input + ", output at " + output + ", length " + n + ")";
                Assert.True(e is not null, where + ": a partial overlap was accepted");
                AssertReadable(e!, parameter, where, "overlap");
                Assert.True(buffer.AsSpan().SequenceEqual(before), where + ": the buffer changed before the overlap was reported");
            }
        }

        /// <summary>
        /// ParamName is the parameter; the message names it, mentions the given texts, is one or two plain sentences without
        /// placeholders or doubled blanks, and ends with .NET's "(Parameter '…')".
        /// </summary>
        private static void AssertReadable(ArgumentException e, string parameter, string what, params string[] mentions)
        {
            Assert.True(e.ParamName == parameter, what + ": ParamName is '" + e.ParamName + "', expected '" + parameter + "'");
            string message = e.Message;
            string suffix = " (Parameter '" + parameter + "')";
            Assert.True(message.EndsWith(suffix, StringComparison.Ordinal), what + ": '" + message + "' does not end with" + suffix);
            string text = message.Substring(0, message.Length - suffix.Length);
            Assert.True(text.Contains(parameter, StringComparison.Ordinal), what + ": the message does not name '" + parameter + "': " + text);
            foreach (string mention in mentions)
            {
                Assert.True(text.Contains(mention, StringComparison.Ordinal), what + ": the message does not mention '" + mention + "': " + text);
            }

            Assert.True(char.IsUpper(text[0]) && text.EndsWith('.'), what + ": not a sentence: " + text);
            Assert.True(text.IndexOfAny(new[] { '{', '}' }) < 0 && !text.Contains("  ", StringComparison.Ordinal), what + ": placeholder or doubled blank: " + text);
            Assert.InRange(text.Length, 20, 200);
        }

        private static T[] Filled<T>(int length)
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            var values = new T[length];
            Array.Fill(values, RandomValues.Sentinel<T>());
            return values;
        }

        private static void AssertUntouched<T>(T[] buffer, string what)
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            long sentinel = RandomValues.Bits(RandomValues.Sentinel<T>());
            Assert.True(buffer.All(v => RandomValues.Bits(v) == sentinel), what + ": an output was written before the exception");
        }
    }
}
