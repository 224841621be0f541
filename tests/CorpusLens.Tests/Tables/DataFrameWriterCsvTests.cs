using CorpusLens.Tables;
using Microsoft.Data.Analysis;

namespace CorpusLens.Tests.Tables;

public sealed class DataFrameWriterCsvTests
{
    public static TheoryData<DataFrameColumn, string[]> Columns() => new()
    {
        { new Int32DataFrameColumn("n", new int?[] { 0, -7, int.MaxValue, null }), ["0", "-7", "2147483647", ""] },
        { new Int64DataFrameColumn("n", new long?[] { long.MinValue, 12, null, 3 }), ["-9223372036854775808", "12", "", "3"] },
        { new DoubleDataFrameColumn("x", new double?[] { 0.1, 1e20, double.NaN, null }), ["0.1", "1E+20", "NaN", ""] },
        { new DoubleDataFrameColumn("x", new double?[] { 1000.0 / 3, -0.0, double.PositiveInfinity, 2.5 }), ["333.3333333333333", "-0", "Infinity", "2.5"] },
        { new SingleDataFrameColumn("x", new float?[] { 0.1f, null, 3f, -1.5f }), ["0.1", "", "3", "-1.5"] },
        { new StringDataFrameColumn("s", ["a,b", "say \"hi\"", null!, "line\nbreak"]), ["\"a,b\"", "\"say \"\"hi\"\"\"", "", "\"line\nbreak\""] },
        { new BooleanDataFrameColumn("b", new bool?[] { true, false, null, true }), ["true", "false", "", "true"] },
    };

    [Theory]
    [MemberData(nameof(Columns))]
    [UseCulture("de-DE")]
    public void Typed_columns_are_written_like_FormatCell_in_any_culture(DataFrameColumn column, string[] expected)
    {
        var writer = new StringWriter();
        DataFrameWriter.WriteCsv(new DataFrame(column), writer);
        var lines = writer.ToString().Split("\r\n");
        Assert.Equal([column.Name, .. expected, ""], lines);
        for (int row = 0; row < expected.Length; row++)
        {
            Assert.Equal(DataFrameWriter.QuoteCsv(DataFrameWriter.FormatCell(column[row])), expected[row]);
        }
    }
}
