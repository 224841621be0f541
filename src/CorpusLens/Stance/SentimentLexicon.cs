namespace CorpusLens.Stance;

/// <summary>
/// The general sentiment lexicon (negative/positive): the default one (data/lexicons/sentiment.tsv, embedded) or a
/// user's file in the same format.
/// </summary>
public static class SentimentLexicon
{
    private static readonly Lazy<Lexicon> DefaultLexicon = new(() => EmbeddedLexicon.Read("sentiment.tsv", LexiconScale.Sentiment, "default sentiment lexicon"));

    /// <summary>The default sentiment lexicon for fr, de and en.</summary>
    public static Lexicon Default => DefaultLexicon.Value;

    /// <summary>Reads and validates a sentiment lexicon file (tab-separated: term, language, pole negative|positive, weight).</summary>
    /// <exception cref="CorpusLensException">The file is missing or a line is invalid ("file:line: reason").</exception>
    public static Lexicon Load(string path) => EmbeddedLexicon.Load(path, LexiconScale.Sentiment);

    /// <summary>Parses sentiment lexicon text; <paramref name="fileName"/> names it in error messages.</summary>
    public static Lexicon Parse(string text, string fileName = "lexicon") =>
        LexiconReader.Read(new StringReader(text), fileName, LexiconScale.Sentiment);
}
