using System.Globalization;
using Microsoft.Data.Analysis;

namespace CorpusLens.Funding;

/// <summary>
/// Funding figures of a corpus: every amount of money found by <see cref="MoneyRecognizer"/>, with its kind, investor,
/// recipient and year, relative figures resolved, as a DataFrame; and a comparison of the figures that describe the
/// same fact (same recipient and kind) across articles.
/// </summary>
/// <example>
/// <code>
/// var corpus = Corpus.Load(Corpus.FindBundledData());
/// DataFrame figures = FundingAnalysis.Figures(corpus);
/// DataFrame comparison = FundingAnalysis.Compare(corpus);
/// </code>
/// </example>
public static class FundingAnalysis
{
    /// <summary>The figures of every article of <paramref name="corpus"/>, in article then text order.</summary>
    public static IReadOnlyList<FundingFigure> Extract(Corpus corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        return corpus.Documents.SelectMany(Extract).ToList();
    }

    /// <summary>The figures of <paramref name="article"/>, in text order.</summary>
    public static IReadOnlyList<FundingFigure> Extract(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var articleYear = ArticleYear(article.Date);
        var figures = new List<FundingFigure>();
        var mainOrganisation = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var sentence in article.Sentences)
        {
            var tokens = MoneyLexer.Lex(sentence.Text);
            var parties = Parties.Find(sentence.Text, tokens);
            var found = new List<(int First, int End, FundingFigure Figure)>();
            var mentions = MoneyRecognizer.Recognize(sentence.Text, article.Language);
            foreach (var mention in mentions)
            {
                var first = tokens.FindIndex(token => token.Start >= mention.Start);
                var end = tokens.FindLastIndex(token => token.End <= mention.End) + 1;
                var kind = KindCues.Classify(tokens, first, end) ?? FundingKind.Other;
                var year = Year(tokens, first, end) ?? articleYear;
                found.Add((first, end, Figure(article, sentence, mention.Start, mention.End, mention.Amount, mention.Upper, mention.Currency,
                    mention.Qualifier, kind, year, derived: false)));
            }
            foreach (var bare in InferredCurrency.Find(tokens, article.Language, mentions))
            {
                var referent = found.Where(entry => entry.Figure.Start - sentence.Start < bare.Start).Select(entry => entry.Figure).LastOrDefault()
                    ?? figures.LastOrDefault(figure => !figure.Derived);
                if (referent is null)
                {
                    continue;
                }
                var first = tokens.FindIndex(token => token.Start >= bare.Start);
                var end = tokens.FindLastIndex(token => token.End <= bare.End) + 1;
                var kind = KindCues.Classify(tokens, first, end) ?? FundingKind.Other;
                var year = Year(tokens, first, end) ?? articleYear;
                found.Add((first, end, Figure(article, sentence, bare.Start, bare.End, bare.Amount, null, referent.Currency, string.Empty, kind, year,
                    derived: false) with { CurrencyInferred = true }));
            }
            foreach (var relative in RelativeFigures.Find(tokens))
            {
                var start = tokens[relative.Start].Start;
                var referent = found.Where(entry => entry.Figure.Start - sentence.Start < start).Select(entry => entry.Figure).LastOrDefault()
                    ?? figures.LastOrDefault(figure => !figure.Derived);
                if (referent is null)
                {
                    continue;
                }
                var kind = KindCues.Classify(tokens, relative.Start, relative.End) ?? referent.Kind;
                var year = Year(tokens, relative.Start, relative.End) ?? articleYear;
                found.Add((relative.Start, relative.End, Figure(article, sentence, start, tokens[relative.End - 1].End,
                    referent.Amount * relative.Factor, referent.Upper * relative.Factor, referent.Currency, string.Empty, kind, year, derived: true)));
            }
            foreach (var (first, end, figure) in found.OrderBy(entry => entry.Figure.Start))
            {
                var (investor, recipient) = Parties.For(tokens, parties, first, end, figure.Kind);
                var previous = figures.LastOrDefault(earlier => earlier.Kind == figure.Kind);
                if (investor.Length == 0 && figure.Kind == FundingKind.Investment)
                {
                    investor = previous?.Investor ?? string.Empty;
                }
                if (recipient.Length == 0 && figure.Kind is FundingKind.Investment or FundingKind.FundingRound or FundingKind.Valuation)
                {
                    if (previous?.Recipient is { Length: > 0 } earlier)
                    {
                        recipient = earlier;
                    }
                    else
                    {
                        if (!mainOrganisation.TryGetValue(investor, out var main))
                        {
                            main = Parties.MainOrganisation(article.Text, investor);
                            mainOrganisation[investor] = main;
                        }
                        recipient = main;
                    }
                }
                figures.Add(figure with { Investor = investor, Recipient = recipient });
            }
        }
        return figures;
    }

    /// <summary>
    /// One row per figure: <c>article</c>, <c>sentence</c>, <c>text</c>, <c>start</c>, <c>end</c>, <c>amount</c>,
    /// <c>currency</c>, <c>usd</c>, <c>qualifier</c>, <c>kind</c>, <c>investor</c>, <c>recipient</c>, <c>year</c>,
    /// <c>derived</c>, <c>context</c>, then <c>upper</c> (upper bound of a range, else null) and
    /// <c>currency_inferred</c> (true when the text names no currency and the figure took the one of the figure before).
    /// </summary>
    public static DataFrame Figures(Corpus corpus) => ToFrame(Extract(corpus));

    /// <summary>The DataFrame of <see cref="Figures(Corpus)"/> for any list of figures.</summary>
    public static DataFrame ToFrame(IReadOnlyList<FundingFigure> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        return new DataFrame(
            new StringDataFrameColumn("article", figures.Select(figure => figure.Article)),
            new Int32DataFrameColumn("sentence", figures.Select(figure => figure.Sentence)),
            new StringDataFrameColumn("text", figures.Select(figure => figure.Text)),
            new Int32DataFrameColumn("start", figures.Select(figure => figure.Start)),
            new Int32DataFrameColumn("end", figures.Select(figure => figure.End)),
            new DoubleDataFrameColumn("amount", figures.Select(figure => figure.Amount)),
            new StringDataFrameColumn("currency", figures.Select(figure => figure.Currency)),
            new DoubleDataFrameColumn("usd", figures.Select(figure => double.IsNaN(figure.Usd) ? (double?)null : figure.Usd)),
            new StringDataFrameColumn("qualifier", figures.Select(figure => figure.Qualifier)),
            new StringDataFrameColumn("kind", figures.Select(figure => figure.Kind)),
            new StringDataFrameColumn("investor", figures.Select(figure => figure.Investor)),
            new StringDataFrameColumn("recipient", figures.Select(figure => figure.Recipient)),
            new Int32DataFrameColumn("year", figures.Select(figure => figure.Year)),
            new BooleanDataFrameColumn("derived", figures.Select(figure => figure.Derived)),
            new StringDataFrameColumn("context", figures.Select(figure => figure.Context)),
            new DoubleDataFrameColumn("upper", figures.Select(figure => figure.Upper)),
            new BooleanDataFrameColumn("currency_inferred", figures.Select(figure => figure.CurrencyInferred)));
    }

    /// <summary>The comparison table of the figures of <paramref name="corpus"/> (see <see cref="Compare(IReadOnlyList{FundingFigure})"/>).</summary>
    public static DataFrame Compare(Corpus corpus) => Compare(Extract(corpus));

    /// <summary>
    /// Lays side by side the figures that describe the same fact: one row per figure that names a recipient, grouped
    /// by recipient and kind, sorted by recipient, kind, year, article and amount in US dollars. Columns:
    /// <c>recipient</c>, <c>kind</c>, <c>article</c>, <c>year</c>, <c>usd</c>, <c>text</c>, <c>sources</c> (how many
    /// articles report that recipient and kind), then <c>qualifier</c>, <c>derived</c>, <c>amount</c>, <c>currency</c>,
    /// <c>group_min_usd</c> and <c>group_max_usd</c> (the smallest and largest figure of the group, so disagreement shows).
    /// </summary>
    public static DataFrame Compare(IReadOnlyList<FundingFigure> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var rows = figures.Where(figure => figure.Recipient.Length > 0)
            .GroupBy(figure => (figure.Recipient, figure.Kind))
            .SelectMany(group =>
            {
                var sources = group.Select(item => item.Article).Distinct().Count();
                var known = group.Select(item => item.Usd).Where(double.IsFinite).ToList();
                var minimum = known.Count > 0 ? known.Min() : (double?)null;
                var maximum = known.Count > 0 ? known.Max() : (double?)null;
                return group.Select(figure => (Figure: figure, Sources: sources, Minimum: minimum, Maximum: maximum));
            })
            .OrderBy(row => row.Figure.Recipient, StringComparer.Ordinal)
            .ThenBy(row => FundingKind.All.ToList().IndexOf(row.Figure.Kind))
            .ThenBy(row => row.Figure.Year ?? 0)
            .ThenBy(row => row.Figure.Article, StringComparer.Ordinal)
            .ThenBy(row => row.Figure.Start)
            .ToList();
        return new DataFrame(
            new StringDataFrameColumn("recipient", rows.Select(row => row.Figure.Recipient)),
            new StringDataFrameColumn("kind", rows.Select(row => row.Figure.Kind)),
            new StringDataFrameColumn("article", rows.Select(row => row.Figure.Article)),
            new Int32DataFrameColumn("year", rows.Select(row => row.Figure.Year)),
            new DoubleDataFrameColumn("usd", rows.Select(row => double.IsNaN(row.Figure.Usd) ? (double?)null : row.Figure.Usd)),
            new StringDataFrameColumn("text", rows.Select(row => row.Figure.Text)),
            new Int32DataFrameColumn("sources", rows.Select(row => row.Sources)),
            new StringDataFrameColumn("qualifier", rows.Select(row => row.Figure.Qualifier)),
            new BooleanDataFrameColumn("derived", rows.Select(row => row.Figure.Derived)),
            new DoubleDataFrameColumn("amount", rows.Select(row => row.Figure.Amount)),
            new StringDataFrameColumn("currency", rows.Select(row => row.Figure.Currency)),
            new DoubleDataFrameColumn("group_min_usd", rows.Select(row => row.Minimum)),
            new DoubleDataFrameColumn("group_max_usd", rows.Select(row => row.Maximum)));
    }

    private static FundingFigure Figure(Article article, Sentence sentence, int start, int end, double amount, double? upper, string currency,
        string qualifier, string kind, int? year, bool derived) => new()
        {
            Article = article.Id,
            Sentence = sentence.Index,
            Text = sentence.Text[start..end],
            Start = sentence.Start + start,
            End = sentence.Start + end,
            Amount = amount,
            Upper = upper,
            Currency = currency,
            Usd = ExchangeRates.ToUsd(amount, currency, year),
            Qualifier = qualifier,
            Kind = kind,
            Year = year,
            Derived = derived,
            Context = sentence.Text,
        };

    // A year (1900-2099) written in the sentence outside the figure, the nearest to it.
    private static int? Year(List<MoneyToken> tokens, int first, int end)
    {
        int? best = null;
        var bestDistance = int.MaxValue;
        for (var index = 0; index < tokens.Count; index++)
        {
            if ((index >= first && index < end) || tokens[index].Type != MoneyTokenType.Number || tokens[index].Lower.Length != 4
                || !int.TryParse(tokens[index].Lower, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1900 || year > 2099)
            {
                continue;
            }
            var distance = index < first ? first - index : index - end;
            if (distance < bestDistance)
            {
                best = year;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static int? ArticleYear(string date) =>
        date.Length >= 4 && int.TryParse(date.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : null;
}
