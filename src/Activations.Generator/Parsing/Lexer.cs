using System.Collections.Generic;
using System.Globalization;
using Activations.Generator.Diagnostics;

namespace Activations.Generator.Parsing
{
    /// <summary>Splits an expression into tokens. Never throws: bad characters become <see cref="TokenKind.Bad"/> tokens plus an error.</summary>
    public static class Lexer
    {
        public static List<Token> Tokenize(string text, List<ExpressionError> errors)
        {
            var tokens = new List<Token>();
            int i = 0;
            while (i < text.Length)
            {
                char c = text[i];
                if (char.IsWhiteSpace(c))
                {
                    i++;
                    continue;
                }

                int start = i;
                if (IsDigit(c) || (c == '.' && i + 1 < text.Length && IsDigit(text[i + 1])))
                {
                    tokens.Add(LexNumber(text, ref i, errors));
                    continue;
                }

                if (IsIdentifierStart(c))
                {
                    while (i < text.Length && IsIdentifierPart(text[i]))
                    {
                        i++;
                    }

                    tokens.Add(new Token(TokenKind.Identifier, text.Substring(start, i - start), SourceSpan.FromBounds(start, i)));
                    continue;
                }

                char next = i + 1 < text.Length ? text[i + 1] : '\0';
                TokenKind kind;
                int length = 1;
                switch (c)
                {
                    case '+': kind = TokenKind.Plus; break;
                    case '-': kind = TokenKind.Minus; break;
                    case '*': (kind, length) = Pair(next, '*', TokenKind.StarStar, TokenKind.Star); break;
                    case '/': kind = TokenKind.Slash; break;
                    case '^': kind = TokenKind.Caret; break;
                    case '(': kind = TokenKind.OpenParen; break;
                    case ')': kind = TokenKind.CloseParen; break;
                    case ',': kind = TokenKind.Comma; break;
                    case '?': kind = TokenKind.Question; break;
                    case ':': kind = TokenKind.Colon; break;
                    case '<': (kind, length) = Pair(next, '=', TokenKind.LessEqual, TokenKind.Less); break;
                    case '>': (kind, length) = Pair(next, '=', TokenKind.GreaterEqual, TokenKind.Greater); break;
                    case '!': (kind, length) = Pair(next, '=', TokenKind.BangEqual, TokenKind.Bang); break;

                    // '=', '&' and '|' exist only doubled; alone they are a common slip worth a specific message.
                    case '=': (kind, length) = Pair(next, '=', TokenKind.EqualEqual, TokenKind.Bad); break;
                    case '&': (kind, length) = Pair(next, '&', TokenKind.AmpAmp, TokenKind.Bad); break;
                    case '|': (kind, length) = Pair(next, '|', TokenKind.BarBar, TokenKind.Bad); break;
                    default:
                        kind = TokenKind.Bad;
                        length = char.IsHighSurrogate(c) && char.IsLowSurrogate(next) ? 2 : 1;
                        errors.Add(new ExpressionError(
                            DiagnosticCatalog.SyntaxError,
                            new SourceSpan(i, length),
                            "unexpected character '" + text.Substring(i, length) + "'"));
                        break;
                }

                if (kind == TokenKind.Bad && (c == '=' || c == '&' || c == '|'))
                {
                    string advice = c == '=' ? "use '==' to compare" : c == '&' ? "use '&&'" : "use '||', or abs(...) for an absolute value";
                    errors.Add(new ExpressionError(DiagnosticCatalog.SyntaxError, new SourceSpan(i, 1), "'" + c + "' is not an operator; " + advice));
                }

                tokens.Add(new Token(kind, text.Substring(i, length), new SourceSpan(i, length)));
                i += length;
            }

            tokens.Add(new Token(TokenKind.End, string.Empty, new SourceSpan(text.Length, 0)));
            return tokens;
        }

        /// <summary>A two-character operator when <paramref name="next"/> completes it, else the one-character form.</summary>
        private static (TokenKind Kind, int Length) Pair(char next, char second, TokenKind two, TokenKind one)
            => next == second ? (two, 2) : (one, 1);

        private static Token LexNumber(string text, ref int i, List<ExpressionError> errors)
        {
            int start = i;
            while (i < text.Length && IsDigit(text[i]))
            {
                i++;
            }

            if (i < text.Length && text[i] == '.')
            {
                i++;
                while (i < text.Length && IsDigit(text[i]))
                {
                    i++;
                }
            }

            if (i < text.Length && (text[i] == 'e' || text[i] == 'E'))
            {
                int save = i;
                i++;
                if (i < text.Length && (text[i] == '+' || text[i] == '-'))
                {
                    i++;
                }

                if (i < text.Length && IsDigit(text[i]))
                {
                    while (i < text.Length && IsDigit(text[i]))
                    {
                        i++;
                    }
                }
                else
                {
                    // "2e" or "2ex": not an exponent; the letters lex as an identifier and the parser reports it.
                    i = save;
                }
            }

            // Letters, digits or '_' glued to a number (1_000, 0x10, 2f, 1.5.2) make the whole run one bad number.
            int end = i;
            while (end < text.Length && (IsIdentifierPart(text[end]) || text[end] == '.'))
            {
                end++;
            }

            var span = SourceSpan.FromBounds(start, end);
            string tokenText = text.Substring(start, end - start);
            if (end != i)
            {
                i = end;
                errors.Add(new ExpressionError(DiagnosticCatalog.InvalidNumber, span, tokenText, "write plain decimal numbers such as 1000, 0.5 or 1e-3"));
                return new Token(TokenKind.Number, tokenText, span, double.NaN);
            }

            // On .NET Framework (the compiler inside Visual Studio) a value beyond double's range fails to parse instead of
            // giving ∞; double.Parse would throw there and turn the error into ACT0099.
            if (!double.TryParse(tokenText, NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
            {
                value = double.PositiveInfinity;
            }

            if (double.IsInfinity(value))
            {
                errors.Add(new ExpressionError(DiagnosticCatalog.InvalidNumber, span, tokenText, "it is too large for a double"));
                value = double.NaN;
            }
            else if (value == 0 && HasNonZeroDigit(tokenText))
            {
                errors.Add(new ExpressionError(DiagnosticCatalog.InvalidNumber, span, tokenText, "it is too small for a double and would round to zero"));
            }

            return new Token(TokenKind.Number, tokenText, span, value);
        }

        private static bool HasNonZeroDigit(string text)
        {
            foreach (char c in text)
            {
                if (c == 'e' || c == 'E')
                {
                    return false;
                }

                if (c >= '1' && c <= '9')
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsDigit(char c) => c >= '0' && c <= '9';

        private static bool IsIdentifierStart(char c) => c == '_' || char.IsLetter(c);

        private static bool IsIdentifierPart(char c) => c == '_' || char.IsLetterOrDigit(c);
    }
}
