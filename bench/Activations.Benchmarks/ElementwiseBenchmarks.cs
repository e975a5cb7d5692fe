using System;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using System.Numerics.Tensors;

namespace Activations.Benchmarks
{
    /// <summary>
    /// float span kernels against TensorPrimitives (where it has the function), a plain scalar loop over MathF, and a
    /// copy of the same span (the memory floor). Ratios in docs/benchmarks.md are taken against <see cref="Copy"/>.
    /// </summary>
    [MemoryDiagnoser(false)]
    [GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
    [CategoriesColumn]
    public class FloatElementwise
    {
        private float[] _x = Array.Empty<float>();
        private float[] _g = Array.Empty<float>();
        private float[] _y = Array.Empty<float>();
        private float[] _d = Array.Empty<float>();

        [Params(1024, 65536, 4194304)]
        public int N { get; set; }

        [GlobalSetup]
        public void Setup()
        {
            var random = new Random(42);
            _x = new float[N];
            _g = new float[N];
            _y = new float[N];
            _d = new float[N];
            for (int i = 0; i < N; i++)
            {
                _x[i] = (float)(random.NextDouble() * 10 - 5);
                _g[i] = (float)(random.NextDouble() * 2 - 1);
            }
        }

        [Benchmark(Baseline = true), BenchmarkCategory("Copy")]
        public void Copy() => _x.AsSpan().CopyTo(_y);

        [Benchmark, BenchmarkCategory("Sigmoid")]
        public void Sigmoid() => ActivationFunctions.Sigmoid(_x, _y);

        [Benchmark, BenchmarkCategory("Sigmoid")]
        public void Sigmoid_TensorPrimitives() => TensorPrimitives.Sigmoid(_x, _y);

        [Benchmark, BenchmarkCategory("Sigmoid")]
        public void Sigmoid_ScalarLoop()
        {
            float[] x = _x, y = _y;
            for (int i = 0; i < x.Length; i++)
            {
                y[i] = 1f / (1f + MathF.Exp(-x[i]));
            }
        }

        [Benchmark, BenchmarkCategory("Sigmoid")]
        public void SigmoidDerivative() => ActivationFunctions.SigmoidDerivative(_x, _y);

        [Benchmark, BenchmarkCategory("Sigmoid")]
        public void SigmoidBackward() => ActivationFunctions.SigmoidBackward(_x, _g, _y);

        [Benchmark, BenchmarkCategory("Sigmoid")]
        public void SigmoidWithDerivative() => ActivationFunctions.SigmoidWithDerivative(_x, _y, _d);

        [Benchmark, BenchmarkCategory("Tanh")]
        public void Tanh() => ActivationFunctions.Tanh(_x, _y);

        [Benchmark, BenchmarkCategory("Tanh")]
        public void TanhDerivative() => ActivationFunctions.TanhDerivative(_x, _y);

        [Benchmark, BenchmarkCategory("Tanh")]
        public void TanhBackward() => ActivationFunctions.TanhBackward(_x, _g, _y);

        [Benchmark, BenchmarkCategory("Tanh")]
        public void TanhWithDerivative() => ActivationFunctions.TanhWithDerivative(_x, _y, _d);

        [Benchmark, BenchmarkCategory("Tanh")]
        public void Tanh_TensorPrimitives() => TensorPrimitives.Tanh(_x, _y);

        [Benchmark, BenchmarkCategory("Tanh")]
        public void Tanh_ScalarLoop()
        {
            float[] x = _x, y = _y;
            for (int i = 0; i < x.Length; i++)
            {
                y[i] = MathF.Tanh(x[i]);
            }
        }

        [Benchmark, BenchmarkCategory("Exp")]
        public void Exp() => BenchActivations.Exp(_x, _y);

        [Benchmark, BenchmarkCategory("Exp")]
        public void Exp_TensorPrimitives() => TensorPrimitives.Exp(_x, _y);

        [Benchmark, BenchmarkCategory("Exp")]
        public void Exp_ScalarLoop()
        {
            float[] x = _x, y = _y;
            for (int i = 0; i < x.Length; i++)
            {
                y[i] = MathF.Exp(x[i]);
            }
        }

        [Benchmark, BenchmarkCategory("Gelu")]
        public void Gelu() => ActivationFunctions.Gelu(_x, _y);

        [Benchmark, BenchmarkCategory("Gelu")]
        public void GeluDerivative() => ActivationFunctions.GeluDerivative(_x, _y);

        [Benchmark, BenchmarkCategory("Gelu")]
        public void GeluBackward() => ActivationFunctions.GeluBackward(_x, _g, _y);

        [Benchmark, BenchmarkCategory("Gelu")]
        public void GeluWithDerivative() => ActivationFunctions.GeluWithDerivative(_x, _y, _d);

        [Benchmark, BenchmarkCategory("Gelu")]
        public void Gelu_ScalarLoop()
        {
            float[] x = _x, y = _y;
            for (int i = 0; i < x.Length; i++)
            {
                y[i] = 0.5f * x[i] * (1f + ActivationMath.Erf(x[i] * 0.70710678f));
            }
        }

        [Benchmark, BenchmarkCategory("Silu")]
        public void Silu() => ActivationFunctions.Silu(_x, _y);

        [Benchmark, BenchmarkCategory("Silu")]
        public void Silu_ScalarLoop()
        {
            float[] x = _x, y = _y;
            for (int i = 0; i < x.Length; i++)
            {
                y[i] = x[i] / (1f + MathF.Exp(-x[i]));
            }
        }

        [Benchmark, BenchmarkCategory("Swish")]
        public void Swish() => ActivationFunctions.Swish(_x, _y, 1.5f);

        [Benchmark, BenchmarkCategory("Swish")]
        public void Swish_ScalarLoop()
        {
            float[] x = _x, y = _y;
            for (int i = 0; i < x.Length; i++)
            {
                y[i] = x[i] / (1f + MathF.Exp(-1.5f * x[i]));
            }
        }

        /// <summary>The generated scalar members, element by element (no SIMD): what a caller without spans gets.</summary>
        [Benchmark, BenchmarkCategory("Swish")]
        public void Swish_ScalarMember()
        {
            float[] x = _x, y = _y;
            for (int i = 0; i < x.Length; i++)
            {
                y[i] = ActivationFunctions.Swish(x[i], 1.5f);
            }
        }

        [Benchmark, BenchmarkCategory("Swish")]
        public void SwishDerivative_ScalarMember()
        {
            float[] x = _x, y = _y;
            for (int i = 0; i < x.Length; i++)
            {
                y[i] = ActivationFunctions.SwishDerivative(x[i], 1.5f);
            }
        }

        [Benchmark, BenchmarkCategory("Mish")]
        public void Mish() => ActivationFunctions.Mish(_x, _y);

        [Benchmark, BenchmarkCategory("Mish")]
        public void Mish_ScalarLoop()
        {
            float[] x = _x, y = _y;
            for (int i = 0; i < x.Length; i++)
            {
                y[i] = x[i] * MathF.Tanh(MathF.Log(1f + MathF.Exp(x[i])));
            }
        }

        [Benchmark, BenchmarkCategory("Softplus")]
        public void Softplus() => ActivationFunctions.Softplus(_x, _y);

        [Benchmark, BenchmarkCategory("Softplus")]
        public void Softplus_ScalarLoop()
        {
            float[] x = _x, y = _y;
            for (int i = 0; i < x.Length; i++)
            {
                y[i] = x[i] > 20f ? x[i] : MathF.Log(1f + MathF.Exp(x[i]));
            }
        }

        [Benchmark, BenchmarkCategory("Relu")]
        public void Relu() => ActivationFunctions.Relu(_x, _y);

        [Benchmark, BenchmarkCategory("Relu")]
        public void Relu_TensorPrimitivesMax() => TensorPrimitives.Max(_x, 0f, _y);

        [Benchmark, BenchmarkCategory("Relu")]
        public void Relu_ScalarLoop()
        {
            float[] x = _x, y = _y;
            for (int i = 0; i < x.Length; i++)
            {
                y[i] = x[i] > 0f ? x[i] : 0f;
            }
        }

        [Benchmark, BenchmarkCategory("Relu")]
        public void ReluBackward() => ActivationFunctions.ReluBackward(_x, _g, _y);

        [Benchmark, BenchmarkCategory("Elu")]
        public void Elu() => ActivationFunctions.Elu(_x, _y);

        [Benchmark, BenchmarkCategory("Elu")]
        public void Elu_ScalarLoop()
        {
            float[] x = _x, y = _y;
            for (int i = 0; i < x.Length; i++)
            {
                y[i] = x[i] > 0f ? x[i] : MathF.Exp(x[i]) - 1f;
            }
        }

        [Benchmark, BenchmarkCategory("LeakyRelu")]
        public void LeakyRelu() => ActivationFunctions.LeakyRelu(_x, _y);

        [Benchmark, BenchmarkCategory("LeakyRelu")]
        public void LeakyRelu_ScalarLoop()
        {
            float[] x = _x, y = _y;
            for (int i = 0; i < x.Length; i++)
            {
                y[i] = x[i] > 0f ? x[i] : 0.01f * x[i];
            }
        }
    }

    /// <summary>The double kernels against TensorPrimitives (where it has the function), scalar loops over Math and a copy.</summary>
    [MemoryDiagnoser(false)]
    [GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
    [CategoriesColumn]
    public class DoubleElementwise
    {
        private double[] _x = Array.Empty<double>();
        private double[] _g = Array.Empty<double>();
        private double[] _y = Array.Empty<double>();
        private double[] _d = Array.Empty<double>();

        [Params(1024, 65536, 4194304)]
        public int N { get; set; }

        [GlobalSetup]
        public void Setup()
        {
            var random = new Random(42);
            _x = new double[N];
            _g = new double[N];
            _y = new double[N];
            _d = new double[N];
            for (int i = 0; i < N; i++)
            {
                _x[i] = random.NextDouble() * 10 - 5;
                _g[i] = random.NextDouble() * 2 - 1;
            }
        }

        [Benchmark(Baseline = true), BenchmarkCategory("Copy")]
        public void Copy() => _x.AsSpan().CopyTo(_y);

        [Benchmark, BenchmarkCategory("Sigmoid")]
        public void Sigmoid() => ActivationFunctions.Sigmoid(_x, _y);

        [Benchmark, BenchmarkCategory("Sigmoid")]
        public void Sigmoid_TensorPrimitives() => TensorPrimitives.Sigmoid(_x, _y);

        [Benchmark, BenchmarkCategory("Sigmoid")]
        public void Sigmoid_ScalarLoop()
        {
            double[] x = _x, y = _y;
            for (int i = 0; i < x.Length; i++)
            {
                y[i] = 1 / (1 + Math.Exp(-x[i]));
            }
        }

        [Benchmark, BenchmarkCategory("Sigmoid")]
        public void SigmoidBackward() => ActivationFunctions.SigmoidBackward(_x, _g, _y);

        [Benchmark, BenchmarkCategory("Sigmoid")]
        public void SigmoidWithDerivative() => ActivationFunctions.SigmoidWithDerivative(_x, _y, _d);

        [Benchmark, BenchmarkCategory("Tanh")]
        public void Tanh() => ActivationFunctions.Tanh(_x, _y);

        [Benchmark, BenchmarkCategory("Tanh")]
        public void Tanh_TensorPrimitives() => TensorPrimitives.Tanh(_x, _y);

        [Benchmark, BenchmarkCategory("Tanh")]
        public void Tanh_ScalarLoop()
        {
            double[] x = _x, y = _y;
            for (int i = 0; i < x.Length; i++)
            {
                y[i] = Math.Tanh(x[i]);
            }
        }

        [Benchmark, BenchmarkCategory("Exp")]
        public void Exp() => BenchActivations.Exp(_x, _y);

        [Benchmark, BenchmarkCategory("Exp")]
        public void Exp_TensorPrimitives() => TensorPrimitives.Exp(_x, _y);

        [Benchmark, BenchmarkCategory("Gelu")]
        public void Gelu() => ActivationFunctions.Gelu(_x, _y);

        [Benchmark, BenchmarkCategory("Gelu")]
        public void Gelu_ScalarLoop()
        {
            double[] x = _x, y = _y;
            for (int i = 0; i < x.Length; i++)
            {
                y[i] = 0.5 * x[i] * (1 + ActivationMath.Erf(x[i] * 0.7071067811865476));
            }
        }

        [Benchmark, BenchmarkCategory("Silu")]
        public void Silu() => ActivationFunctions.Silu(_x, _y);

        [Benchmark, BenchmarkCategory("Silu")]
        public void Silu_ScalarLoop()
        {
            double[] x = _x, y = _y;
            for (int i = 0; i < x.Length; i++)
            {
                y[i] = x[i] / (1 + Math.Exp(-x[i]));
            }
        }

        [Benchmark, BenchmarkCategory("Swish")]
        public void Swish() => ActivationFunctions.Swish(_x, _y, 1.5);

        [Benchmark, BenchmarkCategory("Swish")]
        public void Swish_ScalarLoop()
        {
            double[] x = _x, y = _y;
            for (int i = 0; i < x.Length; i++)
            {
                y[i] = x[i] / (1 + Math.Exp(-1.5 * x[i]));
            }
        }

        [Benchmark, BenchmarkCategory("Mish")]
        public void Mish() => ActivationFunctions.Mish(_x, _y);

        [Benchmark, BenchmarkCategory("Mish")]
        public void Mish_ScalarLoop()
        {
            double[] x = _x, y = _y;
            for (int i = 0; i < x.Length; i++)
            {
                y[i] = x[i] * Math.Tanh(Math.Log(1 + Math.Exp(x[i])));
            }
        }

        [Benchmark, BenchmarkCategory("Softplus")]
        public void Softplus() => ActivationFunctions.Softplus(_x, _y);

        [Benchmark, BenchmarkCategory("Softplus")]
        public void Softplus_ScalarLoop()
        {
            double[] x = _x, y = _y;
            for (int i = 0; i < x.Length; i++)
            {
                y[i] = x[i] > 20 ? x[i] : Math.Log(1 + Math.Exp(x[i]));
            }
        }

        [Benchmark, BenchmarkCategory("Relu")]
        public void Relu() => ActivationFunctions.Relu(_x, _y);

        [Benchmark, BenchmarkCategory("Relu")]
        public void Relu_TensorPrimitivesMax() => TensorPrimitives.Max(_x, 0.0, _y);

        [Benchmark, BenchmarkCategory("Relu")]
        public void Relu_ScalarLoop()
        {
            double[] x = _x, y = _y;
            for (int i = 0; i < x.Length; i++)
            {
                y[i] = x[i] > 0 ? x[i] : 0;
            }
        }

        [Benchmark, BenchmarkCategory("Elu")]
        public void Elu() => ActivationFunctions.Elu(_x, _y);

        [Benchmark, BenchmarkCategory("Elu")]
        public void Elu_ScalarLoop()
        {
            double[] x = _x, y = _y;
            for (int i = 0; i < x.Length; i++)
            {
                y[i] = x[i] > 0 ? x[i] : Math.Exp(x[i]) - 1;
            }
        }

        [Benchmark, BenchmarkCategory("LeakyRelu")]
        public void LeakyRelu() => ActivationFunctions.LeakyRelu(_x, _y);

        [Benchmark, BenchmarkCategory("LeakyRelu")]
        public void LeakyRelu_ScalarLoop()
        {
            double[] x = _x, y = _y;
            for (int i = 0; i < x.Length; i++)
            {
                y[i] = x[i] > 0 ? x[i] : 0.01 * x[i];
            }
        }
    }
}
