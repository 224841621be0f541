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
    /// once (term before collocate in ordinal order). The pair counts are kept within
    /// <paramref name="memoryLimitMegabytes"/>: beyond it the texts are read again, each pass counting a share of the
    /// pairs (<paramref name="note"/> is told how many passes it took); the rows are the same. With
    /// <paramref name="top"/> only the first rows are kept as they are found, not all of them (<paramref name="rowCount"/>
    /// is told how many there are in all).
    /// </summary>
    /// <example><code>TermAnalysis.Collocations(corpus, term: "openai", window: 5, minimumCount: 2)</code></example>
    /// <exception cref="CorpusLensException">The window is below 1, the memory limit below 1 MB or <paramref name="top"/> below 0.</exception>
    public static DataFrame Collocations(Corpus corpus, string? term = null, int window = 5, int minimumCount = 3, TermOptions? options = null,
        int memoryLimitMegabytes = DefaultCollocationMegabytes, Action<string>? note = null, int? top = null, Action<long>? rowCount = null)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        return BoundedCollocations(corpus, term, window, minimumCount, options, PairsWithin(memoryLimitMegabytes), PassNote(memoryLimitMegabytes, note),
            new CollocationRows(top, rowCount));
    }

    /// <summary>As the public overload, with the pairs a pass's tables may hold given instead of megabytes (tests give a few).</summary>
    internal static DataFrame BoundedCollocations(Corpus corpus, string? term, int window, int minimumCount, TermOptions? options, long maximumPairs,
        Action<int>? passes = null, CollocationRows? rows = null)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        CheckWindow(window);
        options ??= TermOptions.Default;
        var nodes = term is null ? null : NodeKeys(term, options);
        return CountInPasses(maximumPairs, nodes, minimumCount, passes, rows ?? new CollocationRows(), partition =>
        {
            var counter = new CollocationCounter(options, window, nodes, partition, maximumPairs);
            foreach (var article in corpus.Documents)
            {
                counter.Add(article.Text, LanguageClass.Of(article.Language));
            }
            CollocationCounter.Merge([counter], partition, maximumPairs);
            return [counter];
        });
    }

    /// <summary>
    /// As <see cref="Collocations(Corpus, string?, int, int, TermOptions?, int, Action{string}?, int?, Action{long}?)"/> for a folder of
    /// .txt/.md files streamed on two threads without loading it (<see cref="TermCounter.CountFolder"/>: ids,
    /// languages, skips and boilerplate rules as a load's, default <see cref="BoilerplateRules.All"/>; a file without a language gets the one detected
    /// from its first 8,192 characters). Its skips, notes and warnings go to <paramref name="report"/> (once, however
    /// many passes the pairs take).
    /// </summary>
    /// <example><code>TermAnalysis.StreamCollocations("/data/news", term: "openai", window: 5, minimumCount: 3, top: 100)</code></example>
    /// <exception cref="CorpusLensException">The folder does not exist, the window is below 1, the memory limit below 1 MB or <paramref name="top"/> below 0.</exception>
    public static DataFrame StreamCollocations(string folder, string? term = null, int window = 5, int minimumCount = 3,
        TermOptions? options = null, bool recursive = false, LoadReport? report = null, int memoryLimitMegabytes = DefaultCollocationMegabytes,
        Action<string>? note = null, int? top = null, Action<long>? rowCount = null, IReadOnlyList<BoilerplateRule>? boilerplateRules = null,
        string textColumn = "text") =>
        BoundedStreamCollocations(folder, term, window, minimumCount, options, recursive, report, PairsWithin(memoryLimitMegabytes),
            PassNote(memoryLimitMegabytes, note), new CollocationRows(top, rowCount), boilerplateRules, textColumn);

    /// <summary>As the public overload, with the pairs a pass's tables may hold given instead of megabytes.</summary>
    internal static DataFrame BoundedStreamCollocations(string folder, string? term, int window, int minimumCount, TermOptions? options, bool recursive,
        LoadReport? report, long maximumPairs, Action<int>? passes = null, CollocationRows? rows = null, IReadOnlyList<BoilerplateRule>? boilerplateRules = null,
        string textColumn = "text")
    {
        ArgumentNullException.ThrowIfNull(folder);
        CheckWindow(window);
        options ??= TermOptions.Default;
        var nodes = term is null ? null : NodeKeys(term, options);
        var input = new StreamedInput(folder, recursive, textColumn, report, boilerplateRules);
        return CountInPasses(maximumPairs, nodes, minimumCount, passes, rows ?? new CollocationRows(), partition =>
        {
            // Each thread's table holds at most maximumPairs pairs; merged, the two hold at most twice that.
            var counters = input.Pass(() => new CollocationCounter(options, window, nodes, partition, maximumPairs),
                (counter, _, _, body, language) =>
                    counter.Add(body, LanguageClass.Of(language ?? LanguageDetector.Detect(body[..Math.Min(body.Length, 8192)]).Language)));
            CollocationCounter.Merge(counters, partition, 2 * maximumPairs);
            return counters;
        });
    }

    /// <summary>The memory the pair counts of <c>collocations</c> may take unless told otherwise: 1,024 MB.</summary>
    public const int DefaultCollocationMegabytes = 1024;

    /// <summary>
    /// The pairs each counter's table may hold within <paramref name="megabytes"/>: the largest table that fits four
    /// times over (two threads' tables, one growing to twice its size as the other is merged into it; a table of S
    /// slots holds 0.7·S pairs), and never fewer than a first table holds.
    /// </summary>
    internal static long PairsWithin(int megabytes)
    {
        if (megabytes < 1)
        {
            throw new CorpusLensException($"--max-memory {megabytes}: use 1 MB or more");
        }
        long bytes = (long)megabytes << 20;
        long slots = PairCounts.MinimumSlots;
        while (4 * PairCounts.SlotBytes * (slots * 2) <= bytes)
        {
            slots *= 2;
        }
        return PairCounts.KeysBeforeDoubling(slots);
    }

    private static Action<int>? PassNote(int megabytes, Action<string>? note) => note is null ? null : passes =>
    {
        if (passes > 1)
        {
            note(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"the pair counts outgrew {megabytes:N0} MB: the texts were read {passes} times, each pass counting a share of the pairs"));
        }
    };

    private static void CheckWindow(int window)
    {
        if (window < 1)
        {
            throw new CorpusLensException($"--window {window}: use 1 or more");
        }
    }

    /// <summary>
    /// Runs <paramref name="pass"/> for the share of every pair, then for each share a pass left (each may leave
    /// more), and makes the frame of all their rows; <paramref name="passes"/> is told how many it took. A pass gives
    /// its counters merged into the first. The totals of every pass are those of the whole corpus: a share only
    /// decides which pairs are kept.
    /// </summary>
    private static DataFrame CountInPasses(long maximumPairs, HashSet<string>? nodes, int minimumCount, Action<int>? passes,
        CollocationRows rows, Func<PairPartition, IReadOnlyList<CollocationCounter>> pass)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maximumPairs, 1);
        var left = new List<PairPartition>();
        var share = new PairPartition(left: left);
        int done = 0;
        IReadOnlyList<CollocationCounter> counters;
        while (true)
        {
            counters = pass(share);
            AddRows(counters[0], nodes, minimumCount, rows);
            if (done == left.Count)
            {
                break;
            }
            share = left[done++];
        }
        passes?.Invoke(done + 1);
        var frame = CollocationFrame(rows.InOrder());
        // The last pass's tables live until the frame is made, as the process's memory would hold them anyway: let go
        // of before, the collection the frame's columns set off gave back their pages one by one (gen100: 180 ms).
        GC.KeepAlive(counters);
        return frame;
    }

    private static void AddRows(CollocationCounter counter, HashSet<string>? nodes, int minimumCount, CollocationRows rows)
    {
        var keys = counter.Keys;
        var totals = counter.Totals;
        void AddRow(int first, int second, int count) => rows.Add(new CollocationRow(keys[first], keys[second], count,
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
    }

    private static DataFrame CollocationFrame(List<CollocationRow> rows) =>
        new(
            new StringDataFrameColumn("term", rows.Select(row => row.Term)),
            new StringDataFrameColumn("collocate", rows.Select(row => row.Collocate)),
            new Int32DataFrameColumn("count", rows.Select(row => row.Count)),
            new DoubleDataFrameColumn("pmi", rows.Select(row => row.Pmi)),
            new DoubleDataFrameColumn("g2", rows.Select(row => row.G2)));

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
