using System;
using System.IO;
using System.Linq;
using System.Reflection;
using Activations.Generator.Tests.Infrastructure;
using Xunit;

namespace Activations.Generator.Tests.Driver
{
    /// <summary>
    /// Compiles the generated code in memory, loads it, and checks f, f′, f″ and ∂f/∂p against closed forms written
    /// independently here in double (1 − σ(z) as σ(−z), tanh′ as 1/cosh², so the reference does not share the generated
    /// code's formulas). Float members are compared with the double closed form at the same (float) inputs.
    /// </summary>
    /// <remarks>
    /// The bound is <c>|actual − expected| ≤ tol · max(|expected|, scale)</c>, tol = 1e-6 for float (about 8 ULP) and
    /// 1e-13 for double. <c>scale</c> is the size of the terms the generated formula subtracts: the derivatives reuse the
    /// forward values (σ′ = σ(1 − σ), tanh′ = 1 − tanh²), and where σ or tanh saturate, 1 − σ and 1 − tanh² cancel, so a
    /// few ULP of 1 is all the arithmetic can deliver there. Where nothing cancels, scale is 0 and the bound is purely relative.
    /// </remarks>
    public sealed class CompileAndRunTests
    {
        private const double FloatTolerance = 1e-6;
        private const double DoubleTolerance = 1e-13;

        private static readonly float[] FloatPoints = { -6f, -2.5f, -1f, -0.3f, 0.25f, 0.75f, 1.5f, 4f };
        private static readonly double[] DoublePoints = { -6, -2.5, -1, -0.3, 0.25, 0.75, 1.5, 4, 9.5 };

        private static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));

        private static double Sech2(double z) => 1 / (Math.Cosh(z) * Math.Cosh(z));

        [Fact]
        public void Swish_float_matches_closed_forms()
        {
            const string source = """
                using Activations;

                namespace Demo
                {
                    /// <summary>Holder.</summary>
                    public static partial class Acts
                    {
                        [Activation("x * sigmoid(beta * x)")]
                        public static partial float Swish(float x, float beta);
                    }
                }
                """;

            using LoadedAssembly loaded = CompileAndLoad(source);
            foreach (float beta in new[] { 0.5f, 1f, 1.702f })
            {
                foreach (float x in FloatPoints)
                {
                    CheckSwish(loaded, "Swish", "SwishDerivativeByBeta", x, beta);
                }
            }
        }

        [Fact]
        public void Elu_double_with_default_matches_closed_forms_and_keeps_the_default()
        {
            const string source = """
                using Activations;

                namespace Demo
                {
                    /// <summary>Holder.</summary>
                    public static partial class Acts
                    {
                        [Activation("x > 0 ? x : alpha * expm1(x)")]
                        public static partial double Elu(double x, double alpha = 1.0);
                    }
                }
                """;

            using LoadedAssembly loaded = CompileAndLoad(source);
            string[] members = { "Elu", "EluDerivative", "EluSecondDerivative", "EluDerivativeByAlpha" };
            foreach (string member in members)
            {
                ParameterInfo alpha = loaded.Method("Demo.Acts", member, typeof(double), typeof(double)).GetParameters()[1];
                Assert.Equal("alpha", alpha.Name);
                Assert.True(alpha.HasDefaultValue, member + " lost the default of alpha");
                Assert.Equal(1.0, alpha.DefaultValue);
            }

            foreach (double alpha in new[] { 1.0, 0.3 })
            {
                foreach (double x in DoublePoints.Append(0.0).Append(1e-9).Append(-1e-9))
                {
                    bool positive = x > 0;
                    AssertClose(positive ? x : alpha * Expm1(x), loaded.Invoke<double>("Demo.Acts", "Elu", x, alpha), x, alpha);
                    AssertClose(positive ? 1 : alpha * Math.Exp(x), loaded.Invoke<double>("Demo.Acts", "EluDerivative", x, alpha), x, alpha);
                    AssertClose(positive ? 0 : alpha * Math.Exp(x), loaded.Invoke<double>("Demo.Acts", "EluSecondDerivative", x, alpha), x, alpha);
                    AssertClose(positive ? 0 : Expm1(x), loaded.Invoke<double>("Demo.Acts", "EluDerivativeByAlpha", x, alpha), x, alpha);
                }
            }

            // At the kink the condition is false, so the second branch gives the derivative (the documented convention).
            Assert.Equal(0.5, loaded.Invoke<double>("Demo.Acts", "EluDerivative", 0.0, 0.5));
        }

        [Fact]
        public void Hard_sigmoid_float_with_defaults_matches_and_is_zero_at_the_clamp_edges()
        {
            const string source = """
                using Activations;

                namespace Demo
                {
                    /// <summary>Holder.</summary>
                    public static partial class Acts
                    {
                        [Activation("clamp(slope * x + offset, 0, 1)")]
                        public static partial float HardSigmoid(float x, float slope = 0.2f, float offset = 0.5f);
                    }
                }
                """;

            using LoadedAssembly loaded = CompileAndLoad(source);
            Type f = typeof(float);
            foreach (string member in new[] { "HardSigmoid", "HardSigmoidDerivative", "HardSigmoidSecondDerivative", "HardSigmoidDerivativeBySlope", "HardSigmoidDerivativeByOffset" })
            {
                ParameterInfo[] parameters = loaded.Method("Demo.Acts", member, f, f, f).GetParameters();
                Assert.False(parameters[0].HasDefaultValue);
                Assert.Equal(0.2f, parameters[1].DefaultValue);
                Assert.Equal(0.5f, parameters[2].DefaultValue);
            }

            const float slope = 0.25f;
            const float offset = 0.5f;
            foreach (float x in new[] { -5f, -1.5f, -0.5f, 0f, 0.5f, 1.5f, 5f })
            {
                double t = (double)slope * x + offset;
                bool inside = t > 0 && t < 1;
                AssertClose(Math.Clamp(t, 0, 1), loaded.Invoke<float>("Demo.Acts", "HardSigmoid", x, slope, offset), x, slope);
                AssertClose(inside ? slope : 0, loaded.Invoke<float>("Demo.Acts", "HardSigmoidDerivative", x, slope, offset), x, slope);
                AssertClose(0, loaded.Invoke<float>("Demo.Acts", "HardSigmoidSecondDerivative", x, slope, offset), x, slope);
                AssertClose(inside ? x : 0, loaded.Invoke<float>("Demo.Acts", "HardSigmoidDerivativeBySlope", x, slope, offset), x, slope);
                AssertClose(inside ? 1 : 0, loaded.Invoke<float>("Demo.Acts", "HardSigmoidDerivativeByOffset", x, slope, offset), x, slope);
            }

            // Exactly on both edges (t = 0 at x = -2, t = 1 at x = 2) the derivative is 0, like PyTorch's clamp.
            Assert.Equal(0f, loaded.Invoke<float>("Demo.Acts", "HardSigmoidDerivative", -2f, slope, offset));
            Assert.Equal(0f, loaded.Invoke<float>("Demo.Acts", "HardSigmoidDerivative", 2f, slope, offset));
        }

        [Fact]
        public void Gelu_double_satisfies_its_closed_form_relations()
        {
            // f = x·Φ(x) with Φ(x) = (1 + erf(x/√2))/2, so without an independent erf: f′ − f/x = x·φ(x), f″ = φ(x)(2 − x²).
            const string source = """
                using Activations;

                namespace Demo
                {
                    /// <summary>Holder.</summary>
                    public static partial class Acts
                    {
                        [Activation("0.5 * x * (1 + erf(x / sqrt(2)))")]
                        public static partial double Gelu(double x);
                    }
                }
                """;

            using LoadedAssembly loaded = CompileAndLoad(source);
            foreach (double x in new[] { -3.0, -1.5, -0.5, 0.7, 1.5, 3.0 })
            {
                double phi = Math.Exp(-x * x / 2) / Math.Sqrt(2 * Math.PI);
                double f = loaded.Invoke<double>("Demo.Acts", "Gelu", x);
                double df = loaded.Invoke<double>("Demo.Acts", "GeluDerivative", x);

                // f/x = Φ(x) ∈ (0, 1) and f′ − f/x subtracts numbers of that size: an absolute bound of a few ULP of 1.
                Assert.True(Math.Abs(df - f / x - x * phi) <= 1e-14, "f′ − f/x ≠ xφ at x=" + x);
                AssertClose(phi * (2 - x * x), loaded.Invoke<double>("Demo.Acts", "GeluSecondDerivative", x), x, 0);
            }

            Assert.Equal(0.0, loaded.Invoke<double>("Demo.Acts", "Gelu", 0.0));
            Assert.Equal(0.5, loaded.Invoke<double>("Demo.Acts", "GeluDerivative", 0.0), 15);
        }

        [Fact]
        public void Nested_internal_type_in_the_global_namespace_runs()
        {
            const string source = """
                using Activations;

                /// <summary>Outer.</summary>
                public partial class Outer
                {
                    /// <summary>Inner.</summary>
                    public static partial class Inner
                    {
                        [Activation("scale * tanh(x)")]
                        internal static partial double Scaled(double x, double scale);
                    }
                }
                """;

            using LoadedAssembly loaded = CompileAndLoad(source);
            MethodInfo derivative = loaded.Method("Outer+Inner", "ScaledDerivative", typeof(double), typeof(double));
            Assert.True(derivative.IsAssembly, "the generated member keeps the declaration's accessibility (internal)");
            foreach (double x in DoublePoints)
            {
                double t = Math.Tanh(x);
                const double scale = 1.7159;
                AssertClose(scale * t, loaded.Invoke<double>("Outer+Inner", "Scaled", x, scale), x, scale);
                AssertClose(scale * Sech2(x), loaded.Invoke<double>("Outer+Inner", "ScaledDerivative", x, scale), x, scale, scale: scale);
                AssertClose(-2 * scale * t * Sech2(x), loaded.Invoke<double>("Outer+Inner", "ScaledSecondDerivative", x, scale), x, scale, scale: 2 * scale * Math.Abs(t));
                AssertClose(t, loaded.Invoke<double>("Outer+Inner", "ScaledDerivativeByScale", x, scale), x, scale);
            }
        }

        [Fact]
        public void Keyword_named_parameters_are_escaped_and_named_in_pascal_case()
        {
            const string source = """
                using Activations;

                namespace Demo
                {
                    /// <summary>Holder.</summary>
                    public static partial class Acts
                    {
                        [Activation("base * in^3")]
                        public static partial double Cube(double @in, double @base);
                    }
                }
                """;

            using LoadedAssembly loaded = CompileAndLoad(source);
            MethodInfo byBase = loaded.Method("Demo.Acts", "CubeDerivativeByBase", typeof(double), typeof(double));
            Assert.Equal(new[] { "in", "base" }, byBase.GetParameters().Select(p => p.Name));
            foreach (double x in DoublePoints)
            {
                const double b = -0.75;
                AssertClose(b * x * x * x, loaded.Invoke<double>("Demo.Acts", "Cube", x, b), x, b);
                AssertClose(3 * b * x * x, loaded.Invoke<double>("Demo.Acts", "CubeDerivative", x, b), x, b);
                AssertClose(6 * b * x, loaded.Invoke<double>("Demo.Acts", "CubeSecondDerivative", x, b), x, b);
                AssertClose(x * x * x, loaded.Invoke<double>("Demo.Acts", "CubeDerivativeByBase", x, b), x, b);
            }
        }

        [Fact]
        public void Parameter_named_like_a_generated_temporary_does_not_collide()
        {
            // The emitter names temporaries t0, t1…; a user parameter called t0 must not be shadowed.
            const string source = """
                using Activations;

                namespace Demo
                {
                    /// <summary>Holder.</summary>
                    public static partial class Acts
                    {
                        [Activation("t0 * sigmoid(t1 * t0)")]
                        public static partial float Swish(float t0, float t1);
                    }
                }
                """;

            using LoadedAssembly loaded = CompileAndLoad(source);
            foreach (float x in FloatPoints)
            {
                CheckSwish(loaded, "Swish", "SwishDerivativeByT1", x, 1.25f);
            }
        }

        [Fact]
        public void Softsign_float_in_a_struct_and_mish_double_in_a_record_run()
        {
            const string source = """
                using Activations;

                namespace Demo.FileScoped;

                /// <summary>A struct holder.</summary>
                public partial struct Units
                {
                    [Activation("x / (1 + abs(x))")]
                    public static partial float Softsign(float x);
                }

                /// <summary>A record holder.</summary>
                public partial record Settings
                {
                    [Activation("x * tanh(softplus(x))")]
                    public static partial double Mish(double x);
                }
                """;

            using LoadedAssembly loaded = CompileAndLoad(source);
            foreach (float x in FloatPoints)
            {
                double d = 1 + Math.Abs((double)x);
                AssertClose(x / d, loaded.Invoke<float>("Demo.FileScoped.Units", "Softsign", x), x, 0);
                AssertClose(1 / (d * d), loaded.Invoke<float>("Demo.FileScoped.Units", "SoftsignDerivative", x), x, 0);
                AssertClose(-2 * Math.Sign(x) / (d * d * d), loaded.Invoke<float>("Demo.FileScoped.Units", "SoftsignSecondDerivative", x), x, 0);
            }

            foreach (double x in DoublePoints)
            {
                // softplus(x) = log(1 + eˣ) = x + log(1 + e⁻ˣ); the second form keeps full precision for the x used here.
                double sp = x > 0 ? x + Math.Log(1 + Math.Exp(-x)) : Math.Log(1 + Math.Exp(x));
                double t = Math.Tanh(sp);
                double s = Sigmoid(x);
                double d = Sech2(sp);
                double sMinus = Sigmoid(-x);
                AssertClose(x * t, loaded.Invoke<double>("Demo.FileScoped.Settings", "Mish", x), x, 0);
                AssertClose(t + x * d * s, loaded.Invoke<double>("Demo.FileScoped.Settings", "MishDerivative", x), x, 0, scale: 1 + Math.Abs(x) * s);
                AssertClose(
                    2 * d * s + x * d * s * (sMinus - 2 * t * s),
                    loaded.Invoke<double>("Demo.FileScoped.Settings", "MishSecondDerivative", x),
                    x,
                    0,
                    scale: 2 * s + Math.Abs(x) * s * (1 + 2 * s));
            }
        }

        [Fact]
        public void Leaky_relu_derivative_at_the_kink_follows_the_selected_branch()
        {
            const string source = """
                using Activations;

                namespace Demo
                {
                    /// <summary>Holder.</summary>
                    public static partial class Acts
                    {
                        [Activation("x > 0 ? x : slope * x")]
                        public static partial float LeakyRelu(float x, float slope = 0.01f);

                        [Activation("max(x, 0)")]
                        public static partial float Relu(float x);

                        [Activation("abs(x)")]
                        public static partial double Abs(double x);
                    }
                }
                """;

            using LoadedAssembly loaded = CompileAndLoad(source);
            Assert.Equal(0.01f, loaded.Invoke<float>("Demo.Acts", "LeakyReluDerivative", 0f, 0.01f));
            Assert.Equal(1f, loaded.Invoke<float>("Demo.Acts", "LeakyReluDerivative", 1e-30f, 0.01f));
            Assert.Equal(0f, loaded.Invoke<float>("Demo.Acts", "LeakyReluDerivativeBySlope", 2f, 0.01f));
            Assert.Equal(-3f, loaded.Invoke<float>("Demo.Acts", "LeakyReluDerivativeBySlope", -3f, 0.01f));

            // max(a, b) takes a′ where a > b, else b′: at x = 0 that is (0)′ = 0.
            Assert.Equal(0f, loaded.Invoke<float>("Demo.Acts", "ReluDerivative", 0f));
            Assert.Equal(1f, loaded.Invoke<float>("Demo.Acts", "ReluDerivative", 0.5f));
            Assert.Equal(0f, loaded.Invoke<float>("Demo.Acts", "ReluDerivative", -0.5f));
            Assert.Equal(0.5f, loaded.Invoke<float>("Demo.Acts", "Relu", 0.5f));

            Assert.Equal(0.0, loaded.Invoke<double>("Demo.Acts", "AbsDerivative", 0.0));
            Assert.Equal(-1.0, loaded.Invoke<double>("Demo.Acts", "AbsDerivative", -2.0));
            Assert.Equal(2.0, loaded.Invoke<double>("Demo.Acts", "Abs", -2.0));
        }

        [Fact]
        public void Float_and_double_overloads_of_one_name_generate_separate_files_and_both_run()
        {
            const string source = """
                using Activations;

                namespace Demo
                {
                    /// <summary>Holder.</summary>
                    public static partial class Acts
                    {
                        [Activation("tanh(x)")]
                        public static partial float Act(float x);

                        [Activation("tanh(x)")]
                        public static partial double Act(double x);
                    }
                }
                """;

            GeneratorRun run = GeneratorHarness.Run(source);
            GeneratorHarness.AssertCompilesCleanly(run);
            Assert.Equal(
                new[] { "Demo.Acts.Act(Double).g.cs", "Demo.Acts.Act(Single).g.cs" },
                run.GeneratedSources.Select(s => s.HintName).OrderBy(n => n, StringComparer.Ordinal));

            using LoadedAssembly loaded = GeneratorHarness.EmitAndLoad(run.OutputCompilation);
            foreach (double x in DoublePoints)
            {
                float xf = (float)x;
                AssertClose(Sech2(x), loaded.Invoke<double>("Demo.Acts", "ActDerivative", x), x, 0, scale: 1);
                AssertClose(Sech2(xf), loaded.Invoke<float>("Demo.Acts", "ActDerivative", xf), x, 0, scale: 1);
            }
        }

        [Fact]
        public void The_samples_own_declarations_compile_cleanly_and_run()
        {
            string source = File.ReadAllText(GeneratorHarness.RepositoryFile("src/Activations.Samples/MyActivations.cs"));
            GeneratorRun run = GeneratorHarness.Run(GeneratorHarness.CreateCompilation(("MyActivations.cs", source)));
            GeneratorHarness.AssertCompilesCleanly(run);

            using LoadedAssembly loaded = GeneratorHarness.EmitAndLoad(run.OutputCompilation);
            const string type = "Activations.Samples.MyActivations";
            foreach (float x in FloatPoints)
            {
                const float beta = 1f;
                double s = Sigmoid(x);
                AssertClose(x * s, loaded.Invoke<float>(type, "Swish", x, beta), x, beta);
                AssertClose(s + (x * s * Sigmoid(-x)), loaded.Invoke<float>(type, "SwishDerivative", x, beta), x, beta, scale: s * (1 + Math.Abs(x)));
            }
        }

        /// <summary>f = x·σ(βx) and its derivatives, for a generated Swish whose β-derivative is called <paramref name="byBeta"/>.</summary>
        private static void CheckSwish(LoadedAssembly loaded, string name, string byBeta, float x, float beta)
        {
            double bx = (double)beta * x;
            double s = Sigmoid(bx);
            double ds = s * Sigmoid(-bx);
            double bxAbs = Math.Abs(bx);
            AssertClose(x * s, loaded.Invoke<float>("Demo.Acts", name, x, beta), x, beta);
            AssertClose(s + bx * ds, loaded.Invoke<float>("Demo.Acts", name + "Derivative", x, beta), x, beta, scale: s * (1 + bxAbs));
            AssertClose(beta * ds * (2 + bx * (1 - 2 * s)), loaded.Invoke<float>("Demo.Acts", name + "SecondDerivative", x, beta), x, beta, scale: Math.Abs(beta) * s * (2 + bxAbs * (1 + 2 * s)));
            AssertClose((double)x * x * ds, loaded.Invoke<float>("Demo.Acts", byBeta, x, beta), x, beta, scale: (double)x * x * s);
        }

        private static LoadedAssembly CompileAndLoad(string source)
        {
            GeneratorRun run = GeneratorHarness.Run(source);
            GeneratorHarness.AssertCompilesCleanly(run);
            return GeneratorHarness.EmitAndLoad(run.OutputCompilation);
        }

        /// <summary>eˣ − 1 without the cancellation of exp(x) − 1 near 0 (Taylor to x⁴, whose remainder is below 1e-16 relative there).</summary>
        private static double Expm1(double x) => Math.Abs(x) < 1e-3 ? x + (x * x / 2) + (x * x * x / 6) + (x * x * x * x / 24) : Math.Exp(x) - 1;

        private static void AssertClose(double expected, float actual, double x, double p, double scale = 0)
            => AssertWithin(expected, actual, x, p, FloatTolerance, scale, "float");

        private static void AssertClose(double expected, double actual, double x, double p, double tolerance = DoubleTolerance, double scale = 0)
            => AssertWithin(expected, actual, x, p, tolerance, scale, "double");

        private static void AssertWithin(double expected, double actual, double x, double p, double tolerance, double scale, string type)
        {
            double error = Math.Abs(actual - expected);
            double reference = Math.Max(Math.Abs(expected), Math.Abs(scale));
            Assert.True(
                error <= tolerance * reference || (expected == 0 && actual == 0),
                $"{type} result {actual:R} vs {expected:R} at x={x:R}, p={p:R}: error {error:E2} > {tolerance:E0} × {reference:E3}");
        }
    }
}
