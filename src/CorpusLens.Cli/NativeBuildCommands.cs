using System.CommandLine;

namespace CorpusLens.Cli;

/// <summary>
/// Stand-ins, in the native build of <c>corpuslens</c> (published with <c>-p:PublishAot=true</c>), for the two commands
/// that need code generated while they run: <c>report</c> (Plotly.NET and Playwright serialise charts by reflection)
/// and <c>notebooks</c> (Roslyn compiles each cell and loads it). Each takes any arguments and says, in one line,
/// which build runs it.
/// </summary>
public static class NativeBuildCommands
{
    /// <summary>The stand-in for <c>corpuslens report</c>.</summary>
    public static Command Report() => Unavailable(
        "report", "Write the report: report.html, charts, tables (not in the native build)",
        "its charts need Plotly.NET and Playwright, which generate code as they run");

    /// <summary>The stand-in for <c>corpuslens notebooks</c>.</summary>
    public static Command Notebooks() => Unavailable(
        "notebooks", "Run or export Polyglot notebooks (not in the native build)",
        "it compiles and loads each cell's C# as it runs");

    private static Command Unavailable(string name, string description, string reason)
    {
        var command = new Command(name, description) { TreatUnmatchedTokensAsErrors = false };
        command.SetGuardedAction((_, _, error) =>
        {
            error.WriteLine(
                $"corpuslens: error: '{name}' is not in the native build of corpuslens: {reason}. " +
                $"Run it with the .NET build: dotnet run --project src/CorpusLens.Cli -- {name} (or the corpuslens .NET tool)");
            return GuardedAction.InputError;
        });
        return command;
    }
}
