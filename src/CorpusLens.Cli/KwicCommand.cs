using System.CommandLine;
using CorpusLens.Text;

namespace CorpusLens.Cli;

/// <summary><c>corpuslens kwic TERM</c>: keyword-in-context concordance of a word or phrase.</summary>
public static class KwicCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var termArgument = new Argument<string>("TERM") { Description = "A word or phrase (case-insensitive; a trailing * matches word beginnings)" };
        var corpusOption = CommonOptions.Corpus();
        var formatOption = CommonOptions.Format();
        var windowOption = new Option<int>("--window") { Description = "Tokens of context on each side", DefaultValueFactory = _ => 5, HelpName = "N" }.AtLeast(0);
        var command = new Command("kwic", "Concordance: article, position, left, match, right")
        {
            termArgument,
            corpusOption,
            windowOption,
            formatOption,
        };
        command.SetGuardedAction((parseResult, output, error) =>
        {
            var corpus = CommonOptions.LoadCorpus(parseResult.GetValue(corpusOption), error, CommonOptions.TextColumnOf(parseResult));
            var frame = TermAnalysis.Kwic(corpus, parseResult.GetValue(termArgument) ?? string.Empty, parseResult.GetValue(windowOption));
            LargeFrameOutput.Write(frame, parseResult.GetValue(formatOption), output, error);
            return 0;
        });
        return command;
    }
}
