using System.CommandLine;
using System.Globalization;
using CorpusLens.Notebooks.Display;
using CorpusLens.Notebooks.Execution;
using CorpusLens.Notebooks.Export;
using CorpusLens.Notebooks.Format;

namespace CorpusLens.Cli;

/// <summary><c>corpuslens notebooks run|export</c>: runs Polyglot notebooks headless and exports them without Python.</summary>
public static class NotebooksCommand
{
    /// <summary>Creates the command with its two sub-commands.</summary>
    public static Command Create() => new("notebooks", "Run Polyglot notebooks headless, or export them to HTML or a .NET file-based app")
    {
        RunCommand(),
        ExportCommand(),
    };

    private static Command RunCommand()
    {
        var pathsArgument = new Argument<string[]>("PATH")
        {
            Description = "Notebooks (.ipynb) or folders of notebooks, run in the order given",
            Arity = ArgumentArity.OneOrMore,
        };
        var outOption = new Option<string?>("--out")
        {
            Description = "Write the executed copies (outputs and execution counts) to this folder",
            HelpName = "DIR",
        };
        var inPlaceOption = new Option<bool>("--in-place")
        {
            Description = "Write the outputs back into the notebooks themselves",
        };
        var noImagesOption = new Option<bool>("--no-images")
        {
            Description = "Do not render chart outputs to PNG (by default they are, when a browser is found)",
        };
        var command = new Command("run", "Run the C# cells in order, as the notebook kernel would; stop at the first failing cell")
        {
            pathsArgument,
            outOption,
            inPlaceOption,
            noImagesOption,
        };
        command.SetGuardedAction(async (parseResult, output, error, cancellationToken) =>
        {
            var outFolder = parseResult.GetValue(outOption);
            var inPlace = parseResult.GetValue(inPlaceOption);
            if (outFolder is not null && inPlace)
            {
                throw new CorpusLensException("give either --out DIR or --in-place, not both");
            }
            await using var images = parseResult.GetValue(noImagesOption) ? null : new BrowserChartImages();
            var options = new NotebookRunOptions { ChartImageRenderer = images };
            foreach (var path in Expand(parseResult.GetValue(pathsArgument) ?? []))
            {
                var result = await NotebookRunner.RunAsync(path, options, cancellationToken).ConfigureAwait(false);
                var target = inPlace ? path : outFolder is null ? null : Path.Combine(outFolder, Path.GetFileName(path));
                if (target is not null)
                {
                    NotebookWriter.Write(result.Notebook, target);
                }
                if (!result.Succeeded)
                {
                    throw new CorpusLensException(result.FailureMessage!);
                }
                output.WriteLine(Summary(result, target));
            }
            if (images?.Problem is { } problem)
            {
                error.WriteLine($"corpuslens: {problem}");
            }
            return 0;
        });
        return command;
    }

    private static Command ExportCommand()
    {
        var pathArgument = new Argument<string>("PATH") { Description = "The notebook (.ipynb) to export" };
        var toOption = new Option<string>("--to")
        {
            Description = "html: a static page that works offline; cs: a .NET file-based app (dotnet run file.cs)",
            Required = true,
        };
        toOption.AcceptOnlyFromAmong("html", "cs");
        var outOption = new Option<string?>("--out")
        {
            Description = "The file to write (default: beside the notebook, with .html or .cs)",
            HelpName = "FILE",
        };
        var command = new Command("export", "Export a notebook to HTML or to a .NET file-based app, without Python")
        {
            pathArgument,
            toOption,
            outOption,
        };
        command.SetGuardedAction((parseResult, output, error) =>
        {
            var path = parseResult.GetValue(pathArgument)!;
            var written = parseResult.GetValue(toOption) == "html"
                ? HtmlExporter.Export(path, parseResult.GetValue(outOption))
                : FileAppExporter.Export(path, parseResult.GetValue(outOption));
            output.WriteLine($"{path}: exported to {written}");
            return 0;
        });
        return command;
    }

    private static IEnumerable<string> Expand(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.GetFiles(path, "*.ipynb").Order(StringComparer.Ordinal))
                {
                    yield return file;
                }
            }
            else
            {
                yield return path;
            }
        }
    }

    private static string Summary(NotebookRunResult result, string? target)
    {
        var slowest = result.Timings.MaxBy(timing => timing.Elapsed);
        var text = string.Create(CultureInfo.InvariantCulture,
            $"{result.Path}: {result.CodeCellsRun} code cells ran in {result.Elapsed.TotalSeconds:0.00} s");
        if (slowest is not null)
        {
            text += string.Create(CultureInfo.InvariantCulture, $" (slowest: cell {slowest.Cell}, {slowest.Elapsed.TotalSeconds:0.00} s)");
        }
        return target is null ? text : $"{text}; written to {target}";
    }
}
