using Microsoft.Data.Analysis;

namespace CorpusLens.Text;

public static partial class TermAnalysis
{
    /// <summary>
    /// Dispersion of a word or phrase (matched as in <see cref="Kwic"/>): one row per occurrence with <c>article</c>,
    /// <c>term</c> (the query), <c>position</c> (token index) and <c>relative_position</c> (position / (tokens − 1), 0 to 1).
    /// </summary>
    /// <example><code>TermAnalysis.Dispersion(corpus, "Altman")</code></example>
    /// <exception cref="CorpusLensException">The query has no word.</exception>
    public static DataFrame Dispersion(Corpus corpus, string query)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var finder = new MatchFinder(QueryPattern.Parse(query));
        DispersionRows? rows = new();
        foreach (var article in corpus.Documents)
        {
            finder.Disperse(article.Id, article.Text, ref rows);
        }
        return rows.ToFrame(query);
    }

    /// <summary>
    /// As <see cref="Dispersion(Corpus, string)"/> for a folder of .txt/.md files or a .csv/.jsonl file of articles
    /// streamed on two threads without loading it (as <see cref="StreamKwic"/> streams it); rows in file order. Its skips, notes and warnings go to
    /// <paramref name="report"/>.
    /// </summary>
    /// <example><code>TermAnalysis.StreamDispersion("/data/news", "Altman")</code></example>
    /// <exception cref="CorpusLensException">The folder or file does not exist, or the query has no word.</exception>
    public static DataFrame StreamDispersion(string folder, string query, bool recursive = false, LoadReport? report = null,
        IReadOnlyList<BoilerplateRule>? boilerplateRules = null, string textColumn = "text")
    {
        ArgumentNullException.ThrowIfNull(folder);
        var pattern = QueryPattern.Parse(query);
        var all = new DispersionRows();
        foreach (var rows in FoundInFileOrder(new StreamedInput(folder, recursive, textColumn, report, boilerplateRules), () => new MatchFinder(pattern),
            (MatchFinder finder, string id, ReadOnlySpan<char> text, ref DispersionRows? rows) => finder.Disperse(id, text, ref rows)))
        {
            all.AddRange(rows);
        }
        return all.ToFrame(query);
    }

    /// <summary>The rows of a dispersion as they are found: article, position, relative position.</summary>
    private sealed class DispersionRows
    {
        private readonly List<string> articles = [];
        private readonly List<int> positions = [];
        private readonly List<double> relative = [];

        public void Add(string article, int position, double relativePosition)
        {
            articles.Add(article);
            positions.Add(position);
            relative.Add(relativePosition);
        }

        public void AddRange(DispersionRows other)
        {
            articles.AddRange(other.articles);
            positions.AddRange(other.positions);
            relative.AddRange(other.relative);
        }

        public DataFrame ToFrame(string query)
        {
            string term = query.Trim();
            return new(
                new StringDataFrameColumn("article", articles),
                new StringDataFrameColumn("term", articles.Select(_ => term)),
                new Int32DataFrameColumn("position", positions),
                new DoubleDataFrameColumn("relative_position", relative));
        }
    }
}
