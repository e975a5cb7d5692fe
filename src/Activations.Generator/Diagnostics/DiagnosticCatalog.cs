using System.Collections.Generic;
using System.Globalization;

namespace Activations.Generator.Diagnostics
{
    /// <summary>One ACT diagnostic: its id, title and message format. Pure data, shared by the generator and the samples.</summary>
    public sealed class DiagnosticKind
    {
        internal DiagnosticKind(string id, string title, string messageFormat)
        {
            Id = id;
            Title = title;
            MessageFormat = messageFormat;
        }

        public string Id { get; }

        public string Title { get; }

        public string MessageFormat { get; }

        public string HelpLink => DiagnosticCatalog.HelpLinkBase + Id.ToLowerInvariant();

        public string Format(IReadOnlyList<string> arguments)
        {
            var args = new object[arguments.Count];
            for (int i = 0; i < args.Length; i++)
            {
                args[i] = arguments[i];
            }

            return string.Format(CultureInfo.InvariantCulture, MessageFormat, args);
        }
    }

    /// <summary>Every diagnostic the generator reports. Ids never change meaning; docs/diagnostics.md documents each.</summary>
    public static class DiagnosticCatalog
    {
        public const string Category = "Activations";

        public const string HelpLinkBase = "https://github.com/activations/activations/blob/main/docs/diagnostics.md#";

        public static readonly DiagnosticKind SyntaxError = new DiagnosticKind(
            "ACT0001", "Syntax error in activation expression", "Syntax error: {0}");

        public static readonly DiagnosticKind UnknownIdentifier = new DiagnosticKind(
            "ACT0002", "Unknown identifier in activation expression", "Unknown identifier '{0}'; the names that exist here are: {1}");

        public static readonly DiagnosticKind UnknownFunction = new DiagnosticKind(
            "ACT0003", "Unknown function in activation expression", "Unknown function '{0}'; the functions that exist are: {1}");

        public static readonly DiagnosticKind WrongArgumentCount = new DiagnosticKind(
            "ACT0004", "Wrong number of arguments", "Function '{0}' takes {1}, but {2} were given");

        public static readonly DiagnosticKind EmptyExpression = new DiagnosticKind(
            "ACT0005", "Empty activation expression", "The activation expression is empty; write a formula such as \"x * sigmoid(x)\"");

        public static readonly DiagnosticKind MethodNotStaticPartial = new DiagnosticKind(
            "ACT0006", "Activation method must be static and partial", "Method '{0}' must be declared 'static partial' to carry [Activation]; it is missing '{1}'");

        public static readonly DiagnosticKind ContainingTypeNotPartial = new DiagnosticKind(
            "ACT0007", "Containing type must be partial", "Type '{0}' contains the activation method '{1}' and must be declared 'partial'");

        public static readonly DiagnosticKind UnsupportedType = new DiagnosticKind(
            "ACT0008", "Unsupported type", "The {0} of '{1}' has type '{2}'; activation methods take and return float or double");

        public static readonly DiagnosticKind MixedTypes = new DiagnosticKind(
            "ACT0009", "Parameters of mixed types", "Parameter '{0}' of '{1}' has type '{2}', but the method works in '{3}'; all parameters and the return type must have the same type");

        public static readonly DiagnosticKind TypeMismatch = new DiagnosticKind(
            "ACT0010", "Condition and number mixed up", "{0}");

        public static readonly DiagnosticKind InvalidNumber = new DiagnosticKind(
            "ACT0011", "Invalid number literal", "Invalid number '{0}': {1}");

        public static readonly DiagnosticKind TooComplex = new DiagnosticKind(
            "ACT0012", "Expression too large", "{0}");

        public static readonly DiagnosticKind InvalidSignature = new DiagnosticKind(
            "ACT0013", "Unsupported method signature", "Method '{0}' cannot carry [Activation]: {1}");

        public static readonly DiagnosticKind InvalidAttributeArgument = new DiagnosticKind(
            "ACT0014", "Activation expression is not a constant string", "The [Activation] expression of '{0}' must be a constant, non-null string");

        public static readonly DiagnosticKind NameConflict = new DiagnosticKind(
            "ACT0015", "Generated member name conflict", "{0} would clash with {1}; rename the method or the parameter");

        public static readonly DiagnosticKind InternalError = new DiagnosticKind(
            "ACT0099", "Internal generator error", "The Activations generator failed on '{0}': {1}. Please report this with the expression.");

        public static IReadOnlyList<DiagnosticKind> All { get; } = new[]
        {
            SyntaxError, UnknownIdentifier, UnknownFunction, WrongArgumentCount, EmptyExpression,
            MethodNotStaticPartial, ContainingTypeNotPartial, UnsupportedType, MixedTypes, TypeMismatch,
            InvalidNumber, TooComplex, InvalidSignature, InvalidAttributeArgument, NameConflict, InternalError,
        };
    }
}
