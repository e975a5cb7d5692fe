using System.Collections.Generic;

namespace Activations.Samples.Gallery
{
    /// <summary>One line on where an activation is used and one on its known weakness, in our own words.</summary>
    /// <param name="Use">Where it shows up in practice.</param>
    /// <param name="Weakness">What goes wrong with it: vanishing gradients, dead units, cost, …</param>
    /// <param name="Reference">The paper, for activations whose doc comments the gallery cannot read (the samples' own).</param>
    internal sealed record ActivationNote(string Use, string Weakness, string? Reference = null);

    /// <summary>The gallery's commentary, keyed by method name. Paper references of the built-ins come from their doc comments.</summary>
    internal static class ActivationNotes
    {
        public static IReadOnlyDictionary<string, ActivationNote> All { get; } = new Dictionary<string, ActivationNote>
        {
            ["Sigmoid"] = new ActivationNote(
                "Output units for yes/no probabilities, and the gates of LSTMs and GRUs.",
                "Saturates on both sides and its slope is at most 1/4, so gradients shrink layer after layer; outputs are not centred on zero."),
            ["Tanh"] = new ActivationNote(
                "Recurrent networks' hidden states and small fully connected networks; a zero-centred sigmoid.",
                "Still saturates for |x| beyond about 3, so deep stacks of it suffer vanishing gradients; exp makes it costlier than ReLU."),
            ["Relu"] = new ActivationNote(
                "The default hidden activation of CNNs and MLPs since AlexNet: cheap, and its slope is exactly 1 where it is on.",
                "Dying ReLU: a unit pushed below zero for every input gets zero gradient and never recovers; not zero-centred."),
            ["Relu6"] = new ActivationNote(
                "Mobile networks (MobileNet v1/v2), where a bounded range suits low-precision arithmetic.",
                "Inherits dying units and adds a second flat region above 6 where the gradient is zero too."),
            ["LeakyRelu"] = new ActivationNote(
                "A drop-in ReLU replacement in GAN discriminators and detectors (YOLO) that keeps a trickle of gradient below zero.",
                "The slope 0.01 is a guess to tune; the kink at 0 stays, and the gains over ReLU are often small."),
            ["PRelu"] = new ActivationNote(
                "Image classifiers (He et al.'s 2015 ImageNet network); the negative slope is learned per channel.",
                "One more parameter per channel that can overfit small data sets, and the learned slope needs its own gradient."),
            ["Elu"] = new ActivationNote(
                "Deeper MLPs and CNNs where negative outputs pull mean activations towards zero and speed up learning.",
                "An exp per negative input costs more than ReLU; only C¹ at 0 when α = 1; α is one more knob."),
            ["Celu"] = new ActivationNote(
                "Where ELU is wanted with α ≠ 1 but a continuous derivative is needed (smooth optimisation, second-order methods).",
                "Same exponential cost as ELU and rarely better in practice; α rescales the input, so it interacts with the weights."),
            ["Selu"] = new ActivationNote(
                "Self-normalising fully connected networks: with LeCun-normal weights, activations keep mean 0 and variance 1.",
                "The guarantee needs that exact initialisation and alpha-dropout; ordinary dropout or residual connections void it."),
            ["Gelu"] = new ActivationNote(
                "Transformers: BERT, GPT-2 and most language and vision transformers since.",
                "erf is expensive, which is why fast approximations exist; non-monotonic with a small negative dip around x ≈ −0.75."),
            ["GeluTanh"] = new ActivationNote(
                "The form the original BERT and GPT-2 code computed; still used to reproduce those checkpoints exactly.",
                "Still an exponential and a cube per element, and it differs from exact GELU by up to about 5e-4, so mixing the two shifts outputs slightly."),
            ["Silu"] = new ActivationNote(
                "EfficientNet, YOLOv5+ and the gated FFNs (SwiGLU) of LLaMA-style language models.",
                "A sigmoid per element costs more than ReLU; the negative dip makes it non-monotonic."),
            ["Swish"] = new ActivationNote(
                "Found by automated search; β interpolates between linear (β → 0) and ReLU (β → ∞) and can be learned.",
                "Costs a sigmoid per element; with a learned β one more gradient to compute, and gains over ReLU depend on the task."),
            ["Mish"] = new ActivationNote(
                "Object detectors such as YOLOv4, where it edged out Swish and ReLU.",
                "Three transcendental functions (exp, log, tanh) per element make it one of the costliest here."),
            ["Softplus"] = new ActivationNote(
                "A smooth ReLU; mostly to keep outputs positive, e.g. predicted variances or rates.",
                "Never exactly zero, so no sparsity; an exp and a log per element; gradient still vanishes for very negative inputs."),
            ["Softsign"] = new ActivationNote(
                "A cheaper tanh-like squashing without exp, tried in early deep-network studies.",
                "Approaches ±1 only polynomially, so it saturates slowly but still saturates; little used today."),
            ["Tanhshrink"] = new ActivationNote(
                "Sparse coding style layers that should pass large values and suppress small ones.",
                "Its slope tanh²x is near zero around 0, so small inputs barely learn; rarely used in practice."),
            ["Hardtanh"] = new ActivationNote(
                "A cheap piecewise-linear tanh, e.g. in binarised and quantised networks.",
                "Zero gradient outside [−1, 1], so saturated units stop learning just like a tanh, only more abruptly."),
            ["Hardsigmoid"] = new ActivationNote(
                "The gate inside MobileNetV3's hard swish and squeeze-and-excite blocks, where exp is too slow on phones.",
                "Flat and gradient-free outside [−3, 3]; only a coarse approximation of the sigmoid."),
            ["Hardswish"] = new ActivationNote(
                "MobileNetV3 and other on-device vision models: Swish's shape with no transcendental functions.",
                "Kinks at ±3 and a jump in the derivative; like ReLU it is flat (dead) below −3."),
            ["LogSigmoid"] = new ActivationNote(
                "Log-probabilities in losses (logistic regression, word2vec's negative sampling) without computing σ then log.",
                "Unbounded below and close to linear for x ≪ 0, so it is rarely a hidden activation."),
            ["Hardshrink"] = new ActivationNote(
                "Denoising and sparse coding: small coefficients are treated as noise and set to exactly zero.",
                "Discontinuous at ±λ and zero gradient in the dead zone; λ needs tuning."),
            ["Softshrink"] = new ActivationNote(
                "The proximal step of L1 regularisation (ISTA, LISTA) and wavelet denoising.",
                "Zero gradient inside [−λ, λ], and it biases large values towards zero by λ."),
            ["Threshold"] = new ActivationNote(
                "Replacing inputs below a cut-off by a constant, a generalised ReLU.",
                "A jump at the threshold and zero gradient below it: the dying-ReLU problem with a second knob."),
            ["Step"] = new ActivationNote(
                "The original perceptron and McCulloch–Pitts neuron; still the idea behind binary neurons.",
                "Its derivative is zero almost everywhere, so backpropagation cannot train through it."),
            ["Gaussian"] = new ActivationNote(
                "Radial-basis-function networks and implicit neural representations, where a local bump response is wanted.",
                "Vanishes on both sides, so units far from their centre get no gradient; non-monotonic."),

            // The samples' own declarations (src/Activations.Samples/MyActivations.cs).
            ["Identity"] = new ActivationNote(
                "The baseline for train: with no non-linearity a network of any depth is one linear map.",
                "It is no activation at all: stacked linear layers collapse into one, so it cannot fit a sine wave.",
                "None: the linear unit; see any textbook on why depth needs a non-linearity."),
            ["Snake"] = new ActivationNote(
                "Audio and time-series models (e.g. the BigVGAN vocoder) that must extrapolate periodic signals.",
                "Non-monotonic with many near-flat stretches, and α needs tuning or learning; sin costs more than ReLU.",
                "L. Ziyin, T. Hartwig and M. Ueda, “Neural Networks Fail to Learn Periodic Functions and How to Fix It,” NeurIPS 2020."),
        };
    }
}
