using BenchmarkDotNet.Attributes;
using CorpusLens.Text;

namespace CorpusLens.Benchmarks;

/// <summary>
/// Collocations, concordance, dispersion and lexical diversity of a generated folder: streamed on two threads, and of the same folder loaded once
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

    /// <summary>
    /// The same with the pair tables held to 8 MB, so that the pairs take several passes over the folder: against the
    /// streamed run above, what a memory limit costs in time (the rows are the same).
    /// </summary>
    [Benchmark(Description = "collocations, all pairs, streamed folder, --max-memory 8")]
    public long StreamedCollocationsWithinMemory() => TermAnalysis.StreamCollocations(folder, memoryLimitMegabytes: 8).Rows.Count;

    /// <summary>The streamed folder's first 100 rows: only those are kept as the rows are found.</summary>
    [Benchmark(Description = "collocations, top 100, streamed folder")]
    public long StreamedTopCollocations() => TermAnalysis.StreamCollocations(folder, top: 100).Rows.Count;

    [Benchmark(Description = "collocations, all pairs, loaded corpus")]
    public long LoadedCollocations() => TermAnalysis.Collocations(corpus).Rows.Count;

    [Benchmark(Description = "KWIC of OpenAI, streamed folder")]
    public long StreamedKwic() => TermAnalysis.StreamKwic(folder, "OpenAI").Rows.Count;

    [Benchmark(Description = "KWIC of OpenAI, loaded corpus")]
    public long LoadedKwic() => TermAnalysis.Kwic(corpus, "OpenAI").Rows.Count;

    [Benchmark(Description = "dispersion of OpenAI, streamed folder")]
    public long StreamedDispersion() => TermAnalysis.StreamDispersion(folder, "OpenAI").Rows.Count;

    [Benchmark(Description = "dispersion of OpenAI, loaded corpus")]
    public long LoadedDispersion() => TermAnalysis.Dispersion(corpus, "OpenAI").Rows.Count;

    [Benchmark(Description = "lexical diversity, streamed folder")]
    public long StreamedLexicalDiversity() => TermAnalysis.StreamLexicalDiversity(folder).Rows.Count;

    [Benchmark(Description = "lexical diversity, loaded corpus")]
    public long LoadedLexicalDiversity() => TermAnalysis.LexicalDiversity(corpus).Rows.Count;
}
