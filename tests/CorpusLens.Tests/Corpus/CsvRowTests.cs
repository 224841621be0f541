namespace CorpusLens.Tests.Corpus;

public class CsvRowTests
{
    public static TheoryData<string[], string[], string[], string[]> Cases => new()
    {
        // header, fields, keys expected, values expected (a name given twice keeps its last field)
        { ["id", "language"], ["a", "fr"], ["id", "language"], ["a", "fr"] },
        { ["id", "a", "a"], ["x", "first", "second"], ["id", "a"], ["x", "second"] },
        { [], [], [], [] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_row_reads_like_the_dictionary_filled_column_by_column(string[] header, string[] fields, string[] keys, string[] values)
    {
        var expected = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < header.Length; i++)
        {
            expected[header[i]] = fields[i];
        }
        var row = new CsvRow(new CsvHeader(header), fields);
        Assert.Equal(keys, row.Keys);
        Assert.Equal(values, row.Values);
        Assert.Equal(expected.Count, row.Count);
        Assert.Equal(expected.OrderBy(pair => pair.Key, StringComparer.Ordinal), row.OrderBy(pair => pair.Key, StringComparer.Ordinal));
        foreach (var (key, value) in expected)
        {
            Assert.True(row.ContainsKey(key));
            Assert.Equal(value, row[key]);
        }
        Assert.False(row.TryGetValue("missing", out var missing));
        Assert.Null(missing);
        Assert.Throws<KeyNotFoundException>(() => row["missing"]);
    }
}
