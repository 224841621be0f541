using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CorpusLens.Notebooks.Format;

/// <summary>
/// Writes notebooks as nbformat 4 JSON the way Jupyter and VS Code do: keys in alphabetical order, one-space
/// indentation, multi-line text as a list of lines that keep their '\n'.
/// </summary>
public static class NotebookWriter
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        IndentSize = 1,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes <paramref name="notebook"/> to <paramref name="path"/> (UTF-8, no byte-order mark, final newline).</summary>
    public static void Write(Notebook notebook, string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }
        File.WriteAllText(path, ToJson(notebook));
    }

    /// <summary>The notebook as nbformat 4 JSON text.</summary>
    public static string ToJson(Notebook notebook)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        var cells = new JsonArray();
        foreach (var cell in notebook.Cells)
        {
            cells.Add(CellNode(cell, notebook.FormatMinorVersion));
        }
        var document = new JsonObject
        {
            ["cells"] = cells,
            ["metadata"] = Sorted(notebook.Metadata),
            ["nbformat"] = notebook.FormatVersion,
            ["nbformat_minor"] = notebook.FormatMinorVersion,
        };
        return document.ToJsonString(Options).ReplaceLineEndings("\n") + "\n";
    }

    private static JsonObject CellNode(NotebookCell cell, int minorVersion)
    {
        var node = new JsonObject
        {
            ["cell_type"] = cell.Kind switch { CellKind.Code => "code", CellKind.Markdown => "markdown", _ => "raw" },
        };
        if (cell.Kind == CellKind.Code)
        {
            node["execution_count"] = cell.ExecutionCount is { } count ? JsonValue.Create(count) : null;
        }
        if (minorVersion >= 5)
        {
            node["id"] = cell.Id ?? Guid.NewGuid().ToString("N")[..8];
        }
        node["metadata"] = Sorted(cell.Metadata);
        if (cell.Kind == CellKind.Code)
        {
            var outputs = new JsonArray();
            foreach (var output in cell.Outputs)
            {
                outputs.Add(OutputNode(output));
            }
            node["outputs"] = outputs;
        }
        node["source"] = Lines(cell.Source);
        return node;
    }

    private static JsonObject OutputNode(NotebookOutput output)
    {
        switch (output.Kind)
        {
            case OutputKind.Stream:
                return new JsonObject { ["name"] = output.StreamName, ["output_type"] = "stream", ["text"] = Lines(output.Text) };
            case OutputKind.Error:
                return new JsonObject
                {
                    ["ename"] = output.ErrorName,
                    ["evalue"] = output.ErrorValue,
                    ["output_type"] = "error",
                    ["traceback"] = new JsonArray(output.Traceback.Select(line => (JsonNode?)JsonValue.Create(line)).ToArray()),
                };
            default:
                var data = new JsonObject();
                foreach (var (mimeType, value) in output.Data.OrderBy(pair => pair.Key, StringComparer.Ordinal))
                {
                    data[mimeType] = NotebookReader.IsJsonMimeType(mimeType) && JsonNode.Parse(value) is JsonObject json ? json : Lines(value);
                }
                var node = new JsonObject { ["data"] = data };
                if (output.Kind == OutputKind.ExecuteResult)
                {
                    node["execution_count"] = output.ExecutionCount is { } count ? JsonValue.Create(count) : null;
                }
                node["metadata"] = Sorted(output.Metadata);
                node["output_type"] = output.Kind == OutputKind.ExecuteResult ? "execute_result" : "display_data";
                return node;
        }
    }

    /// <summary>Splits text into nbformat's list of lines: every line but the last keeps its '\n'.</summary>
    internal static JsonArray Lines(string text)
    {
        var lines = new JsonArray();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            var next = end < 0 ? text.Length : end + 1;
            lines.Add(text[start..next]);
            start = next;
        }
        return lines;
    }

    private static JsonObject Sorted(JsonObject source)
    {
        var sorted = new JsonObject();
        foreach (var (key, value) in source.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            sorted[key] = value is JsonObject child ? Sorted(child) : value?.DeepClone();
        }
        return sorted;
    }
}
