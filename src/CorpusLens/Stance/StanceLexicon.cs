using System.Text;

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

/// <summary>Reads the lexicons embedded in the assembly and lexicon files.</summary>
internal static class EmbeddedLexicon
{
    public static Lexicon Read(string name, LexiconScale scale, string source)
    {
        var resource = "CorpusLens.Lexicons." + name;
        using var stream = typeof(EmbeddedLexicon).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"embedded resource {resource} is missing from the CorpusLens assembly");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return LexiconReader.Read(reader, source, scale);
    }

    public static Lexicon Load(string path, LexiconScale scale)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new CorpusLensException($"{path}: lexicon file not found");
        }
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return LexiconReader.Read(reader, path, scale);
    }
}
