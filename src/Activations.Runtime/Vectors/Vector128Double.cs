using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Activations.Internal.Vectors
{
    /// <summary>A <c>Vector128&lt;double&gt;</c> seen through <see cref="IVectorOps{TSelf, TScalar}"/>.</summary>
    internal readonly struct Vector128Double : IVectorOps<Vector128Double, double>
    {
        private const MethodImplOptions Inline = MethodImplOptions.AggressiveInlining;

        public readonly Vector128<double> Value;

        [MethodImpl(Inline)]
        public Vector128Double(Vector128<double> value) => Value = value;

        public static int Count => Vector128<double>.Count;

        [MethodImpl(Inline)]
        public static Vector128Double Create(double value) => new(Vector128.Create(value));

        [MethodImpl(Inline)]
        public static Vector128Double FromBits(long bits) => new(Vector128.Create((long)bits).AsDouble());

        [MethodImpl(Inline)]
        public static Vector128Double operator +(Vector128Double left, Vector128Double right) => new(left.Value + right.Value);

        [MethodImpl(Inline)]
        public static Vector128Double operator -(Vector128Double left, Vector128Double right) => new(left.Value - right.Value);

        [MethodImpl(Inline)]
        public static Vector128Double operator *(Vector128Double left, Vector128Double right) => new(left.Value * right.Value);

        [MethodImpl(Inline)]
        public static Vector128Double operator /(Vector128Double left, Vector128Double right) => new(left.Value / right.Value);

        [MethodImpl(Inline)]
        public static Vector128Double operator -(Vector128Double value) => new(-value.Value);

        [MethodImpl(Inline)]
        public static Vector128Double operator &(Vector128Double left, Vector128Double right) => new(left.Value & right.Value);

        [MethodImpl(Inline)]
        public static Vector128Double operator |(Vector128Double left, Vector128Double right) => new(left.Value | right.Value);

        [MethodImpl(Inline)]
        public static Vector128Double operator ^(Vector128Double left, Vector128Double right) => new(left.Value ^ right.Value);

        [MethodImpl(Inline)]
        public static Vector128Double operator ~(Vector128Double value) => new(~value.Value);

        [MethodImpl(Inline)]
        public static Vector128Double AndNot(Vector128Double left, Vector128Double right) => new(Vector128.AndNot(left.Value, right.Value));

        [MethodImpl(Inline)]
        public static Vector128Double MultiplyAdd(Vector128Double a, Vector128Double b, Vector128Double c) => new(Vector128.FusedMultiplyAdd(a.Value, b.Value, c.Value));

        [MethodImpl(Inline)]
        public static Vector128Double Abs(Vector128Double x) => new(Vector128.Abs(x.Value));

        [MethodImpl(Inline)]
        public static Vector128Double Round(Vector128Double x) => new(Vector128.Round(x.Value));

        [MethodImpl(Inline)]
        public static Vector128Double Equal(Vector128Double left, Vector128Double right) => new(Vector128.Equals(left.Value, right.Value));

        [MethodImpl(Inline)]
        public static Vector128Double LessThan(Vector128Double left, Vector128Double right) => new(Vector128.LessThan(left.Value, right.Value));

        [MethodImpl(Inline)]
        public static Vector128Double GreaterThan(Vector128Double left, Vector128Double right) => new(Vector128.GreaterThan(left.Value, right.Value));

        [MethodImpl(Inline)]
        public static Vector128Double Select(Vector128Double mask, Vector128Double ifTrue, Vector128Double ifFalse) =>
            new(Vector128.ConditionalSelect(mask.Value, ifTrue.Value, ifFalse.Value));

        [MethodImpl(Inline)]
        public static Vector128Double ClampAbove(Vector128Double x, Vector128Double limit) =>
            new(Vector128.ConditionalSelect(Vector128.GreaterThan(x.Value, limit.Value), limit.Value, x.Value));

        [MethodImpl(Inline)]
        public static Vector128Double ClampBelow(Vector128Double x, Vector128Double limit) =>
            new(Vector128.ConditionalSelect(Vector128.LessThan(x.Value, limit.Value), limit.Value, x.Value));

        [MethodImpl(Inline)]
        public static Vector128Double MinNumber(Vector128Double left, Vector128Double right) => new(Vector128.MinNative(left.Value, right.Value));

        [MethodImpl(Inline)]
        public static bool AnyGreaterThan(Vector128Double left, Vector128Double right) => Vector128.GreaterThanAny(left.Value, right.Value);

        [MethodImpl(Inline)]
        public static bool AnyBitsGreaterThanUnsigned(Vector128Double left, Vector128Double right) =>
            Vector128.GreaterThanAny(left.Value.AsUInt64(), right.Value.AsUInt64());

        [MethodImpl(Inline)]
        public static Vector128Double AddBits(Vector128Double left, Vector128Double right) => new((left.Value.AsInt64() + right.Value.AsInt64()).AsDouble());

        [MethodImpl(Inline)]
        public static Vector128Double SubtractBits(Vector128Double left, Vector128Double right) => new((left.Value.AsInt64() - right.Value.AsInt64()).AsDouble());

        [MethodImpl(Inline)]
        public static Vector128Double ShiftLeftBits(Vector128Double value, [ConstantExpected] int count) =>
            new(Vector128.ShiftLeft(value.Value.AsInt64(), count).AsDouble());

        [MethodImpl(Inline)]
        public static Vector128Double ShiftRightLogicalBits(Vector128Double value, [ConstantExpected] int count) =>
            new(Vector128.ShiftRightLogical(value.Value.AsInt64(), count).AsDouble());

        [MethodImpl(Inline)]
        public static Vector128Double ShiftRightArithmeticBits(Vector128Double value, [ConstantExpected] int count) =>
            new(Vector128.ShiftRightArithmetic(value.Value.AsInt64(), count).AsDouble());

        public static double GetElement(Vector128Double value, int index) => value.Value.GetElement(index);

        public static Vector128Double WithElement(Vector128Double value, int index, double element) => new(value.Value.WithElement(index, element));
    }
}
