using System.Text.Json.Nodes;

namespace CorpusLens.Notebooks.Format;

/// <summary>The metadata VS Code's Polyglot Notebooks extension writes into a C# .ipynb file.</summary>
public static class PolyglotMetadata
{
    /// <summary>The kernel name of C# cells.</summary>
    public const string CSharpKernel = "csharp";

    /// <summary>The kernel name of markdown cells written as <c>#!markdown</c> code cells.</summary>
    public const string MarkdownKernel = "markdown";

    /// <summary>
    /// Notebook metadata: <c>kernelspec</c> (.NET (C#), C#, .net-csharp), <c>language_info.name</c> polyglot-notebook,
    /// and <c>polyglot_notebook.kernelInfo</c> with csharp as the default kernel.
    /// </summary>
    public static JsonObject NotebookMetadata() => new()
    {
        ["kernelspec"] = new JsonObject
        {
            ["display_name"] = ".NET (C#)",
            ["language"] = "C#",
            ["name"] = ".net-csharp",
        },
        ["language_info"] = new JsonObject { ["name"] = "polyglot-notebook" },
        ["polyglot_notebook"] = new JsonObject
        {
            ["kernelInfo"] = new JsonObject
            {
                ["defaultKernelName"] = CSharpKernel,
                ["items"] = new JsonArray(new JsonObject { ["aliases"] = new JsonArray(), ["name"] = CSharpKernel }),
            },
        },
    };

    /// <summary>Code-cell metadata: <c>polyglot_notebook.kernelName</c> csharp and VS Code's <c>vscode.languageId</c>.</summary>
    public static JsonObject CodeCellMetadata() => new()
    {
        ["polyglot_notebook"] = new JsonObject { ["kernelName"] = CSharpKernel },
        ["vscode"] = new JsonObject { ["languageId"] = "polyglot-notebook" },
    };

    /// <summary>Maps the aliases the kernel accepts (c#, cs, C#) to the kernel name; other names are returned lower-cased.</summary>
    public static string CanonicalKernelName(string name) => name.Trim().ToLowerInvariant() switch
    {
        "c#" or "cs" or "csharp" => CSharpKernel,
        "md" or "markdown" => MarkdownKernel,
        var other => other,
    };
}
