using CorpusLens.Text;
using Microsoft.Data.Analysis;

namespace CorpusLens.Report;

/// <summary>
/// The choices the <c>report</c> command makes when nobody tells it what to compare: which articles form the
/// keyness target and which term the dispersion plot follows. Each choice is explained in words on the page.
/// </summary>
internal static class ReportDefaults
{
    /// <summary>Terms kept per article in the report's frequency table and charts.</summary>
    public const int TopTermsPerArticle = 20;

    /// <summary>
    /// The keyness target: the articles of the latest year when the corpus spans two years or more, else the least
    /// frequent language when it has two or more; null when the corpus offers no such split.
    /// </summary>
    public static (Func<Article, bool> Target, string TargetName, string ReferenceName)? KeynessSplit(Corpus corpus)
    {
        var years = corpus.Documents.Select(article => Year(article.Date)).Where(year => year is not null).Distinct().Order().ToList();
        if (years.Count >= 2)
        {
            var latest = years[^1];
            return (article => Year(article.Date) == latest, $"articles of {latest}", "earlier articles");
        }
        var languages = corpus.Documents.GroupBy(article => article.Language).OrderBy(group => group.Count()).ThenBy(group => group.Key, StringComparer.Ordinal).ToList();
        if (languages.Count >= 2)
        {
            var rarest = languages[0].Key;
            return (article => article.Language == rarest, $"articles in {rarest}", "articles in other languages");
        }
        return null;
    }

    /// <summary>The most frequent term of the corpus (first row of the corpus-wide frequencies), or null for an empty corpus.</summary>
    public static string? MostFrequentTerm(TermIndex index)
    {
        var corpusWide = index.Frequencies(by: "corpus", top: 1);
        return corpusWide.Rows.Count == 0 ? null : corpusWide["term"][0] as string;
    }

    /// <summary>Keyness for the default split, or an empty result when there is none.</summary>
    public static (DataFrame? Keyness, string TargetName, string ReferenceName) Keyness(Corpus corpus, TermIndex index)
    {
        if (KeynessSplit(corpus) is not { } split)
        {
            return (null, "target", "reference");
        }
        var targetIds = corpus.Documents.Where(split.Target).Select(article => article.Id).ToHashSet(StringComparer.Ordinal);
        return (index.Keyness(document => targetIds.Contains(document.Id), minimumCount: 2), split.TargetName, split.ReferenceName);
    }

    private static int? Year(string date) =>
        date.Length >= 4 && int.TryParse(date.AsSpan(0, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)
            ? year
            : null;
}
