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
        folder = Path.Combine(Path.GetTempPath(), $"corpuslens-bench-{Megabytes}");
        if (!Directory.Exists(folder))
        {
            new SyntheticCorpus(seed: 7).WriteFolder(folder, Megabytes);
        }
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

    [Benchmark(Description = "stream folder + top 50 per article")]
    public long StreamFolder() => TermCounter.CountFolder(folder).Frequencies(by: "article", top: 50).Rows.Count;
}
