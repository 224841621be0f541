using System.Text;
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
    public const int TableRowLimit = 5_000;

    /// <summary>Writes <paramref name="frame"/> in <paramref name="format"/>.</summary>
    public static void Write(DataFrame frame, OutputFormat format, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(error);
        if (format == OutputFormat.Table && frame.Rows.Count > TableRowLimit)
        {
            error.WriteLine($"showing the first {TableRowLimit:N0} of {frame.Rows.Count:N0} rows; use --format csv or json for all of them".Replace(',', ' '));
            frame = frame.Head(TableRowLimit);
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
