using System;
using System.Collections.Generic;

namespace Activations.Runtime.Tests.VectorMathTests
{
    /// <summary>Dense float input grids: the whole float line, the special values, and each function's working range.</summary>
    internal static class Grids
    {
        public static readonly float[] FloatSpecials =
        {
            0f, -0f, float.PositiveInfinity, float.NegativeInfinity, float.NaN, float.Epsilon, -float.Epsilon,
            1e-45f, 1e-40f, 1e-39f, 1.1754942e-38f, 1.17549435e-38f, float.MaxValue, -float.MaxValue, 1f, -1f,
            1e-30f, 1e-20f, 1e-10f, 1e-7f, 1e-6f, 1e-5f, 1e-3f, 0.5f, 2f, 10f, 100f, 1000f, 1e10f, 1e30f,
            -1e-30f, -1e-20f, -1e-10f, -1e-7f, -1e-6f, -1e-5f, -1e-3f, -0.5f, -2f, -10f, -100f, -1000f, -1e10f, -1e30f,
        };

        public static float[] Float(string function)
        {
            var xs = new List<float>(FloatSpecials);

            // Every 4093rd float from +0 to +∞, and its negative: about a million points over every binade.
            for (uint bits = 0; bits < 0x7F800000u; bits += 4093)
            {
                float v = BitConverter.UInt32BitsToSingle(bits);
                xs.Add(v);
                xs.Add(-v);
            }

            switch (function)
            {
                case "Exp":
                    Linear(xs, -104f, 89f, 200_000);
                    Neighbours(xs, 88.7228394f, 88.72284f, -87.3365479f, -103.972076f, -103.278931f, 87.3f, -87.3f);
                    break;
                case "Log":
                    Linear(xs, 0f, 4f, 100_000);
                    Linear(xs, 0.5f, 2f, 100_000);
                    Neighbours(xs, 1f, 0.707106769f, 1.41421354f);
                    break;
                case "Log1p":
                    Linear(xs, -1f, 2f, 200_000);
                    Linear(xs, -1e-3f, 1e-3f, 20_000);
                    Neighbours(xs, -1f, 1f, 0.414213568f, -0.292893231f);
                    break;
                case "Expm1":
                    Linear(xs, -20f, 89f, 100_000);
                    Linear(xs, -1f, 1f, 100_000);
                    Neighbours(xs, 88f, -88f, 88.7228394f, 0.346573591f, -0.346573591f);
                    break;
                case "Tanh":
                    Linear(xs, -10f, 10f, 200_000);
                    Linear(xs, -1f, 1f, 100_000);
                    Neighbours(xs, 0.55f, -0.55f, 9.5f, -9.5f);
                    break;
                case "TanhComplement":
                    Linear(xs, -60f, 60f, 200_000);
                    Linear(xs, -1f, 1f, 100_000);
                    Neighbours(xs, 0.55f, -0.55f, 9.5f, -9.5f, 43.6f, -43.6f, 52f, -52f);
                    break;
                case "TanhDerivative":
                case "TanhWithDerivative.value":
                case "TanhWithDerivative.derivative":
                    Linear(xs, -60f, 60f, 200_000);
                    Linear(xs, -1f, 1f, 100_000);
                    Neighbours(xs, 0.55f, -0.55f, 9.5f, -9.5f, 43.5f, -43.5f, 44.017487f, -44.017487f, 52f, -52f); // 44.017487: the worst case over every float
                    break;
                case "SigmoidComplement":
                    Linear(xs, -110f, 30f, 200_000);
                    Linear(xs, -5f, 5f, 100_000);
                    Neighbours(xs, 1.0987862f); // the worst case over every float (3 ulp)
                    break;
                case "SigmoidDerivative":
                case "SigmoidWithDerivative.value":
                case "SigmoidWithDerivative.derivative":
                    Linear(xs, -110f, 110f, 200_000);
                    Linear(xs, -5f, 5f, 100_000);
                    Neighbours(xs, 1.7688377f, -1.7688377f, -1.0987862f, 1.0987862f, 4.137996f, -4.137996f); // the worst cases over every float
                    break;
                case "Sigmoid":
                case "Softplus":
                    Linear(xs, -110f, 30f, 200_000);
                    Linear(xs, -5f, 5f, 100_000);
                    Neighbours(xs, -1.0987862f); // sigmoid's worst case over every float (3 ulp)
                    break;
                case "Erf":
                case "Erfc":
                    Linear(xs, -5f, 11f, 200_000);
                    Linear(xs, -1f, 1f, 50_000);
                    Neighbours(xs, 0.5f, -0.5f, 4f, -4f, 9.34f, 10.05f, 10.1f, 0.51095414f);
                    break;
                case "Sin":
                case "Cos":
                case "Tan":
                    Linear(xs, -10f, 10f, 200_000);
                    Linear(xs, -32768f, 32768f, 200_000);
                    for (int k = -20861; k <= 20861; k++)
                    {
                        Neighbours(xs, (float)(k * (Math.PI / 2)));
                        Neighbours(xs, (float)((k + 0.5) * (Math.PI / 2)));
                    }

                    Neighbours(xs, 32768f, -32768f);
                    break;
                case "Sinh":
                case "Cosh":
                    Linear(xs, -90f, 90f, 200_000);
                    Linear(xs, -2f, 2f, 100_000);
                    Neighbours(xs, 1f, -1f, 89.4159851f, -89.4159851f, 86.5f, 88.7228394f);
                    break;
                case "Atan":
                    Linear(xs, -10f, 10f, 200_000);
                    Linear(xs, -1.5f, 1.5f, 100_000);
                    Neighbours(xs, 1f, -1f, 0.414213568f, -0.414213568f);
                    break;
            }

            return xs.ToArray();
        }

        public static void Linear(List<float> xs, float lo, float hi, int count)
        {
            for (int i = 0; i < count; i++)
            {
                xs.Add((float)(lo + (hi - lo) * (double)i / (count - 1)));
            }
        }

        // Each value and its three neighbours on either side.
        public static void Neighbours(List<float> xs, params float[] values)
        {
            foreach (float v in values)
            {
                float up = v;
                float down = v;
                xs.Add(v);
                for (int i = 0; i < 3; i++)
                {
                    up = MathF.BitIncrement(up);
                    down = MathF.BitDecrement(down);
                    xs.Add(up);
                    xs.Add(down);
                }
            }
        }
    }
}
