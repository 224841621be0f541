using Microsoft.Data.Analysis;
using XPlot.Plotly;

namespace CorpusLens.Charts;

/// <summary>
/// The same views as <see cref="TermCharts"/>, <see cref="StanceCharts"/>, <see cref="FundingCharts"/> and
/// <see cref="CorpusCharts"/>, drawn with XPlot.Plotly for the tutorials that still use it. Export with
/// <c>ChartExport.ToHtml</c>: XPlot's own <c>GetHtml()</c> loads plotly.js from a CDN and is blank offline.
/// Differences: bar hovers show values only (XPlot bars have no hover-text field) and faceted term bars are drawn in
/// one plot.
/// </summary>
public static class XPlotCharts
{
    /// <summary>See <see cref="TermCharts.Frequencies"/>.</summary>
    public static PlotlyChart TermFrequencies(DataFrame frequencies, int top = 10, TermLayout layout = TermLayout.Grouped, bool perThousand = true) =>
        XPlotRenderer.Render(TermCharts.FrequenciesSpec(frequencies, top, layout, perThousand));

    /// <summary>See <see cref="TermCharts.FrequencyHeatmap"/>.</summary>
    public static PlotlyChart TermHeatmap(DataFrame frequencies, int top = 20) => XPlotRenderer.Render(TermCharts.HeatmapSpec(frequencies, top));

    /// <summary>See <see cref="TermCharts.Keyness"/>.</summary>
    public static PlotlyChart Keyness(DataFrame keyness, int top = 15, string targetName = "target", string referenceName = "reference") =>
        XPlotRenderer.Render(TermCharts.KeynessSpec(keyness, top, targetName, referenceName));

    /// <summary>See <see cref="TermCharts.Dispersion"/>.</summary>
    public static PlotlyChart Dispersion(DataFrame dispersion) => XPlotRenderer.Render(TermCharts.DispersionSpec(dispersion));

    /// <summary>See <see cref="StanceCharts.ByArticle"/>.</summary>
    public static PlotlyChart StanceByArticle(DataFrame stanceArticles) => XPlotRenderer.Render(StanceCharts.ByArticleSpec(stanceArticles));

    /// <summary>See <see cref="StanceCharts.Trajectory"/>.</summary>
    public static PlotlyChart StanceTrajectory(DataFrame stanceSentences) => XPlotRenderer.Render(StanceCharts.TrajectorySpec(stanceSentences));

    /// <summary>See <see cref="StanceCharts.Sentiment"/>.</summary>
    public static PlotlyChart Sentiment(DataFrame sentiment) => XPlotRenderer.Render(StanceCharts.SentimentSpec(sentiment));

    /// <summary>See <see cref="FundingCharts.ByArticle"/>.</summary>
    public static PlotlyChart FundingByArticle(DataFrame figures) => XPlotRenderer.Render(FundingCharts.ByArticleSpec(figures));

    /// <summary>See <see cref="FundingCharts.Comparison"/>.</summary>
    public static PlotlyChart FundingComparison(DataFrame comparison) => XPlotRenderer.Render(FundingCharts.ComparisonSpec(comparison));

    /// <summary>See <see cref="FundingCharts.Timeline"/>.</summary>
    public static PlotlyChart FundingTimeline(DataFrame figures) => XPlotRenderer.Render(FundingCharts.TimelineSpec(figures));

    /// <summary>See <see cref="CorpusCharts.Overview"/>.</summary>
    public static PlotlyChart CorpusOverview(DataFrame articles) => XPlotRenderer.Render(CorpusCharts.OverviewSpec(articles));
}
