using System.Text;
using CorpusLens.Text;
using CsCheck;

namespace CorpusLens.Tests.Text;

/// <summary>A streamed folder's files are decoded, skipped and reported as a load decodes, skips and reports them.</summary>
public sealed class StreamedFileReaderTests
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static byte[] Latin1(string text) => Encoding.Latin1.GetBytes(text);

    public static TheoryData<string, byte[], string?, string?> Files => new()
    {
        // name, bytes, the text counted (null: skipped), the message
        { "plain UTF-8", Utf8("L’IA d’OpenAI, décision."), "L’IA d’OpenAI, décision.", null },
        { "UTF-8 with a byte-order mark", [.. Utf8Bom, .. Utf8("Größe")], "Größe", null },
        { "decomposed accents", Utf8("de\u0301cision"), "décision", null },
        { "Latin-1", Latin1("décision à Paris"), "décision à Paris", "decoded as Latin-1 (Windows-1252): not valid UTF-8" },
        { "UTF-16 LE with a byte-order mark", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Straße")], "Straße", "decoded as UTF-16 LE (byte-order mark)" },
        { "invalid UTF-8 with UTF-8 in it", [.. Utf8("é "), 0xFF, .. Utf8(" OpenAI")], "é \uFFFD OpenAI", "invalid UTF-8: undecodable bytes replaced by U+FFFD" },
        { "one stray control byte", Utf8("OpenAI und Microsoft, ein langer Satz ohne Ende\u001A"), "OpenAI und Microsoft, ein langer Satz ohne Ende\u001A", null },
        { "front matter (read by the caller)", Utf8("---\ntitle: x\n---\nOpenAI"), "---\ntitle: x\n---\nOpenAI", null },
        { "no bytes", [], null, "empty file: no bytes" },
        { "only a byte-order mark", Utf8Bom, null, "empty file: only white space" },
        { "only white space", Utf8(" \n\t\r\n "), null, "empty file: only white space" },
        { "NUL bytes", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A, 0x0A, 0x00, 0x01], null, "binary file: contains NUL bytes" },
        { "control characters", Utf8(string.Concat(Enumerable.Repeat("a\u0001\u0002", 40))), null, "binary file: too many control characters" },
        { "C1 control characters", Utf8(string.Concat(Enumerable.Repeat("a\u0085\u0091", 40))), null, "binary file: too many control characters" },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void A_file_is_read_as_a_load_reads_it(string name, byte[] bytes, string? text, string? message)
    {
        var reader = new StreamedFileReader();
        bool counted = reader.TryDecode(bytes, out var decoded, out _, out string? said);
        Assert.True(counted == text is not null, name);
        Assert.Equal(text ?? "", decoded.ToString());
        Assert.Equal(message, said);
    }

    [Fact]
    public void Any_bytes_decode_as_TextFileDecoder_decodes_them()
    {
        var pieces = Gen.OneOf(
            Gen.Const("OpenAI "), Gen.Const("décision "), Gen.Const("Straße"), Gen.Const("\n"), Gen.Const("---\n"),
            Gen.Const("e\u0301"), Gen.Const("\u0085"), Gen.Const("\u001A"), Gen.Const("\0"), Gen.Const(" "), Gen.Const("«\u00A0»"));
        var utf8Texts = pieces.Array[0, 30].Select(parts => Utf8(string.Concat(parts)));
        var latin1Texts = pieces.Array[0, 30].Select(parts => Latin1(string.Concat(parts).Normalize(NormalizationForm.FormC)));
        var withMark = utf8Texts.Select(bytes => (byte[])[.. Utf8Bom, .. bytes]);
        Gen.OneOf(Gen.Byte.Array[0, 300], utf8Texts, latin1Texts, withMark).Sample(bytes =>
        {
            var reader = new StreamedFileReader(); // CsCheck samples on several threads; a reader is one thread's
            var expected = TextFileDecoder.Decode(bytes);
            bool counted = reader.TryDecode(bytes, out var text, out var severity, out string? message);
            Assert.Equal(expected.Text is not null, counted);
            Assert.Equal(expected.Message, message);
            if (counted)
            {
                Assert.Equal(expected.Severity, severity);
                Assert.Equal(expected.Text, text.ToString());
            }
        }, iter: 3000);
    }

    [Fact]
    public void A_streamed_folder_skips_and_reports_the_files_a_load_skips_and_counts_the_rest_alike()
    {
        using var folder = new CorpusLens.Tests.Corpus.TemporaryFolder();
        folder.Write("a.md", "Microsoft et OpenAI.");
        folder.Write("a.txt", "OpenAI et Microsoft : la décision du conseil."); // the same id as a.md, which comes first
        folder.WriteBytes("b.txt", Latin1("La décision d'OpenAI, à Paris."));
        folder.WriteBytes("c.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00]);
        folder.WriteBytes("d.txt", []);
        folder.Write("e.txt", "   \n");
        folder.WriteBytes("f.txt", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Die Entscheidung von OpenAI.")]);
        File.CreateSymbolicLink(Path.Combine(folder.Path, "g.txt"), "/nonexistent/corpuslens/target.txt"); // cannot be opened
        folder.Write("metadata.csv", "id,language,section\na,fr,tech\nd,fr,none\nz,de,missing\n"); // d: skipped; z: no file
        var loaded = global::CorpusLens.Corpus.Load(folder.Path);
        var report = new LoadReport();
        var streamed = TermCounter.CountFolder(folder.Path, report: report);

        Assert.Equal(["a", "b", "f"], streamed.Documents.Select(document => document.Id));
        Assert.Equal(loaded.Report.Messages.Select(message => message.ToString()), report.Messages.Select(message => message.ToString()));
        Assert.Equal(3, report.Loaded);
        Assert.Equal(2, report.Messages.Count(message => message.Reason.StartsWith("metadata names", StringComparison.Ordinal)));
        Assert.Equal("skipped 5 (1 duplicate id, 1 binary file, 2 empty file, 1 unreadable file)", report.Skips);
        var inMemory = TermCounter.Count(loaded);
        Assert.Equal(FrameText.Csv(inMemory.Frequencies(by: "article")), FrameText.Csv(streamed.Frequencies(by: "article")));
        Assert.Contains("décision", streamed.Frequencies(by: "corpus")["term"].Cast<string>()); // from b.txt, in Latin-1
        Assert.DoesNotContain("conseil", streamed.Frequencies(by: "corpus")["term"].Cast<string>()); // a.txt: skipped
    }

    public static TheoryData<string[], int[]> Names => new()
    {
        { ["/c/a.md", "/c/a.txt", "/c/b.txt"], [1, 0] },
        { ["/c/a.md", "/c/a.n.txt", "/c/a.txt", "/c/a.n.md"], [2, 0, 3, 1] },
        { ["/c/A.TXT", "/c/a.txt"], [] },
        { ["/c/x.txt"], [] },
        { [], [] },
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void A_file_whose_id_an_earlier_file_has_is_found_with_that_file(string[] files, int[] laterThenFirst)
    {
        var expected = laterThenFirst.Chunk(2).ToDictionary(pair => pair[0], pair => pair[1]);
        Assert.Equal(expected, TermCounter.DuplicateIds([.. files], recursive: false));
        Assert.Equal(expected, TermCounter.DuplicateIds([.. files], recursive: true));
    }

    [Fact]
    public void In_sub_folders_files_of_one_name_and_extension_share_an_id()
    {
        Assert.Equal(new Dictionary<int, int> { [1] = 0 }, TermCounter.DuplicateIds(["/c/x/a.txt", "/c/y/a.txt", "/c/y/b.txt"], recursive: true));
    }

    [Fact]
    public void The_command_line_says_how_many_streamed_files_it_skipped_and_why()
    {
        using var folder = new CorpusLens.Tests.Corpus.TemporaryFolder();
        folder.Write("a.txt", "OpenAI et Microsoft.");
        folder.WriteBytes("b.txt", [0x00, 0x01, 0x02]);
        folder.WriteBytes("c.txt", []);
        var error = new StringWriter();
        int code = CorpusLens.Cli.CorpusLensCommandLine.Run(["terms", "--corpus", folder.Path, "--stream", "--format", "csv"], new StringWriter(), error);
        Assert.Equal(0, code);
        var lines = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Path.Combine(folder.Path, "b.txt") + ": skipped: binary file: contains NUL bytes", lines[0]);
        Assert.Equal(Path.Combine(folder.Path, "c.txt") + ": skipped: empty file: no bytes", lines[1]);
        Assert.StartsWith("streamed 1 file, skipped 2 (1 binary file, 1 empty file), 3 tokens", lines[2]);
    }
}
