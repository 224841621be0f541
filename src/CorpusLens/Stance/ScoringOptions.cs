namespace CorpusLens.Stance;

/// <summary>The tunable parts of the scoring method (see docs/stance.md for what each does).</summary>
/// <example><code>var options = ScoringOptions.Default with { Threshold = 0.3, NegationFactor = 0 }; // cancel instead of flip</code></example>
public sealed record ScoringOptions
{
    /// <summary>The defaults: threshold 0.2, article threshold 0.05, negation flips with factor 1, window 5 tokens, intensifier cap 3.</summary>
    public static ScoringOptions Default { get; } = new();

    /// <summary>A sentence is labelled with a pole when |score| is at least this (default 0.2).</summary>
    public double Threshold { get; init; } = 0.2;

    /// <summary>An article (or group) is labelled with a pole when |mean score| is at least this (default 0.05).</summary>
    public double ArticleThreshold { get; init; } = 0.05;

    /// <summary>A negated cue counts for the opposite pole with its weight times this factor: 1 flips it, 0 cancels it.</summary>
    public double NegationFactor { get; init; } = 1.0;

    /// <summary>How many tokens after the last negator its scope reaches (it also stops at the end of the clause).</summary>
    public int NegationWindow { get; init; } = 5;

    /// <summary>How many tokens after an intensifier a cue may start and still be intensified (2: "très grand risque").</summary>
    public int IntensifierWindow { get; init; } = 2;

    /// <summary>The largest factor repeated intensifiers can reach ("very, very, very" = 1.5³ capped to this).</summary>
    public double MaximumIntensity { get; init; } = 3.0;
}
