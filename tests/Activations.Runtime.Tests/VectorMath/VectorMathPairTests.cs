using System;
using System.Linq;
using System.Numerics;
using System.Runtime.Intrinsics;
using Xunit;

namespace Activations.Runtime.Tests.VectorMathTests
{
    /// <summary>
    /// The paired functions that generated derivatives call: their first result is the very bits of the single function
    /// (so a fused kernel's values equal the forward kernel's), and TanhWithComplement's complement is TanhComplement's,
    /// SigmoidWithDerivative's and TanhWithDerivative's derivatives SigmoidDerivative's and TanhDerivative's (so a fused
    /// kernel's derivatives equal the derivative kernel's). Their accuracy is asserted with the other functions
    /// (SigmoidComplement, TanhComplement, SigmoidDerivative, TanhDerivative in VectorMathAccuracyTests).
    /// </summary>
    public sealed class VectorMathPairTests
    {
        [Fact]
        public void Float_pairs_return_the_single_functions_bits_at_every_width()
        {
            float[] sigmoidGrid = Grids.Float("SigmoidComplement");
            float[] tanhGrid = Grids.Float("TanhComplement");
            AssertSame(Kernels.FloatNamed("Sigmoid"), FirstOf(SigmoidPairFloat()), sigmoidGrid);
            AssertSame(Kernels.FloatNamed("Tanh"), FirstOf(TanhPairFloat()), tanhGrid);
            AssertSame(Kernels.FloatNamed("TanhComplement"), SecondOf(TanhPairFloat()), tanhGrid);
            float[] derivativeGrid = Grids.Float("SigmoidDerivative");
            AssertSame(Kernels.FloatNamed("Sigmoid"), Kernels.FloatNamed("SigmoidWithDerivative.value"), derivativeGrid);
            AssertSame(Kernels.FloatNamed("SigmoidDerivative"), Kernels.FloatNamed("SigmoidWithDerivative.derivative"), derivativeGrid);
            float[] tanhDerivativeGrid = Grids.Float("TanhDerivative");
            AssertSame(Kernels.FloatNamed("Tanh"), Kernels.FloatNamed("TanhWithDerivative.value"), tanhDerivativeGrid);
            AssertSame(Kernels.FloatNamed("TanhDerivative"), Kernels.FloatNamed("TanhWithDerivative.derivative"), tanhDerivativeGrid);
            AssertSame(Kernels.FloatNamed("Sigmoid"), FirstOf(SigmoidPairFloat()), derivativeGrid);
            AssertSame(Kernels.FloatNamed("Sigmoid"), TripleFloat(0), derivativeGrid);
            AssertSame(Kernels.FloatNamed("SigmoidComplement"), TripleFloat(1), derivativeGrid);
            AssertSame(Kernels.FloatNamed("SigmoidDerivative"), TripleFloat(2), derivativeGrid);

            // Past erfc's clamp (10.1) too, where e^(−x²) is subnormal, then 0.
            float[] erfcGrid = Grids.Float("Erfc").Concat(new[] { 10.1f, 10.10001f, -10.15f, 10.2f, 11f, 30f, -1e20f, float.PositiveInfinity, float.NegativeInfinity, float.NaN }).ToArray();
            AssertSame(Kernels.FloatNamed("Erfc"), GaussianPairFloat(0), erfcGrid);
            AssertSame(MinusSquareExpFloat(), GaussianPairFloat(1), erfcGrid);

            float[] softplusGrid = Grids.Float("Softplus").Concat(new[] { -200f, 200f, -1e20f, float.PositiveInfinity, float.NegativeInfinity, float.NaN, -0f }).ToArray();
            AssertSame(Kernels.FloatNamed("Softplus"), SoftplusPairFloat(0), softplusGrid);
            AssertSame(Kernels.FloatNamed("Sigmoid"), SoftplusPairFloat(1), softplusGrid);
        }

        [Fact]
        public void Double_pairs_return_the_single_functions_bits_at_every_width()
        {
            double[] sigmoidGrid = ReferenceTable.Double("sigmoid").Select(r => r.X).ToArray();
            double[] tanhGrid = ReferenceTable.Double("v_tanhc").Select(r => r.X).ToArray();
            AssertSame(Kernels.DoubleNamed("Sigmoid"), FirstOf(SigmoidPairDouble()), sigmoidGrid);
            AssertSame(Kernels.DoubleNamed("Tanh"), FirstOf(TanhPairDouble()), tanhGrid);
            AssertSame(Kernels.DoubleNamed("TanhComplement"), SecondOf(TanhPairDouble()), tanhGrid);
            double[] derivativeGrid = ReferenceTable.Double("v_sigmoidd").Select(r => r.X).ToArray();
            AssertSame(Kernels.DoubleNamed("Sigmoid"), Kernels.DoubleNamed("SigmoidWithDerivative.value"), derivativeGrid);
            AssertSame(Kernels.DoubleNamed("SigmoidDerivative"), Kernels.DoubleNamed("SigmoidWithDerivative.derivative"), derivativeGrid);
            double[] tanhDerivativeGrid = ReferenceTable.Double("v_tanhd").Select(r => r.X).ToArray();
            AssertSame(Kernels.DoubleNamed("Tanh"), Kernels.DoubleNamed("TanhWithDerivative.value"), tanhDerivativeGrid);
            AssertSame(Kernels.DoubleNamed("TanhDerivative"), Kernels.DoubleNamed("TanhWithDerivative.derivative"), tanhDerivativeGrid);
            AssertSame(Kernels.DoubleNamed("Sigmoid"), TripleDouble(0), derivativeGrid);
            AssertSame(Kernels.DoubleNamed("SigmoidComplement"), TripleDouble(1), derivativeGrid);
            AssertSame(Kernels.DoubleNamed("SigmoidDerivative"), TripleDouble(2), derivativeGrid);

            // Past erfc's clamp (27.3) too, where e^(−x²) is subnormal, then 0.
            double[] erfcGrid = ReferenceTable.Double("erfc").Select(r => r.X).Concat(new[] { 27.3, 27.30001, -27.4, 27.5, 28.0, 40.0, -1e200, double.PositiveInfinity, double.NaN }).ToArray();
            AssertSame(Kernels.DoubleNamed("Erfc"), GaussianPairDouble(0), erfcGrid);
            AssertSame(MinusSquareExpDouble(), GaussianPairDouble(1), erfcGrid);

            double[] softplusGrid = ReferenceTable.Double("softplus").Select(r => r.X).Concat(new[] { -800.0, 800.0, -1e300, double.PositiveInfinity, double.NegativeInfinity, double.NaN, -0.0 }).ToArray();
            AssertSame(Kernels.DoubleNamed("Softplus"), SoftplusPairDouble(0), softplusGrid);
            AssertSame(Kernels.DoubleNamed("Sigmoid"), SoftplusPairDouble(1), softplusGrid);
        }

        [Theory]
        [InlineData(0f, 0.5f, 0.5f)]
        [InlineData(float.PositiveInfinity, 1f, 0f)]
        [InlineData(float.NegativeInfinity, 0f, 1f)]
        [InlineData(-1000f, 0f, 1f)]
        [InlineData(1000f, 1f, 0f)]
        public void Sigmoid_pair_special_values(float x, float sigmoid, float complement)
        {
            Assert.Equal(sigmoid, VectorMath.SigmoidWithComplement(x, out float c));
            Assert.Equal(complement, c);
            Assert.Equal(sigmoid, VectorMath.SigmoidWithComplement(Vector512.Create(x), out Vector512<float> cv).GetElement(0));
            Assert.Equal(complement, cv.GetElement(0));
            Assert.True(float.IsNaN(VectorMath.SigmoidWithComplement(float.NaN, out c)) && float.IsNaN(c));
        }

        [Theory]
        [InlineData(0f, 0.5f, 0.25f)]
        [InlineData(float.PositiveInfinity, 1f, 0f)]
        [InlineData(float.NegativeInfinity, 0f, 0f)]
        [InlineData(-1000f, 0f, 0f)]
        [InlineData(1000f, 1f, 0f)]
        [InlineData(-100f, 3.78350585e-44f, 3.78350585e-44f)] // σ(−100) = σ′(±100) = e^−100 (1 − O(e^−100)) = 3.72e−44: the subnormal 27·2^−149, rounded once
        [InlineData(100f, 1f, 3.78350585e-44f)]
        public void Sigmoid_derivative_special_values(float x, float sigmoid, float derivative)
        {
            Assert.Equal(derivative, VectorMath.SigmoidDerivative(x));
            Assert.Equal(derivative, VectorMath.SigmoidDerivative(Vector512.Create(x)).GetElement(0));
            Assert.Equal(sigmoid, VectorMath.SigmoidWithDerivative(x, out float d));
            Assert.Equal(derivative, d);
            Assert.Equal(sigmoid, VectorMath.SigmoidWithDerivative(Vector256.Create(x), out Vector256<float> dv).GetElement(0));
            Assert.Equal(derivative, dv.GetElement(0));
            Assert.True(float.IsNaN(VectorMath.SigmoidDerivative(float.NaN)));
            Assert.True(float.IsNaN(VectorMath.SigmoidWithDerivative(float.NaN, out d)) && float.IsNaN(d));
            double e = Math.Exp(-Math.Abs((double)x));
            double expected = e / ((1 + e) * (1 + e));
            Assert.Equal(expected, VectorMath.SigmoidDerivative((double)x), expected * 1e-15);
            if (x == 0)
            {
                // −0 takes the x < 0 branch (its sign bit is set): e^0 / (1 + e^0) is 1/2 as well.
                Assert.Equal(0.5f, VectorMath.SigmoidWithDerivative(-0f, out d));
                Assert.Equal(0.25f, d);
            }
        }

        [Theory]
        [InlineData(0f, 0f, 1f)]
        [InlineData(float.PositiveInfinity, 1f, 0f)]
        [InlineData(float.NegativeInfinity, -1f, 0f)]
        [InlineData(1000f, 1f, 0f)]
        [InlineData(-1000f, -1f, 0f)]
        public void Tanh_derivative_special_values(float x, float tanh, float derivative)
        {
            Assert.Equal(derivative, VectorMath.TanhDerivative(x));
            Assert.Equal(derivative, VectorMath.TanhDerivative(Vector512.Create(x)).GetElement(0));
            Assert.Equal(tanh, VectorMath.TanhWithDerivative(x, out float d));
            Assert.Equal(derivative, d);
            Assert.Equal(tanh, VectorMath.TanhWithDerivative(Vector256.Create(x), out Vector256<float> dv).GetElement(0));
            Assert.Equal(derivative, dv.GetElement(0));
            Assert.True(float.IsNaN(VectorMath.TanhDerivative(float.NaN)));
            Assert.True(float.IsNaN(VectorMath.TanhWithDerivative(float.NaN, out d)) && float.IsNaN(d));
            double e = Math.Exp(-2 * Math.Abs((double)x));
            double expected = 4 * e / ((1 + e) * (1 + e));
            Assert.Equal(expected, VectorMath.TanhDerivative((double)x), expected * 1e-15);
            Assert.Equal(expected, ActivationMath.TanhDerivative((double)x), expected * 1e-15);
        }

        [Theory]
        [InlineData(0.0, 0.0, 1.0)]
        [InlineData(double.PositiveInfinity, 1.0, 0.0)]
        [InlineData(double.NegativeInfinity, -1.0, 0.0)]
        [InlineData(400.0, 1.0, 0.0)] // the complement is 0 where it would be subnormal (past about 354.9)
        public void Tanh_pair_special_values(double x, double tanh, double complement)
        {
            Assert.Equal(tanh, VectorMath.TanhWithComplement(x, out double c));
            Assert.Equal(complement, c);
            Assert.Equal(tanh, VectorMath.TanhWithComplement(Vector256.Create(x), out Vector256<double> cv).GetElement(0));
            Assert.Equal(complement, cv.GetElement(0));
            Assert.True(double.IsNaN(VectorMath.TanhWithComplement(double.NaN, out c)) && double.IsNaN(c));
        }

        [Fact]
        public void Tanh_complement_keeps_relative_accuracy_far_into_the_tail()
        {
            // 1 − |tanh 40| = 2e^−80/(1 + e^−80) ≈ 3.6e−35: a normal float, where 1 − tanh would give 0.
            float expected = (float)(2 * Math.Exp(-80) / (1 + Math.Exp(-80)));
            Assert.Equal(expected, VectorMath.TanhComplement(40f));
            Assert.Equal(expected, VectorMath.TanhComplement(-40f));
        }

        private static (Kernel<float> First, Kernel<float> Second) SigmoidPairFloat() => (
            new("SigmoidWithComplement",
                static v => VectorMath.SigmoidWithComplement(v, out _),
                static v => VectorMath.SigmoidWithComplement(v, out _),
                static v => VectorMath.SigmoidWithComplement(v, out _),
                static v => VectorMath.SigmoidWithComplement(v, out _),
                static v => VectorMath.SigmoidWithComplement(v, out _),
                ActivationMath.Sigmoid),
            null!);

        private static (Kernel<float> First, Kernel<float> Second) TanhPairFloat() => (
            new("TanhWithComplement",
                static v => VectorMath.TanhWithComplement(v, out _),
                static v => VectorMath.TanhWithComplement(v, out _),
                static v => VectorMath.TanhWithComplement(v, out _),
                static v => VectorMath.TanhWithComplement(v, out _),
                static v => VectorMath.TanhWithComplement(v, out _),
                Math.Tanh),
            new("TanhWithComplement.complement",
                static v => { VectorMath.TanhWithComplement(v, out Vector128<float> c); return c; },
                static v => { VectorMath.TanhWithComplement(v, out Vector256<float> c); return c; },
                static v => { VectorMath.TanhWithComplement(v, out Vector512<float> c); return c; },
                static v => { VectorMath.TanhWithComplement(v, out Vector<float> c); return c; },
                static v => { VectorMath.TanhWithComplement(v, out float c); return c; },
                ActivationMath.TanhComplement));

        private static (Kernel<double> First, Kernel<double> Second) SigmoidPairDouble() => (
            new("SigmoidWithComplement",
                static v => VectorMath.SigmoidWithComplement(v, out _),
                static v => VectorMath.SigmoidWithComplement(v, out _),
                static v => VectorMath.SigmoidWithComplement(v, out _),
                static v => VectorMath.SigmoidWithComplement(v, out _),
                static v => VectorMath.SigmoidWithComplement(v, out _),
                ActivationMath.Sigmoid),
            null!);

        private static (Kernel<double> First, Kernel<double> Second) TanhPairDouble() => (
            new("TanhWithComplement",
                static v => VectorMath.TanhWithComplement(v, out _),
                static v => VectorMath.TanhWithComplement(v, out _),
                static v => VectorMath.TanhWithComplement(v, out _),
                static v => VectorMath.TanhWithComplement(v, out _),
                static v => VectorMath.TanhWithComplement(v, out _),
                Math.Tanh),
            new("TanhWithComplement.complement",
                static v => { VectorMath.TanhWithComplement(v, out Vector128<double> c); return c; },
                static v => { VectorMath.TanhWithComplement(v, out Vector256<double> c); return c; },
                static v => { VectorMath.TanhWithComplement(v, out Vector512<double> c); return c; },
                static v => { VectorMath.TanhWithComplement(v, out Vector<double> c); return c; },
                static v => { VectorMath.TanhWithComplement(v, out double c); return c; },
                ActivationMath.TanhComplement));

        /// <summary>ErfcWithGaussian: 0 erfc x, 1 e^(−x²).</summary>
        private static Kernel<float> GaussianPairFloat(int which) => new(
            "ErfcWithGaussian." + which,
            v => { Vector128<float> e = VectorMath.ErfcWithGaussian(v, out Vector128<float> g); return which == 0 ? e : g; },
            v => { Vector256<float> e = VectorMath.ErfcWithGaussian(v, out Vector256<float> g); return which == 0 ? e : g; },
            v => { Vector512<float> e = VectorMath.ErfcWithGaussian(v, out Vector512<float> g); return which == 0 ? e : g; },
            v => { Vector<float> e = VectorMath.ErfcWithGaussian(v, out Vector<float> g); return which == 0 ? e : g; },
            v => { float e = VectorMath.ErfcWithGaussian(v, out float g); return which == 0 ? e : g; },
            ActivationMath.Erfc);

        private static Kernel<double> GaussianPairDouble(int which) => new(
            "ErfcWithGaussian." + which,
            v => { Vector128<double> e = VectorMath.ErfcWithGaussian(v, out Vector128<double> g); return which == 0 ? e : g; },
            v => { Vector256<double> e = VectorMath.ErfcWithGaussian(v, out Vector256<double> g); return which == 0 ? e : g; },
            v => { Vector512<double> e = VectorMath.ErfcWithGaussian(v, out Vector512<double> g); return which == 0 ? e : g; },
            v => { Vector<double> e = VectorMath.ErfcWithGaussian(v, out Vector<double> g); return which == 0 ? e : g; },
            v => { double e = VectorMath.ErfcWithGaussian(v, out double g); return which == 0 ? e : g; },
            ActivationMath.Erfc);

        /// <summary>SoftplusWithSigmoid: 0 softplus x, 1 σ(x).</summary>
        private static Kernel<float> SoftplusPairFloat(int which) => new(
            "SoftplusWithSigmoid." + which,
            v => { Vector128<float> p = VectorMath.SoftplusWithSigmoid(v, out Vector128<float> s); return which == 0 ? p : s; },
            v => { Vector256<float> p = VectorMath.SoftplusWithSigmoid(v, out Vector256<float> s); return which == 0 ? p : s; },
            v => { Vector512<float> p = VectorMath.SoftplusWithSigmoid(v, out Vector512<float> s); return which == 0 ? p : s; },
            v => { Vector<float> p = VectorMath.SoftplusWithSigmoid(v, out Vector<float> s); return which == 0 ? p : s; },
            v => { float p = VectorMath.SoftplusWithSigmoid(v, out float s); return which == 0 ? p : s; },
            ActivationMath.Softplus);

        private static Kernel<double> SoftplusPairDouble(int which) => new(
            "SoftplusWithSigmoid." + which,
            v => { Vector128<double> p = VectorMath.SoftplusWithSigmoid(v, out Vector128<double> s); return which == 0 ? p : s; },
            v => { Vector256<double> p = VectorMath.SoftplusWithSigmoid(v, out Vector256<double> s); return which == 0 ? p : s; },
            v => { Vector512<double> p = VectorMath.SoftplusWithSigmoid(v, out Vector512<double> s); return which == 0 ? p : s; },
            v => { Vector<double> p = VectorMath.SoftplusWithSigmoid(v, out Vector<double> s); return which == 0 ? p : s; },
            v => { double p = VectorMath.SoftplusWithSigmoid(v, out double s); return which == 0 ? p : s; },
            ActivationMath.Softplus);

        /// <summary>VectorMath.Exp(−(x·x)), as generated code writes e^(−u²).</summary>
        private static Kernel<float> MinusSquareExpFloat() => new(
            "Exp(−x²)",
            static v => VectorMath.Exp(-(v * v)),
            static v => VectorMath.Exp(-(v * v)),
            static v => VectorMath.Exp(-(v * v)),
            static v => VectorMath.Exp(-(v * v)),
            static v => VectorMath.Exp(-(v * v)),
            static x => Math.Exp(-(x * x)));

        private static Kernel<double> MinusSquareExpDouble() => new(
            "Exp(−x²)",
            static v => VectorMath.Exp(-(v * v)),
            static v => VectorMath.Exp(-(v * v)),
            static v => VectorMath.Exp(-(v * v)),
            static v => VectorMath.Exp(-(v * v)),
            static v => VectorMath.Exp(-(v * v)),
            static x => Math.Exp(-(x * x)));

        /// <summary>One result of SigmoidWithComplementAndDerivative: 0 the value, 1 the complement, 2 the derivative.</summary>
        private static Kernel<float> TripleFloat(int which) => new(
            "SigmoidWithComplementAndDerivative." + which,
            v => Pick(which, VectorMath.SigmoidWithComplementAndDerivative(v, out Vector128<float> c, out Vector128<float> d), c, d),
            v => Pick(which, VectorMath.SigmoidWithComplementAndDerivative(v, out Vector256<float> c, out Vector256<float> d), c, d),
            v => Pick(which, VectorMath.SigmoidWithComplementAndDerivative(v, out Vector512<float> c, out Vector512<float> d), c, d),
            v => Pick(which, VectorMath.SigmoidWithComplementAndDerivative(v, out Vector<float> c, out Vector<float> d), c, d),
            v => Pick(which, VectorMath.SigmoidWithComplementAndDerivative(v, out float c, out float d), c, d),
            ActivationMath.Sigmoid);

        private static Kernel<double> TripleDouble(int which) => new(
            "SigmoidWithComplementAndDerivative." + which,
            v => Pick(which, VectorMath.SigmoidWithComplementAndDerivative(v, out Vector128<double> c, out Vector128<double> d), c, d),
            v => Pick(which, VectorMath.SigmoidWithComplementAndDerivative(v, out Vector256<double> c, out Vector256<double> d), c, d),
            v => Pick(which, VectorMath.SigmoidWithComplementAndDerivative(v, out Vector512<double> c, out Vector512<double> d), c, d),
            v => Pick(which, VectorMath.SigmoidWithComplementAndDerivative(v, out Vector<double> c, out Vector<double> d), c, d),
            v => Pick(which, VectorMath.SigmoidWithComplementAndDerivative(v, out double c, out double d), c, d),
            ActivationMath.Sigmoid);

        private static TValue Pick<TValue>(int which, TValue value, TValue complement, TValue derivative) =>
            which switch { 0 => value, 1 => complement, _ => derivative };

        private static Kernel<T> FirstOf<T>((Kernel<T> First, Kernel<T> Second) pair)
            where T : unmanaged => pair.First;

        private static Kernel<T> SecondOf<T>((Kernel<T> First, Kernel<T> Second) pair)
            where T : unmanaged => pair.Second;

        private static void AssertSame<T>(Kernel<T> single, Kernel<T> paired, T[] xs)
            where T : unmanaged
        {
            foreach (Width width in Kernels.Widths)
            {
                T[] expected = single.Evaluate(width, xs);
                T[] actual = paired.Evaluate(width, xs);
                for (int i = 0; i < xs.Length; i++)
                {
                    if (!Bitwise.Same(expected[i], actual[i]))
                    {
                        Assert.Fail($"{paired.Name}({xs[i]}) at {width}: {actual[i]}, but {single.Name} gives {expected[i]}");
                    }
                }
            }
        }
    }
}
