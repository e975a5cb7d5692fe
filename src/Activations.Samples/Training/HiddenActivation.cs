using System;
using System.Collections.Generic;

namespace Activations.Samples.Training
{
    /// <summary>destination = f(x; p), a generated span kernel.</summary>
    internal delegate void SpanForward(ReadOnlySpan<float> x, Span<float> destination, float parameter);

    /// <summary>inputGradient = outputGradient·f′(x; p), a generated <c>…Backward</c> kernel.</summary>
    internal delegate void SpanBackward(ReadOnlySpan<float> x, ReadOnlySpan<float> outputGradient, Span<float> inputGradient, float parameter);

    /// <summary>Σ outputGradient·∂f/∂p(x; p), a generated <c>…BackwardBy{P}</c> kernel.</summary>
    internal delegate float SpanParameterGradient(ReadOnlySpan<float> x, ReadOnlySpan<float> outputGradient, float parameter);

    /// <summary>
    /// The hidden layer's activation, as nothing but generated kernels: forward, backward and, for an activation with a
    /// learnable hyperparameter, its gradient. There is no hand-written derivative anywhere in training.
    /// </summary>
    internal sealed record HiddenActivation(
        string Name,
        SpanForward Forward,
        SpanBackward Backward,
        float InitialParameter = 0,
        string? ParameterName = null,
        SpanParameterGradient? ParameterGradient = null)
    {
        public bool HasLearnableParameter => ParameterGradient is not null;

        /// <summary>The activations <c>train</c> compares, in the order it prints them.</summary>
        public static IReadOnlyList<HiddenActivation> Standard { get; } = new[]
        {
            new HiddenActivation("Identity", (x, y, _) => MyActivations.Identity(x, y), (x, g, dx, _) => MyActivations.IdentityBackward(x, g, dx)),
            new HiddenActivation("Relu", (x, y, _) => ActivationFunctions.Relu(x, y), (x, g, dx, _) => ActivationFunctions.ReluBackward(x, g, dx)),
            new HiddenActivation("Tanh", (x, y, _) => ActivationFunctions.Tanh(x, y), (x, g, dx, _) => ActivationFunctions.TanhBackward(x, g, dx)),
            new HiddenActivation("Sigmoid", (x, y, _) => ActivationFunctions.Sigmoid(x, y), (x, g, dx, _) => ActivationFunctions.SigmoidBackward(x, g, dx)),
            new HiddenActivation("Gelu", (x, y, _) => ActivationFunctions.Gelu(x, y), (x, g, dx, _) => ActivationFunctions.GeluBackward(x, g, dx)),
            new HiddenActivation("Swish", (x, y, _) => ActivationFunctions.Swish(x, y), (x, g, dx, _) => ActivationFunctions.SwishBackward(x, g, dx)),
            new HiddenActivation("Mish", (x, y, _) => ActivationFunctions.Mish(x, y), (x, g, dx, _) => ActivationFunctions.MishBackward(x, g, dx)),
            new HiddenActivation(
                "Snake",
                (x, y, alpha) => MyActivations.Snake(x, y, alpha),
                (x, g, dx, alpha) => MyActivations.SnakeBackward(x, g, dx, alpha),
                InitialParameter: 1f,
                ParameterName: "alpha",
                ParameterGradient: (x, g, alpha) => MyActivations.SnakeBackwardByAlpha(x, g, alpha)),
        };
    }
}
