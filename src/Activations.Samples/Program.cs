using System;
using System.Globalization;

namespace Activations.Samples
{
    public static class Program
    {
        public static int Main(string[] args)
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            Console.OutputEncoding = System.Text.Encoding.UTF8;
            return SamplesCli.Run(args, Console.Out, Console.Error);
        }
    }
}
