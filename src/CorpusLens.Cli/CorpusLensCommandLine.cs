using System.CommandLine;
using System.Runtime.CompilerServices;

namespace CorpusLens.Cli;

/// <summary>The <c>corpuslens</c> command tree and its entry point (used by Program and by the tests in-process).</summary>
public static class CorpusLensCommandLine
{
    /// <summary>Builds the root command with every sub-command.</summary>
    public static RootCommand Create()
    {
        var root = new RootCommand("CorpusLens: load a news corpus, count terms, score doomer/boomer stance, extract funding figures, chart and export");
        root.Options.Add(CommonOptions.TextColumn());
        foreach (var command in Commands())
        {
            root.Subcommands.Add(command);
        }
        return root;
    }

    /// <summary>Parses <paramref name="args"/> and runs the command, writing to <paramref name="output"/> and <paramref name="error"/>.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        if (args.Length > 0 && CountsTerms.Contains(args[0]))
        {
            // Lucene's first use (the stop lists) takes 50-100 ms: it runs on the other core while the command line
            // is built and parsed, and the folder listed (terms on 100 MB: see docs/terms.md).
            _ = CorpusLens.Text.Stopwords.LoadInBackground();
        }
        var configuration = new InvocationConfiguration
        {
            Output = output,
            Error = error,
            EnableDefaultExceptionHandler = false,
        };
        try
        {
            var parseResult = Create().Parse(args);
            if (parseResult.Errors.Count > 0 && args.Length > 0)
            {
                // With no arguments at all, the parser's own answer (the commands, with help) is the useful one.
                return UsageErrors.Write(parseResult, error);
            }
            return parseResult.Invoke(configuration);
        }
        catch (Exception exception)
        {
            return GuardedAction.Report(exception, error);
        }
    }

    /// <summary>The commands that count terms, and so need the stop lists.</summary>
    private static readonly HashSet<string> CountsTerms = new(StringComparer.Ordinal) { "terms", "keyness", "collocations", "report" };

    // One line per command: each capability adds its own.
    private static IEnumerable<Command> Commands() =>
    [
        CorpusCommand.Create(),
        TermsCommand.Create(),
        KwicCommand.Create(),
        DispersionCommand.Create(),
        DiversityCommand.Create(),
        KeynessCommand.Create(),
        CollocationsCommand.Create(),
        StanceCommand.Create(),
        SentimentCommand.Create(),
        FundingCommand.Create(),
        // The native build (docs/terms.md) cannot generate code as it runs. There the test is a constant, so the
        // compiler leaves out the two commands' code and everything only they use (Roslyn, Plotly.NET, Playwright).
        RuntimeFeature.IsDynamicCodeSupported ? ReportCommand.Create() : NativeBuildCommands.Report(),
        RuntimeFeature.IsDynamicCodeSupported ? NotebooksCommand.Create() : NativeBuildCommands.Notebooks(),
    ];
}
