using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Text;
using Activations.Generator.Symbolic;

namespace Activations.Samples.Gallery
{
    /// <summary>One chart of the gallery and what index.html says about it.</summary>
    internal sealed record GalleryPage(
        CatalogEntry Activation,
        string FileName,
        string Title,
        string FunctionFormula,
        IReadOnlyList<string> DerivativeFormula,
        ActivationNote? Note,
        string? Paper);

    /// <summary>
    /// The default run's gallery: a chart of f and f′ for every built-in and sample activation, x from −6 to 6, values
    /// from the generated code; formulas from the generator's symbolic core; and index.html with our notes on each.
    /// </summary>
    internal static class GalleryWriter
    {
        public const double From = -6;
        public const double To = 6;
        public const int Points = 1201;

        /// <summary>Writes the charts and index.html into <paramref name="directory"/>; returns the pages in order.</summary>
        public static IReadOnlyList<GalleryPage> Write(string directory)
        {
            Directory.CreateDirectory(directory);
            DocComments docs = DocComments.For(typeof(ActivationFunctions).Assembly);
            IReadOnlyList<CatalogEntry> builtIns = ActivationCatalog.BuiltIns();
            var pages = new List<GalleryPage>();
            double[] xs = Charts.Range(From, To, Points);
            foreach (CatalogEntry entry in ActivationCatalog.All())
            {
                GalleryPage page = Describe(entry, docs, builtIns);
                double[] f = xs.Select(entry.Evaluate).ToArray();
                double[] df = xs.Select(entry.EvaluateDerivative).ToArray();
                ScottPlot.Plot plot = Charts.FunctionAndDerivative(page.Title, xs, f, df, "f(x)", "f′(x)");
                Charts.SavePng(plot, Path.Combine(directory, page.FileName));
                pages.Add(page);
            }

            File.WriteAllText(Path.Combine(directory, "index.html"), Html(pages), new UTF8Encoding(false));
            return pages;
        }

        /// <summary>Formulas (limit branches for ±∞ left out), the file name, our notes and the paper.</summary>
        public static GalleryPage Describe(CatalogEntry entry, DocComments docs, IReadOnlyList<CatalogEntry> builtIns)
        {
            Derivation derivation = Derivation.Derive(entry.Expression, entry.Parameters);
            if (!derivation.Success)
            {
                throw new InvalidOperationException(entry.Name + ": " + string.Join("; ", derivation.Errors));
            }

            Expr f = Notation.WithoutLimitBranches(derivation.Context, derivation.Function);
            Expr df = Notation.WithoutLimitBranches(derivation.Context, derivation.Derivative);
            string function = Formula.Signature(entry.Parameters) + " = " + MathPrinter.Format(f);
            var derivative = new List<string>();
            IReadOnlyList<string> scheduled = Notation.Scheduled(df, "f′(x)", entry.Parameters);
            string? inline = Notation.Inline(df);
            if (inline is not null || scheduled.Count == 1)
            {
                derivative.Add("f′(x) = " + (inline ?? MathPrinter.Format(df)));
            }
            else
            {
                derivative.AddRange(scheduled);
            }

            string prefix = entry.IsBuiltIn ? string.Empty : "MyActivations.";
            string settings = entry.HyperparameterText;
            string title = prefix + entry.Name + (settings.Length > 0 ? " (" + settings + ")" : string.Empty) + ":  f(x) = " + MathPrinter.Format(f);
            string fileName = (entry.IsBuiltIn ? string.Empty : "my-") + Kebab(entry.Name) + ".png";

            ActivationNotes.All.TryGetValue(entry.Name, out ActivationNote? note);
            string? paper = entry.IsBuiltIn ? docs.Paper(entry.Function) : note?.Reference;
            if (paper is null && !entry.IsBuiltIn && builtIns.FirstOrDefault(b => b.Name == entry.Name) is CatalogEntry same)
            {
                paper = docs.Paper(same.Function);
            }

            return new GalleryPage(entry, fileName, title, function, derivative, note, paper);
        }

        /// <summary>LeakyRelu → leaky-relu.</summary>
        public static string Kebab(string name)
        {
            var builder = new StringBuilder();
            for (int i = 0; i < name.Length; i++)
            {
                char c = name[i];
                if (char.IsUpper(c) && i > 0 && !char.IsUpper(name[i - 1]))
                {
                    builder.Append('-');
                }

                builder.Append(char.ToLowerInvariant(c));
            }

            return builder.ToString();
        }

        private static string Html(IReadOnlyList<GalleryPage> pages)
        {
            static string E(string text) => WebUtility.HtmlEncode(text);
            var html = new StringBuilder();
            html.AppendLine("<!DOCTYPE html>");
            html.AppendLine("<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Activations gallery</title>");
            html.AppendLine("<style>");
            html.AppendLine("body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:1900px;padding:0 1rem;color:#222}");
            html.AppendLine("main{display:grid;grid-template-columns:repeat(auto-fill,minmax(560px,1fr));gap:1.5rem}");
            html.AppendLine("section{border:1px solid #ddd;border-radius:8px;padding:1rem}section img{width:100%;height:auto}");
            html.AppendLine("h2{margin:.2rem 0 .6rem}.origin{font-size:.8rem;color:#666;font-weight:normal}");
            html.AppendLine("pre{background:#f6f6f6;padding:.5rem;overflow-x:auto;white-space:pre-wrap;margin:.3rem 0}dt{font-weight:bold;margin-top:.4rem}dd{margin-left:1rem}");
            html.AppendLine("</style></head><body>");
            html.AppendLine("<h1>Activations gallery</h1>");
            html.AppendLine("<p>Every activation of <code>Activations.ActivationFunctions</code> and every one the samples declare in "
                + "<code>MyActivations.cs</code>, with its derivative. The curves are the generated code itself (f and <code>…Derivative</code>) "
                + "at 1201 points from −6 to 6; the formulas are the generator's symbolic core printing the same derivation, with the branches "
                + "the library adds for |x| ≥ 1e9 (so that ±∞ give limits, not NaN) left out. Shared subexpressions appear as t0, t1, … exactly "
                + "as the generated code computes them. Blue: f; purple, dashed: f′. Softmax, LogSoftmax and Softmin work on whole rows, "
                + "not one number at a time, so they have no chart here.</p>");
            html.AppendLine("<main>");
            foreach (GalleryPage page in pages)
            {
                CatalogEntry a = page.Activation;
                string type = a.Function.ReturnType == typeof(float) ? "float" : "double";
                html.AppendLine("<section id=\"" + E(Path.GetFileNameWithoutExtension(page.FileName)) + "\">");
                html.AppendLine("<h2>" + E(a.Name) + " <span class=\"origin\">" + E(a.DeclaringType.Name) + "." + E(a.Name) + "(" + type + ")"
                    + (a.HyperparameterText.Length > 0 ? ", plotted with " + E(a.HyperparameterText) : string.Empty) + "</span></h2>");
                html.AppendLine("<img src=\"" + E(page.FileName) + "\" alt=\"" + E(a.Name) + " and its derivative\" loading=\"lazy\">");
                html.AppendLine("<dl>");
                html.AppendLine("<dt>Declared as</dt><dd><code>[Activation(\"" + E(a.Expression) + "\")]</code></dd>");
                html.AppendLine("<dt>Function</dt><dd><pre>" + E(page.FunctionFormula) + "</pre></dd>");
                html.AppendLine("<dt>Derivative</dt><dd><pre>" + E(string.Join("\n", page.DerivativeFormula)) + "</pre></dd>");
                if (page.Note is not null)
                {
                    html.AppendLine("<dt>Where it is used</dt><dd>" + E(page.Note.Use) + "</dd>");
                    html.AppendLine("<dt>Known weakness</dt><dd>" + E(page.Note.Weakness) + "</dd>");
                }

                html.AppendLine("<dt>Paper</dt><dd>" + E(page.Paper ?? "—") + "</dd>");
                html.AppendLine("</dl></section>");
            }

            html.AppendLine("</main></body></html>");
            return html.ToString();
        }
    }
}
