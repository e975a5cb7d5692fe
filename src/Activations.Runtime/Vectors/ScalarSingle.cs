using System;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Activations.Internal.Vectors
{
    /// <summary>
    /// A single float seen through <see cref="IVectorOps{TSelf, TScalar}"/>, so that the scalar overloads run the very
    /// operations of the vector kernels (FMA included) and agree with every lane bit for bit.
    /// </summary>
    internal readonly struct ScalarSingle : IVectorOps<ScalarSingle, float>
    {
        private const MethodImplOptions Inline = MethodImplOptions.AggressiveInlining;

        public readonly float Value;

        [MethodImpl(Inline)]
        public ScalarSingle(float value) => Value = value;

        public static int Count => 1;

        private static ScalarSingle AllOnes => new(BitConverter.Int32BitsToSingle(-1));

        [MethodImpl(Inline)]
        private static int Bits(ScalarSingle x) => BitConverter.SingleToInt32Bits(x.Value);

        [MethodImpl(Inline)]
        private static ScalarSingle FromInt(int bits) => new(BitConverter.Int32BitsToSingle(bits));

        [MethodImpl(Inline)]
        private static ScalarSingle Mask(bool condition) => condition ? AllOnes : default;

        [MethodImpl(Inline)]
        public static ScalarSingle Create(float value) => new(value);

        [MethodImpl(Inline)]
        public static ScalarSingle FromBits(long bits) => FromInt((int)bits);

        [MethodImpl(Inline)]
        public static ScalarSingle operator +(ScalarSingle left, ScalarSingle right) => new(left.Value + right.Value);

        [MethodImpl(Inline)]
        public static ScalarSingle operator -(ScalarSingle left, ScalarSingle right) => new(left.Value - right.Value);

        [MethodImpl(Inline)]
        public static ScalarSingle operator *(ScalarSingle left, ScalarSingle right) => new(left.Value * right.Value);

        [MethodImpl(Inline)]
        public static ScalarSingle operator /(ScalarSingle left, ScalarSingle right) => new(left.Value / right.Value);

        [MethodImpl(Inline)]
        public static ScalarSingle operator -(ScalarSingle value) => new(-value.Value);

        [MethodImpl(Inline)]
        public static ScalarSingle operator &(ScalarSingle left, ScalarSingle right) => FromInt(Bits(left) & Bits(right));

        [MethodImpl(Inline)]
        public static ScalarSingle operator |(ScalarSingle left, ScalarSingle right) => FromInt(Bits(left) | Bits(right));

        [MethodImpl(Inline)]
        public static ScalarSingle operator ^(ScalarSingle left, ScalarSingle right) => FromInt(Bits(left) ^ Bits(right));

        [MethodImpl(Inline)]
        public static ScalarSingle operator ~(ScalarSingle value) => FromInt(~Bits(value));

        [MethodImpl(Inline)]
        public static ScalarSingle AndNot(ScalarSingle left, ScalarSingle right) => FromInt(Bits(left) & ~Bits(right));

        [MethodImpl(Inline)]
        public static ScalarSingle MultiplyAdd(ScalarSingle a, ScalarSingle b, ScalarSingle c) => new(MathF.FusedMultiplyAdd(a.Value, b.Value, c.Value));

        [MethodImpl(Inline)]
        public static ScalarSingle Abs(ScalarSingle x) => new(MathF.Abs(x.Value));

        [MethodImpl(Inline)]
        public static ScalarSingle Round(ScalarSingle x) => new(MathF.Round(x.Value, MidpointRounding.ToEven));

        [MethodImpl(Inline)]
        public static ScalarSingle Equal(ScalarSingle left, ScalarSingle right) => Mask(left.Value == right.Value);

        [MethodImpl(Inline)]
        public static ScalarSingle LessThan(ScalarSingle left, ScalarSingle right) => Mask(left.Value < right.Value);

        [MethodImpl(Inline)]
        public static ScalarSingle GreaterThan(ScalarSingle left, ScalarSingle right) => Mask(left.Value > right.Value);

        [MethodImpl(Inline)]
        public static ScalarSingle Select(ScalarSingle mask, ScalarSingle ifTrue, ScalarSingle ifFalse) =>
            FromInt((Bits(mask) & Bits(ifTrue)) | (~Bits(mask) & Bits(ifFalse)));

        [MethodImpl(Inline)]
        public static ScalarSingle ClampAbove(ScalarSingle x, ScalarSingle limit) => x.Value > limit.Value ? limit : x;

        [MethodImpl(Inline)]
        public static ScalarSingle ClampBelow(ScalarSingle x, ScalarSingle limit) => x.Value < limit.Value ? limit : x;

        [MethodImpl(Inline)]
        public static ScalarSingle MinNumber(ScalarSingle left, ScalarSingle right) => left.Value < right.Value ? left : right;

        [MethodImpl(Inline)]
        public static bool AnyGreaterThan(ScalarSingle left, ScalarSingle right) => left.Value > right.Value;

        [MethodImpl(Inline)]
        public static bool AnyBitsGreaterThanUnsigned(ScalarSingle left, ScalarSingle right) => (uint)Bits(left) > (uint)Bits(right);

        [MethodImpl(Inline)]
        public static ScalarSingle AddBits(ScalarSingle left, ScalarSingle right) => FromInt(unchecked(Bits(left) + Bits(right)));

        [MethodImpl(Inline)]
        public static ScalarSingle SubtractBits(ScalarSingle left, ScalarSingle right) => FromInt(unchecked(Bits(left) - Bits(right)));

        [MethodImpl(Inline)]
        public static ScalarSingle ShiftLeftBits(ScalarSingle value, [ConstantExpected] int count) => FromInt(Bits(value) << count);

        [MethodImpl(Inline)]
        public static ScalarSingle ShiftRightLogicalBits(ScalarSingle value, [ConstantExpected] int count) => FromInt(Bits(value) >>> count);

        [MethodImpl(Inline)]
        public static ScalarSingle ShiftRightArithmeticBits(ScalarSingle value, [ConstantExpected] int count) => FromInt(Bits(value) >> count);

        public static float GetElement(ScalarSingle value, int index) => value.Value;

        public static ScalarSingle WithElement(ScalarSingle value, int index, float element) => new(element);
    }
}
