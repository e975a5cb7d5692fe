using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Activations.Internal.Vectors
{
    /// <summary>A <c>Vector512&lt;float&gt;</c> seen through <see cref="IVectorOps{TSelf, TScalar}"/>.</summary>
    internal readonly struct Vector512Single : IVectorOps<Vector512Single, float>
    {
        private const MethodImplOptions Inline = MethodImplOptions.AggressiveInlining;

        public readonly Vector512<float> Value;

        [MethodImpl(Inline)]
        public Vector512Single(Vector512<float> value) => Value = value;

        public static int Count => Vector512<float>.Count;

        [MethodImpl(Inline)]
        public static Vector512Single Create(float value) => new(Vector512.Create(value));

        [MethodImpl(Inline)]
        public static Vector512Single FromBits(long bits) => new(Vector512.Create((int)bits).AsSingle());

        [MethodImpl(Inline)]
        public static Vector512Single operator +(Vector512Single left, Vector512Single right) => new(left.Value + right.Value);

        [MethodImpl(Inline)]
        public static Vector512Single operator -(Vector512Single left, Vector512Single right) => new(left.Value - right.Value);

        [MethodImpl(Inline)]
        public static Vector512Single operator *(Vector512Single left, Vector512Single right) => new(left.Value * right.Value);

        [MethodImpl(Inline)]
        public static Vector512Single operator /(Vector512Single left, Vector512Single right) => new(left.Value / right.Value);

        [MethodImpl(Inline)]
        public static Vector512Single operator -(Vector512Single value) => new(-value.Value);

        [MethodImpl(Inline)]
        public static Vector512Single operator &(Vector512Single left, Vector512Single right) => new(left.Value & right.Value);

        [MethodImpl(Inline)]
        public static Vector512Single operator |(Vector512Single left, Vector512Single right) => new(left.Value | right.Value);

        [MethodImpl(Inline)]
        public static Vector512Single operator ^(Vector512Single left, Vector512Single right) => new(left.Value ^ right.Value);

        [MethodImpl(Inline)]
        public static Vector512Single operator ~(Vector512Single value) => new(~value.Value);

        [MethodImpl(Inline)]
        public static Vector512Single AndNot(Vector512Single left, Vector512Single right) => new(Vector512.AndNot(left.Value, right.Value));

        [MethodImpl(Inline)]
        public static Vector512Single MultiplyAdd(Vector512Single a, Vector512Single b, Vector512Single c) => new(Vector512.FusedMultiplyAdd(a.Value, b.Value, c.Value));

        [MethodImpl(Inline)]
        public static Vector512Single Abs(Vector512Single x) => new(Vector512.Abs(x.Value));

        [MethodImpl(Inline)]
        public static Vector512Single Round(Vector512Single x) => new(Vector512.Round(x.Value));

        [MethodImpl(Inline)]
        public static Vector512Single Equal(Vector512Single left, Vector512Single right) => new(Vector512.Equals(left.Value, right.Value));

        [MethodImpl(Inline)]
        public static Vector512Single LessThan(Vector512Single left, Vector512Single right) => new(Vector512.LessThan(left.Value, right.Value));

        [MethodImpl(Inline)]
        public static Vector512Single GreaterThan(Vector512Single left, Vector512Single right) => new(Vector512.GreaterThan(left.Value, right.Value));

        [MethodImpl(Inline)]
        public static Vector512Single Select(Vector512Single mask, Vector512Single ifTrue, Vector512Single ifFalse) =>
            new(Vector512.ConditionalSelect(mask.Value, ifTrue.Value, ifFalse.Value));

        [MethodImpl(Inline)]
        public static Vector512Single ClampAbove(Vector512Single x, Vector512Single limit) =>
            new(Vector512.ConditionalSelect(Vector512.GreaterThan(x.Value, limit.Value), limit.Value, x.Value));

        [MethodImpl(Inline)]
        public static Vector512Single ClampBelow(Vector512Single x, Vector512Single limit) =>
            new(Vector512.ConditionalSelect(Vector512.LessThan(x.Value, limit.Value), limit.Value, x.Value));

        [MethodImpl(Inline)]
        public static Vector512Single MinNumber(Vector512Single left, Vector512Single right) => new(Vector512.MinNative(left.Value, right.Value));

        [MethodImpl(Inline)]
        public static bool AnyGreaterThan(Vector512Single left, Vector512Single right) => Vector512.GreaterThanAny(left.Value, right.Value);

        [MethodImpl(Inline)]
        public static bool AnyBitsGreaterThanUnsigned(Vector512Single left, Vector512Single right) =>
            Vector512.GreaterThanAny(left.Value.AsUInt32(), right.Value.AsUInt32());

        [MethodImpl(Inline)]
        public static Vector512Single AddBits(Vector512Single left, Vector512Single right) => new((left.Value.AsInt32() + right.Value.AsInt32()).AsSingle());

        [MethodImpl(Inline)]
        public static Vector512Single SubtractBits(Vector512Single left, Vector512Single right) => new((left.Value.AsInt32() - right.Value.AsInt32()).AsSingle());

        [MethodImpl(Inline)]
        public static Vector512Single ShiftLeftBits(Vector512Single value, [ConstantExpected] int count) =>
            new(Vector512.ShiftLeft(value.Value.AsInt32(), count).AsSingle());

        [MethodImpl(Inline)]
        public static Vector512Single ShiftRightLogicalBits(Vector512Single value, [ConstantExpected] int count) =>
            new(Vector512.ShiftRightLogical(value.Value.AsInt32(), count).AsSingle());

        [MethodImpl(Inline)]
        public static Vector512Single ShiftRightArithmeticBits(Vector512Single value, [ConstantExpected] int count) =>
            new(Vector512.ShiftRightArithmetic(value.Value.AsInt32(), count).AsSingle());

        public static float GetElement(Vector512Single value, int index) => value.Value.GetElement(index);

        public static Vector512Single WithElement(Vector512Single value, int index, float element) => new(value.Value.WithElement(index, element));
    }
}
