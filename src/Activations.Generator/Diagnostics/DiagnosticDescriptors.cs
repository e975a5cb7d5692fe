using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Activations.Generator.Diagnostics
{
    /// <summary>Roslyn descriptors for <see cref="DiagnosticCatalog"/>; ids are spelled out so release tracking can check them.</summary>
    internal static class DiagnosticDescriptors
    {
        public static readonly DiagnosticDescriptor SyntaxError = new DiagnosticDescriptor(
            "ACT0001",
            DiagnosticCatalog.SyntaxError.Title,
            DiagnosticCatalog.SyntaxError.MessageFormat,
            DiagnosticCatalog.Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            helpLinkUri: DiagnosticCatalog.SyntaxError.HelpLink);

        public static readonly DiagnosticDescriptor UnknownIdentifier = new DiagnosticDescriptor(
            "ACT0002",
            DiagnosticCatalog.UnknownIdentifier.Title,
            DiagnosticCatalog.UnknownIdentifier.MessageFormat,
            DiagnosticCatalog.Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            helpLinkUri: DiagnosticCatalog.UnknownIdentifier.HelpLink);

        public static readonly DiagnosticDescriptor UnknownFunction = new DiagnosticDescriptor(
            "ACT0003",
            DiagnosticCatalog.UnknownFunction.Title,
            DiagnosticCatalog.UnknownFunction.MessageFormat,
            DiagnosticCatalog.Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            helpLinkUri: DiagnosticCatalog.UnknownFunction.HelpLink);

        public static readonly DiagnosticDescriptor WrongArgumentCount = new DiagnosticDescriptor(
            "ACT0004",
            DiagnosticCatalog.WrongArgumentCount.Title,
            DiagnosticCatalog.WrongArgumentCount.MessageFormat,
            DiagnosticCatalog.Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            helpLinkUri: DiagnosticCatalog.WrongArgumentCount.HelpLink);

        public static readonly DiagnosticDescriptor EmptyExpression = new DiagnosticDescriptor(
            "ACT0005",
            DiagnosticCatalog.EmptyExpression.Title,
            DiagnosticCatalog.EmptyExpression.MessageFormat,
            DiagnosticCatalog.Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            helpLinkUri: DiagnosticCatalog.EmptyExpression.HelpLink);

        public static readonly DiagnosticDescriptor MethodNotStaticPartial = new DiagnosticDescriptor(
            "ACT0006",
            DiagnosticCatalog.MethodNotStaticPartial.Title,
            DiagnosticCatalog.MethodNotStaticPartial.MessageFormat,
            DiagnosticCatalog.Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            helpLinkUri: DiagnosticCatalog.MethodNotStaticPartial.HelpLink);

        public static readonly DiagnosticDescriptor ContainingTypeNotPartial = new DiagnosticDescriptor(
            "ACT0007",
            DiagnosticCatalog.ContainingTypeNotPartial.Title,
            DiagnosticCatalog.ContainingTypeNotPartial.MessageFormat,
            DiagnosticCatalog.Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            helpLinkUri: DiagnosticCatalog.ContainingTypeNotPartial.HelpLink);

        public static readonly DiagnosticDescriptor UnsupportedType = new DiagnosticDescriptor(
            "ACT0008",
            DiagnosticCatalog.UnsupportedType.Title,
            DiagnosticCatalog.UnsupportedType.MessageFormat,
            DiagnosticCatalog.Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            helpLinkUri: DiagnosticCatalog.UnsupportedType.HelpLink);

        public static readonly DiagnosticDescriptor MixedTypes = new DiagnosticDescriptor(
            "ACT0009",
            DiagnosticCatalog.MixedTypes.Title,
            DiagnosticCatalog.MixedTypes.MessageFormat,
            DiagnosticCatalog.Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            helpLinkUri: DiagnosticCatalog.MixedTypes.HelpLink);

        public static readonly DiagnosticDescriptor TypeMismatch = new DiagnosticDescriptor(
            "ACT0010",
            DiagnosticCatalog.TypeMismatch.Title,
            DiagnosticCatalog.TypeMismatch.MessageFormat,
            DiagnosticCatalog.Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            helpLinkUri: DiagnosticCatalog.TypeMismatch.HelpLink);

        public static readonly DiagnosticDescriptor InvalidNumber = new DiagnosticDescriptor(
            "ACT0011",
            DiagnosticCatalog.InvalidNumber.Title,
            DiagnosticCatalog.InvalidNumber.MessageFormat,
            DiagnosticCatalog.Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            helpLinkUri: DiagnosticCatalog.InvalidNumber.HelpLink);

        public static readonly DiagnosticDescriptor TooComplex = new DiagnosticDescriptor(
            "ACT0012",
            DiagnosticCatalog.TooComplex.Title,
            DiagnosticCatalog.TooComplex.MessageFormat,
            DiagnosticCatalog.Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            helpLinkUri: DiagnosticCatalog.TooComplex.HelpLink);

        public static readonly DiagnosticDescriptor InvalidSignature = new DiagnosticDescriptor(
            "ACT0013",
            DiagnosticCatalog.InvalidSignature.Title,
            DiagnosticCatalog.InvalidSignature.MessageFormat,
            DiagnosticCatalog.Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            helpLinkUri: DiagnosticCatalog.InvalidSignature.HelpLink);

        public static readonly DiagnosticDescriptor InvalidAttributeArgument = new DiagnosticDescriptor(
            "ACT0014",
            DiagnosticCatalog.InvalidAttributeArgument.Title,
            DiagnosticCatalog.InvalidAttributeArgument.MessageFormat,
            DiagnosticCatalog.Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            helpLinkUri: DiagnosticCatalog.InvalidAttributeArgument.HelpLink);

        public static readonly DiagnosticDescriptor NameConflict = new DiagnosticDescriptor(
            "ACT0015",
            DiagnosticCatalog.NameConflict.Title,
            DiagnosticCatalog.NameConflict.MessageFormat,
            DiagnosticCatalog.Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            helpLinkUri: DiagnosticCatalog.NameConflict.HelpLink);

        public static readonly DiagnosticDescriptor InternalError = new DiagnosticDescriptor(
            "ACT0099",
            DiagnosticCatalog.InternalError.Title,
            DiagnosticCatalog.InternalError.MessageFormat,
            DiagnosticCatalog.Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            helpLinkUri: DiagnosticCatalog.InternalError.HelpLink);

        private static readonly Dictionary<string, DiagnosticDescriptor> ById = Index(SyntaxError, UnknownIdentifier, UnknownFunction, WrongArgumentCount, EmptyExpression, MethodNotStaticPartial, ContainingTypeNotPartial, UnsupportedType, MixedTypes, TypeMismatch, InvalidNumber, TooComplex, InvalidSignature, InvalidAttributeArgument, NameConflict, InternalError);

        public static DiagnosticDescriptor Get(string id) => ById[id];

        private static Dictionary<string, DiagnosticDescriptor> Index(params DiagnosticDescriptor[] descriptors)
        {
            var map = new Dictionary<string, DiagnosticDescriptor>();
            foreach (DiagnosticDescriptor descriptor in descriptors)
            {
                map[descriptor.Id] = descriptor;
            }

            return map;
        }
    }
}
