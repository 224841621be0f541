using System.Text;
using CorpusLens.Tables;
using CorpusLens.Text;

namespace CorpusLens.Tests.Text;

/// <summary>The streamed frequency table must be byte for byte what DataFrameWriter writes for Frequencies(...).</summary>
public sealed class FrequencyStreamTests
{
    // Enough articles for several parts of 256 documents on two threads; ids and terms that CSV must quote and
    // JSON must escape (comma, quote, backslash, a control character, a letter outside the BMP).
    private static readonly Lazy<TermIndex> Index = new(() => TermCounter.Count(Texts(600), new TermOptions { RemoveStopwords = false }));

    private static List<(string Id, string Text, string? Language)> Texts(int count) => Enumerable.Range(0, count)
        .Select(i => (
            Id: (i % 7) switch
            {
                0 => $"a{i:D4},comma",
                1 => $"q{i:D4}\"quote\"",
                2 => $"b{i:D4}\\back\u0001slash",
                3 => $"e{i:D4}é\u00A0ü",
                _ => $"p{i:D4}",
            },
            Text: string.Join(' ', Enumerable.Range(0, (i % 11) + 3).Select(word => $"word{(word * 7 + i) % 23}"))
                + (i % 3 == 0 ? " https://example.org/a,b?x=\"1\" see https://example.org/c\\d" : string.Empty)
                + (i % 5 == 0 ? " 𝔘𝔫𝔦 Über über ÜBER" : " alpha alpha beta"),
            Language: (i % 4) switch { 0 => "fr", 1 => "de", 2 => (string?)"en", _ => null }))
        .ToList();

    public static TheoryData<string, int?, TableFormat, int> Cases() => new()
    {
        { "article", 3, TableFormat.Csv, 2 },
        { "article", 3, TableFormat.Json, 2 },
        { "article", null, TableFormat.Csv, 2 },
        { "article", null, TableFormat.Json, 1 },
        { "article", 0, TableFormat.Csv, 2 },
        { "article", 0, TableFormat.Json, 2 },
        { "language", 5, TableFormat.Csv, 2 },
        { "language", 5, TableFormat.Json, 1 },
        { "language", null, TableFormat.Csv, 1 },
        { "corpus", 50, TableFormat.Csv, 2 },
        { "corpus", 50, TableFormat.Json, 2 },
        { " corpus ", 4, TableFormat.Csv, 2 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Streamed_table_has_the_bytes_of_the_DataFrame(string by, int? top, TableFormat format, int threads) => WithThreads(threads, () =>
    {
        var expected = FrameBytes(Index.Value, by, top, format);
        var streamed = new MemoryStream();
        Index.Value.WriteFrequencies(streamed, format, by, top);
        Assert.Equal(Encoding.UTF8.GetString(expected), Encoding.UTF8.GetString(streamed.ToArray()));
        Assert.Equal(expected, streamed.ToArray());
        var text = new StringWriter();
        Index.Value.WriteFrequencies(text, format, by, top);
        Assert.Equal(Encoding.UTF8.GetString(expected), text.ToString());
    });

    [Fact]
    public void Quoted_and_escaped_values_are_in_the_table()
    {
        var csv = new MemoryStream();
        Index.Value.WriteFrequencies(csv, TableFormat.Csv, "article", null);
        var text = Encoding.UTF8.GetString(csv.ToArray());
        Assert.Contains("\"a0000,comma\",", text, StringComparison.Ordinal);
        Assert.Contains("\"q0001\"\"quote\"\"\",", text, StringComparison.Ordinal);
        Assert.Contains(",\"https://example.org/a,b?x=\"", text, StringComparison.Ordinal);
        var json = new MemoryStream();
        Index.Value.WriteFrequencies(json, TableFormat.Json, "article", null);
        var document = System.Text.Json.JsonDocument.Parse(json.ToArray());
        var articles = document.RootElement.EnumerateArray().Select(row => row.GetProperty("article").GetString()).ToHashSet();
        Assert.Contains("b0002\\back\u0001slash", articles);
        Assert.Contains("q0001\"quote\"", articles);
    }

    [Fact]
    public void Unknown_group_column_fails_before_any_output()
    {
        var output = new MemoryStream();
        Assert.Throws<CorpusLensException>(() => Index.Value.WriteFrequencies(output, TableFormat.Csv, "no_such_column", 3));
        Assert.Throws<CorpusLensException>(() => Index.Value.WriteFrequencies(output, TableFormat.Json, "article", -1));
        Assert.Equal(0, output.Length);
    }

    [Fact]
    public void Empty_index_gives_the_empty_table()
    {
        var empty = TermCounter.Count([], new TermOptions());
        foreach (var format in new[] { TableFormat.Csv, TableFormat.Json })
        {
            var streamed = new MemoryStream();
            empty.WriteFrequencies(streamed, format, "article", 10);
            Assert.Equal(FrameBytes(empty, "article", 10, format), streamed.ToArray());
        }
    }

    public static TheoryData<string, int?, int, int> HeadCases() => new()
    {
        // by, top, rows kept, threads
        { "article", 3, 0, 2 },
        { "article", 3, 1, 2 },
        { "article", 3, 700, 2 },     // cuts inside the third part of 256 documents
        { "article", 3, 700, 1 },
        { "article", null, 5_000, 2 },
        { "language", 5, 7, 2 },
        { "language", 5, 1_000, 2 },  // more rows asked than the table has
        { "corpus", 50, 10, 1 },
    };

    [Theory]
    [MemberData(nameof(HeadCases))]
    public void Head_is_the_first_rows_of_the_DataFrame_and_counts_them_all(string by, int? top, int rows, int threads) => WithThreads(threads, () =>
    {
        var whole = Index.Value.Frequencies(by, top);
        var (head, total) = Index.Value.FrequenciesHead(rows, by, top);
        Assert.Equal(whole.Rows.Count, total);
        Assert.Equal(Math.Min(rows, whole.Rows.Count), head.Rows.Count);
        Assert.Equal(whole.Columns.Select(column => column.Name), head.Columns.Select(column => column.Name));
        for (int row = 0; row < head.Rows.Count; row++)
        {
            Assert.Equal(whole.Rows[row], head.Rows[row]);
        }
    });

    // Stems merge several units into one term and stopwords drop some: the head must still be the table's first rows.
    private static readonly Lazy<TermIndex> StemmedIndex = new(() => TermCounter.Count(Texts(600).Select((text, i) =>
        (text.Id, text.Text + (i % 2 == 0 ? " investit investissement investir les Investissements" : " Investitionen investieren der die"), text.Language)).ToList(),
        new TermOptions { Stem = true }));

    // Stopwords removed, no stems: the rows of one-article groups are counted from the kept pairs alone.
    private static readonly Lazy<TermIndex> StoppedIndex = new(() => TermCounter.Count(Texts(600).Select((text, i) =>
        (text.Id, text.Text + (i % 3 == 0 ? " the and of les des die der" : " Microsoft"), text.Language)).ToList()));

    [Theory]
    [InlineData(true, "article", 3, 700, 2)]
    [InlineData(true, "article", 2, 1, 1)]
    [InlineData(true, "article", null, 20, 2)] // every distinct stem of an article counted: units that share one are one row
    [InlineData(true, "article", 60, 0, 1)] // some articles have fewer than 60 terms, others more: the count stops at 60
    [InlineData(true, "article", 0, 0, 2)] // --top 0: no rows at all, even where the head shows none and only counts
    [InlineData(false, "article", 0, 0, 1)]
    [InlineData(true, "language", 4, 9, 2)]
    [InlineData(true, "corpus", 10, 5, 2)]
    [InlineData(false, "article", 4, 0, 2)]
    [InlineData(false, "article", null, 30, 1)]
    [InlineData(false, "article", 25, 10, 2)]
    [InlineData(false, "language", 6, 20, 2)]
    public void Head_of_a_stemmed_or_stopped_table_is_its_first_rows_and_counts_them_all(bool stemmed, string by, int? top, int rows, int threads) => WithThreads(threads, () =>
    {
        var index = stemmed ? StemmedIndex.Value : StoppedIndex.Value;
        var whole = index.Frequencies(by, top);
        var (head, total) = index.FrequenciesHead(rows, by, top);
        Assert.Equal(whole.Rows.Count, total);
        Assert.Equal(Math.Min(rows, whole.Rows.Count), head.Rows.Count);
        for (int row = 0; row < head.Rows.Count; row++)
        {
            Assert.Equal(whole.Rows[row], head.Rows[row]);
        }
    });

    [Fact]
    public void Head_checks_its_arguments_like_the_table()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Index.Value.FrequenciesHead(-1));
        Assert.Throws<CorpusLensException>(() => Index.Value.FrequenciesHead(10, "no_such_column"));
        Assert.Throws<CorpusLensException>(() => Index.Value.FrequenciesHead(10, "article", -1));
    }

    /// <summary>Runs <paramref name="test"/> with <see cref="TermCounter.Threads"/> set to <paramref name="threads"/>, then restores it.</summary>
    private static void WithThreads(int threads, Action test)
    {
        int saved = TermCounter.Threads;
        try
        {
            TermCounter.Threads = threads;
            test();
        }
        finally
        {
            TermCounter.Threads = saved;
        }
    }

    private static byte[] FrameBytes(TermIndex index, string by, int? top, TableFormat format)
    {
        var frame = index.Frequencies(by, top);
        var bytes = new MemoryStream();
        using (var writer = new StreamWriter(bytes, new UTF8Encoding(false), leaveOpen: true))
        {
            if (format == TableFormat.Csv)
            {
                DataFrameWriter.WriteCsv(frame, writer);
            }
            else
            {
                DataFrameWriter.WriteJson(frame, writer);
            }
        }
        return bytes.ToArray();
    }
}
