using Microsoft.Data.Analysis;

namespace CorpusLens.Text;

/// <summary>
/// Term analyses of a <see cref="Corpus"/>, each returning a DataFrame: frequencies per article or group, n-grams,
/// document-term matrix and tf-idf, keyness, KWIC concordance, collocations, dispersion and lexical diversity.
/// Column names follow the Terms contract (see docs/terms.md).
/// </summary>
/// <example>
/// <code>
/// var corpus = Corpus.Load("data");
/// TermAnalysis.Frequencies(corpus, by: "language", top: 10);
/// TermAnalysis.Keyness(corpus, column: "language", value: "de");
/// TermAnalysis.Kwic(corpus, "OpenAI", window: 6);
/// </code>
/// </example>
public static partial class TermAnalysis
{
    /// <summary>Term frequencies grouped by article, language, corpus or a metadata column: group, term, count, per_thousand, document_frequency.</summary>
    /// <param name="corpus">The corpus.</param>
    /// <param name="by">article, language, corpus, or a metadata column (date, source, …).</param>
    /// <param name="top">Keep the first <paramref name="top"/> terms of each group; null keeps all.</param>
    /// <param name="options">What counts as a term; default <see cref="TermOptions.Default"/>.</param>
    public static DataFrame Frequencies(Corpus corpus, string by = "article", int? top = null, TermOptions? options = null) =>
        TermCounter.Count(corpus, options).Frequencies(by, top);

    /// <summary>Frequencies of n-grams (2 or 3 words) grouped like <see cref="Frequencies"/>.</summary>
    public static DataFrame NGrams(Corpus corpus, int n = 2, string by = "corpus", int? top = null, TermOptions? options = null) =>
        TermCounter.Count(corpus, (options ?? TermOptions.Default) with { NGram = n }).Frequencies(by, top);

    /// <summary>The sparse document-term matrix of the corpus.</summary>
    public static DocumentTermMatrix DocumentTermMatrix(Corpus corpus, TermOptions? options = null) =>
        TermCounter.Count(corpus, options).ToMatrix();

    /// <summary>tf-idf per article (article, term, count, tf_idf = count × log10(N/df)), the <paramref name="top"/> terms of each.</summary>
    public static DataFrame TfIdf(Corpus corpus, int? top = null, TermOptions? options = null) =>
        DocumentTermMatrix(corpus, options).TfIdf(top);

    /// <summary>Keyness of the articles <paramref name="target"/> selects against the rest: term, g2, chi2, log_ratio, target_count, reference_count.</summary>
    public static DataFrame Keyness(Corpus corpus, Func<Article, bool> target, TermOptions? options = null, int minimumCount = 1)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(target);
        var targetIds = corpus.Documents.Where(target).Select(article => article.Id).ToHashSet(StringComparer.Ordinal);
        return TermCounter.Count(corpus, options).Keyness(document => targetIds.Contains(document.Id), minimumCount);
    }

    /// <summary>Keyness of the articles whose <paramref name="column"/> (language, date, source or a metadata column) equals <paramref name="value"/>.</summary>
    public static DataFrame Keyness(Corpus corpus, string column, string value, TermOptions? options = null, int minimumCount = 1)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var index = TermCounter.Count(corpus, options);
        return index.Keyness(Target(index, column, value), minimumCount);
    }

    /// <summary>The selector for <c>--group COLUMN=VALUE</c> or <c>--target ID</c> (column "article").</summary>
    /// <exception cref="CorpusLensException">No document matches.</exception>
    public static Func<TermDocument, bool> Target(TermIndex index, string column, string value)
    {
        ArgumentNullException.ThrowIfNull(index);
        var groups = index.GroupKeys(column);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < groups.Length; i++)
        {
            if (string.Equals(groups[i], value, StringComparison.OrdinalIgnoreCase))
            {
                ids.Add(index.Documents[i].Id);
            }
        }
        if (ids.Count == 0)
        {
            throw new CorpusLensException($"keyness: no article has {column} = '{value}'");
        }
        return document => ids.Contains(document.Id);
    }
}
