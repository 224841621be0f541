using System.Collections.Concurrent;

namespace CorpusLens.Text;

/// <summary>Streaming a .csv or .jsonl file of articles (<see cref="CountFile"/>).</summary>
public static partial class TermCounter
{
    /// <summary>Records parsed ahead of the counting threads, at most.</summary>
    private const int RecordsInFlight = 256;

    /// <summary>
    /// Counts the terms of a .csv file (an article a row, its text in <paramref name="textColumn"/>) or a .jsonl file
    /// (an article a line) without loading it: the file is parsed one record at a time on a thread of its own while
    /// two threads count them, and neither the file nor its articles are held. Ids, skips, metadata, languages,
    /// dates, titles and the boilerplate rules (default <see cref="BoilerplateRules.All"/>) are a load's
    /// (<see cref="Corpus.Load"/>, the same parser and rules), so the index is the loaded corpus's. A file a load
    /// would not read as plain UTF-8 (another encoding) is decoded whole, as a load decodes it; the file is read once
    /// otherwise, checked as it is parsed.
    /// Skips, notes and warnings go to <paramref name="report"/>, with the number of articles counted and what the
    /// boilerplate rules removed.
    /// </summary>
    /// <param name="path">A .csv, .jsonl or .ndjson file.</param>
    /// <param name="options">What counts as a term; default <see cref="TermOptions.Default"/>.</param>
    /// <param name="textColumn">The CSV column or JSON field that holds the text.</param>
    /// <param name="report">Gets the skips, notes and warnings, and the counts of articles and removals.</param>
    /// <param name="boilerplateRules">The rules that remove web-page debris; pass [] to count the text as it is.</param>
    /// <exception cref="CorpusLensException">The file does not exist, is not a .csv or .jsonl file, or has no column <paramref name="textColumn"/>.</exception>
    /// <example><code>var index = TermCounter.CountFile("/data/news.csv", textColumn: "body");</code></example>
    public static TermIndex CountFile(string path, TermOptions? options = null, string textColumn = "text", LoadReport? report = null,
        IReadOnlyList<BoilerplateRule>? boilerplateRules = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(textColumn);
        options ??= TermOptions.Default;
        options.Validate();
        report ??= new LoadReport();
        Diagnostics.PhaseTimer.Mark("start");
        var stopLists = Stopwords.LoadInBackground();
        var (workers, sources) = StreamRecordFile(path, textColumn, report, boilerplateRules, () => new CountingWorker(options),
            (worker, index, _, body, language) => worker.Add(index, body, language), worker => worker.Complete());
        stopLists.GetAwaiter().GetResult();
        Diagnostics.PhaseTimer.Mark("read + count");
        return TermIndexBuilder.Build(workers, sources, options);
    }

    /// <summary>Whether <paramref name="path"/> is a file of records that <see cref="CountFile"/> streams: a .csv, .jsonl or .ndjson file that exists.</summary>
    /// <example><code>TermCounter.IsRecordFile("news.csv") // true when the file exists</code></example>
    public static bool IsRecordFile(string path) => IsRecordExtension(Path.GetExtension(path).ToLowerInvariant()) && File.Exists(path);

    private static bool IsRecordExtension(string extension) => extension is ".csv" or ".jsonl" or ".ndjson";

    /// <summary>
    /// Streams the articles of the .csv or .jsonl file <paramref name="path"/> to one worker per thread, as a load reads
    /// them (<see cref="CountFile"/>); <paramref name="complete"/> runs on each worker's thread at the end. Returns the
    /// workers and each article's id and group values, in file order; the skips, notes and warnings, the articles
    /// counted and the boilerplate removals go to <paramref name="report"/>.
    /// </summary>
    /// <exception cref="CorpusLensException">The file does not exist, is not a .csv or .jsonl file, or has no column <paramref name="textColumn"/>.</exception>
    internal static (List<TWorker> Workers, (string Id, IReadOnlyDictionary<string, string> Metadata)[] Sources) StreamRecordFile<TWorker>(string path,
        string textColumn, LoadReport report, IReadOnlyList<BoilerplateRule>? boilerplateRules, Func<TWorker> create,
        StreamedFileAction<TWorker> count, Action<TWorker>? complete = null)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (!File.Exists(path))
        {
            throw new CorpusLensException($"{path}: no such file");
        }
        if (!IsRecordExtension(extension))
        {
            throw new CorpusLensException($"{path}: cannot stream '{extension}' files; give a .csv or a .jsonl file");
        }
        var boilerplate = new BoilerplateRemover(boilerplateRules ?? BoilerplateRules.All);
        IEnumerable<RawDocument> Documents(TextReader reader, LoadReport into) => CorpusSources.Unique(extension == ".csv"
            ? CorpusSources.CsvDocuments(path, reader, textColumn, into)
            : CorpusSources.JsonLinesDocuments(path, reader, textColumn, into), into);
        (List<TWorker> Workers, (string Id, IReadOnlyDictionary<string, string> Metadata)[] Sources) Counted(
            (List<TWorker> Workers, (string Id, IReadOnlyDictionary<string, string> Metadata)[] Sources, int Removals) pass, LoadReport messages)
        {
            if (!ReferenceEquals(messages, report))
            {
                report.AddRange(messages.Messages);
            }
            report.Loaded = pass.Sources.Length;
            report.BoilerplateRemovals = pass.Removals;
            return (pass.Workers, pass.Sources);
        }

        // Read once as it is checked; a file that turns out not to be plain UTF-8 further on (a NUL, a byte of another
        // encoding) is counted again from the start as a load decodes it, and the first pass's messages are dropped.
        using (var plain = PlainUtf8File.Open(path))
        {
            if (plain is not null)
            {
                var attempt = new LoadReport();
                var pass = CountRecords(Documents(plain, attempt), boilerplate, create, count, complete);
                if (plain.IsPlain)
                {
                    return Counted(pass, attempt);
                }
            }
        }
        var text = CorpusSources.ReadText(path, report);
        return Counted(CountRecords(text is null ? [] : Documents(new StringReader(text), report), boilerplate, create, count, complete), report);
    }

    /// <summary>
    /// Parses <paramref name="documents"/> on a thread of its own (disposing of their reader at the end) and gives them
    /// to one worker per thread (<see cref="Threads"/>), each text blanked by the boilerplate rules in a buffer of its
    /// thread's; returns the workers, each document's id and group values in order, and the removals made.
    /// </summary>
    private static (List<TWorker> Workers, (string Id, IReadOnlyDictionary<string, string> Metadata)[] Sources, int Removals) CountRecords<TWorker>(
        IEnumerable<RawDocument> documents, BoilerplateRemover boilerplate, Func<TWorker> create, StreamedFileAction<TWorker> count, Action<TWorker>? complete)
    {
        using var queue = new BlockingCollection<(int Index, RawDocument Document)>(RecordsInFlight);
        using var stop = new CancellationTokenSource();
        Exception? failure = null;
        var parser = new Thread(() =>
        {
            try
            {
                int index = 0;
                foreach (var document in documents)
                {
                    queue.Add((index++, document), stop.Token);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // a counting thread failed: its exception is the one to throw
            }
            catch (Exception exception)
            {
                Interlocked.CompareExchange(ref failure, exception, null);
            }
            finally
            {
                queue.CompleteAdding();
            }
        }, maxStackSize: 1 << 20);
        int threads = Math.Max(1, Threads);
        var workers = Enumerable.Range(0, threads).Select(_ => create()).ToList();
        var counted = new List<(int Index, string Id, StreamedGroupValues Values)>[threads];
        int removals = 0;
        var counting = Enumerable.Range(0, threads).Select(thread => new Thread(() =>
        {
            var found = counted[thread] = [];
            char[] buffer = [];
            try
            {
                foreach (var (index, document) in queue.GetConsumingEnumerable(stop.Token))
                {
                    var text = document.Text;
                    if (buffer.Length < text.Length)
                    {
                        buffer = new char[Math.Max(text.Length, 2 * buffer.Length)];
                    }
                    text.CopyTo(buffer);
                    var body = buffer.AsSpan(0, text.Length);
                    var metadata = document.Metadata;
                    found.Add((index, document.Id, StreamedGroupValues.Blank(metadata, emptyIsMissing: false, body, boilerplate, out int removed)));
                    Interlocked.Add(ref removals, removed);
                    string? language = metadata.TryGetValue("language", out var given) && !string.IsNullOrWhiteSpace(given) ? Language.Normalize(given) : null;
                    count(workers[thread], index, document.Id, body, language);
                }
                complete?.Invoke(workers[thread]);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // another thread failed first
            }
            catch (Exception exception)
            {
                Interlocked.CompareExchange(ref failure, exception, null);
                stop.Cancel();
            }
        }, maxStackSize: 1 << 20)).ToList();
        parser.Start();
        counting.ForEach(thread => thread.Start());
        parser.Join();
        counting.ForEach(thread => thread.Join());
        if (failure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        }
        var sources = new (string Id, IReadOnlyDictionary<string, string> Metadata)[counted.Sum(found => found.Count)];
        foreach (var (index, id, values) in counted.SelectMany(found => found))
        {
            sources[index] = (id, values);
        }
        return (workers, sources, removals);
    }
}
