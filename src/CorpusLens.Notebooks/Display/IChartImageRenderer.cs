namespace CorpusLens.Notebooks.Display;

/// <summary>
/// The hook where a PNG renderer plugs into the notebook runner: given a Plotly figure (its JSON, as
/// <c>Plotly.NET.GenericChart.toFigureJson</c> writes it), returns the PNG bytes, or null when no browser is
/// available. When set on <see cref="Execution.NotebookRunOptions.ChartImageRenderer"/>, every chart output also
/// gets an <c>image/png</c> representation so that GitHub shows the picture. The default is none.
/// </summary>
public interface IChartImageRenderer
{
    /// <summary>Renders the figure to PNG; returns null when it cannot (no browser).</summary>
    Task<byte[]?> RenderPngAsync(string figureJson, CancellationToken cancellationToken = default);
}
