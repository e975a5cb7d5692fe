using System.Collections.Generic;
using System.Linq;
using Activations.Generator.Symbolic;

namespace Activations.Generator.Emit
{
    /// <summary>
    /// Common-subexpression elimination for a set of outputs: every non-leaf node used more than once (across all the
    /// outputs together) becomes one named local, computed once, in dependency order. An operand that the C# form repeats
    /// textually (the base of u·u) is named too, so nothing is ever computed twice.
    /// </summary>
    /// <remarks>
    /// With <c>pairCalls</c>, two calls that VectorMath computes from one evaluation are scheduled as one: σ(u) with
    /// σ(−u) (<c>SigmoidWithComplement</c>, one exponential instead of two), σ(u) with σ′(u) (<c>SigmoidWithDerivative</c>),
    /// tanh u with tanh′(u) (<c>TanhWithDerivative</c>), erfc(u) with e^(−u²) (<c>ErfcWithGaussian</c>) and softplus(u) with σ(u)
    /// (<c>SoftplusWithSigmoid</c>).
    /// Derivatives produce these pairs (σ′ or tanh′ next to the forward σ or tanh). Where σ(u), σ(−u) and σ′(u) all
    /// occur (second derivatives), one call gives all three (<c>SigmoidWithComplementAndDerivative</c>). Each call gives
    /// the bits of the separate functions, so a kernel's results do not depend on which pairs it found.
    /// </remarks>
    public sealed class Schedule
    {
        private readonly Dictionary<Expr, string> _names = new Dictionary<Expr, string>();
        private readonly List<Expr> _locals = new List<Expr>();
        private readonly Dictionary<Expr, PairedCall> _pairAt = new Dictionary<Expr, PairedCall>();
        private readonly HashSet<Expr> _definedByPair = new HashSet<Expr>();

        /// <summary>The paired calls ActivationMath has too, for scalar members (it computes tanh and exp with Math/MathF).</summary>
        public static readonly IReadOnlyCollection<string> ScalarPairs = new HashSet<string>
        {
            "SigmoidWithComplement", "SigmoidWithDerivative", "SigmoidWithComplementAndDerivative", "SoftplusWithSigmoid",
        };

        public Schedule(IReadOnlyList<Expr> outputs, IEnumerable<string> reservedNames, bool pairCalls = false, IReadOnlyCollection<string>? allowedPairs = null)
        {
            Outputs = outputs;
            var program = new ExprProgram(outputs);
            var needsName = new HashSet<Expr>();
            foreach (Expr node in program.Nodes)
            {
                foreach (Expr operand in RepeatedOperands(node))
                {
                    needsName.Add(operand);
                }
            }

            var pairOf = new Dictionary<Expr, PairedCall>();
            foreach (PairedCall pair in pairCalls ? FindPairs(program, allowedPairs) : new List<PairedCall>())
            {
                pairOf[pair.Primary] = pair;
                pairOf[pair.Complement] = pair;
                if (pair.Product is not null)
                {
                    pairOf[pair.Product] = pair;
                }
            }

            var reserved = new HashSet<string>(reservedNames);
            foreach (Expr node in program.Nodes)
            {
                if (pairOf.TryGetValue(node, out PairedCall? paired))
                {
                    // Both results of the paired call are named together, where the earlier of the two is computed.
                    if (!_names.ContainsKey(node))
                    {
                        AddLocal(paired.Primary, reserved);
                        AddLocal(paired.Complement, reserved);
                        _pairAt[paired.Primary] = paired;
                        _definedByPair.Add(paired.Complement);
                        if (paired.Product is not null)
                        {
                            AddLocal(paired.Product, reserved);
                            _definedByPair.Add(paired.Product);
                        }
                    }

                    continue;
                }

                if (node.IsLeaf || !(program.UsesOf(node) > 1 || needsName.Contains(node)))
                {
                    continue;
                }

                AddLocal(node, reserved);
            }
        }

        private void AddLocal(Expr node, HashSet<string> reserved)
        {
            string name = "t" + _locals.Count;
            while (reserved.Contains(name))
            {
                name += "_";
            }

            _names[node] = name;
            _locals.Add(node);
        }

        public IReadOnlyList<Expr> Outputs { get; }

        /// <summary>The shared temporaries, in the order they must be computed.</summary>
        public IReadOnlyList<Expr> Locals => _locals;

        public IReadOnlyDictionary<Expr, string> Names => _names;

        /// <summary>The paired call to emit for <paramref name="local"/>, which defines the next local too.</summary>
        public bool TryGetPair(Expr local, out PairedCall pair) => _pairAt.TryGetValue(local, out pair!);

        /// <summary>A local already defined by the paired call emitted just before it.</summary>
        public bool IsDefinedByPair(Expr local) => _definedByPair.Contains(local);

        /// <summary>Operands that C# spells out more than once, so they must be simple names.</summary>
        public static IEnumerable<Expr> RepeatedOperands(Expr node)
        {
            switch (node.Kind)
            {
                case ExprKind.Power when CSharpPrinter.RepeatedMultiplication(node[1]) > 0:
                    return new[] { node[0] };
                case ExprKind.RoundingError:
                    // fma(a, b, −s) and the two-sum repeat the operation's operands and its result.
                    return node[0].Arguments.Concat(new[] { node[0] });
                default:
                    return new Expr[0];
            }
        }

        private static List<PairedCall> FindPairs(ExprProgram program, IReadOnlyCollection<string>? allowed)
        {
            var sigmoids = new List<Expr>();
            var derivatives = new List<Expr>();
            var tanhs = new Dictionary<Expr, Expr>();
            var tanhDerivatives = new List<Expr>();
            var erfcs = new List<Expr>();
            var exps = new List<Expr>();
            var softpluses = new List<Expr>();
            foreach (Expr node in program.Nodes)
            {
                if (node.Kind != ExprKind.Call)
                {
                    continue;
                }

                switch (node.Function)
                {
                    case Function.Sigmoid:
                        sigmoids.Add(node);
                        break;
                    case Function.SigmoidDerivative:
                        derivatives.Add(node);
                        break;
                    case Function.Tanh:
                        tanhs[node[0]] = node;
                        break;
                    case Function.TanhDerivative:
                        tanhDerivatives.Add(node);
                        break;
                    case Function.Erfc:
                        erfcs.Add(node);
                        break;
                    case Function.Exp:
                        exps.Add(node);
                        break;
                    case Function.Softplus:
                        softpluses.Add(node);
                        break;
                }
            }

            var pairs = new List<PairedCall>();
            var paired = new HashSet<Expr>();
            // tanh′(u) with tanh u (tanh′ is even, and the simplifier writes tanh(−u) as −tanh u).
            foreach (Expr derivative in tanhDerivatives)
            {
                Expr? tanh = tanhs.Values.FirstOrDefault(t => !paired.Contains(t) && SameUpToSign(derivative[0], t[0]));
                if (tanh is not null)
                {
                    Add(tanh, derivative, "TanhWithDerivative");
                }
            }

            foreach (Expr a in sigmoids)
            {
                foreach (Expr b in sigmoids)
                {
                    if (!paired.Contains(a) && !paired.Contains(b) && IsPreferredOfNegationPair(a[0], b[0]))
                    {
                        Expr? product = derivatives.Find(d => SameUpToSign(d[0], a[0]));
                        Add(a, b, product is null ? "SigmoidWithComplement" : "SigmoidWithComplementAndDerivative", product);
                    }
                }
            }

            // erfc(u) with e^(−u²), its derivative's Gaussian (GELU′).
            foreach (Expr erfc in erfcs)
            {
                Expr? gaussian = exps.Find(e => !paired.Contains(e) && IsMinusSquareOf(e[0], erfc[0]));
                if (gaussian is not null)
                {
                    Add(erfc, gaussian, "ErfcWithGaussian");
                }
            }

            // σ′(u) with σ(±u) (σ′ is even, so either sign of the argument gives it).
            foreach (Expr derivative in derivatives)
            {
                if (paired.Contains(derivative))
                {
                    continue;
                }

                Expr? sigmoid = sigmoids.Find(s => !paired.Contains(s) && SameUpToSign(derivative[0], s[0]));
                if (sigmoid is not null)
                {
                    Add(sigmoid, derivative, "SigmoidWithDerivative");
                }
            }

            // softplus(u) with its derivative σ(u) (a compensated softplus needs both), where σ(u) is not taken yet.
            foreach (Expr softplus in softpluses)
            {
                Expr? sigmoid = sigmoids.Find(s => !paired.Contains(s) && ReferenceEquals(s[0], softplus[0]));
                if (sigmoid is not null)
                {
                    Add(softplus, sigmoid, "SoftplusWithSigmoid");
                }
            }

            return pairs;

            void Add(Expr primary, Expr complement, string function, Expr? product = null)
            {
                if (allowed is not null && !allowed.Contains(function))
                {
                    return;
                }

                // The call is written where the earliest of the nodes is computed, so the primary's argument must be
                // available there: its named parts all come before it in dependency order.
                int first = System.Math.Min(program.IndexOf(primary), program.IndexOf(complement));
                if (product is not null)
                {
                    first = System.Math.Min(first, program.IndexOf(product));
                }

                if (program.IndexOf(primary[0]) < first)
                {
                    pairs.Add(new PairedCall(primary, complement, function, product));
                    paired.Add(primary);
                    paired.Add(complement);
                    if (product is not null)
                    {
                        paired.Add(product);
                    }
                }
            }
        }

        /// <summary>Whether <paramref name="v"/> is −u² (as −u^2 or −(u·u)) for this very <paramref name="u"/>.</summary>
        private static bool IsMinusSquareOf(Expr v, Expr u)
        {
            if (v.Kind != ExprKind.Negate)
            {
                return false;
            }

            Expr square = v[0];
            return (square.Kind == ExprKind.Power && ReferenceEquals(square[0], u) && square[1].IsConstantValue(2))
                || (square.Kind == ExprKind.Multiply && ReferenceEquals(square[0], u) && ReferenceEquals(square[1], u));
        }

        private static bool SameUpToSign(Expr a, Expr b) => a.Equals(b) || IsPreferredOfNegationPair(a, b) || IsPreferredOfNegationPair(b, a);

        /// <summary>Whether <paramref name="b"/> is −<paramref name="a"/> in one of the forms the simplifier builds, with a the positive form.</summary>
        private static bool IsPreferredOfNegationPair(Expr a, Expr b)
        {
            if (b.Kind == ExprKind.Negate && b[0].Equals(a))
            {
                return true;
            }

            // k·y and (−k)·y, the positive coefficient first.
            return a.Kind == ExprKind.Multiply && b.Kind == ExprKind.Multiply
                && a[0].IsConstant && b[0].IsConstant && a[0].Value > 0 && b[0].Value == -a[0].Value
                && a[1].Equals(b[1]);
        }
    }

    /// <summary>
    /// Two calls computed by one VectorMath function: <c>Primary</c> is returned, <c>Complement</c> (the second result,
    /// whatever it is) comes out; <c>Product</c>, if any, is σ′(u) = σ(u)·σ(−u), a third result of the same call.
    /// </summary>
    public sealed class PairedCall
    {
        public PairedCall(Expr primary, Expr complement, string function, Expr? product = null)
        {
            Primary = primary;
            Complement = complement;
            Function = function;
            Product = product;
        }

        public Expr Primary { get; }

        public Expr Complement { get; }

        /// <summary>The VectorMath method: SigmoidWithComplement, SigmoidWithComplementAndDerivative, SigmoidWithDerivative, TanhWithDerivative, ErfcWithGaussian or SoftplusWithSigmoid.</summary>
        public string Function { get; }

        /// <summary>σ′(u), the call's third result (SigmoidWithComplementAndDerivative); null if the outputs have no σ′(u).</summary>
        public Expr? Product { get; }
    }
}
