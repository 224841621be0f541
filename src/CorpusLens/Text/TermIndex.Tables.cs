using Microsoft.Data.Analysis;

namespace CorpusLens.Text;

public sealed partial class TermIndex
{
    /// <summary>Counts of every term over the documents <paramref name="include"/> accepts, and their sum.</summary>
    public (int[] Counts, long Total) Totals(Func<TermDocument, bool> include)
    {
        ArgumentNullException.ThrowIfNull(include);
        var counts = new int[texts.Count];
        long total = 0;
        for (int document = 0; document < Documents.Count; document++)
        {
            if (!include(Documents[document]))
            {
                continue;
            }
            ForEachPair(document, (term, count) =>
            {
                counts[term] += count;
                total += count;
            });
        }
        return (counts, total);
    }

    /// <summary>
    /// Keyness of the documents <paramref name="target"/> accepts against all the others: columns <c>term</c>,
    /// <c>g2</c> (signed log-likelihood, positive = over-used in the target), <c>chi2</c> (signed),
    /// <c>log_ratio</c> (effect size), <c>target_count</c>, <c>reference_count</c>; sorted by g2 descending.
    /// Totals are the counted terms of each side (after stopwords), so the 2×2 table adds up.
    /// </summary>
    /// <param name="target">Which documents form the target.</param>
    /// <param name="minimumCount">Leave out terms seen fewer times than this in target and reference together.</param>
    /// <exception cref="CorpusLensException">The target or the reference is empty.</exception>
    public DataFrame Keyness(Func<TermDocument, bool> target, int minimumCount = 1)
    {
        ArgumentNullException.ThrowIfNull(target);
        var (targetCounts, targetTotal) = Totals(target);
        var (referenceCounts, referenceTotal) = Totals(document => !target(document));
        if (targetTotal == 0)
        {
            throw new CorpusLensException("keyness: the target has no counted terms (check --target or --group)");
        }
        if (referenceTotal == 0)
        {
            throw new CorpusLensException("keyness: the reference is empty (the target covers the whole corpus)");
        }
        var rows = Enumerable.Range(0, texts.Count)
            .Where(term => targetCounts[term] + referenceCounts[term] >= Math.Max(1, minimumCount))
            .Select(term => (Term: term,
                G2: KeynessStatistics.LogLikelihood(targetCounts[term], targetTotal, referenceCounts[term], referenceTotal),
                Chi2: KeynessStatistics.ChiSquare(targetCounts[term], targetTotal, referenceCounts[term], referenceTotal),
                LogRatio: KeynessStatistics.LogRatio(targetCounts[term], targetTotal, referenceCounts[term], referenceTotal)))
            .OrderByDescending(row => row.G2)
            .ThenBy(row => texts.Display(row.Term), StringComparer.Ordinal)
            .ToList();
        return new DataFrame(
            new StringDataFrameColumn("term", rows.Select(row => texts.Display(row.Term))),
            new DoubleDataFrameColumn("g2", rows.Select(row => row.G2)),
            new DoubleDataFrameColumn("chi2", rows.Select(row => row.Chi2)),
            new DoubleDataFrameColumn("log_ratio", rows.Select(row => row.LogRatio)),
            new Int32DataFrameColumn("target_count", rows.Select(row => targetCounts[row.Term])),
            new Int32DataFrameColumn("reference_count", rows.Select(row => referenceCounts[row.Term])));
    }

    /// <summary>The sparse document-term matrix of this index (documents in input order, terms by id).</summary>
    public DocumentTermMatrix ToMatrix()
    {
        var offsets = new int[Documents.Count + 1];
        var termIds = new List<int>();
        var counts = new List<int>();
        var dense = new int[texts.Count];
        var touched = new List<int>();
        for (int document = 0; document < Documents.Count; document++)
        {
            ForEachPair(document, (term, count) =>
            {
                if (dense[term] == 0)
                {
                    touched.Add(term);
                }
                dense[term] += count;
            });
            touched.Sort();
            foreach (int term in touched)
            {
                termIds.Add(term);
                counts.Add(dense[term]);
                dense[term] = 0;
            }
            touched.Clear();
            offsets[document + 1] = termIds.Count;
        }
        return new DocumentTermMatrix(Documents.Select(document => document.Id).ToArray(), texts.AllDisplay, offsets, termIds.ToArray(), counts.ToArray());
    }
}
