using System.Net;
using System.Text;
using Plotly.NET;
using XPlot.Plotly;

namespace CorpusLens.Export;

/// <summary>
/// Offline HTML for one chart (Plotly.NET or XPlot.Plotly): plotly.js inlined, no CDN. For PNG and SVG see
/// <see cref="BrowserExporter"/>.
/// </summary>
/// <example>
/// <code>
/// ChartExport.ToHtml(TermCharts.Keyness(keyness), "keyness.html");
/// </code>
/// </example>
public static class ChartExport
{
    /// <summary>A self-contained page holding <paramref name="chart"/>.</summary>
    public static string HtmlPage(GenericChart chart, string? title = null) => Page(ChartJson.Figure(chart), title);

    /// <summary>A self-contained page holding an XPlot.Plotly chart (plotly.js inlined instead of XPlot's CDN link).</summary>
    public static string HtmlPage(PlotlyChart chart, string? title = null) => Page(ChartJson.Figure(chart), title);

    /// <summary>Writes <see cref="HtmlPage(GenericChart, string?)"/> to <paramref name="path"/> (UTF-8).</summary>
    public static void ToHtml(GenericChart chart, string path, string? title = null) => Write(path, HtmlPage(chart, title));

    /// <summary>Writes <see cref="HtmlPage(PlotlyChart, string?)"/> to <paramref name="path"/> (UTF-8).</summary>
    public static void ToHtml(PlotlyChart chart, string path, string? title = null) => Write(path, HtmlPage(chart, title));

    internal static string Page(string figureJson, string? title)
    {
        var pageTitle = title ?? StripMarkup(ChartJson.Title(figureJson));
        return Export.HtmlPage.Render(string.IsNullOrWhiteSpace(pageTitle) ? "Chart" : pageTitle, Export.HtmlPage.PlotElement("chart"), [new PagePlot("chart", figureJson)]);
    }

    /// <summary>Plain text of a plotly.js label: tags such as &lt;br&gt; removed, entities decoded.</summary>
    internal static string StripMarkup(string label)
    {
        var builder = new StringBuilder(label.Length);
        bool inTag = false;
        foreach (var character in label)
        {
            if (character == '<')
            {
                inTag = true;
                builder.Append(' ');
            }
            else if (character == '>' && inTag)
            {
                inTag = false;
            }
            else if (!inTag)
            {
                builder.Append(character);
            }
        }
        return WebUtility.HtmlDecode(string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)));
    }

    internal static void Write(string path, string content)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
        File.WriteAllText(path, content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }
}
