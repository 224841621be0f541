namespace CorpusLens.Funding;

/// <summary>A named party found in a sentence: canonical name and token span.</summary>
internal readonly record struct Party(string Name, int First, int End, bool Organisation);

/// <summary>
/// Finds investors and recipients in a sentence. Names are organisations of a small list (with aliases such as
/// "fabricant de Windows" = Microsoft) and runs of two or more capitalised words (Peter Thiel, Reid Hoffman).
/// The recipient of an investment is the first name after "dans/in/into" following the figure; the investor is the
/// nearest other name before the figure. For the other kinds the recipient is the name nearest the figure.
/// </summary>
internal static class Parties
{
    private static readonly (string Name, string[] Tokens)[] Known = Build(
    [
        ("Microsoft", ["Microsoft", "MSFT", "fabricant de Windows", "géant Windows", "Windows-Hersteller"]),
        ("OpenAI", ["OpenAI", "Open AI"]), ("Google", ["Google", "Alphabet"]), ("Amazon", ["Amazon", "AWS"]), ("Apple", ["Apple"]),
        ("Meta", ["Meta", "Facebook"]), ("Nvidia", ["Nvidia"]), ("Anthropic", ["Anthropic"]), ("Tesla", ["Tesla"]),
        ("SpaceX", ["SpaceX"]), ("Salesforce", ["Salesforce"]), ("DeepMind", ["DeepMind"]), ("IBM", ["IBM"]), ("Oracle", ["Oracle"]),
        ("Mistral AI", ["Mistral"]), ("xAI", ["xAI"]), ("Cloudflare", ["Cloudflare"]), ("GitHub", ["GitHub"]),
    ]);

    private static (string Name, string[] Tokens)[] Build((string Name, string[] Aliases)[] table) =>
        table.SelectMany(entry => entry.Aliases.Select(alias => (entry.Name, MoneyLexer.Lex(alias).Select(token => token.Lower).ToArray())))
            .OrderByDescending(entry => entry.Item2.Length).ToArray();

    /// <summary>The names in <paramref name="tokens"/> of <paramref name="text"/>, in order, not overlapping.</summary>
    public static List<Party> Find(string text, List<MoneyToken> tokens)
    {
        var parties = new List<Party>();
        var index = 0;
        while (index < tokens.Count)
        {
            var known = KnownAt(tokens, index);
            if (known is { } party)
            {
                parties.Add(party);
                index = party.End;
                continue;
            }
            var end = index;
            while (end < tokens.Count && IsCapitalised(text, tokens[end]) && KnownAt(tokens, end) is null)
            {
                end++;
            }
            if (end - index >= 2)
            {
                parties.Add(new Party(string.Join(' ', tokens.Skip(index).Take(end - index).Select(token => text[token.Start..token.End])), index, end, Organisation: false));
                index = end;
            }
            else
            {
                index = Math.Max(end, index + 1);
            }
        }
        return parties;
    }

    /// <summary>The organisation of the list named most often in <paramref name="text"/>, other than <paramref name="except"/>, or empty.</summary>
    public static string MainOrganisation(string text, string except)
    {
        var tokens = MoneyLexer.Lex(text);
        return Find(text, tokens).Where(party => party.Organisation && party.Name != except)
            .GroupBy(party => party.Name).OrderByDescending(group => group.Count()).ThenBy(group => group.First().First)
            .Select(group => group.Key).FirstOrDefault() ?? string.Empty;
    }

    /// <summary>Investor and recipient of the figure at tokens [<paramref name="first"/>, <paramref name="end"/>).</summary>
    public static (string Investor, string Recipient) For(List<MoneyToken> tokens, List<Party> parties, int first, int end, string kind)
    {
        if (parties.Count == 0)
        {
            return (string.Empty, string.Empty);
        }
        if (kind is FundingKind.Investment or FundingKind.FundingRound)
        {
            var recipient = RecipientAfter(tokens, parties, end);
            var before = parties.Where(party => party.End <= first && party.Name != recipient?.Name).ToList();
            if (kind == FundingKind.FundingRound)
            {
                // "OpenAI a reçu … de financement … avec des investisseurs notables, dont Elon Musk": the subject
                // receives; "Peter Thiel, Reid Hoffman et AWS … financé": the names before invest.
                var subjectReceives = before.Count > 0 && tokens.Skip(before[^1].End).Take(first - before[^1].End).Any(token => token.Lower is "reçu" or "received" or "erhielt" or "lève" or "raised" or "levé");
                if (subjectReceives)
                {
                    var after = parties.Where(party => party.First >= end).Select(party => party.Name).Distinct();
                    return (string.Join(", ", after), before[^1].Name);
                }
                return (string.Join(", ", before.Select(party => party.Name).Distinct()), recipient?.Name ?? string.Empty);
            }
            var investor = before.Count > 0 ? before[^1].Name : parties.FirstOrDefault(party => party.First >= end && party.Name != recipient?.Name).Name ?? string.Empty;
            return (investor, recipient?.Name ?? string.Empty);
        }
        var nearest = parties.OrderBy(party => party.End <= first ? first - party.End : party.First - end).First();
        return (string.Empty, nearest.Name);
    }

    private static Party? RecipientAfter(List<MoneyToken> tokens, List<Party> parties, int end)
    {
        for (var index = end; index < Math.Min(tokens.Count, end + 8); index++)
        {
            if (tokens[index].Lower is not ("dans" or "in" or "into"))
            {
                continue;
            }
            var party = parties.FirstOrDefault(candidate => candidate.Organisation && candidate.First > index && candidate.First <= index + 10);
            if (party.Name is not null)
            {
                return party;
            }
        }
        return null;
    }

    private static Party? KnownAt(List<MoneyToken> tokens, int index)
    {
        foreach (var (name, alias) in Known)
        {
            if (index + alias.Length > tokens.Count)
            {
                continue;
            }
            var matches = true;
            for (var offset = 0; offset < alias.Length && matches; offset++)
            {
                matches = tokens[index + offset].Lower == alias[offset];
            }
            if (matches)
            {
                return new Party(name, index, index + alias.Length, Organisation: true);
            }
        }
        return null;
    }

    private static bool IsCapitalised(string text, MoneyToken token) =>
        token.Type == MoneyTokenType.Word && token.End - token.Start > 1 && char.IsUpper(text[token.Start]) && !token.Lower.Equals(text[token.Start..token.End], StringComparison.Ordinal) && text[token.Start..token.End] != text[token.Start..token.End].ToUpperInvariant();
}
