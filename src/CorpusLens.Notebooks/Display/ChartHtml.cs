using System.Globalization;

namespace CorpusLens.Notebooks.Display;

/// <summary>
/// The HTML a chart shows as in a notebook: a div and a script holding the chart's JSON that draws it with the
/// page's plotly.js. plotly.js itself is never inlined here (notebooks stay small); when the page has no plotly.js
/// the drawing waits in <c>window.corpusLensPending</c>, which the HTML export runs after inlining plotly.js once.
/// </summary>
public static class ChartHtml
{
    /// <summary>The marker class every chart div carries; the HTML export looks for it to decide whether to inline plotly.js.</summary>
    public const string ChartClass = "corpuslens-chart";

    /// <summary>The div and script for a Plotly.NET chart.</summary>
    public static string ForGenericChart(Plotly.NET.GenericChart chart) => ForFigureJson(Plotly.NET.GenericChart.toFigureJson(chart));

    /// <summary>The div and script for a Plotly figure given as JSON (an object with data, layout and optionally config).</summary>
    public static string ForFigureJson(string figureJson)
    {
        ArgumentNullException.ThrowIfNull(figureJson);
        var id = "corpuslens-" + Guid.NewGuid().ToString("N")[..12];
        var safeJson = EscapeForScript(figureJson);
        return string.Create(CultureInfo.InvariantCulture, $$"""
            <div id="{{id}}" class="{{ChartClass}}"><p>(Plotly chart: it is drawn when the page has plotly.js, e.g. in the HTML export.)</p></div>
            <script type="text/javascript">
            (function () {
              var figure = {{safeJson}};
              var draw = function () {
                var node = document.getElementById('{{id}}');
                node.innerHTML = '';
                Plotly.newPlot(node, figure.data, figure.layout || {}, figure.config || {});
              };
              if (typeof Plotly !== 'undefined') { draw(); } else { (window.corpusLensPending = window.corpusLensPending || []).push(draw); }
            })();
            </script>
            """);
    }

    /// <summary>The div and script for an XPlot.Plotly chart (its own inline HTML, made safe to embed).</summary>
    public static string ForXPlotChart(XPlot.Plotly.PlotlyChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var html = chart.GetInlineHtml();
        var open = html.IndexOf("<script>", StringComparison.Ordinal);
        var close = html.LastIndexOf("</script>", StringComparison.Ordinal);
        if (open < 0 || close <= open)
        {
            return html;
        }
        var start = open + "<script>".Length;
        var body = html[start..close].Replace("</", "<\\/", StringComparison.Ordinal);
        return $"<div class=\"{ChartClass}\">{html[..open]}<script>{body}</script></div>";
    }

    /// <summary>Makes JSON safe inside a script element: '&lt;' becomes \u003c (valid in JSON strings, never closes the element).</summary>
    internal static string EscapeForScript(string json) => json.Replace("<", "\\u003c", StringComparison.Ordinal);
}
