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
    /// would not read as plain UTF-8 (another encoding, NUL or control bytes) is loaded instead, as a load reads it.
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
        var extension = Path.GetExtension(path).ToLowerInvariant();
        bool csv = extension == ".csv";
        if (!File.Exists(path))
        {
            throw new CorpusLensException($"{path}: no such file");
        }
        if (!csv && extension is not (".jsonl" or ".ndjson"))
        {
            throw new CorpusLensException($"{path}: cannot stream '{extension}' files; give a .csv or a .jsonl file");
        }
        Diagnostics.PhaseTimer.Mark("start");
        var stopLists = Stopwords.LoadInBackground();
        var reader = PlainUtf8File.Open(path);
        Diagnostics.PhaseTimer.Mark("check UTF-8");
        if (reader is null)
        {
            var corpus = Corpus.Load(path, textColumn, boilerplateRules: boilerplateRules);
            report.AddRange(corpus.Report.Messages);
            report.Loaded = corpus.Report.Loaded;
            report.BoilerplateRemovals = corpus.Report.BoilerplateRemovals;
            return Count(corpus, options);
        }
        var documents = CorpusSources.Unique(csv
            ? CorpusSources.CsvDocuments(path, reader, textColumn, report)
            : CorpusSources.JsonLinesDocuments(path, reader, textColumn, report), report);
        var boilerplate = new BoilerplateRemover(boilerplateRules ?? BoilerplateRules.All);
        var (workers, sources, removals) = CountRecords(documents, options, boilerplate);
        stopLists.GetAwaiter().GetResult();
        report.Loaded = sources.Length;
        report.BoilerplateRemovals = removals;
        Diagnostics.PhaseTimer.Mark("read + count");
        return TermIndexBuilder.Build(workers, sources, options);
    }

    /// <summary>
    /// Parses <paramref name="documents"/> on a thread of its own (disposing of their reader at the end) and counts them on
    /// <see cref="Threads"/> more, each text blanked by the boilerplate rules in a buffer of its thread's; returns the
    /// workers, each document's id and group values in order, and the removals made.
    /// </summary>
    private static (List<CountingWorker> Workers, (string Id, IReadOnlyDictionary<string, string> Metadata)[] Sources, int Removals) CountRecords(
        IEnumerable<RawDocument> documents, TermOptions options, BoilerplateRemover boilerplate)
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
        var workers = Enumerable.Range(0, threads).Select(_ => new CountingWorker(options)).ToList();
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
                    string? dateFromText = null;
                    if (!boilerplate.IsEmpty)
                    {
                        Interlocked.Add(ref removals, boilerplate.Blank(body, out dateFromText));
                    }
                    var metadata = document.Metadata;
                    string? firstLineTitle = StreamedGroupValues.HasTitle(metadata, emptyIsMissing: false) ? null : new string(TitleLine.Find(body));
                    found.Add((index, document.Id, new StreamedGroupValues(metadata, emptyIsMissing: false, dateFromText, firstLineTitle)));
                    string? language = metadata.TryGetValue("language", out var given) && !string.IsNullOrWhiteSpace(given) ? Language.Normalize(given) : null;
                    workers[thread].Add(index, body, language);
                }
                workers[thread].Complete();
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
