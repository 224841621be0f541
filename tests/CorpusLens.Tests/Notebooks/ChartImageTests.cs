using CorpusLens.Notebooks.Display;
using CorpusLens.Notebooks.Execution;
using CorpusLens.Notebooks.Format;
using CorpusLens.Tests.Export;

namespace CorpusLens.Tests.Notebooks;

[Collection(NotebookCollection.Name)]
public class ChartImageTests
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [BrowserFact]
    public async Task Plotly_net_and_xplot_charts_get_a_png_beside_their_html()
    {
        var notebook = Notebook.Create()
            .AddCode("#r \"nuget: Plotly.NET.CSharp, 0.14.0\"\n#r \"nuget: XPlot.Plotly, 4.1.0\"")
            .AddCode("Plotly.NET.CSharp.Chart.Column<int, string, string>(new[] { 3, 1, 2 }, Keys: new[] { \"a\", \"b\", \"c\" })")
            .AddCode("XPlot.Plotly.Chart.Plot(new XPlot.Plotly.Bar { x = new[] { \"a\", \"b\" }, y = new[] { 1, 2 } })");
        await using var images = new BrowserChartImages();

        var result = await NotebookRunner.RunAsync(notebook, Path.Combine(Path.GetTempPath(), "chart-images.ipynb"),
            new NotebookRunOptions { WorkingDirectory = Path.GetTempPath(), ChartImageRenderer = images });

        Assert.True(result.Succeeded, result.FailureMessage);
        Assert.Null(images.Problem);
        foreach (var cell in notebook.Cells.Skip(1))
        {
            var data = Assert.Single(cell.Outputs).Data;
            Assert.Contains("text/html", data.Keys);
            var png = Convert.FromBase64String(data["image/png"]);
            Assert.Equal(PngSignature, png[..8]);
            Assert.True(png.Length > 2_000, $"a {png.Length}-byte PNG is too small to hold a chart");
        }
    }

    [Fact]
    public async Task Without_a_browser_charts_keep_their_html_and_the_reason_is_given()
    {
        await using var images = new BrowserChartImages(browserPath: Path.Combine(Path.GetTempPath(), "no-such-browser-" + Guid.NewGuid().ToString("N")));
        var png = await images.RenderPngAsync("{\"data\": [], \"layout\": {}}");
        Assert.Null(png);
        Assert.StartsWith("no chart pictures: the browser failed", images.Problem);
    }
}
