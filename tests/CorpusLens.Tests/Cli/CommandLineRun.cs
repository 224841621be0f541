namespace CorpusLens.Tests.Cli;

/// <summary>Runs the command line in the test's process: its exit code, standard output and standard error.</summary>
internal static class CommandLineRun
{
    public static (int Code, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = CorpusLens.Cli.CorpusLensCommandLine.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>Runs a command that must succeed: its standard output and standard error.</summary>
    public static (string Output, string Error) Succeed(params string[] args)
    {
        var (code, output, error) = Run(args);
        Assert.True(code == 0, $"corpuslens {string.Join(' ', args)}: exit code {code}: {error}");
        return (output, error);
    }
}
