namespace CorpusLens.Stance;

/// <summary>
/// The doomer–boomer lexicon: the default one shipped with CorpusLens (data/lexicons/stance.tsv, embedded in the
/// library) or a user's file in the same format.
/// </summary>
/// <example><code>var lexicon = StanceLexicon.Load("my-stance.tsv").With("Notbremse", "de", StancePole.Doomer, 2);</code></example>
public static class StanceLexicon
{
    private static readonly Lazy<Lexicon> DefaultLexicon = new(() => EmbeddedLexicon.Read("stance.tsv", LexiconScale.Stance, "default stance lexicon"));

    /// <summary>The default doomer–boomer lexicon for fr, de and en.</summary>
    public static Lexicon Default => DefaultLexicon.Value;

    /// <summary>Reads and validates a stance lexicon file (tab-separated: term, language, pole doomer|boomer, weight).</summary>
    /// <exception cref="CorpusLensException">The file is missing or a line is invalid ("file:line: reason").</exception>
    public static Lexicon Load(string path) => EmbeddedLexicon.Load(path, LexiconScale.Stance);

    /// <summary>Parses stance lexicon text; <paramref name="fileName"/> names it in error messages.</summary>
    public static Lexicon Parse(string text, string fileName = "lexicon") =>
        LexiconReader.Read(new StringReader(text), fileName, LexiconScale.Stance);
}
