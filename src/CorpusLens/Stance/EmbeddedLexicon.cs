using System.Text;

namespace CorpusLens.Stance;

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
