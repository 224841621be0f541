namespace CorpusLens.Text;

/// <summary>How hyphenated compounds (OpenAI-Partnerschaft) are counted.</summary>
public enum CompoundCounting
{
    /// <summary>As one term: openai-partnerschaft.</summary>
    Whole,

    /// <summary>As their parts: openai, partnerschaft.</summary>
    Parts,

    /// <summary>As the whole and as each part (a compound then adds several counts).</summary>
    WholeAndParts,
}

/// <summary>How a term is shown in the results.</summary>
public enum TermDisplay
{
    /// <summary>The most frequent surface form of the term (OpenAI, Partnerschaft, investissements).</summary>
    Surface,

    /// <summary>The key the term is counted under: the folded word or, with stemming, the stem (invest).</summary>
    Key,
}

/// <summary>
/// What counts as a term. Built with named arguments; every analysis in <see cref="TermAnalysis"/> takes one.
/// </summary>
/// <example><code>var options = new TermOptions { Stem = true, NGram = 2, ExtraStopwords = ["selon"] };</code></example>
public sealed record TermOptions
{
    /// <summary>The default options: stopwords removed, no stemming, single words, numbers kept.</summary>
    public static TermOptions Default { get; } = new();

    /// <summary>Drop the words of the language's Lucene stop list (and elisions such as l’, d’). Default true.</summary>
    public bool RemoveStopwords { get; init; } = true;

    /// <summary>Words to drop in every language, on top of the stop lists (compared after case folding).</summary>
    public IReadOnlyCollection<string> ExtraStopwords { get; init; } = [];

    /// <summary>Count Snowball stems (fr, de, en) instead of words; proper names are never stemmed. Default false.</summary>
    public bool Stem { get; init; }

    /// <summary>How terms are shown: most frequent surface form (default) or the counting key (the stem).</summary>
    public TermDisplay Display { get; init; } = TermDisplay.Surface;

    /// <summary>1 for words, 2 for bigrams, 3 for trigrams. N-grams do not cross sentence punctuation; with stopwords removed an n-gram that starts or ends with a stopword is dropped.</summary>
    public int NGram { get; init; } = 1;

    /// <summary>How hyphenated compounds are counted (words only, not n-grams). Default <see cref="CompoundCounting.Whole"/>.</summary>
    public CompoundCounting Compounds { get; init; } = CompoundCounting.Whole;

    /// <summary>Count numbers (2023, 1.000,5) as terms. Default true.</summary>
    public bool IncludeNumbers { get; init; } = true;

    /// <summary>Terms shorter than this many characters are dropped. Default 1.</summary>
    public int MinimumLength { get; init; } = 1;

    /// <summary>Further proper names to count as themselves (never stemmed), on top of <see cref="ProperNames.Known"/> and the capitalisation rule.</summary>
    public IReadOnlyCollection<string> ExtraProperNames { get; init; } = [];

    internal void Validate()
    {
        if (NGram is < 1 or > 3)
        {
            throw new CorpusLensException($"n-gram size {NGram}: use 1, 2 or 3");
        }
        if (MinimumLength < 1)
        {
            throw new CorpusLensException($"minimum term length {MinimumLength}: use 1 or more");
        }
    }
}
