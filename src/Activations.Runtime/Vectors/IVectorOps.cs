using System.Diagnostics.CodeAnalysis;

namespace Activations.Internal.Vectors
{
    /// <summary>
    /// The operations the vector math kernels are written against: one algorithm per element type, specialised by the
    /// JIT for every struct that implements this (a scalar and the 128-, 256- and 512-bit vectors), so that each width
    /// runs the same sequence of IEEE operations and gives bit-identical results.
    /// </summary>
    /// <remarks>
    /// Masks are vectors whose lanes are all ones (true) or all zeros (false), as the comparison operators return them.
    /// The "Bits" members treat each lane as a two's-complement integer of the element's width (int for float, long for
    /// double). Every member must inline to one or two machine instructions: the kernels call them in straight-line code.
    /// The six fixed-width implementations (Vector128Single ... Vector512Double) are the same text but for the width and
    /// the element type; ScalarSingle and ScalarDouble run the same operations on one element.
    /// </remarks>
    /// <typeparam name="TSelf">The implementing struct.</typeparam>
    /// <typeparam name="TScalar">The element type, <see cref="float"/> or <see cref="double"/>.</typeparam>
    internal interface IVectorOps<TSelf, TScalar>
        where TSelf : struct, IVectorOps<TSelf, TScalar>
        where TScalar : unmanaged
    {
        /// <summary>The number of lanes.</summary>
        static abstract int Count { get; }

        /// <summary>Every lane set to <paramref name="value"/>.</summary>
        static abstract TSelf Create(TScalar value);

        /// <summary>Every lane set to the element whose bit pattern is <paramref name="bits"/> (truncated for float).</summary>
        static abstract TSelf FromBits(long bits);

        static abstract TSelf operator +(TSelf left, TSelf right);

        static abstract TSelf operator -(TSelf left, TSelf right);

        static abstract TSelf operator *(TSelf left, TSelf right);

        static abstract TSelf operator /(TSelf left, TSelf right);

        static abstract TSelf operator -(TSelf value);

        static abstract TSelf operator &(TSelf left, TSelf right);

        static abstract TSelf operator |(TSelf left, TSelf right);

        static abstract TSelf operator ^(TSelf left, TSelf right);

        static abstract TSelf operator ~(TSelf value);

        /// <summary><paramref name="left"/> &amp; ~<paramref name="right"/>, bitwise.</summary>
        static abstract TSelf AndNot(TSelf left, TSelf right);

        /// <summary>a · b + c with a single rounding (a true fused multiply-add on every width).</summary>
        static abstract TSelf MultiplyAdd(TSelf a, TSelf b, TSelf c);

        /// <summary>|x| (clears the sign bit, so NaN stays NaN).</summary>
        static abstract TSelf Abs(TSelf x);

        /// <summary>x rounded to the nearest integer, ties to even.</summary>
        static abstract TSelf Round(TSelf x);

        static abstract TSelf Equal(TSelf left, TSelf right);

        static abstract TSelf LessThan(TSelf left, TSelf right);

        static abstract TSelf GreaterThan(TSelf left, TSelf right);

        /// <summary>Per lane, <paramref name="ifTrue"/> where <paramref name="mask"/> is set, else <paramref name="ifFalse"/>.</summary>
        static abstract TSelf Select(TSelf mask, TSelf ifTrue, TSelf ifFalse);

        /// <summary>Per lane, <paramref name="limit"/> where <paramref name="x"/> is greater, else x (NaN passes through).</summary>
        /// <remarks>
        /// One compare-and-blend. Composed from <see cref="GreaterThan"/> and <see cref="Select"/>, the compare's mask
        /// crosses a struct boundary, so the JIT materialises it as a vector and selects with a ternary-logic instruction
        /// whose tied operand is that fresh mask; in the Vector512 tanh loop that form ran at 50 cycles per vector against
        /// 17 for the masked blend the JIT emits when the compare and the select are one expression (docs/benchmarks.md).
        /// </remarks>
        static abstract TSelf ClampAbove(TSelf x, TSelf limit);

        /// <summary>Per lane, <paramref name="limit"/> where <paramref name="x"/> is less, else x (NaN passes through).</summary>
        static abstract TSelf ClampBelow(TSelf x, TSelf limit);

        /// <summary>
        /// Per lane, the smaller of two numbers, in one instruction (<c>minps</c>). Only for operands that are not NaN and
        /// not zeros of both signs: which one comes back then is the hardware's choice.
        /// </summary>
        static abstract TSelf MinNumber(TSelf left, TSelf right);

        /// <summary>Whether any lane of <paramref name="left"/> is greater than that of <paramref name="right"/> (false for NaN).</summary>
        static abstract bool AnyGreaterThan(TSelf left, TSelf right);

        /// <summary>Whether any lane's bits, read as an unsigned integer, exceed <paramref name="right"/>'s.</summary>
        static abstract bool AnyBitsGreaterThanUnsigned(TSelf left, TSelf right);

        /// <summary>Lane-wise integer addition of the bit patterns.</summary>
        static abstract TSelf AddBits(TSelf left, TSelf right);

        /// <summary>Lane-wise integer subtraction of the bit patterns.</summary>
        static abstract TSelf SubtractBits(TSelf left, TSelf right);

        /// <summary>Lane-wise left shift of the bit patterns.</summary>
        static abstract TSelf ShiftLeftBits(TSelf value, [ConstantExpected] int count);

        /// <summary>Lane-wise logical (zero-filling) right shift of the bit patterns.</summary>
        static abstract TSelf ShiftRightLogicalBits(TSelf value, [ConstantExpected] int count);

        /// <summary>Lane-wise arithmetic (sign-filling) right shift of the bit patterns.</summary>
        static abstract TSelf ShiftRightArithmeticBits(TSelf value, [ConstantExpected] int count);

        /// <summary>Lane <paramref name="index"/>.</summary>
        static abstract TScalar GetElement(TSelf value, int index);

        /// <summary>A copy with lane <paramref name="index"/> replaced.</summary>
        static abstract TSelf WithElement(TSelf value, int index, TScalar element);
    }
}
