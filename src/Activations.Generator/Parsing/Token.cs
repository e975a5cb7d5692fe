namespace Activations.Generator.Parsing
{
    public enum TokenKind
    {
        End,
        Number,
        Identifier,
        Plus,
        Minus,
        Star,
        Slash,
        Caret,
        StarStar,
        OpenParen,
        CloseParen,
        Comma,
        Question,
        Colon,
        Less,
        LessEqual,
        Greater,
        GreaterEqual,
        EqualEqual,
        BangEqual,
        AmpAmp,
        BarBar,
        Bang,
        Bad,
    }

    /// <summary>A lexical token with its span in the expression string.</summary>
    public readonly struct Token
    {
        public Token(TokenKind kind, string text, SourceSpan span, double value = 0)
        {
            Kind = kind;
            Text = text;
            Span = span;
            Value = value;
        }

        public TokenKind Kind { get; }

        public string Text { get; }

        public SourceSpan Span { get; }

        /// <summary>The value of a number token.</summary>
        public double Value { get; }

        public override string ToString() => Kind + " '" + Text + "'";
    }
}
