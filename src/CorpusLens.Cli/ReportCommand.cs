using System.CommandLine;
using System.Globalization;
using CorpusLens.Report;
using Spectre.Console;

namespace CorpusLens.Cli;

/// <summary>
/// <c>corpuslens report</c>: the main job. Writes report.html, charts/NAME.{html,png,svg} and tables/NAME.csv,
/// shows progress on the terminal and ends with a summary of what was written and skipped.
/// </summary>
public static class ReportCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var corpusOption = CommonOptions.Corpus();
        var outOption = new Option<string>("--out")
        {
            Description = "Folder to write the report into",
            HelpName = "DIR",
            DefaultValueFactory = _ => "report",
        };
        var formatsOption = new Option<string>("--formats")
        {
            Description = "What to write besides report.html and the CSV tables: html, png, svg, parquet, arrow (comma-separated)",
            DefaultValueFactory = _ => "html,png,svg",
        };
        var browserOption = new Option<string?>("--browser")
        {
            Description = "Chromium-family browser for PNG/SVG (default: $CORPUSLENS_BROWSER, then the usual install paths)",
            HelpName = "PATH",
        };
        var timeoutOption = new Option<int>("--timeout")
        {
            Description = "Seconds each browser step may take before it is skipped",
            DefaultValueFactory = _ => 60,
        };
        var command = new Command("report", "Write the report: report.html, charts/NAME.{html,png,svg}, tables/NAME.csv")
        {
            corpusOption,
            outOption,
            formatsOption,
            browserOption,
            timeoutOption,
        };
        command.SetGuardedAction(async (parseResult, output, error, cancellationToken) =>
        {
            var formats = ReportOptions.ParseFormats(parseResult.GetValue(formatsOption));
            int timeout = parseResult.GetValue(timeoutOption);
            if (timeout < 1)
            {
                throw new CorpusLensException($"--timeout: must be at least 1 second, not {timeout}");
            }
            var corpus = CommonOptions.LoadCorpus(parseResult.GetValue(corpusOption), error, CommonOptions.TextColumnOf(parseResult));
            var content = ReportBuilder.Build(ReportInputs.FromCorpus(corpus));
            var options = new ReportOptions
            {
                Formats = formats,
                BrowserPath = parseResult.GetValue(browserOption),
                Timeout = TimeSpan.FromSeconds(timeout),
            };
            var folder = parseResult.GetValue(outOption) ?? "report";
            var result = await WriteWithProgressAsync(content, folder, options, error, cancellationToken).ConfigureAwait(false);
            WriteSummary(result, output);
            return 0;
        });
        return command;
    }

    private static async Task<ReportResult> WriteWithProgressAsync(ReportContent content, string folder, ReportOptions options, TextWriter error, CancellationToken cancellationToken)
    {
        bool interactive = ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected;
        if (!interactive)
        {
            var lines = new LineProgress(progress => error.WriteLine($"corpuslens: [{progress.Done}/{progress.Total}] {progress.Item}"));
            return await ReportWriter.WriteAsync(content, folder, options, lines, cancellationToken).ConfigureAwait(false);
        }
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        ReportResult? result = null;
        await console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("Writing the report", maxValue: 1);
                var updates = new LineProgress(progress =>
                {
                    task.MaxValue = progress.Total;
                    task.Value = progress.Done;
                    task.Description = Markup.Escape(progress.Item);
                });
                result = await ReportWriter.WriteAsync(content, folder, options, updates, cancellationToken).ConfigureAwait(false);
            }).ConfigureAwait(false);
        return result!;
    }

    private static void WriteSummary(ReportResult result, TextWriter output)
    {
        output.WriteLine($"Wrote {result.Written.Count} file(s) to {result.Folder}:");
        foreach (var group in result.Written.GroupBy(path => Path.GetDirectoryName(path) ?? string.Empty))
        {
            if (group.Key.Length == 0)
            {
                foreach (var path in group)
                {
                    output.WriteLine($"  {path} ({Size(Path.Combine(result.Folder, path))})");
                }
                continue;
            }
            var byExtension = group.GroupBy(path => Path.GetExtension(path).TrimStart('.'))
                .Select(extension => $"{extension.Count()} {extension.Key}");
            output.WriteLine($"  {group.Key}/: {string.Join(", ", byExtension)}");
        }
        if (result.Skipped.Count > 0)
        {
            output.WriteLine("Skipped:");
            foreach (var skipped in result.Skipped)
            {
                output.WriteLine($"  {skipped}");
            }
        }
    }

    private static string Size(string path)
    {
        double bytes = new FileInfo(path).Length;
        return bytes >= 1 << 20
            ? (bytes / (1 << 20)).ToString("0.0", CultureInfo.InvariantCulture) + " MB"
            : (bytes / 1024).ToString("0", CultureInfo.InvariantCulture) + " kB";
    }

    /// <summary>Reports progress synchronously, in order (Progress&lt;T&gt; would post to the thread pool).</summary>
    private sealed class LineProgress(Action<ReportProgress> report) : IProgress<ReportProgress>
    {
        public void Report(ReportProgress value) => report(value);
    }
}
