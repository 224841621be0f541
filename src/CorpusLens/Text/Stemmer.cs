using System.Collections.Concurrent;
using Lucene.Net.Tartarus.Snowball;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace CorpusLens.Text;

/// <summary>
/// Snowball stemmers for French, German and English (from Lucene.Net.Analysis.Common), with a cache so each
/// distinct word is stemmed once. Thread-safe: every thread gets its own Snowball instance.
/// Input is lower-cased before stemming; words of other languages are returned lower-cased.
/// </summary>
/// <example><code>Stemmer.For("fr").Stem("investissements") // "invest"</code></example>
public sealed class Stemmer
{
    private static readonly ConcurrentDictionary<string, Stemmer> ByLanguage = new();

    private readonly ConcurrentDictionary<string, string> cache = new(StringComparer.Ordinal);
    private readonly ThreadLocal<SnowballProgram?> program;

    private Stemmer(string language)
    {
        Language = language;
        program = new ThreadLocal<SnowballProgram?>(() => CreateProgram(language));
    }

    /// <summary>A new Snowball stemmer for the normalised language code <paramref name="language"/>, or null where none is.</summary>
    internal static SnowballProgram? CreateProgram(string language) => language switch
    {
        Text.Language.French => new FrenchStemmer(),
        Text.Language.German => new GermanStemmer(),
        Text.Language.English => new EnglishStemmer(),
        _ => null,
    };

    /// <summary>The language code this stemmer serves.</summary>
    public string Language { get; }

    /// <summary>The shared stemmer for <paramref name="language"/>.</summary>
    public static Stemmer For(string language) =>
        ByLanguage.GetOrAdd(Text.Language.Normalize(language), code => new Stemmer(code));

    /// <summary>The stem of <paramref name="word"/>, lower-cased; cached per distinct word.</summary>
    public string Stem(string word) => cache.GetOrAdd(word, StemUncached);

    /// <summary>The stem of <paramref name="word"/> without caching it: for callers that stem each distinct word once.</summary>
    internal string StemUncached(string word)
    {
        var lower = word.ToLowerInvariant();
        var snowball = program.Value;
        if (snowball is null)
        {
            return lower;
        }
        snowball.SetCurrent(lower);
        snowball.Stem();
        return snowball.Current;
    }
}
