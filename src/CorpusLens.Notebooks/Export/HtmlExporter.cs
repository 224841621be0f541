using System.Net;
using System.Text;
using CorpusLens.Notebooks.Display;
using CorpusLens.Notebooks.Format;
using Markdig;

namespace CorpusLens.Notebooks.Export;

/// <summary>
/// Exports a notebook to one static HTML page without Python: markdown rendered with Markdig (raw HTML in
/// markdown is shown as text), code in escaped <c>&lt;pre&gt;</c> blocks, outputs as stored (HTML outputs as they are,
/// text escaped, PNGs as data URLs), and plotly.js inlined once when the page has charts, so it works offline.
/// </summary>
public static class HtmlExporter
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().DisableHtml().Build();

    /// <summary>Exports the notebook at <paramref name="path"/> to <paramref name="outputPath"/> (default: same name, .html).</summary>
    /// <returns>The path written.</returns>
    public static string Export(string path, string? outputPath = null)
    {
        var notebook = NotebookReader.Read(path);
        var target = outputPath ?? Path.ChangeExtension(path, ".html");
        var folder = Path.GetDirectoryName(Path.GetFullPath(target));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }
        File.WriteAllText(target, ToHtml(notebook, Path.GetFileNameWithoutExtension(path)));
        return target;
    }

    /// <summary>The notebook as one HTML page titled <paramref name="title"/>.</summary>
    public static string ToHtml(Notebook notebook, string title)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        var body = new StringBuilder();
        foreach (var cell in notebook.Cells)
        {
            AppendCell(body, cell);
        }
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
            .Append(WebUtility.HtmlEncode(title))
            .Append("</title>\n<style>")
            .Append(Style)
            .Append("</style>\n");
        var hasCharts = body.ToString().Contains("Plotly.newPlot", StringComparison.Ordinal);
        if (hasCharts)
        {
            html.Append(PlotlyScript.InlineScriptElement()).Append('\n');
        }
        html.Append("</head>\n<body>\n<main>\n").Append(body).Append("</main>\n");
        if (hasCharts)
        {
            html.Append("<script type=\"text/javascript\">(window.corpusLensPending || []).forEach(function (draw) { draw(); });</script>\n");
        }
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void AppendCell(StringBuilder body, NotebookCell cell)
    {
        var kernel = cell.KernelName;
        if (cell.Kind == CellKind.Markdown || kernel == PolyglotMetadata.MarkdownKernel)
        {
            var source = cell.Kind == CellKind.Code ? StripMagic(cell.Source) : cell.Source;
            body.Append("<section class=\"markdown\">\n").Append(Markdown.ToHtml(source, Pipeline)).Append("</section>\n");
            return;
        }
        if (cell.Kind == CellKind.Raw)
        {
            body.Append("<pre class=\"raw\">").Append(WebUtility.HtmlEncode(cell.Source)).Append("</pre>\n");
            return;
        }
        var count = cell.ExecutionCount is { } executed ? executed.ToString(System.Globalization.CultureInfo.InvariantCulture) : " ";
        body.Append("<section class=\"code\">\n<div class=\"prompt\">[").Append(count).Append("]</div>\n<pre><code class=\"language-csharp\">")
            .Append(WebUtility.HtmlEncode(cell.Source))
            .Append("</code></pre>\n");
        foreach (var output in cell.Outputs)
        {
            AppendOutput(body, output);
        }
        body.Append("</section>\n");
    }

    private static void AppendOutput(StringBuilder body, NotebookOutput output)
    {
        body.Append("<div class=\"output\">");
        switch (output.Kind)
        {
            case OutputKind.Stream:
                body.Append("<pre class=\"").Append(output.StreamName == "stderr" ? "stderr" : "stdout").Append("\">")
                    .Append(WebUtility.HtmlEncode(output.Text)).Append("</pre>");
                break;
            case OutputKind.Error:
                body.Append("<pre class=\"error\">").Append(WebUtility.HtmlEncode($"{output.ErrorName}: {output.ErrorValue}")).Append("</pre>");
                break;
            default:
                if (output.Data.TryGetValue("text/html", out var html))
                {
                    body.Append(html);
                }
                else if (output.Data.TryGetValue("image/png", out var png))
                {
                    body.Append("<img alt=\"chart\" src=\"data:image/png;base64,").Append(WebUtility.HtmlEncode(png.Trim())).Append("\">");
                }
                else if (output.Data.TryGetValue("text/plain", out var text))
                {
                    body.Append("<pre>").Append(WebUtility.HtmlEncode(text)).Append("</pre>");
                }
                break;
        }
        body.Append("</div>\n");
    }

    private static string StripMagic(string source)
    {
        if (!source.StartsWith("#!", StringComparison.Ordinal))
        {
            return source;
        }
        var newline = source.IndexOf('\n', StringComparison.Ordinal);
        return newline < 0 ? "" : source[(newline + 1)..];
    }

    private const string Style = """
        body { font-family: system-ui, sans-serif; margin: 0; background: #fafafa; color: #222; }
        main { max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
        section.code { background: #fff; border: 1px solid #ddd; border-radius: 4px; margin: 1rem 0; padding: 0.5rem 1rem; }
        .prompt { color: #888; font-family: monospace; font-size: 0.8rem; }
        pre { overflow-x: auto; background: #f4f4f4; padding: 0.5rem; }
        pre.error { background: #fdecea; color: #8a1c1c; }
        .output { margin-top: 0.5rem; overflow-x: auto; }
        table { border-collapse: collapse; font-size: 0.85rem; }
        th, td { border: 1px solid #ddd; padding: 0.2rem 0.5rem; text-align: left; vertical-align: top; }
        """;
}
