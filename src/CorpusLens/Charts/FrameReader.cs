using CorpusLens.Tables;
using Microsoft.Data.Analysis;

namespace CorpusLens.Charts;

/// <summary>Reads the columns a chart needs from a DataFrame, by name, with a clear error when one is missing.</summary>
internal static class FrameReader
{
    /// <summary>The column named <paramref name="name"/>, or an error naming the chart, the column and the columns present.</summary>
    public static DataFrameColumn Column(DataFrame frame, string name, string chart)
    {
        ArgumentNullException.ThrowIfNull(frame);
        int index = frame.Columns.IndexOf(name);
        if (index < 0)
        {
            var present = string.Join(", ", frame.Columns.Select(column => column.Name));
            throw new ArgumentException($"the {chart} chart needs a column named '{name}' (see CONTRACTS.md); the frame has: {present}", nameof(frame));
        }
        return frame.Columns[index];
    }

    /// <summary>True when the frame has a column named <paramref name="name"/>.</summary>
    public static bool Has(DataFrame frame, string name) => frame.Columns.IndexOf(name) >= 0;

    /// <summary>The cells of a column as text (empty for a missing value).</summary>
    public static string[] Strings(DataFrame frame, string name, string chart)
    {
        var column = Column(frame, name, chart);
        var values = new string[column.Length];
        for (long row = 0; row < column.Length; row++)
        {
            values[row] = DataFrameWriter.FormatCell(column[row]);
        }
        return values;
    }

    /// <summary>The cells of a numeric column as doubles (NaN for a missing value).</summary>
    public static double[] Doubles(DataFrame frame, string name, string chart)
    {
        var column = Column(frame, name, chart);
        var values = new double[column.Length];
        for (long row = 0; row < column.Length; row++)
        {
            values[row] = column[row] switch
            {
                null => double.NaN,
                double number => number,
                float number => number,
                IConvertible convertible => convertible.ToDouble(System.Globalization.CultureInfo.InvariantCulture),
                _ => double.NaN,
            };
        }
        return values;
    }

    /// <summary>The cells of an integer column (null for a missing value).</summary>
    public static int?[] Integers(DataFrame frame, string name, string chart)
    {
        var numbers = Doubles(frame, name, chart);
        return numbers.Select(number => double.IsFinite(number) ? (int?)(int)number : null).ToArray();
    }
}
