using System;
using System.IO;
using System.Linq;
using System.Numerics;
using System.Text;
using Xunit;

namespace Activations.Runtime.Tests.Kernels
{
    public sealed class ZzStatsKernelTests
    {
        [Fact]
        public void Stats()
        {
            var sb = new StringBuilder();
            Run<float>(sb);
            Run<double>(sb);
            File.WriteAllText("/tmp/stats.txt", sb.ToString());
        }

        private static void Run<T>(StringBuilder sb) where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            T[] x = KernelCases.Inputs<T>();
            foreach (var spec in KernelCases.All)
            {
                var c = KernelCase<T>.Get(spec.Name);
                foreach (var o in c.Outputs)
                {
                    var d = new T[x.Length];
                    o.Span(x, d);
                    double worstRatio = 0, worstUlp = 0; T wx = T.Zero, ux = T.Zero, us = T.Zero, uv = T.Zero;
                    for (int i = 0; i < x.Length; i++)
                    {
                        T s = o.Scalar(x[i]);
                        if (T.IsNaN(s) || d[i] == s) continue;
                        double diff = Math.Abs(double.CreateTruncating(d[i]) - double.CreateTruncating(s));
                        double ulp = diff / Tolerance.Ulp(s);
                        double allowed = o.Tolerance.Allowed(x[i], s);
                        double ratio = allowed == 0 ? double.PositiveInfinity : diff / allowed;
                        if (ratio > worstRatio) { worstRatio = ratio; wx = x[i]; }
                        if (ulp > worstUlp) { worstUlp = ulp; ux = x[i]; us = s; uv = d[i]; }
                    }
                    sb.AppendLine($"{typeof(T).Name,-7} {spec.Name,-10} {o,-18} U={o.Tolerance.Ulps,5} maxUlp={worstUlp,10:G4} worst diff/allowed={worstRatio:F3} at x={wx}; worst ulp at x={ux}: scalar {us:R} vector {uv:R}");
                }
            }
        }
    }
}
