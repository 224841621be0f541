namespace CorpusLens.Charts;

/// <summary>
/// The colours every chart uses, so that doomer and boomer (and the sentiment labels) look the same everywhere.
/// Colours are hexadecimal RGB strings as plotly.js accepts them.
/// </summary>
public static class ChartColors
{
    /// <summary>Doomer stance (warns of risk, calls to slow down): a dark red.</summary>
    public const string Doomer = "#b2182b";

    /// <summary>Boomer stance (celebrates progress, calls to accelerate): a dark blue.</summary>
    public const string Boomer = "#2166ac";

    /// <summary>Neither stance: a mid grey.</summary>
    public const string Neutral = "#8c8c8c";

    /// <summary>Positive sentiment: green.</summary>
    public const string Positive = "#1b7837";

    /// <summary>Negative sentiment: purple (kept apart from the stance reds and blues).</summary>
    public const string Negative = "#762a83";

    /// <summary>
    /// Colours for categories without a meaning of their own (articles, languages, kinds), in order. No red and no
    /// blue among them, so nothing else is mistaken for doomer or boomer.
    /// </summary>
    public static IReadOnlyList<string> Categorical { get; } =
    [
        "#ff7f0e", "#17becf", "#bcbd22", "#8c564b", "#e377c2", "#e6ab02", "#1b9e77", "#7f7f7f", "#a6761d", "#666666",
    ];

    /// <summary>The colour of a stance or sentiment label (<c>doomer</c>, <c>boomer</c>, <c>positive</c>, <c>negative</c>); grey otherwise.</summary>
    /// <example><code>ChartColors.ForLabel("doomer") // "#b2182b"</code></example>
    public static string ForLabel(string label) => label switch
    {
        "doomer" => Doomer,
        "boomer" => Boomer,
        "positive" => Positive,
        "negative" => Negative,
        _ => Neutral,
    };

    /// <summary>The <paramref name="index"/>-th categorical colour, cycling through <see cref="Categorical"/>.</summary>
    public static string ForIndex(int index) => Categorical[((index % Categorical.Count) + Categorical.Count) % Categorical.Count];
}
