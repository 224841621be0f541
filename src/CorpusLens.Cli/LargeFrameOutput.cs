using System.Text;
using CorpusLens.Tables;
using CorpusLens.Text;
using Microsoft.Data.Analysis;

namespace CorpusLens.Cli;

/// <summary>
/// Prints term tables that may have a million rows: through a 64 KB buffer instead of the auto-flushing console,
/// and, as a terminal table, only the first <see cref="TableRowLimit"/> rows (with a note on stderr saying so;
/// csv and json always get every row).
/// </summary>
public static class LargeFrameOutput
{
    /// <summary>Most rows shown in the table format.</summary>
    public const int TableRowLimit = 1_000;

    /// <summary>
    /// Writes the term frequencies of <paramref name="index"/> in <paramref name="format"/>: csv and json are streamed
    /// group by group (<see cref="TermIndex.WriteFrequencies(Stream, TableFormat, string, int?)"/>, the same bytes as
    /// the DataFrame would give); the table format gets the first <see cref="TableRowLimit"/> rows
    /// (<see cref="TermIndex.FrequenciesHead"/>) without a DataFrame of the rest.
    /// </summary>
    public static void WriteFrequencies(TermIndex index, string by, int? top, OutputFormat format, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (format is not (OutputFormat.Csv or OutputFormat.Json))
        {
            var (head, totalRows) = index.FrequenciesHead(TableRowLimit, by, top);
            WriteHead(head, totalRows, format, output, error);
            return;
        }
        var tableFormat = format == OutputFormat.Csv ? TableFormat.Csv : TableFormat.Json;
        if (ReferenceEquals(output, Console.Out))
        {
            output.Flush();
            using var standardOutput = Console.OpenStandardOutput();
            index.WriteFrequencies(standardOutput, tableFormat, by, top);
            return;
        }
        index.WriteFrequencies(output, tableFormat, by, top);
    }

    /// <summary>
    /// Writes <paramref name="frame"/> in <paramref name="format"/>, the first <see cref="TableRowLimit"/> rows of it as
    /// a table; <paramref name="totalRows"/>: the rows of the table the frame is the start of (default: the frame's).
    /// </summary>
    public static void Write(DataFrame frame, OutputFormat format, TextWriter output, TextWriter error, long? totalRows = null)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(error);
        bool cut = format == OutputFormat.Table && frame.Rows.Count > TableRowLimit;
        WriteHead(cut ? frame.Head(TableRowLimit) : frame, Math.Max(totalRows ?? 0, frame.Rows.Count), format, output, error);
    }

    /// <summary>Writes the first rows of a table of <paramref name="totalRows"/> rows, saying so on <paramref name="error"/> when some are left out.</summary>
    private static void WriteHead(DataFrame frame, long totalRows, OutputFormat format, TextWriter output, TextWriter error)
    {
        if (totalRows > frame.Rows.Count)
        {
            error.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"showing the first {frame.Rows.Count:N0} of {totalRows:N0} rows; use --format csv or json for all of them").Replace(',', ' '));
        }
        if (ReferenceEquals(output, Console.Out))
        {
            using var buffered = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16);
            CommonOptions.WriteFrame(frame, format, buffered);
            buffered.Flush();
            return;
        }
        CommonOptions.WriteFrame(frame, format, output);
    }
}
