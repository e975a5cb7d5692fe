using System;
using System.Numerics.Tensors;
using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;

namespace Activations.Benchmarks
{
    /// <summary>
    /// The same float Sigmoid on buffers placed at chosen offsets, to separate the cost of split (cache-line-crossing)
    /// 512-bit loads and stores, and of 4K aliasing, from the kernel's own work. .NET arrays are only 8- or 16-byte
    /// aligned and arrays allocated one after another sit a few dozen bytes apart modulo 4 KiB, so in the other suites
    /// both change from run to run and size to size.
    /// </summary>
    /// <remarks>
    /// <see cref="Gap"/> is where the output starts relative to the input modulo 4 KiB (before the alignment offsets):
    /// at 64 the store of one vector and the load of the next share their low 12 address bits, which the CPU takes as a
    /// possible dependency (4K aliasing); at 2048 they are as far apart as they can be.
    /// </remarks>
    public unsafe class AlignmentBenchmarks
    {
        private const int N = 16384;
        private void* _block;
        private float* _x;
        private float* _y;

        /// <summary>Offset of the input from a 64-byte boundary, in bytes.</summary>
        [Params(0, 32)]
        public int InputOffset { get; set; }

        /// <summary>Offset of the output from a 64-byte boundary, in bytes.</summary>
        [Params(0, 32)]
        public int OutputOffset { get; set; }

        /// <summary>Distance of the output's 64-byte block from the input's, modulo 4 KiB, in bytes.</summary>
        [Params(64, 2048)]
        public int Gap { get; set; }

        [GlobalSetup]
        public void Setup()
        {
            _block = NativeMemory.AlignedAlloc((nuint)(2 * (N * sizeof(float) + 4096)), 4096);
            _x = (float*)((byte*)_block + InputOffset);
            _y = (float*)((byte*)_block + N * sizeof(float) + 4096 + Gap + OutputOffset);
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
