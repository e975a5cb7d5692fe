using Activations.Generator.Diagnostics;
using Activations.Generator.Emit;
using Microsoft.CodeAnalysis.Text;

namespace Activations.Generator.Extraction
{
    /// <summary>Where the expression's string literal sits in the source, so expression errors can point inside it.</summary>
    internal sealed record ExpressionSource(
        string FilePath,
        int LiteralStart,
        LinePosition LiteralStartLine,
        string LiteralText,
        EquatableArray<int> Offsets,
        LocationInfo WholeLiteral);

    /// <summary>
    /// What extraction learns from one [Activation] method: the declaration (null if its shape is invalid), the
    /// expression and where it is, and any diagnostics about the declaration. Value-equal, so the pipeline can cache it.
    /// </summary>
    internal sealed record ActivationMethodModel(
        string MethodName,
        ActivationDeclaration? Declaration,
        string? Expression,
        ExpressionSource? Source,
        LocationInfo? MethodLocation,
        EquatableArray<DiagnosticInfo> Diagnostics);

    /// <summary>The generator's output for one method: a file, or the diagnostics explaining why there is none.</summary>
    internal sealed record GeneratedActivation(string? HintName, string? Source, EquatableArray<DiagnosticInfo> Diagnostics);
}
