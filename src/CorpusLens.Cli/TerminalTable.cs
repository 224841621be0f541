using CorpusLens.Tables;
using Microsoft.Data.Analysis;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace CorpusLens.Cli;

/// <summary>Renders a DataFrame as a terminal table with Spectre.Console; long cells are shortened with an ellipsis.</summary>
public static class TerminalTable
{
    /// <summary>Longest cell shown before it is shortened.</summary>
    public const int MaximumCellLength = 60;

    /// <summary>Writes <paramref name="frame"/> to <paramref name="output"/>.</summary>
    public static void Write(DataFrame frame, TextWriter output)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = Math.Max(console.Profile.Width, 160);
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var column in frame.Columns)
        {
            var tableColumn = new TableColumn(Markup.Escape(column.Name));
            if (column.IsNumericColumn())
            {
                tableColumn.RightAligned();
            }
            table.AddColumn(tableColumn);
        }
        for (long row = 0; row < frame.Rows.Count; row++)
        {
            var cells = new List<IRenderable>(frame.Columns.Count);
            foreach (var column in frame.Columns)
            {
                cells.Add(new Spectre.Console.Text(Shorten(DataFrameWriter.FormatCell(column[row]))));
            }
            table.AddRow(cells);
        }
        console.Write(table);
    }

    private static string Shorten(string text)
    {
        var flat = text.ReplaceLineEndings(" ");
        return flat.Length <= MaximumCellLength ? flat : flat[..(MaximumCellLength - 1)] + "…";
    }
}
