using System.Globalization;

namespace CorpusLens.Stance;

/// <summary>One cue found in a text, with what modified it.</summary>
/// <param name="Cue">The lexicon entry that matched.</param>
/// <param name="Text">The matched words as written in the text.</param>
/// <param name="Start">Offset of the match in the text.</param>
/// <param name="End">Offset just after the match.</param>
/// <param name="Pole">The pole the cue counts for after negation (the cue's own pole when not negated).</param>
/// <param name="Weight">The weight it contributes: cue weight × intensity × (negation factor when negated).</param>
/// <param name="Negator">The negating words ("ne…pas", "not") or empty when not negated.</param>
/// <param name="Intensifier">The intensifying or attenuating words ("très", "very very") or empty.</param>
/// <param name="Intensity">The intensity factor applied (1 when none).</param>
public sealed record CueHit(LexiconCue Cue, string Text, int Start, int End, string Pole, double Weight, string Negator, string Intensifier, double Intensity)
{
    /// <summary>True when the negator stands after the cue (German "Wir bremsen die Entwicklung nicht").</summary>
    public bool NegatorFollows { get; init; }

    /// <summary>True when a negation flipped or cancelled the cue.</summary>
    public bool Negated => Negator.Length > 0;

    /// <summary>The evidence for this cue, e.g. "risque(doomer,1)", "ne…pas ralentir(negated doomer→boomer,1)", "très risqué(intensified ×1.5 doomer,1.5)".</summary>
    public override string ToString()
    {
        var weight = Weight.ToString("0.##", CultureInfo.InvariantCulture);
        var words = (Intensifier.Length > 0 ? Intensifier + " " : string.Empty) + Text;
        var notes = new List<string>();
        if (Negated)
        {
            words = NegatorFollows ? words + "…" + Negator : Negator + " " + words;
            notes.Add(Weight == 0 ? $"negated {Cue.Pole}, cancelled" : $"negated {Cue.Pole}→{Pole}");
        }
        if (Intensity != 1)
        {
            var kind = Intensity > 1 ? "intensified" : "attenuated";
            notes.Add($"{kind} ×{Intensity.ToString("0.##", CultureInfo.InvariantCulture)}");
        }
        if (!Negated)
        {
            notes.Add(Pole);
        }
        return $"{words}({string.Join(' ', notes)},{weight})";
    }
}

/// <summary>The score of one text (a sentence) on a bipolar scale.</summary>
/// <param name="Negative">Summed weight of the negative pole (doomer, negative).</param>
/// <param name="Positive">Summed weight of the positive pole (boomer, positive).</param>
/// <param name="Score">(Positive − Negative) / (Positive + Negative + 1), in (−1, 1).</param>
/// <param name="Label">The negative pole name, the positive pole name, or "neutral".</param>
/// <param name="Hits">The cues that fired, in text order.</param>
public sealed record PolarityScore(double Negative, double Positive, double Score, string Label, IReadOnlyList<CueHit> Hits)
{
    /// <summary>The evidence: every cue that fired, separated by "; " (empty when none).</summary>
    public string Evidence => string.Join("; ", Hits);

    /// <summary>
    /// The net score of summed pole weights: (positive − negative) / (positive + negative + 1). This equals
    /// tanh(½·ln((positive + ½) / (negative + ½))), i.e. quanteda's smoothed logit polarity mapped onto (−1, 1).
    /// </summary>
    public static double NetScore(double negative, double positive) => (positive - negative) / (positive + negative + 1);

    /// <summary>The label of <paramref name="score"/> on <paramref name="scale"/> with <paramref name="threshold"/>.</summary>
    public static string LabelOf(double score, double threshold, LexiconScale scale) =>
        score >= threshold ? scale.PositivePole : score <= -threshold ? scale.NegativePole : "neutral";
}
