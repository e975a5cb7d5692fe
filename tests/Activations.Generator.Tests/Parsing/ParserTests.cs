using System;
using System.Linq;
using System.Text;
using Activations.Generator.Parsing;
using Activations.Generator.Symbolic;
using Xunit;

namespace Activations.Generator.Tests.Parsing;

/// <summary>
/// The parser alone: operator precedence and associativity (checked on the syntax tree and by evaluating), and every
/// error with its ACT id and exact span inside the expression string.
/// </summary>
public sealed class ParserTests
{
    // ---------------------------------------------------------------- structure

    [Theory]
    [InlineData("-x^2", "(- (^ x 2))")]
    [InlineData("-x**2", "(- (** x 2))")]
    [InlineData("2^3^2", "(^ 2 (^ 3 2))")]
    [InlineData("2**3**2", "(** 2 (** 3 2))")]
    [InlineData("2^3**2", "(^ 2 (** 3 2))")]
    [InlineData("x^-2", "(^ x (- 2))")]
    [InlineData("x^-y^2", "(^ x (- (^ y 2)))")]
    [InlineData("-2^-2", "(- (^ 2 (- 2)))")]
    [InlineData("a - b - c", "(- (- a b) c)")]
    [InlineData("a / b / c", "(/ (/ a b) c)")]
    [InlineData("a - b + c", "(+ (- a b) c)")]
    [InlineData("a + b * c", "(+ a (* b c))")]
    [InlineData("a * b + c", "(+ (* a b) c)")]
    [InlineData("(a + b) * c", "(* (+ a b) c)")]
    [InlineData("-a * b", "(* (- a) b)")]
    [InlineData("a * -b", "(* a (- b))")]
    [InlineData("- - a", "(- (- a))")]
    [InlineData("+a", "(+ a)")]
    [InlineData("a + b < c * d", "(< (+ a b) (* c d))")]
    [InlineData("a < b == c < d", "(== (< a b) (< c d))")]
    [InlineData("a < b && c > d", "(&& (< a b) (> c d))")]
    [InlineData("a <= b || c >= d && a != b", "(|| (<= a b) (&& (>= c d) (!= a b)))")]
    [InlineData("a && b && c", "(&& (&& a b) c)")]
    [InlineData("a || b || c", "(|| (|| a b) c)")]
    [InlineData("!a < b", "(< (! a) b)")]
    [InlineData("!a && b", "(&& (! a) b)")]
    [InlineData("!!a", "(! (! a))")]
    [InlineData("!(a < b)", "(! (< a b))")]
    [InlineData("a ? b : c", "(? a b c)")]
    [InlineData("c ? a : b ? d : e", "(? c a (? b d e))")]
    [InlineData("c ? a ? b : d : e", "(? c (? a b d) e)")]
    [InlineData("a || b ? c + d : e * f", "(? (|| a b) (+ c d) (* e f))")]
    [InlineData("max(a, b ? c : d)", "(max a (? b c d))")]
    [InlineData("clamp(x, -1, 1) ^ 2", "(^ (clamp x (- 1) 1) 2)")]
    [InlineData("f()", "(f)")]
    [InlineData("  1.5e3  ", "1500")]
    [InlineData(".5", "0.5")]
    [InlineData("5.", "5")]
    [InlineData("1E+2", "100")]
    [InlineData("1e-320", "1E-320")]
    public void Parses_with_the_documented_precedence_and_associativity(string expression, string tree)
    {
        ParseResult result = Parser.Parse(expression);

        Assert.Empty(result.Errors);
        Assert.True(result.Success);
        Assert.Equal(tree, Show(result.Root!));
    }

    [Theory]
    [InlineData("-x^2", 3.0, -9.0)]
    [InlineData("(-x)^2", 3.0, 9.0)]
    [InlineData("-x**2", 3.0, -9.0)]
    [InlineData("2^3^2", 0.0, 512.0)]
    [InlineData("2**3**2", 0.0, 512.0)]
    [InlineData("(2^3)^2", 0.0, 64.0)]
    [InlineData("x^3^2", 2.0, 512.0)]
    [InlineData("x^-2", 4.0, 0.0625)]
    [InlineData("x**-2", 4.0, 0.0625)]
    [InlineData("2^-x^2", 1.0, 0.5)]
    [InlineData("-2^-2", 0.0, -0.25)]
    [InlineData("x - 3 - 2", 10.0, 5.0)]
    [InlineData("x / 4 / 2", 24.0, 3.0)]
    [InlineData("x - 3 + 2", 10.0, 9.0)]
    [InlineData("1 + x * 3", 2.0, 7.0)]
    [InlineData("(1 + x) * 3", 2.0, 9.0)]
    [InlineData("x * 3 + 1", 2.0, 7.0)]
    [InlineData("-x * 3", 2.0, -6.0)]
    [InlineData("2 * -x", 2.0, -4.0)]
    [InlineData("x + 1 > 2 * x ? 1 : 0", 0.5, 1.0)]
    [InlineData("x + 1 > 2 * x ? 1 : 0", 2.0, 0.0)]

    // && binds tighter than ||: (x<0) || ((x>1) && (x>2)) is true at -1; ((x<0) || (x>1)) && (x>2) would be false.
    [InlineData("x < 0 || x > 1 && x > 2 ? 1 : 0", -1.0, 1.0)]
    [InlineData("x > 2 && x > 1 || x < 0 ? 1 : 0", -1.0, 1.0)]
    [InlineData("x > 0 && x < 1 ? 1 : 0", 0.5, 1.0)]
    [InlineData("x > 0 && x < 1 ? 1 : 0", 1.5, 0.0)]
    [InlineData("x == 2 || x != x ? 1 : 0", 2.0, 1.0)]
    [InlineData("x <= 2 && x >= 2 ? 1 : 0", 2.0, 1.0)]
    [InlineData("!(x > 0) ? 1 : 2", 1.0, 2.0)]
    [InlineData("!(x > 0) ? 1 : 2", -1.0, 1.0)]
    [InlineData("!!(x > 0) ? 1 : 2", 1.0, 1.0)]
    [InlineData("!(x > 0) && x > -1 ? 1 : 0", -0.5, 1.0)]
    [InlineData("!(x > 0) && x > -1 ? 1 : 0", -2.0, 0.0)]

    // c ? a : b ? d : e is c ? a : (b ? d : e).
    [InlineData("x < 0 ? 1 : x < 1 ? 2 : 3", -1.0, 1.0)]
    [InlineData("x < 0 ? 1 : x < 1 ? 2 : 3", 0.5, 2.0)]
    [InlineData("x < 0 ? 1 : x < 1 ? 2 : 3", 5.0, 3.0)]
    [InlineData("x > 0 ? x < 1 ? 2 : 3 : 4", 0.5, 2.0)]
    [InlineData("x > 0 ? x < 1 ? 2 : 3 : 4", 5.0, 3.0)]
    [InlineData("x > 0 ? x < 1 ? 2 : 3 : 4", -5.0, 4.0)]
    [InlineData("pi", 0.0, Math.PI)]
    [InlineData("e", 0.0, Math.E)]
    [InlineData("1e-3 * x", 2.0, 0.002)]
    public void Evaluates_with_the_documented_precedence(string expression, double x, double expected)
    {
        Derivation derivation = Derivation.Derive(expression, new[] { "x" }, TestContext.Current.CancellationToken);

        Assert.Empty(derivation.Errors);
        Assert.Equal(expected, Evaluator.Evaluate(derivation.Function, x));
    }

    [Fact]
    public void Spans_cover_the_source_text_of_each_node()
    {
        const string text = "  sigmoid( x ) + -beta*2 ";
        ParseResult result = Parser.Parse(text);

        var sum = Assert.IsType<BinarySyntax>(result.Root);
        Assert.Equal(new SourceSpan(2, 22), sum.Span);
        Assert.Equal(new SourceSpan(15, 1), sum.Operator.Span);
        var call = Assert.IsType<CallSyntax>(sum.Left);
        Assert.Equal(new SourceSpan(2, 12), call.Span);
        Assert.Equal(new SourceSpan(2, 7), call.Name.Span);
        Assert.Equal(new SourceSpan(11, 1), Assert.Single(call.Arguments).Span);
        var product = Assert.IsType<BinarySyntax>(sum.Right);
        Assert.Equal("*", product.Operator.Text);
        Assert.Equal(new SourceSpan(17, 7), product.Span);
        var negation = Assert.IsType<UnarySyntax>(product.Left);
        Assert.Equal(new SourceSpan(17, 5), negation.Span);
        Assert.Equal("beta", Assert.IsType<NameSyntax>(negation.Operand).Name);
        var two = Assert.IsType<NumberSyntax>(product.Right);
        Assert.Equal(2.0, two.Value);
        Assert.Equal(new SourceSpan(23, 1), two.Span);
    }

    [Fact]
    public void Double_star_is_one_token_and_means_power()
    {
        ParseResult result = Parser.Parse("x**2");

        var power = Assert.IsType<BinarySyntax>(result.Root);
        Assert.Equal(TokenKind.StarStar, power.Operator.Kind);
        Assert.Equal(new SourceSpan(1, 2), power.Operator.Span);
    }

    // ---------------------------------------------------------------- errors

    [Theory]

    // An unclosed '(' is reported at the innermost '(' left open (Parser.Expect points at the opener when the input ends).
    [InlineData("x * (sigmoid(x", "ACT0001", 12, 1, "')' to close the call of 'sigmoid' at column 13")]
    [InlineData("(x", "ACT0001", 0, 1, "')' to close the '(' at column 1")]
    [InlineData("x * (x + 1", "ACT0001", 4, 1, "')' to close the '(' at column 5")]
    [InlineData("max(x, 1", "ACT0001", 3, 1, "')' to close the call of 'max' at column 4")]

    // A missing operand at the end points at the last real token, so the error lands inside the string.
    [InlineData("x +", "ACT0001", 2, 1, "found the end of the expression")]
    [InlineData("x ^", "ACT0001", 2, 1, "found the end of the expression")]
    [InlineData("-", "ACT0001", 0, 1, "found the end of the expression")]
    [InlineData("!", "ACT0001", 0, 1, "found the end of the expression")]
    [InlineData("x ? 1", "ACT0001", 4, 1, "':' of the conditional")]
    [InlineData("x ? 1 :", "ACT0001", 6, 1, "found the end of the expression")]

    // An unexpected token is reported at that token.
    [InlineData("()", "ACT0001", 1, 1, "found ')'")]
    [InlineData("x y", "ACT0001", 2, 1, "unexpected 'y' after the end of the expression")]
    [InlineData("x)", "ACT0001", 1, 1, "unexpected ')'")]
    [InlineData("sigmoid(x) (x)", "ACT0001", 11, 1, "unexpected '('")]
    [InlineData(",", "ACT0001", 0, 1, "found ','")]
    [InlineData("sigmoid(x,)", "ACT0001", 10, 1, "found ')'")]
    [InlineData("x ** ** 2", "ACT0001", 5, 2, "found '**'")]
    [InlineData("x * * 2", "ACT0001", 4, 1, "found '*'")]
    [InlineData("x ? 1 , 2", "ACT0001", 6, 1, "':' of the conditional")]
    [InlineData("x : 1", "ACT0001", 2, 1, "unexpected ':'")]
    [InlineData("2 (x)", "ACT0001", 2, 1, "unexpected '('")]

    // Characters that are not part of the DSL.
    [InlineData("x $ 2", "ACT0001", 2, 1, "unexpected character '$'")]
    [InlineData("x = 1", "ACT0001", 2, 1, "use '=='")]
    [InlineData("x & y", "ACT0001", 2, 1, "use '&&'")]
    [InlineData("x | y", "ACT0001", 2, 1, "use '||'")]
    [InlineData("x % 2", "ACT0001", 2, 1, "unexpected character '%'")]
    [InlineData("x @ 1", "ACT0001", 2, 1, "unexpected character '@'")]
    [InlineData("x \U0001D465", "ACT0001", 2, 2, "unexpected character '\U0001D465'")]

    // Numbers: only plain decimals, and only ones that a double holds.
    [InlineData("1_000", "ACT0011", 0, 5, "Invalid number '1_000'")]
    [InlineData("0x10", "ACT0011", 0, 4, "Invalid number '0x10'")]
    [InlineData("2x", "ACT0011", 0, 2, "Invalid number '2x'")]
    [InlineData("x * 2f", "ACT0011", 4, 2, "Invalid number '2f'")]
    [InlineData("1.5.2", "ACT0011", 0, 5, "Invalid number '1.5.2'")]
    [InlineData("2e", "ACT0011", 0, 2, "Invalid number '2e'")]
    [InlineData("x + 1e999", "ACT0011", 4, 5, "too large")]
    [InlineData("x + 1e-999", "ACT0011", 4, 6, "too small")]

    // Empty.
    [InlineData("", "ACT0005", 0, 0, "empty")]
    [InlineData("   ", "ACT0005", 0, 3, "empty")]
    [InlineData("\t\n ", "ACT0005", 0, 3, "empty")]
    public void Reports_one_error_with_its_id_and_exact_span(string expression, string id, int start, int length, string messagePart)
    {
        ParseResult result = Parser.Parse(expression);

        Assert.False(result.Success);
        Assert.Null(result.Root);
        ExpressionError error = Assert.Single(result.Errors);
        Assert.Equal(id, error.Id);
        Assert.Equal(new SourceSpan(start, length), error.Span);
        Assert.Contains(messagePart, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_unclosed_call_in_the_issue_points_at_a_column_inside_the_string()
    {
        const string text = "x * (sigmoid(x";
        ExpressionError error = Assert.Single(Parser.Parse(text).Errors);

        Assert.Equal("ACT0001", error.Id);
        Assert.Equal('(', text[error.Span.Start]);
        Assert.True(error.Span.End <= text.Length);
    }

    [Fact]
    public void Null_is_an_empty_expression()
    {
        ParseResult result = Parser.Parse(null);

        ExpressionError error = Assert.Single(result.Errors);
        Assert.Equal("ACT0005", error.Id);
        Assert.Equal(new SourceSpan(0, 0), error.Span);
        Assert.Null(result.Root);
    }

    [Fact]
    public void Every_bad_character_is_reported()
    {
        ParseResult result = Parser.Parse("x $ y # z");

        Assert.Equal(new[] { "ACT0001", "ACT0001" }, result.Errors.Select(e => e.Id));
        Assert.Equal(new[] { new SourceSpan(2, 1), new SourceSpan(6, 1) }, result.Errors.Select(e => e.Span));
    }

    [Fact]
    public void A_subnormal_literal_is_a_number_not_an_error()
    {
        Derivation derivation = Derivation.Derive("1e-320", new[] { "x" }, TestContext.Current.CancellationToken);

        Assert.Empty(derivation.Errors);
        Assert.Equal(1e-320, Evaluator.Evaluate(derivation.Function, 0.0));
    }

    // ---------------------------------------------------------------- size limits (ACT0012, never a stack overflow)

    [Fact]
    public void Ten_thousand_nested_parentheses_are_too_complex()
    {
        string text = new string('(', 10_000) + "x" + new string(')', 10_000);

        ExpressionError error = Assert.Single(Parser.Parse(text).Errors);

        Assert.Equal("ACT0012", error.Id);
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_points_at_the_first_token_beyond_it()
    {
        // Short enough to pass the length check, so it is the nesting limit that fires.
        string text = new string('(', 5_000) + "x" + new string(')', 5_000);

        ExpressionError error = Assert.Single(Parser.Parse(text).Errors);

        Assert.Equal("ACT0012", error.Id);
        Assert.Contains("nests more than " + Parser.MaxDepth, error.Message, StringComparison.Ordinal);

        // The top-level expression is level 1, so the '(' that opens level MaxDepth + 1 is at index MaxDepth.
        Assert.Equal(new SourceSpan(Parser.MaxDepth, 1), error.Span);
    }

    [Theory]
    [InlineData("-", "x", "")]
    [InlineData("!", "(x > 0)", "")]
    [InlineData("sigmoid(", "x", ")")]
    [InlineData("x^", "x", "")]
    public void Deep_chains_of_every_recursive_form_are_too_complex(string prefix, string core, string suffix)
    {
        var builder = new StringBuilder();
        int count = (Parser.MaxLength - core.Length) / (prefix.Length + suffix.Length) - 1;
        for (int i = 0; i < count; i++)
        {
            builder.Append(prefix);
        }

        builder.Append(core);
        for (int i = 0; i < count; i++)
        {
            builder.Append(suffix);
        }

        string text = builder.ToString();
        Assert.True(text.Length <= Parser.MaxLength);

        ExpressionError error = Assert.Single(Parser.Parse(text).Errors);

        Assert.Equal("ACT0012", error.Id);
        Assert.True(error.Span.Start >= 0 && error.Span.End <= text.Length);
    }

    [Fact]
    public void A_ten_thousand_term_sum_is_too_complex()
    {
        string text = "x" + string.Concat(Enumerable.Repeat("+x", 9_999));
        Assert.True(text.Length <= Parser.MaxLength);

        ExpressionError error = Assert.Single(Parser.Parse(text).Errors);

        // The left-leaning sum becomes too deep at its (MaxDepth)th '+': the span is that subtree, MaxDepth + 1 terms.
        Assert.Equal("ACT0012", error.Id);
        Assert.Equal(new SourceSpan(0, (2 * (Parser.MaxDepth + 1)) - 1), error.Span);
    }

    [Fact]
    public void A_long_sum_through_the_whole_pipeline_is_an_error_not_a_crash()
    {
        string text = "x" + string.Concat(Enumerable.Repeat(" * x + 1", 2_000));

        Derivation derivation = Derivation.Derive(text, new[] { "x" }, TestContext.Current.CancellationToken);

        Assert.Equal("ACT0012", Assert.Single(derivation.Errors).Id);
    }

    [Fact]
    public void Moderate_nesting_still_parses_and_derives()
    {
        int depth = Parser.MaxDepth / 2;
        string text = string.Concat(Enumerable.Repeat("sigmoid(", depth)) + "x" + new string(')', depth);

        Derivation derivation = Derivation.Derive(text, new[] { "x" }, TestContext.Current.CancellationToken);

        Assert.Empty(derivation.Errors);
        double expected = 0.3;
        for (int i = 0; i < depth; i++)
        {
            expected = 1 / (1 + Math.Exp(-expected));
        }

        Assert.Equal(expected, Evaluator.Evaluate(derivation.Function, 0.3), 1e-15);
    }

    [Fact]
    public void An_over_long_expression_is_too_complex_at_the_part_beyond_the_limit()
    {
        string text = "x" + string.Concat(Enumerable.Repeat(" + 0", 5_000));
        Assert.Equal(Parser.MaxLength + 1, text.Length);

        ExpressionError error = Assert.Single(Parser.Parse(text).Errors);

        Assert.Equal("ACT0012", error.Id);
        Assert.Equal(new SourceSpan(Parser.MaxLength, 1), error.Span);
        Assert.Contains("longer than " + Parser.MaxLength, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_expression_of_exactly_the_maximum_length_is_accepted()
    {
        string text = "x" + new string(' ', Parser.MaxLength - 1);

        ParseResult result = Parser.Parse(text);

        Assert.True(result.Success);
        Assert.Equal("x", Show(result.Root!));
    }

    /// <summary>The syntax tree as a fully parenthesised prefix form: "(op operand…)".</summary>
    private static string Show(ExpressionSyntax node) => node switch
    {
        NumberSyntax n => n.Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        NameSyntax n => n.Name,
        UnarySyntax u => "(" + u.Operator.Text + " " + Show(u.Operand) + ")",
        BinarySyntax b => "(" + b.Operator.Text + " " + Show(b.Left) + " " + Show(b.Right) + ")",
        ConditionalSyntax c => "(? " + Show(c.Condition) + " " + Show(c.WhenTrue) + " " + Show(c.WhenFalse) + ")",
        CallSyntax c => "(" + c.Name.Text + string.Concat(c.Arguments.Select(a => " " + Show(a))) + ")",
        _ => throw new InvalidOperationException(node.GetType().Name),
    };
}
