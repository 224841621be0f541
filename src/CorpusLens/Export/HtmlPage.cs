using System.Net;
using System.Text;

namespace CorpusLens.Export;

/// <summary>One plot on a page: the id of its element and its figure JSON.</summary>
/// <param name="Id">A page-unique id made of letters, digits and dashes.</param>
/// <param name="FigureJson">plotly.js figure JSON (escaped for the page by <see cref="HtmlPage"/>).</param>
public sealed record PagePlot(string Id, string FigureJson);

/// <summary>
/// Writes self-contained HTML pages: plotly.js inlined once in the head, each plot a <c>div.plot</c> with its figure
/// in a <c>script type="application/json"</c> element (escaped with <see cref="ChartJson.ForScript"/>), drawn by one
/// script at the end. No request leaves the page.
/// </summary>
public static class HtmlPage
{
    /// <summary>The page's style sheet.</summary>
    internal const string Style = """
        body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 2rem auto; max-width: 1000px; color: #222; line-height: 1.45; padding: 0 1rem; }
        h1 { font-size: 1.7rem; } h2 { font-size: 1.3rem; margin-top: 2.5rem; border-bottom: 1px solid #ddd; }
        table { border-collapse: collapse; font-size: 0.85rem; margin: 0.5rem 0 1.5rem; }
        th, td { border: 1px solid #ddd; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
        th { background: #f3f3f3; } td.number { text-align: right; font-variant-numeric: tabular-nums; }
        .plot { margin: 1rem 0; } .note { color: #555; font-size: 0.9rem; }
        .doomer { color: #b2182b; font-weight: 600; } .boomer { color: #2166ac; font-weight: 600; }
        """;

    /// <summary>A page with a title, some body HTML (already escaped by the caller) and plots, in that order.</summary>
    /// <param name="title">The page title (escaped here).</param>
    /// <param name="body">Trusted HTML, written as is: each plot must appear in it as <see cref="PlotElement"/>.</param>
    /// <param name="plots">The figures, one per plot element in <paramref name="body"/>.</param>
    public static string Render(string title, string body, IEnumerable<PagePlot> plots)
    {
        var builder = new StringBuilder(PlotlyJavaScript.Source.Length + 64 * 1024);
        builder.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        builder.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        builder.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval'; style-src 'unsafe-inline'; img-src data: blob:; font-src data:\">\n");
        builder.Append("<title>").Append(WebUtility.HtmlEncode(title)).Append("</title>\n");
        builder.Append("<style>\n").Append(Style).Append("\n</style>\n");
        builder.Append("<script>/* plotly.js ").Append(PlotlyJavaScript.Version).Append(", inlined so the page works offline */\n");
        builder.Append(PlotlyJavaScript.Source).Append("\n</script>\n</head>\n<body>\n");
        builder.Append(body);
        foreach (var plot in plots)
        {
            builder.Append("<script type=\"application/json\" id=\"figure-").Append(CheckId(plot.Id)).Append("\">")
                .Append(ChartJson.ForScript(plot.FigureJson)).Append("</script>\n");
        }
        builder.Append("""
            <script>
            document.querySelectorAll('div.plot').forEach(function (element) {
              var figure = JSON.parse(document.getElementById('figure-' + element.id).textContent);
              Plotly.newPlot(element, figure.data, figure.layout, { responsive: true, displaylogo: false });
            });
            </script>
            </body>
            </html>

            """);
        return builder.ToString();
    }

    /// <summary>The element a plot is drawn into.</summary>
    public static string PlotElement(string id) => $"<div class=\"plot\" id=\"{CheckId(id)}\"></div>\n";

    private static string CheckId(string id)
    {
        if (id.Length == 0 || !id.All(character => char.IsAsciiLetterOrDigit(character) || character is '-' or '_'))
        {
            throw new ArgumentException($"plot id '{id}' must be letters, digits, dashes or underscores", nameof(id));
        }
        return id;
    }
}
