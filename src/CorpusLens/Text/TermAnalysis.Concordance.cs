using Microsoft.Data.Analysis;

namespace CorpusLens.Text;

public static partial class TermAnalysis
{
    /// <summary>
    /// KWIC concordance of a word or phrase: one row per match with <c>article</c>, <c>position</c> (token index
    /// of the first matched token), <c>left</c> and <c>right</c> (up to <paramref name="window"/> tokens of
    /// context, as written, line breaks shown as spaces) and <c>match</c> (as written). Matching is by case-folded
    /// token (OpenAI matches OPENAI, Straße matches STRASSE); a query word ending in * matches any word it starts.
    /// </summary>
    /// <param name="corpus">The corpus.</param>
    /// <param name="query">A word or phrase, e.g. "OpenAI", "intelligence artificielle", "invest*".</param>
    /// <param name="window">Tokens of context on each side.</param>
    /// <example><code>TermAnalysis.Kwic(corpus, "l’IA", window: 5)</code></example>
    /// <exception cref="CorpusLensException">The query has no word, or the window is negative.</exception>
    public static DataFrame Kwic(Corpus corpus, string query, int window = 5)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        if (window < 0)
        {
            throw new CorpusLensException($"--window {window}: use 0 or more");
        }
        var pattern = QueryPattern.Parse(query);
        var articles = new List<string>();
        var positions = new List<int>();
        var lefts = new List<string>();
        var matches = new List<string>();
        var rights = new List<string>();
        foreach (var article in corpus.Documents)
        {
            var tokens = ArticleTokens.Read(article);
            foreach (int at in pattern.Matches(tokens))
            {
                int last = at + pattern.Length - 1;
                string text = article.Text;
                articles.Add(article.Id);
                positions.Add(at);
                lefts.Add(Context(text, tokens[Math.Max(0, at - window)].Start, tokens[at].Start, window > 0 && at > 0));
                matches.Add(Flatten(text[tokens[at].Start..tokens[last].End]));
                rights.Add(Context(text, tokens[last].End, tokens[Math.Min(tokens.Count - 1, last + window)].End, window > 0 && last < tokens.Count - 1));
            }
        }
        return new DataFrame(
            new StringDataFrameColumn("article", articles),
            new Int32DataFrameColumn("position", positions),
            new StringDataFrameColumn("left", lefts),
            new StringDataFrameColumn("match", matches),
            new StringDataFrameColumn("right", rights));
    }

    /// <summary>
    /// Dispersion of a word or phrase (matched as in <see cref="Kwic"/>): one row per occurrence with <c>article</c>,
    /// <c>term</c> (the query), <c>position</c> (token index) and <c>relative_position</c> (position / (tokens − 1), 0 to 1).
    /// </summary>
    public static DataFrame Dispersion(Corpus corpus, string query)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var pattern = QueryPattern.Parse(query);
        var articles = new List<string>();
        var positions = new List<int>();
        var relative = new List<double>();
        foreach (var article in corpus.Documents)
        {
            var tokens = ArticleTokens.Read(article);
            foreach (int at in pattern.Matches(tokens))
            {
                articles.Add(article.Id);
                positions.Add(at);
                relative.Add(tokens.Count <= 1 ? 0 : (double)at / (tokens.Count - 1));
            }
        }
        return new DataFrame(
            new StringDataFrameColumn("article", articles),
            new StringDataFrameColumn("term", articles.Select(_ => query.Trim())),
            new Int32DataFrameColumn("position", positions),
            new DoubleDataFrameColumn("relative_position", relative));
    }

    private static string Context(string text, int start, int end, bool any) => any && end > start ? Flatten(text[start..end]).Trim() : string.Empty;

    private static string Flatten(string text) => text.ReplaceLineEndings(" ");

    /// <summary>A query as folded words, each possibly a prefix (ending in *).</summary>
    private sealed class QueryPattern
    {
        private readonly (string Word, bool Prefix)[] words;

        private QueryPattern((string Word, bool Prefix)[] words)
        {
            this.words = words;
        }

        public int Length => words.Length;

        public static QueryPattern Parse(string query)
        {
            var words = new List<(string, bool)>();
            var text = query ?? string.Empty;
            foreach (var token in Tokenizer.Tokenize(text))
            {
                bool prefix = token.End < text.Length && text[token.End] == '*';
                words.Add((CaseFolding.Fold(text.AsSpan(token.Start, token.Length)), prefix));
            }
            if (words.Count == 0)
            {
                throw new CorpusLensException($"query '{query}': give a word or a phrase");
            }
            return new QueryPattern(words.ToArray());
        }

        public IEnumerable<int> Matches(List<FoldedToken> tokens)
        {
            for (int at = 0; at + words.Length <= tokens.Count; at++)
            {
                bool all = true;
                for (int j = 0; j < words.Length && all; j++)
                {
                    var folded = tokens[at + j].Folded;
                    all = words[j].Prefix ? folded.StartsWith(words[j].Word, StringComparison.Ordinal) : folded == words[j].Word;
                }
                if (all)
                {
                    yield return at;
                }
            }
        }
    }
}
