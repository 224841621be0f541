using System.Runtime.InteropServices;
using Microsoft.Data.Analysis;

namespace CorpusLens.Text;

/// <summary>Collects the rows of a frequency table in plain arrays and builds the DataFrame in one go.</summary>
internal sealed class FrequencyRows
{
    private readonly List<string> groups = [];
    private readonly List<string> terms = [];
    private readonly List<int> counts = [];
    private readonly List<double> rates = [];
    private readonly List<int> documentFrequencies = [];

    public void Add(string group, string term, int count, double perThousand, int documentFrequency)
    {
        groups.Add(group);
        terms.Add(term);
        counts.Add(count);
        rates.Add(perThousand);
        documentFrequencies.Add(documentFrequency);
    }

    public DataFrame ToFrame(string groupColumn) => new(
        new StringDataFrameColumn(groupColumn, groups),
        new StringDataFrameColumn("term", terms),
        new Int32DataFrameColumn("count", Bytes(counts), AllValid(counts.Count), counts.Count, 0),
        new DoubleDataFrameColumn("per_thousand", Bytes(rates), AllValid(rates.Count), rates.Count, 0),
        new Int32DataFrameColumn("document_frequency", Bytes(documentFrequencies), AllValid(documentFrequencies.Count), documentFrequencies.Count, 0));

    /// <summary>The values as raw bytes: a column is built from them without appending value by value.</summary>
    private static byte[] Bytes<T>(List<T> values)
        where T : unmanaged => MemoryMarshal.AsBytes(CollectionsMarshal.AsSpan(values)).ToArray();

    /// <summary>A validity bitmap with every value present.</summary>
    private static byte[] AllValid(int length)
    {
        var bitmap = new byte[(length + 7) / 8];
        Array.Fill(bitmap, (byte)0xFF);
        return bitmap;
    }
}
