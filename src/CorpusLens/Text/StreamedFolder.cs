using System.Collections.Concurrent;

namespace CorpusLens.Text;

/// <summary>
/// The files of one pass over a streamed folder (<see cref="TermCounter.CountFolder"/>) and what reading each one
/// told: its id and metadata, why it was skipped, whether a load would load it. As in a load, a file's id is its
/// front matter's <c>id:</c>, else its file name; its metadata is its front matter's keys, then the cells of the
/// metadata.csv row of that id (else of the file name) that are not empty; a file whose front matter is not closed
/// or not valid YAML is skipped with the load's message and line. The boilerplate rules are applied to the text of
/// each file counted, as a load applies them (<see cref="BoilerplateRemover.Blank"/>), and the values it is grouped by
/// are its loaded article's (<see cref="StreamedGroupValues"/>: a title line found as a load finds it). Thread-safe for
/// distinct files.
/// </summary>
internal sealed class StreamedFolder
{
    /// <summary>The metadata of a file with neither front matter nor a metadata.csv row.</summary>
    private static readonly IReadOnlyDictionary<string, string> None = new Dictionary<string, string>();

    private const byte Loadable = 1; // read, its front matter (if any) well-formed: a load would load it unless its id is taken
    private const byte HasRow = 2; // a metadata.csv row was found for it
    private const byte Counted = 4; // given to be counted

    private readonly List<string> files;
    private readonly Dictionary<string, CsvRow> metadata;
    private readonly Dictionary<string, CsvRow>.AlternateLookup<ReadOnlySpan<char>> rows;
    private readonly byte[] states;
    // Files skipped (unreadable, empty, binary, malformed front matter, a duplicate id) and files decoded otherwise
    // than as UTF-8, as a load reports them; sorted by file when the pass is over.
    private readonly ConcurrentQueue<(int Index, LoadMessage Message)> messages = new();
    private readonly BoilerplateRemover boilerplate;
    private int prefetchedUpTo; // the files below it were prefetched (or read) already
    private int movedIds;
    private int boilerplateRemovals;

    public StreamedFolder(List<string> files, Dictionary<string, CsvRow> metadata, BoilerplateRemover? boilerplate = null)
    {
        this.files = files;
        this.metadata = metadata;
        this.boilerplate = boilerplate ?? new BoilerplateRemover([]);
        rows = metadata.GetAlternateLookup<ReadOnlySpan<char>>();
        states = new byte[files.Count];
        Sources = new (string Id, IReadOnlyDictionary<string, string> Metadata)[files.Count];
    }

    /// <summary>Per file, its id and metadata (set when it is read).</summary>
    public (string Id, IReadOnlyDictionary<string, string> Metadata)[] Sources { get; }

    /// <summary>How many files were given to be counted.</summary>
    public int CountedFiles => states.Count(state => (state & Counted) != 0);

    /// <summary>What the boilerplate rules removed from the files counted (the rows a load's <see cref="Corpus.RemovedLines"/> would have).</summary>
    public int BoilerplateRemovals => Volatile.Read(ref boilerplateRemovals);

    /// <summary>The skips, notes and warnings of the files read, in file order.</summary>
    public IEnumerable<LoadMessage> Messages => messages.OrderBy(entry => entry.Index).Select(entry => entry.Message);

    /// <summary>
    /// Files asked for ahead when one had to come from the disk: the reads of the next ones then wait for dozens of
    /// requests in flight instead of one after another on each thread. A folder in the page cache never gets here
    /// (its reads cost what they did); one the kernel has let go of, or has never read, pays a few system calls a
    /// file to keep the disk busy.
    /// </summary>
    internal const int PrefetchedFiles = 256;

    /// <summary>The files before this one were asked for ahead or read (0 until a file comes from the disk).</summary>
    internal int PrefetchedUpTo => Volatile.Read(ref prefetchedUpTo);

    // After file `index` came from the disk: asks for the next PrefetchedFiles that no thread has asked for yet.
    private void PrefetchAfter(int index, StreamedFileReader reader)
    {
        int to = Math.Min(files.Count, index + 1 + PrefetchedFiles);
        while (true)
        {
            int seen = Volatile.Read(ref prefetchedUpTo);
            int from = Math.Max(index + 1, seen);
            if (from >= to)
            {
                return;
            }
            if (Interlocked.CompareExchange(ref prefetchedUpTo, to, seen) == seen)
            {
                for (int next = from; next < to; next++)
                {
                    reader.Prefetch(files[next]);
                }
                return;
            }
        }
    }

    /// <summary>
    /// Reads file <paramref name="index"/>: true when it is to be counted, with its text after any front matter and
    /// its language (null: to be detected). A file skipped (<paramref name="duplicates"/> names those whose id an
    /// earlier file has) gets its message; so does one decoded otherwise than as UTF-8.
    /// </summary>
    public bool TryRead(StreamedFileReader reader, MetadataPool pool, int index, IReadOnlyDictionary<int, int> duplicates,
        out ReadOnlySpan<char> body, out string? language)
    {
        var path = files[index];
        var name = Path.GetFileNameWithoutExtension(path.AsSpan());
        body = default;
        language = null;
        bool read = reader.TryRead(path, out var text, out var severity, out string? message);
        if (reader.LastReadFromDisk)
        {
            PrefetchAfter(index, reader);
        }
        if (message is not null)
        {
            Report(index, read ? severity : LoadSeverity.Skipped, null, message);
        }
        if (!read)
        {
            return false;
        }
        int bodyLine = 1;
        bool plain = true; // no front matter: the metadata is the file's metadata.csv row, or none
        (string Id, IReadOnlyDictionary<string, string> Metadata) source;
        byte state = Loadable;
        if (FrontMatter.Find(text) is not { } bounds)
        {
            body = text;
            // The metadata's own id string when the file has a row: one string per id, not two.
            source = rows.TryGetValue(name, out string? id, out var row) ? (id, row) : (name.ToString(), None);
            state |= row is null ? (byte)0 : HasRow;
        }
        else
        {
            if (bounds.BodyStart < 0)
            {
                Report(index, LoadSeverity.Skipped, 1, FrontMatter.Unclosed);
                return false;
            }
            var yaml = text[bounds.YamlStart..bounds.YamlEnd];
            var keys = pool.FrontMatter;
            if (!FrontMatter.TryParsePlain(yaml, keys, pool.Strings))
            {
                var parsed = FrontMatter.ParseYaml(yaml.ToString());
                if (parsed.Error is not null)
                {
                    Report(index, LoadSeverity.Skipped, parsed.ErrorLine, parsed.Error);
                    return false;
                }
                keys = parsed.Metadata;
            }
            body = text[bounds.BodyStart..];
            bodyLine = bounds.BodyFirstLine;
            plain = false;
            string id = keys.GetValueOrDefault("id") is { Length: > 0 } given ? given.Trim() : name.ToString();
            if (!name.SequenceEqual(id))
            {
                Interlocked.Increment(ref movedIds);
            }
            var row = metadata.GetValueOrDefault(id) ?? (rows.TryGetValue(name, out var byName) ? byName : null);
            source = (id, pool.Merge(keys, row));
            state |= row is null ? (byte)0 : HasRow;
        }
        Sources[index] = source;
        states[index] = state;
        if (duplicates.TryGetValue(index, out int first))
        {
            Report(index, LoadSeverity.Skipped, bodyLine == 1 ? null : bodyLine, LoadReasons.DuplicateId(source.Id, files[first]));
            return false;
        }
        // As a load gives an article its date, source and title: the metadata's, else the first line's.
        Sources[index] = (source.Id, StreamedGroupValues.Blank(source.Metadata, plain, text[(text.Length - body.Length)..], boilerplate, out int removals));
        if (removals > 0)
        {
            Interlocked.Add(ref boilerplateRemovals, removals);
        }
        language = source.Metadata.TryGetValue("language", out var named) && named.Length > 0 ? Language.Normalize(named) : null;
        states[index] |= Counted;
        return true;
    }

    /// <summary>
    /// After a pass with <paramref name="used"/> as its duplicates: null when they were the files a load skips as
    /// duplicates, else those files (each with the earlier file of its id). They can differ only when a front matter
    /// gives an id other than the file name, or when a file a name's duplicate was skipped for was itself not
    /// loadable (empty, say): the duplicates found from file names before reading cannot know either.
    /// </summary>
    public Dictionary<int, int>? LoadDuplicates(IReadOnlyDictionary<int, int> used)
    {
        if (movedIds == 0 && used.Count == 0)
        {
            return null; // every id is a file name, and no two are alike
        }
        var firstOfId = new Dictionary<string, int>(StringComparer.Ordinal);
        var exact = new Dictionary<int, int>();
        bool same = true;
        for (int index = 0; index < files.Count; index++)
        {
            if ((states[index] & Loadable) == 0)
            {
                continue;
            }
            bool duplicate = !firstOfId.TryAdd(Sources[index].Id, index);
            if (duplicate)
            {
                exact[index] = firstOfId[Sources[index].Id];
            }
            same &= duplicate ? used.TryGetValue(index, out int first) && first == exact[index] : !used.ContainsKey(index);
        }
        return same ? null : exact;
    }

    /// <summary>
    /// Warns, as a load does, of each metadata.csv row that names no file a load would load (by file name or by id).
    /// When every id is a file name, counted files have distinct ids, so when as many of them found a row as there are
    /// rows, every row was used, and no set of ids is made.
    /// </summary>
    public void ReportUnusedMetadata(string metadataPath, LoadReport report)
    {
        if (metadata.Count == 0)
        {
            return;
        }
        const byte CountedWithRow = Counted | HasRow;
        if (movedIds == 0 && states.Count(state => (state & CountedWithRow) == CountedWithRow) == metadata.Count)
        {
            return;
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int index = 0; index < files.Count; index++)
        {
            if ((states[index] & Loadable) != 0)
            {
                seen.Add(Path.GetFileNameWithoutExtension(files[index]));
                seen.Add(Sources[index].Id);
            }
        }
        foreach (var id in metadata.Keys.Where(id => !seen.Contains(id)))
        {
            report.Add(LoadSeverity.Warning, metadataPath, null, LoadReasons.UnusedMetadataRow(id));
        }
    }

    private void Report(int index, LoadSeverity severity, int? line, string reason) =>
        messages.Enqueue((index, new LoadMessage(severity, files[index], line, reason)));
}
