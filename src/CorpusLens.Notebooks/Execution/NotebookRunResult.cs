using CorpusLens.Notebooks.Format;

namespace CorpusLens.Notebooks.Execution;

/// <summary>Options for <see cref="NotebookRunner"/>.</summary>
public sealed class NotebookRunOptions
{
    /// <summary>The folder cells run in (relative paths in cells resolve against it); default: the notebook's folder, as in VS Code.</summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>Renders chart outputs to PNG as well; default none (charts are saved as HTML only).</summary>
    public Display.IChartImageRenderer? ChartImageRenderer { get; init; }

    /// <summary>The packages <c>#r "nuget: ..."</c> may ask for; default: those the running tool carries.</summary>
    public PackageCatalog? Packages { get; init; }
}

/// <summary>Where and why a cell failed.</summary>
/// <param name="Cell">The 1-based cell number (counting markdown cells too, as VS Code shows them).</param>
/// <param name="Line">The 1-based line inside the cell.</param>
/// <param name="Code">The compiler code (CS0103), "directive", or the exception type name.</param>
/// <param name="Message">The compiler or runtime message.</param>
/// <param name="SourceLine">The text of that line of the cell (trimmed), or empty when the line is unknown.</param>
public sealed record CellFailure(int Cell, int Line, string Code, string Message, string SourceLine = "");

/// <summary>The time one code cell took.</summary>
/// <param name="Cell">The 1-based cell number.</param>
/// <param name="Elapsed">Compile and run time.</param>
public sealed record CellTiming(int Cell, TimeSpan Elapsed);

/// <summary>What running a notebook did: the executed notebook (with outputs), timings, and the failure if a cell failed.</summary>
/// <param name="Path">The notebook's path as given.</param>
/// <param name="Notebook">The notebook with outputs and execution counts.</param>
/// <param name="CodeCellsRun">How many code cells ran (including the failing one).</param>
/// <param name="Elapsed">Total time.</param>
/// <param name="Timings">Per code cell.</param>
/// <param name="Failure">The first failing cell, or null when all ran.</param>
public sealed record NotebookRunResult(
    string Path,
    Notebook Notebook,
    int CodeCellsRun,
    TimeSpan Elapsed,
    IReadOnlyList<CellTiming> Timings,
    CellFailure? Failure)
{
    /// <summary>True when every cell ran.</summary>
    public bool Succeeded => Failure is null;

    /// <summary>The one-line failure message "path: cell N, line L: CODE: message (at: source line)", or null.</summary>
    public string? FailureMessage => Failure is { } failure
        ? $"{Path}: cell {failure.Cell}, line {failure.Line}: {failure.Code}: {failure.Message.ReplaceLineEndings(" ")}"
            + (failure.SourceLine.Length > 0 ? $" (at: {failure.SourceLine})" : "")
        : null;
}
