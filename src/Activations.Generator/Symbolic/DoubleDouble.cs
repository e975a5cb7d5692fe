using System;
using System.Globalization;
using System.Numerics;

namespace Activations.Generator.Symbolic
{
    /// <summary>
    /// An unevaluated sum Hi + Lo of two doubles (about 106 bits): constant folding carries it so that a folded constant
    /// such as √2 or 2√(2/π) knows what rounding it to double lost (<see cref="ExprContext.TailOf"/>). Error-free
    /// transforms without FMA (netstandard2.0 has none): Knuth's two-sum and Dekker's split product.
    /// </summary>
    internal readonly struct DoubleDouble
    {
        public DoubleDouble(double hi, double lo)
        {
            Hi = hi;
            Lo = lo;
        }

        public double Hi { get; }

        public double Lo { get; }

        /// <summary>Every operand finite and small enough that Dekker's split cannot overflow.</summary>
        public bool IsUsable => Math.Abs(Hi) < 1e290 && Math.Abs(Lo) < 1e290 && !double.IsNaN(Hi) && !double.IsNaN(Lo);

        public static DoubleDouble operator -(DoubleDouble a) => new DoubleDouble(-a.Hi, -a.Lo);

        public static DoubleDouble operator +(DoubleDouble a, DoubleDouble b)
        {
            (double s, double e) = TwoSum(a.Hi, b.Hi);
            return Normalize(s, e + a.Lo + b.Lo);
        }

        public static DoubleDouble operator -(DoubleDouble a, DoubleDouble b) => a + -b;

        public static DoubleDouble operator *(DoubleDouble a, DoubleDouble b)
        {
            (double p, double e) = TwoProduct(a.Hi, b.Hi);
            return Normalize(p, e + (a.Hi * b.Lo) + (a.Lo * b.Hi));
        }

        public static DoubleDouble operator /(DoubleDouble a, DoubleDouble b)
        {
            // q1 = a/b rounded; the remainder a − q1·b, exact to double-double, gives the correction q2.
            double q1 = a.Hi / b.Hi;
            DoubleDouble remainder = a - (b * new DoubleDouble(q1, 0));
            double q2 = remainder.Hi / b.Hi;
            return Normalize(q1, q2);
        }

        public static DoubleDouble Sqrt(DoubleDouble a)
        {
            double s = Math.Sqrt(a.Hi);
            if (s == 0)
            {
                return new DoubleDouble(s, 0);
            }

            DoubleDouble remainder = a - Square(s);
            return Normalize(s, remainder.Hi / (2 * s));
        }

        /// <summary>
        /// The exact value of a decimal literal ("0.044715", "1.6732632423543772848170429916717", "1e-3") minus
        /// <paramref name="value"/>, its double, rounded to double; 0 if the text is not a plain decimal.
        /// </summary>
        public static double LiteralTail(string text, double value)
        {
            if (value == 0 || double.IsInfinity(value) || double.IsNaN(value) || !TryParseDecimal(text, out BigInteger digits, out int exponent10))
            {
                return 0;
            }

            // value = mantissa·2^exponent2 exactly.
            long bits = BitConverter.DoubleToInt64Bits(value);
            int biased = (int)((bits >> 52) & 0x7FF);
            long mantissa = bits & 0x000F_FFFF_FFFF_FFFFL;
            int exponent2 = biased == 0 ? -1074 : biased - 1075;
            if (biased != 0)
            {
                mantissa |= 1L << 52;
            }

            if (value < 0)
            {
                mantissa = -mantissa;
            }

            // literal − value = digits·10^e10 − mantissa·2^e2 = difference / denominator, both integers.
            BigInteger literal = digits;
            BigInteger denominator = BigInteger.One;
            if (exponent10 >= 0)
            {
                literal *= BigInteger.Pow(10, exponent10);
            }
            else
            {
                denominator = BigInteger.Pow(10, -exponent10);
            }

            BigInteger stored = mantissa;
            if (exponent2 >= 0)
            {
                stored <<= exponent2;
            }
            else
            {
                literal <<= -exponent2;
                denominator <<= -exponent2;
            }

            // stored is now in units of 2^min(e2, 0); bring it over the literal's denominator.
            BigInteger difference = literal - (stored * (exponent10 >= 0 ? BigInteger.One : BigInteger.Pow(10, -exponent10)));
            if (difference.IsZero)
            {
                return 0;
            }

            // Scale so the quotient keeps 64 significant bits, then convert.
            int shift = 64 - (int)(BigInteger.Log(BigInteger.Abs(difference), 2) - BigInteger.Log(denominator, 2));
            BigInteger quotient = shift >= 0 ? (difference << shift) / denominator : difference / (denominator << -shift);
            return (double)quotient * Math.Pow(2, -shift);
        }

        private static bool TryParseDecimal(string text, out BigInteger digits, out int exponent10)
        {
            digits = BigInteger.Zero;
            exponent10 = 0;
            int i = 0;
            bool any = false;
            while (i < text.Length && char.IsDigit(text[i]))
            {
                digits = (digits * 10) + (text[i] - '0');
                i++;
                any = true;
            }

            if (i < text.Length && text[i] == '.')
            {
                i++;
                while (i < text.Length && char.IsDigit(text[i]))
                {
                    digits = (digits * 10) + (text[i] - '0');
                    exponent10--;
                    i++;
                    any = true;
                }
            }

            if (i < text.Length && (text[i] == 'e' || text[i] == 'E'))
            {
                if (!int.TryParse(text.Substring(i + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int exponent) || Math.Abs(exponent) > 400)
                {
                    return false;
                }

                exponent10 += exponent;
                i = text.Length;
            }

            return any && i == text.Length;
        }

        private static DoubleDouble Square(double a)
        {
            (double p, double e) = TwoProduct(a, a);
            return new DoubleDouble(p, e);
        }

        private static DoubleDouble Normalize(double hi, double lo)
        {
            double s = hi + lo;
            return new DoubleDouble(s, lo - (s - hi));
        }

        private static (double Sum, double Error) TwoSum(double a, double b)
        {
            double s = a + b;
            double bb = s - a;
            return (s, (a - (s - bb)) + (b - bb));
        }

        private static (double Product, double Error) TwoProduct(double a, double b)
        {
            double p = a * b;
            (double ah, double al) = Split(a);
            (double bh, double bl) = Split(b);
            return (p, ((ah * bh) - p + (ah * bl) + (al * bh)) + (al * bl));
        }

        private static (double High, double Low) Split(double a)
        {
            const double Splitter = 134217729; // 2^27 + 1
            double t = Splitter * a;
            double high = t - (t - a);
            return (high, a - high);
        }
    }
}
