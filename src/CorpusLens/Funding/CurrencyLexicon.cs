namespace CorpusLens.Funding;

/// <summary>A currency phrase matched in the token stream.</summary>
/// <param name="Code">ISO 4217 code.</param>
/// <param name="EndToken">Index of the token after the phrase.</param>
/// <param name="Scale">A multiplier carried by the phrase (MUSD, MEUR: 10^6), else 1.</param>
internal readonly record struct CurrencyMatch(string Code, int EndToken, double Scale);

/// <summary>
/// Currency symbols, codes and words of French, German and English, each mapped to an ISO 4217 code. Phrases are
/// written as text and lexed with <see cref="MoneyLexer"/>, so "US-Dollar" is the tokens us, -, dollar.
/// </summary>
internal static class CurrencyLexicon
{
    /// <summary>The ISO codes the grammar recognises.</summary>
    public static IReadOnlyList<string> Codes { get; } = ["USD", "EUR", "GBP", "CHF", "JPY", "CNY", "CAD", "AUD", "HKD", "NZD", "MXN"];

    private static readonly (string Code, string[] Phrases)[] Table =
    [
        ("USD", ["$", "us$", "us $", "u.s $", "u.s. $", "u.s.$", "usd", "usd$", "$us", "$ us", "$ usd", "$ usd", "dollar", "dollars",
            "us dollar", "us dollars", "u.s. dollars", "us-dollar", "us-dollars", "dollar américain", "dollars américains",
            "dollars us", "dollar us", "dollars des états-unis", "amerikanische dollar", "amerikanischen dollar", "american dollars"]),
        ("EUR", ["€", "eur", "euro", "euros", "eur€"]),
        ("GBP", ["£", "gbp", "pound", "pounds", "pound sterling", "pounds sterling", "british pound", "british pounds",
            "livre sterling", "livres sterling", "pfund", "pfund sterling", "britische pfund", "britischen pfund"]),
        ("CHF", ["chf", "sfr", "franc suisse", "francs suisses", "swiss franc", "swiss francs", "schweizer franken", "franken"]),
        ("JPY", ["¥", "jpy", "yen", "yens", "japanese yen", "yen japonais", "yens japonais", "japanische yen", "japanischen yen"]),
        ("CNY", ["元", "cny", "rmb", "yuan", "yuans", "chinese yuan", "yuan chinois", "yuans chinois", "renminbi", "chinesische yuan"]),
        ("CAD", ["cad", "c$", "c $", "ca$", "cad$", "$ c", "$ cad", "$cad", "canadian dollar", "canadian dollars", "dollar canadien",
            "dollars canadiens", "kanadische dollar", "kanadischen dollar"]),
        ("AUD", ["aud", "a$", "au$", "aud$", "australian dollar", "australian dollars", "dollar australien", "dollars australiens",
            "australische dollar", "australischen dollar"]),
        ("HKD", ["hkd", "hk$", "hk $", "$ hk", "hong kong dollar", "hong kong dollars", "dollar de hong kong", "dollars de hong kong",
            "hongkong-dollar"]),
        ("NZD", ["nzd", "nz$", "nzd$", "new zealand dollar", "new zealand dollars", "dollar néo-zélandais", "dollars néo-zélandais"]),
        ("MXN", ["mxn", "mxn$", "mex$", "mexican peso", "mexican pesos", "peso mexicain", "pesos mexicains"]),
    ];

    // Words that name money only after a scale word ("361 millions de livres"): alone they are ambiguous (books).
    private static readonly (string Code, string[] Phrases)[] AfterScaleOnly = [("GBP", ["livre", "livres"])];

    // Phrases by their first token, longest first, so a lookup tries only the phrases that can match.
    private static readonly Dictionary<string, (string Code, string[] Tokens)[]> Phrases = Build(Table);

    private static readonly Dictionary<string, (string Code, string[] Tokens)[]> ScaledPhrases = Build(AfterScaleOnly);

    private static Dictionary<string, (string Code, string[] Tokens)[]> Build((string Code, string[] Phrases)[] table) =>
        table.SelectMany(entry => entry.Phrases.Select(phrase => (entry.Code, Tokens: MoneyLexer.Lex(phrase).Select(token => token.Lower).ToArray())))
            .DistinctBy(entry => string.Join(' ', entry.Tokens))
            .GroupBy(entry => entry.Tokens[0], StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.OrderByDescending(entry => entry.Tokens.Length).ToArray(), StringComparer.Ordinal);

    /// <summary>The longest currency phrase starting at token <paramref name="index"/>, or null.</summary>
    /// <param name="tokens">The token stream.</param>
    /// <param name="index">Where the phrase must start.</param>
    /// <param name="afterScale">True when a scale word precedes, which admits "livres".</param>
    /// <param name="steps">Incremented once per token compared (for the linear-time check).</param>
    public static CurrencyMatch? Match(List<MoneyToken> tokens, int index, bool afterScale, ref long steps)
    {
        if (index >= tokens.Count)
        {
            return null;
        }
        var best = Longest(Phrases, tokens, index, ref steps);
        if (best is null && afterScale)
        {
            best = Longest(ScaledPhrases, tokens, index, ref steps);
        }
        if (best is null && tokens[index] is { Type: MoneyTokenType.Word, Lower: { Length: 4 } word } && word[0] == 'm')
        {
            // MUSD, MEUR, MGBP: a million units of the code.
            var code = word[1..].ToUpperInvariant();
            if (Codes.Contains(code))
            {
                return new CurrencyMatch(code, index + 1, 1e6);
            }
        }
        return best;
    }

    private static CurrencyMatch? Longest(Dictionary<string, (string Code, string[] Tokens)[]> byFirstToken, List<MoneyToken> tokens, int index, ref long steps)
    {
        steps++;
        if (!byFirstToken.TryGetValue(tokens[index].Lower, out var phrases))
        {
            return null;
        }
        foreach (var (code, phrase) in phrases)
        {
            if (index + phrase.Length > tokens.Count)
            {
                continue;
            }
            var matches = true;
            for (var offset = 0; offset < phrase.Length && matches; offset++)
            {
                steps++;
                matches = tokens[index + offset].Lower == phrase[offset];
            }
            var end = index + phrase.Length;
            // "$ c" must not swallow the c of "c'est".
            if (matches && phrase[^1].Length == 1 && char.IsLetter(phrase[^1][0]) && end < tokens.Count && tokens[end].Lower == "'")
            {
                matches = false;
            }
            // "a$ 10" is Australian dollars, "a $ 10" is an article and US dollars.
            if (matches && phrase.Length > 1 && phrase[0] == "a" && tokens[index].End != tokens[index + 1].Start)
            {
                matches = false;
            }
            if (matches)
            {
                return new CurrencyMatch(code, end, 1);
            }
        }
        return null;
    }
}
