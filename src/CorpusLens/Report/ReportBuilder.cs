using CorpusLens.Charts;
using Microsoft.Data.Analysis;

namespace CorpusLens.Report;

/// <summary>Builds every chart and table of a report from whatever <see cref="ReportInputs"/> holds.</summary>
/// <example>
/// <code>
/// var content = ReportBuilder.Build(ReportInputs.FromCorpus(corpus));
/// var result = await ReportWriter.WriteAsync(content, "report");
/// </code>
/// </example>
public static class ReportBuilder
{
    /// <summary>How many rows per group the top-terms table keeps.</summary>
    public const int TopTermsPerGroup = 10;

    /// <summary>Builds the report content.</summary>
    public static ReportContent Build(ReportInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var content = new ReportContent { Inputs = inputs };
        void Chart(string name, string section, Plotly.NET.GenericChart chart) =>
            content.Charts.Add(new ReportChart(name, section, chart));
        void Missing(DataFrame? frame, string what)
        {
            if (frame is null)
            {
                content.Missing.Add(what);
            }
        }

        if (inputs.Articles is { } articles)
        {
            Chart("corpus_overview", "Corpus", CorpusCharts.Overview(articles));
            content.Tables.Add(new ReportTable("articles", "Corpus", "Articles", articles,
                Present(articles, "id", "title", "language", "date", "source", "words", "sentences")));
        }
        Missing(inputs.Articles, "the corpus articles");

        if (inputs.TermFrequencies is { } frequencies)
        {
            Chart("term_frequencies", "Terms", TermCharts.Frequencies(frequencies, top: 12));
            Chart("term_frequencies_faceted", "Terms", TermCharts.Frequencies(frequencies, top: 8, layout: TermLayout.Faceted));
            Chart("term_heatmap", "Terms", TermCharts.FrequencyHeatmap(frequencies, top: 25));
            var top = TopTerms(frequencies, TopTermsPerGroup);
            content.Tables.Add(new ReportTable("top_terms", "Terms", $"Top {TopTermsPerGroup} terms per {frequencies.Columns[0].Name}", top, []));
            content.Tables.Add(new ReportTable("term_frequencies", "Terms", "Term frequencies", frequencies, [], ShowInPage: false));
        }
        Missing(inputs.TermFrequencies, "term frequencies");
        if (inputs.Keyness is { } keyness)
        {
            Chart("keyness", "Terms", TermCharts.Keyness(keyness, targetName: inputs.KeynessTarget, referenceName: inputs.KeynessReference));
            content.Tables.Add(new ReportTable("keyness", "Terms", "Keyness", keyness, [], ShowInPage: false));
        }
        Missing(inputs.Keyness, "keyness");
        if (inputs.Dispersion is { } dispersion)
        {
            Chart("dispersion", "Terms", TermCharts.Dispersion(dispersion));
            content.Tables.Add(new ReportTable("dispersion", "Terms", "Dispersion", dispersion, [], ShowInPage: false));
        }
        Missing(inputs.Dispersion, "term dispersion");

        if (inputs.StanceArticles is { } stanceArticles)
        {
            Chart("stance_articles", "Stance", StanceCharts.ByArticle(stanceArticles));
            content.Tables.Add(new ReportTable("stance_articles", "Stance", "Stance per article", stanceArticles,
                Present(stanceArticles, "article", "label", "score", "doomer_share", "boomer_share", "sentences", "evidence")));
        }
        Missing(inputs.StanceArticles, "stance per article");
        if (inputs.StanceSentences is { } stanceSentences)
        {
            Chart("stance_trajectory", "Stance", StanceCharts.Trajectory(stanceSentences));
            content.Tables.Add(new ReportTable("stance_sentences", "Stance", "Stance per sentence", stanceSentences, [], ShowInPage: false));
        }
        Missing(inputs.StanceSentences, "stance per sentence");
        if (inputs.Sentiment is { } sentiment)
        {
            Chart("sentiment", "Sentiment", StanceCharts.Sentiment(sentiment));
            content.Tables.Add(new ReportTable("sentiment", "Sentiment", "Sentiment per sentence", sentiment, [], ShowInPage: false));
        }
        Missing(inputs.Sentiment, "sentiment");

        if (inputs.FundingFigures is { } figures)
        {
            Chart("funding_by_article", "Funding", FundingCharts.ByArticle(figures));
            Chart("funding_timeline", "Funding", FundingCharts.Timeline(figures));
            content.Tables.Add(new ReportTable("funding_figures", "Funding", "Funding figures", figures,
                Present(figures, "article", "text", "kind", "amount", "currency", "usd", "year", "investor", "recipient")));
        }
        Missing(inputs.FundingFigures, "funding figures");
        if (inputs.FundingComparison is { } comparison)
        {
            Chart("funding_comparison", "Funding", FundingCharts.Comparison(comparison));
            content.Tables.Add(new ReportTable("funding_comparison", "Funding", "The same deals across sources", comparison, []));
        }
        Missing(inputs.FundingComparison, "the funding comparison");
        return content;
    }

    /// <summary>The first <paramref name="perGroup"/> rows of each group (frames are sorted by group, then count descending).</summary>
    internal static DataFrame TopTerms(DataFrame frequencies, int perGroup)
    {
        var groups = frequencies.Columns[0];
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var keep = new BooleanDataFrameColumn("keep", frequencies.Rows.Count);
        for (long row = 0; row < frequencies.Rows.Count; row++)
        {
            var group = Tables.DataFrameWriter.FormatCell(groups[row]);
            seen[group] = seen.GetValueOrDefault(group) + 1;
            keep[row] = seen[group] <= perGroup;
        }
        return frequencies.Filter(keep);
    }

    private static List<string> Present(DataFrame frame, params string[] wanted) =>
        wanted.Where(name => frame.Columns.IndexOf(name) >= 0).ToList();
}
