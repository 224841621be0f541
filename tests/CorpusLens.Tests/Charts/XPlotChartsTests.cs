using CorpusLens.Charts;

namespace CorpusLens.Tests.Charts;

public class XPlotChartsTests
{
    [Fact]
    public void XPlot_term_frequencies_carry_the_same_traces_and_values()
    {
        var figure = Figure.Of(XPlotCharts.TermFrequencies(SampleFrames.TermFrequencies(), top: 2));
        Assert.Equal(["le-monde-2019", "spiegel-2024"], figure.TraceNames);
        Assert.Equal(["openai", "microsoft"], Figure.Strings(figure.Trace("le-monde-2019"), "x"));
        Assert.Equal([18.75, 3.75], Figure.Numbers(figure.Trace("spiegel-2024"), "y"));
        Assert.Equal("Most frequent terms, by article", figure.Title);
        Assert.Equal("group", figure.Layout.GetProperty("barmode").GetString());
    }

    [Fact]
    public void XPlot_stance_uses_the_shared_doomer_and_boomer_colours()
    {
        var figure = Figure.Of(XPlotCharts.StanceByArticle(SampleFrames.StanceArticles()));
        Assert.Equal([-0.5, -0.3, -0.75], Figure.Numbers(figure.Trace("Doomer cues"), "x"));
        Assert.Equal(ChartColors.Doomer, figure.Trace("Doomer cues").GetProperty("marker").GetProperty("color").GetString());
        Assert.Equal(ChartColors.Boomer, figure.Trace("Boomer cues").GetProperty("marker").GetProperty("color").GetString());
        Assert.Equal("h", figure.Trace("Boomer cues").GetProperty("orientation").GetString());
    }

    public static TheoryData<string, Func<XPlot.Plotly.PlotlyChart>, string> Views => new()
    {
        { "heatmap", () => XPlotCharts.TermHeatmap(SampleFrames.TermFrequencies()), "heatmap" },
        { "keyness", () => XPlotCharts.Keyness(SampleFrames.Keyness()), "bar" },
        { "dispersion", () => XPlotCharts.Dispersion(SampleFrames.Dispersion()), "scatter" },
        { "trajectory", () => XPlotCharts.StanceTrajectory(SampleFrames.StanceSentences()), "scatter" },
        { "sentiment", () => XPlotCharts.Sentiment(SampleFrames.Sentiment()), "bar" },
        { "funding", () => XPlotCharts.FundingByArticle(SampleFrames.FundingFigures()), "scatter" },
        { "comparison", () => XPlotCharts.FundingComparison(SampleFrames.FundingComparison()), "scatter" },
        { "timeline", () => XPlotCharts.FundingTimeline(SampleFrames.FundingFigures()), "scatter" },
        { "overview", () => XPlotCharts.CorpusOverview(SampleFrames.Articles()), "bar" },
    };

    [Theory]
    [MemberData(nameof(Views))]
    public void Every_XPlot_view_draws_its_trace_type_with_a_title(string view, Func<XPlot.Plotly.PlotlyChart> build, string traceType)
    {
        var figure = Figure.Of(build());
        Assert.NotEmpty(figure.Traces);
        Assert.All(figure.Traces, trace => Assert.Equal(traceType, trace.GetProperty("type").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(figure.Title), view);
    }
}
