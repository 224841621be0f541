using CsCheck;
using System.Text.Json.Nodes;
using CorpusLens.Notebooks.Format;

namespace CorpusLens.Tests.Notebooks;

public class NotebookFormatTests
{
    private static Notebook Sample()
    {
        var notebook = Notebook.Create().AddMarkdown("# Title\n\nSome *text*.").AddCode("var x = 1;\nx + 1");
        var code = notebook.Cells[1];
        code.ExecutionCount = 3;
        code.Outputs.Add(NotebookOutput.Stream("stdout", "line one\nline two\n"));
        var display = new NotebookOutput { Kind = OutputKind.DisplayData };
        display.Data["text/html"] = "<b>bold</b>\n<i>x</i>";
        display.Data["application/json"] = "{\"a\":1}";
        code.Outputs.Add(display);
        var result = new NotebookOutput { Kind = OutputKind.ExecuteResult, ExecutionCount = 3 };
        result.Data["text/plain"] = "2";
        code.Outputs.Add(result);
        code.Outputs.Add(NotebookOutput.Error("CS0103", "The name 'y' does not exist", ["cell 2, line 1"]));
        return notebook;
    }

    [Fact]
    public void Round_trips_cells_outputs_and_metadata()
    {
        var json = NotebookWriter.ToJson(Sample());
        var read = NotebookReader.Parse(json);
        Assert.Equal(json, NotebookWriter.ToJson(read));
        Assert.Equal(2, read.Cells.Count);
        var code = read.Cells[1];
        Assert.Equal("var x = 1;\nx + 1", code.Source);
        Assert.Equal(3, code.ExecutionCount);
        Assert.Equal([OutputKind.Stream, OutputKind.DisplayData, OutputKind.ExecuteResult, OutputKind.Error], code.Outputs.Select(output => output.Kind));
        Assert.Equal("line one\nline two\n", code.Outputs[0].Text);
        Assert.Equal("<b>bold</b>\n<i>x</i>", code.Outputs[1].Data["text/html"]);
        Assert.Equal(3, code.Outputs[2].ExecutionCount);
        Assert.Equal("CS0103", code.Outputs[3].ErrorName);
    }

    [Fact]
    public void Writes_nbformat_4_with_the_metadata_polyglot_notebooks_writes()
    {
        var document = JsonNode.Parse(NotebookWriter.ToJson(Sample()))!;
        Assert.Equal(4, document["nbformat"]!.GetValue<int>());
        Assert.Equal(".net-csharp", document["metadata"]!["kernelspec"]!["name"]!.GetValue<string>());
        Assert.Equal(".NET (C#)", document["metadata"]!["kernelspec"]!["display_name"]!.GetValue<string>());
        Assert.Equal("polyglot-notebook", document["metadata"]!["language_info"]!["name"]!.GetValue<string>());
        Assert.Equal("csharp", document["metadata"]!["polyglot_notebook"]!["kernelInfo"]!["defaultKernelName"]!.GetValue<string>());
        var code = document["cells"]![1]!;
        Assert.Equal("csharp", code["metadata"]!["polyglot_notebook"]!["kernelName"]!.GetValue<string>());
        Assert.Equal(["var x = 1;\n", "x + 1"], code["source"]!.AsArray().Select(line => line!.GetValue<string>()));
        var outputs = code["outputs"]!.AsArray();
        Assert.Equal(["stream", "display_data", "execute_result", "error"], outputs.Select(output => output!["output_type"]!.GetValue<string>()));
        Assert.Equal(1, outputs[1]!["data"]!["application/json"]!["a"]!.GetValue<int>());
        Assert.Equal(3, outputs[2]!["execution_count"]!.GetValue<int>());
        Assert.Null(outputs[1]!["execution_count"]);
        Assert.Equal("The name 'y' does not exist", outputs[3]!["evalue"]!.GetValue<string>());
        Assert.False(document["cells"]![0]!.AsObject().ContainsKey("outputs"));
    }

    [Fact]
    public void Reads_sources_given_as_one_string_or_a_list_of_lines()
    {
        const string json = """
            {"cells": [
              {"cell_type": "code", "execution_count": null, "metadata": {}, "outputs": [], "source": "a\nb"},
              {"cell_type": "code", "execution_count": null, "metadata": {}, "outputs": [], "source": ["a\n", "b"]}
            ], "metadata": {}, "nbformat": 4, "nbformat_minor": 4}
            """;
        var notebook = NotebookReader.Parse(json);
        Assert.Equal("a\nb", notebook.Cells[0].Source);
        Assert.Equal("a\nb", notebook.Cells[1].Source);
        Assert.Equal("csharp", notebook.Cells[0].KernelName);
    }

    [Theory]
    [InlineData("{\"cells\": [", "x.ipynb:1: not valid JSON")]
    [InlineData("{\n\"cells\": [],\n\"nbformat\": 3}", "x.ipynb:1: not an nbformat 4 notebook")]
    [InlineData("[]", "x.ipynb:1: not a notebook")]
    [InlineData("{\"nbformat\": 4, \"cells\": [{\"cell_type\": \"sql\"}]}", "x.ipynb: cell 1: unknown cell_type 'sql'")]
    [InlineData("{\"nbformat\": 4, \"cells\": [{\"cell_type\": \"code\", \"outputs\": [{\"output_type\": \"weird\"}]}]}", "x.ipynb: cell 1: unknown output_type 'weird'")]
    public void Rejects_what_is_not_a_notebook_with_a_one_line_message(string json, string message)
    {
        var exception = Assert.Throws<CorpusLensException>(() => NotebookReader.Parse(json, "x.ipynb"));
        Assert.StartsWith(message, exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', exception.Message);
    }

    [Fact]
    public void Split_lines_keep_their_newlines_and_join_back()
    {
        Gen.String.Sample(text =>
        {
            var lines = NotebookWriter.Lines(text).Select(line => line!.GetValue<string>()).ToList();
            Assert.Equal(text, string.Concat(lines));
            Assert.All(lines.SkipLast(1), line => Assert.EndsWith("\n", line, StringComparison.Ordinal));
        });
    }
}
