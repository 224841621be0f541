namespace CorpusLens.Funding;

/// <summary>
/// Decides the kind of a figure from cue words in its sentence: the cue nearest to the figure (counted in tokens,
/// at most <see cref="Window"/> away) wins. Cues are word beginnings (French, German, English), some of several words.
/// </summary>
internal static class KindCues
{
    /// <summary>How many tokens away from the figure a cue may be.</summary>
    public const int Window = 12;

    private static readonly (string Kind, string[] Cue)[] Cues = Build(
    [
        (FundingKind.MarketValue, ["capitalisation", "capitalization", "market cap", "market value", "valeur boursière", "valeur de marché",
            "börsenwert", "marktwert", "marktkapitalisierung", "valant", "vaut", "worth", "wert"]),
        (FundingKind.Valuation, ["valoris", "valuation", "valued", "bewert", "startup", "start-up", "licorne", "unicorn"]),
        (FundingKind.FundingRound, ["levée", "lève", "levé", "lever", "tour de table", "funding", "raised", "raising", "raise", "round",
            "finanzierungsrunde", "financement", "financé", "financée", "finanzierung", "eingesammelt", "sammelt"]),
        (FundingKind.Investment, ["invest", "injecté", "injecte", "injection", "miser", "mise", "grâce à", "thanks to", "dank", "stake", "beteiligung"]),
        (FundingKind.Revenue, ["chiffre d'affaires", "revenu", "revenue", "recettes", "ventes", "sales", "umsatz", "erlös", "einnahmen",
            "bénéfice", "profit", "gewinn", "earnings", "income"]),
        (FundingKind.Cost, ["coût", "coûte", "cost", "kosten", "kostet", "dépens", "spend", "spent", "ausgaben", "prix", "price", "preis",
            "facture", "amende", "fine", "paid", "payé"]),
    ]);

    private static (string Kind, string[] Cue)[] Build((string Kind, string[] Cues)[] table) =>
        table.SelectMany(entry => entry.Cues.Select(cue => (entry.Kind, MoneyLexer.Lex(cue).Select(token => token.Lower).ToArray()))).ToArray();

    /// <summary>The kind cued nearest to tokens [<paramref name="first"/>, <paramref name="end"/>), or null when none is near.</summary>
    public static string? Classify(List<MoneyToken> tokens, int first, int end)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        var from = Math.Max(0, first - Window);
        var to = Math.Min(tokens.Count, end + Window);
        for (var index = from; index < to; index++)
        {
            if (index >= first && index < end)
            {
                continue;
            }
            foreach (var (kind, cue) in Cues)
            {
                if (!Matches(tokens, index, cue))
                {
                    continue;
                }
                var distance = index < first ? first - (index + cue.Length - 1) : index - end + 1;
                if (distance < bestDistance)
                {
                    best = kind;
                    bestDistance = distance;
                }
            }
        }
        return best;
    }

    // Every cue token but the last must equal the text token; the last is a word beginning ("invest" matches "investit").
    private static bool Matches(List<MoneyToken> tokens, int index, string[] cue)
    {
        if (index + cue.Length > tokens.Count)
        {
            return false;
        }
        for (var offset = 0; offset < cue.Length - 1; offset++)
        {
            if (tokens[index + offset].Lower != cue[offset])
            {
                return false;
            }
        }
        var last = tokens[index + cue.Length - 1].Lower;
        var stem = cue[^1];
        // Short cues (mise, vaut, wert, fine, dank) must be the whole word.
        return stem.Length <= 4 ? last == stem : last.StartsWith(stem, StringComparison.Ordinal);
    }
}
