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
        Diagnostics.PhaseTimer.Mark("frequencies: group keys + order");
        _ = displayRanks.Value;
        _ = termsByRank.Value;
        Diagnostics.PhaseTimer.Mark("frequencies: display ranks");

        // Two halves of the groups on two threads when there are many (one row per term and article adds up).
        int middle = order.Length / 2;
        while (middle > 0 && middle < order.Length && groups[order[middle]] == groups[order[middle - 1]])
        {
            middle++;
        }
        var rows = new FrequencyRows(RowCapacity(groups, order, 0, Math.Min(middle, order.Length), top));
        if (TermCounter.Threads < 2 || order.Length < 64 || middle >= order.Length)
        {
            TallyGroups(groups, order, 0, order.Length, top, rows);
        }
        else
        {
            var second = new FrequencyRows(RowCapacity(groups, order, middle, order.Length, top));
            var other = Task.Run(() => TallyGroups(groups, order, middle, order.Length, top, second));
            TallyGroups(groups, order, 0, middle, top, rows);
            other.GetAwaiter().GetResult();
            Diagnostics.PhaseTimer.Mark("frequencies: rows (two threads)");
            return FrequencyRows.ToFrame(by, [rows, second]);
        }
        Diagnostics.PhaseTimer.Mark("frequencies: rows");
        return rows.ToFrame(by);
    }

    /// <summary>At most top rows per group of order[from..to] (0 without a top, or when small or unbounded).</summary>
    private static int RowCapacity(string[] groups, int[] order, int from, int to, int? top)
    {
        if (top is not { } perGroup || to - from < 64)
        {
            return 0;
        }
        long count = 0;
        for (int i = from; i < to; i++)
        {
            if (i == from || groups[order[i]] != groups[order[i - 1]])
            {
                count++;
            }
        }
        return (int)Math.Min(count * perGroup, 1 << 22);
    }

    /// <summary>Adds the rows of the groups of documents order[from..to] (sorted by group) to <paramref name="rows"/>.</summary>
    private void TallyGroups(string[] groups, int[] order, int from, int to, int? top, FrequencyRows rows)
    {
        // Count, document frequency and last document of a term side by side: one cache line per term touched.
        var tallies = new TermTally[keys.Length];
        for (int term = 0; term < tallies.Length; term++)
        {
            tallies[term].LastDocument = -1;
        }
        var touched = new List<int>();
        var ranks = displayRanks.Value;
        var termByRank = termsByRank.Value;
        var sortKeys = new long[1024];
        int start = from;
        while (start < to)
        {
            int end = start;
            long tokens = 0;
            string group = groups[order[start]];
            while (end < to && groups[order[end]] == group)
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
                    ref var tally = ref tallies[term];
                    if (tally.Count == 0)
                    {
                        touched.Add(term);
                    }
                    tally.Count += worker.Counts[i];
                    if (tally.LastDocument != document)
                    {
                        tally.LastDocument = document;
                        tally.Documents++;
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
                sortKeys[i] = ((long)(int.MaxValue - tallies[term].Count) << 32) | (uint)ranks[term];
            }
            int keep = TopSelection.SortSmallest(sortKeys.AsSpan(0, touched.Count), top ?? int.MaxValue);
            for (int i = 0; i < keep; i++)
            {
                int term = termByRank[(int)(sortKeys[i] & 0xFFFFFFFF)];
                var tally = tallies[term];
                rows.Add(group, display[term], tally.Count, tokens == 0 ? 0 : tally.Count * 1000.0 / tokens, tally.Documents);
            }
            foreach (int term in touched)
            {
                tallies[term].Count = 0;
                tallies[term].Documents = 0;
            }
            touched.Clear();
            start = end;
        }
    }

    /// <summary>A term's count and document frequency within the current group, and the last document that counted it.</summary>
    private struct TermTally
    {
        public int Count;
        public int Documents;
        public int LastDocument;
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
