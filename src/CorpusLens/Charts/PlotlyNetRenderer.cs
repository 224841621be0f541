using Plotly.NET;
using Plotly.NET.LayoutObjects;
using Plotly.NET.TraceObjects;
using CSharpChart = Plotly.NET.CSharp.Chart;
using Plotly.NET.CSharp;

namespace CorpusLens.Charts;

/// <summary>Draws a <see cref="ChartSpec"/> with Plotly.NET (through Plotly.NET.CSharp where it offers the call).</summary>
internal static class PlotlyNetRenderer
{
    public static GenericChart Render(ChartSpec spec)
    {
        var traces = spec.Traces.Count == 0 ? [EmptyTrace()] : spec.Traces.Select(Trace).ToList();
        var chart = traces.Count == 1 ? traces[0] : CSharpChart.Combine(traces);
        chart = Plotly.NET.Chart.withTitle(TitleText(spec), null).Invoke(chart);
        chart = chart.WithXAxisStyle<double, double, string>(TitleText: spec.FacetTitles.Count > 1 ? string.Empty : spec.XTitle);
        chart = chart.WithYAxisStyle<double, double, string>(TitleText: spec.FacetTitles.Count > 1 ? PlotText.Escape(spec.FacetTitles[0]) : spec.YTitle);
        return Plotly.NET.Chart.withLayout(Layout(spec)).Invoke(chart);
    }

    /// <summary>The title with the note, if any, as a smaller second line.</summary>
    public static string TitleText(ChartSpec spec) =>
        string.IsNullOrEmpty(spec.Note) ? spec.Title : spec.Title + "<br><sub>" + PlotText.Escape(spec.Note) + "</sub>";

    private static GenericChart EmptyTrace() =>
        CSharpChart.Column<double, string, string>(values: Array.Empty<double>(), Keys: Array.Empty<string>(), Name: "no data", ShowLegend: false, UseDefaults: false);

    private static GenericChart Trace(TraceSpec trace)
    {
        var chart = trace.Kind switch
        {
            TraceKind.Column => CSharpChart.Column<IConvertible, IConvertible, string>(
                values: trace.Y, Keys: Values(trace.X), Name: trace.Name, ShowLegend: trace.ShowLegend, Marker: Marker(trace), UseDefaults: false),
            TraceKind.Bar => CSharpChart.Bar<IConvertible, IConvertible, string>(
                values: trace.X, Keys: Values(trace.Y), Name: trace.Name, ShowLegend: trace.ShowLegend, Marker: Marker(trace), UseDefaults: false),
            TraceKind.LinesMarkers or TraceKind.Markers => CSharpChart.Scatter<IConvertible, IConvertible, string>(
                x: trace.X, y: trace.Y,
                mode: trace.Kind == TraceKind.Markers ? StyleParam.Mode.Markers : StyleParam.Mode.Lines_Markers,
                Name: trace.Name, ShowLegend: trace.ShowLegend, Marker: Marker(trace), UseDefaults: false),
            TraceKind.Heatmap => CSharpChart.Heatmap<double, IConvertible, IConvertible, string>(
                zData: trace.Z ?? [], X: Values(trace.X), Y: Values(trace.Y), Name: trace.Name, ShowLegend: false, UseDefaults: false),
            _ => throw new ArgumentOutOfRangeException(nameof(trace), trace.Kind, "unknown trace kind"),
        };
        foreach (var plotted in GenericChart.getTraces(chart))
        {
            if (trace.Kind == TraceKind.Heatmap)
            {
                plotted.SetProperty("colorscale", "Blues");
                plotted.SetProperty("hovertemplate", "%{y} in %{x}: %{z:.2f}<extra></extra>");
            }
            if (trace.Hover is not null)
            {
                plotted.SetProperty("hovertext", trace.Hover.ToArray());
                plotted.SetProperty("hoverinfo", "text");
            }
            if (trace.Kind == TraceKind.LinesMarkers && trace.Color is not null)
            {
                var line = new Line();
                line.SetProperty("color", trace.Color);
                plotted.SetProperty("line", line);
            }
            if (trace.LegendGroup is not null)
            {
                plotted.SetProperty("legendgroup", trace.LegendGroup);
            }
            if (trace.Facet > 1)
            {
                plotted.SetProperty("xaxis", "x" + trace.Facet);
                plotted.SetProperty("yaxis", "y" + trace.Facet);
            }
        }
        return chart;
    }

    private static Optional<IEnumerable<IConvertible>> Values(IReadOnlyList<IConvertible> values) => values.ToArray();

    private static Marker Marker(TraceSpec trace)
    {
        var marker = new Marker();
        if (trace.Colors is not null)
        {
            marker.SetProperty("color", trace.Colors.ToArray());
        }
        else if (trace.Color is not null)
        {
            marker.SetProperty("color", trace.Color);
        }
        if (trace.Symbols is not null)
        {
            marker.SetProperty("symbol", trace.Symbols.ToArray());
        }
        if (trace.Symbol is not null)
        {
            marker.SetProperty("symbol", trace.Symbol);
            var outline = new Line();
            outline.SetProperty("width", 2);
            if (trace.Color is not null)
            {
                outline.SetProperty("color", trace.Color);
            }
            marker.SetProperty("line", outline);
        }
        if (trace.Size is int size)
        {
            marker.SetProperty("size", size);
        }
        return marker;
    }

    private static Layout Layout(ChartSpec spec)
    {
        var layout = new Layout();
        layout.SetProperty("width", spec.Width);
        layout.SetProperty("height", spec.Height);
        layout.SetProperty("hovermode", "closest");
        if (spec.BarMode is not null)
        {
            layout.SetProperty("barmode", spec.BarMode);
        }
        var xAxis = Axis(spec.XLog, spec.XRange);
        if (spec.XCategories)
        {
            xAxis.SetProperty("type", "category");
        }
        if (spec.XCategoryOrder is not null)
        {
            xAxis.SetProperty("categoryorder", "array");
            xAxis.SetProperty("categoryarray", spec.XCategoryOrder.ToArray());
        }
        if (spec.XTickStep is double xStep)
        {
            xAxis.SetProperty("dtick", xStep);
        }
        layout.SetProperty("xaxis", xAxis);
        var yAxis = Axis(spec.YLog, spec.YRange);
        if (spec.YTickStep is double step)
        {
            yAxis.SetProperty("dtick", step);
        }
        layout.SetProperty("yaxis", yAxis);
        if (spec.FacetTitles.Count > 1)
        {
            var grid = new Dictionary<string, object>
            {
                ["rows"] = spec.FacetTitles.Count,
                ["columns"] = 1,
                ["pattern"] = "independent",
                ["roworder"] = "top to bottom",
                ["ygap"] = 0.35,
            };
            layout.SetProperty("grid", grid);
            for (int facet = 2; facet <= spec.FacetTitles.Count; facet++)
            {
                layout.SetProperty("yaxis" + facet, new Dictionary<string, object>
                {
                    ["title"] = new Dictionary<string, object> { ["text"] = PlotText.Escape(spec.FacetTitles[facet - 1]) },
                });
            }
            layout.SetProperty("xaxis" + spec.FacetTitles.Count, new Dictionary<string, object>
            {
                ["title"] = new Dictionary<string, object> { ["text"] = spec.XTitle },
            });
        }
        return layout;
    }

    private static LinearAxis Axis(bool log, (double Min, double Max)? range)
    {
        var axis = new LinearAxis();
        axis.SetProperty("automargin", true);
        if (log)
        {
            axis.SetProperty("type", "log");
            axis.SetProperty("dtick", 1);
        }
        if (range is { } limits)
        {
            axis.SetProperty("range", new[] { limits.Min, limits.Max });
        }
        return axis;
    }
}
