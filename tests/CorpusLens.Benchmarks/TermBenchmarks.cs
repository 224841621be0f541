using BenchmarkDotNet.Attributes;
using CorpusLens.Text;

namespace CorpusLens.Benchmarks;

/// <summary>
/// Throughput of tokenizing and counting on a deterministic synthetic corpus (about 8 MB in memory, and the same
/// written to a temporary folder for the streaming path). Run:
/// dotnet run -c Release --project tests/CorpusLens.Benchmarks -- --filter '*TermBenchmarks*'
/// </summary>
[MemoryDiagnoser]
public class TermBenchmarks
{
    private List<(string Id, string Text, string? Language)> texts = [];
    private string folder = string.Empty;
    private string records = string.Empty;

    /// <summary>Megabytes of text (UTF-8) generated.</summary>
    [Params(8)]
    public int Megabytes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var generator = new SyntheticCorpus(seed: 7);
        long chars = 0;
        while (chars < Megabytes * 1024L * 1024)
        {
            var (language, text) = generator.NextArticle();
            texts.Add((texts.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), text, language));
            chars += text.Length;
        }
        folder = SyntheticCorpus.BenchmarkFolder(Megabytes);
        records = SyntheticCorpus.BenchmarkRecords(Megabytes);
    }

    [Benchmark(Description = "tokenize")]
    public long Tokenize()
    {
        long tokens = 0;
        foreach (var (_, text, _) in texts)
        {
            tokens += Tokenizer.CountWords(text);
        }
        return tokens;
    }

    [Benchmark(Description = "count words, stopwords removed")]
    public int CountWords() => TermCounter.Count(texts).TermCount;

    [Benchmark(Description = "count stems")]
    public int CountStems() => TermCounter.Count(texts, new TermOptions { Stem = true }).TermCount;

    [Benchmark(Description = "count bigrams")]
    public int CountBigrams() => TermCounter.Count(texts, new TermOptions { NGram = 2 }).TermCount;

    [Benchmark(Description = "stream folder + top 50 per article (DataFrame)")]
    public long StreamFolder() => TermCounter.CountFolder(folder).Frequencies(by: "article", top: 50).Rows.Count;

    [Benchmark(Description = "stream folder, counts only (boilerplate rules applied, as a load applies them)")]
    public long StreamFolderCounts() => TermCounter.CountFolder(folder).TotalTokens;

    /// <summary>The folder's articles as one CSV file, streamed a record at a time: against the folder, what parsing costs.</summary>
    [Benchmark(Description = "stream CSV file, counts only")]
    public long StreamFileCounts() => TermCounter.CountFile(records).TotalTokens;

    /// <summary>The same CSV loaded as a corpus, then counted: what streaming it saves.</summary>
    [Benchmark(Description = "load CSV file, then count")]
    public long LoadFileCounts() => TermCounter.Count(Corpus.Load(records)).TotalTokens;

    [Benchmark(Description = "stream folder, counts only, boilerplate rules off (boilerplateRules: [])")]
    public long StreamFolderCountsWithoutRules() => TermCounter.CountFolder(folder, boilerplateRules: []).TotalTokens;

    [Benchmark(Description = "stream folder + top 50 per article written as CSV (the CLI path)")]
    public long StreamFolderToCsv()
    {
        using var sink = new CountingStream();
        TermCounter.CountFolder(folder).WriteFrequencies(sink, Tables.TableFormat.Csv, by: "article", top: 50);
        return sink.Length;
    }

    [Benchmark(Description = "stream folder + the first 1,000 rows of the top 50 per article and their total (the CLI's table)")]
    public long StreamFolderHead() => TermCounter.CountFolder(folder).FrequenciesHead(1_000, by: "article", top: 50).TotalRows;

    /// <summary>A write-only stream that keeps nothing but the number of bytes written.</summary>
    private sealed class CountingStream : Stream
    {
        private long length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => length;

        public override long Position { get => length; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => length += count;

        public override void Write(ReadOnlySpan<byte> buffer) => length += buffer.Length;
    }
}
