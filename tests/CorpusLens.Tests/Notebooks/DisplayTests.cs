using CorpusLens.Notebooks.Display;
using Microsoft.Data.Analysis;

namespace CorpusLens.Tests.Notebooks;

public class DisplayTests
{
    [Fact]
    public void Dataframe_tables_escape_untrusted_text_and_cut_long_cells()
    {
        var frame = new DataFrame(
            new StringDataFrameColumn("title", ["<script>alert(1)</script>", new string('x', 500)]),
            new Int32DataFrameColumn("words", [3, 4]));

        var html = DataFrameHtml.ToHtml(frame);

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains(new string('x', DataFrameHtml.MaxCellLength - 1) + "…</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('x', DataFrameHtml.MaxCellLength), html, StringComparison.Ordinal);
        Assert.Contains("<th>title</th><th>words</th>", html, StringComparison.Ordinal);
        Assert.EndsWith("<p>2 rows, 2 columns</p>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(3, "3 rows, 1 columns", 3)]
    [InlineData(40, "25 of 40 rows, 1 columns", 25)]
    public void Dataframe_tables_show_at_most_the_first_rows(int rows, string summary, int shown)
    {
        var frame = new DataFrame(new Int32DataFrameColumn("n", Enumerable.Range(0, rows)));
        var html = DataFrameHtml.ToHtml(frame);
        var text = DataFrameHtml.ToText(frame);

        Assert.Equal(shown, html.Split("<tr><td>").Length - 1);
        Assert.Contains(summary, html, StringComparison.Ordinal);
        Assert.Equal(shown + 2, text.Split('\n').Length);
        Assert.EndsWith(summary, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Chart_html_keeps_figure_text_from_closing_the_script()
    {
        var html = ChartHtml.ForFigureJson("{\"data\":[{\"type\":\"bar\",\"x\":[\"</script><img src=x onerror=alert(1)>\"],\"y\":[1]}],\"layout\":{}}");

        Assert.Equal(1, html.Split("</script>").Length - 1);
        Assert.Contains("\\u003c/script>\\u003cimg", html, StringComparison.Ordinal);
        Assert.Contains("class=\"corpuslens-chart\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("src=\"http", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Formatter_uses_plain_text_for_scalars_and_html_for_objects()
    {
        Assert.Equal(["text/plain"], (await ValueFormatter.FormatAsync(42)).Keys);
        Assert.Equal("hello", (await ValueFormatter.FormatAsync("hello"))["text/plain"]);
        Assert.Empty(await ValueFormatter.FormatAsync(null));
        var list = await ValueFormatter.FormatAsync(new List<string> { "<a>", "b" });
        Assert.Contains("&lt;a&gt;", list["text/html"], StringComparison.Ordinal);
        Assert.DoesNotContain("<a>", list["text/html"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chart_outputs_get_a_png_only_from_a_plugged_in_renderer()
    {
        var chart = Plotly.NET.CSharp.Chart.Column<int, string, string>(new[] { 1, 2 }, Keys: new[] { "a", "b" });
        var renderer = new RecordingRenderer();

        var without = await ValueFormatter.FormatAsync(chart);
        var with = await ValueFormatter.FormatAsync(chart, imageRenderer: renderer);

        Assert.Equal(["text/html"], without.Keys);
        Assert.Equal(Convert.ToBase64String([1, 2, 3]), with["image/png"]);
        Assert.Contains("\"type\":\"bar\"", renderer.Figure, StringComparison.Ordinal);
    }

    private sealed class RecordingRenderer : IChartImageRenderer
    {
        public string Figure { get; private set; } = "";

        public Task<byte[]?> RenderPngAsync(string figureJson, CancellationToken cancellationToken = default)
        {
            Figure = figureJson;
            return Task.FromResult<byte[]?>([1, 2, 3]);
        }
    }
}
