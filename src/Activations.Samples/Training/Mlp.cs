using System;

namespace Activations.Samples.Training
{
    /// <summary>
    /// A 1→H→1 perceptron y = W₂·f(W₁x + b₁) + b₂ trained full-batch on mean squared error with Adam. The linear layers
    /// and the optimiser are written out here; the activation f and its gradient are only ever the generated span kernels
    /// of <see cref="HiddenActivation"/>, applied to all H×N hidden pre-activations in one call.
    /// </summary>
    internal sealed class Mlp
    {
        private const float Beta1 = 0.9f;
        private const float Beta2 = 0.999f;
        private const float Epsilon = 1e-8f;

        private readonly int _hidden;
        private readonly HiddenActivation _activation;

        // θ = [W₁ (H), b₁ (H), W₂ (H), b₂, p]: one vector, so Adam is one loop. p is the activation's learnable
        // hyperparameter (Snake's α), left alone when it has none.
        private readonly float[] _theta;
        private readonly float[] _gradient;
        private readonly float[] _m;
        private readonly float[] _v;
        private int _step;

        public Mlp(int hidden, HiddenActivation activation, Random random)
        {
            _hidden = hidden;
            _activation = activation;
            _theta = new float[3 * hidden + 2];
            _gradient = new float[_theta.Length];
            _m = new float[_theta.Length];
            _v = new float[_theta.Length];
            float outputScale = 1f / MathF.Sqrt(hidden);
            for (int h = 0; h < hidden; h++)
            {
                _theta[h] = Uniform(random, 1f);                    // W₁: slopes of order 1 for inputs in [−π, π]
                _theta[hidden + h] = Uniform(random, MathF.PI);     // b₁: kinks and bends spread over the interval
                _theta[2 * hidden + h] = Uniform(random, outputScale);
            }

            _theta[3 * hidden] = 0;
            _theta[3 * hidden + 1] = activation.InitialParameter;
        }

        /// <summary>The activation's learnable hyperparameter now (Snake's α), if it has one.</summary>
        public float Parameter => _theta[3 * _hidden + 1];

        /// <summary>Predictions for <paramref name="x"/>.</summary>
        public void Predict(ReadOnlySpan<float> x, Span<float> y)
        {
            var z = new float[_hidden * x.Length];
            var a = new float[z.Length];
            Forward(x, z, a, y);
        }

        /// <summary>One full-batch Adam step on mean squared error; returns the loss before the step.</summary>
        public double TrainStep(ReadOnlySpan<float> x, ReadOnlySpan<float> target, float learningRate, Workspace work)
        {
            int n = x.Length;
            int hidden = _hidden;
            Span<float> z = work.Z, a = work.A, y = work.Y, dy = work.DY, da = work.DA, dz = work.DZ;
            Forward(x, z, a, y);

            double loss = 0;
            for (int i = 0; i < n; i++)
            {
                float error = y[i] - target[i];
                loss += error * error;
                dy[i] = 2f * error / n;
            }

            loss /= n;
            Array.Clear(_gradient);
            ReadOnlySpan<float> w2 = _theta.AsSpan(2 * hidden, hidden);
            float p = _theta[3 * hidden + 1];

            // Output layer: ∂L/∂W₂ₕ = Σ dy·aₕ, ∂L/∂b₂ = Σ dy, and the gradient flowing into the activation, W₂ₕ·dy.
            for (int h = 0; h < hidden; h++)
            {
                ReadOnlySpan<float> ah = a.Slice(h * n, n);
                Span<float> dah = da.Slice(h * n, n);
                float sum = 0;
                for (int i = 0; i < n; i++)
                {
                    sum += dy[i] * ah[i];
                    dah[i] = w2[h] * dy[i];
                }

                _gradient[2 * hidden + h] = sum;
            }

            float dyTotal = 0;
            for (int i = 0; i < n; i++)
            {
                dyTotal += dy[i];
            }

            _gradient[3 * hidden] = dyTotal;

            // Through the activation: the generated Backward kernel, and BackwardBy{P} for a learnable hyperparameter.
            _activation.Backward(z, da, dz, p);
            if (_activation.ParameterGradient is not null)
            {
                _gradient[3 * hidden + 1] = _activation.ParameterGradient(z, da, p);
            }

            // Hidden layer: ∂L/∂W₁ₕ = Σ dz·x, ∂L/∂b₁ₕ = Σ dz.
            for (int h = 0; h < hidden; h++)
            {
                ReadOnlySpan<float> dzh = dz.Slice(h * n, n);
                float dw = 0, db = 0;
                for (int i = 0; i < n; i++)
                {
                    dw += dzh[i] * x[i];
                    db += dzh[i];
                }

                _gradient[h] = dw;
                _gradient[hidden + h] = db;
            }

            AdamStep(learningRate);
            return loss;
        }

        private void Forward(ReadOnlySpan<float> x, Span<float> z, Span<float> a, Span<float> y)
        {
            int n = x.Length;
            int hidden = _hidden;
            for (int h = 0; h < hidden; h++)
            {
                float w = _theta[h], b = _theta[hidden + h];
                Span<float> zh = z.Slice(h * n, n);
                for (int i = 0; i < n; i++)
                {
                    zh[i] = w * x[i] + b;
                }
            }

            _activation.Forward(z, a, _theta[3 * hidden + 1]);

            y.Slice(0, n).Fill(_theta[3 * hidden]);
            for (int h = 0; h < hidden; h++)
            {
                float w = _theta[2 * hidden + h];
                ReadOnlySpan<float> ah = a.Slice(h * n, n);
                for (int i = 0; i < n; i++)
                {
                    y[i] += w * ah[i];
                }
            }
        }

        private void AdamStep(float learningRate)
        {
            _step++;
            float correction1 = 1f - MathF.Pow(Beta1, _step);
            float correction2 = 1f - MathF.Pow(Beta2, _step);
            int count = _activation.HasLearnableParameter ? _theta.Length : _theta.Length - 1;
            for (int i = 0; i < count; i++)
            {
                float g = _gradient[i];
                _m[i] = Beta1 * _m[i] + (1 - Beta1) * g;
                _v[i] = Beta2 * _v[i] + (1 - Beta2) * g * g;
                _theta[i] -= learningRate * (_m[i] / correction1) / (MathF.Sqrt(_v[i] / correction2) + Epsilon);
            }
        }

        private static float Uniform(Random random, float limit) => (float)((2 * random.NextDouble() - 1) * limit);

        /// <summary>Buffers for one training run: pre-activations, activations and their gradients, H×N each.</summary>
        public sealed class Workspace
        {
            public Workspace(int hidden, int samples)
            {
                Z = new float[hidden * samples];
                A = new float[hidden * samples];
                DA = new float[hidden * samples];
                DZ = new float[hidden * samples];
                Y = new float[samples];
                DY = new float[samples];
            }

            public float[] Z { get; }

            public float[] A { get; }

            public float[] DA { get; }

            public float[] DZ { get; }

            public float[] Y { get; }

            public float[] DY { get; }
        }
    }
}
