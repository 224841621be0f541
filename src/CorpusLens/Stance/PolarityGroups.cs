namespace CorpusLens.Stance;

/// <summary>The scored sentences of one group of articles, summarised (shared by stance and sentiment).</summary>
/// <param name="Value">The group's value (an article id, a language, a metadata value …).</param>
/// <param name="Articles">How many articles the group has.</param>
/// <param name="Sentences">How many sentences were scored.</param>
/// <param name="Score">Mean sentence score (0 for a group without sentences).</param>
/// <param name="Label">The label of the mean, with the article threshold.</param>
/// <param name="Negative">Summed weight of the negative pole (doomer, negative).</param>
/// <param name="Positive">Summed weight of the positive pole (boomer, positive).</param>
/// <param name="NegativeShare">Share of sentences labelled with the negative pole.</param>
/// <param name="PositiveShare">Share of sentences labelled with the positive pole.</param>
/// <param name="Evidence">The five heaviest cues.</param>
internal sealed record PolarityGroup(
    string Value, int Articles, int Sentences, double Score, string Label,
    double Negative, double Positive, double NegativeShare, double PositiveShare, string Evidence);

/// <summary>Groups scored sentences by article or by a metadata column in one pass (linear in the sentences).</summary>
internal static class PolarityGroups
{
    public static IReadOnlyList<PolarityGroup> Summarise(
        Corpus corpus, IReadOnlyList<ScoredSentence> scored, string groupBy, LexiconScale scale, ScoringOptions? options)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var key = ArticleGrouping.Key(corpus, groupBy);
        var threshold = (options ?? ScoringOptions.Default).ArticleThreshold;
        var rowsByGroup = scored.ToLookup(row => key(row.Article), StringComparer.Ordinal);
        var articlesByGroup = corpus.Documents.GroupBy(key, StringComparer.Ordinal).ToList();
        var result = new List<PolarityGroup>(articlesByGroup.Count);
        foreach (var group in articlesByGroup)
        {
            var rows = rowsByGroup[group.Key].ToList();
            double mean = rows.Count == 0 ? 0 : rows.Average(row => row.Score.Score);
            result.Add(new PolarityGroup(
                group.Key,
                group.Count(),
                rows.Count,
                mean,
                PolarityScore.LabelOf(mean, threshold, scale),
                rows.Sum(row => row.Score.Negative),
                rows.Sum(row => row.Score.Positive),
                Share(rows, scale.NegativePole),
                Share(rows, scale.PositivePole),
                StanceAnalysis.TopCues(rows)));
        }
        return result;
    }

    private static double Share(List<ScoredSentence> rows, string label) =>
        rows.Count == 0 ? 0 : (double)rows.Count(row => row.Score.Label == label) / rows.Count;
}
