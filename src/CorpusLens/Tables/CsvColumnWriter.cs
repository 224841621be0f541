using System.Globalization;
using Microsoft.Data.Analysis;

namespace CorpusLens.Tables;

/// <summary>
/// Writes the cells of one DataFrame column as CSV fields without boxing: strings as they are (quoted when needed),
/// numbers formatted straight into a reused char buffer. Gives exactly the text of
/// <see cref="DataFrameWriter.FormatCell"/> and <see cref="DataFrameWriter.QuoteCsv"/>; columns of other types go
/// through those.
/// </summary>
internal abstract class CsvColumnWriter
{
    public abstract void Write(long row, TextWriter writer);

    public static CsvColumnWriter For(DataFrameColumn column) => column switch
    {
        StringDataFrameColumn strings => new StringCells(strings),
        PrimitiveDataFrameColumn<int> numbers => new FormattableCells<int>(numbers, null),
        PrimitiveDataFrameColumn<long> numbers => new FormattableCells<long>(numbers, null),
        PrimitiveDataFrameColumn<double> numbers => new FormattableCells<double>(numbers, "R"),
        PrimitiveDataFrameColumn<float> numbers => new FormattableCells<float>(numbers, "R"),
        _ => new BoxedCells(column),
    };

    private sealed class StringCells(StringDataFrameColumn column) : CsvColumnWriter
    {
        public override void Write(long row, TextWriter writer)
        {
            string? value = column[row];
            if (value is not null)
            {
                writer.Write(DataFrameWriter.QuoteCsv(value));
            }
        }
    }

    private sealed class FormattableCells<T>(PrimitiveDataFrameColumn<T> column, string? format) : CsvColumnWriter
        where T : unmanaged, ISpanFormattable
    {
        private readonly char[] buffer = new char[64];

        // Without missing values the column is copied to one array once: indexing a column costs more per cell.
        private readonly T[]? values = column.NullCount == 0 ? column.GetReadOnlyDataBuffers().SelectMany(memory => memory.ToArray()).ToArray() : null;

        public override void Write(long row, TextWriter writer)
        {
            T? value = values is null ? column[row] : values[row];
            if (value is not { } number)
            {
                return;
            }
            if (number.TryFormat(buffer, out int written, format, CultureInfo.InvariantCulture))
            {
                writer.Write(buffer, 0, written);
            }
            else
            {
                writer.Write(DataFrameWriter.QuoteCsv(DataFrameWriter.FormatCell(number)));
            }
        }
    }

    private sealed class BoxedCells(DataFrameColumn column) : CsvColumnWriter
    {
        public override void Write(long row, TextWriter writer) => writer.Write(DataFrameWriter.QuoteCsv(DataFrameWriter.FormatCell(column[row])));
    }
}
