namespace CorpusLens.Funding;

/// <summary>A relative figure found in a sentence: its token span and the factor it applies.</summary>
internal readonly record struct RelativeMention(int Start, int End, double Factor);

/// <summary>
/// Relative figures that point back to an amount: "le double de cette somme", "la moitié de ce montant",
/// "das Doppelte dieser Summe", "twice that amount". Resolved by <see cref="FundingAnalysis"/> to the nearest
/// earlier figure of the same article.
/// </summary>
internal static class RelativeFigures
{
    private static readonly (double Factor, string[] Tokens)[] Phrases = Build(
    [
        (2, ["le double de cette somme", "le double de ce montant", "le double de cela", "deux fois cette somme",
            "das doppelte dieser summe", "das doppelte davon", "das doppelte des betrags", "doppelt so viel", "zweimal so viel",
            "twice that amount", "twice that sum", "twice that", "twice as much", "double that amount", "double that"]),
        (3, ["le triple de cette somme", "le triple de ce montant", "trois fois cette somme", "das dreifache dieser summe",
            "das dreifache davon", "three times that amount", "three times that", "triple that"]),
        (0.5, ["la moitié de cette somme", "la moitié de ce montant", "die hälfte dieser summe", "die hälfte davon", "half that amount",
            "half that sum", "half that"]),
    ]);

    private static (double Factor, string[] Tokens)[] Build((double Factor, string[] Phrases)[] table) =>
        table.SelectMany(entry => entry.Phrases.Select(phrase => (entry.Factor, MoneyLexer.Lex(phrase).Select(token => token.Lower).ToArray())))
            .OrderByDescending(entry => entry.Item2.Length).ToArray();

    /// <summary>The relative figures in <paramref name="tokens"/>, in order.</summary>
    public static List<RelativeMention> Find(List<MoneyToken> tokens)
    {
        var found = new List<RelativeMention>();
        var index = 0;
        while (index < tokens.Count)
        {
            var match = Phrases.FirstOrDefault(phrase => Matches(tokens, index, phrase.Tokens));
            if (match.Tokens is not null)
            {
                found.Add(new RelativeMention(index, index + match.Tokens.Length, match.Factor));
                index += match.Tokens.Length;
            }
            else
            {
                index++;
            }
        }
        return found;
    }

    private static bool Matches(List<MoneyToken> tokens, int index, string[] phrase)
    {
        if (index + phrase.Length > tokens.Count)
        {
            return false;
        }
        for (var offset = 0; offset < phrase.Length; offset++)
        {
            if (tokens[index + offset].Lower != phrase[offset])
            {
                return false;
            }
        }
        return true;
    }
}
