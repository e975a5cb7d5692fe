using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using Xunit;

namespace Activations.Generator.Tests.Infrastructure
{
    /// <summary>
    /// Runs <see cref="ActivationGenerator"/> through a real <see cref="CSharpGeneratorDriver"/> the way the compiler does,
    /// and checks what comes out: the generated text, the generator's diagnostics, and whether the result compiles cleanly.
    /// </summary>
    internal static class GeneratorHarness
    {
        /// <summary>
        /// The same options for every tree and for the driver: generated trees are parsed with the driver's options, and a
        /// mismatch would make the "compiles cleanly" check test something the user never sees. Doc-comment diagnostics are
        /// on so a public generated member without a doc comment shows up as CS1591.
        /// </summary>
        public static readonly CSharpParseOptions ParseOptions = new CSharpParseOptions(LanguageVersion.CSharp13, DocumentationMode.Diagnose);

        /// <summary>Nullable on and every warning wave enabled: the strictest settings a consumer could pick.</summary>
        public static readonly CSharpCompilationOptions CompilationOptions = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: NullableContextOptions.Enable,
            warningLevel: 9999,
            deterministic: true,
            optimizationLevel: OptimizationLevel.Release);

        private static readonly Lazy<ImmutableArray<MetadataReference>> LazyReferences = new Lazy<ImmutableArray<MetadataReference>>(LoadReferences);

        /// <summary>The shared framework plus Activations.Runtime: what a consumer project compiles against.</summary>
        public static ImmutableArray<MetadataReference> References => LazyReferences.Value;

        public static CSharpCompilation CreateCompilation(params string[] sources)
            => CreateCompilation(sources.Select((text, i) => ("Source" + i + ".cs", text)).ToArray());

        public static CSharpCompilation CreateCompilation(params (string Path, string Text)[] sources)
        {
            IEnumerable<SyntaxTree> trees = sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, ParseOptions, s.Path));
            return CSharpCompilation.Create("ActivationsTestAssembly", trees, References, CompilationOptions);
        }

        public static SyntaxTree ParseTree(string text, string path) => CSharpSyntaxTree.ParseText(text, ParseOptions, path);

        /// <summary>A driver with step tracking on, so incrementality tests can read each named step's run reasons.</summary>
        public static GeneratorDriver CreateDriver()
            => CSharpGeneratorDriver.Create(
                new[] { new ActivationGenerator().AsSourceGenerator() },
                additionalTexts: null,
                parseOptions: ParseOptions,
                optionsProvider: null,
                driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

        public static GeneratorRun Run(params string[] sources) => Run(CreateCompilation(sources));

        public static GeneratorRun Run(Compilation compilation) => Run(CreateDriver(), compilation);

        /// <summary>Runs <paramref name="driver"/> (fresh or from an earlier run) on <paramref name="compilation"/>.</summary>
        public static GeneratorRun Run(GeneratorDriver driver, Compilation compilation)
        {
            CancellationToken cancellationToken = TestContext.Current.CancellationToken;
            driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> generatorDiagnostics, cancellationToken);
            GeneratorDriverRunResult runResult = driver.GetRunResult();
            GeneratorRunResult result = Assert.Single(runResult.Results);

            // A throwing generator is what users would see as CS8785 and no code at all: never acceptable.
            Assert.Null(result.Exception);
            Assert.DoesNotContain(generatorDiagnostics, d => d.Id == "CS8785");

            return new GeneratorRun(
                compilation,
                output,
                driver,
                result,
                result.GeneratedSources,
                generatorDiagnostics,
                output.GetDiagnostics(cancellationToken));
        }

        /// <summary>
        /// Asserts the generator reported nothing and the whole output compilation (user code + generated code) has no
        /// warning or error. Test sources are written warning-free, so anything reported comes from the generated half.
        /// </summary>
        public static void AssertCompilesCleanly(GeneratorRun run)
        {
            Assert.True(run.GeneratorDiagnostics.IsEmpty, "The generator reported diagnostics:\n" + Describe(run.GeneratorDiagnostics));
            Assert.NotEmpty(run.GeneratedSources);
            Diagnostic[] problems = run.OutputDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning || d.IsWarningAsError).ToArray();
            Assert.True(problems.Length == 0, "The generated code does not compile cleanly:\n" + Describe(problems) + "\n\n" + run.AllGeneratedText);
        }

        public static string Describe(IEnumerable<Diagnostic> diagnostics)
            => string.Join("\n", diagnostics.Select(d => d.ToString()));

        /// <summary>Emits <paramref name="compilation"/> to memory and loads it into a collectible context; dispose to unload.</summary>
        public static LoadedAssembly EmitAndLoad(Compilation compilation)
        {
            using var stream = new MemoryStream();
            EmitResult result = compilation.Emit(stream, cancellationToken: TestContext.Current.CancellationToken);
            Assert.True(result.Success, "Emit failed:\n" + Describe(result.Diagnostics));
            stream.Position = 0;
            return new LoadedAssembly(stream);
        }

        /// <summary>A file of this repository, found from this source file's own path (tests/Activations.Generator.Tests/Infrastructure).</summary>
        public static string RepositoryFile(string relativePath, [CallerFilePath] string thisFile = "")
        {
            string root = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", ".."));
            string path = Path.Combine(root, relativePath);
            Assert.True(File.Exists(path), "'" + path + "' does not exist; these tests must run from a build of the source tree.");
            return path;
        }

        private static ImmutableArray<MetadataReference> LoadReferences()
        {
            // Only the shared framework from the trusted platform assemblies: the test host's own dependencies (xunit,
            // Roslyn, the generator itself) are not something a consumer compiles against.
            string frameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
            string trusted = (string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty;
            var paths = new SortedSet<string>(StringComparer.Ordinal);
            foreach (string path in trusted.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                if (string.Equals(Path.GetDirectoryName(path), frameworkDirectory, StringComparison.Ordinal))
                {
                    paths.Add(path);
                }
            }

            Assert.NotEmpty(paths);
            paths.Add(typeof(ActivationAttribute).Assembly.Location);
            return paths.Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToImmutableArray();
        }
    }

    /// <summary>The outcome of one generator run.</summary>
    internal sealed record GeneratorRun(
        Compilation InputCompilation,
        Compilation OutputCompilation,
        GeneratorDriver Driver,
        GeneratorRunResult Result,
        ImmutableArray<GeneratedSourceResult> GeneratedSources,
        ImmutableArray<Diagnostic> GeneratorDiagnostics,
        ImmutableArray<Diagnostic> OutputDiagnostics)
    {
        /// <summary>The text of the only generated file; fails if there is not exactly one.</summary>
        public string SingleSource => Assert.Single(GeneratedSources).SourceText.ToString();

        public string SourceFor(string hintName)
        {
            GeneratedSourceResult[] matches = GeneratedSources.Where(s => s.HintName == hintName).ToArray();
            Assert.True(matches.Length == 1, "No single generated file '" + hintName + "'; generated: " + string.Join(", ", GeneratedSources.Select(s => s.HintName)));
            return matches[0].SourceText.ToString();
        }

        public string AllGeneratedText => string.Join("\n", GeneratedSources.Select(s => "// ---- " + s.HintName + "\n" + s.SourceText));
    }

    /// <summary>An in-memory assembly in a collectible load context, with reflection helpers to call generated members.</summary>
    internal sealed class LoadedAssembly : IDisposable
    {
        private readonly AssemblyLoadContext _context;

        public LoadedAssembly(Stream image)
        {
            // Activations.Runtime is not loaded here: the default context (where the tests already use it) supplies it.
            _context = new AssemblyLoadContext("ActivationsGenerated" + Guid.NewGuid().ToString("N"), isCollectible: true);
            Assembly = _context.LoadFromStream(image);
        }

        public Assembly Assembly { get; }

        /// <summary>A type by its reflection name, nested types joined with '+' ("Demo.Outer+Inner").</summary>
        public Type Type(string fullName)
        {
            Type? type = Assembly.GetType(fullName, throwOnError: false);
            Assert.True(type is not null, "No type '" + fullName + "' in " + string.Join(", ", Assembly.GetTypes().Select(t => t.FullName)));
            return type!;
        }

        /// <summary>The static method <paramref name="name"/> of <paramref name="typeName"/> whose parameter types are exactly <paramref name="parameterTypes"/>.</summary>
        public MethodInfo Method(string typeName, string name, params Type[] parameterTypes)
        {
            const BindingFlags flags = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly;
            MethodInfo? method = Type(typeName).GetMethod(name, flags, binder: null, parameterTypes, modifiers: null);
            Assert.True(method is not null, "No static method " + typeName + "." + name + "(" + string.Join(", ", parameterTypes.Select(t => t.Name)) + ")");
            return method!;
        }

        /// <summary>Calls a static method; the arguments' runtime types pick the overload.</summary>
        public T Invoke<T>(string typeName, string name, params object[] arguments)
        {
            MethodInfo method = Method(typeName, name, arguments.Select(a => a.GetType()).ToArray());
            Assert.Equal(typeof(T), method.ReturnType);
            return (T)method.Invoke(null, arguments)!;
        }

        public void Dispose() => _context.Unload();
    }
}
