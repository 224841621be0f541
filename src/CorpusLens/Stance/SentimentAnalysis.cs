using Microsoft.Data.Analysis;

namespace CorpusLens.Stance;

/// <summary>
/// General positive/negative sentiment per sentence, with the same machinery as the stance (stems, negation,
/// intensifiers, net score) and a separate lexicon (<see cref="SentimentLexicon"/>).
/// </summary>
/// <example><code>DataFrame sentiment = SentimentAnalysis.Sentences(corpus);</code></example>
public static class SentimentAnalysis
{
    /// <summary>Scores one sentence (or any text) in <paramref name="language"/> with the default or given sentiment lexicon.</summary>
    public static PolarityScore Score(string text, string language, Lexicon? lexicon = null, ScoringOptions? options = null) =>
        PolarityScorer.Score(text, language, lexicon ?? SentimentLexicon.Default, options);

    /// <summary>
    /// One row per sentence: <c>article</c>, <c>sentence</c>, <c>text</c>, <c>positive</c>, <c>negative</c>,
    /// <c>score</c>, <c>label</c> (positive|negative|neutral), then <c>evidence</c>.
    /// </summary>
    public static DataFrame Sentences(Corpus corpus, Lexicon? lexicon = null, ScoringOptions? options = null)
    {
        var scored = ScoredSentence.ScoreAll(corpus, lexicon ?? SentimentLexicon.Default, options);
        return new DataFrame(
            new StringDataFrameColumn("article", scored.Select(row => row.Article.Id)),
            new Int32DataFrameColumn("sentence", scored.Select(row => row.Sentence.Index)),
            new StringDataFrameColumn("text", scored.Select(row => row.Sentence.Text)),
            new DoubleDataFrameColumn("positive", scored.Select(row => row.Score.Positive)),
            new DoubleDataFrameColumn("negative", scored.Select(row => row.Score.Negative)),
            new DoubleDataFrameColumn("score", scored.Select(row => row.Score.Score)),
            new StringDataFrameColumn("label", scored.Select(row => row.Score.Label)),
            new StringDataFrameColumn("evidence", scored.Select(row => row.Score.Evidence)));
    }

    /// <summary>
    /// One row per article (or per value of <paramref name="groupBy"/>): the group column, <c>score</c> (mean),
    /// <c>label</c>, <c>positive</c>, <c>negative</c>, <c>positive_share</c>, <c>negative_share</c>,
    /// <c>sentences</c>, <c>evidence</c>.
    /// </summary>
    public static DataFrame Articles(Corpus corpus, Lexicon? lexicon = null, string? groupBy = null, ScoringOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var scale = LexiconScale.Sentiment;
        var key = ArticleGrouping.Key(corpus, groupBy ?? "article");
        var scored = ScoredSentence.ScoreAll(corpus, lexicon ?? SentimentLexicon.Default, options);
        var threshold = (options ?? ScoringOptions.Default).ArticleThreshold;
        var groups = corpus.Documents.Select(key).Distinct(StringComparer.Ordinal)
            .Select(value => (value, rows: scored.Where(row => key(row.Article) == value).ToList())).ToList();
        static double Share(List<ScoredSentence> rows, string label) =>
            rows.Count == 0 ? 0 : (double)rows.Count(row => row.Score.Label == label) / rows.Count;
        var means = groups.Select(group => group.rows.Count == 0 ? 0 : group.rows.Average(row => row.Score.Score)).ToList();
        return new DataFrame(
            new StringDataFrameColumn(groupBy ?? "article", groups.Select(group => group.value)),
            new DoubleDataFrameColumn("score", means),
            new StringDataFrameColumn("label", means.Select(mean => PolarityScore.LabelOf(mean, threshold, scale))),
            new DoubleDataFrameColumn("positive", groups.Select(group => group.rows.Sum(row => row.Score.Positive))),
            new DoubleDataFrameColumn("negative", groups.Select(group => group.rows.Sum(row => row.Score.Negative))),
            new DoubleDataFrameColumn("positive_share", groups.Select(group => Share(group.rows, scale.PositivePole))),
            new DoubleDataFrameColumn("negative_share", groups.Select(group => Share(group.rows, scale.NegativePole))),
            new Int32DataFrameColumn("sentences", groups.Select(group => group.rows.Count)),
            new StringDataFrameColumn("evidence", groups.Select(group => StanceAnalysis.TopCues(group.rows))));
    }
}
