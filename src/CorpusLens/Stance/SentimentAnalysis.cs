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
        var scored = ScoredSentence.ScoreAll(corpus, lexicon ?? SentimentLexicon.Default, options);
        var groups = PolarityGroups.Summarise(corpus, scored, groupBy ?? "article", LexiconScale.Sentiment, options);
        return new DataFrame(
            new StringDataFrameColumn(groupBy ?? "article", groups.Select(group => group.Value)),
            new DoubleDataFrameColumn("score", groups.Select(group => group.Score)),
            new StringDataFrameColumn("label", groups.Select(group => group.Label)),
            new DoubleDataFrameColumn("positive", groups.Select(group => group.Positive)),
            new DoubleDataFrameColumn("negative", groups.Select(group => group.Negative)),
            new DoubleDataFrameColumn("positive_share", groups.Select(group => group.PositiveShare)),
            new DoubleDataFrameColumn("negative_share", groups.Select(group => group.NegativeShare)),
            new Int32DataFrameColumn("sentences", groups.Select(group => group.Sentences)),
            new StringDataFrameColumn("evidence", groups.Select(group => group.Evidence)));
    }
}
