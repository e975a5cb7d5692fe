using System.Collections.Generic;

namespace Activations.Generator.Symbolic
{
    /// <summary>
    /// The distinct nodes reachable from a set of roots, in dependency order (operands before users), with how many times
    /// each is used. The emitter turns it into locals; the interpreter runs it. Built without recursion.
    /// </summary>
    public sealed class ExprProgram
    {
        private readonly Dictionary<Expr, int> _index = new Dictionary<Expr, int>();
        private readonly List<Expr> _nodes = new List<Expr>();
        private readonly List<int> _uses = new List<int>();

        public ExprProgram(IReadOnlyList<Expr> roots)
        {
            Roots = roots;
            var stack = new Stack<(Expr Node, int Next)>();
            foreach (Expr root in roots)
            {
                if (!_index.ContainsKey(root))
                {
                    stack.Push((root, 0));
                    while (stack.Count > 0)
                    {
                        (Expr node, int next) = stack.Pop();
                        if (next < node.Arguments.Count)
                        {
                            stack.Push((node, next + 1));
                            Expr child = node.Arguments[next];
                            if (!_index.ContainsKey(child))
                            {
                                stack.Push((child, 0));
                            }
                        }
                        else if (!_index.ContainsKey(node))
                        {
                            _index[node] = _nodes.Count;
                            _nodes.Add(node);
                            _uses.Add(0);
                        }
                    }
                }

                _uses[_index[root]]++;
            }

            foreach (Expr node in _nodes)
            {
                foreach (Expr argument in node.Arguments)
                {
                    _uses[_index[argument]]++;
                }
            }
        }

        public IReadOnlyList<Expr> Roots { get; }

        /// <summary>Nodes in dependency order.</summary>
        public IReadOnlyList<Expr> Nodes => _nodes;

        public int IndexOf(Expr node) => _index[node];

        /// <summary>How many operand slots (plus roots) refer to the node.</summary>
        public int UsesOf(Expr node) => _uses[_index[node]];
    }
}
