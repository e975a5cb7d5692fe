using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using B = Activations.Runtime.Tests.Kernels.Tolerance.Bounds;

namespace Activations.Runtime.Tests.Kernels
{
    /// <summary>
    /// What is tested for one activation: its hyperparameter values and, per output, the tolerance of the vector code
    /// against the scalar code (see <see cref="Tolerance"/> for the rule; each U below is written as the sum it comes from).
    /// </summary>
    internal sealed record CaseSpec(string Name, double[] Hyperparameters, Tolerance Function, Tolerance Derivative, Tolerance SecondDerivative, params Tolerance[] DerivativeBy);

    /// <summary>
    /// The activations of <see cref="SingleActivations"/> and <see cref="DoubleActivations"/> with their tolerances, and
    /// the inputs they are run on.
    /// </summary>
    internal static class KernelCases
    {
        private const double Beta = 1.5;
        private const double Slope = 0.01;
        private const double Alpha = 1.0;
        private const double Lo = -1;
        private const double Hi = 2;
        private const double P = 0.75;
        private const double GeluC = 0.7978845608028654; // √(2/π)

        private static readonly Tolerance Exact = Tolerance.Exact;

        /// <summary>
        /// Every case. The inputs (see <see cref="Inputs{T}"/>) reach |x| = 300, so the formulas scale their arguments
        /// where needed to stay finite in float: exp(0.25x), sinh(0.25x), cosh(0.25x) &lt; 1e33, tan(0.5x), x³ &lt; 3e7.
        /// </summary>
        public static IReadOnlyList<CaseSpec> All { get; } = new CaseSpec[]
        {
            // f = exp(u); f′ = 0.25·exp(u), f″ = 0.0625·exp(u): one call and one product.
            new("Exp", [], new(B.Exp), new(B.Exp + 1), new(B.Exp + 1)),

            // log(2 + x²); the derivatives are rational (no call): bitwise.
            new("Log", [], new(B.Log), Exact, Exact),
            new("Log1p", [], new(B.Log1p), Exact, Exact),
            new("Expm1", [], new(B.Expm1), new(B.Exp + 1), new(B.Exp + 1)),

            // sqrt, abs, sign, min, max, clamp and arithmetic are correctly rounded or exact on both sides.
            new("Sqrt", [], Exact, Exact, Exact),
            new("Abs", [], Exact, Exact, Exact),
            new("Sign", [], Exact, Exact, Exact),
            new("Sin", [], new(B.Sin), new(B.Cos), new(B.Sin)),
            new("Cos", [], new(B.Cos), new(B.Sin), new(B.Cos)),

            // t = tan(0.5x); f′ = 0.5·(t·t + 1): t twice, two roundings; f″ = 0.5·(t·(t·t + 1)): t three times, three roundings.
            new("Tan", [], new(B.Tan), new(2 * B.Tan + 2), new(3 * B.Tan + 3)),

            // t = tanh x; f′ = 1 − t·t cancels as |t| → 1; f″ = −2·(t·(1 − t·t)).
            new("Tanh", [], new(B.Tanh),
                new(2 * B.Tanh + 2, x => 1 + Square(Math.Tanh(x))),
                new(3 * B.Tanh + 3, x => 2 * Math.Abs(Math.Tanh(x)) * (1 + Square(Math.Tanh(x))))),
            new("Sinh", [], new(B.Sinh), new(B.Cosh + 1), new(B.Sinh + 1)),
            new("Cosh", [], new(B.Cosh), new(B.Sinh + 1), new(B.Cosh + 1)),
            new("Atan", [], new(B.Atan), Exact, Exact),

            // s = σ(x); f′ = s·(1 − s), expanded s − s²; f″ = (1 − s)·t − s·t with t = s·(1 − s), expanded up to s³; five roundings.
            new("Sigmoid", [], new(B.Sigmoid),
                new(2 * B.Sigmoid + 2, x => Sigmoid(x) * (1 + Sigmoid(x))),
                new(3 * B.Sigmoid + 5, x => Sigmoid(x) * (1 + Sigmoid(x)) * (1 + 2 * Sigmoid(x)))),

            // f′ = σ(x), f″ = σ·(1 − σ).
            new("Softplus", [], new(B.Softplus), new(B.Sigmoid), new(2 * B.Sigmoid + 2, x => Sigmoid(x) * (1 + Sigmoid(x)))),

            // f′ = (2/√π)·exp(−x·x), f″ = −(4/√π)·(x·exp(−x·x)).
            new("Erf", [], new(B.Erf), new(B.Exp + 1), new(B.Exp + 2)),
            new("Erfc", [], new(B.Erfc), new(B.Exp + 1), new(B.Exp + 2)),
            new("Min", [], Exact, Exact, Exact),
            new("Max", [], Exact, Exact, Exact),
            new("Clamp", [], Exact, Exact, Exact),

            // q = (1 + x²)^p; f′ = 2·(q·(x·p/(1 + x²))); f″ = 2·(2·(r·(q·r)) + q·((p − 2·x·r)/(1 + x²))) with r = x·p/(1 + x²),
            // whose two terms cancel for |x| > 1; ∂f/∂p = q·log1p(x²).
            new("Pow", [P], new(B.Pow), new(B.Pow + 1),
                new(B.Pow + 4, x => PowSecondDerivativeMagnitude(x)),
                new Tolerance(B.Pow + B.Log1p + 1)),
            new("Cube", [], Exact, Exact, Exact),

            // s = σ(βx); f = x·s; f′ = s + x·(β·(s·(1 − s))); f″ = x·(β·((1 − s)·t − s·t)) + 2t with t = β·(s·(1 − s));
            // ∂f/∂β = x·(x·(s·(1 − s))).
            new("Swish", [Beta], new(B.Sigmoid + 1),
                new(2 * B.Sigmoid + 5, x => Sigmoid(Beta * x) + Math.Abs(x) * Beta * Sigmoid(Beta * x) * (1 + Sigmoid(Beta * x))),
                new(3 * B.Sigmoid + 9, x => SwishSecondDerivativeMagnitude(x)),
                new Tolerance(2 * B.Sigmoid + 4, x => x * x * Sigmoid(Beta * x) * (1 + Sigmoid(Beta * x)))),

            // Emitted as 0.5·(x·erfc(−x/√2)) (no cancellation); f′ = 0.5·(erfc(u) + √(2/π)·(x·exp(−u²))), u = −x/√2, whose
            // terms cancel for x < 0; f″ = 0.5·(√(2/π)·e + √(2/π)·(e − √2·(x·(x/√2·e)))), e = exp(−x²/2), linear in e.
            new("Gelu", [], new(B.Erfc + 1),
                new(B.Erfc + 3, x => 0.5 * (ActivationMath.Erfc(-x / Math.Sqrt(2)) + GeluC * Math.Abs(x) * Math.Exp(-x * x / 2))),
                new(B.Exp + 7, x => 0.5 * GeluC * Math.Exp(-x * x / 2) * (2 + x * x))),

            // t = tanh(c·(x + 0.044715x³)); f = 0.5·(x·(t + 1)) cancels as t → −1; f′ and f″ are polynomials in t (up to t³).
            new("GeluTanh", [], new(B.Tanh + 2, x => 0.5 * Math.Abs(x) * (Math.Abs(GeluTanhT(x)) + 1)),
                new(2 * B.Tanh + 7, x => GeluTanhDerivativeMagnitude(x)),
                new(3 * B.Tanh + 14, x => GeluTanhSecondDerivativeMagnitude(x))),

            // t = tanh(softplus(x)): the nested call carries softplus's error with a condition number ≤ 1 (2u/sinh 2u), so
            // t's bound is tanh's + softplus's. f = x·t; f′ = t + x·((1 − t·t)·σ); f″ = x·(−2·(σ·(t·w)) + v·(σ·(1 − σ))) + 2w
            // with v = 1 − t·t, w = v·σ.
            new("Mish", [], new(B.Tanh + B.Softplus + 1),
                new(2 * (B.Tanh + B.Softplus) + B.Sigmoid + 5, x => MishDerivativeMagnitude(x)),
                new(3 * (B.Tanh + B.Softplus) + 2 * B.Sigmoid + 11, x => MishSecondDerivativeMagnitude(x))),

            // x ≤ 0: α·expm1(x), α·exp(x), α·exp(x), expm1(x); x > 0: exact.
            new("Elu", [Alpha], new(B.Expm1 + 1), new(B.Exp + 1), new(B.Exp + 1), new Tolerance(B.Expm1)),
            new("LeakyRelu", [Slope], Exact, Exact, Exact, Exact),
            // Overlapping || operands (so || is not ^), a !, a != and nested conditionals; kinks at −3, −2, −1, 1, 2, 4, 6.
            new("Piecewise", [], Exact, Exact, Exact),
            new("HardTanh", [Lo, Hi], Exact, Exact, Exact, Exact, Exact),

            // λ·(α·expm1(x)) and λ·(α·exp(x)): one call, two products.
            new("Selu", [], new(B.Expm1 + 2), new(B.Exp + 2), new(B.Exp + 2)),
            new("Softsign", [], Exact, Exact, Exact),
        };

        /// <summary>
        /// Inputs: a grid over [−10, 10], the kinks of the formulas above and their neighbours (0, ±1, 0.5, ±2, −3, 4, 6
        /// and one float/double step either side), tiny values (down to a subnormal, which also sends VectorMath's whole
        /// vector to its slow path), zeros and poles of the trigonometric functions, and large magnitudes up to 300.
        /// Shuffled with a fixed seed so that every vector mixes ordinary and unusual inputs.
        /// </summary>
        public static T[] Inputs<T>()
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            var values = new List<T>();
            for (double v = -10; v <= 10; v += 0.37)
            {
                values.Add(T.CreateTruncating(v));
            }

            foreach (double kink in new[] { 0.0, 1, -1, 0.5, 2, -2, -3, 4, 6 })
            {
                T k = T.CreateTruncating(kink);
                values.Add(k);
                values.Add(T.BitIncrement(k));
                values.Add(T.BitDecrement(k));
            }

            T subnormal = typeof(T) == typeof(float) ? T.CreateTruncating(1e-40) : T.CreateTruncating(1e-310);
            values.AddRange(new[] { -T.Zero, subnormal, -subnormal }.Concat(
                new[] { 1e-20, -1e-20, 1e-6, -1e-6, 1e-3, -1e-3 }.Select(T.CreateTruncating)));
            values.AddRange(new[] { Math.PI, -Math.PI, Math.PI / 2, 2 * Math.PI, 10 * Math.PI, 3 * Math.PI }.Select(T.CreateTruncating));
            values.AddRange(new[] { 30.0, -30, 80, -80, 150.5, -150.5, 300, -300 }.Select(T.CreateTruncating));

            var random = new Random(20240611);
            T[] result = values.ToArray();
            random.Shuffle(result);
            return result;
        }

        /// <summary>Output gradients for the backward kernels: both signs, zero, small and large magnitudes.</summary>
        public static T[] Gradients<T>(int count)
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            var random = new Random(7);
            var result = new T[count];
            for (int i = 0; i < count; i++)
            {
                double g = (i % 11) switch
                {
                    0 => 0,
                    1 => 1,
                    2 => -1e-3,
                    3 => 250,
                    _ => random.NextDouble() * 6 - 3,
                };
                result[i] = T.CreateTruncating(g);
            }

            return result;
        }

        private static double Square(double v) => v * v;

        private static double Sigmoid(double x) => 1 / (1 + Math.Exp(-x));

        private static double Softplus(double x) => x > 0 ? x + Math.Log(1 + Math.Exp(-x)) : Math.Log(1 + Math.Exp(x));

        private static double PowSecondDerivativeMagnitude(double x)
        {
            double u = 1 + x * x;
            double q = Math.Pow(u, P);
            double r = x * P / u;
            return 2 * (2 * r * r * q + q * Math.Abs((P - 2 * x * r) / u));
        }

        private static double SwishSecondDerivativeMagnitude(double x)
        {
            double s = Sigmoid(Beta * x);
            double t = Beta * s * (1 + s);
            return Math.Abs(x) * Beta * (1 + 2 * s) * t + 2 * t;
        }

        private static double GeluTanhT(double x) => Math.Tanh(GeluC * (x + 0.044715 * x * x * x));

        private static double GeluTanhDerivativeMagnitude(double x)
        {
            double t = GeluTanhT(x);
            return 0.5 * (Math.Abs(t) + GeluC * Math.Abs(x) * (1 + t * t) * (0.134145 * x * x + 1) + 1);
        }

        private static double GeluTanhSecondDerivativeMagnitude(double x)
        {
            double t = GeluTanhT(x);
            double v = 1 + t * t;
            double w = 0.134145 * x * x + 1;
            double vw = v * w;
            return 0.5 * GeluC * (2 * vw + Math.Abs(x) * (1.5957692 * w * Math.Abs(t) * vw + 0.26829 * Math.Abs(x) * v));
        }

        private static double MishDerivativeMagnitude(double x)
        {
            double t = Math.Tanh(Softplus(x));
            return Math.Abs(t) + Math.Abs(x) * (1 + t * t) * Sigmoid(x);
        }

        private static double MishSecondDerivativeMagnitude(double x)
        {
            double s = Sigmoid(x);
            double t = Math.Tanh(Softplus(x));
            double w = (1 + t * t) * s;
            return Math.Abs(x) * (2 * s * Math.Abs(t) * w + (1 + t * t) * s * (1 + s)) + 2 * w;
        }
    }

    /// <summary>One case bound to the generated members of <see cref="SingleActivations"/> or <see cref="DoubleActivations"/>.</summary>
    internal sealed class KernelCase<T>
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        private KernelCase(CaseSpec spec)
        {
            Type holder = typeof(T) == typeof(float) ? typeof(SingleActivations) : typeof(DoubleActivations);
            Name = spec.Name;
            Hyperparameters = spec.Hyperparameters.Select(T.CreateTruncating).ToArray();
            IReadOnlyList<string> names = KernelMembers.Hyperparameters(holder, Name, typeof(T));
            if (names.Count != Hyperparameters.Length || spec.DerivativeBy.Length != names.Count)
            {
                throw new InvalidOperationException($"{Name}: the case lists {Hyperparameters.Length} hyperparameters and {spec.DerivativeBy.Length} tolerances for ∂f/∂p; the method has {names.Count}.");
            }

            var outputs = new List<KernelOutput<T>>
            {
                Output(holder, string.Empty, spec.Function),
                Output(holder, "Derivative", spec.Derivative),
                Output(holder, "SecondDerivative", spec.SecondDerivative),
            };
            var backwardBy = new List<(KernelOutput<T>, SpanSum<T>)>();
            for (int i = 0; i < names.Count; i++)
            {
                KernelOutput<T> by = Output(holder, "DerivativeBy" + names[i], spec.DerivativeBy[i]);
                outputs.Add(by);
                backwardBy.Add((by, KernelMembers.BackwardBy(holder, Name, names[i], Hyperparameters)));
            }

            Outputs = outputs;
            BackwardBy = backwardBy;
            Backward = KernelMembers.Backward(holder, Name, Hyperparameters);
            WithDerivative = KernelMembers.WithDerivative(holder, Name, Hyperparameters);
        }

        public string Name { get; }

        public T[] Hyperparameters { get; }

        /// <summary>f, f′, f″ and ∂f/∂p for each hyperparameter, in that order.</summary>
        public IReadOnlyList<KernelOutput<T>> Outputs { get; }

        public KernelOutput<T> Function => Outputs[0];

        public KernelOutput<T> Derivative => Outputs[1];

        public SpanBackward<T> Backward { get; }

        public SpanWithDerivative<T> WithDerivative { get; }

        /// <summary>Per hyperparameter: ∂f/∂p and XBackwardBy{P}.</summary>
        public IReadOnlyList<(KernelOutput<T> DerivativeBy, SpanSum<T> Sum)> BackwardBy { get; }

        public static KernelCase<T> Get(string name) => Cache.Cases[name];

        public override string ToString() => typeof(T).Name + "." + Name;

        private KernelOutput<T> Output(Type holder, string suffix, Tolerance tolerance) =>
            new KernelOutput<T>(
                suffix,
                KernelMembers.Scalar(holder, Name + suffix, Hyperparameters),
                KernelMembers.Vector(holder, Name + suffix, Hyperparameters),
                KernelMembers.Map(holder, Name + suffix, Hyperparameters),
                tolerance);

        private static class Cache
        {
            public static readonly Dictionary<string, KernelCase<T>> Cases = KernelCases.All.ToDictionary(s => s.Name, s => new KernelCase<T>(s));
        }
    }
}
