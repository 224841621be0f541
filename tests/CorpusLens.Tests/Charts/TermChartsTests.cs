using CorpusLens.Charts;
using Microsoft.Data.Analysis;

namespace CorpusLens.Tests.Charts;

public class TermChartsTests
{
    [Fact]
    public void Grouped_frequencies_draw_one_bar_trace_per_article_over_the_overall_top_terms()
    {
        var figure = Figure.Of(TermCharts.Frequencies(SampleFrames.TermFrequencies(), top: 2));
        Assert.Equal(["le-monde-2019", "spiegel-2024"], figure.TraceNames);
        var monde = figure.Trace("le-monde-2019");
        Assert.Equal("bar", monde.GetProperty("type").GetString());
        Assert.Equal(["openai", "microsoft"], Figure.Strings(monde, "x"));
        Assert.Equal([14.2, 10.65], Figure.Numbers(monde, "y"));
        Assert.Equal([18.75, 3.75], Figure.Numbers(figure.Trace("spiegel-2024"), "y"));
        Assert.Equal("group", figure.Layout.GetProperty("barmode").GetString());
        Assert.Equal("Most frequent terms, by article", figure.Title);
        Assert.Equal("Occurrences per 1,000 words", figure.AxisTitle("yaxis"));
        Assert.Contains("12 occurrences", Figure.Strings(monde, "hovertext")[0]);
    }

    [Fact]
    public void Raw_counts_replace_rates_when_asked()
    {
        var figure = Figure.Of(TermCharts.Frequencies(SampleFrames.TermFrequencies(), top: 2, perThousand: false));
        Assert.Equal([12, 9], Figure.Numbers(figure.Trace("le-monde-2019"), "y"));
        Assert.Equal("Occurrences", figure.AxisTitle("yaxis"));
    }

    [Fact]
    public void Faceted_frequencies_give_each_article_its_own_subplot_and_top_terms()
    {
        var figure = Figure.Of(TermCharts.Frequencies(SampleFrames.TermFrequencies(), top: 2, layout: TermLayout.Faceted));
        var spiegel = figure.Trace("spiegel-2024");
        Assert.Equal(["openai", "ki"], Figure.Strings(spiegel, "x"));
        Assert.Equal("x2", spiegel.GetProperty("xaxis").GetString());
        Assert.Equal("y2", spiegel.GetProperty("yaxis").GetString());
        Assert.Equal(2, figure.Layout.GetProperty("grid").GetProperty("rows").GetInt32());
        Assert.Equal("spiegel-2024", figure.AxisTitle("yaxis2"));
        Assert.Equal("le-monde-2019", figure.AxisTitle("yaxis"));
    }

    [Fact]
    public void Heatmap_has_terms_by_article_with_zero_where_an_article_lacks_a_term()
    {
        var figure = Figure.Of(TermCharts.FrequencyHeatmap(SampleFrames.TermFrequencies(), top: 3));
        var heatmap = Assert.Single(figure.Traces);
        Assert.Equal("heatmap", heatmap.GetProperty("type").GetString());
        Assert.Equal(["le-monde-2019", "spiegel-2024"], Figure.Strings(heatmap, "x"));
        Assert.Equal(["openai", "microsoft", "ki"], Figure.Strings(heatmap, "y"));
        var z = heatmap.GetProperty("z").EnumerateArray().Select(row => row.EnumerateArray().Select(cell => cell.GetDouble()).ToList()).ToList();
        Assert.Equal([14.2, 18.75], z[0]);
        Assert.Equal([0.0, 13.75], z[2]);
    }

    [Fact]
    public void Keyness_diverges_with_reference_terms_left_and_target_terms_right()
    {
        var figure = Figure.Of(TermCharts.Keyness(SampleFrames.Keyness(), top: 2, targetName: "the German article", referenceName: "the French articles"));
        var reference = figure.Trace("Over-used in the French articles");
        var target = figure.Trace("Over-used in the German article");
        Assert.Equal(["intelligence", "milliards"], Figure.Strings(reference, "y"));
        Assert.Equal([-14.5, -9.7], Figure.Numbers(reference, "x"));
        Assert.Equal(["künstliche", "ki"], Figure.Strings(target, "y"));
        Assert.Equal([12.1, 25.4], Figure.Numbers(target, "x"));
        Assert.Equal("h", target.GetProperty("orientation").GetString());
        Assert.Equal("relative", figure.Layout.GetProperty("barmode").GetString());
        Assert.Equal("Key terms: the German article compared with the French articles", figure.Title);
    }

    [Fact]
    public void Dispersion_puts_a_tick_per_occurrence_on_a_row_per_article_and_term()
    {
        var figure = Figure.Of(TermCharts.Dispersion(SampleFrames.Dispersion()));
        Assert.Equal(["openai", "risque"], figure.TraceNames);
        var openai = figure.Trace("openai");
        Assert.Equal([0.005, 0.72, 0.09], Figure.Numbers(openai, "x"));
        Assert.Equal(["le-monde-2019 · openai", "le-monde-2019 · openai", "spiegel-2024 · openai"], Figure.Strings(openai, "y"));
        Assert.Equal("markers", openai.GetProperty("mode").GetString());
        Assert.Equal("line-ns-open", openai.GetProperty("marker").GetProperty("symbol").GetString());
        Assert.Contains("token 410", Figure.Strings(openai, "hovertext")[1]);
    }

    [Fact]
    public void Corpus_text_in_labels_is_escaped_for_plotly()
    {
        var frame = new DataFrame(
            new StringDataFrameColumn("article", ["<script>alert(1)</script>"]),
            new StringDataFrameColumn("term", ["</script><b>x</b>"]),
            new Int32DataFrameColumn("count", [1]),
            new DoubleDataFrameColumn("per_thousand", [1.0]),
            new Int32DataFrameColumn("document_frequency", [1]));
        var figure = Figure.Of(TermCharts.Frequencies(frame));
        var trace = Assert.Single(figure.Traces);
        Assert.Equal("&lt;script&gt;alert(1)&lt;/script&gt;", trace.GetProperty("name").GetString());
        Assert.Equal(["&lt;/script&gt;&lt;b&gt;x&lt;/b&gt;"], Figure.Strings(trace, "x"));
        Assert.DoesNotContain("<script>", figure.Json);
    }

    [Theory]
    [InlineData("term")]
    [InlineData("count")]
    [InlineData("per_thousand")]
    public void A_missing_contract_column_is_named_in_the_error(string dropped)
    {
        var frame = SampleFrames.TermFrequencies();
        frame.Columns.Remove(dropped);
        var error = Assert.Throws<ArgumentException>(() => TermCharts.Frequencies(frame));
        Assert.Contains($"'{dropped}'", error.Message);
    }

    [Fact]
    public void Grouping_by_language_uses_the_first_column_name()
    {
        var figure = Figure.Of(TermCharts.Frequencies(SampleFrames.TermFrequencies("language"), top: 1));
        Assert.Equal("Most frequent terms, by language", figure.Title);
    }
}
