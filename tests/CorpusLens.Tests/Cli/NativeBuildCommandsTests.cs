using System.CommandLine;
using CorpusLens.Cli;

namespace CorpusLens.Tests.Cli;

/// <summary>The native build's stand-ins for the two commands it leaves out (NativeBuildCommands).</summary>
public sealed class NativeBuildCommandsTests
{
    public static TheoryData<string, string[]> StandIns => new()
    {
        { "report", ["report"] },
        { "report", ["report", "--out", "/tmp/somewhere", "--formats", "png"] },
        { "notebooks", ["notebooks", "run", "notebooks", "--out", "/tmp/executed"] },
        { "notebooks", ["notebooks", "export", "a.ipynb", "--to", "cs"] },
    };

    [Theory]
    [MemberData(nameof(StandIns))]
    public void A_left_out_command_takes_any_arguments_and_says_in_one_line_which_build_runs_it(string name, string[] args)
    {
        var root = new RootCommand { NativeBuildCommands.Report(), NativeBuildCommands.Notebooks() };
        var output = new StringWriter();
        var error = new StringWriter();

        int exit = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });

        Assert.Equal(GuardedAction.InputError, exit);
        Assert.Empty(output.ToString());
        var line = Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"corpuslens: error: '{name}' is not in the native build of corpuslens: ", line);
        Assert.EndsWith($"dotnet run --project src/CorpusLens.Cli -- {name} (or the corpuslens .NET tool)", line.TrimEnd());
    }

    [Fact]
    public void The_native_build_has_a_command_of_every_name_the_dotnet_build_has()
    {
        // The .NET build's tree (tests run with code generation): report and notebooks are the real ones there.
        var names = CorpusLensCommandLine.Create().Subcommands.Select(command => command.Name).ToList();
        var standIns = new[] { NativeBuildCommands.Report(), NativeBuildCommands.Notebooks() };

        Assert.Contains("terms", names);
        Assert.All(standIns, standIn => Assert.Contains(standIn.Name, names));
        Assert.All(standIns, standIn => Assert.Contains("not in the native build", standIn.Description));
        Assert.DoesNotContain(CorpusLensCommandLine.Create().Subcommands, command => command.Description!.Contains("not in the native build"));
    }
}
