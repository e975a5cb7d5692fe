using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Activations.Internal.Vectors
{
    /// <summary>A <c>Vector512&lt;double&gt;</c> seen through <see cref="IVectorOps{TSelf, TScalar}"/>.</summary>
    internal readonly struct Vector512Double : IVectorOps<Vector512Double, double>
    {
        private const MethodImplOptions Inline = MethodImplOptions.AggressiveInlining;

        public readonly Vector512<double> Value;

        [MethodImpl(Inline)]
        public Vector512Double(Vector512<double> value) => Value = value;

        public static int Count => Vector512<double>.Count;

        [MethodImpl(Inline)]
        public static Vector512Double Create(double value) => new(Vector512.Create(value));

        [MethodImpl(Inline)]
        public static Vector512Double FromBits(long bits) => new(Vector512.Create((long)bits).AsDouble());

        [MethodImpl(Inline)]
        public static Vector512Double operator +(Vector512Double left, Vector512Double right) => new(left.Value + right.Value);

        [MethodImpl(Inline)]
        public static Vector512Double operator -(Vector512Double left, Vector512Double right) => new(left.Value - right.Value);

        [MethodImpl(Inline)]
        public static Vector512Double operator *(Vector512Double left, Vector512Double right) => new(left.Value * right.Value);

        [MethodImpl(Inline)]
        public static Vector512Double operator /(Vector512Double left, Vector512Double right) => new(left.Value / right.Value);

        [MethodImpl(Inline)]
        public static Vector512Double operator -(Vector512Double value) => new(-value.Value);

        [MethodImpl(Inline)]
        public static Vector512Double operator &(Vector512Double left, Vector512Double right) => new(left.Value & right.Value);

        [MethodImpl(Inline)]
        public static Vector512Double operator |(Vector512Double left, Vector512Double right) => new(left.Value | right.Value);

        [MethodImpl(Inline)]
        public static Vector512Double operator ^(Vector512Double left, Vector512Double right) => new(left.Value ^ right.Value);

        [MethodImpl(Inline)]
        public static Vector512Double operator ~(Vector512Double value) => new(~value.Value);

        [MethodImpl(Inline)]
        public static Vector512Double AndNot(Vector512Double left, Vector512Double right) => new(Vector512.AndNot(left.Value, right.Value));

        [MethodImpl(Inline)]
        public static Vector512Double MultiplyAdd(Vector512Double a, Vector512Double b, Vector512Double c) => new(Vector512.FusedMultiplyAdd(a.Value, b.Value, c.Value));

        [MethodImpl(Inline)]
        public static Vector512Double Abs(Vector512Double x) => new(Vector512.Abs(x.Value));

        [MethodImpl(Inline)]
        public static Vector512Double Round(Vector512Double x) => new(Vector512.Round(x.Value));

        [MethodImpl(Inline)]
        public static Vector512Double Equal(Vector512Double left, Vector512Double right) => new(Vector512.Equals(left.Value, right.Value));

        [MethodImpl(Inline)]
        public static Vector512Double LessThan(Vector512Double left, Vector512Double right) => new(Vector512.LessThan(left.Value, right.Value));

        [MethodImpl(Inline)]
        public static Vector512Double GreaterThan(Vector512Double left, Vector512Double right) => new(Vector512.GreaterThan(left.Value, right.Value));

        [MethodImpl(Inline)]
        public static Vector512Double Select(Vector512Double mask, Vector512Double ifTrue, Vector512Double ifFalse) =>
            new(Vector512.ConditionalSelect(mask.Value, ifTrue.Value, ifFalse.Value));

        [MethodImpl(Inline)]
        public static Vector512Double ClampAbove(Vector512Double x, Vector512Double limit) =>
            new(Vector512.ConditionalSelect(Vector512.GreaterThan(x.Value, limit.Value), limit.Value, x.Value));

        [MethodImpl(Inline)]
        public static Vector512Double ClampBelow(Vector512Double x, Vector512Double limit) =>
            new(Vector512.ConditionalSelect(Vector512.LessThan(x.Value, limit.Value), limit.Value, x.Value));

        [MethodImpl(Inline)]
        public static Vector512Double MinNumber(Vector512Double left, Vector512Double right) => new(Vector512.MinNative(left.Value, right.Value));

        [MethodImpl(Inline)]
        public static bool AnyGreaterThan(Vector512Double left, Vector512Double right) => Vector512.GreaterThanAny(left.Value, right.Value);

        [MethodImpl(Inline)]
        public static bool AnyBitsGreaterThanUnsigned(Vector512Double left, Vector512Double right) =>
            Vector512.GreaterThanAny(left.Value.AsUInt64(), right.Value.AsUInt64());

        [MethodImpl(Inline)]
        public static Vector512Double AddBits(Vector512Double left, Vector512Double right) => new((left.Value.AsInt64() + right.Value.AsInt64()).AsDouble());

        [MethodImpl(Inline)]
        public static Vector512Double SubtractBits(Vector512Double left, Vector512Double right) => new((left.Value.AsInt64() - right.Value.AsInt64()).AsDouble());

        [MethodImpl(Inline)]
        public static Vector512Double ShiftLeftBits(Vector512Double value, [ConstantExpected] int count) =>
            new(Vector512.ShiftLeft(value.Value.AsInt64(), count).AsDouble());

        [MethodImpl(Inline)]
        public static Vector512Double ShiftRightLogicalBits(Vector512Double value, [ConstantExpected] int count) =>
            new(Vector512.ShiftRightLogical(value.Value.AsInt64(), count).AsDouble());

        [MethodImpl(Inline)]
        public static Vector512Double ShiftRightArithmeticBits(Vector512Double value, [ConstantExpected] int count) =>
            new(Vector512.ShiftRightArithmetic(value.Value.AsInt64(), count).AsDouble());

        public static double GetElement(Vector512Double value, int index) => value.Value.GetElement(index);

        public static Vector512Double WithElement(Vector512Double value, int index, double element) => new(value.Value.WithElement(index, element));
    }
}
