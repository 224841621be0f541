using CorpusLens.Notebooks.Execution;
using CorpusLens.Notebooks.Format;

namespace CorpusLens.Tests.Notebooks;

[Collection(NotebookCollection.Name)]
public class NotebookRunnerTests
{
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "corpuslens-runner-tests");

    private static Task<NotebookRunResult> Run(Notebook notebook) =>
        NotebookRunner.RunAsync(notebook, Path.Combine(Folder, "test.ipynb"), new NotebookRunOptions { WorkingDirectory = Path.GetTempPath() });

    [Fact]
    public async Task Carries_state_shows_values_and_captures_the_console()
    {
        var notebook = Notebook.Create()
            .AddCode("var numbers = new List<int> { 1, 2, 3 };")
            .AddMarkdown("Between the cells.")
            .AddCode("numbers.Add(4);\nConsole.WriteLine(\"count \" + numbers.Count);\ndisplay(HTML(\"<b>bold</b>\"));\nnumbers.Sum()")
            .AddCode("#!markdown\nThis is markdown, not code: var x = ;")
            .AddCode("int Twice(int value) => value * 2;")
            .AddCode("Twice(numbers.Count)");
        var result = await Run(notebook);

        Assert.True(result.Succeeded, result.FailureMessage);
        Assert.Equal([1, null, 2, null, 3, 4], notebook.Cells.Select(cell => cell.ExecutionCount));
        var outputs = notebook.Cells[2].Outputs;
        Assert.Equal([OutputKind.Stream, OutputKind.DisplayData, OutputKind.ExecuteResult], outputs.Select(output => output.Kind));
        Assert.Equal("count 4\n", outputs[0].Text);
        Assert.Equal("<b>bold</b>", outputs[1].Data["text/html"]);
        Assert.Equal("10", outputs[2].Data["text/plain"]);
        Assert.Equal(2, outputs[2].ExecutionCount);
        Assert.Empty(notebook.Cells[0].Outputs);
        Assert.Equal("8", notebook.Cells[5].Outputs.Single().Data["text/plain"]);
        Assert.Equal(4, result.CodeCellsRun);
    }

    [Fact]
    public async Task References_packages_the_tool_carries_and_shows_dataframes_and_charts_as_html()
    {
        var notebook = Notebook.Create()
            .AddCode("#r \"nuget: CorpusLens, 0.1.0\"\n#r \"nuget: Plotly.NET.CSharp, 0.14.0\"\n#i \"nuget: /somewhere/packages\"\nusing CorpusLens;\nusing Plotly.NET.CSharp;")
            .AddCode("var corpus = Corpus.FromArticles([]);\ncorpus.Articles")
            .AddCode("Chart.Column<int, string, string>(new[] { 3, 1 }, Keys: new[] { \"<a>\", \"b\" })");
        var result = await Run(notebook);

        Assert.True(result.Succeeded, result.FailureMessage);
        var table = notebook.Cells[1].Outputs.Single().Data["text/html"];
        Assert.StartsWith("<table", table, StringComparison.Ordinal);
        Assert.Contains("<th>id</th>", table, StringComparison.Ordinal);
        var chart = notebook.Cells[2].Outputs.Single().Data["text/html"];
        Assert.Contains("Plotly.newPlot", chart, StringComparison.Ordinal);
        Assert.Contains("\\u003ca>", chart, StringComparison.Ordinal);
        Assert.DoesNotContain("<a>", chart, StringComparison.Ordinal);
        Assert.True(chart.Length < 20_000, "the chart output must not inline plotly.js");
    }

    [Fact]
    public async Task Shows_xplot_charts_for_older_tutorials_without_inlining_plotly()
    {
        var notebook = Notebook.Create()
            .AddCode("#r \"nuget: XPlot.Plotly, 4.1.0\"\nusing XPlot.Plotly;")
            .AddCode("Chart.Bar(new[] { 1, 2, 3 })");
        var result = await Run(notebook);

        Assert.True(result.Succeeded, result.FailureMessage);
        var html = notebook.Cells[1].Outputs.Single().Data["text/html"];
        Assert.Contains("class=\"corpuslens-chart\"", html, StringComparison.Ordinal);
        Assert.Contains("Plotly.newPlot", html, StringComparison.Ordinal);
        Assert.DoesNotContain("cdn.plot.ly", html, StringComparison.Ordinal);
    }

    public static TheoryData<string[], int, int, string, string> Failures => new()
    {
        { ["var a = 1;", "var b = a +\n   foo;"], 2, 2, "CS0103", "The name 'foo' does not exist in the current context" },
        { ["var a = 1;", "\n\nthrow new InvalidOperationException(\"boom\");"], 2, 3, "InvalidOperationException", "boom" },
        { ["var list = new List<int>();\nvar first = list[0];"], 1, 2, "ArgumentOutOfRangeException", "Index was out of range" },
        { ["#r \"nuget: Newtonsoft.Jsonish, 1.0.0\""], 1, 1, "directive", "package Newtonsoft.Jsonish is not carried by corpuslens" },
        { ["// setup\n#r \"nuget: Plotly.NET.CSharp, 0.13.0\""], 1, 2, "directive", "Plotly.NET.CSharp 0.13.0 requested, but corpuslens carries Plotly.NET.CSharp 0.14.0" },
        { ["#r \"missing/Nothing.dll\""], 1, 1, "directive", "assembly not found: missing/Nothing.dll" },
        { ["#!fsharp\nlet x = 1"], 1, 1, "directive", "C# cells only" },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task Stops_at_the_first_failing_cell_naming_cell_line_and_message(string[] cells, int cell, int line, string code, string message)
    {
        var notebook = Notebook.Create();
        foreach (var source in cells)
        {
            notebook.AddCode(source);
        }
        notebook.AddCode("var never = 1;");
        var result = await Run(notebook);

        Assert.False(result.Succeeded);
        Assert.Equal(cell, result.Failure!.Cell);
        Assert.Equal(line, result.Failure.Line);
        Assert.Equal(code, result.Failure.Code);
        Assert.Contains(message, result.Failure.Message, StringComparison.Ordinal);
        Assert.StartsWith($"{Path.Combine(Folder, "test.ipynb")}: cell {cell}, line {line}: {code}: ", result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', result.FailureMessage!);
        Assert.EndsWith($" (at: {cells[cell - 1].Split('\n')[line - 1].Trim()})", result.FailureMessage, StringComparison.Ordinal);
        Assert.Null(notebook.Cells[^1].ExecutionCount);
        var error = notebook.Cells[cell - 1].Outputs.Last();
        Assert.Equal(OutputKind.Error, error.Kind);
        Assert.Equal(code, error.ErrorName);
    }

    [Fact]
    public async Task Cells_run_in_the_notebook_folder_and_resolve_assembly_paths_from_it()
    {
        var folder = Directory.CreateTempSubdirectory("corpuslens-notebook-").FullName;
        try
        {
            var library = typeof(CorpusLens.Corpus).Assembly.Location;
            File.Copy(library, Path.Combine(folder, "CorpusLens.dll"));
            File.WriteAllText(Path.Combine(folder, "hello.txt"), "hello from the folder");
            var path = Path.Combine(folder, "paths.ipynb");
            NotebookWriter.Write(Notebook.Create()
                .AddCode("#r \"CorpusLens.dll\"\nSystem.IO.File.ReadAllText(\"hello.txt\")")
                .AddCode("typeof(CorpusLens.Corpus).Name"), path);
            var before = Environment.CurrentDirectory;
            var result = await NotebookRunner.RunAsync(path);

            Assert.True(result.Succeeded, result.FailureMessage);
            Assert.Equal(before, Environment.CurrentDirectory);
            Assert.Equal("hello from the folder", result.Notebook.Cells[0].Outputs.Single().Data["text/plain"]);
            Assert.Equal("Corpus", result.Notebook.Cells[1].Outputs.Single().Data["text/plain"]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Display_handle_updates_the_shown_value_and_mime_types_restrict_it()
    {
        var notebook = Notebook.Create().AddCode("var shown = display(\"first\");\nshown.Update(\"second\");\ndisplay(new[] { 1, 2 }, \"text/plain\");");
        var result = await Run(notebook);

        Assert.True(result.Succeeded, result.FailureMessage);
        var outputs = notebook.Cells[0].Outputs;
        Assert.Equal("second", outputs[0].Data["text/plain"]);
        Assert.Equal(["text/plain"], outputs[1].Data.Keys);
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class NotebookCollection
{
    public const string Name = "Notebooks (console and current folder are process-wide)";
}
