namespace CorpusLens.Stance;

/// <summary>Reads the value of a grouping column (article property or metadata column) for an article.</summary>
internal static class ArticleGrouping
{
    public static Func<Article, string> Key(Corpus corpus, string column)
    {
        Func<Article, string>? key = column.ToLowerInvariant() switch
        {
            "article" or "id" => article => article.Id,
            "language" => article => article.Language,
            "date" => article => article.Date,
            "year" => article => article.Date.Length >= 4 ? article.Date[..4] : article.Date,
            "source" => article => article.Source,
            "title" => article => article.Title,
            "corpus" => _ => "corpus",
            _ => null,
        };
        if (key is not null)
        {
            return key;
        }
        var available = corpus.Documents.SelectMany(article => article.Metadata.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (!available.Contains(column, StringComparer.Ordinal))
        {
            var names = string.Join(", ", new[] { "article", "language", "date", "year", "source", "title", "corpus" }.Concat(available));
            throw new CorpusLensException($"{(corpus.Location.Length > 0 ? corpus.Location : "corpus")}: no column '{column}' to group by (available: {names})");
        }
        return article => article.Metadata.GetValueOrDefault(column) ?? string.Empty;
    }
}
