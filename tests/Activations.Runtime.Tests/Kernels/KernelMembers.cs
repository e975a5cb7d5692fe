using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using System.Reflection;

namespace Activations.Runtime.Tests.Kernels
{
    /// <summary>An elementwise span kernel with its hyperparameters bound: <c>X(x, destination, p…)</c>.</summary>
    internal delegate void SpanMap<T>(ReadOnlySpan<T> x, Span<T> destination);

    /// <summary><c>XBackward(x, outputGradient, inputGradient, p…)</c> with its hyperparameters bound.</summary>
    internal delegate void SpanBackward<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> outputGradient, Span<T> inputGradient);

    /// <summary><c>XWithDerivative(x, values, derivatives, p…)</c> with its hyperparameters bound.</summary>
    internal delegate void SpanWithDerivative<T>(ReadOnlySpan<T> x, Span<T> values, Span<T> derivatives);

    /// <summary><c>XBackwardBy{P}(x, outputGradient, p…)</c> with its hyperparameters bound.</summary>
    internal delegate T SpanSum<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> outputGradient);

    /// <summary>
    /// One output of an activation (f, f′, f″ or ∂f/∂p) in every form the generator emits for it: the scalar method, the
    /// <c>Vector&lt;T&gt;</c> overload and the span kernel, with the hyperparameters already bound.
    /// </summary>
    internal sealed class KernelOutput<T>
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        public KernelOutput(string suffix, Func<T, T> scalar, Func<Vector<T>, Vector<T>> vector, SpanMap<T> span, Tolerance tolerance)
        {
            Suffix = suffix;
            Scalar = scalar;
            Vector = vector;
            Span = span;
            Tolerance = tolerance;
        }

        /// <summary>"", "Derivative", "SecondDerivative" or "DerivativeBy{P}".</summary>
        public string Suffix { get; }

        public Func<T, T> Scalar { get; }

        public Func<Vector<T>, Vector<T>> Vector { get; }

        public SpanMap<T> Span { get; }

        /// <summary>How far the vectorised result may be from <see cref="Scalar"/>.</summary>
        public Tolerance Tolerance { get; }

        public override string ToString() => Suffix.Length == 0 ? "f" : Suffix;
    }

    /// <summary>
    /// Binds the generated members of one activation by name. Delegates are created over the exact overloads, so a
    /// member the generator failed to emit (or emitted with another signature) fails the test that needs it.
    /// </summary>
    internal static class KernelMembers
    {
        private delegate T Scalar0<T>(T x);
        private delegate T Scalar1<T>(T x, T p);
        private delegate T Scalar2<T>(T x, T p, T q);
        private delegate Vector<T> Vector0<T>(Vector<T> x) where T : struct;
        private delegate Vector<T> Vector1<T>(Vector<T> x, T p) where T : struct;
        private delegate Vector<T> Vector2<T>(Vector<T> x, T p, T q) where T : struct;
        private delegate void Map1<T>(ReadOnlySpan<T> x, Span<T> d, T p);
        private delegate void Map2<T>(ReadOnlySpan<T> x, Span<T> d, T p, T q);
        private delegate void Backward1<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> g, Span<T> d, T p);
        private delegate void Backward2<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> g, Span<T> d, T p, T q);
        private delegate void WithDerivative1<T>(ReadOnlySpan<T> x, Span<T> v, Span<T> d, T p);
        private delegate void WithDerivative2<T>(ReadOnlySpan<T> x, Span<T> v, Span<T> d, T p, T q);
        private delegate T Sum1<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> g, T p);
        private delegate T Sum2<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> g, T p, T q);

        public static Func<T, T> Scalar<T>(Type holder, string name, T[] h)
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            MethodInfo m = Find(holder, name, Repeat(typeof(T), 1 + h.Length));
            switch (h.Length)
            {
                case 0: { var d = m.CreateDelegate<Scalar0<T>>(); return x => d(x); }
                case 1: { var d = m.CreateDelegate<Scalar1<T>>(); return x => d(x, h[0]); }
                default: { var d = m.CreateDelegate<Scalar2<T>>(); return x => d(x, h[0], h[1]); }
            }
        }

        public static Func<Vector<T>, Vector<T>> Vector<T>(Type holder, string name, T[] h)
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            MethodInfo m = Find(holder, name, new[] { typeof(Vector<T>) }.Concat(Repeat(typeof(T), h.Length)).ToArray());
            switch (h.Length)
            {
                case 0: { var d = m.CreateDelegate<Vector0<T>>(); return x => d(x); }
                case 1: { var d = m.CreateDelegate<Vector1<T>>(); return x => d(x, h[0]); }
                default: { var d = m.CreateDelegate<Vector2<T>>(); return x => d(x, h[0], h[1]); }
            }
        }

        public static SpanMap<T> Map<T>(Type holder, string name, T[] h)
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            MethodInfo m = Find(holder, name, new[] { typeof(ReadOnlySpan<T>), typeof(Span<T>) }.Concat(Repeat(typeof(T), h.Length)).ToArray());
            switch (h.Length)
            {
                case 0: return m.CreateDelegate<SpanMap<T>>();
                case 1: { var d = m.CreateDelegate<Map1<T>>(); return (x, o) => d(x, o, h[0]); }
                default: { var d = m.CreateDelegate<Map2<T>>(); return (x, o) => d(x, o, h[0], h[1]); }
            }
        }

        public static SpanBackward<T> Backward<T>(Type holder, string name, T[] h)
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            MethodInfo m = Find(holder, name + "Backward", new[] { typeof(ReadOnlySpan<T>), typeof(ReadOnlySpan<T>), typeof(Span<T>) }.Concat(Repeat(typeof(T), h.Length)).ToArray());
            switch (h.Length)
            {
                case 0: return m.CreateDelegate<SpanBackward<T>>();
                case 1: { var d = m.CreateDelegate<Backward1<T>>(); return (x, g, o) => d(x, g, o, h[0]); }
                default: { var d = m.CreateDelegate<Backward2<T>>(); return (x, g, o) => d(x, g, o, h[0], h[1]); }
            }
        }

        public static SpanWithDerivative<T> WithDerivative<T>(Type holder, string name, T[] h)
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            MethodInfo m = Find(holder, name + "WithDerivative", new[] { typeof(ReadOnlySpan<T>), typeof(Span<T>), typeof(Span<T>) }.Concat(Repeat(typeof(T), h.Length)).ToArray());
            switch (h.Length)
            {
                case 0: return m.CreateDelegate<SpanWithDerivative<T>>();
                case 1: { var d = m.CreateDelegate<WithDerivative1<T>>(); return (x, v, o) => d(x, v, o, h[0]); }
                default: { var d = m.CreateDelegate<WithDerivative2<T>>(); return (x, v, o) => d(x, v, o, h[0], h[1]); }
            }
        }

        public static SpanSum<T> BackwardBy<T>(Type holder, string name, string parameter, T[] h)
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            MethodInfo m = Find(holder, name + "BackwardBy" + parameter, new[] { typeof(ReadOnlySpan<T>), typeof(ReadOnlySpan<T>) }.Concat(Repeat(typeof(T), h.Length)).ToArray());
            switch (h.Length)
            {
                case 1: { var d = m.CreateDelegate<Sum1<T>>(); return (x, g) => d(x, g, h[0]); }
                default: { var d = m.CreateDelegate<Sum2<T>>(); return (x, g) => d(x, g, h[0], h[1]); }
            }
        }

        /// <summary>The names of the hyperparameters of the [Activation] method, Pascal-cased as the generator names members.</summary>
        public static IReadOnlyList<string> Hyperparameters(Type holder, string name, Type t)
        {
            MethodInfo m = Find(holder, name, Repeat(t, 1 + CountParameters(holder, name, t)));
            return m.GetParameters().Skip(1).Select(p => char.ToUpperInvariant(p.Name![0]) + p.Name.Substring(1)).ToArray();
        }

        /// <summary>Every [Activation] method declared on <paramref name="holder"/>.</summary>
        public static IEnumerable<MethodInfo> Declared(Type holder) =>
            holder.GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.GetCustomAttribute<ActivationAttribute>() is not null);

        private static int CountParameters(Type holder, string name, Type t) =>
            Declared(holder).Single(m => m.Name == name && m.ReturnType == t).GetParameters().Length - 1;

        private static MethodInfo Find(Type holder, string name, Type[] parameters) =>
            holder.GetMethod(name, BindingFlags.Public | BindingFlags.Static, parameters)
            ?? throw new MissingMethodException($"{holder.Name}.{name}({string.Join(", ", parameters.Select(p => p.Name))}) was not generated.");

        private static Type[] Repeat(Type t, int count) => Enumerable.Repeat(t, count).ToArray();
    }
}
