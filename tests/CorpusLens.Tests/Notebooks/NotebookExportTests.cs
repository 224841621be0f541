using System.Diagnostics;
using CorpusLens.Notebooks.Display;
using CorpusLens.Notebooks.Export;
using CorpusLens.Notebooks.Format;

namespace CorpusLens.Tests.Notebooks;

[Collection(NotebookCollection.Name)]
public class NotebookExportTests
{
    private static string Root => RepositoryNotebooksTests.Root;

    private static int Count(string text, string part)
    {
        var count = 0;
        for (var index = text.IndexOf(part, StringComparison.Ordinal); index >= 0; index = text.IndexOf(part, index + part.Length, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }

    private static NotebookOutput Html(string html)
    {
        var output = new NotebookOutput { Kind = OutputKind.DisplayData };
        output.Data["text/html"] = html;
        return output;
    }

    [Fact]
    public void Html_export_escapes_code_and_text_and_renders_markdown_without_raw_html()
    {
        var notebook = Notebook.Create()
            .AddMarkdown("# Title <script>alert('md')</script>\n\nSome **bold** text.")
            .AddCode("var html = \"<script>alert('code')</script>\";\nConsole.WriteLine(html);");
        notebook.Cells[1].Outputs.Add(NotebookOutput.Stream("stdout", "<script>alert('out')</script>\n"));
        var plain = new NotebookOutput { Kind = OutputKind.ExecuteResult, ExecutionCount = 1 };
        plain.Data["text/plain"] = "a < b & c";
        notebook.Cells[1].Outputs.Add(plain);

        var page = HtmlExporter.ToHtml(notebook, "T<1>");

        Assert.Contains("<title>T&lt;1&gt;</title>", page, StringComparison.Ordinal);
        Assert.Contains("<h1", page, StringComparison.Ordinal);
        Assert.Contains("<strong>bold</strong>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", page, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#39;code&#39;)&lt;/script&gt;", page, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#39;out&#39;)", page, StringComparison.Ordinal);
        Assert.Contains("a &lt; b &amp; c", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Plotly", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_export_inlines_plotly_once_for_several_charts_and_loads_nothing_from_outside()
    {
        var notebook = Notebook.Create().AddCode("chart").AddCode("chart");
        notebook.Cells[0].Outputs.Add(Html(ChartHtml.ForFigureJson("{\"data\":[{\"type\":\"bar\",\"y\":[1,2]}],\"layout\":{}}")));
        notebook.Cells[1].Outputs.Add(Html(ChartHtml.ForFigureJson("{\"data\":[{\"type\":\"bar\",\"y\":[3]}],\"layout\":{}}")));

        var page = HtmlExporter.ToHtml(notebook, "charts");

        Assert.Equal(1, Count(page, PlotlyScript.Text[..200]));
        Assert.Equal(2, Count(page, "class=\"corpuslens-chart\""));
        Assert.DoesNotContain("src=\"http", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script src", page, StringComparison.Ordinal);
        Assert.True(page.IndexOf(PlotlyScript.Text[..200], StringComparison.Ordinal) < page.IndexOf("corpuslens-chart", StringComparison.Ordinal));
    }

    [Fact]
    public void File_app_export_maps_directives_hoists_usings_and_types_and_displays_last_expressions()
    {
        var notebook = Notebook.Create()
            .AddMarkdown("# Title\n\nWhat it does.")
            .AddCode("#r \"nuget: CorpusLens, 0.1.0\"\n#r \"nuget: Plotly.NET.CSharp, 0.14.0\"\n#i \"nuget: /feed\"\nusing CorpusLens;\nusing Plotly.NET.CSharp;")
            .AddCode("record Pair(string Key, int Value);\nvar pair = new Pair(\"a\", 1);\npair.Value + 1")
            .AddCode("#!markdown\nA markdown cell written as code.")
            .AddCode("display(pair);");
        var app = FileAppExporter.ToFileApp(notebook, Path.Combine(Root, "notebooks", "x.ipynb"), Path.Combine(Root, "artifacts", "x.cs"));

        var lines = app.Split('\n');
        Assert.Contains("#:package Plotly.NET.CSharp@0.14.0", lines);
        Assert.Contains("#:project ../src/CorpusLens/CorpusLens.csproj", lines);
        Assert.DoesNotContain(lines, line => line.StartsWith("#:package CorpusLens", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, line => line.StartsWith("#r", StringComparison.Ordinal) || line.StartsWith("#i", StringComparison.Ordinal));
        Assert.Contains("// # Title", lines);
        Assert.Contains("// A markdown cell written as code.", lines);
        Assert.Contains("display(pair.Value + 1);", lines);
        Assert.Contains("display(pair);", lines);
        var firstStatement = Array.FindIndex(lines, line => line.StartsWith("Directory.SetCurrentDirectory", StringComparison.Ordinal));
        Assert.True(Array.IndexOf(lines, "using Plotly.NET.CSharp;") < firstStatement);
        Assert.True(Array.IndexOf(lines, "using CorpusLens;") < firstStatement);
        Assert.True(Array.FindIndex(lines, line => line.StartsWith("record Pair", StringComparison.Ordinal)) > Array.IndexOf(lines, "display(pair);"));
    }

    [Fact]
    public void File_app_export_refuses_an_assembly_path_naming_cell_and_line()
    {
        var notebook = Notebook.Create().AddMarkdown("x").AddCode("var a = 1;\n#r \"bin/CorpusLens.dll\"");
        var exception = Assert.Throws<CorpusLensException>(() =>
            FileAppExporter.ToFileApp(notebook, Path.Combine(Root, "notebooks", "x.ipynb"), Path.Combine(Root, "x.cs")));
        Assert.Equal($"{Path.Combine(Root, "notebooks", "x.ipynb")}: cell 2, line 2: #r on a path cannot be exported to a file-based app; reference a package instead", exception.Message);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public async Task The_first_tutorial_exported_as_a_file_based_app_runs_and_saves_its_charts()
    {
        var folder = Directory.CreateTempSubdirectory("corpuslens-app-").FullName;
        try
        {
            var app = FileAppExporter.Export(Path.Combine(Root, "notebooks", "01-load-and-explore.ipynb"), Path.Combine(folder, "explore.cs"));
            var start = new ProcessStartInfo("dotnet", ["run", app])
            {
                WorkingDirectory = folder,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_NOLOGO"] = "1";
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
            await process.WaitForExitAsync(timeout.Token);
            Assert.True(process.ExitCode == 0, $"exit {process.ExitCode}\n{await output}\n{await error}");

            var text = await output;
            Assert.Contains("loaded 5 articles, skipped 0", text, StringComparison.Ordinal);
            Assert.Contains("Longest sentences:", text, StringComparison.Ordinal);
            var charts = Directory.GetFiles(folder, "explore-chart-*.html").Order(StringComparer.Ordinal).ToList();
            Assert.Equal(2, charts.Count);
            var page = await File.ReadAllTextAsync(charts[0]);
            Assert.Contains("Plotly.newPlot", page, StringComparison.Ordinal);
            Assert.Contains(PlotlyScript.Text[..200], page, StringComparison.Ordinal);
            Assert.DoesNotContain("src=\"http", page, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
