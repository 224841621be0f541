using System.Text;
using CorpusLens.Cli;

namespace CorpusLens.Tests.Corpus;

public class CorpusLoadTests
{
    private const string French = "Le partenariat entre Microsoft et OpenAI est né de la jalousie. Il a été signé en 2019 pour un milliard de dollars et les deux sociétés le commercialiseront.";
    private const string German = "Die Partnerschaft von Microsoft ist aus dem Neid entstanden. Sie wurde 2019 mit einer Milliarde Dollar besiegelt, und das ist nicht wenig.";

    [Fact]
    public void A_mixed_folder_loads_the_four_readable_files_and_names_the_two_bad_ones()
    {
        using var folder = new TemporaryFolder();
        folder.Write("good.txt", French);
        folder.WriteBytes("latin1.txt", Encoding.Latin1.GetBytes(French));
        folder.WriteBytes("utf16.txt", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(German)]);
        folder.WriteBytes("utf8bom.md", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(German)]);
        folder.WriteBytes("empty.txt", []);
        folder.WriteBytes("binary.txt", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00, 0xFF, 0x00]);

        var corpus = CorpusLens.Corpus.Load(folder.Path);

        Assert.Equal(["good", "latin1", "utf16", "utf8bom"], corpus.Documents.Select(article => article.Id));
        Assert.Equal(["fr", "fr", "de", "de"], corpus.Documents.Select(article => article.Language));
        Assert.Equal(corpus.Documents[0].Text, corpus.Documents[1].Text);
        var skipped = corpus.Report.Messages.Where(message => message.Severity == LoadSeverity.Skipped).ToList();
        Assert.Equal(["binary.txt", "empty.txt"], skipped.Select(message => Path.GetFileName(message.Path)).Order());
        Assert.Contains(corpus.Report.Messages, message => message.Path.EndsWith("latin1.txt") && message.Reason.Contains("Latin-1"));
        Assert.Contains(corpus.Report.Messages, message => message.Path.EndsWith("utf16.txt") && message.Reason.Contains("UTF-16"));
        Assert.Equal("loaded 4 articles, skipped 2 (1 binary file, 1 empty file)", corpus.Report.Summary);
    }

    [Fact]
    public void The_command_line_reports_skips_on_stderr_and_strict_turns_them_into_exit_code_2()
    {
        using var folder = new TemporaryFolder();
        folder.Write("good.txt", French);
        folder.WriteBytes("empty.txt", []);

        var output = new StringWriter();
        var error = new StringWriter();
        Assert.Equal(0, CorpusLensCommandLine.Run(["corpus", "--corpus", folder.Path, "--format", "csv"], output, error));
        Assert.Contains("empty.txt: skipped: empty file: no bytes", error.ToString());
        Assert.Equal(2, output.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);

        Assert.Equal(2, CorpusLensCommandLine.Run(["corpus", "--corpus", folder.Path, "--strict"], new StringWriter(), new StringWriter()));
    }

    [Fact]
    public void A_missing_folder_is_a_one_line_error_and_a_non_zero_exit()
    {
        var error = new StringWriter();
        int exit = CorpusLensCommandLine.Run(["corpus", "--corpus", "/no/such/folder"], new StringWriter(), error);
        Assert.Equal(1, exit);
        Assert.Equal("corpuslens: error: /no/such/folder: no such folder or file", error.ToString().Trim());
    }

    [Fact]
    public void Front_matter_sets_metadata_and_metadata_csv_overrides_it()
    {
        using var folder = new TemporaryFolder();
        folder.Write("a.md", "---\ntitle: Front title\ndate: 2023-11-20\nsource: The Register\ntags: [ai, board]\n---\n" + French);
        folder.Write("b.md", "---\nid: custom-id\nlanguage: de\n---\n" + French);
        folder.Write("metadata.csv", "id,title,source\na,CSV title,\n");

        var corpus = CorpusLens.Corpus.Load(folder.Path);

        var a = corpus["a"];
        Assert.Equal("CSV title", a.Title);
        Assert.Equal("2023-11-20", a.Date);
        Assert.Equal("The Register", a.Source);
        Assert.Equal("ai; board", a.Metadata["tags"]);
        Assert.StartsWith("Le partenariat", a.Text);
        var b = corpus["custom-id"];
        Assert.Equal("de", b.Language);
        Assert.Equal("metadata", b.LanguageSource);
        Assert.Equal(["custom-id", "a"], corpus.Articles["id"].Cast<string>().OrderDescending());
    }

    public static TheoryData<string, string, int?, string> BadMetadata => new()
    {
        { "unclosed front matter", "---\ntitle: x\n" + French, 1, "front matter: opening '---' has no closing '---'" },
        { "invalid YAML", "---\ntitle: [unclosed\n---\n" + French, null, "front matter: invalid YAML" },
        { "a list, not key: value lines", "---\n- one\n- two\n---\n" + French, 2, "front matter: expected 'key: value' lines" },
        { "a plain text, not key: value lines", "---\njust words\n---\n" + French, 2, "front matter: expected 'key: value' lines" },
        { "a key that is a list", "---\n[a, b]: x\n---\n" + French, 2, "front matter: a key must be plain text" },
        { "a key given twice", "---\ntitle: a\ntitle: b\n---\n" + French, 3, "front matter: key 'title' is given twice" },
        { "a key given twice in two cases", "---\nTitle: a\ntitle: b\n---\n" + French, 3, "front matter: key 'title' is given twice" },
        { "100,000 nested lists", "---\na: " + new string('[', 100_000) + new string(']', 100_000) + "\n---\n" + French, 2,
          "front matter: nested more than 64 levels deep" },
        { "65 nested mappings", "---\na: " + string.Concat(Enumerable.Repeat("{b: ", 65)) + "c" + new string('}', 65) + "\n---\n" + French, 2,
          "front matter: nested more than 64 levels deep" },
        { "an alias, which could expand a few bytes into gigabytes", "---\na: &a [x, x, x]\nb: [*a, *a, *a]\n---\n" + French, 3,
          "front matter: aliases (*a) are not read" },
    };

    // What each YAML value becomes: always its text, never a type's name.
    public static TheoryData<string, string> FrontMatterValues => new()
    {
        { "plain: text", "text" },
        { "quoted: \"a: b\"", "a: b" },
        { "number: 1.50", "1.50" },
        { "published: 2023-11-20", "2023-11-20" },
        { "flag: yes", "yes" },
        { "empty:", "" },
        { "tilde: ~", "" },
        { "nothing: null", "" },
        { "quoted_null: 'null'", "null" },
        { "list: [ai, board]", "ai; board" },
        { "block_list:\n  - ai\n  - board", "ai; board" },
        { "nested: {name: Altman, role: CEO}", "name: Altman; role: CEO" },
        { "Upper_Key: kept", "kept" },
        { "folded: >\n  two\n  lines", "two lines\n" },
        { "list_of_lists: [a, [b, c], [], d]", "a; b; c; ; d" },
        { "list_of_mappings: [{name: Altman}, {name: Nadella, role: CEO}]", "name: Altman; name: Nadella; role: CEO" },
        { "mapping_of_lists: {people: [Altman, Nadella], empty: }", "people: Altman; Nadella; empty: " },
        { "anchored: &name kept", "kept" },
        { "sixty_four_levels: " + new string('[', 64) + "deep" + new string(']', 64), "deep" },
    };

    [Theory]
    [MemberData(nameof(FrontMatterValues))]
    public void A_front_matter_value_is_kept_as_its_text(string yaml, string expected)
    {
        using var folder = new TemporaryFolder();
        folder.Write("a.md", "---\n" + yaml + "\n---\n" + French);

        var article = CorpusLens.Corpus.Load(folder.Path)["a"];

        var key = yaml[..yaml.IndexOf(':', StringComparison.Ordinal)].Trim('"', '\'').ToLowerInvariant();
        Assert.Equal(expected, article.Metadata[key]);
    }

    [Theory]
    [MemberData(nameof(BadMetadata))]
    public void Malformed_front_matter_skips_the_file_with_its_reason(string description, string content, int? line, string reason)
    {
        using var folder = new TemporaryFolder();
        folder.Write("bad.md", content);
        folder.Write("good.txt", German);

        var corpus = CorpusLens.Corpus.Load(folder.Path);

        Assert.Equal(["good"], corpus.Documents.Select(article => article.Id));
        var message = Assert.Single(corpus.Report.Messages);
        Assert.True(message.Severity == LoadSeverity.Skipped, description);
        Assert.StartsWith(reason, message.Reason);
        if (line is not null)
        {
            Assert.Equal(line, message.Line);
        }
        else
        {
            Assert.NotNull(message.Line);
        }
    }

    [Fact]
    public void Malformed_and_duplicate_metadata_rows_are_reported_with_their_line()
    {
        using var folder = new TemporaryFolder();
        folder.Write("a.txt", French);
        folder.Write("metadata.csv", "id,title,language\na,Title A,fr\na,Again,fr\nb,Too,many,fields\n,No id,fr\nghost,Ghost,fr\n");

        var corpus = CorpusLens.Corpus.Load(folder.Path);

        var messages = corpus.Report.Messages.Select(message => (message.Severity, message.Line, message.Reason.Split(':')[0])).ToList();
        Assert.Contains((LoadSeverity.Skipped, (int?)3, "duplicate id"), messages);
        Assert.Contains((LoadSeverity.Skipped, (int?)4, "malformed row"), messages);
        Assert.Contains((LoadSeverity.Skipped, (int?)5, "malformed metadata row"), messages);
        Assert.Contains(corpus.Report.Messages, message => message.Severity == LoadSeverity.Warning && message.Reason.Contains("'ghost'"));
        Assert.Equal("Title A", corpus["a"].Title);
    }

    [Fact]
    public void A_csv_corpus_loads_rows_and_reports_bad_ones()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("articles.csv",
            "id,body,date,outlet\n" +
            $"one,\"{French.Replace("\"", "\"\"")}\",2019-07,Le Monde\n" +
            "two,,2019-07,X\n" +
            "three,\"Multi-line\ntext. Still the same row, \"\"quoted\"\".\",2020-01,Y\n" +
            "one,Duplicate,2021-01,Z\n");

        var corpus = CorpusLens.Corpus.Load(path, textColumn: "body");

        Assert.Equal(["one", "three"], corpus.Documents.Select(article => article.Id));
        Assert.Equal("Le Monde", corpus["one"].Metadata["outlet"]);
        Assert.Contains("\"quoted\"", corpus["three"].Text);
        Assert.Contains(corpus.Report.Messages, message => message.Line == 3 && message.Reason.StartsWith("empty text"));
        Assert.Contains(corpus.Report.Messages, message => message.Reason.StartsWith("duplicate id: 'one'"));
        Assert.Equal(["id", "title", "language", "language_score", "date", "source", "words", "sentences", "text", "path", "outlet"],
            corpus.Articles.Columns.Select(column => column.Name));
    }

    [Fact]
    public void A_csv_without_the_text_column_is_a_clear_error()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("articles.csv", "id,content\n1,hello\n");
        var exception = Assert.Throws<CorpusLensException>(() => CorpusLens.Corpus.Load(path));
        Assert.Equal($"{path}:1: no column 'text' (columns: id, content); name the text column (--text-column on the command line, textColumn: in C#)", exception.Message);
    }

    [Fact]
    public void A_jsonl_corpus_loads_objects_and_reports_bad_lines()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("articles.jsonl",
            "{\"id\": \"a\", \"text\": \"" + French + "\", \"year\": 2019}\n" +
            "not json\n" +
            "\n" +
            "[1, 2]\n" +
            "{\"id\": \"b\"}\n" +
            "{\"text\": \"" + German + "\"}\n");

        var corpus = CorpusLens.Corpus.Load(path);

        Assert.Equal(["a", "line6"], corpus.Documents.Select(article => article.Id));
        Assert.Equal("2019", corpus["a"].Metadata["year"]);
        Assert.Equal("de", corpus["line6"].Language);
        Assert.Equal([2, 4, 5], corpus.Report.Messages.Where(message => message.Severity == LoadSeverity.Skipped).Select(message => message.Line!.Value));
    }

    [Fact]
    public void Without_metadata_the_id_is_the_file_name_and_a_title_line_is_recognised()
    {
        using var folder = new TemporaryFolder();
        folder.Write("2019-07-openai.txt", "Microsoft investit dans OpenAI\n" + French);
        folder.Write("no-title.txt", French + "\n" + French);
        folder.Write("one-line.txt", "Regulators call for guardrails. Without them, the danger is real.");

        var corpus = CorpusLens.Corpus.Load(folder.Path);

        Assert.Equal("Microsoft investit dans OpenAI", corpus["2019-07-openai"].Title);
        Assert.Equal(string.Empty, corpus["no-title"].Title);
        Assert.Equal(string.Empty, corpus["one-line"].Title);
    }

    [Fact]
    public void Sentences_frame_has_one_row_per_sentence_in_order()
    {
        var corpus = CorpusLens.Corpus.FromArticles([
            new Article { Id = "x", Language = "fr", Text = "Une phrase. Deux phrases.", Sentences = [new("x", 0, "Une phrase.", 0), new("x", 1, "Deux phrases.", 12)] },
        ]);
        var sentences = corpus.Sentences;
        Assert.Equal(["article", "index", "text"], sentences.Columns.Select(column => column.Name));
        Assert.Equal(new object[] { "x", 1, "Deux phrases." }, sentences.Rows[1].ToArray());
    }

    [Fact]
    public void Loader_sentences_are_ranges_of_the_article_text()
    {
        var corpus = CorpusLens.Corpus.Load(CorpusLens.Corpus.FindBundledData());
        foreach (var article in corpus.Documents)
        {
            Assert.Equal(Enumerable.Range(0, article.Sentences.Count), article.Sentences.Select(sentence => sentence.Index));
            foreach (var sentence in article.Sentences)
            {
                Assert.Equal(article.Text.Substring(sentence.Start, sentence.Length), sentence.Text);
                Assert.Equal(sentence.Text, sentence.Span.ToString());
                Assert.Equal(article.Id, sentence.ArticleId);
            }
        }
    }

    [Theory]
    [InlineData("corpus")]
    [InlineData("terms")]
    [InlineData("stance")]
    [InlineData("funding")]
    public void Every_command_reads_a_csv_corpus_with_another_text_column(string command)
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("articles.csv", $"id,body\none,\"{French}\"\ntwo,\"{German}\"\n");
        var output = new StringWriter();
        var error = new StringWriter();

        int exit = CorpusLensCommandLine.Run([command, "--corpus", path, "--text-column", "body", "--format", "csv"], output, error);

        Assert.True(exit == 0, error.ToString());
        Assert.Contains("loaded 2 articles, skipped 0", error.ToString());
        Assert.Contains("one", output.ToString());
    }
}
