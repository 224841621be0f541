using Microsoft.Data.Analysis;
using Plotly.NET;

namespace CorpusLens.Report;

/// <summary>One chart of a report.</summary>
/// <param name="Name">File name stem (charts/NAME.html, .png, .svg): lower case, digits and underscores.</param>
/// <param name="Section">The report section it belongs to.</param>
/// <param name="Chart">The chart.</param>
/// <param name="Width">Width for image export, in CSS pixels (null: the chart's own width).</param>
/// <param name="Height">Height for image export, in CSS pixels (null: the chart's own height).</param>
public sealed record ReportChart(string Name, string Section, GenericChart Chart, int? Width = null, int? Height = null)
{
    private string? figureJson;

    /// <summary>The chart's figure JSON, serialized once (Plotly.NET's serializer is not free).</summary>
    public string FigureJson => figureJson ??= Export.ChartJson.Figure(Chart);
}

/// <summary>One table of a report.</summary>
/// <param name="Name">File name stem (tables/NAME.csv).</param>
/// <param name="Section">The report section it belongs to.</param>
/// <param name="Title">A heading for the table.</param>
/// <param name="Frame">The full table (written to CSV/Parquet/Arrow).</param>
/// <param name="DisplayColumns">The columns shown in report.html (all when empty).</param>
/// <param name="ShowInPage">Whether report.html shows it (large per-sentence tables are only written to files).</param>
public sealed record ReportTable(string Name, string Section, string Title, DataFrame Frame, IReadOnlyList<string> DisplayColumns, bool ShowInPage = true);

/// <summary>A built report: its charts and tables by section, and notes on what is missing.</summary>
public sealed class ReportContent
{
    /// <summary>The sections in page order.</summary>
    public static IReadOnlyList<string> Sections { get; } = ["Corpus", "Terms", "Stance", "Sentiment", "Funding"];

    /// <summary>The inputs the report was built from.</summary>
    public required ReportInputs Inputs { get; init; }

    /// <summary>The charts, in page order.</summary>
    public List<ReportChart> Charts { get; } = [];

    /// <summary>The tables, in page order.</summary>
    public List<ReportTable> Tables { get; } = [];

    /// <summary>Sentences saying which inputs were absent (so the page says why a section is short).</summary>
    public List<string> Missing { get; } = [];
}
