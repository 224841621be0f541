using CorpusLens.Cli;
using CorpusLens.Notebooks.Format;

namespace CorpusLens.Tests.Notebooks;

[Collection(NotebookCollection.Name)]
public sealed class NotebooksCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("corpuslens-notebooks-cli-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CorpusLensCommandLine.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private string Write(string name, Notebook notebook)
    {
        var path = Path.Combine(folder, name);
        NotebookWriter.Write(notebook, path);
        return path;
    }

    [Fact]
    public void Run_writes_executed_copies_and_prints_a_summary_per_notebook()
    {
        var first = Write("a.ipynb", Notebook.Create().AddCode("var x = 20;").AddCode("x + 1"));
        var second = Write("b.ipynb", Notebook.Create().AddMarkdown("# B").AddCode("\"b\""));
        var outFolder = Path.Combine(folder, "out");

        var (exit, output, error) = Run("notebooks", "run", first, second, "--out", outFolder);

        Assert.True(exit == 0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith($"{first}: 2 code cells ran in ", lines[0], StringComparison.Ordinal);
        Assert.StartsWith($"{second}: 1 code cells ran in ", lines[1], StringComparison.Ordinal);
        var executed = NotebookReader.Read(Path.Combine(outFolder, "a.ipynb"));
        Assert.Equal("21", executed.Cells[1].Outputs.Single().Data["text/plain"]);
        Assert.Null(NotebookReader.Read(first).Cells[1].ExecutionCount);
    }

    [Fact]
    public void Run_exits_non_zero_with_one_line_naming_notebook_cell_line_and_compiler_message()
    {
        var path = Write("broken.ipynb", Notebook.Create().AddMarkdown("# Broken").AddCode("var a = 1;").AddCode("var b = a;\nfoo();"));
        var later = Write("later.ipynb", Notebook.Create().AddCode("1"));
        var outFolder = Path.Combine(folder, "out");

        var (exit, output, error) = Run("notebooks", "run", path, later, "--out", outFolder);

        Assert.Equal(1, exit);
        Assert.Equal($"corpuslens: error: {path}: cell 3, line 2: CS0103: The name 'foo' does not exist in the current context (at: foo();){Environment.NewLine}", error);
        Assert.Empty(output);
        var executed = NotebookReader.Read(Path.Combine(outFolder, "broken.ipynb"));
        Assert.Equal(OutputKind.Error, executed.Cells[2].Outputs.Single().Kind);
        Assert.False(File.Exists(Path.Combine(outFolder, "later.ipynb")));
    }

    [Fact]
    public void Export_writes_an_html_page_and_a_file_based_app()
    {
        var notebook = Path.Combine(RepositoryNotebooksTests.Root, "notebooks", "01-load-and-explore.ipynb");
        var html = Path.Combine(folder, "page.html");
        var app = Path.Combine(folder, "app.cs");

        var (htmlExit, htmlOutput, htmlError) = Run("notebooks", "export", notebook, "--to", "html", "--out", html);
        var (appExit, _, appError) = Run("notebooks", "export", notebook, "--to", "cs", "--out", app);

        Assert.True(htmlExit == 0, htmlError);
        Assert.True(appExit == 0, appError);
        Assert.Equal($"{notebook}: exported to {html}{Environment.NewLine}", htmlOutput);
        Assert.Contains("<h1", File.ReadAllText(html), StringComparison.Ordinal);
        Assert.Contains("#:package Plotly.NET.CSharp@0.14.0", File.ReadAllText(app), StringComparison.Ordinal);
    }

    [Fact]
    public void Export_rejects_an_unknown_target()
    {
        var (exit, _, error) = Run("notebooks", "export", "x.ipynb", "--to", "pdf");
        Assert.NotEqual(0, exit);
        Assert.Contains("pdf", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_reports_a_missing_notebook_in_one_line()
    {
        var missing = Path.Combine(folder, "missing.ipynb");
        var (exit, _, error) = Run("notebooks", "run", missing);
        Assert.Equal(1, exit);
        Assert.Equal($"corpuslens: error: {missing}: no such notebook{Environment.NewLine}", error);
    }
}
