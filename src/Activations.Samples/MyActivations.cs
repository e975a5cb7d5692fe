using Activations;

namespace Activations.Samples
{
    /// <summary>Activations declared the way a user declares them: a formula, and the generator writes the rest.</summary>
    public static partial class MyActivations
    {
        /// <summary>Swish (Ramachandran et al., 2017): x·σ(βx).</summary>
        [Activation("x * sigmoid(beta * x)")]
        public static partial float Swish(float x, float beta);

        [Activation("x > 0 ? x : alpha * expm1(x)")]
        public static partial double Elu(double x, double alpha = 1.0);
    }
}
