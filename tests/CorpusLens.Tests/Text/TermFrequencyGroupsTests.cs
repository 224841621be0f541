using CorpusLens.Text;
using CsCheck;

namespace CorpusLens.Tests.Text;

public sealed class TermFrequencyGroupsTests
{
    // Enough articles for the groups to be split between two threads; every row is predictable.
    [Theory]
    [InlineData(150, 2)]
    [InlineData(301, 3)]
    [InlineData(64, null)]
    public void Every_article_gets_its_own_ranked_rows(int articles, int? top)
    {
        var texts = Enumerable.Range(0, articles)
            .Select(i => ($"a{i:D4}", string.Join(' ', Enumerable.Repeat("zeta", (i % 5) + 2).Append("alpha").Append("beta").Append("beta")), (string?)"en"))
            .ToList();
        var frame = TermCounter.Count(texts, new TermOptions { RemoveStopwords = false }).Frequencies(by: "article", top: top);
        var expected = texts.SelectMany((text, i) =>
        {
            int zetas = (i % 5) + 2;
            int tokens = zetas + 3;
            // zeta >= 2 = beta: the tie is broken by the term, so beta comes before zeta when both count 2.
            var rows = new List<(string, string, int, double, int)>
            {
                (text.Item1, "zeta", zetas, zetas * 1000.0 / tokens, 1),
                (text.Item1, "beta", 2, 2000.0 / tokens, 1),
                (text.Item1, "alpha", 1, 1000.0 / tokens, 1),
            };
            return rows.OrderByDescending(row => row.Item3).ThenBy(row => row.Item2, StringComparer.Ordinal).Take(top ?? 3);
        }).ToList();
        var actual = Enumerable.Range(0, (int)frame.Rows.Count).Select(row => (
            (string)frame["article"][row], (string)frame["term"][row], (int)frame["count"][row],
            (double)frame["per_thousand"][row], (int)frame["document_frequency"][row])).ToList();
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void A_few_groups_top_rows_are_the_first_rows_of_their_whole_ranking()
    {
        // Few groups with --top take their rows without display ranks (sorted by shown text); the whole table is
        // ranked: the same order either way, ties included (Zeta, zeta, alpha and the w words often have equal counts).
        string[] words = ["Zeta", "zeta", "alpha", "Beta", "beta", "gamma", "Ähnlich", "ähnlich", "Straße", "strasse"];
        var texts = Gen.Int[0, words.Length - 1].Array[1, 30].Select(picked => string.Join(' ', picked.Select(word => words[word]))).Array[1, 12];
        texts.Sample(sample =>
        {
            var input = sample.Select((text, i) => ($"a{i:D2}", text, (string?)(i % 2 == 0 ? "en" : "de"))).ToList();
            // 200 words seen once: enough terms that a few groups' top rows are taken without ranks.
            input.Add(("z", string.Join(' ', Enumerable.Range(0, 200).Select(i => $"w{i:D3}")), "en"));
            var index = TermCounter.Count(input, new TermOptions { RemoveStopwords = false });
            foreach (var by in new[] { "corpus", "language" })
            {
                for (int top = 1; top <= 4; top++)
                {
                    Assert.Equal(Rows(index.Frequencies(by: by, top: null), by).GroupBy(row => row.Item1).SelectMany(group => group.Take(top)), Rows(index.Frequencies(by: by, top: top), by));
                }
            }
        }, iter: 200);
    }

    private static List<(string, string, int)> Rows(Microsoft.Data.Analysis.DataFrame frame, string by) =>
        Enumerable.Range(0, (int)frame.Rows.Count).Select(row => ((string)frame[by][row], (string)frame["term"][row], (int)frame["count"][row])).ToList();

    [Fact]
    public void One_thread_and_two_threads_give_the_same_table()
    {
        var texts = Enumerable.Range(0, 120)
            .Select(i => ($"d{i:D3}", i % 2 == 0 ? $"Les marchés financiers réagissent {i} fois à OpenAI et aux annonces." : $"Die Märkte reagieren auf Microsoft und die Ankündigungen {i}.", (string?)null))
            .ToList();
        var options = new TermOptions { Stem = true };
        int saved = TermCounter.Threads;
        try
        {
            TermCounter.Threads = 1;
            var one = TermCounter.Count(texts, options).Frequencies(by: "article", top: 4);
            TermCounter.Threads = 2;
            var two = TermCounter.Count(texts, options).Frequencies(by: "article", top: 4);
            Assert.True(one.Rows.Count > 120);
            var csvOne = new StringWriter();
            var csvTwo = new StringWriter();
            CorpusLens.Tables.DataFrameWriter.WriteCsv(one, csvOne);
            CorpusLens.Tables.DataFrameWriter.WriteCsv(two, csvTwo);
            Assert.Equal(csvOne.ToString(), csvTwo.ToString());
        }
        finally
        {
            TermCounter.Threads = saved;
        }
    }
}
