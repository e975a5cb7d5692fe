using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Activations.Generator;
using Activations.Generator.Emit;
using Activations.Generator.Symbolic;

namespace Activations.Samples.Commands
{
    /// <summary>What <c>derive</c> was asked for.</summary>
    internal sealed record DeriveOptions(
        string Expression,
        string Input = "x",
        IReadOnlyList<string>? Parameters = null,
        string? WithRespectTo = null,
        int Order = 1,
        NumericType Type = NumericType.Single,
        string MethodName = "Activation",
        bool Full = false);

    /// <summary>
    /// <c>derive "&lt;expr&gt;"</c>: f and a derivative in math notation, then the C# the generator writes for the same
    /// formula, all from the generator's own symbolic core and emitter called as a library.
    /// </summary>
    internal static class DeriveCommand
    {
        public const int MaxOrder = 4;

        public static int Run(DeriveOptions options, TextWriter output, TextWriter error)
        {
            if (options.Order < 1 || options.Order > MaxOrder)
            {
                error.WriteLine($"--order must be between 1 and {MaxOrder}; got {options.Order}.");
                return ExitCodes.Usage;
            }

            Derivation derivation = Formula.Derive(options.Expression, options.Input, options.Parameters);
            if (!derivation.Success)
            {
                Formula.WriteErrors(error, options.Expression, derivation.Errors);
                return ExitCodes.ExpressionError;
            }

            IReadOnlyList<string> parameters = derivation.Parameters;
            string variable = options.WithRespectTo ?? options.Input;
            int index = IndexOf(parameters, variable);
            if (index < 0)
            {
                error.WriteLine($"--wrt {variable}: not a parameter of this formula; its parameters are {string.Join(", ", parameters)}.");
                return ExitCodes.Usage;
            }

            output.WriteLine(Formula.Signature(parameters) + " = " + MathPrinter.Format(derivation.Function));
            output.WriteLine("input: " + options.Input + (parameters.Count > 1
                ? "; hyperparameters: " + string.Join(", ", parameters.Skip(1)) + (options.Parameters is { Count: > 0 } ? " (from --param)" : " (every other name in the formula)")
                : "; no hyperparameters"));
            output.WriteLine();

            Expr derivative = Differentiate(derivation, index, options.Order);
            string symbol = Formula.DerivativeSymbol(variable, options.Order);
            IReadOnlyList<string> scheduled = Notation.Scheduled(derivative, symbol, parameters);
            string? inline = Notation.Inline(derivative);
            if (scheduled.Count == 1 || inline is not null)
            {
                output.WriteLine(symbol + " = " + (inline ?? MathPrinter.Format(derivative)));
            }

            if (scheduled.Count > 1)
            {
                output.WriteLine(inline is null ? "computed with shared subexpressions, as the generated code does:" : "with shared subexpressions, as the generated code computes it:");
                foreach (string line in scheduled)
                {
                    output.WriteLine("  " + line);
                }
            }

            output.WriteLine();
            string code = EmitCSharp(derivation, options);
            output.WriteLine(options.Full
                ? "// The file the generator writes for this declaration:"
                : "// The scalar members the generator writes (add --full for the Vector<T> overloads and span kernels):");
            output.WriteLine("// [Activation(\"" + options.Expression.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\")]");
            output.WriteLine("// " + Declaration(derivation, options));
            output.Write(code);
            return ExitCodes.Success;
        }

        /// <summary>The n-th derivative with respect to parameter <paramref name="index"/>, reusing what Derive already built.</summary>
        public static Expr Differentiate(Derivation derivation, int index, int order)
        {
            Expr result;
            int done;
            if (index == 0)
            {
                result = order >= 2 ? derivation.SecondDerivative : derivation.Derivative;
                done = Math.Min(order, 2);
            }
            else
            {
                result = derivation.ParameterDerivatives[index - 1];
                done = 1;
            }

            var differentiator = new Differentiator(derivation.Context, index);
            for (; done < order; done++)
            {
                result = differentiator.Differentiate(result);
            }

            return result;
        }

        /// <summary>What the generator emits for <c>[Activation(expr)] public static partial T Name(T x, T p…)</c> in a class.</summary>
        public static string EmitCSharp(Derivation derivation, DeriveOptions options)
        {
            ActivationDeclaration declaration = DeclarationFor(derivation, options);
            string version = typeof(SourceEmitter).Assembly.GetName().Version?.ToString() ?? "0.0.0.0";
            if (options.Full)
            {
                return SourceEmitter.EmitFile(declaration, derivation, version);
            }

            var writer = new IndentedWriter();
            SourceEmitter.EmitMembers(writer, declaration, derivation, version);
            return writer.ToString();
        }

        private static ActivationDeclaration DeclarationFor(Derivation derivation, DeriveOptions options)
            => new ActivationDeclaration(
                "Samples",
                new EquatableArray<ContainingType>(new[] { new ContainingType("class", "MyActivations") }),
                options.MethodName,
                "public",
                options.Type,
                new EquatableArray<ActivationParameter>(derivation.Parameters.Select(p => new ActivationParameter(p, CSharpName(p), null))),
                HasUserDocumentation: false);

        private static string Declaration(Derivation derivation, DeriveOptions options)
        {
            string type = options.Type == NumericType.Single ? "float" : "double";
            return "public static partial " + type + " " + options.MethodName + "("
                + string.Join(", ", derivation.Parameters.Select(p => type + " " + CSharpName(p))) + ");";
        }

        /// <summary>A DSL name that is a C# keyword (lambda, value is fine) is written with @, as a declaration would spell it.</summary>
        private static string CSharpName(string name) => CSharpKeywords.Contains(name) ? "@" + name : name;

        private static int IndexOf(IReadOnlyList<string> parameters, string name)
        {
            for (int i = 0; i < parameters.Count; i++)
            {
                if (parameters[i] == name)
                {
                    return i;
                }
            }

            return -1;
        }

        private static readonly HashSet<string> CSharpKeywords = new HashSet<string>
        {
            "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
            "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally",
            "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock",
            "long", "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected",
            "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string",
            "struct", "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort",
            "using", "virtual", "void", "volatile", "while",
        };
    }
}
