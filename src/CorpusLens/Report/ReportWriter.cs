using CorpusLens.Export;

namespace CorpusLens.Report;

/// <summary>The files a report can be written as (report.html and the CSV tables are always written).</summary>
[Flags]
public enum ReportFormats
{
    /// <summary>Only report.html and tables/*.csv.</summary>
    None = 0,

    /// <summary>charts/NAME.html: one offline page per chart.</summary>
    Html = 1,

    /// <summary>charts/NAME.png (needs a browser).</summary>
    Png = 2,

    /// <summary>charts/NAME.svg (needs a browser).</summary>
    Svg = 4,

    /// <summary>tables/NAME.parquet.</summary>
    Parquet = 8,

    /// <summary>tables/NAME.arrow (Arrow IPC file).</summary>
    Arrow = 16,

    /// <summary>The default: HTML, PNG and SVG charts.</summary>
    Default = Html | Png | Svg,
}

/// <summary>Options for <see cref="ReportWriter.WriteAsync"/>.</summary>
public sealed class ReportOptions
{
    /// <summary>What to write besides report.html and the CSV tables.</summary>
    public ReportFormats Formats { get; init; } = ReportFormats.Default;

    /// <summary>The browser for PNG/SVG (default: <see cref="BrowserLocator.Find()"/>).</summary>
    public string? BrowserPath { get; init; }

    /// <summary>Time-out of each browser step.</summary>
    public TimeSpan Timeout { get; init; } = BrowserExporter.DefaultTimeout;

    /// <summary>Pixel ratio of the PNG images.</summary>
    public double Scale { get; init; } = 1;

    /// <summary>Parses a comma-separated list such as "html,png,svg".</summary>
    /// <exception cref="CorpusLensException">An unknown format.</exception>
    public static ReportFormats ParseFormats(string? list)
    {
        if (string.IsNullOrWhiteSpace(list))
        {
            return ReportFormats.Default;
        }
        var formats = ReportFormats.None;
        foreach (var item in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            formats |= item.ToLowerInvariant() switch
            {
                "html" => ReportFormats.Html,
                "png" => ReportFormats.Png,
                "svg" => ReportFormats.Svg,
                "parquet" => ReportFormats.Parquet,
                "arrow" => ReportFormats.Arrow,
                "csv" => ReportFormats.None,
                _ => throw new CorpusLensException($"--formats: unknown format '{item}' (use html, png, svg, parquet, arrow)"),
            };
        }
        return formats;
    }
}

/// <summary>Progress of a report being written: the file just done (or the step under way), and how many of how many.</summary>
/// <param name="Item">What was just written or skipped (a path relative to the output folder), or the step under way.</param>
/// <param name="Done">Steps done.</param>
/// <param name="Total">Steps in all.</param>
public sealed record ReportProgress(string Item, int Done, int Total);

/// <summary>What a report run wrote and what it skipped (with the reason).</summary>
public sealed class ReportResult
{
    /// <summary>The output folder.</summary>
    public required string Folder { get; init; }

    /// <summary>Files written, relative to <see cref="Folder"/>.</summary>
    public List<string> Written { get; } = [];

    /// <summary>One line per thing skipped, with the reason.</summary>
    public List<string> Skipped { get; } = [];
}

/// <summary>
/// Writes a report: report.html, charts/NAME.{html,png,svg} and tables/NAME.{csv,parquet,arrow}. Without a browser it
/// writes everything else and records what it skipped; a browser step that fails or times out skips that file only.
/// </summary>
public static class ReportWriter
{
    /// <summary>Writes <paramref name="content"/> into <paramref name="folder"/>.</summary>
    public static async Task<ReportResult> WriteAsync(ReportContent content, string folder, ReportOptions? options = null,
        IProgress<ReportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        options ??= new ReportOptions();
        var formats = options.Formats;
        var result = new ReportResult { Folder = Path.GetFullPath(folder) };
        Directory.CreateDirectory(result.Folder);
        int images = (formats.HasFlag(ReportFormats.Png) ? 1 : 0) + (formats.HasFlag(ReportFormats.Svg) ? 1 : 0);
        int tableFormats = 1 + (formats.HasFlag(ReportFormats.Parquet) ? 1 : 0) + (formats.HasFlag(ReportFormats.Arrow) ? 1 : 0);
        int total = 1 + content.Charts.Count * ((formats.HasFlag(ReportFormats.Html) ? 1 : 0) + images) + content.Tables.Count * tableFormats;
        int done = 0;
        void Done(string item, bool written = true)
        {
            if (written)
            {
                result.Written.Add(item);
            }
            progress?.Report(new ReportProgress(item, ++done, total));
        }
        string Full(string relative) => Path.Combine(result.Folder, relative);

        ChartExport.Write(Full("report.html"), ReportPage.Render(content));
        Done("report.html");
        foreach (var table in content.Tables)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var csv = $"tables/{table.Name}.csv";
            TableExport.WriteCsv(table.Frame, Full(csv));
            Done(csv);
            if (formats.HasFlag(ReportFormats.Parquet))
            {
                var parquet = $"tables/{table.Name}.parquet";
                await TableExport.WriteParquetAsync(table.Frame, Full(parquet), cancellationToken).ConfigureAwait(false);
                Done(parquet);
            }
            if (formats.HasFlag(ReportFormats.Arrow))
            {
                var arrow = $"tables/{table.Name}.arrow";
                await TableExport.WriteArrowAsync(table.Frame, Full(arrow), cancellationToken).ConfigureAwait(false);
                Done(arrow);
            }
        }
        if (formats.HasFlag(ReportFormats.Html))
        {
            foreach (var chart in content.Charts)
            {
                var html = $"charts/{chart.Name}.html";
                ChartExport.Write(Full(html), ChartExport.Page(chart.FigureJson, title: null));
                Done(html);
            }
        }
        if (images > 0 && content.Charts.Count > 0)
        {
            progress?.Report(new ReportProgress("starting the browser for PNG/SVG", done, total));
            await WriteImagesAsync(content, formats, options, result, Full, Done, cancellationToken).ConfigureAwait(false);
        }
        return result;
    }

    private static async Task WriteImagesAsync(ReportContent content, ReportFormats formats, ReportOptions options, ReportResult result,
        Func<string, string> full, Action<string, bool> done, CancellationToken cancellationToken)
    {
        var extensions = new List<string>();
        if (formats.HasFlag(ReportFormats.Png))
        {
            extensions.Add("png");
        }
        if (formats.HasFlag(ReportFormats.Svg))
        {
            extensions.Add("svg");
        }
        var what = string.Join(" and ", extensions.Select(extension => extension.ToUpperInvariant()));
        BrowserExporter exporter;
        try
        {
            var browser = options.BrowserPath is { Length: > 0 } given
                ? (File.Exists(given) ? given : throw new BrowserNotFoundException($"browser '{given}' is not a file: {BrowserLocator.InstallHint}"))
                : BrowserLocator.Require();
            exporter = await BrowserExporter.StartAsync(browser, options.Timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // No browser, a browser that does not start in time, or a Playwright driver that cannot run: the rest of
            // the report is written anyway and the summary says what was skipped and why.
            result.Skipped.Add($"{what} charts ({content.Charts.Count * extensions.Count} files): {OneLine(exception.Message)}");
            foreach (var chart in content.Charts)
            {
                foreach (var extension in extensions)
                {
                    done($"charts/{chart.Name}.{extension}", false);
                }
            }
            return;
        }
        await using (exporter.ConfigureAwait(false))
        {
            foreach (var chart in content.Charts)
            {
                var figure = chart.FigureJson;
                foreach (var extension in extensions)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var relative = $"charts/{chart.Name}.{extension}";
                    try
                    {
                        await exporter.SaveFigureAsync(figure, full(relative), chart.Width, chart.Height, options.Scale, cancellationToken).ConfigureAwait(false);
                        done(relative, true);
                    }
                    catch (Exception exception) when (exception is not OperationCanceledException)
                    {
                        result.Skipped.Add($"{relative}: {OneLine(exception.Message)}");
                        done(relative, false);
                    }
                }
            }
        }
    }

    private static string OneLine(string message)
    {
        var line = message.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? message;
        return line.Trim();
    }
}
