using CorpusLens.Charts;

namespace CorpusLens.Tests.Charts;

public class FundingChartsTests
{
    [Fact]
    public void Figures_by_article_are_points_in_dollars_by_kind_and_the_undrawable_ones_are_counted()
    {
        var figure = Figure.Of(FundingCharts.ByArticle(SampleFrames.FundingFigures()));
        Assert.Equal(["investment", "valuation"], figure.TraceNames);
        var investment = figure.Trace("investment");
        Assert.Equal(["le-monde-2019", "les-echos-2023"], Figure.Strings(investment, "x"));
        Assert.Equal([1e9, 1e10], Figure.Numbers(investment, "y"));
        Assert.Equal(["circle", "circle"], Figure.Strings(investment.GetProperty("marker"), "symbol"));
        Assert.Equal("log", figure.Layout.GetProperty("yaxis").GetProperty("type").GetString());
        Assert.Contains("1 figure(s) without a US-dollar value", figure.Title);
        Assert.Contains("$10 billion", Figure.Strings(investment, "hovertext")[1]);
    }

    [Fact]
    public void Timeline_places_figures_by_year_and_counts_those_without_year_or_dollars()
    {
        var figure = Figure.Of(FundingCharts.Timeline(SampleFrames.FundingFigures()));
        var investment = Assert.Single(figure.Traces);
        Assert.Equal([2019, 2023], Figure.Numbers(investment, "x"));
        Assert.Equal([1e9, 1e10], Figure.Numbers(investment, "y"));
        Assert.Contains("2 figure(s) without a year or a US-dollar value", figure.Title);
        Assert.Equal("Year", figure.AxisTitle("xaxis"));
        Assert.Equal(1, figure.Layout.GetProperty("xaxis").GetProperty("dtick").GetDouble());
    }

    [Fact]
    public void Comparison_shows_each_source_figure_for_the_same_deal()
    {
        var figure = Figure.Of(FundingCharts.Comparison(SampleFrames.FundingComparison()));
        Assert.Equal(["les-echos-2023", "spiegel-2024", "le-monde-2019"], figure.TraceNames);
        var spiegel = figure.Trace("spiegel-2024");
        Assert.Equal(["OpenAI · investment"], Figure.Strings(spiegel, "x"));
        Assert.Equal([1.4e10], Figure.Numbers(spiegel, "y"));
        Assert.Contains("reported by 3 article(s)", Figure.Strings(spiegel, "hovertext")[0]);
    }

    [Theory]
    [InlineData("USD", "circle")]
    [InlineData("EUR", "square")]
    [InlineData("GBP", "diamond")]
    public void Currency_sets_the_marker_shape(string currency, string symbol) => Assert.Equal(symbol, FundingCharts.SymbolForCurrency(currency));
}
