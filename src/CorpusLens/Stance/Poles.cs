namespace CorpusLens.Stance;

/// <summary>The two poles of the doomer–boomer axis.</summary>
public enum StancePole
{
    /// <summary>AI is too risky and must be slowed down (negative scores).</summary>
    Doomer = -1,

    /// <summary>AI's promise is too great to ignore and it must be built fast (positive scores).</summary>
    Boomer = 1,
}

/// <summary>The two poles of general sentiment.</summary>
public enum SentimentPole
{
    /// <summary>Negative sentiment (negative scores).</summary>
    Negative = -1,

    /// <summary>Positive sentiment (positive scores).</summary>
    Positive = 1,
}

/// <summary>
/// A bipolar scale: the names of its negative and positive poles, as written in a lexicon file and in labels.
/// </summary>
/// <param name="Name">The scale's name ("stance", "sentiment").</param>
/// <param name="NegativePole">The pole with negative scores ("doomer", "negative").</param>
/// <param name="PositivePole">The pole with positive scores ("boomer", "positive").</param>
public sealed record LexiconScale(string Name, string NegativePole, string PositivePole)
{
    /// <summary>The doomer (negative) versus boomer (positive) scale.</summary>
    public static LexiconScale Stance { get; } = new("stance", "doomer", "boomer");

    /// <summary>The negative versus positive sentiment scale.</summary>
    public static LexiconScale Sentiment { get; } = new("sentiment", "negative", "positive");

    /// <summary>The sign of <paramref name="pole"/> (-1 or +1), or 0 when it is not a pole of this scale.</summary>
    public int Sign(string pole) =>
        string.Equals(pole, NegativePole, StringComparison.OrdinalIgnoreCase) ? -1
        : string.Equals(pole, PositivePole, StringComparison.OrdinalIgnoreCase) ? 1
        : 0;

    /// <summary>The pole name for a sign (negative → <see cref="NegativePole"/>, else <see cref="PositivePole"/>).</summary>
    public string PoleName(int sign) => sign < 0 ? NegativePole : PositivePole;

    /// <summary>The pole opposite to <paramref name="pole"/>.</summary>
    public string Opposite(string pole) => PoleName(-Sign(pole));
}
