using System;
using System.Collections.Generic;
using Activations.Generator.Diagnostics;

namespace Activations.Generator.Parsing
{
    /// <summary>
    /// Recursive-descent parser for the activation DSL. Precedence, loosest first:
    /// <c>?:</c> (right), <c>||</c>, <c>&amp;&amp;</c>, <c>== !=</c>, <c>&lt; &lt;= &gt; &gt;=</c>, <c>+ -</c>, <c>* /</c>,
    /// unary <c>- + !</c>, power <c>^ **</c> (right, tighter than unary minus), then primaries.
    /// </summary>
    /// <remarks>
    /// Nesting is bounded (<see cref="MaxDepth"/>) so that neither this parser nor any later recursive pass can overflow
    /// the compiler's stack; an over-deep expression is an ACT0012 error, not a crash.
    /// </remarks>
    public sealed class Parser
    {
        /// <summary>The deepest expression tree accepted.</summary>
        public const int MaxDepth = 200;

        /// <summary>The longest expression accepted, in characters.</summary>
        public const int MaxLength = 20_000;

        private readonly List<Token> _tokens;
        private readonly List<ExpressionError> _errors;
        private int _position;
        private int _nesting;

        private Parser(List<Token> tokens, List<ExpressionError> errors)
        {
            _tokens = tokens;
            _errors = errors;
        }

        public static ParseResult Parse(string? text)
        {
            var errors = new List<ExpressionError>();
            if (text is null || text.Trim().Length == 0)
            {
                errors.Add(new ExpressionError(DiagnosticCatalog.EmptyExpression, new SourceSpan(0, text?.Length ?? 0)));
                return new ParseResult(null, errors);
            }

            if (text.Length > MaxLength)
            {
                errors.Add(new ExpressionError(
                    DiagnosticCatalog.TooComplex,
                    new SourceSpan(MaxLength, text.Length - MaxLength),
                    "the expression is longer than " + MaxLength + " characters"));
                return new ParseResult(null, errors);
            }

            List<Token> tokens = Lexer.Tokenize(text, errors);
            if (errors.Count > 0)
            {
                return new ParseResult(null, errors);
            }

            var parser = new Parser(tokens, errors);
            ExpressionSyntax? root = null;
            try
            {
                root = parser.ParseExpression();
                if (errors.Count == 0 && parser.Current.Kind != TokenKind.End)
                {
                    parser.Error(parser.Current, "unexpected " + Describe(parser.Current) + " after the end of the expression");
                }
            }
            catch (ParseAbortedException)
            {
                // The first error has been recorded; one error per expression is clearer than a cascade.
            }

            return new ParseResult(errors.Count == 0 ? root : null, errors);
        }

        private Token Current => _tokens[_position];

        private Token Advance() => _tokens[_position++];

        private ExpressionSyntax ParseExpression() => Nested(ParseConditional);

        private ExpressionSyntax ParseConditional()
        {
            ExpressionSyntax condition = ParseBinary(0);
            if (Current.Kind != TokenKind.Question)
            {
                return condition;
            }

            Advance();
            ExpressionSyntax whenTrue = ParseExpression();
            Expect(TokenKind.Colon, "':' of the conditional 'c ? a : b'");
            ExpressionSyntax whenFalse = ParseExpression();
            return Checked(new ConditionalSyntax(condition, whenTrue, whenFalse));
        }

        private static readonly TokenKind[][] BinaryLevels =
        {
            new[] { TokenKind.BarBar },
            new[] { TokenKind.AmpAmp },
            new[] { TokenKind.EqualEqual, TokenKind.BangEqual },
            new[] { TokenKind.Less, TokenKind.LessEqual, TokenKind.Greater, TokenKind.GreaterEqual },
            new[] { TokenKind.Plus, TokenKind.Minus },
            new[] { TokenKind.Star, TokenKind.Slash },
        };

        private ExpressionSyntax ParseBinary(int level)
        {
            if (level == BinaryLevels.Length)
            {
                return ParseUnary();
            }

            ExpressionSyntax left = ParseBinary(level + 1);
            while (Array.IndexOf(BinaryLevels[level], Current.Kind) >= 0)
            {
                Token op = Advance();
                ExpressionSyntax right = ParseBinary(level + 1);
                left = Checked(new BinarySyntax(left, op, right));
            }

            return left;
        }

        private ExpressionSyntax ParseUnary()
        {
            TokenKind kind = Current.Kind;
            if (kind == TokenKind.Minus || kind == TokenKind.Plus || kind == TokenKind.Bang)
            {
                Token op = Advance();
                ExpressionSyntax operand = Nested(ParseUnary);
                return Checked(new UnarySyntax(op, operand));
            }

            return ParsePower();
        }

        private ExpressionSyntax ParsePower()
        {
            ExpressionSyntax left = ParsePrimary();
            if (Current.Kind == TokenKind.Caret || Current.Kind == TokenKind.StarStar)
            {
                Token op = Advance();

                // The exponent is a unary expression, so x^-2 works and a^b^c groups as a^(b^c).
                ExpressionSyntax right = Nested(ParseUnary);
                return Checked(new BinarySyntax(left, op, right));
            }

            return left;
        }

        private ExpressionSyntax ParsePrimary()
        {
            Token token = Current;
            switch (token.Kind)
            {
                case TokenKind.Number:
                    Advance();
                    return new NumberSyntax(token.Value, token.Text, token.Span);

                case TokenKind.Identifier:
                    Advance();
                    if (Current.Kind == TokenKind.OpenParen)
                    {
                        return ParseCall(token);
                    }

                    return new NameSyntax(token.Text, token.Span);

                case TokenKind.OpenParen:
                    Advance();
                    ExpressionSyntax inner = ParseExpression();
                    Expect(TokenKind.CloseParen, "')' to close the '(' at column " + (token.Span.Start + 1), token);
                    return inner;

                default:
                    Error(token, "expected a number, a name or '(' but found " + Describe(token));
                    throw new ParseAbortedException();
            }
        }

        private ExpressionSyntax ParseCall(Token name)
        {
            Token open = Advance();
            var arguments = new List<ExpressionSyntax>();
            int depth = 1;
            if (Current.Kind != TokenKind.CloseParen)
            {
                while (true)
                {
                    ExpressionSyntax argument = ParseExpression();
                    arguments.Add(argument);
                    depth = Math.Max(depth, argument.Depth + 1);
                    if (Current.Kind == TokenKind.Comma)
                    {
                        Advance();
                        continue;
                    }

                    break;
                }
            }

            Token close = Expect(TokenKind.CloseParen, "')' to close the call of '" + name.Text + "' at column " + (open.Span.Start + 1), open);
            return Checked(new CallSyntax(name, arguments, name.Span.Cover(close.Span), depth));
        }

        private ExpressionSyntax Nested(Func<ExpressionSyntax> parse)
        {
            if (++_nesting > MaxDepth)
            {
                _errors.Add(new ExpressionError(
                    DiagnosticCatalog.TooComplex,
                    Current.Span,
                    "the expression nests more than " + MaxDepth + " levels deep"));
                throw new ParseAbortedException();
            }

            ExpressionSyntax result = parse();
            _nesting--;
            return result;
        }

        private ExpressionSyntax Checked(ExpressionSyntax node)
        {
            if (node.Depth > MaxDepth)
            {
                _errors.Add(new ExpressionError(
                    DiagnosticCatalog.TooComplex,
                    node.Span,
                    "the expression tree is more than " + MaxDepth + " levels deep; split long sums or products into separate activations"));
                throw new ParseAbortedException();
            }

            return node;
        }

        private Token Expect(TokenKind kind, string what, Token? opener = null)
        {
            if (Current.Kind == kind)
            {
                return Advance();
            }

            // An unclosed parenthesis is best shown at the '(' that was left open.
            Token at = Current.Kind == TokenKind.End && opener.HasValue ? opener.Value : Current;
            _errors.Add(new ExpressionError(DiagnosticCatalog.SyntaxError, SpanOf(at), "expected " + what + " but found " + Describe(Current)));
            throw new ParseAbortedException();
        }

        private void Error(Token at, string message)
        {
            _errors.Add(new ExpressionError(DiagnosticCatalog.SyntaxError, SpanOf(at), message));
        }

        /// <summary>The end of the input has no width; point at the last real token instead so the error lands inside the string.</summary>
        private SourceSpan SpanOf(Token token)
        {
            if (token.Kind == TokenKind.End && _tokens.Count > 1)
            {
                return _tokens[_tokens.Count - 2].Span;
            }

            return token.Span;
        }

        private static string Describe(Token token) => token.Kind == TokenKind.End ? "the end of the expression" : "'" + token.Text + "'";

        private sealed class ParseAbortedException : Exception
        {
        }
    }
}
