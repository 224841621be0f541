using CorpusLens.Text;
using CsCheck;
using Microsoft.Data.Analysis;

namespace CorpusLens.Tests.Text;

/// <summary>
/// A term is shown as its most frequent form over the whole corpus, however the documents were shared out between
/// the counting threads (the index is built here from workers filled by hand, as <see cref="TermCounter"/> does).
/// </summary>
public class DisplayFormsTests
{
    private static readonly IReadOnlyDictionary<string, string> NoMetadata = new Dictionary<string, string>();

    /// <summary>term → count of an index over <paramref name="documents"/>, document i counted by worker <paramref name="workerOf"/>(i).</summary>
    private static Dictionary<string, long> Shown(IReadOnlyList<string> documents, int workers, Func<int, int> workerOf, TermOptions? options = null)
    {
        options ??= TermOptions.Default;
        var counting = Enumerable.Range(0, workers).Select(_ => new CountingWorker(options)).ToList();
        for (int i = 0; i < documents.Count; i++)
        {
            counting[workerOf(i)].Add(i, documents[i], "de");
        }
        counting.ForEach(worker => worker.Complete());
        var sources = documents.Select((_, i) => ($"d{i}", NoMetadata)).ToList();
        DataFrame frame = TermIndexBuilder.Build(counting, sources, options).Frequencies(by: "corpus");
        var result = new Dictionary<string, long>(StringComparer.Ordinal);
        for (long row = 0; row < frame.Rows.Count; row++)
        {
            result[(string)frame["term"][row]] = Convert.ToInt64(frame["count"][row], System.Globalization.CultureInfo.InvariantCulture);
        }
        return result;
    }

    public static TheoryData<string, string, string> Splits => new()
    {
        // first worker's text, second worker's text, the form shown
        // "konzern" wins nowhere (3 × Konzern against 2 in the first, 3 × KONZERN against 2 in the second) but overall.
        { "Konzern Konzern Konzern konzern konzern", "KONZERN KONZERN KONZERN konzern konzern", "konzern" },
        // A tie overall: the ordinally first form (upper case sorts first).
        { "Konzern konzern", "konzern Konzern", "Konzern" },
        { "Konzern", "KONZERN", "KONZERN" },
        // One worker's favourite loses to the other's: counts add up over workers.
        { "Konzern Konzern konzern", "konzern konzern", "konzern" },
        { "konzern", "Konzern Konzern", "Konzern" },
    };

    [Theory]
    [MemberData(nameof(Splits))]
    public void The_form_shown_is_the_most_frequent_over_all_workers(string first, string second, string expected)
    {
        var documents = new[] { first, second };
        var split = Shown(documents, workers: 2, workerOf: i => i);
        Assert.Equal(expected, Assert.Single(split).Key);
        Assert.Equal(split, Shown(documents, workers: 1, workerOf: _ => 0));
    }

    [Fact]
    public void How_documents_are_shared_between_workers_changes_nothing()
    {
        string[] forms = ["Konzern", "KONZERN", "konzern", "KonZern", "Konzerne", "konzernen", "Straße", "STRASSE", "strasse", "Sam Altman", "sam altman"];
        var documents = Gen.Int[0, forms.Length - 1].Array[1, 12].Select(words => string.Join(' ', words.Select(word => forms[word]))).Array[1, 8];
        Gen.Select(documents, Gen.Bool.Array[8]).Sample((texts, toSecond) =>
        {
            int WorkerOf(int i) => toSecond[i] ? 1 : 0;
            foreach (var options in new[] { TermOptions.Default, new TermOptions { NGram = 2 }, new TermOptions { Stem = true }, new TermOptions { Stem = true, NGram = 2 } })
            {
                Assert.Equal(Shown(texts, workers: 1, workerOf: _ => 0, options), Shown(texts, workers: 2, WorkerOf, options));
            }
        }, iter: 300);
    }
}
