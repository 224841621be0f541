using Microsoft.Data.Analysis;

namespace CorpusLens;

/// <summary>Builds the corpus DataFrames column by column from arrays (row-wise appends are slow).</summary>
internal static class CorpusFrames
{
    public static DataFrame Articles(IReadOnlyList<Article> documents)
    {
        var frame = new DataFrame(
            new StringDataFrameColumn("id", documents.Select(article => article.Id)),
            new StringDataFrameColumn("title", documents.Select(article => article.Title)),
            new StringDataFrameColumn("language", documents.Select(article => article.Language)),
            new DoubleDataFrameColumn("language_score", documents.Select(article => article.LanguageScore)),
            new StringDataFrameColumn("date", documents.Select(article => article.Date)),
            new StringDataFrameColumn("source", documents.Select(article => article.Source)),
            new Int32DataFrameColumn("words", documents.Select(article => article.WordCount)),
            new Int32DataFrameColumn("sentences", documents.Select(article => article.Sentences.Count)),
            new StringDataFrameColumn("text", documents.Select(article => article.Text)),
            new StringDataFrameColumn("path", documents.Select(article => article.Path)));
        var extraKeys = documents.SelectMany(article => article.Metadata.Keys).Distinct(StringComparer.Ordinal)
            .Where(key => frame.Columns.IndexOf(key) < 0).Order(StringComparer.Ordinal);
        foreach (var key in extraKeys)
        {
            frame.Columns.Add(new StringDataFrameColumn(key, documents.Select(article => article.Metadata.GetValueOrDefault(key) ?? string.Empty)));
        }
        return frame;
    }

    public static DataFrame Sentences(IReadOnlyList<Article> documents)
    {
        var all = documents.SelectMany(article => article.Sentences).ToList();
        return new DataFrame(
            new StringDataFrameColumn("article", all.Select(sentence => sentence.ArticleId)),
            new Int32DataFrameColumn("index", all.Select(sentence => sentence.Index)),
            new StringDataFrameColumn("text", all.Select(sentence => sentence.Text)));
    }

    public static DataFrame RemovedLines(IReadOnlyList<Article> documents)
    {
        var rows = documents.SelectMany(article => article.RemovedLines.Select(line => (article.Id, line))).ToList();
        return new DataFrame(
            new StringDataFrameColumn("article", rows.Select(row => row.Id)),
            new Int32DataFrameColumn("line", rows.Select(row => row.line.Line)),
            new StringDataFrameColumn("rule", rows.Select(row => row.line.Rule)),
            new StringDataFrameColumn("text", rows.Select(row => row.line.Text)));
    }
}
