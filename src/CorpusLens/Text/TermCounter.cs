using System.Buffers;
using System.Text;

namespace CorpusLens.Text;

/// <summary>
/// Counts terms on two threads into a <see cref="TermIndex"/>. <see cref="Count(Corpus, TermOptions?)"/> counts a
/// loaded corpus; <see cref="CountFolder"/> streams a folder of .txt/.md files of any size without loading it:
/// each thread reads one file at a time into pooled buffers, tokenizes spans, and looks words up in its own
/// open-addressing vocabulary; stopwords, proper names and stems are decided once per distinct word at the end.
/// </summary>
/// <example>
/// <code>
/// var index = TermCounter.CountFolder("/data/news", new TermOptions { Stem = true });
/// var top = index.Frequencies(by: "corpus", top: 50);
/// </code>
/// </example>
public static class TermCounter
{
    /// <summary>Threads used for counting: at most 2 (the machines this runs on have 2 cores).</summary>
    public static int Threads { get; set; } = Math.Clamp(Environment.ProcessorCount, 1, 2);

    /// <summary>Counts the terms of a loaded corpus (its cleaned texts and languages).</summary>
    public static TermIndex Count(Corpus corpus, TermOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        options ??= TermOptions.Default;
        options.Validate();
        var documents = corpus.Documents;
        var sources = documents.Select(article => (article.Id, GroupValues(article))).ToList();
        var workers = Run(documents.Count, options, (worker, index) =>
            worker.Add(index, Normalized(documents[index].Text), documents[index].Language));
        Diagnostics.PhaseTimer.Mark("count");
        return TermIndexBuilder.Build(workers, sources, options);
    }

    /// <summary>Counts the terms of in-memory texts (id, text, language or null to detect it).</summary>
    public static TermIndex Count(IReadOnlyList<(string Id, string Text, string? Language)> texts, TermOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(texts);
        options ??= TermOptions.Default;
        options.Validate();
        var empty = new Dictionary<string, string>();
        var sources = texts.Select(text => (text.Id, (IReadOnlyDictionary<string, string>)empty)).ToList();
        var workers = Run(texts.Count, options, (worker, index) =>
            worker.Add(index, Normalized(texts[index].Text), texts[index].Language is { Length: > 0 } language ? Language.Normalize(language) : null));
        Diagnostics.PhaseTimer.Mark("count");
        return TermIndexBuilder.Build(workers, sources, options);
    }

    /// <summary>
    /// Streams the .txt and .md files of <paramref name="folder"/> (sorted by name) without building a corpus in
    /// memory. The id is the file name without extension; language and grouping columns come from the folder's
    /// metadata.csv when it has them, else the language is detected from the file's stopwords. Text is read as
    /// UTF-8 (other encodings through <see cref="TextFileDecoder"/>, as a load reads them), NFC-normalised, YAML front
    /// matter skipped; boilerplate rules are not applied. Unreadable, empty and binary files, and a file whose id an
    /// earlier file has, are skipped, as a load skips them; they, files decoded otherwise than as UTF-8, and rows of
    /// metadata.csv that cannot be used (no id, an id given twice, the wrong number of fields) are added to
    /// <paramref name="report"/>, whose <see cref="LoadReport.Loaded"/> is then the number of files counted.
    /// </summary>
    /// <exception cref="CorpusLensException">The folder does not exist.</exception>
    public static TermIndex CountFolder(string folder, TermOptions? options = null, bool recursive = false, LoadReport? report = null)
    {
        options ??= TermOptions.Default;
        options.Validate();
        Diagnostics.PhaseTimer.Mark("start");
        // Loading Lucene's stop lists (its first use initialises the library: 60-90 ms) goes on while the folder is
        // listed, metadata.csv parsed and the first files counted: the workers look a word's stop bits up when a
        // document's language is detected or once they are done (CountingWorker.Complete).
        var stopLists = Stopwords.LoadInBackground();
        var metadataPath = Path.Combine(folder, CorpusSources.DefaultMetadataFileName);
        var metadataReport = new LoadReport();
        List<string> files;
        Dictionary<string, CsvRow> metadata;
        // The paths and metadata rows made now live until the index is built: collections while they are made would
        // only copy them from generation to generation with every thread stopped (gen1000: 11-12 collections and
        // 96-126 ms of pauses in a phase of 472-525 ms; 356-363 ms without them).
        using (new NoCollectionRegion(ListingBytes(metadataPath)))
        {
            var metadataTask = Task.Run(() => File.Exists(metadataPath) ? CorpusSources.ReadMetadata(metadataPath, metadataReport) : new Dictionary<string, CsvRow>(StringComparer.Ordinal));
            files = ListFiles(folder, recursive);
            metadata = metadataTask.GetAwaiter().GetResult();
        }
        report?.AddRange(metadataReport.Messages);
        var duplicates = DuplicateIds(files, recursive);
        Diagnostics.PhaseTimer.Mark("list files + metadata");
        // Each file's id and metadata row are found by the thread that counts it, not all of them before counting
        // starts (gen1000: 116 ms on one thread while the other waited).
        var empty = new Dictionary<string, string>();
        var ids = metadata.GetAlternateLookup<ReadOnlySpan<char>>();
        var sources = new (string Id, IReadOnlyDictionary<string, string> Metadata)[files.Count];
        // Files skipped (unreadable, empty, binary, a duplicate id) and files decoded otherwise than as UTF-8, as a
        // load reports them.
        var messages = new System.Collections.Concurrent.ConcurrentQueue<(int Index, LoadMessage Message)>();
        var workers = Run(files.Count, options, () => new StreamedFileReader(), (worker, reader, index) =>
        {
            var name = Path.GetFileNameWithoutExtension(files[index].AsSpan());
            // The metadata's own id string when the file has a row: one string per id, not two.
            var source = sources[index] = ids.TryGetValue(name, out string? id, out var row) ? (id, row) : (name.ToString(), empty);
            if (duplicates.TryGetValue(index, out int first))
            {
                messages.Enqueue((index, new LoadMessage(LoadSeverity.Skipped, files[index], null, LoadReasons.DuplicateId(source.Id, files[first]))));
                return;
            }
            bool counted = reader.TryRead(files[index], out var text, out var severity, out string? message);
            if (message is not null)
            {
                messages.Enqueue((index, new LoadMessage(counted ? severity : LoadSeverity.Skipped, files[index], null, message)));
            }
            if (counted)
            {
                string? language = source.Metadata.TryGetValue("language", out var given) && given.Length > 0 ? Language.Normalize(given) : null;
                worker.Add(index, text, language);
            }
        });
        stopLists.GetAwaiter().GetResult(); // done by now (the workers used the lists): observes a failure to load them
        if (report is not null)
        {
            report.AddRange(messages.OrderBy(entry => entry.Index).Select(entry => entry.Message));
            report.Loaded = workers.Sum(worker => worker.Documents.Count);
            ReportUnusedMetadata(metadata, metadataPath, workers, sources, empty, report);
        }
        Diagnostics.PhaseTimer.Mark("read + count");
        if (Diagnostics.PhaseTimer.IsEnabled)
        {
            foreach (var worker in workers)
            {
                Console.Error.WriteLine($"[timing] worker: {worker.Documents.Count} documents, {worker.Surfaces.Count} surfaces, {worker.Folded.Count} units, {worker.PairUnits.Count} pairs");
            }
        }
        var built = TermIndexBuilder.Build(workers, sources, options);
        Diagnostics.PhaseTimer.Mark("merge + build index");
        return built;
    }

    /// <summary>
    /// What listing a folder and reading its metadata.csv allocate, from above: 32 bytes per byte of metadata.csv
    /// (a row of 18 bytes, "000123,fr,2024-05", comes with a path, a row of fields and the file's bytes and text:
    /// about 450 bytes; gen100: 8.4 MB for 0.36 MB of metadata), plus <see cref="StopListBytes"/>. Without a
    /// metadata.csv, 0: no region (the paths alone cost a few collections at most).
    /// </summary>
    internal static long ListingBytes(string metadataPath)
    {
        var metadata = new FileInfo(metadataPath);
        return metadata.Exists ? 32 * metadata.Length + StopListBytes : 0;
    }

    /// <summary>
    /// Warns, as a load does, of each metadata.csv row whose file was not counted (none, or one skipped). A file that
    /// found a row holds that row, any other <paramref name="none"/>; ids are distinct once duplicates are skipped, so
    /// when as many counted files hold a row as there are rows, every row was used, and no set of ids is made.
    /// </summary>
    private static void ReportUnusedMetadata(Dictionary<string, CsvRow> metadata, string metadataPath, List<CountingWorker> workers,
        (string Id, IReadOnlyDictionary<string, string> Metadata)[] sources, IReadOnlyDictionary<string, string> none, LoadReport report)
    {
        var counted = workers.SelectMany(worker => worker.Documents).Select(document => sources[document.Index]);
        if (metadata.Count == 0 || counted.Count(source => !ReferenceEquals(source.Metadata, none)) == metadata.Count)
        {
            return;
        }
        var loaded = counted.Select(source => source.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var id in metadata.Keys.Where(id => !loaded.Contains(id)))
        {
            report.Add(LoadSeverity.Warning, metadataPath, null, LoadReasons.UnusedMetadataRow(id));
        }
    }

    /// <summary>What loading the stop lists, on another thread meanwhile, allocates at most.</summary>
    internal const long StopListBytes = 4 << 20;

    /// <summary>
    /// The files of <paramref name="files"/> (listed from one folder unless <paramref name="recursive"/>) whose id (the
    /// name without extension: <c>a.md</c> and <c>a.txt</c> are both <c>a</c>) an earlier file has, each with that
    /// earlier file's index: a load skips them, and so does streaming. (A load decides after reading, so where the
    /// earlier file is itself skipped, as empty say, it loads the later one; streaming skips the later one all the
    /// same.)
    /// </summary>
    internal static Dictionary<int, int> DuplicateIds(List<string> files, bool recursive = true)
    {
        var duplicates = new Dictionary<int, int>();
        if (!recursive && SameExtension(files))
        {
            return duplicates; // one folder's names, all with one extension: no two ids alike (gen1000: 0 ms, not 30-100)
        }
        var firstByName = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int index = 0; index < files.Count; index++)
        {
            string name = Path.GetFileNameWithoutExtension(files[index]);
            if (!firstByName.TryAdd(name, index))
            {
                duplicates[index] = firstByName[name];
            }
        }
        return duplicates;
    }

    private static bool SameExtension(List<string> files)
    {
        var first = files.Count == 0 ? default : Path.GetExtension(files[0].AsSpan());
        foreach (var file in files)
        {
            if (!Path.GetExtension(file.AsSpan()).SequenceEqual(first))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The .txt/.md files of a folder, sorted by ordinal name.</summary>
    internal static List<string> ListFiles(string folder, bool recursive)
    {
        if (!Directory.Exists(folder))
        {
            throw new CorpusLensException($"{folder}: no such folder");
        }
        // The extension is checked on the entry's name before a path string is made, and the list sorted in place:
        // 198,000 files in 145-200 ms instead of 265-290 ms with EnumerateFiles, Where and Order.
        var files = new System.IO.Enumeration.FileSystemEnumerable<string>(
            folder,
            (ref System.IO.Enumeration.FileSystemEntry entry) => entry.ToFullPath(),
            new EnumerationOptions { RecurseSubdirectories = recursive, AttributesToSkip = 0 })
        {
            ShouldIncludePredicate = (ref System.IO.Enumeration.FileSystemEntry entry) => !entry.IsDirectory
                && (entry.FileName.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || entry.FileName.EndsWith(".md", StringComparison.OrdinalIgnoreCase)),
        }.ToList();
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    private static IReadOnlyDictionary<string, string> GroupValues(Article article)
    {
        var values = new Dictionary<string, string>(article.Metadata, StringComparer.Ordinal)
        {
            ["date"] = article.Date,
            ["source"] = article.Source,
            ["title"] = article.Title,
        };
        return values;
    }

    private static string Normalized(string text) => NeedsNormalization(text) ? text.Normalize(NormalizationForm.FormC) : text;

    /// <summary>
    /// True when <paramref name="text"/> is not in NFC. The full check (ICU's) runs only when a character from U+0300
    /// up occurs outside U+2002-U+20CF: spaces, dashes, quotes (’ “ ”), the ellipsis and currency signs (€), which
    /// French and German news text is full of, have no canonical decomposition and compose with nothing (checked
    /// against every pair with the characters below U+0300 in <c>TermCounterNormalizationTests</c>).
    /// </summary>
    internal static bool NeedsNormalization(ReadOnlySpan<char> text)
    {
        int first = text.IndexOfAnyInRange('\u0300', '\uFFFF');
        if (first < 0)
        {
            return false;
        }
        var rest = text[first..];
        bool onlyInert = rest.IndexOfAnyInRange('\u0300', '\u2001') < 0 && rest.IndexOfAnyInRange('\u20D0', '\uFFFF') < 0;
        return !onlyInert && !text.IsNormalized(NormalizationForm.FormC); // the whole text: a mark composes with what precedes it
    }

    private static List<CountingWorker> Run(int count, TermOptions options, Action<CountingWorker, int> add) =>
        Run<object?>(count, options, () => null, (worker, _, index) => add(worker, index));

    private static List<CountingWorker> Run<TState>(int count, TermOptions options, Func<TState> state, Action<CountingWorker, TState, int> add)
    {
        int threads = Math.Max(1, Math.Min(Threads, count));
        var workers = Enumerable.Range(0, threads).Select(_ => new CountingWorker(options)).ToList();
        int next = -1;
        Exception? failure = null;
        var running = workers.Select(worker => new Thread(() =>
        {
            var local = state();
            try
            {
                int index;
                while (failure is null && (index = Interlocked.Increment(ref next)) < count)
                {
                    add(worker, local, index);
                }
                worker.Complete();
            }
            catch (Exception exception)
            {
                Interlocked.CompareExchange(ref failure, exception, null);
            }
        }, maxStackSize: 1 << 20)).ToList();
        running.ForEach(thread => thread.Start());
        running.ForEach(thread => thread.Join());
        if (failure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        }
        return workers;
    }
}
