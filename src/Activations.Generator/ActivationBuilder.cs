using System;
using System.Collections.Generic;
using System.Threading;
using Activations.Generator.Diagnostics;
using Activations.Generator.Emit;
using Activations.Generator.Extraction;
using Activations.Generator.Parsing;
using Activations.Generator.Symbolic;
using Microsoft.CodeAnalysis.Text;

namespace Activations.Generator
{
    /// <summary>
    /// The pure middle of the pipeline: an extracted method in, a generated file or diagnostics out. Derives the
    /// expression, maps expression errors to spans inside the string literal, and emits. Never throws (except to cancel).
    /// </summary>
    internal static class ActivationBuilder
    {
        public static readonly string Version = typeof(ActivationBuilder).Assembly.GetName().Version?.ToString() ?? "0.0.0.0";

        public static GeneratedActivation Build(ActivationMethodModel model, CancellationToken cancellationToken)
        {
            try
            {
                return BuildCore(model, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                var diagnostic = DiagnosticInfo.Create(DiagnosticCatalog.InternalError, model.MethodLocation, model.MethodName, ex.GetType().Name + ": " + ex.Message);
                return new GeneratedActivation(null, null, new EquatableArray<DiagnosticInfo>(new[] { diagnostic }));
            }
        }

        private static GeneratedActivation BuildCore(ActivationMethodModel model, CancellationToken cancellationToken)
        {
            var diagnostics = new List<DiagnosticInfo>(model.Diagnostics);
            Derivation? derivation = null;
            if (model.Expression is not null)
            {
                // Parameter names come from the declaration when it is valid; the expression is checked either way.
                IReadOnlyList<string> names = model.Declaration is not null ? ParameterNames(model.Declaration) : Array.Empty<string>();
                derivation = Derivation.Derive(model.Expression, names, cancellationToken);
                foreach (ExpressionError error in derivation.Errors)
                {
                    // Without a valid declaration the parameters are unknown, so only syntax-level errors are meaningful.
                    if (model.Declaration is null && error.Kind != DiagnosticCatalog.SyntaxError && error.Kind != DiagnosticCatalog.EmptyExpression
                        && error.Kind != DiagnosticCatalog.InvalidNumber && error.Kind != DiagnosticCatalog.TooComplex)
                    {
                        continue;
                    }

                    var args = new string[error.Arguments.Count];
                    for (int i = 0; i < args.Length; i++)
                    {
                        args[i] = error.Arguments[i];
                    }

                    diagnostics.Add(DiagnosticInfo.Create(error.Kind, Locate(model.Source, error.Span) ?? model.MethodLocation, args));
                }
            }

            if (diagnostics.Count > 0 || model.Declaration is null || derivation is null || !derivation.Success)
            {
                return new GeneratedActivation(null, null, new EquatableArray<DiagnosticInfo>(diagnostics));
            }

            cancellationToken.ThrowIfCancellationRequested();
            string source = SourceEmitter.EmitFile(model.Declaration, derivation, Version);
            return new GeneratedActivation(model.Declaration.HintName, source, EquatableArray<DiagnosticInfo>.Empty);
        }

        private static IReadOnlyList<string> ParameterNames(ActivationDeclaration declaration)
        {
            var names = new string[declaration.Parameters.Count];
            for (int i = 0; i < names.Length; i++)
            {
                names[i] = declaration.Parameters[i].Name;
            }

            return names;
        }

        /// <summary>The source location of a span of the expression string: inside the literal when it can be mapped.</summary>
        internal static LocationInfo? Locate(ExpressionSource? source, SourceSpan span)
        {
            if (source is null)
            {
                return null;
            }

            EquatableArray<int> offsets = source.Offsets;
            if (offsets.Count == 0)
            {
                return source.WholeLiteral;
            }

            int last = offsets.Count - 1;
            int startIndex = Math.Min(Math.Max(span.Start, 0), last);
            int endIndex = Math.Min(Math.Max(span.End, startIndex), last);
            // A span that ends inside a multi-character escape producing two UTF-16 units (\U0001F600) takes all of it.
            while (endIndex > startIndex && endIndex < last && offsets[endIndex] == offsets[endIndex - 1])
            {
                endIndex++;
            }

            int start = offsets[startIndex];
            int end = endIndex > startIndex ? offsets[endIndex] : start;

            var textSpan = TextSpan.FromBounds(source.LiteralStart + start, source.LiteralStart + end);
            var lineSpan = new LinePositionSpan(Position(source, start), Position(source, end));
            return new LocationInfo(source.FilePath, textSpan, lineSpan);
        }

        private static LinePosition Position(ExpressionSource source, int offset)
        {
            int line = source.LiteralStartLine.Line;
            int column = source.LiteralStartLine.Character;
            string text = source.LiteralText;
            for (int i = 0; i < offset && i < text.Length; i++)
            {
                if (text[i] == '\n')
                {
                    line++;
                    column = 0;
                }
                else if (text[i] != '\r')
                {
                    column++;
                }
            }

            return new LinePosition(line, column);
        }
    }
}
