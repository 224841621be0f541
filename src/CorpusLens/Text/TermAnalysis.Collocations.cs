using Microsoft.Data.Analysis;

namespace CorpusLens.Text;

public static partial class TermAnalysis
{
    /// <summary>
    /// Collocations: pairs of terms that occur within <paramref name="window"/> tokens of each other in the same
    /// sentence span (stopwords dropped first when the options say so; terms are case-folded, stemmed when asked).
    /// Every co-occurrence is counted in both directions, so the table is symmetric and, with N pair
    /// observations, R the pairs of <c>term</c> and C those of <c>collocate</c>: <c>pmi</c> = log2(count·N/(R·C))
    /// and <c>g2</c> = log-likelihood of the 2×2 table. Columns <c>term</c>, <c>collocate</c>, <c>count</c>,
    /// <c>pmi</c>, <c>g2</c>; pairs seen fewer than <paramref name="minimumCount"/> times are left out; sorted by
    /// g2 descending. With <paramref name="term"/> only that term's collocates are listed; without it each pair
    /// once (term before collocate in ordinal order).
    /// </summary>
    /// <example><code>TermAnalysis.Collocations(corpus, term: "openai", window: 5, minimumCount: 2)</code></example>
    public static DataFrame Collocations(Corpus corpus, string? term = null, int window = 5, int minimumCount = 3, TermOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        if (window < 1)
        {
            throw new CorpusLensException($"--window {window}: use 1 or more");
        }
        options ??= TermOptions.Default;
        var nodes = term is null ? null : NodeKeys(term, options);
        var counter = new CollocationCounter(options, window, nodes);
        foreach (var article in corpus.Documents)
        {
            counter.Add(article.Text, LanguageClass.Of(article.Language));
        }
        return CollocationFrame(counter, nodes, minimumCount);
    }

    /// <summary>
    /// As <see cref="Collocations(Corpus, string?, int, int, TermOptions?)"/> for a folder of .txt/.md files streamed
    /// on two threads without loading it (<see cref="TermCounter.CountFolder"/>: ids, languages and skips as a load's,
    /// boilerplate rules not applied; a file without a language gets the one detected from its first 8,192
    /// characters). Its skips, notes and warnings go to <paramref name="report"/>.
    /// </summary>
    /// <example><code>TermAnalysis.StreamCollocations("/data/news", term: "openai", window: 5, minimumCount: 3)</code></example>
    /// <exception cref="CorpusLensException">The folder does not exist, or the window is below 1.</exception>
    public static DataFrame StreamCollocations(string folder, string? term = null, int window = 5, int minimumCount = 3,
        TermOptions? options = null, bool recursive = false, LoadReport? report = null)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (window < 1)
        {
            throw new CorpusLensException($"--window {window}: use 1 or more");
        }
        options ??= TermOptions.Default;
        var nodes = term is null ? null : NodeKeys(term, options);
        var listing = TermCounter.ListFolder(folder, recursive, report);
        var (streamed, counters) = TermCounter.StreamFiles(listing, () => new CollocationCounter(options, window, nodes),
            (counter, _, _, body, language) =>
                counter.Add(body, LanguageClass.Of(language ?? LanguageDetector.Detect(body[..Math.Min(body.Length, 8192)]).Language)));
        TermCounter.Report(streamed, listing, report);
        foreach (var other in counters.Skip(1))
        {
            counters[0].AddFrom(other);
        }
        return CollocationFrame(counters[0], nodes, minimumCount);
    }

    private static DataFrame CollocationFrame(CollocationCounter counter, HashSet<string>? nodes, int minimumCount)
    {
        var keys = counter.Keys;
        var totals = counter.Totals;
        var rows = new List<(string Term, string Collocate, int Count, double Pmi, double G2)>();
        void AddRow(int first, int second, int count) => rows.Add((keys[first], keys[second], count,
            KeynessStatistics.PointwiseMutualInformation(count, totals[first], totals[second], counter.Total),
            KeynessStatistics.PairLogLikelihood(count, totals[first], totals[second], counter.Total)));
        int minimum = Math.Max(1, minimumCount);
        foreach (var (pair, count) in counter.Pairs.Entries())
        {
            if (count < minimum)
            {
                continue;
            }
            int low = (int)(pair >> 32);
            int high = (int)(uint)pair;
            if (nodes is null)
            {
                // Each pair once, term before collocate in ordinal order.
                bool lowFirst = string.CompareOrdinal(keys[low], keys[high]) < 0;
                AddRow(lowFirst ? low : high, lowFirst ? high : low, count);
                continue;
            }
            if (nodes.Contains(keys[low]))
            {
                AddRow(low, high, count);
            }
            if (nodes.Contains(keys[high]))
            {
                AddRow(high, low, count);
            }
        }
        rows.Sort((x, y) => y.G2.CompareTo(x.G2) is not 0 and var byScore ? byScore
            : string.CompareOrdinal(x.Term, y.Term) is not 0 and var byTerm ? byTerm : string.CompareOrdinal(x.Collocate, y.Collocate));
        return new DataFrame(
            new StringDataFrameColumn("term", rows.Select(row => row.Term)),
            new StringDataFrameColumn("collocate", rows.Select(row => row.Collocate)),
            new Int32DataFrameColumn("count", rows.Select(row => row.Count)),
            new DoubleDataFrameColumn("pmi", rows.Select(row => row.Pmi)),
            new DoubleDataFrameColumn("g2", rows.Select(row => row.G2)));
    }

    private static HashSet<string> NodeKeys(string term, TermOptions options)
    {
        var folded = CaseFolding.Fold(term.Trim());
        var keys = new HashSet<string>(StringComparer.Ordinal) { folded };
        if (options.Stem)
        {
            foreach (var language in Language.Supported)
            {
                keys.Add(Stemmer.For(language).Stem(folded));
            }
        }
        return keys;
    }
}
