using System;
using System.Collections.Generic;
using Activations.Generator.Diagnostics;

namespace Activations.Generator.Parsing
{
    /// <summary>A span inside the expression string (character offsets into the attribute's string value).</summary>
    public readonly struct SourceSpan : IEquatable<SourceSpan>
    {
        public SourceSpan(int start, int length)
        {
            Start = start;
            Length = length;
        }

        public int Start { get; }

        public int Length { get; }

        public int End => Start + Length;

        public static SourceSpan FromBounds(int start, int end) => new SourceSpan(start, end - start);

        public SourceSpan Cover(SourceSpan other) => FromBounds(Math.Min(Start, other.Start), Math.Max(End, other.End));

        public bool Equals(SourceSpan other) => Start == other.Start && Length == other.Length;

        public override bool Equals(object? obj) => obj is SourceSpan other && Equals(other);

        public override int GetHashCode() => (Start * 397) ^ Length;

        public override string ToString() => "[" + Start + ".." + End + ")";
    }

    /// <summary>An error in an expression: an ACT diagnostic kind, its message arguments and the offending span.</summary>
    public sealed class ExpressionError
    {
        public ExpressionError(DiagnosticKind kind, SourceSpan span, params string[] arguments)
        {
            Kind = kind;
            Span = span;
            Arguments = arguments;
        }

        public DiagnosticKind Kind { get; }

        public string Id => Kind.Id;

        public SourceSpan Span { get; }

        public IReadOnlyList<string> Arguments { get; }

        public string Message => Kind.Format(Arguments);

        public override string ToString() => Id + " at " + Span + ": " + Message;
    }
}
