using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Activations.Generator;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Activations.Benchmarks
{
    /// <summary>
    /// The generator's own cost: a cold run over 100 [Activation] declarations, and an incremental re-run after an edit
    /// to an unrelated file (which should re-emit nothing).
    /// </summary>
    [MemoryDiagnoser]
    public class GeneratorBenchmarks
    {
        private static readonly CSharpParseOptions ParseOptions = new CSharpParseOptions(LanguageVersion.CSharp13);
        private static readonly string[] Formulas =
        {
            "x * sigmoid(beta * x)", "x > 0 ? x : alpha * expm1(x)", "0.5 * x * (1 + erf(x / sqrt(2)))", "x * tanh(softplus(x))",
            "clamp(x / 6 + 0.5, 0, 1)", "x < -3 ? 0 : x <= 3 ? x * (x + 3) / 6 : x", "log(1 + exp(x))", "x / (1 + abs(x))",
            "exp(-x^2)", "x - tanh(x)",
        };

        private CSharpCompilation _compilation = null!;
        private CSharpCompilation _edited = null!;
        private GeneratorDriver _warm = null!;

        [GlobalSetup]
        public void Setup()
        {
            var source = new StringBuilder("using Activations;\nnamespace Bench\n{\n    public static partial class Hundred\n    {\n");
            for (int i = 0; i < 100; i++)
            {
                string formula = Formulas[i % Formulas.Length];
                source.Append("        [Activation(\"").Append(formula).Append("\")]\n");
                source.Append("        public static partial float A").Append(i).Append("(float x, float alpha = 1f, float beta = 1f);\n");
            }

            source.Append("    }\n}\n");
            string[] trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
            IEnumerable<MetadataReference> references = trusted
                .Where(path => Path.GetFileName(path).StartsWith("System", StringComparison.Ordinal) || Path.GetFileName(path) == "netstandard.dll")
                .Append(typeof(ActivationAttribute).Assembly.Location)
                .Select(path => MetadataReference.CreateFromFile(path));
            SyntaxTree activations = CSharpSyntaxTree.ParseText(source.ToString(), ParseOptions, "Hundred.cs");
            SyntaxTree other = CSharpSyntaxTree.ParseText("namespace Bench { public static class Other { public static int Value => 1; } }", ParseOptions, "Other.cs");
            _compilation = CSharpCompilation.Create("Bench", new[] { activations, other }, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            _edited = _compilation.ReplaceSyntaxTree(other, CSharpSyntaxTree.ParseText("namespace Bench { public static class Other { public static int Value => 2; } }", ParseOptions, "Other.cs"));
            _warm = NewDriver().RunGenerators(_compilation);
        }

        /// <summary>Parse, derive and emit all 100 declarations from scratch.</summary>
        [Benchmark]
        public GeneratorDriver ColdRun100() => NewDriver().RunGenerators(_compilation);

        /// <summary>Re-run after an unrelated edit: every step cached, nothing re-emitted.</summary>
        [Benchmark]
        public GeneratorDriver IncrementalAfterUnrelatedEdit() => _warm.RunGenerators(_edited);

        private static GeneratorDriver NewDriver()
            => CSharpGeneratorDriver.Create(new[] { new ActivationGenerator().AsSourceGenerator() }, parseOptions: ParseOptions);
    }
}
