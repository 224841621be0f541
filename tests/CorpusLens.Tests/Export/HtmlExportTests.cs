using System.Text.Json;
using System.Text.RegularExpressions;
using CorpusLens.Charts;
using CorpusLens.Export;
using CorpusLens.Report;
using CorpusLens.Tests.Charts;
using CsCheck;

namespace CorpusLens.Tests.Export;

public class HtmlExportTests
{
    private static readonly Regex ExternalReference = new(@"<(script|link|img|iframe)\b[^>]*\b(src|href)\s*=", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking);

    [Fact]
    public void A_chart_page_inlines_plotly_js_once_and_references_nothing_outside()
    {
        var page = ChartExport.HtmlPage(StanceCharts.ByArticle(SampleFrames.StanceArticles()));
        Assert.Equal(1, Occurrences(page, PlotlyJavaScript.Source[..200]));
        Assert.DoesNotMatch(ExternalReference, page);
        Assert.DoesNotContain("cdn.plot.ly", page.Replace(PlotlyJavaScript.Source, string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("<title>Doomer or boomer? The stance of each article</title>", page, StringComparison.Ordinal);
        Assert.Contains("<div class=\"plot\" id=\"chart\"></div>", page, StringComparison.Ordinal);
    }

    [Fact]
    public void An_XPlot_page_inlines_plotly_js_instead_of_the_CDN_link()
    {
        var chart = XPlotCharts.CorpusOverview(SampleFrames.Articles());
        Assert.Contains("cdn.plot.ly", chart.GetHtml());
        var page = ChartExport.HtmlPage(chart);
        Assert.DoesNotContain("cdn.plot.ly", page.Replace(PlotlyJavaScript.Source, string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotMatch(ExternalReference, page);
        Assert.Equal(1, Occurrences(page, PlotlyJavaScript.Source[..200]));
    }

    [Fact]
    public void The_report_page_inlines_plotly_js_once_for_all_its_charts()
    {
        var content = ReportBuilder.Build(HostileFrames.AllSections());
        var page = ReportPage.Render(content);
        Assert.Equal(1, Occurrences(page, PlotlyJavaScript.Source[..200]));
        Assert.Equal(content.Charts.Count, Occurrences(page, "<div class=\"plot\""));
        Assert.True(content.Charts.Count >= 10);
    }

    [Fact]
    public void Hostile_corpus_text_cannot_open_or_close_a_script_in_the_report()
    {
        var content = ReportBuilder.Build(HostileFrames.AllSections());
        var page = ReportPage.Render(content);
        Assert.DoesNotContain("<script>alert(1)", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", page, StringComparison.Ordinal);
        Assert.DoesNotContain("window.pwned=2</script>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>bold</b>", page, StringComparison.Ordinal);
        // Our own script elements only: plotly.js, one JSON figure per chart, the drawing script.
        Assert.Equal(content.Charts.Count + 2, Occurrences(page, "</script>"));
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=&quot;window.pwned=1&quot;&gt;", page, StringComparison.Ordinal);
        Assert.Contains("tests &lt;&amp;&gt;", page, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> ScriptEscapes => new()
    {
        { "{\"a\":\"</script>\"}", "{\"a\":\"\\u003c/script\\u003e\"}" },
        { "{\"a\":\"x & y\"}", "{\"a\":\"x \\u0026 y\"}" },
        { "[\"\u2028\"]", "[\"\\u2028\"]" },
        { "{\"a\":1}", "{\"a\":1}" },
    };

    [Theory]
    [MemberData(nameof(ScriptEscapes))]
    public void Json_for_a_script_escapes_what_could_end_it(string json, string expected) => Assert.Equal(expected, ChartJson.ForScript(json));

    [Fact]
    public void Json_for_a_script_is_the_same_value_and_has_no_angle_brackets() =>
        Gen.String.Sample(text =>
        {
            var json = JsonSerializer.Serialize(new { text }, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            var escaped = ChartJson.ForScript(json);
            Assert.DoesNotContain('<', escaped);
            Assert.DoesNotContain('>', escaped);
            Assert.Equal(text, JsonDocument.Parse(escaped).RootElement.GetProperty("text").GetString());
        });

    [Theory]
    [InlineData("{\"data\":[],\"layout\":{\"width\":700,\"height\":300}}", 700, 300)]
    [InlineData("{\"data\":[],\"layout\":{\"height\":300}}", 900, 300)]
    public void Size_reads_the_layout(string json, int width, int height) => Assert.Equal((width, height), ChartJson.Size(json));

    [Fact]
    public void Size_is_unknown_without_layout_dimensions() => Assert.Null(ChartJson.Size("{\"data\":[],\"layout\":{}}"));

    [Fact]
    public void Chart_html_is_written_to_a_new_folder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "corpuslens-html-" + Guid.NewGuid().ToString("N"));
        try
        {
            var path = Path.Combine(folder, "nested", "keyness.html");
            ChartExport.ToHtml(TermCharts.Keyness(SampleFrames.Keyness()), path);
            var page = File.ReadAllText(path);
            Assert.StartsWith("<!DOCTYPE html>", page);
            Assert.Contains("\"type\":\"bar\"", page, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static int Occurrences(string text, string needle)
    {
        int count = 0;
        for (int index = text.IndexOf(needle, StringComparison.Ordinal); index >= 0; index = text.IndexOf(needle, index + needle.Length, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }
}
