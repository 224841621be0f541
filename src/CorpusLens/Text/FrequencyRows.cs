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
        new Int32DataFrameColumn("count", counts),
        new DoubleDataFrameColumn("per_thousand", rates),
        new Int32DataFrameColumn("document_frequency", documentFrequencies));
}
