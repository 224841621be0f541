namespace CorpusLens.Stance;

/// <summary>One entry of a lexicon: a word or multi-word expression, its language, its pole and its weight.</summary>
/// <param name="Term">The word or expression as written (matched on stems, so inflections count).</param>
/// <param name="Language">fr, de or en.</param>
/// <param name="Pole">The pole name of the lexicon's scale (doomer/boomer or negative/positive), lower case.</param>
/// <param name="Weight">A positive weight; 1 is an ordinary cue.</param>
public sealed record LexiconCue(string Term, string Language, string Pole, double Weight)
{
    /// <summary>The stems the term is matched on, one per token (filled by the lexicon).</summary>
    public IReadOnlyList<string> Stems { get; init; } = [];

    /// <summary>The line of the lexicon file the cue came from, or 0 when it was added in code.</summary>
    public int Line { get; init; }
}
