using System.Globalization;
using System.Text;

namespace Activations.Generator.Extraction
{
    /// <summary>
    /// Maps each character of a string literal's value back to its offset in the literal's source text, so a diagnostic
    /// can point at the exact token even when the literal contains escapes (<c>"\u0078"</c>) or is verbatim or raw.
    /// </summary>
    internal static class LiteralMap
    {
        /// <summary>
        /// Offsets (relative to the literal's start) for each value character, plus one for the end of the value;
        /// null when the literal's form is not understood or does not decode to <paramref name="value"/>.
        /// </summary>
        public static int[]? Build(string tokenText, string value)
        {
            int[]? offsets;
            if (tokenText.StartsWith("\"\"\"", System.StringComparison.Ordinal))
            {
                offsets = Raw(tokenText, value);
            }
            else if (tokenText.StartsWith("@\"", System.StringComparison.Ordinal))
            {
                offsets = Verbatim(tokenText, value);
            }
            else if (tokenText.StartsWith("\"", System.StringComparison.Ordinal))
            {
                offsets = Regular(tokenText, value);
            }
            else
            {
                offsets = null;
            }

            return offsets;
        }

        private static int[]? Regular(string text, string value)
        {
            var decoded = new StringBuilder();
            var offsets = new System.Collections.Generic.List<int>();
            int i = 1;
            while (i < text.Length - 1)
            {
                int start = i;
                char c = text[i];
                if (c != '\\')
                {
                    decoded.Append(c);
                    offsets.Add(start);
                    i++;
                    continue;
                }

                if (i + 1 >= text.Length - 1)
                {
                    return null;
                }

                char e = text[i + 1];
                i += 2;
                string? piece = e switch
                {
                    '\'' => "'",
                    '"' => "\"",
                    '\\' => "\\",
                    '0' => "\0",
                    'a' => "\a",
                    'b' => "\b",
                    'e' => "\u001b",
                    'f' => "\f",
                    'n' => "\n",
                    'r' => "\r",
                    't' => "\t",
                    'v' => "\v",
                    _ => null,
                };
                if (piece is null)
                {
                    int digits = e == 'u' ? 4 : e == 'U' ? 8 : e == 'x' ? CountHex(text, i, 4) : -1;
                    if (digits <= 0 || i + digits > text.Length - 1)
                    {
                        return null;
                    }

                    if (!int.TryParse(text.Substring(i, digits), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int code))
                    {
                        return null;
                    }

                    i += digits;
                    piece = code > 0xFFFF ? char.ConvertFromUtf32(code) : ((char)code).ToString();
                }

                foreach (char unused in piece)
                {
                    offsets.Add(start);
                }

                decoded.Append(piece);
            }

            offsets.Add(text.Length - 1);
            return decoded.ToString() == value ? offsets.ToArray() : null;
        }

        private static int CountHex(string text, int start, int max)
        {
            int n = 0;
            while (n < max && start + n < text.Length - 1 && Uri.IsHexDigit(text[start + n]))
            {
                n++;
            }

            return n;
        }

        private static int[]? Verbatim(string text, string value)
        {
            var decoded = new StringBuilder();
            var offsets = new System.Collections.Generic.List<int>();
            int i = 2;
            while (i < text.Length - 1)
            {
                offsets.Add(i);
                decoded.Append(text[i]);
                i += text[i] == '"' ? 2 : 1;
            }

            offsets.Add(text.Length - 1);
            return decoded.ToString() == value ? offsets.ToArray() : null;
        }

        /// <summary>Single-line raw literals only; multi-line ones strip indentation and fall back to the whole literal.</summary>
        private static int[]? Raw(string text, string value)
        {
            int quotes = 0;
            while (quotes < text.Length && text[quotes] == '"')
            {
                quotes++;
            }

            int end = text.Length - quotes;
            if (end < quotes || text.IndexOf('\n') >= 0)
            {
                return null;
            }

            var offsets = new System.Collections.Generic.List<int>();
            for (int i = quotes; i < end; i++)
            {
                offsets.Add(i);
            }

            offsets.Add(end);
            return text.Substring(quotes, end - quotes) == value ? offsets.ToArray() : null;
        }

        private static class Uri
        {
            public static bool IsHexDigit(char c) => (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        }
    }
}
