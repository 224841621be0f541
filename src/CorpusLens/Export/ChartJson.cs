using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Plotly.NET;
using XPlot.Plotly;

namespace CorpusLens.Export;

/// <summary>
/// A chart as plotly.js figure JSON (<c>{"data": [...], "layout": {...}}</c>), for tests, export and embedding.
/// </summary>
public static class ChartJson
{
    /// <summary>The figure JSON of a Plotly.NET chart.</summary>
    /// <example><code>using var figure = JsonDocument.Parse(ChartJson.Figure(chart));</code></example>
    public static string Figure(GenericChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return GenericChart.toFigureJson(chart);
    }

    /// <summary>
    /// The figure JSON of an XPlot.Plotly chart. XPlot exposes its data and layout only inside the script it
    /// generates (one line each), so they are read back from there.
    /// </summary>
    public static string Figure(PlotlyChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        string? data = null;
        string? layout = null;
        foreach (var line in chart.GetPlottingJS().Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.StartsWith("var data = ", StringComparison.Ordinal))
            {
                data = trimmed["var data = ".Length..].TrimEnd(';');
            }
            else if (trimmed.StartsWith("var layout = ", StringComparison.Ordinal))
            {
                layout = trimmed["var layout = ".Length..].TrimEnd(';');
            }
        }
        if (data is null)
        {
            throw new InvalidOperationException("XPlot's script has no 'var data = ' line; this XPlot version is not supported");
        }
        var figure = new JsonObject
        {
            ["data"] = JsonNode.Parse(data),
            ["layout"] = layout is null || layout == "\"\"" ? new JsonObject() : JsonNode.Parse(layout),
        };
        return figure.ToJsonString();
    }

    /// <summary>
    /// <paramref name="json"/> made safe to place inside an HTML &lt;script&gt; element: &lt;, &gt;, &amp; and the
    /// line separators U+2028/U+2029 become \u escapes, so data holding "&lt;/script&gt;" cannot end the script.
    /// The result is still the same JSON value.
    /// </summary>
    public static string ForScript(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var builder = new StringBuilder(json.Length + 64);
        foreach (var character in json)
        {
            switch (character)
            {
                case '<':
                    builder.Append("\\u003c");
                    break;
                case '>':
                    builder.Append("\\u003e");
                    break;
                case '&':
                    builder.Append("\\u0026");
                    break;
                case '\u2028':
                    builder.Append("\\u2028");
                    break;
                case '\u2029':
                    builder.Append("\\u2029");
                    break;
                default:
                    builder.Append(character);
                    break;
            }
        }
        return builder.ToString();
    }

    /// <summary>The layout's width and height in a figure JSON, or null when it sets neither.</summary>
    public static (int Width, int Height)? Size(string figureJson)
    {
        using var document = JsonDocument.Parse(figureJson);
        if (!document.RootElement.TryGetProperty("layout", out var layout) || layout.ValueKind != JsonValueKind.Object)
        {
            return null;
        }
        int? Read(string name) => layout.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? (int)value.GetDouble() : null;
        var (width, height) = (Read("width"), Read("height"));
        return width is null && height is null ? null : (width ?? 900, height ?? 600);
    }

    /// <summary>The layout title text of a figure JSON, or empty.</summary>
    public static string Title(string figureJson)
    {
        using var document = JsonDocument.Parse(figureJson);
        if (!document.RootElement.TryGetProperty("layout", out var layout) || !layout.TryGetProperty("title", out var title))
        {
            return string.Empty;
        }
        return title.ValueKind switch
        {
            JsonValueKind.String => title.GetString() ?? string.Empty,
            JsonValueKind.Object when title.TryGetProperty("text", out var text) => text.GetString() ?? string.Empty,
            _ => string.Empty,
        };
    }
}
