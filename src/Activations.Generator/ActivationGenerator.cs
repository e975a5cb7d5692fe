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
                    static (node, _) => node is MethodDeclarationSyntax,
                    ActivationExtractor.Extract)
                .WithTrackingName(TrackingNames.Extract);

            IncrementalValuesProvider<GeneratedActivation> generated = methods
                .Select(ActivationBuilder.Build)
                .WithTrackingName(TrackingNames.Build);

            context.RegisterSourceOutput(generated, static (output, activation) =>
            {
                foreach (DiagnosticInfo diagnostic in activation.Diagnostics)
                {
                    output.ReportDiagnostic(diagnostic.ToDiagnostic());
                }

                if (activation.HintName is not null && activation.Source is not null)
                {
                    output.AddSource(activation.HintName, activation.Source);
                }
            });
        }
    }

    /// <summary>Names of the pipeline steps, for incrementality tests.</summary>
    public static class TrackingNames
    {
        public const string Extract = "ActivationExtract";
        public const string Build = "ActivationBuild";
    }
}
