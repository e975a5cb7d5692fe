using System;

namespace Activations.Generator.Emit
{
    /// <summary>The numeric type an activation computes in.</summary>
    public enum NumericType
    {
        Single,
        Double,
    }

    /// <summary>A type that encloses the activation method: its keyword ("class", "record struct", …) and name with type parameters.</summary>
    public sealed record ContainingType(string Keyword, string Name);

    /// <summary>A method parameter: its name as the DSL sees it, as C# must spell it (keywords escaped), and its default value literal, if any.</summary>
    public sealed record ActivationParameter(string Name, string CSharpName, string? DefaultValue);

    /// <summary>Everything about the declaring method that the emitter needs. Plain values, no Roslyn types.</summary>
    public sealed record ActivationDeclaration(
        string Namespace,
        EquatableArray<ContainingType> ContainingTypes,
        string MethodName,
        string Accessibility,
        NumericType Type,
        EquatableArray<ActivationParameter> Parameters,
        bool HasUserDocumentation)
    {
        /// <summary>Modifiers besides the accessibility that the implementing declaration must repeat ("new ", "unsafe "), or empty.</summary>
        public string ImplementationModifiers { get; init; } = string.Empty;

        public string TypeKeyword => Type == NumericType.Single ? "float" : "double";

        /// <summary>The name a generated member uses for a hyperparameter: first letter upper-cased (beta → Beta).</summary>
        public static string PascalCase(string name) => name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name.Substring(1);

        /// <summary>A file name unique per method overload: namespace, types, method and parameter types.</summary>
        public string HintName
        {
            get
            {
                var builder = new System.Text.StringBuilder();
                if (Namespace.Length > 0)
                {
                    builder.Append(Namespace).Append('.');
                }

                foreach (ContainingType type in ContainingTypes)
                {
                    builder.Append(type.Name).Append('.');
                }

                builder.Append(MethodName).Append('(');
                for (int i = 0; i < Parameters.Count; i++)
                {
                    builder.Append(i == 0 ? string.Empty : ",").Append(Type == NumericType.Single ? "Single" : "Double");
                }

                builder.Append(')');
                var safe = new System.Text.StringBuilder();
                foreach (char c in builder.ToString())
                {
                    safe.Append(char.IsLetterOrDigit(c) || c == '.' || c == '_' || c == '(' || c == ')' || c == ',' ? c : '_');
                }

                return safe.Append(".g.cs").ToString();
            }
        }
    }
}
