using System.Xml.Linq;
using CorpusLens.Notebooks.Execution;
using CorpusLens.Notebooks.Format;

namespace CorpusLens.Tests.Notebooks;

/// <summary>Checks every committed notebook: package versions equal Directory.Packages.props, Polyglot metadata, tutorial shape, small size.</summary>
public class RepositoryNotebooksTests
{
    internal static readonly string Root = Path.GetDirectoryName(CorpusLens.Corpus.FindBundledData())!;

    public static TheoryData<string> Notebooks()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(Root, "notebooks"), "*.ipynb").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }
        return data;
    }

    internal static Dictionary<string, string> AllowedVersions()
    {
        var versions = XDocument.Load(Path.Combine(Root, "Directory.Packages.props"))
            .Descendants("PackageVersion")
            .ToDictionary(element => (string)element.Attribute("Include")!, element => (string)element.Attribute("Version")!, StringComparer.OrdinalIgnoreCase);
        var library = XDocument.Load(Path.Combine(Root, "src", "CorpusLens", "CorpusLens.csproj")).Descendants("Version").Single().Value;
        versions["CorpusLens"] = library;
        return versions;
    }

    /// <summary>One message per <c>#r "nuget: Id, Version"</c> whose version is not the allowed one.</summary>
    internal static List<string> Drift(Notebook notebook, IReadOnlyDictionary<string, string> allowed)
    {
        var problems = new List<string>();
        for (var index = 0; index < notebook.Cells.Count; index++)
        {
            var cell = notebook.Cells[index];
            if (cell.Kind != CellKind.Code)
            {
                continue;
            }
            foreach (var directive in CellDirectives.Parse(cell.Source, cell.KernelName).Directives.Where(directive => directive.Kind == DirectiveKind.Package))
            {
                if (!allowed.TryGetValue(directive.Value, out var version))
                {
                    problems.Add($"cell {index + 1}: {directive.Value} is not in Directory.Packages.props");
                }
                else if (version != directive.Version)
                {
                    problems.Add($"cell {index + 1}: {directive.Value} {directive.Version}, but Directory.Packages.props has {version}");
                }
            }
        }
        return problems;
    }

    [Fact]
    public void There_is_at_least_the_first_tutorial() => Assert.Contains("01-load-and-explore.ipynb", Directory.GetFiles(Path.Combine(Root, "notebooks"), "*.ipynb").Select(Path.GetFileName));

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Package_versions_match_Directory_Packages_props(string name)
    {
        var notebook = NotebookReader.Read(Path.Combine(Root, "notebooks", name));
        Assert.Empty(Drift(notebook, AllowedVersions()));
        Assert.Contains(notebook.Cells, cell => cell.Source.Contains("#r \"nuget: CorpusLens, ", StringComparison.Ordinal));
    }

    [Fact]
    public void The_drift_check_reports_another_version_and_an_unknown_package()
    {
        var notebook = Notebook.Create()
            .AddMarkdown("#r \"nuget: Ignored, 1.0.0\" in markdown is text")
            .AddCode("#r \"nuget: Plotly.NET.CSharp, 0.13.0\"\n#r \"nuget: Unknown.Package, 1.0.0\"\n#r \"nuget: CorpusLens, 0.1.0\"");
        var allowed = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Plotly.NET.CSharp"] = "0.14.0", ["CorpusLens"] = "0.1.0" };
        Assert.Equal(
            ["cell 2: Plotly.NET.CSharp 0.13.0, but Directory.Packages.props has 0.14.0", "cell 2: Unknown.Package is not in Directory.Packages.props"],
            Drift(notebook, allowed));
    }

    // A chart: Plotly.NET's or XPlot's Chart.X(...), or a CorpusLens builder such as StanceCharts.ByArticle(...).
    private static readonly System.Text.RegularExpressions.Regex ChartCall =
        new(@"\b(\w*Charts|Chart)\.\w+[<(]", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Is_a_polyglot_csharp_notebook_shaped_as_a_tutorial(string name)
    {
        var path = Path.Combine(Root, "notebooks", name);
        var notebook = NotebookReader.Read(path);
        Assert.Equal(4, notebook.FormatVersion);
        Assert.Equal(".net-csharp", notebook.Metadata["kernelspec"]?["name"]?.GetValue<string>());
        Assert.Equal("csharp", notebook.Metadata["polyglot_notebook"]?["kernelInfo"]?["defaultKernelName"]?.GetValue<string>());
        Assert.All(notebook.Cells.Where(cell => cell.Kind == CellKind.Code),
            cell => Assert.Equal("csharp", cell.Metadata["polyglot_notebook"]?["kernelName"]?.GetValue<string>()));
        Assert.StartsWith("# ", notebook.Cells[0].Source, StringComparison.Ordinal);
        Assert.Contains(notebook.Cells, cell => cell.Kind == CellKind.Markdown && cell.Source.Contains("Exercise", StringComparison.Ordinal));
        Assert.Contains(notebook.Cells, cell => cell.Kind == CellKind.Markdown && cell.Source.Contains("Answer", StringComparison.Ordinal));
        Assert.Contains(notebook.Cells, cell => cell.Kind == CellKind.Code && ChartCall.IsMatch(cell.Source));
        Assert.True(new FileInfo(path).Length < 500_000, $"{name} is {new FileInfo(path).Length} bytes: no inlined plotly.js in committed notebooks");
        Assert.DoesNotContain(notebook.Cells.SelectMany(cell => cell.Outputs).SelectMany(output => output.Data.Values),
            text => text.Contains("cdn.plot.ly", StringComparison.Ordinal) || text.Length > 200_000);
    }
}
