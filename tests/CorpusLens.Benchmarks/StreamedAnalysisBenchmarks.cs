using BenchmarkDotNet.Attributes;
using CorpusLens.Text;

namespace CorpusLens.Benchmarks;

/// <summary>
/// Collocations and concordance of a generated folder: streamed on two threads, and of the same folder loaded once
/// as a corpus (the load itself not timed), so that one run gives both ratios. Run:
/// dotnet run -c Release --project tests/CorpusLens.Benchmarks -- --filter '*StreamedAnalysisBenchmarks*'
/// </summary>
[MemoryDiagnoser]
public class StreamedAnalysisBenchmarks
{
    private string folder = string.Empty;
    private Corpus corpus = null!;

    /// <summary>Megabytes of text (UTF-8) in the generated folder.</summary>
    [Params(8)]
    public int Megabytes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        folder = SyntheticCorpus.BenchmarkFolder(Megabytes);
        corpus = Corpus.Load(folder);
    }

    [Benchmark(Description = "collocations, all pairs, streamed folder")]
    public long StreamedCollocations() => TermAnalysis.StreamCollocations(folder).Rows.Count;

    [Benchmark(Description = "collocations, all pairs, loaded corpus")]
    public long LoadedCollocations() => TermAnalysis.Collocations(corpus).Rows.Count;

    [Benchmark(Description = "KWIC of OpenAI, streamed folder")]
    public long StreamedKwic() => TermAnalysis.StreamKwic(folder, "OpenAI").Rows.Count;

    [Benchmark(Description = "KWIC of OpenAI, loaded corpus")]
    public long LoadedKwic() => TermAnalysis.Kwic(corpus, "OpenAI").Rows.Count;
}
