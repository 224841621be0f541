namespace CorpusLens.Text;

/// <summary>Streaming a folder (<see cref="CountFolder"/>).</summary>
public static partial class TermCounter
{
    /// <summary>
    /// Streams the .txt and .md files of <paramref name="folder"/> (sorted by name) without building a corpus in
    /// memory. As in a load, the id is the YAML front matter's <c>id:</c>, else the file name without extension; the
    /// language and grouping columns are the front matter's keys and the non-empty cells of the file's row in the
    /// folder's metadata.csv; without a language the file's is detected from its stopwords. Each document's group
    /// values are its loaded article's: date, source and title always, the title taken from a short first line where
    /// the metadata gives none (<see cref="TitleLine"/>), as a load takes it. Text is read as UTF-8
    /// (other encodings through <see cref="TextFileDecoder"/>, as a load reads them) and NFC-normalised; the
    /// boilerplate rules (default <see cref="BoilerplateRules.All"/>, as a load's) are applied to each file's text, so
    /// that its counts are the loaded article's. Unreadable, empty and binary files, files whose front matter is not closed or not valid
    /// YAML, and a file whose id an earlier file has, are skipped, as a load skips them; they, files decoded otherwise
    /// than as UTF-8, and rows of metadata.csv that cannot be used (no id, an id given twice, the wrong number of
    /// fields, no file) are added to <paramref name="report"/>, whose <see cref="LoadReport.Loaded"/> is then the
    /// number of files counted and <see cref="LoadReport.BoilerplateRemovals"/> what the rules removed.
    /// </summary>
    /// <param name="folder">The folder of .txt and .md files (and its metadata.csv).</param>
    /// <param name="options">What counts as a term; default <see cref="TermOptions.Default"/>.</param>
    /// <param name="recursive">Also read the files in sub-folders.</param>
    /// <param name="report">Gets the skips, notes and warnings, and the counts of files and removals.</param>
    /// <param name="boilerplateRules">The rules that remove web-page debris; default <see cref="BoilerplateRules.All"/>; pass [] to count the text as it is.</param>
    /// <exception cref="CorpusLensException">The folder does not exist.</exception>
    /// <example><code>var index = TermCounter.CountFolder("/data/news", new TermOptions { Stem = true });</code></example>
    public static TermIndex CountFolder(string folder, TermOptions? options = null, bool recursive = false, LoadReport? report = null,
        IReadOnlyList<BoilerplateRule>? boilerplateRules = null)
    {
        options ??= TermOptions.Default;
        options.Validate();
        Diagnostics.PhaseTimer.Mark("start");
        // Loading Lucene's stop lists (its first use initialises the library: 60-90 ms) goes on while the folder is
        // listed, metadata.csv parsed and the first files counted: the workers look a word's stop bits up when a
        // document's language is detected or once they are done (CountingWorker.Complete).
        var stopLists = Stopwords.LoadInBackground();
        var listing = ListFolder(folder, recursive, report, boilerplateRules);
        Diagnostics.PhaseTimer.Mark("list files + metadata");
        var (streamed, workers) = StreamFiles(listing, () => new CountingWorker(options),
            (worker, index, _, body, language) => worker.Add(index, body, language), worker => worker.Complete());
        stopLists.GetAwaiter().GetResult(); // done by now (the workers used the lists): observes a failure to load them
        Report(streamed, listing, report);
        Diagnostics.PhaseTimer.Mark("read + count");
        if (Diagnostics.PhaseTimer.IsEnabled)
        {
            foreach (var worker in workers)
            {
                Console.Error.WriteLine($"[timing] worker: {worker.Documents.Count} documents, {worker.Surfaces.Count} surfaces, {worker.Folded.Count} units, {worker.PairUnits.Count} pairs");
            }
        }
        var built = TermIndexBuilder.Build(workers, streamed.Sources, options);
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

    /// <summary>What loading the stop lists, on another thread meanwhile, allocates at most.</summary>
    internal const long StopListBytes = 4 << 20;

    /// <summary>
    /// A streamed folder's files (sorted by name), its metadata.csv rows, the duplicates found from file names and the
    /// boilerplate rules to apply.
    /// </summary>
    internal sealed record FolderListing(List<string> Files, Dictionary<string, CsvRow> Metadata, string MetadataPath, Dictionary<int, int> Duplicates,
        BoilerplateRemover Boilerplate);

    /// <summary>
    /// Lists the .txt and .md files of <paramref name="folder"/> and reads its metadata.csv (its problems go to
    /// <paramref name="report"/>); <paramref name="boilerplateRules"/> null: <see cref="BoilerplateRules.All"/>.
    /// </summary>
    /// <exception cref="CorpusLensException">The folder does not exist.</exception>
    internal static FolderListing ListFolder(string folder, bool recursive, LoadReport? report, IReadOnlyList<BoilerplateRule>? boilerplateRules = null)
    {
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
        return new FolderListing(files, metadata, metadataPath, DuplicateIds(files, recursive), new BoilerplateRemover(boilerplateRules ?? BoilerplateRules.All));
    }

    /// <summary>
    /// Runs <paramref name="pass"/> over the listed files with the duplicates found from file names; each thread
    /// reads one file at a time with <see cref="StreamedFolder.TryRead"/>, and each file's id and metadata are found
    /// by the thread that reads it, not all of them before counting starts (gen1000: 116 ms on one thread while the
    /// other waited). Those duplicates are a load's unless a front matter gives another id or a file a name's
    /// duplicate gave way to was not loadable: then the pass runs again with a load's (the first pass's counts let
    /// go of first).
    /// </summary>
    internal static (StreamedFolder Folder, T Result) StreamPasses<T>(FolderListing listing, Func<StreamedFolder, IReadOnlyDictionary<int, int>, T> pass)
        where T : class
    {
        var streamed = new StreamedFolder(listing.Files, listing.Metadata, listing.Boilerplate);
        T? result = pass(streamed, listing.Duplicates);
        if (streamed.LoadDuplicates(listing.Duplicates) is { } loadDuplicates)
        {
            result = null;
            streamed = new StreamedFolder(listing.Files, listing.Metadata, listing.Boilerplate);
            result = pass(streamed, loadDuplicates);
        }
        return (streamed, result);
    }

    /// <summary>What a worker does with each file a streamed folder gives it: its index, id, text after any front matter, and language (null: to be detected).</summary>
    internal delegate void StreamedFileAction<in TWorker>(TWorker worker, int index, string id, ReadOnlySpan<char> body, string? language);

    /// <summary>
    /// Streams the listed files to one worker per thread (<see cref="RunThreads"/>), each file read and decoded with
    /// <see cref="StreamedFolder.TryRead"/> and given to <paramref name="count"/> unless it is skipped; passes as
    /// <see cref="StreamPasses"/> makes them; <paramref name="complete"/> runs on each worker's thread at the end.
    /// </summary>
    internal static (StreamedFolder Folder, List<TWorker> Workers) StreamFiles<TWorker>(FolderListing listing, Func<TWorker> create,
        StreamedFileAction<TWorker> count, Action<TWorker>? complete = null) =>
        StreamPasses(listing, (pass, duplicates) => RunThreads(listing.Files.Count, create,
            () => (Reader: new StreamedFileReader(), Pool: new MetadataPool()), (worker, thread, index) =>
            {
                if (pass.TryRead(thread.Reader, thread.Pool, index, duplicates, out var body, out string? language))
                {
                    count(worker, index, pass.Sources[index].Id, body, language);
                }
            }, complete));

    /// <summary>Adds a streamed folder's skips, notes and warnings to <paramref name="report"/>, the number of files counted and what the boilerplate rules removed.</summary>
    internal static void Report(StreamedFolder streamed, FolderListing listing, LoadReport? report)
    {
        if (report is not null)
        {
            report.AddRange(streamed.Messages);
            report.Loaded = streamed.CountedFiles;
            report.BoilerplateRemovals = streamed.BoilerplateRemovals;
            streamed.ReportUnusedMetadata(listing.MetadataPath, report);
        }
    }

    /// <summary>
    /// The files of <paramref name="files"/> (listed from one folder unless <paramref name="recursive"/>) whose id (the
    /// name without extension: <c>a.md</c> and <c>a.txt</c> are both <c>a</c>) an earlier file has, each with that
    /// earlier file's index: a load skips them, and so does streaming. They are found before any file is read; a load
    /// decides after reading, so that a front matter's id counts and a file whose namesake is not loadable (empty, say)
    /// is loaded (<see cref="StreamedFolder.LoadDuplicates"/> finds out whether the two differ).
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

}
