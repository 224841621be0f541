namespace CorpusLens.Text;

/// <summary>
/// Receives the rows of a frequency table as <see cref="TermIndex"/> selects them: one group after the other, each
/// group's rows by count descending, then term. <see cref="FrequencyRows"/> keeps them for a DataFrame;
/// <see cref="FrequencyTextRows"/> formats them as CSV or JSON bytes.
/// </summary>
internal interface IFrequencyRowSink
{
    /// <summary>Adds one row: group value, shown term (<paramref name="term"/> of <paramref name="texts"/>), count, rate per 1,000 tokens of the group, document frequency.</summary>
    void Add(string group, TermTexts texts, int term, int count, double perThousand, int documentFrequency);
}
