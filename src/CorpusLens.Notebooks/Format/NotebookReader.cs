using System.Text.Json;
using System.Text.Json.Nodes;

namespace CorpusLens.Notebooks.Format;

/// <summary>Reads .ipynb files (nbformat 4): cells, sources (string or list of lines), outputs and metadata.</summary>
public static class NotebookReader
{
    /// <summary>Reads the notebook at <paramref name="path"/>.</summary>
    /// <exception cref="CorpusLensException">The file is missing, is not JSON, or is not an nbformat 4 notebook.</exception>
    public static Notebook Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new CorpusLensException($"{path}: no such notebook");
        }
        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Parses notebook JSON; <paramref name="path"/> only names the source in error messages.</summary>
    /// <exception cref="CorpusLensException">The text is not JSON or not an nbformat 4 notebook.</exception>
    public static Notebook Parse(string json, string path = "notebook")
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = true });
        }
        catch (JsonException exception)
        {
            throw new CorpusLensException($"{path}:{(exception.LineNumber ?? 0) + 1}: not valid JSON: {exception.Message.Split(" Path:")[0]}");
        }
        if (root is not JsonObject document)
        {
            throw new CorpusLensException($"{path}:1: not a notebook: the top level is not a JSON object");
        }
        var format = document["nbformat"] is JsonValue formatValue && formatValue.TryGetValue(out int major) ? major : 0;
        if (format != 4)
        {
            throw new CorpusLensException($"{path}:1: not an nbformat 4 notebook (nbformat is {document["nbformat"]?.ToJsonString() ?? "missing"})");
        }
        var notebook = new Notebook
        {
            FormatVersion = 4,
            FormatMinorVersion = document["nbformat_minor"] is JsonValue minor && minor.TryGetValue(out int minorVersion) ? minorVersion : 0,
            Metadata = document["metadata"] as JsonObject is { } metadata ? (JsonObject)metadata.DeepClone() : [],
        };
        if (document["cells"] is not JsonArray cells)
        {
            throw new CorpusLensException($"{path}:1: not a notebook: no \"cells\" array");
        }
        for (var index = 0; index < cells.Count; index++)
        {
            notebook.Cells.Add(ReadCell(cells[index], path, index + 1));
        }
        return notebook;
    }

    private static NotebookCell ReadCell(JsonNode? node, string path, int number)
    {
        if (node is not JsonObject cell)
        {
            throw new CorpusLensException($"{path}: cell {number}: not a JSON object");
        }
        var kind = cell["cell_type"]?.GetValue<string>() switch
        {
            "code" => CellKind.Code,
            "markdown" => CellKind.Markdown,
            "raw" => CellKind.Raw,
            var other => throw new CorpusLensException($"{path}: cell {number}: unknown cell_type '{other}'"),
        };
        var result = new NotebookCell
        {
            Kind = kind,
            Source = JoinText(cell["source"]),
            Id = cell["id"]?.GetValue<string>(),
            Metadata = cell["metadata"] as JsonObject is { } metadata ? (JsonObject)metadata.DeepClone() : [],
            ExecutionCount = cell["execution_count"] is JsonValue count && count.TryGetValue(out int executed) ? executed : null,
        };
        if (cell["outputs"] is JsonArray outputs)
        {
            foreach (var output in outputs)
            {
                result.Outputs.Add(ReadOutput(output, path, number));
            }
        }
        return result;
    }

    private static NotebookOutput ReadOutput(JsonNode? node, string path, int number)
    {
        if (node is not JsonObject output)
        {
            throw new CorpusLensException($"{path}: cell {number}: an output is not a JSON object");
        }
        var type = output["output_type"]?.GetValue<string>();
        switch (type)
        {
            case "stream":
                return NotebookOutput.Stream(output["name"]?.GetValue<string>() ?? "stdout", JoinText(output["text"]));
            case "error":
                return NotebookOutput.Error(
                    output["ename"]?.GetValue<string>() ?? "",
                    output["evalue"]?.GetValue<string>() ?? "",
                    (output["traceback"] as JsonArray ?? []).Select(line => line?.GetValue<string>() ?? ""));
            case "execute_result" or "display_data":
                var result = new NotebookOutput
                {
                    Kind = type == "execute_result" ? OutputKind.ExecuteResult : OutputKind.DisplayData,
                    ExecutionCount = output["execution_count"] is JsonValue count && count.TryGetValue(out int executed) ? executed : null,
                    Metadata = output["metadata"] as JsonObject is { } metadata ? (JsonObject)metadata.DeepClone() : [],
                };
                foreach (var (mimeType, value) in output["data"] as JsonObject ?? [])
                {
                    result.Data[mimeType] = IsJsonMimeType(mimeType) && value is not JsonValue ? value?.ToJsonString() ?? "null" : JoinText(value);
                }
                return result;
            default:
                throw new CorpusLensException($"{path}: cell {number}: unknown output_type '{type}'");
        }
    }

    /// <summary>True for MIME types whose nbformat value is a JSON object rather than text (application/json, application/vnd.*+json).</summary>
    internal static bool IsJsonMimeType(string mimeType) => mimeType == "application/json" || mimeType.EndsWith("+json", StringComparison.Ordinal);

    private static string JoinText(JsonNode? node) => node switch
    {
        null => "",
        JsonArray lines => string.Concat(lines.Select(line => line?.GetValue<string>() ?? "")),
        JsonValue value when value.TryGetValue(out string? text) => text,
        _ => node.ToJsonString(),
    };
}
