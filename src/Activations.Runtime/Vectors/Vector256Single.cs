using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Activations.Internal.Vectors
{
    /// <summary>A <c>Vector256&lt;float&gt;</c> seen through <see cref="IVectorOps{TSelf, TScalar}"/>.</summary>
    internal readonly struct Vector256Single : IVectorOps<Vector256Single, float>
    {
        private const MethodImplOptions Inline = MethodImplOptions.AggressiveInlining;

        public readonly Vector256<float> Value;

        [MethodImpl(Inline)]
        public Vector256Single(Vector256<float> value) => Value = value;

        public static int Count => Vector256<float>.Count;

        [MethodImpl(Inline)]
        public static Vector256Single Create(float value) => new(Vector256.Create(value));

        [MethodImpl(Inline)]
        public static Vector256Single FromBits(long bits) => new(Vector256.Create((int)bits).AsSingle());

        [MethodImpl(Inline)]
        public static Vector256Single operator +(Vector256Single left, Vector256Single right) => new(left.Value + right.Value);

        [MethodImpl(Inline)]
        public static Vector256Single operator -(Vector256Single left, Vector256Single right) => new(left.Value - right.Value);

        [MethodImpl(Inline)]
        public static Vector256Single operator *(Vector256Single left, Vector256Single right) => new(left.Value * right.Value);

        [MethodImpl(Inline)]
        public static Vector256Single operator /(Vector256Single left, Vector256Single right) => new(left.Value / right.Value);

        [MethodImpl(Inline)]
        public static Vector256Single operator -(Vector256Single value) => new(-value.Value);

        [MethodImpl(Inline)]
        public static Vector256Single operator &(Vector256Single left, Vector256Single right) => new(left.Value & right.Value);

        [MethodImpl(Inline)]
        public static Vector256Single operator |(Vector256Single left, Vector256Single right) => new(left.Value | right.Value);

        [MethodImpl(Inline)]
        public static Vector256Single operator ^(Vector256Single left, Vector256Single right) => new(left.Value ^ right.Value);

        [MethodImpl(Inline)]
        public static Vector256Single operator ~(Vector256Single value) => new(~value.Value);

        [MethodImpl(Inline)]
        public static Vector256Single AndNot(Vector256Single left, Vector256Single right) => new(Vector256.AndNot(left.Value, right.Value));

        [MethodImpl(Inline)]
        public static Vector256Single MultiplyAdd(Vector256Single a, Vector256Single b, Vector256Single c) => new(Vector256.FusedMultiplyAdd(a.Value, b.Value, c.Value));

        [MethodImpl(Inline)]
        public static Vector256Single Abs(Vector256Single x) => new(Vector256.Abs(x.Value));

        [MethodImpl(Inline)]
        public static Vector256Single Round(Vector256Single x) => new(Vector256.Round(x.Value));

        [MethodImpl(Inline)]
        public static Vector256Single Equal(Vector256Single left, Vector256Single right) => new(Vector256.Equals(left.Value, right.Value));

        [MethodImpl(Inline)]
        public static Vector256Single LessThan(Vector256Single left, Vector256Single right) => new(Vector256.LessThan(left.Value, right.Value));

        [MethodImpl(Inline)]
        public static Vector256Single GreaterThan(Vector256Single left, Vector256Single right) => new(Vector256.GreaterThan(left.Value, right.Value));

        [MethodImpl(Inline)]
        public static Vector256Single Select(Vector256Single mask, Vector256Single ifTrue, Vector256Single ifFalse) =>
            new(Vector256.ConditionalSelect(mask.Value, ifTrue.Value, ifFalse.Value));

        [MethodImpl(Inline)]
        public static Vector256Single ClampAbove(Vector256Single x, Vector256Single limit) =>
            new(Vector256.ConditionalSelect(Vector256.GreaterThan(x.Value, limit.Value), limit.Value, x.Value));

        [MethodImpl(Inline)]
        public static Vector256Single ClampBelow(Vector256Single x, Vector256Single limit) =>
            new(Vector256.ConditionalSelect(Vector256.LessThan(x.Value, limit.Value), limit.Value, x.Value));

        [MethodImpl(Inline)]
        public static Vector256Single MinNumber(Vector256Single left, Vector256Single right) => new(Vector256.MinNative(left.Value, right.Value));

        [MethodImpl(Inline)]
        public static bool AnyGreaterThan(Vector256Single left, Vector256Single right) => Vector256.GreaterThanAny(left.Value, right.Value);

        [MethodImpl(Inline)]
        public static bool AnyBitsGreaterThanUnsigned(Vector256Single left, Vector256Single right) =>
            Vector256.GreaterThanAny(left.Value.AsUInt32(), right.Value.AsUInt32());

        [MethodImpl(Inline)]
        public static Vector256Single AddBits(Vector256Single left, Vector256Single right) => new((left.Value.AsInt32() + right.Value.AsInt32()).AsSingle());

        [MethodImpl(Inline)]
        public static Vector256Single SubtractBits(Vector256Single left, Vector256Single right) => new((left.Value.AsInt32() - right.Value.AsInt32()).AsSingle());

        [MethodImpl(Inline)]
        public static Vector256Single ShiftLeftBits(Vector256Single value, [ConstantExpected] int count) =>
            new(Vector256.ShiftLeft(value.Value.AsInt32(), count).AsSingle());

        [MethodImpl(Inline)]
        public static Vector256Single ShiftRightLogicalBits(Vector256Single value, [ConstantExpected] int count) =>
            new(Vector256.ShiftRightLogical(value.Value.AsInt32(), count).AsSingle());

        [MethodImpl(Inline)]
        public static Vector256Single ShiftRightArithmeticBits(Vector256Single value, [ConstantExpected] int count) =>
            new(Vector256.ShiftRightArithmetic(value.Value.AsInt32(), count).AsSingle());

        public static float GetElement(Vector256Single value, int index) => value.Value.GetElement(index);

        public static Vector256Single WithElement(Vector256Single value, int index, float element) => new(value.Value.WithElement(index, element));
    }
}
