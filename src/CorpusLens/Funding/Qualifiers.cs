namespace CorpusLens.Funding;

/// <summary>Qualifiers kept with a figure (plus de, près de, environ, jusqu'à, rund, mehr als, über, bis zu, more
/// than, about, up to, …) and the words that open a range (entre, zwischen, between).</summary>
internal static class Qualifiers
{
    private static readonly Dictionary<string, (string Canonical, string[] Tokens)[]> Phrases = Build(
    [
        ("plus de", ["plus de", "plus d'"]), ("près de", ["près de", "près d'"]), ("environ", ["environ", "d'environ"]),
        ("jusqu'à", ["jusqu'à", "jusqu'au"]), ("au moins", ["au moins"]), ("moins de", ["moins de", "moins d'"]),
        ("autour de", ["autour de"]), ("presque", ["presque"]), ("quelque", ["quelque"]),
        ("rund", ["rund"]), ("mehr als", ["mehr als"]), ("über", ["über"]), ("bis zu", ["bis zu"]), ("etwa", ["etwa"]),
        ("ca.", ["ca.", "circa", "zirka"]), ("knapp", ["knapp"]), ("fast", ["fast"]), ("mindestens", ["mindestens"]),
        ("weniger als", ["weniger als"]),
        ("more than", ["more than"]), ("about", ["about"]), ("up to", ["up to"]), ("over", ["over"]), ("nearly", ["nearly"]),
        ("almost", ["almost"]), ("around", ["around"]), ("approximately", ["approximately"]), ("at least", ["at least"]),
        ("less than", ["less than"]), ("roughly", ["roughly"]), ("in excess of", ["in excess of"]), ("an estimated", ["an estimated"]),
        ("entre", ["entre"]), ("zwischen", ["zwischen"]), ("between", ["between"]),
    ]);

    // Qualifiers by their last token, longest first: a lookup tries only those that can end before the figure.
    private static Dictionary<string, (string Canonical, string[] Tokens)[]> Build((string Canonical, string[] Forms)[] table) =>
        table.SelectMany(entry => entry.Forms.Select(form => (entry.Canonical, Tokens: MoneyLexer.Lex(form).Select(token => token.Lower).ToArray())))
            .GroupBy(entry => entry.Tokens[^1], StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.OrderByDescending(entry => entry.Tokens.Length).ToArray(), StringComparer.Ordinal);

    /// <summary>True for the qualifiers that open a range with "et/und/and".</summary>
    public static bool OpensRange(string qualifier) => qualifier is "entre" or "zwischen" or "between";

    /// <summary>The qualifier ending just before token <paramref name="index"/>: its canonical form and first token.</summary>
    public static (string Canonical, int StartToken)? Before(List<MoneyToken> tokens, int index, ref long steps)
    {
        steps++;
        if (index == 0 || !Phrases.TryGetValue(tokens[index - 1].Lower, out var candidates))
        {
            return null;
        }
        foreach (var (canonical, phrase) in candidates)
        {
            var start = index - phrase.Length;
            if (start < 0)
            {
                continue;
            }
            var matches = true;
            for (var offset = 0; offset < phrase.Length && matches; offset++)
            {
                steps++;
                matches = tokens[start + offset].Lower == phrase[offset];
            }
            if (matches)
            {
                return (canonical, start);
            }
        }
        return null;
    }
}
