using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace CorpusLens.Text;

/// <summary>
/// Stopword lists from Lucene.Net.Analysis.Common (French 164 words, German 231, English 33), lower-case.
/// The sets returned are read-only; use <see cref="With"/> to extend one.
/// </summary>
public static class Stopwords
{
    private static readonly CharArraySet EmptySet = CharArraySet.Empty;

    /// <summary>The maintained stop set for <paramref name="language"/> (fr, de, en); an empty set for other languages.</summary>
    public static CharArraySet For(string language) => Language.Normalize(language) switch
    {
        Language.French => FrenchAnalyzer.DefaultStopSet,
        Language.German => GermanAnalyzer.DefaultStopSet,
        Language.English => EnglishAnalyzer.DefaultStopSet,
        _ => EmptySet,
    };

    /// <summary>A new set: the stop set of <paramref name="language"/> plus <paramref name="extraWords"/> (lower-cased).</summary>
    /// <example><code>var stop = Stopwords.With("fr", ["selon", "ainsi"]);</code></example>
    public static CharArraySet With(string language, IEnumerable<string> extraWords)
    {
        var set = new CharArraySet(LuceneVersion.LUCENE_48, For(language), ignoreCase: true);
        foreach (var word in extraWords)
        {
            set.Add(word.ToLowerInvariant());
        }
        return set.AsReadOnly();
    }

    /// <summary>
    /// Function words added to the Lucene lists for term counting because their absence floods French results:
    /// "a" (il a), adverbs, conjunctions, prepositions and pronouns that Snowball's short French list lacks (comme,
    /// si, très, plus, tout, bien, dont, chez, cela …). Stance scoring uses the Lucene lists alone.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Supplements { get; } = new Dictionary<string, IReadOnlyList<string>>
    {
        [Language.French] =
        [
            "a", "comme", "si", "très", "plus", "tout", "tous", "toute", "toutes", "bien", "aussi", "encore", "alors",
            "donc", "ainsi", "dont", "où", "sous", "entre", "après", "avant", "depuis", "déjà", "car", "cela", "ça",
            "ceci", "celui", "celle", "ceux", "celles", "chez", "quand", "cette", "cet", "ces", "les", "ils", "elles",
            "leurs", "autre", "autres", "même", "mêmes", "tant", "peu", "non",
        ],
    };

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<HashSet<string>>> FoldedSets = new();

    private static readonly Lazy<Task> BackgroundLoad = new(() => Task.Run(() =>
    {
        foreach (var language in new[] { Language.French, Language.German, Language.English })
        {
            Folded(language);
        }
    }));

    /// <summary>
    /// Starts loading the French, German and English stop sets (<see cref="Folded"/>) on another thread and returns
    /// at once; the task ends when they are loaded. The first use of Lucene.Net costs 50-100 ms, so a program that
    /// will count terms can call this first thing and do its own start-up meanwhile. Calling it again returns the
    /// same task.
    /// </summary>
    public static Task LoadInBackground() => BackgroundLoad.Value;

    /// <summary>
    /// The stop set of <paramref name="language"/> case-folded like terms are (<see cref="CaseFolding"/>: so German
    /// "daß" also stops "dass"), plus <see cref="Supplements"/>. Read-only; shared.
    /// </summary>
    public static IReadOnlySet<string> Folded(string language) => FoldedSets.GetOrAdd(Language.Normalize(language), code => new(() => FoldedSet(code))).Value;

    /// <summary>
    /// Bit c set when the folded word <paramref name="folded"/> is in the <see cref="Folded"/> set of language class c
    /// (fr, de, en). The three sets are one vocabulary whose payload holds the languages each word stops: one lookup
    /// by the word's vector hash, not one string-hashed lookup per language.
    /// </summary>
    internal static byte FoldedMask(ReadOnlySpan<char> folded) => FoldedMasks.Of(folded);

    private static class FoldedMasks
    {
        private static readonly TermVocabulary Words = new(2048);
        private static readonly int Longest = Load();

        public static byte Of(ReadOnlySpan<char> folded)
        {
            if (folded.Length > Longest)
            {
                return 0;
            }
            int id = Words.IndexOf(folded);
            return id < 0 ? (byte)0 : (byte)Words.Payload(id);
        }

        private static int Load()
        {
            int longest = 0;
            for (int c = 0; c < 3; c++)
            {
                foreach (var word in Folded(LanguageClass.Code(c)))
                {
                    Words.GetOrAddPayload(word, out _, out _) |= 1UL << c;
                    longest = Math.Max(longest, word.Length);
                }
            }
            return longest;
        }
    }

    private static HashSet<string> FoldedSet(string code)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in For(code))
        {
            set.Add(CaseFolding.Fold(word));
        }
        foreach (var word in Supplements.GetValueOrDefault(code) ?? [])
        {
            set.Add(CaseFolding.Fold(word));
        }
        return set;
    }
}
