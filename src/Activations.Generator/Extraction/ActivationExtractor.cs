using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Activations.Generator.Diagnostics;
using Activations.Generator.Emit;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Activations.Generator.Extraction
{
    /// <summary>
    /// Reads an [Activation] method's symbol and syntax into an <see cref="ActivationMethodModel"/>. This is the only place
    /// that looks at Roslyn symbols; it does no DSL work.
    /// </summary>
    internal static class ActivationExtractor
    {
        /// <summary>More parameters than this would make the generated file grow with their square (every member repeats the
        /// whole list, and each hyperparameter adds members), so a larger method is ACT0013 rather than a hang.</summary>
        public const int MaxParameters = 32;

        public static ActivationMethodModel Extract(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
        {
            if (context.TargetNode is not MethodDeclarationSyntax syntax)
            {
                return OtherTarget(context);
            }

            var method = (IMethodSymbol)context.TargetSymbol;
            try
            {
                return ExtractCore(context, method, syntax, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                var diagnostic = DiagnosticInfo.Create(DiagnosticCatalog.InternalError, LocationInfo.From(syntax.Identifier), method.Name, ex.GetType().Name + ": " + ex.Message);
                return new ActivationMethodModel(method.Name, null, null, null, LocationInfo.From(syntax.Identifier), new EquatableArray<DiagnosticInfo>(new[] { diagnostic }));
            }
        }

        /// <summary>[Activation] on a local function, an accessor or an operator: nothing can be generated there, so say so.</summary>
        private static ActivationMethodModel OtherTarget(GeneratorAttributeSyntaxContext context)
        {
            string what = context.TargetNode switch
            {
                LocalFunctionStatementSyntax => "a local function",
                AccessorDeclarationSyntax => "an accessor",
                OperatorDeclarationSyntax or ConversionOperatorDeclarationSyntax => "an operator",
                _ => "not a method declaration",
            };
            LocationInfo? location = LocationInfo.From(context.Attributes[0].ApplicationSyntaxReference?.GetSyntax()) ?? LocationInfo.From(context.TargetNode);
            var diagnostic = DiagnosticInfo.Create(
                DiagnosticCatalog.InvalidSignature,
                location,
                context.TargetSymbol.Name,
                "it is " + what + "; declare a static partial method in a partial type instead");
            return new ActivationMethodModel(context.TargetSymbol.Name, null, null, null, location, new EquatableArray<DiagnosticInfo>(new[] { diagnostic }));
        }

        private static ActivationMethodModel ExtractCore(
            GeneratorAttributeSyntaxContext context,
            IMethodSymbol method,
            MethodDeclarationSyntax syntax,
            CancellationToken cancellationToken)
        {
            var diagnostics = new List<DiagnosticInfo>();
            LocationInfo? methodLocation = LocationInfo.From(syntax.Identifier);

            // The containing types must all be partial so the generated half can join them.
            var containingTypes = new List<ContainingType>();
            for (SyntaxNode? node = syntax.Parent; node is not null; node = node.Parent)
            {
                if (node is TypeDeclarationSyntax typeSyntax)
                {
                    if (!typeSyntax.Modifiers.Any(SyntaxKind.PartialKeyword))
                    {
                        diagnostics.Add(DiagnosticInfo.Create(DiagnosticCatalog.ContainingTypeNotPartial, LocationInfo.From(typeSyntax.Identifier), typeSyntax.Identifier.ValueText, method.Name));
                    }

                    if (typeSyntax.Modifiers.Any(SyntaxKind.FileKeyword))
                    {
                        // The generated half lives in a file of its own, and a file-local type cannot span two files.
                        diagnostics.Add(Signature(LocationInfo.From(typeSyntax.Identifier), method, "its containing type '" + typeSyntax.Identifier.ValueText + "' is file-local, so the generated part (in another file) cannot join it"));
                    }

                    containingTypes.Insert(0, new ContainingType(Keyword(typeSyntax), typeSyntax.Identifier.Text + TypeParameters(typeSyntax)));
                }
            }

            bool isPartial = syntax.Modifiers.Any(SyntaxKind.PartialKeyword);
            if (!method.IsStatic || !isPartial)
            {
                string missing = !method.IsStatic && !isPartial ? "static partial" : !method.IsStatic ? "static" : "partial";
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticCatalog.MethodNotStaticPartial, methodLocation, method.Name, missing));
            }

            if (method.IsGenericMethod)
            {
                diagnostics.Add(Signature(methodLocation, method, "generic methods are not supported"));
            }

            if (syntax.Body is not null || syntax.ExpressionBody is not null)
            {
                diagnostics.Add(Signature(methodLocation, method, "the generator writes its body, so declare it without one"));
            }

            if (method.PartialImplementationPart is not null)
            {
                // The user wrote the implementing half too; a generated one would be a second (CS0757).
                diagnostics.Add(Signature(methodLocation, method, "it already has an implementing declaration, but the generator writes its body; remove that one"));
            }

            if (syntax.Modifiers.Any(SyntaxKind.ExternKeyword))
            {
                // An extern partial method is an implementing declaration: there would be two.
                diagnostics.Add(Signature(methodLocation, method, "an extern method is implemented elsewhere, but the generator writes its body; remove 'extern'"));
            }

            bool tooManyParameters = method.Parameters.Length > MaxParameters;
            if (tooManyParameters)
            {
                diagnostics.Add(Signature(methodLocation, method, "it has " + method.Parameters.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + " parameters, more than the limit of " + MaxParameters.ToString(System.Globalization.CultureInfo.InvariantCulture) + " (each hyperparameter adds generated members that repeat the whole parameter list)"));
            }

            string? accessibility = AccessibilityOf(syntax);
            if (accessibility is null)
            {
                diagnostics.Add(Signature(methodLocation, method, "declare its accessibility explicitly (for example 'public static partial float')"));
            }

            NumericType? type = NumericTypeOf(method.ReturnType);
            if (type is null)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticCatalog.UnsupportedType, LocationInfo.From(syntax.ReturnType), "return type", method.Name, method.ReturnType.ToDisplayString()));
            }

            if (method.Parameters.Length == 0)
            {
                diagnostics.Add(Signature(methodLocation, method, "it needs at least one parameter, the input"));
            }

            var parameters = new List<ActivationParameter>();
            for (int i = 0; i < method.Parameters.Length; i++)
            {
                IParameterSymbol parameter = method.Parameters[i];
                ParameterSyntax? parameterSyntax = i < syntax.ParameterList.Parameters.Count ? syntax.ParameterList.Parameters[i] : null;
                LocationInfo? parameterLocation = LocationInfo.From((SyntaxNode?)parameterSyntax) ?? methodLocation;
                NumericType? parameterType = NumericTypeOf(parameter.Type);
                if (parameter.RefKind != RefKind.None || parameter.IsParams || parameter.IsThis || (i == 0 && method.IsExtensionMethod))
                {
                    diagnostics.Add(Signature(parameterLocation, method, "parameter '" + parameter.Name + "' must be a plain value parameter (no ref, out, in, params or this)"));
                }

                if (parameterType is null)
                {
                    diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticCatalog.UnsupportedType,
                        LocationInfo.From(parameterSyntax?.Type) ?? parameterLocation,
                        "parameter '" + parameter.Name + "'",
                        method.Name,
                        parameter.Type.ToDisplayString()));
                }
                else if (type is not null && parameterType != type)
                {
                    diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticCatalog.MixedTypes,
                        parameterLocation,
                        parameter.Name,
                        method.Name,
                        parameter.Type.ToDisplayString(),
                        method.ReturnType.ToDisplayString()));
                }

                string? defaultValue = null;
                if (parameter.HasExplicitDefaultValue && type is not null)
                {
                    defaultValue = CSharpPrinter.FormatLiteral(Convert.ToDouble(parameter.ExplicitDefaultValue ?? 0, System.Globalization.CultureInfo.InvariantCulture), type.Value);
                }

                string cSharpName = SyntaxFacts.GetKeywordKind(parameter.Name) != SyntaxKind.None ? "@" + parameter.Name : parameter.Name;
                parameters.Add(new ActivationParameter(parameter.Name, cSharpName, defaultValue));
            }

            if (!tooManyParameters)
            {
                CheckGeneratedNames(method, parameters, methodLocation, diagnostics);
            }

            cancellationToken.ThrowIfCancellationRequested();
            (string? expression, ExpressionSource? source) = ReadExpression(context, method, methodLocation, diagnostics);

            ActivationDeclaration? declaration = null;
            if (diagnostics.Count == 0 && type is not null && accessibility is not null)
            {
                string ns = method.ContainingNamespace is null || method.ContainingNamespace.IsGlobalNamespace ? string.Empty : method.ContainingNamespace.ToDisplayString();
                declaration = new ActivationDeclaration(
                    ns,
                    new EquatableArray<ContainingType>(containingTypes),
                    syntax.Identifier.Text, // as written, so a keyword name keeps its '@' (method.Name drops it)
                    accessibility,
                    type.Value,
                    new EquatableArray<ActivationParameter>(parameters),
                    HasDocumentation(syntax))
                {
                    // Partial declarations must agree on these (CS8800, CS0764), so the implementation repeats them.
                    ImplementationModifiers = (syntax.Modifiers.Any(SyntaxKind.NewKeyword) ? "new " : string.Empty) + (syntax.Modifiers.Any(SyntaxKind.UnsafeKeyword) ? "unsafe " : string.Empty),
                };
            }

            return new ActivationMethodModel(method.Name, declaration, expression, source, methodLocation, new EquatableArray<DiagnosticInfo>(diagnostics));
        }

        private static (string? Expression, ExpressionSource? Source) ReadExpression(
            GeneratorAttributeSyntaxContext context,
            IMethodSymbol method,
            LocationInfo? methodLocation,
            List<DiagnosticInfo> diagnostics)
        {
            AttributeData attribute = context.Attributes[0];
            var attributeSyntax = attribute.ApplicationSyntaxReference?.GetSyntax() as AttributeSyntax;
            ExpressionSyntax? argument = attributeSyntax?.ArgumentList?.Arguments.Count > 0 ? attributeSyntax.ArgumentList.Arguments[0].Expression : null;
            LocationInfo? argumentLocation = LocationInfo.From((SyntaxNode?)argument) ?? LocationInfo.From((SyntaxNode?)attributeSyntax) ?? methodLocation;

            if (attribute.ConstructorArguments.Length != 1
                || attribute.ConstructorArguments[0].Kind == TypedConstantKind.Error
                || attribute.ConstructorArguments[0].Value is not string expression)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticCatalog.InvalidAttributeArgument, argumentLocation, method.Name));
                return (null, null);
            }

            // Raw literals have token kinds of their own; LiteralMap understands single-line ones.
            if (argument is LiteralExpressionSyntax literal
                && (literal.Token.IsKind(SyntaxKind.StringLiteralToken) || literal.Token.IsKind(SyntaxKind.SingleLineRawStringLiteralToken) || literal.Token.IsKind(SyntaxKind.MultiLineRawStringLiteralToken))
                && argumentLocation is not null)
            {
                string tokenText = literal.Token.Text;
                int[]? offsets = LiteralMap.Build(tokenText, expression);
                if (offsets is not null)
                {
                    FileLinePositionSpan lineSpan = literal.GetLocation().GetLineSpan();
                    return (expression, new ExpressionSource(
                        argumentLocation.FilePath,
                        literal.Span.Start,
                        lineSpan.StartLinePosition,
                        tokenText,
                        new EquatableArray<int>(offsets),
                        argumentLocation));
                }
            }

            // A constant from elsewhere (a const field, a concatenation): errors point at the whole argument.
            return (expression, argumentLocation is null ? null : new ExpressionSource(argumentLocation.FilePath, 0, default, string.Empty, EquatableArray<int>.Empty, argumentLocation));
        }

        /// <summary>
        /// The members the generator adds must not collide with each other (parameters beta and Beta both give
        /// DerivativeByBeta) or with members the type already has with the same parameter list.
        /// </summary>
        private static void CheckGeneratedNames(IMethodSymbol method, List<ActivationParameter> parameters, LocationInfo? location, List<DiagnosticInfo> diagnostics)
        {
            foreach (ActivationParameter parameter in parameters)
            {
                if (KernelEmitter.ReservedParameterNames.Contains(parameter.Name))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticCatalog.NameConflict, location, "The parameter '" + parameter.Name + "'", "the parameter of that name in the generated span kernels"));
                }
            }

            CheckKernelNames(method, parameters, location, diagnostics);

            var names = new List<string> { method.Name + "Derivative", method.Name + "SecondDerivative", method.Name + "Backward", method.Name + "WithDerivative" };
            for (int i = 1; i < parameters.Count; i++)
            {
                string name = method.Name + "DerivativeBy" + ActivationDeclaration.PascalCase(parameters[i].Name);
                if (names.Contains(name))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticCatalog.NameConflict, location, "The generated member '" + name + "'", "another generated member of the same name (parameter '" + parameters[i].Name + "')"));
                }

                names.Add(name);
                names.Add(method.Name + "BackwardBy" + ActivationDeclaration.PascalCase(parameters[i].Name));
            }

            foreach (string name in names)
            {
                if (name == method.ContainingType.Name)
                {
                    // A member may not be named like its enclosing type (CS0542).
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticCatalog.NameConflict, location, "The generated member '" + name + "'", "the name of its containing type"));
                }

                // Inherited members count too: the generated one would hide them (warning CS0108 in the user's build).
                for (INamedTypeSymbol? type = method.ContainingType; type is not null; type = type.BaseType)
                {
                    string existingOrInherited = SymbolEqualityComparer.Default.Equals(type, method.ContainingType) ? "existing" : "inherited";
                    foreach (ISymbol member in type.GetMembers(name))
                    {
                        if (existingOrInherited == "inherited" && member.DeclaredAccessibility == Accessibility.Private)
                        {
                            continue;
                        }

                        if (member is IMethodSymbol existing && existing.Parameters.Length == method.Parameters.Length
                            && existing.Parameters.Select(p => p.Type).SequenceEqual(method.Parameters.Select(p => p.Type), SymbolEqualityComparer.Default))
                        {
                            diagnostics.Add(DiagnosticInfo.Create(DiagnosticCatalog.NameConflict, location, "The generated member '" + name + "'", "the " + existingOrInherited + " method '" + existing.ToDisplayString() + "'"));
                        }
                        else if (member is not IMethodSymbol)
                        {
                            diagnostics.Add(DiagnosticInfo.Create(DiagnosticCatalog.NameConflict, location, "The generated member '" + name + "'", "the " + existingOrInherited + " member '" + member.ToDisplayString() + "'"));
                        }
                    }
                }
            }
        }

        /// <summary>Members every kernel struct has: its Invoke methods and what it inherits from object and ValueType.</summary>
        private static readonly string[] KernelMemberNames = { "Invoke", "Equals", "GetHashCode", "GetType", "MemberwiseClone", "ToString" };

        /// <summary>
        /// The file-local kernel structs ('FKernel', 'FDerivativeKernel', …) hold each hyperparameter in a field of the same
        /// name and are created as 'new FKernel(…)' inside the containing type. So a hyperparameter may not be named like a
        /// struct or one of its members, and no type that such a 'new' would find first (a containing type, a type
        /// parameter, a nested or inherited nested type) may have a kernel's name.
        /// </summary>
        private static void CheckKernelNames(IMethodSymbol method, List<ActivationParameter> parameters, LocationInfo? location, List<DiagnosticInfo> diagnostics)
        {
            var kernels = new List<string> { string.Empty, "Derivative", "SecondDerivative", "WithDerivative" };
            for (int i = 1; i < parameters.Count; i++)
            {
                kernels.Add("DerivativeBy" + ActivationDeclaration.PascalCase(parameters[i].Name));
            }

            for (int i = 0; i < kernels.Count; i++)
            {
                kernels[i] = method.Name + kernels[i] + "Kernel";
            }

            for (int i = 1; i < parameters.Count; i++)
            {
                string name = parameters[i].Name;
                if (KernelMemberNames.Contains(name) || kernels.Contains(name))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticCatalog.NameConflict, location, "The parameter '" + name + "'", "the member of that name in the generated kernel structs, which keep each hyperparameter in a field"));
                }
            }

            foreach (string kernel in kernels.Distinct())
            {
                for (INamedTypeSymbol? type = method.ContainingType; type is not null; type = type.ContainingType)
                {
                    if (type.Name == kernel)
                    {
                        diagnostics.Add(DiagnosticInfo.Create(DiagnosticCatalog.NameConflict, location, "The generated kernel struct '" + kernel + "'", "the containing type '" + type.ToDisplayString() + "'"));
                    }

                    if (type.TypeParameters.Any(p => p.Name == kernel))
                    {
                        diagnostics.Add(DiagnosticInfo.Create(DiagnosticCatalog.NameConflict, location, "The generated kernel struct '" + kernel + "'", "the type parameter '" + kernel + "' of '" + type.ToDisplayString() + "'"));
                    }

                    for (INamedTypeSymbol? declaring = type; declaring is not null; declaring = declaring.BaseType)
                    {
                        foreach (INamedTypeSymbol nested in declaring.GetTypeMembers(kernel))
                        {
                            if (SymbolEqualityComparer.Default.Equals(declaring, type) || nested.DeclaredAccessibility != Accessibility.Private)
                            {
                                diagnostics.Add(DiagnosticInfo.Create(DiagnosticCatalog.NameConflict, location, "The generated kernel struct '" + kernel + "'", "the nested type '" + nested.ToDisplayString() + "'"));
                            }
                        }
                    }
                }
            }
        }

        private static DiagnosticInfo Signature(LocationInfo? location, IMethodSymbol method, string reason)
            => DiagnosticInfo.Create(DiagnosticCatalog.InvalidSignature, location, method.Name, reason);

        private static NumericType? NumericTypeOf(ITypeSymbol type)
        {
            switch (type.SpecialType)
            {
                case SpecialType.System_Single:
                    return NumericType.Single;
                case SpecialType.System_Double:
                    return NumericType.Double;
                default:
                    return null;
            }
        }

        private static string? AccessibilityOf(MethodDeclarationSyntax syntax)
        {
            var words = new List<string>();
            foreach (SyntaxToken modifier in syntax.Modifiers)
            {
                switch (modifier.Kind())
                {
                    case SyntaxKind.PublicKeyword:
                    case SyntaxKind.InternalKeyword:
                    case SyntaxKind.PrivateKeyword:
                    case SyntaxKind.ProtectedKeyword:
                        words.Add(modifier.Text);
                        break;
                }
            }

            return words.Count == 0 ? null : string.Join(" ", words);
        }

        private static string Keyword(TypeDeclarationSyntax type)
        {
            switch (type)
            {
                case RecordDeclarationSyntax record:
                    return record.ClassOrStructKeyword.IsKind(SyntaxKind.StructKeyword) ? "record struct" : "record";
                case StructDeclarationSyntax:
                    return "struct";
                case InterfaceDeclarationSyntax:
                    return "interface";
                default:
                    return "class";
            }
        }

        /// <summary>Type parameters as declared: every partial part must repeat their names and variance (CS1067).</summary>
        private static string TypeParameters(TypeDeclarationSyntax type)
            => type.TypeParameterList is null
                ? string.Empty
                : "<" + string.Join(", ", type.TypeParameterList.Parameters.Select(p => (p.VarianceKeyword.IsKind(SyntaxKind.None) ? string.Empty : p.VarianceKeyword.Text + " ") + p.Identifier.Text)) + ">";

        private static bool HasDocumentation(MethodDeclarationSyntax syntax)
        {
            foreach (SyntaxTrivia trivia in syntax.GetLeadingTrivia())
            {
                if (trivia.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia)
                    || trivia.IsKind(SyntaxKind.MultiLineDocumentationCommentTrivia)
                    || (trivia.IsKind(SyntaxKind.SingleLineCommentTrivia) && trivia.ToString().StartsWith("///", StringComparison.Ordinal)))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
