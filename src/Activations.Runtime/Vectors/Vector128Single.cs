using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Activations.Internal.Vectors
{
    /// <summary>A <c>Vector128&lt;float&gt;</c> seen through <see cref="IVectorOps{TSelf, TScalar}"/>.</summary>
    internal readonly struct Vector128Single : IVectorOps<Vector128Single, float>
    {
        private const MethodImplOptions Inline = MethodImplOptions.AggressiveInlining;

        public readonly Vector128<float> Value;

        [MethodImpl(Inline)]
        public Vector128Single(Vector128<float> value) => Value = value;

        public static int Count => Vector128<float>.Count;

        [MethodImpl(Inline)]
        public static Vector128Single Create(float value) => new(Vector128.Create(value));

        [MethodImpl(Inline)]
        public static Vector128Single FromBits(long bits) => new(Vector128.Create((int)bits).AsSingle());

        [MethodImpl(Inline)]
        public static Vector128Single operator +(Vector128Single left, Vector128Single right) => new(left.Value + right.Value);

        [MethodImpl(Inline)]
        public static Vector128Single operator -(Vector128Single left, Vector128Single right) => new(left.Value - right.Value);

        [MethodImpl(Inline)]
        public static Vector128Single operator *(Vector128Single left, Vector128Single right) => new(left.Value * right.Value);

        [MethodImpl(Inline)]
        public static Vector128Single operator /(Vector128Single left, Vector128Single right) => new(left.Value / right.Value);

        [MethodImpl(Inline)]
        public static Vector128Single operator -(Vector128Single value) => new(-value.Value);

        [MethodImpl(Inline)]
        public static Vector128Single operator &(Vector128Single left, Vector128Single right) => new(left.Value & right.Value);

        [MethodImpl(Inline)]
        public static Vector128Single operator |(Vector128Single left, Vector128Single right) => new(left.Value | right.Value);

        [MethodImpl(Inline)]
        public static Vector128Single operator ^(Vector128Single left, Vector128Single right) => new(left.Value ^ right.Value);

        [MethodImpl(Inline)]
        public static Vector128Single operator ~(Vector128Single value) => new(~value.Value);

        [MethodImpl(Inline)]
        public static Vector128Single AndNot(Vector128Single left, Vector128Single right) => new(Vector128.AndNot(left.Value, right.Value));

        [MethodImpl(Inline)]
        public static Vector128Single MultiplyAdd(Vector128Single a, Vector128Single b, Vector128Single c) => new(Vector128.FusedMultiplyAdd(a.Value, b.Value, c.Value));

        [MethodImpl(Inline)]
        public static Vector128Single Abs(Vector128Single x) => new(Vector128.Abs(x.Value));

        [MethodImpl(Inline)]
        public static Vector128Single Round(Vector128Single x) => new(Vector128.Round(x.Value));

        [MethodImpl(Inline)]
        public static Vector128Single Equal(Vector128Single left, Vector128Single right) => new(Vector128.Equals(left.Value, right.Value));

        [MethodImpl(Inline)]
        public static Vector128Single LessThan(Vector128Single left, Vector128Single right) => new(Vector128.LessThan(left.Value, right.Value));

        [MethodImpl(Inline)]
        public static Vector128Single GreaterThan(Vector128Single left, Vector128Single right) => new(Vector128.GreaterThan(left.Value, right.Value));

        [MethodImpl(Inline)]
        public static Vector128Single Select(Vector128Single mask, Vector128Single ifTrue, Vector128Single ifFalse) =>
            new(Vector128.ConditionalSelect(mask.Value, ifTrue.Value, ifFalse.Value));

        [MethodImpl(Inline)]
        public static Vector128Single ClampAbove(Vector128Single x, Vector128Single limit) =>
            new(Vector128.ConditionalSelect(Vector128.GreaterThan(x.Value, limit.Value), limit.Value, x.Value));

        [MethodImpl(Inline)]
        public static Vector128Single ClampBelow(Vector128Single x, Vector128Single limit) =>
            new(Vector128.ConditionalSelect(Vector128.LessThan(x.Value, limit.Value), limit.Value, x.Value));

        [MethodImpl(Inline)]
        public static Vector128Single MinNumber(Vector128Single left, Vector128Single right) => new(Vector128.MinNative(left.Value, right.Value));

        [MethodImpl(Inline)]
        public static bool AnyGreaterThan(Vector128Single left, Vector128Single right) => Vector128.GreaterThanAny(left.Value, right.Value);

        [MethodImpl(Inline)]
        public static bool AnyBitsGreaterThanUnsigned(Vector128Single left, Vector128Single right) =>
            Vector128.GreaterThanAny(left.Value.AsUInt32(), right.Value.AsUInt32());

        [MethodImpl(Inline)]
        public static Vector128Single AddBits(Vector128Single left, Vector128Single right) => new((left.Value.AsInt32() + right.Value.AsInt32()).AsSingle());

        [MethodImpl(Inline)]
        public static Vector128Single SubtractBits(Vector128Single left, Vector128Single right) => new((left.Value.AsInt32() - right.Value.AsInt32()).AsSingle());

        [MethodImpl(Inline)]
        public static Vector128Single ShiftLeftBits(Vector128Single value, [ConstantExpected] int count) =>
            new(Vector128.ShiftLeft(value.Value.AsInt32(), count).AsSingle());

        [MethodImpl(Inline)]
        public static Vector128Single ShiftRightLogicalBits(Vector128Single value, [ConstantExpected] int count) =>
            new(Vector128.ShiftRightLogical(value.Value.AsInt32(), count).AsSingle());

        [MethodImpl(Inline)]
        public static Vector128Single ShiftRightArithmeticBits(Vector128Single value, [ConstantExpected] int count) =>
            new(Vector128.ShiftRightArithmetic(value.Value.AsInt32(), count).AsSingle());

        public static float GetElement(Vector128Single value, int index) => value.Value.GetElement(index);

        public static Vector128Single WithElement(Vector128Single value, int index, float element) => new(value.Value.WithElement(index, element));
    }
}
