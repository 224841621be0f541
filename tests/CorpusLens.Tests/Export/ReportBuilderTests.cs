using CorpusLens.Report;
using CorpusLens.Tests.Charts;

namespace CorpusLens.Tests.Export;

public sealed class ReportBuilderTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("corpuslens-builder-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void With_every_input_the_report_has_every_chart_in_section_order()
    {
        var content = ReportBuilder.Build(HostileFrames.AllSections());
        Assert.Equal(
            ["corpus_overview", "term_frequencies", "term_frequencies_faceted", "term_heatmap", "keyness", "dispersion",
             "stance_articles", "stance_trajectory", "sentiment", "funding_by_article", "funding_timeline", "funding_comparison"],
            content.Charts.Select(chart => chart.Name));
        Assert.Empty(content.Missing);
        Assert.Contains(content.Tables, table => table.Name == "top_terms" && table.ShowInPage);
    }

    [Fact]
    public void From_the_bundled_corpus_the_report_has_every_analysis()
    {
        var corpus = CorpusLens.Corpus.Load(CorpusLens.Corpus.FindBundledData());
        var inputs = ReportInputs.FromCorpus(corpus);
        var content = ReportBuilder.Build(inputs);
        Assert.Empty(content.Missing);
        Assert.Equal(12, content.Charts.Count);
        Assert.Equal("articles of 2024", inputs.KeynessTarget);
        Assert.Equal("OpenAI", inputs.Dispersion!["term"][0]);
        Assert.Equal(5L, inputs.StanceArticles!.Rows.Count);
        Assert.True(inputs.FundingFigures!.Rows.Count > 10);
    }

    [Fact]
    public void With_only_the_articles_the_report_has_the_overview_and_names_what_is_missing()
    {
        var corpus = CorpusLens.Corpus.Load(CorpusLens.Corpus.FindBundledData());
        var content = ReportBuilder.Build(new ReportInputs { Articles = corpus.Articles });
        var chart = Assert.Single(content.Charts);
        Assert.Equal("corpus_overview", chart.Name);
        Assert.Equal(["articles"], content.Tables.Select(table => table.Name));
        Assert.Contains("stance per article", content.Missing);
        Assert.Contains("funding figures", content.Missing);
        Assert.Contains("Not in this report (no input given): term frequencies", ReportPage.Render(content), StringComparison.Ordinal);
    }

    [Fact]
    public void Top_terms_keep_the_first_rows_of_each_group()
    {
        var top = ReportBuilder.TopTerms(SampleFrames.TermFrequencies(), 2);
        Assert.Equal(4, top.Rows.Count);
        Assert.Equal(["openai", "microsoft", "openai", "ki"], Enumerable.Range(0, 4).Select(row => (string)top.Columns["term"][row]));
    }

    [Fact]
    public async Task The_writer_writes_every_table_as_csv_parquet_and_arrow_and_every_chart_as_html()
    {
        var content = ReportBuilder.Build(HostileFrames.AllSections());
        var progress = new List<ReportProgress>();
        var result = await ReportWriter.WriteAsync(content, folder, new ReportOptions { Formats = ReportFormats.Html | ReportFormats.Parquet | ReportFormats.Arrow },
            new SynchronousProgress(progress.Add));
        var expected = new[] { "report.html" }
            .Concat(content.Tables.SelectMany(table => new[] { "csv", "parquet", "arrow" }.Select(extension => $"tables/{table.Name}.{extension}")))
            .Concat(content.Charts.Select(chart => $"charts/{chart.Name}.html"));
        Assert.Equal(expected.Order(), result.Written.Order());
        Assert.All(result.Written, path => Assert.True(new FileInfo(Path.Combine(folder, path)).Length > 0, path));
        Assert.Empty(result.Skipped);
        Assert.Equal(Enumerable.Range(1, result.Written.Count), progress.Select(step => step.Done));
        Assert.All(progress, step => Assert.Equal(result.Written.Count, step.Total));
    }

    [Theory]
    [InlineData("html,png,svg", ReportFormats.Html | ReportFormats.Png | ReportFormats.Svg)]
    [InlineData("HTML, parquet", ReportFormats.Html | ReportFormats.Parquet)]
    [InlineData("csv", ReportFormats.None)]
    [InlineData("", ReportFormats.Default)]
    public void Formats_parse_from_a_comma_separated_list(string list, ReportFormats expected) => Assert.Equal(expected, ReportOptions.ParseFormats(list));

    private sealed class SynchronousProgress(Action<ReportProgress> report) : IProgress<ReportProgress>
    {
        public void Report(ReportProgress value) => report(value);
    }
}
