using Microsoft.Data.Analysis;
using Plotly.NET;

namespace CorpusLens.Charts;

/// <summary>
/// Charts of the funding figures (frames of <c>CorpusLens.Funding</c>; columns as in CONTRACTS.md). Amounts are
/// drawn in US dollars on a logarithmic axis (figures run from millions to trillions); the marker shape tells the
/// currency the article used. Figures without a dollar value (or a year, for the timeline) cannot be placed and are
/// counted in a note under the title, never dropped silently.
/// </summary>
public static class FundingCharts
{
    /// <summary>
    /// Every figure each article reports: one point per figure, by article, coloured by kind, shaped by currency.
    /// Columns: <c>article</c>, <c>text</c>, <c>amount</c>, <c>currency</c>, <c>usd</c>, <c>kind</c>, and optionally
    /// <c>investor</c>, <c>recipient</c>, <c>year</c>.
    /// </summary>
    public static GenericChart ByArticle(DataFrame figures) => PlotlyNetRenderer.Render(ByArticleSpec(figures));

    /// <summary>
    /// The cross-source comparison: for each recipient and kind of deal, the dollar figure each article gives.
    /// Columns: <c>recipient</c>, <c>kind</c>, <c>article</c>, <c>year</c>, <c>usd</c>, <c>text</c>, <c>sources</c>.
    /// </summary>
    public static GenericChart Comparison(DataFrame comparison) => PlotlyNetRenderer.Render(ComparisonSpec(comparison));

    /// <summary>The figures by the year they refer to, coloured by kind. Columns as for <see cref="ByArticle"/> plus <c>year</c>.</summary>
    public static GenericChart Timeline(DataFrame figures) => PlotlyNetRenderer.Render(TimelineSpec(figures));

    /// <summary>The plotly.js marker symbol for a currency: circle for USD, square for EUR, diamond for any other.</summary>
    public static string SymbolForCurrency(string currency) => currency switch
    {
        "USD" => "circle",
        "EUR" => "square",
        _ => "diamond",
    };

    /// <summary>The kinds of figure in the order the charts show them (CONTRACTS.md).</summary>
    public static IReadOnlyList<string> Kinds { get; } = ["investment", "funding round", "valuation", "market value", "revenue", "cost", "other"];

    private const string UsdAxisTitle = "Amount in US dollars (log scale)";

    /// <summary>A figure can stand on the log-scale dollar axis: a known, positive US-dollar value.</summary>
    private static bool IsDrawable(double usd) => double.IsFinite(usd) && usd > 0;

    internal static ChartSpec ByArticleSpec(DataFrame frame)
    {
        var figures = Figures.Read(frame, "funding by article");
        var drawable = figures.Where(figure => IsDrawable(figure.Usd)).ToList();
        var spec = new ChartSpec
        {
            Title = "Funding figures reported by each article",
            XTitle = "Article",
            YTitle = UsdAxisTitle,
            YLog = true,
            XCategories = true,
            Note = Skipped(figures.Count - drawable.Count, "without a US-dollar value") + "● USD  ■ EUR  ◆ other currency",
        };
        AddByKind(spec, drawable, figure => figure.Article);
        return spec;
    }

    internal static ChartSpec TimelineSpec(DataFrame frame)
    {
        var figures = Figures.Read(frame, "funding timeline");
        var drawable = figures.Where(figure => IsDrawable(figure.Usd) && figure.Year is not null).ToList();
        var spec = new ChartSpec
        {
            Title = "Funding figures by year",
            XTitle = "Year",
            XTickStep = drawable.Count > 0 && drawable.Max(figure => figure.Year!.Value) - drawable.Min(figure => figure.Year!.Value) <= 15 ? 1 : null,
            YTitle = UsdAxisTitle,
            YLog = true,
            Note = Skipped(figures.Count - drawable.Count, "without a year or a US-dollar value") + "● USD  ■ EUR  ◆ other currency",
        };
        AddByKind(spec, drawable, figure => figure.Year!.Value);
        return spec;
    }

    internal static ChartSpec ComparisonSpec(DataFrame frame)
    {
        const string chart = "funding comparison";
        var recipients = FrameReader.Strings(frame, "recipient", chart);
        var kinds = FrameReader.Strings(frame, "kind", chart);
        var articles = FrameReader.Strings(frame, "article", chart);
        var years = FrameReader.Integers(frame, "year", chart);
        var usd = FrameReader.Doubles(frame, "usd", chart);
        var texts = FrameReader.Strings(frame, "text", chart);
        var sources = FrameReader.Integers(frame, "sources", chart);
        var rows = Enumerable.Range(0, articles.Length).ToList();
        var drawable = rows.Where(row => IsDrawable(usd[row])).ToList();
        var spec = new ChartSpec
        {
            Title = "The same deals as different articles report them",
            XTitle = "Recipient · kind of figure",
            YTitle = UsdAxisTitle,
            YLog = true,
            XCategories = true,
            Note = Skipped(rows.Count - drawable.Count, "without a US-dollar value").TrimEnd(' ', '·'),
        };
        var distinct = drawable.Select(row => articles[row]).Distinct(StringComparer.Ordinal).ToList();
        for (int index = 0; index < distinct.Count; index++)
        {
            var mine = drawable.Where(row => articles[row] == distinct[index]).ToList();
            spec.Traces.Add(new TraceSpec
            {
                Name = PlotText.Escape(distinct[index]),
                Kind = TraceKind.Markers,
                X = mine.Select(row => (IConvertible)PlotText.Escape(recipients[row] + " · " + kinds[row])).ToList(),
                Y = mine.Select(row => (IConvertible)usd[row]).ToList(),
                Hover = mine.Select(row =>
                    $"<b>{PlotText.Escape(articles[row])}</b>: {PlotText.Escape(recipients[row])}, {PlotText.Escape(kinds[row])}<br>" +
                    $"{PlotText.Dollars(usd[row])}" + (years[row] is int year ? $" ({year})" : string.Empty) +
                    $"<br>“{PlotText.Wrapped(texts[row])}”<br>reported by {sources[row]} article(s)").ToList(),
                Color = ChartColors.ForIndex(index),
                Size = 12,
            });
        }
        return spec;
    }

    private static void AddByKind(ChartSpec spec, List<Figure> figures, Func<Figure, IConvertible> x)
    {
        var kinds = Kinds.Where(kind => figures.Any(figure => figure.Kind == kind))
            .Concat(figures.Select(figure => figure.Kind).Where(kind => !Kinds.Contains(kind)).Distinct(StringComparer.Ordinal))
            .ToList();
        for (int index = 0; index < kinds.Count; index++)
        {
            var mine = figures.Where(figure => figure.Kind == kinds[index]).ToList();
            spec.Traces.Add(new TraceSpec
            {
                Name = PlotText.Escape(kinds[index]),
                Kind = TraceKind.Markers,
                X = mine.Select(figure => x(figure) is string text ? PlotText.Escape(text) : x(figure)).ToList(),
                Y = mine.Select(figure => (IConvertible)figure.Usd).ToList(),
                Hover = mine.Select(figure => figure.Hover()).ToList(),
                Color = ChartColors.ForIndex(index),
                Symbols = mine.Select(figure => SymbolForCurrency(figure.Currency)).ToList(),
                Size = 12,
            });
        }
    }

    private static string Skipped(int count, string reason) =>
        count == 0 ? string.Empty : $"{count} figure(s) {reason} are listed in the funding table only · ";

    private sealed record Figure(string Article, string Text, double Amount, string Currency, double Usd, string Kind, string Investor, string Recipient, int? Year)
    {
        public string Hover() =>
            $"<b>{PlotText.Escape(Article)}</b>: {PlotText.Escape(Kind)}" +
            (Year is int year ? $" ({year})" : string.Empty) + "<br>" +
            $"{PlotText.Number(Amount)} {PlotText.Escape(Currency)} ≈ {PlotText.Dollars(Usd)}" +
            (Investor.Length + Recipient.Length > 0 ? $"<br>{PlotText.Escape(Investor)} → {PlotText.Escape(Recipient)}" : string.Empty) +
            $"<br>“{PlotText.Wrapped(Text)}”";
    }

    private static class Figures
    {
        public static List<Figure> Read(DataFrame frame, string chart)
        {
            var articles = FrameReader.Strings(frame, "article", chart);
            var texts = FrameReader.Strings(frame, "text", chart);
            var amounts = FrameReader.Doubles(frame, "amount", chart);
            var currencies = FrameReader.Strings(frame, "currency", chart);
            var usd = FrameReader.Doubles(frame, "usd", chart);
            var kinds = FrameReader.Strings(frame, "kind", chart);
            var investors = FrameReader.Has(frame, "investor") ? FrameReader.Strings(frame, "investor", chart) : Enumerable.Repeat(string.Empty, articles.Length).ToArray();
            var recipients = FrameReader.Has(frame, "recipient") ? FrameReader.Strings(frame, "recipient", chart) : Enumerable.Repeat(string.Empty, articles.Length).ToArray();
            var years = FrameReader.Has(frame, "year") ? FrameReader.Integers(frame, "year", chart) : new int?[articles.Length];
            return Enumerable.Range(0, articles.Length)
                .Select(row => new Figure(articles[row], texts[row], amounts[row], currencies[row], usd[row], kinds[row], investors[row], recipients[row], years[row]))
                .ToList();
        }
    }
}
