namespace CorpusLens.Funding;

/// <summary>
/// Finds amounts of money in French, German or English text: digits with fr/de/en separators or number words, scale
/// words and abbreviations, a currency before or after (symbol, ISO code or word), a qualifier before, ranges.
/// </summary>
/// <remarks>
/// A hand-written scanner over <see cref="MoneyLexer"/> tokens (no regular expressions): at each token it tries a
/// bounded number of patterns, each reading a bounded number of tokens, so the time is linear in the text length.
/// An amount without a currency (a count, a percentage, "340-Millionen-Parameter") is not money and is not reported.
/// </remarks>
/// <example>
/// <code>
/// var mentions = MoneyRecognizer.Recognize("Microsoft a investi plus de 10 milliards de dollars.", "fr");
/// // mentions[0]: Text "10 milliards de dollars", Amount 1e10, Currency "USD", Qualifier "plus de"
/// </code>
/// </example>
public static class MoneyRecognizer
{
    /// <summary>All amounts of money in <paramref name="text"/>, in order.</summary>
    /// <param name="text">Any text; never throws on it.</param>
    /// <param name="language">"fr", "de" or "en" (anything else is read as English); decides decimal marks, number
    /// words and whether "billion" is 10^9 (English) or 10^12 (French, German).</param>
    public static IReadOnlyList<MoneyMention> Recognize(string text, string language) => Recognize(text, language, out _);

    /// <summary>As <see cref="Recognize(string, string)"/>, also counting the token comparisons made.</summary>
    internal static IReadOnlyList<MoneyMention> Recognize(string text, string language, out long steps)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = MoneyLexer.Lex(text);
        var scanner = new Scanner(text, tokens, Text.Language.Normalize(language) is var normalized && Text.Language.Supported.Contains(normalized) ? normalized : Text.Language.English);
        var mentions = scanner.Run();
        steps = scanner.Steps;
        return mentions;
    }

    private sealed class Scanner(string text, List<MoneyToken> tokens, string language)
    {
        private readonly AmountReader amounts = new(tokens, language);
        private long steps;

        public long Steps => steps + amounts.Steps;

        public List<MoneyMention> Run()
        {
            var mentions = new List<MoneyMention>();
            var index = 0;
            while (index < tokens.Count)
            {
                steps++;
                if (Match(index) is { } match)
                {
                    // Hundreds of digits overflow a double: such a "number" is not an amount anybody wrote.
                    if (double.IsFinite(match.Mention.Amount) && (match.Mention.Upper is null || double.IsFinite(match.Mention.Upper.Value)))
                    {
                        mentions.Add(match.Mention);
                    }
                    index = match.End;
                }
                else
                {
                    index++;
                }
            }
            return mentions;
        }

        private (MoneyMention Mention, int End)? Match(int index)
        {
            var qualifier = Qualifiers.Before(tokens, index, ref steps)?.Canonical ?? string.Empty;
            var token = tokens[index];
            if (token.Type == MoneyTokenType.Number || (token.Type == MoneyTokenType.Word && amounts.Role(index) is not null)
                || (token.Lower == "a" && language == Text.Language.English))
            {
                if (Suffix(index, qualifier, allowRange: true) is { } suffix)
                {
                    return suffix;
                }
            }
            return Prefix(index, qualifier);
        }

        // $ 75 million, USD 22.5 million, € 2 million, us $ 10 billion, EUR 1000.
        private (MoneyMention Mention, int End)? Prefix(int index, string qualifier)
        {
            if (CurrencyLexicon.Match(tokens, index, afterScale: false, ref steps) is not { } currency)
            {
                return null;
            }
            // A currency word before a number ("dollar 22.5 million") only when the digits follow at once.
            var isWord = tokens[currency.EndToken - 1].Type == MoneyTokenType.Word && tokens[currency.EndToken - 1].Lower.Length > 4;
            if (currency.EndToken >= tokens.Count || (isWord && tokens[currency.EndToken].Type != MoneyTokenType.Number))
            {
                return null;
            }
            if (amounts.Read(currency.EndToken) is not { } amount)
            {
                return null;
            }
            if (PrefixRange(index, currency, amount, qualifier) is { } range)
            {
                return range;
            }
            var end = amount.End;
            // "$ 10 dollars": the currency word repeated after the amount belongs to the figure.
            if (CurrencyLexicon.Match(tokens, end, afterScale: false, ref steps) is { } repeated && repeated.Code == currency.Code
                && tokens[repeated.EndToken - 1].Type == MoneyTokenType.Word)
            {
                end = repeated.EndToken;
            }
            var value = amount.Value * currency.Scale;
            if (amount.Integral && currency.Scale == 1 && end == amount.End && Cents(end) is { } cents)
            {
                value += cents.Value / 100;
                end = cents.End;
            }
            return (Mention(index, end, value, null, currency.Code, qualifier), end);
        }

        // 75 millions de dollars, 1 milliard $, 13 Milliarden US-Dollar, 25 M€, 75 USD million, 15 dollars 50.
        private (MoneyMention Mention, int End)? Suffix(int index, string qualifier, bool allowRange)
        {
            if (amounts.Read(index) is not { } amount)
            {
                return null;
            }
            var currencyStart = SkipLink(amount.End);
            var scaled = amount.Multiplier != 1;
            if (CurrencyLexicon.Match(tokens, currencyStart, afterScale: scaled, ref steps) is not { } currency)
            {
                return allowRange ? Range(index, amount, qualifier) : null;
            }
            var end = currency.EndToken;
            var value = amount.Value * currency.Scale;
            if (!scaled && currency.Scale == 1 && end < tokens.Count && tokens[end].Type == MoneyTokenType.Word
                && NumberWords.Scale(tokens[end].Lower, language) is { } trailingScale)
            {
                value *= trailingScale;
                end++;
            }
            else if (amount.Integral && currency.Scale == 1 && Cents(end) is { } cents)
            {
                value += cents.Value / 100;
                end = cents.End;
            }
            return (Mention(index, end, value, null, currency.Code, qualifier), end);
        }

        // entre 10 et 20 milliards de dollars, 10 à 20 Mrd. €, zwischen 5 und 7 Millionen Euro, 10-20 bn $.
        private (MoneyMention Mention, int End)? Range(int index, Amount low, string qualifier)
        {
            var link = low.End;
            if (link >= tokens.Count)
            {
                return null;
            }
            var word = tokens[link].Lower;
            var opens = Qualifiers.OpensRange(qualifier);
            var isLink = word is "à" or "bis" or "to" or "-" || (opens && word is "et" or "und" or "and");
            if (!isLink || Suffix(link + 1, string.Empty, allowRange: false) is not { } high || high.Mention.Start != tokens[link + 1].Start)
            {
                return null;
            }
            var highAmount = amounts.Read(link + 1);
            var multiplier = low.Multiplier != 1 || highAmount is null ? 1 : highAmount.Value.Multiplier;
            var lowValue = low.Value * multiplier;
            return (Mention(index, high.End, lowValue, high.Mention.Amount, high.Mention.Currency, RangeQualifier(qualifier)), high.End);
        }

        // $10-20 billion, $10 to $20 billion, between $2 and $3 billion: the upper bound needs its own currency or a scale.
        private (MoneyMention Mention, int End)? PrefixRange(int index, CurrencyMatch currency, Amount low, string qualifier)
        {
            var link = low.End;
            if (link + 1 >= tokens.Count)
            {
                return null;
            }
            var word = tokens[link].Lower;
            if (!(word is "-" or "to" or "à" or "bis" || (Qualifiers.OpensRange(qualifier) && word is "and" or "et" or "und")))
            {
                return null;
            }
            var next = link + 1;
            var repeated = CurrencyLexicon.Match(tokens, next, afterScale: false, ref steps) is { } again && again.Code == currency.Code;
            if (repeated)
            {
                next = CurrencyLexicon.Match(tokens, next, afterScale: false, ref steps)!.Value.EndToken;
            }
            if (next >= tokens.Count || amounts.Read(next) is not { } high || (!repeated && high.Multiplier == 1 && low.Multiplier == 1))
            {
                return null;
            }
            var multiplier = low.Multiplier != 1 ? 1 : high.Multiplier;
            var mention = Mention(index, high.End, low.Value * multiplier * currency.Scale, high.Value * currency.Scale, currency.Code, RangeQualifier(qualifier));
            return (mention, high.End);
        }

        private string RangeQualifier(string qualifier) => Qualifiers.OpensRange(qualifier) ? qualifier : language switch
        {
            Text.Language.French => "entre",
            Text.Language.German => "zwischen",
            _ => "between",
        };

        // "de", "d'" or a hyphen between an amount and its currency.
        private int SkipLink(int index)
        {
            steps++;
            if (index >= tokens.Count)
            {
                return index;
            }
            var word = tokens[index].Lower;
            if (word is "de" or "-")
            {
                return index + 1;
            }
            return word == "d" && index + 1 < tokens.Count && tokens[index + 1].Lower == "'" ? index + 2 : index;
        }

        // "15 dollars 50", "15 dollars et 15 cents", "zwei Euro fünfzig", "thirteen dollars and forty-five cents".
        private (double Value, int End)? Cents(int index)
        {
            var position = index;
            if (position < tokens.Count && tokens[position].Lower is "et" or "und" or "and")
            {
                position++;
            }
            if (position >= tokens.Count || amounts.Read(position, centsOnly: true) is not { Integral: true, Multiplier: 1 } cents || cents.Value >= 100)
            {
                return null;
            }
            var raw = tokens[position].Lower;
            if (tokens[position].Type == MoneyTokenType.Number && raw.Length > 2)
            {
                return null;
            }
            var end = cents.End;
            steps++;
            if (end < tokens.Count && tokens[end].Lower is "cent" or "cents" or "centimes" or "centime" or "ct" or "penny" or "pence")
            {
                return (cents.Value, end + 1);
            }
            var endsHere = end >= tokens.Count
                || (tokens[end].Type == MoneyTokenType.Punctuation && tokens[end].Lower is not ("%" or "-"))
                || tokens[end].Lower is "and" or "et" or "und";
            return endsHere ? (cents.Value, end) : null;
        }

        private MoneyMention Mention(int first, int end, double amount, double? upper, string currency, string qualifier)
        {
            var start = tokens[first].Start;
            var stop = tokens[end - 1].End;
            return new MoneyMention(start, stop, text[start..stop], amount, upper, currency, qualifier);
        }
    }
}
