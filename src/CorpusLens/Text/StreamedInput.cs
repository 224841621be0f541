namespace CorpusLens.Text;

/// <summary>
/// A folder of .txt/.md files or a .csv/.jsonl file of articles to stream, pass after pass (<see cref="Pass"/>), as
/// <see cref="TermCounter.CountFolder"/> and <see cref="TermCounter.CountFile"/> stream them: ids, skips, languages
/// and boilerplate rules a load's. The folder is listed (and its metadata.csv read) once; the skips, notes and
/// warnings go to the report once, with the first pass.
/// </summary>
internal sealed class StreamedInput
{
    private readonly string path;
    private readonly string textColumn;
    private readonly IReadOnlyList<BoilerplateRule>? boilerplateRules;
    private readonly TermCounter.FolderListing? listing;
    private LoadReport? report;

    /// <summary>The input at <paramref name="path"/>: a .csv, .jsonl or .ndjson file, else a folder.</summary>
    /// <exception cref="CorpusLensException">The path is neither an existing file of records nor a folder.</exception>
    public StreamedInput(string path, bool recursive, string textColumn, LoadReport? report, IReadOnlyList<BoilerplateRule>? boilerplateRules)
    {
        ArgumentNullException.ThrowIfNull(path);
        this.path = path;
        this.textColumn = textColumn;
        this.boilerplateRules = boilerplateRules;
        this.report = report;
        listing = TermCounter.IsRecordFile(path) ? null : TermCounter.ListFolder(path, recursive, report, boilerplateRules);
    }

    /// <summary>Reads every article once, each given to <paramref name="count"/> on one of two threads with its index, id, text and language (null: to be detected).</summary>
    public List<TWorker> Pass<TWorker>(Func<TWorker> create, TermCounter.StreamedFileAction<TWorker> count, Action<TWorker>? complete = null)
    {
        var passReport = report;
        report = null; // later passes read the same inputs: their messages are told once
        if (listing is null)
        {
            return TermCounter.StreamRecordFile(path, textColumn, passReport ?? new LoadReport(), boilerplateRules, create, count, complete).Workers;
        }
        var (streamed, workers) = TermCounter.StreamFiles(listing, create, count, complete);
        TermCounter.Report(streamed, listing, passReport);
        return workers;
    }
}
