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
    private readonly string[] keys;
    private readonly string[] display;
    private readonly Lazy<int[]> displayRanks;
    private readonly Lazy<int[]> termsByRank;

    internal TermIndex(TermOptions options, TermDocument[] documents, string[] keys, string[] display,
        (IntChunkList Units, IntChunkList Counts)[] pairs, int[][][] workerTerms, DocumentLocation[] locations)
    {
        Options = options;
        Documents = documents;
        this.keys = keys;
        this.display = display;
        this.pairs = pairs;
        this.workerTerms = workerTerms;
        this.locations = locations;
        displayRanks = new Lazy<int[]>(RankByDisplay);
        termsByRank = new Lazy<int[]>(TermsByRank);
    }

    /// <summary>The options the terms were counted with.</summary>
    public TermOptions Options { get; }

    /// <summary>The documents, in input order.</summary>
    public IReadOnlyList<TermDocument> Documents { get; }

    /// <summary>Number of distinct terms.</summary>
    public int TermCount => keys.Length;

    /// <summary>The key term <paramref name="term"/> is counted under (folded word or stem).</summary>
    public string Key(int term) => keys[term];

    /// <summary>How term <paramref name="term"/> is shown (see <see cref="TermOptions.Display"/>).</summary>
    public string Display(int term) => display[term];

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
        if (top is < 0)
        {
            throw new CorpusLensException($"--top {top}: use a number of 0 or more");
        }
        var groups = GroupKeys(by);
        var order = Enumerable.Range(0, Documents.Count).OrderBy(i => groups[i], StringComparer.Ordinal).ToArray();
        var counts = new int[keys.Length];
        var frequencies = new int[keys.Length];
        var lastDocument = new int[keys.Length];
        Array.Fill(lastDocument, -1);
        var touched = new List<int>();
        Diagnostics.PhaseTimer.Mark("frequencies: group keys + order");
        var ranks = displayRanks.Value;
        Diagnostics.PhaseTimer.Mark("frequencies: display ranks");
        var rows = new FrequencyRows();
        var sortKeys = new long[1024];
        int start = 0;
        while (start < order.Length)
        {
            int end = start;
            long tokens = 0;
            while (end < order.Length && groups[order[end]] == groups[order[start]])
            {
                int document = order[end];
                tokens += Documents[document].Tokens;
                var location = locations[document];
                var worker = pairs[location.Worker];
                var terms = workerTerms[location.Worker][location.LanguageClass];
                for (int i = location.Offset; i < location.Offset + location.Length; i++)
                {
                    int term = terms[worker.Units[i]];
                    if (term < 0)
                    {
                        continue;
                    }
                    if (counts[term] == 0)
                    {
                        touched.Add(term);
                    }
                    counts[term] += worker.Counts[i];
                    if (lastDocument[term] != document)
                    {
                        lastDocument[term] = document;
                        frequencies[term]++;
                    }
                }
                end++;
            }
            if (sortKeys.Length < touched.Count)
            {
                sortKeys = new long[Math.Max(touched.Count, sortKeys.Length * 2)];
            }
            for (int i = 0; i < touched.Count; i++)
            {
                int term = touched[i];
                sortKeys[i] = ((long)(int.MaxValue - counts[term]) << 32) | (uint)ranks[term];
            }
            int keep = TopSelection.SortSmallest(sortKeys.AsSpan(0, touched.Count), top ?? int.MaxValue);
            var termByRank = termsByRank.Value;
            for (int i = 0; i < keep; i++)
            {
                int term = termByRank[(int)(sortKeys[i] & 0xFFFFFFFF)];
                rows.Add(groups[order[start]], display[term], counts[term], tokens == 0 ? 0 : counts[term] * 1000.0 / tokens, frequencies[term]);
            }
            foreach (int term in touched)
            {
                counts[term] = 0;
                frequencies[term] = 0;
            }
            touched.Clear();
            start = end;
        }
        Diagnostics.PhaseTimer.Mark("frequencies: rows");
        return rows.ToFrame(by);
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
            var known = Documents.SelectMany(document => document.Metadata.Keys).Distinct().Order(StringComparer.Ordinal);
            throw new CorpusLensException($"--by {column}: no article has that column; use article, language, corpus or one of: {string.Join(", ", known)}");
        }
        return result;
    }

    private int[] TermsByRank()
    {
        var ranks = displayRanks.Value;
        var byRank = new int[ranks.Length];
        for (int term = 0; term < ranks.Length; term++)
        {
            byRank[ranks[term]] = term;
        }
        return byRank;
    }

    private int[] RankByDisplay()
    {
        var order = Enumerable.Range(0, keys.Length).ToArray();
        Array.Sort(order, (a, b) =>
        {
            int compare = string.CompareOrdinal(display[a], display[b]);
            return compare != 0 ? compare : string.CompareOrdinal(keys[a], keys[b]);
        });
        var ranks = new int[keys.Length];
        for (int rank = 0; rank < order.Length; rank++)
        {
            ranks[order[rank]] = rank;
        }
        return ranks;
    }
}
