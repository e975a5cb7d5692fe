using System;
using System.Linq;
using System.Runtime.Intrinsics;
using Xunit;

namespace Activations.Runtime.Tests.VectorMathTests
{
    /// <summary>
    /// A lane's result depends only on that lane's input: whatever sits in the other lanes (values that send the whole
    /// vector down a slow path included), and whichever lane it is in, it equals the scalar overload's result.
    /// </summary>
    public sealed class VectorMathLaneTests
    {
        private static readonly double[] Probes =
        {
            0.0, -0.0, 1e-300, -1e-300, 5e-324, 1e-40, 1e-7, -1e-7, 0.3, -0.3, 0.5, -0.5, 0.55, 0.7, -0.7, 1.0, -1.0, 1.5,
            2.0, -2.0, 3.3, -3.3, 7.0, -7.0, 9.5, 10.0, -10.0, 20.0, -20.0, 27.0, 40.0, -40.0, 86.0, -86.0, 88.5, -88.5,
            89.2, -89.2, 100.0, -100.0, 103.5, -103.5, 700.0, -700.0, 709.9, -709.9, 745.0, -745.0, 3e4, -3e4, 1e5, 1e7,
            1e30, -1e30, double.MaxValue, double.PositiveInfinity, double.NegativeInfinity, double.NaN,
        };

        // Neighbours that exercise each kernel's slow paths: overflow, subnormal ranges, non-positive logs, huge trig
        // arguments, NaN.
        private static readonly double[] Fillers =
        {
            0.25, double.NaN, double.PositiveInfinity, double.NegativeInfinity, 0.0, -1.0, 1e-310, 1e-40, 95.0, -95.0,
            800.0, -800.0, 1e6, 1e30,
        };

        [Fact]
        public void FloatLanesAreIndependent()
        {
            float[] probes = Probes.Select(v => (float)v).ToArray();
            float[] fillers = Fillers.Select(v => (float)v).ToArray();
            foreach (Kernel<float> kernel in Kernels.Float)
            {
                foreach (float probe in probes)
                {
                    float expected = kernel.Scalar(probe);
                    foreach (float filler in fillers)
                    {
                        for (int lane = 0; lane < Vector512<float>.Count; lane++)
                        {
                            float[] xs = Enumerable.Repeat(filler, Vector512<float>.Count).ToArray();
                            xs[lane] = probe;
                            float actual = kernel.V512(Vector512.Create(xs))[lane];
                            Assert.True(Bitwise.Same(actual, expected), $"{kernel.Name}({probe}) in lane {lane} among {filler}: {actual}, alone {expected}");
                        }
                    }
                }
            }
        }

        [Fact]
        public void DoubleLanesAreIndependent()
        {
            foreach (Kernel<double> kernel in Kernels.Double)
            {
                foreach (double probe in Probes)
                {
                    double expected = kernel.Scalar(probe);
                    foreach (double filler in Fillers)
                    {
                        for (int lane = 0; lane < Vector512<double>.Count; lane++)
                        {
                            double[] xs = Enumerable.Repeat(filler, Vector512<double>.Count).ToArray();
                            xs[lane] = probe;
                            double actual = kernel.V512(Vector512.Create(xs))[lane];
                            Assert.True(Bitwise.Same(actual, expected), $"{kernel.Name}({probe}) in lane {lane} among {filler}: {actual}, alone {expected}");
                        }
                    }
                }
            }
        }

        [Fact]
        public void PowLanesAreIndependent()
        {
            double[] bases = { 0.5, 2.0, 10.0, -2.0, 0.0, 1e-310, double.NaN, double.PositiveInfinity, 1.0 };
            double[] exponents = { 0.5, 3.0, -2.0, 100.0, -1e5, double.PositiveInfinity, 0.0, double.NaN };
            foreach (double x in bases)
            {
                foreach (double y in exponents)
                {
                    double expected = VectorMath.Pow(x, y);
                    float expectedF = VectorMath.Pow((float)x, (float)y);
                    foreach (double fx in bases)
                    {
                        foreach (double fy in exponents)
                        {
                            var xs = Enumerable.Repeat(fx, 8).ToArray();
                            var ys = Enumerable.Repeat(fy, 8).ToArray();
                            xs[3] = x;
                            ys[3] = y;
                            Assert.True(Bitwise.Same(VectorMath.Pow(Vector512.Create(xs), Vector512.Create(ys))[3], expected));
                            var xf = Enumerable.Repeat((float)fx, 16).ToArray();
                            var yf = Enumerable.Repeat((float)fy, 16).ToArray();
                            xf[11] = (float)x;
                            yf[11] = (float)y;
                            Assert.True(Bitwise.Same(VectorMath.Pow(Vector512.Create(xf), Vector512.Create(yf))[11], expectedF));
                        }
                    }
                }
            }
        }
    }
}
