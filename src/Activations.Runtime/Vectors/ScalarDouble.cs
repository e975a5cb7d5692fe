using System;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Activations.Internal.Vectors
{
    /// <summary>
    /// A single double seen through <see cref="IVectorOps{TSelf, TScalar}"/>, so that the scalar overloads run the very
    /// operations of the vector kernels (FMA included) and agree with every lane bit for bit.
    /// </summary>
    internal readonly struct ScalarDouble : IVectorOps<ScalarDouble, double>
    {
        private const MethodImplOptions Inline = MethodImplOptions.AggressiveInlining;

        public readonly double Value;

        [MethodImpl(Inline)]
        public ScalarDouble(double value) => Value = value;

        public static int Count => 1;

        private static ScalarDouble AllOnes => new(BitConverter.Int64BitsToDouble(-1));

        [MethodImpl(Inline)]
        private static long Bits(ScalarDouble x) => BitConverter.DoubleToInt64Bits(x.Value);

        [MethodImpl(Inline)]
        private static ScalarDouble FromInt(long bits) => new(BitConverter.Int64BitsToDouble(bits));

        [MethodImpl(Inline)]
        private static ScalarDouble Mask(bool condition) => condition ? AllOnes : default;

        [MethodImpl(Inline)]
        public static ScalarDouble Create(double value) => new(value);

        [MethodImpl(Inline)]
        public static ScalarDouble FromBits(long bits) => FromInt((long)bits);

        [MethodImpl(Inline)]
        public static ScalarDouble operator +(ScalarDouble left, ScalarDouble right) => new(left.Value + right.Value);

        [MethodImpl(Inline)]
        public static ScalarDouble operator -(ScalarDouble left, ScalarDouble right) => new(left.Value - right.Value);

        [MethodImpl(Inline)]
        public static ScalarDouble operator *(ScalarDouble left, ScalarDouble right) => new(left.Value * right.Value);

        [MethodImpl(Inline)]
        public static ScalarDouble operator /(ScalarDouble left, ScalarDouble right) => new(left.Value / right.Value);

        [MethodImpl(Inline)]
        public static ScalarDouble operator -(ScalarDouble value) => new(-value.Value);

        [MethodImpl(Inline)]
        public static ScalarDouble operator &(ScalarDouble left, ScalarDouble right) => FromInt(Bits(left) & Bits(right));

        [MethodImpl(Inline)]
        public static ScalarDouble operator |(ScalarDouble left, ScalarDouble right) => FromInt(Bits(left) | Bits(right));

        [MethodImpl(Inline)]
        public static ScalarDouble operator ^(ScalarDouble left, ScalarDouble right) => FromInt(Bits(left) ^ Bits(right));

        [MethodImpl(Inline)]
        public static ScalarDouble operator ~(ScalarDouble value) => FromInt(~Bits(value));

        [MethodImpl(Inline)]
        public static ScalarDouble AndNot(ScalarDouble left, ScalarDouble right) => FromInt(Bits(left) & ~Bits(right));

        [MethodImpl(Inline)]
        public static ScalarDouble MultiplyAdd(ScalarDouble a, ScalarDouble b, ScalarDouble c) => new(Math.FusedMultiplyAdd(a.Value, b.Value, c.Value));

        [MethodImpl(Inline)]
        public static ScalarDouble Abs(ScalarDouble x) => new(Math.Abs(x.Value));

        [MethodImpl(Inline)]
        public static ScalarDouble Round(ScalarDouble x) => new(Math.Round(x.Value, MidpointRounding.ToEven));

        [MethodImpl(Inline)]
        public static ScalarDouble Equal(ScalarDouble left, ScalarDouble right) => Mask(left.Value == right.Value);

        [MethodImpl(Inline)]
        public static ScalarDouble LessThan(ScalarDouble left, ScalarDouble right) => Mask(left.Value < right.Value);

        [MethodImpl(Inline)]
        public static ScalarDouble GreaterThan(ScalarDouble left, ScalarDouble right) => Mask(left.Value > right.Value);

        [MethodImpl(Inline)]
        public static ScalarDouble Select(ScalarDouble mask, ScalarDouble ifTrue, ScalarDouble ifFalse) =>
            FromInt((Bits(mask) & Bits(ifTrue)) | (~Bits(mask) & Bits(ifFalse)));

        [MethodImpl(Inline)]
        public static ScalarDouble ClampAbove(ScalarDouble x, ScalarDouble limit) => x.Value > limit.Value ? limit : x;

        [MethodImpl(Inline)]
        public static ScalarDouble ClampBelow(ScalarDouble x, ScalarDouble limit) => x.Value < limit.Value ? limit : x;

        [MethodImpl(Inline)]
        public static ScalarDouble MinNumber(ScalarDouble left, ScalarDouble right) => left.Value < right.Value ? left : right;

        [MethodImpl(Inline)]
        public static bool AnyGreaterThan(ScalarDouble left, ScalarDouble right) => left.Value > right.Value;

        [MethodImpl(Inline)]
        public static bool AnyBitsGreaterThanUnsigned(ScalarDouble left, ScalarDouble right) => (ulong)Bits(left) > (ulong)Bits(right);

        [MethodImpl(Inline)]
        public static ScalarDouble AddBits(ScalarDouble left, ScalarDouble right) => FromInt(unchecked(Bits(left) + Bits(right)));

        [MethodImpl(Inline)]
        public static ScalarDouble SubtractBits(ScalarDouble left, ScalarDouble right) => FromInt(unchecked(Bits(left) - Bits(right)));

        [MethodImpl(Inline)]
        public static ScalarDouble ShiftLeftBits(ScalarDouble value, [ConstantExpected] int count) => FromInt(Bits(value) << count);

        [MethodImpl(Inline)]
        public static ScalarDouble ShiftRightLogicalBits(ScalarDouble value, [ConstantExpected] int count) => FromInt(Bits(value) >>> count);

        [MethodImpl(Inline)]
        public static ScalarDouble ShiftRightArithmeticBits(ScalarDouble value, [ConstantExpected] int count) => FromInt(Bits(value) >> count);

        public static double GetElement(ScalarDouble value, int index) => value.Value;

        public static ScalarDouble WithElement(ScalarDouble value, int index, double element) => new(element);
    }
}
