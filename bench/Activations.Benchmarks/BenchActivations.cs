namespace Activations.Benchmarks
{
    /// <summary>Activations that the standard library does not have, declared for the comparison with TensorPrimitives.Exp.</summary>
    public static partial class BenchActivations
    {
        [Activation("exp(x)")]
        public static partial float Exp(float x);

        [Activation("exp(x)")]
        public static partial double Exp(double x);
    }
}
