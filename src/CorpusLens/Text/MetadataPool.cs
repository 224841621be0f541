namespace CorpusLens.Text;

/// <summary>
/// Makes the metadata of streamed files that have front matter (<see cref="StreamedFolder"/>) small enough to keep
/// for a million files: files with the same keys share one <see cref="CsvHeader"/>, and short keys and values met
/// again (a language, a source, a date) are one string (<see cref="Strings"/>), so a file costs a row and its array
/// of values, not a dictionary with its own keys. Not thread-safe: one per thread.
/// </summary>
internal sealed class MetadataPool
{
    /// <summary>At most this many distinct key sets are remembered; later ones get a header each.</summary>
    internal const int MaximumHeaders = 1 << 10;

    private readonly Dictionary<string, CsvHeader> headers = new(StringComparer.Ordinal);
    private readonly List<string> keys = [];
    private readonly List<string> fields = [];

    /// <summary>The shared keys and values.</summary>
    public SharedStrings Strings { get; } = new();

    /// <summary>A dictionary for a front matter's keys while they are read, reused from file to file.</summary>
    public Dictionary<string, string> FrontMatter { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// The front matter's keys and values, then each cell of <paramref name="row"/> that is not empty (replacing the
    /// front matter's value of its key), as a load merges them.
    /// </summary>
    public IReadOnlyDictionary<string, string> Merge(Dictionary<string, string> frontMatter, CsvRow? row)
    {
        keys.Clear();
        fields.Clear();
        foreach (var (key, value) in frontMatter)
        {
            keys.Add(key);
            fields.Add(value);
        }
        foreach (var (key, value) in row ?? Enumerable.Empty<KeyValuePair<string, string>>())
        {
            if (value.Length == 0)
            {
                continue;
            }
            int at = keys.IndexOf(key);
            if (at >= 0)
            {
                fields[at] = value;
            }
            else
            {
                keys.Add(key);
                fields.Add(value);
            }
        }
        var shared = new string[fields.Count];
        for (int i = 0; i < shared.Length; i++)
        {
            shared[i] = Strings.Get(fields[i]);
        }
        return new CsvRow(HeaderOf(keys), shared);
    }

    private CsvHeader HeaderOf(List<string> names)
    {
        // The keys are distinct, so a header made of them has them as its names, in order; a key holding the
        // separator could make two key sets one signature, hence the check.
        var signature = string.Join('\n', names);
        if (headers.TryGetValue(signature, out var header) && header.Names.AsSpan().SequenceEqual(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(names)))
        {
            return header;
        }
        header = new CsvHeader([.. names]);
        if (headers.Count < MaximumHeaders)
        {
            headers[signature] = header;
        }
        return header;
    }
}
