using Microsoft.Data.Analysis;

namespace CorpusLens.Text;

public static partial class TermAnalysis
{
    /// <summary>
    /// Lexical diversity per article: article, tokens (word tokens), types (distinct case-folded words),
    /// ttr (types / tokens) and mattr (moving-average TTR over windows of <paramref name="window"/> tokens; the
    /// TTR when the article is shorter than a window). Measured on two threads, with no string per token.
    /// </summary>
    /// <param name="corpus">The corpus.</param>
    /// <param name="window">Word tokens in each window of the moving average (1 or more).</param>
    /// <example><code>TermAnalysis.LexicalDiversity(corpus, window: 50)</code></example>
    /// <exception cref="CorpusLensException">The window is less than 1.</exception>
    public static DataFrame LexicalDiversity(Corpus corpus, int window = 50)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        CheckDiversityWindow(window);
        var documents = corpus.Documents;
        var rows = new DiversityRow[documents.Count];
        TermCounter.RunThreads(documents.Count, () => new DiversityMeter(window), () => 0,
            (meter, _, index) => rows[index] = meter.Measure(documents[index].Id, documents[index].Text));
        return DiversityFrame(rows);
    }

    /// <summary>
    /// As <see cref="LexicalDiversity(Corpus, int)"/> for a folder of .txt/.md files or a .csv/.jsonl file of articles
    /// streamed on two threads without loading it (<see cref="TermCounter.CountFolder"/>, <see cref="TermCounter.CountFile"/>:
    /// ids, skips and boilerplate rules as a load's, default <see cref="BoilerplateRules.All"/>); rows in file order. Its skips, notes and warnings go to <paramref name="report"/>.
    /// </summary>
    /// <example><code>TermAnalysis.StreamLexicalDiversity("/data/news", window: 50)</code></example>
    /// <exception cref="CorpusLensException">The folder or file does not exist, or the window is less than 1.</exception>
    public static DataFrame StreamLexicalDiversity(string folder, int window = 50, bool recursive = false, LoadReport? report = null,
        IReadOnlyList<BoilerplateRule>? boilerplateRules = null, string textColumn = "text")
    {
        ArgumentNullException.ThrowIfNull(folder);
        CheckDiversityWindow(window);
        var threads = new StreamedInput(folder, recursive, textColumn, report, boilerplateRules).Pass(
            () => (Meter: new DiversityMeter(window), Rows: new List<(int Index, DiversityRow Row)>()),
            (thread, index, id, body, _) => thread.Rows.Add((index, thread.Meter.Measure(id, body))));
        return DiversityFrame([.. threads.SelectMany(thread => thread.Rows).OrderBy(row => row.Index).Select(row => row.Row)]);
    }

    /// <summary>
    /// The moving-average type-token ratio of <paramref name="words"/> over windows of <paramref name="window"/>
    /// words: the mean over every window of its distinct words divided by <paramref name="window"/>;
    /// <paramref name="shortTextValue"/> when there are fewer words than a window.
    /// </summary>
    /// <example><code>TermAnalysis.MovingAverageTtr(["a", "b", "a", "b", "c"], window: 2, shortTextValue: 0.6) // 1.0</code></example>
    public static double MovingAverageTtr(IReadOnlyList<string> words, int window, double shortTextValue)
    {
        ArgumentNullException.ThrowIfNull(words);
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var numbered = words.Select(word => numbers.TryGetValue(word, out int number) ? number : numbers[word] = numbers.Count).ToArray();
        return MovingAverageTtr(numbered, window, shortTextValue, new int[numbers.Count]);
    }

    /// <summary>
    /// The moving-average TTR of words given by number; <paramref name="inWindow"/> has a zero for each number (and
    /// is left so): a word's occurrences in the window.
    /// </summary>
    private static double MovingAverageTtr(ReadOnlySpan<int> words, int window, double shortTextValue, Span<int> inWindow)
    {
        if (words.Length < window)
        {
            return shortTextValue;
        }
        int distinct = 0;
        double sum = 0;
        for (int i = 0; i < words.Length; i++)
        {
            if (inWindow[words[i]]++ == 0)
            {
                distinct++;
            }
            if (i >= window && --inWindow[words[i - window]] == 0)
            {
                distinct--;
            }
            if (i >= window - 1)
            {
                sum += (double)distinct / window;
            }
        }
        foreach (int word in words[^window..])
        {
            inWindow[word] = 0; // the last window's words: every other one has left it already
        }
        return sum / (words.Length - window + 1);
    }

    private static void CheckDiversityWindow(int window)
    {
        if (window < 1)
        {
            throw new CorpusLensException($"window {window}: use 1 or more");
        }
    }

    private static DataFrame DiversityFrame(IReadOnlyList<DiversityRow> rows) => new(
        new StringDataFrameColumn("article", rows.Select(row => row.Article)),
        new Int32DataFrameColumn("tokens", rows.Select(row => row.Tokens)),
        new Int32DataFrameColumn("types", rows.Select(row => row.Types)),
        new DoubleDataFrameColumn("ttr", rows.Select(row => row.Ttr)),
        new DoubleDataFrameColumn("mattr", rows.Select(row => row.Mattr)));

    /// <summary>One article's lexical diversity.</summary>
    private readonly record struct DiversityRow(string Article, int Tokens, int Types, double Ttr, double Mattr);

    /// <summary>
    /// Measures the lexical diversity of one text after another. Each word's case-folded form is numbered in a
    /// vocabulary of the meter's own (<see cref="TermVocabulary"/>: its characters kept once, no string per token
    /// or per word), and the types and the windows are counted on those numbers. Not thread-safe: one per thread.
    /// </summary>
    private sealed class DiversityMeter(int window)
    {
        private readonly TermVocabulary vocabulary = new();
        private char[] folded = new char[64];
        private int[] words = new int[1024]; // the text's words, by number
        private int[] lastText = new int[1024]; // per number: the last text it occurred in (texts are numbered from 1)
        private int[] inWindow = new int[1024]; // per number: its occurrences in the window; all 0 between texts
        private int texts;

        public DiversityRow Measure(string article, ReadOnlySpan<char> text)
        {
            texts++;
            int count = 0;
            int types = 0;
            foreach (var token in Tokenizer.Tokenize(text))
            {
                if (token.Kind != TokenKind.Word)
                {
                    continue;
                }
                var surface = text.Slice(token.Start, token.Length);
                if (folded.Length < surface.Length * 2)
                {
                    folded = new char[surface.Length * 2];
                }
                int number = vocabulary.GetOrAdd(folded.AsSpan(0, CaseFolding.Fold(surface, folded)));
                if (number >= lastText.Length)
                {
                    Array.Resize(ref lastText, lastText.Length * 2);
                    Array.Resize(ref inWindow, inWindow.Length * 2);
                }
                if (lastText[number] != texts)
                {
                    lastText[number] = texts;
                    types++;
                }
                if (count == words.Length)
                {
                    Array.Resize(ref words, count * 2);
                }
                words[count++] = number;
            }
            double ttr = count == 0 ? 0 : (double)types / count;
            return new DiversityRow(article, count, types, ttr, MovingAverageTtr(words.AsSpan(0, count), window, ttr, inWindow));
        }
    }
}
