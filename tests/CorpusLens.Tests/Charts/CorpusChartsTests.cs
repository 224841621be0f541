using CorpusLens.Charts;

namespace CorpusLens.Tests.Charts;

public class CorpusChartsTests
{
    [Fact]
    public void Overview_stacks_articles_by_date_with_one_trace_per_language_and_dates_in_order()
    {
        var figure = Figure.Of(CorpusCharts.Overview(SampleFrames.Articles()));
        Assert.Equal(["German", "French"], figure.TraceNames);
        Assert.Equal(["2019-07", "undated"], Figure.Strings(figure.Trace("French"), "x"));
        Assert.Equal([1, 1], Figure.Numbers(figure.Trace("French"), "y"));
        Assert.Equal(["2024-05"], Figure.Strings(figure.Trace("German"), "x"));
        var axis = figure.Layout.GetProperty("xaxis");
        Assert.Equal(["2019-07", "2024-05", "undated"], Figure.Strings(axis, "categoryarray"));
        Assert.Equal(1, figure.Layout.GetProperty("yaxis").GetProperty("dtick").GetDouble());
        Assert.Equal("The corpus: 3 article(s) by language and date", figure.Title);
        Assert.Contains("OpenAI et Microsoft", Figure.Strings(figure.Trace("French"), "hovertext")[0]);
    }

    [Fact]
    public void Overview_of_the_bundled_corpus_counts_five_articles()
    {
        var corpus = CorpusLens.Corpus.Load(CorpusLens.Corpus.FindBundledData());
        var figure = Figure.Of(CorpusCharts.Overview(corpus.Articles));
        var total = figure.Traces.Sum(trace => Figure.Numbers(trace, "y").Sum());
        Assert.Equal(5, total);
        Assert.Contains("French", figure.TraceNames);
        Assert.Contains("German", figure.TraceNames);
    }

    [Fact]
    public void Category_colours_never_look_like_doomer_red_or_boomer_blue()
    {
        foreach (var colour in ChartColors.Categorical)
        {
            var (red, green, blue) = (Convert.ToInt32(colour[1..3], 16), Convert.ToInt32(colour[3..5], 16), Convert.ToInt32(colour[5..7], 16));
            Assert.False(red > 150 && green < 80 && blue < 80, $"{colour} reads as doomer red");
            Assert.False(blue > 150 && red < 80 && green < 130, $"{colour} reads as boomer blue");
        }
        Assert.Equal(ChartColors.Categorical[1], ChartColors.ForIndex(ChartColors.Categorical.Count + 1));
    }

    [Theory]
    [InlineData("fr", "French")]
    [InlineData("de", "German")]
    [InlineData("xx", "xx")]
    public void Language_codes_read_as_names(string code, string name) => Assert.Equal(name, CorpusCharts.LanguageName(code));
}
