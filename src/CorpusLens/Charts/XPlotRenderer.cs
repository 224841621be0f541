using XPlot.Plotly;

namespace CorpusLens.Charts;

/// <summary>
/// Draws a <see cref="ChartSpec"/> with XPlot.Plotly. XPlot has no hover-text field on bars and no subplot grid, so
/// bar hovers show the values, facets are drawn as legend groups in one plot, and x categories keep the order in
/// which the traces meet them (XPlot's axis has no category order).
/// </summary>
internal static class XPlotRenderer
{
    public static PlotlyChart Render(ChartSpec spec)
    {
        var traces = spec.Traces.Select(Trace).ToList();
        var layout = new Layout.Layout
        {
            title = PlotlyNetRenderer.TitleText(spec),
            width = spec.Width,
            height = spec.Height,
            hovermode = "closest",
            xaxis = new Xaxis { title = spec.XTitle },
            yaxis = new Yaxis { title = spec.YTitle },
        };
        if (spec.BarMode is not null)
        {
            layout.barmode = spec.BarMode;
        }
        if (spec.XLog)
        {
            layout.xaxis.type = "log";
        }
        if (spec.XCategories)
        {
            layout.xaxis.type = "category";
        }
        if (spec.XTickStep is double xStep)
        {
            layout.xaxis.dtick = xStep;
        }
        if (spec.YTickStep is double step)
        {
            layout.yaxis.dtick = step;
        }
        if (spec.YLog)
        {
            layout.yaxis.type = "log";
        }
        if (spec.XRange is { } xRange)
        {
            layout.xaxis.range = new[] { xRange.Min, xRange.Max };
        }
        if (spec.YRange is { } yRange)
        {
            layout.yaxis.range = new[] { yRange.Min, yRange.Max };
        }
        var chart = XPlot.Plotly.Chart.Plot(traces, layout);
        chart.WithSize(spec.Width, spec.Height);
        return chart;
    }

    private static Trace Trace(TraceSpec trace)
    {
        var legendGroup = trace.LegendGroup ?? (trace.Facet > 1 ? "facet" + trace.Facet : null);
        switch (trace.Kind)
        {
            case TraceKind.Column:
            case TraceKind.Bar:
                var bar = new Bar
                {
                    name = trace.Name,
                    x = trace.X.ToArray(),
                    y = trace.Y.ToArray(),
                    orientation = trace.Kind == TraceKind.Bar ? "h" : "v",
                    showlegend = trace.ShowLegend,
                    marker = Marker(trace),
                };
                if (legendGroup is not null)
                {
                    bar.legendgroup = legendGroup;
                }
                return bar;
            case TraceKind.Heatmap:
                return new Heatmap
                {
                    name = trace.Name,
                    z = (trace.Z ?? []).Select(row => row.ToArray()).ToArray(),
                    x = trace.X.ToArray(),
                    y = trace.Y.ToArray(),
                    colorscale = "Blues",
                };
            default:
                var scatter = new Scatter
                {
                    name = trace.Name,
                    x = trace.X.ToArray(),
                    y = trace.Y.ToArray(),
                    mode = trace.Kind == TraceKind.Markers ? "markers" : "lines+markers",
                    showlegend = trace.ShowLegend,
                    marker = Marker(trace),
                };
                if (trace.Hover is not null)
                {
                    scatter.text = trace.Hover.ToArray();
                    scatter.hoverinfo = "text";
                }
                if (trace.Kind == TraceKind.LinesMarkers && trace.Color is not null)
                {
                    scatter.line = new Line { color = trace.Color };
                }
                if (legendGroup is not null)
                {
                    scatter.legendgroup = legendGroup;
                }
                return scatter;
        }
    }

    private static Marker Marker(TraceSpec trace)
    {
        var marker = new Marker();
        if (trace.Colors is not null)
        {
            marker.color = trace.Colors.ToArray();
        }
        else if (trace.Color is not null)
        {
            marker.color = trace.Color;
        }
        if (trace.Symbols is not null)
        {
            marker.symbol = trace.Symbols.ToArray();
        }
        if (trace.Symbol is not null)
        {
            marker.symbol = trace.Symbol;
            marker.line = new Line { width = 2, color = trace.Color ?? ChartColors.Neutral };
        }
        if (trace.Size is int size)
        {
            marker.size = size;
        }
        return marker;
    }
}
