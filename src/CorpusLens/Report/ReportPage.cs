using System.Net;
using System.Text;
using CorpusLens.Export;
using CorpusLens.Tables;
using Microsoft.Data.Analysis;

namespace CorpusLens.Report;

/// <summary>
/// report.html: one self-contained page (plotly.js inlined once) with every chart and the tables. Every piece of
/// corpus text is HTML-escaped, and chart data is escaped for the script elements that carry it.
/// </summary>
public static class ReportPage
{
    /// <summary>How many rows a table shows in the page (the files hold all rows).</summary>
    public const int MaximumRows = 100;

    /// <summary>The page for <paramref name="content"/>.</summary>
    public static string Render(ReportContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var body = new StringBuilder();
        var inputs = content.Inputs;
        body.Append("<h1>").Append(Encode(inputs.Title)).Append("</h1>\n");
        body.Append("<p class=\"note\">");
        if (!string.IsNullOrWhiteSpace(inputs.Source))
        {
            body.Append("Corpus: <code>").Append(Encode(inputs.Source)).Append("</code>. ");
        }
        body.Append("Colours: <span class=\"doomer\">doomer</span> and <span class=\"boomer\">boomer</span> are the same in every chart. ")
            .Append("Every chart is interactive (hover for details) and this page works offline.</p>\n");
        if (content.Missing.Count > 0)
        {
            body.Append("<p class=\"note\">Not in this report (no input given): ")
                .Append(Encode(string.Join(", ", content.Missing))).Append(".</p>\n");
        }
        var plots = new List<PagePlot>();
        foreach (var section in ReportContent.Sections)
        {
            var charts = content.Charts.Where(chart => chart.Section == section).ToList();
            var tables = content.Tables.Where(table => table.Section == section && table.ShowInPage).ToList();
            if (charts.Count == 0 && tables.Count == 0)
            {
                continue;
            }
            body.Append("<h2 id=\"").Append(section.ToLowerInvariant()).Append("\">").Append(Encode(section)).Append("</h2>\n");
            foreach (var chart in charts)
            {
                var id = "chart-" + chart.Name.Replace('_', '-');
                body.Append(HtmlPage.PlotElement(id));
                plots.Add(new PagePlot(id, chart.FigureJson));
            }
            foreach (var table in tables)
            {
                AppendTable(body, table);
            }
        }
        return HtmlPage.Render(inputs.Title, body.ToString(), plots);
    }

    /// <summary>An HTML table of <paramref name="table"/>'s display columns, every cell escaped.</summary>
    internal static void AppendTable(StringBuilder body, ReportTable table)
    {
        var frame = table.Frame;
        var columns = table.DisplayColumns.Count > 0
            ? table.DisplayColumns.Select(name => frame.Columns[name]).ToList()
            : frame.Columns.ToList();
        body.Append("<h3>").Append(Encode(table.Title)).Append("</h3>\n<table id=\"table-").Append(table.Name.Replace('_', '-')).Append("\">\n<thead><tr>");
        foreach (var column in columns)
        {
            body.Append("<th>").Append(Encode(column.Name)).Append("</th>");
        }
        body.Append("</tr></thead>\n<tbody>\n");
        long shown = Math.Min(frame.Rows.Count, MaximumRows);
        for (long row = 0; row < shown; row++)
        {
            body.Append("<tr>");
            foreach (var column in columns)
            {
                AppendCell(body, column, row);
            }
            body.Append("</tr>\n");
        }
        body.Append("</tbody>\n</table>\n");
        if (frame.Rows.Count > shown)
        {
            body.Append("<p class=\"note\">Showing ").Append(shown).Append(" of ").Append(frame.Rows.Count)
                .Append(" rows; all rows are in <code>tables/").Append(Encode(table.Name)).Append(".csv</code>.</p>\n");
        }
    }

    private static void AppendCell(StringBuilder body, DataFrameColumn column, long row)
    {
        var value = column[row];
        switch (value)
        {
            case double or float:
                body.Append("<td class=\"number\">").Append(DataFrameWriter.FormatForReading(value)).Append("</td>");
                break;
            case int or long:
                body.Append("<td class=\"number\">").Append(Encode(DataFrameWriter.FormatCell(value))).Append("</td>");
                break;
            case string label when column.Name == "label" && label is "doomer" or "boomer":
                body.Append("<td class=\"").Append(label).Append("\">").Append(label).Append("</td>");
                break;
            default:
                body.Append("<td>").Append(Encode(DataFrameWriter.FormatCell(value))).Append("</td>");
                break;
        }
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
