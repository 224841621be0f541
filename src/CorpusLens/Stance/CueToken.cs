using CorpusLens.Text;

namespace CorpusLens.Stance;

/// <summary>A token prepared for cue matching: lower-cased form, stem, position and clause number.</summary>
/// <param name="Lower">The token lower-cased, with ’ written as '.</param>
/// <param name="Stem">The Snowball stem of <paramref name="Lower"/> (elisions, numbers and addresses are kept as they are).</param>
/// <param name="Start">Offset in the text.</param>
/// <param name="End">Offset just after the token.</param>
/// <param name="Clause">Number of the clause the token belongs to (punctuation and contrastive conjunctions start a new one).</param>
/// <param name="IsStopword">True for a stopword of the language: it never matches a one-word cue (German "sich" shares the stem of "Sicherheit").</param>
/// <param name="IsCapitalized">True when the word starts with a capital letter (in German, inside a sentence: a noun).</param>
internal readonly record struct CueToken(string Lower, string Stem, int Start, int End, int Clause, bool IsStopword, bool IsCapitalized);

/// <summary>Turns text into <see cref="CueToken"/>s with the project tokenizer and stemmer.</summary>
internal static class CueTokens
{
    private const string ClauseBreakCharacters = ".,;:!?()[]{}«»\"“”„‹›—–-…\n\r";

    /// <summary>Words that open a new clause: they stop a negation's scope.</summary>
    private static readonly HashSet<string> ClauseBreakWords = new(StringComparer.Ordinal)
    {
        "mais", "cependant", "pourtant", "toutefois", "néanmoins", "tandis",
        "but", "however", "although", "though", "whereas", "yet", "while",
        "aber", "sondern", "jedoch", "doch", "obwohl", "während", "dennoch",
    };

    /// <summary>The tokens of <paramref name="text"/>; hyphenated compounds are split into their parts.</summary>
    public static List<CueToken> Of(string text, string language)
    {
        var stemmer = Stemmer.For(language);
        var stopwords = Language.Supported.Contains(language) ? Stopwords.For(language) : null;
        var tokens = new List<CueToken>();
        int clause = 0;
        int previousEnd = 0;
        foreach (var token in Tokenizer.Tokenize(text))
        {
            if (HasBreak(text.AsSpan(previousEnd, token.Start - previousEnd)))
            {
                clause++;
            }
            previousEnd = token.Start + token.Length;
            int partStart = token.Start;
            for (int i = token.Start; i <= previousEnd; i++)
            {
                if (i < previousEnd && !Tokenizer.IsHyphen(text[i]))
                {
                    continue;
                }
                if (i > partStart)
                {
                    var lower = Normalize(text.AsSpan(partStart, i - partStart));
                    if (ClauseBreakWords.Contains(lower))
                    {
                        clause++;
                    }
                    var stem = token.Kind == TokenKind.Word ? stemmer.Stem(lower) : lower;
                    tokens.Add(new CueToken(lower, stem, partStart, i, clause, stopwords?.Contains(lower) == true, char.IsUpper(text[partStart])));
                }
                partStart = i + 1;
            }
        }
        return tokens;
    }

    /// <summary>The stems of a lexicon term, as <see cref="Of"/> would produce them in a sentence.</summary>
    public static IReadOnlyList<string> Stems(string term, string language) =>
        Of(term, language).Select(token => token.Stem).ToArray();

    /// <summary>Lower case (invariant, so German umlauts and ß stay as they are) and ’ as '.</summary>
    public static string Normalize(ReadOnlySpan<char> text) => text.ToString().ToLowerInvariant().Replace('\u2019', '\'');

    private static bool HasBreak(ReadOnlySpan<char> gap) => gap.IndexOfAny(ClauseBreakCharacters) >= 0;
}
