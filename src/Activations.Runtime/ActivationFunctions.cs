using Activations;

namespace Activations
{
    /// <summary>
    /// Every standard activation, declared with <see cref="ActivationAttribute"/>: the Activations generator writes each
    /// body and, beside it, the derivatives, <c>Vector&lt;T&gt;</c> overloads and span kernels (forward, derivative,
    /// backward, fused, hyperparameter gradients). Definitions, defaults and derivative conventions at kinks follow PyTorch.
    /// </summary>
    /// <remarks>
    /// Numerical stability comes from the generator's rewrite rules (softplus, expm1, log1p, erfc, 2σ(2u) for 1 + tanh u)
    /// and, where a product of an unbounded and a vanishing factor would give ∞·0 = NaN at ±∞, from an explicit limit
    /// branch beyond a large magnitude. Every member is finite for every finite input in [−1e4, 1e4] and at ±∞.
    /// </remarks>
    public static partial class ActivationFunctions
    {
        /// <summary>The logistic sigmoid. f(x) = σ(x) = 1/(1 + e⁻ˣ).</summary>
        /// <remarks>At kinks: Smooth; σ′ = σ(1 − σ). Paper: The logistic function; as a network unit, e.g. D. E. Rumelhart, G. E. Hinton and R. J. Williams, “Learning representations by back-propagating errors,” Nature, 1986.</remarks>
        [Activation("sigmoid(x)")]
        public static partial float Sigmoid(float x);

        /// <summary>The logistic sigmoid. f(x) = σ(x) = 1/(1 + e⁻ˣ).</summary>
        /// <remarks>At kinks: Smooth; σ′ = σ(1 − σ). Paper: The logistic function; as a network unit, e.g. D. E. Rumelhart, G. E. Hinton and R. J. Williams, “Learning representations by back-propagating errors,” Nature, 1986.</remarks>
        [Activation("sigmoid(x)")]
        public static partial double Sigmoid(double x);

        /// <summary>The hyperbolic tangent. f(x) = tanh(x).</summary>
        /// <remarks>At kinks: Smooth; tanh′ = 1 − tanh². Paper: Y. LeCun, L. Bottou, G. B. Orr and K.-R. Müller, “Efficient BackProp,” 1998.</remarks>
        [Activation("tanh(x)")]
        public static partial float Tanh(float x);

        /// <summary>The hyperbolic tangent. f(x) = tanh(x).</summary>
        /// <remarks>At kinks: Smooth; tanh′ = 1 − tanh². Paper: Y. LeCun, L. Bottou, G. B. Orr and K.-R. Müller, “Efficient BackProp,” 1998.</remarks>
        [Activation("tanh(x)")]
        public static partial double Tanh(double x);

        /// <summary>The rectified linear unit. f(x) = max(x, 0).</summary>
        /// <remarks>At kinks: ReLU′(0) = 0, as in PyTorch. Paper: V. Nair and G. E. Hinton, “Rectified Linear Units Improve Restricted Boltzmann Machines,” ICML 2010.</remarks>
        [Activation("x > 0 ? x : 0")]
        public static partial float Relu(float x);

        /// <summary>The rectified linear unit. f(x) = max(x, 0).</summary>
        /// <remarks>At kinks: ReLU′(0) = 0, as in PyTorch. Paper: V. Nair and G. E. Hinton, “Rectified Linear Units Improve Restricted Boltzmann Machines,” ICML 2010.</remarks>
        [Activation("x > 0 ? x : 0")]
        public static partial double Relu(double x);

        /// <summary>ReLU capped at 6. f(x) = min(max(x, 0), 6).</summary>
        /// <remarks>At kinks: The derivative is 0 at both kinks (x = 0 and x = 6), as in PyTorch. Paper: A. Krizhevsky, “Convolutional Deep Belief Networks on CIFAR-10,” 2010.</remarks>
        [Activation("clamp(x, 0, 6)")]
        public static partial float Relu6(float x);

        /// <summary>ReLU capped at 6. f(x) = min(max(x, 0), 6).</summary>
        /// <remarks>At kinks: The derivative is 0 at both kinks (x = 0 and x = 6), as in PyTorch. Paper: A. Krizhevsky, “Convolutional Deep Belief Networks on CIFAR-10,” 2010.</remarks>
        [Activation("clamp(x, 0, 6)")]
        public static partial double Relu6(double x);

        /// <summary>Leaky ReLU. f(x) = x for x &gt; 0, negativeSlope·x otherwise.</summary>
        /// <remarks>Defaults: negativeSlope = 0.01. At kinks: The derivative at 0 is negativeSlope (the branch x &gt; 0 is not taken), as in PyTorch. Paper: A. L. Maas, A. Y. Hannun and A. Y. Ng, “Rectifier Nonlinearities Improve Neural Network Acoustic Models,” ICML 2013.</remarks>
        [Activation("x > 0 ? x : negativeSlope * x")]
        public static partial float LeakyRelu(float x, float negativeSlope = 0.01f);

        /// <summary>Leaky ReLU. f(x) = x for x &gt; 0, negativeSlope·x otherwise.</summary>
        /// <remarks>Defaults: negativeSlope = 0.01. At kinks: The derivative at 0 is negativeSlope (the branch x &gt; 0 is not taken), as in PyTorch. Paper: A. L. Maas, A. Y. Hannun and A. Y. Ng, “Rectifier Nonlinearities Improve Neural Network Acoustic Models,” ICML 2013.</remarks>
        [Activation("x > 0 ? x : negativeSlope * x")]
        public static partial double LeakyRelu(double x, double negativeSlope = 0.01);

        /// <summary>Parametric ReLU with a learnable slope a; <c>PReluBackwardByA</c> gives its gradient. f(x) = x for x &gt; 0, a·x otherwise.</summary>
        /// <remarks>At kinks: The derivative at 0 is a, as in PyTorch; ∂f/∂a = x for x ≤ 0, else 0. Paper: K. He, X. Zhang, S. Ren and J. Sun, “Delving Deep into Rectifiers,” ICCV 2015.</remarks>
        [Activation("x > 0 ? x : a * x")]
        public static partial float PRelu(float x, float a);

        /// <summary>Parametric ReLU with a learnable slope a; <c>PReluBackwardByA</c> gives its gradient. f(x) = x for x &gt; 0, a·x otherwise.</summary>
        /// <remarks>At kinks: The derivative at 0 is a, as in PyTorch; ∂f/∂a = x for x ≤ 0, else 0. Paper: K. He, X. Zhang, S. Ren and J. Sun, “Delving Deep into Rectifiers,” ICCV 2015.</remarks>
        [Activation("x > 0 ? x : a * x")]
        public static partial double PRelu(double x, double a);

        /// <summary>The exponential linear unit. f(x) = x for x &gt; 0, α(eˣ − 1) otherwise.</summary>
        /// <remarks>Defaults: alpha = 1. At kinks: The derivative at 0 is α (the branch x ≤ 0), as in PyTorch; ELU(−∞) = −α. Paper: D.-A. Clevert, T. Unterthiner and S. Hochreiter, “Fast and Accurate Deep Network Learning by Exponential Linear Units (ELUs),” ICLR 2016.</remarks>
        [Activation("x > 0 ? x : alpha * expm1(x)")]
        public static partial float Elu(float x, float alpha = 1f);

        /// <summary>The exponential linear unit. f(x) = x for x &gt; 0, α(eˣ − 1) otherwise.</summary>
        /// <remarks>Defaults: alpha = 1. At kinks: The derivative at 0 is α (the branch x ≤ 0), as in PyTorch; ELU(−∞) = −α. Paper: D.-A. Clevert, T. Unterthiner and S. Hochreiter, “Fast and Accurate Deep Network Learning by Exponential Linear Units (ELUs),” ICLR 2016.</remarks>
        [Activation("x > 0 ? x : alpha * expm1(x)")]
        public static partial double Elu(double x, double alpha = 1);

        /// <summary>The continuously differentiable ELU. f(x) = max(0, x) + min(0, α(e^(x/α) − 1)).</summary>
        /// <remarks>Defaults: alpha = 1. At kinks: The derivative is 1 at 0 from both sides. Where x/α &lt; −1e10 the value is its limit −α, so −∞ gives no NaN. Paper: J. T. Barron, “Continuously Differentiable Exponential Linear Units,” 2017.</remarks>
        [Activation("x > 0 ? x : x / alpha < -1e10 ? -alpha : alpha * expm1(x / alpha)")]
        public static partial float Celu(float x, float alpha = 1f);

        /// <summary>The continuously differentiable ELU. f(x) = max(0, x) + min(0, α(e^(x/α) − 1)).</summary>
        /// <remarks>Defaults: alpha = 1. At kinks: The derivative is 1 at 0 from both sides. Where x/α &lt; −1e10 the value is its limit −α, so −∞ gives no NaN. Paper: J. T. Barron, “Continuously Differentiable Exponential Linear Units,” 2017.</remarks>
        [Activation("x > 0 ? x : x / alpha < -1e10 ? -alpha : alpha * expm1(x / alpha)")]
        public static partial double Celu(double x, double alpha = 1);

        /// <summary>The scaled exponential linear unit. f(x) = scale·(x for x &gt; 0, α(eˣ − 1) otherwise), α = 1.6732632423543772848170429916717, scale = 1.0507009873554804934193349852946.</summary>
        /// <remarks>At kinks: The derivative at 0 is scale·α (the branch x ≤ 0), as in PyTorch. Paper: G. Klambauer, T. Unterthiner, A. Mayr and S. Hochreiter, “Self-Normalizing Neural Networks,” NeurIPS 2017.</remarks>
        [Activation("1.0507009873554804934193349852946 * (x > 0 ? x : 1.6732632423543772848170429916717 * expm1(x))")]
        public static partial float Selu(float x);

        /// <summary>The scaled exponential linear unit. f(x) = scale·(x for x &gt; 0, α(eˣ − 1) otherwise), α = 1.6732632423543772848170429916717, scale = 1.0507009873554804934193349852946.</summary>
        /// <remarks>At kinks: The derivative at 0 is scale·α (the branch x ≤ 0), as in PyTorch. Paper: G. Klambauer, T. Unterthiner, A. Mayr and S. Hochreiter, “Self-Normalizing Neural Networks,” NeurIPS 2017.</remarks>
        [Activation("1.0507009873554804934193349852946 * (x > 0 ? x : 1.6732632423543772848170429916717 * expm1(x))")]
        public static partial double Selu(double x);

        /// <summary>The Gaussian error linear unit, exact: x·Φ(x) with Φ the standard normal CDF. f(x) = x·Φ(x) = ½x(1 + erf(x/√2)), computed as ½x·erfc(−x/√2) so the left tail keeps its relative accuracy.</summary>
        /// <remarks>At kinks: Smooth. Beyond |x| &gt; 1e10 the value is its limit (0 or x) so that ±∞ give 0 and ∞ instead of NaN. Paper: D. Hendrycks and K. Gimpel, “Gaussian Error Linear Units (GELUs),” 2016.</remarks>
        [Activation("x < -1e10 ? 0 : x > 1e10 ? x : 0.5 * x * (1 + erf(x / sqrt(2)))")]
        public static partial float Gelu(float x);

        /// <summary>The Gaussian error linear unit, exact: x·Φ(x) with Φ the standard normal CDF. f(x) = x·Φ(x) = ½x(1 + erf(x/√2)), computed as ½x·erfc(−x/√2) so the left tail keeps its relative accuracy.</summary>
        /// <remarks>At kinks: Smooth. Beyond |x| &gt; 1e10 the value is its limit (0 or x) so that ±∞ give 0 and ∞ instead of NaN. Paper: D. Hendrycks and K. Gimpel, “Gaussian Error Linear Units (GELUs),” 2016.</remarks>
        [Activation("x < -1e10 ? 0 : x > 1e10 ? x : 0.5 * x * (1 + erf(x / sqrt(2)))")]
        public static partial double Gelu(double x);

        /// <summary>GELU's tanh approximation (PyTorch's approximate='tanh'). f(x) = ½x(1 + tanh(√(2/π)(x + 0.044715x³))), computed as x·σ(2√(2/π)(x + 0.044715x³)) so the left tail does not cancel.</summary>
        /// <remarks>At kinks: Smooth. Beyond |x| &gt; 1e10 the value is its limit (0 or x). Paper: D. Hendrycks and K. Gimpel, “Gaussian Error Linear Units (GELUs),” 2016.</remarks>
        [Activation("x < -1e10 ? 0 : x > 1e10 ? x : 0.5 * x * (1 + tanh(sqrt(2 / pi) * (x + 0.044715 * x^3)))")]
        public static partial float GeluTanh(float x);

        /// <summary>GELU's tanh approximation (PyTorch's approximate='tanh'). f(x) = ½x(1 + tanh(√(2/π)(x + 0.044715x³))), computed as x·σ(2√(2/π)(x + 0.044715x³)) so the left tail does not cancel.</summary>
        /// <remarks>At kinks: Smooth. Beyond |x| &gt; 1e10 the value is its limit (0 or x). Paper: D. Hendrycks and K. Gimpel, “Gaussian Error Linear Units (GELUs),” 2016.</remarks>
        [Activation("x < -1e10 ? 0 : x > 1e10 ? x : 0.5 * x * (1 + tanh(sqrt(2 / pi) * (x + 0.044715 * x^3)))")]
        public static partial double GeluTanh(double x);

        /// <summary>The sigmoid linear unit (Swish with β = 1). f(x) = x·σ(x).</summary>
        /// <remarks>At kinks: Smooth. Beyond |x| &gt; 1e10 the value is its limit (0 or x). Paper: S. Elfwing, E. Uchibe and K. Doya, “Sigmoid-Weighted Linear Units for Neural Network Function Approximation in Reinforcement Learning,” 2017; Hendrycks and Gimpel, 2016.</remarks>
        [Activation("x < -1e10 ? 0 : x > 1e10 ? x : x * sigmoid(x)")]
        public static partial float Silu(float x);

        /// <summary>The sigmoid linear unit (Swish with β = 1). f(x) = x·σ(x).</summary>
        /// <remarks>At kinks: Smooth. Beyond |x| &gt; 1e10 the value is its limit (0 or x). Paper: S. Elfwing, E. Uchibe and K. Doya, “Sigmoid-Weighted Linear Units for Neural Network Function Approximation in Reinforcement Learning,” 2017; Hendrycks and Gimpel, 2016.</remarks>
        [Activation("x < -1e10 ? 0 : x > 1e10 ? x : x * sigmoid(x)")]
        public static partial double Silu(double x);

        /// <summary>Swish with a (learnable) β; <c>SwishBackwardByBeta</c> gives its gradient. f(x) = x·σ(βx).</summary>
        /// <remarks>Defaults: beta = 1. At kinks: Smooth. Where |βx| &gt; 1e10 the value is its limit (0 or x). Paper: P. Ramachandran, B. Zoph and Q. V. Le, “Searching for Activation Functions,” 2017.</remarks>
        [Activation("beta * x < -1e10 ? 0 : beta * x > 1e10 ? x : x * sigmoid(beta * x)")]
        public static partial float Swish(float x, float beta = 1f);

        /// <summary>Swish with a (learnable) β; <c>SwishBackwardByBeta</c> gives its gradient. f(x) = x·σ(βx).</summary>
        /// <remarks>Defaults: beta = 1. At kinks: Smooth. Where |βx| &gt; 1e10 the value is its limit (0 or x). Paper: P. Ramachandran, B. Zoph and Q. V. Le, “Searching for Activation Functions,” 2017.</remarks>
        [Activation("beta * x < -1e10 ? 0 : beta * x > 1e10 ? x : x * sigmoid(beta * x)")]
        public static partial double Swish(double x, double beta = 1);

        /// <summary>Mish. f(x) = x·tanh(softplus(x)).</summary>
        /// <remarks>At kinks: Smooth. Beyond |x| &gt; 1e10 the value is its limit (0 or x). Paper: D. Misra, “Mish: A Self Regularized Non-Monotonic Neural Activation Function,” 2019.</remarks>
        [Activation("x < -1e10 ? 0 : x > 1e10 ? x : x * tanh(softplus(x))")]
        public static partial float Mish(float x);

        /// <summary>Mish. f(x) = x·tanh(softplus(x)).</summary>
        /// <remarks>At kinks: Smooth. Beyond |x| &gt; 1e10 the value is its limit (0 or x). Paper: D. Misra, “Mish: A Self Regularized Non-Monotonic Neural Activation Function,” 2019.</remarks>
        [Activation("x < -1e10 ? 0 : x > 1e10 ? x : x * tanh(softplus(x))")]
        public static partial double Mish(double x);

        /// <summary>Softplus with PyTorch's β and linear threshold. f(x) = log(1 + e^(βx))/β, and x where βx &gt; threshold.</summary>
        /// <remarks>Defaults: beta = 1, threshold = 20. At kinks: At βx = threshold the smooth branch is used (its derivative σ(threshold)), as in PyTorch. Where βx &lt; −1e10 the value is its limit 0; elsewhere it is computed as max(x, 0) + softplus(−|βx|)/β for β &gt; 0 (x + softplus(−βx)/β where βx &gt; 0), so ∂f/∂β does not cancel and one softplus is evaluated, not one per branch. Paper: C. Dugas, Y. Bengio, F. Bélisle, C. Nadeau and R. Garcia, “Incorporating Second-Order Functional Knowledge for Better Option Pricing,” NIPS 2000.</remarks>
        [Activation("beta * x > threshold ? x : beta * x < -1e10 ? 0 : (beta * x > 0 ? x : 0) + softplus(beta * x > 0 ? -beta * x : beta * x) / beta")]
        public static partial float Softplus(float x, float beta = 1f, float threshold = 20f);

        /// <summary>Softplus with PyTorch's β and linear threshold. f(x) = log(1 + e^(βx))/β, and x where βx &gt; threshold.</summary>
        /// <remarks>Defaults: beta = 1, threshold = 20. At kinks: At βx = threshold the smooth branch is used (its derivative σ(threshold)), as in PyTorch. Where βx &lt; −1e10 the value is its limit 0; elsewhere it is computed as max(x, 0) + softplus(−|βx|)/β for β &gt; 0 (x + softplus(−βx)/β where βx &gt; 0), so ∂f/∂β does not cancel and one softplus is evaluated, not one per branch. Paper: C. Dugas, Y. Bengio, F. Bélisle, C. Nadeau and R. Garcia, “Incorporating Second-Order Functional Knowledge for Better Option Pricing,” NIPS 2000.</remarks>
        [Activation("beta * x > threshold ? x : beta * x < -1e10 ? 0 : (beta * x > 0 ? x : 0) + softplus(beta * x > 0 ? -beta * x : beta * x) / beta")]
        public static partial double Softplus(double x, double beta = 1, double threshold = 20);

        /// <summary>Softsign. f(x) = x/(1 + |x|).</summary>
        /// <remarks>At kinks: Smooth (its derivative is continuous); ±∞ give ±1. Paper: J. Turian, J. Bergstra and Y. Bengio, “Quadratic Features and Deep Architectures for Chunking,” NAACL 2009.</remarks>
        [Activation("abs(x) > 1e30 ? sign(x) : x / (1 + abs(x))")]
        public static partial float Softsign(float x);

        /// <summary>Softsign. f(x) = x/(1 + |x|).</summary>
        /// <remarks>At kinks: Smooth (its derivative is continuous); ±∞ give ±1. Paper: J. Turian, J. Bergstra and Y. Bengio, “Quadratic Features and Deep Architectures for Chunking,” NAACL 2009.</remarks>
        [Activation("abs(x) > 1e30 ? sign(x) : x / (1 + abs(x))")]
        public static partial double Softsign(double x);

        /// <summary>Tanhshrink. f(x) = x − tanh(x).</summary>
        /// <remarks>At kinks: Smooth; its derivative is tanh² x. Near 0 the formula itself cancels (x − tanh x ≈ x³/3), so relative accuracy there is limited (see the README). Paper: PyTorch's torch.nn.Tanhshrink.</remarks>
        [Activation("x - tanh(x)")]
        public static partial float Tanhshrink(float x);

        /// <summary>Tanhshrink. f(x) = x − tanh(x).</summary>
        /// <remarks>At kinks: Smooth; its derivative is tanh² x. Near 0 the formula itself cancels (x − tanh x ≈ x³/3), so relative accuracy there is limited (see the README). Paper: PyTorch's torch.nn.Tanhshrink.</remarks>
        [Activation("x - tanh(x)")]
        public static partial double Tanhshrink(double x);

        /// <summary>Hardtanh: x clamped to [minValue, maxValue]. f(x) = min(max(x, minValue), maxValue).</summary>
        /// <remarks>Defaults: minValue = -1, maxValue = 1. At kinks: The derivative is 0 at both edges, as in PyTorch. Paper: R. Collobert, “Large Scale Machine Learning,” PhD thesis, 2004.</remarks>
        [Activation("clamp(x, minValue, maxValue)")]
        public static partial float Hardtanh(float x, float minValue = -1f, float maxValue = 1f);

        /// <summary>Hardtanh: x clamped to [minValue, maxValue]. f(x) = min(max(x, minValue), maxValue).</summary>
        /// <remarks>Defaults: minValue = -1, maxValue = 1. At kinks: The derivative is 0 at both edges, as in PyTorch. Paper: R. Collobert, “Large Scale Machine Learning,” PhD thesis, 2004.</remarks>
        [Activation("clamp(x, minValue, maxValue)")]
        public static partial double Hardtanh(double x, double minValue = -1, double maxValue = 1);

        /// <summary>The hard sigmoid. f(x) = 0 for x ≤ −3, 1 for x ≥ 3, x/6 + 1/2 otherwise.</summary>
        /// <remarks>At kinks: The derivative is 0 at x = ±3, as in PyTorch. Computed as (x + 3)/6: next to −3, x + 3 is exact where x/6 + 1/2 would cancel. Paper: M. Courbariaux, Y. Bengio and J.-P. David, “BinaryConnect,” NeurIPS 2015; in this form A. Howard et al., “Searching for MobileNetV3,” ICCV 2019.</remarks>
        [Activation("x <= -3 ? 0 : x >= 3 ? 1 : (x + 3) / 6")]
        public static partial float Hardsigmoid(float x);

        /// <summary>The hard sigmoid. f(x) = 0 for x ≤ −3, 1 for x ≥ 3, x/6 + 1/2 otherwise.</summary>
        /// <remarks>At kinks: The derivative is 0 at x = ±3, as in PyTorch. Computed as (x + 3)/6: next to −3, x + 3 is exact where x/6 + 1/2 would cancel. Paper: M. Courbariaux, Y. Bengio and J.-P. David, “BinaryConnect,” NeurIPS 2015; in this form A. Howard et al., “Searching for MobileNetV3,” ICCV 2019.</remarks>
        [Activation("x <= -3 ? 0 : x >= 3 ? 1 : (x + 3) / 6")]
        public static partial double Hardsigmoid(double x);

        /// <summary>The hard swish. f(x) = 0 for x &lt; −3, x for x &gt; 3, x(x + 3)/6 otherwise.</summary>
        /// <remarks>At kinks: As in PyTorch, the middle branch covers both edges: the derivative is −1/2 at x = −3 and 3/2 at x = 3. Paper: A. Howard et al., “Searching for MobileNetV3,” ICCV 2019.</remarks>
        [Activation("x < -3 ? 0 : x <= 3 ? x * (x + 3) / 6 : x")]
        public static partial float Hardswish(float x);

        /// <summary>The hard swish. f(x) = 0 for x &lt; −3, x for x &gt; 3, x(x + 3)/6 otherwise.</summary>
        /// <remarks>At kinks: As in PyTorch, the middle branch covers both edges: the derivative is −1/2 at x = −3 and 3/2 at x = 3. Paper: A. Howard et al., “Searching for MobileNetV3,” ICCV 2019.</remarks>
        [Activation("x < -3 ? 0 : x <= 3 ? x * (x + 3) / 6 : x")]
        public static partial double Hardswish(double x);

        /// <summary>The log of the sigmoid. f(x) = log σ(x), computed as −softplus(−x) so it stays finite for x ≪ 0.</summary>
        /// <remarks>At kinks: Smooth; its derivative is σ(−x). Paper: PyTorch's torch.nn.LogSigmoid.</remarks>
        [Activation("log(sigmoid(x))")]
        public static partial float LogSigmoid(float x);

        /// <summary>The log of the sigmoid. f(x) = log σ(x), computed as −softplus(−x) so it stays finite for x ≪ 0.</summary>
        /// <remarks>At kinks: Smooth; its derivative is σ(−x). Paper: PyTorch's torch.nn.LogSigmoid.</remarks>
        [Activation("log(sigmoid(x))")]
        public static partial double LogSigmoid(double x);

        /// <summary>Hard shrinkage. f(x) = x for |x| &gt; λ, 0 otherwise.</summary>
        /// <remarks>Defaults: lambda = 0.5. At kinks: The derivative at ±λ is 0 (the branch |x| ≤ λ), as in PyTorch. Paper: PyTorch's torch.nn.Hardshrink (wavelet hard thresholding: D. L. Donoho and I. M. Johnstone, 1994).</remarks>
        [Activation("x > lambda || x < -lambda ? x : 0")]
        public static partial float Hardshrink(float x, float lambda = 0.5f);

        /// <summary>Hard shrinkage. f(x) = x for |x| &gt; λ, 0 otherwise.</summary>
        /// <remarks>Defaults: lambda = 0.5. At kinks: The derivative at ±λ is 0 (the branch |x| ≤ λ), as in PyTorch. Paper: PyTorch's torch.nn.Hardshrink (wavelet hard thresholding: D. L. Donoho and I. M. Johnstone, 1994).</remarks>
        [Activation("x > lambda || x < -lambda ? x : 0")]
        public static partial double Hardshrink(double x, double lambda = 0.5);

        /// <summary>Soft shrinkage. f(x) = x − λ for x &gt; λ, x + λ for x &lt; −λ, 0 otherwise.</summary>
        /// <remarks>Defaults: lambda = 0.5. At kinks: The derivative at ±λ is 0, as in PyTorch. Paper: PyTorch's torch.nn.Softshrink (soft thresholding: D. L. Donoho, “De-noising by soft-thresholding,” 1995).</remarks>
        [Activation("x > lambda ? x - lambda : x < -lambda ? x + lambda : 0")]
        public static partial float Softshrink(float x, float lambda = 0.5f);

        /// <summary>Soft shrinkage. f(x) = x − λ for x &gt; λ, x + λ for x &lt; −λ, 0 otherwise.</summary>
        /// <remarks>Defaults: lambda = 0.5. At kinks: The derivative at ±λ is 0, as in PyTorch. Paper: PyTorch's torch.nn.Softshrink (soft thresholding: D. L. Donoho, “De-noising by soft-thresholding,” 1995).</remarks>
        [Activation("x > lambda ? x - lambda : x < -lambda ? x + lambda : 0")]
        public static partial double Softshrink(double x, double lambda = 0.5);

        /// <summary>Thresholding: x above the threshold, a constant below. f(x) = x for x &gt; threshold, value otherwise.</summary>
        /// <remarks>At kinks: The derivative at the threshold is 0 (the constant branch), as in PyTorch. Paper: PyTorch's torch.nn.Threshold.</remarks>
        [Activation("x > threshold ? x : value")]
        public static partial float Threshold(float x, float threshold, float value);

        /// <summary>Thresholding: x above the threshold, a constant below. f(x) = x for x &gt; threshold, value otherwise.</summary>
        /// <remarks>At kinks: The derivative at the threshold is 0 (the constant branch), as in PyTorch. Paper: PyTorch's torch.nn.Threshold.</remarks>
        [Activation("x > threshold ? x : value")]
        public static partial double Threshold(double x, double threshold, double value);

        /// <summary>The Heaviside step of the notebooks. f(x) = 1 for x &gt; 0, 0 otherwise.</summary>
        /// <remarks>At kinks: The derivative is 0 everywhere, also at 0. Paper: W. S. McCulloch and W. Pitts, “A logical calculus of the ideas immanent in nervous activity,” 1943.</remarks>
        [Activation("x > 0 ? 1 : 0")]
        public static partial float Step(float x);

        /// <summary>The Heaviside step of the notebooks. f(x) = 1 for x &gt; 0, 0 otherwise.</summary>
        /// <remarks>At kinks: The derivative is 0 everywhere, also at 0. Paper: W. S. McCulloch and W. Pitts, “A logical calculus of the ideas immanent in nervous activity,” 1943.</remarks>
        [Activation("x > 0 ? 1 : 0")]
        public static partial double Step(double x);

        /// <summary>The Gaussian bump. f(x) = e^(−x²).</summary>
        /// <remarks>At kinks: Smooth. Beyond |x| &gt; 1e10 the value is 0 so that ±∞ give 0 and the derivative is not NaN. Paper: Radial basis function networks: D. S. Broomhead and D. Lowe, “Multivariable Functional Interpolation and Adaptive Networks,” 1988.</remarks>
        [Activation("abs(x) > 1e10 ? 0 : exp(-x^2)")]
        public static partial float Gaussian(float x);

        /// <summary>The Gaussian bump. f(x) = e^(−x²).</summary>
        /// <remarks>At kinks: Smooth. Beyond |x| &gt; 1e10 the value is 0 so that ±∞ give 0 and the derivative is not NaN. Paper: Radial basis function networks: D. S. Broomhead and D. Lowe, “Multivariable Functional Interpolation and Adaptive Networks,” 1988.</remarks>
        [Activation("abs(x) > 1e10 ? 0 : exp(-x^2)")]
        public static partial double Gaussian(double x);
    }
}
