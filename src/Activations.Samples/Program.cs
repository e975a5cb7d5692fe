using System;
using System.Globalization;

namespace Activations.Samples
{
    public static class Program
    {
        public static int Main()
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            Console.WriteLine("Swish(x, β) = x·σ(βx), generated from [Activation(\"x * sigmoid(beta * x)\")], β = 1.5");
            Console.WriteLine();
            Console.WriteLine($"{"x",6} {"f",12} {"f′",12} {"f″",12} {"∂f/∂β",12}");
            const float beta = 1.5f;
            foreach (float x in new[] { -3f, -1f, -0.5f, 0f, 0.5f, 1f, 3f })
            {
                Console.WriteLine(
                    $"{x,6:0.0} {MyActivations.Swish(x, beta),12:0.000000} {MyActivations.SwishDerivative(x, beta),12:0.000000} " +
                    $"{MyActivations.SwishSecondDerivative(x, beta),12:0.000000} {MyActivations.SwishDerivativeByBeta(x, beta),12:0.000000}");
            }

            Console.WriteLine();
            BuiltinTable.Print();
            return 0;
        }
    }
}
