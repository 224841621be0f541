namespace CorpusLens.Charts;

/// <summary>How a trace is drawn.</summary>
internal enum TraceKind
{
    /// <summary>Vertical bars: categories on x.</summary>
    Column,

    /// <summary>Horizontal bars: categories on y.</summary>
    Bar,

    /// <summary>Points joined by lines.</summary>
    LinesMarkers,

    /// <summary>Points only.</summary>
    Markers,

    /// <summary>A heatmap: <see cref="TraceSpec.Z"/> rows by y, columns by x.</summary>
    Heatmap,
}

/// <summary>One trace of a chart, independent of the plotting library that draws it.</summary>
internal sealed class TraceSpec
{
    public required string Name { get; init; }

    public required TraceKind Kind { get; init; }

    public IReadOnlyList<IConvertible> X { get; init; } = [];

    public IReadOnlyList<IConvertible> Y { get; init; } = [];

    /// <summary>Heatmap values, one row per y category.</summary>
    public IReadOnlyList<IReadOnlyList<double>>? Z { get; init; }

    /// <summary>Hover text per point (already escaped for plotly.js).</summary>
    public IReadOnlyList<string>? Hover { get; init; }

    /// <summary>One colour for the whole trace.</summary>
    public string? Color { get; init; }

    /// <summary>A colour per point (overrides <see cref="Color"/>).</summary>
    public IReadOnlyList<string>? Colors { get; init; }

    /// <summary>Marker symbol (plotly.js name) for point traces.</summary>
    public string? Symbol { get; init; }

    /// <summary>A marker symbol per point (overrides <see cref="Symbol"/>).</summary>
    public IReadOnlyList<string>? Symbols { get; init; }

    /// <summary>Marker size for point traces.</summary>
    public int? Size { get; init; }

    /// <summary>The facet (subplot) the trace belongs to, from 1.</summary>
    public int Facet { get; init; } = 1;

    public bool ShowLegend { get; init; } = true;

    public string? LegendGroup { get; init; }
}

/// <summary>A whole chart: its traces and the words around them.</summary>
internal sealed class ChartSpec
{
    public required string Title { get; init; }

    public required string XTitle { get; init; }

    public required string YTitle { get; init; }

    public List<TraceSpec> Traces { get; } = [];

    /// <summary>plotly.js barmode: group, stack or relative.</summary>
    public string? BarMode { get; init; }

    public bool XLog { get; init; }

    /// <summary>Treat x values as categories even when they look like dates or numbers.</summary>
    public bool XCategories { get; init; }

    public bool YLog { get; init; }

    /// <summary>Fixed x range (for values with a known scale, such as scores in [-1, 1]).</summary>
    public (double Min, double Max)? XRange { get; init; }

    public (double Min, double Max)? YRange { get; init; }

    /// <summary>The order of the x categories (otherwise plotly.js orders them as the traces meet them).</summary>
    public IReadOnlyList<string>? XCategoryOrder { get; init; }

    /// <summary>Distance between x ticks (1 for sentence numbers, so no tick reads sentence 1.5).</summary>
    public double? XTickStep { get; init; }

    /// <summary>Distance between y ticks (1 for small counts, so no tick reads 1.5 articles).</summary>
    public double? YTickStep { get; init; }

    /// <summary>Titles of the facets (one subplot each, stacked vertically); empty for one plot.</summary>
    public IReadOnlyList<string> FacetTitles { get; init; } = [];

    public int Width { get; init; } = 900;

    public int Height { get; init; } = 500;

    /// <summary>A note under the title (escaped), e.g. what the chart leaves out.</summary>
    public string? Note { get; init; }
}
