using System.Text;
using Microsoft.Playwright;
using Plotly.NET;
using XPlot.Plotly;

namespace CorpusLens.Export;

/// <summary>
/// PNG and SVG export through a real Chromium-family browser driven by Microsoft.Playwright: plotly.js's own
/// <c>Plotly.toImage</c> draws the figure. One browser process and one page serve every chart; each step has a
/// time-out so an export never hangs; every request that is not local is aborted.
/// </summary>
/// <example>
/// <code>
/// await using var exporter = await BrowserExporter.StartAsync(timeout: TimeSpan.FromSeconds(30));
/// await exporter.SaveAsync(chart, "stance.png", width: 1000, height: 600, scale: 2);
/// await exporter.SaveAsync(chart, "stance.svg");
/// </code>
/// </example>
public sealed class BrowserExporter : IAsyncDisposable
{
    private readonly IPlaywright playwright;
    private readonly IPage page;
    private readonly SemaphoreSlim gate = new(1, 1);
    private bool disposed;

    private BrowserExporter(IPlaywright playwright, IBrowser browser, IPage page, string browserPath, TimeSpan timeout)
    {
        this.playwright = playwright;
        Browser = browser;
        this.page = page;
        BrowserPath = browserPath;
        Timeout = timeout;
    }

    /// <summary>The arguments the browser is started with: headless-friendly and without background network traffic.</summary>
    public static IReadOnlyList<string> LaunchArguments { get; } =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-default-apps", "--disable-extensions",
    ];

    /// <summary>The default time-out of each step (start, page load, one export).</summary>
    public static TimeSpan DefaultTimeout { get; } = TimeSpan.FromSeconds(60);

    /// <summary>The browser executable in use.</summary>
    public string BrowserPath { get; }

    /// <summary>The time-out of each step.</summary>
    public TimeSpan Timeout { get; }

    /// <summary>The running browser (for tests that open pages of their own).</summary>
    internal IBrowser Browser { get; }

    /// <summary>Starts the browser (found by <see cref="BrowserLocator"/> unless <paramref name="browserPath"/> is given) and loads plotly.js into a page.</summary>
    /// <exception cref="BrowserNotFoundException">No browser was found.</exception>
    /// <exception cref="TimeoutException">The browser did not start within <paramref name="timeout"/>.</exception>
    public static async Task<BrowserExporter> StartAsync(string? browserPath = null, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        var path = browserPath ?? BrowserLocator.Require();
        if (!File.Exists(path))
        {
            throw new BrowserNotFoundException($"browser '{path}' is not a file: {BrowserLocator.InstallHint}");
        }
        var limit = timeout ?? DefaultTimeout;
        var playwright = await Step(Playwright.CreateAsync(), limit, "starting Playwright", cancellationToken, late => late.Dispose()).ConfigureAwait(false);
        try
        {
            IBrowser browser;
            try
            {
                browser = await Step(playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
                {
                    ExecutablePath = path,
                    Headless = true,
                    Args = LaunchArguments,
                    Timeout = (float)limit.TotalMilliseconds,
                }), limit, $"starting {path}", cancellationToken, late => _ = late.CloseAsync()).ConfigureAwait(false);
            }
            catch (PlaywrightException exception)
            {
                var reason = exception.Message.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Trim();
                throw new BrowserNotFoundException($"the browser '{path}' did not start ({reason}): {BrowserLocator.InstallHint}");
            }
            var page = await browser.NewPageAsync().ConfigureAwait(false);
            page.SetDefaultTimeout((float)limit.TotalMilliseconds);
            await BlockNetworkAsync(page).ConfigureAwait(false);
            await Step(page.SetContentAsync(HtmlPage.Render("CorpusLens export", string.Empty, []), new PageSetContentOptions { Timeout = (float)limit.TotalMilliseconds }),
                limit, "loading plotly.js", cancellationToken).ConfigureAwait(false);
            return new BrowserExporter(playwright, browser, page, path, limit);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>Aborts every request of <paramref name="page"/> that is not to a file, data or blob URL.</summary>
    internal static Task BlockNetworkAsync(IPage page) => page.RouteAsync("**/*", route =>
    {
        var url = route.Request.Url;
        return url.StartsWith("file:", StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal) || url.StartsWith("blob:", StringComparison.Ordinal)
            ? route.ContinueAsync()
            : route.AbortAsync();
    });

    /// <summary>Draws a figure (plotly.js figure JSON) as an image and returns its bytes.</summary>
    /// <param name="figureJson">The figure, e.g. from <see cref="ChartJson.Figure(GenericChart)"/>.</param>
    /// <param name="format">PNG or SVG.</param>
    /// <param name="width">Width in CSS pixels (default: the figure's layout width, else 900).</param>
    /// <param name="height">Height in CSS pixels (default: the figure's layout height, else 600).</param>
    /// <param name="scale">Pixel ratio for PNG (2 gives a 2× bitmap).</param>
    /// <param name="cancellationToken">Cancels the export.</param>
    public async Task<byte[]> RenderAsync(string figureJson, ImageFormat format, int? width = null, int? height = null, double scale = 1, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        var size = ChartJson.Size(figureJson);
        int imageWidth = width ?? size?.Width ?? 900;
        int imageHeight = height ?? size?.Height ?? 600;
        ArgumentOutOfRangeException.ThrowIfLessThan(imageWidth, 10, nameof(width));
        ArgumentOutOfRangeException.ThrowIfLessThan(imageHeight, 10, nameof(height));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(scale);
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var dataUrl = await Step(page.EvaluateAsync<string>(
                "([figure, format, width, height, scale]) => Plotly.toImage(JSON.parse(figure), { format, width, height, scale })",
                new object[] { figureJson, format == ImageFormat.Png ? "png" : "svg", imageWidth, imageHeight, scale }),
                Timeout, $"exporting a {format} image", cancellationToken).ConfigureAwait(false);
            return DecodeDataUrl(dataUrl);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Draws a Plotly.NET chart as an image.</summary>
    public Task<byte[]> RenderAsync(GenericChart chart, ImageFormat format, int? width = null, int? height = null, double scale = 1, CancellationToken cancellationToken = default) =>
        RenderAsync(ChartJson.Figure(chart), format, width, height, scale, cancellationToken);

    /// <summary>Saves a Plotly.NET chart as PNG or SVG, chosen by the extension of <paramref name="path"/>.</summary>
    public async Task SaveAsync(GenericChart chart, string path, int? width = null, int? height = null, double scale = 1, CancellationToken cancellationToken = default) =>
        await SaveFigureAsync(ChartJson.Figure(chart), path, width, height, scale, cancellationToken).ConfigureAwait(false);

    /// <summary>Saves an XPlot.Plotly chart as PNG or SVG, chosen by the extension of <paramref name="path"/>.</summary>
    public async Task SaveAsync(PlotlyChart chart, string path, int? width = null, int? height = null, double scale = 1, CancellationToken cancellationToken = default) =>
        await SaveFigureAsync(ChartJson.Figure(chart), path, width, height, scale, cancellationToken).ConfigureAwait(false);

    /// <summary>Saves a figure (plotly.js figure JSON) as PNG or SVG, chosen by the extension of <paramref name="path"/>.</summary>
    public async Task SaveFigureAsync(string figureJson, string path, int? width = null, int? height = null, double scale = 1, CancellationToken cancellationToken = default)
    {
        var format = ImageFormats.FromPath(path);
        var bytes = await RenderAsync(figureJson, format, width, height, scale, cancellationToken).ConfigureAwait(false);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
        await File.WriteAllBytesAsync(path, bytes, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Closes the browser (waiting at most <see cref="Timeout"/>) and stops Playwright.</summary>
    public async ValueTask DisposeAsync()
    {
        if (disposed)
        {
            return;
        }
        disposed = true;
        try
        {
            await Browser.CloseAsync().WaitAsync(Timeout).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is TimeoutException or PlaywrightException)
        {
            // The driver ends the browser process when Playwright is disposed below.
        }
        finally
        {
            playwright.Dispose();
            gate.Dispose();
        }
    }

    /// <summary>The bytes of a data: URL (base64 or percent-encoded).</summary>
    internal static byte[] DecodeDataUrl(string dataUrl)
    {
        int comma = dataUrl.IndexOf(',', StringComparison.Ordinal);
        if (!dataUrl.StartsWith("data:", StringComparison.Ordinal) || comma < 0)
        {
            throw new InvalidOperationException("plotly.js did not return a data URL");
        }
        var header = dataUrl[..comma];
        var payload = dataUrl[(comma + 1)..];
        return header.EndsWith(";base64", StringComparison.Ordinal)
            ? Convert.FromBase64String(payload)
            : Encoding.UTF8.GetBytes(Uri.UnescapeDataString(payload));
    }

    /// <summary>Awaits <paramref name="task"/> for at most <paramref name="limit"/>; if it finishes after giving up, <paramref name="cleanUp"/> releases what it made.</summary>
    private static async Task<T> Step<T>(Task<T> task, TimeSpan limit, string what, CancellationToken cancellationToken, Action<T>? cleanUp = null)
    {
        try
        {
            return await task.WaitAsync(limit, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is TimeoutException or OperationCanceledException)
        {
            if (cleanUp is not null)
            {
                _ = task.ContinueWith(finished => cleanUp(finished.Result), CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
            }
            if (exception is TimeoutException)
            {
                throw new TimeoutException($"{what} took longer than {FormatSeconds(limit)}");
            }
            throw;
        }
    }

    private static string FormatSeconds(TimeSpan limit) =>
        limit.TotalSeconds >= 1 ? $"{limit.TotalSeconds:0} s" : $"{limit.TotalMilliseconds:0} ms";

    private static async Task Step(Task task, TimeSpan limit, string what, CancellationToken cancellationToken)
    {
        try
        {
            await task.WaitAsync(limit, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"{what} took longer than {FormatSeconds(limit)}");
        }
    }
}
