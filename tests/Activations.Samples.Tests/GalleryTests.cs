using System.IO;
using System.Linq;
using Activations.Samples.Gallery;
using Xunit;

namespace Activations.Samples.Tests
{
    public class GalleryTests
    {
        [Fact]
        public void The_default_run_prints_the_tour_and_writes_a_chart_per_activation_and_an_index()
        {
            string directory = Path.Combine(CliRunner.TempDirectory(), "gallery");

            var (exitCode, output, error) = CliRunner.Run("--gallery", directory);

            Assert.Equal(0, exitCode);
            Assert.Equal(string.Empty, error);
            Assert.Contains("Swish(x, β) = x·σ(βx)", output);
            Assert.Contains("Built-in activations (ActivationFunctions, double): f(x) / f′(x)", output);
            Assert.Contains("\n  " + directory + "\n", output);

            var entries = ActivationCatalog.All();
            string[] pngs = Directory.GetFiles(directory, "*.png");
            Assert.Equal(entries.Count, pngs.Length);
            foreach (string png in pngs)
            {
                Assert.True(CliRunner.AssertPng(png, Charts.Width, Charts.Height) > 15_000, png);
            }

            string index = File.ReadAllText(Path.Combine(directory, "index.html"));
            foreach (string png in pngs)
            {
                Assert.Contains("src=\"" + Path.GetFileName(png) + "\"", index);
            }

            Assert.Contains("Dying ReLU", index);
        }

        [Fact]
        public void Every_built_in_and_sample_activation_is_in_the_catalog()
        {
            var builtIns = ActivationCatalog.BuiltIns().Select(e => e.Name).ToArray();
            var samples = ActivationCatalog.Samples().Select(e => e.Name).ToArray();

            Assert.Contains("Gelu", builtIns);
            Assert.Contains("Threshold", builtIns);
            Assert.True(builtIns.Length >= 26, string.Join(", ", builtIns));
            Assert.Equal(builtIns.Length, builtIns.Distinct().Count());
            Assert.Equal(new[] { "Swish", "Elu", "Identity", "Snake" }, samples);
        }

        [Fact]
        public void Every_page_has_formulas_our_notes_and_a_paper()
        {
            DocComments docs = DocComments.For(typeof(ActivationFunctions).Assembly);
            var builtIns = ActivationCatalog.BuiltIns();
            foreach (CatalogEntry entry in ActivationCatalog.All())
            {
                GalleryPage page = GalleryWriter.Describe(entry, docs, builtIns);

                Assert.StartsWith("f(x", page.FunctionFormula);
                Assert.NotEmpty(page.DerivativeFormula);
                Assert.True(page.Note is not null, "no note for " + entry.Name + ": add one to ActivationNotes");
                Assert.False(string.IsNullOrWhiteSpace(page.Paper), "no paper for " + entry.Name);
                Assert.Contains("f(x) = ", page.Title);
            }
        }

        [Fact]
        public void Notes_exist_only_for_activations_that_exist()
        {
            var names = ActivationCatalog.All().Select(e => e.Name).ToHashSet();

            Assert.All(ActivationNotes.All.Keys, name => Assert.Contains(name, names));
        }

        [Fact]
        public void Titles_leave_out_the_branches_for_infinity()
        {
            DocComments docs = DocComments.For(typeof(ActivationFunctions).Assembly);
            CatalogEntry gelu = ActivationCatalog.BuiltIns().Single(e => e.Name == "Gelu");

            GalleryPage page = GalleryWriter.Describe(gelu, docs, ActivationCatalog.BuiltIns());

            Assert.DoesNotContain("1e10", page.Title);
            Assert.DoesNotContain("10000000000", page.FunctionFormula);
            Assert.Contains("erf", page.FunctionFormula);
        }
    }
}
