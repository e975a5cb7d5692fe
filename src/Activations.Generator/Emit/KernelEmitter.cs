using System.Collections.Generic;
using System.Linq;
using System.Text;
using Activations.Generator.Symbolic;

namespace Activations.Generator.Emit
{
    /// <summary>
    /// Writes the SIMD half of an activation: <c>Vector&lt;T&gt;</c> overloads and span kernels in the declaring type, and
    /// file-local kernel structs that give every output at every width (scalar, 128, 256, 512 bits) from the same DAG and
    /// schedule as the scalar code. <c>Activations.ActivationKernels</c> runs the structs over spans.
    /// </summary>
    internal static class KernelEmitter
    {
        private static readonly string[] SpanParameterNames = { "destination", "outputGradient", "inputGradient", "values", "derivatives" };

        /// <summary>Names the span members use besides the method's own parameters; a parameter may not take one of them.</summary>
        public static IReadOnlyList<string> ReservedParameterNames => SpanParameterNames;

        /// <summary>One output of the activation: f, f′, f″ or ∂f/∂p, with the name suffix and kernel struct it gets.</summary>
        internal sealed class Output
        {
            public Output(string suffix, Expr body, string symbol, string description)
            {
                Suffix = suffix;
                Body = body;
                Symbol = symbol;
                Description = description;
            }

            public string Suffix { get; }

            public Expr Body { get; }

            public string Symbol { get; }

            public string Description { get; }
        }

        public static List<Output> Outputs(ActivationDeclaration declaration, Derivation derivation)
        {
            string input = declaration.Parameters[0].Name;
            var outputs = new List<Output>
            {
                new Output(string.Empty, derivation.Evaluated, "f", "the activation"),
                new Output("Derivative", derivation.Derivative, "∂f/∂" + input, "the derivative with respect to <c>" + input + "</c>"),
                new Output("SecondDerivative", derivation.SecondDerivative, "∂²f/∂" + input + "²", "the second derivative with respect to <c>" + input + "</c>"),
            };
            for (int i = 1; i < declaration.Parameters.Count; i++)
            {
                string p = declaration.Parameters[i].Name;
                outputs.Add(new Output("DerivativeBy" + ActivationDeclaration.PascalCase(p), derivation.ParameterDerivatives[i - 1], "∂f/∂" + p, "the derivative with respect to the parameter <c>" + p + "</c>"));
            }

            return outputs;
        }

        /// <summary>The <c>Vector&lt;T&gt;</c> overload of every output, in the declaring type.</summary>
        public static void EmitVectorOverloads(IndentedWriter writer, ActivationDeclaration declaration, Derivation derivation, string definition, string generatorVersion)
        {
            string vector = VectorPrinter.TypeName(VectorWidth.Numerics, declaration.Type);
            foreach (Output output in Outputs(declaration, derivation))
            {
                writer.Line();
                writer.Line("/// <summary>");
                writer.Line("/// " + Cap(output.Description) + " at every lane of a <see cref=\"global::System.Numerics.Vector{T}\"/>, where " + SourceEmitter.Xml(definition) + ".");
                writer.Line("/// Hyperparameters are scalars, the same for every lane; the math is that of the scalar overload.");
                writer.Line("/// </summary>");
                writer.Line(SourceEmitter.GeneratedCodeAttribute(generatorVersion));
                ActivationParameter input = declaration.Parameters[0];
                writer.Open(declaration.Accessibility + " static " + vector + " " + declaration.MethodName + output.Suffix + "(" + vector + " " + input.CSharpName + HyperparameterList(declaration, withDefaults: true) + ")");
                WriteVectorBody(writer, declaration, VectorWidth.Numerics, new[] { output.Body }, hyperparametersAreFields: false, returnLast: false, outName: null);
                writer.Close();
            }
        }

        /// <summary>The span kernels, in the declaring type: forward, each derivative, backward, fused and the hyperparameter gradients.</summary>
        public static void EmitSpanMembers(IndentedWriter writer, ActivationDeclaration declaration, Derivation derivation, string definition, string generatorVersion)
        {
            string t = declaration.TypeKeyword;
            string input = declaration.Parameters[0].CSharpName;
            string inputName = declaration.Parameters[0].Name;
            string readOnlySpan = "global::System.ReadOnlySpan<" + t + ">";
            string span = "global::System.Span<" + t + ">";
            string arguments = string.Join(", ", declaration.Parameters.Skip(1).Select(p => p.CSharpName));
            string hyper = HyperparameterList(declaration, withDefaults: true);
            string where = SourceEmitter.Xml(definition);

            foreach (Output output in Outputs(declaration, derivation))
            {
                writer.Line();
                writer.Line("/// <summary>");
                writer.Line("/// Computes " + output.Description + " elementwise: <c>destination[i] = " + SourceEmitter.Xml(output.Symbol) + "(" + inputName + "[i])</c>, where " + where + ".");
                writer.Line("/// </summary>");
                SpanRemarks(writer, "destination");
                writer.Line(SourceEmitter.GeneratedCodeAttribute(generatorVersion));
                writer.Open(declaration.Accessibility + " static void " + declaration.MethodName + output.Suffix + "(" + readOnlySpan + " " + input + ", " + span + " destination" + hyper + ")");
                writer.Line("global::Activations.ActivationKernels.Map(" + input + ", destination, new " + KernelName(declaration, output.Suffix) + "(" + arguments + "));");
                writer.Close();
            }

            string derivativeKernel = KernelName(declaration, "Derivative");
            writer.Line();
            writer.Line("/// <summary>");
            writer.Line("/// The backward pass: <c>inputGradient[i] = outputGradient[i]·∂f/∂" + inputName + "(" + inputName + "[i])</c>, where " + where + ".");
            writer.Line("/// </summary>");
            SpanRemarks(writer, "inputGradient");
            writer.Line(SourceEmitter.GeneratedCodeAttribute(generatorVersion));
            writer.Open(declaration.Accessibility + " static void " + declaration.MethodName + "Backward(" + readOnlySpan + " " + input + ", " + readOnlySpan + " outputGradient, " + span + " inputGradient" + hyper + ")");
            writer.Line("global::Activations.ActivationKernels.MapBackward(" + input + ", outputGradient, inputGradient, new " + derivativeKernel + "(" + arguments + "));");
            writer.Close();

            writer.Line();
            writer.Line("/// <summary>");
            writer.Line("/// f and ∂f/∂" + inputName + " in one pass, sharing their common subexpressions: <c>values[i] = f(" + inputName + "[i])</c>, <c>derivatives[i] = ∂f/∂" + inputName + "(" + inputName + "[i])</c>, where " + where + ".");
            writer.Line("/// </summary>");
            SpanRemarks(writer, "values");
            writer.Line(SourceEmitter.GeneratedCodeAttribute(generatorVersion));
            writer.Open(declaration.Accessibility + " static void " + declaration.MethodName + "WithDerivative(" + readOnlySpan + " " + input + ", " + span + " values, " + span + " derivatives" + hyper + ")");
            writer.Line("global::Activations.ActivationKernels.MapWithDerivative(" + input + ", values, derivatives, new " + KernelName(declaration, "WithDerivative") + "(" + arguments + "));");
            writer.Close();

            for (int i = 1; i < declaration.Parameters.Count; i++)
            {
                string p = declaration.Parameters[i].Name;
                string suffix = "DerivativeBy" + ActivationDeclaration.PascalCase(p);
                writer.Line();
                writer.Line("/// <summary>");
                writer.Line("/// The gradient of the hyperparameter <c>" + p + "</c>: <c>Σᵢ outputGradient[i]·∂f/∂" + p + "(" + inputName + "[i])</c>, where " + where + ".");
                writer.Line("/// </summary>");
                writer.Line("/// <exception cref=\"global::System.ArgumentException\">outputGradient and " + inputName + " differ in length.</exception>");
                writer.Line(SourceEmitter.GeneratedCodeAttribute(generatorVersion));
                writer.Open(declaration.Accessibility + " static " + t + " " + declaration.MethodName + "BackwardBy" + ActivationDeclaration.PascalCase(p) + "(" + readOnlySpan + " " + input + ", " + readOnlySpan + " outputGradient" + hyper + ")");
                writer.Line("return global::Activations.ActivationKernels.SumProduct(" + input + ", outputGradient, new " + KernelName(declaration, suffix) + "(" + arguments + "));");
                writer.Close();
            }
        }

        /// <summary>The file-local kernel structs, one per output plus the fused f-and-f′ kernel.</summary>
        public static void EmitKernelStructs(IndentedWriter writer, ActivationDeclaration declaration, Derivation derivation, string generatorVersion)
        {
            string t = declaration.TypeKeyword;
            ActivationParameter input = declaration.Parameters[0];
            foreach (Output output in Outputs(declaration, derivation))
            {
                writer.Line();
                string name = KernelName(declaration, output.Suffix);
                OpenStruct(writer, declaration, name, "global::Activations.IActivationKernel<" + t + ">", SourceEmitter.Xml(output.Symbol) + " of <c>" + declaration.MethodName + "</c> at every width", generatorVersion);

                writer.Line("[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]");
                writer.Open("public " + t + " Invoke(" + t + " " + input.CSharpName + ")");
                WriteScalarBody(writer, declaration, new[] { output.Body }, outName: null);
                writer.Close();
                foreach (VectorWidth width in new[] { VectorWidth.V128, VectorWidth.V256, VectorWidth.V512 })
                {
                    string vector = VectorPrinter.TypeName(width, declaration.Type);
                    writer.Line();
                    writer.Line("[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]");
                    writer.Open("public " + vector + " Invoke(" + vector + " " + input.CSharpName + ")");
                    WriteVectorBody(writer, declaration, width, new[] { output.Body }, hyperparametersAreFields: true, returnLast: false, outName: null);
                    writer.Close();
                }

                writer.Close();
            }

            // The fused kernel: one schedule over f and f′, so their shared work is done once.
            writer.Line();
            string fused = KernelName(declaration, "WithDerivative");
            OpenStruct(writer, declaration, fused, "global::Activations.IActivationKernelWithDerivative<" + t + ">", "f and ∂f/∂" + input.Name + " of <c>" + declaration.MethodName + "</c> together at every width", generatorVersion);
            var roots = new[] { derivation.Evaluated, derivation.Derivative };
            string outName = Unique("derivative", declaration.Parameters.Select(p => p.CSharpName));
            writer.Line("[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]");
            writer.Open("public " + t + " Invoke(" + t + " " + input.CSharpName + ", out " + t + " " + outName + ")");
            WriteScalarBody(writer, declaration, roots, outName);
            writer.Close();
            foreach (VectorWidth width in new[] { VectorWidth.V128, VectorWidth.V256, VectorWidth.V512 })
            {
                string vector = VectorPrinter.TypeName(width, declaration.Type);
                writer.Line();
                writer.Line("[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]");
                writer.Open("public " + vector + " Invoke(" + vector + " " + input.CSharpName + ", out " + vector + " " + outName + ")");
                WriteVectorBody(writer, declaration, width, roots, hyperparametersAreFields: true, returnLast: true, outName: outName);
                writer.Close();
            }

            writer.Close();
        }

        /// <summary>The struct's name: the method, the output and "Kernel" (file-local, so it cannot clash outside this file).</summary>
        public static string KernelName(ActivationDeclaration declaration, string suffix) => declaration.MethodName.TrimStart('@') + suffix + "Kernel";

        private static void OpenStruct(IndentedWriter writer, ActivationDeclaration declaration, string name, string interfaceName, string summary, string generatorVersion)
        {
            writer.Line("/// <summary>" + summary + ", for <see cref=\"global::Activations.ActivationKernels\"/>.</summary>");
            writer.Line(SourceEmitter.GeneratedCodeAttribute(generatorVersion));
            writer.Open("file readonly struct " + name + " : " + interfaceName);
            if (declaration.Parameters.Count > 1)
            {
                foreach (ActivationParameter p in declaration.Parameters.Skip(1))
                {
                    writer.Line("private readonly " + declaration.TypeKeyword + " " + p.CSharpName + ";");
                }

                writer.Line();
                writer.Open("public " + name + "(" + string.Join(", ", declaration.Parameters.Skip(1).Select(p => declaration.TypeKeyword + " " + p.CSharpName)) + ")");
                foreach (ActivationParameter p in declaration.Parameters.Skip(1))
                {
                    writer.Line("this." + p.CSharpName + " = " + p.CSharpName + ";");
                }

                writer.Close();
                writer.Line();
            }
        }

        /// <summary>Scalar body for one or two roots; with two, the second goes to the out parameter.</summary>
        private static void WriteScalarBody(IndentedWriter writer, ActivationDeclaration declaration, IReadOnlyList<Expr> roots, string? outName)
        {
            string[] names = declaration.Parameters.Select(p => p.CSharpName).ToArray();
            var reserved = declaration.Parameters.Select(p => p.Name).Concat(names).ToList();
            if (outName is not null)
            {
                reserved.Add(outName);
            }

            var schedule = new Schedule(roots, reserved, pairCalls: true);
            var code = new CSharpPrinter(declaration.Type, names, schedule.Names, vectorMathScalars: true);
            WriteLocalsAndReturn(writer, schedule, code, roots, outName);
        }

        /// <summary>Vector body: hyperparameters broadcast once, then the same schedule as the scalar code.</summary>
        private static void WriteVectorBody(
            IndentedWriter writer,
            ActivationDeclaration declaration,
            VectorWidth width,
            IReadOnlyList<Expr> roots,
            bool hyperparametersAreFields,
            bool returnLast,
            string? outName)
        {
            var reserved = declaration.Parameters.SelectMany(p => new[] { p.Name, p.CSharpName }).ToList();
            if (outName is not null)
            {
                reserved.Add(outName);
            }

            var used = new HashSet<int>(new ExprProgram(roots).Nodes.Where(n => n.Kind == ExprKind.Variable).Select(n => n.Variable));
            var variableNames = new string[declaration.Parameters.Count];
            variableNames[0] = declaration.Parameters[0].CSharpName;
            var broadcasts = new List<string>();
            for (int i = 1; i < declaration.Parameters.Count; i++)
            {
                string broadcast = Unique(declaration.Parameters[i].Name.TrimStart('@') + "Vector", reserved);
                reserved.Add(broadcast);
                variableNames[i] = broadcast;
                if (used.Contains(i))
                {
                    string source = (hyperparametersAreFields ? "this." : string.Empty) + declaration.Parameters[i].CSharpName;
                    broadcasts.Add("var " + broadcast + " = " + VectorPrinter.StaticClass(width) + ".Create(" + source + ");");
                }
            }

            foreach (string line in broadcasts)
            {
                writer.Line(line);
            }

            var schedule = new Schedule(roots, reserved, pairCalls: true);
            var code = new VectorPrinter(declaration.Type, width, variableNames, schedule.Names);
            WriteLocalsAndReturn(writer, schedule, code, roots, outName);
        }

        private static void WriteLocalsAndReturn(IndentedWriter writer, Schedule schedule, ExpressionPrinter code, IReadOnlyList<Expr> roots, string? outName)
        {
            var math = new MathPrinter(schedule.Names);
            foreach (Expr local in schedule.Locals)
            {
                if (schedule.IsDefinedByPair(local))
                {
                    continue;
                }

                if (schedule.TryGetPair(local, out PairedCall pair))
                {
                    string complement = schedule.Names[pair.Complement];
                    string target = "global::Activations.VectorMath." + pair.Function;
                    string comment = math.Print(pair.Primary) + "; " + complement + " = " + math.Print(pair.Complement);
                    string call;
                    if (pair.Product is null)
                    {
                        call = code.PrintCallWithOut(target, pair.Primary[0], complement);
                    }
                    else
                    {
                        string product = schedule.Names[pair.Product];
                        call = code.PrintCallWithOut(target, pair.Primary[0], complement, product);
                        comment += "; " + product + " = " + math.Print(pair.Product);
                    }

                    writer.Line("var " + schedule.Names[pair.Primary] + " = " + call + "; // " + comment);
                    continue;
                }

                writer.Line("var " + schedule.Names[local] + " = " + code.Print(local) + "; // " + math.Print(local));
            }

            string Reference(Expr root) => schedule.Names.TryGetValue(root, out string? name) ? name : code.Print(root);
            if (outName is not null)
            {
                writer.Line(outName + " = " + Reference(roots[1]) + "; // " + MathPrinter.Format(roots[1], schedule.Names).Replace("\n", " "));
            }

            writer.Line("return " + Reference(roots[0]) + ";");
        }

        private static string HyperparameterList(ActivationDeclaration declaration, bool withDefaults)
        {
            var builder = new StringBuilder();
            foreach (ActivationParameter p in declaration.Parameters.Skip(1))
            {
                builder.Append(", ").Append(declaration.TypeKeyword).Append(' ').Append(p.CSharpName);
                if (withDefaults && p.DefaultValue is not null)
                {
                    builder.Append(" = ").Append(p.DefaultValue);
                }
            }

            return builder.ToString();
        }

        private static void SpanRemarks(IndentedWriter writer, string output)
        {
            writer.Line("/// <remarks>");
            writer.Line("/// Runs on the widest hardware-accelerated vector (512, 256 or 128 bits). <c>" + output + "</c> may be the very same");
            writer.Line("/// memory as an input (in place); any other overlap, a shorter output or inputs of different lengths throw.");
            writer.Line("/// </remarks>");
            writer.Line("/// <exception cref=\"global::System.ArgumentException\">An output is too short or partially overlaps an input, or the inputs differ in length.</exception>");
        }

        private static string Unique(string name, IEnumerable<string> reserved)
        {
            var taken = new HashSet<string>(reserved);
            while (taken.Contains(name))
            {
                name += "_";
            }

            return name;
        }

        private static string Cap(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);
    }
}
