using System;
using System.Numerics.Tensors;
using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;

namespace Activations.Benchmarks
{
    /// <summary>
    /// The same float Sigmoid on buffers placed at a chosen offset from a 64-byte boundary, to separate the cost of
    /// split (cache-line-crossing) 512-bit loads and stores from the kernel's own work. .NET arrays are only 8- or
    /// 16-byte aligned, so in the other suites the alignment of x and y changes from run to run and size to size.
    /// </summary>
    public unsafe class AlignmentBenchmarks
    {
        private const int N = 16384;
        private void* _block;
        private float* _x;
        private float* _y;

        /// <summary>Offset of the input and of the output from a 64-byte boundary, in bytes.</summary>
        [Params(0, 16, 32)]
        public int InputOffset { get; set; }

        [Params(0, 16, 32)]
        public int OutputOffset { get; set; }

        [GlobalSetup]
        public void Setup()
        {
            _block = NativeMemory.AlignedAlloc((nuint)(2 * (N * sizeof(float) + 4096)), 4096);
            _x = (float*)((byte*)_block + InputOffset);
            _y = (float*)((byte*)_block + N * sizeof(float) + 4096 + 64 + OutputOffset);
            var random = new Random(42);
            for (int i = 0; i < N; i++)
            {
                _x[i] = (float)(random.NextDouble() * 10 - 5);
            }
        }

        [GlobalCleanup]
        public void Cleanup() => NativeMemory.AlignedFree(_block);

        [Benchmark(Baseline = true)]
        public void Sigmoid() => ActivationFunctions.Sigmoid(new ReadOnlySpan<float>(_x, N), new Span<float>(_y, N));

        [Benchmark]
        public void Sigmoid_TensorPrimitives() => TensorPrimitives.Sigmoid(new ReadOnlySpan<float>(_x, N), new Span<float>(_y, N));
    }
}
