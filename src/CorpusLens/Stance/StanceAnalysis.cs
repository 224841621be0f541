using Microsoft.Data.Analysis;

namespace CorpusLens.Stance;

/// <summary>
/// Doomer–boomer stance of a corpus, per sentence, per article, per group of articles and through each article.
/// Scores are in (−1, 1): negative leans doomer (AI is too risky, slow it down), positive leans boomer (its promise
/// is too great, build it fast). The method is documented in docs/stance.md.
/// </summary>
/// <example>
/// <code>
/// var corpus = Corpus.Load("data");
/// var lexicon = StanceLexicon.Default.With("accélérer", "fr", StancePole.Boomer, 2.0);
/// DataFrame sentences = StanceAnalysis.Sentences(corpus, lexicon);
/// DataFrame byEvent = StanceAnalysis.Articles(corpus, lexicon, groupBy: "event");
/// </code>
/// </example>
public static class StanceAnalysis
{
    /// <summary>Scores one sentence (or any text) in <paramref name="language"/> with the default or given lexicon.</summary>
    public static PolarityScore Score(string text, string language, Lexicon? lexicon = null, ScoringOptions? options = null) =>
        PolarityScorer.Score(text, language, lexicon ?? StanceLexicon.Default, options);

    /// <summary>
    /// One row per sentence: <c>article</c>, <c>sentence</c> (index), <c>text</c>, <c>doomer</c>, <c>boomer</c>,
    /// <c>score</c>, <c>label</c>, <c>evidence</c>, then <c>language</c> and <c>relative_position</c> (0..1).
    /// </summary>
    public static DataFrame Sentences(Corpus corpus, Lexicon? lexicon = null, ScoringOptions? options = null)
    {
        var scored = ScoredSentence.ScoreAll(corpus, lexicon ?? StanceLexicon.Default, options);
        return new DataFrame(
            new StringDataFrameColumn("article", scored.Select(row => row.Article.Id)),
            new Int32DataFrameColumn("sentence", scored.Select(row => row.Sentence.Index)),
            new StringDataFrameColumn("text", scored.Select(row => row.Sentence.Text)),
            new DoubleDataFrameColumn("doomer", scored.Select(row => row.Score.Negative)),
            new DoubleDataFrameColumn("boomer", scored.Select(row => row.Score.Positive)),
            new DoubleDataFrameColumn("score", scored.Select(row => row.Score.Score)),
            new StringDataFrameColumn("label", scored.Select(row => row.Score.Label)),
            new StringDataFrameColumn("evidence", scored.Select(row => row.Score.Evidence)),
            new StringDataFrameColumn("language", scored.Select(row => row.Article.Language)),
            new DoubleDataFrameColumn("relative_position", scored.Select(row => row.RelativePosition)));
    }

    /// <summary>
    /// One row per article, or per value of <paramref name="groupBy"/> (an article property — language, date, year,
    /// source, title — or a metadata column such as "event"): the first column is <c>article</c> (or the group
    /// column's name), then <c>score</c> (mean sentence score), <c>label</c>, <c>doomer</c>, <c>boomer</c> (summed
    /// weights), <c>doomer_share</c>, <c>boomer_share</c> (shares of sentences so labelled), <c>sentences</c>,
    /// <c>evidence</c> (the five heaviest cues), then <c>articles</c>.
    /// </summary>
    /// <exception cref="CorpusLensException"><paramref name="groupBy"/> names no column.</exception>
    public static DataFrame Articles(Corpus corpus, Lexicon? lexicon = null, string? groupBy = null, ScoringOptions? options = null)
    {
        var scored = ScoredSentence.ScoreAll(corpus, lexicon ?? StanceLexicon.Default, options);
        var groups = PolarityGroups.Summarise(corpus, scored, groupBy ?? "article", LexiconScale.Stance, options);
        return new DataFrame(
            new StringDataFrameColumn(groupBy ?? "article", groups.Select(group => group.Value)),
            new DoubleDataFrameColumn("score", groups.Select(group => group.Score)),
            new StringDataFrameColumn("label", groups.Select(group => group.Label)),
            new DoubleDataFrameColumn("doomer", groups.Select(group => group.Negative)),
            new DoubleDataFrameColumn("boomer", groups.Select(group => group.Positive)),
            new DoubleDataFrameColumn("doomer_share", groups.Select(group => group.NegativeShare)),
            new DoubleDataFrameColumn("boomer_share", groups.Select(group => group.PositiveShare)),
            new Int32DataFrameColumn("sentences", groups.Select(group => group.Sentences)),
            new StringDataFrameColumn("evidence", groups.Select(group => group.Evidence)),
            new Int32DataFrameColumn("articles", groups.Select(group => group.Articles)));
    }

    /// <summary>
    /// The trajectory through each article: the article cut into <paramref name="segments"/> runs of consecutive
    /// sentences; one row per segment: <c>article</c>, <c>segment</c> (from 0), <c>first_sentence</c>,
    /// <c>last_sentence</c>, <c>relative_position</c> (middle of the segment, 0..1), <c>score</c> (mean),
    /// <c>doomer</c>, <c>boomer</c>.
    /// </summary>
    public static DataFrame Trajectory(Corpus corpus, Lexicon? lexicon = null, int segments = 10, ScoringOptions? options = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(segments, 1);
        var scored = ScoredSentence.ScoreAll(corpus, lexicon ?? StanceLexicon.Default, options);
        var rows = new List<(string Article, int Segment, int First, int Last, double Position, double Score, double Doomer, double Boomer)>();
        foreach (var article in scored.GroupBy(row => row.Article.Id, StringComparer.Ordinal))
        {
            var list = article.ToList();
            int count = Math.Min(segments, list.Count);
            for (int segment = 0; segment < count; segment++)
            {
                int first = segment * list.Count / count;
                int last = (segment + 1) * list.Count / count - 1;
                var slice = list.GetRange(first, last - first + 1);
                double position = list.Count <= 1 ? 0 : (first + last) / 2.0 / (list.Count - 1);
                rows.Add((article.Key, segment, slice[0].Sentence.Index, slice[^1].Sentence.Index, position,
                    slice.Average(row => row.Score.Score), slice.Sum(row => row.Score.Negative), slice.Sum(row => row.Score.Positive)));
            }
        }
        return new DataFrame(
            new StringDataFrameColumn("article", rows.Select(row => row.Article)),
            new Int32DataFrameColumn("segment", rows.Select(row => row.Segment)),
            new Int32DataFrameColumn("first_sentence", rows.Select(row => row.First)),
            new Int32DataFrameColumn("last_sentence", rows.Select(row => row.Last)),
            new DoubleDataFrameColumn("relative_position", rows.Select(row => row.Position)),
            new DoubleDataFrameColumn("score", rows.Select(row => row.Score)),
            new DoubleDataFrameColumn("doomer", rows.Select(row => row.Doomer)),
            new DoubleDataFrameColumn("boomer", rows.Select(row => row.Boomer)));
    }

    /// <summary>The heaviest cues of some sentences: "risque(doomer)×3; innovation(boomer)×2", at most <paramref name="count"/>.</summary>
    internal static string TopCues(IEnumerable<ScoredSentence> rows, int count = 5) =>
        string.Join("; ", rows.SelectMany(row => row.Score.Hits)
            .Where(hit => hit.Weight > 0)
            .GroupBy(hit => (hit.Cue.Term, hit.Pole))
            .Select(group => (group.Key, Weight: group.Sum(hit => hit.Weight), Count: group.Count()))
            .OrderByDescending(entry => entry.Weight).ThenBy(entry => entry.Key.Term, StringComparer.Ordinal)
            .Take(count)
            .Select(entry => $"{entry.Key.Term}({entry.Key.Pole})×{entry.Count}"));
}
