using System.Text;
using CorpusLens.Tests.Cli;
using CorpusLens.Tests.Corpus;
using CorpusLens.Text;
using CsCheck;

namespace CorpusLens.Tests.Text;

/// <summary>A .csv or .jsonl file of articles streamed (<see cref="TermCounter.CountFile"/>) counts as it loads.</summary>
public sealed class StreamedRecordFileTests
{
    private const string French = "Microsoft investit dans OpenAI, et le conseil d’OpenAI décide seul de la suite, sans Google.";
    private const string German = "Microsoft investiert in OpenAI, und der Vorstand von OpenAI entscheidet allein über die Zukunft.";

    /// <summary>Each case: a file name and its text (\u0001 stands for a byte that is not UTF-8: 0xE9, Latin-1's é).</summary>
    public static TheoryData<string, string, string> Files => new()
    {
        { "plain rows", "a.csv", $"id,language,date,text\na,fr,2024-05,\"{French}\"\nb,de,2023-11,\"{German}\"\n" },
        { "no id, no language: row numbers and detection", "a.csv", $"text,source\n\"{French}\",Le Monde\n\"{German}\",Heise\n" },
        { "a title line, debris and a date line in the text", "a.csv", $"id,text\na,\"Un titre court\n\nLogo Zéphyrnet\n{French}\nPartager\"\nb,\" date 2019-07 {German}\"\n" },
        { "a title column, empty or not", "a.csv", $"id,title,text\na,,\"Un titre\n\n{French}\"\nb,Le titre,\"Ein Titel\n\n{German}\"\n" },
        { "an empty text, a duplicate id, a row with too many fields", "a.csv", $"id,text\na,\"{French}\"\nb,\"  \"\na,\"{German}\"\nc,\"{German}\",x\nd,\"{German}\"\n" },
        { "a stray quote", "a.csv", $"id,text\na,\"{French}\"\nb,x\"y\nc,\"{German}\"\n" },
        { "Windows line ends and a byte-order mark", "a.csv", $"\uFEFFid,text\r\na,\"{French}\r\n\r\n{French}\"\r\nb,\"{German}\"\r\n" },
        { "a column of its own and a whitespace language", "a.csv", $"id,language,outlet,text\na, ,Le Monde,\"{French}\"\nb,de,,\"{German}\"\n" },
        { "text not in NFC", "a.csv", $"id,text\na,\"Microsofte\u0301 {French}\"\n" },
        { "JSON lines", "a.jsonl", $"{{\"id\":\"a\",\"text\":\"{French}\",\"year\":2019}}\n\n[1]\n{{\"id\":\"b\"}}\nnot json\n{{\"text\":\"Titre\\n\\n{German}\",\"language\":null}}\n" },
        { "Latin-1: loaded instead", "a.csv", $"id,text\na,\"Le caf\u0001 {French}\"\n" },
        { "UTF-16: loaded instead", "b.csv", $"id,text\na,\"{French}\"\n" },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void A_streamed_file_counts_reports_and_groups_as_it_loads(string @case, string name, string content)
    {
        using var folder = new TemporaryFolder();
        var path = folder.WriteBytes(name, Bytes(name, content));
        var loaded = global::CorpusLens.Corpus.Load(path);
        var report = new LoadReport();
        var streamed = TermCounter.CountFile(path, report: report);

        Assert.True(loaded.Documents.Count > 0, @case);
        Assert.Equal(!@case.EndsWith("loaded instead", StringComparison.Ordinal), ReadsPlain(path)); // streamed, or decoded as a load decodes it
        Assert.Equal(loaded.Report.Messages, report.Messages);
        Assert.Equal(loaded.Report.Loaded, report.Loaded);
        Assert.Equal(loaded.Report.BoilerplateRemovals, report.BoilerplateRemovals);
        var index = TermCounter.Count(loaded);
        Assert.Equal(index.Documents.Select(document => (document.Id, document.Language, document.Tokens)),
            streamed.Documents.Select(document => (document.Id, document.Language, document.Tokens)));
        foreach (var by in new[] { "article", "title", "date", "source", "language", "corpus" })
        {
            Assert.Equal(FrameText.Csv(index.Frequencies(by: by)), FrameText.Csv(streamed.Frequencies(by: by)));
        }
    }

    [Fact]
    public void Stems_and_bigrams_of_a_streamed_file_are_the_loaded_ones()
    {
        using var folder = new TemporaryFolder();
        var rows = Enumerable.Range(0, 300).Select(i => $"r{i},\"{(i % 2 == 0 ? French : German)} Nummer {i % 7}\"");
        var path = folder.Write("many.csv", "id,text\n" + string.Join('\n', rows));
        var loaded = global::CorpusLens.Corpus.Load(path);
        foreach (var options in new[] { new TermOptions { Stem = true }, new TermOptions { NGram = 2 } })
        {
            Assert.Equal(FrameText.Csv(TermCounter.Count(loaded, options).Frequencies(by: "article")),
                FrameText.Csv(TermCounter.CountFile(path, options).Frequencies(by: "article")));
        }
    }

    [Theory]
    [InlineData("a.csv", "id,body\na,x\n", "a.csv:1: no column 'text' (columns: id, body); name the text column (--text-column on the command line, textColumn: in C#)")]
    [InlineData("a.txt", "x", "a.txt: cannot stream '.txt' files; give a .csv or a .jsonl file")]
    public void A_file_that_cannot_be_streamed_is_one_clear_error(string name, string content, string expected)
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write(name, content);
        var error = Assert.Throws<CorpusLensException>(() => TermCounter.CountFile(path));
        Assert.Equal(Path.Combine(folder.Path, expected), error.Message);
        Assert.Equal($"{folder.Path}/none.csv: no such file", Assert.Throws<CorpusLensException>(() => TermCounter.CountFile($"{folder.Path}/none.csv")).Message);
    }

    [Fact]
    public void The_command_streams_a_file_with_the_rows_a_load_gives()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("a.csv", $"id,text\na,\"{French}\"\nb,\"\"\nc,\"{German}\"\n");
        var (loaded, loadedError) = CommandLineRun.Succeed("terms", "--corpus", path, "--format", "csv");
        var (streamed, streamedError) = CommandLineRun.Succeed("terms", "--corpus", path, "--format", "csv", "--stream");

        Assert.Equal(loaded, streamed);
        Assert.Contains("a.csv:3: skipped: empty text: row 'b' has no text", streamedError, StringComparison.Ordinal);
        var index = TermCounter.CountFile(path);
        Assert.EndsWith($"streamed 2 articles, skipped 1 (1 empty text), {index.TotalTokens} tokens, {index.TermCount} terms, 0 boilerplate lines removed",
            streamedError.TrimEnd(), StringComparison.Ordinal);
        Assert.StartsWith(loadedError.Split('\n')[0], streamedError, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_what_a_load_reads_as_plain_UTF8_is_streamed()
    {
        using var folder = new TemporaryFolder();
        var piece = Gen.OneOf(
            Gen.String[Gen.Char["a-z ,\"\n"], 0, 20].Select(text => Encoding.UTF8.GetBytes(text)),
            Gen.OneOf(Gen.Const("é’€ 𝄞"), Gen.Const("e\u0301")).Select(text => Encoding.UTF8.GetBytes(text)),
            Gen.Byte.Array[1, 3],
            Gen.OneOf(Gen.Const(new byte[] { 0xEF, 0xBB, 0xBF }), Gen.Const(new byte[] { 0xFF, 0xFE }), Gen.Const(new byte[] { 0 }), Gen.Const(new byte[] { 1, 2 })));
        int streamed = 0;
        int samples = 0;
        piece.Array[0, 12].Select(pieces => pieces.SelectMany(bytes => bytes).ToArray()).Sample(bytes =>
        {
            var path = folder.WriteBytes($"sample{Interlocked.Increment(ref samples)}.csv", bytes); // samples run on several threads
            using var reader = PlainUtf8File.Open(path);
            var text = reader?.ReadToEnd();
            if (reader is null || !reader.IsPlain)
            {
                return; // decoded whole, as a load decodes it
            }
            Interlocked.Increment(ref streamed);
            var decoded = TextFileDecoder.Decode(bytes);
            Assert.Null(decoded.Message);
            Assert.Equal(decoded.Text, text!.Normalize(NormalizationForm.FormC));
        }, iter: 2000);
        Assert.True(streamed > 100, $"only {streamed} samples were plain UTF-8");
    }

    /// <summary>Each case: bytes spoiled past the first megabyte (where the file is validated, not decoded), and whether a load still reads it as plain UTF-8.</summary>
    public static TheoryData<string, int, bool> LargeFiles => new()
    {
        { "nothing spoiled", 0, true },
        { "one more ASCII byte first: the pieces cut the characters elsewhere", 1, true },
        { "two more", 2, true },
        { "three more", 3, true },
        { "a byte that is not UTF-8 at 1.5 MB", -1, false },
        { "a NUL byte at 2 MB", -2, false },
        { "a character cut short at the end", -3, false },
        { "exactly 2 MB, the last character whole at the end of a piece", -4, true },
    };

    [Theory]
    [MemberData(nameof(LargeFiles))]
    public void A_file_of_several_megabytes_is_validated_to_its_end(string @case, int change, bool plain)
    {
        using var folder = new TemporaryFolder();
        var text = new StringBuilder("id,text\n");
        for (int row = 0; text.Length < 3_000_000; row++)
        {
            // Mostly 4-byte characters: each piece's end cuts one short in three of the four shifts.
            text.Append(FormattableString.Invariant($"r{row},\"{French} {string.Concat(Enumerable.Repeat("𝄞", 500))} é€ {row % 97}\"\n"));
        }
        var bytes = Encoding.UTF8.GetBytes(new string('x', Math.Max(change, 0)) + text);
        switch (change)
        {
            case -1: bytes[1_500_000] = 0xFF; break;
            case -2: bytes[2_000_000] = 0; break;
            case -3: bytes = [.. bytes, 0xE2, 0x82]; break;
            case -4:
                var head = bytes.AsSpan(0, bytes.AsSpan(0, 2_000_000).LastIndexOf((byte)'\n') + 1);
                var last = Encoding.UTF8.GetBytes("rlast,");
                bytes = [.. head, .. last, .. Enumerable.Repeat((byte)'x', (2 << 20) - head.Length - last.Length - 4), .. Encoding.UTF8.GetBytes("𝄞")];
                Assert.Equal(2 << 20, bytes.Length);
                break;
        }
        var path = folder.WriteBytes("large.csv", bytes);
        Assert.True(plain == ReadsPlain(path), @case);
        Assert.Equal(plain, TextFileDecoder.Decode(bytes).Message is null);

        // Counted as it is read; where a byte further on is not plain UTF-8, counted again as a load decodes it.
        var loaded = global::CorpusLens.Corpus.Load(path);
        var report = new LoadReport();
        var streamed = TermCounter.CountFile(path, report: report);
        Assert.Equal(loaded.Report.Messages, report.Messages);
        Assert.Equal(loaded.Report.Loaded, report.Loaded);
        Assert.Equal(FrameText.Csv(TermCounter.Count(loaded).Frequencies(by: "corpus")), FrameText.Csv(streamed.Frequencies(by: "corpus")));
    }

    // Whether the file is read as it is, to its end, as plain UTF-8.
    private static bool ReadsPlain(string path)
    {
        using var reader = PlainUtf8File.Open(path);
        reader?.ReadToEnd();
        return reader?.IsPlain == true;
    }

    [Fact]
    public void Concordance_collocations_dispersion_and_diversity_stream_a_file_as_it_loads()
    {
        using var folder = new TemporaryFolder();
        var rows = Enumerable.Range(0, 40).Select(i => $"r{i},\"Titre {i}\n\n{(i % 2 == 0 ? French : German)}\nPartager\n{French}\"");
        var path = folder.Write("a.csv", "id,text\n" + string.Join('\n', rows) + "\nr3,\"doppelt\"\n");
        var loaded = global::CorpusLens.Corpus.Load(path);
        var report = new LoadReport();

        Assert.Equal(FrameText.Csv(TermAnalysis.Kwic(loaded, "OpenAI", 3)), FrameText.Csv(TermAnalysis.StreamKwic(path, "OpenAI", 3, report: report)));
        Assert.Equal(loaded.Report.Messages, report.Messages); // the duplicate id
        Assert.Equal(40, report.Loaded);
        Assert.Equal(loaded.Report.BoilerplateRemovals, report.BoilerplateRemovals);
        Assert.Equal(FrameText.Csv(TermAnalysis.Dispersion(loaded, "microsoft")), FrameText.Csv(TermAnalysis.StreamDispersion(path, "microsoft")));
        Assert.Equal(FrameText.Csv(TermAnalysis.LexicalDiversity(loaded, 10)), FrameText.Csv(TermAnalysis.StreamLexicalDiversity(path, 10)));
        Assert.Equal(FrameText.Csv(TermAnalysis.Collocations(loaded, window: 3, minimumCount: 2)),
            FrameText.Csv(TermAnalysis.StreamCollocations(path, window: 3, minimumCount: 2)));
        var passes = new LoadReport();
        int taken = 0;
        Assert.Equal(FrameText.Csv(TermAnalysis.Collocations(loaded, window: 3, minimumCount: 1)),
            FrameText.Csv(TermAnalysis.BoundedStreamCollocations(path, null, 3, 1, null, false, passes, maximumPairs: 64, passes: count => taken = count)));
        Assert.True(taken > 1, $"{taken} pass");
        Assert.Equal(loaded.Report.Messages, passes.Messages); // told once, however many passes
    }

    [Theory]
    [InlineData("kwic", "OpenAI")]
    [InlineData("dispersion", "OpenAI")]
    [InlineData("diversity")]
    [InlineData("collocations")]
    [InlineData("keyness", "--target", "a")]
    public void Every_command_that_streams_streams_a_file_with_a_load_s_rows(params string[] args)
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("a.csv", $"id,text\na,\"{French} {French}\"\nb,\"\"\nc,\"{German} {German}\"\n");
        var (loaded, _) = CommandLineRun.Succeed([.. args, "--corpus", path, "--format", "csv"]);
        var (streamed, streamedError) = CommandLineRun.Succeed([.. args, "--corpus", path, "--format", "csv", "--stream"]);

        Assert.Equal(loaded, streamed);
        Assert.Contains("streamed 2 articles, skipped 1 (1 empty text)", streamedError, StringComparison.Ordinal);
    }

    private static byte[] Bytes(string name, string content)
    {
        if (name == "b.csv")
        {
            return [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(content)];
        }
        bool mark = content.StartsWith('\uFEFF');
        var body = Encoding.UTF8.GetBytes(mark ? content[1..] : content).Select(b => b == 1 ? (byte)0xE9 : b);
        return mark ? [0xEF, 0xBB, 0xBF, .. body] : [.. body];
    }
}
