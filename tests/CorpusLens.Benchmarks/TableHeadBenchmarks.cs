using BenchmarkDotNet.Attributes;
using CorpusLens.Text;

namespace CorpusLens.Benchmarks;

/// <summary>
/// The CLI's terminal table on an index counted once: the first 1,000 rows of the top 50 per article and how many
/// rows there are in all, with and without stems. Run:
/// dotnet run -c Release --project tests/CorpusLens.Benchmarks -- --filter '*TableHeadBenchmarks*'
/// </summary>
[MemoryDiagnoser]
public class TableHeadBenchmarks
{
    private TermIndex words = null!;
    private TermIndex stems = null!;

    /// <summary>Megabytes of text (UTF-8) in the generated folder.</summary>
    [Params(8)]
    public int Megabytes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var folder = SyntheticCorpus.BenchmarkFolder(Megabytes);
        words = TermCounter.CountFolder(folder);
        stems = TermCounter.CountFolder(folder, new TermOptions { Stem = true });
    }

    [Benchmark(Description = "table head of the top 50 per article, words")]
    public long Words() => words.FrequenciesHead(1_000, by: "article", top: 50).TotalRows;

    [Benchmark(Description = "table head of the top 50 per article, stems")]
    public long Stems() => stems.FrequenciesHead(1_000, by: "article", top: 50).TotalRows;
}
