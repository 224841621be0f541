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
        var streamOption = CommonOptions.Stream();
        var command = new Command("kwic", "Concordance: article, position, left, match, right")
        {
            termArgument,
            corpusOption,
            windowOption,
            formatOption,
            streamOption,
        };
        command.SetGuardedAction((parseResult, output, error) =>
        {
            var path = parseResult.GetValue(corpusOption) ?? Corpus.FindBundledData();
            var query = parseResult.GetValue(termArgument) ?? string.Empty;
            int window = parseResult.GetValue(windowOption);
            var frame = TermOptionsBinder.StreamOrLoad(path, parseResult.GetValue(streamOption), error, CommonOptions.TextColumnOf(parseResult),
                report => TermAnalysis.StreamKwic(path, query, window, report: report, textColumn: CommonOptions.TextColumnOf(parseResult)),
                corpus => TermAnalysis.Kwic(corpus, query, window),
                frame => $", {frame.Rows.Count} matches");
            LargeFrameOutput.Write(frame, parseResult.GetValue(formatOption), output, error);
            return 0;
        });
        return command;
    }
}
