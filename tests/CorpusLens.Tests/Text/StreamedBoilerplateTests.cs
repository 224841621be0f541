using CorpusLens.Tests.Corpus;
using CorpusLens.Text;
using CsCheck;

namespace CorpusLens.Tests.Text;

/// <summary>A streamed folder has the boilerplate rules of a load applied: the same counts, contexts and dates.</summary>
public sealed class StreamedBoilerplateTests
{
    private const string Paragraph = "Microsoft investit dans OpenAI, et le conseil d’OpenAI décide seul de la suite des opérations, sans Google.";

    public static TheoryData<string, int> DebrisLines => new()
    {
        // a line between two paragraphs, how many removals a load makes of it
        { "Share the Post:", 1 },
        { "  Partager  \r", 1 },
        { "Logo Zéphyrnet", 1 },
        { "peshkov - stock.adobe.com", 1 },
        { "Microsoft-CTO Kevin Scott (Microsoft)", 1 },
        { "Commentaires Microsoft est coincé dans une situation difficile.", 1 },
        { "Comme nous l’avons vu, OpenAI a toujours place à une autre erreur. ®", 1 },
        { "Lire aussi", 1 },
        { "Le partage des bénéfices d’OpenAI est plafonné.", 0 },
        { "Commentaires et critiques ont afflué.", 0 },
        { new string('x', 170) + " Partager", 0 },
    };

    [Theory]
    [MemberData(nameof(DebrisLines))]
    public void A_streamed_file_loses_the_debris_a_load_removes(string line, int removals)
    {
        using var folder = new TemporaryFolder();
        folder.Write("a.txt", $"{Paragraph}\n{line}\n{Paragraph}\n");
        folder.Write("b.txt", $"{line}\n\n{Paragraph}");
        folder.Write("c.txt", $"{Paragraph}\r\n{line}\r\n\r\n{Paragraph}\r\n"); // Windows line ends
        var loaded = global::CorpusLens.Corpus.Load(folder.Path);
        var report = new LoadReport();
        var streamed = TermCounter.CountFolder(folder.Path, report: report);

        Assert.Equal(FrameText.Csv(TermCounter.Count(loaded).Frequencies(by: "article")), FrameText.Csv(streamed.Frequencies(by: "article")));
        Assert.Equal(3 * removals, loaded.Report.BoilerplateRemovals);
        Assert.Equal(loaded.Report.BoilerplateRemovals, report.BoilerplateRemovals);
        foreach (var query in new[] { "OpenAI", "Microsoft", "Google" })
        {
            Assert.Equal(FrameText.Csv(TermAnalysis.Kwic(loaded, query, 4)), FrameText.Csv(TermAnalysis.StreamKwic(folder.Path, query, 4)));
        }
    }

    [Fact]
    public void The_bundled_corpus_streamed_counts_as_it_loads()
    {
        var data = global::CorpusLens.Corpus.FindBundledData();
        var loaded = global::CorpusLens.Corpus.Load(data);
        var report = new LoadReport();
        var streamed = TermCounter.CountFolder(data, report: report);

        Assert.True(loaded.Report.BoilerplateRemovals >= 8);
        Assert.Equal(loaded.RemovedLines.Rows.Count, report.BoilerplateRemovals);
        var index = TermCounter.Count(loaded);
        foreach (var by in new[] { "article", "date", "title", "source", "event", "corpus" })
        {
            Assert.Equal(FrameText.Csv(index.Frequencies(by: by)), FrameText.Csv(streamed.Frequencies(by: by)));
        }
        Assert.Equal(FrameText.Csv(TermAnalysis.Kwic(loaded, "OpenAI", 4)), FrameText.Csv(TermAnalysis.StreamKwic(data, "OpenAI", 4)));
        Assert.Equal(FrameText.Csv(TermAnalysis.Collocations(loaded, "microsoft", window: 3, minimumCount: 2)),
            FrameText.Csv(TermAnalysis.StreamCollocations(data, "microsoft", window: 3, minimumCount: 2)));

        var output = new StringWriter();
        var error = new StringWriter();
        Assert.Equal(0, CorpusLens.Cli.CorpusLensCommandLine.Run(["terms", "--corpus", data, "--stream", "--format", "csv"], output, error));
        Assert.Contains(FormattableString.Invariant($", {report.BoilerplateRemovals} boilerplate lines removed"), error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_line_dates_a_streamed_file_unless_its_metadata_does()
    {
        using var folder = new TemporaryFolder();
        folder.Write("a.txt", $" date 2019-07 {Paragraph}");
        folder.Write("b.txt", $"date: 2023-11-17\n{Paragraph}");
        folder.Write("c.md", $"---\ndate: 2024-05\n---\ndate 2019-07 {Paragraph}");
        folder.Write("d.txt", $"{Paragraph}\ndate 2019-07 {Paragraph}"); // not the first line: kept, undated

        var streamed = TermCounter.CountFolder(folder.Path);
        var loaded = global::CorpusLens.Corpus.Load(folder.Path);

        Assert.Equal(["2019-07", "2023-11-17", "2024-05", ""], streamed.Documents.Select(document => document.Metadata.GetValueOrDefault("date", "")));
        Assert.Equal(loaded.Documents.Select(article => article.Date), streamed.Documents.Select(document => document.Metadata.GetValueOrDefault("date", "")));
        Assert.Equal(FrameText.Csv(TermCounter.Count(loaded).Frequencies(by: "date")), FrameText.Csv(streamed.Frequencies(by: "date")));
    }

    [Fact]
    public void No_rules_stream_the_text_as_it_is()
    {
        using var folder = new TemporaryFolder();
        folder.Write("a.txt", $"Partager\n{Paragraph}");
        var report = new LoadReport();
        var streamed = TermCounter.CountFolder(folder.Path, report: report, boilerplateRules: []);
        var loaded = global::CorpusLens.Corpus.Load(folder.Path, boilerplateRules: []);

        Assert.Contains("Partager", streamed.Frequencies()["term"].Cast<string>());
        Assert.Equal(0, report.BoilerplateRemovals);
        Assert.Equal(FrameText.Csv(TermCounter.Count(loaded).Frequencies()), FrameText.Csv(streamed.Frequencies()));
    }

    [Fact]
    public void Blanking_a_text_leaves_the_tokens_removals_date_and_title_of_the_loaded_article()
    {
        var remover = new BoilerplateRemover(BoilerplateRules.All);
        var line = Gen.OneOf(
            Gen.OneOf("Partager", "Share the Post:", "  Tweet ", "Logo Zéphyrnet", "Date :", "Lire aussi", "spot_img", "© Reuters",
                "Kevin Scott (Microsoft)", "date 2019-07 Microsoft", "Commentaires Microsoft investit.", "Fin de l’article ®",
                "Commentaires et critiques", "", " ", "\t"),
            Gen.String[Gen.Char["a-zA-Z0-9 .,:;()’'®©-é\t"], 0, 40],
            Gen.String[Gen.Char["a-z "], 150, 180]);
        var ending = Gen.OneOf("\n", "\r\n", "\n\n");
        Gen.Select(line, ending, (text, end) => text + end).Array[0, 8].Select(lines => string.Concat(lines)).Sample(text =>
        {
            var article = ArticleBuilder.Build(new RawDocument("a", "a.txt", text, new Dictionary<string, string>()), remover);
            var blanked = text.ToCharArray();
            int removals = remover.Blank(blanked, out string? date);
            var streamedText = new string(blanked);

            Assert.Equal(article.RemovedLines.Count, removals);
            Assert.Equal(article.Date, date ?? "");
            Assert.Equal(article.Title, TitleLine.Find(streamedText).ToString());
            Assert.Equal(Tokens(article.Text), Tokens(streamedText));
            Assert.Equal(text.Length, streamedText.Length);
        });
    }

    private static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        foreach (var token in Tokenizer.Tokenize(text))
        {
            tokens.Add(text.Substring(token.Start, token.Length));
        }
        return tokens;
    }
}
