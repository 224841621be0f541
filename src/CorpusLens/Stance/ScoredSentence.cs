namespace CorpusLens.Stance;

/// <summary>A corpus sentence with its score.</summary>
/// <param name="Article">The article it belongs to.</param>
/// <param name="Sentence">The sentence.</param>
/// <param name="Score">Its score on the lexicon's scale.</param>
public sealed record ScoredSentence(Article Article, Sentence Sentence, PolarityScore Score)
{
    /// <summary>Position of the sentence in its article, 0 (first) to 1 (last).</summary>
    public double RelativePosition => Article.Sentences.Count <= 1 ? 0 : (double)Sentence.Index / (Article.Sentences.Count - 1);

    /// <summary>Scores every sentence of every article of <paramref name="corpus"/> in the article's language.</summary>
    public static IReadOnlyList<ScoredSentence> ScoreAll(Corpus corpus, Lexicon lexicon, ScoringOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(lexicon);
        return corpus.Documents
            .SelectMany(article => article.Sentences.Select(sentence => (article, sentence)))
            .AsParallel().AsOrdered()
            .Select(pair => new ScoredSentence(pair.article, pair.sentence, PolarityScorer.Score(pair.sentence.Text, pair.article.Language, lexicon, options)))
            .ToList();
    }
}
