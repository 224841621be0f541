using System.CommandLine;

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
        var parseResult = Create().Parse(args);
        var configuration = new InvocationConfiguration
        {
            Output = output,
            Error = error,
            EnableDefaultExceptionHandler = false,
        };
        try
        {
            return parseResult.Invoke(configuration);
        }
        catch (Exception exception)
        {
            return GuardedAction.Report(exception, error);
        }
    }

    // One line per command: each capability adds its own.
    private static IEnumerable<Command> Commands() =>
    [
        CorpusCommand.Create(),
        TermsCommand.Create(),
        KwicCommand.Create(),
        KeynessCommand.Create(),
        CollocationsCommand.Create(),
        StanceCommand.Create(),
        SentimentCommand.Create(),
        FundingCommand.Create(),
        ReportCommand.Create(),
        NotebooksCommand.Create(),
    ];
}
