using System.Runtime.InteropServices;
using Microsoft.Data.Analysis;

namespace CorpusLens.Text;

/// <summary>
/// Collects the rows of a frequency table in plain arrays and builds the DataFrame in one go; with a row limit it
/// keeps only the first rows and counts the rest.
/// </summary>
internal sealed class FrequencyRows : IFrequencyRowSink
{
    private readonly int keep;
    private readonly List<string> groups;
    private readonly List<string> terms;
    private readonly List<int> counts;
    private readonly List<double> rates;
    private readonly List<int> documentFrequencies;

    /// <summary>
    /// Creates an empty table with room for <paramref name="capacity"/> rows (no regrowth below that) that keeps
    /// its first <paramref name="keep"/> rows.
    /// </summary>
    public FrequencyRows(int capacity = 0, int keep = int.MaxValue)
    {
        this.keep = keep;
        groups = new(capacity);
        terms = new(capacity);
        counts = new(capacity);
        rates = new(capacity);
        documentFrequencies = new(capacity);
    }

    /// <summary>Rows added, kept or not.</summary>
    public long Total { get; private set; }

    /// <summary>Rows kept.</summary>
    public int Count => counts.Count;

    public void Add(string group, TermTexts texts, int term, int count, double perThousand, int documentFrequency)
    {
        Total++;
        if (counts.Count >= keep)
        {
            return;
        }
        groups.Add(group);
        terms.Add(texts.Display(term));
        counts.Add(count);
        rates.Add(perThousand);
        documentFrequencies.Add(documentFrequency);
    }

    /// <summary>One table of the rows of <paramref name="parts"/>, one after the other (no intermediate copy).</summary>
    public static DataFrame ToFrame(string groupColumn, IReadOnlyList<FrequencyRows> parts)
    {
        int length = parts.Sum(part => part.counts.Count);
        return new DataFrame(
            new StringDataFrameColumn(groupColumn, Joined(parts.Select(part => part.groups))),
            new StringDataFrameColumn("term", Joined(parts.Select(part => part.terms))),
            new Int32DataFrameColumn("count", Bytes(parts.Select(part => part.counts)), AllValid(length), length, 0),
            new DoubleDataFrameColumn("per_thousand", Bytes(parts.Select(part => part.rates)), AllValid(length), length, 0),
            new Int32DataFrameColumn("document_frequency", Bytes(parts.Select(part => part.documentFrequencies)), AllValid(length), length, 0));
    }

    /// <summary>The lists one after the other, as one list (the column constructor is fastest from a list).</summary>
    private static List<string> Joined(IEnumerable<List<string>> lists)
    {
        var all = lists.ToList();
        if (all.Count == 1)
        {
            return all[0];
        }
        var result = new List<string>(all.Sum(list => list.Count));
        all.ForEach(result.AddRange);
        return result;
    }

    /// <summary>The values as raw bytes: a column is built from them without appending value by value.</summary>
    private static byte[] Bytes<T>(IEnumerable<List<T>> lists)
        where T : unmanaged
    {
        var result = new byte[lists.Sum(list => list.Count) * System.Runtime.CompilerServices.Unsafe.SizeOf<T>()];
        int offset = 0;
        foreach (var list in lists)
        {
            var bytes = MemoryMarshal.AsBytes(CollectionsMarshal.AsSpan(list));
            bytes.CopyTo(result.AsSpan(offset));
            offset += bytes.Length;
        }
        return result;
    }

    /// <summary>A validity bitmap with every value present.</summary>
    private static byte[] AllValid(int length)
    {
        var bitmap = new byte[(length + 7) / 8];
        Array.Fill(bitmap, (byte)0xFF);
        return bitmap;
    }
}
