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

    /// <summary>
    /// Lexical diversity per article: article, tokens (word tokens), types (distinct case-folded words),
    /// ttr (types / tokens) and mattr (moving-average TTR over windows of <paramref name="window"/> tokens; the
    /// TTR when the article is shorter than a window).
    /// </summary>
    public static DataFrame LexicalDiversity(Corpus corpus, int window = 50)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        if (window < 1)
        {
            throw new CorpusLensException($"window {window}: use 1 or more");
        }
        var rows = corpus.Documents.Select(article =>
        {
            var words = ArticleTokens.Read(article).Where(token => token.Kind == TokenKind.Word).Select(token => token.Folded).ToList();
            int types = words.Distinct(StringComparer.Ordinal).Count();
            double ttr = words.Count == 0 ? 0 : (double)types / words.Count;
            return (article.Id, Tokens: words.Count, Types: types, Ttr: ttr, Mattr: MovingAverageTtr(words, window, ttr));
        }).ToList();
        return new DataFrame(
            new StringDataFrameColumn("article", rows.Select(row => row.Id)),
            new Int32DataFrameColumn("tokens", rows.Select(row => row.Tokens)),
            new Int32DataFrameColumn("types", rows.Select(row => row.Types)),
            new DoubleDataFrameColumn("ttr", rows.Select(row => row.Ttr)),
            new DoubleDataFrameColumn("mattr", rows.Select(row => row.Mattr)));
    }

    /// <summary>The moving-average type-token ratio of <paramref name="words"/> over windows of <paramref name="window"/>.</summary>
    public static double MovingAverageTtr(IReadOnlyList<string> words, int window, double shortTextValue)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (words.Count < window)
        {
            return shortTextValue;
        }
        var inWindow = new Dictionary<string, int>(StringComparer.Ordinal);
        double sum = 0;
        for (int i = 0; i < words.Count; i++)
        {
            inWindow[words[i]] = inWindow.GetValueOrDefault(words[i]) + 1;
            if (i >= window)
            {
                var leaving = words[i - window];
                if (--inWindow[leaving] == 0)
                {
                    inWindow.Remove(leaving);
                }
            }
            if (i >= window - 1)
            {
                sum += (double)inWindow.Count / window;
            }
        }
        return sum / (words.Count - window + 1);
    }
}
