using System;
using System.Reflection;
using Xunit;

namespace Activations.Runtime.Tests
{
    public sealed class ActivationAttributeTests
    {
        [Fact]
        public void StoresTheExpressionVerbatim()
        {
            const string expression = "x * sigmoid(beta * x)";
            Assert.Equal(expression, new ActivationAttribute(expression).Expression);
        }

        [Fact]
        public void AcceptsNullAndLeavesTheDiagnosticToTheGenerator()
        {
            var attribute = new ActivationAttribute(null!);
            Assert.Null(attribute.Expression);
        }

        [Fact]
        public void AppliesOnceToMethodsOnlyAndIsNotInherited()
        {
            AttributeUsageAttribute? usage = typeof(ActivationAttribute).GetCustomAttribute<AttributeUsageAttribute>();
            Assert.NotNull(usage);
            Assert.Equal(AttributeTargets.Method, usage.ValidOn);
            Assert.False(usage.AllowMultiple);
            Assert.False(usage.Inherited);
            Assert.True(typeof(ActivationAttribute).IsSealed);
        }
    }
}
