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
        ConcordanceRows? rows = new();
        var finder = new MatchFinder(pattern, window);
        foreach (var article in corpus.Documents)
        {
            finder.Find(article.Id, article.Text, ref rows);
        }
        return rows.ToFrame();
    }

    /// <summary>
    /// As <see cref="Kwic(Corpus, string, int)"/> for a folder of .txt/.md files or a .csv/.jsonl file of articles
    /// (its text in <paramref name="textColumn"/>) streamed on two threads without loading it
    /// (<see cref="TermCounter.CountFolder"/>, <see cref="TermCounter.CountFile"/>: ids, skips and boilerplate rules as a
    /// load's, default <see cref="BoilerplateRules.All"/>); rows in file order. Its skips, notes and warnings go to <paramref name="report"/>.
    /// </summary>
    /// <example><code>TermAnalysis.StreamKwic("/data/news", "l’IA", window: 5)</code></example>
    /// <exception cref="CorpusLensException">The folder or file does not exist, the query has no word, or the window is negative.</exception>
    public static DataFrame StreamKwic(string folder, string query, int window = 5, bool recursive = false, LoadReport? report = null,
        IReadOnlyList<BoilerplateRule>? boilerplateRules = null, string textColumn = "text")
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (window < 0)
        {
            throw new CorpusLensException($"--window {window}: use 0 or more");
        }
        var pattern = QueryPattern.Parse(query);
        var all = new ConcordanceRows();
        foreach (var rows in FoundInFileOrder(new StreamedInput(folder, recursive, textColumn, report, boilerplateRules), () => new MatchFinder(pattern, window),
            (MatchFinder finder, string id, ReadOnlySpan<char> text, ref ConcordanceRows? rows) => finder.Find(id, text, ref rows)))
        {
            all.AddRange(rows);
        }
        return all.ToFrame();
    }

    /// <summary>Adds a text's rows to <paramref name="rows"/>, made at its first row when null.</summary>
    private delegate void RowFinder<TRows>(MatchFinder finder, string id, ReadOnlySpan<char> text, ref TRows? rows)
        where TRows : class;

    /// <summary>
    /// Streams <paramref name="input"/> on two threads, each with its own finder, and returns the rows of the texts
    /// that have any, in file order (most texts have none: no rows are made for them).
    /// </summary>
    private static IEnumerable<TRows> FoundInFileOrder<TRows>(StreamedInput input, Func<MatchFinder> create, RowFinder<TRows> find)
        where TRows : class
    {
        var threads = input.Pass(() => (Finder: create(), Found: new List<(int Index, TRows Rows)>()),
            (thread, index, id, body, _) =>
            {
                TRows? rows = null;
                find(thread.Finder, id, body, ref rows);
                if (rows is not null)
                {
                    thread.Found.Add((index, rows));
                }
            });
        return threads.SelectMany(thread => thread.Found).OrderBy(file => file.Index).Select(file => file.Rows);
    }

    /// <summary>Finds a query's matches in one text after another: where they start, or with their context as rows. Not thread-safe.</summary>
    private sealed class MatchFinder(QueryPattern pattern, int window = 0)
    {
        private readonly List<Token> tokens = [];
        private readonly List<int> starts = [];
        private char[] folded = new char[256];

        /// <summary>The token index of each match in <paramref name="text"/>, in order (valid until the next call), and the text's number of tokens.</summary>
        public List<int> Starts(ReadOnlySpan<char> text, out int tokenCount)
        {
            tokens.Clear();
            starts.Clear();
            foreach (var token in Tokenizer.Tokenize(text))
            {
                tokens.Add(token);
            }
            for (int at = 0; at + pattern.Length <= tokens.Count; at++)
            {
                bool all = true;
                for (int j = 0; j < pattern.Length && all; j++)
                {
                    var token = tokens[at + j];
                    if (folded.Length < token.Length * 2)
                    {
                        folded = new char[token.Length * 2];
                    }
                    all = pattern.Matches(j, folded.AsSpan(0, CaseFolding.Fold(text.Slice(token.Start, token.Length), folded)));
                }
                if (all)
                {
                    starts.Add(at);
                }
            }
            tokenCount = tokens.Count;
            return starts;
        }

        public void Find(string id, ReadOnlySpan<char> text, [System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(rows))] ref ConcordanceRows? rows)
        {
            foreach (int at in Starts(text, out _))
            {
                int last = at + pattern.Length - 1;
                rows ??= new ConcordanceRows();
                rows.Add(id, at,
                    Context(text, tokens[Math.Max(0, at - window)].Start, tokens[at].Start, window > 0 && at > 0),
                    Flatten(text[tokens[at].Start..tokens[last].End]),
                    Context(text, tokens[last].End, tokens[Math.Min(tokens.Count - 1, last + window)].End, window > 0 && last < tokens.Count - 1));
            }
        }

        /// <summary>Adds the matches of <paramref name="text"/> to <paramref name="rows"/> (made at the first match when null).</summary>
        public void Disperse(string id, ReadOnlySpan<char> text, [System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(rows))] ref DispersionRows? rows)
        {
            var found = Starts(text, out int tokenCount);
            foreach (int at in found)
            {
                rows ??= new DispersionRows();
                rows.Add(id, at, tokenCount <= 1 ? 0 : (double)at / (tokenCount - 1));
            }
        }
    }

    /// <summary>The rows of a concordance as they are found: article, position, left, match, right.</summary>
    private sealed class ConcordanceRows
    {
        private readonly List<string> articles = [];
        private readonly List<int> positions = [];
        private readonly List<string> lefts = [];
        private readonly List<string> matches = [];
        private readonly List<string> rights = [];

        public int Count => articles.Count;

        public void Add(string article, int position, string left, string match, string right)
        {
            articles.Add(article);
            positions.Add(position);
            lefts.Add(left);
            matches.Add(match);
            rights.Add(right);
        }

        public void AddRange(ConcordanceRows other)
        {
            articles.AddRange(other.articles);
            positions.AddRange(other.positions);
            lefts.AddRange(other.lefts);
            matches.AddRange(other.matches);
            rights.AddRange(other.rights);
        }

        public DataFrame ToFrame() => new(
            new StringDataFrameColumn("article", articles),
            new Int32DataFrameColumn("position", positions),
            new StringDataFrameColumn("left", lefts),
            new StringDataFrameColumn("match", matches),
            new StringDataFrameColumn("right", rights));
    }

    private static string Context(ReadOnlySpan<char> text, int start, int end, bool any) => any && end > start ? Flatten(text[start..end]).Trim() : string.Empty;

    /// <summary>
    /// The text on one line: each run of white space with a line break in it becomes one space, as a load's text
    /// (lines trimmed, empty ones dropped, joined by '\n') shows it, so that a streamed file's context reads as the
    /// loaded article's.
    /// </summary>
    private static string Flatten(ReadOnlySpan<char> text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        int at = 0;
        while (at < text.Length)
        {
            int space = text[at..].IndexOfAny(LineBreaks);
            if (space < 0)
            {
                builder.Append(text[at..]);
                break;
            }
            // The white space around the break, back to the last character that is not white space.
            int start = at + space;
            while (start > at && char.IsWhiteSpace(text[start - 1]))
            {
                start--;
            }
            int end = at + space;
            while (end < text.Length && char.IsWhiteSpace(text[end]))
            {
                end++;
            }
            builder.Append(text[at..start]).Append(' ');
            at = end;
        }
        return builder.ToString();
    }

    // What ReplaceLineEndings takes for line breaks: CR, LF, NEL, LS, PS and FF.
    private static readonly System.Buffers.SearchValues<char> LineBreaks = System.Buffers.SearchValues.Create("\r\n\u0085\u2028\u2029\f");

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

        /// <summary>Whether the folded token <paramref name="folded"/> matches the query's word <paramref name="word"/>.</summary>
        public bool Matches(int word, ReadOnlySpan<char> folded) =>
            words[word].Prefix ? folded.StartsWith(words[word].Word, StringComparison.Ordinal) : folded.SequenceEqual(words[word].Word);
    }
}
