using System.Collections.Generic;
using System.Threading;
using Activations.Generator.Diagnostics;
using Activations.Generator.Parsing;

namespace Activations.Generator.Symbolic
{
    /// <summary>
    /// An activation and everything derived from it: f, ∂f/∂x, ∂²f/∂x² and ∂f/∂p for each hyperparameter p, all in one
    /// shared DAG. This is the symbolic core's front door, used by the generator, the tests and the samples alike.
    /// </summary>
    public sealed class Derivation
    {
        /// <summary>The most DAG nodes an activation and its derivatives may take before the expression counts as too large.</summary>
        public const int MaxNodes = 20_000;

        private Derivation(
            string expression,
            IReadOnlyList<string> parameters,
            ExprContext context,
            Expr? function,
            Expr? evaluated,
            Expr? derivative,
            Expr? secondDerivative,
            IReadOnlyList<Expr> parameterDerivatives,
            IReadOnlyList<ExpressionError> errors)
        {
            Expression = expression;
            Parameters = parameters;
            Context = context;
            FunctionOrNull = function;
            EvaluatedOrNull = evaluated;
            DerivativeOrNull = derivative;
            SecondDerivativeOrNull = secondDerivative;
            ParameterDerivatives = parameterDerivatives;
            Errors = errors;
        }

        public string Expression { get; }

        /// <summary>Parameter names; index 0 is the input.</summary>
        public IReadOnlyList<string> Parameters { get; }

        public ExprContext Context { get; }

        public IReadOnlyList<ExpressionError> Errors { get; }

        public bool Success => Errors.Count == 0;

        public Expr Function => FunctionOrNull ?? throw new System.InvalidOperationException("The expression has errors.");

        /// <summary>
        /// f as emitted code evaluates it: <see cref="Function"/> with steep calls compensated for the rounding of their
        /// argument (<see cref="Compensator"/>). The same value mathematically; never differentiated.
        /// </summary>
        public Expr Evaluated => EvaluatedOrNull ?? throw new System.InvalidOperationException("The expression has errors.");

        /// <summary>∂f/∂x.</summary>
        public Expr Derivative => DerivativeOrNull ?? throw new System.InvalidOperationException("The expression has errors.");

        /// <summary>∂²f/∂x².</summary>
        public Expr SecondDerivative => SecondDerivativeOrNull ?? throw new System.InvalidOperationException("The expression has errors.");

        /// <summary>∂f/∂p for each hyperparameter p (parameters 1…n−1), in declaration order.</summary>
        public IReadOnlyList<Expr> ParameterDerivatives { get; }

        private Expr? FunctionOrNull { get; }

        private Expr? EvaluatedOrNull { get; }

        private Expr? DerivativeOrNull { get; }

        private Expr? SecondDerivativeOrNull { get; }

        /// <summary>Parses, binds and differentiates <paramref name="expression"/> over the given parameters (input first).</summary>
        public static Derivation Derive(string? expression, IReadOnlyList<string> parameters, CancellationToken cancellationToken = default)
        {
            var context = new ExprContext();
            var errors = new List<ExpressionError>();
            ParseResult parsed = Parser.Parse(expression);
            errors.AddRange(parsed.Errors);
            if (!parsed.Success)
            {
                return Failed(expression, parameters, context, errors);
            }

            cancellationToken.ThrowIfCancellationRequested();
            Expr f = new Binder(context, parameters, errors).BindRoot(parsed.Root!);
            if (errors.Count > 0)
            {
                return Failed(expression, parameters, context, errors);
            }

            var dx = new Differentiator(context, 0, cancellationToken);
            Expr df = dx.Differentiate(f);
            Expr d2f = dx.Differentiate(df);
            var byParameter = new List<Expr>();
            for (int i = 1; i < parameters.Count; i++)
            {
                byParameter.Add(new Differentiator(context, i, cancellationToken).Differentiate(f));
            }

            Expr evaluated = Compensator.Compensate(context, f);
            if (context.NodeCount > MaxNodes)
            {
                errors.Add(new ExpressionError(
                    DiagnosticCatalog.TooComplex,
                    new SourceSpan(0, expression!.Length),
                    "the expression and its derivatives need " + context.NodeCount + " nodes, more than the limit of " + MaxNodes));
                return Failed(expression, parameters, context, errors);
            }

            return new Derivation(expression!, parameters, context, f, evaluated, df, d2f, byParameter, errors);
        }

        private static Derivation Failed(string? expression, IReadOnlyList<string> parameters, ExprContext context, List<ExpressionError> errors)
            => new Derivation(expression ?? string.Empty, parameters, context, null, null, null, null, new Expr[0], errors);
    }
}
