using System;
using System.Collections.Generic;
using System.Globalization;
using Activations.Generator.Diagnostics;
using Activations.Generator.Extraction;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Activations.Generator
{
    /// <summary>
    /// Generates the body and the derivatives of every method marked <c>[Activation("…")]</c>.
    /// The pipeline: find the methods, extract equatable models (<see cref="ActivationExtractor"/>), derive and emit
    /// (<see cref="ActivationBuilder"/>), then report diagnostics and add one file per method.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class ActivationGenerator : IIncrementalGenerator
    {
        public const string AttributeMetadataName = "Activations.ActivationAttribute";

        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            IncrementalValuesProvider<ActivationMethodModel> methods = context.SyntaxProvider
                .ForAttributeWithMetadataName(
                    AttributeMetadataName,
                    // Every target, not only method declarations: [Activation] on a local function, an accessor or an
                    // operator is reported (ACT0013) rather than silently ignored.
                    static (node, _) => true,
                    ActivationExtractor.Extract)
                .WithTrackingName(TrackingNames.Extract);

            IncrementalValuesProvider<GeneratedActivation> generated = methods
                .Select(ActivationBuilder.Build)
                .WithTrackingName(TrackingNames.Build);

            // Collected so hint names can be made unique: Roslyn compares them ignoring case, so methods that differ only
            // in case (Gelu, GELU) or whose names sanitise alike (Box<T>, Box_T_) would otherwise make the driver throw,
            // which users see only as CS8785. The per-method work above stays incremental; this step only replays text.
            context.RegisterSourceOutput(generated.Collect(), static (output, activations) =>
            {
                var usedHintNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                foreach (GeneratedActivation activation in activations)
                {
                    foreach (DiagnosticInfo diagnostic in activation.Diagnostics)
                    {
                        output.ReportDiagnostic(diagnostic.ToDiagnostic());
                    }

                    if (activation.HintName is not null && activation.Source is not null)
                    {
                        output.AddSource(UniqueHintName(activation.HintName, usedHintNames), activation.Source);
                    }
                }
            });
        }

        /// <summary>The hint name, or "<c>….2.g.cs</c>", "<c>….3.g.cs</c>"… if it is taken (real hint names end in "<c>).g.cs</c>").</summary>
        private static string UniqueHintName(string hintName, HashSet<string> used)
        {
            const string extension = ".g.cs";
            string stem = hintName.EndsWith(extension, StringComparison.Ordinal) ? hintName.Substring(0, hintName.Length - extension.Length) : hintName;
            string candidate = hintName;
            for (int n = 2; !used.Add(candidate); n++)
            {
                candidate = stem + "." + n.ToString(CultureInfo.InvariantCulture) + extension;
            }

            return candidate;
        }
    }

    /// <summary>Names of the pipeline steps, for incrementality tests.</summary>
    public static class TrackingNames
    {
        public const string Extract = "ActivationExtract";
        public const string Build = "ActivationBuild";
    }
}
