using CorpusLens.Export;

namespace CorpusLens.Notebooks.Display;

/// <summary>
/// Renders chart outputs to PNG through the browser export (<see cref="BrowserExporter"/>), so that executed
/// notebooks carry a picture GitHub can show. The browser starts on the first chart and serves every later one;
/// without a browser, or when it fails to start, every call returns null and <see cref="Problem"/> says why once.
/// </summary>
public sealed class BrowserChartImages : IChartImageRenderer, IAsyncDisposable
{
    private readonly string? browserPath;
    private readonly TimeSpan timeout;
    private BrowserExporter? exporter;
    private bool unavailable;

    /// <summary>Creates the renderer; nothing starts until the first chart.</summary>
    /// <param name="browserPath">The browser to use; default <see cref="BrowserLocator.Find()"/>.</param>
    /// <param name="timeout">How long each browser step may take; default 60 s.</param>
    public BrowserChartImages(string? browserPath = null, TimeSpan? timeout = null)
    {
        this.browserPath = browserPath ?? BrowserLocator.Find();
        this.timeout = timeout ?? BrowserExporter.DefaultTimeout;
        if (this.browserPath is null)
        {
            unavailable = true;
            Problem = $"no chart pictures: no browser found ({BrowserLocator.InstallHint})";
        }
    }

    /// <summary>Why no pictures are made (no browser, or it did not start), or null while all is well.</summary>
    public string? Problem { get; private set; }

    /// <inheritdoc />
    public async Task<byte[]?> RenderPngAsync(string figureJson, CancellationToken cancellationToken = default)
    {
        if (unavailable)
        {
            return null;
        }
        try
        {
            exporter ??= await BrowserExporter.StartAsync(browserPath, timeout, cancellationToken).ConfigureAwait(false);
            return await exporter.RenderAsync(figureJson, ImageFormat.Png, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            unavailable = true;
            Problem = $"no chart pictures: the browser failed ({exception.Message.ReplaceLineEndings(" ")})";
            return null;
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (exporter is not null)
        {
            await exporter.DisposeAsync().ConfigureAwait(false);
            exporter = null;
        }
    }
}
