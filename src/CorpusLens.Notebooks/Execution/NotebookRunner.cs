using System.Diagnostics;
using System.Reflection;
using CorpusLens.Notebooks.Format;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;
using OutputKind = CorpusLens.Notebooks.Format.OutputKind;

namespace CorpusLens.Notebooks.Execution;

/// <summary>
/// Runs a Polyglot notebook's C# cells headless, in order, with state carried from cell to cell (Roslyn scripting),
/// as the .NET Interactive kernel would: <c>#r "nuget: Id, Version"</c> against the packages the tool carries,
/// <c>#r "file.dll"</c>, <c>#i</c> (recorded), <c>#!csharp</c>/<c>#!markdown</c>, <c>display(...)</c>,
/// <c>HTML(...)</c> and the value of a cell's last expression. Stops at the first failing cell.
/// </summary>
/// <example>
/// <code>
/// var result = await NotebookRunner.RunAsync("notebooks/01-load-and-explore.ipynb");
/// if (!result.Succeeded) Console.Error.WriteLine(result.FailureMessage);
/// NotebookWriter.Write(result.Notebook, "out/01-load-and-explore.ipynb");
/// </code>
/// </example>
public static class NotebookRunner
{
    /// <summary>The namespaces every cell imports, as in the kernel.</summary>
    public static readonly IReadOnlyList<string> DefaultImports =
    [
        "System",
        "System.Collections",
        "System.Collections.Generic",
        "System.Linq",
        "System.Text",
        "System.Threading.Tasks",
        "Microsoft.DotNet.Interactive.Formatting",
    ];

    private static readonly SemaphoreSlim OneAtATime = new(1, 1);
    private static readonly Lazy<IReadOnlyList<MetadataReference>> BaseReferences = new(LoadBaseReferences);

    /// <summary>Reads and runs the notebook at <paramref name="path"/>.</summary>
    /// <exception cref="CorpusLensException">The file is not a readable notebook.</exception>
    public static Task<NotebookRunResult> RunAsync(string path, NotebookRunOptions? options = null, CancellationToken cancellationToken = default) =>
        RunAsync(NotebookReader.Read(path), path, options, cancellationToken);

    /// <summary>
    /// Runs <paramref name="notebook"/> (replacing its outputs and execution counts); <paramref name="path"/> names it
    /// in messages and sets the default working folder. Runs are serialised: the console and the current folder are process-wide.
    /// </summary>
    public static async Task<NotebookRunResult> RunAsync(Notebook notebook, string path, NotebookRunOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        options ??= new NotebookRunOptions();
        var packages = options.Packages ?? PackageCatalog.Current;
        var folder = options.WorkingDirectory ?? Path.GetDirectoryName(Path.GetFullPath(path)) ?? Environment.CurrentDirectory;
        var collector = new OutputCollector(options.ChartImageRenderer);
        var globals = new NotebookGlobals(collector);
        var scriptOptions = ScriptOptions.Default
            .WithReferences(BaseReferences.Value)
            .WithImports(DefaultImports)
            .WithEmitDebugInformation(true)
            .WithFileEncoding(System.Text.Encoding.UTF8)
            .WithAllowUnsafe(false);
        var timings = new List<CellTiming>();
        var total = Stopwatch.StartNew();
        var executionCount = 0;
        CellFailure? failure = null;
        ScriptState<object>? state = null;

        await OneAtATime.WaitAsync(cancellationToken).ConfigureAwait(false);
        var originalOut = Console.Out;
        var originalFolder = Environment.CurrentDirectory;
        try
        {
            Environment.CurrentDirectory = folder;
            Console.SetOut(collector);
            for (var index = 0; index < notebook.Cells.Count && failure is null; index++)
            {
                var cell = notebook.Cells[index];
                var number = index + 1;
                if (cell.Kind != CellKind.Code)
                {
                    continue;
                }
                cell.Outputs.Clear();
                collector.Start(cell.Outputs);
                var watch = Stopwatch.StartNew();
                ParsedCell parsed;
                try
                {
                    parsed = CellDirectives.Parse(cell.Source, cell.KernelName);
                    if (parsed.Kernel == PolyglotMetadata.MarkdownKernel)
                    {
                        cell.ExecutionCount = null;
                        continue;
                    }
                    if (parsed.Kernel != PolyglotMetadata.CSharpKernel)
                    {
                        throw new DirectiveException(1, $"kernel '{parsed.Kernel}' is not supported: this runner runs C# cells");
                    }
                    scriptOptions = scriptOptions.AddReferences(References(parsed, packages, folder));
                }
                catch (DirectiveException exception)
                {
                    cell.ExecutionCount = ++executionCount;
                    failure = new CellFailure(number, exception.Line, "directive", exception.Message, SourceLine(cell.Source, exception.Line));
                    collector.Add(ErrorOutput(failure));
                    timings.Add(new CellTiming(number, watch.Elapsed));
                    break;
                }

                cell.ExecutionCount = ++executionCount;
                var cellOptions = scriptOptions.WithFilePath(CellFile(path, number));
                try
                {
                    state = state is null
                        ? await CSharpScript.RunAsync(parsed.Code, cellOptions, globals, typeof(NotebookGlobals), cancellationToken).ConfigureAwait(false)
                        : await state.ContinueWithAsync(parsed.Code, cellOptions, cancellationToken).ConfigureAwait(false);
                    collector.FlushText();
                    if (state.ReturnValue is { } value)
                    {
                        var result = new NotebookOutput { Kind = OutputKind.ExecuteResult, ExecutionCount = executionCount };
                        foreach (var (mimeType, text) in await Display.ValueFormatter.FormatAsync(value, null, options.ChartImageRenderer, cancellationToken).ConfigureAwait(false))
                        {
                            result.Data[mimeType] = text;
                        }
                        collector.Add(result);
                    }
                }
                catch (CompilationErrorException exception)
                {
                    var error = exception.Diagnostics.First(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
                    var line = error.Location.GetLineSpan().StartLinePosition.Line + 1;
                    failure = new CellFailure(number, line, error.Id, error.GetMessage(System.Globalization.CultureInfo.InvariantCulture), SourceLine(cell.Source, line));
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    throw;
                }
                catch (Exception exception)
                {
                    var thrown = Unwrap(exception);
                    var line = RuntimeLine(thrown, CellFile(path, number));
                    failure = new CellFailure(number, line, thrown.GetType().Name, thrown.Message, SourceLine(cell.Source, line));
                }
                if (failure is not null)
                {
                    collector.FlushText();
                    collector.Add(ErrorOutput(failure));
                }
                timings.Add(new CellTiming(number, watch.Elapsed));
            }
        }
        finally
        {
            collector.FlushText();
            Console.SetOut(originalOut);
            Environment.CurrentDirectory = originalFolder;
            OneAtATime.Release();
        }
        return new NotebookRunResult(path, notebook, timings.Count, total.Elapsed, timings, failure);
    }

    private static IEnumerable<MetadataReference> References(ParsedCell parsed, PackageCatalog packages, string folder)
    {
        var references = new List<MetadataReference>();
        foreach (var directive in parsed.Directives)
        {
            switch (directive.Kind)
            {
                case DirectiveKind.Package:
                    references.AddRange(packages.Resolve(directive.Value, directive.Version!, directive.Line)
                        .Where(assembly => !string.IsNullOrEmpty(assembly.Location))
                        .Select(assembly => MetadataReference.CreateFromFile(assembly.Location)));
                    break;
                case DirectiveKind.Assembly:
                    var file = Path.GetFullPath(directive.Value, folder);
                    if (!File.Exists(file))
                    {
                        throw new DirectiveException(directive.Line, $"assembly not found: {directive.Value} (looked for {file})");
                    }
                    references.Add(MetadataReference.CreateFromFile(file));
                    break;
                default:
                    break;
            }
        }
        return references;
    }

    private static NotebookOutput ErrorOutput(CellFailure failure) =>
        NotebookOutput.Error(failure.Code, failure.Message, failure.SourceLine.Length > 0
            ? [$"(cell {failure.Cell}, line {failure.Line}): {failure.Code}: {failure.Message}", $"    {failure.SourceLine}"]
            : [$"(cell {failure.Cell}, line {failure.Line}): {failure.Code}: {failure.Message}"]);

    private static string SourceLine(string source, int line)
    {
        var lines = source.Split('\n');
        return line >= 1 && line <= lines.Length ? lines[line - 1].Trim() : "";
    }

    private static string CellFile(string path, int cell) => $"{Path.GetFullPath(path)}#cell{cell}.csx";

    private static Exception Unwrap(Exception exception)
    {
        while (exception is TargetInvocationException or AggregateException && exception.InnerException is { } inner)
        {
            exception = inner;
        }
        return exception;
    }

    private static int RuntimeLine(Exception exception, string cellFile)
    {
        foreach (var frame in new StackTrace(exception, fNeedFileInfo: true).GetFrames())
        {
            if (string.Equals(frame.GetFileName(), cellFile, StringComparison.Ordinal) && frame.GetFileLineNumber() > 0)
            {
                return frame.GetFileLineNumber();
            }
        }
        return 0;
    }

    private static IReadOnlyList<MetadataReference> LoadBaseReferences()
    {
        var frameworkFolder = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var trusted = (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        var framework = trusted
            .Where(file => string.Equals(Path.GetDirectoryName(file), frameworkFolder, StringComparison.Ordinal))
            .Where(file => !Path.GetFileName(file).StartsWith("Microsoft.VisualBasic", StringComparison.Ordinal));
        var own = new[]
        {
            typeof(NotebookGlobals).Assembly.Location,
            typeof(Microsoft.AspNetCore.Html.IHtmlContent).Assembly.Location,
            typeof(Microsoft.DotNet.Interactive.Formatting.Formatter).Assembly.Location,
        };
        return framework.Concat(own).Distinct(StringComparer.Ordinal).Select(file => (MetadataReference)MetadataReference.CreateFromFile(file)).ToList();
    }
}
