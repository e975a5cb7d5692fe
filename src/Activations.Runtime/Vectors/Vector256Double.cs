using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Activations.Internal.Vectors
{
    /// <summary>A <c>Vector256&lt;double&gt;</c> seen through <see cref="IVectorOps{TSelf, TScalar}"/>.</summary>
    internal readonly struct Vector256Double : IVectorOps<Vector256Double, double>
    {
        private const MethodImplOptions Inline = MethodImplOptions.AggressiveInlining;

        public readonly Vector256<double> Value;

        [MethodImpl(Inline)]
        public Vector256Double(Vector256<double> value) => Value = value;

        public static int Count => Vector256<double>.Count;

        [MethodImpl(Inline)]
        public static Vector256Double Create(double value) => new(Vector256.Create(value));

        [MethodImpl(Inline)]
        public static Vector256Double FromBits(long bits) => new(Vector256.Create((long)bits).AsDouble());

        [MethodImpl(Inline)]
        public static Vector256Double operator +(Vector256Double left, Vector256Double right) => new(left.Value + right.Value);

        [MethodImpl(Inline)]
        public static Vector256Double operator -(Vector256Double left, Vector256Double right) => new(left.Value - right.Value);

        [MethodImpl(Inline)]
        public static Vector256Double operator *(Vector256Double left, Vector256Double right) => new(left.Value * right.Value);

        [MethodImpl(Inline)]
        public static Vector256Double operator /(Vector256Double left, Vector256Double right) => new(left.Value / right.Value);

        [MethodImpl(Inline)]
        public static Vector256Double operator -(Vector256Double value) => new(-value.Value);

        [MethodImpl(Inline)]
        public static Vector256Double operator &(Vector256Double left, Vector256Double right) => new(left.Value & right.Value);

        [MethodImpl(Inline)]
        public static Vector256Double operator |(Vector256Double left, Vector256Double right) => new(left.Value | right.Value);

        [MethodImpl(Inline)]
        public static Vector256Double operator ^(Vector256Double left, Vector256Double right) => new(left.Value ^ right.Value);

        [MethodImpl(Inline)]
        public static Vector256Double operator ~(Vector256Double value) => new(~value.Value);

        [MethodImpl(Inline)]
        public static Vector256Double AndNot(Vector256Double left, Vector256Double right) => new(Vector256.AndNot(left.Value, right.Value));

        [MethodImpl(Inline)]
        public static Vector256Double MultiplyAdd(Vector256Double a, Vector256Double b, Vector256Double c) => new(Vector256.FusedMultiplyAdd(a.Value, b.Value, c.Value));

        [MethodImpl(Inline)]
        public static Vector256Double Abs(Vector256Double x) => new(Vector256.Abs(x.Value));

        [MethodImpl(Inline)]
        public static Vector256Double Round(Vector256Double x) => new(Vector256.Round(x.Value));

        [MethodImpl(Inline)]
        public static Vector256Double Equal(Vector256Double left, Vector256Double right) => new(Vector256.Equals(left.Value, right.Value));

        [MethodImpl(Inline)]
        public static Vector256Double LessThan(Vector256Double left, Vector256Double right) => new(Vector256.LessThan(left.Value, right.Value));

        [MethodImpl(Inline)]
        public static Vector256Double GreaterThan(Vector256Double left, Vector256Double right) => new(Vector256.GreaterThan(left.Value, right.Value));

        [MethodImpl(Inline)]
        public static Vector256Double Select(Vector256Double mask, Vector256Double ifTrue, Vector256Double ifFalse) =>
            new(Vector256.ConditionalSelect(mask.Value, ifTrue.Value, ifFalse.Value));

        [MethodImpl(Inline)]
        public static Vector256Double ClampAbove(Vector256Double x, Vector256Double limit) =>
            new(Vector256.ConditionalSelect(Vector256.GreaterThan(x.Value, limit.Value), limit.Value, x.Value));

        [MethodImpl(Inline)]
        public static Vector256Double ClampBelow(Vector256Double x, Vector256Double limit) =>
            new(Vector256.ConditionalSelect(Vector256.LessThan(x.Value, limit.Value), limit.Value, x.Value));

        [MethodImpl(Inline)]
        public static Vector256Double MinNumber(Vector256Double left, Vector256Double right) => new(Vector256.MinNative(left.Value, right.Value));

        [MethodImpl(Inline)]
        public static bool AnyGreaterThan(Vector256Double left, Vector256Double right) => Vector256.GreaterThanAny(left.Value, right.Value);

        [MethodImpl(Inline)]
        public static bool AnyBitsGreaterThanUnsigned(Vector256Double left, Vector256Double right) =>
            Vector256.GreaterThanAny(left.Value.AsUInt64(), right.Value.AsUInt64());

        [MethodImpl(Inline)]
        public static Vector256Double AddBits(Vector256Double left, Vector256Double right) => new((left.Value.AsInt64() + right.Value.AsInt64()).AsDouble());

        [MethodImpl(Inline)]
        public static Vector256Double SubtractBits(Vector256Double left, Vector256Double right) => new((left.Value.AsInt64() - right.Value.AsInt64()).AsDouble());

        [MethodImpl(Inline)]
        public static Vector256Double ShiftLeftBits(Vector256Double value, [ConstantExpected] int count) =>
            new(Vector256.ShiftLeft(value.Value.AsInt64(), count).AsDouble());

        [MethodImpl(Inline)]
        public static Vector256Double ShiftRightLogicalBits(Vector256Double value, [ConstantExpected] int count) =>
            new(Vector256.ShiftRightLogical(value.Value.AsInt64(), count).AsDouble());

        [MethodImpl(Inline)]
        public static Vector256Double ShiftRightArithmeticBits(Vector256Double value, [ConstantExpected] int count) =>
            new(Vector256.ShiftRightArithmetic(value.Value.AsInt64(), count).AsDouble());

        public static double GetElement(Vector256Double value, int index) => value.Value.GetElement(index);

        public static Vector256Double WithElement(Vector256Double value, int index, double element) => new(value.Value.WithElement(index, element));
    }
}
