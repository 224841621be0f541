using CorpusLens.Tests.Corpus;
using CorpusLens.Text;

namespace CorpusLens.Tests.Text;

/// <summary>A streamed folder takes ids, languages and group columns from front matter and metadata.csv as a load does.</summary>
public sealed class StreamedFolderTests
{
    /// <summary>Each case: files (name, text) in a folder; the ids a load and streaming both count, in order.</summary>
    public static TheoryData<string, (string Name, string Text)[], string[]> Folders => new()
    {
        {
            "ids from front matter",
            [("a.md", "---\nid: eins\n---\nMicrosoft und OpenAI."), ("b.md", "Microsoft et OpenAI.")],
            ["eins", "b"]
        },
        {
            "a front matter id taken by a later file's name",
            [("a.md", "---\nid: c\n---\nMicrosoft und OpenAI."), ("c.txt", "Microsoft et OpenAI.")],
            ["c"]
        },
        {
            "a file name taken by a later file's front matter id",
            [("a.txt", "Microsoft et OpenAI."), ("b.txt", "---\nid: a\n---\nGoogle et Microsoft.")],
            ["a"]
        },
        {
            "namesakes that a front matter id tells apart",
            [("a.md", "---\nid: x\n---\nMicrosoft und OpenAI."), ("a.txt", "Microsoft et OpenAI.")],
            ["x", "a"]
        },
        {
            "a namesake that is empty gives way",
            [("a.md", ""), ("a.txt", "Microsoft et OpenAI.")],
            ["a"]
        },
        {
            "front matter that is not closed, not valid YAML, or has a key twice",
            [("a.md", "---\ntitle: open\nMicrosoft"), ("b.md", "---\ntitle: [unclosed\n---\nOpenAI"),
             ("c.md", "---\ntitle: x\ntitle: y\n---\nGoogle"), ("d.md", "---\n---\nMicrosoft et OpenAI.")],
            ["d"]
        },
        {
            "an id with spaces around it, and an empty one",
            [("a.md", "---\nid: '  eins '\n---\nMicrosoft."), ("b.md", "---\nid: ''\n---\nOpenAI.")],
            ["eins", "b"]
        },
    };

    [Theory]
    [MemberData(nameof(Folders))]
    public void Streaming_counts_and_reports_the_files_a_load_loads(string name, (string Name, string Text)[] files, string[] ids)
    {
        using var folder = new TemporaryFolder();
        foreach (var (file, text) in files)
        {
            folder.Write(file, text);
        }
        var loaded = global::CorpusLens.Corpus.Load(folder.Path);
        var report = new LoadReport();
        var streamed = TermCounter.CountFolder(folder.Path, report: report);

        Assert.Equal(ids, loaded.Documents.Select(article => article.Id));
        Assert.Equal(ids, streamed.Documents.Select(document => document.Id));
        Assert.True(loaded.Report.Messages.Select(message => message.ToString()).SequenceEqual(report.Messages.Select(message => message.ToString())), name);
        Assert.Equal(FrameText.Csv(TermCounter.Count(loaded).Frequencies(by: "article")), FrameText.Csv(streamed.Frequencies(by: "article")));
    }

    [Fact]
    public void Group_columns_and_languages_come_from_front_matter_with_the_metadata_rows_non_empty_cells_winning()
    {
        using var folder = new TemporaryFolder();
        folder.Write("a.md", "---\nid: eins\nlanguage: de\nsource: Zeit\nsection: tech\n---\nMicrosoft und OpenAI, groß.");
        folder.Write("b.md", "---\nlanguage: fr\nsource: Le Monde\nsection: tech\n---\nMicrosoft et OpenAI, grand.");
        folder.Write("c.txt", "The board of OpenAI and the people of Microsoft were in the news with Google.");
        // eins: the row of its front matter id; b: its row's empty source keeps the front matter's; c: no front matter
        folder.Write("metadata.csv", "id,source,section\neins,Die Zeit,\nb,,business\nc,BBC,world\nz,none,none\n");
        var report = new LoadReport();
        var streamed = TermCounter.CountFolder(folder.Path, report: report);
        var loaded = TermCounter.Count(global::CorpusLens.Corpus.Load(folder.Path));

        Assert.Equal(["de", "fr", "en"], streamed.Documents.Select(document => document.Language));
        foreach (var column in new[] { "source", "section", "language" })
        {
            Assert.Equal(FrameText.Csv(loaded.Frequencies(by: column)), FrameText.Csv(streamed.Frequencies(by: column)));
        }
        Assert.Equal(["BBC", "Die Zeit", "Le Monde"], streamed.Frequencies(by: "source", top: 1)["source"].Cast<string>());
        Assert.Equal(["business", "tech", "world"], streamed.Frequencies(by: "section", top: 1)["section"].Cast<string>());
        Assert.Equal(["metadata names 'z', but no file z.txt or z.md was loaded"], report.Messages.Select(message => message.Reason));
    }

    [Fact]
    public void The_command_line_groups_a_streamed_folder_by_a_front_matter_key()
    {
        using var folder = new TemporaryFolder();
        folder.Write("a.md", "---\nsource: Zeit\n---\nMicrosoft und OpenAI.");
        folder.Write("b.md", "---\nsource: Le Monde\n---\nMicrosoft et OpenAI.");
        var output = new StringWriter();
        int code = CorpusLens.Cli.CorpusLensCommandLine.Run(["terms", "--corpus", folder.Path, "--stream", "--by", "source", "--format", "csv"], output, new StringWriter());
        Assert.Equal(0, code);
        var lines = output.ToString().Split(["\r\n", "\n"], StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("source,term,count,per_thousand,document_frequency", lines[0]);
        Assert.Equal(["Le Monde", "Zeit"], lines.Skip(1).Select(line => line.Split(',')[0]).Distinct());
    }

    [Theory]
    [InlineData(new[] { "a.md", "b.md", "c.md" }, true)]
    [InlineData(new[] { "a.txt", "b.md", "c.TXT" }, true)]
    [InlineData(new[] { "a.md", "b.md", "c.csv" }, false)]
    public void A_folder_of_more_txt_and_md_files_than_the_threshold_is_streamed(string[] names, bool streamed)
    {
        using var folder = new TemporaryFolder();
        foreach (var name in names)
        {
            folder.Write(name, "---\nsource: Zeit\n---\nMicrosoft und OpenAI.");
        }
        var error = new StringWriter();
        var index = CorpusLens.Cli.TermOptionsBinder.Count(folder.Path, new TermOptions(), stream: false, error, streamThreshold: 2);
        Assert.Equal(streamed, error.ToString().Contains("streamed", StringComparison.Ordinal));
        Assert.Equal(["Zeit"], index.Frequencies(by: "source", top: 1)["source"].Cast<string>());
    }

    public static TheoryData<string, string[], string, string[]> Merges => new()
    {
        // front matter (key=value), metadata row (header line, values line), the merged key=value pairs in order
        { "no row", ["id=a", "source=Zeit"], "", ["id=a", "source=Zeit"] },
        { "a row's cells win", ["source=Zeit"], "id,source\na,Die Zeit", ["source=Die Zeit", "id=a"] },
        { "a row's empty cells do not", ["source=Zeit", "date=2024"], "id,source,date\na,,2023", ["source=Zeit", "date=2023", "id=a"] },
        { "no front matter keys", [], "id,section\na,tech", ["id=a", "section=tech"] },
    };

    [Theory]
    [MemberData(nameof(Merges))]
    public void Front_matter_and_a_metadata_row_merge_as_a_load_merges_them(string name, string[] frontMatter, string csv, string[] expected)
    {
        var keys = frontMatter.Select(pair => pair.Split('=')).ToDictionary(pair => pair[0], pair => pair[1]);
        CsvRow? row = null;
        if (csv.Length > 0)
        {
            var lines = csv.Split('\n');
            row = new CsvRow(new CsvHeader(lines[0].Split(',')), lines[1].Split(','));
        }
        var merged = new MetadataPool().Merge(keys, row);
        Assert.True(expected.SequenceEqual(merged.Select(pair => $"{pair.Key}={pair.Value}")), name);
    }

    [Fact]
    public void Short_values_met_again_are_one_string_and_long_ones_kept_as_they_are()
    {
        var pool = new MetadataPool();
        var title = new string('t', SharedStrings.MaximumLength + 1);
        var first = pool.Merge(new() { ["language"] = "fr", ["title"] = title }, null);
        var second = pool.Merge(new() { ["language"] = new string(['f', 'r']), ["title"] = new string('t', SharedStrings.MaximumLength + 1) }, null);
        Assert.Same(first["language"], second["language"]);
        Assert.NotSame(first["title"], second["title"]); // long values are kept as they are
        Assert.Equal(first["title"], second["title"]);
        Assert.Equal(["language", "title"], second.Keys);
    }
}
