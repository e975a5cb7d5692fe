using System;
using System.Numerics.Tensors;
using BenchmarkDotNet.Attributes;

namespace Activations.Benchmarks
{
    /// <summary>Softmax over one row against TensorPrimitives.SoftMax (which does not subtract the maximum).</summary>
    [MemoryDiagnoser(false)]
    public class SoftmaxBenchmarks
    {
        private float[] _x = Array.Empty<float>();
        private float[] _y = Array.Empty<float>();

        [Params(1024, 65536)]
        public int N { get; set; }

        [GlobalSetup]
        public void Setup()
        {
            var random = new Random(42);
            _x = new float[N];
            _y = new float[N];
            for (int i = 0; i < N; i++)
            {
                _x[i] = (float)(random.NextDouble() * 10 - 5);
            }
        }

        [Benchmark(Baseline = true)]
        public void Softmax_TensorPrimitives() => TensorPrimitives.SoftMax(_x, _y);

        [Benchmark]
        public void Softmax() => ActivationFunctions.Softmax(_x, _y);

        [Benchmark]
        public void LogSoftmax() => ActivationFunctions.LogSoftmax(_x, _y);
    }
}
