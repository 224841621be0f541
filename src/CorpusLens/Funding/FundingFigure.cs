namespace CorpusLens.Funding;

/// <summary>A money figure of an article with what the sentence says about it (one row of <see cref="FundingAnalysis.Figures(Corpus)"/>).</summary>
public sealed record FundingFigure
{
    /// <summary>The article's id.</summary>
    public required string Article { get; init; }

    /// <summary>Index of the sentence in the article.</summary>
    public required int Sentence { get; init; }

    /// <summary>The matched span ("1 milliard de dollars", "le double de cette somme").</summary>
    public required string Text { get; init; }

    /// <summary>Offset of the span in the article text.</summary>
    public required int Start { get; init; }

    /// <summary>Offset just after the span in the article text.</summary>
    public required int End { get; init; }

    /// <summary>The amount in the currency's units (for a range, its lower bound).</summary>
    public required double Amount { get; init; }

    /// <summary>The upper bound of a range, else null.</summary>
    public double? Upper { get; init; }

    /// <summary>ISO 4217 code.</summary>
    public required string Currency { get; init; }

    /// <summary>The amount in US dollars by <see cref="ExchangeRates"/>; NaN when no rate is known.</summary>
    public required double Usd { get; init; }

    /// <summary>Canonical qualifier ("plus de", "rund", "more than", "entre") or empty.</summary>
    public string Qualifier { get; init; } = string.Empty;

    /// <summary>One of <see cref="FundingKind.All"/>.</summary>
    public required string Kind { get; init; }

    /// <summary>Who puts the money in, when the sentence (or the figure's antecedent) names it; else empty.</summary>
    public string Investor { get; init; } = string.Empty;

    /// <summary>Who receives the money or whose value it is; else empty.</summary>
    public string Recipient { get; init; } = string.Empty;

    /// <summary>The year named in the sentence, else the year of the article's date, else null.</summary>
    public int? Year { get; init; }

    /// <summary>True for a relative figure ("le double de cette somme") computed from an earlier figure.</summary>
    public bool Derived { get; init; }

    /// <summary>True when the text names no currency ("cet investissement d'un milliard") and the figure took the
    /// currency of the figure before it in the article.</summary>
    public bool CurrencyInferred { get; init; }

    /// <summary>The sentence the figure is in.</summary>
    public required string Context { get; init; }
}

/// <summary>The kinds of money figure.</summary>
public static class FundingKind
{
    /// <summary>Money an investor puts into a company.</summary>
    public const string Investment = "investment";

    /// <summary>Money a company raises (levée de fonds, Finanzierungsrunde, funding).</summary>
    public const string FundingRound = "funding round";

    /// <summary>What a (usually private) company is valued at.</summary>
    public const string Valuation = "valuation";

    /// <summary>What a listed company is worth on the market.</summary>
    public const string MarketValue = "market value";

    /// <summary>Sales, revenue, income.</summary>
    public const string Revenue = "revenue";

    /// <summary>Costs, prices, spending.</summary>
    public const string Cost = "cost";

    /// <summary>No cue found.</summary>
    public const string Other = "other";

    /// <summary>All kinds, in this order.</summary>
    public static IReadOnlyList<string> All { get; } = [Investment, FundingRound, Valuation, MarketValue, Revenue, Cost, Other];
}
