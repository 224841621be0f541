using System.Text;
using CorpusLens.Charts;
using CorpusLens.Export;
using CorpusLens.Tests.Charts;
using Microsoft.Playwright;
using StbImageSharp;

namespace CorpusLens.Tests.Export;

public sealed class BrowserExportTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private BrowserExporter Exporter => fixture.Exporter ?? throw new InvalidOperationException("no browser");

    [BrowserFact]
    public async Task Report_opens_from_disk_with_the_network_blocked_and_draws_every_chart_without_errors()
    {
        await using var context = await Exporter.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                lock (errors)
                {
                    errors.Add(message.Text);
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (errors)
            {
                errors.Add(error);
            }
        };
        var blocked = new List<string>();
        await page.RouteAsync("**/*", route =>
        {
            if (route.Request.Url.StartsWith("file:", StringComparison.Ordinal))
            {
                return route.ContinueAsync();
            }
            lock (blocked)
            {
                blocked.Add(route.Request.Url);
            }
            return route.AbortAsync();
        });

        await page.GotoAsync(new Uri(Path.Combine(fixture.Folder, "report.html")).AbsoluteUri, new PageGotoOptions { Timeout = 60_000 });
        await page.WaitForFunctionAsync(
            "() => { const plots = [...document.querySelectorAll('div.plot')]; return plots.length > 0 && plots.every(plot => plot.querySelector('svg.main-svg')); }",
            null, new PageWaitForFunctionOptions { Timeout = 60_000 });

        var svgsPerPlot = await page.EvaluateAsync<int[]>("() => [...document.querySelectorAll('div.plot')].map(plot => plot.querySelectorAll('svg.main-svg').length)");
        Assert.Equal(fixture.Content.Charts.Count, svgsPerPlot.Length);
        Assert.All(svgsPerPlot, count => Assert.True(count >= 1));
        var tracesPerPlot = await page.EvaluateAsync<int[]>("() => [...document.querySelectorAll('div.plot')].map(plot => plot.data.length)");
        Assert.Equal(fixture.Content.Charts.Select(chart => Figure.Of(chart.Chart).Traces.Count), tracesPerPlot);
        Assert.Empty(errors);
        Assert.Empty(blocked);
        Assert.True(await page.EvaluateAsync<bool>("() => window.pwned === undefined"));
        var title = await page.InnerTextAsync("#table-articles tbody tr:first-child td:nth-child(2)");
        Assert.Equal(HostileFrames.HostileTitle, title);
    }

    [BrowserFact]
    public async Task Png_export_decodes_at_the_requested_size_and_shows_the_doomer_bars()
    {
        var bytes = await Exporter.RenderAsync(StanceCharts.ByArticle(SampleFrames.StanceArticles()), ImageFormat.Png, width: 800, height: 500, scale: 2);
        Assert.Equal(PngSignature, bytes[..8]);
        var image = ImageResult.FromMemory(bytes, ColorComponents.RedGreenBlue);
        Assert.Equal((1600, 1000), (image.Width, image.Height));
        var colours = new HashSet<int>();
        int doomerPixels = 0;
        for (int offset = 0; offset < image.Data.Length; offset += 3)
        {
            var (red, green, blue) = (image.Data[offset], image.Data[offset + 1], image.Data[offset + 2]);
            colours.Add((red << 16) | (green << 8) | blue);
            if (red == 0xb2 && green == 0x18 && blue == 0x2b)
            {
                doomerPixels++;
            }
        }
        Assert.True(colours.Count > 20, $"only {colours.Count} colours: blank image");
        Assert.True(doomerPixels > 1000, $"only {doomerPixels} pixels in the doomer colour");
    }

    [BrowserFact]
    public async Task Without_a_size_the_image_takes_the_chart_s_own_size()
    {
        var chart = TermCharts.Keyness(SampleFrames.Keyness());
        var bytes = await Exporter.RenderAsync(chart, ImageFormat.Png);
        var image = ImageResult.FromMemory(bytes, ColorComponents.RedGreenBlue);
        Assert.Equal(ChartJson.Size(ChartJson.Figure(chart)), (image.Width, image.Height));
    }

    [BrowserFact]
    public async Task Svg_export_is_an_svg_drawing_with_the_title()
    {
        var bytes = await Exporter.RenderAsync(TermCharts.Keyness(SampleFrames.Keyness()), ImageFormat.Svg, width: 700, height: 400);
        var svg = Encoding.UTF8.GetString(bytes);
        Assert.StartsWith("<svg", svg, StringComparison.Ordinal);
        Assert.Contains("width=\"700\"", svg, StringComparison.Ordinal);
        Assert.Contains("Key terms: target compared with reference", svg, StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task XPlot_charts_save_as_png_through_the_same_browser()
    {
        var path = Path.Combine(fixture.Folder, "xplot", "overview.png");
        await Exporter.SaveAsync(XPlotCharts.CorpusOverview(SampleFrames.Articles()), path, width: 600, height: 400);
        var image = ImageResult.FromMemory(await File.ReadAllBytesAsync(path), ColorComponents.RedGreenBlue);
        Assert.Equal((600, 400), (image.Width, image.Height));
    }

    [BrowserFact]
    public async Task Starting_gives_up_after_its_time_out()
    {
        var error = await Assert.ThrowsAsync<TimeoutException>(() => BrowserExporter.StartAsync(BrowserForTests.Path, TimeSpan.FromMilliseconds(1)));
        Assert.Contains("took longer than 1 ms", error.Message, StringComparison.Ordinal);
    }
}
