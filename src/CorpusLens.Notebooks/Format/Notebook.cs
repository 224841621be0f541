using System.Text.Json.Nodes;

namespace CorpusLens.Notebooks.Format;

/// <summary>
/// A Jupyter notebook (nbformat 4) as VS Code's Polyglot Notebooks extension writes it: cells, notebook metadata
/// (kernelspec <c>.net-csharp</c>, <c>polyglot_notebook.kernelInfo</c>) and the format version.
/// </summary>
public sealed class Notebook
{
    /// <summary>The cells, in order.</summary>
    public List<NotebookCell> Cells { get; } = [];

    /// <summary>The notebook-level metadata, kept as JSON so that fields this project does not know survive a round trip.</summary>
    public JsonObject Metadata { get; set; } = PolyglotMetadata.NotebookMetadata();

    /// <summary>The nbformat major version (always 4).</summary>
    public int FormatVersion { get; set; } = 4;

    /// <summary>The nbformat minor version; 5 and later give every cell an <c>id</c>.</summary>
    public int FormatMinorVersion { get; set; } = 5;

    /// <summary>A new, empty C# notebook with the metadata Polyglot Notebooks writes.</summary>
    public static Notebook Create() => new();

    /// <summary>Adds a markdown cell and returns this notebook (for chaining).</summary>
    public Notebook AddMarkdown(string source)
    {
        Cells.Add(NotebookCell.Markdown(source));
        return this;
    }

    /// <summary>Adds a C# code cell and returns this notebook (for chaining).</summary>
    public Notebook AddCode(string source)
    {
        Cells.Add(NotebookCell.Code(source));
        return this;
    }
}

/// <summary>The kind of a notebook cell.</summary>
public enum CellKind
{
    /// <summary>Code run by a kernel.</summary>
    Code,

    /// <summary>Markdown shown as formatted text.</summary>
    Markdown,

    /// <summary>Raw text passed through unchanged.</summary>
    Raw,
}

/// <summary>One notebook cell: its kind, source text, metadata and (for code) outputs and execution count.</summary>
public sealed class NotebookCell
{
    /// <summary>Markdown, code or raw.</summary>
    public CellKind Kind { get; set; }

    /// <summary>The cell's source text, lines joined by '\n'.</summary>
    public string Source { get; set; } = "";

    /// <summary>The cell id (nbformat 4.5 and later), or null.</summary>
    public string? Id { get; set; }

    /// <summary>The cell metadata; for code cells Polyglot writes <c>polyglot_notebook.kernelName</c>.</summary>
    public JsonObject Metadata { get; set; } = [];

    /// <summary>The outputs of the last run (code cells only).</summary>
    public List<NotebookOutput> Outputs { get; } = [];

    /// <summary>The execution count of the last run, or null when the cell has not run.</summary>
    public int? ExecutionCount { get; set; }

    /// <summary>
    /// The kernel that runs this cell: the first-line magic (<c>#!csharp</c>, <c>#!markdown</c>, …) when there is one,
    /// else <c>polyglot_notebook.kernelName</c> from the metadata, else "csharp" for code and "markdown" for markdown.
    /// </summary>
    public string KernelName
    {
        get
        {
            var firstLine = Source.Split('\n', 2)[0].Trim();
            if (firstLine.StartsWith("#!", StringComparison.Ordinal) && firstLine.Length > 2 && !firstLine.Contains(' ', StringComparison.Ordinal))
            {
                return PolyglotMetadata.CanonicalKernelName(firstLine[2..]);
            }
            if (Metadata["polyglot_notebook"]?["kernelName"] is JsonValue name && name.TryGetValue(out string? kernel))
            {
                return PolyglotMetadata.CanonicalKernelName(kernel);
            }
            return Kind == CellKind.Code ? "csharp" : "markdown";
        }
    }

    /// <summary>A markdown cell.</summary>
    public static NotebookCell Markdown(string source) => new() { Kind = CellKind.Markdown, Source = source, Id = NewId() };

    /// <summary>A C# code cell with the metadata Polyglot Notebooks writes.</summary>
    public static NotebookCell Code(string source) =>
        new() { Kind = CellKind.Code, Source = source, Id = NewId(), Metadata = PolyglotMetadata.CodeCellMetadata() };

    private static string NewId() => Guid.NewGuid().ToString("N")[..8];
}

/// <summary>The kind of a code cell's output (nbformat <c>output_type</c>).</summary>
public enum OutputKind
{
    /// <summary><c>execute_result</c>: the value of the cell's last expression.</summary>
    ExecuteResult,

    /// <summary><c>display_data</c>: a value shown with <c>display(...)</c>.</summary>
    DisplayData,

    /// <summary><c>stream</c>: text written to stdout or stderr.</summary>
    Stream,

    /// <summary><c>error</c>: the exception or compiler error that stopped the cell.</summary>
    Error,
}

/// <summary>One output of a code cell, in nbformat 4 terms.</summary>
public sealed class NotebookOutput
{
    /// <summary>The output type.</summary>
    public OutputKind Kind { get; set; }

    /// <summary>For results and displays: the representations by MIME type (text/html, text/plain, image/png as base64, …).</summary>
    public Dictionary<string, string> Data { get; } = new(StringComparer.Ordinal);

    /// <summary>For results and displays: the output metadata.</summary>
    public JsonObject Metadata { get; set; } = [];

    /// <summary>For <see cref="OutputKind.ExecuteResult"/>: the execution count of the cell.</summary>
    public int? ExecutionCount { get; set; }

    /// <summary>For streams: "stdout" or "stderr".</summary>
    public string StreamName { get; set; } = "stdout";

    /// <summary>For streams: the text written.</summary>
    public string Text { get; set; } = "";

    /// <summary>For errors: the exception or error name (e.g. "CS0103", "InvalidOperationException").</summary>
    public string ErrorName { get; set; } = "";

    /// <summary>For errors: the message.</summary>
    public string ErrorValue { get; set; } = "";

    /// <summary>For errors: the traceback lines.</summary>
    public List<string> Traceback { get; } = [];

    /// <summary>A stream output.</summary>
    public static NotebookOutput Stream(string name, string text) => new() { Kind = OutputKind.Stream, StreamName = name, Text = text };

    /// <summary>An error output.</summary>
    public static NotebookOutput Error(string name, string value, IEnumerable<string> traceback)
    {
        var output = new NotebookOutput { Kind = OutputKind.Error, ErrorName = name, ErrorValue = value };
        output.Traceback.AddRange(traceback);
        return output;
    }
}
