using Microsoft.Data.Analysis;

namespace CorpusLens.Text;

/// <summary>
/// A sparse document-term matrix (compressed rows: for each document the ids and counts of its terms). Shown as a
/// long table with tf-idf, or as a wide DataFrame for the most frequent terms only.
/// </summary>
/// <example>
/// <code>
/// var matrix = TermAnalysis.DocumentTermMatrix(corpus);
/// matrix.TfIdf(top: 10);        // article, term, count, tf_idf
/// matrix.ToWideFrame(top: 30);  // article, then one int column per term
/// </code>
/// </example>
public sealed class DocumentTermMatrix
{
    private readonly int[] offsets;
    private readonly int[] termIds;
    private readonly int[] counts;

    internal DocumentTermMatrix(string[] documents, string[] terms, int[] offsets, int[] termIds, int[] counts)
    {
        Documents = documents;
        Terms = terms;
        this.offsets = offsets;
        this.termIds = termIds;
        this.counts = counts;
    }

    /// <summary>Document ids (rows).</summary>
    public IReadOnlyList<string> Documents { get; }

    /// <summary>Terms (columns), as displayed.</summary>
    public IReadOnlyList<string> Terms { get; }

    /// <summary>Number of non-zero cells.</summary>
    public int NonZero => termIds.Length;

    /// <summary>The count of <paramref name="term"/> in <paramref name="document"/> (0 when absent).</summary>
    public int this[int document, int term]
    {
        get
        {
            int at = Array.BinarySearch(termIds, offsets[document], offsets[document + 1] - offsets[document], term);
            return at >= 0 ? counts[at] : 0;
        }
    }

    /// <summary>In how many documents each term occurs.</summary>
    public int[] DocumentFrequencies()
    {
        var result = new int[Terms.Count];
        foreach (int term in termIds)
        {
            result[term]++;
        }
        return result;
    }

    /// <summary>Total count of each term.</summary>
    public long[] TermTotals()
    {
        var result = new long[Terms.Count];
        for (int i = 0; i < termIds.Length; i++)
        {
            result[termIds[i]] += counts[i];
        }
        return result;
    }

    /// <summary>
    /// tf-idf per document: columns <c>article</c>, <c>term</c>, <c>count</c>, <c>tf_idf</c> = count × log10(N / df)
    /// (quanteda's default weighting), sorted by article then tf_idf descending.
    /// </summary>
    /// <param name="top">Keep the first <paramref name="top"/> terms of each document; null keeps all.</param>
    public DataFrame TfIdf(int? top = null)
    {
        var frequencies = DocumentFrequencies();
        var articles = new List<string>();
        var terms = new List<string>();
        var termCounts = new List<int>();
        var weights = new List<double>();
        for (int document = 0; document < Documents.Count; document++)
        {
            var row = Enumerable.Range(offsets[document], offsets[document + 1] - offsets[document])
                .Select(i => (Term: termIds[i], Count: counts[i], Weight: counts[i] * Math.Log10((double)Documents.Count / frequencies[termIds[i]])))
                .OrderByDescending(cell => cell.Weight).ThenByDescending(cell => cell.Count).ThenBy(cell => Terms[cell.Term], StringComparer.Ordinal)
                .Take(top ?? int.MaxValue);
            foreach (var cell in row)
            {
                articles.Add(Documents[document]);
                terms.Add(Terms[cell.Term]);
                termCounts.Add(cell.Count);
                weights.Add(cell.Weight);
            }
        }
        return new DataFrame(
            new StringDataFrameColumn("article", articles),
            new StringDataFrameColumn("term", terms),
            new Int32DataFrameColumn("count", termCounts),
            new DoubleDataFrameColumn("tf_idf", weights));
    }

    /// <summary>A wide DataFrame: column <c>article</c>, then one int column per term for the <paramref name="top"/> most frequent terms.</summary>
    public DataFrame ToWideFrame(int top = 50)
    {
        var totals = TermTotals();
        var chosen = Enumerable.Range(0, Terms.Count).OrderByDescending(term => totals[term]).ThenBy(term => Terms[term], StringComparer.Ordinal).Take(Math.Max(0, top)).ToList();
        var columns = new List<DataFrameColumn> { new StringDataFrameColumn("article", Documents) };
        var used = new HashSet<string>(StringComparer.Ordinal) { "article" };
        foreach (int term in chosen)
        {
            string name = Terms[term];
            while (!used.Add(name))
            {
                name += "_";
            }
            columns.Add(new Int32DataFrameColumn(name, Enumerable.Range(0, Documents.Count).Select(document => this[document, term])));
        }
        return new DataFrame(columns);
    }
}
