using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Activations.Generator.Diagnostics
{
    /// <summary>A value-equal stand-in for <see cref="Location"/>, safe to keep in the incremental pipeline.</summary>
    internal sealed record LocationInfo(string FilePath, TextSpan TextSpan, LinePositionSpan LineSpan)
    {
        public Location ToLocation() => Location.Create(FilePath, TextSpan, LineSpan);

        public static LocationInfo? From(Location? location)
        {
            if (location is null || location.SourceTree is null)
            {
                return null;
            }

            return new LocationInfo(location.SourceTree.FilePath, location.SourceSpan, location.GetLineSpan().Span);
        }

        public static LocationInfo? From(SyntaxNode? node) => node is null ? null : From(node.GetLocation());

        public static LocationInfo? From(SyntaxToken token) => From(token.GetLocation());
    }

    /// <summary>A value-equal diagnostic: an ACT id, where, and the message arguments.</summary>
    internal sealed record DiagnosticInfo(string Id, LocationInfo? Location, EquatableArray<string> Arguments)
    {
        public static DiagnosticInfo Create(DiagnosticKind kind, LocationInfo? location, params string[] arguments)
            => new DiagnosticInfo(kind.Id, location, new EquatableArray<string>(arguments));

        public Diagnostic ToDiagnostic()
        {
            var args = new object[Arguments.Count];
            for (int i = 0; i < args.Length; i++)
            {
                args[i] = Arguments[i];
            }

            return Diagnostic.Create(DiagnosticDescriptors.Get(Id), Location?.ToLocation() ?? Microsoft.CodeAnalysis.Location.None, args);
        }
    }
}
