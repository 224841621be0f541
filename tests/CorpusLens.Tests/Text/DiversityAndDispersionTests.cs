using CorpusLens.Tests.Cli;
using CorpusLens.Tests.Corpus;
using CorpusLens.Text;
using CsCheck;
using Microsoft.Data.Analysis;

namespace CorpusLens.Tests.Text;

/// <summary>
/// Lexical diversity and dispersion without a string per token, loaded or streamed, against the implementations
/// they replaced (a string per token, a dictionary per window), kept here as the reference.
/// </summary>
public sealed class DiversityAndDispersionTests
{
    /// <summary>Each case: a text, a window, and its word tokens, types, TTR and MATTR worked out by hand.</summary>
    public static TheoryData<string, int, int, int, double, double> Diversities => new()
    {
        { "a b a b c", 2, 5, 3, 0.6, 1.0 },
        { "a a a b", 2, 4, 2, 0.5, (0.5 + 0.5 + 1.0) / 3 },
        { "a a a b", 4, 4, 2, 0.5, 0.5 }, // one window: its TTR
        { "a a a b", 5, 4, 2, 0.5, 0.5 }, // shorter than a window: the TTR
        { "a a a b", 1, 4, 2, 0.5, 1.0 },
        { "Straße STRASSE strasse l’IA l'IA", 2, 5, 2, 0.4, (0.5 + 0.5 + 1 + 0.5) / 4 }, // folded as terms are; elisions are not words
        { "2019 OpenAI, 1 000 $ 2019 openai", 3, 2, 1, 0.5, 0.5 }, // numbers and signs are not words
        { "", 50, 0, 0, 0.0, 0.0 },
        { " ,;. ", 1, 0, 0, 0.0, 0.0 },
    };

    [Theory]
    [MemberData(nameof(Diversities))]
    public void Lexical_diversity_agrees_with_the_hand_computed_values(string text, int window, int tokens, int types, double ttr, double mattr)
    {
        var frame = TermAnalysis.LexicalDiversity(Make(text), window);
        Assert.Equal(["article", "tokens", "types", "ttr", "mattr"], frame.Columns.Select(column => column.Name));
        Assert.Equal(tokens, frame["tokens"][0]);
        Assert.Equal(types, frame["types"][0]);
        Assert.Equal(ttr, (double)frame["ttr"][0], 12);
        Assert.Equal(mattr, (double)frame["mattr"][0], 12);
    }

    [Fact]
    public void Lexical_diversity_is_the_reference_s_on_any_text_and_window()
    {
        var word = Gen.OneOf(Gen.String[Gen.Char["a-dA-DßäÄ"], 1, 3], Gen.OneOf(" ", ", ", "\n", " 12 ", "-", "’"));
        Gen.Select(word.Array[0, 60].Select(string.Concat).Array[1, 6], Gen.Int[1, 12]).Sample((texts, window) =>
        {
            var corpus = Make(texts);
            Assert.Equal(Rows(ReferenceDiversity(corpus, window)), Rows(TermAnalysis.LexicalDiversity(corpus, window)));
        });
    }

    [Fact]
    public void The_public_moving_average_agrees_with_the_reference()
    {
        Gen.Select(Gen.String[Gen.Char["abc"], 1, 1].Array[0, 40], Gen.Int[1, 10]).Sample((words, window) =>
            Assert.Equal(ReferenceMovingAverage(words, window, -1), TermAnalysis.MovingAverageTtr(words, window, -1)));
    }

    [Fact]
    public void A_window_below_one_is_refused()
    {
        Assert.Equal("window 0: use 1 or more", Assert.Throws<CorpusLensException>(() => TermAnalysis.LexicalDiversity(Make("a b"), 0)).Message);
        Assert.Throws<CorpusLensException>(() => TermAnalysis.StreamLexicalDiversity(global::CorpusLens.Corpus.FindBundledData(), -1));
    }

    [Fact]
    public void Dispersion_is_the_reference_s_on_the_bundled_corpus()
    {
        var corpus = global::CorpusLens.Corpus.Load(global::CorpusLens.Corpus.FindBundledData());
        foreach (var query in new[] { "OpenAI", "openai", "Microsoft", "intelligence artificielle", "invest*", "l’IA", "Altman" })
        {
            var frame = TermAnalysis.Dispersion(corpus, query);
            Assert.Equal(Rows(ReferenceDispersion(corpus, query)), Rows(frame));
        }
        Assert.True(TermAnalysis.Dispersion(corpus, "OpenAI").Rows.Count >= 30);
    }

    [Fact]
    public void A_streamed_folder_has_the_loaded_corpus_s_diversity_and_dispersion()
    {
        var data = global::CorpusLens.Corpus.FindBundledData();
        var loaded = global::CorpusLens.Corpus.Load(data);
        var report = new LoadReport();

        Assert.Equal(Rows(TermAnalysis.LexicalDiversity(loaded, 20)), Rows(TermAnalysis.StreamLexicalDiversity(data, 20, report: report)));
        Assert.Equal(loaded.Documents.Count, report.Loaded);
        Assert.True(report.BoilerplateRemovals > 0); // the debris lines are not counted either way
        foreach (var query in new[] { "OpenAI", "Nadella", "milliard*" })
        {
            Assert.Equal(Rows(TermAnalysis.Dispersion(loaded, query)), Rows(TermAnalysis.StreamDispersion(data, query)));
        }
    }

    [Fact]
    public void Streaming_reports_and_skips_what_a_load_skips()
    {
        using var folder = new TemporaryFolder();
        folder.Write("a.txt", "Microsoft investit dans OpenAI.\nPartager\nOpenAI grandit.");
        folder.Write("b.txt", "");
        folder.WriteBytes("c.txt", [0x4F, 0x00, 0x41]);
        folder.Write("d.md", "---\nid: eins\n---\nOpenAI und Microsoft, OpenAI.");
        var loaded = global::CorpusLens.Corpus.Load(folder.Path);
        var report = new LoadReport();
        var diversity = TermAnalysis.StreamLexicalDiversity(folder.Path, report: report);
        var dispersion = TermAnalysis.StreamDispersion(folder.Path, "openai");

        Assert.Equal(["a", "eins"], diversity["article"].Cast<string>());
        Assert.Equal(Rows(TermAnalysis.LexicalDiversity(loaded)), Rows(diversity));
        Assert.Equal(Rows(TermAnalysis.Dispersion(loaded, "openai")), Rows(dispersion));
        Assert.Equal(["a", "a", "eins", "eins"], dispersion["article"].Cast<string>());
        Assert.Equal(2, report.Skipped);
        Assert.Equal(1, report.BoilerplateRemovals);
    }

    [Theory]
    [InlineData("diversity", "--window", "20")]
    [InlineData("dispersion", "OpenAI")]
    [InlineData("dispersion", "intelligence artificielle")]
    public void The_command_prints_the_same_rows_streamed_or_loaded(params string[] args)
    {
        var data = global::CorpusLens.Corpus.FindBundledData();
        var (loaded, loadedError) = CommandLineRun.Succeed([.. args, "--corpus", data, "--format", "csv"]);
        var (streamed, streamedError) = CommandLineRun.Succeed([.. args, "--corpus", data, "--format", "csv", "--stream"]);

        Assert.Equal(loaded, streamed);
        Assert.True(loaded.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length > 1, loaded);
        Assert.StartsWith("loaded 5 articles", loadedError, StringComparison.Ordinal);
        Assert.StartsWith("streamed 5 files", streamedError, StringComparison.Ordinal);
    }

    private static global::CorpusLens.Corpus Make(params string[] texts) =>
        global::CorpusLens.Corpus.FromArticles(texts.Select((text, i) => new Article { Id = $"a{i}", Language = "fr", Text = text, Sentences = [] }));

    private static List<string> Rows(DataFrame frame) =>
        [.. frame.Rows.Select(row => string.Join("|", row.Select(value => value is double number ? number.ToString("R", System.Globalization.CultureInfo.InvariantCulture) : value?.ToString())))];

    private static List<(int Start, int Length, TokenKind Kind, string Folded)> FoldedTokens(string text)
    {
        var tokens = new List<(int, int, TokenKind, string)>();
        foreach (var token in Tokenizer.Tokenize(text))
        {
            tokens.Add((token.Start, token.Length, token.Kind, CaseFolding.Fold(text.AsSpan(token.Start, token.Length))));
        }
        return tokens;
    }

    // The implementations before numbered words: a string per token, a dictionary of the words in each window.
    private static DataFrame ReferenceDiversity(global::CorpusLens.Corpus corpus, int window)
    {
        var rows = corpus.Documents.Select(article =>
        {
            var words = FoldedTokens(article.Text).Where(token => token.Kind == TokenKind.Word).Select(token => token.Folded).ToList();
            int types = words.Distinct(StringComparer.Ordinal).Count();
            double ttr = words.Count == 0 ? 0 : (double)types / words.Count;
            return (article.Id, Tokens: words.Count, Types: types, Ttr: ttr, Mattr: ReferenceMovingAverage(words, window, ttr));
        }).ToList();
        return new DataFrame(
            new StringDataFrameColumn("article", rows.Select(row => row.Id)),
            new Int32DataFrameColumn("tokens", rows.Select(row => row.Tokens)),
            new Int32DataFrameColumn("types", rows.Select(row => row.Types)),
            new DoubleDataFrameColumn("ttr", rows.Select(row => row.Ttr)),
            new DoubleDataFrameColumn("mattr", rows.Select(row => row.Mattr)));
    }

    private static double ReferenceMovingAverage(IReadOnlyList<string> words, int window, double shortTextValue)
    {
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

    private static DataFrame ReferenceDispersion(global::CorpusLens.Corpus corpus, string query)
    {
        var pattern = FoldedTokens(query).Select(token => (token.Folded, Prefix: token.Start + token.Length < query.Length && query[token.Start + token.Length] == '*')).ToList();
        var articles = new List<string>();
        var positions = new List<int>();
        var relative = new List<double>();
        foreach (var article in corpus.Documents)
        {
            var tokens = FoldedTokens(article.Text);
            for (int at = 0; at + pattern.Count <= tokens.Count; at++)
            {
                if (pattern.Select((word, j) => word.Prefix ? tokens[at + j].Folded.StartsWith(word.Folded, StringComparison.Ordinal) : tokens[at + j].Folded == word.Folded).All(match => match))
                {
                    articles.Add(article.Id);
                    positions.Add(at);
                    relative.Add(tokens.Count <= 1 ? 0 : (double)at / (tokens.Count - 1));
                }
            }
        }
        return new DataFrame(
            new StringDataFrameColumn("article", articles),
            new StringDataFrameColumn("term", articles.Select(_ => query.Trim())),
            new Int32DataFrameColumn("position", positions),
            new DoubleDataFrameColumn("relative_position", relative));
    }
}
