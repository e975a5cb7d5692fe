using System.Collections.Generic;
using Activations.Generator.Symbolic;

namespace Activations.Generator.Emit
{
    /// <summary>
    /// Common-subexpression elimination for a set of outputs: every non-leaf node used more than once (across all the
    /// outputs together) becomes one named local, computed once, in dependency order. An operand that the C# form repeats
    /// textually (the base of u·u) is named too, so nothing is ever computed twice.
    /// </summary>
    public sealed class Schedule
    {
        private readonly Dictionary<Expr, string> _names = new Dictionary<Expr, string>();
        private readonly List<Expr> _locals = new List<Expr>();

        public Schedule(IReadOnlyList<Expr> outputs, IEnumerable<string> reservedNames)
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

            var reserved = new HashSet<string>(reservedNames);
            foreach (Expr node in program.Nodes)
            {
                if (node.IsLeaf || !(program.UsesOf(node) > 1 || needsName.Contains(node)))
                {
                    continue;
                }

                string name = "t" + _locals.Count;
                while (reserved.Contains(name))
                {
                    name += "_";
                }

                _names[node] = name;
                _locals.Add(node);
            }
        }

        public IReadOnlyList<Expr> Outputs { get; }

        /// <summary>The shared temporaries, in the order they must be computed.</summary>
        public IReadOnlyList<Expr> Locals => _locals;

        public IReadOnlyDictionary<Expr, string> Names => _names;

        /// <summary>Operands that C# spells out more than once, so they must be simple names.</summary>
        public static IEnumerable<Expr> RepeatedOperands(Expr node)
        {
            switch (node.Kind)
            {
                case ExprKind.Power when CSharpPrinter.RepeatedMultiplication(node[1]) > 0:
                    return new[] { node[0] };
                default:
                    return new Expr[0];
            }
        }
    }
}
