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
        var mapper = new TermMapper(options with { NGram = 1 });
        var pairs = new Dictionary<(string, string), int>();
        var totals = new Dictionary<string, long>(StringComparer.Ordinal);
        long total = 0;
        foreach (var article in corpus.Documents)
        {
            int languageClass = LanguageClass.Of(article.Language);
            var terms = new List<(string Key, int Index)>();
            var tokens = ArticleTokens.Read(article);
            int sentence = 0;
            for (int i = 0; i < tokens.Count; i++)
            {
                if (i > 0 && article.Text.AsSpan(tokens[i - 1].End, tokens[i].Start - tokens[i - 1].End).IndexOfAny(".!?;:\n") >= 0)
                {
                    sentence += window + 1; // a gap wider than the window: no pair crosses a sentence
                }
                var folded = tokens[i].Folded;
                bool name = ProperNames.Known.Contains(folded);
                if (mapper.Map(folded, languageClass, name) is { } key)
                {
                    terms.Add((key, i + sentence));
                }
            }
            for (int a = 0; a < terms.Count; a++)
            {
                for (int b = a + 1; b < terms.Count && terms[b].Index - terms[a].Index <= window; b++)
                {
                    if (terms[a].Key == terms[b].Key)
                    {
                        continue;
                    }
                    Add(pairs, (terms[a].Key, terms[b].Key));
                    Add(pairs, (terms[b].Key, terms[a].Key));
                    totals[terms[a].Key] = totals.GetValueOrDefault(terms[a].Key) + 1;
                    totals[terms[b].Key] = totals.GetValueOrDefault(terms[b].Key) + 1;
                    total += 2;
                }
            }
        }
        var nodes = term is null ? null : NodeKeys(term, options);
        var rows = pairs
            .Where(pair => pair.Value >= Math.Max(1, minimumCount))
            .Where(pair => nodes is null ? string.CompareOrdinal(pair.Key.Item1, pair.Key.Item2) < 0 : nodes.Contains(pair.Key.Item1))
            .Select(pair => (Term: pair.Key.Item1, Collocate: pair.Key.Item2, Count: pair.Value,
                Pmi: KeynessStatistics.PointwiseMutualInformation(pair.Value, totals[pair.Key.Item1], totals[pair.Key.Item2], total),
                G2: KeynessStatistics.PairLogLikelihood(pair.Value, totals[pair.Key.Item1], totals[pair.Key.Item2], total)))
            .OrderByDescending(row => row.G2).ThenBy(row => row.Term, StringComparer.Ordinal).ThenBy(row => row.Collocate, StringComparer.Ordinal)
            .ToList();
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

    private static void Add(Dictionary<(string, string), int> pairs, (string, string) key) =>
        pairs[key] = pairs.GetValueOrDefault(key) + 1;
}
