using Microsoft.Data.Analysis;
using Plotly.NET;

namespace CorpusLens.Charts;

/// <summary>
/// Charts of the stance and sentiment analyses (frames of <c>CorpusLens.Stance</c>; columns as in CONTRACTS.md).
/// Doomer is always <see cref="ChartColors.Doomer"/> and on the left or below zero; boomer always
/// <see cref="ChartColors.Boomer"/> and on the right or above zero.
/// </summary>
public static class StanceCharts
{
    /// <summary>
    /// Diverging bars per article: the doomer share of its stance cues to the left, the boomer share to the right,
    /// and a diamond at its net score. Columns: <c>article</c>, <c>score</c>, <c>label</c>, <c>doomer_share</c>,
    /// <c>boomer_share</c>, <c>sentences</c>, <c>evidence</c>.
    /// </summary>
    public static GenericChart ByArticle(DataFrame stanceArticles) => PlotlyNetRenderer.Render(ByArticleSpec(stanceArticles));

    /// <summary>
    /// The stance score of each sentence through each article (one line per article, points coloured by label).
    /// Columns: <c>article</c>, <c>sentence</c>, <c>text</c>, <c>score</c>, <c>label</c>, <c>evidence</c>.
    /// </summary>
    public static GenericChart Trajectory(DataFrame stanceSentences) => PlotlyNetRenderer.Render(TrajectorySpec(stanceSentences));

    /// <summary>
    /// Sentences by sentiment label per article (stacked bars). Columns: <c>article</c>, <c>score</c>, <c>label</c>.
    /// </summary>
    public static GenericChart Sentiment(DataFrame sentiment) => PlotlyNetRenderer.Render(SentimentSpec(sentiment));

    internal static ChartSpec ByArticleSpec(DataFrame frame)
    {
        const string chart = "stance by article";
        var articles = FrameReader.Strings(frame, "article", chart);
        var scores = FrameReader.Doubles(frame, "score", chart);
        var labels = FrameReader.Strings(frame, "label", chart);
        var doomerShares = FrameReader.Doubles(frame, "doomer_share", chart);
        var boomerShares = FrameReader.Doubles(frame, "boomer_share", chart);
        var sentences = FrameReader.Has(frame, "sentences") ? FrameReader.Integers(frame, "sentences", chart) : new int?[articles.Length];
        var evidence = FrameReader.Has(frame, "evidence") ? FrameReader.Strings(frame, "evidence", chart) : new string[articles.Length];
        var rows = Enumerable.Range(0, articles.Length).Reverse().ToList();
        var names = rows.Select(row => (IConvertible)PlotText.Escape(articles[row])).ToList();
        var hover = rows.Select(row =>
            $"<b>{PlotText.Escape(articles[row])}</b>: {PlotText.Escape(labels[row])} (net score {PlotText.Number(scores[row])})<br>" +
            $"doomer {PlotText.Number(doomerShares[row] * 100, 0)}% · boomer {PlotText.Number(boomerShares[row] * 100, 0)}% of stance cues" +
            (sentences[row] is int count ? $", {count} sentences" : string.Empty) +
            (string.IsNullOrWhiteSpace(evidence[row]) ? string.Empty : "<br>cues: " + PlotText.Wrapped(evidence[row]))).ToList();
        var spec = new ChartSpec
        {
            Title = "Doomer or boomer? The stance of each article",
            XTitle = "← doomer · share of stance cues · boomer →",
            YTitle = "Article",
            BarMode = "relative",
            XRange = (-1.05, 1.05),
            Height = Math.Max(350, 140 + 40 * articles.Length),
        };
        spec.Traces.Add(new TraceSpec
        {
            Name = "Doomer cues",
            Kind = TraceKind.Bar,
            X = rows.Select(row => (IConvertible)(-Finite(doomerShares[row]))).ToList(),
            Y = names,
            Hover = hover,
            Color = ChartColors.Doomer,
        });
        spec.Traces.Add(new TraceSpec
        {
            Name = "Boomer cues",
            Kind = TraceKind.Bar,
            X = rows.Select(row => (IConvertible)Finite(boomerShares[row])).ToList(),
            Y = names,
            Hover = hover,
            Color = ChartColors.Boomer,
        });
        spec.Traces.Add(new TraceSpec
        {
            Name = "Net score",
            Kind = TraceKind.Markers,
            X = rows.Select(row => (IConvertible)Finite(scores[row])).ToList(),
            Y = names,
            Hover = hover,
            Color = "#222222",
            Symbol = "diamond",
            Size = 12,
        });
        return spec;
    }

    internal static ChartSpec TrajectorySpec(DataFrame frame)
    {
        const string chart = "stance trajectory";
        var articles = FrameReader.Strings(frame, "article", chart);
        var indexes = FrameReader.Integers(frame, "sentence", chart);
        var texts = FrameReader.Strings(frame, "text", chart);
        var scores = FrameReader.Doubles(frame, "score", chart);
        var labels = FrameReader.Strings(frame, "label", chart);
        var evidence = FrameReader.Has(frame, "evidence") ? FrameReader.Strings(frame, "evidence", chart) : new string[articles.Length];
        var spec = new ChartSpec
        {
            Title = "Stance sentence by sentence through each article",
            XTitle = "Sentence in the article",
            YTitle = "Stance score (−1 doomer, +1 boomer)",
            YRange = (-1.1, 1.1),
            XTickStep = indexes.Where(index => index is not null).Select(index => index!.Value).DefaultIfEmpty(0).Max() <= 20 ? 1 : null,
        };
        var distinct = articles.Distinct(StringComparer.Ordinal).ToList();
        for (int index = 0; index < distinct.Count; index++)
        {
            var rows = Enumerable.Range(0, articles.Length).Where(row => articles[row] == distinct[index])
                .OrderBy(row => indexes[row] ?? int.MaxValue).ToList();
            spec.Traces.Add(new TraceSpec
            {
                Name = PlotText.Escape(distinct[index]),
                Kind = TraceKind.LinesMarkers,
                X = rows.Select(row => (IConvertible)(indexes[row] ?? row)).ToList(),
                Y = rows.Select(row => (IConvertible)Finite(scores[row])).ToList(),
                Hover = rows.Select(row =>
                    $"<b>{PlotText.Escape(articles[row])}</b>, sentence {indexes[row]}: {PlotText.Escape(labels[row])} ({PlotText.Number(scores[row])})<br>" +
                    PlotText.Wrapped(texts[row]) +
                    (string.IsNullOrWhiteSpace(evidence[row]) ? string.Empty : "<br>cues: " + PlotText.Wrapped(evidence[row]))).ToList(),
                Color = ChartColors.ForIndex(index),
                Colors = rows.Select(row => ChartColors.ForLabel(labels[row])).ToList(),
                Size = 8,
            });
        }
        return spec;
    }

    internal static ChartSpec SentimentSpec(DataFrame frame)
    {
        const string chart = "sentiment";
        var articles = FrameReader.Strings(frame, "article", chart);
        var scores = FrameReader.Doubles(frame, "score", chart);
        var labels = FrameReader.Strings(frame, "label", chart);
        var distinct = articles.Distinct(StringComparer.Ordinal).ToList();
        var spec = new ChartSpec
        {
            Title = "Sentence sentiment in each article",
            XTitle = "Article",
            YTitle = "Sentences",
            BarMode = "stack",
            XCategories = true,
            XCategoryOrder = distinct.Select(PlotText.Escape).ToList(),
            YTickStep = CorpusCharts.SmallCountStep(distinct.Select(article => articles.Count(value => value == article)).DefaultIfEmpty(0).Max()),
        };
        foreach (var label in new[] { "negative", "neutral", "positive" })
        {
            var counts = distinct.Select(article => Enumerable.Range(0, articles.Length)
                .Count(row => articles[row] == article && labels[row] == label)).ToList();
            var means = distinct.Select(article =>
            {
                var values = Enumerable.Range(0, articles.Length).Where(row => articles[row] == article && double.IsFinite(scores[row])).Select(row => scores[row]).ToList();
                return values.Count == 0 ? double.NaN : values.Average();
            }).ToList();
            spec.Traces.Add(new TraceSpec
            {
                Name = char.ToUpperInvariant(label[0]) + label[1..],
                Kind = TraceKind.Column,
                X = distinct.Select(article => (IConvertible)PlotText.Escape(article)).ToList(),
                Y = counts.Select(count => (IConvertible)count).ToList(),
                Hover = distinct.Select((article, index) =>
                    $"<b>{PlotText.Escape(article)}</b>: {counts[index]} {label} sentence(s)<br>mean sentiment score {PlotText.Number(means[index])}").ToList(),
                Color = ChartColors.ForLabel(label),
            });
        }
        return spec;
    }

    private static double Finite(double value) => double.IsFinite(value) ? value : 0;
}
