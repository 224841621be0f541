using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.Data.Analysis;
using Microsoft.DotNet.Interactive.Formatting;

namespace CorpusLens.Notebooks.Display;

/// <summary>
/// Turns a value into the MIME bundle a notebook output holds, through Microsoft.DotNet.Interactive.Formatting so
/// values look as in the kernel: strings and numbers as text/plain, HTML content as is, DataFrames as HTML tables,
/// Plotly.NET and XPlot.Plotly charts as a div and script (no inlined plotly.js), anything else as the formatter's
/// HTML. Chart PNGs come from an <see cref="IChartImageRenderer"/> when one is given.
/// </summary>
public static class ValueFormatter
{
    private static readonly Lock Gate = new();
    private static bool registered;

    /// <summary>Registers this project's formatters for DataFrame and the chart types with the Formatting package (idempotent).</summary>
    public static void RegisterFormatters()
    {
        lock (Gate)
        {
            if (registered)
            {
                return;
            }
            Formatter.Register<DataFrame>((frame, writer) => writer.Write(DataFrameHtml.ToHtml(frame)), "text/html");
            Formatter.Register<DataFrame>((frame, writer) => writer.Write(DataFrameHtml.ToText(frame)), "text/plain");
            Formatter.Register<Plotly.NET.GenericChart>((chart, writer) => writer.Write(ChartHtml.ForGenericChart(chart)), "text/html");
            Formatter.Register<XPlot.Plotly.PlotlyChart>((chart, writer) => writer.Write(ChartHtml.ForXPlotChart(chart)), "text/html");
            registered = true;
        }
    }

    /// <summary>The representations of <paramref name="value"/> by MIME type (empty for null).</summary>
    /// <param name="value">The value to show.</param>
    /// <param name="mimeTypes">When not empty, only these MIME types.</param>
    /// <param name="imageRenderer">Renders chart PNGs; null for none.</param>
    /// <param name="cancellationToken">Cancels the PNG rendering.</param>
    public static async Task<Dictionary<string, string>> FormatAsync(
        object? value,
        IReadOnlyCollection<string>? mimeTypes = null,
        IChartImageRenderer? imageRenderer = null,
        CancellationToken cancellationToken = default)
    {
        RegisterFormatters();
        var bundle = new Dictionary<string, string>(StringComparer.Ordinal);
        if (value is null)
        {
            return bundle;
        }
        if (mimeTypes is { Count: > 0 })
        {
            foreach (var mimeType in mimeTypes)
            {
                bundle[mimeType] = Formatter.ToDisplayString(value, mimeType);
            }
            return bundle;
        }
        switch (value)
        {
            case string or char or bool or decimal or DateTime or DateTimeOffset or TimeSpan or Guid or Enum:
            case var _ when value.GetType().IsPrimitive:
                bundle["text/plain"] = Formatter.ToDisplayString(value, "text/plain");
                break;
            case IHtmlContent html:
                using (var writer = new StringWriter())
                {
                    html.WriteTo(writer, HtmlEncoder.Default);
                    bundle["text/html"] = writer.ToString();
                }
                break;
            case Plotly.NET.GenericChart chart:
                bundle["text/html"] = ChartHtml.ForGenericChart(chart);
                if (imageRenderer is not null && await imageRenderer.RenderPngAsync(Plotly.NET.GenericChart.toFigureJson(chart), cancellationToken).ConfigureAwait(false) is { } png)
                {
                    bundle["image/png"] = Convert.ToBase64String(png);
                }
                break;
            case XPlot.Plotly.PlotlyChart xplot:
                bundle["text/html"] = ChartHtml.ForXPlotChart(xplot);
                if (imageRenderer is not null && await imageRenderer.RenderPngAsync(CorpusLens.Export.ChartJson.Figure(xplot), cancellationToken).ConfigureAwait(false) is { } xplotPng)
                {
                    bundle["image/png"] = Convert.ToBase64String(xplotPng);
                }
                break;
            case DataFrame frame:
                bundle["text/html"] = DataFrameHtml.ToHtml(frame);
                bundle["text/plain"] = DataFrameHtml.ToText(frame);
                break;
            default:
                bundle["text/html"] = Formatter.ToDisplayString(value, "text/html");
                bundle["text/plain"] = Formatter.ToDisplayString(value, "text/plain");
                break;
        }
        return bundle;
    }
}
