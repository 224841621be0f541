using CorpusLens.Tests.Cli;
using CorpusLens.Tests.Corpus;
using CorpusLens.Text;

namespace CorpusLens.Tests.Text;

/// <summary>A streamed file has the group values its loaded article has: date, source and title always, a title line taken from its text.</summary>
public sealed class StreamedGroupValuesTests
{
    private const string Paragraph = "Microsoft investit dans OpenAI, et le conseil d’OpenAI décide seul de la suite, sans Google.";

    /// <summary>Each case: a file's name and text, the metadata.csv (or none), and the title a load gives it.</summary>
    public static TheoryData<string, string, string, string> Titles => new()
    {
        { "a short first line standing apart", "a.txt", $"Microsoft investit dans OpenAI\n\n{Paragraph}", "Microsoft investit dans OpenAI" },
        { "one ending like a sentence but standing apart", "a.txt", $"Microsoft investit.\n\n{Paragraph}", "Microsoft investit." },
        { "one ending like a sentence run into the next line", "a.txt", $"Microsoft investit.\n{Paragraph}", "" },
        { "one ending in an ellipsis run into the next line", "a.txt", $"Microsoft investit...\n{Paragraph}", "Microsoft investit..." },
        { "one not ending like a sentence run into the next line", "a.txt", $"Microsoft investit\n{Paragraph}", "Microsoft investit" },
        { "white space around it, Windows line ends", "a.txt", $"\r\n  \t\r\n  Microsoft investit  \r\n\r\n{Paragraph}\r\n", "Microsoft investit" },
        { "a one-paragraph text", "a.txt", Paragraph, "" },
        { "one line and empty lines after it", "a.txt", $"Microsoft investit\n\n\n", "" },
        { "a first line of 26 words", "a.txt", $"{string.Join(' ', Enumerable.Repeat("mot", 26))}\n\n{Paragraph}", "" },
        { "a first line of 25 words", "a.txt", $"{string.Join(' ', Enumerable.Repeat("mot", 25))}\n\n{Paragraph}", string.Join(' ', Enumerable.Repeat("mot", 25)) },
        { "a first line of 201 characters", "a.txt", $"{new string('x', 201)}\n\n{Paragraph}", "" },
        { "debris removed before the title line", "a.txt", $"Logo Zéphyrnet\n\nPourquoi Microsoft a besoin d’OpenAI\n\n{Paragraph}", "Pourquoi Microsoft a besoin d’OpenAI" },
        { "a date line leaving a title", "a.txt", $" date 2019-07 Microsoft et OpenAI\n\n{Paragraph}", "Microsoft et OpenAI" },
        { "a title in the front matter", "a.md", $"---\ntitle: '  Le titre  '\n---\nUne autre ligne\n\n{Paragraph}", "Le titre" },
        { "an empty title in the front matter", "a.md", $"---\ntitle: ''\n---\nUne autre ligne\n\n{Paragraph}", "" },
        { "front matter without a title", "a.md", $"---\nsource: Le Monde\n---\nUne autre ligne\n\n{Paragraph}", "Une autre ligne" },
        { "a title in metadata.csv", "a.txt", $"Une autre ligne\n\n{Paragraph}|id,title\na,Le titre\n", "Le titre" },
        { "an empty title cell in metadata.csv", "a.txt", $"Une autre ligne\n\n{Paragraph}|id,title,source\na,,Le Monde\n", "Une autre ligne" },
        { "an empty title cell and front matter", "a.md", $"---\nsource: x\n---\nUne autre ligne\n\n{Paragraph}|id,title\na,\n", "Une autre ligne" },
    };

    [Theory]
    [MemberData(nameof(Titles))]
    public void A_streamed_file_gets_the_title_a_load_gives_it(string @case, string name, string content, string title)
    {
        using var folder = new TemporaryFolder();
        var parts = content.Split('|');
        folder.Write(name, parts[0]);
        folder.Write("other.txt", $"Ein Titel\n\n{Paragraph}");
        if (parts.Length > 1)
        {
            folder.Write("metadata.csv", parts[1]);
        }
        var loaded = global::CorpusLens.Corpus.Load(folder.Path);
        var streamed = TermCounter.CountFolder(folder.Path);

        Assert.True(title == loaded["a"].Title, $"{@case}: the load's title is '{loaded["a"].Title}'");
        Assert.Equal(title, streamed.Documents[0].Metadata["title"]);
        Assert.Equal("Ein Titel", streamed.Documents[1].Metadata["title"]);
        var index = TermCounter.Count(loaded);
        foreach (var by in new[] { "title", "source", "date" })
        {
            Assert.Equal(FrameText.Csv(index.Frequencies(by: by)), FrameText.Csv(streamed.Frequencies(by: by)));
        }
    }

    [Fact]
    public void The_bundled_articles_without_their_metadata_stream_with_the_titles_a_load_finds()
    {
        using var folder = new TemporaryFolder();
        foreach (var file in Directory.GetFiles(global::CorpusLens.Corpus.FindBundledData(), "*.txt"))
        {
            folder.WriteBytes(Path.GetFileName(file), File.ReadAllBytes(file));
        }
        var loaded = global::CorpusLens.Corpus.Load(folder.Path);
        var streamed = TermCounter.CountFolder(folder.Path);

        Assert.True(loaded.Documents.Count(article => article.Title.Length > 0) >= 3); // debris lines before two of them
        Assert.Equal(loaded.Documents.Select(article => article.Title), streamed.Documents.Select(document => document.Metadata["title"]));
        Assert.Equal(FrameText.Csv(TermCounter.Count(loaded).Frequencies(by: "title")), FrameText.Csv(streamed.Frequencies(by: "title")));
    }

    [Fact]
    public void A_streamed_file_has_the_columns_of_its_loaded_article()
    {
        using var folder = new TemporaryFolder();
        folder.Write("a.md", $"---\nid: eins\nlanguage: de\ntags: ''\ndate: ' 2024-05 '\n---\nEin Titel\n\n{Paragraph}");
        folder.Write("b.txt", $"Un titre\n\n{Paragraph}");
        folder.Write("c.txt", $"date: 2023-11-17\n{Paragraph}");
        folder.Write("metadata.csv", "id,language,source,outlet\neins,,Heise,\nb,fr,,Le Monde\n");
        var loaded = global::CorpusLens.Corpus.Load(folder.Path);
        var streamed = TermCounter.CountFolder(folder.Path);
        var loadedValues = TermCounter.Count(loaded).Documents;

        Assert.Equal(
            [
                "tags=, date=2024-05, source=Heise, title=Ein Titel",
                "outlet=Le Monde, date=, source=, title=Un titre",
                "date=2023-11-17, source=, title=",
            ],
            streamed.Documents.Select(Pairs));
        Assert.Equal(loadedValues.Select(Pairs), streamed.Documents.Select(Pairs));
        Assert.Equal(loadedValues.Select(document => document.Metadata.Count), streamed.Documents.Select(document => document.Metadata.Count));
        Assert.False(streamed.Documents[0].Metadata.ContainsKey("language"));
        Assert.False(streamed.Documents[0].Metadata.ContainsKey("id"));
        Assert.False(streamed.Documents[0].Metadata.ContainsKey("outlet")); // its cell is empty
        Assert.Throws<KeyNotFoundException>(() => streamed.Documents[1].Metadata["language"]);
    }

    [Theory]
    [InlineData("", "--by outlet: no article has that column; use article, language, corpus or one of: date, source, title")]
    [InlineData("id,tags\na,ai\n", "--by outlet: no article has that column; use article, language, corpus or one of: date, source, tags, title")]
    public void A_column_no_file_has_is_named_with_the_columns_there_are_streamed_or_loaded(string metadata, string expected)
    {
        using var folder = new TemporaryFolder();
        folder.Write("a.txt", "Un titre court\n\nMicrosoft investit dans OpenAI.");
        folder.Write("b.txt", "Ein Titel\n\nMicrosoft investiert in OpenAI.");
        if (metadata.Length > 0)
        {
            folder.Write("metadata.csv", metadata);
        }
        foreach (var stream in new[] { true, false })
        {
            var (code, _, error) = CommandLineRun.Run(["terms", "--corpus", folder.Path, "--by", "outlet", .. stream ? ["--stream"] : Array.Empty<string>()]);
            Assert.Equal(1, code);
            Assert.Equal("corpuslens: error: " + expected, error.TrimEnd().Split('\n')[^1]);
        }
    }

    [Fact]
    public void Grouping_a_streamed_folder_by_title_gives_the_loaded_rows()
    {
        using var folder = new TemporaryFolder();
        folder.Write("a.txt", $"Un titre court\n\n{Paragraph}");
        folder.Write("b.txt", $"Un titre court\n\n{Paragraph} Microsoft.");
        folder.Write("c.txt", Paragraph);
        foreach (var format in new[] { "csv", "json", "table" })
        {
            Assert.Equal(Terms(folder.Path, format, stream: false), Terms(folder.Path, format, stream: true));
        }
        Assert.Contains("Un titre court,Microsoft,3,", Terms(folder.Path, "csv", stream: true), StringComparison.Ordinal);
    }

    private static string Terms(string folder, string format, bool stream) =>
        CommandLineRun.Succeed(["terms", "--corpus", folder, "--by", "title", "--format", format, .. stream ? ["--stream"] : Array.Empty<string>()]).Output;

    private static string Pairs(TermDocument document) => string.Join(", ", document.Metadata.Select(pair => $"{pair.Key}={pair.Value}"));
}
