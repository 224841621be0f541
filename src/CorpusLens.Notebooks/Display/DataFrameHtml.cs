using System.Net;
using System.Text;
using CorpusLens.Tables;
using Microsoft.Data.Analysis;

namespace CorpusLens.Notebooks.Display;

/// <summary>Shows a DataFrame as the notebook kernel does: an HTML table of its first rows (cells escaped), or fixed-width text.</summary>
public static class DataFrameHtml
{
    /// <summary>How many rows a table shows.</summary>
    public const int MaxRows = 25;

    /// <summary>How many characters of a cell a table shows before cutting it with "…".</summary>
    public const int MaxCellLength = 120;

    /// <summary>An HTML table with the column names and the first <see cref="MaxRows"/> rows; every cell is HTML-escaped.</summary>
    public static string ToHtml(DataFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var html = new StringBuilder("<table class=\"corpuslens-frame\"><thead><tr><th><i>index</i></th>");
        foreach (var column in frame.Columns)
        {
            html.Append("<th>").Append(WebUtility.HtmlEncode(column.Name)).Append("</th>");
        }
        html.Append("</tr></thead><tbody>");
        var shown = Math.Min(frame.Rows.Count, MaxRows);
        for (var row = 0; row < shown; row++)
        {
            html.Append("<tr><td><i>").Append(row).Append("</i></td>");
            foreach (var column in frame.Columns)
            {
                html.Append("<td>").Append(WebUtility.HtmlEncode(Cell(column[row]))).Append("</td>");
            }
            html.Append("</tr>");
        }
        html.Append("</tbody></table>");
        html.Append("<p>").Append(Summary(frame, shown)).Append("</p>");
        return html.ToString();
    }

    /// <summary>The same rows as fixed-width text (for text/plain and terminals).</summary>
    public static string ToText(DataFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var shown = (int)Math.Min(frame.Rows.Count, MaxRows);
        var columns = frame.Columns.Select(column => new[] { column.Name }
            .Concat(Enumerable.Range(0, shown).Select(row => Cut(Cell(column[row]), 40))).ToArray()).ToList();
        var widths = columns.Select(cells => cells.Max(cell => cell.Length)).ToList();
        var text = new StringBuilder();
        for (var line = 0; line <= shown; line++)
        {
            text.AppendJoin("  ", columns.Select((cells, index) => cells[line].PadRight(widths[index]))).Append('\n');
        }
        text.Append(Summary(frame, shown));
        return text.ToString();
    }

    private static string Summary(DataFrame frame, long shown) =>
        shown < frame.Rows.Count ? $"{shown} of {frame.Rows.Count} rows, {frame.Columns.Count} columns" : $"{frame.Rows.Count} rows, {frame.Columns.Count} columns";

    private static string Cell(object? value) => Cut(DataFrameWriter.FormatCell(value).ReplaceLineEndings(" "), MaxCellLength);

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
