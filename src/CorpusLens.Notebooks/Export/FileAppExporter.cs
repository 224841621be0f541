using System.Text;
using CorpusLens.Notebooks.Execution;
using CorpusLens.Notebooks.Format;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CorpusLens.Notebooks.Export;

/// <summary>
/// Exports a notebook to a .NET file-based app (<c>dotnet run file.cs</c>), the migration path Microsoft recommends
/// after the kernel's deprecation: <c>#r "nuget: Id, Version"</c> becomes <c>#:package Id@Version</c>, the library
/// becomes <c>#:project</c>, markdown becomes comments, cells run in order, <c>using</c> directives and type
/// declarations move to where C# wants them, and each cell's last expression is shown with <c>display(...)</c>,
/// which prints text and saves charts as self-contained HTML files beside the app.
/// </summary>
public static class FileAppExporter
{
    private const string LibraryPackage = "CorpusLens";
    private const string LibraryProject = "src/CorpusLens/CorpusLens.csproj";

    /// <summary>Exports the notebook at <paramref name="path"/> to <paramref name="outputPath"/> (default: same name, .cs).</summary>
    /// <returns>The path written.</returns>
    /// <exception cref="CorpusLensException">A cell cannot be exported (e.g. <c>#r</c> on a path), or the repository's library project was not found.</exception>
    public static string Export(string path, string? outputPath = null)
    {
        var notebook = NotebookReader.Read(path);
        var target = Path.GetFullPath(outputPath ?? Path.ChangeExtension(path, ".cs"));
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.WriteAllText(target, ToFileApp(notebook, path, target));
        return target;
    }

    /// <summary>The C# source of the file-based app for <paramref name="notebook"/> read from <paramref name="notebookPath"/>, to be written at <paramref name="appPath"/>.</summary>
    public static string ToFileApp(Notebook notebook, string notebookPath, string appPath)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        var notebookFolder = Path.GetDirectoryName(Path.GetFullPath(notebookPath))!;
        var appFolder = Path.GetDirectoryName(Path.GetFullPath(appPath))!;
        var project = FindLibraryProject(notebookFolder)
            ?? throw new CorpusLensException($"{notebookPath}: cannot find {LibraryProject} in a folder above the notebook; export from inside the repository");

        var packages = new SortedDictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var usings = new SortedSet<string>(StringComparer.Ordinal) { "System.Collections", "System.Text" };
        var statements = new StringBuilder();
        var types = new StringBuilder();
        for (var index = 0; index < notebook.Cells.Count; index++)
        {
            var cell = notebook.Cells[index];
            var number = index + 1;
            ParsedCell parsed;
            try
            {
                parsed = cell.Kind == CellKind.Code ? CellDirectives.Parse(cell.Source, cell.KernelName) : new ParsedCell("markdown", [], cell.Source);
            }
            catch (DirectiveException exception)
            {
                throw new CorpusLensException($"{notebookPath}: cell {number}, line {exception.Line}: {exception.Message}");
            }
            if (parsed.Kernel == PolyglotMetadata.MarkdownKernel)
            {
                var text = cell.Kind == CellKind.Code ? string.Join('\n', cell.Source.Split('\n').Skip(1)) : cell.Source;
                statements.Append('\n');
                foreach (var line in text.TrimEnd().Split('\n'))
                {
                    statements.Append(line.Length == 0 ? "//" : "// " + line.TrimEnd('\r')).Append('\n');
                }
                continue;
            }
            foreach (var directive in parsed.Directives)
            {
                switch (directive.Kind)
                {
                    case DirectiveKind.Package when !string.Equals(directive.Value, LibraryPackage, StringComparison.OrdinalIgnoreCase):
                        packages[directive.Value] = directive.Version!;
                        break;
                    case DirectiveKind.Assembly:
                        throw new CorpusLensException($"{notebookPath}: cell {number}, line {directive.Line}: #r on a path cannot be exported to a file-based app; reference a package instead");
                    default:
                        break;
                }
            }
            statements.Append("\n// ---- cell ").Append(number).Append(" ----\n");
            AppendCode(parsed.Code, usings, statements, types);
        }

        var app = new StringBuilder();
        app.Append("// Exported from ").Append(Path.GetFileName(notebookPath)).Append(" by `corpuslens notebooks export --to cs`.\n")
            .Append("// Run it with: dotnet run ").Append(Path.GetFileName(appPath)).Append("   (charts are saved as HTML files beside it)\n");
        foreach (var (id, version) in packages)
        {
            app.Append("#:package ").Append(id).Append('@').Append(version).Append('\n');
        }
        app.Append("#:project ").Append(Path.GetRelativePath(appFolder, project).Replace('\\', '/')).Append('\n').Append('\n');
        foreach (var name in usings)
        {
            app.Append("using ").Append(name).Append(";\n");
        }
        var relativeNotebookFolder = Path.GetRelativePath(appFolder, notebookFolder).Replace('\\', '/');
        app.Append('\n')
            .Append("// Cells run in the notebook's folder, as in VS Code.\n")
            .Append("Directory.SetCurrentDirectory(Path.GetFullPath(Path.Combine(NotebookDisplay.AppFolder, ")
            .Append(SymbolDisplay.FormatLiteral(relativeNotebookFolder, quote: true)).Append(")));\n")
            .Append(Uses(statements, "display(") ? "void display(object? value) => NotebookDisplay.Show(value);\n" : "")
            .Append(Uses(statements, "HTML(") ? "NotebookHtml HTML(string html) => new(html);\n" : "")
            .Append(statements)
            .Append(types)
            .Append(Helpers);
        return app.ToString();
    }

    private static void AppendCode(string code, SortedSet<string> usings, StringBuilder statements, StringBuilder types)
    {
        var root = (CompilationUnitSyntax)CSharpSyntaxTree.ParseText(code, CSharpParseOptions.Default.WithKind(SourceCodeKind.Script)).GetRoot();
        foreach (var directive in root.Usings)
        {
            usings.Add(directive.ToString().Trim()["using ".Length..].TrimEnd(';').Trim());
        }
        var members = root.Members;
        for (var index = 0; index < members.Count; index++)
        {
            var member = members[index];
            if (member is BaseTypeDeclarationSyntax or DelegateDeclarationSyntax)
            {
                types.Append('\n').Append(member.ToFullString().Trim('\n')).Append('\n');
                continue;
            }
            if (index == members.Count - 1
                && member is GlobalStatementSyntax { Statement: ExpressionStatementSyntax { SemicolonToken.IsMissing: true } last })
            {
                statements.Append(last.GetLeadingTrivia().ToFullString().TrimStart('\n'))
                    .Append("display(").Append(last.Expression.ToString()).Append(");\n");
                continue;
            }
            statements.Append(member.ToFullString().TrimStart('\n').TrimEnd()).Append('\n');
        }
        var trailing = root.EndOfFileToken.LeadingTrivia.ToFullString().Trim('\n');
        if (trailing.Trim().Length > 0)
        {
            statements.Append(trailing).Append('\n');
        }
    }

    private static bool Uses(StringBuilder statements, string call) => statements.ToString().Contains(call, StringComparison.Ordinal);

    private static string? FindLibraryProject(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, LibraryProject);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }

    private const string Helpers = """


        // ---- what display(...) and HTML(...) do outside the notebook ----
        record NotebookHtml(string Html)
        {
            public override string ToString() => Html;
        }

        static class NotebookDisplay
        {
            public static readonly string AppFolder = AppContext.GetData("EntryPointFileDirectoryPath") as string ?? Environment.CurrentDirectory;
            private static readonly string AppName = Path.GetFileNameWithoutExtension(AppContext.GetData("EntryPointFilePath") as string ?? "notebook");
            private static int charts;

            public static void Show(object? value)
            {
                switch (value)
                {
                    case null:
                        Console.WriteLine("<null>");
                        break;
                    case Plotly.NET.GenericChart chart:
                        SaveChart("<div id=\"chart\"></div><script>var figure = " + Plotly.NET.GenericChart.toFigureJson(chart).Replace("<", "\\u003c")
                            + "; Plotly.newPlot('chart', figure.data, figure.layout || {}, figure.config || {});</script>");
                        break;
                    case XPlot.Plotly.PlotlyChart chart:
                        SaveChart(chart.GetInlineHtml());
                        break;
                    case Microsoft.Data.Analysis.DataFrame frame:
                        var rows = (int)Math.Min(frame.Rows.Count, 25);
                        var table = frame.Columns.Select(column => new[] { column.Name }.Concat(Enumerable.Range(0, rows).Select(row => Cell(column[row]))).ToArray()).ToList();
                        var widths = table.Select(cells => cells.Max(cell => cell.Length)).ToList();
                        for (var line = 0; line <= rows; line++)
                        {
                            Console.WriteLine(string.Join("  ", table.Select((cells, index) => cells[line].PadRight(widths[index]))).TrimEnd());
                        }
                        Console.WriteLine($"({frame.Rows.Count} rows, {frame.Columns.Count} columns)");
                        break;
                    case System.Collections.IEnumerable items and not string:
                        Console.WriteLine("[ " + string.Join(", ", items.Cast<object?>()) + " ]");
                        break;
                    default:
                        Console.WriteLine(value);
                        break;
                }
            }

            private static string Cell(object? value)
            {
                var text = (Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "").ReplaceLineEndings(" ");
                return text.Length <= 40 ? text : text[..39] + "…";
            }

            // A self-contained page: plotly.js (embedded in Plotly.NET) is inlined so the chart draws offline.
            private static void SaveChart(string body)
            {
                var assembly = typeof(Plotly.NET.GenericChart).Assembly;
                var resource = assembly.GetManifestResourceNames().First(name => name.EndsWith(".min.js", StringComparison.Ordinal));
                using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
                var path = Path.Combine(AppFolder, $"{AppName}-chart-{++charts}.html");
                File.WriteAllText(path, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><script>" + reader.ReadToEnd()
                    + "</script></head><body>" + body + "</body></html>");
                Console.WriteLine($"chart saved: {path}");
            }
        }

        """;
}
