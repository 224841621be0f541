using Microsoft.Data.Analysis;

namespace CorpusLens.Text;

/// <summary>
/// The counted terms of a corpus: for each document, which terms occur how often, kept as compact arrays (never one
/// string per token). Made by <see cref="TermCounter"/>; every table comes out as a DataFrame.
/// </summary>
/// <example>
/// <code>
/// var index = TermCounter.Count(corpus, new TermOptions { Stem = true });
/// DataFrame top = index.Frequencies(by: "language", top: 20); // language, term, count, per_thousand, document_frequency
/// </code>
/// </example>
public sealed partial class TermIndex
{
    private readonly (IntChunkList Units, IntChunkList Counts)[] pairs;
    private readonly int[][][] workerTerms;
    private readonly DocumentLocation[] locations;
    private readonly TermTexts texts;
    private readonly Lazy<int[]> termsByRank;

    internal TermIndex(TermOptions options, TermDocument[] documents, TermTexts texts,
        (IntChunkList Units, IntChunkList Counts)[] pairs, int[][][] workerTerms, DocumentLocation[] locations)
    {
        Options = options;
        Documents = documents;
        this.texts = texts;
        this.pairs = pairs;
        this.workerTerms = workerTerms;
        this.locations = locations;
        termsByRank = new Lazy<int[]>(SortTermsByDisplay);
    }

    /// <summary>The options the terms were counted with.</summary>
    public TermOptions Options { get; }

    /// <summary>The documents, in input order.</summary>
    public IReadOnlyList<TermDocument> Documents { get; }

    /// <summary>Number of distinct terms.</summary>
    public int TermCount => texts.Count;

    /// <summary>The key term <paramref name="term"/> is counted under (folded word or stem).</summary>
    public string Key(int term) => texts.Key(term);

    /// <summary>How term <paramref name="term"/> is shown (see <see cref="TermOptions.Display"/>).</summary>
    public string Display(int term) => texts.Display(term);

    /// <summary>Total tokens of all documents.</summary>
    public long TotalTokens => Documents.Sum(document => (long)document.Tokens);

    /// <summary>
    /// Term frequencies per group: first column named after <paramref name="by"/> (<c>article</c>, <c>language</c>,
    /// <c>corpus</c> or a metadata column such as <c>date</c>), then <c>term</c>, <c>count</c>, <c>per_thousand</c>
    /// (per 1,000 tokens of the group) and <c>document_frequency</c> (documents of the group containing the term).
    /// Sorted by group, then count descending, then term.
    /// </summary>
    /// <param name="by">article, language, corpus or a metadata column.</param>
    /// <param name="top">Keep the first <paramref name="top"/> terms of each group; null keeps all.</param>
    /// <exception cref="CorpusLensException">No document has the column <paramref name="by"/>.</exception>
    public DataFrame Frequencies(string by = "article", int? top = null)
    {
        var parts = new List<FrequencyRows>();
        SelectRows(OrderGroups(by, top), top, () => new FrequencyRows(), parts.Add);
        var frame = FrequencyRows.ToFrame(by, parts);
        Diagnostics.PhaseTimer.Mark("frequencies: DataFrame");
        return frame;
    }

    /// <summary>
    /// The first <paramref name="rows"/> rows of the table <see cref="Frequencies"/> returns, and how many rows the
    /// whole table has, without building it: what a screen shows of a million-row table. Only the groups the head
    /// shows have their rows selected; the others are counted (their distinct terms, at most
    /// <paramref name="top"/>), so no term needs a display rank.
    /// </summary>
    /// <param name="rows">Rows to keep (0 or more).</param>
    /// <param name="by">article, language, corpus or a metadata column.</param>
    /// <param name="top">Keep the first <paramref name="top"/> terms of each group; null keeps all.</param>
    /// <exception cref="CorpusLensException">No document has the column <paramref name="by"/>.</exception>
    /// <example><code>var (head, total) = index.FrequenciesHead(20, by: "language", top: 50);</code></example>
    public (DataFrame Head, long TotalRows) FrequenciesHead(int rows, string by = "article", int? top = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        var (groups, order) = OrderGroups(by, top);
        var head = new FrequencyRows(keep: rows);
        var tally = new GroupTally(this, ranked: false);
        int shownEnd = tally.SelectByText(groups, order, 0, top, head, rows);
        var frame = FrequencyRows.ToFrame(by, [head]);
        Diagnostics.PhaseTimer.Mark("frequencies: first rows");
        long total = head.Total + CountRows(groups, order, shownEnd, top, tally);
        Diagnostics.PhaseTimer.Mark("frequencies: rows counted");
        return (frame.Rows.Count > rows ? frame.Head(rows) : frame, total);
    }

    /// <summary>The rows of the groups of order[from..] (from is a group's first document), counted on up to two threads.</summary>
    private long CountRows(string[] groups, int[] order, int from, int? top, GroupTally tally)
    {
        var starts = PartStarts(groups, order).Where(start => start > from).Prepend(from).ToList();
        int partCount = starts.Count - 1;
        int next = -1;
        long Work(GroupTally? mine)
        {
            long counted = 0;
            int part;
            while ((part = Interlocked.Increment(ref next)) < partCount)
            {
                mine ??= new GroupTally(this, ranked: false);
                counted += mine.CountRows(groups, order, starts[part], starts[part + 1], top);
            }
            return counted;
        }
        long first = 0;
        long second = 0;
        TwoThreads.Run(() => first = Work(tally), () => second = Work(null));
        return first + second;
    }

    /// <summary>
    /// Writes the table <see cref="Frequencies"/> returns as CSV or JSON to <paramref name="destination"/> (UTF-8, no
    /// BOM), byte for byte what <see cref="Tables.DataFrameWriter"/> writes for that DataFrame, without building it:
    /// the groups are tallied on <see cref="TermCounter.Threads"/> threads and written in order as they are ready.
    /// </summary>
    /// <param name="destination">Where the bytes go; not closed.</param>
    /// <param name="format">CSV or JSON.</param>
    /// <param name="by">article, language, corpus or a metadata column.</param>
    /// <param name="top">Keep the first <paramref name="top"/> terms of each group; null keeps all.</param>
    /// <exception cref="CorpusLensException">No document has the column <paramref name="by"/>.</exception>
    /// <example><code>index.WriteFrequencies(Console.OpenStandardOutput(), TableFormat.Csv, by: "article", top: 50);</code></example>
    public void WriteFrequencies(Stream destination, Tables.TableFormat format, string by = "article", int? top = null)
    {
        ArgumentNullException.ThrowIfNull(destination);
        WriteFrequencies(bytes => destination.Write(bytes), format, by, top);
        destination.Flush();
    }

    /// <summary>
    /// Writes the table <see cref="Frequencies"/> returns as CSV or JSON to <paramref name="destination"/>, with the
    /// text <see cref="Tables.DataFrameWriter"/> writes for that DataFrame, without building it.
    /// </summary>
    /// <param name="destination">Where the text goes; not flushed or closed.</param>
    /// <param name="format">CSV or JSON.</param>
    /// <param name="by">article, language, corpus or a metadata column.</param>
    /// <param name="top">Keep the first <paramref name="top"/> terms of each group; null keeps all.</param>
    /// <exception cref="CorpusLensException">No document has the column <paramref name="by"/>.</exception>
    public void WriteFrequencies(TextWriter destination, Tables.TableFormat format, string by = "article", int? top = null)
    {
        ArgumentNullException.ThrowIfNull(destination);
        var decoder = new System.Text.UTF8Encoding(false).GetDecoder();
        var chars = new char[1 << 16];
        WriteFrequencies(bytes =>
        {
            while (!bytes.IsEmpty)
            {
                decoder.Convert(bytes, chars, flush: false, out int used, out int written, out _);
                destination.Write(chars, 0, written);
                bytes = bytes[used..];
            }
        }, format, by, top);
    }

    /// <summary>Calls <paramref name="action"/> with (term, count) for every counted term of document <paramref name="document"/>; a term may come more than once when several words share a stem.</summary>
    internal void ForEachPair(int document, Action<int, int> action)
    {
        var location = locations[document];
        var worker = pairs[location.Worker];
        var terms = workerTerms[location.Worker][location.LanguageClass];
        for (int i = location.Offset; i < location.Offset + location.Length; i++)
        {
            int term = terms[worker.Units[i]];
            if (term >= 0)
            {
                action(term, worker.Counts[i]);
            }
        }
    }

    /// <summary>The group value of every document for <paramref name="by"/>.</summary>
    internal string[] GroupKeys(string by)
    {
        var column = (by ?? string.Empty).Trim();
        var result = new string[Documents.Count];
        bool found = column is "article" or "language" or "corpus";
        for (int i = 0; i < result.Length; i++)
        {
            var document = Documents[i];
            result[i] = column switch
            {
                "article" => document.Id,
                "language" => document.Language,
                "corpus" => "corpus",
                _ => document.Metadata.TryGetValue(column, out var value) ? value : string.Empty,
            };
            found |= document.Metadata.ContainsKey(column);
        }
        if (!found && Documents.Count > 0)
        {
            var known = Documents.SelectMany(document => document.Metadata.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
            throw new CorpusLensException(known.Count == 0
                ? $"--by {column}: no article has that column, nor any other (no front matter or metadata.csv gave one); use article, language or corpus"
                : $"--by {column}: no article has that column; use article, language, corpus or one of: {string.Join(", ", known)}");
        }
        return result;
    }
}
