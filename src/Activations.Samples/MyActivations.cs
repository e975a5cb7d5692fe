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

        /// <summary>No activation at all: the linear baseline of <c>train</c>, through the same generated kernels as the rest.</summary>
        [Activation("x")]
        public static partial float Identity(float x);

        /// <summary>
        /// Snake (Ziyin, Hartwig and Ueda, NeurIPS 2020): x + sin²(αx)/α, a ReLU-like trend with a periodic ripple, made for
        /// periodic targets. <c>train</c> learns α with the generated <c>SnakeBackwardByAlpha</c>.
        /// </summary>
        [Activation("x + sin(alpha * x)^2 / alpha")]
        public static partial float Snake(float x, float alpha = 1f);
    }
}
