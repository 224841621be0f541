using CorpusLens.Export;
using CorpusLens.Report;

namespace CorpusLens.Tests.Export;

/// <summary>One browser for the whole test class, and a report written once (HTML and tables only).</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public BrowserExporter? Exporter { get; private set; }

    public string Folder { get; } = Directory.CreateTempSubdirectory("corpuslens-browser-").FullName;

    public ReportContent Content { get; } = ReportBuilder.Build(HostileFrames.AllSections());

    public async Task InitializeAsync()
    {
        await ReportWriter.WriteAsync(Content, Folder, new ReportOptions { Formats = ReportFormats.None });
        if (BrowserForTests.Path is { } path)
        {
            Exporter = await BrowserExporter.StartAsync(path, TimeSpan.FromSeconds(90));
        }
    }

    public async Task DisposeAsync()
    {
        if (Exporter is not null)
        {
            await Exporter.DisposeAsync();
        }
        Directory.Delete(Folder, recursive: true);
    }
}
