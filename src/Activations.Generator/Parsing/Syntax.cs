using System.Collections.Generic;

namespace Activations.Generator.Parsing
{
    /// <summary>A node of the parsed expression, with the span it came from.</summary>
    public abstract class ExpressionSyntax
    {
        protected ExpressionSyntax(SourceSpan span, int depth)
        {
            Span = span;
            Depth = depth;
        }

        public SourceSpan Span { get; }

        /// <summary>Height of this subtree; the parser bounds it so later passes may recurse safely.</summary>
        public int Depth { get; }
    }

    public sealed class NumberSyntax : ExpressionSyntax
    {
        public NumberSyntax(double value, string text, SourceSpan span)
            : base(span, 1)
        {
            Value = value;
            Text = text;
        }

        public double Value { get; }

        public string Text { get; }
    }

    public sealed class NameSyntax : ExpressionSyntax
    {
        public NameSyntax(string name, SourceSpan span)
            : base(span, 1)
        {
            Name = name;
        }

        public string Name { get; }
    }

    public sealed class UnarySyntax : ExpressionSyntax
    {
        public UnarySyntax(Token op, ExpressionSyntax operand)
            : base(op.Span.Cover(operand.Span), operand.Depth + 1)
        {
            Operator = op;
            Operand = operand;
        }

        public Token Operator { get; }

        public ExpressionSyntax Operand { get; }
    }

    public sealed class BinarySyntax : ExpressionSyntax
    {
        public BinarySyntax(ExpressionSyntax left, Token op, ExpressionSyntax right)
            : base(left.Span.Cover(right.Span), System.Math.Max(left.Depth, right.Depth) + 1)
        {
            Left = left;
            Operator = op;
            Right = right;
        }

        public ExpressionSyntax Left { get; }

        public Token Operator { get; }

        public ExpressionSyntax Right { get; }
    }

    public sealed class ConditionalSyntax : ExpressionSyntax
    {
        public ConditionalSyntax(ExpressionSyntax condition, ExpressionSyntax whenTrue, ExpressionSyntax whenFalse)
            : base(condition.Span.Cover(whenFalse.Span), System.Math.Max(condition.Depth, System.Math.Max(whenTrue.Depth, whenFalse.Depth)) + 1)
        {
            Condition = condition;
            WhenTrue = whenTrue;
            WhenFalse = whenFalse;
        }

        public ExpressionSyntax Condition { get; }

        public ExpressionSyntax WhenTrue { get; }

        public ExpressionSyntax WhenFalse { get; }
    }

    public sealed class CallSyntax : ExpressionSyntax
    {
        public CallSyntax(Token name, IReadOnlyList<ExpressionSyntax> arguments, SourceSpan span, int depth)
            : base(span, depth)
        {
            Name = name;
            Arguments = arguments;
        }

        public Token Name { get; }

        public IReadOnlyList<ExpressionSyntax> Arguments { get; }
    }

    /// <summary>The outcome of parsing: a tree when there were no errors, and the errors otherwise.</summary>
    public sealed class ParseResult
    {
        public ParseResult(ExpressionSyntax? root, IReadOnlyList<ExpressionError> errors)
        {
            Root = root;
            Errors = errors;
        }

        public ExpressionSyntax? Root { get; }

        public IReadOnlyList<ExpressionError> Errors { get; }

        public bool Success => Root is not null && Errors.Count == 0;
    }
}
