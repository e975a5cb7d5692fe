using System;
using System.Linq;
using Activations.Generator.Tests.Infrastructure;
using Xunit;

namespace Activations.Generator.Tests.Driver
{
    /// <summary>
    /// Every legal shape of declaration the contract allows must produce code that compiles with zero warnings:
    /// kinds of containing type, generic and variant types, keyword names, attribute spellings, and names that
    /// collide once Roslyn's case-insensitive hint names are involved.
    /// </summary>
    public sealed class DeclarationShapeTests
    {
        [Theory]
        [InlineData("public partial class Holder")]
        [InlineData("public static partial class Holder")]
        [InlineData("public partial struct Holder")]
        [InlineData("public readonly partial struct Holder")]
        [InlineData("public ref partial struct Holder")]
        [InlineData("public partial record Holder")]
        [InlineData("public partial record class Holder")]
        [InlineData("public readonly partial record struct Holder")]
        [InlineData("public sealed partial class Holder<T> where T : struct")]
        [InlineData("public partial interface IHolder<in TIn, out TOut>")]
        [InlineData("public partial class @class")]
        public void Containing_type_shapes_compile_cleanly(string typeDeclaration)
        {
            string source = $$"""
                using Activations;

                namespace Demo
                {
                    /// <summary>Holder.</summary>
                    {{typeDeclaration}}
                    {
                        [Activation("x * sigmoid(x)")]
                        public static partial double Silu(double x);
                    }
                }
                """;

            GeneratorRun run = GeneratorHarness.Run(source);

            GeneratorHarness.AssertCompilesCleanly(run);
            Assert.Contains("SiluSecondDerivative", run.SingleSource, StringComparison.Ordinal);
        }

        [Fact]
        public void Methods_differing_only_in_case_both_generate()
        {
            // Roslyn compares hint names ignoring case; without care the second AddSource throws and users see CS8785.
            const string source = """
                using Activations;

                namespace Demo
                {
                    /// <summary>Holder.</summary>
                    public static partial class Acts
                    {
                        [Activation("2 * x")]
                        public static partial double Gelu(double x);

                        [Activation("3 * x")]
                        public static partial double GELU(double x);
                    }
                }
                """;

            GeneratorRun run = GeneratorHarness.Run(source);

            GeneratorHarness.AssertCompilesCleanly(run);
            Assert.Equal(2, run.GeneratedSources.Length);
            Assert.Equal(2, run.GeneratedSources.Select(s => s.HintName).Distinct(StringComparer.OrdinalIgnoreCase).Count());
            using LoadedAssembly loaded = GeneratorHarness.EmitAndLoad(run.OutputCompilation);
            Assert.Equal(2.0, loaded.Invoke<double>("Demo.Acts", "GeluDerivative", 1.0));
            Assert.Equal(3.0, loaded.Invoke<double>("Demo.Acts", "GELUDerivative", 1.0));
        }

        [Fact]
        public void Types_whose_names_sanitise_alike_both_generate()
        {
            const string source = """
                using Activations;

                namespace Demo
                {
                    /// <summary>Generic.</summary>
                    public static partial class Box<T>
                    {
                        [Activation("x")]
                        public static partial float F(float x);
                    }

                    /// <summary>Look-alike.</summary>
                    public static partial class Box_T_
                    {
                        [Activation("x")]
                        public static partial float F(float x);
                    }
                }
                """;

            GeneratorRun run = GeneratorHarness.Run(source);

            GeneratorHarness.AssertCompilesCleanly(run);
            Assert.Equal(2, run.GeneratedSources.Length);
        }

        [Fact]
        public void Hint_names_are_the_documented_ones_when_nothing_collides()
        {
            const string source = """
                using Activations;

                namespace Demo
                {
                    /// <summary>Holder.</summary>
                    public static partial class Acts
                    {
                        [Activation("x")]
                        public static partial float F(float x);

                        [Activation("x * a")]
                        public static partial double F(double x, double a);
                    }
                }
                """;

            GeneratorRun run = GeneratorHarness.Run(source);

            Assert.Equal(new[] { "Demo.Acts.F(Single).g.cs", "Demo.Acts.F(Double,Double).g.cs" }, run.GeneratedSources.Select(s => s.HintName));
        }

        [Fact]
        public void Keyword_method_name_is_escaped()
        {
            const string source = """
                using Activations;

                namespace Demo
                {
                    /// <summary>Holder.</summary>
                    public static partial class Acts
                    {
                        [Activation("x * x")]
                        public static partial double @checked(double x);
                    }
                }
                """;

            GeneratorRun run = GeneratorHarness.Run(source);

            GeneratorHarness.AssertCompilesCleanly(run);
            using LoadedAssembly loaded = GeneratorHarness.EmitAndLoad(run.OutputCompilation);
            Assert.Equal(9.0, loaded.Invoke<double>("Demo.Acts", "checked", 3.0));
            Assert.Equal(6.0, loaded.Invoke<double>("Demo.Acts", "checkedDerivative", 3.0));
        }

        [Theory]
        [InlineData("using Activations;", "Activation")]
        [InlineData("using Activations;", "ActivationAttribute")]
        [InlineData("", "Activations.Activation")]
        [InlineData("", "global::Activations.ActivationAttribute")]
        [InlineData("using Act = Activations.ActivationAttribute;", "Act")]
        public void Every_spelling_of_the_attribute_is_found(string usingDirective, string attributeName)
        {
            string source = $$"""
                {{usingDirective}}

                namespace Demo
                {
                    /// <summary>Holder.</summary>
                    public static partial class Acts
                    {
                        [{{attributeName}}("x * x")]
                        public static partial float Square(float x);
                    }
                }
                """;

            GeneratorRun run = GeneratorHarness.Run(source);

            GeneratorHarness.AssertCompilesCleanly(run);
            Assert.Equal("Demo.Acts.Square(Single).g.cs", Assert.Single(run.GeneratedSources).HintName);
        }

        [Fact]
        public void Containing_type_split_over_several_files_gets_one_file_per_method()
        {
            GeneratorRun run = GeneratorHarness.Run(GeneratorHarness.CreateCompilation(
                ("A.cs", "using Activations;\nnamespace Demo\n{\n    /// <summary>Holder.</summary>\n    public static partial class Acts\n    {\n        [Activation(\"x\")]\n        public static partial float A(float x);\n    }\n}\n"),
                ("B.cs", "using Activations;\nnamespace Demo\n{\n    public static partial class Acts\n    {\n        [Activation(\"2 * x\")]\n        public static partial float B(float x);\n    }\n}\n")));

            GeneratorHarness.AssertCompilesCleanly(run);
            Assert.Equal(new[] { "Demo.Acts.A(Single).g.cs", "Demo.Acts.B(Single).g.cs" }, run.GeneratedSources.Select(s => s.HintName));
        }

        [Fact]
        public void Method_with_no_hyperparameters_gets_no_parameter_derivatives()
        {
            const string source = """
                using Activations;

                namespace Demo
                {
                    /// <summary>Holder.</summary>
                    public static partial class Acts
                    {
                        [Activation("tanh(x)")]
                        public static partial float Tanh(float x);
                    }
                }
                """;

            GeneratorRun run = GeneratorHarness.Run(source);

            GeneratorHarness.AssertCompilesCleanly(run);
            Assert.DoesNotContain("DerivativeBy", run.SingleSource, StringComparison.Ordinal);
            string[] members = { "Tanh(", "TanhDerivative(", "TanhSecondDerivative(" };
            Assert.All(members, m => Assert.Contains("static float " + m, run.SingleSource.Replace("partial ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal));
        }
    }
}
