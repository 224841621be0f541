using CorpusLens.Charts;

namespace CorpusLens.Tests.Charts;

public class StanceChartsTests
{
    [Fact]
    public void Stance_by_article_diverges_doomer_left_boomer_right_with_the_net_score()
    {
        var figure = Figure.Of(StanceCharts.ByArticle(SampleFrames.StanceArticles()));
        Assert.Equal(["Doomer cues", "Boomer cues", "Net score"], figure.TraceNames);
        var doomer = figure.Trace("Doomer cues");
        Assert.Equal(["les-echos-2023", "spiegel-2024", "le-monde-2019"], Figure.Strings(doomer, "y"));
        Assert.Equal([-0.5, -0.3, -0.75], Figure.Numbers(doomer, "x"));
        Assert.Equal([0.5, 0.7, 0.25], Figure.Numbers(figure.Trace("Boomer cues"), "x"));
        Assert.Equal([0.0, 0.25, -0.4], Figure.Numbers(figure.Trace("Net score"), "x"));
        Assert.Equal(ChartColors.Doomer, doomer.GetProperty("marker").GetProperty("color").GetString());
        Assert.Equal(ChartColors.Boomer, figure.Trace("Boomer cues").GetProperty("marker").GetProperty("color").GetString());
        Assert.Equal("relative", figure.Layout.GetProperty("barmode").GetString());
        Assert.Contains("risque(doomer,1.0)", Figure.Strings(doomer, "hovertext")[2]);
        Assert.Equal("Doomer or boomer? The stance of each article", figure.Title);
    }

    [Fact]
    public void Trajectory_draws_one_line_per_article_with_points_coloured_by_label()
    {
        var figure = Figure.Of(StanceCharts.Trajectory(SampleFrames.StanceSentences()));
        Assert.Equal(["le-monde-2019", "spiegel-2024"], figure.TraceNames);
        var monde = figure.Trace("le-monde-2019");
        Assert.Equal("lines+markers", monde.GetProperty("mode").GetString());
        Assert.Equal([0, 1, 2], Figure.Numbers(monde, "x"));
        Assert.Equal([0.0, -1.0, -1.0], Figure.Numbers(monde, "y"));
        Assert.Equal([ChartColors.Neutral, ChartColors.Doomer, ChartColors.Doomer], Figure.Strings(monde.GetProperty("marker"), "color"));
        Assert.Equal([ChartColors.Neutral, ChartColors.Boomer], Figure.Strings(figure.Trace("spiegel-2024").GetProperty("marker"), "color"));
        Assert.Contains("risque pour", Figure.Strings(monde, "hovertext")[1]);
        Assert.Equal("Stance score (−1 doomer, +1 boomer)", figure.AxisTitle("yaxis"));
        Assert.Equal(1, figure.Layout.GetProperty("xaxis").GetProperty("dtick").GetDouble());
    }

    [Fact]
    public void Sentiment_stacks_sentence_counts_per_label_and_article()
    {
        var figure = Figure.Of(StanceCharts.Sentiment(SampleFrames.Sentiment()));
        Assert.Equal(["Negative", "Neutral", "Positive"], figure.TraceNames);
        Assert.Equal(["le-monde-2019", "spiegel-2024"], Figure.Strings(figure.Trace("Positive"), "x"));
        Assert.Equal([1, 1], Figure.Numbers(figure.Trace("Positive"), "y"));
        Assert.Equal([1, 0], Figure.Numbers(figure.Trace("Negative"), "y"));
        Assert.Equal("stack", figure.Layout.GetProperty("barmode").GetString());
        Assert.Equal(ChartColors.Positive, figure.Trace("Positive").GetProperty("marker").GetProperty("color").GetString());
    }

    [Theory]
    [InlineData("doomer", ChartColors.Doomer)]
    [InlineData("boomer", ChartColors.Boomer)]
    [InlineData("neutral", ChartColors.Neutral)]
    [InlineData("positive", ChartColors.Positive)]
    [InlineData("negative", ChartColors.Negative)]
    [InlineData("anything else", ChartColors.Neutral)]
    public void Labels_have_one_colour_everywhere(string label, string colour) => Assert.Equal(colour, ChartColors.ForLabel(label));
}
