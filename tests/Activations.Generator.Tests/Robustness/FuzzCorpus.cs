using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Activations.Generator.Parsing;
using Activations.Generator.Symbolic;

namespace Activations.Generator.Tests.Robustness
{
    /// <summary>What a fuzz input is known to be before the generator sees it.</summary>
    internal enum Expected
    {
        /// <summary>Built by the typed grammar below: it must derive without errors.</summary>
        Valid,

        /// <summary>Broken by construction (a character outside the DSL, an unbalanced parenthesis, a trailing operator…).</summary>
        Invalid,

        /// <summary>A mutation that may or may not still be valid; only the never-throw and span rules apply.</summary>
        Either,
    }

    /// <summary>One fuzz input: an expression (null included), where it came from, and what is known about it.</summary>
    internal sealed record FuzzInput(string Family, string? Expression, Expected Expected)
    {
        public override string ToString()
        {
            string text = Expression is null ? "null" : Expression.Length > 120 ? Expression.Substring(0, 120) + "…(" + Expression.Length + " chars)" : Expression;
            return Family + " [" + Expected + "]: " + Escape(text);
        }

        private static string Escape(string text)
        {
            var builder = new StringBuilder();
            foreach (char c in text)
            {
                builder.Append(c < ' ' || char.IsSurrogate(c) || c > '\u007e' ? "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) : c.ToString());
            }

            return builder.ToString();
        }
    }

    /// <summary>
    /// Deterministic fuzz inputs for the activation DSL. Every family is seeded, so a failure names an input that the next
    /// run produces again. The families follow issue 5: token soups; random valid expressions from a typed grammar, then
    /// truncated or mutated; unicode and very long identifiers; odd numbers; empty, blank and null.
    /// </summary>
    internal static class FuzzCorpus
    {
        /// <summary>The hyperparameters of every fuzzed method (the input is <c>x</c>).</summary>
        public static readonly string[] Parameters = { "x", "alpha", "beta" };

        public static readonly string[] UnaryFunctions = { "exp", "log", "log1p", "expm1", "sqrt", "abs", "sign", "sin", "cos", "tan", "tanh", "sinh", "cosh", "atan", "sigmoid", "softplus", "erf", "erfc" };

        /// <summary>Every token of the DSL, and near misses of them.</summary>
        private static readonly string[] SoupTokens =
        {
            "x", "alpha", "beta", "gamma", "pi", "e", "exp", "sigmoid", "max", "clamp", "pow", "_", "x1",
            "0", "1", "2.5", ".5", "1e3", "1e-3", "1e", "1.", "0x1F", "1_0", "3f",
            "+", "-", "*", "/", "^", "**", "(", ")", ",", "?", ":", "<", "<=", ">", ">=", "==", "!=", "&&", "||", "!",
            "=", "&", "|", "[", "]", "{", "}", ";", "'", "\"", "\\", "$", "#", "@", "%", "~", "`", ".",
            " ", "  ", "\t", "\n", "\r\n",
        };

        /// <summary>Characters outside the DSL: each makes any expression containing it invalid.</summary>
        private static readonly string[] BadCharacters =
        {
            "$", "#", "@", "%", "~", "`", "[", "]", "{", "}", ";", "'", "\"", "\\", "\0", "\u0007", "\u001b", "\uFEFF", "\u200B", "\u200D",
            "\u0301", "\uD800", "\uDC00", "\uD835\uDC65" /* 𝑥 */, "\uD83D\uDE00" /* 😀 */, "\u00B2", "\u2212" /* − */, "\u00D7" /* × */,
            "\u221E" /* ∞ */, "\uFF11" /* fullwidth 1 */, "\u0663" /* Arabic-Indic 3 */, "\u066B" /* Arabic decimal separator */,
        };

        /// <summary>Letters of several scripts: valid identifier characters for the DSL's lexer.</summary>
        private static readonly string[] Letters =
        {
            "a", "z", "Z", "_", "é", "ß", "ø", "İ", "ı", "α", "β", "λ", "Ω", "д", "Ж", "ש", "ع", "क", "中", "文", "ｘ", "ǅ", "ª",
        };

        /// <summary>Numbers the DSL accepts, and ones it must reject (issue 5: 1e999, 1e-999, 0x10, 1_000 and friends).</summary>
        public static readonly (string Text, bool Valid)[] Numbers =
        {
            ("0", true), ("1", true), ("007", true), ("2.5", true), (".5", true), ("5.", true), ("1e3", true), ("1E3", true), ("1e+3", true),
            ("1e-3", true), ("2.5e+2", true), ("0e999", true), ("0.0", true), ("1e308", true), ("1.7976931348623157e308", true),
            ("4.9e-324", true), ("1e-310", true), ("2.2250738585072014e-308", true), ("3.14159265358979323846264338327950288419716939937510", true),
            ("123456789012345678901234567890", true), ("1e0001", true), ("0.000000000000000000000000000000000000000000001", true),
            ("1e999", false), ("1e-999", false), ("1.8e308", false), ("1e309", false), ("2e-324", false), ("1e-400", false),
            ("0x10", false), ("0X1f", false), ("0b101", false), ("1_000", false), ("1_", false), ("1.5.2", false), ("1..2", false),
            ("3f", false), ("3d", false), ("3m", false), ("3L", false), ("3u", false), ("1e5x", false), ("1ex", false),
            (new string('9', 400), false), ("0." + new string('0', 400) + "1", false), ("1" + new string('0', 309), false),
        };

        /// <summary>Empty, blank (every kind of Unicode white space) and null expressions: all invalid.</summary>
        public static readonly string?[] Blanks =
        {
            null, string.Empty, " ", "  ", "\t", "\n", "\r\n", " \t\r\n ", "\u00A0", "\u2028", "\u2029", "\u3000", "\u000B", "\u000C", "\u0085",
            new string(' ', 5_000), new string('\n', 19_999), new string(' ', Parser.MaxLength + 1),
        };

        /// <summary>The whole corpus: about 12,500 inputs, the same every run.</summary>
        public static IReadOnlyList<FuzzInput> All => LazyAll.Value;

        private static readonly Lazy<IReadOnlyList<FuzzInput>> LazyAll = new Lazy<IReadOnlyList<FuzzInput>>(Build);

        private static IReadOnlyList<FuzzInput> Build()
        {
            var inputs = new List<FuzzInput>();
            inputs.AddRange(Blanks.Select(b => new FuzzInput("blank", b, Expected.Invalid)));
            foreach ((string text, bool isValid) in Numbers)
            {
                inputs.Add(new FuzzInput("number", text, isValid ? Expected.Valid : Expected.Invalid));
                inputs.Add(new FuzzInput("number in an expression", "x * " + text + " + 1", isValid ? Expected.Valid : Expected.Invalid));
            }

            var random = new Random(5_0001);
            for (int i = 0; i < 3_000; i++)
            {
                inputs.Add(TokenSoup(random));
            }

            random = new Random(5_0002);
            var valid = new List<string>();
            for (int i = 0; i < 3_000; i++)
            {
                string expression = ValidExpression(random, 1 + random.Next(6), Parameters);
                valid.Add(expression);
                inputs.Add(new FuzzInput("grammar", expression, Expected.Valid));
            }

            random = new Random(5_0003);
            foreach (string expression in valid.Take(2_000))
            {
                string truncated = expression.Substring(0, random.Next(expression.Length));
                inputs.Add(new FuzzInput("truncated", truncated, ClassifyBroken(truncated)));
            }

            random = new Random(5_0004);
            foreach (string expression in valid)
            {
                string mutated = Mutate(random, expression, 1 + random.Next(3));
                inputs.Add(new FuzzInput("mutated", mutated, ClassifyBroken(mutated)));
            }

            random = new Random(5_0005);
            for (int i = 0; i < 1_000; i++)
            {
                inputs.Add(UnicodeOrLongIdentifier(random, i));
            }

            return inputs;
        }

        /// <summary>A random run of DSL tokens, near misses and foreign characters.</summary>
        public static FuzzInput TokenSoup(Random random)
        {
            var builder = new StringBuilder();
            bool bad = false;
            int count = random.Next(1, 30);
            for (int i = 0; i < count; i++)
            {
                if (random.Next(8) == 0)
                {
                    builder.Append(BadCharacters[random.Next(BadCharacters.Length)]);
                    bad = true;
                }
                else
                {
                    builder.Append(SoupTokens[random.Next(SoupTokens.Length)]);
                }
            }

            string text = builder.ToString();
            return new FuzzInput("token soup", text, bad ? Expected.Invalid : ClassifyBroken(text));
        }

        /// <summary>
        /// A random, well-typed expression over <paramref name="parameters"/>: every operator, function, number form and
        /// the conditional, parenthesised only where the grammar requires it (plus some redundant parentheses), with
        /// random blanks between tokens.
        /// </summary>
        public static string ValidExpression(Random random, int depth, IReadOnlyList<string> parameters)
        {
            var tokens = new List<string>();
            new Grammar(random, parameters, tokens).Number(depth, 0);
            return Join(random, tokens);
        }

        /// <summary>Deletes, inserts, replaces, duplicates or swaps characters and tokens.</summary>
        public static string Mutate(Random random, string text, int edits)
        {
            var builder = new StringBuilder(text);
            for (int k = 0; k < edits; k++)
            {
                int at = random.Next(builder.Length + 1);
                switch (random.Next(6))
                {
                    case 0 when builder.Length > 0:
                        builder.Remove(Math.Min(at, builder.Length - 1), 1);
                        break;
                    case 1:
                        builder.Insert(at, SoupTokens[random.Next(SoupTokens.Length)]);
                        break;
                    case 2:
                        builder.Insert(at, BadCharacters[random.Next(BadCharacters.Length)]);
                        break;
                    case 3 when builder.Length > 0:
                        int from = random.Next(builder.Length);
                        int length = random.Next(1, Math.Min(12, builder.Length - from) + 1);
                        builder.Insert(at, builder.ToString(from, length));
                        break;
                    case 4 when builder.Length > 1:
                        int i = random.Next(builder.Length - 1);
                        (builder[i], builder[i + 1]) = (builder[i + 1], builder[i]);
                        break;
                    default:
                        builder.Insert(at, Letters[random.Next(Letters.Length)]);
                        break;
                }
            }

            return builder.ToString();
        }

        /// <summary>
        /// Invalid when it is certainly broken (blank, a character outside the DSL, unbalanced parentheses, a trailing
        /// operator or a leading binary operator); otherwise either.
        /// </summary>
        public static Expected ClassifyBroken(string text)
        {
            string trimmed = text.Trim();
            if (trimmed.Length == 0)
            {
                return Expected.Invalid;
            }

            int depth = 0;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c == '(')
                {
                    depth++;
                }
                else if (c == ')' && --depth < 0)
                {
                    return Expected.Invalid;
                }
                else if (!IsDslCharacter(c))
                {
                    return Expected.Invalid;
                }
            }

            if (depth != 0 || "+-*/^(,?:<>=!&|".IndexOf(trimmed[trimmed.Length - 1]) >= 0 || "*/^),?:<>=&|".IndexOf(trimmed[0]) >= 0)
            {
                return Expected.Invalid;
            }

            return Expected.Either;
        }

        /// <summary>Characters that may appear in a valid expression.</summary>
        public static bool IsDslCharacter(char c)
            => char.IsWhiteSpace(c) || c == '_' || char.IsLetterOrDigit(c) || "+-*/^(),?:<>=!&|.".IndexOf(c) >= 0;

        private static FuzzInput UnicodeOrLongIdentifier(Random random, int i)
        {
            switch (i % 5)
            {
                case 0:
                {
                    // Letters of many scripts: an unknown identifier (ACT0002), never a crash.
                    string name = RandomIdentifier(random, 1 + random.Next(40));
                    return new FuzzInput("unicode identifier", "x * " + name + " + 1", Expected.Invalid);
                }

                case 1:
                {
                    // A long identifier that still fits: unknown, reported at its whole span.
                    string name = "q" + RandomIdentifier(random, random.Next(1_000, Parser.MaxLength - 10));
                    return new FuzzInput("long identifier", "x + " + name, Expected.Invalid);
                }

                case 2:
                {
                    // Longer than the expression limit: ACT0012 before the lexer runs.
                    string name = "q" + new string('w', random.Next(Parser.MaxLength, 5 * Parser.MaxLength));
                    return new FuzzInput("over-long identifier", name, Expected.Invalid);
                }

                case 3:
                {
                    // A foreign character (combining mark, astral letter, emoji, format character…) inside a valid expression.
                    string valid = ValidExpression(random, 1 + random.Next(3), Parameters);
                    int at = random.Next(valid.Length + 1);
                    string text = valid.Substring(0, at) + BadCharacters[random.Next(BadCharacters.Length)] + valid.Substring(at);
                    return new FuzzInput("foreign character", text, Expected.Invalid);
                }

                default:
                {
                    // A unicode name used as a call: unknown function (ACT0003).
                    string name = RandomIdentifier(random, 1 + random.Next(12));
                    return new FuzzInput("unicode call", name + "(x)", Expected.Invalid);
                }
            }
        }

        private static string RandomIdentifier(Random random, int length)
        {
            var builder = new StringBuilder("ζ");
            while (builder.Length < length)
            {
                builder.Append(random.Next(4) == 0 ? random.Next(10).ToString(CultureInfo.InvariantCulture) : Letters[random.Next(Letters.Length)]);
            }

            return builder.ToString();
        }

        /// <summary>Joins tokens with random blanks, but never glues two tokens into one (x y, * *, < =, 1 .5).</summary>
        private static string Join(Random random, List<string> tokens)
        {
            var builder = new StringBuilder();
            for (int i = 0; i < tokens.Count; i++)
            {
                if (i > 0)
                {
                    bool mustSeparate = Glues(tokens[i - 1], tokens[i]);
                    int pick = random.Next(10);
                    builder.Append(pick < 3 && !mustSeparate ? string.Empty : pick == 9 ? "\n\t " : pick == 8 ? "  " : " ");
                }

                builder.Append(tokens[i]);
            }

            return builder.ToString();
        }

        private static bool Glues(string left, string right)
        {
            char l = left[left.Length - 1];
            char r = right[0];
            bool wordLeft = char.IsLetterOrDigit(l) || l == '_' || l == '.';
            bool wordRight = char.IsLetterOrDigit(r) || r == '_' || r == '.';
            return (wordLeft && wordRight) || (l == '*' && r == '*') || "<>!=&|".IndexOf(l) >= 0 && (r == '=' || r == l);
        }

        /// <summary>The typed grammar: numbers and conditions kept apart, with the README's precedence levels.</summary>
        private sealed class Grammar
        {
            private const int Conditional = 1, Or = 2, And = 3, Equality = 4, Relational = 5, Additive = 6, Multiplicative = 7, Unary = 8, Power = 9, Primary = 10;

            private static readonly string[] ValidNumbers = Numbers.Where(n => n.Valid && n.Text.Length < 60).Select(n => n.Text).ToArray();

            private readonly Random _random;
            private readonly IReadOnlyList<string> _parameters;
            private readonly List<string> _tokens;

            public Grammar(Random random, IReadOnlyList<string> parameters, List<string> tokens)
            {
                _random = random;
                _parameters = parameters;
                _tokens = tokens;
            }

            /// <summary>Writes a number-valued expression that binds at least as tightly as <paramref name="minimum"/>.</summary>
            public void Number(int depth, int minimum)
            {
                int pick = depth <= 0 ? 0 : _random.Next(11);
                switch (pick)
                {
                    case 0:
                        Leaf();
                        return;
                    case 1:
                    case 2:
                        Wrap(minimum, Additive, () => Binary(depth, Additive, _random.Next(2) == 0 ? "+" : "-", Number));
                        return;
                    case 3:
                    case 4:
                        Wrap(minimum, Multiplicative, () => Binary(depth, Multiplicative, _random.Next(2) == 0 ? "*" : "/", Number));
                        return;
                    case 5:
                        Wrap(minimum, Unary, () =>
                        {
                            _tokens.Add(_random.Next(3) == 0 ? "+" : "-");
                            Number(depth - 1, Unary);
                        });
                        return;
                    case 6:
                        Wrap(minimum, Power, () =>
                        {
                            Number(depth - 1, Primary);
                            _tokens.Add(_random.Next(2) == 0 ? "^" : "**");
                            Number(depth - 1, Unary);
                        });
                        return;
                    case 7:
                    case 8:
                        Call(depth);
                        return;
                    default:
                        Wrap(minimum, Conditional, () =>
                        {
                            Condition(depth - 1, Or);
                            _tokens.Add("?");
                            Number(depth - 1, 0);
                            _tokens.Add(":");
                            Number(depth - 1, Conditional);
                        });
                        return;
                }
            }

            /// <summary>Writes a condition that binds at least as tightly as <paramref name="minimum"/>.</summary>
            private void Condition(int depth, int minimum)
            {
                switch (depth <= 0 ? 0 : _random.Next(5))
                {
                    case 0:
                    case 1:
                        Wrap(minimum, Relational, () =>
                        {
                            // Both sides of a comparison are numbers, so neither may itself be a bare comparison.
                            string[] operators = { "<", "<=", ">", ">=", "==", "!=" };
                            Number(depth - 1, Additive);
                            _tokens.Add(operators[_random.Next(operators.Length)]);
                            Number(depth - 1, Additive);
                        });
                        return;
                    case 2:
                        Wrap(minimum, And, () => Binary(depth, And, "&&", Condition));
                        return;
                    case 3:
                        Wrap(minimum, Or, () => Binary(depth, Or, "||", Condition));
                        return;
                    default:
                        Wrap(minimum, Unary, () =>
                        {
                            _tokens.Add("!");
                            Condition(depth - 1, Unary);
                        });
                        return;
                }
            }

            private void Binary(int depth, int level, string op, Action<int, int> operand)
            {
                operand(depth - 1, level);
                _tokens.Add(op);
                operand(depth - 1, level + 1);
            }

            private void Call(int depth)
            {
                int kind = _random.Next(UnaryFunctions.Length + 4);
                if (kind < UnaryFunctions.Length)
                {
                    _tokens.Add(UnaryFunctions[kind]);
                    _tokens.Add("(");
                    Number(depth - 1, 0);
                    _tokens.Add(")");
                    return;
                }

                string name = new[] { "min", "max", "pow", "clamp" }[kind - UnaryFunctions.Length];
                _tokens.Add(name);
                _tokens.Add("(");
                int arity = name == "clamp" ? 3 : 2;
                for (int i = 0; i < arity; i++)
                {
                    if (i > 0)
                    {
                        _tokens.Add(",");
                    }

                    Number(depth - 1, 0);
                }

                _tokens.Add(")");
            }

            private void Leaf()
            {
                switch (_random.Next(8))
                {
                    case 0:
                    case 1:
                        _tokens.Add(ValidNumbers[_random.Next(ValidNumbers.Length)]);
                        return;
                    case 2:
                        _tokens.Add(_random.Next(2) == 0 ? "pi" : "e");
                        return;
                    default:
                        _tokens.Add(_parameters[_random.Next(_parameters.Count)]);
                        return;
                }
            }

            /// <summary>Parenthesises when the grammar needs it, and now and then when it does not.</summary>
            private void Wrap(int minimum, int level, Action write)
            {
                bool parenthesize = level < minimum || _random.Next(12) == 0;
                if (parenthesize)
                {
                    _tokens.Add("(");
                }

                write();
                if (parenthesize)
                {
                    _tokens.Add(")");
                }
            }
        }
    }
}
