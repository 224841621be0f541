namespace CorpusLens.Text;

/// <summary>One row of <see cref="TermAnalysis.Collocations(Corpus, string?, int, int, TermOptions?, int, Action{string}?, int?, Action{long}?)"/>.</summary>
internal readonly record struct CollocationRow(string Term, string Collocate, int Count, double Pmi, double G2);

/// <summary>
/// The rows of a collocation table as they are found, pass after pass: all of them, or with a top only the first
/// that many in the table's order (g2 descending, then term and collocate in ordinal order: no two rows tie), kept
/// in a heap whose root is the last of them, so that a million rows take no more room than the top. Counts every
/// row either way. Not thread-safe.
/// </summary>
internal sealed class CollocationRows
{
    private readonly int? top;
    private readonly Action<long>? rowCount;
    private readonly List<CollocationRow> all = [];
    private readonly PriorityQueue<CollocationRow, CollocationRow>? first;
    private long count;

    /// <summary>Rows kept up to <paramref name="top"/> (null: every row); <paramref name="rowCount"/> is told how many there were when they are put in order.</summary>
    /// <exception cref="CorpusLensException"><paramref name="top"/> is below 0.</exception>
    public CollocationRows(int? top = null, Action<long>? rowCount = null)
    {
        if (top < 0)
        {
            throw new CorpusLensException($"--top {top}: use a number of 0 or more");
        }
        this.top = top;
        this.rowCount = rowCount;
        if (top is not null)
        {
            // The root is the row that comes last in the table: the one a better row replaces.
            first = new PriorityQueue<CollocationRow, CollocationRow>(Comparer<CollocationRow>.Create((x, y) => Compare(y, x)));
        }
    }

    /// <summary>Adds a row found.</summary>
    public void Add(CollocationRow row)
    {
        count++;
        if (first is null)
        {
            all.Add(row);
        }
        else if (first.Count < top)
        {
            first.Enqueue(row, row);
        }
        else if (top > 0 && Compare(row, first.Peek()) < 0)
        {
            first.DequeueEnqueue(row, row);
        }
    }

    /// <summary>The rows kept, in the table's order; tells the row count.</summary>
    public List<CollocationRow> InOrder()
    {
        var rows = first is null ? all : first.UnorderedItems.Select(item => item.Element).ToList();
        rows.Sort(Compare);
        rowCount?.Invoke(count);
        return rows;
    }

    /// <summary>The table's order: g2 descending, then term, then collocate (ordinal).</summary>
    public static int Compare(CollocationRow x, CollocationRow y) =>
        y.G2.CompareTo(x.G2) is not 0 and var byScore ? byScore
        : string.CompareOrdinal(x.Term, y.Term) is not 0 and var byTerm ? byTerm : string.CompareOrdinal(x.Collocate, y.Collocate);
}
