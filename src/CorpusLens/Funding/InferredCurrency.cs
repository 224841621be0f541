namespace CorpusLens.Funding;

/// <summary>A bare amount that names no currency but follows a money noun: "cet investissement d'un milliard".</summary>
internal readonly record struct BareAmount(int Start, int End, double Amount);

/// <summary>
/// Finds amounts written without a currency right after a money noun (investissement, somme, financement, levée,
/// Investition, Summe, Finanzierung, investment, funding, sum) and with a scale of a million or more. The caller
/// gives them the currency of the nearest earlier figure of the article; anything else without a currency is not money.
/// </summary>
internal static class InferredCurrency
{
    private static readonly HashSet<string> MoneyNouns = new(StringComparer.Ordinal)
    {
        "investissement", "investissements", "somme", "financement", "levée", "apport", "investition", "summe", "finanzierung",
        "investment", "funding", "sum",
    };

    /// <summary>The bare amounts of <paramref name="tokens"/> (of one sentence), given the spans already recognised as money.</summary>
    public static List<BareAmount> Find(List<MoneyToken> tokens, string language, IReadOnlyList<MoneyMention> mentions)
    {
        var found = new List<BareAmount>();
        var reader = new AmountReader(tokens, language);
        for (var index = 0; index < tokens.Count; index++)
        {
            if (!MoneyNouns.Contains(tokens[index].Lower))
            {
                continue;
            }
            var position = index + 1;
            while (position < tokens.Count && position <= index + 3 && tokens[position].Lower is "de" or "d" or "'" or "of" or "von" or "initial" or "initiale")
            {
                position++;
            }
            if (reader.Read(position) is not { Multiplier: >= 1e6 } amount || !double.IsFinite(amount.Value))
            {
                continue;
            }
            var start = tokens[position].Start;
            var end = tokens[amount.End - 1].End;
            if (mentions.Any(mention => mention.Start < end && start < mention.End))
            {
                continue;
            }
            found.Add(new BareAmount(start, end, amount.Value));
        }
        return found;
    }
}
