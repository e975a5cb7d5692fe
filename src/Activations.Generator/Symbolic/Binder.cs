using System;
using System.Collections.Generic;
using System.Linq;
using Activations.Generator.Diagnostics;
using Activations.Generator.Parsing;

namespace Activations.Generator.Symbolic
{
    /// <summary>
    /// Turns a parse tree into an expression DAG: resolves parameter names, constants and functions, checks argument
    /// counts, and keeps numbers and conditions apart. Reports every error it finds, each at its token.
    /// </summary>
    public sealed class Binder
    {
        private readonly ExprContext _context;
        private readonly IReadOnlyList<string> _parameters;
        private readonly List<ExpressionError> _errors;

        public Binder(ExprContext context, IReadOnlyList<string> parameters, List<ExpressionError> errors)
        {
            _context = context;
            _parameters = parameters;
            _errors = errors;
        }

        /// <summary>Binds the whole expression, which must be a number.</summary>
        public Expr BindRoot(ExpressionSyntax syntax)
        {
            Expr result = Bind(syntax);
            if (result.IsBoolean)
            {
                Error(syntax.Span, "the expression is a condition, but an activation must produce a number; write for example 'x > 0 ? 1 : 0'");
            }

            return result;
        }

        private Expr Bind(ExpressionSyntax syntax)
        {
            switch (syntax)
            {
                case NumberSyntax number:
                    return _context.Constant(number.Value, DoubleDouble.LiteralTail(number.Text, number.Value));
                case NameSyntax name:
                    return BindName(name);
                case UnarySyntax unary:
                    return BindUnary(unary);
                case BinarySyntax binary:
                    return BindBinary(binary);
                case ConditionalSyntax conditional:
                {
                    Expr condition = Condition(conditional.Condition, "the test of '?:'");
                    Expr whenTrue = Number(conditional.WhenTrue, "the first branch of '?:'");
                    Expr whenFalse = Number(conditional.WhenFalse, "the second branch of '?:'");
                    return _context.Conditional(condition, whenTrue, whenFalse);
                }

                case CallSyntax call:
                    return BindCall(call);
                default:
                    throw new InvalidOperationException("Unknown syntax node " + syntax.GetType().Name);
            }
        }

        private Expr BindName(NameSyntax name)
        {
            for (int i = 0; i < _parameters.Count; i++)
            {
                if (_parameters[i] == name.Name)
                {
                    return _context.Variable(i, name.Name);
                }
            }

            switch (name.Name)
            {
                case "pi":
                    return _context.Constant(Math.PI, 1.2246467991473532e-16);
                case "e":
                    return _context.Constant(Math.E, 1.4456468917292502e-16);
            }

            string hint = FunctionTable.Arity(name.Name) >= 0 ? " ('" + name.Name + "' is a function: call it as " + name.Name + "(...))" : string.Empty;
            _errors.Add(new ExpressionError(
                DiagnosticCatalog.UnknownIdentifier,
                name.Span,
                name.Name,
                string.Join(", ", _parameters.Concat(FunctionTable.Constants).Distinct()) + hint));
            return _context.Zero;
        }

        private Expr BindUnary(UnarySyntax unary)
        {
            switch (unary.Operator.Kind)
            {
                case TokenKind.Minus:
                    return _context.Negate(Number(unary.Operand, "the operand of unary '-'"));
                case TokenKind.Plus:
                    return Number(unary.Operand, "the operand of unary '+'");
                default:
                    return _context.Not(Condition(unary.Operand, "the operand of '!'"));
            }
        }

        private Expr BindBinary(BinarySyntax binary)
        {
            string op = binary.Operator.Text;
            TokenKind kind = binary.Operator.Kind;
            if (kind == TokenKind.AmpAmp || kind == TokenKind.BarBar)
            {
                Expr l = Condition(binary.Left, "the left operand of '" + op + "'");
                Expr r = Condition(binary.Right, "the right operand of '" + op + "'");
                return kind == TokenKind.AmpAmp ? _context.And(l, r) : _context.Or(l, r);
            }

            Expr left = Number(binary.Left, "the left operand of '" + op + "'");
            Expr right = Number(binary.Right, "the right operand of '" + op + "'");
            switch (kind)
            {
                case TokenKind.Plus: return _context.Add(left, right);
                case TokenKind.Minus: return _context.Subtract(left, right);
                case TokenKind.Star: return _context.Multiply(left, right);
                case TokenKind.Slash: return _context.Divide(left, right);
                case TokenKind.Caret:
                case TokenKind.StarStar: return _context.Power(left, right);
                case TokenKind.Less: return _context.Compare(ExprKind.Less, left, right);
                case TokenKind.LessEqual: return _context.Compare(ExprKind.LessEqual, left, right);
                case TokenKind.Greater: return _context.Compare(ExprKind.Greater, left, right);
                case TokenKind.GreaterEqual: return _context.Compare(ExprKind.GreaterEqual, left, right);
                case TokenKind.EqualEqual: return _context.Compare(ExprKind.Equal, left, right);
                case TokenKind.BangEqual: return _context.Compare(ExprKind.NotEqual, left, right);
                default: throw new InvalidOperationException("Unknown operator " + op);
            }
        }

        private Expr BindCall(CallSyntax call)
        {
            string name = call.Name.Text;
            int arity = FunctionTable.Arity(name);
            if (arity < 0)
            {
                string hint = _parameters.Contains(name) ? " ('" + name + "' is a parameter, not a function)" : string.Empty;
                _errors.Add(new ExpressionError(DiagnosticCatalog.UnknownFunction, call.Name.Span, name, string.Join(", ", FunctionTable.Names) + hint));
                BindArgumentsForErrors(call);
                return _context.Zero;
            }

            if (call.Arguments.Count != arity)
            {
                _errors.Add(new ExpressionError(
                    DiagnosticCatalog.WrongArgumentCount,
                    call.Span,
                    name,
                    arity == 1 ? "1 argument" : arity + " arguments",
                    call.Arguments.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                BindArgumentsForErrors(call);
                return _context.Zero;
            }

            var args = new Expr[arity];
            for (int i = 0; i < arity; i++)
            {
                args[i] = Number(call.Arguments[i], "argument " + (i + 1) + " of '" + name + "'");
            }

            if (FunctionTable.TryGetUnary(name, out Function function))
            {
                return _context.Call(function, args[0]);
            }

            switch (name)
            {
                case "min": return _context.Min(args[0], args[1]);
                case "max": return _context.Max(args[0], args[1]);
                case "pow": return _context.Power(args[0], args[1]);
                default: return _context.Clamp(args[0], args[1], args[2]);
            }
        }

        /// <summary>Binds the arguments of a call that is itself wrong, so mistakes inside it are reported too.</summary>
        private void BindArgumentsForErrors(CallSyntax call)
        {
            foreach (ExpressionSyntax argument in call.Arguments)
            {
                Bind(argument);
            }
        }

        private Expr Number(ExpressionSyntax syntax, string role)
        {
            Expr e = Bind(syntax);
            if (e.IsBoolean)
            {
                Error(syntax.Span, role + " must be a number, but it is a condition");
                return _context.Zero;
            }

            return e;
        }

        private Expr Condition(ExpressionSyntax syntax, string role)
        {
            Expr e = Bind(syntax);
            if (!e.IsBoolean)
            {
                Error(syntax.Span, role + " must be a condition such as 'x > 0', but it is a number");
                return _context.False;
            }

            return e;
        }

        private void Error(SourceSpan span, string message) => _errors.Add(new ExpressionError(DiagnosticCatalog.TypeMismatch, span, message));
    }
}
