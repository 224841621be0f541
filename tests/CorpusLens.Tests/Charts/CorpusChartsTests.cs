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

    [Theory]
    [InlineData("fr", "French")]
    [InlineData("de", "German")]
    [InlineData("xx", "xx")]
    public void Language_codes_read_as_names(string code, string name) => Assert.Equal(name, CorpusCharts.LanguageName(code));
}
