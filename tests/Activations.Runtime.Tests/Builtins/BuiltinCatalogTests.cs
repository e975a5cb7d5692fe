using System;
using System.Linq;
using System.Reflection;
using Xunit;

namespace Activations.Runtime.Tests.Builtins
{
    /// <summary>The test catalog describes exactly the [Activation] methods of <see cref="ActivationFunctions"/>.</summary>
    public sealed class BuiltinCatalogTests
    {
        [Fact]
        public void The_catalog_lists_every_declared_builtin_with_its_parameters_and_defaults()
        {
            MethodInfo[] declared = typeof(ActivationFunctions).GetMethods(BindingFlags.Public | BindingFlags.Static)
                .Where(m => m.GetCustomAttribute<ActivationAttribute>() is not null).ToArray();
            Assert.Equal(26, BuiltinCatalog.All.Count);
            Assert.Equal(BuiltinCatalog.All.Select(b => b.Name).OrderBy(n => n), declared.Select(m => m.Name).Distinct().OrderBy(n => n));
            foreach (Builtin b in BuiltinCatalog.All)
            {
                foreach (Type t in new[] { typeof(float), typeof(double) })
                {
                    MethodInfo m = declared.Single(d => d.Name == b.Name && d.ReturnType == t);
                    ParameterInfo[] parameters = m.GetParameters();
                    Assert.Equal(["x", .. b.Parameters], parameters.Select(p => p.Name!));
                    Assert.All(parameters, p => Assert.Equal(t, p.ParameterType));

                    // The "default" set is the C# defaults wherever the method declares them (PRelu and Threshold have
                    // none; their "default" set is PyTorch's usual value and documentation example).
                    if (b.Parameters.Length == 0)
                    {
                        continue;
                    }

                    if (parameters.Skip(1).All(p => p.HasDefaultValue))
                    {
                        double[] defaults = parameters.Skip(1).Select(p => Convert.ToDouble(p.DefaultValue)).ToArray();
                        Assert.Equal(b.Sets.Single(s => s.Label == "default").Values.Select(v => t == typeof(float) ? (double)(float)v : v), defaults);
                    }
                    else
                    {
                        Assert.Contains(b.Name, new[] { "PRelu", "Threshold" });
                    }
                }
            }
        }
    }
}
